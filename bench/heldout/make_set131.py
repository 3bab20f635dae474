"""Held-out set 131 for the offline mapping drafter.

Persona: Marguerite, a former paralegal now in marketing ops at a London firm. She drafts every
mapping as though it were a short agreement: numbered clauses and sub-clauses (1.1, 2(a), 3.2),
defined terms introduced in quotes and capitals (the "Source Record", the "Lead", hereinafter the
"Member"), and the connective tissue of the profession -- 'shall', 'subject to clause 2.3',
'notwithstanding the foregoing', 'provided that', 'save where', 'in which event'. Each field gets a
clause of its own in long, precise sentences; she names the API fields but dresses them in prose,
and she closes almost every draft with a 'for the avoidance of doubt' sentence spelling out what
happens to empty values. Now and then the clauses sit inside a brief covering letter, a schedule
heading or a recital explaining the firm's cautious view of consent.

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


@case(
    "h131-01-verbatim-copies-open-status",
    H,
    L,
    """Mapping of HubSpot contacts into Salesforce Leads

1. Definitions
1.1 In this mapping, the "Contact" means a contact record held in HubSpot and the "Lead" means the Salesforce Lead to be created or updated from it.

2. Fields
2.1 The Lead's Email shall be the Contact's email, reproduced verbatim.
2.2 The Lead's FirstName, LastName and Company shall be the Contact's firstname, lastname and company respectively, each reproduced verbatim.
2.3 The Lead's MobilePhone shall be the Contact's mobilephone, and the Lead's Website shall be the Contact's website, in each case without alteration of any kind.
2.4 The Lead's Status shall be "Open - Not Contacted" in every instance, irrespective of anything held on the Contact.

3. Interpretation
3.1 "Reproduced verbatim" and "without alteration" mean that no spaces shall be stripped and no change shall be made to capitalisation or formatting.
3.2 For the avoidance of doubt, where any of the fields referred to in clauses 2.1 to 2.3 is empty on the Contact, the Lead shall receive that value exactly as it stands (an empty string remaining an empty string), and no default or substitute value shall be supplied.""",
    extended(
        HS,
        hs(
            email="harriet.cole@thamesgate.co.uk",
            firstname="Harriet",
            lastname="Cole",
            company="",
            mobilephone="",
            website="",
        ),
        hs(
            email="oliver.brandt@bramleyco.com",
            firstname=" Oliver",
            lastname="Brandt",
            company="Bramley & Co ",
            mobilephone="07700 900111",
            website="  ",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "MobilePhone": r["mobilephone"],
        "Website": r["website"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h131-02-trim-first-name-company-defaults",
    H,
    L,
    """HubSpot -> Salesforce Lead: heads of terms for the import clean-up

1. In this note the "Source Record" is the HubSpot contact and the "Lead" is the Salesforce Lead produced from it. A value is "Empty" where it is absent, is an empty string, or consists of nothing but spaces.

2. The Lead's Email shall be the Source Record's email, copied exactly.

3. The Lead's FirstName shall be the Source Record's firstname with any leading and trailing spaces removed.

4. The Lead's Company shall be the Source Record's company, similarly stripped of leading and trailing spaces; provided that, where the company is Empty, the Company shall instead be "Not Disclosed", Salesforce declining to accept a Lead without one.

5. The Lead's Title shall be the Source Record's jobtitle as it stands, with no trimming whatsoever, save where the jobtitle is Empty, in which event the Title shall be "Unspecified".

6. The Lead's City shall be the Source Record's city, copied exactly; for the avoidance of doubt, an Empty city shall be carried across unchanged and shall not attract any default.

7. The defaults in clauses 4 and 5 shall apply only where the relevant value is Empty and in no other circumstance.""",
    extended(
        HS,
        hs(
            email="ana.whitby@kestrelhouse.co.uk",
            firstname="  Ana ",
            company="   ",
            jobtitle="",
            city="",
        ),
        hs(
            email="rupert.lamb@lambandsons.com",
            firstname="Rupert  ",
            company=" Lamb & Sons ",
            jobtitle="  Buyer ",
            city="  ",
        ),
        hs(
            email="nadia.rahman@quayside.io",
            firstname="Nadia",
            company="Quayside",
            jobtitle="   ",
            city="Bristol",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "Company": dflt(r["company"], "Not Disclosed").strip(),
        "Title": dflt(r["jobtitle"], "Unspecified"),
        "City": r["city"],
    }


@case(
    "h131-03-phone-then-mobile-title-case",
    H,
    L,
    """Schedule 3 - Contact to Lead (names and telephone)

1.1 For the purposes of this Schedule, the "Contact" is the HubSpot contact and the "Lead" is the Salesforce Lead; "Title Case" means that each word (a word being whatever lies between single spaces) begins with a capital letter and the remainder of that word is in lower case, so that "maria" becomes "Maria" and "GARCIA" becomes "Garcia".

1.2 The Lead's Email shall be the Contact's email, reproduced verbatim.

1.3 The Lead's FirstName, LastName and City shall be the Contact's firstname, lastname and city respectively, each rendered in Title Case.

1.4 Subject to clause 1.5, the Lead's Phone shall be the Contact's phone; save where the phone is empty, in which case the Contact's mobilephone shall be used instead. Whichever number is taken shall be reproduced exactly as recorded, without reformatting.

1.5 Notwithstanding clause 1.4, where both the phone and the mobilephone are empty, the Lead shall carry no Phone at all: the field shall be omitted altogether rather than sent blank.

1.6 For the avoidance of doubt, a number consisting only of spaces is empty for the purposes of clauses 1.4 and 1.5.""",
    extended(
        HS,
        hs(
            email="elena.petrova@volgatrade.ru",
            firstname="ELENA",
            lastname="petrova",
            city="st albans",
            phone="",
            mobilephone="",
        ),
        hs(
            email="james.whitlock@oakhurst.co.uk",
            firstname="james",
            lastname="WHITLOCK",
            city="LEEDS",
            phone="  ",
            mobilephone="07700 900222",
        ),
        hs(
            email="anne.marie.holt@holtlaw.com",
            firstname="anne marie",
            lastname="Holt",
            city="Bath",
            phone="   ",
            mobilephone="   ",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "City": title(r["city"]),
            "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
        }
    )


@case(
    "h131-04-rating-by-lifecycle-stage",
    H,
    L,
    """Rating of Leads by lifecycle stage

1. Parties and terms. The HubSpot contact is hereinafter the "Contact"; the Salesforce Lead created from it is hereinafter the "Lead".

2. Email. The Lead's Email shall be the Contact's email converted wholly to lower case.

3. Rating. The Lead's Rating shall be determined by the Contact's lifecyclestage in accordance with the following table:
   (a) "customer" or "opportunity": "Hot";
   (b) "salesqualifiedlead" or "marketingqualifiedlead": "Warm";
   (c) any other value: "Cold".

4. For the avoidance of doubt, paragraph 3(c) extends to a Contact whose lifecyclestage is empty, whether blank or consisting only of spaces, and such a Contact shall be rated "Cold". The values in paragraphs 3(a) and 3(b) shall be matched exactly as written.

5. No other field of the Lead shall be populated by this mapping.""",
    extended(
        HS,
        hs(email="Fiona.Grant@Larkspur.CO.UK", lifecyclestage="opportunity"),
        hs(email="HENRY.MOSS@MOSSLEY.COM", lifecyclestage=""),
        hs(email="Ruth.Ellis@Ellisandpartners.com", lifecyclestage="  "),
        hs(email="tariq.aziz@Cedarbank.AE", lifecyclestage="evangelist"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "customer": "Hot",
        "opportunity": "Hot",
        "salesqualifiedlead": "Warm",
        "marketingqualifiedlead": "Warm",
    }
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case(
    "h131-05-exclude-optouts-and-subscribers",
    H,
    L,
    """Dear Tom,

Further to our call, please find below the terms on which HubSpot contacts are to be passed to Salesforce as Leads.

1. Exclusions
1.1 A HubSpot contact (the "Contact") shall not be passed to Salesforce at all where its hs_email_optout is "true".
1.2 Further and in addition, a Contact shall not be passed where its lifecyclestage is "subscriber", such persons having signed up for the newsletter only.
1.3 For the avoidance of doubt, a Contact whose hs_email_optout is empty or "false" is not excluded by clause 1.1, and shall proceed unless clause 1.2 applies to it.

2. Fields of the Lead
2.1 Email, FirstName, LastName and Company shall be the Contact's email, firstname, lastname and company, each copied verbatim.
2.2 Title shall be the Contact's jobtitle, likewise copied verbatim.
2.3 LeadSource shall be the fixed value "Web" for every Lead.
2.4 Where any value referred to in clauses 2.1 and 2.2 is empty on the Contact, it shall be sent empty, as it stands, and not otherwise filled in.

Kind regards,
Marguerite""",
    extended(
        HS,
        hs(
            email="gwen.parry@cardiffbay.co.uk",
            firstname="Gwen",
            lastname="Parry",
            lifecyclestage="subscriber",
            hs_email_optout="false",
        ),
        hs(
            email="ines.ortega@solnorte.cl",
            firstname="Ines",
            lastname="Ortega",
            company="",
            jobtitle="",
            lifecyclestage="opportunity",
            hs_email_optout="  ",
        ),
        hs(
            email="hal.becker@ironoak.com",
            firstname="Hal",
            lastname="Becker",
            company="Iron Oak",
            lifecyclestage="lead",
            hs_email_optout="true",
        ),
        hs(
            email="mia.fenwick@fenwickfoods.com",
            firstname="Mia",
            lastname="Fenwick",
            company="Fenwick Foods",
            jobtitle="Owner",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "subscriber":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Title": r["jobtitle"],
        "LeadSource": "Web",
    }


@case(
    "h131-06-revenue-rating-headcount",
    H,
    L,
    """Rating and headcount - HubSpot contact to Salesforce Lead

1. Definitions. "Contact" means the HubSpot contact; "Lead" means the resulting Salesforce Lead; "Revenue" means the Contact's annualrevenue read as a number.

2. The Lead's Email shall be the Contact's email, unaltered.

3. The Lead's Rating shall be:
   3.1 "Hot", where the Revenue is greater than 5,000,000;
   3.2 "Cold", where the Revenue is less than 500,000;
   3.3 "Warm", in every other case, including (for the avoidance of doubt) where the annualrevenue is empty or consists only of spaces.

4. The Lead's NumberOfEmployees shall be the Contact's numemployees expressed as a whole number (an integer, not text), provided that where numemployees is empty (blank or spaces only) the NumberOfEmployees shall be omitted from the Lead entirely rather than sent as empty or as nought.""",
    extended(
        HS,
        hs(email="clara.benn@bennfinance.co.uk", annualrevenue="5000000.01", numemployees="75"),
        hs(email="owen.tate@tatecraft.com", annualrevenue="499999.5", numemployees="  "),
        hs(email="lydia.shore@shoreline.ie", annualrevenue="  ", numemployees="9"),
        hs(email="ravi.menon@spicegate.in", annualrevenue="500000.25", numemployees="1500"),
    ),
)
def o06(r: R) -> Out:
    v = rev(r)
    if v is not None and v > 5_000_000:
        rating = "Hot"
    elif v is not None and v < 500_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h131-07-mobile-e164-names-title-case",
    H,
    L,
    """1. Scope. This clause governs the transfer of each HubSpot contact (the "Source Record") to a Salesforce Lead (the "Lead").

2. Identification. The Lead's Email shall be the Source Record's email, reproduced verbatim.

3. Names. The Lead's FirstName and LastName shall be the Source Record's firstname and lastname in title case, that is to say with the first letter of every space-separated word capitalised and the remaining letters of each word in lower case.

4. Mobile telephone. The Lead's MobilePhone shall be the Source Record's mobilephone restated in E.164 form, namely a "+" followed by digits only, all other characters being discarded. The following rules apply:
   (a) where the number as recorded already begins with "+", it carries its own country code, which shall be kept;
   (b) save as provided in paragraph (c), any other number shall be treated as a United States number and prefixed with the country code 1;
   (c) a number of eleven digits beginning with 1 already includes the United States country code and shall only have the "+" added.

5. Empty values. Notwithstanding clause 4, where the mobilephone is empty (including where it consists solely of spaces) the MobilePhone shall be omitted from the Lead altogether; for the avoidance of doubt, neither an empty string nor a bare "+1" shall be sent.""",
    extended(
        HS,
        hs(
            email="marcus.hale@halebridge.com",
            firstname="MARCUS",
            lastname="hale",
            mobilephone="1 212 555 0144",
        ),
        hs(email="sian.evans@glanmor.co.uk", firstname="sian", lastname="EVANS", mobilephone="   "),
        hs(
            email="paul.okonjo@riverside.ng",
            firstname="Paul James",
            lastname="okonjo",
            mobilephone="+44 7700 900333",
        ),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "MobilePhone": omit_if_blank(r["mobilephone"], e164),
        }
    )


@case(
    "h131-08-qualified-only-description",
    H,
    L,
    """Mapping: HubSpot contact to Salesforce Lead (qualified contacts only)

1.1 Only those HubSpot contacts (each a "Qualifying Contact") whose lifecyclestage is "marketingqualifiedlead" or "salesqualifiedlead" shall be transferred. Every other contact, of whatever stage, shall be disregarded and no Lead shall be created for it.

1.2 In respect of each Qualifying Contact, the Lead shall carry the following and nothing further:
   (a) Email: the contact's email, verbatim;
   (b) LastName: the contact's lastname, verbatim;
   (c) Country: the contact's country converted entirely to upper case (thus "United States" becomes "UNITED STATES");
   (d) Description: the words "Created in HubSpot on ", followed by the date on which the contact was created, being the YYYY-MM-DD date part of its createdate timestamp, followed by "; original source: " and then the contact's hs_analytics_source exactly as held.

1.3 By way of illustration only, a Qualifying Contact created on 14 March 2023 from organic search would bear the Description "Created in HubSpot on 2023-03-14; original source: ORGANIC_SEARCH". Each Qualifying Contact has an original source recorded.""",
    extended(
        HS,
        hs(
            email="beth.rowan@rowanlabs.co.uk",
            lastname="Rowan",
            lifecyclestage="salesqualifiedlead",
            country="united kingdom",
            hs_analytics_source="OFFLINE",
            createdate="2024-08-19T12:10:00.000Z",
        ),
        hs(
            email="conor.byrne@liffeysoft.ie",
            lastname="Byrne",
            lifecyclestage="marketingqualifiedlead",
            country="Ireland",
            hs_analytics_source="REFERRALS",
            createdate="2022-02-01T13:00:00.000Z",
        ),
        hs(
            email="nils.berg@fjordtech.no",
            lastname="Berg",
            lifecyclestage="opportunity",
            country="Norway",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Country": r["country"].upper(),
        "Description": f"Created in HubSpot on {day(r['createdate'])}; original source: {r['hs_analytics_source']}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h131-09-postal-particulars-mailing",
    H,
    C,
    """Schedule - HubSpot contacts to Salesforce Contacts (postal particulars)

1. Definitions. The HubSpot contact is hereinafter the "Source Contact" and the Salesforce Contact the "Target Contact".

2. The Target Contact's Email shall be the Source Contact's email and its Phone the Source Contact's phone.

3. The postal address shall be transferred to the Mailing fields of the Target Contact as follows:
   3.1 MailingStreet: the Source Contact's address;
   3.2 MailingCity: its city;
   3.3 MailingState: its state;
   3.4 MailingPostalCode: its zip;
   3.5 MailingCountry: its country.

4. Every value under clauses 2 and 3 shall be copied precisely as held, with no trimming, tidying or re-casing.

5. For the avoidance of doubt, where any such value is empty on the Source Contact, the corresponding field of the Target Contact shall nonetheless be written, and shall be written empty exactly as the Source Contact holds it; it shall neither be omitted nor filled with a default.""",
    extended(
        HS,
        hs(
            email="alys.morgan@brecon.co.uk",
            phone="",
            address="",
            city="Brecon",
            state="",
            zip="LD3 7AA",
            country="United Kingdom",
        ),
        hs(
            email="jonas.weber@isarwerk.de",
            phone="  ",
            address=" Leopoldstr. 12 ",
            city="munich",
            state="  ",
            zip="",
            country="",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "Phone": r["phone"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h131-10-cautious-optout-do-not-call",
    H,
    C,
    """Consent and calling flags - HubSpot contacts to Salesforce Contacts

Recital: the firm takes a cautious view of consent; where the position is not recorded, it is to be assumed that the individual has opted out.

1. The Salesforce Contact (the "Contact") shall carry the HubSpot contact's email as its Email, verbatim.

2. The Contact's HasOptedOutOfEmail shall be a true/false value (a genuine boolean, not text), determined thus:
   2.1 false, where the HubSpot hs_email_optout is the text "false";
   2.2 true, where hs_email_optout is the text "true";
   2.3 true also where hs_email_optout is empty, whether blank or consisting only of spaces, in accordance with the recital above.

3. The Contact's DoNotCall shall likewise be a boolean, being true where the HubSpot phone is empty (blank or spaces only) and false where a phone number is present. For the avoidance of doubt, the mobilephone shall be disregarded for this purpose, and the phone number itself shall not be sent.""",
    extended(
        HS,
        hs(
            email="kit.lawson@lawsonmill.com",
            hs_email_optout="  ",
            phone="  ",
            mobilephone="07700 900444",
        ),
        hs(
            email="bea.hughes@hughesdesign.co.uk", hs_email_optout="false", phone="", mobilephone=""
        ),
        hs(email="dev.patel@patelco.in", hs_email_optout="true", phone="+91 22 5555 0100"),
    ),
)
def o10(r: R) -> Out:
    opt = r["hs_email_optout"]
    return {
        "Email": r["email"],
        "HasOptedOutOfEmail": opt == "true" or blank(opt),
        "DoNotCall": blank(r["phone"]),
    }


@case(
    "h131-11-last-name-fallback-local-part",
    H,
    C,
    """1. Definitions
1.1 The "Source Record" is the HubSpot contact; the "Contact" is the Salesforce Contact to which it is mapped.
1.2 The "Local Part" is that portion of the Source Record's email which precedes the "@", taken exactly as it appears (so for "ops@example.com" the Local Part is "ops").

2. Mapping
2.1 The Contact's Email shall be the Source Record's email, unaltered.
2.2 The Contact's FirstName shall be the Source Record's firstname, unaltered.
2.3 The Contact's LastName, which Salesforce requires, shall be taken from the first of the following which is not empty, in the order given:
   (a) the Source Record's lastname;
   (b) failing which, the Source Record's company;
   (c) failing both, the Local Part.
2.4 Whichever value is taken under clause 2.3 shall be used as it stands.

3. For the avoidance of doubt, a value which is absent, an empty string, or spaces only is empty for the purposes of clause 2.3; and an empty firstname shall be copied across as it is, without any fallback.""",
    extended(
        lower_emails(HS),
        hs(email="info@bellweather.co.uk", firstname="", lastname="", company=""),
        hs(email="j.quill@quillandink.com", firstname="Joan", lastname="  ", company="Quill & Ink"),
        hs(email="accounts@fernleaf.com", firstname="  ", lastname=" ", company="   "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h131-12-alpha3-country-state-upper",
    H,
    C,
    """Country codes and state - HubSpot contact to Salesforce Contact

1. The Salesforce Contact (hereinafter the "Contact") shall take its Email from the HubSpot contact's email, without alteration.

2. The Contact's MailingCountry shall be the three-letter code corresponding to the HubSpot country, according to the following table and no other:
   "United States" - "USA"
   "Japan" - "JPN"
   "Mexico" - "MEX"
   "France" - "FRA"
   The HubSpot records within scope hold only these four countries, and accordingly no provision is made for any other value.

3. Subject to clause 4, the Contact's MailingState shall be the HubSpot state converted wholly to upper case.

4. Where the HubSpot state is empty (including where it contains only spaces), MailingState shall not be written to the Contact at all and shall be left out of the record in its entirety.""",
    extended(
        HS,
        hs(email="sam.keller@bayside.com", country="United States", state="wa"),
        hs(email="emi.sato@osakadesign.jp", country="Japan", state="  "),
        hs(email="lucia.vega@cozumeldive.mx", country="Mexico", state="q roo"),
        hs(email="remy.noel@lyonbois.fr", country="France", state="ara"),
    ),
)
def o12(r: R) -> Out:
    alpha3 = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA"}
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": alpha3[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h131-13-consented-only-mobile-first",
    H,
    C,
    """Contacts: HubSpot to Salesforce (consented contacts only)

1. Eligibility. A HubSpot contact (the "Source Record") shall be transferred only if its hs_email_optout is exactly "false". For the avoidance of doubt, a Source Record whose hs_email_optout is "true" or is empty (blank or spaces) shall not be transferred, consent not having been positively recorded.

2. Content. Each Salesforce Contact produced under clause 1 shall contain:
   2.1 Email: the Source Record's email in lower case throughout;
   2.2 Phone: the Source Record's mobilephone, save where the mobilephone is empty (blank or spaces only), in which case the Source Record's phone; in either case as recorded, without reformatting;
   2.3 Description: the fixed text "Migrated from HubSpot".

3. Each eligible Source Record holds at least one of the two telephone numbers.""",
    extended(
        HS,
        hs(
            email="Laura.Finch@FinchAndCo.co.uk",
            hs_email_optout="false",
            mobilephone="  ",
            phone="020 7946 0958",
        ),
        hs(email="Piet.DeVries@Polder.NL", hs_email_optout="", mobilephone="+31 6 5555 0100"),
        hs(
            email="AMIR.HOSSEINI@ZAGROS.COM",
            hs_email_optout="false",
            mobilephone="+1 650 555 0101",
            phone="650-555-0100",
        ),
    ),
)
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Migrated from HubSpot",
    }


@case(
    "h131-14-title-case-trim-source-table",
    H,
    C,
    """1. Interpretation
In this clause "HubSpot Contact" means the source record and "SF Contact" the Salesforce Contact produced from it. "Title Case" means that every word separated by a space begins with a capital and continues in lower case ("DANA" becomes "Dana").

2. Fields of the SF Contact
(a) Email: the HubSpot Contact's email, verbatim.
(b) FirstName and LastName: the HubSpot Contact's firstname and lastname, each in Title Case.
(c) Title: the HubSpot Contact's jobtitle with leading and trailing spaces removed and otherwise unchanged; an empty jobtitle shall remain empty.
(d) LeadSource: derived from hs_analytics_source as follows -
    ORGANIC_SEARCH and DIRECT_TRAFFIC: "Web";
    PAID_SEARCH: "Advertisement";
    REFERRALS: "External Referral";
    OFFLINE: "Trade Show";
    EMAIL_MARKETING: "Email";
    any other value whatsoever: "Other".

3. For the avoidance of doubt, the residual "Other" in clause 2(d) applies equally where hs_analytics_source is empty and where it holds a value not listed above (for instance PAID_SOCIAL).""",
    extended(
        HS,
        hs(
            email="dana.white@whitehall.co.uk",
            firstname="DANA",
            lastname="white",
            jobtitle="  Head of Legal  ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="will.ng@pecanstreet.co",
            firstname="will",
            lastname="NG",
            jobtitle="   ",
            hs_analytics_source="SOCIAL_MEDIA",
        ),
        hs(
            email="joy.adams@riverwalk.com",
            firstname="Joy",
            lastname="adams",
            jobtitle="Analyst",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="fred.lowe@lowegroup.com",
            firstname="fred",
            lastname="Lowe",
            jobtitle="CFO",
            hs_analytics_source="  ",
        ),
    ),
)
def o14(r: R) -> Out:
    source = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
        "EMAIL_MARKETING": "Email",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "LeadSource": source.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case(
    "h131-15-pending-status-language-default",
    H,
    M,
    """HubSpot contacts to the Mailchimp audience - standing terms

1. In these terms the "Contact" means the HubSpot contact and the "Member" means the Mailchimp audience member created or updated from it.

2. The Member's email_address shall be the Contact's email, verbatim.

3. The Member's merge fields FNAME and LNAME shall be the Contact's firstname and lastname respectively, copied exactly; an empty name shall be copied across as empty and shall not be replaced with anything.

4. The Member's status shall in all cases be "pending", so that each Member receives a confirmation email before being subscribed.

5. The Member's language shall be the Contact's hs_language; provided that where the Contact has no hs_language (the property being absent from most records) or holds it empty, the language shall be "en".""",
    extended(
        HS,
        hs(email="amelie.roux@provence.fr", firstname="Amélie", lastname="Roux", hs_language="fr"),
        hs(email="ben.ashby@ashbyfarm.co.uk", firstname="", lastname="Ashby", hs_language="  "),
        hs(email="greta.lind@malmo.se", firstname="Greta", lastname="", hs_language=""),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "pending",
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h131-16-three-way-status-import-tag",
    H,
    M,
    """1. The HubSpot contact (the "Contact") shall be mapped to a Mailchimp member (the "Member") whose email_address is the Contact's email, unaltered.

2. The Member's status shall be governed by the Contact's hs_email_optout, as follows:
   2.1 where hs_email_optout is "true", the status shall be "unsubscribed";
   2.2 where hs_email_optout is "false", the status shall be "subscribed";
   2.3 where hs_email_optout is empty, whether blank or consisting only of spaces, the Contact's wishes are unknown and the status shall be "pending", so that the individual may confirm by double opt-in.

3. Every Member shall bear a single tag, "HubSpot Import", and no other.

4. Nothing further is to be written to the Member.""",
    extended(
        HS,
        hs(email="noel.carey@careyestates.ie", hs_email_optout="   "),
        hs(email="zara.khan@khanlegal.co.uk", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case(
    "h131-17-key-account-and-uk-tags",
    H,
    M,
    """Terms for tagging HubSpot contacts in Mailchimp

1. Each HubSpot contact (the "Contact") shall become a Mailchimp member with email_address equal to the Contact's email, reproduced verbatim.

2. The member's tags shall be compiled as follows, and in this order:
   2.1 first, "Key Account", where the Contact's annualrevenue, read as a number, exceeds 3,000,000;
   2.2 secondly, "UK", where the Contact's country is exactly "United Kingdom".

3. For the avoidance of doubt:
   3.1 a Contact whose annualrevenue is empty (including spaces only) does not qualify under clause 2.1;
   3.2 a Contact qualifying under both clauses receives both tags, "Key Account" first;
   3.3 a Contact qualifying under neither shall be sent with an empty list of tags, not with the tags omitted.

4. No further field is to be mapped.""",
    extended(
        HS,
        hs(email="george.hart@hartwell.co.uk", annualrevenue="3000000.5", country="United Kingdom"),
        hs(email="isla.grey@greyfriars.co.uk", annualrevenue="  ", country="United Kingdom"),
        hs(email="leo.marsh@marshfield.com", annualrevenue="2999999.99", country="Canada"),
        hs(
            email="nora.quinn@quinnbrothers.co.uk",
            annualrevenue="1200000",
            country="United Kingdom",
        ),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Key Account")
    if r["country"] == "United Kingdom":
        tags.append("UK")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h131-18-first-word-phone-e164-fallback",
    H,
    M,
    """Mailchimp merge fields - first name and telephone

1. "Contact" means the HubSpot contact and "Member" the Mailchimp member derived from it. The Member's email_address shall be the Contact's email, unaltered.

2. The Member's FNAME merge field shall be the first word only of the Contact's firstname, a word being a run of characters bounded by spaces (thus "Anna Maria" yields "Anna").

3. The Member's PHONE merge field shall be the Contact's phone, save where the phone is empty (blank or spaces only), in which event the Contact's mobilephone shall be used. The number so selected shall be converted to E.164: a "+" followed by the digits alone. A number already beginning with "+" shall keep its own country code; any other number shall be taken to be American and be given the country code 1, save that a number of eleven digits which already starts with 1 shall merely be prefixed with "+".

4. Every Contact within scope holds at least one of the two numbers, and no provision for the absence of both is therefore required.""",
    extended(
        HS,
        hs(
            email="anna.maria.rossi@lagoblu.it",
            firstname="Anna Maria",
            phone="  ",
            mobilephone="+39 333 555 0101",
        ),
        hs(
            email="tom.baxter@baxterbooks.com",
            firstname="Tom",
            phone="1-202-555-0188",
            mobilephone="",
        ),
        hs(
            email="mary.ellen.cho@choandco.com",
            firstname="Mary Ellen",
            phone="",
            mobilephone="(718) 555-0123",
        ),
    ),
)
def o18(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": first_word(r["firstname"]),
            "PHONE": e164(first_filled(r["phone"], r["mobilephone"])),
        },
    }


@case(
    "h131-19-exclude-no-company-vip-stages",
    H,
    M,
    """1. Exclusion. Any HubSpot contact whose company is empty (that is, absent, blank or consisting only of spaces) shall be excluded from the Mailchimp audience and not sent at all, such contacts being, in the main, private individuals.

2. Subject to clause 1, each HubSpot contact (the "Contact") shall be sent to Mailchimp as a member bearing:
   (a) email_address: the Contact's email, verbatim;
   (b) language: "en", in every case;
   (c) vip: true where the Contact's lifecyclestage is "customer" or "evangelist", and false in every other case, a genuine boolean rather than text.""",
    extended(
        HS,
        hs(
            email="olu.bankole@bankolefoods.ng",
            company="Bankole Foods",
            lifecyclestage="evangelist",
        ),
        hs(email="sue.price@gmail.com", company="   ", lifecyclestage="customer"),
        hs(email="ray.doyle@doylebuild.ie", company="Doyle Build", lifecyclestage="customer"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "language": "en",
        "vip": r["lifecyclestage"] in ("customer", "evangelist"),
    }


@case(
    "h131-20-title-case-company-tag-domain",
    H,
    M,
    """Mailchimp member from HubSpot contact - names, company tag and VIP status

1.1 "Contact" means the HubSpot contact. "Title Case" means capitalising the first letter of each space-separated word and putting the rest of each word into lower case. The "Domain" means the part of the Contact's email following the "@", exactly as it appears.

1.2 The member's email_address shall be the Contact's email, verbatim.

1.3 The member's FNAME and LNAME merge fields shall be the Contact's firstname and lastname respectively, each in Title Case.

1.4 The member shall carry exactly one tag, being the Contact's company as it stands; provided that where the company is empty (blank or spaces only) the tag shall instead be the Domain.

1.5 The member's vip shall be true where the Contact's annualrevenue, read as a number, is greater than 5,000,000, and false otherwise. For the avoidance of doubt, an empty annualrevenue shall result in false.""",
    extended(
        lower_emails(HS),
        hs(
            email="luz.ramos@cafeluz.co",
            firstname="LUZ",
            lastname="ramos",
            company="",
            annualrevenue="5000000.5",
        ),
        hs(
            email="tj.mills@millsfarm.co.uk",
            firstname="tj",
            lastname="MILLS",
            company="  ",
            annualrevenue="  ",
        ),
        hs(
            email="eva.stone@granitebay.com",
            firstname="eva",
            lastname="stone",
            company="Granite Bay",
            annualrevenue="4999999",
        ),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
        "tags": [first_filled(r["company"], after_at(r["email"]))],
        "vip": gt(r["annualrevenue"], 5_000_000),
    }


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h131-21-identify-surname-first-name",
    H,
    S,
    """1. Scope. This mapping governs the identify call sent to Segment for each HubSpot contact (the "Contact").

2. The identify call's userId shall be the Contact's email converted entirely to lower case.

3. The call shall carry the following traits:
   3.1 firstName: the Contact's firstname, copied exactly;
   3.2 lastName: the Contact's lastname, copied exactly;
   3.3 title: the Contact's jobtitle, copied exactly, an empty jobtitle being sent as it is;
   3.4 name: the Contact's lastname, then a comma and a single space, then the Contact's firstname, each exactly as held (so that Priya Raman appears as "Raman, Priya").

4. No value shall be trimmed or re-cased save the userId under clause 2.""",
    extended(
        HS,
        hs(email="Omar.Haddad@Cedarline.AE", firstname="Omar", lastname="Haddad", jobtitle=""),
        hs(email="JUNE.PARK@HANRIVER.KR", firstname="June", lastname="Park", jobtitle="  "),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "title": r["jobtitle"],
            "name": f"{r['lastname']}, {r['firstname']}",
        },
    }


@case(
    "h131-22-company-traits-sole-trader",
    H,
    S,
    """Segment identify: company particulars

1. Definitions. The HubSpot contact is hereinafter the "Contact". References to the "Company Traits" are to the object nested within traits under the key company (traits.company).

2. The identify call's userId shall be the Contact's email, exactly as held.

3. The Company Traits shall comprise:
   3.1 name: the Contact's company; provided that where the company is empty, name shall be "Sole Trader";
   3.2 industry: the Contact's industry, copied as held; save where the industry is empty, in which case industry shall be omitted from the Company Traits altogether;
   3.3 employee_count: the Contact's numemployees as an integer; save where numemployees is empty, in which case employee_count shall likewise be omitted.

4. For the avoidance of doubt, "empty" in this clause includes a value consisting only of spaces, and an omitted trait shall not be sent as an empty string or as nought.""",
    extended(
        HS,
        hs(email="vera.lind@soloshop.se", company="  ", industry="", numemployees="3"),
        hs(
            email="miles.harrow@harrowfinch.co.uk",
            company="Harrow & Finch",
            industry="  ",
            numemployees="",
        ),
        hs(email="noa.levi@cedarhill.il", company="", industry="Legal", numemployees="1200"),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Sole Trader"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h131-23-address-object-mobile-phone",
    H,
    S,
    """1. Each HubSpot contact (the "Contact") shall give rise to a Segment identify call whose userId is the Contact's email as held.

2. Address. The call's traits shall include an address object (traits.address) containing:
   (a) street: the Contact's address;
   (b) city: the Contact's city;
   (c) postalCode: the Contact's zip;
   (d) country: the Contact's country;
   (e) state: the Contact's state.
   Sub-paragraphs (a) to (d) are plain copies, and an empty value there shall be sent as it is. Notwithstanding the foregoing, the state under sub-paragraph (e) shall be omitted from the address object where it is empty.

3. Telephone. traits.phone shall be the Contact's mobilephone, failing which (where the mobilephone is empty) the Contact's phone, in either case converted to E.164 format: a "+" and the digits only, a number beginning "+" retaining its existing country code, and any other number being treated as a United States number and given country code 1 (save that eleven digits starting with 1 already include it and receive only the "+").

4. Where both the mobilephone and the phone are empty, traits.phone shall be omitted entirely.

5. In this mapping, a value of spaces only counts as empty.""",
    extended(
        HS,
        hs(email="hugh.dale@dalesfarm.com", mobilephone="", phone="  ", state="  ", zip=""),
        hs(
            email="cara.lynch@lynchco.com",
            mobilephone="  ",
            phone="(646) 555-0170",
            state="NY",
            address="",
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
    "h131-24-clean-user-id-consent-revenue",
    H,
    S,
    """Identify calls: HubSpot contacts to Segment (userId, consent and revenue)

1. Definitions. "Contact" means the HubSpot contact.

2. The userId shall be the Contact's email with all leading and trailing spaces removed and then converted entirely to lower case.

3. traits.title shall be the Contact's jobtitle, copied without alteration (an empty jobtitle being sent as it is).

4. traits.marketing_consent shall be a boolean, true where, and only where, the Contact's hs_email_optout is "false". For the avoidance of doubt, where hs_email_optout is "true" or empty (blank or spaces), marketing_consent shall be false, consent not having been affirmatively established.

5. traits.annual_revenue shall be the Contact's annualrevenue as a number (a whole number where it has no fractional part, otherwise a decimal), save where annualrevenue is empty, in which case the trait shall not be sent at all.""",
    extended(
        HS,
        hs(
            email="  Hugo.Blake@WrenAssociates.CO.UK ",
            hs_email_optout="  ",
            annualrevenue="0.5",
            jobtitle=" ",
        ),
        hs(
            email="KIM.PARK@HANRIVER.KR",
            hs_email_optout="false",
            annualrevenue="  ",
            jobtitle="Buyer",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "marketing_consent": r["hs_email_optout"] == "false",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h131-25-ga4-contact-exported",
    H,
    G,
    """GA4 Measurement Protocol - one event per HubSpot contact

1. The "Contact" is the HubSpot contact. For each Contact one request shall be sent to GA4 in which:
   1.1 client_id shall be the fixed value "hubspot-crm" in every case;
   1.2 a single event shall be sent, its name being "contact_exported" in every case.

2. The event's params shall be:
   2.1 lifecycle_stage: the Contact's lifecyclestage, copied as held;
   2.2 industry: the Contact's industry converted wholly to lower case;
   2.3 created_on: the date on which the Contact was created, being the YYYY-MM-DD portion of its createdate.

3. For the avoidance of doubt, where the Contact's industry is empty (including spaces only), the industry param shall be sent as an empty string and shall not be omitted.""",
    extended(
        HS,
        hs(
            email="ola.nwosu@deltafarms.ng",
            lifecyclestage="opportunity",
            industry="  ",
            createdate="2024-02-29T12:30:00.000Z",
        ),
        hs(
            email="ben.cho@pixelpine.com",
            lifecyclestage="other",
            industry="Professional Services",
            createdate="2025-01-15T16:45:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": "hubspot-crm",
        "events": [
            {
                "name": "contact_exported",
                "params": {
                    "lifecycle_stage": r["lifecyclestage"],
                    "industry": "" if blank(ind) else ind.lower(),
                    "created_on": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h131-26-ga4-headcount-over-fifteen",
    H,
    G,
    """1. Definitions. The "Contact" is the HubSpot contact; the "Headcount" is the Contact's numemployees read as a number; the "Local Part" is the portion of the Contact's email before the "@", unaltered.

2. Eligibility. An event shall be sent to GA4 only in respect of a Contact whose Headcount is greater than 15. A Contact whose numemployees is empty (blank or spaces only) is not eligible, and no event shall be sent for it.

3. Content. For each eligible Contact:
   3.1 client_id shall be the Local Part;
   3.2 one event shall be sent, named "sized_account";
   3.3 that event's params shall comprise employees, being the Headcount as a number, and segment, being the fixed text "mid-market".""",
    extended(
        lower_emails(HS),
        hs(email="max.weber@hanse.de", numemployees="16"),
        hs(email="lia.costa@brisa.pt", numemployees="  "),
        hs(email="ned.frost@icebox.ca", numemployees="14"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "sized_account",
                "params": {"employees": num(r["numemployees"]), "segment": "mid-market"},
            }
        ],
    }


@case(
    "h131-27-ga4-optout-or-refresh-event",
    H,
    G,
    """GA4 - marketing preference events from HubSpot

1. The HubSpot contact is hereinafter the "Contact". For each Contact a single GA4 event shall be sent with client_id equal to the Contact's email, reproduced verbatim.

2. The event's name shall be "email_opt_out" where the Contact's hs_email_optout is "true"; in every other case (including, for the avoidance of doubt, where hs_email_optout is "false" or empty) it shall be "contact_refresh".

3. The event's params shall be:
   3.1 country: the Contact's country, copied as held;
   3.2 industry: the Contact's industry, provided that where the industry is empty (including spaces only) the param shall be "Unspecified".""",
    extended(
        HS,
        hs(email="fay.ng@orchidbay.my", hs_email_optout="  ", industry=" ", country="Malaysia"),
        hs(
            email="rob.dyer@tinroof.com",
            hs_email_optout="true",
            industry="Construction",
            country="",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "email_opt_out" if r["hs_email_optout"] == "true" else "contact_refresh"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"country": r["country"], "industry": dflt(r["industry"], "Unspecified")},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h131-28-lead-verbatim-into-hubspot",
    L,
    H,
    """Reverse mapping: Salesforce Leads into HubSpot contacts

1. The Salesforce Lead (the "Lead") shall be reproduced in HubSpot as a contact (the "Contact") with the following properties, each taken verbatim from the Lead: email from Email; firstname from FirstName; lastname from LastName; company from Company; jobtitle from Title; phone from Phone; address from Street; city from City; zip from PostalCode.

2. "Verbatim" means without trimming, re-casing or reformatting of any kind.

3. For the avoidance of doubt, where any of the above is empty on the Lead, the corresponding property shall still be written to the Contact, and shall be written empty; it shall not be left out, nor shall any default be applied.""",
    extended(
        SFL,
        sfl(
            Email="keira.shaw@tidemill.co.uk",
            FirstName="Keira",
            LastName="Shaw",
            Company="Tidemill",
            Title="",
            Phone="",
            Street="",
            City="  ",
            PostalCode="",
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
        "address": r["Street"],
        "city": r["City"],
        "zip": r["PostalCode"],
    }


@case(
    "h131-29-lead-status-table-optout-text",
    L,
    H,
    """1. Interpretation. The "Lead" is the Salesforce Lead; the "Contact" is the HubSpot contact to which it is mapped.

2. The Contact's email shall be the Lead's Email, verbatim.

3. The Contact's hs_lead_status shall be derived from the Lead's Status in accordance with this table:
   "Open - Not Contacted"     -> "NEW"
   "Working - Contacted"      -> "ATTEMPTED_TO_CONTACT"
   "Closed - Converted"       -> "CONNECTED"
   "Closed - Not Converted"   -> "UNQUALIFIED"
   The table is exhaustive of the Statuses in use.

4. The Contact's hs_email_optout shall be the text "true" where the Lead's HasOptedOutOfEmail is true, and the text "false" where it is false, HubSpot holding this property as a string rather than a boolean.""",
    extended(
        SFL,
        sfl(Email="tara.quinn@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(
            Email="dev.shah@saffronlabs.in",
            Status="Closed - Not Converted",
            HasOptedOutOfEmail=False,
        ),
    ),
)
def o29(r: R) -> Out:
    status = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "ATTEMPTED_TO_CONTACT",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": status[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h131-30-rating-to-stage-revenue",
    L,
    H,
    """Leads to HubSpot: stage and revenue

1. "Lead" means the Salesforce Lead and "Contact" the HubSpot contact.

2. The Contact's email shall be the Lead's Email, converted wholly to lower case.

3. The Contact's lifecyclestage shall follow the Lead's Rating thus: "Hot" shall become "opportunity"; "Warm" shall become "salesqualifiedlead"; "Cold" shall become "marketingqualifiedlead". Every Lead bears one of these three ratings.

4. The Contact's annualrevenue shall be the Lead's AnnualRevenue as a number (an integer where whole, otherwise a decimal); provided that, where AnnualRevenue is empty (blank or spaces only), annualrevenue shall be omitted from the Contact altogether.""",
    extended(
        SFL,
        sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
        sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  "),
    ),
)
def o30(r: R) -> Out:
    stage = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "marketingqualifiedlead"}
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": stage[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h131-31-uk-leads-london-desk",
    L,
    H,
    """London desk - United Kingdom Leads into HubSpot

1. Scope. Only Salesforce Leads whose Country is "United Kingdom" (each a "UK Lead") are within scope. All other Leads shall be disregarded.

2. For each UK Lead the HubSpot contact shall carry:
   2.1 email: the UK Lead's Email, verbatim;
   2.2 phone: the UK Lead's Phone in E.164 form, namely "+44" followed by the digits of the number with its leading trunk "0" removed, all spaces and punctuation being dropped; save where the number as recorded already begins with "+", in which case its own country code shall be retained and only the digits, preceded by "+", kept;
   2.3 zip: the UK Lead's PostalCode in capitals throughout;
   2.4 jobtitle: the UK Lead's Title, provided that where the Title is empty (blank or spaces only) the jobtitle shall be "Not Stated".

3. Every UK Lead has a telephone number.""",
    extended(
        SFL,
        sfl(
            Email="isla.reid@thistletech.co.uk",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="eh1 1yz",
            Title="",
        ),
        sfl(
            Email="tom.hughes@severnbridge.co.uk",
            Country="United Kingdom",
            Phone="+44 29 2055 0199",
            PostalCode="cf10 1ep",
            Title="  ",
        ),
        sfl(
            Email="ana.ruiz@sierranorte.es",
            Country="Spain",
            Phone="+34 91 555 0100",
            PostalCode="28013",
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
        "jobtitle": dflt(r["Title"], "Not Stated"),
    }


@case(
    "h131-32-exclude-dead-leads-address-line",
    L,
    H,
    """1. Exclusion. A Salesforce Lead (the "Lead") whose Status is "Closed - Not Converted" shall not be transferred to HubSpot. All other Leads shall be transferred.

2. The HubSpot contact produced from a Lead shall carry:
   (a) email: the Lead's Email, verbatim;
   (b) jobtitle: the Lead's Title, save where the Title is empty, in which event "Not Given";
   (c) address: the Lead's Street, followed by a comma and a single space, followed by the Lead's City (for example "200 Lake St, Chicago").

3. Notwithstanding clause 2(c), where the Lead's Street is empty the address shall consist of the City alone, without any leading comma or space. Every Lead holds a City.

4. For the purposes of this mapping, a value consisting only of spaces is empty.""",
    extended(
        SFL,
        sfl(
            Email="jun.park@seoulsoft.kr",
            Street="",
            City="Seoul",
            Status="Working - Contacted",
            Title="",
        ),
        sfl(
            Email="meg.ross@lakeaustin.com",
            Street="  ",
            City="Austin",
            Status="Open - Not Contacted",
            Title="Buyer",
        ),
        sfl(
            Email="ian.cole@bramble.co.uk",
            Street="9 Mill Rd",
            City="Leeds",
            Status="Closed - Not Converted",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {
        "email": r["Email"],
        "jobtitle": dflt(r["Title"], "Not Given"),
        "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p)),
    }


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case(
    "h131-33-optout-status-inbound-tag",
    C,
    M,
    """Salesforce Contacts to the Mailchimp audience

1. In this mapping the Salesforce Contact is the "Contact" and the Mailchimp member the "Member".

2. The Member's email_address shall be the Contact's Email in lower case throughout.

3. The Member's status shall be "unsubscribed" where the Contact's HasOptedOutOfEmail is true, and "subscribed" where it is false.

4. The Member's tags shall consist of:
   4.1 "Salesforce Contact", which every Member shall bear; and
   4.2 in addition and following it, "Inbound", where (and only where) the Contact's LeadSource is "Web".

For the avoidance of doubt, a Contact with an empty LeadSource receives the tag in clause 4.1 only.""",
    extended(
        SFC,
        sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, LeadSource="Web"),
        sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, LeadSource="  "),
    ),
)
def o33(r: R) -> Out:
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": ["Salesforce Contact"] + (["Inbound"] if r["LeadSource"] == "Web" else []),
    }


@case(
    "h131-34-sms-audience-language-table",
    C,
    M,
    """SMS audience - Salesforce Contacts to Mailchimp

1. Exclusion. A Salesforce Contact (the "Contact") whose Phone is empty, whether blank or consisting only of spaces, shall be excluded and no member shall be sent for it.

2. For every other Contact the Mailchimp member shall comprise:
   2.1 email_address: the Contact's Email, as held;
   2.2 merge_fields.PHONE: the Contact's Phone in E.164 form, a "+" followed only by digits. A number already beginning with "+" shall keep the country code it bears; any other shall be treated as a United States number and receive country code 1, save that an eleven-digit number beginning with 1 shall only have "+" prefixed;
   2.3 language: determined by the Contact's MailingCountry as follows -
       Germany, Austria and Switzerland: "de";
       United States and United Kingdom: "en";
       France: "fr".

3. The countries in clause 2.3 are the only ones held on Contacts within scope.""",
    extended(
        SFC,
        sfc(Email="kurt.vogel@elbewerk.de", Phone="", MailingCountry="Germany"),
        sfc(
            Email="jay.reed@sixthstreet.com",
            Phone="1 (503) 555-0110",
            MailingCountry="United States",
        ),
        sfc(
            Email="ella.ward@wardandco.co.uk",
            Phone="+44 20 7946 0000",
            MailingCountry="United Kingdom",
        ),
        sfc(Email="paul.girard@girard.fr", Phone="   ", MailingCountry="France"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Germany": "de",
        "Austria": "de",
        "Switzerland": "de",
        "United States": "en",
        "United Kingdom": "en",
        "France": "fr",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h131-35-dear-friend-partner-vip",
    C,
    M,
    """1. Definitions. "Contact" means the Salesforce Contact; "Member" means the Mailchimp member.

2. The Member shall be sent with:
   2.1 email_address: the Contact's Email, unaltered;
   2.2 status: "subscribed", in all cases;
   2.3 merge_fields.FNAME: the Contact's FirstName; save where the FirstName is empty (blank or spaces only), in which event FNAME shall be "Friend", so that greetings read "Dear Friend";
   2.4 merge_fields.LNAME: the Contact's LastName, copied as held, an empty LastName remaining empty;
   2.5 vip: true where the Contact's LeadSource is "Partner Referral", and false otherwise.

3. For the avoidance of doubt, a Contact whose LeadSource is empty shall have vip false.""",
    extended(
        SFC,
        sfc(
            Email="noor.ali@dunecraft.ae",
            FirstName="",
            LastName="Ali",
            LeadSource="Partner Referral",
        ),
        sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "status": "subscribed",
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
    }


@case(
    "h131-36-opted-in-only-html-no-tags",
    C,
    M,
    """1. Only Salesforce Contacts (each a "Contact") whose HasOptedOutOfEmail is false shall be sent to Mailchimp; a Contact who has opted out shall be excluded entirely.

2. The Mailchimp member for each such Contact shall bear:
   (a) email_address, FNAME and LNAME (the latter two within merge_fields), being the Contact's Email, FirstName and LastName respectively, each copied verbatim, and empty where the Contact's value is empty;
   (b) status: the fixed value "subscribed";
   (c) email_type: the fixed value "html";
   (d) tags: an empty list. For the avoidance of doubt, the tags shall be sent, and sent empty, rather than omitted.""",
    extended(
        SFC,
        sfc(Email="urs.keller@zugbau.ch", FirstName="Urs", LastName="", HasOptedOutOfEmail=False),
        sfc(
            Email="gio.conti@lagodoro.it",
            FirstName="Gio",
            LastName="Conti",
            HasOptedOutOfEmail=True,
        ),
    ),
)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "email_type": "html",
        "tags": [],
    }


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case(
    "h131-37-identify-birthday-when-held",
    C,
    S,
    """Segment identify - Salesforce Contacts

1. "Contact" means the Salesforce Contact.

2. The userId shall be the Contact's Email converted wholly to lower case.

3. The traits shall include firstName, lastName and title, being the Contact's FirstName, LastName and Title respectively, each copied without alteration; where any of them is empty it shall be sent empty.

4. The traits shall further include birthday, being the Contact's Birthdate as held; provided that where the Birthdate is empty, birthday shall be omitted from the traits altogether.""",
    extended(
        SFC,
        sfc(
            Email="Ray.Bianchi@Portofino.IT",
            FirstName="Ray",
            LastName="Bianchi",
            Title="  ",
            Birthdate="  ",
        ),
        sfc(
            Email="sue.grant@tallpine.com",
            FirstName="Sue",
            LastName="",
            Title="COO",
            Birthdate="1979-02-14",
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
    "h131-38-address-city-default-country-trim",
    C,
    S,
    """1. Each Salesforce Contact (the "Contact") shall be sent to Segment as an identify call whose userId is the Contact's Email, reproduced verbatim.

2. The traits shall contain an address object (traits.address) comprising exactly two entries:
   2.1 city: the Contact's MailingCity, as held; provided that where MailingCity is empty (blank or spaces only) city shall be "Not Recorded";
   2.2 country: the Contact's MailingCountry with leading and trailing spaces removed.

3. For the avoidance of doubt, no default applies under clause 2.2, and a MailingCountry consisting only of spaces shall, once trimmed, be sent as an empty string.""",
    extended(
        SFC,
        sfc(Email="eva.gruber@murtal.at", MailingCity="", MailingCountry="  United Kingdom "),
        sfc(Email="max.roth@donau.at", MailingCity="  ", MailingCountry="Ireland"),
        sfc(Email="ida.holm@fjell.no", MailingCity=" Bergen", MailingCountry="   "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Not Recorded"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h131-39-phone-full-name-team-table",
    C,
    S,
    """Segment identify from Salesforce Contacts - telephone, name and team

1. Definitions. The Salesforce Contact is the "Contact".

2. userId: the Contact's Email, exactly as held.

3. traits.phone: the Contact's Phone expressed in E.164, being "+" followed by the digits only; a number already beginning with "+" keeps its own country code; any other number is treated as a United States number and given the code 1, save that a number of eleven digits starting with 1 already includes that code and is given only the "+".

4. traits.name: the Contact's FirstName, a single space, and the Contact's LastName.

5. traits.team: determined by the Contact's Department -
   5.1 "Engineering": "Product";
   5.2 "Sales" or "Marketing": "Revenue";
   5.3 any other Department: "General".
   For the avoidance of doubt, clause 5.3 applies where the Department is empty.""",
    extended(
        SFC,
        sfc(
            Email="dee.marsh@bluehollow.com",
            FirstName="Dee",
            LastName="Marsh",
            Phone="512 555 0177",
            Department="Marketing",
        ),
        sfc(
            Email="al.brandt@hafenbank.de",
            FirstName="Al",
            LastName="Brandt",
            Phone="+1 (737) 555-0100",
            Department="Finance",
        ),
        sfc(
            Email="cy.moss@mossworks.com",
            FirstName="Cy",
            LastName="Moss",
            Phone="1.415.555.0100",
            Department="  ",
        ),
    ),
)
def o39(r: R) -> Out:
    team = {"Engineering": "Product", "Sales": "Revenue", "Marketing": "Revenue"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "team": team.get(r["Department"], "General"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h131-40-members-title-case-optout-text",
    M,
    H,
    """Mailchimp members into HubSpot contacts

1. Definitions. The Mailchimp member is hereinafter the "Member"; its merge fields FNAME, LNAME and PHONE are referred to as such. "Title Case" means that each space-separated word shall begin with a capital letter and the remainder of the word shall be in lower case.

2. The HubSpot contact shall carry:
   2.1 email: the Member's email_address, verbatim;
   2.2 firstname: FNAME in Title Case;
   2.3 lastname: LNAME in Title Case; provided that where LNAME is empty (blank or spaces only) lastname shall be "Unknown";
   2.4 phone: PHONE as held, without reformatting; save where PHONE is empty, in which case phone shall be omitted from the contact entirely;
   2.5 hs_email_optout: the text "true" where the Member's status is "unsubscribed" or "cleaned", and the text "false" for any other status.""",
    extended(
        MC,
        mc(
            {"FNAME": "ANNA LENA", "LNAME": "  ", "PHONE": "  "},
            email_address="anna.berg@kiruna.se",
            status="pending",
        ),
        mc(
            {"FNAME": "tom", "LNAME": "LEE", "PHONE": "020 7946 0321"},
            email_address="tom.lee@leebros.co.uk",
            status="unsubscribed",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": title(mf["FNAME"]),
            "lastname": title(dflt(mf["LNAME"], "Unknown")),
            "phone": omit_if_blank(mf["PHONE"]),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
        }
    )


@case(
    "h131-41-skip-unsubscribed-vip-customers",
    M,
    H,
    """1. Exclusion. Mailchimp members (each a "Member") whose status is "unsubscribed" shall not be imported into HubSpot.

2. Every other Member shall be imported as a HubSpot contact bearing:
   2.1 email, firstname and lastname: the Member's email_address and its FNAME and LNAME merge fields respectively, copied verbatim;
   2.2 phone: the PHONE merge field converted to E.164 (a "+" followed by digits only; a number beginning with "+" retains its own country code; any other number is taken as a United States number and prefixed with country code 1, an eleven-digit number commencing 1 being prefixed with "+" alone);
   2.3 lifecyclestage: "customer" where the Member's vip is true, and "lead" where it is false.

3. Notwithstanding clause 2.2, where PHONE is empty (blank or spaces only) the phone shall be left off the contact altogether.""",
    extended(
        MC,
        mc(
            {"FNAME": "Hana", "LNAME": "Kim", "PHONE": "  "},
            email_address="hana.kim@jejuair.kr",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"FNAME": "Leo", "LNAME": "Marx", "PHONE": "(512) 555-0101"},
            email_address="leo.marx@oldbank.com",
            status="unsubscribed",
            vip=True,
        ),
        mc(
            {"FNAME": "ray", "LNAME": "cole", "PHONE": "1 512 555 0148"},
            email_address="ray.cole@coleandco.com",
            status="pending",
            vip=False,
        ),
    ),
)
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": mf["FNAME"],
            "lastname": mf["LNAME"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h131-42-webinar-tag-company-domain",
    M,
    H,
    """1. Definitions. The Mailchimp member is the "Member"; the "Domain" is that part of the Member's email_address which follows the "@", as it stands.

2. The HubSpot contact shall carry:
   2.1 email: the Member's email_address, unaltered;
   2.2 firstname: the first word only of the Member's FNAME merge field (a word ending at the first space);
   2.3 company: the Member's COMPANY merge field, or, where COMPANY is empty (blank or spaces only), the Domain;
   2.4 lifecyclestage: "marketingqualifiedlead" where the Member's tags include the tag "Webinar", spelt exactly so, and "subscriber" otherwise.""",
    extended(
        MC,
        mc(
            {"FNAME": "Ana Sofia", "COMPANY": "  "},
            email_address="ana.sofia@brisamar.pt",
            tags=["Customer", "Webinar"],
        ),
        mc(
            {"FNAME": "Ben", "COMPANY": "Kaizen Tools"},
            email_address="ben.ito@kaizentools.jp",
            tags=["webinar"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set131")
