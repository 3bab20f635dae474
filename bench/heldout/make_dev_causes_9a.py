"""Dev cases for round 9a (set 18's causes), each a new wording of a general cause, not the
training sentence. Expected records come from the cases README's semantics (oracle.py).
Causes: numbers written with thousands separators ('1,000,000') read as one number, not a
list; paired slash lists ('a / b -> A / B', 'X and Y from a / b'); contractions typed without
the apostrophe ('isnt', 'doesnt'); joined text written as parts ('a + a dash + b', 'a, a space,
b'); a quoted template naming its fields in angle brackets ('<city>'); a list of assignments\nwhose last item is conditional ('a from b, c from d, e = 'x' when ...'); a dotted name\nwritten in full ('traits.emailable') taken as written, not as a near catalog field (traits.email); 'tags = 'x' then F'\nin a list of arrow items; 'w/' for 'with'.
Run: python bench/heldout/make_dev_causes_9a.py  -> bench/heldout/dev_causes/d9a-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, H, L, M, Out, R, S, build, collector, rev
from oracle import blank, title
from pools import HS, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# --- thousands separators ------------------------------------------------------------------

@case("d9a-01-thousands-bands", H, L, "Email to Email. Rating from annualrevenue: above 1,500,000 is 'Hot', 1,500,000 or below is 'Cold', and 'Warm' when there is no revenue.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Rating": "Warm" if v is None else "Hot" if v > 1_500_000 else "Cold"}


@case("d9a-02-thousands-filter", L, H, "Only leads whose AnnualRevenue is over 1,000,000. email = Email, company = Company.", SFL)
def _(r: R) -> Out:
    if blank(r["AnnualRevenue"]) or float(r["AnnualRevenue"]) <= 1_000_000:
        return None
    return {"email": r["Email"], "company": r["Company"]}


# --- paired slash lists --------------------------------------------------------------------

@case("d9a-03-slash-pairs-arrow", H, L, "email -> Email; company / jobtitle -> Company / Title", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"], "Title": r["jobtitle"]}


@case("d9a-04-slash-source-list", C, M, "email_address from Email. FNAME and LNAME come from FirstName / LastName.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


# --- contractions without the apostrophe ----------------------------------------------------

@case("d9a-05-isnt-filter", C, S, "only contacts where LeadSource isnt blank. userId = Email, traits.source = LeadSource", SFC)
def _(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"userId": r["Email"], "traits": {"source": r["LeadSource"]}}


@case("d9a-06-doesnt-skip", H, L, "skip anyone who doesnt have a company. Email -> Email, company -> Company", HS)
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "Company": r["company"]}


# --- joined text written as its parts ----------------------------------------------------------

@case("d9a-07-plus-dash", H, S, "userId -> email, traits.place -> city + a dash + country", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"place": f"{r['city']}-{r['country']}"}}


@case("d9a-08-comma-parts", C, S, "userId = Email. traits.full_name = LastName, a comma, FirstName.", SFC)
def _(r: R) -> Out: return {"userId": r["Email"], "traits": {"full_name": f"{r['LastName']},{r['FirstName']}"}}


@case("d9a-09-plus-quoted", L, H, "email = Email, message = Company + ' / ' + City", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "message": f"{r['Company']} / {r['City']}"}


# --- quoted templates with <field> markers ---------------------------------------------------

@case("d9a-10-marked-template", H, L, "Email -> Email. Description is 'From <city>, <country>' (like 'From Tokyo, Japan').", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": f"From {r['city']}, {r['country']}"}


@case("d9a-11-marked-template-seg", C, S, "userId = Email; traits.headline should read '<Title> in <Department>'", SFC)
def _(r: R) -> Out: return {"userId": r["Email"], "traits": {"headline": f"{r['Title']} in {r['Department']}"}}


@case("d9a-12-slash-title-case", H, M, "email -> email_address. FNAME / LNAME -> firstname / lastname in title case. status is subscribed.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}, "status": "subscribed"}


# --- a list of assignments whose last item is conditional ---------------------------------------

@case("d9a-13-list-then-condition", L, H, "email from Email, city from City, lifecyclestage = 'customer' when Status equals Converted and 'lead' otherwise", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "city": r["City"], "lifecyclestage": "customer" if r["Status"] == "Converted" else "lead"}


@case("d9a-14-list-then-flag", H, M, "email_address from email, language = 'de' if country is Germany, otherwise 'en'", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "language": "de" if r["country"] == "Germany" else "en"}


# --- a dotted name written in full is that field, not a near catalog one ---------------------------

@case("d9a-15-dotted-near-name", H, S, "userId = email. traits.emailable is true when hs_email_optout is not 'true', otherwise false.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"emailable": r["hs_email_optout"] != "true"}}


@case("d9a-16-dotted-near-name-copy", C, S, "userId from Email; traits.phone_number from Phone; traits.titles = Title", SFC)
def _(r: R) -> Out: return {"userId": r["Email"], "traits": {"phone_number": r["Phone"], "titles": r["Title"]}}


# --- an ordered value ('x' then a field) in a list of arrow items ---------------------------------

@case("d9a-17-list-then-tags", L, M, "Email -> email_address, last name -> LNAME, tags = 'lead' then the Status", SFL)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]}, "tags": ["lead"] + ([r["Status"]] if not blank(r["Status"]) else [])}


@case("d9a-18-w-slash-filter", H, L, "skip contacts w/o a company. Email -> Email, company -> Company", HS)
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "Company": r["company"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
    print(len(CASES), "cases")
