"""Held-out set 137 for the offline mapping drafter.

Persona: Marcus runs marketing ops and lets a speech-to-text tool write the minutes of the
spoken weekly ops meeting, then cleans them up lightly. The minutes keep speaker labels
('Jen:', 'Marcus:', 'Tasha:'), fillers ('um', 'so yeah', 'basically'), numbers said aloud
('five million', 'zero'), field names as people say them ('the first name field', 'mobile
phone', 'annual revenue') and restarts where someone corrects themselves mid-sentence. Ideas
that get floated and dropped stay in the minutes but are clearly dropped, and every set of
minutes ends with an 'Action items' list that restates what was agreed, tersely.

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


@case("h137-01-raw-lead-push", H, L, """Weekly ops sync, item 1: HubSpot contacts into Salesforce leads
(auto transcript, lightly cleaned up by Marcus)

Jen: Okay so, um, first up is the lead push. Every HubSpot contact becomes a Salesforce lead.
Marcus: Do we want any cleanup on the way over?
Jen: No. Basically zero cleanup. The email, the first name field, the last name field, the company and the phone number go over exactly the way HubSpot has them. Same spelling, same capitals, and if there are stray spaces in there the spaces go too.
Marcus: And when one of those is empty in HubSpot?
Jen: Then it's an empty string on the lead, we don't invent anything. A value that's nothing but spaces goes over as those same spaces.
Tasha: Should we send the job title while we're at it?
Jen: Um, no. Not this round. Title stays off the lead.
Marcus: Lead status?
Jen: So yeah, hard-code it. Every lead gets the status Open - Not Contacted, whatever HubSpot says.

Action items:
- Lead Email, FirstName, LastName, Company, Phone = HubSpot email, first name, last name, company, phone, copied untouched (empty stays empty, spaces stay spaces).
- Lead Status = 'Open - Not Contacted' on every lead.
- Job title: not sent.""",
      extended(HS,
               hs(email="wen.zhao@lotusgate.cn", firstname="Wen", lastname="Zhao", company="", phone=""),
               hs(email="ola.berg@fjelltech.no", firstname="Ola ", lastname="Berg", company="  ", phone="  ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h137-02-trimmed-names-unknown-company", H, L, """Ops weekly, lead sync cleanup (speech-to-text, Marcus tidied it)

Marcus: So the CSV import last month left junk spaces around people's names. For the HubSpot to Salesforce lead sync I want to trim the first name field.
Jen: And the last name?
Marcus: Copy the — no, sorry, trim the last name too. Both names trimmed, leading and trailing spaces gone.
Jen: Company?
Marcus: Company gets trimmed as well. And Salesforce won't take a lead without a company, so when the company is empty, or it's nothing but spaces, we put Unknown.
Tasha: Um, the job title. Same treatment?
Marcus: No trimming on the title. The only thing is, when the job title is empty or only spaces, the lead's title becomes Not Provided. Otherwise it's exactly what HubSpot has, spaces and all.
Jen: Email just copied?
Marcus: Yeah, email goes over as is.

Action items:
- Email: HubSpot email, unchanged.
- FirstName, LastName: trimmed.
- Company: trimmed; empty or spaces-only -> 'Unknown'.
- Title: job title unchanged; empty or spaces-only -> 'Not Provided'.""",
      extended(HS,
               hs(email="rui.matos@litoral.pt", firstname="  Rui", lastname="Matos ", company="   ", jobtitle=""),
               hs(email="gail.ward@prairiefresh.com", firstname="Gail", lastname=" Ward", company=" Prairie Fresh  ",
                  jobtitle=" Buyer "),
               hs(email="ivo.petrov@balkanmetal.bg", firstname="Ivo", lastname="Petrov", company="Balkan Metal",
                  jobtitle="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown").strip(), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h137-03-best-number-title-case", H, L, """Weekly ops, minutes auto-generated (Marcus fixed the obvious transcription slips)

Jen: Next, the phone on the Salesforce lead. Sales wants whatever number actually reaches the person.
Marcus: So mobile phone first?
Jen: Yeah. Mobile phone if there is one. If mobile is empty, and um, just spaces counts as empty, then the regular phone field. And if both of them are empty, so yeah, no Phone on the lead at all. Don't send an empty one.
Marcus: Any formatting?
Jen: None. The number goes in exactly the way it's written in HubSpot.
Tasha: Names are a mess too, there's all-caps ones and all-lowercase ones.
Jen: Right, title case the first name and the last name. Capital first letter on every word, rest of each word lowercase.
Tasha: And the email?
Jen: Email copied across, no changes.

Action items:
- Lead Phone: mobile phone, else phone, else leave Phone off (blank = empty or only spaces). Number unchanged.
- FirstName, LastName: title case.
- Email: copied.""",
      extended(HS,
               hs(email="ana.pinto@costaverde.pt", firstname="ANA LUISA", lastname="pinto", mobilephone="", phone=""),
               hs(email="ravi.nair@tidewater.in", firstname="ravi", lastname="NAIR", mobilephone="  ",
                  phone="(303) 555-0133"),
               hs(email="sue.kemp@marshfield.com", firstname="Sue", lastname="Kemp", mobilephone="  ", phone="   ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h137-04-source-table-lower-email", H, L, """Ops weekly, item 4: lead source (speech-to-text, cleaned by Marcus)

Tasha: Lead source on the Salesforce lead should come from HubSpot's original source.
Jen: Okay so walk me through it.
Tasha: Organic search is Web. Paid search is Advertisement. Paid social is, um, I was going to say Partner — no, paid social is Advertisement as well. Referrals is Word of mouth. Email marketing is Email.
Jen: And anything else?
Tasha: Anything else is Other. That includes contacts where the original source is empty or just spaces.
Marcus: And the dedupe thing in Salesforce, emails have to be lowercase, right?
Tasha: Yeah, lowercase the whole email before it goes in.

Action items:
- LeadSource from original source: ORGANIC_SEARCH -> Web; PAID_SEARCH -> Advertisement; PAID_SOCIAL -> Advertisement; REFERRALS -> Word of mouth; EMAIL_MARKETING -> Email; anything else, blank included -> Other.
- Email: lowercased.""",
      extended(HS,
               hs(email="Nadia.Khan@Saffron.PK", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="OTTO.LANG@BERGWERK.DE", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="Ines.Roy@Quai.FR", hs_analytics_source="   ")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Word of mouth", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h137-05-skip-optouts-and-customers", H, L, """Weekly ops sync (transcript): who goes to Salesforce as a lead

Jen: So there are two groups we do NOT push as leads. First, anyone who's opted out of email, meaning the email opt out field says true.
Marcus: What about a blank opt out?
Jen: Blank isn't true, so they go through. Same for false, they go through.
Marcus: Second group?
Jen: Customers. Lifecycle stage customer, skip them, sales already closed those.
Tasha: Um, should we skip subscribers too?
Jen: We talked about it last week, and no. Subscribers go through. Just those two rules.
Marcus: And for the ones that make it?
Jen: Email, first name, last name and company copied straight, no changes, empty stays empty. And lead source is Web for all of them.

Action items:
- Skip when email opt out = 'true'.
- Skip when lifecycle stage = 'customer'.
- Everyone else: Email, FirstName, LastName, Company copied as is; LeadSource = 'Web'.""",
      extended(HS,
               hs(email="gus.ferro@pampagrain.ar", firstname="Gus", lastname="Ferro", lifecyclestage="customer",
                  hs_email_optout="false"),
               hs(email="lina.ortiz@solnorte.cl", firstname="Lina", lastname="Ortiz", company="",
                  lifecyclestage="opportunity", hs_email_optout=""),
               hs(email="hal.boyd@ironoak.com", firstname="Hal", lastname="Boyd", lifecyclestage="lead",
                  hs_email_optout="true"),
               hs(email="mo.saleh@nilecargo.eg", firstname="Mo", lastname="Saleh", company="Nile Cargo",
                  lifecyclestage="subscriber", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h137-06-rating-bands-employee-count", H, L, """Ops weekly: lead rating (auto transcript; Marcus cleaned it up)

Marcus: The rating on the lead comes off annual revenue.
Jen: So yeah, above five million is Hot.
Marcus: Above meaning more than five million, strictly?
Jen: Right. Under five hundred thousand is Cold. Anything in between is Warm.
Tasha: And when annual revenue is empty? Or just spaces?
Jen: Um, don't guess either way. Blank revenue is Warm, the middle bucket.
Marcus: Number of employees, we wanted that on the lead too.
Jen: Yes, the number of employees field as a whole number, an integer, not text. If HubSpot's number of employees is empty or only spaces, leave NumberOfEmployees off the lead entirely.
Marcus: And the email copied.
Jen: Email copied as is.

Action items:
- Rating: annual revenue > 5,000,000 -> Hot; < 500,000 -> Cold; otherwise Warm; blank revenue -> Warm.
- NumberOfEmployees: number of employees as an integer; blank -> left off.
- Email: copied.""",
      extended(HS,
               hs(email="zara.quinn@bluefin.io", annualrevenue="5000000.5", numemployees="  "),
               hs(email="tom.reid@pinecrest.org", annualrevenue="499999.99", numemployees="7"),
               hs(email="nell.arden@copperfinch.com", annualrevenue="   ", numemployees="3100"),
               hs(email="yuna.baek@gwangpier.kr", annualrevenue="500000.01", numemployees="45")))
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


@case("h137-07-dialer-e164", H, L, """Weekly ops: E.164 for lead phones (transcript, cleaned by Marcus)

Jen: The dialer needs E.164 on the Salesforce lead's phone.
Marcus: Spell out the rule so I get it right.
Jen: So, a plus sign and then digits only. We're a US team, so we put plus one in front. Unless the number already starts with a plus, then it keeps whatever country code it has. And if it's eleven digits starting with a one, it already has the one, just add the plus.
Marcus: The HubSpot phone field is the source?
Jen: Yeah, the phone field. Not mobile phone. And if phone is empty or only spaces, leave Phone off the lead completely. Don't send a bare plus one.
Tasha: Can we title case the names while we're in there?
Jen: The last name and the city, yes. Title case meaning capital first letter on each word, rest lowercase. First name, um, we're not sending first name on this one.
Marcus: Email?
Jen: Copied, unchanged.

Action items:
- Phone: E.164 from phone (US +1 by default; a leading '+' keeps its own code; 11 digits starting with 1 -> just add '+'); blank phone -> no Phone.
- LastName, City: title case.
- Email: copied.""",
      extended(HS,
               hs(email="cal.whitaker@alamoheat.com", lastname="WHITAKER", city="san antonio",
                  phone="1 (210) 555-0147"),
               hs(email="joy.boyd@sunlandtile.com", lastname="boyd", city="EL PASO", phone="  ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": title(r["lastname"]), "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h137-08-us-only-stage-description", H, L, """Ops weekly: US lead push (speech-to-text, tidied by Marcus)

Jen: The international SDRs aren't hired yet, so, um, the lead push is US only for now. Country has to be United States, anyone else we skip.
Marcus: And the description field, the SDRs wanted a line in there.
Jen: Yeah. The description is the word Stage, a colon and a space, then the lifecycle stage value as HubSpot has it, then a space and an open bracket and the word since and a space, then the create date, just the date part as year-month-day, then a closing bracket. So a lead created on the first of May twenty twenty-four reads: Stage: lead (since 2024-05-01)
Marcus: State?
Jen: State in all caps.
Tasha: Should we put the original source in the description too?
Jen: No, we dropped that, it made the line too long.
Marcus: Last name and company just copied?
Jen: Email, last name and company copied, no changes.

Action items:
- Only country = 'United States'; skip everyone else.
- Description: 'Stage: <lifecycle stage> (since <create date YYYY-MM-DD>)'.
- State: uppercased.
- Email, LastName, Company: copied.""",
      extended(HS,
               hs(email="jo.whitley@hudsonpaper.com", lastname="Whitley", company="Hudson Paper",
                  country="United States", state="ny", lifecyclestage="opportunity",
                  createdate="2024-08-19T12:00:00.000Z"),
               hs(email="marc.gagnon@erable.ca", lastname="Gagnon", company="Erable", country="Canada", state="QC"),
               hs(email="ava.lund@pugetfish.com", lastname="Lund", company="", country="United States", state="wa",
                  lifecyclestage="lead", createdate="2021-02-28T13:15:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"Stage: {r['lifecyclestage']} (since {day(r['createdate'])})"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h137-09-mailing-address-copies", H, C, """Weekly ops: contact addresses (auto minutes, Marcus cleaned them)

Marcus: HubSpot contacts into Salesforce contacts. The address goes into the Mailing fields.
Jen: So the street address into mailing street, city into mailing city, state into mailing state, zip into mailing postal code, country into mailing country.
Marcus: Any cleanup?
Jen: Basically none. Straight copies. Empty in HubSpot is an empty string in Salesforce, and a value that's only spaces stays only spaces.
Tasha: Should we uppercase the state?
Jen: Um — no, leave it, copy it like the rest.
Marcus: Plus email, first name and last name.
Jen: Yeah, those three copied too, unchanged.

Action items:
- MailingStreet / MailingCity / MailingState / MailingPostalCode / MailingCountry = street address / city / state / zip / country, untouched.
- Email, FirstName, LastName: copied.
- Nothing trimmed, nothing uppercased; empties stay empty.""",
      extended(HS,
               hs(email="clay.rowe@bayougear.com", firstname="Clay", lastname="Rowe", address="", city="Lafayette",
                  state="", zip="", country="United States"),
               hs(email="ines.maes@atelierbleu.be", firstname="Ines", lastname="Maes", address=" 4 Quai Rd ",
                  city="Ghent", state="  ", zip="9000", country="Belgium")))
def o09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h137-10-cautious-optout-dnc", H, C, """Ops weekly: contact checkboxes (transcript)

Tasha: Two checkboxes on the Salesforce contact. Has opted out of email, and do not call.
Jen: Opted out first. If HubSpot's email opt out is true, it's true. If it's false, it's false.
Tasha: And blank?
Jen: Blank, so empty or just spaces, we play it safe: blank means opted out, true. Legal asked for that.
Marcus: Do not call?
Jen: Do not call is true when the phone field is empty or only spaces. We only look at phone, not mobile phone. If phone has a number in it, do not call is false.
Marcus: Real booleans, not strings.
Jen: Right, true and false. And the email, copied across as is.

Action items:
- HasOptedOutOfEmail: true if opt out is 'true' or blank; false if 'false'.
- DoNotCall: true when phone is blank, else false (mobile phone ignored).
- Email: copied.""",
      extended(HS,
               hs(email="pat.quill@mesaverde.io", hs_email_optout="  ", phone="", mobilephone=""),
               hs(email="rhea.kapur@indigoline.in", hs_email_optout="false", phone="  ", mobilephone="512-555-0190"),
               hs(email="axel.strand@polarnorr.se", hs_email_optout="true", phone="(720) 555-0100", mobilephone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true" or blank(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"])}


@case("h137-11-surname-fallbacks", H, C, """Weekly ops: contact last names (auto transcript, lightly edited)

Marcus: Salesforce bounces a contact with no last name, so we need a fallback.
Jen: Okay so: the last name field if it's filled. If it's empty, use the first name. And if that's empty too, the part of the email before the at sign.
Marcus: Empty meaning empty string or just spaces?
Jen: Both count as empty, at every step.
Tasha: Could we use company instead of first name?
Jen: No, scrap that, a company isn't a surname. Last name, then first name, then the bit before the at.
Marcus: Title?
Jen: Job title into title, copied as is, empty stays empty. And email copied.

Action items:
- LastName: last name, else first name, else the email's part before '@' (blank = empty or only spaces).
- Title: job title, copied.
- Email: copied.""",
      extended(lower_emails(HS),
               hs(email="bo.lindqvist@vasaport.se", firstname="Bo", lastname="", jobtitle="Buyer"),
               hs(email="kit.moreno@sierraalta.mx", firstname="", lastname="  ", jobtitle=""),
               hs(email="dee.oduya@lagosbay.ng", firstname="   ", lastname="", jobtitle="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
            "Title": r["jobtitle"]}


@case("h137-12-iso-country-state-caps", H, C, """Ops weekly, item 2: contact country codes (transcript)

Jen: Mailing country on the Salesforce contact should be the two-letter code.
Marcus: From HubSpot's country. Which ones do we have?
Jen: United States is US, Japan is JP, Mexico is MX, France is FR, Canada is CA. That's every country in there, nothing else shows up.
Marcus: Mailing state?
Jen: The state, uppercased. And if state is empty or only spaces, leave mailing state out, don't send it.
Tasha: Um, should we uppercase the city too?
Jen: No, city's not part of this one. Just email, mailing country and mailing state.
Marcus: Email copied?
Jen: Yep, as is.

Action items:
- MailingCountry: United States -> US, Japan -> JP, Mexico -> MX, France -> FR, Canada -> CA.
- MailingState: state uppercased; blank -> not sent.
- Email: copied. No city.""",
      extended(HS,
               hs(email="noel.roy@lacbleu.ca", country="Canada", state="on"),
               hs(email="tia.lowe@deltafarm.com", country="United States", state="  "),
               hs(email="rosa.ibarra@tapatio.mx", country="Mexico", state="jal")))
def o12(r: R) -> Out:
    iso = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Canada": "CA"}
    return keep({"Email": r["email"], "MailingCountry": iso[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h137-13-sales-side-contacts", H, C, """Weekly ops: which contacts go to Salesforce (minutes)

Jen: Only the sales-side folks go into Salesforce contacts. Lifecycle stage has to be sales qualified lead, opportunity or customer. Everybody else stays in HubSpot.
Marcus: Email lowercase?
Jen: Yeah, lowercase the email.
Marcus: Phone?
Jen: The phone field, and when phone's empty or only spaces, take mobile phone instead, as written. If both are empty, leave Phone off.
Tasha: Do we mark them somehow?
Jen: The description on the contact says Synced from HubSpot. Same text for all of them.
Tasha: Including today's date?
Jen: No date, forget the date. Just that text.

Action items:
- Only lifecycle stage salesqualifiedlead, opportunity or customer.
- Email: lowercased.
- Phone: phone, else mobile phone, else no Phone (blank = empty or spaces); number unchanged.
- Description: 'Synced from HubSpot'.""",
      extended(HS,
               hs(email="Rita.Moss@BeaconHill.com", lifecyclestage="opportunity", phone="  ",
                  mobilephone="(303) 555-0177"),
               hs(email="ned.ford@plainview.com", lifecyclestage="lead"),
               hs(email="Amy.Chu@Jadeport.HK", lifecyclestage="customer", phone="", mobilephone=""),
               hs(email="lou.park@ridgeway.com", lifecyclestage="evangelist")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "opportunity", "customer"):
        return None
    return keep({"Email": r["email"].lower(), "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
                 "Description": "Synced from HubSpot"})


@case("h137-14-title-trim-source-buckets", H, C, """Ops weekly: contact cleanup and lead source (auto transcript)

Tasha: For Salesforce contacts, the job titles have stray spaces. Trim the job title into title.
Marcus: Names?
Tasha: First name and last name title cased. Capital first letter on each word, the rest lowercase.
Jen: And lead source, from the original source?
Tasha: Yeah. Offline is Trade Show. Referrals is External Referral. Email marketing is Email. Everything else is Web — and that includes a blank original source.
Marcus: Everything else meaning paid search, organic, whatever?
Tasha: So yeah, anything that isn't one of those three. Web.
Jen: And the email copied, no changes.

Action items:
- Title: job title trimmed.
- FirstName, LastName: title case.
- LeadSource: OFFLINE -> Trade Show; REFERRALS -> External Referral; EMAIL_MARKETING -> Email; anything else (blank too) -> Web.
- Email: copied.""",
      extended(HS,
               hs(email="lucia.vega@andesgold.pe", firstname="LUCIA BELEN", lastname="vega", jobtitle="  Plant Manager ",
                  hs_analytics_source="OFFLINE"),
               hs(email="hugo.lenz@saarstahl.de", firstname="hugo", lastname="LENZ", jobtitle="CFO",
                  hs_analytics_source="  "),
               hs(email="mei.tan@lionbridge.sg", firstname="Mei", lastname="Tan", jobtitle="",
                  hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"OFFLINE": "Trade Show", "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h137-15-audience-language-default", H, M, """Weekly ops: Mailchimp audience from HubSpot (transcript, cleaned by Marcus)

Jen: HubSpot contacts into the Mailchimp audience. The email address is the HubSpot email, copied.
Marcus: Merge fields?
Jen: First name into FNAME, last name into LNAME, straight copies. No casing fixes, empty stays empty.
Marcus: Status?
Jen: Subscribed, for everybody.
Tasha: Language. Most contacts don't have the HubSpot language property filled in, a lot don't have it at all.
Jen: Right, so language comes from HubSpot's preferred language field, hs_language, and when that's missing, empty or just spaces, it's en.
Tasha: Should we guess from the country instead?
Jen: Um, no. Too clever. Just default to en.

Action items:
- email_address = email; merge_fields FNAME = first name, LNAME = last name (copies).
- status = 'subscribed'.
- language = hs_language, or 'en' when it's missing or blank.""",
      extended(HS,
               hs(email="elise.morel@vigneron.fr", firstname="Elise", lastname="Morel", hs_language="fr"),
               hs(email="jan.novak@vltava.cz", firstname="Jan", lastname="Novak", hs_language="  "),
               hs(email="kai.vogt@elbtal.de", firstname="", lastname="Vogt", hs_language="de")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h137-16-three-way-status", H, M, """Ops weekly: Mailchimp status (auto minutes)

Marcus: Status on the Mailchimp member, off HubSpot's email opt out.
Jen: Opt out true means unsubscribed. Opt out false means subscribed.
Marcus: And blank, so empty or spaces?
Jen: Pending. Then they get the double opt-in email.
Tasha: Do we tag them?
Jen: Everybody gets one tag, From HubSpot. Just that one tag.
Marcus: Email?
Jen: Email address is the HubSpot email, unchanged.

Action items:
- status: opt out 'true' -> unsubscribed; 'false' -> subscribed; blank -> pending.
- tags: ['From HubSpot'].
- email_address: email as is.""",
      extended(HS,
               hs(email="vic.hale@stonebridge.com", hs_email_optout="  "),
               hs(email="uma.rao@monsoonlabs.in", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else ("unsubscribed" if opt == "true" else "subscribed")
    return {"status": status, "tags": ["From HubSpot"], "email_address": r["email"]}


@case("h137-17-enterprise-customer-tags", H, M, """Weekly ops: Mailchimp tags (transcript, Marcus cleaned)

Jen: There are two possible tags on the Mailchimp member. First one: Enterprise, when annual revenue is more than one million.
Marcus: One million exactly?
Jen: More than one million. And blank revenue, empty or spaces, doesn't get it.
Marcus: Okay. And the second one?
Jen: Second tag: Customer, when the lifecycle stage is exactly customer.
Marcus: Order?
Jen: Enterprise first, then Customer. If neither applies, tags is an empty list.
Tasha: Should we add a Prospect tag for everyone else?
Jen: No, scrap that. Just those two.
Marcus: Email address from the HubSpot email, unchanged.

Action items:
- tags: 'Enterprise' if annual revenue > 1,000,000 (blank: no); then 'Customer' if lifecycle stage = customer; neither -> [].
- email_address: email.""",
      extended(HS,
               hs(email="dara.mills@hollowpine.com", annualrevenue="1000000.5", lifecyclestage="customer"),
               hs(email="ben.ashe@kitecraft.com", annualrevenue=" ", lifecyclestage="customer"),
               hs(email="ivy.cole@bramblegate.com", annualrevenue="999999", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("Enterprise")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"tags": tags, "email_address": r["email"]}


@case("h137-18-sms-first-word-phone", H, M, """Ops weekly: SMS fields for Mailchimp (minutes)

Tasha: For FNAME we want just the first word of the first name field. So Mary Ann becomes Mary.
Marcus: And the phone merge field?
Tasha: Mobile phone, in E.164. If mobile phone is empty or only spaces, use the phone field instead.
Jen: E.164 how, exactly?
Tasha: Plus and digits only. Assume US, so plus one, unless the number already starts with a plus, then it keeps its own code. Eleven digits that start with a one already have the country code, just add the plus.
Marcus: And if both numbers are blank?
Tasha: Then no PHONE merge field at all.
Jen: Email address?
Tasha: The HubSpot email, unchanged.

Action items:
- merge_fields.FNAME: first word of first name.
- merge_fields.PHONE: E.164 (US default) of mobile phone, else phone; both blank -> no PHONE.
- email_address: email.""",
      extended(HS,
               hs(email="jp.roux@cotedazur.fr", firstname="Jean Paul", mobilephone="  ", phone="1 312 555 0160"),
               hs(email="sam.hale@quietpond.com", firstname="Sam", mobilephone="", phone="")))
def o18(r: R) -> Out:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]),
                                  "PHONE": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h137-19-b2b-audience-vip-stage", H, M, """Weekly ops: B2B audience (auto transcript)

Jen: No company, no B2B audience. If the company field is empty or only spaces, skip the contact.
Marcus: Status?
Jen: Subscribed, for everyone who makes it in.
Tasha: The VIP flag?
Jen: VIP is true when the lifecycle stage is customer or evangelist. Anything else, false.
Marcus: Wasn't it also high revenue?
Jen: We talked about revenue — no, that got dropped. Just the lifecycle stage.
Marcus: Email?
Jen: Email address is the HubSpot email, copied.

Action items:
- Skip when company is blank (empty or only spaces).
- status: subscribed.
- vip: true if lifecycle stage is customer or evangelist, else false.
- email_address: email.""",
      extended(HS,
               hs(email="ken.ota@minatoya.jp", company="  ", lifecyclestage="customer"),
               hs(email="ruth.ames@halcyonbio.com", company="Halcyon Bio", lifecyclestage="customer"),
               hs(email="zed.kerr@orbitfoods.com", company="Orbit Foods", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"status": "subscribed", "vip": r["lifecyclestage"] in ("customer", "evangelist"),
            "email_address": r["email"]}


@case("h137-20-names-company-tag-revenue-vip", H, M, """Ops weekly: Mailchimp names and a company tag (minutes, cleaned by Marcus)

Marcus: FNAME and LNAME title cased. Capital first letter of each word, rest lowercase.
Jen: Company: Mailchimp doesn't have a company merge field on this audience, so it goes on as a tag. One tag, the company name as HubSpot has it.
Marcus: And when the company is empty?
Jen: Empty or spaces, then the tag is the email's domain, the part after the at sign, as is.
Tasha: VIP?
Jen: VIP when annual revenue is over three million. Blank revenue is not VIP.
Marcus: Email address just the HubSpot email?
Jen: Yep, untouched.

Action items:
- merge_fields.FNAME / LNAME: title case of first name / last name.
- tags: [company], or [email domain after '@'] when company is blank.
- vip: annual revenue > 3,000,000; blank -> false.
- email_address: email.""",
      extended(lower_emails(HS),
               hs(email="ella.mae@sweetwater.com", firstname="ELLA MAE", lastname="jones", company="  ",
                  annualrevenue="3000000.5"),
               hs(email="omar.said@atlasdunes.ma", firstname="omar", lastname="SAID", company="Atlas Dunes",
                  annualrevenue=" ")))
def o20(r: R) -> Out:
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 3_000_000), "email_address": r["email"]}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h137-21-identify-name-join", H, S, """Weekly ops: Segment identify (transcript)

Jen: Segment identify calls from HubSpot contacts. userId is the email, lowercased.
Marcus: Traits?
Jen: The email trait is the raw email, not lowercased. firstName and lastName traits, copied. And the name trait is the first name, a space, then the last name.
Tasha: Title?
Jen: Job title into the title trait, copied, and an empty one stays an empty string.
Tasha: Should name be title cased?
Jen: No. Um, no casing changes anywhere except the userId.

Action items:
- userId: email lowercased.
- traits.email = email (raw); traits.firstName, traits.lastName, traits.title = first name, last name, job title (copies).
- traits.name = first name + ' ' + last name.""",
      extended(HS,
               hs(email="Tariq.Aziz@Oasisline.AE", firstname="Tariq", lastname="Aziz", jobtitle=""),
               hs(email="bella.ng@KOIGARDEN.sg", firstname="Bella", lastname="Ng", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h137-22-company-traits-nested", H, S, """Ops weekly: Segment company traits (auto minutes)

Marcus: Company info goes under traits dot company.
Jen: name is the HubSpot company. If company is empty or spaces, name is No Company.
Marcus: Industry?
Jen: industry, copied. If it's empty or spaces, leave industry out.
Marcus: Employee count?
Jen: Number of employees as an integer, into employee_count. Blank, leave it out.
Tasha: Revenue too?
Jen: No, not revenue, we dropped that.
Marcus: userId?
Jen: userId is the email, as is.

Action items:
- traits.company.name: company; blank -> 'No Company'.
- traits.company.industry: industry; blank -> omitted.
- traits.company.employee_count: number of employees as an integer; blank -> omitted.
- userId: email.""",
      extended(HS,
               hs(email="vera.holm@soloshop.se", company="", industry="  ", numemployees=""),
               hs(email="raj.iyer@vela.in", company="Vela", industry="Retail", numemployees="9"),
               hs(email="ana.lima@cafeserra.br", company="  ", industry="Food", numemployees="0")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "No Company"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h137-23-address-traits-phone", H, S, """Weekly ops: Segment address and phone (transcript)

Jen: Address on the Segment profile, nested under traits dot address. street from the street address field, city from city, postalCode from zip, country from country. All straight copies, empty ones stay empty.
Marcus: State?
Jen: state too, but if state is empty or spaces, leave state out.
Marcus: Phone?
Jen: traits dot phone. Office phone first, and if that's empty or spaces, mobile phone. E.164: plus and digits, plus one for US by default, a number starting with plus keeps its code, eleven digits starting with one just gets a plus.
Tasha: If both are empty?
Jen: No phone trait.
Marcus: userId?
Jen: The email, as is.

Action items:
- traits.address.street / city / postalCode / country = street address / city / zip / country (copies).
- traits.address.state = state; blank -> left out.
- traits.phone: E.164 (US) of phone, else mobile phone; both blank -> no phone trait.
- userId: email.""",
      extended(HS,
               hs(email="gwen.tally@larkmeadow.com", phone="", mobilephone="  ", state=""),
               hs(email="abe.rusk@cedarbluff.com", phone="  ", mobilephone="1 646 555 0101", state="NY", address="",
                  zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h137-24-clean-userid-marketing-ok", H, S, """Ops weekly: Segment marketing flags (minutes, cleaned by Marcus)

Marcus: Emails in HubSpot have trailing spaces and random capitals. userId: trim the email and lowercase it.
Jen: title trait: the job title, copied as is.
Tasha: The marketing OK flag?
Jen: traits dot marketing_ok, true or false. True only when the email opt out field is exactly the text false. If it's true, not OK. If it's blank, empty or spaces, we don't know, so that's false too.
Marcus: Revenue?
Jen: annual_revenue trait, the annual revenue as a number. Blank, leave the trait out.

Action items:
- userId: email trimmed and lowercased.
- traits.title: job title, copied.
- traits.marketing_ok: true if opt out = 'false'; 'true' or blank -> false.
- traits.annual_revenue: annual revenue as a number; blank -> omitted.""",
      extended(HS,
               hs(email=" Lou.Grant@Example.COM  ", hs_email_optout="  ", annualrevenue="0.5", jobtitle="Editor"),
               hs(email="MAY.LIN@PEARLRIVER.HK", hs_email_optout="false", annualrevenue="   ", jobtitle="  ")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "marketing_ok": r["hs_email_optout"] == "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h137-25-ga4-contact-refresh", H, G, """Weekly ops: GA4 contact event (transcript)

Jen: One GA4 event per HubSpot contact. The client ID is fixed, crm-sync, for every contact. And the user ID is the HubSpot email, unchanged.
Marcus: Event name?
Jen: contact_refresh. Same for all of them.
Marcus: Params?
Jen: stage, copied from the lifecycle stage. source, the original source lowercased — and if the original source is empty or spaces, source is the word none. And created, the create date, just the date part, year-month-day.
Tasha: Do we need a timestamp too?
Jen: No, skip the timestamp.

Action items:
- client_id: 'crm-sync'; user_id: email.
- events[0].name: 'contact_refresh'.
- params.stage = lifecycle stage; params.source = original source lowercased, blank -> 'none'; params.created = create date as YYYY-MM-DD.""",
      extended(HS,
               hs(email="chidi.eze@savannahfarms.ng", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2024-04-01T12:00:00.000Z"),
               hs(email="hana.seo@mintframe.com", lifecyclestage="other", hs_analytics_source="SOCIAL_MEDIA",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "crm-sync", "user_id": r["email"],
            "events": [{"name": "contact_refresh",
                        "params": {"stage": r["lifecyclestage"], "source": "none" if blank(src) else src.lower(),
                                   "created": day(r["createdate"])}}]}


@case("h137-26-ga4-high-value-only", H, G, """Ops weekly: GA4 high-value event (auto minutes)

Marcus: Only contacts with annual revenue of more than two million go to GA4. Blank revenue, empty or spaces, skip.
Tasha: Two million or more?
Jen: More than. Strictly more than two million.
Marcus: Client ID?
Jen: The client ID is the part of the email before the at sign. User ID, the whole email.
Marcus: Event?
Jen: high_value_contact. Params: value is the annual revenue as a number, currency is USD.

Action items:
- Skip unless annual revenue > 2,000,000 (blank -> skip).
- client_id: email before '@'; user_id: email.
- events[0].name: 'high_value_contact'; params.value = annual revenue (number); params.currency = 'USD'.""",
      extended(lower_emails(HS),
               hs(email="karl.busch@hansewerft.de", annualrevenue="2000000.5"),
               hs(email="rita.neves@brisamar.pt", annualrevenue="  "),
               hs(email="guy.tremblay@glacierbay.ca", annualrevenue="1999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 2_000_000):
        return None
    return {"client_id": before_at(r["email"]), "user_id": r["email"],
            "events": [{"name": "high_value_contact",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h137-27-ga4-customer-or-prospect", H, G, """Weekly ops: GA4 sync event name (transcript)

Jen: The event name depends on the lifecycle stage. Customer or evangelist: customer_sync. Anything else: prospect_sync.
Marcus: Client ID?
Jen: The HubSpot email, as is.
Marcus: Params?
Jen: An industry param from industry, and if industry is empty or spaces, send unspecified. A city param, copied straight, no fixing the lowercase ones.
Tasha: Add the country as well?
Jen: No. Leave country out.

Action items:
- events[0].name: customer_sync if lifecycle stage is customer or evangelist, else prospect_sync.
- client_id: email.
- params.industry: industry, blank -> 'unspecified'; params.city: city, copied.""",
      extended(HS,
               hs(email="siti.rahim@kenangaport.my", lifecyclestage="evangelist", industry="  ", city="ipoh"),
               hs(email="wade.finch@sheetmetalco.com", lifecyclestage="opportunity", industry="Retail", city="Austin")))
def o27(r: R) -> Out:
    name = "customer_sync" if r["lifecyclestage"] in ("customer", "evangelist") else "prospect_sync"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unspecified"),
                                                 "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h137-28-leads-back-raw", L, H, """Ops weekly: Salesforce leads back into HubSpot (minutes)

Marcus: The reverse sync, Salesforce leads into HubSpot contacts. Everything is a straight copy.
Jen: Email to email, first name to first name, last name to last name, company to company, title into job title, phone into phone, city into city.
Marcus: Empty values?
Jen: Empty stays empty, and spaces stay spaces. We're not cleaning anything in this direction.
Tasha: Should we bring the rating over?
Jen: Um, not now, drop it. Just those seven.

Action items:
- email, firstname, lastname, company, jobtitle, phone, city = lead Email, FirstName, LastName, Company, Title, Phone, City, untouched (empty stays empty).""",
      extended(SFL,
               sfl(Email="nils.eck@fjordwind.no", FirstName="Nils", LastName="Eck", Company="", Title="", City="  "),
               sfl(Email="pia.sol@costamar.es", FirstName="", LastName="Sol", Phone="", City="Valencia")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h137-29-lead-status-optout-text", L, H, """Weekly ops: lead status into HubSpot (transcript)

Jen: Lead status on the HubSpot contact comes from the Salesforce lead status. Open - Not Contacted is NEW. Working - Contacted is ATTEMPTED_TO_CONTACT. Closed - Converted is OPEN_DEAL. Closed - Not Converted is UNQUALIFIED.
Marcus: Those are the only four statuses Salesforce has, right?
Jen: Yep, every lead has one of those four.
Marcus: And the opt out?
Jen: HubSpot's email opt out gets the word true or false, written as text, from has opted out of email. Checked is the text true, unchecked is the text false.
Marcus: Email copied.
Jen: Yes, as is.

Action items:
- hs_lead_status: Open - Not Contacted -> NEW; Working - Contacted -> ATTEMPTED_TO_CONTACT; Closed - Converted -> OPEN_DEAL; Closed - Not Converted -> UNQUALIFIED.
- hs_email_optout: the string 'true' / 'false' from HasOptedOutOfEmail.
- email: Email, copied.""",
      extended(SFL,
               sfl(Email="dev.rana@gangatex.in", Status="Working - Contacted", HasOptedOutOfEmail=False),
               sfl(Email="lotte.smit@polderpak.nl", Status="Closed - Converted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": status[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h137-30-rating-to-stage-revenue", L, H, """Ops weekly: rating to lifecycle stage (auto transcript)

Marcus: Lifecycle stage in HubSpot comes from the lead rating. Hot is salesqualifiedlead. Warm is marketingqualifiedlead. Cold is, um, lead — no, sorry, Cold is subscriber.
Jen: Every lead has a rating, right?
Marcus: Yes, always one of the three.
Jen: Annual revenue?
Marcus: Annual revenue as a number. If it's empty or spaces, leave annual revenue off the contact.
Tasha: And the email lowercased, HubSpot's picky about that.
Marcus: Yep, lowercase the email.

Action items:
- lifecyclestage: Hot -> salesqualifiedlead; Warm -> marketingqualifiedlead; Cold -> subscriber.
- annualrevenue: annual revenue as a number; blank -> left out.
- email: lowercased.""",
      extended(SFL,
               sfl(Email="Tomas.Berg@NordKraft.SE", Rating="Cold", AnnualRevenue="125000.5"),
               sfl(Email="KAI.LUNG@JADEPEAK.CN", Rating="Warm", AnnualRevenue=" ")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "subscriber"}
    return keep({"lifecyclestage": stage[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h137-31-uk-leads-e164", L, H, """Weekly ops: UK leads into HubSpot (transcript)

Jen: Only United Kingdom leads go over. The country has to be exactly United Kingdom, everyone else is skipped.
Marcus: Phone?
Jen: E.164, the UK version. Plus four four, and drop the leading zero. If the number already starts with a plus, it keeps its own country code.
Marcus: Postal code?
Jen: Into zip, uppercased.
Tasha: Job title?
Jen: Title into job title. If the title is empty or spaces, Not Given.
Marcus: And email copied.

Action items:
- Only Country = 'United Kingdom'.
- phone: E.164 UK (+44, drop the trunk 0; a leading '+' keeps its code).
- zip: postal code uppercased.
- jobtitle: Title, blank -> 'Not Given'.
- email: Email, copied.""",
      extended(SFL,
               sfl(Email="fern.mackay@heatherline.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="m1 1ae", Title=""),
               sfl(Email="tom.hale@forthbridge.co.uk", Country="United Kingdom", Phone="+44 131 496 0000",
                   PostalCode="eh2 4ad", Title="  "),
               sfl(Email="aoife.byrne@liffeyworks.ie", Country="Ireland", Phone="+353 1 555 0100",
                   PostalCode="D02 X285")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(), "jobtitle": dflt(r["Title"], "Not Given"),
            "email": r["Email"]}


@case("h137-32-street-city-line", L, H, """Ops weekly: lead address into HubSpot (minutes)

Marcus: Dead leads, status Closed - Not Converted, stay in Salesforce. Skip them.
Jen: For the rest: job title from title, and if the title's empty or spaces, Unknown.
Marcus: Address?
Jen: Street, then a comma and a space, then the city. So 200 Lake St, Chicago. If the city is empty or only spaces, it's just the street, no comma.
Tasha: Does every lead that gets through have a street?
Jen: Yeah, they all do.
Marcus: Email copied.

Action items:
- Skip Status = 'Closed - Not Converted'.
- jobtitle: Title, blank -> 'Unknown'.
- address: Street + ', ' + City; City blank -> Street only.
- email: Email, copied.""",
      extended(SFL,
               sfl(Email="min.jeong@hanbitsoft.kr", Street="5 Elm Row", City="", Status="Working - Contacted", Title=""),
               sfl(Email="nora.pike@buttecreek.com", Street="88 Pier Rd", City="  ", Status="Open - Not Contacted",
                   Title="Buyer"),
               sfl(Email="rhys.owen@slatequay.co.uk", Street="9 Mill Rd", City="Leeds", Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"jobtitle": dflt(r["Title"], "Unknown"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p)), "email": r["Email"]}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h137-33-status-and-sales-team-tag", C, M, """Weekly ops: SF contacts into Mailchimp (transcript)

Jen: The email address, lowercased.
Marcus: Status from has opted out of email. Checked means unsubscribed, unchecked means subscribed.
Jen: Tags: everyone gets Salesforce. And if the department is exactly Sales, they also get Sales Team, after the Salesforce tag.
Tasha: Engineering too?
Jen: No, just Sales. We dropped Engineering.

Action items:
- email_address: Email lowercased.
- status: HasOptedOutOfEmail true -> unsubscribed, false -> subscribed.
- tags: 'Salesforce', plus 'Sales Team' second when Department = 'Sales'.""",
      extended(SFC,
               sfc(Email="Nora.Beck@KielWerft.DE", Department="Sales", HasOptedOutOfEmail=True),
               sfc(Email="PAT.DOYLE@SHANNONAIR.IE", Department="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Sales Team"] if r["Department"] == "Sales" else [])}


@case("h137-34-sms-pilot-language", C, M, """Ops weekly: SMS pilot audience (auto minutes)

Marcus: Contacts without a phone are out. Phone empty or only spaces, skip them.
Jen: The PHONE merge field in E.164. Plus and digits, US plus one by default, a number starting with plus keeps its code, eleven digits with a leading one just gets the plus.
Marcus: Language?
Jen: From mailing country. Germany de, Austria de, United States en, France fr. Those four are the only mailing countries we have.
Marcus: And email address copied.

Action items:
- Skip when Phone is blank.
- merge_fields.PHONE: E.164 (US default).
- language: Germany / Austria -> de; United States -> en; France -> fr.
- email_address: Email, copied.""",
      extended(SFC,
               sfc(Email="ute.brandl@moselhof.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.fox@redbudfarm.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="luc.henry@bordeauxvin.fr", Phone="1 503 555 0100", MailingCountry="France")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "France": "fr"}
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang[r["MailingCountry"]],
            "email_address": r["Email"]}


@case("h137-35-hi-friend-engineering-vip", C, M, """Weekly ops: newsletter merge fields (transcript)

Jen: FNAME from first name, and when the first name is empty or spaces, Friend. So the greeting reads Hi Friend.
Marcus: LNAME?
Jen: Last name, copied. Empty stays empty.
Tasha: VIP?
Jen: VIP when the department is exactly Engineering. Blank department is false.
Marcus: Language?
Jen: en for everyone.
Marcus: Email address is the Salesforce email, unchanged.

Action items:
- merge_fields.FNAME: FirstName, blank -> 'Friend'.
- merge_fields.LNAME: LastName, copied.
- vip: Department = 'Engineering' (blank -> false).
- language: 'en'.
- email_address: Email.""",
      extended(SFC,
               sfc(Email="ifeoma.okoye@lagoscode.ng", FirstName="", LastName="Okoye", Department="Engineering"),
               sfc(Email="rae.lind@auroralab.fi", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Engineering", "language": "en", "email_address": r["Email"]}


@case("h137-36-opted-in-pending-no-tags", C, M, """Ops weekly: opted-in contacts audience (minutes)

Marcus: Only contacts that have NOT opted out of email go into this audience. Has opted out of email checked, skip.
Jen: FNAME and LNAME from first name and last name, copied, empty stays empty.
Marcus: Status?
Jen: pending, so they confirm. And the email type is html.
Tasha: Tags?
Jen: Explicitly no tags. Send an empty tag list.
Marcus: Email address copied.

Action items:
- Only HasOptedOutOfEmail = false.
- merge_fields.FNAME / LNAME: FirstName / LastName.
- status 'pending'; email_type 'html'; tags [].
- email_address: Email.""",
      extended(SFC,
               sfc(Email="gia.ferri@lagodoro.it", FirstName="Gia", LastName="", HasOptedOutOfEmail=False),
               sfc(Email="olaf.krug@nordsee.de", FirstName="Olaf", LastName="Krug", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "status": "pending",
            "email_type": "html", "tags": [], "email_address": r["Email"]}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h137-37-identify-title-birthday", C, S, """Weekly ops: SF contact identify (transcript)

Jen: userId is the Salesforce email, lowercased.
Marcus: Traits?
Jen: firstName and lastName, copied. title from title, and birthday from birthdate — but those two only when they have a value. Empty or spaces, leave that trait out.
Tasha: Department?
Jen: No, we're not sending department.

Action items:
- userId: Email lowercased.
- traits.firstName / traits.lastName: FirstName / LastName, copied.
- traits.title, traits.birthday: Title, Birthdate copied when filled, omitted when blank.""",
      extended(SFC,
               sfc(Email="Ana.Vidal@MarAzul.ES", FirstName="Ana", LastName="Vidal", Title="  ",
                   Birthdate="1979-02-14"),
               sfc(Email="ron.hale@tallpine.com", FirstName="Ron", LastName="", Title="COO", Birthdate="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h137-38-address-city-country", C, S, """Ops weekly: Segment address from SF (auto minutes)

Marcus: traits dot address dot city is the mailing city, trimmed. There are stray spaces from an old import.
Jen: country is the mailing country, not trimmed, and when it's empty or spaces, Not Specified.
Tasha: Street too?
Jen: Um, no. City and country only.
Marcus: userId is the email, unchanged.

Action items:
- traits.address.city: MailingCity trimmed.
- traits.address.country: MailingCountry; blank -> 'Not Specified'.
- userId: Email as is.""",
      extended(SFC,
               sfc(Email="lisl.mayr@ennstal.at", MailingCity=" Leoben  ", MailingCountry=""),
               sfc(Email="max.roth@donauhof.at", MailingCity="Salzburg ", MailingCountry="  ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Not Specified")}}}


@case("h137-39-phone-name-channel", C, S, """Weekly ops: SF contact phone, name and channel (transcript)

Jen: traits dot phone in E.164, US by default, so plus one. A number starting with plus keeps its code, eleven digits beginning with one just gets a plus.
Marcus: Name?
Jen: The name trait: first name, a space, last name.
Marcus: Channel?
Jen: The channel trait, from lead source. Web is online. Trade Show is events. Advertisement is paid. Anything else, blank lead source included, is other.
Marcus: userId is the email, unchanged.

Action items:
- traits.phone: E.164 (US) of Phone.
- traits.name: FirstName + ' ' + LastName.
- traits.channel: Web -> online; Trade Show -> events; Advertisement -> paid; anything else (blank too) -> other.
- userId: Email.""",
      extended(SFC,
               sfc(Email="iris.vane@greyheron.com", FirstName="Iris", LastName="Vane", Phone="1 (971) 555-0123",
                   LeadSource="Advertisement"),
               sfc(Email="jonas.falk@weserbank.de", FirstName="Jonas", LastName="Falk", Phone="971 555 0199",
                   LeadSource="Partner Referral")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "events", "Advertisement": "paid"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h137-40-members-back-optout-text", M, H, """Ops weekly: Mailchimp back into HubSpot (minutes)

Jen: firstname is FNAME title cased. Capital first letter on each word, the rest lowercase.
Marcus: lastname?
Jen: LNAME title cased too, but if LNAME is empty or only spaces, don't send lastname at all.
Marcus: Company?
Jen: The COMPANY merge field, copied, and when it's empty or spaces, Not Listed.
Tasha: Opt out?
Jen: HubSpot's email opt out, as text: the text true when the status is unsubscribed or cleaned, the text false for every other status.
Marcus: Email copied.

Action items:
- firstname: FNAME, title case.
- lastname: LNAME, title case; blank -> not sent.
- company: COMPANY; blank -> 'Not Listed'.
- hs_email_optout: 'true' (text) if status is unsubscribed or cleaned, else 'false'.
- email: email_address.""",
      extended(MC,
               mc({"FNAME": "ANNE MARIE", "LNAME": "  ", "COMPANY": "  "}, email_address="anne.marie@loirevalley.fr",
                  status="pending"),
               mc({"FNAME": "ted", "LNAME": "YUEN", "COMPANY": "Yuen Bros"}, email_address="ted.yuen@yuenbros.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Not Listed"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "email": r["email_address"]})


@case("h137-41-skip-cleaned-vip-evangelist", M, H, """Weekly ops: Mailchimp members into HubSpot (transcript)

Marcus: Cleaned members are bounced addresses, skip them.
Jen: firstname and lastname copied from FNAME and LNAME, untouched.
Marcus: Phone?
Jen: PHONE in E.164, US default, so plus one; a number starting with plus keeps its code, eleven digits with a leading one just gets a plus. PHONE empty or spaces, no phone.
Tasha: Lifecycle stage?
Jen: VIP members are evangelist. Non-VIP are lead.
Marcus: Email copied.

Action items:
- Skip status 'cleaned'.
- firstname / lastname: FNAME / LNAME as is.
- phone: E.164 (US) of PHONE; blank -> omitted.
- lifecyclestage: vip -> evangelist; otherwise lead.
- email: email_address.""",
      extended(MC,
               mc({"FNAME": "Noa", "LNAME": "Stein", "PHONE": "  "}, email_address="noa.stein@haifatech.il",
                  status="pending", vip=True),
               mc({"FNAME": "Cyril", "LNAME": "Dane", "PHONE": "(646) 555-0100"}, email_address="cyril.dane@ashgrove.com",
                  status="cleaned", vip=True),
               mc({"FNAME": "rita", "LNAME": "vance", "PHONE": "1-646-555-0177"}, email_address="rita.vance@vanceco.com",
                  status="subscribed", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"firstname": mf["FNAME"], "lastname": mf["LNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "lead", "email": r["email_address"]})


@case("h137-42-first-word-domain-customer-tag", M, H, """Ops weekly: Mailchimp to HubSpot names and stage (minutes)

Jen: firstname is just the first word of FNAME.
Marcus: Company?
Jen: COMPANY, and if that's empty or spaces, the email domain, the part after the at sign, unchanged.
Tasha: Lifecycle stage?
Jen: Off the tags. If the member has the tag Customer, exactly that, capital C, lifecycle stage is customer. Otherwise subscriber.
Marcus: Email copied.

Action items:
- firstname: first word of FNAME.
- company: COMPANY; blank -> the part of email_address after '@'.
- lifecyclestage: customer if tagged 'Customer', else subscriber.
- email: email_address.""",
      extended(MC,
               mc({"FNAME": "Mei Ling", "COMPANY": "  "}, email_address="mei.ling@jadeharbor.sg",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Tor", "COMPANY": "Fjord AS"}, email_address="tor.aas@fjordas.no", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]), "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set137")
