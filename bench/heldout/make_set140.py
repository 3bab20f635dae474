"""Held-out set 140 for the offline mapping drafter.

Persona: Joost, a marketing automation specialist in Rotterdam, writes his mapping requests in
Dutch-shaped English. The verb goes to the end of a subclause ('when the email empty is'), a
modal loses its main verb ('the phone must in E.164 format'), 'that becomes' says where a field
goes, 'off' stands in for 'of' now and then, 'also' and 'else' sit in odd places, articles come
and go, and he writes 'e-mailaddress', 'postal code' and 'is (not) filled'. Amounts carry dots for
thousands ('2.000.000') or come as '500k' and '2 mln'. His sentences are short and direct, mostly
prose with the odd dash list; some requests open with 'Hoi,' and close with 'Groetjes, Joost', and
a Dutch value or two (n.v.t., Particulier, onbekend) ends up in the data.

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


def hs_without(key: str, **kw: object) -> R:
    """A HubSpot contact built like hs(...) that lacks ``key`` altogether (an absent property)."""
    return {k: v for k, v in hs(**kw).items() if k != key}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h140-01-one-on-one-lead-web", H, L, """Hoi,

For the HubSpot contacts that as Lead to Salesforce go, we take the fields one on one over:
- email becomes Email
- firstname becomes FirstName
- lastname becomes LastName
- company becomes Company
- phone becomes Phone

On the values we change nothing. No trimming, no capitals, also the spaces stay how they are. Is a field in HubSpot empty, then it is on the lead also empty, we fill nothing in.

LeadSource is for every lead the same: 'Web'.

Groetjes, Joost""",
      extended(HS,
               hs(email="sanne.bakker@havenlab.nl", firstname="Sanne", lastname="Bakker", company="", phone=""),
               hs(email="ruud.meijer@maaskade.nl", firstname=" Ruud", lastname="Meijer ", company="  ",
                  phone="+31 10 555 0142")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "LeadSource": "Web"}


@case("h140-02-trim-company-nvt-title", H, L, """The company name is on a lot of contacts not filled, or there are spaces around it, that comes from the import after the Jaarbeurs. So on the Lead the Company we trim (spaces before and after away), and when the company empty is (or only spaces), then it becomes 'Unknown'.

jobtitle that becomes Title. When the jobtitle is not filled (empty or only spaces) we put 'n.v.t.' in it. Otherwise the jobtitle goes exactly like it is in HubSpot, there we do no trim.

The city we trim also, it goes to City. Email and LastName are just copies off email and lastname.""",
      extended(HS,
               hs(email="bram.dekker@kadeveld.nl", lastname="Dekker", company="  Kadeveld BV ", jobtitle="",
                  city=" Rotterdam "),
               hs(email="eva.mulder@polderpost.nl", lastname="Mulder", company="   ", jobtitle="  Office Manager ",
                  city="Delft"),
               hs(email="tim.vos@zeehaven.be", lastname="Vos", company="", jobtitle="   ", city="Antwerp  ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown").strip(),
            "Title": dflt(r["jobtitle"], "n.v.t."), "City": r["city"].strip()}


@case("h140-03-mobile-first-title-case", H, L, """The names in HubSpot are a mess, half is in capitals and half in small letters. On the lead FirstName and LastName must in title case: every word a capital at the start and the rest of the word small.

For Phone we look first to the mobilephone. Is that not filled, then we take the phone. Are they both not filled, then the lead gets no Phone at all, the field stays away. Not filled is also when there are only spaces in it. The number itself we don't reformat, it goes like it is.

Email goes over as it is.""",
      extended(HS,
               hs(email="wouter.smit@dijkstra.nl", firstname="WOUTER", lastname="smit", mobilephone="  ", phone=""),
               hs(email="anne.visser@grachtdata.nl", firstname="anne marie", lastname="VISSER", mobilephone="",
                  phone="  (646) 555-0101"),
               hs(email="lars.kok@veerhuis.nl", firstname="Lars", lastname="Kok", mobilephone="   ", phone="   ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h140-04-rating-off-lifecycle", H, L, """Rating on the lead we take off the lifecycle stage in HubSpot.
customer or opportunity, that is Hot.
salesqualifiedlead or marketingqualifiedlead, that is Warm.
Every other stage is Cold, and when the lifecyclestage empty is, then it is also Cold.

The e-mailaddress goes to Email but in lowercase, because the dedupe in Salesforce is there picky on. Nothing else on the lead.""",
      extended(HS,
               hs(email="Femke.DeGroot@Windkracht.NL", lifecyclestage="opportunity"),
               hs(email="JORIS.BOS@STADSHART.NL", lifecyclestage=""),
               hs(email="Kees.Peters@Molenwerf.nl", lifecyclestage="evangelist"),
               hs(email="ilse.hendriks@Vaartweg.nl", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"customer": "Hot", "opportunity": "Hot", "salesqualifiedlead": "Warm", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h140-05-skip-optout-and-dutch", H, L, """Two groups we don't want as lead in Salesforce.

First the people that unsubscribed are, so hs_email_optout is 'true'. When the optout empty is, they may through, only 'true' we skip.

Second the contacts from the Netherlands (country is 'Netherlands'). Those calls our own team here in Rotterdam, they come not in Salesforce.

The rest goes over: email, firstname, lastname and company one on one to Email, FirstName, LastName and Company. And every lead gets the Status 'Open - Not Contacted'.""",
      extended(HS,
               hs(email="lieke.vandam@noordzee.nl", firstname="Lieke", lastname="Dam", company="Noordzee Media",
                  country="Netherlands", hs_email_optout="false"),
               hs(email="daan.willems@rijnmond.nl", firstname="Daan", lastname="Willems", company="Rijnmond IT",
                  country="Netherlands", hs_email_optout=""),
               hs(email="nina.claes@scheldt.be", firstname="Nina", lastname="Claes", company="",
                  country="Belgium", hs_email_optout="  "),
               hs(email="omar.benali@atlasfood.com", firstname="Omar", lastname="Benali", company="Atlas Food",
                  country="United States", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["country"] == "Netherlands":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h140-06-rating-on-revenue-employees", H, L, """Rating goes on the annual revenue:
- more than 5.000.000 -> Hot
- less than 500.000 -> Cold
- everything in between -> Warm
Is the annualrevenue not filled, then we don't know it and it becomes also Warm.

numemployees that becomes NumberOfEmployees, as a whole number (integer, so 250 and not the text '250'). When numemployees empty is, leave NumberOfEmployees off the lead.

Email just copy.""",
      extended(HS,
               hs(email="maarten.koster@deltaport.nl", annualrevenue="5000000.5", numemployees="610"),
               hs(email="sophie.brouwer@tegelhuis.nl", annualrevenue="499999.99", numemployees="7"),
               hs(email="jesse.prins@kanaalzicht.nl", annualrevenue="  ", numemployees="35"),
               hs(email="roos.vermeulen@bloemkwekerij.nl", annualrevenue="120000", numemployees="  ")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 5_000_000:
        rating = "Hot"
    elif v < 500_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h140-07-e164-us-title-case-city", H, L, """The phone must in E.164 format on the Lead. We work mostly with American numbers, so when there is no + in front, then comes +1 before the digits. A number that already with + begins keeps its own country code, only the + and the digits. And has the number 11 digits and begins it with 1, then the 1 is already the country code, so only a + in front.
When phone is not filled, then there is no Phone on the lead. Also not an empty one, just no field.

FirstName, LastName and City in title case (first letter of every word a capital, the rest small letters). Email like it is.""",
      extended(HS,
               hs(email="hugo.jacobs@brugwerk.com", firstname="HUGO", lastname="jacobs", city="new york",
                  phone="1 (312) 555-0100"),
               hs(email="mila.schouten@lakehouse.com", firstname="mila", lastname="SCHOUTEN", city="SAN DIEGO",
                  phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h140-08-only-nl-postal-code-description", H, L, """Hoi,

We start small. Only the contacts with country 'Netherlands' go as Lead to Salesforce, all others we skip for now.

What goes over:
- email, lastname and company, just copied to Email, LastName and Company
- the zip (postal code) becomes PostalCode, in capitals, so 3011 ab becomes 3011 AB
- Description is a line that we build self: the word HubSpot, a space, the original source (hs_analytics_source), then ' sinds ' and the date off the createdate. From createdate only the date as YYYY-MM-DD, the time we drop. So for example: HubSpot PAID_SEARCH sinds 2024-04-18

Groetjes, Joost""",
      extended(HS,
               hs(email="sanne.bakker@havenlab.nl", lastname="Bakker", company="Havenlab", country="Netherlands",
                  zip="3011 ab", hs_analytics_source="PAID_SEARCH", createdate="2024-04-18T12:00:00.000Z"),
               hs(email="pieter.visser@dijkdata.nl", lastname="Visser", company="", country="Netherlands",
                  zip="1012 jS", hs_analytics_source="OFFLINE", createdate="2023-10-02T13:30:00.000Z"),
               hs(email="lotte.maes@kaasenzo.be", lastname="Maes", company="Kaas en Zo", country="Belgium",
                  zip="2000", hs_analytics_source="REFERRALS", createdate="2023-06-06T12:00:00.000Z"),
               hs(email="noor.jansen@tulpweb.nl", lastname="Jansen", company="Tulpweb", country="Netherlands",
                  zip="2511 CV", hs_analytics_source="REFERRALS", createdate="2022-05-31T11:15:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Netherlands":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "PostalCode": r["zip"].upper(),
            "Description": f"HubSpot {r['hs_analytics_source']} sinds {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h140-09-address-mailing-fields", H, C, """On the Contact in Salesforce the address comes in the Mailing fields. address becomes MailingStreet, city becomes MailingCity, state becomes MailingState, zip (the postal code) becomes MailingPostalCode and country becomes MailingCountry. Also Email and LastName we take over, from email and lastname.

Nothing we change on it. What in HubSpot empty is, goes empty over, and a value with spaces keeps the spaces.""",
      extended(HS,
               hs(email="jan.dewit@erasmuskade.nl", lastname="Wit", address="Wilhelminakade 12", city="Rotterdam",
                  state="", zip="3072 AP", country="Netherlands"),
               hs(email="els.peeters@meir.be", lastname="Peeters", address="", city="Antwerp", state="  ",
                  zip="", country="Belgium"),
               hs(email="tom.reed@lakeline.com", lastname="Reed", address=" 40 Pine St ", city="", state="WA",
                  zip="98101", country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h140-10-optout-avg-do-not-call", H, C, """Two checkboxes on the Contact, and they must be real true/false, not text.

HasOptedOutOfEmail comes off hs_email_optout. 'true' gives true, 'false' gives false. But when the optout is not filled (empty or only spaces), then we don't know if the person permission gave, and because of the AVG we set it then on true.

DoNotCall is true when phone not filled is, else false. The mobilephone we look not at for this.

And Email, from email, as is.""",
      extended(HS,
               hs(email="mark.hoekstra@friesland.nl", hs_email_optout="  ", phone="  ", mobilephone="06 5555 0101"),
               hs(email="ellen.boer@waddenzee.nl", hs_email_optout="false", phone="", mobilephone=""),
               hs(email="rik.dijkman@zuidas.nl", hs_email_optout="true", phone="+31 20 555 0199", mobilephone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["phone"])}


@case("h140-11-lastname-never-empty", H, C, """LastName is in Salesforce required, so it may never be empty. We take the lastname. Is that not filled, then the company. And is the company also not filled, then the part of the e-mailaddress before the @.

FirstName the same idea but shorter: firstname, else the part before the @.

Email just copy. Not filled means here: empty, or only spaces.""",
      extended(lower_emails(HS),
               hs(email="info@kaaskop.nl", firstname="", lastname="", company=""),
               hs(email="j.vandenberg@polderbouw.nl", firstname="  ", lastname="  ", company="Polderbouw"),
               hs(email="sales@molenaar.nl", firstname="Gijs", lastname="", company="   ")))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local)}


@case("h140-12-dutch-country-names", H, C, """In our Salesforce the countries are in Dutch, that has the sales team so wanted. So MailingCountry goes via this list:

United States = Verenigde Staten
Japan = Japan
Mexico = Mexico
France = Frankrijk
Germany = Duitsland
Netherlands = Nederland

Other countries we have not in HubSpot, so more is not needed. The state becomes MailingState in capitals. When the state is not filled, MailingState leave you away, completely. Email as is.""",
      extended(HS,
               hs(email="loes.bos@hofplein.nl", country="Netherlands", state="zh"),
               hs(email="jonas.weber@rheinblick.de", country="Germany", state="  "),
               hs(email="kate.mills@hudsonyard.com", country="United States", state="ny"),
               hs(email="luc.girard@vieuxport.fr", country="France", state="Paca")))
def o12(r: R) -> Out:
    names = {"United States": "Verenigde Staten", "Japan": "Japan", "Mexico": "Mexico", "France": "Frankrijk",
             "Germany": "Duitsland", "Netherlands": "Nederland"}
    return keep({"Email": r["email"], "MailingCountry": names[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h140-13-customers-only-contact", H, C, """Only customers to the Salesforce Contact. That means lifecyclestage is 'customer', the other stages we send not.

Email we write in lowercase. For Phone first the mobilephone, and when the mobile not filled is (also only spaces counts as not filled), then the phone. At our customers is one of the two always filled. Description is fixed, for everybody the text 'HubSpot klant'.""",
      extended(HS,
               hs(email="Henk.DeVries@Bouwmarkt.NL", lifecyclestage="customer", mobilephone="  ",
                  phone="+31 10 555 0177"),
               hs(email="Anouk.Smits@Fietsfabriek.nl", lifecyclestage="customer", mobilephone="+31 6 5555 0122",
                  phone="+31 30 555 0100"),
               hs(email="Bas.Kuiper@Grachtgordel.nl", lifecyclestage="opportunity", mobilephone="",
                  phone="+31 20 555 0133")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "HubSpot klant"}


@case("h140-14-clean-names-lead-source", H, C, """For the Contact:
- firstname and lastname, those become FirstName and LastName, in title case (each word begins with a capital, the rest small)
- jobtitle becomes Title, but trimmed, so the spaces before and after are away
- LeadSource we derive off hs_analytics_source: ORGANIC_SEARCH is Web, PAID_SEARCH and PAID_SOCIAL are Advertisement, OFFLINE is Trade Show and REFERRALS is Word of mouth. Otherwise it becomes Other, also when the source empty is.
- email goes just to Email""",
      extended(HS,
               hs(email="fleur.bosman@zeeland.nl", firstname="FLEUR", lastname="bosman", jobtitle="  Sales Lead ",
                  hs_analytics_source="OFFLINE"),
               hs(email="thijs.brink@groeneweg.nl", firstname="anne sophie", lastname="BRINK", jobtitle="   ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="daan.post@kustlijn.nl", firstname="Daan", lastname="Post", jobtitle="Buyer",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    source = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
              "OFFLINE": "Trade Show", "REFERRALS": "Word of mouth"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h140-15-audience-language-nl", H, M, """Hoi,

The Mailchimp audience we fill from HubSpot. email becomes email_address, firstname goes to FNAME and lastname to LNAME. That is a straight copy, empty is empty.

status is always 'subscribed'.

The language we take off hs_language. Many contacts have that property not at all, or it is empty, and then the language is 'nl'.

Groetjes, Joost""",
      extended(HS,
               hs(email="marieke.jong@stadhuis.nl", firstname="Marieke", lastname="Jong", hs_language="en"),
               hs(email="geert.claes@leuven.be", firstname="Geert", lastname="", hs_language=""),
               hs(email="hanna.fischer@elbe.de", firstname="Hanna", lastname="Fischer", hs_language="de"),
               hs(email="stijn.wouters@gent.be", firstname="", lastname="Wouters", hs_language="   ")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "nl")}


@case("h140-16-status-three-ways", H, M, """The status for Mailchimp comes off hs_email_optout, and there are three possibilities. When that 'true' is, the member is unsubscribed. When it 'false' is, subscribed. And when it is not filled (empty, only spaces, or the property is missing on the contact) then we don't know it, and the member gets 'pending', so they get the double opt-in mail first.

Each member gets one tag, 'hubspot'. email to email_address. More not.""",
      extended(HS,
               hs(email="vera.holt@dorpsstraat.nl", hs_email_optout="  "),
               hs_without("hs_email_optout", email="bart.vink@wijnhaven.nl"),
               hs(email="ingrid.sterk@marktplein.nl", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r.get("hs_email_optout")
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h140-17-key-account-klant-tags", H, M, """Tags in Mailchimp, in this order:
first 'key-account' when the annualrevenue more than 2 mln is (so above 2.000.000). When revenue not filled is, no key-account tag.
Then 'klant' when the lifecyclestage customer is.

Has the contact none off the two, then tags is an empty list. And of course email to email_address. More we don't send to Mailchimp in this one.""",
      extended(HS,
               hs(email="wim.baars@havenbedrijf.nl", annualrevenue="1999999.99", lifecyclestage="customer"),
               hs(email="noa.mertens@brugge.be", annualrevenue="  ", lifecyclestage="lead"),
               hs(email="sem.koning@deltawerken.nl", annualrevenue="2000000.5", lifecyclestage="opportunity"),
               hs(email="evi.lammers@zandvoort.nl", annualrevenue="", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 2_000_000):
        tags.append("key-account")
    if r["lifecyclestage"] == "customer":
        tags.append("klant")
    return {"email_address": r["email"], "tags": tags}


@case("h140-18-first-word-mobile-e164", H, M, """FNAME is only the first word off the firstname ('Anne Marie' becomes 'Anne').

PHONE in E.164. We take the mobilephone; is the mobile not filled (empty or spaces), then the phone. The format is + and then the digits. Has the number already a + in front, then it keeps that country code. Else it is an American number and +1 comes before it, but when it is 11 digits with a 1 at the start, then the 1 is already there and only the + comes before. Every contact in this export has at least one of the two numbers.

email goes to email_address.""",
      extended(HS,
               hs(email="anne.marie@schiedam.nl", firstname="Anne Marie", mobilephone="  ", phone="1-646-555-0150"),
               hs(email="jw.smeets@maastricht.nl", firstname=" Jan  Willem", mobilephone="+31 6 1234 5678",
                  phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h140-19-b2b-only-ambassadors-vip", H, M, """Contacts without company we want not in the B2B audience. Company empty or only spaces: skip, they come not in Mailchimp.

The others get:
email_address from email,
status 'subscribed' for everybody,
vip true when lifecyclestage is 'evangelist' (those are our ambassadors), for every other stage false.""",
      extended(HS,
               hs(email="frank.aarts@gmail.com", company="   ", lifecyclestage="evangelist"),
               hs(email="lisa.wolters@zonnepark.nl", company="Zonnepark", lifecyclestage="evangelist"),
               hs(email="rob.huisman@ijssel.nl", company="IJssel Trading", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "evangelist"}


@case("h140-20-company-or-domain-tag", H, M, """Mailchimp has in our audience no merge field for company, so the company becomes a tag. One tag, with the company name. When the company not filled is, then we take the domain off the e-mailaddress, that is the part after the @, as it is.

FNAME and LNAME from firstname and lastname, in title case (capital at the start of each word, rest small).

vip is true when the annualrevenue above the 1.000.000 is. Lower, or revenue not filled: false.

email to email_address, unchanged.""",
      extended(lower_emails(HS),
               hs(email="anne.boer@kaashandel.nl", firstname="ANNE", lastname="BOER", company="",
                  annualrevenue="1000000.5"),
               hs(email="ties.roos@roosbouw.nl", firstname="ties", lastname="roos", company="  ", annualrevenue="  "),
               hs(email="mees.bakker@broodjezaak.nl", firstname="mees", lastname="bakker", company="Broodjezaak",
                  annualrevenue="999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 1_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h140-21-identify-lastname-comma", H, S, """Segment identify for every HubSpot contact. The userId is the e-mailaddress in lowercase.

In the traits:
- email, the original one, so not lowercased
- firstName and lastName, copied from firstname and lastname
- title from jobtitle, also copied, also when it empty is
- name, that we write the Dutch administration way: first the lastname, then a comma and a space, then the firstname. So 'Raman, Priya'.""",
      extended(HS,
               hs(email="Sanne.Bakker@HavenLab.NL", firstname="Sanne", lastname="Bakker", jobtitle="  "),
               hs(email="JEROEN.AKKER@WESTLAND.NL", firstname="Jeroen", lastname="Akker", jobtitle="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h140-22-company-traits-particulier", H, S, """The company data comes in Segment under traits.company, nested.

traits.company.name is the company. Is company not filled, then 'Particulier', that is a private person.
traits.company.industry is the industry, but only when it filled is. Else the key stays away.
traits.company.employee_count is numemployees as an integer. Also only when filled, else away.

userId is the email, not changed. Nothing else in the traits.""",
      extended(HS,
               hs(email="kim.hermans@eenmanszaak.nl", company="  ", industry="", numemployees="1"),
               hs(email="ruben.maas@havenkraan.nl", company="Havenkraan", industry="  ", numemployees="4200"),
               hs(email="lot.verbeek@bakkerij.nl", company="", industry="Retail", numemployees="   ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Particulier"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h140-23-address-traits-phone", H, S, """userId = the email, as it is.

The address goes nested in traits.address. city becomes traits.address.city, zip (postal code) becomes traits.address.postalCode, country becomes traits.address.country. Those three are copies, empty stays empty. The street (HubSpot address) only when it filled is; when not, there is no street in the address.

Then traits.phone. First mobilephone, when that not filled is the phone. Always in E.164: + and the digits; a number with + in front keeps its own country code, else we take it as American and +1 comes before, except when it already 11 digits has that with 1 begin, then only the +. Are both numbers not filled, then no phone trait at all. Only spaces counts also as not filled.""",
      extended(HS,
               hs(email="job.timmer@oudehaven.nl", phone="", mobilephone="  ", address="", zip="3011 AB",
                  city="Rotterdam", country="Netherlands"),
               hs(email="amy.lund@stlouisarch.com", phone="(314) 555-0111", mobilephone="  ", address="  ",
                  zip="", city="St Louis", country="United States"),
               hs(email="nick.graaf@tilburg.nl", phone="  ", mobilephone="1 415 555 0166", address="Spoorlaan 5",
                  zip="5038 CB", city="", country="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "street": omit_if_blank(r["address"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h140-24-marketing-ok-revenue", H, S, """userId: the email, first the spaces before and after away (trim) and then lowercase.

traits.title is the jobtitle, just a copy.

traits.marketing_ok is a boolean. True only when hs_email_optout 'false' is. 'true' gives false, and when the optout not filled is that gives also false.

traits.annual_revenue is the annualrevenue as a number, so no text. A whole number stays whole (12000000), with decimals it keeps the decimals (2500000.75). When annualrevenue not filled is, leave the trait away.""",
      extended(HS,
               hs(email="  Sanne.Bakker@HavenLab.NL ", hs_email_optout="", annualrevenue="0.5", jobtitle=" "),
               hs(email="PIM.ROOS@MAASVLAKTE.NL", hs_email_optout="  ", annualrevenue="  ", jobtitle="Planner")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "marketing_ok": r["hs_email_optout"] == "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h140-25-ga4-crm-contact-event", H, G, """Hoi,

For GA4 we send per contact one event over the Measurement Protocol. client_id is the email, copied. The event name is always 'crm_contact'.

In the params of the event:
origin, always the text 'hubspot'
stage, the lifecyclestage, copied
source, the hs_analytics_source in small letters. When the source not filled is (empty or only spaces), then 'unknown'.
created, the createdate but only the date part, YYYY-MM-DD.

Groetjes, Joost""",
      extended(HS,
               hs(email="tess.vink@kralingen.nl", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="max.dekker@blijdorp.nl", lifecyclestage="other", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact",
                        "params": {"origin": "hubspot", "stage": r["lifecyclestage"],
                                   "source": "unknown" if blank(src) else src.lower(),
                                   "created": day(r["createdate"])}}]}


@case("h140-26-ga4-big-account", H, G, """Only contacts with an annualrevenue above 500k (500.000) send we to GA4. When the revenue not filled is, then we send also nothing.

client_id is the part off the email before the @. Event name 'big_account'. In the params value, that is the annualrevenue as number (whole stays whole), and currency, always 'EUR'.""",
      extended(lower_emails(HS),
               hs(email="joost.lagerwey@spido.nl", annualrevenue="500000.5"),
               hs(email="mirjam.oost@katendrecht.nl", annualrevenue="  "),
               hs(email="ad.vos@feijenoord.nl", annualrevenue="499999.99")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 500_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_account", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h140-27-ga4-newsletter-or-update", H, G, """Which event name we send, that hangs off the lifecycle stage. Is the lifecyclestage 'subscriber', then the event is 'newsletter_signup'. Every other stage, and also an empty stage, gives 'crm_update'.

client_id is the email like it is. In the params the country, copied (empty is empty), and the city. When the city not filled is, then the city param becomes 'onbekend'.""",
      extended(HS,
               hs(email="kim.lam@charlois.nl", lifecyclestage="", city="  ", country="Netherlands"),
               hs(email="nora.vos@overschie.nl", lifecyclestage="subscriber", city="", country=""),
               hs(email="bo.wijk@hillegersberg.nl", lifecyclestage="lead", city="Rotterdam", country="Netherlands")))
def o27(r: R) -> Out:
    name = "newsletter_signup" if r["lifecyclestage"] == "subscriber" else "crm_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"country": r["country"], "city": dflt(r["city"], "onbekend")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h140-28-lead-back-one-on-one", L, H, """From the Salesforce Lead back to HubSpot contacts. Email that becomes email, FirstName becomes firstname, LastName becomes lastname, Company becomes company, Title becomes jobtitle, Phone becomes phone, City becomes city, PostalCode becomes zip and Country becomes country.

All one on one, no formatting and no trim. What in Salesforce empty is, is in HubSpot also empty; the field stays in it, with the empty value.""",
      extended(SFL,
               sfl(Email="bas.smit@vlaardingen.nl", FirstName="Bas", LastName="Smit", Company="Smit Visserij",
                   Title="", Phone="", City="  ", PostalCode="", Country="Netherlands"),
               sfl(Email="lin.wu@harbourgate.sg", FirstName="", LastName="Wu", Company="Harbour Gate", Title="  ",
                   Phone="+65 6555 0100", City="Singapore", PostalCode="018956", Country="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h140-29-status-to-hs-lead-status", L, H, """The hs_lead_status in HubSpot comes from the lead Status:

Open - Not Contacted -> NEW
Working - Contacted -> ATTEMPTED_TO_CONTACT
Closed - Converted -> OPEN_DEAL
Closed - Not Converted -> UNQUALIFIED

Other statuses we don't have. hs_email_optout is in HubSpot a text field, so there comes the text 'true' when HasOptedOutOfEmail true is, else the text 'false'. And Email to email.""",
      extended(SFL,
               sfl(Email="hans.wit@zwijndrecht.nl", Status="Working - Contacted", HasOptedOutOfEmail=False),
               sfl(Email="ria.kok@dordrecht.nl", Status="Closed - Converted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h140-30-rating-stage-revenue", L, H, """Rating goes to the lifecyclestage. Hot is opportunity, Warm is salesqualifiedlead, Cold is lead. Every lead has one off these three ratings.

AnnualRevenue to annualrevenue, as number and not as text (whole number stays whole). When the AnnualRevenue empty is or only spaces, we don't send annualrevenue.

The Email in lowercase becomes email.""",
      extended(SFL,
               sfl(Email="Tessa.Kramer@Hoekvanholland.NL", Rating="Warm", AnnualRevenue="750000.5"),
               sfl(Email="GUUS.LEEUW@MAASSLUIS.NL", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h140-31-uk-leads-plus-44", L, H, """Hoi,

Our colleague in London works the UK leads from HubSpot, so only leads with Country 'United Kingdom' go over. The others stay in Salesforce.

- Email becomes email
- Phone becomes phone, in E.164 with +44. The 0 in front goes away, so 020 7946 0321 becomes +442079460321. Begins the number already with a +, then it keeps that country code and we only take the + and the digits.
- PostalCode in capitals, that becomes zip
- Title becomes jobtitle, and when the Title not filled is (empty or only spaces) then 'Unknown'

Groetjes, Joost""",
      extended(SFL,
               sfl(Email="olivia.hart@camdenlock.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="m1 2ab", Title=""),
               sfl(Email="ross.bain@leithdocks.co.uk", Country="United Kingdom", Phone="+44 131 555 0142",
                   PostalCode="eh6 6jj", Title="  "),
               sfl(Email="pim.bos@scheveningen.nl", Country="Netherlands", Phone="+31 70 555 0111",
                   PostalCode="2586 ab", Title="Buyer")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h140-32-address-one-line-onbekend", L, H, """Leads with Status 'Closed - Not Converted' are dead, those we skip. For all others:

email is the Email. company is the Company, or 'Onbekend' when the Company not filled is. And address, that is one line: the Street, then a comma and a space, then the City, like '200 Lake St, Chicago'. When the Street empty is (or only spaces), then only the City, without comma. The City is at us always filled.""",
      extended(SFL,
               sfl(Email="tom.van.lier@schiedam.nl", Company="", Street="", City="Schiedam",
                   Status="Working - Contacted"),
               sfl(Email="iris.mol@utrecht.nl", Company="  ", Street="  ", City="Utrecht",
                   Status="Open - Not Contacted"),
               sfl(Email="erik.stam@gouda.nl", Company="Stam Kaas", Street="Markt 1", City="Gouda",
                   Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Onbekend"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h140-33-optout-status-beurs-tag", C, M, """Salesforce Contacts to our Mailchimp audience.

The Email in lowercase becomes email_address. When HasOptedOutOfEmail true is, then status is 'unsubscribed', and when it false is, 'subscribed'.

Tags: always 'salesforce'. And when the LeadSource 'Trade Show' is, then comes also 'beurs' after it. So then the tags are salesforce and beurs, in that order.""",
      extended(SFC,
               sfc(Email="Marloes.Dijk@Ahoy.NL", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
               sfc(Email="KOEN.BLOM@EUROMAST.NL", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["beurs"] if r["LeadSource"] == "Trade Show" else [])}


@case("h140-34-sms-phone-language", C, M, """For the SMS test we need only contacts with a phone. Contacts where Phone empty is or only spaces, those we skip.

PHONE merge field must in E.164: plus and the digits. Starts the number with a +, keep its code. Otherwise American, so +1 in front, and when it already 11 digits are that begin with 1, only the + in front.

language comes off MailingCountry:
Germany de
Austria de
United States en
Netherlands nl
Belgium nl
Other countries are not in this list of contacts. Email becomes email_address, as is.""",
      extended(SFC,
               sfc(Email="joris.bakker@lijnbaan.nl", Phone="", MailingCountry="Netherlands"),
               sfc(Email="amy.fox@redbud.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="saar.peters@coolsingel.nl", Phone="1 (646) 555-0123", MailingCountry="Netherlands"),
               sfc(Email="wout.jacobs@meir.be", Phone="+32 3 555 0100", MailingCountry="Belgium")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Netherlands": "nl", "Belgium": "nl"}
    return {"email_address": r["Email"], "language": lang[r["MailingCountry"]],
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h140-35-beste-relatie-vip", C, M, """Our mailing starts always with 'Beste *|FNAME|*'. So FNAME is the FirstName, and when FirstName not filled is (empty, spaces) then it becomes 'relatie', so it reads 'Beste relatie'. LNAME is the LastName, just copy.

vip only when LeadSource exactly 'Trade Show' is; an empty LeadSource is no vip, any other source also not.

status for everybody 'subscribed'. Email goes to email_address.""",
      extended(SFC,
               sfc(Email="gerda.post@veerdam.nl", FirstName="", LastName="Post", LeadSource="Trade Show"),
               sfc(Email="nina.rijk@oostpoort.nl", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "relatie"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show"}


@case("h140-36-dutch-newsletter-no-tags", C, M, """The Dutch newsletter. Only contacts with MailingCountry 'Netherlands' go to this audience, the rest not.

email_address is the Email and FNAME and LNAME are FirstName and LastName, copies. status 'subscribed', language 'nl', for everybody the same. And tags we send explicit as an empty list, no tags.""",
      extended(SFC,
               sfc(Email="bregje.mol@kinderdijk.nl", FirstName="Bregje", LastName="Mol", MailingCountry="Netherlands"),
               sfc(Email="stef.goossens@mechelen.be", FirstName="Stef", LastName="Goossens",
                   MailingCountry="Belgium"),
               sfc(Email="karin.huis@alblasserdam.nl", FirstName="Karin", LastName="", MailingCountry="Netherlands")))
def o36(r: R) -> Out:
    if r["MailingCountry"] != "Netherlands":
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "nl",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h140-37-identify-birthday-department", C, S, """Identify to Segment from the Salesforce Contact. userId is the Email, in small letters.

traits.firstName, traits.lastName and traits.title are the FirstName, LastName and Title, copied; empty stays empty there.
traits.department (from Department) and traits.birthday (from Birthdate) only when they filled are. Is it empty or only spaces, then the trait is not in it.""",
      extended(SFC,
               sfc(Email="Wessel.Brand@Delfshaven.NL", FirstName="Wessel", LastName="Brand", Title="  ",
                   Department="  ", Birthdate="1979-08-14"),
               sfc(Email="femke.kort@rozenburg.nl", FirstName="Femke", LastName="", Title="COO", Department="Finance",
                   Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "department": omit_if_blank(r["Department"]),
                            "birthday": omit_if_blank(r["Birthdate"])}})


@case("h140-38-address-default-netherlands", C, S, """The MailingCity has in Salesforce often spaces around it from an old import, so we trim it, and that becomes traits.address.city in Segment.

traits.address.country is the MailingCountry. When that not filled is, then we write 'Netherlands', most off our contacts are from here.

userId is the Email like it is.""",
      extended(SFC,
               sfc(Email="lars.berg@kralingen.nl", MailingCity=" Rotterdam ", MailingCountry=""),
               sfc(Email="eva.smits@delft.nl", MailingCity="Delft  ", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Netherlands")}}}


@case("h140-39-phone-name-channel", C, S, """Hoi,

Segment identify off the SF Contact, userId is the Email unchanged. In traits three things:

phone: the Phone in E.164. That is + and the digits. Has the number a + in front, it keeps its own country code. Else it is US, so +1 before it; 11 digits that begin with 1 have the 1 already, then only the +.

name: FirstName, a space, LastName.

channel: off the LeadSource. Web becomes 'online', Trade Show becomes 'event', Partner Referral becomes 'partner'. Otherwise 'overig', and also when LeadSource empty is.

Groetjes, Joost""",
      extended(SFC,
               sfc(Email="dirk.veen@nesselande.nl", FirstName="Dirk", LastName="Veen", Phone="512 555 0177",
                   LeadSource="Partner Referral"),
               sfc(Email="ans.kooi@ommoord.nl", FirstName="Ans", LastName="Kooi", Phone="+31 10 555 0188",
                   LeadSource="Advertisement"),
               sfc(Email="piet.haan@zevenkamp.nl", FirstName="Piet", LastName="Haan", Phone="1 737 555 0100",
                   LeadSource="  ")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "overig")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h140-40-mc-to-hs-optout-text", M, H, """Mailchimp members back to HubSpot.

email is the email_address. firstname is FNAME in title case, so each word with a capital and the rest small. lastname is LNAME, also in title case, but when LNAME not filled is (or only spaces) then we send no lastname, we don't want to overwrite what HubSpot has.

company is COMPANY. Is it empty, then 'Particulier'.

hs_email_optout is in HubSpot text: 'true' when the status unsubscribed or cleaned is, and 'false' by every other status.""",
      extended(MC,
               mc({"FNAME": "ANNE SOPHIE", "LNAME": "  ", "COMPANY": "  "}, email_address="anne.sophie@hoogvliet.nl",
                  status="pending"),
               mc({"FNAME": "pieter", "LNAME": "BRUINSMA", "COMPANY": "Bruin Bouw"}, email_address="pieter@bruinbouw.nl",
                  status="unsubscribed"),
               mc({"FNAME": "Lotte", "LNAME": "mol", "COMPANY": ""}, email_address="lotte.mol@pernis.nl",
                  status="transactional")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Particulier"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h140-41-skip-unsubscribed-vip-evangelist", M, H, """Members with status 'unsubscribed' we skip, those come not in HubSpot.

For the rest: email_address becomes email, FNAME becomes firstname and LNAME becomes lastname, as they are, no changes. The lifecyclestage is 'evangelist' when the member vip is, otherwise 'subscriber'.

The PHONE goes to phone in E.164 format: + and the digits, a number with + in front keeps that country code, without + we take it as US and put +1 before it (an 11 digit number that with 1 begins has the 1 already, then only the +). When PHONE not filled is, also only spaces, then no phone at all.""",
      extended(MC,
               mc({"FNAME": "Joep", "LNAME": "Dam", "PHONE": "  "}, email_address="joep.dam@zuidplein.nl",
                  status="subscribed", vip=True),
               mc({"FNAME": "Sara", "LNAME": "Veld", "PHONE": "+31 6 5555 0101"}, email_address="sara.veld@lloyd.nl",
                  status="pending", vip=False),
               mc({"FNAME": "Tim", "LNAME": "Kroon", "PHONE": "(312) 555-0190"}, email_address="tim.kroon@kop.nl",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "lies", "LNAME": "", "PHONE": "1 312 555 0148"}, email_address="lies@kruiskade.nl",
                  status="cleaned", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber",
                 "phone": omit_if_blank(mf["PHONE"], e164)})


@case("h140-42-webinar-tag-stage", M, H, """firstname: only the first word off FNAME.
company: the COMPANY, and when that not filled is, the domain off the email_address (what after the @ comes, like it is).
lifecyclestage: 'marketingqualifiedlead' when the member the tag 'Webinar' has, exact like that with capital W. Without that tag 'subscriber'.
email: the email_address.

That is all for Mailchimp to HubSpot.""",
      extended(MC,
               mc({"FNAME": "Anne Sophie", "COMPANY": "  "}, email_address="anne.sophie@waalhaven.nl",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Bram", "COMPANY": "Kaap Koffie"}, email_address="bram@kaapkoffie.nl",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set140")
