"""Held-out set 191 for the offline mapping drafter.

Persona: Valentina Pereyra, data scientist at a Montevideo ed-tech company (online courses for
teachers, schools and universities across Latin America and Spain, webinar sign-ups, B2B school
licences). She writes every sync as Jupyter notebook cells of pandas code: 'In [1]:' / 'In [2]:'
markers, src = pd.DataFrame(...) and out = pd.DataFrame(), one out['Field'] = ... line per
destination field, .str.strip() / .str.title() / .str.lower() / .str.upper(), np.where(...) and
np.select(...) for conditions, .map({...}) (+ .fillna(...) for an 'otherwise'), .replace(r'^\\s*$',
np.nan, regex=True) to turn blanks into NaN, src.loc[mask] for filters, .str.split('@').str[0/1],
a small def e164(...) where a phone must be formatted, dotted column names ('merge_fields.FNAME',
'traits.address.city', 'events[0].params.x') for nested fields. Markdown cells ('## ...' titles,
'### Notes') and '# comments' carry what pandas cannot say (leave a key out, what a blank does).
Rioplatense-flavoured English ('che', 'ojo', 'dale', 're' as an intensifier, 'viste', 'listo'),
signs 'abrazo, Vale' now and then. Her records are teachers, school principals, coordinators,
private and public schools (colegios, liceos, escuelas), universities in Uruguay, Argentina,
Chile, Mexico and Spain, US partner universities, webinar sign-ups and education-fair leads.

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
Every text writes the destination's match key itself (MATCH_KEY_NOTE). Where she turns blanks
into NaN and falls back with .fillna(...), the filled inputs carry no padding, so the stripped
and the unstripped reading give the same records.
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
    "h191-01",
    H,
    L,
    """## Webinar "Aula invertida" sign-ups -> Salesforce Leads

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame(index=src.index)

In [2]:
# straight copies, no .str.strip(), no nothing: '' in HubSpot is '' on the Lead
out['Email']     = src['email']
out['FirstName'] = src['firstname']
out['LastName']  = src['lastname']
out['Company']   = src['company']
out['City']      = src['city']
out['Country']   = src['country']
out['LeadSource'] = 'Seminar - Internal'   # same value on every lead, it was our own webinar

### Notes
- no filter, every contact goes
- Email is how Salesforce matches the lead, it goes as it is""",
    extended(
        HS,
        hs(
            email="lucia.fernandez@colegiosanjose.edu.uy",
            firstname="Lucía",
            lastname="Fernández",
            company="",
            city="Montevideo",
            country="Uruguay",
        ),
        hs(
            email="profe.acosta@gmail.com",
            firstname="",
            lastname="Acosta",
            company="Escuela 45 de Salto",
            city="  ",
            country="Uruguay",
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
        "LeadSource": "Seminar - Internal",
    }


@case(
    "h191-02",
    H,
    L,
    """## Teachers from the "Evaluación formativa" course -> Leads
Lots of them are independent teachers, no school, no title. Che, Salesforce hates empty Company.

In [1]:
src = pd.DataFrame(hubspot_contacts)
vacio = lambda s: s.fillna('').str.strip() == ''      # '' or only spaces

In [2]:
out = pd.DataFrame()
out['Email']    = src['email']
out['LastName'] = src['lastname']
out['Company']  = np.where(vacio(src['company']), 'Docente independiente', src['company'])
out['Title']    = np.where(vacio(src['jobtitle']), 'Docente', src['jobtitle'])
out['City']     = src['city'].str.strip()

### Notes
- Company / Title: the default only when empty; a filled one goes exactly as typed (no strip there)
- City: strip the spaces at both ends and that's it. '   ' ends up as ''""",
    extended(
        HS,
        hs(
            email="martina.silva@hotmail.com",
            lastname="Silva",
            company=" ",
            jobtitle="",
            city=" Paysandú ",
        ),
        hs(
            email="direccion@liceo-rivera.edu.uy",
            lastname="Olivera",
            company=" Liceo Rivera",
            jobtitle="   ",
            city="Rivera  ",
        ),
        hs(
            email="gonzalo.perez@gmail.com",
            lastname="Pérez",
            company="",
            jobtitle="Profesor de Historia",
            city="   ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Docente independiente"),
        "Title": dflt(r["jobtitle"], "Docente"),
        "City": r["city"].strip(),
    }


@case(
    "h191-03",
    H,
    L,
    """## Callback list for the school-licence team

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['Email'] = src['email']

In [2]:
# Phone: the office phone first; if that one is empty (or only spaces) the mobile. As typed, no format
tel = src['phone'].replace(r'^\\s*$', np.nan, regex=True)
cel = src['mobilephone'].replace(r'^\\s*$', np.nan, regex=True)
out['Phone'] = tel.fillna(cel)
# ojo: both empty -> stays NaN -> DON'T send Phone on that lead (no key at all, not '')

In [3]:
out['FirstName'] = src['firstname'].str.title()   # 'ana laura' -> 'Ana Laura'
out['LastName']  = src['lastname'].str.title()    # 'RODRÍGUEZ' -> 'Rodríguez'""",
    extended(
        HS,
        hs(
            email="ana.rodriguez@colegio-larranaga.edu.uy",
            firstname="ana laura",
            lastname="RODRÍGUEZ",
            phone="  ",
            mobilephone="099 555 123",
        ),
        hs(
            email="pedro.benitez@uni-cordoba.edu.ar",
            firstname="PEDRO",
            lastname="benítez",
            phone="+54 351 555 0134",
            mobilephone="+54 9 351 555 0199",
        ),
        hs(
            email="sin.telefono@gmail.com",
            firstname="florencia",
            lastname="castro",
            phone="",
            mobilephone=" ",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
        }
    )


@case(
    "h191-04",
    H,
    L,
    """## Original source -> LeadSource picklist

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['Email'] = src['email'].str.lower()          # the whole address lower case

In [2]:
origen = {
    'ORGANIC_SEARCH':  'Web',
    'DIRECT_TRAFFIC':  'Web',
    'EMAIL_MARKETING': 'Email',
    'REFERRALS':       'External Referral',
    'OFFLINE':         'Trade Show',       # the education fairs
}
out['LeadSource'] = src['hs_analytics_source'].map(origen).fillna('Other')
# .map is exact, in caps as HubSpot keeps them. Anything not in the dict -> 'Other',
# and an empty source too ('' matches nothing, so NaN, so 'Other')""",
    extended(
        HS,
        hs(email="Inscripciones@Liceo-Elbio.EDU.UY", hs_analytics_source="OFFLINE"),
        hs(email="J.Quiroga@UChile.cl", hs_analytics_source="SOCIAL_MEDIA"),
        hs(email="profesora.luna@yahoo.com.ar", hs_analytics_source="  "),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "EMAIL_MARKETING": "Email",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"].lower(),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


@case(
    "h191-05",
    H,
    L,
    """## Leads for the school-licence sales team

In [1]:
src = pd.DataFrame(hubspot_contacts)
# fuera: schools that already have a licence (lifecyclestage 'customer'), Customer Success has them
# fuera: Spain, the Madrid office works those
src = src.loc[(src['lifecyclestage'] != 'customer') & (src['country'] != 'Spain')]
# exact compare. empty stage or empty country -> the contact stays

In [2]:
out = pd.DataFrame()
for sf, hub in [('Email', 'email'), ('FirstName', 'firstname'), ('LastName', 'lastname'),
                ('Company', 'company'), ('Phone', 'phone')]:
    out[sf] = src[hub]            # copies as they are, '' stays ''
out['Status'] = 'Open - Not Contacted'

abrazo, Vale""",
    extended(
        HS,
        hs(
            email="jordi.puig@escola-sants.cat",
            firstname="Jordi",
            lastname="Puig",
            company="Escola Sants",
            phone="+34 93 555 0120",
            lifecyclestage="opportunity",
            country="Spain",
        ),
        hs(
            email="nadia.ferreira@gmail.com",
            firstname="Nadia",
            lastname="Ferreira",
            company="",
            phone="",
            lifecyclestage="",
            country="",
        ),
        hs(
            email="rectoria@ucu-demo.edu.uy",
            firstname="Laura",
            lastname="Techera",
            company="Universidad Demo",
            phone="+598 2 555 0101",
            lifecyclestage="salesqualifiedlead",
            country="Uruguay",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Spain":
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
    "h191-06",
    H,
    L,
    """## Rating for school networks (annual revenue in USD)

In [1]:
src = pd.DataFrame(hubspot_contacts)
rev = pd.to_numeric(src['annualrevenue'].replace(r'^\\s*$', np.nan, regex=True))
emp = pd.to_numeric(src['numemployees'].replace(r'^\\s*$', np.nan, regex=True))

In [2]:
out = pd.DataFrame()
out['Email'] = src['email']
out['Rating'] = np.select(
    [rev.isna(), rev > 5_000_000, rev < 1_000_000],
    ['Cold',     'Hot',           'Cold'],
    default='Warm')                # between 1M and 5M
# first condition that holds wins, so no revenue -> 'Cold'
out['NumberOfEmployees'] = emp.astype('Int64')
# whole number, not text. numemployees empty -> <NA> -> leave NumberOfEmployees out of that lead""",
    extended(
        HS,
        hs(email="red@colegios-maristas.org", annualrevenue="7500000", numemployees="320"),
        hs(email="info@jardin-arcoiris.com.uy", annualrevenue="  ", numemployees="35"),
        hs(email="admin@academia-sur.cl", annualrevenue="950000", numemployees=" "),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 5_000_000 else ("Cold" if v < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h191-07",
    H,
    L,
    """## US partner universities -> Leads. The dialer only eats E.164

In [1]:
import re
src = pd.DataFrame(hubspot_contacts)

def e164(tel):
    d = re.sub(r'\\D', '', tel)                 # digits only
    if tel.startswith('+'):                    # already international: keeps its own code
        return '+' + d
    if len(d) == 11 and d.startswith('1'):     # US number that already has the 1
        return '+' + d
    return '+1' + d                            # no '+' -> it's a US number

In [2]:
out = pd.DataFrame()
out['Email'] = src['email']
out['City']  = src['city'].str.title()         # 'miami beach' -> 'Miami Beach'
out['Phone'] = src['phone'].map(lambda t: e164(t) if t.strip() else np.nan)
# phone empty or just spaces -> NaN -> no Phone key on that lead (don't send '' and don't send '+1')""",
    extended(
        HS,
        hs(email="k.johnson@fiu-demo.edu", city="miami beach", phone="1 (305) 555-0123"),
        hs(email="admissions@utx-demo.edu", city="AUSTIN", phone="   "),
        hs(email="intercambio@udelar-demo.edu.uy", city="montevideo", phone="+598 2 555 0101"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "City": title(r["city"]),
            "Phone": omit_if_blank(r["phone"], e164),
        }
    )


@case(
    "h191-08",
    H,
    L,
    """## Only Mexico, for the CDMX rep

In [1]:
src = pd.DataFrame(hubspot_contacts)
src = src.loc[src['country'] == 'Mexico']    # exact: 'México' with tilde, 'mexico', '' -> out

In [2]:
out = pd.DataFrame()
out['Email'] = src['email']
out['State'] = src['state'].str.upper()       # 'cdmx' -> 'CDMX', '' stays ''
out['Description'] = (src['firstname'] + ' ' + src['lastname']
                      + ' - registered ' + src['createdate'].str[:10])
# e.g. 'Fernanda Ruiz - registered 2024-04-10': names untouched, the date is the
# YYYY-MM-DD part of createdate. every Mexico contact has first and last name, viste""",
    extended(
        HS,
        hs(
            email="fernanda.ruiz@colegio-azteca.mx",
            firstname="Fernanda",
            lastname="Ruiz",
            country="Mexico",
            state="cdmx",
            createdate="2024-04-10T14:30:00.000Z",
        ),
        hs(
            email="hector.vega@prepa-norte.mx",
            firstname="Héctor",
            lastname="Vega",
            country="Mexico",
            state="",
            createdate="2024-04-11T12:00:00.000Z",
        ),
        hs(
            email="l.ortiz@escuela-jalisco.mx",
            firstname="Lorena",
            lastname="Ortiz",
            country="México",
            state="JAL",
            createdate="2024-04-12T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Mexico":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['firstname']} {r['lastname']} - registered {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h191-09",
    H,
    C,
    """## Printed certificates go by post -> Mailing address on the SF Contact
(the Mailing* fields, not the Other* ones)

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['Email']             = src['email']
out['LastName']          = src['lastname']
out['MailingStreet']     = src['address']
out['MailingCity']       = src['city']
out['MailingState']      = src['state']
out['MailingPostalCode'] = src['zip']
out['MailingCountry']    = src['country']

### Notes
- all 1:1 copies, no strip, no fillna. empty in HubSpot = the same empty value on the Contact""",
    extended(
        HS,
        hs(
            email="graciela.nunez@liceo-bauza.edu.uy",
            lastname="Núñez",
            address="Av. Millán 4120",
            city="Montevideo",
            state="",
            zip="11700",
            country="Uruguay",
        ),
        hs(
            email="t.gimenez@ies-sevilla.es",
            lastname="Giménez",
            address="",
            city="Sevilla",
            state="  ",
            zip="",
            country="Spain",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h191-10",
    H,
    C,
    """## Two checkboxes on Contact (legal asked, re important)

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['Email']    = src['email']
out['LastName'] = src['lastname']

In [2]:
# real booleans True/False, not the text
out['HasOptedOutOfEmail'] = np.where(src['hs_email_optout'] == 'false', False, True)
# only an explicit 'false' gives False. 'true' -> True, and empty / only spaces -> True as well
# (no consent on record, so we treat it as opted out)
no_tel = src['phone'].str.strip() == ''
no_cel = src['mobilephone'].str.strip() == ''
out['DoNotCall'] = no_tel & no_cel     # True only when BOTH are empty; one number is enough for False""",
    extended(
        HS,
        hs(
            email="beatriz.rivas@gmail.com",
            lastname="Rivas",
            hs_email_optout="  ",
            phone="",
            mobilephone="  ",
        ),
        hs(
            email="m.cabrera@colegio-elbio.edu.uy",
            lastname="Cabrera",
            hs_email_optout="false",
            phone=" ",
            mobilephone="+598 99 555 321",
        ),
        hs(
            email="ines.mora@gmail.com",
            lastname="Mora",
            hs_email_optout="true",
            phone="",
            mobilephone="",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h191-11",
    H,
    C,
    """## LastName is mandatory on the Contact and half the webinar people skip it
(the emails in this export are all lower case already)

In [1]:
src = pd.DataFrame(hubspot_contacts)
nan_si_vacio = lambda s: s.replace(r'^\\s*$', np.nan, regex=True)   # '' / spaces -> NaN

In [2]:
out = pd.DataFrame()
out['Email'] = src['email']
out['LastName'] = (nan_si_vacio(src['lastname'])
                   .fillna(nan_si_vacio(src['company']))
                   .fillna(src['email'].str.split('@').str[0]))
# in order: the last name; if empty the company; if that's empty too, what's before the @
# 'profe.gimenez@gmail.com' -> 'profe.gimenez'""",
    extended(
        lower_emails(HS),
        hs(email="secretaria@escuela-artigas.edu.uy", lastname="", company="Escuela Artigas"),
        hs(email="profe.gimenez@gmail.com", lastname="  ", company=""),
        hs(email="valeria.duarte@gmail.com", lastname="Duarte", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h191-12",
    H,
    C,
    """## ISO country codes on the Contact, the billing system only takes two letters

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['Email'] = src['email']

In [2]:
iso = {'Uruguay': 'UY', 'Argentina': 'AR', 'Chile': 'CL', 'Mexico': 'MX', 'Spain': 'ES',
       'United States': 'US', 'Japan': 'JP', 'France': 'FR'}
out['MailingCountry'] = src['country'].map(iso)
# every contact in this list is from one of these, I checked, so no fillna
out['MailingState'] = src['state'].str.upper()     # 'caba' -> 'CABA'
# ojo: state empty or only spaces -> don't send MailingState at all for that contact""",
    extended(
        HS,
        hs(email="coordinacion@normal-caba.edu.ar", country="Argentina", state="caba"),
        hs(email="orientacion@ies-madrid.es", country="Spain", state="  "),
        hs(email="aula@colegio-sagrada.edu.uy", country="Uruguay", state="montevideo"),
    ),
)
def o12(r: R) -> Out:
    iso = {
        "Uruguay": "UY",
        "Argentina": "AR",
        "Chile": "CL",
        "Mexico": "MX",
        "Spain": "ES",
        "United States": "US",
        "Japan": "JP",
        "France": "FR",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": iso[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h191-13",
    H,
    C,
    """## Schools that bought a licence become Contacts

In [1]:
src = pd.DataFrame(hubspot_contacts)
src = src.loc[src['lifecyclestage'] == 'customer']   # only customers, exact ('Customer' doesn't count)

In [2]:
out = pd.DataFrame()
out['Email'] = src['email'].str.lower()              # all of it lower case
cel = src['mobilephone'].replace(r'^\\s*$', np.nan, regex=True)
out['Phone'] = cel.fillna(src['phone'])
# the mobile; no mobile ('' or spaces) -> the office phone. as typed. all customers have one of the two
out['LeadSource'] = 'Partner'                         # fixed, same for all

listo, gracias!""",
    extended(
        HS,
        hs(
            email="Direccion@Escuela-Artigas.EDU.UY",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="2901 5555",
        ),
        hs(
            email="Admin@Colegio-Montserrat.edu.ar",
            lifecyclestage="customer",
            mobilephone="+54 9 11 5555 0134",
            phone="",
        ),
        hs(
            email="Compras@IES-Valencia.es",
            lifecyclestage="Customer",
            mobilephone="+34 600 555 010",
        ),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["mobilephone"], r["phone"]),
        "LeadSource": "Partner",
    }


@case(
    "h191-14",
    H,
    C,
    """In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['Email'] = src['email']

In [2]:
out['Title']    = src['jobtitle'].str.strip()     # only the ends; a title of just spaces -> ''
out['LastName'] = src['lastname'].str.title()     # 'SUÁREZ' -> 'Suárez', 'de la fuente' style names don't show up here
areas = {'Education': 'Academic', 'Software': 'EdTech Partners', 'Government': 'Public Sector'}
out['Department'] = src['industry'].map(areas).fillna('General')
# exact keys. anything not in the dict, and an empty industry, -> 'General'

### Notes
- HubSpot contacts -> Salesforce Contact, no filter""",
    extended(
        HS,
        hs(
            email="claudia.suarez@anep-demo.edu.uy",
            jobtitle=" Inspectora de Matemática  ",
            lastname="SUÁREZ",
            industry="Government",
        ),
        hs(email="pablo.mir@gmail.com", jobtitle="   ", lastname="mir", industry="Education"),
        hs(
            email="hola@edutech-demo.com",
            jobtitle="Founder",
            lastname="VARELA",
            industry="education",
        ),
    ),
)
def o14(r: R) -> Out:
    areas = {"Education": "Academic", "Software": "EdTech Partners", "Government": "Public Sector"}
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "LastName": title(r["lastname"]),
        "Department": areas.get(r["industry"], "General"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h191-15",
    H,
    M,
    """## Newsletter "La Sala de Profes" from all HubSpot contacts

In [1]:
src = pd.json_normalize(hubspot_contacts)   # most contacts don't even have hs_language -> NaN there
out = pd.DataFrame()
out['email_address']      = src['email']
out['merge_fields.FNAME'] = src['firstname']
out['merge_fields.LNAME'] = src['lastname']   # copies, '' stays ''  (dotted = nested under merge_fields)
out['status']   = 'subscribed'                # same for all
out['language'] = src['hs_language'].replace(r'^\\s*$', np.nan, regex=True).fillna('es')
# no language (property missing, '' or spaces) -> 'es'. a filled one goes as it is""",
    extended(
        HS,
        hs(email="camila.sosa@gmail.com", firstname="Camila", lastname="Sosa", hs_language="pt"),
        hs(email="profe.nico@gmail.com", firstname="", lastname="Bentancor", hs_language="  "),
        hs(email="j.walker@partner-demo.edu", firstname="James", lastname="", hs_language="en"),
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
    "h191-16",
    H,
    M,
    """## Webinar sign-ups -> Mailchimp. If they never answered we ask again (double opt-in)

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['email_address'] = src['email']
opt = src['hs_email_optout']
out['status'] = np.select([opt == 'true', opt == 'false'],
                          ['unsubscribed', 'subscribed'],
                          default='pending')
# '' / only spaces / NaN -> 'pending', so Mailchimp sends the confirmation mail
out['tags'] = [['Webinar Docentes'] for _ in range(len(src))]   # exactly one tag, on everybody

dale, gracias!""",
    extended(
        HS,
        hs(email="f.larrosa@liceo-demo.edu.uy", hs_email_optout="false"),
        hs(email="silvina.roca@hotmail.com", hs_email_optout="   "),
        hs(email="mario.bianchi@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "unsubscribed" if v == "true" else ("subscribed" if v == "false" else "pending")
    return {"email_address": r["email"], "status": status, "tags": ["Webinar Docentes"]}


@case(
    "h191-17",
    H,
    M,
    """## Tags for the schools newsletter

In [1]:
src = pd.DataFrame(hubspot_contacts)
emp = pd.to_numeric(src['numemployees'].replace(r'^\\s*$', np.nan, regex=True))

In [2]:
out = pd.DataFrame()
out['email_address'] = src['email']
out['tags'] = [
    (['Colegio Grande'] if grande else []) + (['Uruguay'] if uy else [])
    for grande, uy in zip(emp > 100, src['country'] == 'Uruguay')
]
# 'Colegio Grande' = more than 100 employees. empty numemployees -> NaN, NaN > 100 is False -> no tag
# 'Uruguay' = country exactly 'Uruguay' ('uruguay' doesn't count)
# order: 'Colegio Grande' first, then 'Uruguay'. neither -> [] and we still send tags""",
    extended(
        HS,
        hs(email="direccion@colegio-ingles.edu.uy", numemployees="180", country="Uruguay"),
        hs(email="escuela.rural.12@gmail.com", numemployees="  ", country="Uruguay"),
        hs(email="rrhh@red-colegios.edu.uy", numemployees="300", country="uruguay"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Colegio Grande")
    if r["country"] == "Uruguay":
        tags.append("Uruguay")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h191-18",
    H,
    M,
    """## SMS reminders for the Miami teachers' bootcamp (a few Latam people mixed in)

In [1]:
import re
def e164(tel):
    d = re.sub(r'\\D', '', tel)                            # digits only
    if tel.startswith('+'): return '+' + d                # has its own country code, keep it
    return '+' + d if (len(d) == 11 and d[0] == '1') else '+1' + d   # no '+' -> US number
src = pd.DataFrame(hubspot_contacts)

In [2]:
out = pd.DataFrame()
out['email_address'] = src['email']
out['merge_fields.FNAME'] = src['firstname'].str.split().str[0]   # first word: 'María José' -> 'María'
cel = src['mobilephone'].replace(r'^\\s*$', np.nan, regex=True)
out['merge_fields.PHONE'] = cel.fillna(src['phone']).map(e164)
# mobile first, the office phone when the mobile is ''/spaces. everybody has at least one of them""",
    extended(
        HS,
        hs(
            email="mariajose.rey@gmail.com",
            firstname="María José",
            mobilephone="  ",
            phone="1-786-555-0144",
        ),
        hs(
            email="juanpablo.diaz@gmail.com",
            firstname="Juan Pablo",
            mobilephone="+598 99 555 123",
            phone="",
        ),
        hs(email="t.baker@miami-demo.edu", firstname="Tom", mobilephone="(305) 555-0177", phone=""),
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
    "h191-19",
    H,
    M,
    """## Principals audience. No institution = not a school, so fuera

In [1]:
src = pd.DataFrame(hubspot_contacts)
src = src.loc[src['company'].str.strip() != '']       # company '' or only spaces -> skipped

In [2]:
out = pd.DataFrame()
out['email_address'] = src['email']
out['status'] = 'subscribed'
out['vip'] = src['jobtitle'] == 'Principal'
# exact 'Principal'. 'principal', other titles, empty title -> False""",
    extended(
        HS,
        hs(
            email="principal@colegio-britanico.edu.uy",
            company="Colegio Británico",
            jobtitle="Principal",
        ),
        hs(email="docente.libre@gmail.com", company="   ", jobtitle="Principal"),
        hs(email="direccion@escuela-88.edu.uy", company="Escuela 88", jobtitle="principal"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["jobtitle"] == "Principal",
    }


@case(
    "h191-20",
    H,
    M,
    """## Key accounts audience (emails in this export are lower case already)

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['email_address'] = src['email']
out['merge_fields.FNAME'] = src['firstname'].str.title()       # 'SOLEDAD' -> 'Soledad'
ape = src['lastname'].replace(r'^\\s*$', np.nan, regex=True)
out['merge_fields.LNAME'] = ape.fillna(src['email'].str.split('@').str[1])
# no last name ('' or spaces) -> the domain after the @: 'compras@red-salesianos.edu.uy' -> 'red-salesianos.edu.uy'
emp = pd.to_numeric(src['numemployees'].replace(r'^\\s*$', np.nan, regex=True))
out['vip'] = emp > 150      # more than 150 staff. empty -> NaN -> False""",
    extended(
        lower_emails(HS),
        hs(
            email="compras@red-salesianos.edu.uy",
            firstname="SOLEDAD",
            lastname="",
            numemployees="420",
        ),
        hs(email="hola@jardin-pimpollo.com.uy", firstname="diego", lastname="  ", numemployees=" "),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["numemployees"], 150),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h191-21",
    H,
    S,
    """## Segment identify for the course platform login

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['userId']           = src['email'].str.lower()     # the platform logs people in with lower-case emails
out['traits.title']     = src['jobtitle']              # copy, '' stays ''
out['traits.createdAt'] = src['createdate']            # copy, the timestamp as it comes
out['traits.name']      = src['firstname'] + ' ' + src['lastname']
# 'Lucía Fernández': one space in the middle, names untouched (everyone here has both)""",
    extended(
        HS,
        hs(
            email="Lucia.Fernandez@Colegio-SanJose.edu.uy",
            firstname="Lucía",
            lastname="Fernández",
            jobtitle="",
            createdate="2024-08-19T12:00:00.000Z",
        ),
        hs(
            email="GUSTAVO.PAZ@UNLP-DEMO.EDU.AR",
            firstname="Gustavo",
            lastname="Paz",
            jobtitle="Profesor Titular",
            createdate="2024-08-20T15:45:00.000Z",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "title": r["jobtitle"],
            "createdAt": r["createdate"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h191-22",
    H,
    S,
    """## Institution block under traits.company (nested, like the Segment spec says)

In [1]:
src = pd.DataFrame(hubspot_contacts)
nan_si_vacio = lambda s: s.replace(r'^\\s*$', np.nan, regex=True)

In [2]:
out = pd.DataFrame()
out['userId'] = src['email']
inst = src['company']
out['traits.company.name'] = np.where(inst.str.strip() == '', 'Docente independiente', inst)
out['traits.company.industry'] = nan_si_vacio(src['industry'])            # copy, but NaN when empty
out['traits.company.employee_count'] = pd.to_numeric(nan_si_vacio(src['numemployees'])).astype('Int64')
# integer. NaN / <NA> = that key is NOT sent (no null, no '')""",
    extended(
        HS,
        hs(
            email="info@colegio-seminario.edu.uy",
            company="Colegio Seminario",
            industry="Education",
            numemployees="95",
        ),
        hs(email="profe.libre@gmail.com", company="  ", industry="  ", numemployees=""),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Docente independiente"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h191-23",
    H,
    S,
    """## Where they are + a phone for WhatsApp reminders

In [1]:
import re
def e164(tel):
    d = re.sub(r'\\D', '', tel)
    if tel.startswith('+'): return '+' + d                 # keep the country code it already has
    return '+' + d if len(d) == 11 and d[0] == '1' else '+1' + d   # no '+' -> US (+1)
src = pd.DataFrame(hubspot_contacts)
blank2nan = lambda s: s.replace(r'^\\s*$', np.nan, regex=True)

In [2]:
out = pd.DataFrame()
out['userId'] = src['email']
out['traits.address.city']    = src['city']               # copy
out['traits.address.state']   = blank2nan(src['state'])   # only when filled
out['traits.address.country'] = src['country']            # copy
out['traits.phone'] = blank2nan(src['mobilephone']).fillna(blank2nan(src['phone'])).map(e164, na_action='ignore')
# mobile, else phone, in E.164. NaN (state empty, or no mobile AND no phone) -> that key is left out""",
    extended(
        HS,
        hs(
            email="r.hughes@boston-demo.edu",
            city="Boston",
            state="",
            country="United States",
            mobilephone="  ",
            phone="617.555.0126",
        ),
        hs(
            email="anon.docente@gmail.com",
            city="Canelones",
            state="Canelones",
            country="Uruguay",
            mobilephone="",
            phone=" ",
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
                    "state": omit_if_blank(r["state"]),
                    "country": r["country"],
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h191-24",
    H,
    S,
    """## The B2B sign-up form saves emails with spaces around, strip first

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['userId'] = src['email'].str.strip().str.lower()   # ' Ana.Mas@Colegio.es ' -> 'ana.mas@colegio.es'
out['traits.industry'] = src['industry']               # plain copy
out['traits.unsubscribed'] = src['hs_email_optout'] == 'true'
# boolean. 'true' -> True; 'false' -> False; empty / spaces -> False
rev = src['annualrevenue'].replace(r'^\\s*$', np.nan, regex=True)
out['traits.annual_revenue'] = pd.to_numeric(rev)
# a JSON number (decimals stay). empty revenue -> NaN -> leave annual_revenue out

abrazo, Vale""",
    extended(
        HS,
        hs(
            email=" Ana.Mas@Colegio-Sant-Pau.ES ",
            industry="",
            hs_email_optout="",
            annualrevenue="",
        ),
        hs(
            email="Finanzas@Red-Escuelas-Sur.org  ",
            industry="Education",
            hs_email_optout="false",
            annualrevenue="3200000.50",
        ),
        hs(
            email="kevin.lima@gmail.com",
            industry="Education",
            hs_email_optout=" ",
            annualrevenue="  ",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "unsubscribed": r["hs_email_optout"] == "true",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h191-25",
    H,
    G,
    """## GA4 Measurement Protocol: one webinar_signup event per contact (in events[0])

In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['client_id'] = src['email']
out['events[0].name'] = 'webinar_signup'
out['events[0].params.platform'] = 'zoom'                   # constant
out['events[0].params.school']   = src['company']           # copy, '' stays ''
ciudad = src['city'].str.lower()
out['events[0].params.city'] = np.where(src['city'].str.strip() == '', 'n/a', ciudad)
# city in lower case; '' or only spaces -> 'n/a'
out['events[0].params.signup_date'] = src['createdate'].str[:10]   # YYYY-MM-DD, just the date part""",
    extended(
        HS,
        hs(
            email="romina.aguirre@gmail.com",
            company="",
            city="   ",
            createdate="2025-03-04T12:00:00.000Z",
        ),
        hs(
            email="d.ramos@colegio-aleman.edu.uy",
            company="Colegio Alemán",
            city="Punta del Este",
            createdate="2025-03-05T13:30:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "webinar_signup",
                "params": {
                    "platform": "zoom",
                    "school": r["company"],
                    "city": "n/a" if blank(r["city"]) else r["city"].lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h191-26",
    H,
    G,
    """## Licence quotes for the revenue dashboard. Emails are lower case in this source

In [1]:
src = pd.DataFrame(hubspot_contacts)
rev = pd.to_numeric(src['annualrevenue'].replace(r'^\\s*$', np.nan, regex=True))
mask = rev > 1_000_000            # more than 1 000 000; empty revenue -> NaN -> False -> out
src, rev = src.loc[mask], rev.loc[mask]

In [2]:
out = pd.DataFrame()
out['client_id'] = src['email'].str.split('@').str[0]    # before the @: 'compras@ort-demo.edu.uy' -> 'compras'
out['events[0].name'] = 'licence_quote'
out['events[0].params.value']    = rev                    # as a number, decimals kept
out['events[0].params.currency'] = 'USD'                  # constant""",
    extended(
        lower_emails(HS),
        hs(email="compras@ort-demo.edu.uy", annualrevenue="18000000"),
        hs(email="sin.dato@colegio-x.edu.uy", annualrevenue=" "),
        hs(email="admin@instituto-crandon.edu.uy", annualrevenue="1250000.5"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "licence_quote",
                "params": {"value": num(r["annualrevenue"]), "currency": "USD"},
            }
        ],
    }


@case(
    "h191-27",
    H,
    G,
    """In [1]:
src = pd.DataFrame(hubspot_contacts)
out = pd.DataFrame()
out['client_id'] = src['email']
out['events[0].name'] = np.where(src['lifecyclestage'] == 'customer', 'licence_renewal', 'lead_nurture')
# 'customer' exactly -> licence_renewal; any other stage, or no stage -> lead_nurture
out['events[0].params.city'] = np.where(src['city'].str.strip() == '', 'Montevideo', src['city'])
# empty / spaces -> 'Montevideo' (most of them are from here anyway)
out['events[0].params.job_title'] = src['jobtitle']          # plain copy

### Notes
- HubSpot contacts -> GA4, one event per contact, in events[0]""",
    extended(
        HS,
        hs(email="mercedes.alba@gmail.com", lifecyclestage="customer", city="  ", jobtitle=""),
        hs(
            email="c.tabares@liceo-demo.edu.uy",
            lifecyclestage="",
            city="Maldonado",
            jobtitle="Adscripta",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "licence_renewal" if r["lifecyclestage"] == "customer" else "lead_nurture"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Montevideo"), "job_title": r["jobtitle"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h191-28",
    L,
    H,
    """## The other way round: Salesforce Leads -> HubSpot contacts

In [1]:
src = pd.DataFrame(sf_leads)
renombres = {'Email': 'email', 'FirstName': 'firstname', 'LastName': 'lastname',
             'Company': 'company', 'Title': 'jobtitle', 'Phone': 'phone',
             'Street': 'address', 'City': 'city', 'PostalCode': 'zip', 'Country': 'country'}
out = src[list(renombres)].rename(columns=renombres)

### Notes
- pure copies, just renamed. an empty field on the Lead goes as the same empty value,
  not skipped and not filled with anything""",
    extended(
        SFL,
        sfl(
            Email="sebastian.arias@colegio-crandon.edu.uy",
            FirstName="Sebastián",
            LastName="Arias",
            Company="Colegio Crandon",
            Title="",
            Phone="+598 2 555 0144",
            Street="Av. 8 de Octubre 2700",
            City="Montevideo",
            PostalCode="",
            Country="Uruguay",
        ),
        sfl(
            Email="p.iglesias@ies-bilbao.es",
            FirstName="",
            LastName="Iglesias",
            Company="",
            Title="Jefa de Estudios",
            Phone="",
            Street="",
            City="Bilbao",
            PostalCode="48001",
            Country="Spain",
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
        "country": r["Country"],
    }


@case(
    "h191-29",
    L,
    H,
    """## Lifecycle stage from the Lead Status

In [1]:
src = pd.DataFrame(sf_leads)
out = pd.DataFrame()
out['email'] = src['Email']
etapa = {'Open - Not Contacted':   'lead',
         'Working - Contacted':    'salesqualifiedlead',
         'Closed - Converted':     'customer',
         'Closed - Not Converted': 'other'}
out['lifecyclestage'] = src['Status'].map(etapa)   # the only 4 statuses we have, no fillna needed
out['hs_email_optout'] = np.where(src['HasOptedOutOfEmail'], 'true', 'false')
# the TEXT 'true' / 'false' (HubSpot keeps it as a string). checkbox ticked -> 'true'""",
    extended(
        SFL,
        sfl(
            Email="v.correa@liceo-demo.edu.uy",
            Status="Closed - Converted",
            HasOptedOutOfEmail=True,
        ),
        sfl(
            Email="t.mendoza@upn-demo.mx",
            Status="Open - Not Contacted",
            HasOptedOutOfEmail=False,
        ),
    ),
)
def o29(r: R) -> Out:
    stage = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "salesqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": stage[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h191-30",
    L,
    H,
    """## Lead status in HubSpot from the Rating. Lower-case the email or HubSpot makes duplicates, viste

In [1]:
src = pd.DataFrame(sf_leads)
out = pd.DataFrame()
out['email'] = src['Email'].str.lower()
out['hs_lead_status'] = src['Rating'].map({'Hot': 'OPEN', 'Warm': 'IN_PROGRESS', 'Cold': 'BAD_TIMING'})
# every lead has one of the three, no fillna
rev = src['AnnualRevenue'].replace(r'^\\s*$', np.nan, regex=True)
out['annualrevenue'] = pd.to_numeric(rev)
# as a number (decimals kept). AnnualRevenue empty -> NaN -> don't set annualrevenue at all""",
    extended(
        SFL,
        sfl(Email="Compras@Colegio-Latino.EDU.UY", Rating="Warm", AnnualRevenue=""),
        sfl(
            Email="R.Lopez@Red-Colegios-Norte.MX",
            Rating="Cold",
            AnnualRevenue="2750000.25",
        ),
    ),
)
def o30(r: R) -> Out:
    status = {"Hot": "OPEN", "Warm": "IN_PROGRESS", "Cold": "BAD_TIMING"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h191-31",
    L,
    H,
    """## UK partner colleges only (the Cambridge English exam centres)

In [1]:
import re
src = pd.DataFrame(sf_leads)
src = src.loc[src['Country'] == 'United Kingdom']     # exact. 'UK', 'England', '' -> out

def e164_uk(tel):
    d = re.sub(r'\\D', '', tel)
    if tel.startswith('+'): return '+' + d             # already has a code, keep it
    return '+44' + (d[1:] if d.startswith('0') else d)   # UK: drop the trunk 0, +44 in front

In [2]:
out = pd.DataFrame()
out['email'] = src['Email']
out['phone'] = src['Phone'].map(e164_uk)      # all the UK leads have a phone
out['zip']   = src['PostalCode'].str.upper()  # 'cb2 1tn' -> 'CB2 1TN'
out['jobtitle'] = np.where(src['Title'].str.strip() == '', 'Head of Department', src['Title'])
# empty / spaces -> 'Head of Department', otherwise as it is""",
    extended(
        SFL,
        sfl(
            Email="j.whitfield@cam-college-demo.ac.uk",
            Country="United Kingdom",
            Phone="01223 496 0732",
            PostalCode="cb2 1tn",
            Title="",
        ),
        sfl(
            Email="a.patel@leeds-lang-demo.ac.uk",
            Country="United Kingdom",
            Phone="+44 113 496 0021",
            PostalCode="ls1 4dl",
            Title="  ",
        ),
        sfl(
            Email="m.byrne@dublin-demo.ie",
            Country="Ireland",
            Phone="+353 1 555 0142",
            PostalCode="d02 x285",
            Title="Director",
        ),
        sfl(
            Email="s.evans@cardiff-demo.ac.uk",
            Country="UK",
            Phone="029 2018 0123",
            PostalCode="cf10 3at",
            Title="",
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
        "jobtitle": dflt(r["Title"], "Head of Department"),
    }


@case(
    "h191-32",
    L,
    H,
    """## Leads -> HubSpot, without the ones already closed as not converted

In [1]:
src = pd.DataFrame(sf_leads)
src = src.loc[src['Status'] != 'Closed - Not Converted']

In [2]:
out = pd.DataFrame()
out['email'] = src['Email']
sin_calle = src['Street'].str.strip() == ''
out['address'] = np.where(sin_calle, src['City'], src['Street'] + ', ' + src['City'])
# 'Av. Italia 3250, Montevideo'. no street ('' or spaces) -> only the City, no comma
# (City is always filled on the leads that pass)
out['company'] = np.where(src['Company'].str.strip() == '', 'Particular', src['Company'])   # empty -> 'Particular'""",
    extended(
        SFL,
        sfl(
            Email="gabriela.pena@gmail.com",
            Status="Working - Contacted",
            Street="  ",
            City="Salto",
            Company="",
        ),
        sfl(
            Email="info@colegio-italiano.edu.uy",
            Status="Open - Not Contacted",
            Street="Av. Italia 3250",
            City="Montevideo",
            Company="  ",
        ),
        sfl(
            Email="no.gracias@escuela-demo.edu.ar",
            Status="Closed - Not Converted",
            Street="",
            City="Rosario",
            Company="Escuela Demo",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Particular"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h191-33",
    C,
    M,
    """## SF Contacts (partner schools) -> Mailchimp partners audience

In [1]:
src = pd.DataFrame(sf_contacts)
out = pd.DataFrame()
out['email_address'] = src['Email'].str.lower()
out['status'] = np.where(src['HasOptedOutOfEmail'], 'unsubscribed', 'subscribed')
out['tags'] = [['Socios'] + (['Coordinación'] if d == 'Coordination' else [])
               for d in src['Department']]
# 'Socios' on everybody; 'Coordinación' after it only when Department is exactly 'Coordination'""",
    extended(
        SFC,
        sfc(
            Email="Patricia.Vidal@Colegio-Elbio.EDU.UY",
            Department="Coordination",
            HasOptedOutOfEmail=False,
        ),
        sfc(
            Email="J.Morales@Liceo-Demo.EDU.UY", Department="coordination", HasOptedOutOfEmail=True
        ),
        sfc(Email="Elena.Sanz@IES-Toledo.ES", Department="Coordination", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Socios"] + (["Coordinación"] if r["Department"] == "Coordination" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h191-34",
    C,
    M,
    """## SMS audience from Contacts. No phone, no row

In [1]:
import re
def e164(tel):
    d = re.sub(r'\\D', '', tel)                          # digits only, '+' in front
    if tel.startswith('+'): return '+' + d              # Latam/Spain numbers are saved with +598, +54...
    return '+' + d if len(d) == 11 and d[0] == '1' else '+1' + d   # no '+' -> US
src = pd.DataFrame(sf_contacts)
src = src.loc[src['Phone'].str.strip() != '']           # '' or spaces -> skip the contact

In [2]:
out = pd.DataFrame()
out['email_address'] = src['Email']
out['merge_fields.PHONE'] = src['Phone'].map(e164)
out['language'] = src['MailingCountry'].map({
    'Uruguay': 'es', 'Argentina': 'es', 'Spain': 'es', 'Brazil': 'pt',
    'United States': 'en', 'Germany': 'de', 'Austria': 'de'})
# those are all the countries we have on Contacts, so no fillna""",
    extended(
        SFC,
        sfc(Email="a.rocha@escola-demo.com.br", Phone="+55 11 5555 0123", MailingCountry="Brazil"),
        sfc(Email="m.lee@nyc-demo.edu", Phone="1 (212) 555-0119", MailingCountry="United States"),
        sfc(Email="r.campos@colegio-demo.edu.ar", Phone="   ", MailingCountry="Argentina"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Uruguay": "es",
        "Argentina": "es",
        "Spain": "es",
        "Brazil": "pt",
        "United States": "en",
        "Germany": "de",
        "Austria": "de",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h191-35",
    C,
    M,
    """## University newsletter from SF Contacts

In [1]:
src = pd.DataFrame(sf_contacts)
out = pd.DataFrame()
out['email_address'] = src['Email']
out['merge_fields.FNAME'] = np.where(src['FirstName'].str.strip() == '', 'Profe', src['FirstName'])
# no first name ('' or spaces) -> 'Profe'
out['merge_fields.LNAME'] = src['LastName']        # copy, empty is fine
out['vip'] = src['Title'] == 'Dean'
# exact 'Dean'. empty Title, 'dean', anything else -> False
out['status'] = 'subscribed'                       # same for everyone

dale, thanks!""",
    extended(
        SFC,
        sfc(Email="decanato@fhce-demo.edu.uy", FirstName="", LastName="Techera", Title="Dean"),
        sfc(Email="n.olmos@gmail.com", FirstName="  ", LastName="", Title="  "),
        sfc(Email="f.rey@ucm-demo.es", FirstName="Fernando", LastName="Rey", Title="dean"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Profe"), "LNAME": r["LastName"]},
        "vip": r["Title"] == "Dean",
        "status": "subscribed",
    }


@case(
    "h191-36",
    C,
    M,
    """## Web sign-ups only, fresh start in the new Mailchimp audience

In [1]:
src = pd.DataFrame(sf_contacts)
src = src.loc[src['LeadSource'] == 'Web']    # only 'Web'; other sources and empty LeadSource -> out

In [2]:
out = pd.DataFrame()
out['email_address']      = src['Email']
out['merge_fields.FNAME'] = src['FirstName']
out['merge_fields.LNAME'] = src['LastName']    # copies, '' goes as ''
out['status']   = 'subscribed'
out['language'] = 'es'
out['tags']     = [[] for _ in range(len(src))]   # empty list [], wipes whatever tags they had""",
    extended(
        SFC,
        sfc(Email="agustina.vera@gmail.com", FirstName="Agustina", LastName="", LeadSource="Web"),
        sfc(
            Email="feria@colegio-demo.edu.uy",
            FirstName="Bruno",
            LastName="Sena",
            LeadSource="Trade Show",
        ),
        sfc(Email="sin.origen@liceo-demo.edu.uy", FirstName="", LastName="Pou", LeadSource="  "),
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
    "h191-37",
    C,
    S,
    """## Identify for the teacher portal (they log in to download the course material)

In [1]:
src = pd.DataFrame(sf_contacts)
out = pd.DataFrame()
out['userId']           = src['Email'].str.lower()
out['traits.firstName'] = src['FirstName']
out['traits.lastName']  = src['LastName']
out['traits.phone']     = src['Phone']          # three plain copies, '' stays ''
out['traits.title']     = src['Title'].replace(r'^\\s*$', np.nan, regex=True)
# title only when filled: '' or spaces -> NaN -> no title key in traits""",
    extended(
        SFC,
        sfc(
            Email="Carolina.Dutra@Liceo-Demo.EDU.UY",
            FirstName="Carolina",
            LastName="",
            Title="  ",
            Phone="",
        ),
        sfc(
            Email="M.ALONSO@UNIV-DEMO.ES",
            FirstName="Miguel",
            LastName="Alonso",
            Title="Coordinador TIC",
            Phone="+34 91 555 0177",
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
                "phone": r["Phone"],
                "title": omit_if_blank(r["Title"]),
            },
        }
    )


@case(
    "h191-38",
    C,
    S,
    """In [1]:
src = pd.DataFrame(sf_contacts)
out = pd.DataFrame()
out['userId'] = src['Email']
ciudad = src['MailingCity']
out['traits.address.city'] = np.where(ciudad.str.strip() == '', 'Montevideo', ciudad)
# no city ('' or spaces) -> 'Montevideo', most of them are here
out['traits.address.country'] = src['MailingCountry'].str.strip()
# only the spaces at the ends; a country of only spaces ends up ''

### Notes
- both go nested under traits.address""",
    extended(
        SFC,
        sfc(Email="s.paz@gmail.com", MailingCity="", MailingCountry=" Uruguay "),
        sfc(Email="l.benitez@liceo-demo.edu.uy", MailingCity="   ", MailingCountry="   "),
        sfc(Email="m.soler@ies-demo.es", MailingCity="Valencia", MailingCountry="Spain"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Montevideo"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h191-39",
    C,
    S,
    """## Segment traits from Contacts: phone, full name, and where they came from

In [1]:
import re
def e164(tel):
    d = re.sub(r'\\D', '', tel)
    if tel.startswith('+'): return '+' + d               # keep its own country code
    if len(d) == 11 and d.startswith('1'): return '+' + d    # US with the 1 already
    return '+1' + d                                      # no '+' -> US
src = pd.DataFrame(sf_contacts)

In [2]:
out = pd.DataFrame()
out['userId'] = src['Email']
out['traits.phone'] = src['Phone'].map(e164)                        # all of them have a phone
out['traits.name']  = src['FirstName'] + ' ' + src['LastName']      # 'Mariana Costa'
canal = {'Web': 'website', 'Trade Show': 'education_fair', 'Seminar - Partner': 'partner_webinar'}
out['traits.channel'] = src['LeadSource'].map(canal).fillna('other')   # other sources and empty -> 'other'""",
    extended(
        SFC,
        sfc(
            Email="m.costa@colegio-demo.edu.uy",
            FirstName="Mariana",
            LastName="Costa",
            LeadSource="Seminar - Partner",
            Phone="+598 2 555 0123",
        ),
        sfc(
            Email="d.king@partner-demo.edu",
            FirstName="David",
            LastName="King",
            LeadSource="Advertisement",
            Phone="1-617-555-0107",
        ),
    ),
)
def o39(r: R) -> Out:
    canal = {
        "Web": "website",
        "Trade Show": "education_fair",
        "Seminar - Partner": "partner_webinar",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "channel": canal.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h191-40",
    M,
    H,
    """## Mailchimp members back into HubSpot

In [1]:
src = pd.json_normalize(mailchimp_members)      # merge_fields.FNAME etc. become columns
out = pd.DataFrame()
out['email'] = src['email_address']
out['firstname'] = src['merge_fields.FNAME'].str.title()     # 'maría paz' -> 'María Paz'
out['phone'] = src['merge_fields.PHONE'].replace(r'^\\s*$', np.nan, regex=True)
# as typed; empty or only spaces -> NaN -> leave phone out of that contact
empresa = src['merge_fields.COMPANY']
out['company'] = np.where(empresa.str.strip() == '', 'Particular', empresa)   # no company -> 'Particular'
out['hs_email_optout'] = np.where(src['status'] == 'unsubscribed', 'true', 'false')
# the strings 'true'/'false'. only unsubscribed is 'true'; subscribed, pending, cleaned -> 'false'""",
    extended(
        MC,
        mc(
            {"FNAME": "maría paz", "LNAME": "Ríos", "PHONE": "  ", "COMPANY": ""},
            email_address="mariapaz.rios@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "ROCÍO",
                "LNAME": "Blanco",
                "PHONE": "+598 99 555 404",
                "COMPANY": "Liceo Francés",
            },
            email_address="rocio.blanco@liceo-frances-demo.edu.uy",
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
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Particular"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h191-41",
    M,
    H,
    """## Course buyers audience -> HubSpot, without the bounced ones

In [1]:
import re
def e164(tel):
    d = re.sub(r'\\D', '', tel)
    if tel.startswith('+'): return '+' + d                            # keeps its code
    return '+' + d if len(d) == 11 and d[0] == '1' else '+1' + d     # no '+' -> US
src = pd.json_normalize(mailchimp_members)
src = src.loc[src['status'] != 'cleaned']        # cleaned = bounced -> out

In [2]:
out = pd.DataFrame()
out['email'] = src['email_address']
tel = src['merge_fields.PHONE'].replace(r'^\\s*$', np.nan, regex=True)
out['phone'] = tel.map(e164, na_action='ignore')    # no PHONE ('' / spaces) -> NaN -> phone not set
out['company'] = src['merge_fields.COMPANY']         # plain copy, '' stays ''
out['hs_lead_status'] = np.where(src['vip'], 'OPEN_DEAL', 'NEW')   # vip True -> OPEN_DEAL, else NEW""",
    extended(
        MC,
        mc(
            {"PHONE": "(786) 555-0182", "COMPANY": "Miami Bilingual Demo"},
            email_address="orders@miami-bilingual-demo.edu",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "", "COMPANY": ""},
            email_address="lucas.prieto@gmail.com",
            status="unsubscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "+54 11 5555 0190", "COMPANY": "Colegio Demo"},
            email_address="rebotado@colegio-demo.edu.ar",
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
            "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW",
        }
    )


@case(
    "h191-42",
    M,
    H,
    """## Last one! Emails in Mailchimp are all lower case

In [1]:
src = pd.json_normalize(mailchimp_members)
out = pd.DataFrame()
out['email'] = src['email_address']
out['firstname'] = src['merge_fields.FNAME'].str.split().str[0]      # first word: 'Ana Inés' -> 'Ana'
emp = src['merge_fields.COMPANY'].replace(r'^\\s*$', np.nan, regex=True)
out['company'] = emp.fillna(src['email_address'].str.split('@').str[1])
# no company -> the domain after the @: 'ana@escuela-demo.edu.uy' -> 'escuela-demo.edu.uy'
out['lifecyclestage'] = ['customer' if 'Customer' in t else 'subscriber' for t in src['tags']]
# tag 'Customer' exactly (case matters) -> 'customer', everybody else 'subscriber'

gracias gracias, abrazo, Vale""",
    extended(
        MC,
        mc(
            {"FNAME": "Ana Inés", "COMPANY": "  "},
            email_address="ana@escuela-demo.edu.uy",
            tags=["Webinar", "Customer"],
        ),
        mc(
            {"FNAME": "Matías", "COMPANY": "Colegio Demo"},
            email_address="matias@colegio-demo.edu.uy",
            tags=["customer"],
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
    build(CASES, Path(__file__).parent / "set191")
