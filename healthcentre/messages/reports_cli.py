"""Messages of reports, exports, imports, the user guide and the command line's own output (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
