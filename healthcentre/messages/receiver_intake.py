"""Messages of the county receiver's intake of submissions and its sites and devices (merged into ``messages.CATALOGUE``)."""

MESSAGES: dict[str, dict[str, str]] = {
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
}
