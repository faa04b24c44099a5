"""Messages of the county counts, sync, its state and enrolment (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
