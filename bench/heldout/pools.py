"""Input records shared by the held-out authoring scripts (plain data, one pool per object)."""

from __future__ import annotations

from typing import Any

HS: list[dict[str, Any]] = [
    {"email": "Priya.Raman@Northwind.io", "firstname": "Priya", "lastname": "Raman", "company": "Northwind Analytics",
     "phone": "(415) 555-0142", "mobilephone": "415.555.0199", "jobtitle": "VP Marketing", "hs_analytics_source": "ORGANIC_SEARCH",
     "lifecyclestage": "marketingqualifiedlead", "country": "United States", "city": "San Francisco", "state": "CA", "zip": "94107",
     "address": "500 Howard St", "annualrevenue": "12000000", "numemployees": "250", "industry": "Software",
     "website": "https://northwind.io", "createdate": "2023-03-14T15:02:11.000Z", "hs_email_optout": "false"},
    {"email": "kenji.tanaka@sakura-robotics.jp", "firstname": "Kenji", "lastname": "Tanaka", "company": "Sakura Robotics",
     "phone": "+81 3 5555 0100", "mobilephone": "", "jobtitle": "", "hs_analytics_source": "PAID_SEARCH",
     "lifecyclestage": "lead", "country": "Japan", "city": "Tokyo", "state": "", "zip": "100-0005",
     "address": "1-1 Marunouchi", "annualrevenue": "", "numemployees": "40", "industry": "",
     "website": "", "createdate": "2023-07-02T11:45:00.000Z", "hs_email_optout": ""},
    {"email": "maria.garcia@fiestafoods.mx", "firstname": "maria", "lastname": "GARCIA", "company": "",
     "phone": "", "mobilephone": "(212) 555-0187", "jobtitle": "Owner", "hs_analytics_source": "",
     "lifecyclestage": "customer", "country": "Mexico", "city": "monterrey", "state": "NL", "zip": "64000",
     "address": "Av Constitucion 100", "annualrevenue": "2500000.75", "numemployees": "", "industry": "Food",
     "website": "", "createdate": "2022-11-20T12:00:00.000Z", "hs_email_optout": "true"},
    {"email": "dmitri.volkov@polarlogistics.com", "firstname": "Dmitri", "lastname": "Volkov", "company": "Polar Logistics",
     "phone": "617-555-0123", "mobilephone": "", "jobtitle": "Head of Ops", "hs_analytics_source": "PAID_SOCIAL",
     "lifecyclestage": "salesqualifiedlead", "country": "United States", "city": "Boston", "state": "MA", "zip": "02210",
     "address": "1 Seaport Ln", "annualrevenue": "800000", "numemployees": "12", "industry": "Logistics",
     "website": "polarlogistics.com", "createdate": "2023-12-05T10:05:00.000Z", "hs_email_optout": "false"},
    {"email": "chloe.dubois@lumiere.fr", "firstname": "Chloé", "lastname": "Dubois", "company": "Lumière Studio",
     "phone": "+33 1 55 55 01 42", "mobilephone": "+33 6 55 55 01 99", "jobtitle": "Brand Manager", "hs_analytics_source": "REFERRALS",
     "lifecyclestage": "subscriber", "country": "France", "city": "Paris", "state": "", "zip": "75002",
     "address": "12 Rue de la Paix", "annualrevenue": "4000000", "numemployees": "18", "industry": "Design",
     "website": "https://lumiere.fr", "createdate": "2024-01-09T09:30:00.000Z", "hs_email_optout": "true"},
]

SFL: list[dict[str, Any]] = [
    {"Email": "grace.okafor@sunrisesolar.com", "FirstName": "Grace", "LastName": "Okafor", "Company": "Sunrise Solar",
     "Title": "Procurement Manager", "Phone": "(312) 555-0110", "Street": "200 Lake St", "City": "Chicago", "PostalCode": "60601",
     "Country": "United States", "Status": "Open - Not Contacted", "Rating": "Hot", "LeadSource": "Web",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "5000000"},
    {"Email": "hiroshi.sato@kumo.jp", "FirstName": "Hiroshi", "LastName": "Sato", "Company": "Kumo KK",
     "Title": "", "Phone": "+81 3 5555 0111", "Street": "2-2 Shibuya", "City": "Tokyo", "PostalCode": "150-0002",
     "Country": "Japan", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "",
     "HasOptedOutOfEmail": True, "AnnualRevenue": ""},
    {"Email": "amara.diallo@baobab.sn", "FirstName": "Amara", "LastName": "Diallo", "Company": "Baobab Energy",
     "Title": "CEO", "Phone": "", "Street": "", "City": "Dakar", "PostalCode": "", "Country": "",
     "Status": "Closed - Not Converted", "Rating": "Cold", "LeadSource": "Trade Show",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "300000"},
    {"Email": "eoin.murphy@harbourline.co.uk", "FirstName": "Eoin", "LastName": "Murphy", "Company": "Harbourline",
     "Title": "Marketing Lead", "Phone": "020 7946 0321", "Street": "221B Baker St", "City": "London", "PostalCode": "NW1 6XE",
     "Country": "United Kingdom", "Status": "Closed - Converted", "Rating": "Hot", "LeadSource": "Partner Referral",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "12500000"},
]

SFC: list[dict[str, Any]] = [
    {"Email": "Felix.Wagner@Rheinsoft.de", "FirstName": "Felix", "LastName": "Wagner", "Title": "CTO", "Department": "Engineering",
     "Phone": "(503) 555-0148", "MailingCity": "Cologne", "MailingCountry": "Germany", "LeadSource": "Web",
     "HasOptedOutOfEmail": False, "Birthdate": "1984-05-02"},
    {"Email": "ethan.brooks@cedarpoint.com", "FirstName": "Ethan", "LastName": "Brooks", "Title": "Marketing Director",
     "Department": "", "Phone": "503.555.0177", "MailingCity": "Portland", "MailingCountry": "United States", "LeadSource": "",
     "HasOptedOutOfEmail": True, "Birthdate": ""},
    {"Email": "lena.huber@alpenwerk.at", "FirstName": "Lena", "LastName": "Huber", "Title": "", "Department": "Sales",
     "Phone": "+43 1 555 0190", "MailingCity": "Vienna", "MailingCountry": "Austria", "LeadSource": "Trade Show",
     "HasOptedOutOfEmail": False, "Birthdate": "1990-11-23"},
]

MC: list[dict[str, Any]] = [
    {"email_address": "sofia.rossi@trattoria-uno.com", "status": "subscribed",
     "merge_fields": {"FNAME": "Sofia", "LNAME": "Rossi", "PHONE": "(646) 555-0134", "COMPANY": "Trattoria Uno"},
     "tags": ["Webinar"], "language": "it", "vip": False},
    {"email_address": "liam.walsh@corkbrew.ie", "status": "unsubscribed",
     "merge_fields": {"FNAME": "liam", "LNAME": "WALSH", "PHONE": "+353 21 555 0198", "COMPANY": "Cork Brewing Co"},
     "tags": [], "language": "en", "vip": False},
    {"email_address": "aiko.yamamoto@hanabi.jp", "status": "cleaned",
     "merge_fields": {"FNAME": "Aiko", "LNAME": "", "PHONE": "", "COMPANY": ""},
     "tags": ["Customer"], "language": "ja", "vip": True},
    {"email_address": "joao.silva@maresul.com.br", "status": "subscribed",
     "merge_fields": {"FNAME": "João", "LNAME": "Silva", "PHONE": "", "COMPANY": "Mare Sul"},
     "tags": [], "language": "pt", "vip": True},
]
