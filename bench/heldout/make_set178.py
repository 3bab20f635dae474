"""Held-out set 178 for the offline mapping drafter.

Persona: Valentina Ríos, account manager at a digital agency in Buenos Aires, Argentina. She
pastes to the integration team the transcript of her requirements call with the client's CRM
owner (Ezequiel, 'Eze', at the Tango Sur school and festival) as 'Q:' / 'A:' exchanges: Q is her,
A is the client. Sometimes the client corrects himself in the middle of an answer ('copy it as
is... actually no, in capitals'), she often asks 'Q: and if it is empty? A: ...' as a follow-up,
and most transcripts end with a one-line 'Summary:' that restates the rules more briefly.
Rioplatense-flavoured English: 'ok, perfect', 'dale' once in a while, 'the mails', 'in
capitals', 'it has to go', 'the people that ...'; never 'che'. A short line of her own opens
some transcripts. The client's records are tango-school students, festival / milonga
attendees and sponsors (HubSpot Lifecycle Stage 'other' = sponsors, 'customer' = enrolled
students, 'evangelist' = ambassadors).

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
    "h178-01",
    H,
    L,
    """Hi team! Transcript of today's call with Ezequiel, he is the owner of the CRM at Tango Sur. First flow: HubSpot contacts to Salesforce Leads, the students that booked a trial class.

Q: Which fields go to the Lead?
A: Email to Email, first name to First Name, last name to Last Name, company name to Company and mobile phone number to Mobile Phone.
Q: Do we clean them? Trim the spaces, fix the capitals, something?
A: No, nothing. Exactly like they are in HubSpot.
Q: And if it is empty? Many students don't have a company.
A: Then it goes empty to Salesforce, the same empty value. If it has only spaces, it goes with the spaces. No default, we don't invent anything.
Q: Ok, perfect. Anything fixed for all of them?
A: Lead Source = "Word of mouth"... actually no, put "Seminar - Internal", for us the trial class counts as an internal seminar.

Summary: the five fields copied as they come (empty stays empty), Lead Source "Seminar - Internal" for everybody.""",
    extended(
        HS,
        hs(
            email="lucia.benitez@gmail.com",
            firstname="Lucía",
            lastname="Benítez",
            company="",
            mobilephone="+54 9 11 4555 0101",
        ),
        hs(
            email="facu.ortiz@hotmail.com",
            firstname=" Facundo",
            lastname="Ortiz ",
            company="   ",
            mobilephone="",
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
        "LeadSource": "Seminar - Internal",
    }


@case(
    "h178-02",
    H,
    L,
    """Flow 2, still HubSpot -> Salesforce Lead. This part of the call was about the festival registration form, the data comes very dirty from there.

Q: Email?
A: Email to Email, as it is.
Q: First name?
A: First name to First Name, but trimmed, people put spaces before and after. Only the trim, the capitals stay how they are.
Q: Last name the same?
A: No, last name to Last Name just copied, don't touch it.
Q: Company name goes to Company. And if it is empty?
A: Salesforce needs something there, so put "Private Student". Empty for me is nothing or only spaces. If it has a value, copy it exactly, without trimming.
Q: And job title to Title?
A: Same idea: if it is empty put "Dancer", if not, copy it as is.

Summary: trim the first name; Company defaults to Private Student, Title to Dancer; email and last name plain copy.""",
    extended(
        HS,
        hs(
            email="camila.ferreyra@yahoo.com.ar",
            firstname="  Camila ",
            lastname=" Ferreyra",
            company="  ",
            jobtitle="",
        ),
        hs(
            email="mariano.sosa@vinosdelsur.com.ar",
            firstname="Mariano",
            lastname="Sosa",
            company=" Vinos del Sur",
            jobtitle="   ",
        ),
        hs(
            email="flor.acosta@gmail.com",
            firstname="Flor ",
            lastname="Acosta",
            company="",
            jobtitle=" Profesora",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Private Student"),
        "Title": dflt(r["jobtitle"], "Dancer"),
    }


@case(
    "h178-03",
    H,
    L,
    """Q: For the leads that the teachers want to call after the milonga, which phone do we send?
A: The phone number of HubSpot to Phone. If that one is empty, then the mobile phone number.
Q: And if the mobile is empty too?
A: Then no Phone at all. Don't send the field, not even empty. And empty is empty or just spaces, same thing.
Q: Do I format the number?
A: No, as it comes.
Q: Names?
A: First name to First Name and last name to Last Name, but in title case: the first letter of each word in capital and the rest in lowercase. They write "JUAN PABLO" or "juan pablo" and it has to be "Juan Pablo".
Q: Dale. Email to Email as it is, I suppose.
A: Yes.

Summary: Phone = phone, else mobile, else leave it out; both names in title case.""",
    extended(
        HS,
        hs(
            email="juanpablo.rey@gmail.com",
            firstname="JUAN PABLO",
            lastname="rey",
            phone="  ",
            mobilephone="+54 9 11 5555 0188",
        ),
        hs(
            email="sofia.luna@outlook.com",
            firstname="sofía",
            lastname="LUNA",
            phone="",
            mobilephone="",
        ),
        hs(
            email="nico.ledesma@gmail.com",
            firstname="Nicolás",
            lastname="ledesma",
            phone="011 4555-0170",
            mobilephone="",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
        }
    )


@case(
    "h178-04",
    H,
    L,
    """Transcript, the part about the Lead Source.

Q: In HubSpot you have the Original Source. How do we convert it to the Lead Source of Salesforce?
A: ORGANIC_SEARCH is Web. PAID_SOCIAL is Advertisement. SOCIAL_MEDIA is Word of mouth, because that is the Instagram of the school. REFERRALS is External Referral. OFFLINE is Trade Show, those come from the stand at the festival.
Q: And the other values?
A: Everything else is Other.
Q: And if it is empty?
A: Also Other.
Q: Ok. The mail?
A: Email to Email but all in lowercase, the duplicate check of Salesforce fails with capitals.
Q: Something else?
A: Last name to Last Name, copied.

Summary: source by the table (any other value or empty -> Other), email lowercase, last name copied.""",
    extended(
        HS,
        hs(email="Martina.Rossi@Gmail.com", lastname="Rossi", hs_analytics_source="SOCIAL_MEDIA"),
        hs(email="EVENTOS@HOTELBOEDO.COM.AR", lastname="Giménez", hs_analytics_source="OFFLINE"),
        hs(email="Tomas.Quiroga@Live.com", lastname="Quiroga", hs_analytics_source="  "),
        hs(email="Paula.Vidal@Mail.com", lastname="Vidal", hs_analytics_source="EMAIL_MARKETING"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SOCIAL": "Advertisement",
        "SOCIAL_MEDIA": "Word of mouth",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


@case(
    "h178-05",
    H,
    L,
    """Q: Does everybody go to Leads?
A: No, two groups stay out. First the sponsors: in HubSpot they have Lifecycle Stage = other. Those never go to Leads.
Q: And the second group?
A: The people without last name, Salesforce rejects them anyway. Without last name means empty or only spaces.
Q: Ok. For the rest?
A: Email to Email, first name to First Name, last name to Last Name, company name to Company, phone number to Phone. All copied as they are.
Q: And if the phone or the company is empty?
A: Empty. You copy the empty.
Q: Something fixed?
A: Lead Status always "Open - Not Contacted".

Summary: skip the sponsors (stage other) and the ones with no last name; five copies; Status Open - Not Contacted.""",
    extended(
        HS,
        hs(
            email="marketing@zapateriaelabrazo.com.ar",
            firstname="Diego",
            lastname="Herrera",
            company="Zapatería El Abrazo",
            lifecyclestage="other",
            phone="+54 11 4555 0190",
        ),
        hs(
            email="nati.campos@gmail.com",
            firstname="Natalia",
            lastname="  ",
            company="",
            lifecyclestage="lead",
        ),
        hs(
            email="pedro.ibarra@gmail.com",
            firstname="Pedro",
            lastname="Ibarra",
            company="",
            lifecyclestage="customer",
            phone="",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "other" or blank(r["lastname"]):
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h178-06",
    H,
    L,
    """Q: Eze, how do you want the Rating of the lead?
A: By the annual revenue in HubSpot. More than 5 million is Hot. Less than 1 million is Cold. Between 1 and 5 million, Warm.
Q: And if the revenue is empty?
A: Empty revenue is Cold, we don't know them.
Q: Ok, perfect. The employees?
A: Number of Employees to Employees, as an integer, a whole number, not text. If it comes empty, don't send the field.
Q: And email to Email.
A: Yes, as is.

Summary: Rating by revenue (> 5M Hot, < 1M Cold, the rest Warm, empty Cold); Employees as a whole number, left out when empty.""",
    extended(
        HS,
        hs(email="info@vinosdelsur.com.ar", annualrevenue="7500000", numemployees="35"),
        hs(email="hola@milongalaventana.com", annualrevenue="  ", numemployees="  "),
        hs(email="ventas@zapatosmilonga.com", annualrevenue="450000", numemployees="6"),
        hs(email="contacto@hotelboedo.com.ar", annualrevenue="1200000.50", numemployees="60"),
    ),
)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h178-07",
    H,
    L,
    """This one is for the tango tourists, mostly people from the US that come to the festival.

Q: The phone, how?
A: Phone number to Phone, in E.164. Only digits and a + at the beginning.
Q: And the country code?
A: If the number already starts with +, it keeps its own code. If not, it is a US number, so +1 in front. If it already has 11 digits starting with 1, you only add the +.
Q: And if it is empty?
A: Then you don't send Phone. Empty or only spaces, the same.
Q: Names?
A: First name to First Name in title case, each word with the first letter capital and the rest lowercase.
Q: Dale. And the mail?
A: Email to Email, copied.""",
    extended(
        HS,
        hs(email="jennifer.cole@gmail.com", firstname="JENNIFER ANN", phone="1 (305) 555-0111"),
        hs(email="mike.obrien@yahoo.com", firstname="mike", phone="   "),
        hs(email="valeria.mendez@gmail.com", firstname="valeria", phone="+54 9 11 4555 0123"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(r["phone"], e164),
            "FirstName": title(r["firstname"]),
        }
    )


@case(
    "h178-08",
    H,
    L,
    """Last Lead flow, the batch for the school in Argentina.

Q: Do all the contacts go in this batch?
A: No, only the ones from Argentina: Country/Region exactly "Argentina". Other countries or empty country, no.
Q: Which fields?
A: Email to Email. Last name to Last Name, in capitals.
Q: And the Description?
A: There we put the city, then a space, a dash and a space, and then the create date in format YYYY-MM-DD. Like "Rosario - 2024-05-10".
Q: The city is always there?
A: For Argentina yes, always.

Summary: only Argentina; last name in capitals; Description = city + " - " + create date (YYYY-MM-DD).""",
    extended(
        HS,
        hs(
            email="gaston.villalba@gmail.com",
            lastname="Villalba",
            country="Argentina",
            city="Rosario",
            createdate="2024-05-10T12:00:00.000Z",
        ),
        hs(
            email="ana.sanchez@hotmail.com",
            lastname="Sánchez Ruiz",
            country="Argentina",
            city="Buenos Aires",
            createdate="2024-08-21T13:30:00.000Z",
        ),
        hs(
            email="martin.paredes@gmail.com",
            lastname="Paredes",
            country="Uruguay",
            city="Montevideo",
            createdate="2024-02-02T12:00:00.000Z",
        ),
        hs(
            email="sin.pais@gmail.com",
            lastname="Núñez",
            country="  ",
            city="Córdoba",
            createdate="2024-06-30T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Argentina":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"{r['city']} - {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h178-09",
    H,
    C,
    """Now HubSpot contacts -> Salesforce Contact, the enrolled students.

Q: Which address do we fill, Mailing or Other?
A: Mailing. Street address to Mailing Street, city to Mailing City, state/region to Mailing State/Province, postal code to Mailing Zip/Postal Code and country/region to Mailing Country.
Q: And the Other address, nothing?
A: Nothing.
Q: Plus email and the names?
A: Yes: email to Email, first name to First Name, last name to Last Name.
Q: Do I fix something? Trim?
A: Nothing, they go copied as they are. If it is empty in HubSpot, it is empty in Salesforce.

Summary: the address into the Mailing fields, plus email and names, all plain copies.""",
    extended(
        HS,
        hs(
            email="rocio.arias@gmail.com",
            firstname="Rocío",
            lastname="Arias",
            address="Av. Corrientes 1234 3B",
            city="Buenos Aires",
            state="CABA",
            zip="C1043",
            country="Argentina",
        ),
        hs(
            email="leo.bustos@gmail.com",
            firstname="Leonardo",
            lastname="Bustos",
            address="  ",
            city="Córdoba ",
            state="",
            zip="",
            country="Argentina",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h178-10",
    H,
    C,
    """Q: In the Contact there are two checkboxes, Email Opt Out and Do Not Call. How do we fill them?
A: Email Opt Out is true when "Unsubscribed from all email" in HubSpot is "true". If it is "false", false.
Q: And if it is empty?
A: False too.
Q: And Do Not Call?
A: We only call to the mobile. So if the mobile phone number is empty, or only spaces, Do Not Call is true; if there is a mobile, false. The other phone doesn't matter here.
Q: Ok, perfect. Plus email to Email and last name to Last Name?
A: Yes, both copied.

Summary: Email Opt Out true only for "true"; Do Not Call true when there is no mobile.""",
    extended(
        HS,
        hs(
            email="gabi.moreno@gmail.com",
            lastname="Moreno",
            hs_email_optout="  ",
            mobilephone="  ",
            phone="+54 11 4555 0177",
        ),
        hs(
            email="susana.rey@gmail.com",
            lastname="Rey",
            hs_email_optout="true",
            mobilephone="+54 9 351 555 0144",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["mobilephone"]),
    }


@case(
    "h178-11",
    H,
    C,
    """Q: Last Name in the Salesforce Contact is mandatory. What do we do when it comes empty?
A: First we use the last name of HubSpot. If it is empty, the company name, because for the sponsors sometimes they only load the brand. And if the company is also empty, the part of the email before the @.
Q: For example milonga.sur@gmail.com gives milonga.sur?
A: Exactly. Empty means nothing or spaces, for all of these.
Q: And First Name?
A: First name to First Name, copied, even if it is empty.
Q: The mail?
A: To Email, as it is.

Summary: Last Name = last name, or company, or the email before the @; first name and email copied.""",
    extended(
        lower_emails(HS),
        hs(email="milonga.sur@gmail.com", firstname="", lastname="", company=""),
        hs(
            email="prensa@bodegalosandes.com.ar",
            firstname="Julieta",
            lastname="  ",
            company="Bodega Los Andes",
        ),
        hs(email="tanguero77@hotmail.com", firstname="Raúl", lastname="", company="   "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h178-12",
    H,
    C,
    """Q: Mailing Country in Salesforce has codes of two letters. How do we convert from the country/region of HubSpot?
A: United States is US, Japan JP, Mexico MX, France FR, Argentina AR, Uruguay UY. There are no other countries, I checked.
Q: And the city?
A: City to Mailing City, copy it as is... actually no, in capitals, the labels for the post are printed in capitals.
Q: And if the city is empty?
A: Then don't send Mailing City. Empty or only spaces.
Q: Email to Email normal?
A: Yes.

Summary: country as 2-letter code by the table; Mailing City in capitals, left out when empty; email copied.""",
    extended(
        HS,
        hs(email="silvia.prado@gmail.com", country="Argentina", city="Mar del Plata"),
        hs(email="bruno.castillo@adinet.com.uy", country="Uruguay", city="  "),
        hs(email="elena.fuentes@gmail.com", country="Argentina", city=""),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "United States": "US",
        "Japan": "JP",
        "Mexico": "MX",
        "France": "FR",
        "Argentina": "AR",
        "Uruguay": "UY",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingCity": omit_if_blank(r["city"], str.upper),
        }
    )


@case(
    "h178-13",
    H,
    C,
    """Q: Do all the contacts go to Salesforce Contact?
A: No, only the students that are enrolled, that in HubSpot is Lifecycle Stage = customer. Only those.
Q: The mail?
A: Email to Email, in lowercase.
Q: Phone?
A: Mobile Phone: the mobile phone number of HubSpot. If the mobile is empty (or has only spaces), you use the phone number. Copied as it comes, no format. Every customer has at least one of the two.
Q: Something fixed?
A: Department = "Students" for all of them.""",
    extended(
        HS,
        hs(
            email="Agustina.Pereyra@Gmail.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+54 11 4555 0102",
        ),
        hs(
            email="Hernan.Diaz@Yahoo.com.ar",
            lifecyclestage="customer",
            mobilephone="+54 9 11 5555 0133",
            phone="",
        ),
        hs(email="Ines.Blanco@Gmail.com", lifecyclestage="lead", mobilephone="+54 9 11 5555 0144"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Department": "Students",
    }


@case(
    "h178-14",
    H,
    C,
    """Q: Which department do we put in the Contact?
A: It depends on the Lifecycle Stage. customer goes to "Students". evangelist goes to "Ambassadors", they are the old students that bring people. other goes to "Sponsors". Any other stage is "Prospects".
Q: And if the stage is empty?
A: Also Prospects.
Q: Job title?
A: To Title, only trimmed, the spaces at the start and at the end out. Nothing else.
Q: And the last name?
A: Last name to Last Name in title case: the first letter of every word capital, the rest lowercase.
Q: Email to Email?
A: Yes, copied.

Summary: Department by stage (customer Students, evangelist Ambassadors, other Sponsors, anything else or empty Prospects); Title trimmed; last name in title case.""",
    extended(
        HS,
        hs(
            email="oscar.gonzalez@gmail.com",
            lastname="GONZÁLEZ",
            jobtitle="  Profesor de tango ",
            lifecyclestage="evangelist",
        ),
        hs(
            email="compras@vinosdelsur.com.ar",
            lastname="méndez ruiz",
            jobtitle="   ",
            lifecyclestage="other",
        ),
        hs(
            email="laura.suarez@gmail.com", lastname="Suárez", jobtitle="Gerente", lifecyclestage=""
        ),
    ),
)
def o14(r: R) -> Out:
    table = {"customer": "Students", "evangelist": "Ambassadors", "other": "Sponsors"}
    return {
        "Email": r["email"],
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "Department": table.get(r["lifecyclestage"], "Prospects"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h178-15",
    H,
    M,
    """Now Mailchimp, the newsletter of the school.

Q: The basic fields?
A: Email to Email Address, first name to FNAME, last name to LNAME. Copied, and if one is empty it goes empty.
Q: Status?
A: Always "subscribed", they all signed the form.
Q: Language?
A: From the Preferred language of HubSpot. But most of the contacts don't have that property at all, or it is empty: in that case "es".
Q: Dale.

Summary: email and names copied; status subscribed; language = preferred language, or es when it is missing or empty.""",
    extended(
        HS,
        hs(email="lucas.herrera@gmail.com", firstname="Lucas", lastname="", hs_language="en"),
        hs(email="ramirez.tango@gmail.com", firstname="", lastname="Ramírez", hs_language="  "),
        hs(
            email="beatriz.costa@uol.com.br",
            firstname="Beatriz",
            lastname="Costa",
            hs_language="pt",
        ),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "es"),
    }


@case(
    "h178-16",
    H,
    M,
    """Q: For the status in Mailchimp, what do we look at?
A: The "Unsubscribed from all email" of HubSpot. "true" means unsubscribed. "false" means subscribed.
Q: And if it is empty?
A: Then pending, so Mailchimp sends them the confirmation mail and they decide.
Q: Tags?
A: One tag for everybody: "Newsletter Milonga".
Q: And the mail?
A: Email to Email Address.""",
    extended(
        HS,
        hs(email="clara.vega@gmail.com", hs_email_optout="   "),
        hs(email="ramiro.ojeda@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Newsletter Milonga"]}


@case(
    "h178-17",
    H,
    M,
    """Q: Which tags do the members get?
A: There are two possible. "Gold Sponsor" if the annual revenue is more than 2,000,000. And "Student" if the Lifecycle Stage is exactly customer.
Q: If they have both?
A: Both, first "Gold Sponsor" and then "Student".
Q: And if none?
A: Empty list, no tags.
Q: And if the revenue is empty?
A: No Gold Sponsor.
Q: Ok, perfect. Email to Email Address?
A: Yes.

Summary: tags Gold Sponsor (revenue > 2M; empty = no) and Student (stage customer), in that order, [] when none.""",
    extended(
        HS,
        hs(email="julia.medina@gmail.com", annualrevenue="  ", lifecyclestage="customer"),
        hs(email="marketing@cafeluna.com.ar", annualrevenue="1999999.99", lifecyclestage="other"),
        hs(email="dueno@milongaelfaro.com", annualrevenue="3500000", lifecyclestage="customer"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 2_000_000):
        tags.append("Gold Sponsor")
    if r["lifecyclestage"] == "customer":
        tags.append("Student")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h178-18",
    H,
    M,
    """Q: FNAME in Mailchimp?
A: Only the first word of the first name. "María José" goes as "María".
Q: And PHONE?
A: The mobile phone number. If the mobile is empty, the phone number. Every contact has one of the two, I checked.
Q: Format?
A: E.164: a + and only digits. If it starts with + it already has the country code, you keep it. If not, it is a US number and you put +1, but if it is 11 digits starting with 1, just add the +.
Q: The mail?
A: Email to Email Address.""",
    extended(
        HS,
        hs(
            email="mariajose.paz@gmail.com",
            firstname="María José",
            mobilephone="  ",
            phone="1 (786) 555-0122",
        ),
        hs(
            email="anaclara.rivas@gmail.com",
            firstname="Ana Clara",
            mobilephone="+54 9 11 5555 0166",
            phone="",
        ),
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
    "h178-19",
    H,
    M,
    """About the list for the milonga agenda.

Q: Do all the contacts go to that list?
A: No. The agenda is by city, so the contacts without city (empty or just spaces) stay out.
Q: And the rest?
A: Email to Email Address, and the language fixed "es" for all.
Q: VIP?
A: VIP is true for the ambassadors, Lifecycle Stage = evangelist. Any other stage, false.
Q: And if the stage is empty?
A: false.

Summary: skip the ones with no city; language es; vip only for stage evangelist (empty -> false).""",
    extended(
        HS,
        hs(email="german.luque@gmail.com", city="", lifecyclestage="evangelist"),
        hs(email="noelia.sosa@gmail.com", city="   ", lifecyclestage="customer"),
        hs(email="ricardo.vera@gmail.com", city="La Plata", lifecyclestage="evangelist"),
        hs(email="mora.castro@gmail.com", city="Rosario", lifecyclestage=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["city"]):
        return None
    return {
        "email_address": r["email"],
        "language": "es",
        "vip": r["lifecyclestage"] == "evangelist",
    }


@case(
    "h178-20",
    H,
    M,
    """The sponsors list in Mailchimp.

Q: FNAME?
A: The first name in title case, every word with the first letter capital and the rest lowercase.
Q: LNAME?
A: The last name copied as it is. But many sponsors don't have a last name, in that case you put the domain of the email, the part after the @. Like prensa@bodegalosandes.com.ar gives bodegalosandes.com.ar.
Q: Empty is also only spaces?
A: Yes.
Q: VIP?
A: True when Number of Employees is more than 30. 30 or less is false, and empty is also false.
Q: Email?
A: To Email Address.""",
    extended(
        lower_emails(HS),
        hs(
            email="prensa@bodegalosandes.com.ar",
            firstname="JULIETA",
            lastname="",
            numemployees="120",
        ),
        hs(
            email="hola@escuelaelcorte.com",
            firstname="martín andrés",
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
        "vip": gt(r["numemployees"], 30),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h178-21",
    H,
    S,
    """Segment now, the identify call.

Q: userId?
A: The email, all in lowercase.
Q: Traits?
A: traits.firstName is the first name, traits.lastName the last name, traits.city the city. Copied, and the city goes even if it is empty.
Q: And a full name?
A: Yes, traits.name: the first name, a space, and the last name. Like "Carlos Aguirre".
Q: What if the first or the last name is empty?
A: For this flow they always have both, the form requires them.

Summary: userId = email lowercase; firstName, lastName, city copied; name = first + space + last.""",
    extended(
        HS,
        hs(
            email="Carlos.Aguirre@Gmail.com",
            firstname="Carlos",
            lastname="Aguirre",
            city="Buenos Aires",
        ),
        hs(email="Milena.Torres@Hotmail.com", firstname="Milena", lastname="Torres", city=""),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "city": r["city"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h178-22",
    H,
    S,
    """Q: For Segment, the company goes as an object under traits.company, nested, right?
A: Yes, nested.
Q: traits.company.name?
A: The company name. If it is empty, "Independent".
Q: Industry?
A: traits.company.industry is the industry, but if it is empty you don't send it.
Q: Employees?
A: traits.company.employee_count, the Number of Employees as an integer. If it is empty, not sent.
Q: And empty with spaces counts as empty?
A: Yes, for the three.
Q: userId?
A: The email as it is.

Summary: company object with name (default Independent), industry (left out if empty), employee_count integer (left out if empty).""",
    extended(
        HS,
        hs(email="bailarina.sola@gmail.com", company="  ", industry="  ", numemployees=""),
        hs(
            email="sponsor@vinosdelsur.com.ar",
            company="Vinos del Sur",
            industry="Wine",
            numemployees="45",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Independent"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h178-23",
    H,
    S,
    """Q: The address in Segment?
A: Nested in traits.address. traits.address.city is the city, traits.address.country is the country/region, just copied. traits.address.postalCode is the postal code, but if it is empty don't put it.
Q: And the phone?
A: traits.phone: the phone number; if there is no phone number, the mobile phone number. If both are empty, no phone trait at all.
Q: Formatted?
A: Yes, E.164, a plus and digits only. With + already, it keeps its country code. Without +, it is from the US: +1 (and if it is 11 digits starting with 1, only add the +).
Q: userId the email?
A: Yes, the email as it is.

Summary: city and country copied, postalCode left out if empty; phone = phone or else mobile, in E.164, left out if both are empty (spaces count as empty).""",
    extended(
        HS,
        hs(
            email="andres.peralta@gmail.com",
            city="Buenos Aires",
            country="Argentina",
            zip="  ",
            phone="",
            mobilephone="+54 9 11 5555 0199",
        ),
        hs(
            email="lucia.ferrari@adinet.com.uy",
            city="Montevideo",
            country="Uruguay",
            zip="11000",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="kevin.walsh@gmail.com",
            city="Miami",
            country="United States",
            zip="33130",
            phone="1-305-555-0155",
            mobilephone="",
        ),
    ),
)
def o23(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "address": {
                    "city": r["city"],
                    "country": r["country"],
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h178-24",
    H,
    S,
    """Q: userId?
A: The email, but first you trim the spaces at the start and at the end, and then all lowercase. Some come with a space at the end from the festival form.
Q: Traits?
A: traits.title is the job title, copied.
Q: Something about the newsletter?
A: traits.newsletter as a boolean, true/false. It is true when "Unsubscribed from all email" is "false". When it is "true", false.
Q: And if it is empty?
A: Then true, they never unsubscribed.
Q: The revenue?
A: traits.annual_revenue, the annual revenue as a number, not text. If it is empty, leave it out.

Summary: userId trimmed and lowercase; title copied; newsletter false only when unsubscribed is "true"; revenue as a number or left out.""",
    extended(
        HS,
        hs(
            email="  Ignacio.Roldan@Gmail.com ",
            jobtitle="",
            hs_email_optout="  ",
            annualrevenue="  ",
        ),
        hs(
            email="Eventos@HotelBoedo.com.ar ",
            jobtitle="Eventos",
            hs_email_optout="true",
            annualrevenue="980000.50",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "newsletter": r["hs_email_optout"] != "true",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h178-25",
    H,
    G,
    """The GA4 part of the call (Measurement Protocol).

Q: One event per contact?
A: Yes. client_id is the email, copied. The event name is always "tango_contact_sync".
Q: Parameters of the event?
A: school, fixed "tango_sur". stage, the Lifecycle Stage copied. country, the country/region in lowercase.
Q: And if the country is empty?
A: Then "unknown".
Q: Something with dates?
A: created, the Create Date, only the date, YYYY-MM-DD.

Summary: event tango_contact_sync with params school=tango_sur, stage, country lowercase (empty -> unknown), created date.""",
    extended(
        HS,
        hs(
            email="pilar.ocampo@gmail.com",
            country="Argentina",
            lifecyclestage="customer",
            createdate="2024-04-02T12:00:00.000Z",
        ),
        hs(
            email="jorge.lima@gmail.com",
            country="  ",
            lifecyclestage="",
            createdate="2024-10-18T14:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "tango_contact_sync",
                "params": {
                    "school": "tango_sur",
                    "stage": r["lifecyclestage"],
                    "country": "unknown" if blank(r["country"]) else r["country"].lower(),
                    "created": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h178-26",
    H,
    G,
    """Q: Which contacts go to GA4 here?
A: Only the sponsors with more than 15 employees: Number of Employees more than 15. If it is empty, they don't go.
Q: client_id?
A: The part of the email before the @. eventos@hotelboedo.com.ar gives eventos.
Q: Event name?
A: "sponsor_view"... no, sorry, "sponsor_profile". "sponsor_profile" for all of them.
Q: Parameters?
A: One, employees: the Number of Employees, as a number.

Summary: only employees > 15 (empty no); client_id = email before the @; event sponsor_profile; employees param as a number.""",
    extended(
        lower_emails(HS),
        hs(email="eventos@hotelboedo.com.ar", numemployees="60"),
        hs(email="hola@zapatosmilonga.com", numemployees="9"),
        hs(email="info@cafeluna.com.ar", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "sponsor_profile", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h178-27",
    H,
    G,
    """Q: The event name in GA4, is it always the same?
A: No. If the Lifecycle Stage is customer, the event is "student_sync". Any other stage, or empty, "prospect_sync".
Q: client_id?
A: The email, copied.
Q: Parameters?
A: city, the city; if it is empty (or only spaces), "Buenos Aires". And company, the company name, copied as it is, even if it is empty.
Q: Ok, perfect.""",
    extended(
        HS,
        hs(
            email="estela.romero@gmail.com",
            lifecyclestage="customer",
            city="  ",
            company="Tango Sur",
        ),
        hs(email="fede.iglesias@gmail.com", lifecyclestage="", city="", company=""),
    ),
)
def o27(r: R) -> Out:
    name = "student_sync" if r["lifecyclestage"] == "customer" else "prospect_sync"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Buenos Aires"), "company": r["company"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h178-28",
    L,
    H,
    """Now the other direction: Salesforce Leads -> HubSpot contacts.

Q: Which fields?
A: Email to email, First Name to first name, Last Name to last name, Company to company name, Title to job title, Phone to phone number, City to city, Postal Code to postal code, Country to country/region.
Q: Any transformation?
A: None.
Q: And if it is empty in Salesforce?
A: Empty in HubSpot, you copy the empty value.

Summary: nine plain copies, the empty values included.""",
    extended(
        SFL,
        sfl(
            Email="ale.farias@gmail.com",
            FirstName="Alejandra",
            LastName="Farías",
            Company="",
            Title="  ",
            Phone="",
            City="Rosario",
            PostalCode="",
            Country="Argentina",
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
    "h178-29",
    L,
    H,
    """Q: The Lead Status of Salesforce, where does it go in HubSpot?
A: To the Lifecycle Stage. Open - Not Contacted is lead. Working - Contacted is salesqualifiedlead. Closed - Converted is customer. Closed - Not Converted is other.
Q: Are there other statuses?
A: No, only those four.
Q: And the opt out?
A: Email Opt Out goes to "Unsubscribed from all email", but as text: "true" when it is checked, "false" when not.
Q: The mail?
A: Email to email.""",
    extended(
        SFL,
        sfl(Email="cecilia.ponce@gmail.com", Status="Closed - Converted", HasOptedOutOfEmail=True),
        sfl(
            Email="walter.bianchi@gmail.com", Status="Working - Contacted", HasOptedOutOfEmail=False
        ),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "salesqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h178-30",
    L,
    H,
    """Q: Rating of the lead, where do we put it?
A: In the Lead Status of HubSpot. Hot is CONNECTED, Warm is IN_PROGRESS, Cold is ATTEMPTED_TO_CONTACT. All the leads have a rating, never empty.
Q: Annual Revenue?
A: To annual revenue, as a number. If it is empty, don't send it.
Q: Empty also if it has spaces?
A: Yes.
Q: And the email?
A: Email to email in lowercase... because the sponsors write it with capitals.

Summary: rating by the table; revenue as number or left out; email lowercase.""",
    extended(
        SFL,
        sfl(Email="Sergio.Luna@VinosDelSur.com.ar", Rating="Cold", AnnualRevenue="   "),
        sfl(Email="EVENTOS@Milonguita.COM", Rating="Warm", AnnualRevenue="350000.75"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "CONNECTED", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h178-31",
    L,
    H,
    """This is for the London tango marathon, Eze wants those leads in HubSpot.

Q: Only the ones from the UK?
A: Yes, only Country = "United Kingdom". Other country or empty, they don't go.
Q: Phone?
A: Phone to phone number, in E.164 for the UK: only digits, you remove the 0 at the beginning and put +44. 020 7946 0321 is +442079460321. If it already starts with +, it keeps its own code, only the digits after the +.
Q: Postal code?
A: Postal Code to postal code, in capitals.
Q: Title?
A: Title to job title. And if it is empty, "Dancer".
Q: The mail copied?
A: Yes, Email to email.""",
    extended(
        SFL,
        sfl(
            Email="emma.hart@gmail.com",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="e1 6an",
            Title="  ",
        ),
        sfl(
            Email="tom.price@outlook.com",
            Country="United Kingdom",
            Phone="+44 161 496 0011",
            PostalCode="m1 1ae",
            Title="",
        ),
        sfl(
            Email="pablo.rios@gmail.com",
            Country="Argentina",
            Phone="+54 11 4555 0100",
            PostalCode="C1043",
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
        "jobtitle": dflt(r["Title"], "Dancer"),
    }


@case(
    "h178-32",
    L,
    H,
    """Q: From the leads, which ones do we skip?
A: The ones with Lead Status = "Closed - Not Converted", those are dead.
Q: Company?
A: Company to company name; if it is empty, "Private Student".
Q: And the address?
A: In street address we put the Street, a comma and a space, and the City. Like "Av. de Mayo 1370, Buenos Aires".
Q: And if the Street is empty?
A: Then only the City, without the comma. The City is always filled. Empty is also with only spaces, for the company too.
Q: Email?
A: Email to email.

Summary: skip Closed - Not Converted; company default Private Student; street address = Street, City (only City when no Street).""",
    extended(
        SFL,
        sfl(
            Email="mirta.gomez@gmail.com",
            Status="Open - Not Contacted",
            Street="",
            City="Rosario",
            Company="",
        ),
        sfl(
            Email="adrian.silva@gmail.com",
            Status="Working - Contacted",
            Street="  ",
            City="Córdoba",
            Company="  ",
        ),
        sfl(
            Email="muerto@gmail.com",
            Status="Closed - Not Converted",
            Street="Calle 7 123",
            City="La Plata",
            Company="Nada SA",
        ),
        sfl(
            Email="reservas@hotelboedo.com.ar",
            Status="Closed - Converted",
            Street="Av. de Mayo 1370",
            City="Buenos Aires",
            Company="Hotel Boedo",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "company": dflt(r["Company"], "Private Student")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h178-33",
    C,
    M,
    """Salesforce Contact -> Mailchimp, the students list.

Q: The mail?
A: Email to Email Address, in lowercase.
Q: Status?
A: If Email Opt Out is checked, unsubscribed. If it is not checked, subscribed.
Q: Tags?
A: Everybody gets "Tango Sur". And if the Lead Source is Trade Show, they also get "Festival", after "Tango Sur".
Q: Dale.

Summary: email lowercase; status from the opt out; tags Tango Sur (+ Festival for Trade Show).""",
    extended(
        SFC,
        sfc(Email="Lorena.Quiroga@Gmail.com", LeadSource="Trade Show", HasOptedOutOfEmail=True),
        sfc(
            Email="DAMIAN.VERA@HOTMAIL.COM",
            LeadSource="Seminar - Internal",
            HasOptedOutOfEmail=False,
        ),
    ),
)
def o33(r: R) -> Out:
    tags = ["Tango Sur"] + (["Festival"] if r["LeadSource"] == "Trade Show" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h178-34",
    C,
    M,
    """The WhatsApp/SMS list in Mailchimp, from the Salesforce Contacts.

Q: Everybody?
A: No, the contacts with the Business Phone empty, or only spaces, stay out.
Q: The PHONE merge field?
A: Business Phone in E.164: the + and only digits. If it starts with + it keeps its code. If not, it is from the US, +1, and if it has 11 digits starting with 1 you only add the +.
Q: Language?
A: By the Mailing Country: Germany de, Austria de, United States en, Argentina es, Uruguay es, Brazil pt. We don't have other countries.
Q: Email?
A: To Email Address, as it is.""",
    extended(
        SFC,
        sfc(
            Email="santiago.bravo@gmail.com", Phone="+54 9 11 5555 0111", MailingCountry="Argentina"
        ),
        sfc(Email="mateo.lopez@adinet.com.uy", Phone="  ", MailingCountry="Uruguay"),
        sfc(
            Email="linda.baker@gmail.com", Phone="1 (305) 555-0177", MailingCountry="United States"
        ),
        sfc(Email="renata.alves@uol.com.br", Phone="+55 11 5555 0123", MailingCountry="Brazil"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Germany": "de",
        "Austria": "de",
        "United States": "en",
        "Argentina": "es",
        "Uruguay": "es",
        "Brazil": "pt",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h178-35",
    C,
    M,
    """Q: FNAME?
A: The First Name. If it is empty or only spaces, "Dancer".
Q: LNAME?
A: Last Name copied, and if it is empty, empty.
Q: VIP?
A: True when the Department is exactly "Sponsorship", those are the people of the sponsors. Any other department, false.
Q: And if the department is empty?
A: false too.
Q: Something fixed?
A: Language "en" for all... no, wait, "es", the newsletter of the school is in Spanish. "es" for all.
Q: And the mail, Email to Email Address?
A: Yes.

Summary: FNAME default Dancer; LNAME copied; vip for Sponsorship only; language es.""",
    extended(
        SFC,
        sfc(
            Email="valeria.castro@vinosdelsur.com.ar",
            FirstName="",
            LastName="Castro",
            Department="Sponsorship",
        ),
        sfc(Email="tango.anonimo@gmail.com", FirstName="  ", LastName="", Department="  "),
        sfc(
            Email="andrea.molina@gmail.com",
            FirstName="Andrea",
            LastName="Molina",
            Department="Marketing",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Dancer"), "LNAME": r["LastName"]},
        "vip": r["Department"] == "Sponsorship",
        "language": "es",
    }


@case(
    "h178-36",
    C,
    M,
    """Q: For the online students list, which contacts?
A: Only the ones with Lead Source = "Web", they signed up online. The rest no.
Q: Fields?
A: Email to Email Address, First Name to FNAME, Last Name to LNAME, copied as they are, also if they are empty.
Q: Status and language?
A: Status "subscribed" and language "es", the same for everybody.
Q: Tags?
A: An empty list. We want to clean the old tags.

Summary: only Web; email and names copied; subscribed, es; tags [].""",
    extended(
        SFC,
        sfc(Email="valentin.ruiz@gmail.com", FirstName="Valentín", LastName="", LeadSource="Web"),
        sfc(
            Email="gloria.funes@gmail.com",
            FirstName="Gloria",
            LastName="Funes",
            LeadSource="Trade Show",
        ),
        sfc(Email="sin.fuente@gmail.com", FirstName="Ema", LastName="Paz", LeadSource="  "),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "es",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h178-37",
    C,
    S,
    """Salesforce Contact -> Segment identify.

Q: userId?
A: The Email in lowercase.
Q: Traits?
A: traits.firstName the First Name, traits.lastName the Last Name, traits.title the Title. Copied, and if they are empty, empty.
Q: The birthday?
A: traits.birthday is the Birthdate, only when it has a value. If it is empty, or only spaces, don't send that trait.

Summary: userId email lowercase; names and title copied; birthday only when not empty.""",
    extended(
        SFC,
        sfc(
            Email="Romina.Soto@Gmail.com",
            FirstName="Romina",
            LastName="Soto",
            Title="",
            Birthdate="  ",
        ),
        sfc(
            Email="GUSTAVO.NAVARRO@YAHOO.COM.AR",
            FirstName="Gustavo",
            LastName="Navarro",
            Title="Profesor",
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
    "h178-38",
    C,
    S,
    """Q: The address goes nested, under traits.address?
A: Yes. traits.address.city is the Mailing City. If the city is empty, "Buenos Aires", most of them are from here. If it has a value, as it is.
Q: And empty with only spaces?
A: Also Buenos Aires.
Q: Country?
A: traits.address.country is the Mailing Country, but trimmed, the spaces at the start and at the end out.
Q: userId?
A: Email, as it is.""",
    extended(
        SFC,
        sfc(Email="teresa.bruno@gmail.com", MailingCity="  ", MailingCountry=" Argentina "),
        sfc(Email="hugo.salas@gmail.com", MailingCity="", MailingCountry="Argentina"),
        sfc(
            Email="diana.pintos@adinet.com.uy", MailingCity="Montevideo", MailingCountry="Uruguay  "
        ),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Buenos Aires"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h178-39",
    C,
    S,
    """Q: userId?
A: The Email.
Q: Phone?
A: traits.phone, the Business Phone in E.164: plus and only digits. If it starts with + it keeps its code; if not, it is a US number, +1, and with 11 digits starting with 1 only the +.
Q: Name?
A: traits.name is the First Name, a space, and the Last Name.
Q: And the channel?
A: traits.channel, from the Lead Source: Web is online, Trade Show is festival, Seminar - Internal is classes, Partner Referral is partner. Anything else is other.
Q: And if the Lead Source is empty?
A: other.

Summary: phone E.164, name = first + space + last, channel by the table (the rest and empty -> other).""",
    extended(
        SFC,
        sfc(
            Email="horacio.benavidez@gmail.com",
            FirstName="Horacio",
            LastName="Benavídez",
            LeadSource="Seminar - Internal",
            Phone="+54 11 4555 0155",
        ),
        sfc(
            Email="silvina.roca@gmail.com",
            FirstName="Silvina",
            LastName="Roca",
            LeadSource="Advertisement",
            Phone="1-786-555-0190",
        ),
        sfc(
            Email="eventos@milongaelfaro.com",
            FirstName="Ramón",
            LastName="Ortega",
            LeadSource="Partner Referral",
            Phone="(212) 555-0166",
        ),
    ),
)
def o39(r: R) -> Out:
    chan = {
        "Web": "online",
        "Trade Show": "festival",
        "Seminar - Internal": "classes",
        "Partner Referral": "partner",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "channel": chan.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h178-40",
    M,
    H,
    """Last part of the call: Mailchimp members -> HubSpot contacts.

Q: Names?
A: FNAME to first name and LNAME to last name, both in title case: each word with the first letter in capital and the rest lowercase. If LNAME is empty it goes empty.
Q: PHONE?
A: To phone number, copied as it is. If it is empty, or only spaces, don't send it.
Q: COMPANY?
A: To company name. If it is empty, "Private Student".
Q: And the unsubscribe?
A: "Unsubscribed from all email" as text: "true" when the status in Mailchimp is unsubscribed, and "false" for any other status.
Q: The mail?
A: Email Address to email.""",
    extended(
        MC,
        mc(
            {"FNAME": "MARÍA LAURA", "LNAME": "paz", "PHONE": "  ", "COMPANY": ""},
            email_address="marialaura.paz@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "lucas",
                "LNAME": "ORTEGA",
                "PHONE": "+54 9 11 5555 0122",
                "COMPANY": "Milonga La Ventana",
            },
            email_address="lucas@milongalaventana.com",
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
            "lastname": title(mf["LNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Private Student"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h178-41",
    M,
    H,
    """Q: Do all the members come to HubSpot?
A: No, the ones with status cleaned stay out, those mails bounce.
Q: The phone?
A: PHONE to phone number, in E.164: + and only digits. If it has + already, it keeps its code; without +, it is from the US, +1; if it is 11 digits starting with 1, only the +.
Q: And if PHONE is empty?
A: Then no phone number, you don't send it. Only spaces is empty too.
Q: Company?
A: COMPANY to company name, copied.
Q: And the VIP?
A: The VIP ones are the students with the annual pass, so VIP true goes to Lifecycle Stage customer, and VIP false to lead.
Q: Email Address to email?
A: Yes.""",
    extended(
        MC,
        mc(
            {"PHONE": "1 305 555 0144", "COMPANY": "Hotel Boedo"},
            email_address="reservas@hotelboedo.com.ar",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": ""},
            email_address="mica.funes@gmail.com",
            status="pending",
            vip=False,
        ),
        mc(
            {"PHONE": "+54 11 4555 0166", "COMPANY": "Rebotado SRL"},
            email_address="rebota@rebotado.com.ar",
            status="cleaned",
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
    "h178-42",
    M,
    H,
    """Q: first name?
A: Only the first word of FNAME. "Juan Martín" is "Juan".
Q: Company?
A: COMPANY to company name. If it is empty, the domain of the mail, the part after the @.
Q: Empty includes spaces?
A: Yes.
Q: Lifecycle Stage?
A: If the member has the tag "Student", customer. If not, lead. The tag exactly like that, "Student".
Q: Email Address to email, dale.
A: Yes.

Summary: first word of FNAME; company or else the email domain; Student tag -> customer, otherwise lead.""",
    extended(
        MC,
        mc(
            {"FNAME": "Juan Martín", "COMPANY": "  "},
            email_address="juanmartin@escuelaelcorte.com",
            tags=["Student", "Newsletter"],
        ),
        mc(
            {"FNAME": "Camila", "COMPANY": ""},
            email_address="cami@tangoviajes.com.ar",
            tags=["Festival"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Student" in r["tags"] else "lead",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set178")
