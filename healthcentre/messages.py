"""User-facing messages of the core, Swedish first and English available.

The desktop UI translates its own strings with Qt; the core cannot use Qt, so its
messages (validation errors, rule statuses, command-line output) live here as a
catalogue keyed by a stable code. Add a message by adding one entry with both
languages; a test checks every entry has both.
"""

from __future__ import annotations

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"

_current = DEFAULT_LANGUAGE

CATALOGUE: dict[str, dict[str, str]] = {
    # generic
    "required": {"sv": "{label} måste fyllas i.", "en": "{label} is required."},
    "too_long": {
        "sv": "{label} får vara högst {max} tecken.",
        "en": "{label} may be at most {max} characters.",
    },
    "not_found": {
        "sv": "{entity} med id {id} finns inte (kanske borttagen).",
        "en": "{entity} with id {id} does not exist (perhaps deleted).",
    },
    "in_use": {
        "sv": "{entity} används och kan inte tas bort: {reason}.",
        "en": "{entity} is in use and cannot be deleted: {reason}.",
    },
    "unknown_code": {
        "sv": "Okänd kod för {label}: {code}.",
        "en": "Unknown code for {label}: {code}.",
    },
    # sites
    "site_kind_invalid": {
        "sv": "Okänd typ av verksamhet: {kind}.",
        "en": "Unknown kind of site: {kind}.",
    },
    "municipality_unknown": {
        "sv": "Okänd kommunkod: {code}. Ange en av länets 13 kommuner.",
        "en": "Unknown municipality code: {code}. Give one of the county's 13 municipalities.",
    },
    # participants
    "birth_year_range": {
        "sv": "Födelseår måste vara mellan {min} och {max}.",
        "en": "Birth year must be between {min} and {max}.",
    },
    "gender_invalid": {
        "sv": "Okänt kön: {gender}. Välj kvinna, man, annat eller uppgift saknas.",
        "en": "Unknown gender: {gender}. Choose woman, man, other or not stated.",
    },
    "consent_in_future": {
        "sv": "Samtyckesdatum kan inte ligga i framtiden.",
        "en": "The consent date cannot be in the future.",
    },
    "possible_duplicate": {
        "sv": "Det finns redan en deltagare med namnet {name} född {birth_year}. Är det samma person?",
        "en": "There is already a participant named {name} born {birth_year}. Is it the same person?",
    },
    "participant_erased": {
        "sv": "Deltagaren är glömd och kan inte ändras.",
        "en": "The participant has been forgotten and cannot be changed.",
    },
    "merge_same_participant": {
        "sv": "Välj två olika deltagare att slå ihop.",
        "en": "Choose two different participants to merge.",
    },
    "merge_participant_erased": {
        "sv": "En glömd deltagare kan inte slås ihop med någon.",
        "en": "A forgotten participant cannot be merged with anyone.",
    },
    "merge_other_site": {
        "sv": "Deltagarna hör till olika verksamheter och kan inte slås ihop.",
        "en": "The participants belong to different sites and cannot be merged.",
    },
    # activities and sessions
    "activity_kind_unknown": {
        "sv": "Okänd aktivitetstyp: {kind}.",
        "en": "Unknown activity kind: {kind}.",
    },
    "end_before_start": {
        "sv": "Slutdatum kan inte vara före startdatum.",
        "en": "The end date cannot be before the start date.",
    },
    "target_group_unknown": {
        "sv": "Okänd målgrupp: {code}.",
        "en": "Unknown target group: {code}.",
    },
    "session_minutes_range": {
        "sv": "Ett tillfälle måste vara mellan {min} och {max} minuter långt.",
        "en": "A session must last between {min} and {max} minutes.",
    },
    "session_outside_activity": {
        "sv": "Tillfällets datum {date} ligger utanför aktivitetens period.",
        "en": "The session date {date} is outside the activity's period.",
    },
    "unregistered_negative": {
        "sv": "Antalet oregistrerade besökare kan inte vara negativt.",
        "en": "The number of unregistered visitors cannot be negative.",
    },
    "attendance_wrong_activity": {
        "sv": "Tillfället hör inte till den här aktiviteten.",
        "en": "The session does not belong to this activity.",
    },
    "attendance_duplicate": {
        "sv": "Deltagaren är redan registrerad som närvarande vid tillfället.",
        "en": "The participant is already registered as present at this session.",
    },
    # target groups
    "target_group_county_readonly": {
        "sv": "Länets målgrupper kan inte ändras; lägg till en lokal målgrupp i stället.",
        "en": "The county's target groups cannot be changed; add a local group instead.",
    },
    "target_group_code_taken": {
        "sv": "Koden {code} används redan av en annan målgrupp.",
        "en": "The code {code} is already used by another target group.",
    },
    "target_group_maps_to_county": {
        "sv": "En lokal målgrupp måste kopplas till en av länets målgrupper.",
        "en": "A local target group must map to one of the county's target groups.",
    },
    # study circles
    "study_circle_kind": {
        "sv": "Cirkeluppgifter kan bara läggas på en aktivitet av typen studiecirkel.",
        "en": "Circle details can only be added to an activity of the kind study circle.",
    },
    "study_association_unknown": {
        "sv": "Okänt studieförbund: {code}.",
        "en": "Unknown study association: {code}.",
    },
    # --- study circles and target groups (register) ---
    "activity_period_excludes_sessions": {
        "sv": "Aktiviteten har ett tillfälle {date} utanför den nya perioden. Flytta eller ta bort tillfället först.",
        "en": "The activity has a session on {date} outside the new period. Move or delete the session first.",
    },
    "circle_no_leader": {
        "sv": "Cirkeln saknar cirkelledare.",
        "en": "The circle has no circle leader.",
    },
    "circle_people_too_few": {
        "sv": "Cirkeln har {people} deltagare inklusive ledaren; minst {min} krävs.",
        "en": "Participants including the leader: {people}; at least {min} are needed.",
    },
    "circle_people_too_many": {
        "sv": "Cirkeln har {people} deltagare inklusive ledaren; högst {max} får vara med.",
        "en": "Participants including the leader: {people}; at most {max} are allowed.",
    },
    "circle_meetings_too_few": {
        "sv": "Träffar som räknas: {meetings}; minst {min} krävs.",
        "en": "Meetings that count: {meetings}; at least {min} are needed.",
    },
    "circle_hours_too_few": {
        "sv": "Antal studietimmar: {hours}; minst {min} krävs.",
        "en": "Study hours: {hours}; at least {min} are needed.",
    },
    "circle_meeting_capped": {
        "sv": "{count} träff(ar) var längre än {max} studietimmar och räknas som {max}.",
        "en": "{count} meeting(s) lasted longer than {max} study hours and count as {max}.",
    },
    # study-circle rules per meeting, week and year (Folkbildningsrådet)
    "circle_meeting_too_few_people": {
        "sv": "{count} träff(ar) hade färre än {min} deltagare inklusive ledaren och räknas inte.",
        "en": "{count} meeting(s) had fewer than {min} people including the leader and do not count.",
    },
    "circle_week_capped": {
        "sv": "{count} träff(ar) gick över högst {meetings} träffar och {hours} studietimmar per vecka "
              "och räknas inte fullt ut.",
        "en": "{count} meeting(s) went beyond at most {meetings} meetings and {hours} study hours a week "
              "and do not count in full.",
    },
    "circle_year_capped": {
        "sv": "Cirkeln nådde högst {max} studietimmar per år; {count} träff(ar) räknas inte fullt ut.",
        "en": "The circle reached at most {max} study hours a year; {count} meeting(s) do not count in full.",
    },
    "circle_participant_too_young": {
        "sv": "Deltagaren är {age} år det år cirkeln hålls; deltagare ska vara minst {min} år.",
        "en": "The participant is {age} in the circle's year; participants must be at least {min}.",
    },
    "circle_participant_never_present": {
        "sv": "Deltagaren har inte varit närvarande vid någon träff.",
        "en": "The participant has not been present at any meeting.",
    },
    "circle_participant_meetings_too_few": {
        "sv": "Antal träffar närvarande: {meetings}; minst {min} krävs.",
        "en": "Meetings present: {meetings}; at least {min} are needed.",
    },
    "circle_participant_hours_too_few": {
        "sv": "Närvarande {hours} studietimmar; minst {min} krävs.",
        "en": "Present for {hours} study hours; at least {min} are needed.",
    },
    "circle_participant_not_early": {
        "sv": "Inte närvarande vid någon av cirkelns {first} första träffar.",
        "en": "Not present at any of the circle's first {first} meetings.",
    },
    "circle_counts_yes": {
        "sv": "Cirkeln uppfyller studieförbundens regler.",
        "en": "The circle meets the study associations' rules.",
    },
    "circle_counts_no": {
        "sv": "Cirkeln uppfyller inte studieförbundens regler.",
        "en": "The circle does not meet the study associations' rules.",
    },
    "target_group_in_use": {
        "sv": "Målgruppen {code} används av {activities} aktiviteter och {participants} deltagare och kan inte "
              "tas bort. Ta bort den från dem först.",
        "en": "The target group {code} is used by {activities} activities and {participants} participants and "
              "cannot be deleted. Remove it from them first.",
    },
    "demo_register_not_empty": {
        "sv": "Demodata kan bara skapas i ett tomt register. Välj en annan datakatalog (--data-dir).",
        "en": "Demo data can only be created in an empty register. Choose another data directory (--data-dir).",
    },
    "demo_size_unknown": {
        "sv": "Okänd storlek på demodata: {size}. Välj small, medium eller large.",
        "en": "Unknown demo data size: {size}. Choose small, medium or large.",
    },
    # --- county counts and anonymisation ---
    "counts_period_invalid": {
        "sv": "Ogiltig period: {period}. Skriv ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ (t.ex. 2026-03, 2026-Q1, 2026).",
        "en": "Invalid period: {period}. Write YYYY-MM, YYYY-Qn or YYYY (e.g. 2026-03, 2026-Q1, 2026).",
    },
    "counts_site_ambiguous": {
        "sv": "Det finns flera verksamheter (eller ingen). Ange vilken med --site.",
        "en": "There are several sites (or none). Say which one with --site.",
    },
    "counts_no_site_code": {
        "sv": "Verksamheten har ingen kod hos länet ännu. Anslut den först, eller ange --org-unit.",
        "en": "The site has no county code yet. Enrol it first, or give --org-unit.",
    },
    "counts_withheld": {
        "sv": "Undanhållna celler: {withheld} av {people} celler med personantal (gräns {threshold}).",
        "en": "Withheld cells: {withheld} of {people} cells counting people (threshold {threshold}).",
    },
    "counts_breaches": {
        "sv": "Varning: {count} undanhållna celler kan räknas ut ur tidigare skickade versioner.",
        "en": "Warning: {count} withheld cells can be computed from versions sent earlier.",
    },
    # withheld headline totals: why a total of people that is not small is not shown (anonymised.withheld_why)
    "withheld_total_people": {"sv": "Unika deltagare", "en": "Unique participants"},
    "withheld_total_new": {"sv": "Nya deltagare", "en": "New participants"},
    "withheld_total_protects": {
        "sv": "{total}, {period}, visas inte: talet skulle avslöja ett litet antal i {places}.",
        "en": "{total}, {period}, not shown: the number would reveal a small count in {places}.",
    },
    "withheld_total_carried": {
        "sv": "{total}, {period}, visas inte: talet doldes i den version som redan skickats till länet, "
              "och ett tal som dolts en gång förblir dolt.",
        "en": "{total}, {period}, not shown: it was withheld in the version already sent to the county, "
              "and a number withheld once stays withheld.",
    },
    "withheld_place_or": {"sv": " eller ", "en": " or "},
    "withheld_place_month": {"sv": "en månad", "en": "a month"},
    "withheld_place_quarter": {"sv": "ett kvartal", "en": "a quarter"},
    "withheld_place_period": {"sv": "en annan period", "en": "another period"},
    "withheld_place_target_group": {"sv": "en målgrupp", "en": "a target group"},
    "withheld_place_age_gender": {"sv": "en åldersgrupp eller ett kön", "en": "an age band or gender"},
    "withheld_place_new": {"sv": "uppgiften om nya deltagare", "en": "the figure of new participants"},
    "withheld_place_visits": {"sv": "en typ av besök", "en": "a kind of visit"},
    "withheld_place_breakdown": {"sv": "en uppdelning", "en": "a breakdown"},
    "withheld_place_site": {"sv": "en av verksamheterna", "en": "one of the sites"},
    # --- sync, enrolment and the county receiver ---
    "sync_not_enrolled": {
        "sv": "Datorn är inte ansluten till länet: inget skickas förrän den anslutits med en engångskod "
              "(Verktyg → Anslut till länet…, eller healthcentre enroll).",
        "en": "This computer is not enrolled with the county: nothing is sent until it is enrolled with a "
              "one-time code (Tools → Enrol with the county…, or healthcentre enroll).",
    },
    "sync_no_receiver": {
        "sv": "Ingen adress till länets mottagare är inställd.",
        "en": "No county receiver address is configured.",
    },
    "sync_offline": {
        "sv": "Länets mottagare kan inte nås ({reason}). Försöker igen senare; du kan arbeta vidare.",
        "en": "The county receiver cannot be reached ({reason}). Will retry later; you can keep working.",
    },
    "sync_server_error": {
        "sv": "Länets mottagare svarade med fel {status}. Försöker igen senare.",
        "en": "The county receiver answered with error {status}. Will retry later.",
    },
    "sync_rejected": {
        "sv": "Länets mottagare tog inte emot perioden {period}: {reason}",
        "en": "The county receiver refused the period {period}: {reason}",
    },
    "sync_token_refused": {
        "sv": "Länets mottagare känner inte igen verksamhetens nyckel. Anslut verksamheten igen med en ny kod.",
        "en": "The county receiver does not recognise the site's token. Enrol the site again with a new code.",
    },
    # --- sync state: what the status bar and sync status say, and what to do ---
    "sync_state_not_enrolled": {
        "sv": "Datorn är inte ansluten till länet",
        "en": "This computer is not enrolled with the county",
    },
    "sync_state_token_refused": {
        "sv": "Länet känner inte igen verksamhetens nyckel: {count} perioder väntar",
        "en": "The county does not recognise the site's token: {count} periods waiting",
    },
    "sync_state_update_needed": {
        "sv": "Länet kräver en nyare version av appen: {count} perioder väntar",
        "en": "The county requires a newer version of the app: {count} periods waiting",
    },
    "sync_state_refused": {
        "sv": "Länet tog inte emot {refused} perioder ({periods}): {reason}",
        "en": "The county refused {refused} periods ({periods}): {reason}",
    },
    "sync_state_offline": {
        "sv": "Länets mottagare kan inte nås: {count} perioder väntar",
        "en": "The county receiver cannot be reached: {count} periods waiting",
    },
    "sync_state_waiting": {
        "sv": "{count} perioder väntar på att skickas",
        "en": "{count} periods waiting to be sent",
    },
    "sync_state_sent": {
        "sv": "Allt är skickat till länet (senast {when})",
        "en": "Everything is sent to the county (last {when})",
    },
    "sync_state_nothing_yet": {
        "sv": "Inget har skickats till länet ännu och inget väntar",
        "en": "Nothing has been sent to the county yet and nothing is waiting",
    },
    "sync_advice_update_needed": {
        "sv": "Be IT uppdatera healthcentre. Inskicken ligger kvar och skickas på nytt efter uppdateringen.",
        "en": "Ask IT to update healthcentre. The submissions are kept and sent again after the update.",
    },
    "sync_advice_refused": {
        "sv": "Rätta orsaken som länet anger: perioden byggs om och skickas igen när gränsen ändrats eller appen "
              "uppdaterats. IT kan avfärda en period med healthcentre sync dismiss --period PERIOD --reason TEXT.",
        "en": "Fix the cause the county gives: the period is rebuilt and sent again once the threshold is changed "
              "or the app updated. IT can dismiss a period with healthcentre sync dismiss --period PERIOD "
              "--reason TEXT.",
    },
    "sync_advice_offline": {
        "sv": "Försöker igen automatiskt; du kan arbeta vidare.",
        "en": "Retrying automatically; you can keep working.",
    },
    "sync_advice_waiting": {
        "sv": "De skickas vid nästa synkning (Synka nu).",
        "en": "They are sent at the next sync (Sync now).",
    },
    "sync_several_reasons": {
        "sv": "flera skäl, se sync status",
        "en": "several reasons, see sync status",
    },
    "sync_refusal_line": {
        "sv": "{period} version {version} ({code}, {when}): {reason}",
        "en": "{period} version {version} ({code}, {when}): {reason}",
    },
    "sync_more_refusals": {
        "sv": "… och {count} till (healthcentre sync status visar alla)",
        "en": "… and {count} more (healthcentre sync status shows them all)",
    },
    "sync_update_needed": {
        "sv": "Länet kräver en nyare version av appen: {reason} Inskicket ligger kvar; be IT uppdatera healthcentre.",
        "en": "The county requires a newer version of the app: {reason} The submission is kept; ask IT to update "
              "healthcentre.",
    },
    "sync_nothing_to_dismiss": {
        "sv": "Perioden {period} har inget avvisat inskick att avfärda.",
        "en": "The period {period} has no refused submission to dismiss.",
    },
    "sync_dismissed": {
        "sv": "Avfärdade {count} avvisade inskick för {period}.",
        "en": "Dismissed {count} refused submissions for {period}.",
    },
    "receiver_url_insecure": {
        "sv": "Adressen {url} måste börja med https:// (http bara mot den egna datorn).",
        "en": "The address {url} must start with https:// (http only towards this computer).",
    },
    "enrolled": {
        "sv": "Verksamheten {site} är ansluten till länet som {code}.",
        "en": "The site {site} is enrolled with the county as {code}.",
    },
    "transfer_exported": {
        "sv": "{count} inskick skrivna till {path}.",
        "en": "{count} submissions written to {path}.",
    },
    "enrol_choose_site": {
        "sv": "Det finns flera verksamheter på datorn; välj vilken som ska anslutas.",
        "en": "There are several sites on this computer; choose the one to enrol.",
    },
    "enrol_refused": {
        "sv": "Koden godtogs inte: {reason}",
        "en": "The code was not accepted: {reason}",
    },
    "transfer_file_invalid": {
        "sv": "Filen {path} är ingen överföringsfil från healthcentre: {reason}",
        "en": "The file {path} is not a healthcentre transfer file: {reason}",
    },
    "receiver_month_not_closed": {
        "sv": "Månaden {month} är inte slut än (den senaste som är slut är {closed}); kontrollera datorns klocka.",
        "en": "The month {month} has not ended yet (the latest that has is {closed}); check the laptop's clock.",
    },
    "receiver_body_malformed": {
        "sv": "Innehållet är inte giltig JSON: {reason}",
        "en": "The body is not valid JSON: {reason}",
    },
    "receiver_schema_version": {
        "sv": "Schemaversion {version} stöds inte; mottagaren tar emot version {supported}.",
        "en": "Schema version {version} is not supported; the receiver accepts version {supported}.",
    },
    "receiver_payload_invalid": {
        "sv": "Inskicket följer inte schemat: {reason}",
        "en": "The submission does not follow the schema: {reason}",
    },
    # receiver: submissions checked against the county's table specifications
    "receiver_contract_outdated": {
        "sv": "Appen på datorn är för gammal: den skickar version {version} av inskicket, länet tar emot "
              "version {supported}. Be IT uppdatera healthcentre; inskicket ligger kvar och skickas igen efteråt.",
        "en": "The app on this laptop is too old: it sends version {version} of the submission, the county "
              "accepts version {supported}. Ask IT to update healthcentre; the submission stays queued and is "
              "sent again afterwards.",
    },
    "receiver_table_unknown": {
        "sv": "Tabellen {table} finns inte bland länets tabeller.",
        "en": "The table {table} is not one of the county's tables.",
    },
    "receiver_table_missing": {
        "sv": "Tabellen {table} saknas i inskicket.",
        "en": "The table {table} is missing from the submission.",
    },
    "receiver_table_measure": {
        "sv": "Tabellen {table} har måttet {expected} enligt länets specifikation, inte {sent}.",
        "en": "The table {table} has the measure {expected} in the county's specification, not {sent}.",
    },
    "receiver_table_dimensions": {
        "sv": "Tabellen {table} ska ha dimensionerna {expected}, additiva som i länets specifikation.",
        "en": "The table {table} must have the dimensions {expected}, additive as in the county's specification.",
    },
    "receiver_cell_unknown": {
        "sv": "Tabellen {table} har ingen cell {cell}.",
        "en": "The table {table} has no cell {cell}.",
    },
    "receiver_cell_missing": {
        "sv": "Tabellen {table}: cellen {cell} saknas.",
        "en": "The table {table}: the cell {cell} is missing.",
    },
    "receiver_count_negative": {
        "sv": "Tabellen {table}, cell {cell}: {value} är negativt; ett antal är 0 eller mer.",
        "en": "The table {table}, cell {cell}: {value} is negative; a count is 0 or more.",
    },
    "receiver_count_not_whole": {
        "sv": "Tabellen {table}, cell {cell}: {value} är inget heltal.",
        "en": "The table {table}, cell {cell}: {value} is not a whole number.",
    },
    "receiver_people_below_threshold": {
        "sv": "Tabellen {table}, cell {cell}: {value} personer är under länets gräns {threshold}; "
              "ett antal personer skickas som 0, som minst {threshold} eller undanhålls.",
        "en": "The table {table}, cell {cell}: {value} people is below the county's threshold {threshold}; "
              "a count of people is sent as 0, as at least {threshold}, or withheld.",
    },
    "receiver_margin_below_cell": {
        "sv": "Tabellen {table}: summan {margin} ({total}) är mindre än cellen {cell} ({value}).",
        "en": "The table {table}: the total {margin} ({total}) is smaller than the cell {cell} ({value}).",
    },
    "receiver_margin_sum": {
        "sv": "Tabellen {table}: summan {cell} är {total}, men cellerna längs {dimension} blir {sum}.",
        "en": "The table {table}: the total {cell} is {total}, but the cells along {dimension} add up to {sum}.",
    },
    "receiver_too_large": {
        "sv": "Inskicket är större än gränsen på {limit} byte.",
        "en": "The submission is larger than the limit of {limit} bytes.",
    },
    "receiver_token_missing": {
        "sv": "Nyckel saknas eller är fel (Authorization: Bearer ...).",
        "en": "Token missing or wrong (Authorization: Bearer ...).",
    },
    "receiver_site_unknown": {
        "sv": "Verksamheten {site} är inte registrerad hos länet.",
        "en": "The site {site} is not registered with the county.",
    },
    "receiver_site_mismatch": {
        "sv": "Nyckeln hör till verksamheten {site}, inte till {claimed}.",
        "en": "The token belongs to the site {site}, not to {claimed}.",
    },
    "receiver_municipality_mismatch": {
        "sv": "Verksamheten {site} hör till kommun {expected}, inte {claimed}.",
        "en": "The site {site} belongs to municipality {expected}, not {claimed}.",
    },
    "receiver_threshold_too_low": {
        "sv": "Talen är anonymiserade med gränsen {sent}, men länet kräver minst {required}. "
              "Be IT ställa in county.threshold = {required} i datorns konfiguration och synka igen.",
        "en": "The counts are anonymised with the threshold {sent}, but the county requires at least {required}. "
              "Ask IT to set county.threshold = {required} in the machine configuration and sync again.",
    },
    "receiver_period_future": {
        "sv": "Perioden {period} har inte börjat än.",
        "en": "The period {period} has not started yet.",
    },
    "receiver_submission_other_site": {
        "sv": "Inskicket {submission_id} finns redan från en annan verksamhet.",
        "en": "The submission {submission_id} already exists from another site.",
    },
    "receiver_submission_concurrent": {
        "sv": "En annan dator på verksamheten har redan rapporterat {period} med ändringar som den här datorn "
              "inte har. Utbyt verksamhetens register mellan datorerna först (eller låt en dator rapportera "
              "för verksamheten).",
        "en": "Another laptop of the site has already reported {period} with changes this laptop does not have. "
              "Exchange the site register between the laptops first (or let one laptop report the site).",
    },
    "receiver_submission_stale": {
        "sv": "Länet har redan en nyare rapport för {period} som innehåller allt i den här och mer; "
              "den här skickas inte.",
        "en": "The county already holds a newer report for {period} that includes all of this one and more; "
              "this one is not sent.",
    },
    "receiver_code_invalid": {
        "sv": "Engångskoden är okänd, redan använd eller för gammal.",
        "en": "The one-time code is unknown, already used or expired.",
    },
    "receiver_device_revoked": {
        "sv": "Länet har kopplat loss den här datorn från verksamheten: dess nyckel fungerar inte längre. "
              "De andra datorerna på verksamheten rapporterar som vanligt. Be länet om en ny engångskod "
              "om datorn ska rapportera igen.",
        "en": "The county has removed this laptop from the site: its token no longer works. The site's "
              "other laptops report as before. Ask the county for a new one-time code if this laptop "
              "is to report again.",
    },
    "receiver_device_unknown": {
        "sv": "Verksamheten {site} har ingen ansluten dator med namnet eller id:t {device}. "
              "Se healthcentre-county site devices --site {site}.",
        "en": "The site {site} has no enrolled laptop with the name or id {device}. "
              "See healthcentre-county site devices --site {site}.",
    },
    "receiver_device_ambiguous": {
        "sv": "Flera anslutna datorer på verksamheten {site} heter {device}: ange datorns id i stället "
              "(healthcentre-county site devices --site {site}).",
        "en": "Several enrolled laptops of the site {site} are named {device}: give the laptop's id instead "
              "(healthcentre-county site devices --site {site}).",
    },
    "receiver_device_revoked_done": {
        "sv": "Datorn {device} på verksamheten {site} är inte längre ansluten: dess nyckel fungerar inte mer. "
              "Verksamhetens andra datorer påverkas inte.",
        "en": "The laptop {device} of the site {site} is no longer enrolled: its token no longer works. "
              "The site's other laptops are not affected.",
    },
    "receiver_not_installed": {
        "sv": "Länets mottagare är inte installerad på den här datorn: installera den med "
              "pip install \"healthcentre[receiver]\".",
        "en": "The county receiver is not installed on this computer: install it with "
              "pip install \"healthcentre[receiver]\".",
    },
    "receiver_site_released": {
        "sv": "Verksamheten {site} är inte längre ansluten: ingen av dess datorers nycklar fungerar mer. "
              "Skapa en engångskod för varje dator som ska rapportera.",
        "en": "The site {site} is no longer enrolled: none of its laptops' tokens works any more. "
              "Create a one-time code for each laptop that is to report.",
    },
    "receiver_site_exists": {
        "sv": "Verksamheten {site} finns redan.",
        "en": "The site {site} already exists.",
    },
    "receiver_period_invalid": {
        "sv": "Ogiltig period {period}; ange ÅÅÅÅ, ÅÅÅÅ-Qn eller ÅÅÅÅ-MM.",
        "en": "Invalid period {period}; give YYYY, YYYY-Qn or YYYY-MM.",
    },
    # --- the receiver under attack: rate limits and slow clients ---
    "receiver_rate_limited": {
        "sv": "För många inskick från verksamheten på kort tid; försök igen om {seconds} s.",
        "en": "Too many submissions from this site in a short time; try again in {seconds} s.",
    },
    "receiver_body_timeout": {
        "sv": "Inskicket kom inte fram inom {seconds} s; anslutningen är för långsam.",
        "en": "The submission did not arrive within {seconds} s; the connection is too slow.",
    },
    "sync_rate_limited": {
        "sv": "Länets mottagare tar inte emot fler inskick från verksamheten just nu; resten skickas snart.",
        "en": "The county receiver takes no more submissions from this site just now; the rest goes soon.",
    },
    # --- county accounts, login and the pages' access ---
    "account_password_short": {
        "sv": "Lösenordet måste ha minst {length} tecken.",
        "en": "The password must have at least {length} characters.",
    },
    "account_username_invalid": {
        "sv": "Ogiltigt användarnamn {username}: 2–64 tecken, små bokstäver a–z, siffror och . _ @ -.",
        "en": "Invalid user name {username}: 2–64 characters, lower-case a–z, digits and . _ @ -.",
    },
    "account_role_invalid": {
        "sv": "Okänd roll {role}; välj en av {roles}.",
        "en": "Unknown role {role}; choose one of {roles}.",
    },
    "account_municipality_needed": {
        "sv": "En samordnare (coordinator) hör till en kommun (--municipality); de andra rollerna till ingen.",
        "en": "A coordinator belongs to one municipality (--municipality); the other roles to none.",
    },
    "account_municipality_invalid": {
        "sv": "Okänd kommunkod {code}.",
        "en": "Unknown municipality code {code}.",
    },
    "account_exists": {"sv": "Användaren {username} finns redan.", "en": "The user {username} already exists."},
    "account_unknown": {"sv": "Användaren {username} finns inte.", "en": "There is no user {username}."},
    "account_added": {"sv": "Användaren {username} är tillagd.", "en": "The user {username} is added."},
    "account_removed": {"sv": "Användaren {username} är borttagen.", "en": "The user {username} is removed."},
    "account_password_set": {
        "sv": "Nytt lösenord för {username}; alla dess inloggningar är avslutade.",
        "en": "New password for {username}; all its logins have ended.",
    },
    "account_totp_enrolled": {
        "sv": "Läs in adressen nedan i en autentiseringsapp (som QR-kod eller inskriven); en tidigare kod slutar gälla.",
        "en": "Read the address below into an authenticator app (as a QR code or typed in); an earlier one stops working.",
    },
    "account_role_analyst": {"sv": "länsanalytiker", "en": "county analyst"},
    "account_role_coordinator": {"sv": "samordnare", "en": "coordinator"},
    "account_role_admin": {"sv": "administratör", "en": "admin"},
    "account_remove_self": {
        "sv": "Du kan inte ta bort ditt eget konto; be en annan administratör.",
        "en": "You cannot remove your own account; ask another admin.",
    },
    "admin_users_title": {"sv": "Användare", "en": "Users"},
    "admin_users_add": {"sv": "Lägg till användare", "en": "Add a user"},
    "admin_users_role": {"sv": "Roll", "en": "Role"},
    "admin_users_municipality": {"sv": "Kommun (samordnare)", "en": "Municipality (coordinators)"},
    "admin_users_remove": {"sv": "Ta bort", "en": "Remove"},
    "admin_users_totp_note": {
        "sv": "En ny administratör behöver en engångskod innan första inloggningen:"
              " healthcentre-county user totp ANVÄNDARNAMN (på servern).",
        "en": "A new admin needs a one-time code before logging in the first time:"
              " healthcentre-county user totp USERNAME (on the server).",
    },
    "login_title": {"sv": "Logga in", "en": "Log in"},
    "login_intro": {
        "sv": "Länsuppföljningen av Hälsocenter, Recovery college och mötesplatser i Jönköpings län.",
        "en": "The county follow-up of Hälsocenter, Recovery college and meeting places in Jönköpings län.",
    },
    "login_username": {"sv": "Användarnamn", "en": "User name"},
    "login_password": {"sv": "Lösenord", "en": "Password"},
    "login_totp": {"sv": "Engångskod (administratörer)", "en": "One-time code (admins)"},
    "login_button": {"sv": "Logga in", "en": "Log in"},
    "login_logout": {"sv": "Logga ut", "en": "Log out"},
    "login_to_overview": {"sv": "Till länsöversikten", "en": "To the county overview"},
    "login_logged_out": {"sv": "Du är utloggad.", "en": "You are logged out."},
    "login_wrong": {
        "sv": "Fel användarnamn, lösenord eller engångskod.",
        "en": "Wrong user name, password or one-time code.",
    },
    "login_locked": {
        "sv": "För många misslyckade försök: kontot är låst i {minutes} minuter. Försök igen senare.",
        "en": "Too many failed attempts: the account is locked for {minutes} minutes. Try again later.",
    },
    "login_totp_missing": {
        "sv": "Administratörer loggar in med en engångskod från autentiseringsappen också; fyll i den.",
        "en": "Admins log in with a one-time code from their authenticator app as well; fill it in.",
    },
    "login_totp_not_enrolled": {
        "sv": "Kontot saknar engångskod (andra faktor). Be IT köra: healthcentre-county user totp {username}",
        "en": "The account has no one-time code (second factor) yet. Ask IT to run: healthcentre-county user totp {username}",
    },
    "login_required": {"sv": "Logga in först.", "en": "Log in first."},
    "login_forbidden": {
        "sv": "Din roll ger inte tillgång till den här sidan.",
        "en": "Your role gives no access to this page.",
    },
    "login_csrf": {
        "sv": "Formuläret kunde inte kontrolleras (det var för gammalt eller kom inte från sidan). Ladda om och försök igen.",
        "en": "The form could not be checked (it was too old or did not come from the page). Reload and try again.",
    },
    # --- county targets per indicator and year, and the trend pages ---
    "target_indicator_unknown": {
        "sv": "Okänd indikator {indicator}. Välj en av: {codes}.",
        "en": "Unknown indicator {indicator}. Choose one of: {codes}.",
    },
    "target_year_invalid": {
        "sv": "Året {year} går inte: ett mål gäller ett år {first}–{last}.",
        "en": "The year {year} will not do: a target is for a year {first}–{last}.",
    },
    "target_value_invalid": {
        "sv": "Målet {value} går inte: det måste vara 0 eller mer (för antal kommuner högst {most}).",
        "en": "The target {value} will not do: it must be 0 or more (for municipalities at most {most}).",
    },
    "target_measure_invalid": {
        "sv": "Okänt mått {measure}. Välj ett av: {measures}.",
        "en": "Unknown measure {measure}. Choose one of: {measures}.",
    },
    "target_unknown": {"sv": "Det finns inget mål för {code} år {year}.", "en": "There is no target for {code} in {year}."},
    "target_set": {"sv": "Målet för {code} ({measure}) år {year} är {value}.",
                   "en": "The target of {code} ({measure}) for {year} is {value}."},
    "target_measure_count": {"sv": "antal i länet", "en": "count in the county"},
    "target_measure_municipalities": {"sv": "antal kommuner", "en": "number of municipalities"},
    "target_removed": {"sv": "Målet för {code} år {year} är borttaget.", "en": "The target of {code} for {year} is removed."},
    "admin_targets_title": {"sv": "Mål per indikator och år", "en": "Targets per indicator and year"},
    "admin_targets_set": {"sv": "Sätt mål", "en": "Set a target"},
    "admin_targets_indicator": {"sv": "Indikator", "en": "Indicator"},
    "admin_targets_measure": {"sv": "Mått", "en": "Measure"},
    "admin_targets_year": {"sv": "År", "en": "Year"},
    "admin_targets_value": {"sv": "Mål", "en": "Target"},
    "admin_targets_remove": {"sv": "Ta bort", "en": "Remove"},
    "admin_targets_number": {"sv": "År och mål måste vara tal.", "en": "Year and target must be numbers."},
    "account_role_set": {"sv": "Användaren {username} har nu rollen {role}; dess inloggningar är avslutade.",
                         "en": "The user {username} now has the role {role}; its logins have ended."},
    "admin_log_title": {"sv": "Logg över administratörernas ändringar", "en": "Log of the admins' changes"},
    "admin_log_link": {"sv": "Logg", "en": "Log"},
    "admin_log_intro": {
        "sv": "De senaste {limit} ändringarna av användare, mål, verksamheter och anslutningskoder, nyast först."
              " Ändringar från kommandoraden på servern står som kommandorad:OS-ANVÄNDARE.",
        "en": "The latest {limit} changes of users, targets, sites and enrolment codes, newest first."
              " Changes from the server's command line show as kommandorad:OS-USER.",
    },
    "admin_log_empty": {"sv": "Inga ändringar ännu.", "en": "No changes yet."},
    "admin_log_when": {"sv": "När (UTC)", "en": "When (UTC)"},
    "admin_log_who": {"sv": "Vem", "en": "Who"},
    "admin_log_action": {"sv": "Ändring", "en": "Change"},
    "admin_log_what": {"sv": "Vad", "en": "What"},
    "admin_action_user_added": {"sv": "Användare tillagd", "en": "User added"},
    "admin_action_user_removed": {"sv": "Användare borttagen", "en": "User removed"},
    "admin_action_user_role": {"sv": "Ny roll", "en": "Role changed"},
    "admin_action_user_password": {"sv": "Nytt lösenord", "en": "New password"},
    "admin_action_user_totp": {"sv": "Ny engångskod (TOTP)", "en": "New one-time code (TOTP)"},
    "admin_action_target_set": {"sv": "Mål satt", "en": "Target set"},
    "admin_action_target_removed": {"sv": "Mål borttaget", "en": "Target removed"},
    "admin_action_site_added": {"sv": "Verksamhet tillagd", "en": "Site added"},
    "admin_action_site_released": {"sv": "Verksamhetens datorer frikopplade", "en": "Site's laptops released"},
    "admin_action_site_token": {"sv": "Ny dator med token utan nät", "en": "New laptop with an offline token"},
    "admin_action_device_revoked": {"sv": "Dator frikopplad", "en": "Laptop revoked"},
    "admin_action_enrolment_code": {"sv": "Anslutningskod skapad", "en": "Enrolment code created"},
    # --- the receiver's database schema ---
    "receiver_database_newer": {
        "sv": "Mottagarens databas {database} har schemaversion {revision}, nyare än den här versionen känner till"
              " ({head}). Uppdatera healthcentre på servern eller ange rätt databas. Databasen är orörd.",
        "en": "The receiver's database {database} is at schema revision {revision}, newer than this version knows"
              " ({head}). Upgrade healthcentre on the server or point the receiver at the right database."
              " The database is untouched.",
    },
    "receiver_database_unknown": {
        "sv": "Databasen {database} har bara några av mottagarens tabeller ({tables}) och ingen schemaversion;"
              " den öppnas inte. Ange en tom databas eller mottagarens egen.",
        "en": "The database {database} has only some of the receiver's tables ({tables}) and no schema revision;"
              " it is not opened. Point the receiver at an empty database or its own.",
    },
    # --- reports, exports and imports ---
    "report_period_invalid": {
        "sv": "Okänd period: {period}. Skriv t.ex. 2026, 2026-Q1 eller 2026-03.",
        "en": "Unknown period: {period}. Write e.g. 2026, 2026-Q1 or 2026-03.",
    },
    "report_cancelled": {"sv": "Rapporten avbröts.", "en": "The report was cancelled."},
    "report_no_sites": {
        "sv": "Det finns inga verksamheter att rapportera.",
        "en": "There are no sites to report on.",
    },
    "report_custom_months": {
        "sv": "En egen period måste börja den första i en månad och sluta den sista i en månad.",
        "en": "A custom period must start on the first of a month and end on the last day of a month.",
    },
    "report_custom_too_long": {
        "sv": "En egen period får vara högst {max} månader. Välj ett år i stället.",
        "en": "A custom period may be at most {max} months. Choose a year instead.",
    },
    "import_file_missing": {"sv": "Filen {path} finns inte.", "en": "The file {path} does not exist."},
    "import_file_type": {
        "sv": "Filtypen {suffix} kan inte läsas in. Använd en Excel-fil (.xlsx) eller CSV-fil (.csv).",
        "en": "Files of type {suffix} cannot be imported. Use an Excel (.xlsx) or CSV (.csv) file.",
    },
    "import_file_empty": {"sv": "Filen {path} är tom.", "en": "The file {path} is empty."},
    "import_file_unreadable": {
        "sv": "Filen {path} kan inte läsas: {reason}",
        "en": "The file {path} cannot be read: {reason}",
    },
    "import_kind_invalid": {
        "sv": "Okänd typ av import: {kind}. Välj deltagare eller aktiviteter.",
        "en": "Unknown kind of import: {kind}. Choose participants or activities.",
    },
    "import_column_missing": {
        "sv": "Kolumnen {column} finns inte i filen.",
        "en": "The column {column} is not in the file.",
    },
    "import_field_unknown": {"sv": "Okänt fält: {name}.", "en": "Unknown field: {name}."},
    "import_map_option": {
        "sv": "Skriv kopplingen som kolumn=fält, t.ex. Född=birth_year (fick: {option}).",
        "en": "Write the mapping as column=field, e.g. Född=birth_year (got: {option}).",
    },
    "import_required_column": {
        "sv": "Ingen kolumn är kopplad till {name}, som måste finnas.",
        "en": "No column is mapped to {name}, which is required.",
    },
    "import_value_missing": {"sv": "Värde saknas.", "en": "The value is missing."},
    "import_year_invalid": {
        "sv": "{value} är inte ett årtal (skriv t.ex. 1950).",
        "en": "{value} is not a year (write e.g. 1950).",
    },
    "import_date_invalid": {
        "sv": "{value} är inte ett datum (skriv ÅÅÅÅ-MM-DD).",
        "en": "{value} is not a date (write YYYY-MM-DD).",
    },
    "import_bool_invalid": {
        "sv": "{value} är inte ja eller nej.",
        "en": "{value} is not yes or no.",
    },
    "import_problem_column": {
        "sv": "Rad {row}, kolumn \"{column}\": {text}",
        "en": "Row {row}, column \"{column}\": {text}",
    },
    "import_problem_row": {"sv": "Rad {row}: {text}", "en": "Row {row}: {text}"},
    "import_has_problems": {
        "sv": "Inget importerades: {count} rader har fel som måste rättas först.",
        "en": "Nothing was imported: {count} rows have problems that must be fixed first.",
    },
    # --- user guide (Hjälp → Användarguide and `healthcentre guide`) ---
    "guide_title": {"sv": "Användarguide", "en": "User guide"},
    "guide_subtitle": {"sv": "Hälsocenter – det dagliga arbetet steg för steg",
                       "en": "Healthcentre – the daily work step by step"},
    "guide_contents": {"sv": "Innehåll", "en": "Contents"},
    "pdf_printed": {"sv": "Utskriven {date}", "en": "Printed {date}"},
    "pdf_page_of": {"sv": "Sida {page} av {total}", "en": "Page {page} of {total}"},
    # --- the command line's own output (--language sv|en) ---
    "cli_error": {"sv": "Fel: {message}", "en": "Error: {message}"},
    "cli_date_invalid": {
        "sv": "{value} är inte ett datum (skriv ÅÅÅÅ-MM-DD).",
        "en": "{value} is not a date (write YYYY-MM-DD).",
    },
    "cli_aborted": {"sv": "Avbrutet, ingenting ändrades.", "en": "Aborted, nothing was changed."},
    "cli_info_data_dir": {"sv": "Datakatalog: {path}", "en": "Data directory: {path}"},
    "cli_info_database": {"sv": "Databas: {path}", "en": "Database: {path}"},
    "cli_info_schema": {"sv": "Schemaversion: {revision}", "en": "Schema version: {revision}"},
    "cli_count_sites": {"sv": "Verksamheter", "en": "Sites"},
    "cli_count_activities": {"sv": "Aktiviteter", "en": "Activities"},
    "cli_count_study_circles": {"sv": "Studiecirklar", "en": "Study circles"},
    "cli_count_sessions": {"sv": "Tillfällen", "en": "Sessions"},
    "cli_count_participants": {"sv": "Deltagare", "en": "Participants"},
    "cli_count_erased_participants": {"sv": "Glömda deltagare", "en": "Forgotten participants"},
    "cli_count_attendances": {"sv": "Närvaro", "en": "Attendances"},
    "cli_count_unregistered_visits": {"sv": "Oregistrerade besök", "en": "Unregistered visits"},
    "cli_demo_created": {"sv": "Demodata skapad i {path}: {summary}", "en": "Demo data created in {path}: {summary}"},
    "cli_forgotten": {"sv": "(glömd)", "en": "(forgotten)"},
    "cli_erase_confirm": {
        "sv": "Glöm deltagare {id}? Det går inte att ångra.",
        "en": "Forget participant {id}? This cannot be undone.",
    },
    "cli_erased": {"sv": "Deltagaren är glömd.", "en": "The participant is forgotten."},
    "cli_no_duplicates": {"sv": "Inga möjliga dubbletter.", "en": "No possible duplicates."},
    "cli_merged": {
        "sv": "Deltagare {drop} är ihopslagen med {keep}: {moved} besök flyttade, {shared} fanns redan.",
        "en": "Participant {drop} is merged into {keep}: {moved} visits moved, {shared} were already there.",
    },
    "cli_merge_confirm": {
        "sv": "Slå ihop deltagare {drop} med {keep} och ta bort {drop}? Det går inte att ångra.",
        "en": "Merge participant {drop} into {keep} and delete {drop}? This cannot be undone.",
    },
    "cli_activity_sessions": {"sv": "{count} tillfällen", "en": "{count} sessions"},
    "cli_session_counts": {
        "sv": "{present} närvarande\t{unregistered} oregistrerade",
        "en": "{present} present\t{unregistered} unregistered",
    },
    "cli_attendance_registered": {"sv": "{count} närvaro registrerad.", "en": "{count} attendances registered."},
    "cli_backup_none": {"sv": "Inga säkerhetskopior ännu.", "en": "No backups yet."},
    "cli_backup_confirm": {
        "sv": "Återställ {name} från {taken}? Registret ersätts (en kopia av det nuvarande sparas).",
        "en": "Restore {name} from {taken}? The register is replaced (a copy of the current one is kept).",
    },
    "cli_backup_restored": {"sv": "Återställd: {name}", "en": "Restored: {name}"},
    "cli_backup_kept": {"sv": "Kopia av det tidigare registret: {name}", "en": "Copy of the previous register: {name}"},
    "cli_retention_row": {
        "sv": "senaste närvaro: {last}\tregistrerad: {registered}",
        "en": "last attended: {last}\tregistered: {registered}",
    },
    "cli_retention_never": {"sv": "ingen", "en": "never"},
    "cli_retention_none": {"sv": "Ingen deltagare ska gallras.", "en": "No participant is due for erasure."},
    "cli_retention_confirm": {
        "sv": "Glöm {count} deltagare? Det går inte att ångra.",
        "en": "Forget {count} participants? This cannot be undone.",
    },
    "cli_retention_erased": {"sv": "{count} deltagare glömda.", "en": "{count} participants forgotten."},
    "cli_period_or_dates": {
        "sv": "Ange --period eller både --start och --end.",
        "en": "Give --period or both --start and --end.",
    },
    "cli_site_or_all": {"sv": "Ange antingen --site ID eller --all.", "en": "Give either --site ID or --all."},
    "cli_year_or_period": {"sv": "Ange --year eller --period.", "en": "Give --year or --period."},
    "cli_extract_needs_file": {"sv": "Ange --json FIL och/eller --pdf FIL.", "en": "Give --json FILE and/or --pdf FILE."},
    "cli_circle_meetings": {"sv": "{count} träffar", "en": "{count} meetings"},
    "cli_circle_study_hours": {"sv": "{hours} studietimmar", "en": "{hours} study hours"},
    "cli_circle_people": {"sv": "{count} personer", "en": "{count} people"},
    "cli_circle_meetings_counted": {"sv": "{count} räknas", "en": "{count} count"},
    "cli_yes": {"sv": "ja", "en": "yes"},
    "cli_no": {"sv": "nej", "en": "no"},
    "cli_group_county": {"sv": "län", "en": "county"},
    "cli_group_local": {"sv": "lokal ({site}) → {county_code}", "en": "local ({site}) → {county_code}"},
    "cli_import_columns": {"sv": "Kolumner:", "en": "Columns:"},
    "cli_import_column_empty": {"sv": "(tom)", "en": "(empty)"},
    "cli_import_column_unused": {"sv": "(används inte)", "en": "(not used)"},
    "cli_import_preview": {"sv": "Rader: {count}. Förhandsvisning:", "en": "Rows: {count}. Preview:"},
    "cli_import_row": {"sv": "rad {row}", "en": "row {row}"},
    "cli_import_participant": {"sv": "deltagare {id}", "en": "participant {id}"},
    "cli_import_duplicate": {
        "sv": "Möjlig dubblett: rad {row} ({name}, {birth_year}) liknar {where}",
        "en": "Possible duplicate: row {row} ({name}, {birth_year}) is like {where}",
    },
    "cli_import_duplicates_choose": {
        "sv": "Möjliga dubbletter: välj --duplicates skip eller --duplicates create.",
        "en": "Possible duplicates: choose --duplicates skip or --duplicates create.",
    },
    "cli_import_duplicates_prompt": {
        "sv": "Möjliga dubbletter: hoppa över (skip) eller skapa nya (create)?",
        "en": "Possible duplicates: skip them (skip) or create new people (create)?",
    },
    "cli_import_confirm": {"sv": "Importera {count} rader?", "en": "Import {count} rows?"},
    "cli_import_done": {
        "sv": "{created} importerade, {skipped} överhoppade.",
        "en": "{created} imported, {skipped} skipped.",
    },
    # --- local inputs under attack: importer and settings files ---
    "import_file_not_text": {
        "sv": "Filen {path} är inte en textfil (CSV). Spara den som CSV (UTF-8) eller som Excel-fil (.xlsx).",
        "en": "The file {path} is not a text (CSV) file. Save it as CSV (UTF-8) or as an Excel file (.xlsx).",
    },
    "import_csv_broken": {
        "sv": "Filen {path} kan inte läsas som CSV vid rad {row} ({reason}).",
        "en": "The file {path} cannot be read as CSV at row {row} ({reason}).",
    },
    "config_too_large": {
        "sv": "filen är {size} byte, mer än de {limit} en inställningsfil får vara.",
        "en": "the file is {size} bytes, more than the {limit} a settings file may be.",
    },
    "config_line_too_long": {
        "sv": "raden är längre än {limit} tecken.",
        "en": "the line is longer than {limit} characters.",
    },
    "config_nested": {
        "sv": "listor eller tabeller ligger för djupt i varandra.",
        "en": "lists or tables are nested too deeply.",
    },
    # --- configuration, logging and self-test ---
    "config_in_file": {"sv": "Inställningsfilen {path}: ", "en": "Settings file {path}: "},
    "config_at_line": {"sv": "Inställningsfilen {path}, rad {line}: ", "en": "Settings file {path}, line {line}: "},
    "config_syntax": {"sv": "inte giltig TOML ({reason}).", "en": "not valid TOML ({reason})."},
    "config_unreadable": {"sv": "kan inte läsas: {reason}.", "en": "cannot be read: {reason}."},
    "config_not_utf8": {
        "sv": "filen är inte sparad som UTF-8. Spara den som UTF-8 och försök igen.",
        "en": "the file is not saved as UTF-8. Save it as UTF-8 and try again.",
    },
    "config_unknown_key": {
        "sv": "okänd inställning {key}. Kända inställningar: {known}.",
        "en": "unknown setting {key}. Known settings: {known}.",
    },
    "config_unknown_lock": {
        "sv": "locked nämner {key}, som inte är en inställning eller sektion. Kända: {known}.",
        "en": "locked names {key}, which is not a setting or section. Known: {known}.",
    },
    "config_expected_text": {
        "sv": "{key} ska vara en text inom citattecken, inte {value}.",
        "en": "{key} must be a text in quotes, not {value}.",
    },
    "config_expected_int": {
        "sv": "{key} ska vara ett heltal, inte {value}.",
        "en": "{key} must be a whole number, not {value}.",
    },
    "config_expected_bool": {
        "sv": "{key} ska vara true eller false, inte {value}.",
        "en": "{key} must be true or false, not {value}.",
    },
    "config_expected_list": {
        "sv": "{key} ska vara en lista med texter, t.ex. [\"site\", \"county.threshold\"].",
        "en": "{key} must be a list of texts, e.g. [\"site\", \"county.threshold\"].",
    },
    "config_value_choice": {
        "sv": "{key} = {value} är inte tillåtet. Välj en av: {choices}.",
        "en": "{key} = {value} is not allowed. Choose one of: {choices}.",
    },
    "config_value_minimum": {
        "sv": "{key} måste vara minst {min}, inte {value}.",
        "en": "{key} must be at least {min}, not {value}.",
    },
    "config_value_url": {
        "sv": "{key} ska vara en webbadress som börjar med https://, inte {value}.",
        "en": "{key} must be a web address starting with https://, not {value}.",
    },
    "config_locked": {
        "sv": "Inställningen {key} är låst av IT i {file} och kan inte ändras här.",
        "en": "The setting {key} is locked by IT in {file} and cannot be changed here.",
    },
    "config_key_unknown": {
        "sv": "Okänd inställning {key}. Kända inställningar: {known}.",
        "en": "Unknown setting {key}. Known settings: {known}.",
    },
    "selftest_ok": {
        "sv": "healthcentre {version} självtest OK på {seconds} s: {details}",
        "en": "healthcentre {version} self-test OK in {seconds} s: {details}",
    },
    "selftest_failed": {
        "sv": "healthcentre {version} självtest MISSLYCKADES i steget {step}: {reason}",
        "en": "healthcentre {version} self-test FAILED at step {step}: {reason}",
    },
    # --- backups, encryption, audit, retention ---
    "database_damaged": {
        "sv": "Databasen {path} är skadad och har inte ändrats ({reason}).",
        "en": "The database {path} is damaged and has not been changed ({reason}).",
    },
    "database_restore_offer": {
        "sv": "Du kan återställa den senaste fungerande säkerhetskopian, {name} från {when}"
              " (Arkiv → Återställ från säkerhetskopia, eller: healthcentre backup restore {name}).",
        "en": "You can restore the newest good backup, {name} from {when}"
              " (File → Restore from backup, or: healthcentre backup restore {name}).",
    },
    "database_no_backup": {
        "sv": "Det finns ingen fungerande säkerhetskopia. Kontakta IT-supporten och ta inte bort filen.",
        "en": "There is no good backup. Contact IT support and do not delete the file.",
    },
    "database_key_missing": {
        "sv": "Databasen {path} är krypterad men nyckeln saknas i {store}. Kontakta IT-supporten.",
        "en": "The database {path} is encrypted but its key is missing from {store}. Contact IT support.",
    },
    "database_key_invalid": {
        "sv": "Den lagrade databasnyckeln har fel format. Kontakta IT-supporten.",
        "en": "The stored database key has the wrong format. Contact IT support.",
    },
    "database_encrypt_failed": {
        "sv": "Krypteringen av {path} kunde inte kontrolleras; den okrypterade filen är orörd.",
        "en": "The encryption of {path} could not be verified; the plain file is untouched.",
    },
    "backup_no_database": {
        "sv": "Det finns ingen databas att säkerhetskopiera i {path}.",
        "en": "There is no database to back up at {path}.",
    },
    "backup_not_found": {
        "sv": "Säkerhetskopian {name} finns inte. Visa de som finns med: healthcentre backup list",
        "en": "The backup {name} does not exist. List the backups with: healthcentre backup list",
    },
    "backup_damaged": {
        "sv": "Säkerhetskopian {name} är skadad och återställs inte ({reason}).",
        "en": "The backup {name} is damaged and will not be restored ({reason}).",
    },
    "backup_none_good": {
        "sv": "Det finns ingen fungerande säkerhetskopia att återställa.",
        "en": "There is no good backup to restore.",
    },
    # storage
    "database_open_failed": {
        "sv": "Databasen {path} kan inte öppnas: {reason}",
        "en": "The database {path} cannot be opened: {reason}",
    },
    "database_newer": {
        "sv": "Databasen är skapad av en nyare version av programmet ({revision}). Uppdatera programmet.",
        "en": "The database was made by a newer version of the application ({revision}). Update the application.",
    },
    # --- migrations that rebuild tables (foreign keys checked before commit) ---
    "migration_dangling_references": {
        "sv": "Databasen uppgraderades inte: efter uppgraderingen skulle {count} rader hänvisa till rader som"
              " inte finns ({tables}). Det är ett fel i programmets uppgradering; databasen är som före"
              " den och ingenting har gått förlorat. Rapportera felet med det här meddelandet.",
        "en": "The database was not upgraded: after the upgrade {count} rows would refer to rows that do not"
              " exist ({tables}). This is a fault in the application's upgrade; the database is as it was"
              " before and nothing is lost. Report the fault with this message.",
    },
    # --- the site register shared between a site's laptops (sealed change sets) ---
    "seal_truncated": {
        "sv": "Filen {name} är inte en hel ändringsfil från en annan dator (den är avkortad eller något annat).",
        "en": "The file {name} is not a whole change file from another laptop (it is cut short or something else).",
    },
    "seal_wrong_key": {
        "sv": "Ändringsfilen {name} kan inte öppnas med verksamhetens nyckel: den har ändrats på vägen"
              " eller är låst med en annan nyckel. Den används inte.",
        "en": "The change file {name} cannot be opened with the site's key: it was altered on the way"
              " or is locked with another key. It is not used.",
    },
    "seal_unknown_generation": {
        "sv": "Ändringsfilen {name} är låst med nyckel nummer {generation}, som den här datorn inte har."
              " Koppla ihop datorn med verksamheten igen för att få den nya nyckeln.",
        "en": "The change file {name} is locked with key number {generation}, which this laptop does not have."
              " Pair this laptop with the site again to get the new key.",
    },
    "seal_wrong_site": {
        "sv": "Ändringsfilen {name} hör till verksamheten {found}, inte till {expected}. Den används inte.",
        "en": "The change file {name} belongs to site {found}, not to {expected}. It is not used.",
    },
    "seal_too_large": {
        "sv": "Ändringsfilen {name} packas upp till mer än {limit} MB och används inte.",
        "en": "The change file {name} unpacks to more than {limit} MB and is not used.",
    },
    "key_ring_invalid": {
        "sv": "Verksamhetens nyckelring kan inte läsas: {reason}.",
        "en": "The site's key ring cannot be read: {reason}.",
    },
    "carrier_folder_unusable": {
        "sv": "Mappen {path} kan inte användas för att dela registret: {reason}",
        "en": "The folder {path} cannot be used to share the register: {reason}",
    },
    "relay_name_invalid": {
        "sv": "{name} är inte ett giltigt namn på en förseglad fil (ursprung/changes|snapshot/första-sista).",
        "en": "{name} is not a valid blob name (origin/changes|snapshot/first-last).",
    },
    "relay_origin_not_yours": {
        "sv": "Den här datorn får bara lämna filer under sitt eget ursprung, inte {origin}. Har registret på"
              " datorn bytts ut? Anslut då datorn till länet igen.",
        "en": "This laptop may file blobs only under its own origin, not {origin}. If the laptop's register was"
              " replaced, enrol the laptop with the county again.",
    },
    "relay_blob_conflict": {
        "sv": "Andra byte finns redan under {name}; filen sparades inte.",
        "en": "Other bytes are already filed under {name}; the blob was not stored.",
    },
    "relay_blob_unknown": {
        "sv": "Reläet har ingen fil {name} för verksamheten.",
        "en": "The relay has no blob {name} for the site.",
    },
    "share_relay_no_receiver": {
        "sv": "Ingen adress till länets server är inställd. Anslut datorn till länet först (Verktyg → Anslut"
              " till länet…), eller dela genom en mapp.",
        "en": "No address of the county's server is set. Enrol the laptop with the county first (Tools → Enrol"
              " with the county…), or share through a folder.",
    },
    "share_relay_not_enrolled": {
        "sv": "Datorn är inte ansluten till länet som verksamheten {site}. Anslut den först; varje dator delar"
              " registret genom länets server med sin egen nyckel.",
        "en": "The laptop is not enrolled with the county as the site {site}. Enrol it first; each laptop shares"
              " the register through the county's server with its own token.",
    },
    "relay_unreachable": {
        "sv": "Länets server ({url}) kan inte nås: {reason}. Ändringarna finns kvar och skickas nästa gång.",
        "en": "The county's server ({url}) cannot be reached: {reason}. The changes are kept and go next time.",
    },
    "relay_unauthorised": {
        "sv": "Länets server känner inte igen den här datorns nyckel. Anslut datorn till länet igen.",
        "en": "The county's server does not recognise this laptop's token. Enrol the laptop with the county again.",
    },
    "relay_forbidden": {
        "sv": "Länets server nekar: {detail}. Datorn kan ha tagits bort från verksamheten.",
        "en": "The county's server refuses: {detail}. The laptop may have been removed from the site.",
    },
    "relay_conflict": {
        "sv": "Länets server har redan en annan fil med namnet {name}. Filen skickas inte.",
        "en": "The county's server already has a different file named {name}. The file is not sent.",
    },
    "relay_too_large": {
        "sv": "Ändringsfilen {name} är för stor för länets server (högst {limit} MB).",
        "en": "The change file {name} is too large for the county's server (at most {limit} MB).",
    },
    "relay_failed": {
        "sv": "Länets server svarade med fel {status}: {detail}",
        "en": "The county's server answered with error {status}: {detail}",
    },
    "invitation_invalid": {
        "sv": "Inbjudningsfilen kan inte läsas ({reason}). Be kollegan skapa en ny inbjudan.",
        "en": "The invitation file cannot be read ({reason}). Ask your colleague for a new invitation.",
    },
    "invitation_passphrase": {
        "sv": "Lösenfrasen stämmer inte med inbjudan (eller filen har ändrats). Kontrollera lösenfrasen och"
              " försök igen; ingenting har ändrats.",
        "en": "The passphrase does not match the invitation (or the file was changed). Check the passphrase"
              " and try again; nothing was changed.",
    },
    "share_already": {
        "sv": "Registret delas redan som verksamheten {site}.",
        "en": "The register is already shared as the site {site}.",
    },
    "share_site_code_missing": {
        "sv": "Ange verksamhetens kod hos länet (t.ex. HC-JKP-1).",
        "en": "Give the site's code at the county (e.g. HC-JKP-1).",
    },
    "share_not_started": {
        "sv": "Registret delas inte med andra datorer ännu. Börja dela på en dator (Verktyg ▸ Delat register,"
              " eller share start) och anslut de andra med en inbjudan.",
        "en": "The register is not shared with other laptops yet. Start sharing on one laptop (Tools ▸ Shared"
              " register, or share start) and bring the others in with an invitation.",
    },
    "share_key_missing": {
        "sv": "Verksamhetens nyckel för {site} finns inte på den här datorn. Anslut datorn igen med en ny"
              " inbjudan från en kollega.",
        "en": "The site key of {site} is not on this laptop. Join again with a new invitation from a colleague.",
    },
    "share_round": {
        "sv": "Skickade {uploaded} ändringsfiler, tog emot {applied}{snapshot}.",
        "en": "Sent {uploaded} change files, received {applied}{snapshot}.",
    },
    "share_snapshot": {
        "sv": " (och en ögonblicksbild av hela registret)",
        "en": " (and a snapshot of the whole register)",
    },
    "share_waiting": {
        "sv": "Väntar på äldre ändringar från {count} dator(er); de kommer vid ett senare utbyte.",
        "en": "Waiting for earlier changes from {count} laptop(s); they come with a later exchange.",
    },
    "share_rejected": {
        "sv": "Användes inte: {name}: {reason}",
        "en": "Not used: {name}: {reason}",
    },
    "cli_share_invited": {
        "sv": "Inbjudan sparad i {path}.\nLösenfras (visas bara nu; lämna den muntligt eller på papper, aldrig"
              " tillsammans med filen): {passphrase}",
        "en": "Invitation saved in {path}.\nPassphrase (shown only now; hand it over in person or on paper, never"
              " with the file): {passphrase}",
    },
    "cli_share_status": {
        "sv": "Verksamhet: {site}\nDelas genom: {folder}\nDen här datorn: {device}\nDatorer: {laptops}\n"
              "Egna ändringar: {own}\nÄndringar från andra: {others}\nVäntar på nyare programversion: {held}\n"
              "Olösta konflikter: {conflicts}\nSenaste utbyte: {last}",
        "en": "Site: {site}\nShared through: {folder}\nThis laptop: {device}\nLaptops: {laptops}\n"
              "Own changes: {own}\nChanges from others: {others}\nWaiting for a newer app: {held}\n"
              "Open conflicts: {conflicts}\nLast exchange: {last}",
    },
    "cli_share_never": {"sv": "aldrig", "en": "never"},
    "share_through_relay": {"sv": "länets server (relä)", "en": "the county's server (relay)"},
    "share_folder_or_relay": {
        "sv": "Ange antingen en delad mapp (--folder) eller länets server (--relay).",
        "en": "Give either a shared folder (--folder) or the county's server (--relay).",
    },
    "exchange_header_mismatch": {
        "sv": "Ändringsfilen {name} säger något annat utanpå än den innehåller och används inte.",
        "en": "The change file {name} says something else outside than it holds inside and is not used.",
    },
    "register_change_set_malformed": {
        "sv": "En ändringsfil från en annan dator kunde inte läsas (den är skadad). Den används inte.",
        "en": "A change file from another laptop could not be read (it is damaged). It is not applied.",
    },
    "register_update_app": {
        "sv": "En annan dator har en nyare version av programmet (registerversion {version}). Dess ändringar"
              " sparas men används först när du har uppdaterat programmet på den här datorn.",
        "en": "Another laptop runs a newer version of the app (register version {version}). Its changes are kept"
              " but applied only once you have updated the app on this laptop.",
    },
    "register_clock_ahead": {
        "sv": "Klockan på datorn {device} går {minutes} minuter före. Be den som använder den att ställa klockan;"
              " den här datorns klocka flyttas inte fram.",
        "en": "The clock of the laptop {device} is {minutes} minutes ahead. Ask its user to set it right;"
              " this laptop's clock is not moved forward.",
    },
    "register_other_site": {
        "sv": "Ändringsfilen hör till verksamheten {other}, inte {site}. Den används inte.",
        "en": "The change file belongs to the site {other}, not {site}. It is not applied.",
    },
    "register_gap": {
        "sv": "Ändringar saknas före nummer {first} (den här datorn har till och med {have}). Filen används"
              " när de saknade har kommit.",
        "en": "Changes are missing before number {first} (this laptop has up to {have}). The file is applied"
              " once the missing ones have arrived.",
    },
    "register_conflict_unknown": {
        "sv": "Konflikten {id} finns inte (kanske redan löst).",
        "en": "The conflict {id} does not exist (perhaps already resolved).",
    },
    "exchange_tampered": {
        "sv": "Ändringsfilen {name} skiljer sig från den som redan är inläst under samma nummer."
              " Den används inte; kontakta IT.",
        "en": "The change file {name} differs from the one already applied under the same numbers."
              " It is not used; contact IT.",
    },
}


# Field and entity names used inside messages ({label}, {entity}), in both languages.
LABELS: dict[str, dict[str, str]] = {
    "name": {"sv": "Namn", "en": "Name"},
    "title": {"sv": "Titel", "en": "Title"},
    "display_name": {"sv": "Namn", "en": "Name"},
    "start_date": {"sv": "Startdatum", "en": "Start date"},
    "date": {"sv": "Datum", "en": "Date"},
    "code": {"sv": "Kod", "en": "Code"},
    "theme": {"sv": "Tema", "en": "Theme"},
    "leader_name": {"sv": "Cirkelledare", "en": "Circle leader"},
    "site": {"sv": "Verksamheten", "en": "The site"},
    "activity": {"sv": "Aktiviteten", "en": "The activity"},
    "session": {"sv": "Tillfället", "en": "The session"},
    "participant": {"sv": "Deltagaren", "en": "The participant"},
    "target_group": {"sv": "Målgruppen", "en": "The target group"},
    "study_circle": {"sv": "Studiecirkeln", "en": "The study circle"},
    "attendance": {"sv": "Närvaron", "en": "The attendance"},
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "site_code": {"sv": "Verksamhetens kod", "en": "Site code"},
    "token": {"sv": "Nyckel", "en": "Token"},
}


def set_language(language: str) -> None:
    """Choose the language of every message the core produces from now on."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _current = language


def current_language() -> str:
    """The language messages are produced in when none is asked for."""
    return _current


def text(code: str, language: str | None = None, /, **params: object) -> str:
    """The message ``code`` in ``language``, with its parameters filled in."""
    language = language or _current
    entry = CATALOGUE[code]
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    return template.format(**{key: label(value, language) for key, value in params.items()})


def label(value: object, language: str | None = None) -> object:
    """The field or entity name ``value`` in ``language``; other values unchanged."""
    if isinstance(value, str) and value in LABELS:
        return LABELS[value].get(language or _current, LABELS[value][DEFAULT_LANGUAGE])
    return value
