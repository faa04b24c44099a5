"""Messages of the site register shared between a site's laptops and its carriers (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
