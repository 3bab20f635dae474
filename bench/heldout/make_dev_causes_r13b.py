"""Dev cases for round r13b (tuned on, unlike the held-out sets): the causes behind set 31's
misses (a contractor's Notion checklists: '- [ ] ...' items with arrows and short imperative
lines), each worded anew: a task-list box ('* [x]', '[ ]') before an item, a scope written
'for <field> <values> only' (an item of its own, or inside an item's value), one letter case
after a list of fields, 'D -> 'text'' as a constant, 'X, the part before the @', 'X, unless
it's blank, then Y', a constant 'if both are blank' after a fallback, 'leaving either one out
when blank', 'set D to X, or 'V' when ...', 'put A and B under P as x and y', a note on when a
fallback applies, a joined text with a labelled date part, 'for those that have one only,
otherwise don't set it', 'neither ... -> don't send X', a tag table after the tag for everyone,
and one scope said twice (a heading's word and a quoted value). Expected records come from the
cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r13b.py  -> bench/heldout/dev_causes/dr13b-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, extended, lower_emails
from oracle import OMIT, before_at, blank, day, e164, keep, num, title
from pools import HS, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# --- a task-list box before an item ---------------------------------------------------------------

@case("dr13b-01-github-task-boxes", H, L, "Lead import\n* [x] email => Email\n* [ ] jobtitle => Title, upper case\n* [ ] Description => company + ' / ' + industry", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": r["jobtitle"].upper(), "Description": f"{r['company']} / {r['industry']}"}


@case("dr13b-02-bare-boxes-skip-item", H, M, "[ ] skip anyone with no Company\n[x] email → email_address\n[ ] FNAME ← firstname", HS)
def _(r: R) -> Out: return None if blank(r["company"]) else {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}}


# --- a scope written 'for <field> <values> only' ----------------------------------------------------

@case("dr13b-03-for-field-values-only-item", H, S, "* for Original Source 'PAID_SEARCH' or 'PAID_SOCIAL' only, ignore the rest\n* userId ← email\n* traits.source ← hs_analytics_source", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"source": r["hs_analytics_source"]}} if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else None


@case("dr13b-04-for-field-value-only-inside-item", C, M, "- [ ] email_address ← Email\n- [ ] vip: true for Department 'Sales' only, false for everybody else", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "vip": r["Department"] == "Sales"}


@case("dr13b-05-for-field-equals-only-then-rules", L, H, "Lead export, Japan.\n- for Country = 'Japan' only (blank country = skip)\n- Email → email\n- City → city", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "city": r["City"]} if r["Country"] == "Japan" else None


# --- one letter case after a list of fields ---------------------------------------------------------

@case("dr13b-06-field-list-one-case", H, L, "- [ ] Email -> Email\n- [ ] LastName, FirstName → upper case\n- [ ] Company -> Company", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"].upper(), "FirstName": r["firstname"].upper(), "Company": r["company"]}


@case("dr13b-07-three-fields-title-case", C, S, "- userId ← Email\n- traits.firstName ← FirstName, traits.lastName ← LastName, traits.title ← Title\n- traits.firstName, traits.lastName, traits.title => title case", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"firstName": title(r["FirstName"]), "lastName": title(r["LastName"]), "title": title(r["Title"])}}


# --- 'D -> 'text'' is a constant ---------------------------------------------------------------------

@case("dr13b-08-arrow-to-quoted-constant", H, M, "- [ ] email → email_address\n- [ ] status → 'pending'\n- [ ] language → 'fr' (fixed)", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "pending", "language": "fr"}


@case("dr13b-09-arrow-constant-ga4", H, G, "* client_id -> 'crm-batch' (constant)\n* user_id -> email\n* event name -> 'sign_up'", HS)
def _(r: R) -> Out: return {"client_id": "crm-batch", "user_id": r["email"], "events": [{"name": "sign_up"}]}


# --- the parts of an email, a fallback with 'unless', a constant when both are blank --------------------

@case("dr13b-10-field-comma-part-before-at", H, S, "- [ ] userId ← email\n- [ ] traits.handle ← email, only the part before the @", lower_emails(HS))
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"handle": before_at(r["email"])}}


@case("dr13b-11-unless-blank-then", H, L, "- [ ] Email ← email\n- [ ] Title ← jobtitle, unless it's missing, then use the industry", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": r["jobtitle"] if not blank(r["jobtitle"]) else r["industry"]}


@case("dr13b-12-constant-when-both-blank", H, C, "- [ ] Email ← email\n- [ ] Department ← industry, falling back to Job Title, or 'Unassigned' when both are empty", HS)
def _(r: R) -> Out:
    d = r["industry"] if not blank(r["industry"]) else r["jobtitle"] if not blank(r["jobtitle"]) else "Unassigned"
    return {"Email": r["email"], "Department": d}


# --- 'leaving either one out', 'set D to X, or V when' ------------------------------------------------

@case("dr13b-13-either-one-left-out", H, L, "Copy email into Email, Number of Employees into NumberOfEmployees as a whole number and Annual Revenue into AnnualRevenue as a number, leaving either one off when it's empty.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "NumberOfEmployees": OMIT if blank(r["numemployees"]) else num(r["numemployees"]),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("dr13b-14-set-to-or-when-missing", C, M, "Use Email as email_address, and set merge_fields.TEAM to the Department, or 'n/a' when a contact has no department.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"TEAM": r["Department"] if not blank(r["Department"]) else "n/a"}}


# --- 'put A and B under P as x and y' -------------------------------------------------------------------

@case("dr13b-15-put-two-under-object", H, S, "userId is the email. Nest city and zip under traits.address as city and postalCode.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"city": r["city"], "postalCode": r["zip"]}}}


# --- a note on when a fallback applies --------------------------------------------------------------------

@case("dr13b-16-note-on-default-no-filter", H, L, "- Email <- email\n- Company <- company; 'Individual' if blank\nNB: the default is only for contacts without a company", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"] if not blank(r["company"]) else "Individual"}


# --- a joined text with a labelled, dated part; a copy only for those that have one ------------------------

@case("dr13b-17-joined-label-date-part", H, L, "- [ ] Email = email\n- [ ] Description = \"Joined \" + Create Date as YYYY-MM-DD + \" via \" + hs_analytics_source", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": f"Joined {day(r['createdate'])} via {r['hs_analytics_source']}"}


@case("dr13b-18-only-those-that-have-one", H, L, "- [ ] Email = email\n- [ ] MobilePhone → mobilephone for leads that have one, otherwise leave it out", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"]})


# --- 'neither ... -> don't send X' after a fallback ----------------------------------------------------------

@case("dr13b-19-neither-do-not-send", H, S, "- [ ] userId ← email\n- [ ] traits.phone: Mobile Phone Number, falling back to Phone Number\n- [ ] NB: neither one → don't send traits.phone at all",
      extended(HS, {"email": "no.phone@example.org", "phone": "", "mobilephone": ""}))
def _(r: R) -> Out:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"userId": r["email"], "traits": {"phone": OMIT if blank(p) else p}})


# --- a tag table after the tag for everyone ------------------------------------------------------------------

@case("dr13b-20-tag-all-then-table", L, M, "Email becomes email_address. Tag every lead 'sf-lead', and then add another tag by Rating: Hot adds 'hot', Warm adds 'warm', and an empty Rating gets no extra tag.", SFL)
def _(r: R) -> Out:
    extra = {"Hot": ["hot"], "Warm": ["warm"]}.get(r["Rating"], [])
    return {"email_address": r["Email"], "tags": ["sf-lead", *extra]}


# --- one scope said twice; E.164 'with X as the country' --------------------------------------------------------

@case("dr13b-21-scope-twice-and-e164-country", L, H, "US leads only.\n- [ ] for Country 'United States' only\n- [ ] Email → email\n- [ ] Phone → phone, E.164 with US as the country", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "phone": e164(r["Phone"])} if r["Country"] == "United States" else None


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
