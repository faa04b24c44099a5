"""Messages of general messages, study circles and target groups (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
