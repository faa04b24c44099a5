"""Messages of configuration, logging, self-test, backups, encryption, audit, retention and migrations (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
