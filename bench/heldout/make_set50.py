"""Held-out set 50 for the offline mapping drafter.

Persona: a CRM manager in Paris. Her English is fluent but French-influenced: "the e-mail of the
contact", "in the case where the company is not filled", "we put always", "it will be",
"informed" / "not informed" for filled / blank, "the totality of", "at the condition that", rules
written in the future tense ("the phone will be formatted in international format"). About a
third of the texts put values between French quotation marks « » (the value between them is the
literal value), and she sometimes puts a space before a colon (" : "). Phone rules treat numbers
without a "+" as French (+33, national trunk 0 dropped) when the text says so; the pools are
extended with French (and one Belgian) records for those cases.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h50-01 .. h50-08)
  hubspot.contacts -> salesforce.Contact   6  (h50-09 .. h50-14)
  hubspot.contacts -> mailchimp.members    6  (h50-15 .. h50-20)
  hubspot.contacts -> segment.identify     4  (h50-21 .. h50-24)
  hubspot.contacts -> ga4.events           3  (h50-25 .. h50-27)
  salesforce.Lead  -> hubspot.contacts     5  (h50-28 .. h50-32)
  salesforce.Contact -> mailchimp.members  4  (h50-33 .. h50-36)
  salesforce.Contact -> segment.identify   3  (h50-37 .. h50-39)
  mailchimp.members -> hubspot.contacts    3  (h50-40 .. h50-42)

Rule kinds per case:
  01 copies (empty company), constant         22 nested company traits, fallback after @, omit, int
  02 defaults when empty (3 fields)           23 nested address, default country, E.164 FR, omit
  03 fallback phone->mobile, E.164 FR, omit   24 trim+lower userId, boolean (blank), number/omit, date
  04 value table w/ otherwise (blank), lower  25 GA4: lower client_id, constants, number/0, lower+dflt
  05 exclude filter, number + integer, omit   26 GA4: only filter, constant client_id, int/0, copies
  06 > conditions on revenue (blank stated)   27 GA4: before @ client_id, conditional name, default
  07 title case (3 fields), copies            28 copies, defaults (Title, Country)
  08 only filter (2 countries), concat+date   29 boolean -> "true"/"false" text, table (no otherwise)
  09 Mailing* copies, default country         30 E.164 FR + omit, upper, table (no otherwise)
  10 two booleans (blank conditions)          31 only filter (2 statuses), fallback after @, number/omit
  11 fallback chain -> part before @, default 32 exclude filter (value or blank), lower, upper, copies
  12 table (no otherwise), upper              33 lower, boolean -> status, constant + conditional tag
  13 only filter (!= with blank), lower,      34 only filter, E.164 FR + omit, table (no otherwise)
     fallback + omit, constant                35 copies, equality -> vip (blank stated), constant
  14 title case, trim, table w/ otherwise     36 exclude filter, copies, constant, empty tag list
  15 copies, fallback phone, 2 constants      37 lower userId, copies, omit-when-empty
  16 3-way status (blank stated), lower, tag  38 trim, default, omit-when-empty (nested address)
  17 constant + 2 conditional tags            39 concat, E.164 FR + omit, table w/ otherwise
  18 first word, mobile->phone E.164 FR, omit 40 title case, omit-when-empty, default, text bool
  19 exclude filter, constant, vip condition  41 exclude filter, E.164 FR + omit, vip condition
  20 lower, title case, 2 conditions (blank)  42 first word, fallback after @, tag condition
  21 lower userId, copies, concatenation
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


# ---------------------------------------------------------------- extra records (French, Belgian)

HS_FR1: R = {"email": "antoine.lefebvre@boulangerie-lefebvre.fr", "firstname": "Antoine", "lastname": "Lefebvre",
             "company": "Boulangerie Lefebvre", "phone": "01 42 68 53 00", "mobilephone": "06 12 34 56 78",
             "jobtitle": "Gérant", "hs_analytics_source": "DIRECT_TRAFFIC", "lifecyclestage": "opportunity",
             "country": "France", "city": "Lyon", "state": "", "zip": "69002", "address": "8 Rue Mercière",
             "annualrevenue": "650000", "numemployees": "9", "industry": "Food", "website": "",
             "createdate": "2024-02-15T12:30:00.000Z", "hs_email_optout": "false"}
HS_FR2: R = {"email": "camille.martin@atelier-vert.fr", "firstname": "Camille", "lastname": "Martin", "company": "",
             "phone": "", "mobilephone": "07 98 76 54 32", "jobtitle": "Responsable Marketing",
             "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "lead", "country": "", "city": "Bordeaux",
             "state": "", "zip": "33000", "address": "", "annualrevenue": "", "numemployees": "", "industry": "",
             "website": "atelier-vert.fr", "createdate": "2023-09-21T13:00:00.000Z", "hs_email_optout": ""}
HS_FR3: R = {"email": "nicolas.bernard@transports-bernard.fr", "firstname": "Nicolas", "lastname": "Bernard",
             "company": "Transports Bernard", "phone": "", "mobilephone": "", "jobtitle": "Directeur",
             "hs_analytics_source": "OFFLINE", "lifecyclestage": "lead", "country": "France", "city": "Nantes",
             "state": "", "zip": "44000", "address": "15 Quai de la Fosse", "annualrevenue": "150000",
             "numemployees": "5", "industry": "Transport", "website": "transports-bernard.fr",
             "createdate": "2024-03-01T12:00:00.000Z", "hs_email_optout": "false"}
HS_FR4: R = {"email": "marie.rousseau@rousseau-conseil.fr", "firstname": "Marie Claire", "lastname": "Rousseau",
             "company": "Rousseau Conseil", "phone": "04 91 55 12 34", "mobilephone": "",
             "jobtitle": "  Directrice Générale ", "hs_analytics_source": "REFERRALS", "lifecyclestage": "customer",
             "country": "France", "city": "Marseille", "state": "", "zip": "13001", "address": "20 La Canebière",
             "annualrevenue": "3200000", "numemployees": "25", "industry": "Consulting",
             "website": "https://rousseau-conseil.fr", "createdate": "2022-06-30T14:00:00.000Z",
             "hs_email_optout": "false"}
HS_FR5: R = {"email": "jean.dupont@dupont-freres.fr", "firstname": "JEAN", "lastname": "dupont", "company": "Dupont Frères",
             "phone": "04 77 55 01 02", "mobilephone": "", "jobtitle": "Comptable",
             "hs_analytics_source": "ORGANIC_SEARCH", "lifecyclestage": "subscriber", "country": "France",
             "city": "saint etienne", "state": "", "zip": "42000", "address": "3 Place Jean Jaurès",
             "annualrevenue": "", "numemployees": "", "industry": "", "website": "",
             "createdate": "2023-10-10T12:00:00.000Z", "hs_email_optout": "true"}
HS_BE1: R = {"email": "lucas.peeters@brusselsbrew.be", "firstname": "Lucas", "lastname": "Peeters",
             "company": "Brussels Brew", "phone": "+32 2 555 01 23", "mobilephone": "", "jobtitle": "Brewer",
             "hs_analytics_source": "SOCIAL_MEDIA", "lifecyclestage": "lead", "country": "Belgium",
             "city": "Bruxelles", "state": "", "zip": "1000", "address": "Rue Neuve 50", "annualrevenue": "1200000",
             "numemployees": "14", "industry": "Food", "website": "https://brusselsbrew.be",
             "createdate": "2023-05-10T12:15:00.000Z", "hs_email_optout": "false"}

SFL_FR1: R = {"Email": "julien.moreau@vinsdeloire.fr", "FirstName": "Julien", "LastName": "Moreau",
              "Company": "Vins de Loire", "Title": "Directeur Export", "Phone": "02 41 55 67 89",
              "Street": "5 Quai de la Loire", "City": "Angers", "PostalCode": "49000", "Country": "France",
              "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Web", "HasOptedOutOfEmail": False,
              "AnnualRevenue": "2100000"}
SFL_FR2: R = {"Email": "sophie.laurent@laurent-design.fr", "FirstName": "Sophie", "LastName": "Laurent", "Company": "",
              "Title": "", "Phone": "+33 6 11 22 33 44", "Street": "", "City": "Toulouse", "PostalCode": "31000",
              "Country": "", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "",
              "HasOptedOutOfEmail": True, "AnnualRevenue": ""}
SFL_FR3: R = {"Email": "Claire.Fontaine@Provence-Bio.fr", "FirstName": "Claire", "LastName": "Fontaine",
              "Company": "Provence Bio", "Title": "Acheteuse", "Phone": "04 42 55 66 77", "Street": "3 Cours Mirabeau",
              "City": "Aix en Provence", "PostalCode": "13100", "Country": "France", "Status": "Open - Not Contacted",
              "Rating": "Hot", "LeadSource": "Email", "HasOptedOutOfEmail": False, "AnnualRevenue": "900000"}

SFC_FR1: R = {"Email": "thomas.girard@aeroparts.fr", "FirstName": "Thomas", "LastName": "Girard", "Title": "CEO",
              "Department": "Direction", "Phone": "05 61 55 44 33", "MailingCity": "Toulouse",
              "MailingCountry": "France", "LeadSource": "Web", "HasOptedOutOfEmail": False, "Birthdate": "1978-09-14"}
SFC_FR2: R = {"Email": "ines.petit@maisonpetit.fr", "FirstName": "Inès", "LastName": "Petit", "Title": "",
              "Department": "Marketing", "Phone": "", "MailingCity": " Lille ", "MailingCountry": "",
              "LeadSource": "Partner", "HasOptedOutOfEmail": True, "Birthdate": ""}
SFC_FR3: R = {"Email": "hugo.lambert@lambert-immo.fr", "FirstName": "Hugo", "LastName": "Lambert",
              "Title": "Agent Immobilier", "Department": "", "Phone": "", "MailingCity": "Nice",
              "MailingCountry": "France", "LeadSource": "", "HasOptedOutOfEmail": False, "Birthdate": "1988-02-11"}

MC_FR1: R = {"email_address": "mh.roux@fleursroux.fr", "status": "subscribed",
             "merge_fields": {"FNAME": "Marie Hélène", "LNAME": "Roux", "PHONE": "06 23 45 67 89", "COMPANY": ""},
             "tags": ["Customer"], "language": "fr", "vip": False}
MC_FR2: R = {"email_address": "paul.blanc@cafeblanc.fr", "status": "unsubscribed",
             "merge_fields": {"FNAME": "Paul", "LNAME": "Blanc", "PHONE": "+33 1 44 55 66 77", "COMPANY": "Café Blanc"},
             "tags": [], "language": "fr", "vip": True}

FR = "33"


def fr_phone(v: str) -> Any:
    """E.164 with France as the default country, OMIT when the number is not informed."""
    return OMIT if blank(v) else e164(v, FR)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h50-01-lead-copies-source-web", H, L,
      "For each contact of HubSpot we create a lead in Salesforce. The e-mail of the contact goes in Email, the "
      "first name in FirstName, the last name in LastName and the name of the company in Company. The lead source "
      "will take the value « Web » for the totality of the leads.", HS)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h50-02-lead-defaults-company-title-country", H, L,
      "We send the e-mail of the contact in Email and the last name in LastName. Company : the company of the "
      "contact; in the case where the company is not filled, we put always 'Individual'. Title will be the job "
      "title, and when the job title is not informed it will be 'To qualify'. For Country we take the country of "
      "the contact, and if it is empty the country will be France by default.",
      extended(HS, HS_FR2))
def _02(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Individual"),
            "Title": dflt(r["jobtitle"], "To qualify"), "Country": dflt(r["country"], "France")}


@case("h50-03-lead-phone-e164-france", H, L,
      "Email is the e-mail of the contact and LastName is the last name. For Phone we take the office phone of the "
      "contact, and in the case where it is not informed, the mobile phone. The number retained will be formatted "
      "in international format E.164; a number which does not begin by + is a French number (we put +33 and we "
      "remove the 0 at the beginning). If the contact has neither office phone nor mobile, the field Phone is not "
      "sent at all.",
      [HS[1], HS[4], HS_FR1, HS_FR2, HS_FR3])
def _03(r: R) -> R:
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Phone": fr_phone(dflt(r["phone"], r["mobilephone"]))})


SRC_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h50-04-lead-source-table-other", H, L,
      "The e-mail goes in Email, always in lower case. The lead source of Salesforce will depend on the original "
      "source of the contact in HubSpot (the field hs_analytics_source) : ORGANIC_SEARCH gives « Web », PAID_SEARCH "
      "and PAID_SOCIAL give « Advertisement », REFERRALS gives « External Referral ». For all the other values, and "
      "also when the original source is not informed, the lead source will be « Other ».",
      extended(HS, HS_FR1))
def _04(r: R) -> R:
    return {"Email": r["email"].lower(), "LeadSource": SRC_04.get(r["hs_analytics_source"], "Other")}


@case("h50-05-lead-skip-customers-numbers", H, L,
      "We don't send to Salesforce the contacts whose lifecycle stage is « customer » or « evangelist ». For the "
      "others : Email from the e-mail, Company from the company, AnnualRevenue = the annual revenue converted in "
      "number, and NumberOfEmployees = the number of employees as an integer. When the revenue or the number of "
      "employees is not informed, we don't put the field.",
      extended(HS, HS_FR2, HS_FR4))
def _05(r: R) -> R | None:
    if r["lifecyclestage"] in ("customer", "evangelist"):
        return None
    return keep({"Email": r["email"], "Company": r["company"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h50-06-lead-rating-by-revenue", H, L,
      "Email is the e-mail, LastName the last name. The Rating will be calculated from the annual revenue of the "
      "contact : more than 5 million, it will be Hot; more than 1 million (and until 5 million), Warm; 1 million or "
      "less, Cold. When the annual revenue is not informed, the rating will be Cold also.",
      extended(HS, HS_FR1, HS_FR4))
def _06(r: R) -> R:
    v = rev(r)
    rating = "Cold" if v is None else "Hot" if v > 5_000_000 else "Warm" if v > 1_000_000 else "Cold"
    return {"Email": r["email"], "LastName": r["lastname"], "Rating": rating}


@case("h50-07-lead-title-case-names-city", H, L,
      "The data in HubSpot is typed by the contacts themselves, so it is not very clean. Email will be the e-mail "
      "as it is. FirstName, LastName and City will be put in title case (for each word the first letter in capital "
      "and the rest in small letters). Country is copied without change.",
      extended(HS, HS_FR5))
def _07(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "Country": r["country"]}


@case("h50-08-lead-france-belgium-description", H, L,
      "Only the contacts whose country is « France » or « Belgium » will be synchronized, the other contacts are "
      "ignored. For these ones : Email = the e-mail, LastName = the last name, Company = the company, and "
      "Description = the text « Created in HubSpot on » followed by one space and the creation date of the contact "
      "in the format YYYY-MM-DD.",
      extended(HS, HS_FR1, HS_FR2, HS_BE1))
def _08(r: R) -> R | None:
    if r["country"] not in ("France", "Belgium"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h50-09-contact-mailing-address", H, C,
      "The contacts of HubSpot become Contacts in Salesforce. Email from the e-mail, FirstName and LastName from the "
      "first name and the last name. The postal address goes in the Mailing fields : MailingStreet from the address, "
      "MailingCity from the city, MailingPostalCode from the zip code and MailingCountry from the country; in the "
      "case where the country is not informed, MailingCountry will be France.",
      extended(HS, HS_FR2))
def _09(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "France")}


@case("h50-10-contact-optout-donotcall", H, C,
      "Email = the e-mail of the contact. HasOptedOutOfEmail will be true when the e-mail opt-out of HubSpot "
      "(hs_email_optout) is \"true\", and false when it is \"false\" or not informed. DoNotCall will be true in the "
      "case where the contact has no phone and no mobile phone informed, and false as soon as one of the two is "
      "informed.",
      extended(HS, HS_FR3))
def _10(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h50-11-contact-lastname-chain-before-at", H, C,
      "Email is the e-mail. For LastName (it is mandatory in Salesforce) we take the last name; if it is not "
      "informed, the first name; and if the first name is also empty, the part of the e-mail before the @. Title "
      "will be the job title, or « Contact » when the job title is not informed.",
      lower_emails(extended(HS, {**HS_FR2, "lastname": ""},
                            {**HS_FR3, "email": "contact@transports-bernard.fr", "firstname": "", "lastname": "",
                             "jobtitle": ""})))
def _11(r: R) -> R:
    return {"Email": r["email"], "LastName": dflt(dflt(r["lastname"], r["firstname"]), before_at(r["email"])),
            "Title": dflt(r["jobtitle"], "Contact")}


DEPT_12 = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Marketing",
           "salesqualifiedlead": "Sales", "opportunity": "Sales", "customer": "Customer Success"}


@case("h50-12-contact-department-by-stage", H, C,
      "Email from the e-mail. The Department will be deduced from the lifecycle stage : subscriber, lead and "
      "marketingqualifiedlead give Marketing; salesqualifiedlead and opportunity give Sales; customer gives "
      "Customer Success. MailingCountry will be the country of the contact in upper case.",
      extended(HS, HS_FR1))
def _12(r: R) -> R:
    return {"Email": r["email"], "Department": DEPT_12[r["lifecyclestage"]], "MailingCountry": r["country"].upper()}


@case("h50-13-contact-not-opted-out-phone", H, C,
      "We synchronize only the contacts which have not refused the e-mails, that is to say the contacts whose "
      "hs_email_optout is not \"true\" (when the opt-out is not informed, the contact is synchronized also). Email "
      "will be the e-mail in lower case. Phone will be the office phone, or the mobile phone when the office phone "
      "is not informed; when both are not informed we don't send the field Phone. Description will take always the "
      "value 'Contact imported from HubSpot'.",
      extended(HS, HS_FR2, HS_FR3))
def _13(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    p = dflt(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"].lower(), "Phone": OMIT if blank(p) else p,
                 "Description": "Contact imported from HubSpot"})


SRC_14 = {"REFERRALS": "External Referral", "EMAIL_MARKETING": "Email", "OFFLINE": "Trade Show"}


@case("h50-14-contact-trim-title-source", H, C,
      "Email: the e-mail. FirstName: the first name in title case. Title: the job title, with the spaces at the "
      "beginning and at the end removed. LeadSource will depend on the original source of the contact "
      "(hs_analytics_source): REFERRALS gives External Referral, EMAIL_MARKETING gives Email, OFFLINE gives Trade "
      "Show; all the other sources, and the empty source, give Web.",
      extended(HS, HS_FR2, HS_FR3, HS_FR4))
def _14(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "Title": r["jobtitle"].strip(),
            "LeadSource": SRC_14.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h50-15-mc-copies-status-language", H, M,
      "Each contact of HubSpot will be a member of our Mailchimp audience. email_address = the e-mail of the "
      "contact, FNAME = the first name, LNAME = the last name. For the PHONE we take the office phone, and if it is "
      "empty the mobile phone (as they are, without formatting). The status will be always subscribed and the "
      "language always fr.", HS)
def _15(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "PHONE": dflt(r["phone"], r["mobilephone"])},
            "status": "subscribed", "language": "fr"}


@case("h50-16-mc-three-way-status-tag", H, M,
      "email_address will be the e-mail in lower case. The status depends on the opt-out of the contact "
      "(hs_email_optout): when it is \"true\" the status is unsubscribed, when it is \"false\" the status is "
      "subscribed, and when it is not informed we put pending, because we must ask again the consent. We put "
      "always the tag hubspot on the member.",
      extended(HS, HS_FR2))
def _16(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"email_address": r["email"].lower(), "status": status, "tags": ["hubspot"]}


@case("h50-17-mc-conditional-tags", H, M,
      "email_address from the e-mail, status « subscribed » for all. For the tags : the tag « CRM » for everybody, "
      "then the tag « big-account » at the condition that the annual revenue is more than 3 million (a revenue not "
      "informed gives no tag), then the tag « france » when the country is France.",
      extended(HS, HS_FR1, HS_FR4))
def _17(r: R) -> R:
    tags = ["CRM"]
    v = rev(r)
    if v is not None and v > 3_000_000:
        tags.append("big-account")
    if r["country"] == "France":
        tags.append("france")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h50-18-mc-first-word-mobile-e164", H, M,
      "email_address = the e-mail. FNAME will be only the first word of the first name (some contacts have a "
      "composed first name like Marie Claire, we keep Marie). LNAME = the last name. For the PHONE of the merge "
      "fields we take the mobile phone, and if there is no mobile, the office phone; the number will be formatted "
      "in E.164, with France as the default country when the number has no indicative (+). If the contact has no "
      "number at all, we don't send the PHONE.",
      [HS[1], HS[4], HS_FR1, HS_FR4, HS_FR3])
def _18(r: R) -> R:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                                  "PHONE": fr_phone(dflt(r["mobilephone"], r["phone"]))}})


@case("h50-19-mc-skip-no-company-vip", H, M,
      "We don't send to Mailchimp the contacts where the company is not informed. For the others, email_address = "
      "the e-mail, status = « subscribed », and vip will be true when the lifecycle stage is « customer » or "
      "« evangelist », false in the other cases.",
      extended(HS, HS_FR2, HS_FR4))
def _19(r: R) -> R | None:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h50-20-mc-title-case-language-status", H, M,
      "email_address : the e-mail in lower case. FNAME and LNAME : the first name and the last name in title case. "
      "The language will be fr when the country of the contact is France, and en in all the other cases (also when "
      "the country is not informed). The status will be unsubscribed for the contacts with hs_email_optout at "
      "\"true\", and subscribed for the others (\"false\" or empty).",
      extended(HS, HS_FR2, HS_FR5))
def _20(r: R) -> R:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "language": "fr" if r["country"] == "France" else "en",
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h50-21-seg-names-full-name", H, S,
      "For each contact we send an identify to Segment. The userId will be the e-mail in lower case. In the "
      "traits : email = the e-mail as it is in HubSpot, firstName = the first name, lastName = the last name, and "
      "name = the first name, a space, then the last name.", HS)
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h50-22-seg-company-traits-domain", H, S,
      "userId = the e-mail of the contact. The informations of the company go under traits.company : name = the "
      "company, or the domain of the e-mail (the part after the @) in the case where the company is not informed; "
      "industry = the industry of the contact, not sent if it is empty; employee_count = the number of employees "
      "as an integer, not sent if it is empty.",
      lower_emails(extended(HS, HS_FR2)))
def _22(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], after_at(r["email"])),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h50-23-seg-address-phone-france", H, S,
      "userId will be the e-mail. We fill traits.address with : street = the address, city = the city, "
      "postalCode = the zip code, country = the country, and when the country is not informed it will be France. "
      "traits.phone will be the office phone in international format E.164 (France by default : the numbers "
      "without + are French); when the office phone is not informed we don't send traits.phone.",
      [HS[1], HS[4], HS_FR1, HS_FR2, HS_FR3])
def _23(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": dflt(r["country"], "France")},
                            "phone": fr_phone(r["phone"])}})


@case("h50-24-seg-unsubscribed-revenue-created", H, S,
      "userId = the e-mail, trimmed and in lower case. traits.unsubscribed = true if hs_email_optout is \"true\", "
      "false if it is \"false\" or not informed. traits.annual_revenue = the annual revenue as a number; when it is "
      "not informed, the trait is not sent. traits.createdAt = the date of creation of the contact in the format "
      "YYYY-MM-DD.",
      extended(HS, {**HS_FR4, "email": "  Marie.Rousseau@Rousseau-Conseil.fr "}))
def _24(r: R) -> R:
    v = r["annualrevenue"]
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": OMIT if blank(v) else num(v),
                            "createdAt": day(r["createdate"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h50-25-ga4-generate-lead-eur", H, G,
      "For each contact we send to GA4 one event. The client_id will be the e-mail of the contact in lower case. "
      "The event is named « generate_lead », with the params : currency = « EUR », value = the annual revenue as a "
      "number (0 when the revenue is not informed), and lead_source = the original source of the contact "
      "(hs_analytics_source) in lower case, or « unknown » when it is not informed.",
      extended(HS, HS_FR2))
def _25(r: R) -> R:
    v = r["annualrevenue"]
    return {"client_id": r["email"].lower(),
            "events": [{"name": "generate_lead",
                        "params": {"currency": "EUR", "value": 0 if blank(v) else num(v),
                                   "lead_source": dflt(r["hs_analytics_source"], "unknown").lower()}}]}


@case("h50-26-ga4-france-only-import", H, G,
      "Only the contacts of France (the country is France) are sent to GA4, the others no. The client_id is always "
      "'crm.paris'. One event 'contact_import' with the params : company = the company, city = the city, "
      "postal_code = the zip code, employees = the number of employees as a whole number (0 if it is not "
      "informed).",
      extended(HS, HS_FR1, HS_FR2, {**HS_FR3, "numemployees": ""}))
def _26(r: R) -> R | None:
    if r["country"] != "France":
        return None
    e = r["numemployees"]
    return {"client_id": "crm.paris",
            "events": [{"name": "contact_import",
                        "params": {"company": r["company"], "city": r["city"], "postal_code": r["zip"],
                                   "employees": 0 if blank(e) else int(num(e))}}]}


@case("h50-27-ga4-purchase-or-lead", H, G,
      "client_id = the part of the e-mail before the @. The name of the event will be « purchase » if the "
      "lifecycle stage is « customer », and « generate_lead » in all the other cases. In the params we put stage = "
      "the lifecycle stage, and company = the company, or « Particulier » when the company is not informed.",
      lower_emails(extended(HS, HS_FR2, HS_FR4)))
def _27(r: R) -> R:
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"stage": r["lifecyclestage"], "company": dflt(r["company"], "Particulier")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h50-28-hs-from-lead-defaults", L, H,
      "Now the opposite direction : the leads of Salesforce go into HubSpot as contacts. email = Email, "
      "firstname = FirstName, lastname = LastName, company = Company. The jobtitle will be the Title of the lead, "
      "or 'Not specified' if the Title is not informed. The country will be the Country, and when it is empty, "
      "'France'.",
      extended(SFL, SFL_FR2))
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": dflt(r["Title"], "Not specified"), "country": dflt(r["Country"], "France")}


STAGE_29 = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
            "Closed - Converted": "customer", "Closed - Not Converted": "other"}


@case("h50-29-hs-from-lead-optout-stage", L, H,
      "email from Email. hs_email_optout will be the text \"true\" when HasOptedOutOfEmail is checked, and the text "
      "\"false\" when it is not checked. The lifecyclestage is deduced from the Status of the lead : Open - Not "
      "Contacted gives lead, Working - Contacted gives marketingqualifiedlead, Closed - Converted gives customer, "
      "Closed - Not Converted gives other.", SFL)
def _29(r: R) -> R:
    return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "lifecyclestage": STAGE_29[r["Status"]]}


STAGE_30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h50-30-hs-from-lead-phone-rating", L, H,
      "email = the Email of the lead. phone = the Phone in E.164 format; the numbers without + are French numbers "
      "(indicative 33, without the first 0). When the Phone is not informed, the phone is not sent. city = the City "
      "in capital letters. The lifecyclestage comes from the Rating: Hot gives salesqualifiedlead, Warm gives "
      "marketingqualifiedlead, Cold gives lead.",
      [SFL[1], SFL[2], SFL_FR1, SFL_FR2])
def _30(r: R) -> R:
    return keep({"email": r["Email"], "phone": fr_phone(r["Phone"]), "city": r["City"].upper(),
                 "lifecyclestage": STAGE_30[r["Rating"]]})


@case("h50-31-hs-from-open-leads-domain", L, H,
      "Only the leads with the Status « Open - Not Contacted » or « Working - Contacted » are synchronized. email = "
      "Email, company = Company, but in the case where the Company is empty we take the domain of the e-mail (what "
      "is after the @). annualrevenue = AnnualRevenue as a number, not sent when it is not informed.",
      extended(SFL, SFL_FR1, SFL_FR2))
def _31(r: R) -> R | None:
    if r["Status"] not in ("Open - Not Contacted", "Working - Contacted"):
        return None
    v = r["AnnualRevenue"]
    return keep({"email": r["Email"], "company": dflt(r["Company"], after_at(r["Email"])),
                 "annualrevenue": OMIT if blank(v) else num(v)})


@case("h50-32-hs-from-lead-skip-trade-show", L, H,
      "We skip the leads whose LeadSource is \"Trade Show\" or is not informed. For the rest : email = Email in "
      "small letters, firstname = FirstName, lastname = LastName in capital letters (like we do in France), "
      "address = Street, city = City, zip = PostalCode.",
      extended(SFL, SFL_FR1, SFL_FR3))
def _32(r: R) -> R | None:
    if r["LeadSource"] == "Trade Show" or blank(r["LeadSource"]):
        return None
    return {"email": r["Email"].lower(), "firstname": r["FirstName"], "lastname": r["LastName"].upper(),
            "address": r["Street"], "city": r["City"], "zip": r["PostalCode"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h50-33-mc-from-contact-status-tags", C, M,
      "The contacts of Salesforce go in Mailchimp. email_address = Email in lower case, FNAME = FirstName, LNAME = "
      "LastName. The status will be « unsubscribed » when HasOptedOutOfEmail is checked, « subscribed » when not. "
      "Tags : always « salesforce », and in second position « trade-show » when the LeadSource is « Trade Show ».",
      SFC)
def _33(r: R) -> R:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


LANG_34 = {"France": "fr", "Austria": "de"}


@case("h50-34-mc-from-contact-fr-at-phone", C, M,
      "Only the contacts whose MailingCountry is France or Austria. email_address = Email, PHONE = the Phone "
      "formatted in E.164 (France by default: the numbers without + take +33 and lose the first 0); if the Phone is "
      "empty, no PHONE. The language is fr for France and de for Austria.",
      extended(SFC, SFC_FR1, SFC_FR2, SFC_FR3))
def _34(r: R) -> R | None:
    if r["MailingCountry"] not in LANG_34:
        return None
    return keep({"email_address": r["Email"], "merge_fields": {"PHONE": fr_phone(r["Phone"])},
                 "language": LANG_34[r["MailingCountry"]]})


@case("h50-35-mc-from-contact-vip-titles", C, M,
      "email_address from Email, FNAME from FirstName and LNAME from LastName. vip = true when the Title is CEO or "
      "CTO, false for all the other titles (and also when the Title is not informed). The status will be pending "
      "for everybody, because we do the double opt-in.",
      extended(SFC, SFC_FR1))
def _35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "vip": r["Title"] in ("CEO", "CTO"), "status": "pending"}


@case("h50-36-mc-from-contact-no-optout-empty-tags", C, M,
      "We exclude the contacts who have HasOptedOutOfEmail checked. For the others : email_address = Email, FNAME = "
      "FirstName, LNAME = LastName, PHONE = Phone without change, status subscribed, and the tags will be an empty "
      "list (we clean the tags).",
      extended(SFC, SFC_FR1, SFC_FR2))
def _36(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "subscribed", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h50-37-seg-from-contact-title-omit", C, S,
      "The userId of Segment will be the Email of the contact in lower case. traits: email = the Email without "
      "change, firstName = FirstName, lastName = LastName, title = the Title, but when the Title is not informed we "
      "don't send the trait title.", SFC)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h50-38-seg-from-contact-address-birthday", C, S,
      "userId = the Email. traits.address.city = the MailingCity, with the spaces removed at the beginning and at "
      "the end; traits.address.country = the MailingCountry, or « France » when it is not informed. traits.birthday "
      "= the Birthdate; when the Birthdate is empty, the trait is not sent.",
      extended(SFC, SFC_FR2))
def _38(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"].strip(),
                                        "country": dflt(r["MailingCountry"], "France")},
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


CHANNEL_39 = {"Web": "online", "Trade Show": "event", "Partner": "partner"}


@case("h50-39-seg-from-contact-name-phone-channel", C, S,
      "userId will be the Email. traits.name = FirstName + one space + LastName. traits.phone = the Phone in "
      "international format E.164, where a number without + is French; when the contact has no Phone, we don't "
      "send traits.phone. traits.channel is calculated from the LeadSource : Web gives online, Trade Show gives "
      "event, Partner gives partner, and all the other values or an empty LeadSource give other.",
      [SFC[2], SFC_FR1, SFC_FR2, SFC_FR3])
def _39(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"name": r["FirstName"] + " " + r["LastName"], "phone": fr_phone(r["Phone"]),
                            "channel": CHANNEL_39.get(r["LeadSource"], "other")}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h50-40-hs-from-mc-title-case-optout", M, H,
      "From Mailchimp to HubSpot. email = the email_address. firstname = FNAME in title case. lastname = LNAME in "
      "title case, and if LNAME is empty we don't send lastname. company = COMPANY, or « Particulier » when COMPANY "
      "is not informed. hs_email_optout = the text \"true\" when the status of the member is unsubscribed or "
      "cleaned, and the text \"false\" for the other status.",
      MC)
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Particulier"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h50-41-hs-from-mc-skip-cleaned-phone", M, H,
      "We don't import the members with the status « cleaned ». email = email_address. phone = the PHONE of the "
      "merge fields in E.164 format, France being the default country for the numbers without +; if there is no "
      "PHONE, the field phone is not sent. lifecyclestage = « customer » for the VIP members (vip is true), "
      "« subscriber » for the others.",
      [MC[1], MC[2], MC[3], MC_FR1, MC_FR2])
def _41(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    return keep({"email": r["email_address"], "phone": fr_phone(r["merge_fields"]["PHONE"]),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h50-42-hs-from-mc-first-word-domain-tag", M, H,
      "email = email_address. firstname = the first word of FNAME (for example Marie Hélène gives Marie). "
      "company = COMPANY, and when COMPANY is not informed, the domain of the e-mail, that is to say the part after "
      "the @. lifecyclestage will be customer when the member has the tag Customer, lead in the other case.",
      extended(MC, MC_FR1))
def _42(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    ids = [c[0] for c in CASES]
    assert len(ids) == 42 and len(set(ids)) == 42, len(ids)
    assert all(i.startswith(f"h50-{n:02d}-") for n, i in enumerate(ids, 1)), ids
    build(CASES, Path(__file__).parent / "set50")
