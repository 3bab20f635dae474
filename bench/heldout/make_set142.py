"""Held-out set 142 for the offline mapping drafter.

Persona: a support agent passes requests from customer success managers on to the CRM team
through the help desk (Zendesk/Freshdesk style), and each text is the ticket as pasted: a
subject line, the ticket fields (ticket number, priority, requester, 'Assignee: CRM team',
'Type: Task'), then the conversation. First comes the CSM's original message, written in her
own words for a customer's account: she names fields by their labels ('Job Title', 'Mobile Phone
Number', 'Lifecycle Stage') and explains why the customer wants each change. One or two
follow-ups come after it, an agent reply with her answer, or an internal note where the agent
adds the internal values or passes on an 'Update:' or a 'Correction:'. The final rules are the
original request as the follow-ups change it; a correction replaces what it corrects.
Signatures, quoted-reply markers and help-desk boilerplate ('This ticket was created via
email', 'Please type your reply above this line') appear around the content.

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


def whole(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h142-01-brightwater-plain-copy", H, L, """Subject: HubSpot contacts -> Salesforce leads for Brightwater's renewal team

Ticket #48213
Priority: Normal
Requester: Renata Okafor
Assignee: CRM team
Type: Task

Renata Okafor (original message):

Hi CRM folks,

Brightwater's renewal team wants their HubSpot contacts to show up as Salesforce leads so the SDRs can work them. Nothing fancy: please copy the email, first name, last name, company name and job title from the contact onto the lead, exactly as they are in HubSpot. Every lead should also get a Lead Status of "New".

Thanks so much!
Renata Okafor
Customer Success Manager

— Agent reply —
Hi Renata, one question before I pass this on: what should happen when one of those HubSpot fields is empty?

Renata Okafor:
Send it across empty. Don't make anything up and don't tidy anything: whatever is sitting in HubSpot, even if it's an empty string or a couple of spaces, goes onto the lead as is. Oh, and they'd like the contact's city copied onto the lead's City too, same way.

Internal note: Correction on the status. "New" isn't one of our Lead Status values, so every lead gets "Open - Not Contacted" instead. -- Devon, Support

This ticket was created via email.""",
      extended(HS,
               hs(email="tomas.reyes@brightpath.co", firstname="Tomas", lastname="Reyes", company="", jobtitle="",
                  city="  "),
               hs(email="nina.kowalski@vistula.pl", firstname=" Nina", lastname="Kowalski", company="Vistula Data ",
                  jobtitle="  ", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "Status": "Open - Not Contacted"}


@case("h142-02-harlow-import-cleanup", H, L, """Subject: Re: Leads in SF missing company, can the sync fill it in?

Ticket #48227 | Priority: High | Type: Task
Requester: Sunita Rao | Assignee: CRM team

##- Please type your reply above this line -##

Sunita Rao, Nov 4, 09:12

Hello,

The Harlow Group pushed a messy CSV into HubSpot last week and the leads it created in Salesforce look awful. For the HubSpot contact to Salesforce Lead sync, could you please:

1. Trim the spaces off the start and end of the first name and the last name.
2. Trim the company name the same way, and if there is no company at all put "N/A" so Salesforce stops bouncing the record.
3. Job title: if it's empty, put "Unknown". If there is something in it, leave it exactly as they typed it (spaces and all, don't trim that one).
4. Email and phone number: straight copy.

"Empty" for me means nothing there or only spaces.

Best,
Sunita Rao | Customer Success Manager, Mid-Market

Internal note (Aisha K.): Talked to Sunita on the phone. Correction: not "N/A" for the company, their validation rule blocks that value. Use "Not Provided". Update: Harlow doesn't want the phone number synced at all after all, so leave Phone out of the mapping.""",
      extended(HS,
               hs(email="ana.souza@ipedigital.com.br", firstname="  Ana ", lastname=" Souza", company="  ",
                  jobtitle="", phone=""),
               hs(email="owen.price@tallgrass.ag", firstname="Owen", lastname="Price  ", company=" Tallgrass Ag ",
                  jobtitle="  Agronomist ", phone="  "),
               hs(email="lea.fontaine@quaisud.fr", firstname="Léa", lastname="Fontaine", company="Quai Sud",
                  jobtitle="   ", phone="+33 4 55 55 01 10")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Not Provided").strip(), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h142-03-mobile-first-proper-case", H, L, """[Ticket #48231] Reps keep calling landlines: use the mobile on SF leads

Requester: Holly Brennan <holly.brennan@ourcompany.com>
Assignee: CRM team
Priority: Normal
Type: Task
Status: Open

Original message from Holly:

Hey team! Quick one for the Lakeshore account. Their reps only ever call mobiles, so on the Salesforce lead's Phone field please put the HubSpot contact's Mobile Phone Number. If the mobile is empty, fall back to the regular Phone Number. If both are empty, don't send a Phone value at all; we don't want to wipe out whatever is already on the lead. Numbers go across as they are, no reformatting. Email goes over as is too.

Also the names are a disaster, some ALL CAPS and some all lowercase. Can the first name and last name be put in proper case? Capital first letter of every word, the rest lower case.

xo Holly
--
Holly Brennan, Customer Success

— Agent reply —
Holly, does a field that only has spaces in it count as empty?

Holly Brennan:
Yes, spaces only = empty. Update: Lakeshore also asked for the city to get the same capitalisation treatment as the names, into the lead's City.

This ticket was created via email.""",
      extended(HS,
               hs(email="rosa.lind@fjordline.no", firstname="ROSA MARIA", lastname="lind", city="new braunfels",
                  mobilephone="", phone="  "),
               hs(email="kofi.mensah@goldcoast.gh", firstname="kofi", lastname="MENSAH", city="WACO",
                  mobilephone="   ", phone="(214) 555-0166")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h142-04-rating-from-lifecycle", H, L, """Subject: Lead Rating should follow HubSpot lifecycle stage
Ticket #48236 · Priority: Normal · Type: Task · Requester: Maggie Lindqvist · Assignee: CRM team

Maggie Lindqvist wrote:
> Hi! For Crestline, please set the Rating on each Salesforce lead from the contact's Lifecycle Stage in HubSpot:
>   Sales Qualified Lead -> Hot
>   Opportunity -> Hot
>   Marketing Qualified Lead -> Hot
>   every other stage -> Cold
> And their Salesforce dedupe is case sensitive, so please send the email in all lowercase.
> Thank you!! Maggie (CSM, Nordics)

Internal note: For whoever builds this, the stage values as HubSpot stores them are salesqualifiedlead, opportunity and marketingqualifiedlead.

— Agent reply —
Correction from Maggie: Marketing Qualified Leads should be Warm, not Hot. SQL and Opportunity stay Hot. She also confirmed that a contact with no lifecycle stage at all (empty or just spaces) gets Cold, same as the other stages.

-- Luis Peralta, Support Team

You are receiving this because you are assigned to this ticket.""",
      extended(HS,
               hs(email="BETH.HARLOW@QUARRYSTONE.COM", lifecyclestage="opportunity"),
               hs(email="Lu.Chen@RedKite.cn", lifecyclestage=""),
               hs(email="Ravi.Nair@Tidewater.in", lifecyclestage="  "),
               hs(email="Oona.Park@Fernhill.ie", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h142-05-no-optouts-no-customers", H, L, """Subject: Stop creating leads for unsubscribed people (Pinegrove)

Ticket #48240
Priority: Urgent
Requester: Carmen Diaz
Assignee: CRM team
Type: Task

Carmen Diaz, original message:

Hi all, Pinegrove's legal team spotted leads in Salesforce for people who unsubscribed from everything in HubSpot. Please make sure a HubSpot contact who is unsubscribed from all email never gets sent over as a lead.

For everybody who does go over, they want the email, first name, last name and company name copied across untouched, and Lead Source set to "Partner Referral" on every lead, because Pinegrove's whole HubSpot database came to us through a partner.

Thanks,
Carmen
Carmen Diaz | Senior CSM

Internal note: The unsubscribe flag is hs_email_optout, which holds the text "true" or "false". Only "true" means unsubscribed; if it's blank they are NOT unsubscribed and should go over. -- Devon

— Agent reply —
Update from Carmen: they also don't want existing customers sent over as leads. So skip any contact whose Lifecycle Stage is Customer (stored as customer) as well.

This ticket was created via email.""",
      extended(HS,
               hs(email="gus.ferreira@pampa.ar", firstname="Gus", lastname="Ferreira", lifecyclestage="customer",
                  hs_email_optout="false"),
               hs(email="ines.ortega@solnorte.cl", firstname="Ines", lastname="Ortega", company="",
                  lifecyclestage="opportunity", hs_email_optout=""),
               hs(email="hal.becker@ironoak.com", firstname="Hal", lastname="Becker", company="Iron Oak",
                  lifecyclestage="lead", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Partner Referral"}


@case("h142-06-rating-by-headcount", H, L, """Subject: Rate SF leads by company size
Ticket #48244 | Normal | Task
Requester: Priyanka Shah
Assignee: CRM team

Priyanka Shah:
Hiya, Vantage wants their SDRs to prioritise by company size. On each Salesforce lead coming from HubSpot:
- Rating from the contact's Number of Employees: more than 1,000 employees is Hot, fewer than 50 is Cold, anything in between is Warm.
- Put the employee count itself in the lead's Employees field as a whole number.
- Email copied as usual.
Cheers, Priyanka Shah (Customer Success)

— Agent reply —
Hi Priyanka, what should we do when the employee count is blank?

Priyanka Shah:
Good catch. Blank (or just spaces) means Cold, and in that case leave the Employees field off the lead entirely, don't send zero.

Internal note: Correction from Priyanka this morning: the Hot cutoff is 500, not 1,000. More than 500 employees = Hot. The Cold cutoff (fewer than 50) stays.

##- Please type your reply above this line -##""",
      extended(HS,
               hs(email="zoe.hart@meridianpay.com", numemployees="750"),
               hs(email="sam.ortiz@pinecrest.org", numemployees="  "),
               hs(email="lee.moon@harborview.kr", numemployees="3400"),
               hs(email="ada.frey@kestrelworks.com", numemployees="120"),
               hs(email="ian.wells@quillpress.com", numemployees="499")))
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n) or float(n) < 50:
        rating = "Cold"
    elif float(n) > 500:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": omit_if_blank(n, whole)})


@case("h142-07-dialer-mobile-e164", H, L, """Subject: Dialer needs E.164 numbers on leads

Ticket #48249
Priority: High
Requester: Erin McAllister
Assignee: CRM team
Type: Task

From Erin McAllister:

Morning! Summit Dental plugged a power dialer into Salesforce and it only accepts numbers in E.164, meaning a plus sign, the country code and then the digits with no spaces, brackets or dashes. Can you format the phone number when contacts go from HubSpot to Salesforce leads? Almost all their contacts are in the US, so assume +1 unless the number already starts with a +, in which case keep the country code it has. If a number has 11 digits and the first one is a 1, that 1 is already the country code, don't add another.

While you're in there: their first and last names arrive in all sorts of casing. Please make both Title Case: every word gets a capital first letter and the rest lower case. Email as is.

Thanks, Erin
Erin McAllister | CSM | Healthcare accounts

Internal note: Correction after a call with Erin. It's the contact's MOBILE number the dialer needs, and it goes into the lead's Mobile Phone field, not the main Phone field. The office phone number isn't sent at all.

— Agent reply —
Last thing from Erin: some contacts have no mobile (empty or spaces only). For those, leave Mobile Phone off the lead completely. No empty value and no bare "+1".""",
      extended(HS,
               hs(email="dana.cruz@lonestarhvac.com", firstname="DANA", lastname="cruz", mobilephone="1-737-555-0144"),
               hs(email="eli.stone@brazosmfg.com", firstname="eli", lastname="Stone", mobilephone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h142-08-mqls-only-description", H, L, """Subject: Only MQLs into Salesforce + a description line for the SDRs

Ticket #48252 | Priority: Normal | Type: Task | Requester: Tove Nilsson | Assignee: CRM team

Tove Nilsson (Customer Success):

Hi CRM team,
Kestrel Health only wants Marketing Qualified Leads sent to Salesforce as leads. Nothing else from HubSpot should create a lead.

On each lead they need:
* email and last name, copied as they are
* State in capital letters (their reps type "ca", "ny", and so on)
* Description: the company name, then " - created in HubSpot on ", then the date the contact was created, e.g. "Acme Corp - created in HubSpot on 14/03/2024"

Every MQL has a company and a state filled in, so no need to handle gaps there.

Tack!
Tove

Internal note: Lifecycle stage value for MQL is marketingqualifiedlead. -- Aisha

— Agent reply —
Correction from Tove: the date should be written year-month-day, "2024-03-14" style (just the date part of the create date, no time), not 14/03/2024. So the example becomes "Acme Corp - created in HubSpot on 2024-03-14". Rest of the wording stays exactly as she gave it.

This ticket was created via email.""",
      extended(HS,
               hs(email="jo.whitfield@hudsonyard.com", lastname="Whitfield", company="Hudson Yardworks",
                  lifecyclestage="marketingqualifiedlead", state="ny", createdate="2024-06-30T12:00:00.000Z"),
               hs(email="ava.price@gulfbreeze.com", lastname="Price", company="Gulf Breeze Resorts",
                  lifecyclestage="marketingqualifiedlead", state="wa", createdate="2021-02-28T13:15:00.000Z"),
               hs(email="marc.leblanc@erable.ca", lastname="Leblanc", company="Erable", lifecyclestage="lead",
                  state="QC")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "marketingqualifiedlead":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"{r['company']} - created in HubSpot on {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h142-09-mailing-address", H, C, """Subject: Addresses not coming through to SF contacts

Ticket #48256
Priority: Normal
Requester: Renata Okafor
Assignee: CRM team
Type: Task

Renata Okafor, original message:

Hi again! When Brightwater's HubSpot contacts sync into Salesforce Contacts the address never arrives. Please map the contact's street address, city, state/region, postal code and country into the Other Address fields on the Salesforce contact (Other Street, Other City, etc.), along with their email, first name and last name.

All straight copies please. If HubSpot has something blank, it's blank in Salesforce too; no filling in, no trimming.

Renata

— Agent reply —
Correction from Renata: she had the wrong section. It's the Mailing address on the contact, not Other address: Mailing Street, Mailing City, Mailing State/Province, Mailing Zip/Postal Code and Mailing Country. Nothing goes into the Other address fields.

This ticket was created via email.""",
      extended(HS,
               hs(email="wes.dunn@ozarkoutfit.com", firstname="Wes", lastname="Dunn", address="", city="Fayetteville",
                  state="", zip="", country="United States"),
               hs(email="ines.moreau@atelierbleu.be", firstname="Ines", lastname="Moreau", address="  Rue Haute 4 ",
                  city="Brussels", state="  ", zip="1000", country="Belgium")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h142-10-optout-and-dnc-checkboxes", H, C, """[#48261] Two checkboxes on SF contacts for Alder & Finch
Priority: High · Type: Task · Requester: Sunita Rao · Assignee: CRM team

Sunita's message:

Hi! Alder & Finch need two checkboxes on the Salesforce contact kept in line with HubSpot:

- Email Opt Out: ticked when the HubSpot contact is unsubscribed from all email.
- Do Not Call: ticked when the contact has no phone number at all, i.e. both the Phone Number and the Mobile Phone Number are empty. If either one has a number, leave it unticked.

Email copied as it is. Thanks!
Sunita Rao
Customer Success Manager

— Agent reply —
Hi Sunita, some contacts have nothing in the HubSpot unsubscribe field (neither true nor false). Ticked or unticked?

Sunita Rao:
Ticked! Their DPO was very clear: unless HubSpot explicitly says they are NOT unsubscribed, we treat them as opted out. So only untick Email Opt Out when the value is "false".

Internal note: The HubSpot property is hs_email_optout and holds the text "true"/"false". The Salesforce checkboxes must be real true/false values. A phone field that only has spaces counts as empty for Do Not Call. -- Luis""",
      extended(HS,
               hs(email="pat.quinn@mesaverde.io", hs_email_optout="  ", phone="", mobilephone=""),
               hs(email="rhea.kapoor@indigoline.in", hs_email_optout="false", phone="  ", mobilephone="  "),
               hs(email="tim.berg@northstar.se", hs_email_optout="false", phone=" ", mobilephone="512-555-0190")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h142-11-last-name-fallbacks", H, C, """Subject: SF contact inserts failing: "Required fields are missing: [LastName]"

Ticket #48265
Priority: High
Requester: Holly Brennan
Assignee: CRM team
Type: Task

Holly Brennan:

Hi team, loads of Ridgeway's HubSpot contacts are failing to create in Salesforce because they have no last name. Could the sync fill Last Name in like this: use the HubSpot last name; if that's empty, use the part of their email address before the @ sign (as it is); if that's somehow empty too, use the company name.

First name and email just copy over unchanged (an empty first name can stay empty, Salesforce is fine with that).

Thanks!! Holly

— Agent reply —
Update from Holly: Ridgeway would rather see the company name before the email bit. So the order is: last name, then company name, then the part of the email before the @. First one that isn't empty wins. Empty = blank or only spaces.

Please type your reply above this line.""",
      extended(lower_emails(HS),
               hs(email="sam.lee@copperleaf.com", firstname="", lastname="", company=""),
               hs(email="r.okoye@kilnworks.ng", firstname="  ", lastname="", company="Kiln Works"),
               hs(email="ops@tinyharbor.com", firstname="Mia", lastname="   ", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h142-12-country-codes-state-caps", H, C, """Subject: SF state & country picklists rejecting synced contacts
Ticket #48270 | Priority: Normal | Type: Task | Requester: Maggie Lindqvist | Assignee: CRM team

Original message (Maggie Lindqvist):

Hej! Greyhaven switched on state and country picklists in Salesforce, and now the contacts we sync from HubSpot get rejected because the country comes through as a full name. Could the sync turn the HubSpot Country into the two-letter code on the contact's Mailing Country?

  United States -> US
  Japan -> JP
  Mexico -> MX
  France -> FR
  Germany -> DE

Those are the only countries they have in HubSpot. Email goes over unchanged.

Also: the Mailing State/Province has to be in capitals ("by" -> "BY"). If a contact has no state in HubSpot, don't send a Mailing State at all.

/Maggie

Internal note: Update from Maggie, they opened a Toronto office, so add Canada -> CA to the list. Whitespace-only state counts as no state. -- Devon""",
      extended(HS,
               hs(email="kurt.vogel@elbewerk.de", country="Germany", state="by"),
               hs(email="amy.roy@lakeshoreca.ca", country="Canada", state="on"),
               hs(email="yui.mori@kyotoink.jp", country="Japan", state="  ")))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Germany": "DE", "Canada": "CA"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h142-13-customers-only", H, C, """Subject: Only paying customers should become SF contacts

Ticket #48274
Priority: Normal
Requester: Carmen Diaz
Assignee: CRM team
Type: Task

Carmen Diaz (original):

Hi, for Oakridge the HubSpot -> Salesforce Contact sync should only pick up contacts whose Lifecycle Stage is Customer. Everyone else stays in HubSpot.

For the customers:
- email in lower case (their SF matching rules are case sensitive)
- Phone: their office Phone Number from HubSpot; if that's empty (or just spaces), their Mobile Phone Number instead. Copy the number as it is.

Carmen Diaz | Senior CSM

— Agent reply —
Carmen, what if a customer has neither number?

Carmen Diaz:
Can't happen, every Oakridge customer has at least one of the two.

Internal note: Update: Carmen would also like the Contact Description set to "Managed by Customer Success" on every contact we send. Lifecycle value is stored as customer. -- Aisha

This ticket was created via email.""",
      extended(HS,
               hs(email="Nora.Blake@CrestPoint.com", lifecyclestage="customer", phone="  ", mobilephone="737-555-0110"),
               hs(email="vic.hale@oldmill.com", lifecyclestage="opportunity", phone="512-555-0171"),
               hs(email="Ola.Berg@Fjell.NO", lifecyclestage="customer", phone="+47 22 55 50 00",
                  mobilephone="+47 900 55 500")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Managed by Customer Success"}


@case("h142-14-tidy-names-lead-source", H, C, """Subject: Tidy up names/titles on SF contacts + set Lead Source
Ticket #48279 | Priority: Low | Type: Task
Requester: Priyanka Shah | Assignee: CRM team

Priyanka Shah wrote:

Hi team! Three things for the Bluefin account's HubSpot -> Salesforce Contact sync:

(a) First Name and Last Name in title case, so every word starts with a capital and the rest of the word is lower case.
(b) Job Title goes into the contact's Title with the leading/trailing spaces cut off. Nothing else changed.
(c) Lead Source on the contact, based on HubSpot's Original Source:
      Paid Search -> Advertisement
      Paid Social -> Advertisement
      Organic Search -> Web
      Referrals -> External Referral
      Offline Sources -> Trade Show
    Anything else, including contacts with no original source, gets "Other".

Email as is, of course.

Thanks a million,
Priyanka

— Agent reply —
Update from Priyanka: Direct Traffic should also map to Web.

Internal note: HubSpot's stored values for those sources are PAID_SEARCH, PAID_SOCIAL, ORGANIC_SEARCH, REFERRALS, OFFLINE and DIRECT_TRAFFIC. -- Luis""",
      extended(HS,
               hs(email="dana.white@cactusflower.com", firstname="DANA", lastname="white", jobtitle="  Growth Lead  ",
                  hs_analytics_source="OFFLINE"),
               hs(email="will.ng@pecanstreet.co", firstname="will", lastname="NG", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="joy.adams@riverwalk.com", firstname="Joy", lastname="Adams", jobtitle="Analyst",
                  hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="lev.baum@cedarmill.com", firstname="lev", lastname="BAUM", jobtitle="Buyer ",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    source = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "ORGANIC_SEARCH": "Web",
              "REFERRALS": "External Referral", "OFFLINE": "Trade Show", "DIRECT_TRAFFIC": "Web"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h142-15-welcome-audience-language", H, M, """Subject: Welcome-series audience in Mailchimp (Copperleaf)

Ticket #48283
Priority: Normal
Requester: Tove Nilsson
Assignee: CRM team
Type: Task

Tove Nilsson:

Hi! Copperleaf is starting a welcome series in Mailchimp and wants their HubSpot contacts in the audience. Please send:
- the email address
- first name into FNAME and last name into LNAME, copied exactly (if HubSpot has an empty name, the merge field is just empty)
- status: subscribed
- language: the contact's Preferred Language from HubSpot. Most of their contacts never set it (the property isn't even on their record), and when it's missing or empty please use "en".

Tove Nilsson, Customer Success Manager

Internal note: Correction from Tove after she checked with Copperleaf's legal team: they need double opt-in, so status should be "pending" for everyone, not subscribed. Everything else as above. -- Devon

This ticket was created via email.""",
      extended(HS,
               hs(email="elodie.martin@lavande.fr", firstname="Élodie", lastname="Martin", hs_language="fr"),
               hs(email="bo.larsen@fjordfish.dk", firstname="Bo", lastname="", hs_language=""),
               hs(email="jonas.weber@spree.de", firstname="Jonas", lastname="Weber", hs_language="de"),
               hs(email="taro.abe@sumiink.jp", firstname="", lastname="Abe", hs_language="  ")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending", "language": dflt(r.get("hs_language"), "en"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h142-16-status-from-unsubscribe", H, M, """[Ticket #48288] Mailchimp status should follow HubSpot's unsubscribe flag
Requester: Erin McAllister · Assignee: CRM team · Priority: High · Type: Task

Original message from Erin McAllister:

Hello CRM team,

Brightside Clinics got a complaint from someone who unsubscribed in HubSpot and still got a Mailchimp newsletter. For the HubSpot -> Mailchimp audience sync, please set each member's status from the HubSpot "Unsubscribed from all email" field:
  true -> unsubscribed
  false -> subscribed
If the field is empty, we don't actually know whether they agreed to marketing, so put them in as "transactional" (they'll still get appointment reminders but no newsletters).

Please also tag every member "hubspot-sync" so they can build a segment, and send the email address as it is.

Thanks, Erin

— Agent reply —
Correction from Erin: the tag should be "From HubSpot", not "hubspot-sync" (Brightside already has a segment built on that name). That's the only tag.

Internal note: "Empty" includes a value that is just spaces. The HubSpot values are the text "true" / "false". -- Aisha""",
      extended(HS,
               hs(email="gia.romano@vesuvio.it", hs_email_optout="   "),
               hs(email="finn.walsh@galwaybay.ie", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "transactional"
    return {"email_address": r["email"], "status": status, "tags": ["From HubSpot"]}


@case("h142-17-key-account-customer-tags", H, M, """Subject: Tags for key accounts + customers in Mailchimp
Ticket #48292 | Normal | Task | Requester: Renata Okafor | Assignee: CRM team

Renata Okafor:

Hi! Brightwater want two tags on their Mailchimp members (source: HubSpot contacts), plus the email address of course:

  "Customer"     if the contact's Lifecycle Stage is Customer
  "Key Account"  if the contact's Annual Revenue is more than 5,000,000

Tag order matters to their automation: Customer first, then Key Account. Someone who qualifies for neither gets no tags at all (empty tag list). If the revenue is empty, they're not a key account.

thanks!
Renata

Internal note: Correction from Renata: the Key Account threshold is 3,000,000, not 5,000,000 (still "more than"). Lifecycle value is stored as customer. "Empty revenue" includes whitespace-only. -- Luis""",
      extended(HS,
               hs(email="rex.hale@summitcap.com", annualrevenue="9000000", lifecyclestage="customer"),
               hs(email="ivy.chu@lotusgate.sg", annualrevenue="3000000.5", lifecyclestage="lead"),
               hs(email="abe.nunez@stonebridge.com", annualrevenue=" ", lifecyclestage="customer"),
               hs(email="cal.rhodes@mesquite.com", annualrevenue="2999999", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Key Account")
    return {"email_address": r["email"], "tags": tags}


@case("h142-18-sms-first-name-phone", H, M, """Subject: SMS pilot: FNAME and PHONE merge fields
Ticket #48297
Priority: Normal
Requester: Holly Brennan
Assignee: CRM team
Type: Task

Holly Brennan (original message):

hi hi! Lakeshore are piloting SMS through Mailchimp. Two merge fields need to be right, plus the email address (unchanged):

FNAME: just the first word of the HubSpot first name. They have lots of "Mary Beth"s and the texts should say "Hi Mary".

PHONE: E.164 format, so a +, the country code and the digits, nothing else. Use the contact's Mobile Phone Number, and if that's empty use the office Phone Number. Numbers without a + are US numbers (+1). If it starts with + keep the country code it has. An 11-digit number starting with 1 already includes the US code.

-Holly

— Agent reply —
Holly, is it possible a contact has neither number?

Holly Brennan:
No, everyone in this audience has at least one of the two. Correction though, I had it backwards: they want the OFFICE Phone Number first, and the mobile only when the office number is empty (or only spaces).

This ticket was created via email.""",
      extended(HS,
               hs(email="mary.cole@bayoubrew.com", firstname="Mary Beth", phone="  ", mobilephone="737 555 0199"),
               hs(email="jb.roux@lakeway.io", firstname=" Jean  Baptiste", phone="1 (512) 555-0123",
                  mobilephone="+1 512-555-0188")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h142-19-skip-no-country-vip", H, M, """Subject: Regional newsletter: leave out contacts with no country
Ticket #48301 | Priority: Normal | Type: Task | Requester: Maggie Lindqvist | Assignee: CRM team

##- Please type your reply above this line -##

Maggie Lindqvist, Nov 7:

Hi CRM team,
For Fjordway's regional newsletter, contacts without a country in HubSpot have to stay out of Mailchimp entirely: we can't tell which consent rules apply to them. A country that's empty or just spaces counts as no country.

Everyone else goes in with their email address, status "subscribed", and VIP switched on if their Lifecycle Stage is Evangelist (VIP off for everyone else).

Thanks! Maggie

Internal note (Devon): Update from Maggie, Customers should get VIP too. So VIP = true when the stage is evangelist or customer (those are the stored values), false otherwise.""",
      extended(HS,
               hs(email="ken.obi@lagosfin.ng", country="", lifecyclestage="customer"),
               hs(email="ann.lowe@gmail.com", country="   ", lifecyclestage="evangelist"),
               hs(email="ugo.bassi@serra.it", country="Italy", lifecyclestage="evangelist"),
               hs(email="may.ito@kumo.jp", country="Japan", lifecyclestage="opportunity")))
def o19(r: R) -> Out:
    if blank(r["country"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("evangelist", "customer")}


@case("h142-20-company-tag-revenue-vip", H, M, """Subject: Company as a tag + VIP for big accounts (Mailchimp)

Ticket #48306
Priority: Low
Requester: Carmen Diaz
Assignee: CRM team
Type: Task

Carmen Diaz:

Hi there, Oakridge's audience has no company merge field, so they'd like the company as a tag instead. For each HubSpot contact going to Mailchimp:

* Email address: as is.
* FNAME / LNAME: first and last name in title case (each word capitalised, rest lower case).
* Tags: one tag, the company name. If the company is blank, tag them with the domain of their email instead, i.e. whatever comes after the @, unchanged.
* VIP: on when their Annual Revenue is above 2,000,000, off otherwise. No revenue = not VIP.

Carmen Diaz | Senior CSM

— Agent reply —
Confirmed with Carmen: a company or revenue with only spaces in it counts as blank. All their email addresses are already lower case.

This ticket was created via email.""",
      extended(lower_emails(HS),
               hs(email="luz.ramos@cafeluz.co", firstname="LUZ", lastname="ramos", company="  ",
                  annualrevenue="2000000.5"),
               hs(email="tj.mills@millsfarm.com", firstname="tj", lastname="MILLS", company="", annualrevenue="  "),
               hs(email="eva.stone@granitebay.com", firstname="eva", lastname="stone", company="Granite Bay",
                  annualrevenue="1999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h142-21-identify-last-first", H, S, """Subject: Segment identify calls for Vantage
Ticket #48310 | Normal | Task
Requester: Priyanka Shah | Assignee: CRM team

Priyanka Shah:

Hiya! Vantage are moving to Segment and want an identify call for each HubSpot contact.

userId: the contact's email in all lower case.
Traits:
  email - the email exactly as HubSpot has it
  title - their Job Title, as is (empty is fine, just send it empty)
  name - last name, a comma and a space, then first name, e.g. "Raman, Priya"

Every contact has both a first and a last name, so the name never has gaps.

Cheers,
Priyanka

— Agent reply —
Update from Priyanka: they'd also like a phone trait with the contact's Phone Number copied straight across, empty or not.

This ticket was created via email.""",
      extended(HS,
               hs(email="Omar.Haddad@Cedarline.AE", firstname="Omar", lastname="Haddad", jobtitle="", phone="  "),
               hs(email="june.park@hanriver.kr", firstname="June", lastname="Park", jobtitle="  ",
                  phone="+82 2 555 0199")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "title": r["jobtitle"], "name": f"{r['lastname']}, {r['firstname']}",
                       "phone": r["phone"]}}


@case("h142-22-company-object-traits", H, S, """Subject: Company details on Segment profiles

Ticket #48315
Priority: Normal
Requester: Tove Nilsson
Assignee: CRM team
Type: Task

Tove Nilsson, original message:

Hej team, Kestrel Health want company info nested under the company trait in their Segment identify calls (traits.company), with the HubSpot email, unchanged, as the userId:

  name: the contact's company name. When there isn't one, "Freelance".
  industry: the HubSpot Industry, but only when it's filled in. No industry -> no industry key at all.
  employee_count: Number of Employees as a whole number. Also left out when it's empty.

Tack,
Tove

Internal note: Correction from Tove: not "Freelance" for a missing company name, they want "Unknown company". For all three, blank or whitespace-only counts as missing. -- Aisha""",
      extended(HS,
               hs(email="vera.lind@soloshop.se", company="  ", industry="", numemployees="1"),
               hs(email="raj.iyer@monsoonlabs.in", company="Monsoon Labs", industry="  ", numemployees="3400"),
               hs(email="noa.levi@cedarhill.il", company="", industry="Retail", numemployees="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown company"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], whole)}}})


@case("h142-23-address-and-mobile-traits", H, S, """[Ticket #48319] Segment: address + phone traits
Priority: Normal · Type: Task · Requester: Sunita Rao · Assignee: CRM team

Sunita's request:

Hello! Alder & Finch want their HubSpot contacts' addresses on their Segment profiles. userId is the HubSpot email, untouched. Under traits.address:
  street <- Street Address (but if the street is empty, leave street out of the address)
  city <- City
  state <- State/Region
  postalCode <- Postal Code
  country <- Country/Region
City, state, postal code and country are straight copies, blanks included.

And a phone trait: the Mobile Phone Number, or the office Phone Number if there's no mobile, in E.164 (+, country code, digits). Numbers without a + are US (+1); a number starting with + keeps its own country code; 11 digits beginning with 1 means the 1 is already the country code. If the contact has neither number, no phone trait.

Sunita Rao | CSM

— Agent reply —
Update from Sunita: please leave state out as well when it's empty. They don't want "state": "" on profiles. Spaces-only counts as empty everywhere in this ticket.""",
      extended(HS,
               hs(email="bea.knox@sparrowhill.com", phone="", mobilephone="  ", state="", address="  "),
               hs(email="cy.dale@redriver.com", phone="940.555.0111", mobilephone="  ", state="  ", address="",
                  zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": omit_if_blank(r["address"]), "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                                        "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h142-24-clean-user-id-opt-out", H, S, """Subject: Duplicate Segment profiles, userId casing

Ticket #48324
Priority: High
Requester: Holly Brennan
Assignee: CRM team
Type: Task

Holly Brennan:

Hey! Lakeshore ended up with duplicate Segment profiles because the same email arrives as "Jo.Smith@Example.com " one day and "jo.smith@example.com" the next. Can the userId be the HubSpot email with the spaces around it cut off and everything lower-cased?

Traits they want:
- title: the Job Title, copied as is
- unsubscribed: true if HubSpot says they're unsubscribed from all email, false otherwise (a blank unsubscribe field counts as NOT unsubscribed, so false)
- annual_revenue: the Annual Revenue as a number (not text). If it's empty, just leave that trait off.

ta, Holly

Internal note: Correction from Holly: the opt-out trait should be called email_opt_out, not unsubscribed. Same true/false logic. The HubSpot field holds the text "true"/"false". Whitespace-only revenue counts as empty. -- Luis

This ticket was created via email.""",
      extended(HS,
               hs(email="  Jo.Smith@Example.COM ", hs_email_optout="", annualrevenue="0.5", jobtitle=" "),
               hs(email="KIM.PARK@HANRIVER.KR", hs_email_optout="true", annualrevenue="  ", jobtitle="Buyer"),
               hs(email="Ty.Ross@Bramblecove.com  ", hs_email_optout="  ", annualrevenue="750000",
                  jobtitle="Owner")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "email_opt_out": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h142-25-ga4-handoff-event", H, G, """Subject: GA4 event when a contact is handed over to CS
Ticket #48328 | Priority: Low | Type: Task | Requester: Maggie Lindqvist | Assignee: CRM team

Original message (Maggie Lindqvist):

Hi! Greyhaven want to see CS handoffs in Google Analytics. For each HubSpot contact, send one Measurement Protocol event:

- client_id: the contact's email, exactly as it is in HubSpot
- event name: cs_handoff, always
- parameters:
    source_system: always "hubspot"
    traffic_source: the Original Source, lower-cased (ORGANIC_SEARCH -> organic_search)

/Maggie

— Agent reply —
Maggie, what do we send as traffic_source when the Original Source is empty?

Maggie Lindqvist:
Send "unknown" in that case (also when it's just spaces). Update: they also want a created_date parameter with the date the contact was created in HubSpot, just the date as YYYY-MM-DD.

This ticket was created via email.""",
      extended(HS,
               hs(email="ola.nwosu@deltafarms.ng", hs_analytics_source="  ", createdate="2024-02-29T12:30:00.000Z"),
               hs(email="ben.cho@pixelpine.com", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "cs_handoff",
                        "params": {"source_system": "hubspot",
                                   "traffic_source": "unknown" if blank(src) else src.lower(),
                                   "created_date": day(r["createdate"])}}]}


@case("h142-26-ga4-larger-teams", H, G, """[Ticket #48333] GA4: only the bigger teams
Requester: Erin McAllister
Assignee: CRM team
Priority: Normal
Type: Task

Erin McAllister wrote:

Hi CRM team! Summit Dental only want contacts from practices with more than 100 employees to reach GA4. A contact whose Number of Employees is blank doesn't go either.

For those that qualify, one event each:
- client_id = the bit of the email before the @ (their emails are all lower case already)
- event name = large_practice_contact
- one parameter, employees = the Number of Employees as a number

That's all. Thanks!
Erin

Internal note: Confirmed with Erin that "blank" includes whitespace-only, and "more than 100" means 100 itself would not count (there are none at exactly 100 anyway). -- Aisha""",
      extended(lower_emails(HS),
               hs(email="max.weber@hanse.de", numemployees="1200"),
               hs(email="lia.costa@brisa.pt", numemployees="  "),
               hs(email="ned.frost@icebox.ca", numemployees="99"),
               hs(email="joy.lam@harbourdental.com", numemployees="150")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 100):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "large_practice_contact", "params": {"employees": num(r["numemployees"])}}]}


@case("h142-27-ga4-mql-event-name", H, G, """Subject: GA4 events: MQL vs everything else

Ticket #48337
Priority: Normal
Requester: Carmen Diaz
Assignee: CRM team
Type: Task

Carmen Diaz (original):

Hello, Pinegrove's marketing team want an event in GA4 for each HubSpot contact, with the contact's email as client_id (as is). The event name depends on the lifecycle stage: MQLs get "mql_reached", every other contact gets "contact_updated".

Event parameters:
- job_title: the contact's Job Title; when it's empty, "not provided"
- city: the City, straight copy (empty stays empty)

Carmen Diaz | Senior CSM

— Agent reply —
Hi Carmen, to confirm: by MQL you mean Lifecycle Stage = Marketing Qualified Lead (stored as marketingqualifiedlead) and nothing else? And does a job title with only spaces count as empty?

Carmen Diaz:
Yes and yes.

This ticket was created via email.""",
      extended(HS,
               hs(email="fay.ng@orchidbay.my", lifecyclestage="marketingqualifiedlead", jobtitle=" ", city=""),
               hs(email="rob.dyer@tinroof.com", lifecyclestage="salesqualifiedlead", jobtitle="", city="Tulsa")))
def o27(r: R) -> Out:
    name = "mql_reached" if r["lifecyclestage"] == "marketingqualifiedlead" else "contact_updated"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "not provided"),
                                                 "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h142-28-leads-into-hubspot", L, H, """Subject: Bring Salesforce leads into HubSpot (reverse sync)
Ticket #48341 | Normal | Task | Requester: Renata Okafor | Assignee: CRM team

Renata Okafor:

Hi team! Brightwater want their Salesforce leads to land in HubSpot as contacts. Please copy these from the lead onto the contact exactly as they are, no formatting changes:

  Email -> Email
  First Name -> First Name
  Last Name -> Last Name
  Company -> Company Name
  Title -> Job Title
  Phone -> Phone Number
  Street -> Street Address

If something is empty on the lead it should be empty on the contact too, don't skip the field and don't put anything in its place.

Renata

— Agent reply —
Update from Renata: also City -> City, Zip/Postal Code -> Postal Code and Country -> Country/Region, same rules (straight copy, blanks stay blank).

This ticket was created via email.""",
      extended(SFL,
               sfl(Email="mo.salah@nilewave.eg", FirstName="Mo", LastName="Salah", Company="Nile Wave", Title="",
                   Phone="", Street="", City="  ", PostalCode="", Country="Egypt")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h142-29-lead-status-optout-text", L, H, """Subject: Lead Status + unsubscribe flag from SF into HubSpot

Ticket #48346
Priority: Normal
Requester: Sunita Rao
Assignee: CRM team
Type: Task

Sunita Rao (original message):

Hi! For the Harlow Group's Salesforce Lead -> HubSpot contact sync:

1) HubSpot Lead Status from the Salesforce lead Status:
   Open - Not Contacted -> NEW
   Working - Contacted -> IN_PROGRESS
   Closed - Converted -> OPEN_DEAL
   Closed - Not Converted -> UNQUALIFIED
   Those four are the only statuses they use.
2) HubSpot "Unsubscribed from all email" from the lead's Email Opt Out checkbox. HubSpot stores it as the text "true" or "false", so: ticked -> "true", unticked -> "false".
3) Email copied across.

Thanks,
Sunita

Internal note: Correction from Sunita: Working - Contacted should go to ATTEMPTED_TO_CONTACT, not IN_PROGRESS. The other three stay as listed. -- Devon""",
      extended(SFL,
               sfl(Email="tara.quinn@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="dev.shah@saffronlabs.in", Status="Closed - Converted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h142-30-rating-to-stage-revenue", L, H, """[Ticket #48350] Rating -> Lifecycle Stage in HubSpot
Priority: Low · Type: Task · Requester: Priyanka Shah · Assignee: CRM team

Priyanka Shah:

Hi all, Vantage want the Salesforce lead's Rating to decide the Lifecycle Stage of the HubSpot contact:
  Hot -> Opportunity
  Warm -> Sales Qualified Lead
  Cold -> Lead
Every one of their leads has a rating, always one of those three.

Also the lead's Annual Revenue into HubSpot's Annual Revenue as a proper number (not text). If the lead has no revenue, don't send Annual Revenue at all, so HubSpot keeps what it has.

Email addresses must go into HubSpot in lower case.

Priyanka

— Agent reply —
For the builder: the stage values as HubSpot stores them are opportunity, salesqualifiedlead and lead. Priyanka confirmed a revenue of only spaces counts as no revenue.""",
      extended(SFL,
               sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h142-31-uk-leads-only", L, H, """Subject: UK leads only into HubSpot (London team)

Ticket #48355
Priority: Normal
Requester: Tove Nilsson
Assignee: CRM team
Type: Task

Tove Nilsson:

Hi! Greyhaven's London team runs its UK prospects out of HubSpot, so from Salesforce they only want leads whose Country is United Kingdom. Leads from any other country (or with no country) should not come across.

For the UK leads:
- Email as is
- Phone in international format: +44, then the number without its leading 0 (so 020 7946 0321 becomes +442079460321). If a number already starts with a +, keep the code it has and just strip the spaces.
- Postcode in capitals, into HubSpot's Postal Code
- City: copy it across, but if it's empty put London, because nearly all of them are London anyway

Tack så mycket
Tove

Internal note: Confirmed with Tove, every UK lead has a phone number. Spaces-only city counts as empty. -- Luis

This ticket was created via email.""",
      extended(SFL,
               sfl(Email="isla.reid@thistletech.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="eh1 1yz", City="Edinburgh"),
               sfl(Email="tom.hughes@severnbridge.co.uk", Country="United Kingdom", Phone="+44 20 7946 0958",
                   PostalCode="sw1a 2aa", City="  "),
               sfl(Email="ana.ruiz@sierranorte.es", Country="Spain", Phone="+34 91 555 0100", PostalCode="28013")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "city": dflt(r["City"], "London")}


@case("h142-32-skip-cold-company-country", L, H, """Subject: SF leads -> HubSpot: skip cold ones, company with country
Ticket #48359 | Priority: Normal | Type: Task | Requester: Erin McAllister | Assignee: CRM team

Erin McAllister (original message):

Hello! Summit Dental has lots of clinics with the same name in different countries, so in HubSpot they'd like the Company Name to carry the country, like "Sunrise Solar (United States)". That's the lead's Company, a space, and the Country in brackets. When the lead has no country, just the company name on its own (no empty brackets, no trailing space).

Job Title from the lead's Title, and when it's empty put "Not listed".

Email copied as is.

Thanks! Erin

— Agent reply —
Update from Erin: they don't want Cold leads in HubSpot at all, so skip any lead whose Rating is Cold. Erin also confirmed a country or title with only spaces counts as empty.

##- Please type your reply above this line -##""",
      extended(SFL,
               sfl(Email="jun.park@seoulsoft.kr", Company="Seoul Soft", Country="", Rating="Warm", Title=""),
               sfl(Email="meg.ross@lakeaustin.com", Company="Lake Austin Dental", Country="  ", Rating="Hot",
                   Title="Buyer"),
               sfl(Email="ian.cole@bramble.co.uk", Company="Bramble", Country="United Kingdom", Rating="Cold")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    company = r["Company"] if blank(r["Country"]) else f"{r['Company']} ({r['Country']})"
    return {"email": r["Email"], "company": company, "jobtitle": dflt(r["Title"], "Not listed")}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h142-33-portfolio-audience", C, M, """Subject: SF contacts into the CS portfolio audience

Ticket #48364
Priority: Normal
Requester: Maggie Lindqvist
Assignee: CRM team
Type: Task

Maggie Lindqvist:

Hi CRM team! Fjordway's Salesforce Contacts should feed their Mailchimp audience:

- email address in lower case
- status: "unsubscribed" if the contact has Email Opt Out ticked, "subscribed" if not
- tag everyone "CS Portfolio"

/Maggie

— Agent reply —
Update from Maggie: contacts whose Department is exactly "Sales" should get a second tag, "Sales Team", after the "CS Portfolio" one. Nobody else gets it (an empty department just means no second tag).

This ticket was created via email.""",
      extended(SFC,
               sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, Department="Sales"),
               sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, Department="Marketing")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["CS Portfolio"] + (["Sales Team"] if r["Department"] == "Sales" else [])}


@case("h142-34-sms-source-tags", C, M, """[Ticket #48368] Mailchimp SMS list from SF contacts, tag by lead source
Requester: Holly Brennan · Assignee: CRM team · Priority: Normal · Type: Task

Holly's message:

Heya, Lakeshore want their Salesforce Contacts in Mailchimp for an SMS campaign, each tagged by where they came from. Contacts with no Lead Source (empty, or just spaces) get skipped completely, they don't go to Mailchimp.

For the rest:
- email address unchanged
- PHONE merge field: the contact's Business Phone in E.164: a + then the digits. Treat numbers as US (+1) unless they already start with a +, then keep that country code. If it's 11 digits starting with 1, the 1 already is the country code. Every contact that has a lead source also has a phone number.
- one tag from the Lead Source:
    Web -> inbound
    Trade Show -> events
    Partner Referral -> partners
    Advertisement -> paid
  Those are the only lead sources Lakeshore uses.

Thanks!!
Holly Brennan
Customer Success | West

This ticket was created via email.""",
      extended(SFC,
               sfc(Email="jay.reed@sixthstreet.com", Phone="1 512 555 0148", LeadSource="Partner Referral"),
               sfc(Email="amy.fox@redbud.com", Phone="   ", LeadSource="  "),
               sfc(Email="kit.lowe@oakhollow.com", Phone="737.555.0100", LeadSource="Advertisement")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    tag = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partners", "Advertisement": "paid"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "tags": [tag[r["LeadSource"]]]}


@case("h142-35-executive-vip-greeting", C, M, """Subject: "Hi ," in Mailchimp emails: need a fallback first name

Ticket #48372
Priority: High
Requester: Carmen Diaz
Assignee: CRM team
Type: Task

Carmen Diaz (original):

Hi, Oakridge's last newsletter went out with "Hi ," because some Salesforce contacts have no first name. When we sync SF Contacts into Mailchimp, please put "Friend" in FNAME when the first name is empty (or only spaces). Otherwise the first name as is. LNAME is a plain copy of the last name, even if it's empty. Email address unchanged, and status "subscribed" for all of them.

Carmen

— Agent reply —
Update from Carmen: Oakridge's executives should be flagged as VIP in Mailchimp. VIP on when the contact's Department is exactly "Executive"; otherwise VIP off, and that includes contacts with no department.

Internal note: nothing else changes, FNAME fallback still "Friend". -- Aisha""",
      extended(SFC,
               sfc(Email="noor.ali@dunecraft.ae", FirstName="", LastName="Ali", Department="Executive"),
               sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", Department="  "),
               sfc(Email="ross.kemp@northgate.com", FirstName="Ross", LastName="Kemp", Department="Executive")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Executive"}


@case("h142-36-web-signups-no-tags", C, M, """Subject: Web sign-ups audience, reset tags
Ticket #48377 | Low | Task | Requester: Priyanka Shah | Assignee: CRM team

Priyanka Shah:

Hi! Vantage are rebuilding their "web sign-ups" audience in Mailchimp from Salesforce Contacts. Only contacts whose Lead Source is Web go in; nobody else.

For each of those:
  email address, first name into FNAME and last name into LNAME, all copied as they are (an empty last name stays empty)
  status: subscribed
  language: en

Thanks,
Priyanka

— Agent reply —
Priyanka, they also asked about tags. What should those be?

Priyanka Shah:
They're starting from scratch, so send an empty tag list. No tags on anyone.

This ticket was created via email.""",
      extended(SFC,
               sfc(Email="urs.keller@zugbau.ch", FirstName="Urs", LastName="", LeadSource="Web"),
               sfc(Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", LeadSource="Advertisement"),
               sfc(Email="kim.berger@nowhere.de", FirstName="Kim", LastName="Berger", LeadSource="Web")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h142-37-identify-title-birthday", C, S, """Subject: SF contacts to Segment: empty traits overwrite good data

Ticket #48381
Priority: Normal
Requester: Tove Nilsson
Assignee: CRM team
Type: Task

Tove Nilsson (original message):

Hej! Kestrel Health send identify calls to Segment from Salesforce Contacts. The userId is the contact's email, lower-cased. Traits:
  firstName and lastName: copy the First Name and Last Name as they are
  title: the contact's Title

Problem: when a title is empty in Salesforce, the identify call overwrites a good title that came from another source. So please leave the title trait out whenever the SF title is empty or only spaces.

Tack!

Internal note: Update from Tove, they'd also like a birthday trait from the contact's Birthdate, copied as is, and the same rule applies: no birthdate -> no birthday trait. firstName/lastName are still sent even if empty. -- Devon""",
      extended(SFC,
               sfc(Email="Ray.Bianchi@Portofino.IT", FirstName="Ray", LastName="Bianchi", Title="  ",
                   Birthdate="1979-08-14"),
               sfc(Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Title="COO", Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h142-38-mailing-address-traits", C, S, """[Ticket #48386] Segment address traits from SF Mailing address
Priority: Normal · Type: Task · Requester: Sunita Rao · Assignee: CRM team

Sunita Rao wrote:

Hi team! Alder & Finch would like the Salesforce contact's mailing city and country on the Segment profile, under traits.address. userId is the SF Email exactly as it is.

city: Mailing City. If it's empty (or just spaces) put "Unknown".
country: Mailing Country with the spaces at the start and end removed (their old import left junk spaces around a lot of them).

Regards,
Sunita

— Agent reply —
Sunita, should the city also get its spaces trimmed?

Sunita Rao:
No, the city is fine apart from the empty ones, only the country needs trimming. Every contact has a country.""",
      extended(SFC,
               sfc(Email="eva.gruber@murtal.at", MailingCity="  ", MailingCountry="  Austria"),
               sfc(Email="max.roth@donau.ch", MailingCity="", MailingCountry="Switzerland  "),
               sfc(Email="ida.berg@elbe.de", MailingCity="Hamburg", MailingCountry=" Germany ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h142-39-phone-name-team", C, S, """Subject: Segment traits: phone, full name, team
Ticket #48390 | Priority: Normal | Type: Task | Requester: Erin McAllister | Assignee: CRM team

Erin McAllister (original):

Hello! Brightside Clinics want three traits on their Segment identify calls from Salesforce Contacts (userId = the Email, unchanged):

- phone: Business Phone in E.164, so +, country code and digits only. Default country is the US (+1); a number that starts with + already has its country code and keeps it; an 11-digit number starting with 1 already has the US code.
- name: First Name, a space, Last Name. All their contacts have both.
- team, from the contact's Department:
    Engineering -> product
    Sales -> revenue
  any other department, or none at all, -> general

Thanks, Erin

— Agent reply —
Update from Erin: Marketing should go to revenue as well.

This ticket was created via email.""",
      extended(SFC,
               sfc(Email="dee.marsh@bluehollow.com", FirstName="Dee", LastName="Marsh", Phone="512 555 0177",
                   Department="Marketing"),
               sfc(Email="al.brandt@hafenbank.de", FirstName="Al", LastName="Brandt", Phone="1 (737) 555-0100",
                   Department="Finance")))
def o39(r: R) -> Out:
    team = {"Engineering": "product", "Sales": "revenue", "Marketing": "revenue"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "team": team.get(r["Department"], "general")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h142-40-members-back-to-hubspot", M, H, """Subject: Mailchimp members -> HubSpot contacts (Copperleaf)

Ticket #48394
Priority: Normal
Requester: Renata Okafor
Assignee: CRM team
Type: Task

Renata Okafor:

Hi! Copperleaf want their Mailchimp audience synced back into HubSpot contacts:

- Email: the member's email address, as is
- First Name: FNAME in title case (first letter of each word upper case, the rest lower)
- Last Name: LNAME in title case too, BUT if LNAME is empty don't send a last name at all, so HubSpot's stays
- Company Name: the COMPANY merge field; if it's empty, "Individual"
- "Unsubscribed from all email": "true" when the member's status is unsubscribed, "false" for any other status. HubSpot wants the text, not a checkbox value.

Thanks, Renata

Internal note: Correction from Renata: cleaned members should also be "true", so "true" for unsubscribed or cleaned, "false" for everything else. Empty includes spaces-only for LNAME and COMPANY. -- Luis""",
      extended(MC,
               mc({"FNAME": "ANNA LENA", "LNAME": "  ", "COMPANY": "  "}, email_address="anna.berg@kiruna.se",
                  status="pending"),
               mc({"FNAME": "tom", "LNAME": "LEE", "COMPANY": "Lee Bros"}, email_address="tom.lee@leebros.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h142-41-skip-unsubscribed-vip-stage", M, H, """[Ticket #48399] Mailchimp -> HubSpot: skip unsubscribes, VIPs as evangelists
Requester: Maggie Lindqvist · Assignee: CRM team · Priority: Normal · Type: Task

Maggie's original message:

Hi CRM team! For Fjordway's Mailchimp -> HubSpot sync:

Please don't bring unsubscribed members into HubSpot at all. Everyone else (including cleaned and pending members) comes across with:
- email address -> Email
- COMPANY merge field -> Company Name, copied as is, empty or not
- Lifecycle Stage: VIP members are Evangelists, non-VIP members are Leads

/Maggie

— Agent reply —
Update from Maggie: they'd like the PHONE merge field too, as HubSpot Phone Number in E.164 (+, country code, digits). Numbers without a + are US numbers (+1); a number that starts with + keeps its own code; 11 digits starting with 1 = US code already there. If PHONE is empty or just spaces, don't send a phone number at all.

Internal note: stage values are evangelist and lead. -- Aisha""",
      extended(MC,
               mc({"COMPANY": "Jeju Air Tours", "PHONE": "  "}, email_address="hana.kim@jejuair.kr",
                  status="subscribed", vip=True),
               mc({"COMPANY": "Old Bank", "PHONE": "(512) 555-0101"}, email_address="leo.marx@oldbank.com",
                  status="unsubscribed", vip=True),
               mc({"COMPANY": "", "PHONE": "1 512 555 0148"}, email_address="ray.cole@coleandco.com",
                  status="pending", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "company": mf["COMPANY"],
                 "lifecyclestage": "evangelist" if r["vip"] else "lead",
                 "phone": omit_if_blank(mf["PHONE"], e164)})


@case("h142-42-webinar-tag-stage", M, H, """Subject: Webinar attendees should be MQLs in HubSpot

Ticket #48403
Priority: Normal
Requester: Carmen Diaz
Assignee: CRM team
Type: Task

Carmen Diaz (original message):

Hi, Pinegrove run webinars through Mailchimp and want attendees to show up as Marketing Qualified Leads in HubSpot. Members carrying the tag "Webinar" (exactly that, capital W) get Lifecycle Stage MQL; every other member gets Subscriber.

Also on the contact:
- Email: the member's email address
- First Name: only the first word of FNAME ("Ana Lucia" -> "Ana")
- Company Name: the COMPANY merge field. If it's blank, use the domain from their email address instead (everything after the @, as it is).

Carmen Diaz | Senior CSM

Internal note: The stage values HubSpot expects are marketingqualifiedlead and subscriber. Carmen confirmed a COMPANY of only spaces counts as blank. -- Devon

This ticket was created via email.""",
      extended(MC,
               mc({"FNAME": "Ana Lucia", "COMPANY": "  "}, email_address="ana.lucia@brisamar.pt",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen Tools"}, email_address="ben.ito@kaizentools.jp",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set142")
