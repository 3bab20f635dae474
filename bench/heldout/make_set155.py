"""Held-out set 155 for the offline mapping drafter.

Persona: Ines Moreau, a freelance marketing-automation consultant from Lyon whose first language
is French. She dictates her mappings into her phone's voice typing while walking between client
meetings, then pastes the result into a shared Google Doc with little cleanup: few capitals,
dictated punctuation sometimes left as words ('comma', 'new line', 'colon', 'open quote ... close
quote') and sometimes converted, French-shaped English ('the field of the company', 'if it is
void', 'put it in majuscule' / 'in capitals', 'we keep only', 'eventually' for possibly,
'actually' for currently, 'arobase' for the @), numbers now and then said in words ('more than
fifty'), and the odd word the phone misheard that a reader still understands from context
('male chimp' for Mailchimp, 'hub spot', 'sales force', 'tax' for tags, 'G A four'). Values that
must be exact (picklist values, tags, constants) she pastes or types herself.

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


@case("h155-01-partner-webinar-leads", H, L, """ok so first one comma hub spot contacts to sales force leads comma the simple one period new line email into Email comma first name into First Name comma last name into Last Name comma the field of the company into Company comma mobile phone number into Mobile Phone period new line everything is copied exactly like it is in hub spot comma we don't clean anything comma and if it is void in hub spot it arrives void in sales force period new line and the Lead Source is the same for all of them colon Partner (i pasted the value from the picklist) comma they all come from the partner webinar of march""",
      extended(HS,
               hs(email="lucie.martin@atelier-soie.fr", firstname="Lucie", lastname="Martin", company="",
                  mobilephone="  "),
               hs(email="thomas.bernard@brasserie-bernard.fr", firstname=" Thomas", lastname="BERNARD",
                  company="Brasserie Bernard ", mobilephone="+33 6 12 34 56 78")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "MobilePhone": r["mobilephone"], "LeadSource": "Partner"}


@case("h155-02-salon-excel-spaces", H, L, """second mapping for the leads, same direction hub spot to sales force. these contacts come from an excel of a salon (a trade fair) so the names are full of spaces
- email: we copy it like that
- first name: remove the spaces at the start and at the end, nothing else
- last name: the same, remove the spaces before and after. and if it is void (nothing or only spaces) put Unknown, because sales force refuses a lead without last name
- company: if the field of the company is void put Particulier (it's the french for a private person, keep it exactly like this with the P in majuscule). if it is filled we don't touch it at all, even if there are spaces around""",
      extended(HS,
               hs(email="amelie.roux@gmail.com", firstname=" Amélie ", lastname="   ", company=""),
               hs(email="yann.leclerc@caves-leclerc.fr", firstname="Yann", lastname=" Le Clerc ",
                  company=" Caves Leclerc "),
               hs(email="nadia.benali@outlook.fr", firstname="", lastname="Benali", company="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": dflt(r["lastname"], "Unknown").strip(), "Company": dflt(r["company"], "Particulier")}


@case("h155-03-company-or-website", H, L, """for the leads i need the company filled when it is possible period new line
Company equal the company name of hub spot comma if it is void we take the website instead comma and if the website is also void then we don't send Company at all comma not even empty period sales force will eventually complain but i prefer that than fake data period no change on the company or the website value comma as it is
new line first name and last name colon the first letter of each word in majuscule and the rest in minuscule comma so GARCIA becomes Garcia and marc antoine becomes Marc Antoine
new line email as it is""",
      extended(HS,
               hs(email="sophie.lambert@lambertdesign.fr", firstname="SOPHIE", lastname="lambert", company="  ",
                  website="lambertdesign.fr"),
               hs(email="marc.girard@free.fr", firstname="marc antoine", lastname="GIRARD", company="",
                  website=" "),
               hs(email="claire.fontaine@fontaine-conseil.fr", firstname="claire", lastname="fontaine",
                  company="Fontaine Conseil", website="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Company": omit_if_blank(first_filled(r["company"], r["website"]))})


@case("h155-04-stage-to-lead-status", H, L, """hub spot to sales force lead, the Lead Status comes from the life cycle stage. new line
marketingqualifiedlead or salesqualifiedlead or opportunity goes to Working - Contacted
customer or evangelist goes to Closed - Converted
other (yes there is a stage that is really called other) goes to Closed - Not Converted
all the rest comma and also when the stage is void comma goes to Open - Not Contacted
new line the email we put it completely in minuscule because actually we have lots of duplicates with the majuscules
new line last name copy""",
      extended(HS,
               hs(email="Benoit.Caron@Caron-Bois.FR", lastname="Caron", lifecyclestage="opportunity"),
               hs(email="ELISE.Petit@Orange.fr", lastname="Petit", lifecyclestage=""),
               hs(email="paul.Meyer@MEYER-transports.fr", lastname="Meyer", lifecyclestage="other"),
               hs(email="Julie.Brun@Sfr.FR", lastname="Brun", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "opportunity": "Working - Contacted", "customer": "Closed - Converted",
             "evangelist": "Closed - Converted", "other": "Closed - Not Converted"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Status": table.get(r["lifecyclestage"], "Open - Not Contacted")}


@case("h155-05-skip-offline-and-subscribers", H, L, """leads from hub spot comma but there are two kinds of contacts we don't send colon
new line one comma the ones where the original source is OFFLINE comma they come from the salons and they are already in sales force
new line two comma the subscribers comma i mean life cycle stage = subscriber comma they only want the newsletter
new line if the source or the stage is void the contact is sent normally
new line for all the others: email comma first name comma last name comma company name and job title go in Email comma First Name comma Last Name comma Company comma Title comma copied without changes even if void
new line and Rating = Warm for everybody""",
      extended(HS,
               hs(email="hugo.blanc@blanc-immo.fr", firstname="Hugo", lastname="Blanc", company="Blanc Immo",
                  hs_analytics_source="OFFLINE", lifecyclestage="lead"),
               hs(email="lea.morel@gmail.com", firstname="Léa", lastname="Morel", company="", jobtitle="  ",
                  hs_analytics_source="", lifecyclestage=""),
               hs(email="victor.andre@andre-sa.fr", firstname="Victor", lastname="André", company="André SA",
                  hs_analytics_source="PAID_SEARCH", lifecyclestage="subscriber")))
def o05(r: R) -> Out:
    if r["hs_analytics_source"] == "OFFLINE" or r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Rating": "Warm"}


@case("h155-06-employees-rating", H, L, """for the rating of the lead we use the number of employees of hub spot:
more than one hundred employees, Hot
less than fifteen, Cold
between the two, Warm
and when the number of employees is void, Cold also.
and send also the Number Of Employees field in sales force with the same number but as a whole number (integer) comma not as text. when it is void don't send this field at all
new line email copied""",
      extended(HS,
               hs(email="gilles.perrin@perrin-btp.fr", numemployees="  "),
               hs(email="odile.vidal@vidal-industrie.fr", numemployees="1200"),
               hs(email="remi.colin@colin-photo.fr", numemployees="7")))
def o06(r: R) -> Out:
    v = None if blank(r["numemployees"]) else float(r["numemployees"])
    rating = "Cold" if v is None or v < 15 else ("Hot" if v > 100 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h155-07-mobile-e164-names", H, L, """phones for the leads period the Mobile Phone in sales force comes from the mobile phone number in hub spot but in the E one six four format (E.164) colon
- if the number starts with a plus comma it keeps its own country code comma we keep only the plus and the digits
- if there is no plus it's an american number so plus one and then the digits comma except when it has already eleven digits and begins with 1 comma then just the plus in front
- when the mobile is void (or only spaces) we don't send Mobile Phone at all
new line first name and last name with a majuscule at the start of each word and the rest minuscule
new line email as it is""",
      extended(HS,
               hs(email="kevin.durand@durand-usa.com", firstname="KEVIN", lastname="durand",
                  mobilephone="1 415 555 0123"),
               hs(email="anne.marchal@marchal.fr", firstname="anne marie", lastname="MARCHAL", mobilephone="   "),
               hs(email="oliver.grant@grantandco.co.uk", firstname="oliver", lastname="grant",
                  mobilephone="+44 7700 900456")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h155-08-france-only-description", H, L, """we keep only the contacts where country/region is exactly France. the other countries, and the ones where the country is void, we don't send them
new line email copy
new line last name in capitals please comma the whole word (dubois gives DUBOIS)
new line for the Description: the life cycle stage, then a space, a dash, a space, then the create date in the format YYYY-MM-DD. so for example open quote subscriber - 2024-01-09 close quote""",
      extended(HS,
               hs(email="margaux.leroy@leroy-vins.fr", lastname="Leroy", country="France", lifecyclestage="lead",
                  createdate="2024-03-21T12:00:00.000Z"),
               hs(email="pieter.janssens@janssens.be", lastname="Janssens", country="Belgium",
                  lifecyclestage="customer", createdate="2024-04-02T12:30:00.000Z"),
               hs(email="sam.noel@noel-design.com", lastname="Noel", country="", lifecyclestage="lead",
                  createdate="2024-05-10T13:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "France":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['lifecyclestage']} - {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h155-09-mailing-address", H, C, """now hub spot contacts to sales force contacts comma for the address we use the mailing address of the contact new line street address goes in Mailing Street new line city in Mailing City new line postal code in Mailing Zip/Postal Code new line country/region in Mailing Country new line plus email to Email and last name to Last Name new line all copied one to one comma if it is void we send void comma and we don't clean the spaces new line the state we don't take it actually comma eventually later""",
      extended(HS,
               hs(email="celine.garnier@garnier.fr", lastname="Garnier", address="", city="Villeurbanne",
                  zip="69100", country="France"),
               hs(email="bruno.lefevre@lefevre.fr", lastname="Lefèvre", address="8 Rue Mercière ", city=" Lyon",
                  zip="  ", country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h155-10-opt-out-and-no-phone", H, C, """two checkboxes on the sales force contact:
Email Opt Out: true if unsubscribed from all email in hub spot is "true", false if it is "false", and false also if it is void
Do Not Call: true when the contact has no number at all, so phone number void and mobile phone number void too (only spaces also counts as void). if there is at least one of the two numbers it's false
email copy""",
      extended(HS,
               hs(email="franck.robin@robin.fr", phone="  ", mobilephone="", hs_email_optout="false"),
               hs(email="ines.test@moreau-consulting.fr", phone="", mobilephone="+33 6 98 76 54 32",
                  hs_email_optout="  "),
               hs(email="marie.lucas@lucas.fr", phone="", mobilephone=" ", hs_email_optout="true")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h155-11-last-name-or-first-or-email", H, C, """for the contacts the Last Name is mandatory in sales force and we have lots of contacts from the website form with only the email. new line so Last Name = the last name comma if it is void the first name comma and if the first name is also void the part of the email before the arobase (the @) comma for example for contact@boulangerie-paul.fr it gives contact. new line email copied and first name copied too (even void)""",
      extended(lower_emails(HS),
               hs(email="contact@boulangerie-paul.fr", firstname="", lastname=""),
               hs(email="j.dupont@laposte.net", firstname="Jeanne", lastname="  "),
               hs(email="m.faure@sfr.fr", firstname="  ", lastname=" ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h155-12-french-country-names", H, C, """our sales force is in french so the Mailing Country must be in french colon
United States gives États-Unis
Japan gives Japon
Mexico gives Mexique
France gives France
Germany gives Allemagne
Belgium gives Belgique
there are no other countries actually in the base comma i checked
new line Mailing City is the city in majuscule comma all the letters. if the city is void we don't send Mailing City
new line email as it is""",
      extended(HS,
               hs(email="klaus.weber@weber-gmbh.de", country="Germany", city="  "),
               hs(email="sarah.dumont@dumont.be", country="Belgium", city="liège"),
               hs(email="louis.bonnet@bonnet.fr", country="France", city="")))
def o12(r: R) -> Out:
    names = {"United States": "États-Unis", "Japan": "Japon", "Mexico": "Mexique", "France": "France",
             "Germany": "Allemagne", "Belgium": "Belgique"}
    return keep({"Email": r["email"], "MailingCountry": names[r["country"]],
                 "MailingCity": omit_if_blank(r["city"], str.upper)})


@case("h155-13-paid-social-only", H, C, """only the contacts with original source = PAID_SOCIAL go to sales force contacts, the rest we don't send. email in minuscule. Mobile Phone = the mobile phone number, and if it is void the phone number instead, no formatting. Lead Source = Advertisement for all of them""",
      extended(HS,
               hs(email="Romain.Gauthier@Pixel-Agence.FR", hs_analytics_source="PAID_SOCIAL", mobilephone="  ",
                  phone="+33 4 72 00 11 22"),
               hs(email="SARAH.N@gmail.com", hs_analytics_source="PAID_SOCIAL", mobilephone="+33 6 11 22 33 44",
                  phone=""),
               hs(email="Tom.Perret@Perret.fr", hs_analytics_source="ORGANIC_SEARCH", mobilephone="0611223344")))
def o13(r: R) -> Out:
    if r["hs_analytics_source"] != "PAID_SOCIAL":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Advertisement"}


@case("h155-14-title-city-source", H, C, """hub spot to sales force contact comma three things new line first comma Title = the job title but without the spaces at the beginning and at the end new line second comma Mailing City = the city with the first letter of each word in majuscule and the rest in minuscule open parenthesis LYON gives Lyon comma le mans gives Le Mans close parenthesis new line third comma Lead Source from the original source colon new line OFFLINE gives Trade Show new line REFERRALS gives Word of mouth new line PAID_SEARCH and PAID_SOCIAL give Advertisement new line everything else comma and also when the source is void comma gives Web new line and of course the email copy""",
      extended(HS,
               hs(email="agnes.roche@roche.fr", jobtitle="  Office Manager ", city="LYON",
                  hs_analytics_source="OFFLINE"),
               hs(email="david.henry@henry-auto.fr", jobtitle="   ", city="le mans",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="nora.said@said.fr", jobtitle="Buyer ", city="saint ETIENNE", hs_analytics_source="")))
def o14(r: R) -> Out:
    table = {"OFFLINE": "Trade Show", "REFERRALS": "Word of mouth", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h155-15-lyon-audience-pending", H, M, """male chimp now, the audience of my client in lyon
email address = email of hub spot
FNAME = first name, copy, also if it is void
status pending for everybody, they will receive the confirmation email (double opt in)
language = the preferred language of hub spot, but for most of the contacts this property doesn't exist at all or it is void, then put fr""",
      extended(HS,
               hs(email="pablo.ruiz@ruiz.es", firstname="Pablo", hs_language="es"),
               hs(email="emma.faure@faure.fr", firstname="Emma", hs_language="  "),
               hs(email="jonas.klein@klein.de", firstname="", hs_language="de")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "pending",
            "language": dflt(r.get("hs_language"), "fr")}


@case("h155-16-optout-three-status-crm-tag", H, M, """the male chimp status comes from unsubscribed from all email in hub spot colon new line if it is "true" then unsubscribed new line if it is "false" then subscribed new line if it is void (nothing or spaces) then pending comma so they confirm themselves new line for the tax i mean the tags colon only one tag for everybody comma open quote crm sync close quote comma in minuscule like that new line email address = email""",
      extended(HS,
               hs(email="xavier.mercier@mercier.fr", hs_email_optout="  "),
               hs(email="alice.guerin@guerin.fr", hs_email_optout=""),
               hs(email="laure.picard@picard.fr", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["crm sync"]}


@case("h155-17-big-account-france-tags", H, M, """the tags in male chimp, two rules.
if the number of employees is more than fifty, tag open quote Big account close quote (B majuscule, the rest minuscule)
if the country/region is France, tag open quote France close quote
if both, first Big account then France. if none of the two, the tags list is empty []
number of employees void = no Big account tag
email address = email copied""",
      extended(HS,
               hs(email="helene.barbier@barbier-group.fr", numemployees="300", country="France"),
               hs(email="theo.renaud@renaud.fr", numemployees="  ", country="France"),
               hs(email="anna.schulz@schulz.de", numemployees="49", country="Germany")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Big account")
    if r["country"] == "France":
        tags.append("France")
    return {"email_address": r["email"], "tags": tags}


@case("h155-18-first-word-phone-fallback", H, M, """FNAME = only the first word of the first name, for the compound names (Marie Claire gives Marie)
PHONE = the phone number and if it is void the mobile phone number, in E 164: plus, the country code and the digits only. a number with a plus already keeps its code, a number without plus is american so +1, and if it has eleven digits starting with 1 just add the plus
email address = email""",
      extended(HS,
               hs(email="marie.claire.vincent@vincent.fr", firstname="Marie Claire", phone="  ",
                  mobilephone="+33 6 12 34 56 78"),
               hs(email="jean.paul.roy@roy-inc.com", firstname="Jean Paul", phone="1 (646) 555 0100",
                  mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h155-19-managers-newsletter-vip", H, M, """this audience is for the managers newsletter, so the contacts without job title we don't send them (void or only spaces = no job title). new line for the others colon email address = email, language = en for everybody (the newsletter is in english). new line vip = true only if the life cycle stage is evangelist, our ambassadors. all other stages and void → false""",
      extended(HS,
               hs(email="cedric.moulin@moulin.fr", jobtitle="  ", lifecyclestage="evangelist"),
               hs(email="sylvie.blanchard@blanchard.fr", jobtitle="CMO", lifecyclestage="evangelist"),
               hs(email="arnaud.lemoine@lemoine.fr", jobtitle="Founder", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "language": "en", "vip": r["lifecyclestage"] == "evangelist"}


@case("h155-20-names-domain-revenue-vip", H, M, """male chimp merge fields from hub spot
new line FNAME = the first name with majuscule at the start of each word comma minuscule after
new line LNAME = the last name also like that comma but when the last name is void we put the domain of the email (what is after the arobase comma so for contact@maisonblanche.fr it's maisonblanche.fr) exactly like it is comma without touching the letters
new line vip true when the annual revenue is more than three million comma otherwise false comma and a void revenue is false also
new line email address copy""",
      extended(lower_emails(HS),
               hs(email="contact@maisonblanche.fr", firstname="ÉLODIE", lastname="  ", annualrevenue="3000000.5"),
               hs(email="jl.chevalier@chevalier.fr", firstname="jean luc", lastname="CHEVALIER",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 3_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h155-21-identify-name-french-order", H, S, """segment identify from hub spot contacts.
userId = the email in minuscule
traits.email = the email but this one copied like it is
traits.title = job title copied (void stays void)
traits.name = the last name then a space then the first name, like in france we write the family name first, for example Raman Priya. no changes on the letters""",
      extended(HS,
               hs(email="Mathieu.Gaillard@Gaillard-Freres.FR", firstname="Mathieu", lastname="Gaillard",
                  jobtitle="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "title": r["jobtitle"], "name": f"{r['lastname']} {r['firstname']}"}}


@case("h155-22-company-trait-freelancer", H, S, """segment comma the company under traits.company (nested comma not flat)
traits.company.name = the company name comma and if it is void put Independent
traits.company.industry = industry comma but if it is void we don't send it
traits.company.employee_count = number of employees as an integer comma and if it is void put one (1) comma it's a freelancer
userId = email like it is""",
      extended(HS,
               hs(email="baptiste.giraud@gmail.com", company="  ", industry="", numemployees="  "),
               hs(email="camille.riviere@riviere-studio.fr", company="Rivière Studio", industry="  ",
                  numemployees="3")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": int(float(dflt(r["numemployees"], "1")))}}})


@case("h155-23-address-trait-phone-fallback", H, S, """the address for segment under traits.address colon new line street = street address comma city = city comma postalCode = postal code comma country = country/region comma all copied exactly new line state = state/region but only if it is filled comma if it is void don't send state new line traits.phone = phone number comma if void the mobile phone number comma in E 164 (plus and the digits comma with a plus it keeps its country code comma without plus it's US so +1 comma eleven digits beginning with 1 only the plus). if both numbers are void comma no phone trait at all new line userId = email""",
      extended(HS,
               hs(email="ludovic.masson@masson.fr", address="4 Place Bellecour", city="Lyon", state="  ",
                  zip="69002", country="France", phone="", mobilephone=""),
               hs(email="grace.kim@kimlabs.com", address="", city="Brooklyn", state="NY", zip="11201",
                  country="United States", phone="  ", mobilephone="1 212 555 0190")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h155-24-clean-userid-unsub-revenue", H, S, """segment identify, userId = the email cleaned: remove the spaces before and after and everything in minuscule
traits.title = job title copy
traits.unsubscribed = true if unsubscribed from all email is "true" and also if it is void (we are careful with the rgpd, the gdpr), false only if it is "false"
traits.annual_revenue = annual revenue as a number, and when it's void don't send it""",
      extended(HS,
               hs(email=" Julie.Robin@Wanadoo.FR ", jobtitle="  ", hs_email_optout="  ", annualrevenue="  "),
               hs(email="Olivier.Caron@Caron.fr  ", jobtitle="CFO", hs_email_optout="false", annualrevenue="650000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] != "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h155-25-ga4-contact-sync", H, G, """G A four now comma measurement protocol from hub spot
client_id = email of hub spot as it is
one event comma its name is contact_sync
params colon
crm_name = hubspot (always this comma in minuscule)
industry = the industry in minuscule comma if the industry is void send an empty text ""
signup_date = the create date but only the date comma YYYY-MM-DD""",
      extended(HS,
               hs(email="fabien.lacroix@lacroix.fr", industry="  ", createdate="2024-06-18T12:10:00.000Z"),
               hs(email="manon.bertrand@bertrand.fr", industry="Real Estate", createdate="2024-09-03T14:00:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "contact_sync",
                        "params": {"crm_name": "hubspot", "industry": "" if blank(ind) else ind.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h155-26-ga4-big-account-revenue", H, G, """second G A four event, only for the contacts with annual revenue more than one million. void revenue, we don't send. client_id = the part of the email before the arobase. the event name is always big_account. one param revenue = the annual revenue as a number""",
      extended(lower_emails(HS),
               hs(email="stephane.david@david-logistique.fr", annualrevenue="  "),
               hs(email="claire.henry@henry.fr", annualrevenue="999999.99"),
               hs(email="yves.dumas@dumas-bois.fr", annualrevenue="1500000")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_account", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h155-27-ga4-qualified-or-other", H, G, """G A four, the name of the event depends on the life cycle stage: if it is marketingqualifiedlead or salesqualifiedlead the event is qualified_lead, for every other stage and if it is void the event is other_lead
client_id = email copy
params: job_title = job title, if void put not_set, and source = original source copied like it is (void stays void)""",
      extended(HS,
               hs(email="laetitia.noel@noel.fr", lifecyclestage="salesqualifiedlead", jobtitle="  ",
                  hs_analytics_source=""),
               hs(email="quentin.hubert@hubert.fr", lifecyclestage="", jobtitle="Consultant",
                  hs_analytics_source="SOCIAL_MEDIA")))
def o27(r: R) -> Out:
    name = "qualified_lead" if r["lifecyclestage"] in ("marketingqualifiedlead", "salesqualifiedlead") else "other_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "not_set"),
                                                 "source": r["hs_analytics_source"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h155-28-leads-back-to-hubspot", L, H, """other way now comma sales force leads to hub spot contacts new line Email into email comma First Name into first name comma Last Name into last name comma Company into company name comma Title into job title comma Street into street address comma Postal Code into postal code comma Country into country/region new line everything one to one comma the void values stay void comma no trimming nothing""",
      extended(SFL,
               sfl(Email="josephine.carre@carre.fr", FirstName="Joséphine", LastName="Carré", Company="",
                   Title="  ", Street=" 3 Quai Saint Antoine", PostalCode="69002", Country="France")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "address": r["Street"], "zip": r["PostalCode"], "country": r["Country"]}


@case("h155-29-status-to-stage-optout-text", L, H, """sales force leads to hub spot, the Lead Status of sales force goes to the life cycle stage:
Open - Not Contacted → lead
Working - Contacted → marketingqualifiedlead
Closed - Converted → customer
Closed - Not Converted → other
(only these four exist actually in sales force)
unsubscribed from all email = the text "true" if Email Opt Out is checked, "false" if not
email = Email""",
      extended(SFL,
               sfl(Email="gael.fournier@fournier.fr", Status="Closed - Converted", HasOptedOutOfEmail=True),
               sfl(Email="lina.haddad@haddad.fr", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h155-30-rating-to-lead-status", L, H, """leads to hub spot contacts new line lead status in hub spot from the Rating of sales force colon Hot gives CONNECTED comma Warm gives OPEN comma Cold gives BAD_TIMING new line annual revenue = Annual Revenue as a number comma if it is void we don't send annual revenue new line email = Email all in minuscule""",
      extended(SFL,
               sfl(Email="Manon.Girard@Girard-Co.FR", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="LOUIS.Marchand@Marchand.fr", Rating="Cold", AnnualRevenue="750000.25")))
def o30(r: R) -> Out:
    table = {"Hot": "CONNECTED", "Warm": "OPEN", "Cold": "BAD_TIMING"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h155-31-uk-leads-only", L, H, """we keep only the leads from the united kingdom (Country exactly United Kingdom), the other countries stay in sales force
phone number = Phone in E 164 but for UK: only the digits, +44 in front and we remove the 0 at the beginning (020 7946 0321 gives +442079460321). if the number already starts with a plus we keep its code, only the plus and the digits
city = City in capitals
company name = Company, if void put Sole trader
email = Email""",
      extended(SFL,
               sfl(Email="emily.clarke@clarke-tea.co.uk", Country="United Kingdom", Phone="07700 900461",
                   City="manchester", Company="  "),
               sfl(Email="harry.wood@woodworks.co.uk", Country="United Kingdom", Phone="+44 113 496 0555",
                   City="leeds", Company=""),
               sfl(Email="aoife.byrne@byrne.ie", Country="Ireland", Phone="+353 1 555 0142", City="Dublin",
                   Company="Byrne Foods")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "company": dflt(r["Company"], "Sole trader")}


@case("h155-32-skip-cold-street-city", L, H, """leads to hub spot, we don't send the Cold ones (Rating = Cold)
job title = Title and if it is void, Not specified
street address = the Street then a comma and a space then the City (a real comma this time in the text, not my dictation haha) so like 200 Lake St, Chicago. if the Street is void just the City without the comma, and if the City is void just the Street
email = Email""",
      extended(SFL,
               sfl(Email="pauline.maillard@maillard.fr", Street="", City="Lyon", Rating="Warm", Title="  "),
               sfl(Email="etienne.leblanc@leblanc.fr", Street="5 Rue Mercière", City="  ", Rating="Hot",
                   Title="Buyer"),
               sfl(Email="simon.benard@benard.fr", Street="2 Rue Garibaldi", City="Lyon", Rating="Cold")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    if blank(r["Street"]):
        addr = r["City"]
    elif blank(r["City"]):
        addr = r["Street"]
    else:
        addr = f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"), "address": addr}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h155-33-optout-status-dach-tag", C, M, """sales force contacts to male chimp
email address = Email in minuscule
status: Email Opt Out checked gives unsubscribed, not checked gives subscribed
tags: everybody gets open quote SF contact close quote, and if the Mailing Country is Germany or Austria we add also open quote DACH close quote after it""",
      extended(SFC,
               sfc(Email="Markus.Bauer@Bauer-AG.DE", MailingCountry="Germany", HasOptedOutOfEmail=True),
               sfc(Email="Chantal.Vidal@Vidal.FR", MailingCountry="France", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["SF contact"] + (["DACH"] if r["MailingCountry"] in ("Germany", "Austria") else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h155-34-sms-audience-language", C, M, """SMS campaign in male chimp from sales force contacts. the contacts without Business Phone (void or only spaces) we skip them
new line PHONE merge field = Business Phone in E 164: with a plus it keeps its code, without plus it's american +1, 11 digits starting with 1, only the plus
new line language from the Mailing Country:
Germany → de
Austria → de
United States → en
France → fr
(there is nothing else actually)
new line email address = Email""",
      extended(SFC,
               sfc(Email="sandrine.perrot@perrot.fr", Phone="+33 4 78 00 00 01", MailingCountry="France"),
               sfc(Email="julien.roger@roger.fr", Phone="  ", MailingCountry="France"),
               sfc(Email="kate.miller@millerfarms.com", Phone="1-503-555-0162", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h155-35-hello-there-trade-show-vip", C, M, """sales force contact to male chimp. FNAME = First Name, and if it's void put open quote there close quote (so the email says hello there lol). LNAME = Last Name copied. vip = true when the Lead Source is exactly Trade Show, for the other sources and when it is void, false. email type = html for everybody. email address = Email""",
      extended(SFC,
               sfc(Email="vincent.marie@marie.fr", FirstName="", LastName="Marie", LeadSource="Trade Show"),
               sfc(Email="isabelle.morin@morin.fr", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h155-36-germany-only-clear-tags", C, M, """only the sales force contacts with Mailing Country = Germany go in this audience comma the others no new line email address = Email comma FNAME = First Name comma LNAME = Last Name comma copied as it is new line status subscribed and language de for all of them new line tags colon an empty list [] comma we want to remove the old tags""",
      extended(SFC,
               sfc(Email="sabine.koch@koch.de", FirstName="Sabine", LastName="", MailingCountry="Germany"),
               sfc(Email="peter.gruber@gruber.at", FirstName="Peter", LastName="Gruber", MailingCountry="Austria"),
               sfc(Email="uwe.lang@lang.de", FirstName="", LastName="Lang", MailingCountry="Germany")))
def o36(r: R) -> Out:
    if r["MailingCountry"] != "Germany":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h155-37-identify-department-optional", C, S, """sales force contact to segment identify
userId = Email in minuscule
traits.email = Email copied without changes
traits.firstName = First Name, traits.lastName = Last Name, copied (void stays void)
traits.department = Department but if it is void don't send it""",
      extended(SFC,
               sfc(Email="Aurelie.Fabre@Fabre.FR", FirstName="Aurélie", LastName="", Department="  "),
               sfc(Email="NICOLAS.Roussel@roussel.fr", FirstName="", LastName="Roussel", Department="Finance")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "department": omit_if_blank(r["Department"])}})


@case("h155-38-address-unknown-city", C, S, """segment comma the address under traits.address new line city = Mailing City comma and if it is void put unknown new line country = Mailing Country without the spaces at the start and at the end new line userId = Email as it is""",
      extended(SFC,
               sfc(Email="gaelle.poirier@poirier.fr", MailingCity="  ", MailingCountry=" France "),
               sfc(Email="hans.meier@meier.ch", MailingCity="Zürich", MailingCountry="Switzerland  "),
               sfc(Email="rose.lambert@lambert.fr", MailingCity="", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h155-39-phone-name-origin", C, S, """segment identify from sales force contact
traits.phone = Business Phone in E 164 (with a plus: keep its country code, only digits. without plus: american so +1. 11 digits beginning with 1: just the plus)
traits.name = First Name space Last Name
traits.origin from the Lead Source:
Web → inbound
Trade Show → event
Partner Referral → partner
all the rest and void → other
userId = Email""",
      extended(SFC,
               sfc(Email="bastien.collet@collet.fr", FirstName="Bastien", LastName="Collet",
                   LeadSource="Partner Referral", Phone="+33 4 72 10 20 30"),
               sfc(Email="megan.price@pricegroup.com", FirstName="Megan", LastName="Price", LeadSource="Advertisement",
                   Phone="1 971 555 0123"),
               sfc(Email="tom.hale@halebikes.com", FirstName="Tom", LastName="Hale", LeadSource="  ",
                   Phone="971-555-0188")))
def o39(r: R) -> Out:
    origin = {"Web": "inbound", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "origin": origin.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h155-40-members-names-language-optout", M, H, """male chimp to hub spot
first name and last name = FNAME and LNAME with majuscule at the start of each word and minuscule for the rest
company name = COMPANY but if it is void don't send it
preferred language = the language of the member and if it is void put fr
unsubscribed from all email, as text: "false" only when the status is subscribed, for all the other statuses "true"
email = email address""",
      extended(MC,
               mc({"FNAME": "JEAN MARC", "LNAME": "rousseau", "COMPANY": "  "}, email_address="jm.rousseau@rousseau.fr",
                  status="pending", language=""),
               mc({"FNAME": "héloïse", "LNAME": "FAVRE", "COMPANY": "Favre Traiteur"},
                  email_address="heloise@favre-traiteur.fr", status="subscribed", language="  ")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "company": omit_if_blank(mf["COMPANY"]), "hs_language": dflt(r["language"], "fr"),
                 "hs_email_optout": "false" if r["status"] == "subscribed" else "true"})


@case("h155-41-skip-unsubscribed-vip-deal", M, H, """members from male chimp to hub spot. the unsubscribed ones (status unsubscribed) we don't send. new line phone number = PHONE in E 164 (a plus stays with its code, no plus = US +1, 11 digits with 1 at the start = just the plus). PHONE void = no phone number sent. new line last name = LNAME copy. new line lead status = OPEN_DEAL when the member is vip, NEW when not. new line email = email address""",
      extended(MC,
               mc({"PHONE": "  ", "LNAME": "Besson"}, email_address="lucas.besson@besson.fr", status="subscribed",
                  vip=True),
               mc({"PHONE": "1 646 555 0111", "LNAME": ""}, email_address="amy.cho@chobakery.com", status="pending",
                  vip=False),
               mc({"PHONE": "(212) 555-0100"}, email_address="gone.away@oldmail.com", status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "lastname": mf["LNAME"],
                 "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW"})


@case("h155-42-first-word-domain-customer-tag", M, H, """male chimp members to hub spot contacts
first name = the first word of FNAME (Marie Claire gives Marie)
company name = COMPANY, if void the domain of the email, the part after the arobase
life cycle stage = customer if the member has the tag Customer (exactly like this with the C in majuscule), otherwise subscriber
email = email address""",
      extended(MC,
               mc({"FNAME": "Marie Claire", "COMPANY": "  "}, email_address="marie.claire@fromagerie-lyon.fr",
                  tags=["customer"]),
               mc({"FNAME": "Paul", "COMPANY": ""}, email_address="paul@bouchon-lyonnais.fr",
                  tags=["Newsletter", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set155")
