"""Dev cases for round r13a (tuned on, unlike the held-out sets): the causes behind set 29's
misses (a marketer from Lyon writing French-flavoured English), each worded anew in other
registers (terse notes, a ticket, a chat): calques ('void', 'the society', 'the portable',
'the phone fix', 'indicative', 'inform X with Y', 'depends of'), title case described rather
than named, a record's field in a condition ('the status of the member is'), table rows written
value first ('V for the F K') or with a plural verb and a '(or no X)' aside, 'for any other X we
put V', 'if not, ...' as the other side, 'V in the other case', an event's name and params
said with 'of the event', params listed 'name with V', the E.164 region said of numbers
without a country code, 'only' filters said with a platform ('send to Mailchimp only ...',
'Only the leads whose ... must be synchronised'), 'exclude the leads with the Status V', a
destination named first ('put in the Department of the contact S', 'in traits.x the ...',
'- in Description, the ...'), omissions ('except in case X is empty: then no X at all', 'only
when it is not empty', 'do not inform the corresponding field'), a fallback chain with 'in case
both are empty', 'into a number', 'the client_id fixed V', '(0 in case X is empty)', a note on
the fields' types, and a table head after another table. Expected records come from the cases
README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r13a.py  -> bench/heldout/dev_causes/dr13a-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt
from oracle import OMIT, blank, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# --- calques: void, society, portable, phone fix, indicative, inform, depends of ------------------

@case("dr13a-01-society-void-default", H, L, "Leads from hubspot. Email <- mail. Society name -> Company, and if the society is void use \"N/A\". LastName <- surname.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": dflt(r["company"], "N/A"), "LastName": r["lastname"]}


@case("dr13a-02-portable-fix-indicative", H, C, "MobilePhone = the portable in E.164 (no indicative means a US number). If the portable is void, do not put MobilePhone at all. Phone = the phone fix, untouched. Email = mail.", HS)
def _(r: R) -> Out:
    return keep({"MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]), "Phone": r["phone"], "Email": r["email"]})


@case("dr13a-03-inform-with-and-informed", C, S, "userId: inform it with the Email. traits.title: the Title, only when it is informed.", SFC)
def _(r: R) -> Out: return keep({"userId": r["Email"], "traits": {"title": OMIT if blank(r["Title"]) else r["Title"]}})


# --- title case described -------------------------------------------------------------------------

@case("dr13a-04-title-case-described", M, H, "email <- email_address. firstname <- FNAME and lastname <- LNAME, both written with a capital letter at the start of every word and the rest in lower case.", MC)
def _(r: R) -> Out:
    return {"email": r["email_address"], "firstname": title(r["merge_fields"]["FNAME"]), "lastname": title(r["merge_fields"]["LNAME"])}


@case("dr13a-05-first-letter-each-word-capital", H, M, "email_address is the email. The merge field LNAME gets the last name with the first letter of every word in capitals and the rest in small letters.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"LNAME": title(r["lastname"])}}


# --- a record's field in a condition --------------------------------------------------------------

@case("dr13a-06-field-of-the-member-in-condition", M, H, "email = email_address. hs_email_optout gets the text \"true\" if the status of the member is \"cleaned\" and the text \"false\" for every other status.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "hs_email_optout": "true" if r["status"] == "cleaned" else "false"}


# --- tables: plural verb, '(or no X)', 'for any other X we put V', value first ---------------------

@case("dr13a-07-table-plural-give-no-value-aside", C, M, "email_address <- Email. The language depends of the MailingCountry: \"France\" or \"Belgium\" give \"fr\", every other country (or no country at all) gives \"en\".", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "language": "fr" if r["MailingCountry"] in ("France", "Belgium") else "en"}


@case("dr13a-08-for-any-other-we-put", H, L, "Email from the mail. LeadSource from the original source: \"PAID_SEARCH\" gives \"Advertisement\", \"REFERRALS\" gives \"External Referral\", and for any other source, even when it is empty, we put \"Other\".", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": {"PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")}


@case("dr13a-09-value-first-rows", C, S, "userId = Email. traits.channel : \"paid\" for the Lead Source \"Advertisement\", \"events\" for \"Trade Show\", and \"misc\" for anything else.", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"channel": {"Advertisement": "paid", "Trade Show": "events"}.get(r["LeadSource"], "misc")}}


@case("dr13a-10-value-for-stage-and-other-stages", H, G, "client_id <- email. The name of the event depends on the lifecycle stage: \"qualify_lead\" for the stage \"salesqualifiedlead\" and \"page_view\" for all the other stages.", HS)
def _(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "qualify_lead" if r["lifecyclestage"] == "salesqualifiedlead" else "page_view"}]}


# --- 'if not' and 'in the other case' -------------------------------------------------------------

@case("dr13a-11-if-not-with-value", H, C, "Email is the mail. If the industry is \"Software\", inform Department with \"Tech\"; if not, with \"Other\".", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Department": "Tech" if r["industry"] == "Software" else "Other"}


@case("dr13a-12-in-the-other-case", L, H, "email <- Email. lifecyclestage is \"customer\" when the Status is \"Closed - Converted\", and \"lead\" in the other case (also when Status is empty).", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead"}


# --- event params ----------------------------------------------------------------------------------

@case("dr13a-13-params-of-the-event", H, G, "client_id is the email. One event called \"crm_export\". In the params of the event, set stage = the lifecycle stage and source = the original source.", HS)
def _(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "crm_export", "params": {"stage": r["lifecyclestage"], "source": r["hs_analytics_source"]}}]}


@case("dr13a-14-params-name-with-value", H, G, "client_id = email. Send one event named \"lead_import\" with two params : origin with the value constant \"crm\", and city with the city of the contact.", HS)
def _(r: R) -> Out: return {"client_id": r["email"], "events": [{"name": "lead_import", "params": {"origin": "crm", "city": r["city"]}}]}


@case("dr13a-15-client-id-fixed-and-bracket-default", H, G, "Push everyone to GA4 with the client_id fixed \"hs-sync\" and one event \"revenue_sync\". Its params are : value = the annual revenue as a number (0 in case the revenue is blank), and currency = \"USD\".", HS)
def _(r: R) -> Out:
    return {"client_id": "hs-sync", "events": [{"name": "revenue_sync", "params": {"value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": "USD"}}]}


# --- E.164 region said of numbers without a country code -------------------------------------------

@case("dr13a-16-numbers-without-country-code-are", H, M, "email_address = email. merge field PHONE = phone, in E.164; numbers without a country code are American (+1).", HS)
def _(r: R) -> Out: return keep({"email_address": r["email"], "merge_fields": {"PHONE": r["phone"] and e164(r["phone"])}})


@case("dr13a-17-no-country-code-consider", L, H, "email is Email. phone is the Phone in E.164; when a number has no country code, assume it is a British number (+44).", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "phone": r["Phone"] and e164(r["Phone"], "44")}


# --- 'only' filters said with a platform, 'exclude the leads with the F V' -------------------------

@case("dr13a-18-send-to-platform-only", C, M, "We push to Mailchimp only the contacts whose MailingCountry is \"Germany\". The others are not concerned. email_address = Email.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"]} if r["MailingCountry"] == "Germany" else None


@case("dr13a-19-only-must-be-synchronised-exclude-with", L, H, "Only the leads whose LeadSource is \"Web\" should be synced into HubSpot. Also exclude the leads with the Status \"Closed - Not Converted\". email = Email.", SFL)
def _(r: R) -> Out: return {"email": r["Email"]} if r["LeadSource"] == "Web" and r["Status"] != "Closed - Not Converted" else None


# --- a destination named first ---------------------------------------------------------------------

@case("dr13a-20-put-in-field-of-the-contact", H, C, "Put in the Department of the contact the first word of the industry. Email: the mail.", HS)
def _(r: R) -> Out: return {"Department": first_word(r["industry"]) if r["industry"] else r["industry"], "Email": r["email"]}


@case("dr13a-21-in-dotted-path-then-source", H, S, "userId <- email; in traits.label the company, one space, then the country.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"label": f"{r['company']} {r['country']}"}}


@case("dr13a-22-bullets-in-field-comma", H, L, "Needed on the lead:\n- in Industry, the industry as it is;\n- in Title, the job title, and if it is empty, use \"Unknown\";\n- and the mail in Email.", HS)
def _(r: R) -> Out: return {"Industry": r["industry"], "Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]}


# --- omissions --------------------------------------------------------------------------------------

@case("dr13a-23-except-in-case-empty-then-no", H, S, "userId = email. The zip goes in traits.address.postalCode, except when the zip is empty : then no postal code at all.", HS)
def _(r: R) -> Out: return keep({"userId": r["email"], "traits": {"address": {"postalCode": OMIT if blank(r["zip"]) else r["zip"]}}})


@case("dr13a-24-only-when-not-empty-aside", H, S, "userId = email. traits.industry = the industry, only when it is not empty (when empty, no trait).", HS)
def _(r: R) -> Out: return keep({"userId": r["email"], "traits": {"industry": OMIT if blank(r["industry"]) else r["industry"]}})


@case("dr13a-25-types-note-corresponding-field", H, L, "Note: the Annual Revenue is a numeric field in Salesforce, but in HubSpot it is text. Convert the annual revenue into a number for AnnualRevenue. If the value is empty, leave the corresponding field out. Email = mail.", HS)
def _(r: R) -> Out: return keep({"AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "Email": r["email"]})


# --- a fallback chain ending 'in case both are empty' -----------------------------------------------

@case("dr13a-26-chain-in-case-both-empty", C, S, "userId = Email. traits.role = the Title, or the Department when the Title is empty, or \"n/a\" when both are empty.", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"role": r["Title"] if not blank(r["Title"]) else (r["Department"] if not blank(r["Department"]) else "n/a")}}


# --- a table head after another table ---------------------------------------------------------------

@case("dr13a-27-second-table-after-flag", C, S, "userId = Email.\n- traits.reachable : true when HasOptedOutOfEmail is false, false when it is true (the opposite).\n- traits.source : \"a\" for the Lead Source \"Web\", \"b\" for \"Partner\", and \"z\" for everything else.", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"reachable": not r["HasOptedOutOfEmail"], "source": {"Web": "a", "Partner": "b"}.get(r["LeadSource"], "z")}}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
