"""Held-out set 133 for the offline mapping drafter.

Persona: Mr. Emeka Okafor taught in a secondary school in Lagos for years before moving into
marketing operations, and he still writes every mapping as a worksheet for a pupil. Each one
has a heading, an 'Instructions:' line, numbered steps ('Step 1', 'Step 2', ...), boxed
'Remember:' and 'Note carefully:' reminders, and worked examples with invented people ('if Ada
has no company, her Company becomes ...'). His English is Nigerian/British, courteous and
thorough, and he often repeats the main rule once more in an 'In summary, ...' line at the end.

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


@case("h133-01-exhibition-copies", H, L, """WORKSHEET 1: Moving HubSpot contacts into Salesforce Leads (the exhibition list)

Instructions: Read all the steps before you begin. Every HubSpot contact becomes one Salesforce Lead.

Step 1: Copy the contact's email into the Lead's Email.
Step 2: Copy firstname into FirstName and lastname into LastName.
Step 3: Copy the Company Name (company) into Company.
Step 4: Copy the Job Title (jobtitle) into Title.
Step 5: Copy city into City.
Step 6: In Lead Source (LeadSource) write the words Trade Show for every single lead, no exceptions.

Remember: to copy means to copy. Do not remove spaces, do not change capital or small letters, do not correct anybody's spelling.

Note carefully: when a box is empty in HubSpot, it remains empty on the Lead. Do not invent anything to fill the gap. For example, if Ada has no company in HubSpot, her Company on the Lead is simply empty, not 'Unknown' and not her surname. The same goes for an empty job title or an empty city.

In summary, six fields are copied exactly as they stand, and Lead Source is always Trade Show.""",
      extended(HS,
               hs(email="tunde.bakare@ileifefarms.ng", firstname="Tunde", lastname="Bakare", company="", jobtitle="",
                  city="Ibadan"),
               hs(email="ngozi.eze@palmgrove.ng", firstname=" Ngozi", lastname="Eze ", company="Palm Grove Ltd ",
                  jobtitle="  ", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Trade Show"}


@case("h133-02-trim-names-fill-gaps", H, L, """EXERCISE 2: Tidying names and filling empty boxes (HubSpot contact to Salesforce Lead)

Instructions: Kindly work through the steps in order. One Lead for each contact.

Step 1: Email: bring the HubSpot email across unchanged.
Step 2: First Name and Last Name: take firstname and lastname and remove any spaces at the beginning and at the end (trim them). Spaces inside a name are not touched.
Step 3: Company: take the company exactly as it is. If it is empty, write Not Known.
Step 4: Title: take the jobtitle exactly as it is. If it is empty, write Not Stated.
Step 5: Phone: copy phone exactly as it is, even when it is empty.

Note carefully: 'empty' means there is nothing there at all, or the box holds only spaces. For example, if Chidi's company box contains only three spaces, his Company becomes Not Known. But if Chidi's company is ' Zenith Foods ' with spaces around it, it is NOT empty, so it goes across as it is, spaces and all. Only the two names are trimmed.

Remember: Not Known and Not Stated are used only when the box is empty. A filled box is never replaced.

In summary: trim the names, default the empty company and job title, copy email and phone.""",
      extended(HS,
               hs(email="amaka.obi@coastline.ng", firstname="  Amaka ", lastname=" Obi", company="  ", jobtitle="",
                  phone=""),
               hs(email="sola.peters@harmattan.ng", firstname="Sola", lastname="Peters  ", company=" Harmattan Media ",
                  jobtitle="  Editor ", phone="  "),
               hs(email="ruth.danjuma@jos-plateau.ng", firstname="Ruth", lastname="Danjuma", company="Plateau Dairy",
                  jobtitle="   ", phone="+234 1 555 0110")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Not Known"), "Title": dflt(r["jobtitle"], "Not Stated"),
            "Phone": r["phone"]}


@case("h133-03-mobile-first-title-case", H, L, """LESSON 3: Which telephone number goes on the Lead? (HubSpot contacts to Salesforce Leads)

Instructions: For each HubSpot contact, fill the Lead as follows.

Step 1: Email: copy the contact's email as it is.
Step 2: FirstName: write the contact's firstname in title case.
Step 3: LastName: write the lastname in title case.
Step 4: Phone: look first at the Mobile Phone Number (mobilephone). If it is filled, that is the Phone. If the mobile is empty, look at the Phone Number (phone) and use that. Copy whichever number you use exactly as it is written; do not reformat it.
Step 5: If BOTH numbers are empty, the Lead gets no Phone at all. Leave the field out completely; do not send an empty one.

Remember: title case means every word (words are separated by spaces) starts with a capital letter and all the other letters are small. For example, 'aDA OBI' becomes 'Ada Obi' and 'EMEKA' becomes 'Emeka'.

Note carefully: a number box that holds only spaces counts as empty. For example, if Kunle's mobile is empty and his office phone is only spaces, Kunle's Lead has no Phone field whatsoever.

In summary: mobile first, then office phone, otherwise nothing; names in title case.""",
      extended(HS,
               hs(email="funmi.adeyemi@ogunrice.ng", firstname="FUNMI", lastname="adeyemi", mobilephone="", phone="  "),
               hs(email="bola.ogunleye@atlantaparts.com", firstname="bola ade", lastname="OGUNLEYE", mobilephone="  ",
                  phone="(404) 555-0170")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h133-04-industry-table-lower-email", H, L, """WORKSHEET 4: Putting each contact's industry into the Salesforce picklist

Instructions: Salesforce only accepts its own Industry values, so we translate HubSpot's industry using the table below. One Lead per HubSpot contact.

Step 1: Email: write the contact's email entirely in small letters (lower case). For example, Ada.Okon@Example.NG becomes ada.okon@example.ng.
Step 2: Industry: read the HubSpot industry and find it in this table:

    HubSpot industry    ->  Salesforce Industry
    Software            ->  Technology
    Food                ->  Food & Beverage
    Logistics           ->  Transportation
    Design              ->  Media
    Banking             ->  Banking

Step 3: If the HubSpot industry is anything else, put Other.

Note carefully: the word must match the table exactly, capital letters included. 'software' in small letters is not in the table, so it gets Other. An empty industry (nothing, or only spaces) also gets Other. For example, Bayo left his industry blank, so his Industry is Other; Yemi wrote Farming, which is not in the table, so his is Other too.

In summary: table value where the industry is listed, Other for everything else including blanks, and the email in lower case.""",
      extended(HS,
               hs(email="Kelechi.Nwosu@EastBank.NG", industry="Banking"),
               hs(email="YEMI.ALABI@GREENFIELD.NG", industry="Farming"),
               hs(email="Halima.Bello@Sahel.ng", industry="  "),
               hs(email="Ife.Ojo@OjoCode.ng", industry="software")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Food": "Food & Beverage", "Logistics": "Transportation", "Design": "Media",
             "Banking": "Banking"}
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case("h133-05-skip-unsubscribed-and-subscribers", H, L, """EXERCISE 5: Who is allowed onto the Lead list? (HubSpot contacts to Salesforce Leads)

Instructions: Before you copy anything, first decide whether the contact qualifies. Two kinds of contact must be left behind.

Step 1: If 'Unsubscribed from all email' (hs_email_optout) is "true", skip the contact. No Lead is made.
Step 2: If the Lifecycle Stage (lifecyclestage) is subscriber, skip the contact as well. No Lead.
Step 3: For everybody who is left, copy email into Email, firstname into FirstName, lastname into LastName, company into Company and phone into Phone, exactly as they are (empty stays empty).
Step 4: Set Rating to Warm on every Lead you create.

Note carefully: an empty hs_email_optout is not "true". For example, Musa's opt-out box is empty and he is a lead, so Musa goes through. Grace opted out ("true") and is a customer, so she is skipped. Tolu's opt-out says "false" but she is a subscriber, so she is skipped too.

Remember: one reason is enough to leave a contact behind.

In summary: drop the opted-out, drop the subscribers, copy the rest and rate them Warm.""",
      extended(HS,
               hs(email="tolu.bankole@ikoyiart.ng", firstname="Tolu", lastname="Bankole", company="Ikoyi Art",
                  lifecyclestage="subscriber", hs_email_optout="false"),
               hs(email="musa.garba@sokotograin.ng", firstname="Musa", lastname="Garba", company="", phone="",
                  lifecyclestage="lead", hs_email_optout=""),
               hs(email="grace.effiong@uyoprint.ng", firstname="Grace", lastname="Effiong", company="Uyo Print",
                  lifecyclestage="customer", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Rating": "Warm"}


@case("h133-06-rating-bands-headcount", H, L, """WORKSHEET 6: Grading the Leads by annual revenue

Instructions: Each HubSpot contact becomes a Lead. We give every Lead a Rating, like marking a script, and we record the staff strength.

Step 1: Email: copy it as it is.
Step 2: Rating: read the Annual Revenue (annualrevenue) as a number.
    (a) More than 3,000,000: Rating is Hot.
    (b) Less than 500,000: Rating is Cold.
    (c) Anything in between: Rating is Warm.
Step 3: If annualrevenue is empty, the Rating is Warm. We do not punish a contact for a blank box.
Step 4: NumberOfEmployees (Employees): take numemployees and write it as a whole number, for example "40" becomes 40.
Step 5: If numemployees is empty, leave NumberOfEmployees off the Lead altogether.

Note carefully: an empty box includes one with only spaces. For example, Nneka's company makes 4,200,000, so she is Hot; Ibrahim's makes 350,000, so he is Cold; Chinedu's revenue box is blank, so he is Warm. If Chinedu's employee box is blank as well, his Lead has no NumberOfEmployees field.

In summary: above 3 million Hot, below 500 thousand Cold, the rest and the blanks Warm; employees as a whole number or left out.""",
      extended(HS,
               hs(email="uzo.ude@aba-leather.ng", annualrevenue="499999.5", numemployees="7"),
               hs(email="sani.lawal@kanotex.ng", annualrevenue="3000000.5", numemployees="  "),
               hs(email="chinedu.okoro@nsukka.ng", annualrevenue="   ", numemployees="65"),
               hs(email="dayo.akin@ekitiwood.ng", annualrevenue="120000", numemployees="3")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 3_000_000:
        rating = "Hot"
    elif v < 500_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h133-07-e164-phone-proper-names", H, L, """LESSON 7: Writing telephone numbers in international form (HubSpot contacts to Salesforce Leads)

Instructions: Complete one Lead for each contact using the steps below.

Step 1: Email: copy the HubSpot email unchanged.
Step 2: FirstName, LastName and City: write firstname, lastname and city in title case, that is, each word begins with a capital letter and the rest of the word is in small letters.
Step 3: Phone: rewrite the Phone Number (phone) in E.164 form: a plus sign followed by digits only, no spaces, brackets or dashes. Our contacts are mostly in the United States, so put +1 in front.
Step 4: Exceptions to Step 3: if the number already starts with +, it already has its country code; keep that code and only remove the spaces and symbols. If it has 11 digits and the first digit is 1, the 1 is already the country code, so only add the +.
Step 5: If phone is empty (or only spaces), do not write any Phone on the Lead. Leave the field out.

Remember: for example, Uche's number (415) 555-0100 becomes +14155550100, and Ada's 1-212-555-0100 becomes +12125550100, not +112125550100. Ngozi's +234 803 555 0100 stays Nigerian: +2348035550100.

Note carefully: for example, 'lagos' becomes 'Lagos', 'PORT HARCOURT' becomes 'Port Harcourt' and 'oLUWASEUN' becomes 'Oluwaseun'.

In summary: numbers in E.164 (or no Phone when empty), names and city in title case.""",
      extended(HS,
               hs(email="ada.nwachukwu@brooklynbakes.com", firstname="ADA", lastname="nwachukwu", city="NEW YORK",
                  phone="1-212-555-0100"),
               hs(email="seun.alade@queensfresh.com", firstname="seun", lastname="Alade", city="jersey city",
                  phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h133-08-us-only-joined-note", H, L, """WORKSHEET 8: American contacts only, with a short note on each Lead

Instructions: This exercise is for contacts in the United States only. Everybody else is left out of the Salesforce Leads.

Step 1: Look at Country/Region (country). Only a contact whose country reads exactly United States goes on. All others are skipped.
Step 2: Email: copy as it is.
Step 3: LastName: copy lastname as it is.
Step 4: State: write the HubSpot state in CAPITAL LETTERS. For example, 'tx' becomes 'TX'.
Step 5: Description: write this sentence, filling in the blanks:
        Joined HubSpot on <date> - <firstname> <lastname>
    where <date> is the date part of the Create Date (createdate), in the form YYYY-MM-DD.

Note carefully: 'USA' or 'united states' in small letters does not count; the country must be written exactly United States. For example, if Ifeanyi Eze was created in HubSpot on 2024-02-03T12:10:00.000Z, his Description reads: Joined HubSpot on 2024-02-03 - Ifeanyi Eze

Remember: one space either side of the dash, and the names are copied as they are.

In summary: United States only, state in capitals, and the 'Joined HubSpot on' sentence in the Description.""",
      extended(HS,
               hs(email="amaka.obi@houstonhvac.com", firstname="Amaka", lastname="Obi", country="United States",
                  state="tx", createdate="2024-04-18T13:20:00.000Z"),
               hs(email="obi.nnamdi@lekkiventures.ng", firstname="Obi", lastname="Nnamdi", country="Nigeria",
                  state="LA", createdate="2024-05-01T12:00:00.000Z"),
               hs(email="kate.moss@denverdrills.com", firstname="Kate", lastname="Moss", country="USA", state="co",
                  createdate="2023-09-09T12:00:00.000Z"),
               hs(email="john.ade@miamifresh.com", firstname="John", lastname="Ade", country="United States",
                  state="Fl", createdate="2022-08-15T14:30:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"Joined HubSpot on {day(r['createdate'])} - {r['firstname']} {r['lastname']}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h133-09-postal-address-mailing", H, C, """EXERCISE 9: The postal address (HubSpot contact to Salesforce Contact)

Instructions: Each HubSpot contact becomes a Salesforce Contact. We are copying the name and the postal address.

Step 1: Email goes into Email.
Step 2: firstname goes into FirstName; lastname goes into LastName.
Step 3: Street Address (address) goes into MailingStreet.
Step 4: city goes into MailingCity.
Step 5: State/Region (state) goes into MailingState.
Step 6: Postal Code (zip) goes into MailingPostalCode.
Step 7: Country/Region (country) goes into MailingCountry.

Remember: these are straight copies. Nothing is trimmed, nothing is put in capitals.

Note carefully: if a box is empty in HubSpot, the Mailing box is also empty. For example, Bisi lives in Abeokuta but left her state and postcode blank, so her MailingState and MailingPostalCode are simply empty. We do not guess.

In summary, eight fields copied across exactly as they are.""",
      extended(HS,
               hs(email="bisi.coker@abeokuta-adire.ng", firstname="Bisi", lastname="Coker", address="", city="Abeokuta",
                  state="", zip="", country="Nigeria"),
               hs(email="kwame.asante@kumasigold.gh", firstname="Kwame", lastname="Asante", address="  14 Adum Road ",
                  city="Kumasi", state="  ", zip="00233", country="Ghana")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h133-10-optout-and-do-not-call", H, C, """LESSON 10: Two yes-or-no boxes on the Salesforce Contact

Instructions: For every HubSpot contact, make a Contact with four fields. The two flags must be true or false (real booleans), not words.

Step 1: Email: copy as it is.
Step 2: LastName: copy lastname as it is.
Step 3: Email Opt Out (HasOptedOutOfEmail): true when HubSpot's hs_email_optout is "true". When it is "false", it is false. When it is empty, it is also false.
Step 4: Do Not Call (DoNotCall): true only when the contact has NO phone number and NO mobile number (phone and mobilephone both empty). If either one is filled, DoNotCall is false.

Note carefully: a box with only spaces counts as empty. For example, Halima has no office phone and her mobile box holds two spaces, so her DoNotCall is true. Chuks has no office phone but a mobile number, so his DoNotCall is false.

Remember: for example, if Ada's opt-out box is blank, her HasOptedOutOfEmail is false; blank is not the same as "true".

In summary: opt-out true only for "true"; Do Not Call true only when both numbers are missing.""",
      extended(HS,
               hs(email="halima.yusuf@zariacotton.ng", lastname="Yusuf", hs_email_optout="", phone="", mobilephone="  "),
               hs(email="chuks.eze@onitsha-market.ng", lastname="Eze", hs_email_optout="true", phone=" ",
                  mobilephone="+234 803 555 0142"),
               hs(email="femi.ola@ibadanbooks.ng", lastname="Ola", hs_email_optout="  ", phone="  ", mobilephone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h133-11-surname-fallbacks", H, C, """WORKSHEET 11: Every Contact must have a surname

Instructions: Salesforce will not accept a Contact without a LastName, so we look in three places, one after the other.

Step 1: Email: copy it unchanged.
Step 2: FirstName: copy firstname unchanged.
Step 3: LastName: use the contact's lastname.
Step 4: If the lastname is empty, use the Company Name (company) instead.
Step 5: If the company is empty too, use the part of the email address that comes BEFORE the @ sign, exactly as it is written.

Note carefully: a box with only spaces is empty. For example, Obinna has no surname in HubSpot but works at Eze Motors, so his LastName becomes Eze Motors. Sade has no surname and no company, and her email is sade.adu@mailbox.ng, so her LastName becomes sade.adu.

Remember: stop at the first box that has something in it.

In summary: lastname, else company, else the part of the email before the @.""",
      extended(lower_emails(HS),
               hs(email="obinna.eze@lagosmail.ng", firstname="Obinna", lastname="", company="Eze Motors"),
               hs(email="sade.adu@mailbox.ng", firstname="Sade", lastname="  ", company=""),
               hs(email="dapo.kuti@abeokuta.ng", firstname="Dapo", lastname=" ", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h133-12-country-codes-state-capitals", H, C, """EXERCISE 12: Three-letter country codes on the Salesforce Contact

Instructions: For each HubSpot contact make one Contact. All the contacts in this batch come from one of the five countries in the table.

Step 1: Email: copy the email as it is.
Step 2: MailingCountry: change the HubSpot country into its three-letter code:

    United States  ->  USA
    Japan          ->  JPN
    Mexico         ->  MEX
    France         ->  FRA
    Nigeria        ->  NGA

Step 3: MailingState: write the HubSpot state in CAPITAL LETTERS, for example 'lagos' becomes 'LAGOS'.
Step 4: If the state is empty (nothing, or only spaces), leave MailingState out of the Contact altogether. Do not send an empty one.

Note carefully: for example, Chiamaka lives in Nigeria and her state box is blank, so her Contact has MailingCountry NGA and no MailingState at all.

In summary: country to its three-letter code from the table, state in capitals or left out when blank.""",
      extended(HS,
               hs(email="tayo.adeniyi@ikejaprint.ng", country="Nigeria", state="lagos"),
               hs(email="chiamaka.ibe@owerri.ng", country="Nigeria", state="  "),
               hs(email="yuki.mori@osaka-ink.jp", country="Japan", state="osaka")))
def o12(r: R) -> Out:
    iso3 = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Nigeria": "NGA"}
    return keep({"Email": r["email"], "MailingCountry": iso3[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h133-13-customers-only", H, C, """LESSON 13: Only our customers become Salesforce Contacts

Instructions: Out of all the HubSpot contacts, choose only those who are customers.

Step 1: Look at the Lifecycle Stage (lifecyclestage). Only a contact whose stage is customer is used. Every other stage is skipped.
Step 2: Email: write the email in small letters (lower case) throughout.
Step 3: Phone: use the office Phone Number (phone). If that is empty, use the Mobile Phone Number (mobilephone) instead. Copy the number as it is written.
Step 4: Description: write Existing customer - from HubSpot on every Contact.

Note carefully: for example, Mrs. Oby Ekwueme is a customer whose office phone box is empty but her mobile reads 0803 555 0101, so her Phone is 0803 555 0101. Every customer in this batch has at least one of the two numbers. A box with only spaces counts as empty.

Remember: customers only; the opportunity and lead stages wait for another day.

In summary: customers only, email in small letters, office phone or else mobile, and the same Description for everybody.""",
      extended(HS,
               hs(email="Uche.Okeke@BrightPath.NG", lifecyclestage="customer", phone="0803 555 0101",
                  mobilephone=""),
               hs(email="ADAEZE.NWOYE@ENUGUPHARMA.NG", lifecyclestage="customer", phone="  ",
                  mobilephone="+234 802 555 0199"),
               hs(email="Segun.Bello@LekkiHomes.ng", lifecyclestage="opportunity", phone="(212) 555-0123")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Existing customer - from HubSpot"}


@case("h133-14-tidy-title-source-table", H, C, """WORKSHEET 14: Cleaning up the Contact and naming the source

Instructions: One Salesforce Contact per HubSpot contact. Kindly do the steps in order.

Step 1: Email: copy unchanged.
Step 2: FirstName and LastName: write firstname and lastname in title case (capital first letter for each word, small letters for the rest). For example, 'CHIOMA' becomes 'Chioma'.
Step 3: Title: take the jobtitle and trim it, that is, remove the spaces at the start and the end. For example, '  Finance Officer ' becomes 'Finance Officer'.
Step 4: Lead Source: translate the Original Source (hs_analytics_source) with this table:

    ORGANIC_SEARCH  ->  Web
    PAID_SEARCH     ->  Advertisement
    PAID_SOCIAL     ->  Advertisement
    REFERRALS       ->  External Referral
    OFFLINE         ->  Trade Show

Step 5: Any other original source gets Other.

Note carefully: when the original source is empty, the Lead Source is Other as well. For example, Olu's source is DIRECT_TRAFFIC, which is not in the table, so his Lead Source is Other; Kemi's source box is empty, so hers is Other too.

In summary: names in title case, title trimmed, source through the table with Other for everything else.""",
      extended(HS,
               hs(email="chioma.nnadi@awka-textiles.ng", firstname="CHIOMA", lastname="nnadi",
                  jobtitle="  Finance Officer ", hs_analytics_source="OFFLINE"),
               hs(email="olu.banjo@ijebu.ng", firstname="olu", lastname="BANJO", jobtitle="",
                  hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="kemi.ajayi@ondo-cocoa.ng", firstname="Kemi", lastname="Ajayi", jobtitle="Buyer  ",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h133-15-newsletter-language-default", H, M, """EXERCISE 15: Enrolling HubSpot contacts on the Mailchimp newsletter

Instructions: Each HubSpot contact becomes a member of our Mailchimp audience.

Step 1: email_address: copy the HubSpot email as it is.
Step 2: First Name (merge field FNAME): copy firstname as it is.
Step 3: Last Name (merge field LNAME): copy lastname as it is.
Step 4: status: write subscribed for every member.
Step 5: language: copy the contact's Preferred language (hs_language).
Step 6: If the contact has no preferred language (the property is missing from the record, empty, or only spaces), write en.

Note carefully: many of our contacts were created before we started recording language, so the hs_language property may not be there at all. For example, Mr. Yakubu has no hs_language, so his language is en; Madam Amina's hs_language is fr, so hers is fr.

Remember: en is only a default; a language that is filled in is never changed.

In summary: copy the email and names, subscribe everybody, and use their language or else en.""",
      extended(HS,
               hs(email="amina.sule@bauchi-hides.ng", firstname="Amina", lastname="Sule", hs_language="fr"),
               hs(email="yakubu.dogo@jos-tin.ng", firstname="Yakubu", lastname="Dogo", hs_language="  "),
               hs(email="bimpe.oyelaran@osogbo.ng", firstname="Bimpe", lastname="", hs_language="yo")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "en")}


@case("h133-16-three-way-status", H, M, """LESSON 16: Deciding each member's subscription status

Instructions: Every HubSpot contact goes into Mailchimp. What we must decide carefully is the status.

Step 1: email_address: copy the email as it is.
Step 2: status, from 'Unsubscribed from all email' (hs_email_optout):
    (a) "true"  -> unsubscribed
    (b) "false" -> subscribed
    (c) empty (nothing, or only spaces) -> pending, so that Mailchimp asks the person to confirm.
Step 3: tags: give every member the one tag HubSpot Import.

Note carefully: for example, Ebuka's opt-out box is empty, so his status is pending, not subscribed. Ronke's says "false", so she is subscribed. Tari's says "true", so she is unsubscribed.

Remember: the tag list has just the one tag, HubSpot Import, written exactly so.

In summary: true unsubscribed, false subscribed, blank pending, and everybody tagged HubSpot Import.""",
      extended(HS,
               hs(email="ebuka.madu@nnewi-auto.ng", hs_email_optout="  "),
               hs(email="ronke.olaniyan@ibadan.ng", hs_email_optout="false"),
               hs(email="tari.george@yenagoa.ng", hs_email_optout="true")))
def o16(r: R) -> Out:
    optout = r["hs_email_optout"]
    status = "pending" if blank(optout) else ("unsubscribed" if optout == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case("h133-17-revenue-and-customer-tags", H, M, """WORKSHEET 17: Tagging members by revenue and by stage

Instructions: Each HubSpot contact becomes a Mailchimp member. The member's tags are built up step by step.

Step 1: email_address: copy the email as it is.
Step 2: Begin with an empty list of tags.
Step 3: If the Annual Revenue (annualrevenue) is more than 5,000,000, add the tag High Revenue.
Step 4: If the Lifecycle Stage is exactly customer, add the tag Customer.
Step 5: The tags go in that order: High Revenue first, then Customer.

Note carefully: an empty revenue box does not earn the High Revenue tag. If neither rule applies, the member's tags are an empty list. For example, Zainab is a customer whose company makes 7,500,000, so her tags are High Revenue, Customer. Chidi is a lead with revenue 800,000, so he gets no tags at all (an empty list). Efe is a customer with a blank revenue box, so her tags are only Customer.

In summary: High Revenue above five million, Customer for customers, otherwise an empty tag list.""",
      extended(HS,
               hs(email="zainab.musa@kaduna-steel.ng", annualrevenue="7500000", lifecyclestage="customer"),
               hs(email="efe.omoregie@benin-rubber.ng", annualrevenue="  ", lifecyclestage="customer"),
               hs(email="obinna.agu@owerri-oil.ng", annualrevenue="5000000.5", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("High Revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h133-18-first-name-word-phone-e164", H, M, """EXERCISE 18: Greeting names and telephone numbers for the SMS audience

Instructions: Each HubSpot contact becomes a Mailchimp member with these fields.

Step 1: email_address: copy the email unchanged.
Step 2: FNAME (First Name merge field): only the FIRST word of the firstname. For example, if Mary Jane is written as the first name, FNAME is just Mary.
Step 3: PHONE (Phone Number merge field): take the Mobile Phone Number (mobilephone). If the mobile is empty (or only spaces), take the office Phone Number (phone) instead.
Step 4: Write the number you chose in E.164 form: a + and then digits only. Put +1 (United States) in front, except:
    - a number that already begins with + keeps its own country code; just remove the spaces, dots, brackets and dashes;
    - a number with 11 digits beginning with 1 already has the 1, so only add the +.

Remember: for example, Ebere's mobile (972) 555-0123 becomes +19725550123; Kola's 1 (305) 555-0144 becomes +13055550144; Tope's +234 809 555 0100 becomes +2348095550100.

Note carefully: every contact in this batch has at least one of the two numbers.

In summary: first word of the first name, and the mobile (or else the office phone) in E.164.""",
      extended(HS,
               hs(email="mary.jane.okon@calabar.ng", firstname="Mary Jane", mobilephone="  ", phone="1 (305) 555-0144"),
               hs(email="ebere.grace@owerri.ng", firstname="Ebere Grace", mobilephone="(972) 555-0123", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h133-19-companies-only-vip-customers", H, M, """LESSON 19: Business audience only, with VIPs marked

Instructions: This Mailchimp audience is for people who work for a company. Read Step 1 carefully before you do anything else.

Step 1: If the contact's Company Name (company) is empty, do not add the contact to Mailchimp at all. Skip them.
Step 2: email_address: copy the email unchanged.
Step 3: FNAME: copy the firstname unchanged.
Step 4: status: subscribed, for every member.
Step 5: vip: true if the Lifecycle Stage is customer; false for every other stage.

Note carefully: a company box with only spaces is empty too, so that contact is skipped. For example, Dele left his company blank, so Dele is not added. Mrs. Okafor works at Okafor Textiles and is a customer, so she is added with vip true. Her colleague Ifeanyi at the same firm is only a lead, so his vip is false.

Remember: vip must be true or false, not the words "yes" or "no".

In summary: no company, no membership; everybody else subscribed, with vip for customers only.""",
      extended(HS,
               hs(email="dele.fashola@gmail.com", firstname="Dele", company="  ", lifecyclestage="customer"),
               hs(email="nkem.okafor@okafortextiles.ng", firstname="Nkem", company="Okafor Textiles",
                  lifecyclestage="customer"),
               hs(email="ifeanyi.obi@okafortextiles.ng", firstname="Ifeanyi", company="Okafor Textiles",
                  lifecyclestage="lead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"FNAME": r["firstname"]},
            "vip": r["lifecyclestage"] == "customer"}


@case("h133-20-proper-names-company-tag-vip", H, M, """WORKSHEET 20: Names, an organisation tag and the VIP mark

Instructions: Each HubSpot contact becomes one Mailchimp member.

Step 1: email_address: copy the email as it is.
Step 2: FNAME and LNAME: write the firstname and lastname in title case (each word starts with a capital letter, the remaining letters are small). For example, 'FEMI' becomes 'Femi' and 'adeleke' becomes 'Adeleke'.
Step 3: tags: the member gets exactly one tag, the contact's Company Name (company), written as it is.
Step 4: If the company is empty (nothing, or only spaces), the tag is instead the part of the email AFTER the @ sign, as it is. For example, if Femi has no company and his email is femi.adeleke@savannah.ng, his tag is savannah.ng.
Step 5: vip: true when the Annual Revenue (annualrevenue) is more than 1,000,000; false otherwise.

Note carefully: an empty revenue box means vip is false. For example, Femi's company earns 999,999.99, which is not more than one million, so his vip is false.

In summary: names in title case, company (or else the email's domain) as the single tag, VIP above one million.""",
      extended(lower_emails(HS),
               hs(email="femi.adeleke@savannah.ng", firstname="FEMI", lastname="adeleke", company=" ",
                  annualrevenue="999999.99"),
               hs(email="kemi.oduya@lagoonfoods.ng", firstname="kemi", lastname="ODUYA", company="Lagoon Foods",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h133-21-identify-full-name", H, S, """EXERCISE 21: Introducing each contact to Segment (identify call)

Instructions: For every HubSpot contact we send one Segment identify. Fill it in as follows.

Step 1: userId: the contact's email written entirely in small letters. For example, Ada.Obi@Example.NG becomes ada.obi@example.ng.
Step 2: traits.email: the email exactly as HubSpot has it (do NOT change the letters here).
Step 3: traits.firstName: copy firstname. traits.lastName: copy lastname.
Step 4: traits.name: the first name, one space, then the last name. For example, Ada and Obi give Ada Obi.
Step 5: traits.phone: copy the HubSpot phone exactly as it is; an empty phone is sent as an empty value, not left out.

Remember: only the userId is put in small letters. The trait called email keeps the original capital letters.

Note carefully: every contact in this batch has both a first name and a last name.

In summary: lower-case userId, copied traits, and the full name joined with a single space.""",
      extended(HS,
               hs(email="Adaeze.Obi@KanoTech.NG", firstname="Adaeze", lastname="Obi", phone=""),
               hs(email="TUNDE.SHO@ILORIN.NG", firstname="Tunde", lastname="Sho", phone="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "phone": r["phone"]}}


@case("h133-22-company-traits", H, S, """LESSON 22: The company details inside the Segment traits

Instructions: One Segment identify per HubSpot contact. The company information sits inside traits.company.

Step 1: userId: the contact's email, unchanged.
Step 2: traits.company.name: the Company Name (company). If it is empty, write Self-employed.
Step 3: traits.company.industry: the HubSpot industry, copied as it is. If the industry is empty, leave this trait out.
Step 4: traits.company.employee_count: the Number of Employees (numemployees) as a whole number, for example "250" becomes 250. If it is empty, leave this trait out.

Note carefully: 'empty' includes a box with only spaces. For example, Bayo trades alone and has no company, no industry and 3 employees, so his company traits are: name Self-employed, employee_count 3, and no industry at all. Ngozi works at Ikeja Prints but left industry and employee count blank, so her company traits are only name Ikeja Prints.

Remember: to leave out means the key is not sent, not that it is sent empty.

In summary: company name or else Self-employed, industry and employee count only when they are filled.""",
      extended(HS,
               hs(email="bayo.alabi@outlook.com", company=" ", industry="", numemployees="3"),
               hs(email="ngozi.uba@ikejaprints.ng", company="Ikeja Prints", industry="  ", numemployees="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Self-employed"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h133-23-address-traits-phone", H, S, """WORKSHEET 23: Address and telephone in the Segment profile

Instructions: For every HubSpot contact send one identify. The address goes inside traits.address.

Step 1: userId: copy the email as it is.
Step 2: traits.address.street: copy the Street Address (address).
Step 3: traits.address.city: copy city.
Step 4: traits.address.postalCode: copy the Postal Code (zip).
Step 5: traits.address.country: copy country.
Step 6: traits.address.state: copy the state, but ONLY when it is filled. If the state is empty, leave it out.
Step 7: traits.phone: use the mobile number (mobilephone); if it is empty, use the office phone (phone). Write it in E.164: + and digits only, with +1 put in front for our United States numbers. A number that already starts with + keeps its own country code. A number of 11 digits beginning with 1 only needs the +.
Step 8: If both numbers are empty, there is no traits.phone at all.

Note carefully: empty means nothing, or only spaces. For example, Lola's street, city, postcode and country are copied as they are (even when some are empty), she has no state, so there is no state key, and she has no numbers, so there is no phone trait. Jide's mobile is blank but his office phone is (713) 555-0188, so his phone trait is +17135550188.

In summary: copy the address, state only when present, phone in E.164 from the mobile or else the office line, or nothing.""",
      extended(HS,
               hs(email="lola.ayeni@austinbrew.com", phone="", mobilephone=" ", state="", address="", zip="", city="Austin"),
               hs(email="jide.coker@houstonoil.com", mobilephone="", phone="(713) 555-0188", state="TX",
                  address="9 Main St", city="Houston", zip="77002")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h133-24-clean-userid-optout-revenue", H, S, """EXERCISE 24: A clean userId, the opt-out flag and revenue

Instructions: One Segment identify for each HubSpot contact.

Step 1: userId: take the email, remove the spaces at the beginning and the end, and then write it entirely in small letters. For example, '  Bisi.Ade@Mail.NG ' becomes 'bisi.ade@mail.ng'.
Step 2: traits.title: copy the jobtitle as it is, even when it is empty.
Step 3: traits.unsubscribed: true when hs_email_optout is "true"; false when it is "false". When hs_email_optout is empty, write false. This must be a real true or false, not text.
Step 4: traits.annual_revenue: the Annual Revenue as a number (for example "150000.5" becomes 150000.5 and "800000" becomes 800000).
Step 5: If the annual revenue is empty, leave the annual_revenue trait out completely.

Note carefully: for example, Chuka opted out ("true") and his revenue box holds only a space, so his traits are unsubscribed true and no annual_revenue. Bisi's opt-out box is blank, so she is unsubscribed false.

In summary: trimmed lower-case userId, title copied, unsubscribed true only for "true", revenue as a number when there is one.""",
      extended(HS,
               hs(email="  Bisi.Ade@Mail.NG ", hs_email_optout="", annualrevenue="150000.5", jobtitle=""),
               hs(email="CHUKA.IBE@ENUGUCOAL.NG  ", hs_email_optout="true", annualrevenue=" ", jobtitle="Geologist")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h133-25-ga4-contact-review", H, G, """LESSON 25: Sending a review event to Google Analytics 4

Instructions: For each HubSpot contact we send one GA4 Measurement Protocol event.

Step 1: client_id: write hubspot-worksheet for every contact. It never changes.
Step 2: The event name is contact_review for every contact.
Step 3: Event parameter stage: copy the Lifecycle Stage (lifecyclestage) as it is.
Step 4: Event parameter source: the Original Source (hs_analytics_source) written in small letters, for example ORGANIC_SEARCH becomes organic_search.
Step 5: If the original source is empty (nothing, or only spaces), the source parameter is the word none.
Step 6: Event parameter created_on: only the date part of the Create Date (createdate), as YYYY-MM-DD. For example, 2024-06-12T14:00:00.000Z becomes 2024-06-12.

Note carefully: for example, Oge became a contact on 2024-06-12T14:00:00.000Z with an empty source, so her event has source none and created_on 2024-06-12.

In summary: fixed client_id and event name, stage copied, source in small letters (or none), and the creation date.""",
      extended(HS,
               hs(email="oge.nwankwo@asaba.ng", hs_analytics_source="  ", createdate="2024-06-12T14:00:00.000Z"),
               hs(email="ahmed.bello@minna.ng", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="evangelist",
                  createdate="2025-02-01T12:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-worksheet",
            "events": [{"name": "contact_review",
                        "params": {"stage": r["lifecyclestage"], "source": "none" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h133-26-ga4-large-teams", H, G, """WORKSHEET 26: Only the larger teams are reported to GA4

Instructions: Some contacts are sent to Google Analytics 4 and some are not. First decide, then fill in.

Step 1: Look at the Number of Employees (numemployees). Send the contact only if it is more than 20. If it is 20 or less, skip the contact.
Step 2: If numemployees is empty (nothing, or only spaces), also skip the contact.
Step 3: client_id: the part of the email BEFORE the @ sign, exactly as it is. For example, zainab.musa@arewa.ng gives zainab.musa.
Step 4: The event name is large_team for everybody.
Step 5: Event parameter employees: numemployees as a number (for example "250" becomes 250 and "20.5" becomes 20.5).
Step 6: Event parameter band: always the text over_20.

Note carefully: for example, Ifeoma's firm has 19 staff, so Ifeoma is skipped; Zainab's has 21, so she is sent with employees 21.

In summary: more than 20 employees only, blanks skipped; client_id from the email before the @, the employee count as a number and band over_20.""",
      extended(lower_emails(HS),
               hs(email="zainab.musa@arewa.ng", numemployees="21"),
               hs(email="tobi.ayo@lekki.ng", numemployees=" "),
               hs(email="ifeoma.uba@onitsha.ng", numemployees="19"),
               hs(email="kunle.ade@ikorodu.ng", numemployees="20.5")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "large_team",
                        "params": {"employees": num(r["numemployees"]), "band": "over_20"}}]}


@case("h133-27-ga4-customer-or-contact", H, G, """EXERCISE 27: Two kinds of GA4 event

Instructions: Every HubSpot contact produces one GA4 event. The name of the event depends on the stage.

Step 1: client_id: the contact's email, copied as it is.
Step 2: Event name: if the Lifecycle Stage is customer, the event is called new_customer. For any other stage, it is called crm_contact.
Step 3: Event parameter industry: copy the contact's industry. If the industry is empty (nothing, or only spaces), write unknown.
Step 4: Event parameter country: copy the Country/Region (country) as it is, even if it is empty.

Note carefully: for example, Mrs. Adaora Chukwu is a customer in Nigeria with no industry filled in, so her event is new_customer with industry unknown and country Nigeria. Mr. Efosa is an opportunity in Education with an empty country, so his event is crm_contact, industry Education and an empty country.

In summary: new_customer for customers, crm_contact for everyone else; industry or unknown; country copied.""",
      extended(HS,
               hs(email="adaora.chukwu@nkpor.ng", lifecyclestage="customer", industry="  ", country="Nigeria"),
               hs(email="efosa.osagie@benin.ng", lifecyclestage="opportunity", industry="Education", country="")))
def o27(r: R) -> Out:
    name = "new_customer" if r["lifecyclestage"] == "customer" else "crm_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h133-28-leads-into-hubspot", L, H, """LESSON 28: Bringing Salesforce Leads back into HubSpot

Instructions: Each Salesforce Lead becomes a HubSpot contact. All ten steps are plain copies.

Step 1: Email -> email
Step 2: FirstName -> firstname
Step 3: LastName -> lastname
Step 4: Company -> company
Step 5: Title -> jobtitle
Step 6: Phone -> phone
Step 7: Street -> address
Step 8: City -> city
Step 9: PostalCode (Zip/Postal Code) -> zip
Step 10: Country -> country

Remember: copy every value exactly as it is. No trimming, no capital letters changed.

Note carefully: an empty value on the Lead is copied as an empty value. For example, Amara has no phone, no street and no postcode on her Lead, so her HubSpot phone, address and zip are empty as well. We do not fill them with anything.

In summary: ten straight copies, empties included.""",
      extended(SFL,
               sfl(Email="nkechi.ola@deltagas.ng", FirstName="Nkechi", LastName="Ola", Company="Delta Gas",
                   Title="", Phone="", Street="", City="Warri", PostalCode="", Country="Nigeria"),
               sfl(Email="ike.nwosu@umuahia.ng", FirstName="Ike", LastName="Nwosu", Company=" Umuahia Agro ",
                   Title="  ", Phone="0806 555 0123", Street="3 Aba Road", City="", PostalCode="440001",
                   Country="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h133-29-lead-status-optout-text", L, H, """WORKSHEET 29: The lead status and the opt-out in HubSpot

Instructions: For each Salesforce Lead make one HubSpot contact.

Step 1: email: copy the Lead's Email as it is.
Step 2: Lead Status (hs_lead_status): translate the Salesforce Status with this table:

    Open - Not Contacted    ->  NEW
    Working - Contacted     ->  IN_PROGRESS
    Closed - Converted      ->  CONNECTED
    Closed - Not Converted  ->  UNQUALIFIED

    Every Lead has one of these four statuses.
Step 3: hs_email_optout: HubSpot keeps this as text. When the Lead's Email Opt Out (HasOptedOutOfEmail) is ticked (true), write the text "true"; when it is not ticked (false), write the text "false".

Note carefully: for example, Mr. Ojo's Lead is Working - Contacted and he has opted out of email, so his contact gets hs_lead_status IN_PROGRESS and hs_email_optout "true". The word is written in small letters, as text.

In summary: status through the table, opt-out as the text "true" or "false".""",
      extended(SFL,
               sfl(Email="samuel.ojo@akure.ng", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="precious.etim@uyo.ng", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h133-30-rating-to-lifecycle-revenue", L, H, """EXERCISE 30: From Salesforce Rating to HubSpot Lifecycle Stage

Instructions: Each Salesforce Lead becomes a HubSpot contact with three properties.

Step 1: email: the Lead's Email written entirely in small letters, for example Musa.Ibrahim@Kaduna-Steel.NG becomes musa.ibrahim@kaduna-steel.ng.
Step 2: lifecyclestage: translate the Lead's Rating:

    Hot   ->  salesqualifiedlead
    Warm  ->  marketingqualifiedlead
    Cold  ->  lead

    Every Lead carries one of these three ratings.
Step 3: annualrevenue: the Lead's AnnualRevenue as a number, for example "750000.25" becomes 750000.25.
Step 4: If AnnualRevenue is empty (or only spaces), leave annualrevenue out of the contact. Do not send zero and do not send an empty value.

Note carefully: for example, Esther's Lead is Cold with no revenue, so her contact has lifecyclestage lead and no annualrevenue at all.

In summary: email in small letters, rating through the table, revenue as a number only when it exists.""",
      extended(SFL,
               sfl(Email="Musa.Ibrahim@Kaduna-Steel.NG", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="ESTHER.UDOH@CALABARPORTS.NG", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h133-31-uk-leads-only", L, H, """LESSON 31: Leads from the United Kingdom only

Instructions: Our London office looks after UK Leads in HubSpot. Every other country stays in Salesforce.

Step 1: Only a Lead whose Country is exactly United Kingdom is used. Skip all the others.
Step 2: email: copy the Email as it is.
Step 3: phone: rewrite the Lead's Phone in E.164 for the United Kingdom: drop the leading 0 of the national number, put +44 in front, and keep digits only. For example, Tobi's 020 7946 0000 becomes +442079460000. A number that already begins with + keeps its own code, for example +44 161 555 0000 becomes +441615550000.
Step 4: zip: the PostalCode in CAPITAL LETTERS, for example m1 2ab becomes M1 2AB.
Step 5: jobtitle: copy the Title. If the Title is empty (nothing, or only spaces), write Not Given.

Note carefully: every UK Lead in this batch has a phone number. For example, Halima in Manchester has no title, so her jobtitle is Not Given.

In summary: United Kingdom only; phone in +44 E.164, postcode in capitals, title or else Not Given.""",
      extended(SFL,
               sfl(Email="halima.sani@mancunian.co.uk", Country="United Kingdom", City="Manchester",
                   Phone="07700 900456", PostalCode="m1 2ab", Title=""),
               sfl(Email="ade.cole@edinburghtea.co.uk", Country="United Kingdom", City="Edinburgh",
                   Phone="+44 161 555 0134", PostalCode="eh1 1yz", Title="  "),
               sfl(Email="yinka.bello@lagos-fintech.ng", Country="Nigeria", Phone="0803 555 0177",
                   PostalCode="100001")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not Given")}


@case("h133-32-skip-lost-one-line-address", L, H, """WORKSHEET 32: Leaving out lost Leads and writing the address on one line

Instructions: Each Salesforce Lead becomes a HubSpot contact, except the ones we have lost.

Step 1: If the Lead's Status is Closed - Not Converted, skip it. Every other status goes on.
Step 2: email: copy the Email as it is.
Step 3: company: copy the Company. If it is empty (nothing, or only spaces), write Independent.
Step 4: address: join the Street and the City with a comma and a space between them, that is, <Street>, <City>. For example, 15 Broad St and Lagos give 15 Broad St, Lagos.
Step 5: If the Street is empty (nothing, or only spaces), the address is just the City on its own, with no comma.

Note carefully: for example, Emeka's Lead in Abuja has no street, so his address is simply Abuja. Every Lead in this batch has a City.

Remember: copy the street and city exactly; only the comma and the space are added.

In summary: lost Leads skipped, company or else Independent, and street-comma-city (or the city alone).""",
      extended(SFL,
               sfl(Email="emeka.udeh@abuja-solar.ng", Status="Open - Not Contacted", Street="", City="Abuja",
                   Company=""),
               sfl(Email="hauwa.ali@kano-leather.ng", Status="Working - Contacted", Street="  ", City="Kano",
                   Company="  "),
               sfl(Email="bode.george@ikeja-tyres.ng", Status="Closed - Not Converted", Street="7 Allen Ave",
                   City="Ikeja")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    address = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Independent"), "address": address}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h133-33-status-from-optout-tags", C, M, """EXERCISE 33: Salesforce Contacts into Mailchimp, with tags

Instructions: Each Salesforce Contact becomes one Mailchimp member.

Step 1: email_address: the Contact's Email in small letters throughout, for example Felix.Wagner@Rheinsoft.de becomes felix.wagner@rheinsoft.de.
Step 2: status: if Email Opt Out (HasOptedOutOfEmail) is true, the status is unsubscribed; if it is false, the status is subscribed.
Step 3: tags: every member gets the tag Salesforce.
Step 4: If the Contact's Lead Source is Trade Show, add a second tag, Events, after Salesforce.

Note carefully: for example, Obiageli came from a trade show and has opted out, so she is unsubscribed with tags Salesforce, Events. Ethan's Lead Source is empty, so he has only the Salesforce tag.

In summary: lower-case email, status from the opt-out, Salesforce tag always and Events for trade-show contacts.""",
      extended(SFC,
               sfc(Email="Obiageli.Nnaji@Lagoon.NG", LeadSource="Trade Show", HasOptedOutOfEmail=True),
               sfc(Email="KOFI.MENSAH@ACCRA.GH", LeadSource="Web", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"]
    if r["LeadSource"] == "Trade Show":
        tags.append("Events")
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h133-34-sms-contacts-language", C, M, """LESSON 34: Contacts with a telephone number, for the SMS list

Instructions: Only Contacts with a phone number are wanted in this Mailchimp audience.

Step 1: If the Contact's Phone (Business Phone) is empty (nothing, or only spaces), skip the Contact entirely.
Step 2: email_address: copy the Email as it is.
Step 3: PHONE merge field: the Phone in E.164, that is, + and digits only. Assume a United States number and put +1 in front, except when the number already starts with + (then it keeps its own code), or when it has 11 digits beginning with 1 (then only the + is added).
Step 4: language: decide it from the Mailing Country (MailingCountry) with this table:

    Germany        ->  de
    Austria        ->  de
    United States  ->  en
    Nigeria        ->  en

    Every Contact in this batch is in one of these four countries.

Note carefully: for example, Funke in Nigeria has +234 803 555 0102, so her PHONE is +2348035550102 and her language is en. Her brother has an empty phone box, so he does not go in at all.

In summary: no phone, no member; phone in E.164, language from the country table.""",
      extended(SFC,
               sfc(Email="segun.funke@ibadan.ng", Phone="", MailingCountry="Nigeria"),
               sfc(Email="funke.adebayo@ibadan.ng", Phone="+234 803 555 0102", MailingCountry="Nigeria"),
               sfc(Email="mark.jones@portland.com", Phone="1-971-555-0133", MailingCountry="United States"),
               sfc(Email="anna.berger@graz.at", Phone="  ", MailingCountry="Austria")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Nigeria": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h133-35-friend-default-sales-vip", C, M, """WORKSHEET 35: Greeting names and VIPs from the Sales department

Instructions: Each Salesforce Contact becomes one Mailchimp member.

Step 1: email_address: copy the Email unchanged.
Step 2: FNAME: copy the FirstName. If the first name is empty (nothing, or only spaces), write Friend, so that the newsletter still says 'Dear Friend'.
Step 3: LNAME: copy the LastName as it is.
Step 4: vip: true when the Department is exactly Sales; false for any other department. An empty Department gives false.
Step 5: status: subscribed for every member.

Note carefully: the department must match exactly, with the capital S. For example, Yetunde is in 'sales' written in small letters, so her vip is false; Musa is in Sales and has no first name recorded, so his FNAME is Friend and his vip is true.

In summary: first name or else Friend, surname copied, vip for Sales only, and everybody subscribed.""",
      extended(SFC,
               sfc(Email="musa.danladi@jos.ng", FirstName="", LastName="Danladi", Department="Sales"),
               sfc(Email="ama.owusu@tema.gh", FirstName="  ", LastName="Owusu", Department=""),
               sfc(Email="yetunde.ajayi@ilesa.ng", FirstName="Yetunde", LastName="Ajayi", Department="sales")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h133-36-mailable-contacts-no-tags", C, M, """EXERCISE 36: Only the Contacts we may email

Instructions: Choose the Contacts first, then fill in the member.

Step 1: Use a Contact only when Email Opt Out (HasOptedOutOfEmail) is false. A Contact who has opted out (true) is skipped.
Step 2: email_address: copy the Email as it is.
Step 3: FNAME: copy the FirstName. LNAME: copy the LastName. Empty names stay empty.
Step 4: status: subscribed for everybody.
Step 5: language: en for everybody.
Step 6: tags: an empty list. No tags at all for this audience.

Note carefully: for example, Zara has no surname recorded, so her LNAME is empty; she has not opted out, so she is added. Ethan has opted out, so he is not added.

In summary: opted-out Contacts skipped; names copied; subscribed, en, and an empty tag list.""",
      extended(SFC,
               sfc(Email="zara.hassan@maiduguri.ng", FirstName="Zara", LastName="", HasOptedOutOfEmail=False),
               sfc(Email="peter.obi@onitsha.ng", FirstName="Peter", LastName="Obi", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h133-37-identify-contacts-title", C, S, """LESSON 37: Identifying Salesforce Contacts in Segment

Instructions: Send one Segment identify per Salesforce Contact.

Step 1: userId: the Contact's Email written entirely in small letters.
Step 2: traits.email: the Email exactly as Salesforce has it.
Step 3: traits.firstName: copy FirstName. traits.lastName: copy LastName.
Step 4: traits.title: copy the Title, but only if it is filled. If the Title is empty (nothing, or only spaces), do not send a title trait at all.

Note carefully: for example, Felix.Wagner@Rheinsoft.de gives the userId felix.wagner@rheinsoft.de, while traits.email keeps Felix.Wagner@Rheinsoft.de. Lena has no title, so her traits have no title key.

In summary: lower-case userId, copied email and names, title only when there is one.""",
      extended(SFC,
               sfc(Email="Kayode.Fayemi@Ado-Ekiti.NG", FirstName="Kayode", LastName="Fayemi", Title="  "),
               sfc(Email="bukola.saraki@ilorin.ng", FirstName="Bukola", LastName="Saraki", Title="Director")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h133-38-mailing-address-traits", C, S, """WORKSHEET 38: The mailing address in Segment

Instructions: One Segment identify for every Salesforce Contact. The address is written inside traits.address.

Step 1: userId: copy the Contact's Email as it is.
Step 2: traits.address.city: the Mailing City (MailingCity) with the spaces at the beginning and end removed (trimmed).
Step 3: traits.address.country: copy the Mailing Country (MailingCountry) as it is. If it is empty (nothing, or only spaces), write Unknown.

Note carefully: for example, Chinwe's city is typed '  Enugu ' with extra spaces, so the city trait is Enugu; her country box is empty, so the country trait is Unknown.

Remember: only the city is trimmed. The country is copied exactly, or Unknown when it is missing.

In summary: city trimmed, country copied or else Unknown.""",
      extended(SFC,
               sfc(Email="chinwe.okeke@enugu.ng", MailingCity="  Enugu ", MailingCountry=""),
               sfc(Email="tope.alabi@lagos.ng", MailingCity="Lagos  ", MailingCountry="  "),
               sfc(Email="kwesi.boateng@accra.gh", MailingCity=" Accra", MailingCountry="Ghana")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h133-39-phone-name-channel", C, S, """EXERCISE 39: Phone, full name and channel for Segment

Instructions: Each Salesforce Contact is sent to Segment as an identify.

Step 1: userId: copy the Email as it is.
Step 2: traits.phone: the Contact's Phone in E.164, + and digits only. Put +1 (United States) in front, unless the number already starts with + (keep its own code) or it has 11 digits starting with 1 (then only add the +). Every Contact in this batch has a phone.
Step 3: traits.name: FirstName, a space, then LastName. For example, Ifeoma and Eze give Ifeoma Eze.
Step 4: traits.lead_channel: translate the Lead Source with this table:

    Web               ->  online
    Trade Show        ->  event
    Partner Referral  ->  partner

Step 5: Any other Lead Source, and an empty Lead Source, gives other.

Note carefully: for example, Olumide came to us through an Advertisement, which is not in the table, so his lead_channel is other. Ethan's Lead Source is blank, so his is other too.

In summary: phone in E.164, full name with one space, and the channel from the table or else other.""",
      extended(SFC,
               sfc(Email="ifeoma.eze@nsukka.ng", FirstName="Ifeoma", LastName="Eze", Phone="1 (503) 555-0101",
                   LeadSource="Partner Referral"),
               sfc(Email="olumide.cole@yaba.ng", FirstName="Olumide", LastName="Cole", Phone="+234 1 555 0199",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    table = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_channel": table.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h133-40-members-into-hubspot", M, H, """LESSON 40: Mailchimp members into HubSpot contacts

Instructions: Each member of the Mailchimp audience becomes a HubSpot contact.

Step 1: email: copy the member's email_address as it is.
Step 2: firstname: the FNAME merge field in title case (each word with a capital first letter and the rest small). For example, 'kemi' becomes 'Kemi'.
Step 3: lastname: the LNAME merge field in title case, for example 'BALOGUN' becomes 'Balogun'. If LNAME is empty (nothing, or only spaces), leave lastname out of the contact completely.
Step 4: company: copy the COMPANY merge field. If it is empty, write Unknown.
Step 5: hs_email_optout: HubSpot wants this as text. Write "true" when the member's status is unsubscribed, and "false" for every other status.

Note carefully: for example, Aiko has no surname and no company, so her contact has no lastname at all and company Unknown. Ada unsubscribed, so her hs_email_optout is the text "true"; a pending or cleaned member gets "false".

In summary: names in title case (no lastname when LNAME is blank), company or else Unknown, and the opt-out as the text "true" or "false".""",
      extended(MC,
               mc({"FNAME": "ADA", "LNAME": "  ", "COMPANY": "  "}, email_address="ada.eze@mail.ng",
                  status="unsubscribed"),
               mc({"FNAME": "kemi", "LNAME": "BALOGUN", "COMPANY": "Balogun Bakery"},
                  email_address="kemi.balogun@ogbomoso.ng", status="pending")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h133-41-skip-cleaned-vip-customers", M, H, """WORKSHEET 41: Members back into HubSpot, cleaned addresses excepted

Instructions: Each Mailchimp member becomes a HubSpot contact, but read Step 1 first.

Step 1: If the member's status is cleaned, skip the member. A cleaned address bounces, so we do not want it.
Step 2: email: copy email_address as it is.
Step 3: phone: the PHONE merge field in E.164 (+ and digits only). Put +1 in front for a United States number; if it already begins with +, keep its own country code; if it has 11 digits beginning with 1, just add the +.
Step 4: If PHONE is empty (nothing, or only spaces), leave phone out of the contact.
Step 5: company: copy the COMPANY merge field as it is.
Step 6: lifecyclestage: customer when the member's vip is true; lead when vip is false.

Note carefully: for example, João is a VIP with no phone, so his contact has lifecyclestage customer and no phone property. Sofia's (646) 555-0134 becomes +16465550134.

In summary: cleaned members skipped, phone in E.164 or left out, company copied, VIPs are customers and the rest are leads.""",
      extended(MC,
               mc({"PHONE": "  ", "COMPANY": "Oyo Cables"}, email_address="wale.oyo@oyocables.ng", vip=True,
                  status="subscribed"),
               mc({"PHONE": "(646) 555-0190"}, email_address="lost.address@oldmail.ng", vip=False, status="cleaned"),
               mc({"PHONE": "1 646 555 0177", "COMPANY": ""}, email_address="tari.ebi@bayelsa.ng", vip=False,
                  status="pending")))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h133-42-first-word-domain-customer-tag", M, H, """EXERCISE 42: First names, companies and customers from the tags

Instructions: Each Mailchimp member becomes one HubSpot contact.

Step 1: email: copy email_address as it is.
Step 2: firstname: only the first word of the FNAME merge field. For example, Ngozi Ann gives Ngozi.
Step 3: company: copy the COMPANY merge field. If COMPANY is empty (nothing, or only spaces), use the part of the email address AFTER the @ sign, as it is. For example, if Chika has no company and her email is chika@abakiln.ng, her company is abakiln.ng.
Step 4: lifecyclestage: customer when the member has the tag Customer among its tags; subscriber otherwise.

Note carefully: the tag must be spelt exactly Customer, with a capital C. For example, Tayo has the tag 'customer' in small letters, so Tayo is a subscriber. A member with no tags at all is a subscriber.

In summary: first word of the first name, company or else the email's domain, customer only for the Customer tag.""",
      extended(MC,
               mc({"FNAME": "Ngozi Ann", "COMPANY": " "}, email_address="ngozi.ann@abakiln.ng", tags=["VIP", "Customer"]),
               mc({"FNAME": "Tayo", "COMPANY": "Tayo Foods"}, email_address="tayo@tayofoods.ng", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set133")
