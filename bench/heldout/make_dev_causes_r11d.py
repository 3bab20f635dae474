"""Dev cases for round r11d (tuned on, unlike the held-out sets): one register, a growth
marketer at a consumer start-up writing long chatty Slack messages to an engineer: lower case,
several rules per sentence, asides in parentheses, hedges ('I think', 'basically', 'just',
'like'), contractions, typos, 'pls', 'lol', emoji, everyday words for fields (surname, mobile,
signup date, company website), API names only when unsure ('hs_lead_status I think?') and
self-corrections ('actually no, ...'). Written before looking at how the drafter reads them;
expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r11d.py  -> bench/heldout/dev_causes/dr11d-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# --- copies, constants, defaults ---------------------------------------------------------------

@case("dr11d-01-hey-copies-surname", H, L, "hey! so for the hubspot -> salesforce lead sync can we just copy over the email (to Email obvs), first name and surname as they are? and company too pls 🙏", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"]}


@case("dr11d-02-constant-lol", H, C, "ok so basically email goes to Email, and lead source should just be Web for everyone lol (they all came from the site anyway)", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LeadSource": "Web"}


@case("dr11d-03-default-if-blank-aside", L, H, "email -> email ofc. job title from their title, but if it's blank just put 'Unknown' (sales hates empty fields 🙃)", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown")}


@case("dr11d-04-self-correction-field", H, L, "email into Email pls. and the company website into Website, actually no, put the website in Description instead (Website is used for something else)", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": r["website"]}


@case("dr11d-05-fallback-mobile-phone", H, C, "Email = email. for the phone on the contact I think we want their mobile, and if they don't have a mobile then the normal phone number is fine", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Phone": r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]}


@case("dr11d-06-leave-out-when-empty", H, L, "email to Email, and industry to Industry but like if there's no industry just don't send it at all (don't want blanks overwriting stuff)", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "Industry": OMIT if blank(r["industry"]) else r["industry"]})


# --- transforms ---------------------------------------------------------------------------------

@case("dr11d-07-e164-mobile-typo", H, L, "Email from email, and the mobile number should go into MobilePhone in E.164 format (they're basically all US numbers, so assume US) - if someone has no mobile leave MobilePhone out. thx!!", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "MobilePhone": e164(r["mobilephone"]) if not blank(r["mobilephone"]) else OMIT})


@case("dr11d-08-signup-date-segment", H, S, "for segment: userId is the email, and can you put the signup date in traits.createdAt but just the date part (YYYY-MM-DD, we don't care about the time)", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"createdAt": r["createdate"][:10]}}


@case("dr11d-09-revenue-number", H, L, "Email = email. annual revenue into AnnualRevenue as an actual number pls (not a string lol), and leave it off if it's empty", HS)
def _(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"])})


@case("dr11d-10-title-case-names", H, M, "email_address is the email. the first names are a mess (some all lowercase ugh) so pls title case the first name into FNAME and surname into LNAME", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}}


@case("dr11d-11-first-word-title", H, C, "Email to Email, and I think for Title we only want the first word of the job title (like 'VP' from 'VP Marketing'). if there's no job title use Staff", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": r["jobtitle"].split()[0] if not blank(r["jobtitle"]) else "Staff"}


@case("dr11d-12-domain-after-at", H, S, "userId = email, and traits.website should be the bit after the @ in their email (the domain basically)", [r for r in HS if r["email"] == r["email"].lower()])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"website": r["email"].split("@", 1)[1]}}


@case("dr11d-13-upper-lower", L, H, "email -> email. city should be upper case (don't ask lol) and company name lowercase, so city from City in caps and company from Company in lower case", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "city": r["City"].upper(), "company": r["Company"].lower()}


# --- value tables, conditions, flags -------------------------------------------------------------

@case("dr11d-14-table-with-otherwise", H, C, "email to Email. lead source depends on where they came from: paid search is Advertisement, referrals are External Referral, and everything else (incl blanks) is just Other I guess", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LeadSource": {"PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")}


@case("dr11d-15-table-no-otherwise-status", L, H, "email from Email. and the lead status (hs_lead_status I think?) comes from Status: open not contacted -> NEW, working contacted -> IN_PROGRESS, closed converted -> OPEN_DEAL, closed not converted -> UNQUALIFIED", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "hs_lead_status": {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]}


@case("dr11d-16-condition-hot", H, L, "Email is email. Rating: if annual revenue is over 5 million they're Hot, otherwise Warm (blank revenue = Warm too) 🔥", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Rating": "Hot" if v is not None and v > 5_000_000 else "Warm"}


@case("dr11d-17-flag-true-false", C, S, "userId should be their Email. also a trait called opted_out thats true if they opted out of emails and false if not (for suppression stuff)", SFC)
def _(r: R) -> Out: return {"userId": r["Email"], "traits": {"opted_out": bool(r["HasOptedOutOfEmail"])}}


@case("dr11d-18-status-unsub", C, M, "email_address = Email. status is subscribed unless they've opted out of email, then it's unsubscribed obviously 😅", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


# --- filters -------------------------------------------------------------------------------------

@case("dr11d-19-filter-customers", H, M, "so we only want customers in mailchimp for now (lifecycle stage = customer), nobody else. email_address from email and status subscribed", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed"} if r["lifecyclestage"] == "customer" else None


@case("dr11d-20-filter-dont-sync", L, H, "pls don't sync anyone who opted out of email (legal 😬). for the rest: email from Email, phone from Phone, lifecycle stage lead", SFL)
def _(r: R) -> Out: return None if r["HasOptedOutOfEmail"] else {"email": r["Email"], "phone": r["Phone"], "lifecyclestage": "lead"}


# --- nested: segment traits, merge fields, GA4 params ---------------------------------------------

@case("dr11d-21-segment-address", H, S, "userId = email. then the address stuff under traits.address: city, state and zip (zip goes in postalCode), and country too", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"city": r["city"], "state": r["state"], "postalCode": r["zip"], "country": r["country"]}}}


@case("dr11d-22-merge-phone-e164", C, M, "email_address is Email, and can we get the phone into the PHONE merge field? E.164 pls, assume US unless it already has a +", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("dr11d-23-ga4-event-params", H, G, "for GA4 - client_id is the email (I know I know, it's temporary), event name sign_up, and params: source = the original source lowercased, and plan = 'free' for everyone", HS)
def _(r: R) -> Out: return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {"source": r["hs_analytics_source"].lower(), "plan": "free"}}]}


@case("dr11d-24-segment-company", H, S, "userId = email. and traits.company.name is the company (or 'Freelance' if they didn't give one), traits.company.industry from industry", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"name": dflt(r["company"], "Freelance"), "industry": r["industry"]}}}


# --- tags, templates -----------------------------------------------------------------------------

@case("dr11d-25-tags-conditional", H, M, "email_address = email. tag everybody 'hubspot', and anyone in the lead stage gets 'nurture' as well (that's for the drip campaign ✨)", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "tags": ["hubspot", *(["nurture"] if r["lifecyclestage"] == "lead" else [])]}


@case("dr11d-26-template-description", L, H, "email from Email. and the message field should say something like \"Lead from {Company} via {LeadSource}\" - just drop the values in", [r for r in SFL if not blank(r["LeadSource"])])
def _(r: R) -> Out: return {"email": r["Email"], "message": f"Lead from {r['Company']} via {r['LeadSource']}"}


@case("dr11d-27-vip-flag-mc", H, M, "email_address = email, FNAME = first name. vip should be true for customers and false for everyone else (I think vip is a real field? yeah it is)", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "vip": r["lifecyclestage"] == "customer"}


@case("dr11d-28-mc-to-hs-names", M, H, "going the other way now lol: mailchimp -> hubspot. email from email_address, first name from FNAME, surname from LNAME, and lifecycle stage subscriber for all of them", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "lastname": r["merge_fields"]["LNAME"], "lifecyclestage": "subscriber"}


@case("dr11d-29-mobile-number-contact", L, C, "Email -> Email, and the lead's phone should go to MobilePhone on the contact (it's basically always a cell). department is 'Sales' for all of them", SFL)
def _(r: R) -> Out: return {"Email": r["Email"], "MobilePhone": r["Phone"], "Department": "Sales"}


@case("dr11d-30-employees-whole", H, L, "Email = email, company = company (or 'n/a' if empty), and headcount -> NumberOfEmployees as a whole number, skip it when there's no headcount", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "Company": dflt(r["company"], "n/a"), "NumberOfEmployees": int(num(r["numemployees"])) if not blank(r["numemployees"]) else OMIT})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
