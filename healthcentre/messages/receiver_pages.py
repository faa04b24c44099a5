"""Messages of the receiver's limits, the county's accounts and pages, targets and its schema (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
