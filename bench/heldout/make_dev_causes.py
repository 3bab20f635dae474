"""Dev cases (tuned on, unlike the held-out sets): new sentences, written for this purpose, for
each general cause behind set 6's misses, so a fix is checked on wording other than the
one that showed the cause. Expected records come from the cases README's semantics.
Causes: run-on clauses joined by 'and' / 'then'; numbers written as words; questions
('Can we ...?', 'Could X be ...?'); 'mirror'; 'capitalised properly'; ticked/unticked
conditions; '(skip it if empty)' parentheticals; 'always' / 'fixed to' constants; a tag item
in a comma list; rules after a GA4 event in the same clause; filters worded as a request.
Round 4 (d-66..d-86, set 9's causes): filters worded as restrictions or exceptions ('limit the
sync to', 'i.e.', 'hold back', 'at the X stage', 'except X emails'), omissions and fallbacks in
other words ('hasn't got one', 'don't populate', 'omitted if not available', 'if available,
otherwise'), 'ticked only for', 'N employees or more', several rules in one clause.
Round 6 (d-111..d-124, set 11's causes): 'put A in D and B in E', 'no identify calls for',
a platform name before the record noun, a qualifier before 'only', 'everyone else is',
'subscribe everybody with', counted tags, a parenthesised stage on a tag sentence, 'marked\n... every other is unmarked', omissions worded 'omitted when' / '(omit the field if empty)',
'correct capitalisation', 'the fixed value' / 'holds', 'identify on X as D, with', 'only customers',
a value table under a header naming only its destination without 'as follows' (d-125).
Round 7 (d-126..d-152, set 12's and set 13's causes): exceptions ('save for', 'excepting',
'every X goes over, except those ...'), 'discard / screen out', 'X are irrelevant, so drop them',
'records should only be made for', 'the import is limited to', 'Allowlist: only ... get
subscribed', 'only X with a Y', GA4 'one X event per contact whose C, with a p param of ...',
'otherwise' words ('everywhere else', 'every other X gives', 'for non-X'), a bare status word,
'subscribe them (a = b)', 'add X in as subscribed and everyone else as pending', tags by
department and by audience, 'where we have it / where we don't', 'isn't filled in', 'where X
is empty', 'ought to', 'within traits.X, a holds ... and b holds ...', 'all small letters',
'written in upper case', '(the part after the @)', 'use X as D and put Y into E', 'append B to
A (a space between) and store the result in D', a lead-in sentence before value-table rows,
pairwise lists, tab-separated tables with '(default V)', 'hard-code X to V', hedging.
Round 7b (d7b-01..d7b-32, set 14's causes, the registers around a request): chat timestamps and
speaker names, ticket ids / tracker fields / section labels / out-of-scope sections, greetings
and sign-offs, a Gherkin scenario, sub-bullets under a field, under a dotted path and under a
heading, criteria items each a sentence, 'no X either? then Y' chains, omission tails ('not sent
when blank', 'where the CRM has nothing'), skip filters ('keep X out', 'X we don't want', 'don't
get an identify', 'are not added'), non-native wording ('which country', 'don't have X', 'in D we
write v', 'D take from S', 'D we want v'), 'switched on / off' booleans, '+' lists, 'straight
from <platform>', 'should always say', '0 if empty', 'for all the rest it is v (also when empty)';
value tables whose rows are separated by semicolons, a question or statement naming the
destination and its basis before the values, 'all remaining X are given v', 'the event needs one
param, p, holding X', 'a x event for every contact that is C', 'D: checked if C, unchecked if it
says false or nothing', 'For the rest, A and B are written from a and b'; parts listed with their
separator ('city, comma, space, state'), 'the traits are A and B from the matching fields', 'X from
Y when they have one (no X trait otherwise)', a format in parentheses after a template's last part, 'A and B joined; just A when there is no B' after
a sentence naming only the objects; a chat question answered in the next turn ('what if they only
have X?' / 'then use X. if neither, leave D off'), the format carried to the fallback field; a value
table naming only its destination whose keys are country names.
Round 7c (d-7c-01..33, set 16's causes, plain sentences): fallback orders ('prefer A ... only
when A is blank'), respective lists, 'skip the rest' after a 'for <group>', 'stays in
HubSpot', value tables with an elided verb, numeric bands, omissions pointing back, title case
described, booleans 'means false', two tables in one sentence, a prose header, the account
lookup, 'or B when A is blank', a date pattern, places listed with 'and', a quoted pattern with
an example.
Run: python bench/heldout/make_dev_causes.py  -> bench/heldout/dev_causes/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# --- run-on clauses ----------------------------------------------------------------------

@case("d-01-run-on-title-default", H, L, "the job title goes to Title and the email goes to Email and if there is no job title then put 'Unknown' in there", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]}


@case("d-02-run-on-mobile-fallback", H, L, "use the mobile phone for MobilePhone and if it's empty use the phone instead and then send the email as well", HS)
def _(r: R) -> Out: return {"MobilePhone": r["phone"] if blank(r["mobilephone"]) else r["mobilephone"], "Email": r["email"]}


@case("d-03-run-on-member", H, M, "every member should be tagged 'crm' and the status set to pending and the email address taken from the email", HS)
def _(r: R) -> Out: return {"tags": ["crm"], "status": "pending", "email_address": r["email"]}


@case("d-04-run-on-then", L, H, "copy Email into email, then Company into company, then City into city", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "company": r["Company"], "city": r["City"]}


# --- numbers as words --------------------------------------------------------------------

@case("d-05-words-five-million", H, L, "Rating is 'Warm' when the annual revenue is above five million, otherwise 'Cold'; no revenue counts as 'Cold'. Map the email.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Rating": "Warm" if v is not None and v > 5_000_000 else "Cold", "Email": r["email"]}


@case("d-06-words-fewer-than-fifteen", H, L, "Skip contacts with fewer than fifteen employees, and skip those with no employee count too. Email and LastName for the others.", HS)
def _(r: R) -> Out:
    if blank(r["numemployees"]) or int(r["numemployees"]) < 15:
        return None
    return {"Email": r["email"], "LastName": r["lastname"]}


@case("d-07-words-half-a-million-vip", H, M, "vip is true when annual revenue is over half a million and false otherwise (blank revenue is false). email address from email, status subscribed.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 500_000, "email_address": r["email"], "status": "subscribed"}


# --- questions ---------------------------------------------------------------------------

@case("d-08-question-could-be-upper", H, L, "Could Title be the job title in capitals? And the email as well?", HS)
def _(r: R) -> Out: return {"Title": r["jobtitle"].upper(), "Email": r["email"]}


@case("d-09-question-can-we-skip", L, H, "Can we skip the Cold leads? Email to email, Company to company.", SFL)
def _(r: R) -> Out: return None if r["Rating"] == "Cold" else {"email": r["Email"], "company": r["Company"]}


@case("d-10-question-pairwise-upper", H, C, "Can FirstName and LastName be upper-cased from the first and last name? Email too.", HS)
def _(r: R) -> Out: return {"FirstName": r["firstname"].upper(), "LastName": r["lastname"].upper(), "Email": r["email"]}


@case("d-11-question-concat", H, S, "Could traits.name be the last name, a comma and a space, then the first name? userId should be the email.", HS)
def _(r: R) -> Out: return {"traits": {"name": r["lastname"] + ", " + r["firstname"]}, "userId": r["email"]}


@case("d-12-question-only-bring", M, H, "Can we only bring across the subscribed members? email from email_address.", MC)
def _(r: R) -> Out: return {"email": r["email_address"]} if r["status"] == "subscribed" else None


# --- mirror, capitalised properly, ticked/unticked ---------------------------------------

@case("d-13-mirror-two", H, S, "traits.email should mirror the email and traits.title should mirror the job title. userId = email.", HS)
def _(r: R) -> Out: return {"traits": {"email": r["email"], "title": r["jobtitle"]}, "userId": r["email"]}


@case("d-14-capitalised-properly", M, H, "lastname comes from LNAME, capitalised properly; email from email_address.", MC)
def _(r: R) -> Out: return {"lastname": title(r["merge_fields"]["LNAME"]), "email": r["email_address"]}


@case("d-15-ticked-unticked", L, H, "hs_email_optout: the text 'true' when HasOptedOutOfEmail is ticked, 'false' otherwise. email from Email.", SFL)
def _(r: R) -> Out: return {"hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "email": r["Email"]}


@case("d-16-should-be-checked-when", H, C, "DoNotCall should be checked when the lifecycle stage is customer and left unchecked otherwise. Email and LastName too.", HS)
def _(r: R) -> Out: return {"DoNotCall": r["lifecyclestage"] == "customer", "Email": r["email"], "LastName": r["lastname"]}


# --- parentheticals, constants, tags, events ---------------------------------------------

@case("d-17-paren-omit", H, L, "Industry <- industry (leave it out if it's blank), Email <- email", HS)
def _(r: R) -> Out: return keep({"Industry": OMIT if blank(r["industry"]) else r["industry"], "Email": r["email"]})


@case("d-18-fixed-to-in-list", H, L, "Status fixed to 'Working - Contacted', Email from email, LeadSource always 'Web'", HS)
def _(r: R) -> Out: return {"Status": "Working - Contacted", "Email": r["email"], "LeadSource": "Web"}


@case("d-19-tag-in-list", H, M, "email address from email, status pending, tag 'from-crm'", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "pending", "tags": ["from-crm"]}


@case("d-20-event-then-client-id", H, G, "Send a page_view event for every contact, client_id fixed to 'site'.", HS)
def _(r: R) -> Out: return {"client_id": "site", "events": [{"name": "page_view"}]}


@case("d-21-bare-word-constant", H, G, "client_id always 'export'; one event named sign_up; user_id from the email.", HS)
def _(r: R) -> Out: return {"client_id": "export", "events": [{"name": "sign_up"}], "user_id": r["email"]}


@case("d-22-paren-api-condition", H, M, "Leave out people who unsubscribed (hs_email_optout 'true'). email address from email; status subscribed.", HS)
def _(r: R) -> Out: return None if r["hs_email_optout"] == "true" else {"email_address": r["email"], "status": "subscribed"}


@case("d-23-sfc-run-on-default", C, M, "we want the email address to come from Email and the LNAME merge field to come from LastName and the status to be subscribed", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]}, "status": "subscribed"}




@case("d-27-question-is-it-possible", H, L, "Is it possible to skip contacts that have no city? Would it be possible to copy the email into Email and the city into City?", HS)
def _(r: R) -> Out: return None if blank(r["city"]) else {"Email": r["email"], "City": r["city"]}

# --- causes behind the dev sets' own known misses -----------------------------------------

@case("d-24-list-own-targets", H, M, "push the email address, the company into COMPANY and the phone into PHONE; status pending", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"COMPANY": r["company"], "PHONE": r["phone"]}, "status": "pending"}


@case("d-25-two-omissions-one-sentence", L, H, "annualrevenue = AnnualRevenue as a number. city = City. email = Email. Leads with a blank AnnualRevenue or City don't get that field.",
      [SFL[0], SFL[1], dict(SFL[2], City="")])
def _(r: R) -> Out:
    return keep({"annualrevenue": OMIT if blank(r["AnnualRevenue"]) else float(r["AnnualRevenue"]) if "." in r["AnnualRevenue"] else int(r["AnnualRevenue"]),
                 "city": OMIT if blank(r["City"]) else r["City"], "email": r["Email"]})


@case("d-26-always-unless", L, H, "lifecyclestage is always 'lead' unless the Status is Closed - Converted, in which case 'customer'. email from Email.", SFL)
def _(r: R) -> Out: return {"lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead", "email": r["Email"]}


# --- round 2: general causes behind set 7's misses (new wording, not set 7's text) --------

@case("d-27-paren-default-when-blank", H, L, "jobtitle => Title (when blank: 'Unknown'); email => Email", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]}


@case("d-28-paren-default-if-missing", H, L, "Industry from industry (if missing, 'None'), Email from email", HS)
def _(r: R) -> Out: return {"Industry": dflt(r["industry"], "None"), "Email": r["email"]}


@case("d-29-leave-off-entirely", H, L, "Website from website; if it's blank, leave Website off entirely. Email from email.", HS)
def _(r: R) -> Out: return keep({"Website": OMIT if blank(r["website"]) else r["website"], "Email": r["email"]})


@case("d-30-dont-send-it", M, H, "phone from PHONE; when PHONE is empty just don't send it. email from email_address.", MC)
def _(r: R) -> Out: return keep({"phone": OMIT if blank(r["merge_fields"]["PHONE"]) else r["merge_fields"]["PHONE"], "email": r["email_address"]})


@case("d-31-all-capitals", H, L, "Put the city into City in all capitals, plus Email.", HS)
def _(r: R) -> Out: return {"City": r["city"].upper(), "Email": r["email"]}


@case("d-32-fully-capitalised", H, S, "traits.lastName: last name, fully capitalised. userId: email", HS)
def _(r: R) -> Out: return {"traits": {"lastName": r["lastname"].upper()}, "userId": r["email"]}


@case("d-33-nobody-whose", M, H, "Nobody whose status is 'unsubscribed'. email from email_address.", MC)
def _(r: R) -> Out: return None if r["status"] == "unsubscribed" else {"email": r["email_address"]}


@case("d-34-are-excluded", L, H, "Leads whose Rating is 'Cold' are excluded from the sync; copy Email and Company for everyone else.", SFL)
def _(r: R) -> Out: return None if r["Rating"] == "Cold" else {"email": r["Email"], "company": r["Company"]}


@case("d-35-ticked-for-lacking", H, C, "DoNotCall should be ticked for contacts without a mobile phone and unticked for the rest. Plus email.", HS)
def _(r: R) -> Out: return {"DoNotCall": blank(r["mobilephone"]), "Email": r["email"]}


@case("d-36-flag-when-above", H, M, "Flag members as VIP when annual revenue is above 10 million (blank revenue is not VIP). email_address = email.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 10_000_000, "email_address": r["email"]}


@case("d-37-whenever", L, H, "lifecyclestage: 'customer' whenever Status is 'Closed - Converted', 'lead' when it's anything else. email: Email.", SFL)
def _(r: R) -> Out: return {"lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead", "email": r["Email"]}


@case("d-38-except-those-who", H, M, "status 'subscribed' for all contacts except those whose lifecycle stage is customer, who get 'pending'. email_address from email.", HS)
def _(r: R) -> Out: return {"status": "pending" if r["lifecyclestage"] == "customer" else "subscribed", "email_address": r["email"]}


@case("d-39-no-x-question-then", H, L, "No city? Then City should be 'Unknown'; otherwise copy the city. Email as well.", HS)
def _(r: R) -> Out: return {"City": dflt(r["city"], "Unknown"), "Email": r["email"]}


@case("d-40-has-over-n-employees", H, L, "Rating 'Hot' if the company has over 100 employees, otherwise 'Cold'. Email.", HS)
def _(r: R) -> Out: return {"Rating": "Hot" if not blank(r["numemployees"]) and int(r["numemployees"]) > 100 else "Cold", "Email": r["email"]}


@case("d-41-dash-then-omission", H, L, "Title from job title — when the job title is blank, leave Title off. Email from email.", HS)
def _(r: R) -> Out: return keep({"Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"], "Email": r["email"]})


@case("d-42-except-those-who", C, M, "status 'pending' for all contacts except those who opted out of email, who get 'unsubscribed'. email_address = Email", SFC)
def _(r: R) -> Out: return {"status": "unsubscribed" if r["HasOptedOutOfEmail"] else "pending", "email_address": r["Email"]}


@case("d-43-first-second-whichever", H, L, "For Phone: mobile number first, phone number second, whichever one is filled in. Email too.", HS)
def _(r: R) -> Out: return {"Phone": dflt(r["mobilephone"], r["phone"]), "Email": r["email"]}


@case("d-44-condition-then-own-copy-clause", H, L, "Rating is 'Hot' if the mobile phone is empty, otherwise 'Warm'; also copy the email", HS)
def _(r: R) -> Out: return {"Rating": "Hot" if blank(r["mobilephone"]) else "Warm", "Email": r["email"]}


@case("d-45-boolean-then-own-copy-clause", H, C, "DoNotCall is true when the mobile phone is blank and false otherwise; copy the last name and the email too", HS)
def _(r: R) -> Out: return {"DoNotCall": blank(r["mobilephone"]), "LastName": r["lastname"], "Email": r["email"]}


@case("d-46-add-everyone-as-paren-rule", H, M, "Subscribe everyone as 'pending' (email_address from the email) and tag them 'import'.", HS)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["email"], "tags": ["import"]}


@case("d-47-add-every-contact-as", H, L, "Add every contact as 'Working - Contacted' (Title from the job title), plus Email.", HS)
def _(r: R) -> Out: return {"Status": "Working - Contacted", "Title": r["jobtitle"], "Email": r["email"]}


# --- round 3: the general causes behind set 8's misses, in other words -------------------

@case("d-48-pair-any-verb", H, L, "The job title supplies Title; the city populates City; email lands in Email.", HS)
def _(r: R) -> Out: return {"Title": r["jobtitle"], "City": r["city"], "Email": r["email"]}


@case("d-49-pair-nested-any-verb", H, S, "email drives userId, city drives traits.address.city", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"city": r["city"]}}}


@case("d-50-two-values-two-clauses", L, H, "email from Email. hs_lead_status is 'NEW' when the Rating is Cold. hs_lead_status is 'OPEN' when it's Hot or Warm.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "hs_lead_status": "NEW" if r["Rating"] == "Cold" else "OPEN"}


@case("d-51-copy-keeps-default", H, L, "When a contact has no city, City should say 'Unknown'. City is copied from the city. Email too.", HS)
def _(r: R) -> Out: return {"City": dflt(r["city"], "Unknown"), "Email": r["email"]}


@case("d-52-value-or-blank", L, H, "email from Email; hs_lead_status is 'NEW' when LeadSource is 'Web' or blank, otherwise 'OPEN'.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "hs_lead_status": "NEW" if r["LeadSource"] in ("Web", "") else "OPEN"}


@case("d-53-plain-clause-beside-table", C, M, "email_address gets Email, FNAME gets FirstName; language is 'de' when MailingCountry is Germany and 'en' when it's anything else.", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "language": "de" if r["MailingCountry"] == "Germany" else "en"}


@case("d-54-chat-register", H, M, "@ops hey can u do email -> email_address (uppercase it), status 'pending' thx!!", HS)
def _(r: R) -> Out: return {"email_address": r["email"].upper(), "status": "pending"}


@case("d-55-list-except", H, L, "Copy email, company and job title, except the job title.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"]}


@case("d-56-field-colon-keep-it", H, L, "Email: keep it as is. Company: copy it over.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"]}


@case("d-57-write-value-into-field", H, L, "Write 'Industry: ' followed by the industry into Description. Map the email.", HS)
def _(r: R) -> Out: return {"Description": "Industry: " + r["industry"], "Email": r["email"]}


@case("d-58-slash-pair-names", H, S, "userId from email; traits.firstName/traits.lastName from first/last name", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"firstName": r["firstname"], "lastName": r["lastname"]}}


@case("d-59-must-never-be-empty", H, L, "Company must never be empty: take the company, or 'Self-employed' when a contact has none. Email.", HS)
def _(r: R) -> Out: return {"Company": dflt(r["company"], "Self-employed"), "Email": r["email"]}


@case("d-60-relative-clause-default", H, L, "Contacts whose job title is empty should get Title set to 'Staff'. Email as well.", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Staff"), "Email": r["email"]}


@case("d-61-without-just-no-value", H, L, "Website is the website, and contacts without a website simply won't have one. Email.", HS)
def _(r: R) -> Out: return keep({"Website": OMIT if blank(r["website"]) else r["website"], "Email": r["email"]})


@case("d-62-filter-then-rest-mid-sentence", H, L, "Do not sync contacts whose lifecycle stage is 'subscriber', the rest get Email and City.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"Email": r["email"], "City": r["city"]}


@case("d-63-abbreviations", H, C, "mob -> MobilePhone; Dept. from industry; email too", HS)
def _(r: R) -> Out: return {"MobilePhone": r["mobilephone"], "Department": r["industry"], "Email": r["email"]}


@case("d-64-spec-table-target-source", H, L, "Target | From | Comment\nEmail | email |\nCity | city | as is\nRating | - | always 'Cold'", HS)
def _(r: R) -> Out: return {"Email": r["email"], "City": r["city"], "Rating": "Cold"}


@case("d-65-tag-condition-first", H, M, "When the country is United States, tag them 'domestic'; otherwise 'international'. email_address from email.", HS)
def _(r: R) -> Out: return {"tags": ["domestic" if r["country"] == "United States" else "international"], "email_address": r["email"]}


# --- round 4: the general causes behind set 9's misses (new sentences, not set 9's) ---------

@case("d-66-hasnt-got-one", H, L, "Description takes the industry; where a contact hasn't got one, use 'Unspecified'. Email.", HS)
def _(r: R) -> Out: return {"Description": dflt(r["industry"], "Unspecified"), "Email": r["email"]}


@case("d-67-trailing-aside", H, L, "Map the first name and the city, and the email, needless to say.", HS)
def _(r: R) -> Out: return {"FirstName": r["firstname"], "City": r["city"], "Email": r["email"]}


@case("d-68-limit-the-import-ie", L, H, "Limit the import to leads worth chasing, i.e. a Rating of Hot. email from Email, company from Company.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "company": r["Company"]} if r["Rating"] == "Hot" else None


@case("d-69-hold-back", M, H, "Hold back any member whose status is pending or cleaned. email from email_address, firstname from FNAME.", MC)
def _(r: R) -> Out: return None if r["status"] in ("pending", "cleaned") else {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"]}


@case("d-70-at-the-stage", H, L, "Contacts already at the customer stage are not to be synced. Email and company for the others.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "customer" else {"Email": r["email"], "Company": r["company"]}


@case("d-71-except-unsubscribed-emails", M, H, "Copy the audience to HubSpot except unsubscribed emails. email from email_address, lastname from LNAME.", MC)
def _(r: R) -> Out: return None if r["status"] == "unsubscribed" else {"email": r["email_address"], "lastname": r["merge_fields"]["LNAME"]}


@case("d-72-event-for-each-whose", H, G, "Send a generate_lead event for every contact whose country is France, with client_id set to 'fr-crm' and user_id set to the email.", HS)
def _(r: R) -> Out:
    return {"client_id": "fr-crm", "user_id": r["email"], "events": [{"name": "generate_lead"}]} if r["country"] == "France" else None


@case("d-73-only-should-go-across-with", H, L, "Only Japanese contacts (country Japan) should go across, with email and last name.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"]} if r["country"] == "Japan" else None


@case("d-74-dont-populate-given", H, L, "Website comes from the website; when a contact has no website given, don't populate the field. Email.", HS)
def _(r: R) -> Out: return keep({"Website": OMIT if blank(r["website"]) else r["website"], "Email": r["email"]})


@case("d-75-omit-field-for-without", H, C, "MobilePhone from the mobile phone; omit the field for contacts with no mobile phone. Email.", HS)
def _(r: R) -> Out: return keep({"MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"], "Email": r["email"]})


@case("d-76-omitted-if-not-available", H, L, "NumberOfEmployees: the employee count as an integer, omitted if not available. Email.", HS)
def _(r: R) -> Out: return keep({"NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "Email": r["email"]})


@case("d-77-if-available-otherwise", H, L, "Phone: the mobile phone if available, otherwise the phone. Email.", HS)
def _(r: R) -> Out: return {"Phone": dflt(r["mobilephone"], r["phone"]), "Email": r["email"]}


@case("d-78-checked-only-for-reads", H, L, "DoNotCall should be checked only for contacts whose hs_analytics_source reads 'REFERRALS'; leave it unticked for the rest. Email.", HS)
def _(r: R) -> Out: return {"DoNotCall": r["hs_analytics_source"] == "REFERRALS", "Email": r["email"]}


@case("d-79-true-only-for-with", H, M, "vip set to true only for contacts with more than 100 employees. email_address from email, status subscribed.", HS)
def _(r: R) -> Out:
    return {"vip": not blank(r["numemployees"]) and int(r["numemployees"]) > 100, "email_address": r["email"], "status": "subscribed"}


@case("d-80-n-employees-or-more", H, L, "Rating is 'Warm' for 20 employees or more, otherwise 'Cold'. Email.", HS)
def _(r: R) -> Out: return {"Rating": "Warm" if not blank(r["numemployees"]) and int(r["numemployees"]) >= 20 else "Cold", "Email": r["email"]}


@case("d-81-so-pair-cased", H, L, "The source data is sloppy, so City and Country should be upper cased. Email.", HS)
def _(r: R) -> Out: return {"City": r["city"].upper(), "Country": r["country"].upper(), "Email": r["email"]}


@case("d-82-all-are-status-with-and-tagged", H, M, "All contacts are pending with their email address and get tagged 'crm'.", HS)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["email"], "tags": ["crm"]}


@case("d-83-set-everyone-and-second", H, M, "Set language to 'de' for everyone, and status to 'pending'. email_address from email.", HS)
def _(r: R) -> Out: return {"language": "de", "status": "pending", "email_address": r["email"]}


@case("d-84-parameters-carry", H, G, "client_id 'web'; one purchase event whose parameters carry currency 'EUR' and value = the annual revenue as a number. Only customers (lifecycle stage customer).", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"client_id": "web", "events": [{"name": "purchase", "params": {"currency": "EUR", "value": float(r["annualrevenue"])}}]}


@case("d-85-fills-merge-tag", H, M, "The company fills the COMPANY merge tag and the phone number PHONE. email_address = email, status subscribed.", HS)
def _(r: R) -> Out: return {"merge_fields": {"COMPANY": r["company"], "PHONE": r["phone"]}, "email_address": r["email"], "status": "subscribed"}


@case("d-86-subscribers-address-added-as", H, M, "The subscriber's address is the email in lower case, and they should all be added as pending.", HS)
def _(r: R) -> Out: return {"email_address": r["email"].lower(), "status": "pending"}

# round 5 (set 10's causes, fixed generally): the synonym layer (lexicon in canon.yaml) and the
# table read by its destination's same-named source field


@case("d-87-table-as-follows-same-name", H, L, "Industry as follows: Design becomes 'Media', Software becomes 'Technology', in any other case 'Other'. Email.", HS)
def _(r: R) -> Out: return {"Industry": {"Design": "Media", "Software": "Technology"}.get(r["industry"], "Other"), "Email": r["email"]}


@case("d-88-provided-that-filter", H, L, "Push a lead over provided that its lifecycle stage is lead. Email and LastName.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"]} if r["lifecyclestage"] == "lead" else None


@case("d-89-so-long-as-paren", M, H, "Copy members so long as they are still on the list (status is 'subscribed'). email from email_address.", MC)
def _(r: R) -> Out: return {"email": r["email_address"]} if r["status"] == "subscribed" else None


@case("d-90-relay-verb", H, C, "Relay the email and the phone to the Salesforce contact.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Phone": r["phone"]}


@case("d-91-comes-along", H, L, "Title from the job title. The email tags along too.", HS)
def _(r: R) -> Out: return {"Title": r["jobtitle"], "Email": r["email"]}


@case("d-92-always-true-bool", H, C, "HasOptedOutOfEmail stays always true on these contacts. Map the email.", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": True, "Email": r["email"]}


@case("d-93-pinned-number", H, L, "NumberOfEmployees pinned to 5 on every lead; Email from email.", HS)
def _(r: R) -> Out: return {"NumberOfEmployees": 5, "Email": r["email"]}


@case("d-94-is-ticked-when-unticked-otherwise", H, L, "DoNotCall is ticked whenever the phone is empty, and unticked in all other cases. Email.", HS)
def _(r: R) -> Out: return {"DoNotCall": blank(r["phone"]), "Email": r["email"]}


@case("d-95-everybody-status-came-via", H, M, "Everybody is pending with their email. People who arrived via PAID_SEARCH also get the tag 'ppc'.", HS)
def _(r: R) -> Out:
    return {"status": "pending", "email_address": r["email"], "tags": ["ppc"] if r["hs_analytics_source"] == "PAID_SEARCH" else []}


@case("d-96-flag-without-as-not-otherwise", H, M, "Flag contacts vip if they have 40 employees or more, but not vip for the rest. status subscribed, email_address from email.", HS)
def _(r: R) -> Out:
    return {"vip": not blank(r["numemployees"]) and int(r["numemployees"]) >= 40, "status": "subscribed", "email_address": r["email"]}


@case("d-97-match-by-as", H, S, "Match each contact on the email as userId; traits.title from the job title.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"title": r["jobtitle"]}}


@case("d-98-skip-events-lacking", H, G, "Ignore the events for contacts lacking a job title. client_id 'x1', one login event.", HS)
def _(r: R) -> Out: return None if blank(r["jobtitle"]) else {"client_id": "x1", "events": [{"name": "login"}]}


@case("d-99-source-code-from", H, L, "Only leads via REFERRALS. Email.", HS)
def _(r: R) -> Out: return {"Email": r["email"]} if r["hs_analytics_source"] == "REFERRALS" else None


@case("d-100-where-it-is-not", C, M, "status 'pending' where Department is Sales and 'subscribed' where it is not; email_address = Email.", SFC)
def _(r: R) -> Out: return {"status": "pending" if r["Department"] == "Sales" else "subscribed", "email_address": r["Email"]}


@case("d-101-keep-only-trailing", M, H, "Keep cleaned members only. email from email_address.", MC)
def _(r: R) -> Out: return {"email": r["email_address"]} if r["status"] == "cleaned" else None


@case("d-102-merge-field-paren-gapped", H, M, "LNAME should be the last name, and PHONE (merge field) the mobile. email_address = email.", HS)
def _(r: R) -> Out: return {"merge_fields": {"LNAME": r["lastname"], "PHONE": r["mobilephone"]}, "email_address": r["email"]}


@case("d-103-import-as-pending-members", H, M, "Import everyone as pending members using their email.", HS)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["email"]}


@case("d-104-no-field-for-those-without", H, L, "Website is the website; leads without a website don't get the field. Email.", HS)
def _(r: R) -> Out: return keep({"Website": OMIT if blank(r["website"]) else r["website"], "Email": r["email"]})



@case("d-105-glued-sep-in-parens", H, L, "Description should be the first name and the last name glued together (with a single space between them). Email.", HS)
def _(r: R) -> Out: return {"Description": r["firstname"] + " " + r["lastname"], "Email": r["email"]}


@case("d-106-domain-taken-from", H, S, "userId from email; traits.website taken from the email, keeping only the part after the @.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"website": r["email"].split("@", 1)[1]}}


@case("d-107-and-second-rule", H, L, "Email is the email trimmed, and Title is the job title in upper case.", HS)
def _(r: R) -> Out: return {"Email": r["email"].strip(), "Title": r["jobtitle"].upper()}


@case("d-108-only-into-list-status-with", H, M, "Only customers (lifecycle stage customer) into the list, pending, with the email and the tag 'buyer'.", HS)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["email"], "tags": ["buyer"]} if r["lifecyclestage"] == "customer" else None



@case("d-109-whose-become-all-other-become", C, H, "Contacts whose LeadSource is Web become leads (lifecyclestage 'lead'); every other contact becomes 'subscriber'. email from Email.", SFC)
def _(r: R) -> Out: return {"lifecyclestage": "lead" if r["LeadSource"] == "Web" else "subscriber", "email": r["Email"]}


@case("d-110-params-with", H, G, "client_id 'crm'; one purchase event, params currency 'GBP' plus value = 10.", HS)
def _(r: R) -> Out: return {"client_id": "crm", "events": [{"name": "purchase", "params": {"currency": "GBP", "value": 10}}]}


# --- round 6 (d-111..d-124): set 11's misses read as causes, new wording for each ----------

@case("d-111-put-a-in-d-and-b-in-e", H, S, "userId from email. Store the state in traits.address.state and the country in traits.address.country.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"state": r["state"], "country": r["country"]}}}


@case("d-112-no-calls-for", H, S, "No identify calls for contacts at the subscriber stage. userId is email.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"userId": r["email"]}


@case("d-113-platform-before-noun", L, H, "Leave out Salesforce leads with HasOptedOutOfEmail ticked. email from Email.", SFL)
def _(r: R) -> Out: return None if r["HasOptedOutOfEmail"] else {"email": r["Email"]}


@case("d-114-qualifier-after-noun-only", L, H, "Sync leads rated Cold only. email from Email, lastname from LastName.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "lastname": r["LastName"]} if r["Rating"] == "Cold" else None


@case("d-115-everyone-else-status", H, M, "Drop contacts whose lifecycle stage is lead. Everyone else is pending with email_address from email.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "lead" else {"status": "pending", "email_address": r["email"]}


@case("d-116-subscribe-them-with-count-tags", H, M, "Subscribe everybody with their email, and three tags: 'a', 'b' and 'c'.", HS)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["email"], "tags": ["a", "b", "c"]}


@case("d-117-paren-stage-tag", H, M, "Put all contacts in the list as pending with their email. Leads (lifecycle stage lead) also get the tag 'new'.", HS)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["email"], "tags": ["new"] if r["lifecyclestage"] == "lead" else []}


@case("d-118-marked-when-other-not", C, H, "A contact gets marked hs_email_optout when HasOptedOutOfEmail is ticked; every other contact is unmarked. email = Email.", SFC)
def _(r: R) -> Out: return {"hs_email_optout": r["HasOptedOutOfEmail"], "email": r["Email"]}


@case("d-119-omitted-when-missing", H, L, "NumberOfEmployees is the employee count as a number, omitted when the employee count is blank. Email from email.", HS)
def _(r: R) -> Out: return keep({"NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "Email": r["email"]})


@case("d-120-paren-omit-nested", H, S, "traits.company.name = the company (omit the field if empty). userId = email.", HS)
def _(r: R) -> Out: return keep({"traits": {"company": {"name": OMIT if blank(r["company"]) else r["company"]}}, "userId": r["email"]})


@case("d-121-correct-capitalisation", M, H, "lastname should be LNAME with correct capitalisation. email from email_address.", MC)
def _(r: R) -> Out: return {"lastname": title(r["merge_fields"]["LNAME"]), "email": r["email_address"]}


@case("d-122-constant-and-holds", H, G, "Trigger one login event for every contact; client_id is the fixed value 'app-2' and user_id holds the email.", HS)
def _(r: R) -> Out: return {"client_id": "app-2", "user_id": r["email"], "events": [{"name": "login"}]}


@case("d-123-identify-as-with", H, S, "Identify on the email as userId, with traits.company.plan always set to 'team' and traits.title from the job title.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"plan": "team"}, "title": r["jobtitle"]}}


@case("d-124-only-customers", H, L, "Only customers. Email from email, Company from company.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"]} if r["lifecyclestage"] == "customer" else None


@case("d-125-header-names-only-destination", H, L, "Industry: Logistics becomes 'Transportation', Design becomes 'Media', anything else becomes 'Other'. Email to Email.", HS)
def _(r: R) -> Out:
    t = {"Logistics": "Transportation", "Design": "Media"}
    return {"Industry": t.get(r["industry"], "Other"), "Email": r["email"]}



# --- round 7: set 12's and set 13's causes -------------------------------------------------

@case("d-126-save-for-those-in", H, L, "All contacts go across, save for those based in France. Email and LastName.", HS)
def _(r: R) -> Out: return None if r["country"] == "France" else {"Email": r["email"], "LastName": r["lastname"]}


@case("d-127-excepting-subscribers", H, C, "Send every contact to Salesforce excepting subscribers. Email and FirstName.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"Email": r["email"], "FirstName": r["firstname"]}


@case("d-128-discard-unsubscribed", M, H, "Discard unsubscribed members. email from email_address, lastname from LNAME.", MC)
def _(r: R) -> Out: return None if r["status"] == "unsubscribed" else {"email": r["email_address"], "lastname": r["merge_fields"]["LNAME"]}


@case("d-129-irrelevant-drop-them", H, L, "Contacts without a job title are irrelevant for sales, so drop them. Email from email, Title from job title.", HS)
def _(r: R) -> Out: return None if blank(r["jobtitle"]) else {"Email": r["email"], "Title": r["jobtitle"]}


@case("d-130-records-only-made-for", H, S, "Identify calls should be made only for contacts whose lifecycle stage is customer. userId from email.", HS)
def _(r: R) -> Out: return {"userId": r["email"]} if r["lifecyclestage"] == "customer" else None


@case("d-131-import-limited-to", L, H, "The import is limited to leads whose Rating is Hot. email = Email, company = Company.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "company": r["Company"]} if r["Rating"] == "Hot" else None


@case("d-132-allowlist-get-pending", H, M, "Allowlist: only contacts in France get pending. email_address from email.", HS)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["email"]} if r["country"] == "France" else None


@case("d-133-only-with-a-mobile", H, L, "Only contacts with a mobile phone. Email from email, MobilePhone from mobile phone.", HS)
def _(r: R) -> Out: return None if blank(r["mobilephone"]) else {"Email": r["email"], "MobilePhone": r["mobilephone"]}


@case("d-134-ga4-one-event-per-whose", H, G, "client_id 'hs-1'. One sign_up event per contact whose country is Japan, with a method param of 'crm'.", HS)
def _(r: R) -> Out:
    return {"client_id": "hs-1", "events": [{"name": "sign_up", "params": {"method": "crm"}}]} if r["country"] == "Japan" else None


@case("d-135-ga4-param-holding", H, G, "client_id 'x9'. One login event per contact, with a param method equal to 'sso' and a param stage holding the lifecycle stage.", HS)
def _(r: R) -> Out: return {"client_id": "x9", "events": [{"name": "login", "params": {"method": "sso", "stage": r["lifecyclestage"]}}]}


@case("d-136-everywhere-else", H, L, "Country should be 'US' for United States and 'INTL' everywhere else. Email from email.", HS)
def _(r: R) -> Out: return {"Country": "US" if r["country"] == "United States" else "INTL", "Email": r["email"]}


@case("d-137-every-other-gives", L, H, "lifecyclestage comes from Rating: 'Hot' gives 'opportunity', and every other rating gives 'lead'. email from Email.", SFL)
def _(r: R) -> Out: return {"lifecyclestage": "opportunity" if r["Rating"] == "Hot" else "lead", "email": r["Email"]}


@case("d-138-for-non-customers", H, M, "language is 'de' for customers and 'en' for non-customers. status pending, email_address from email.", HS)
def _(r: R) -> Out: return {"language": "de" if r["lifecyclestage"] == "customer" else "en", "status": "pending", "email_address": r["email"]}


@case("d-139-bare-status-word", L, M, "Pending; email_address is Email, LNAME is LastName.", SFL)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]}}


@case("d-140-subscribe-them-paren", C, M, "Subscribe them (email_address = Email) and tag every one 'sf'.", SFC)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["Email"], "tags": ["sf"]}


@case("d-141-add-in-as-else-as", H, M, "Add subscribers in as pending, and everyone else as subscribed. email_address = email.", HS)
def _(r: R) -> Out: return {"status": "pending" if r["lifecyclestage"] == "subscriber" else "subscribed", "email_address": r["email"]}


@case("d-142-department-tag-audience", C, M, "Add the contacts to Mailchimp as pending members (email_address from Email). People in the Engineering department get the tag 'tech'.", SFC)
def _(r: R) -> Out: return {"status": "pending", "email_address": r["Email"], "tags": ["tech"] if r["Department"] == "Engineering" else []}


@case("d-143-tags-by-audience", H, M, "Tags:\n  - all contacts: 'hs'\n  - leads also: 'fresh'\nstatus pending, email_address from email.", HS)
def _(r: R) -> Out:
    return {"tags": ["hs"] + (["fresh"] if r["lifecyclestage"] == "lead" else []), "status": "pending", "email_address": r["email"]}


@case("d-144-when-they-have-one", H, L, "MobilePhone: the mobile phone when they have one, the phone when they don't. Email from email.", HS)
def _(r: R) -> Out: return {"MobilePhone": dflt(r["mobilephone"], r["phone"]), "Email": r["email"]}


@case("d-145-not-filled-in-where", H, L, "NumberOfEmployees ought to be a whole number; where the employee count isn't filled in, leave it off. Email from email.", HS)
def _(r: R) -> Out: return keep({"NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "Email": r["email"]})


@case("d-146-within-nested-two", H, S, "userId is email. Within traits.address, city holds the city and postalCode holds the zip.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"city": r["city"], "postalCode": r["zip"]}}}


@case("d-147-small-letters-written-upper", H, C, "email -> Email in all small letters, and state -> MailingState, written in upper case.", HS)
def _(r: R) -> Out: return {"Email": r["email"].lower(), "MailingState": r["state"].upper()}


@case("d-148-use-as-put-part-after", H, S, "Use the email as userId and put the domain (the part after the @) into traits.emailDomain.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"emailDomain": r["email"].split("@")[1]}}


@case("d-149-append-store-result", H, L, "Append the job title to the last name (a single dash between them) and store the result in Description. Email from email.", HS)
def _(r: R) -> Out: return {"Description": r["lastname"] + "-" + r["jobtitle"], "Email": r["email"]}


@case("d-150-lead-in-then-rows", L, H, "industry is based on the Rating. Hot becomes 'Priority', Warm becomes 'Nurture'; any other rating gets 'Other'. email from Email.", SFL)
def _(r: R) -> Out: return {"industry": {"Hot": "Priority", "Warm": "Nurture"}.get(r["Rating"], "Other"), "email": r["Email"]}


@case("d-151-pairwise-and-tab-table", M, H, "email and firstname are taken from email_address and FNAME.\nHubSpot\tMailchimp\nlastname\tLNAME (default 'None given')", MC)
def _(r: R) -> Out:
    return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "lastname": dflt(r["merge_fields"]["LNAME"], "None given")}


@case("d-152-hard-code-hedged", H, L, "Hard-code Rating to 'Cold' on every lead, and I think Email should probably come from email.", HS)
def _(r: R) -> Out: return {"Rating": "Cold", "Email": r["email"]}


# --- round 7b (d7b-01..d7b-32): set 14's misses read as causes (registers), new wording ----

@case("d7b-01-chat-prefixes", H, L, "[09:14] ana: can we get the job title into Title?\n[09:15] raj: yes, and Email too\n[09:16] ana: and skip anyone in the customer stage pls", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "customer" else {"Title": r["jobtitle"], "Email": r["email"]}


@case("d7b-02-ticket-framing", H, L, "CRM-3051: Country and city on leads\n\nPriority: High\nAssignee: dana\n\nAcceptance criteria:\n- Email = email\n- City = city\n- Country = country, 'Unknown' when blank\n\nOut of scope: phone numbers, titles.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "City": r["city"], "Country": dflt(r["country"], "Unknown")}


@case("d7b-03-email-greeting-signoff", H, M, "Dear Tom,\n\nhope you are well. For the audience: email address from the email and status pending for everyone.\n\nKind regards,\nLucia Ferrante", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "pending"}


@case("d7b-04-gherkin-default", H, L, "Scenario: no website\n  Given a contact whose website is empty\n  When the sync runs\n  Then Website is 'none given'\n\nScenario: website present\n  Given a contact whose website is filled\n  Then Website is that website\n\nEmail is the contact's email.", HS)
def _(r: R) -> Out: return {"Website": dflt(r["website"], "none given"), "Email": r["email"]}


@case("d7b-05-subbullets-under-field", H, L, "Mapping:\n- Email\n  - the contact email\n- Title\n  - job title\n  - empty job title? then 'Staff'", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": dflt(r["jobtitle"], "Staff")}


@case("d7b-06-subbullets-under-path", H, S, "- userId\n  - email, trimmed\n- traits.address\n  - city: city\n  - postalCode: zip", HS)
def _(r: R) -> Out: return {"userId": r["email"].strip(), "traits": {"address": {"city": r["city"], "postalCode": r["zip"]}}}


@case("d7b-07-subbullets-under-heading", L, M, "Lead to Mailchimp\n- fields\n  - email address: Email\n  - LNAME: LastName\n- status: subscribed for everyone", SFL)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]}, "status": "subscribed"}


@case("d7b-08-either-chain", H, L, "Email from email. MobilePhone is the mobile. No mobile? then the phone. No phone either? then '000'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "MobilePhone": r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"] if not blank(r["phone"]) else "000"}


@case("d7b-09-not-sent-when-blank", H, S, "userId = email. traits.industry is the industry and is not sent when blank.", HS)
def _(r: R) -> Out: return keep({"userId": r["email"], "traits": {"industry": OMIT if blank(r["industry"]) else r["industry"]}})


@case("d7b-10-crm-has-nothing", H, L, "Email is sent. Title is written from the job title and City from the city; where the CRM has nothing, that field is left out.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"], "City": OMIT if blank(r["city"]) else r["city"]})


@case("d7b-11-keep-out", L, H, "please keep the Hot-rated leads out of this one. email from Email, company from Company.", SFL)
def _(r: R) -> Out: return None if r["Rating"] == "Hot" else {"email": r["Email"], "company": r["Company"]}


@case("d7b-12-we-do-not-want", H, L, "Contacts in the subscriber stage we don't want in Salesforce, they are handled elsewhere. Map the email and the last name.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"Email": r["email"], "LastName": r["lastname"]}


@case("d7b-13-no-identify", H, S, "Contacts without a job title should not get an identify call. userId is the email, traits.title is the job title.", HS)
def _(r: R) -> Out: return None if blank(r["jobtitle"]) else {"userId": r["email"], "traits": {"title": r["jobtitle"]}}


@case("d7b-14-nonnative-which-write", H, L, "Please to send only contacts which country is United States. If the contact don't have job title, in Title we write 'Unknown'. Email also.", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]} if r["country"] == "United States" else None


@case("d7b-15-nonnative-take-from", H, S, "userId is email. traits.city take from city but if city is empty then write 'n/a'.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"city": dflt(r["city"], "n/a")}}


@case("d7b-16-switched-on-off", H, M, "email_address from email, status subscribed, and vip switched on when the lifecycle stage is customer, off otherwise.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("d7b-17-plus-list-platform", H, C, "email + city onto the contact. Email and MailingCity straight from HubSpot, and Department should always read 'Ops'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "MailingCity": r["city"], "Department": "Ops"}


@case("d7b-18-default-zero-event", H, G, "- client_id: 'crm-9'\n- events: one 'generate_lead' event\n  - value param: number of employees as a number; 0 if empty", HS)
def _(r: R) -> Out: return {"client_id": "crm-9", "events": [{"name": "generate_lead", "params": {"value": 0 if blank(r["numemployees"]) else int(r["numemployees"])}}]}


@case("d7b-19-rest-also-empty", H, L, "Email as usual. Rating we want 'Hot' when the stage is customer, for all the rest it is 'Cold' (also when the stage is empty).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Rating": "Hot" if r["lifecyclestage"] == "customer" else "Cold"}


@case("d7b-20-case-groups-unticked", H, L, "Put FirstName and LastName in title case and City in all caps. DoNotCall should be ticked when the mobile is empty and unticked when it has a value. Email untouched.", HS)
def _(r: R) -> Out:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "City": r["city"].upper(), "DoNotCall": blank(r["mobilephone"]), "Email": r["email"]}


@case("d7b-21-table-semicolon-rows", H, S, "traits.segment by lifecycle stage: lead/subscriber = early; customer/evangelist = won; else misc. userId = email.", HS)
def _(r: R) -> Out:
    t = {"lead": "early", "subscriber": "early", "customer": "won", "evangelist": "won"}
    return {"traits": {"segment": t.get(r["lifecyclestage"], "misc")}, "userId": r["email"]}


@case("d7b-22-basis-question", H, L, "Email from email. Could Rating depend on the number of employees? 200 or more is 'Hot', below that 'Cold', and if we don't know the number of employees put 'Warm'.", HS)
def _(r: R) -> Out:
    n = r["numemployees"]
    return {"Email": r["email"], "Rating": "Warm" if blank(n) else "Hot" if int(n) >= 200 else "Cold"}


@case("d7b-23-basis-statement", H, L, "The Rating is decided by the lifecycle stage. Leads are given 'Hot' when the stage is customer and 'Warm' when it is lead; all other stages get 'Cold'. Email is copied as is.", HS)
def _(r: R) -> Out:
    st = r["lifecyclestage"]
    return {"Rating": "Hot" if st == "customer" else "Warm" if st == "lead" else "Cold", "Email": r["email"]}


@case("d7b-24-event-param-for-every", H, G, "Could we fire a 'join_group' event for every contact that is a salesqualifiedlead? client_id should be 'web-7', and the event needs one param, group_id, holding the company. Contacts in other stages shouldn't send anything.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {"client_id": "web-7", "events": [{"name": "join_group", "params": {"group_id": r["company"]}}]}


@case("d7b-25-checked-or-nothing", H, C, "DoNotCall: checked if hs_email_optout says 'true', unchecked if it says 'false' or nothing. Email from email. Phone from the phone, and only when there is a phone number.", HS)
def _(r: R) -> Out: return keep({"DoNotCall": r["hs_email_optout"] == "true", "Email": r["email"], "Phone": OMIT if blank(r["phone"]) else r["phone"]})


@case("d7b-26-for-the-rest-lists", H, C, "Contacts in the customer stage are not synced. For the rest, Email and MailingCity are written from email and city.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "customer" else {"Email": r["email"], "MailingCity": r["city"]}


@case("d7b-27-separator-words", H, S, "userId is the email. traits.description should show city, comma, space, state (e.g. 'Boston, MA').", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"description": r["city"] + ", " + r["state"]}}


@case("d7b-28-matching-fields-when-one", L, S, "Every lead becomes an identify: userId is the Email, and the traits are title and lastName from the matching lead fields, plus phone from Phone when they have one (no phone trait otherwise).", SFL)
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {"title": r["Title"], "lastName": r["LastName"], "phone": OMIT if blank(r["Phone"]) else r["Phone"]}})


@case("d7b-29-template-part-format", H, L, "Map the email. Description should be 'Lead since ' followed by the create date (YYYY-MM-DD).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": "Lead since " + r["createdate"][:10]}


@case("d7b-30-template-or-part", M, S, "Audience members become Segment identifies. userId is the email_address. traits.name is FNAME and LNAME separated by a space; for members without an LNAME it is only FNAME.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    name = mf["FNAME"] if blank(mf["LNAME"]) else mf["FNAME"] + " " + mf["LNAME"]
    return {"userId": r["email_address"], "traits": {"name": name}}


@case("d7b-31-chat-question-answered", H, L, "[11:20] lee: could the lead sync send the mobile in +1 format?\n[11:21] ana: yes. what if they only have a phone?\n[11:22] lee: then use the phone. if neither, leave MobilePhone off\n[11:23] ana: and Email of course", HS)
def _(r: R) -> Out:
    p = dflt(r["mobilephone"], r["phone"])
    return keep({"MobilePhone": OMIT if blank(p) else e164(p), "Email": r["email"]})


@case("d7b-32-table-keys-are-countries", H, L, "Description: Japan -> 'APAC', France -> 'EMEA', Mexico -> 'LATAM', anything else -> 'NA'. Email from email.", HS)
def _(r: R) -> Out:
    t = {"Japan": "APAC", "France": "EMEA", "Mexico": "LATAM"}
    return {"Description": t.get(r["country"], "NA"), "Email": r["email"]}


# --- round 7c (set 16's causes): plain sentences ------------------------------------------

@case("d-7c-01-prefer-then-use", H, C, "For MobilePhone we prefer the mobile, but take the phone if the mobile is empty. Email to Email.", HS)
def _(r: R) -> Out: return {"MobilePhone": dflt(r["mobilephone"], r["phone"]), "Email": r["email"]}


@case("d-7c-02-when-there-is-one", H, L, "Title is the job title when there is one and the company when there is not. Email too.", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], r["company"]), "Email": r["email"]}


@case("d-7c-03-list-using-default", M, H, "email from email_address, firstname from FNAME, and company from COMPANY, using 'None given' when the member has no company.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "company": dflt(r["merge_fields"]["COMPANY"], "None given")}


@case("d-7c-04-respective-as", H, L, "Send the email, and the zip code and state as PostalCode and State.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "PostalCode": r["zip"], "State": r["state"]}


@case("d-7c-05-respective-from", H, M, "Subscribe everyone by email. LNAME and PHONE are filled from last name and phone number.", HS)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["email"], "merge_fields": {"LNAME": r["lastname"], "PHONE": r["phone"]}}


@case("d-7c-06-respective-the-names", M, S, "userId is the email_address. traits.firstName and traits.lastName come from the names.", MC)
def _(r: R) -> Out: return {"userId": r["email_address"], "traits": {"firstName": r["merge_fields"]["FNAME"], "lastName": r["merge_fields"]["LNAME"]}}


@case("d-7c-07-stays-in-crm", H, M, "Contacts at the customer stage remain in HubSpot. Everybody else is subscribed with their email.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "customer" else {"status": "subscribed", "email_address": r["email"]}


@case("d-7c-08-do-not-create-for", H, L, "Please don't create any leads for contacts whose country is Mexico. Email and LastName as usual.", HS)
def _(r: R) -> Out: return None if r["country"] == "Mexico" else {"Email": r["email"], "LastName": r["lastname"]}


@case("d-7c-09-group-then-rest-skipped", H, G, "Send a generate_lead event for contacts whose country is France or Japan, with client_id 'web-9'. Ignore everyone else.", HS)
def _(r: R) -> Out: return {"events": [{"name": "generate_lead"}], "client_id": "web-9"} if r["country"] in ("France", "Japan") else None


@case("d-7c-10-group-paren-nobody-else", H, S, "For subscribers (lifecycle stage subscriber) make an identify call. userId is the email. No one else is sent.", HS)
def _(r: R) -> Out: return {"userId": r["email"]} if r["lifecyclestage"] == "subscriber" else None


@case("d-7c-11-table-verb-once", H, L, "Industry on the lead: Design should become 'Media', Food 'Hospitality' and Software 'Technology'. Anything else or nothing at all is 'Other'. Email as well.", HS)
def _(r: R) -> Out:
    t = {"Design": "Media", "Food": "Hospitality", "Software": "Technology"}
    return {"Industry": t.get(r["industry"], "Other"), "Email": r["email"]}


@case("d-7c-12-table-both-become", H, C, "For LeadSource, REFERRALS and ORGANIC_SEARCH both become 'Word of mouth' and PAID_SEARCH becomes 'Advertisement'. Any other source, or none, goes in as 'Other'. Email from email.", HS)
def _(r: R) -> Out:
    t = {"REFERRALS": "Word of mouth", "ORGANIC_SEARCH": "Word of mouth", "PAID_SEARCH": "Advertisement"}
    return {"LeadSource": t.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


@case("d-7c-13-table-every-other", L, H, "lifecyclestage depends on Status: 'Working - Contacted' becomes salesqualifiedlead and every other status becomes subscriber. email from Email.", SFL)
def _(r: R) -> Out: return {"lifecyclestage": "salesqualifiedlead" if r["Status"] == "Working - Contacted" else "subscriber", "email": r["Email"]}


@case("d-7c-14-table-not-listed", H, M, "language follows the country: Japan becomes 'ja' and France becomes 'fr'. Countries not listed, and contacts without a country, get 'en'. Subscribe everyone by email.", HS)
def _(r: R) -> Out:
    t = {"Japan": "ja", "France": "fr"}
    return {"language": t.get(r["country"], "en"), "status": "subscribed", "email_address": r["email"]}


@case("d-7c-15-bands-top-down", H, S, "userId is the email. traits.company.plan by company size: 1000 or more employees is 'large', 50 to 999 is 'medium', and anything smaller, or no count at all, is 'small'.", HS)
def _(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    size = "large" if n is not None and n >= 1000 else "medium" if n is not None and n >= 50 else "small"
    return {"userId": r["email"], "traits": {"company": {"plan": size}}}


@case("d-7c-16-mark-as-below-that", H, M, "Mark a contact as vip if their annual revenue is over 3 million; under that, or with no revenue, vip is false. Subscribe everyone with their email.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 3_000_000, "status": "subscribed", "email_address": r["email"]}


@case("d-7c-17-second-band-it", H, S, "userId = email and traits.plan is 'gold' when the annual revenue is above 5 million, 'silver' when it is above 1 million, and 'bronze' otherwise, empty revenue included.", HS)
def _(r: R) -> Out:
    v = rev(r)
    tier = "gold" if v is not None and v > 5_000_000 else "silver" if v is not None and v > 1_000_000 else "bronze"
    return {"userId": r["email"], "traits": {"plan": tier}}


@case("d-7c-18-one-of-them-missing", H, L, "Email as it is, and State and PostalCode from the state and the zip. When either of them is empty, do not set that field.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "State": OMIT if blank(r["state"]) else r["state"], "PostalCode": OMIT if blank(r["zip"]) else r["zip"]})


@case("d-7c-19-with-no-get-no", L, H, "email from Email and jobtitle from Title. Leads without a title get no jobtitle property.", SFL)
def _(r: R) -> Out: return keep({"email": r["Email"], "jobtitle": OMIT if blank(r["Title"]) else r["Title"]})


@case("d-7c-20-each-word-capital", M, H, "email from email_address, and lastname is LNAME with every word beginning with a capital letter.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "lastname": title(r["merge_fields"]["LNAME"])}


@case("d-7c-21-bullets-pair-casing", M, H, "Contact properties:\n- email from email_address\n- firstname and lastname with a capital first letter on each word\n- lifecyclestage subscriber for everyone", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]), "lifecyclestage": "subscriber"}


@case("d-7c-22-quoted-or-empty-means", M, L, "HasOptedOutOfEmail is true when the member status is \"unsubscribed\"; \"subscribed\" or an empty one means false. Email from email_address, LastName from LNAME.", MC)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["status"] == "unsubscribed", "Email": r["email_address"], "LastName": r["merge_fields"]["LNAME"]}


@case("d-7c-23-two-tables-one-sentence", M, H, "lifecyclestage is opportunity for VIP members and lead for the others; hs_email_optout is the text \"true\" for cleaned members and \"false\" for everyone else. email from email_address.", MC)
def _(r: R) -> Out:
    return {"lifecyclestage": "opportunity" if r["vip"] else "lead", "hs_email_optout": "true" if r["status"] == "cleaned" else "false", "email": r["email_address"]}


@case("d-7c-24-prose-header-list", H, C, "This feed only carries the mailing address: MailingStreet from the street address, MailingCity, and MailingPostalCode from the zip.", HS)
def _(r: R) -> Out: return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"], "Email": r["email"]}


@case("d-7c-25-subscribe-them-by", H, M, "LNAME holds the last name. Subscribe them all by their email.", HS)
def _(r: R) -> Out: return {"merge_fields": {"LNAME": r["lastname"]}, "status": "subscribed", "email_address": r["email"]}


@case("d-7c-26-find-account-by", H, L, "Locate the account by matching the contact's company. LastName and Email come along.", HS)
def _(r: R) -> Out: return {"Company": r["company"], "LastName": r["lastname"], "Email": r["email"]}


@case("d-7c-27-or-part-when-blank", H, L, "LastName is the last name, or the part of the email before the @ if the last name is empty. Email as it is.", [dict(r, lastname=n) for r, n in zip(HS, ["Raman", "", "GARCIA", "", "Dubois"], strict=True)])
def _(r: R) -> Out: return {"LastName": dflt(r["lastname"], r["email"].split("@")[0]), "Email": r["email"]}


@case("d-7c-28-unless-in-which-case", H, S, "userId is the email. traits.name is the email domain unless the contact has a company, in which case use the company.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"name": dflt(r["company"], r["email"].split("@")[1])}}


@case("d-7c-29-date-pattern", C, S, "userId is Email. traits.birthday is the Birthdate written as DD.MM.YYYY.", [r for r in SFC if not blank(r["Birthdate"])])
def _(r: R) -> Out:
    y, m, d = r["Birthdate"].split("-")
    return {"userId": r["Email"], "traits": {"birthday": f"{d}.{m}.{y}"}}


@case("d-7c-30-places-and-anywhere-else", H, M, "Subscribe everyone with their email. language is 'fr' for France and Mexico and 'en' for anywhere else.", HS)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["email"], "language": "fr" if r["country"] in ("France", "Mexico") else "en"}


@case("d-7c-31-tag-then-conditional-tag", H, M, "All members get the tag 'hubspot', and contacts whose lifecycle stage is customer get 'buyer' after that. Subscribe everyone with their email.", HS)
def _(r: R) -> Out:
    return {"tags": ["hubspot"] + (["buyer"] if r["lifecyclestage"] == "customer" else []), "status": "subscribed", "email_address": r["email"]}


@case("d-7c-32-they-are-value-if-not", L, M, "They are unsubscribed when HasOptedOutOfEmail is true and subscribed if not. email_address is Email.", SFL)
def _(r: R) -> Out: return {"status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "email_address": r["Email"]}


@case("d-7c-33-pattern-with-example", M, S, "userId is the email_address. traits.name should read 'FNAME LNAME / COMPANY', for example 'Sofia Rossi / Trattoria Uno'.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"userId": r["email_address"], "traits": {"name": f"{mf['FNAME']} {mf['LNAME']} / {mf['COMPANY']}"}}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
    print(len(CASES), "cases")
