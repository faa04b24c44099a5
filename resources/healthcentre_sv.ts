<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../healthcentre/ui/about.py" line="22"/>
        <source>Save &amp;troubleshooting info…</source>
        <translation>Spara &amp;felsökningsinfo…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="24"/>
        <source>&amp;About Healthcentre</source>
        <translation>&amp;Om Hälsocenter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="31"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="34"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="35"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="36"/>
        <source>Machine configuration</source>
        <translation>Maskinkonfiguration</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="37"/>
        <source>Logs</source>
        <translation>Loggar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="40"/>
        <source>Register and county follow-up for Hälsocenter, Recovery college and meeting places.</source>
        <translation>Register och länsuppföljning för Hälsocenter, Recovery college och mötesplatser.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="48"/>
        <source>About Healthcentre</source>
        <translation>Om Hälsocenter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="53"/>
        <source>Save troubleshooting info</source>
        <translation>Spara felsökningsinfo</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="57"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="60"/>
        <source>Saved {file}. It holds logs, versions and settings, no personal data; send it to your IT support.</source>
        <translation>Sparade {file}. Den innehåller loggar, versioner och inställningar, inga personuppgifter; skicka den till er IT-support.</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="31"/>
        <source>Search by title…</source>
        <translation>Sök på titel…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="32"/>
        <source>Search activities by title</source>
        <translation>Sök aktiviteter på titel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="35"/>
        <source>Filter by kind</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="37"/>
        <source>Filter by year</source>
        <translation>Filtrera på år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="38"/>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="40"/>
        <source>Filter by target group</source>
        <translation>Filtrera på målgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="44"/>
        <location filename="../healthcentre/ui/views/activities.py" line="93"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="83"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="84"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="85"/>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="86"/>
        <source>Ends</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="87"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="89"/>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="49"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Ny aktivitet…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="52"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="54"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="96"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/activities.py" line="118"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="97"/>
        <source>All target groups</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="119"/>
        <source>No activity matches the search and filters.</source>
        <translation>Ingen aktivitet matchar sökningen och filtren.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="144"/>
        <source>Delete “{title}” with its {count} session(s) and all attendance?</source>
        <translation>Ta bort ”{title}” med dess {count} tillfällen och all närvaro?</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="146"/>
        <source>Delete activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="146"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="35"/>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="35"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="40"/>
        <source>Sessions and attendance</source>
        <translation>Tillfällen och närvaro</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="41"/>
        <source>Attendance grid</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="42"/>
        <source>Save the activity first; then add its sessions and participants.</source>
        <translation>Spara aktiviteten först; lägg sedan till tillfällen och deltagare.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="46"/>
        <source>Save the activity (Ctrl+S)</source>
        <translation>Spara aktiviteten (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="47"/>
        <source>Attendance sheet (&amp;PDF)…</source>
        <translation>Närvarolista (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="50"/>
        <source>Create the attendance sheet of this activity to print (Ctrl+P)</source>
        <translation>Skapa aktivitetens närvarolista att skriva ut (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="104"/>
        <source>Activity: {title}</source>
        <translation>Aktivitet: {title}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="167"/>
        <source>attendance {date}</source>
        <translation>närvaro {date}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="210"/>
        <source>head-count {date}</source>
        <translation>antal oregistrerade {date}</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="24"/>
        <source>Kind of activity</source>
        <translation>Typ av aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="31"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="32"/>
        <source>has an end date</source>
        <translation>har ett slutdatum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="33"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="36"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="42"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="43"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="44"/>
        <source>&amp;Starts</source>
        <translation>&amp;Startar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="45"/>
        <source>Ends</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="46"/>
        <source>Target &amp;groups</source>
        <translation>&amp;Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="47"/>
        <source>How it was run</source>
        <translation>Hur den genomfördes</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="59"/>
        <source>Together with a Hälsocenter</source>
        <translation>Tillsammans med ett Hälsocenter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="60"/>
        <source>Within a Hälsocenter&apos;s own operation</source>
        <translation>Inom ett Hälsocenters egen verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="61"/>
        <source>Together with a Recovery college</source>
        <translation>Tillsammans med ett Recovery college</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="62"/>
        <source>With a study association</source>
        <translation>Med ett studieförbund</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="63"/>
        <source>With civil society or a pensioners&apos; association</source>
        <translation>Med civilsamhället eller en pensionärsförening</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="64"/>
        <source>Co-produced with a peer</source>
        <translation>Samproducerad med erfarenhetsexpert</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="65"/>
        <source>Digital (not on site)</source>
        <translation>Digital (inte på plats)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../healthcentre/ui/about.py" line="42"/>
        <location filename="../healthcentre/ui/app.py" line="86"/>
        <location filename="../healthcentre/ui/app.py" line="250"/>
        <source>Healthcentre</source>
        <translation>Hälsocenter</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="80"/>
        <source>Attendance grid: participants by sessions</source>
        <translation>Närvarolista: deltagare per tillfälle</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="88"/>
        <source>Arrow keys move between boxes, Space ticks or unticks, Tab leaves the grid.</source>
        <translation>Piltangenterna flyttar mellan rutorna, mellanslag kryssar i eller ur, Tabb lämnar rutnätet.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="61"/>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="61"/>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="36"/>
        <source>Attendance: click a row or press Space to tick those present</source>
        <translation>Närvaro: klicka på en rad eller tryck mellanslag för att kryssa i de som var där</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="40"/>
        <source>Mark &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="43"/>
        <source>Unmar&amp;k all</source>
        <translation>Avmar&amp;kera alla</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="49"/>
        <source>Unregistered visitors</source>
        <translation>Oregistrerade besökare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="53"/>
        <source>Add a participant: type a name…</source>
        <translation>Lägg till deltagare: skriv ett namn…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="54"/>
        <source>Add a participant to the list by name</source>
        <translation>Lägg till en deltagare i listan med namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="59"/>
        <source>Matching participants</source>
        <translation>Deltagare som matchar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="66"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="82"/>
        <source>&amp;Unregistered visitors:</source>
        <translation>&amp;Oregistrerade besökare:</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="104"/>
        <source>Attendance {date}</source>
        <translation>Närvaro {date}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="105"/>
        <source>Attendance (add a session first)</source>
        <translation>Närvaro (lägg till ett tillfälle först)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="109"/>
        <source>{present} of {total} present</source>
        <translation>{present} av {total} närvarande</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="160"/>
        <source>No one found – use New participant…</source>
        <translation>Ingen hittades – använd Ny deltagare…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="186"/>
        <source>{count} participants are called {name}: choose one by birth year with the arrow keys and Enter.</source>
        <translation>{count} deltagare heter {name}: välj en efter födelseår med piltangenterna och Enter.</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="26"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="26"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="26"/>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="27"/>
        <source>Erased</source>
        <translation>Glömd</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="27"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="28"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="28"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="29"/>
        <source>Session</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="29"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="30"/>
        <source>Activity&apos;s list</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="30"/>
        <source>Site</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="31"/>
        <source>Study circle</source>
        <translation>Studiecirkel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="31"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="32"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="32"/>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="33"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="35"/>
        <source>Shared register</source>
        <translation>Delat register</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="36"/>
        <source>Invitation to the shared register</source>
        <translation>Inbjudan till det delade registret</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="39"/>
        <source>Search user, record or details…</source>
        <translation>Sök användare, post eller detaljer…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="40"/>
        <source>Search the audit log</source>
        <translation>Sök i loggen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="34"/>
        <source>County submission</source>
        <translation>Inskick till länet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="44"/>
        <source>Show events of kind</source>
        <translation>Visa händelser av typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="45"/>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/audit_log.py" line="89"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="90"/>
        <source>No event matches the search and the kind chosen.</source>
        <translation>Ingen händelse matchar sökningen och det valda slaget.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="52"/>
        <location filename="../healthcentre/ui/views/audit_log.py" line="75"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="79"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="80"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="81"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="82"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="83"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="84"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="60"/>
        <source>Who created, changed, erased or exported what, and when. The log is kept on this computer only and is never sent to the county.</source>
        <translation>Vem som skapade, ändrade, glömde eller exporterade vad, och när. Loggen finns bara på den här datorn och skickas aldrig till länet.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="65"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
</context>
<context>
    <name>CirclePanel</name>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="39"/>
        <source>Circle leader</source>
        <translation>Cirkelledare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="41"/>
        <source>Study association</source>
        <translation>Studieförbund</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="43"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="44"/>
        <source>e.g. older people and alcohol</source>
        <translation>t.ex. äldre och alkohol</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="45"/>
        <source>&amp;Save details</source>
        <translation>&amp;Spara uppgifter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="47"/>
        <source>Sessions and &amp;attendance…</source>
        <translation>Tillfällen och &amp;närvaro…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="53"/>
        <source>Participants&apos; status</source>
        <translation>Deltagarnas status</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="54"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="54"/>
        <source>Meetings</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="54"/>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="55"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="67"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="69"/>
        <source>&amp;Leader</source>
        <translation>&amp;Ledare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="70"/>
        <source>Study &amp;association</source>
        <translation>Studie&amp;förbund</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="71"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="78"/>
        <source>Does it count for the study association?</source>
        <translation>Räknas den hos studieförbundet?</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="94"/>
        <source>No study circles yet. Create one with “New study circle…”.</source>
        <translation>Inga studiecirklar ännu. Skapa en med ”Ny studiecirkel…”.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="101"/>
        <source>{meetings} meeting(s), {counted} of them counting, {hours} study hours</source>
        <translation>{meetings} träffar, varav {counted} räknas, {hours} studietimmar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="115"/>
        <source>(forgotten)</source>
        <translation>(glömd)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="116"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="116"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="26"/>
        <source>A colleague&apos;s laptop deleted a session (or activity) while this laptop marked people present at it. The deletion stands on every laptop; add the session again if it was deleted by mistake, then mark the conflict as dealt with.</source>
        <translation>En kollegas dator tog bort ett tillfälle (eller en aktivitet) medan den här datorn registrerade närvaro på det. Borttagningen gäller på alla datorer; lägg till tillfället igen om det togs bort av misstag och markera sedan konflikten som hanterad.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="32"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="33"/>
        <source>Session day</source>
        <translation>Tillfällets dag</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="33"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="33"/>
        <source>Found</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="37"/>
        <source>No conflicts: every laptop&apos;s changes fitted together.</source>
        <translation>Inga konflikter: alla datorers ändringar gick ihop.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="38"/>
        <source>&amp;Mark as dealt with</source>
        <translation>&amp;Markera som hanterad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="59"/>
        <source>(forgotten)</source>
        <translation>(glömd)</translation>
    </message>
</context>
<context>
    <name>CountTable</name>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="32"/>
        <source>Withheld to protect privacy (fewer than {k} people, or it could be worked out from other figures)</source>
        <translation>Uppgift skyddad (färre än {k} personer, eller skulle kunna räknas fram ur andra uppgifter)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="49"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="50"/>
        <source>Registered visits</source>
        <translation>Registrerade besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="51"/>
        <source>Unregistered visits</source>
        <translation>Oregistrerade besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="52"/>
        <source>New participants</source>
        <translation>Nya deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="53"/>
        <source>New to organised activity</source>
        <translation>Nya i organiserad verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="54"/>
        <source>Age unknown</source>
        <translation>Okänd ålder</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="61"/>
        <source>{band} years</source>
        <translation>{band} år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="104"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>CountySync</name>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="54"/>
        <source>Sent {done} of {total}</source>
        <translation>Skickat {done} av {total}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="65"/>
        <source>Sending to the county…</source>
        <translation>Skickar till länet…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="52"/>
        <source>Already sending to the county…</source>
        <translation>Skickar redan till länet…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="96"/>
        <source>Sending was cancelled; what is left goes at the next sync.</source>
        <translation>Sändningen avbröts; det som är kvar skickas vid nästa synkning.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="113"/>
        <source>Sent {count} submissions to the county.</source>
        <translation>Skickade {count} inskick till länet.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="116"/>
        <source>Nothing new to send: the county has everything.</source>
        <translation>Inget nytt att skicka: länet har allt.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="124"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="126"/>
        <source>&amp;Enrol with the county…</source>
        <translation>&amp;Anslut till länet…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="128"/>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xportera till fil…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="137"/>
        <source>Enrol with the county</source>
        <translation>Anslut till länet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="151"/>
        <location filename="../healthcentre/ui/county_sync.py" line="161"/>
        <source>Export to file</source>
        <translation>Exportera till fil</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="152"/>
        <source>Transfer files (*.jsonl)</source>
        <translation>Överföringsfiler (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="28"/>
        <source>Before an update</source>
        <translation>Före en uppdatering</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="30"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="31"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="32"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="33"/>
        <source>Before encryption</source>
        <translation>Före kryptering</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="90"/>
        <source>The register cannot be opened</source>
        <translation>Registret kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="95"/>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="97"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="186"/>
        <source>Backup taken: %1</source>
        <translation>Säkerhetskopia tagen: %1</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="194"/>
        <source>Restore from &amp;backup…</source>
        <translation>Återställ från &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="196"/>
        <source>&amp;Back up now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../healthcentre/ui/documents.py" line="14"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/documents.py" line="21"/>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
</context>
<context>
    <name>DropInDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="31"/>
        <source>Today&apos;s gathering</source>
        <translation>Dagens träff</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="35"/>
        <source>Gathering</source>
        <translation>Träff</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="42"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="43"/>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="47"/>
        <source>Unregistered visitors</source>
        <translation>Oregistrerade besökare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="51"/>
        <source>Registered visitors: click a row or press Space to tick who came</source>
        <translation>Registrerade besökare: klicka på en rad eller tryck mellanslag för att kryssa i vilka som kom</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="68"/>
        <source>&amp;Gathering</source>
        <translation>&amp;Träff</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="69"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="70"/>
        <source>&amp;Length</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="71"/>
        <source>&amp;Unregistered visitors</source>
        <translation>&amp;Oregistrerade besökare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="72"/>
        <source>&amp;Registered visitors</source>
        <translation>&amp;Registrerade besökare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="96"/>
        <source>No activity runs today: create the gathering first (File → New activity).</source>
        <translation>Ingen aktivitet pågår i dag: skapa träffen först (Arkiv → Ny aktivitet).</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="127"/>
        <source>{registered} registered and {unregistered} unregistered visitors</source>
        <translation>{registered} registrerade och {unregistered} oregistrerade besökare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="141"/>
        <source>Today&apos;s gathering {date}</source>
        <translation>Dagens träff {date}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="144"/>
        <source>Today&apos;s gathering saved: {title}</source>
        <translation>Dagens träff sparad: {title}</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="25"/>
        <source>Groups of possible duplicates</source>
        <translation>Grupper av möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="29"/>
        <source>The records side by side</source>
        <translation>Posterna sida vid sida</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="34"/>
        <source>Record to keep</source>
        <translation>Post att behålla</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="36"/>
        <source>&amp;Merge into the kept record</source>
        <translation>&amp;Slå ihop med posten som behålls</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="38"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Inte samma person</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="40"/>
        <source>No possible duplicates.</source>
        <translation>Inga möjliga dubbletter.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="45"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Behåll:</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="58"/>
        <source>The same name and birth year: choose the record to keep, then merge (visits, enrolments and target groups move to it), or mark them as different people.</source>
        <translation>Samma namn och födelseår: välj vilken post som ska behållas och slå sedan ihop (besök, anmälningar och målgrupper flyttas dit), eller markera att det är olika personer.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="80"/>
        <source>{name}, born {year} ({count})</source>
        <translation>{name}, född {year} ({count})</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="99"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="100"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="101"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="102"/>
        <source>Registered on</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="103"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="104"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="115"/>
        <source>Record {id}</source>
        <translation>Post {id}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="121"/>
        <source>Record {id}, registered {day}, {visits} visits</source>
        <translation>Post {id}, registrerad {day}, {visits} besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="132"/>
        <source>Merge records</source>
        <translation>Slå ihop poster</translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="133"/>
        <source>Merge %n other record(s) into record {id}? They are deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Slå ihop %n annan post med post {id}? Den tas bort; det går inte att ångra.</numerusform>
            <numerusform>Slå ihop %n andra poster med post {id}? De tas bort; det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="134"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="25"/>
        <source>Enrol with the county</source>
        <translation>Anslut till länet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="28"/>
        <source>Address of the county receiver</source>
        <translation>Adress till länets mottagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="32"/>
        <source>One-time code</source>
        <translation>Engångskod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="34"/>
        <source>The county&apos;s code for the site</source>
        <translation>Länets kod för verksamheten</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="36"/>
        <source>Token from the county</source>
        <translation>Nyckel från länet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="40"/>
        <source>With network</source>
        <translation>Med nätverk</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="41"/>
        <source>Without network</source>
        <translation>Utan nätverk</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="43"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="54"/>
        <source>IT or the county gives you a one-time code. It is exchanged for the site&apos;s key, which stays on this computer.</source>
        <translation>IT eller länet ger dig en engångskod. Den byts mot verksamhetens nyckel, som stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="56"/>
        <source>County &amp;address</source>
        <translation>Länets &amp;adress</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="57"/>
        <source>One-time &amp;code</source>
        <translation>Engångs&amp;kod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="64"/>
        <source>For a site that never has network: the county gives the site&apos;s code and token. Counts are then carried to the county with Export to file.</source>
        <translation>För en verksamhet som aldrig har nätverk: länet ger verksamhetens kod och nyckel. Antalen förs sedan till länet med Exportera till fil.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="66"/>
        <source>&amp;Site code</source>
        <translation>&amp;Verksamhetens kod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="67"/>
        <source>&amp;Token</source>
        <translation>&amp;Nyckel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="23"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="25"/>
        <source>Which site does this computer register for? You can change it later under Settings.</source>
        <translation>Vilken verksamhet registrerar den här datorn för? Du kan ändra det senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="29"/>
        <source>Name of the site</source>
        <translation>Verksamhetens namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="30"/>
        <source>e.g. Hälsocenter Vetlanda</source>
        <translation>t.ex. Hälsocenter Vetlanda</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="32"/>
        <source>Kind of site</source>
        <translation>Typ av verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="35"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="38"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="39"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="40"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="69"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="70"/>
        <source>Send everything waiting to the county (Ctrl+Shift+S)</source>
        <translation>Skicka allt som väntar till länet (Ctrl+Skift+S)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="72"/>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xportera till fil…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="81"/>
        <source>County tables</source>
        <translation>Länets tabeller</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="97"/>
        <source>Only anonymised counts leave this computer: no names, no birth years, no row per person. This is exactly what is sent for the chosen period.</source>
        <translation>Bara anonymiserade antal lämnar datorn: inga namn, inga födelseår, ingen rad per person. Så här ser det ut som skickas för den valda perioden.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="101"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="135"/>
        <source>County &amp;tables</source>
        <translation>Länets &amp;tabeller</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="136"/>
        <source>&amp;Charts of the year</source>
        <translation>&amp;Diagram över året</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="146"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="168"/>
        <source>Anonymising the counts of {year}…</source>
        <translation>Anonymiserar antalen för {year}…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="180"/>
        <source>Last sent to the county: {when}.</source>
        <translation>Senast skickat till länet: {when}.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="185"/>
        <source>Last problem: {error}</source>
        <translation>Senaste problem: {error}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="203"/>
        <source>sent v{version}</source>
        <translation>skickad v{version}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="203"/>
        <source>waiting v{version}</source>
        <translation>väntar v{version}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="204"/>
        <source>exported v{version}</source>
        <translation>exporterad v{version}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="204"/>
        <source>refused v{version}</source>
        <translation>avvisad v{version}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="205"/>
        <source>dismissed v{version}</source>
        <translation>avfärdad v{version}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="210"/>
        <source>The period has not begun; it is sent once it has.</source>
        <translation>Perioden har inte börjat; den skickas när den har börjat.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="214"/>
        <source>Not sent: the site is not enrolled with the county (Tools → Enrol with the county…).</source>
        <translation>Skickas inte: verksamheten är inte ansluten till länet (Verktyg → Anslut till länet…).</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="216"/>
        <source>Not sent yet; it goes as version 1 at the next sync.</source>
        <translation>Inte skickad ännu; skickas som version 1 vid nästa synkning.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="221"/>
        <source>IT dismissed the county&apos;s refusal of version {version}; it goes again when the period changes.</source>
        <translation>IT har avfärdat länets avvisning av version {version}; perioden skickas igen när den ändras.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="224"/>
        <source>Changed since version {version}; the tables below go as version {next} at the next sync.</source>
        <translation>Ändrad sedan version {version}; tabellerna nedan skickas som version {next} vid nästa synkning.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="228"/>
        <source>Sent to the county as version {version} on {when}.</source>
        <translation>Skickad till länet som version {version} {when}.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="229"/>
        <source>Version {version} was exported to a file on {when}.</source>
        <translation>Version {version} exporterades till fil {when}.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="230"/>
        <source>Version {version} waits to be sent.</source>
        <translation>Version {version} väntar på att skickas.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="218"/>
        <source>The county refused version {version}: {error}</source>
        <translation>Länet tog inte emot version {version}: {error}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="243"/>
        <source>{count} cells withheld</source>
        <translation>{count} skyddade celler</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../healthcentre/ui/forms.py" line="23"/>
        <source>Error message</source>
        <translation>Felmeddelande</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="25"/>
        <source>Import {name}</source>
        <translation>Importera {name}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="27"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="34"/>
        <source>Problems</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="35"/>
        <source>Skip rows that look like someone already registered</source>
        <translation>Hoppa över rader som liknar någon som redan är registrerad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="36"/>
        <source>Register them as new people</source>
        <translation>Registrera dem som nya personer</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="39"/>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="40"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="69"/>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="89"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="96"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="106"/>
        <source>Row {row}: {name} ({year}) may already be registered</source>
        <translation>Rad {row}: {name} ({year}) kan redan vara registrerad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="111"/>
        <source>{rows} rows, {problems} problems: fix the file (or the column choices) and check again. Nothing is imported while there are problems.</source>
        <translation>{rows} rader, {problems} fel: rätta filen (eller kolumnvalen) och kontrollera igen. Inget importeras så länge det finns fel.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="115"/>
        <source>{rows} rows can be imported.</source>
        <translation>{rows} rader kan importeras.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="146"/>
        <source>{created} imported, {skipped} skipped.</source>
        <translation>{created} importerade, {skipped} överhoppade.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="13"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="14"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="15"/>
        <location filename="../healthcentre/ui/labels.py" line="34"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="16"/>
        <source>Not stated</source>
        <translation>Uppgift saknas</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="31"/>
        <source>Health centre (Hälsocenter)</source>
        <translation>Hälsocenter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="32"/>
        <source>Recovery college</source>
        <translation>Recovery college</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="33"/>
        <source>Meeting place</source>
        <translation>Mötesplats</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="48"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="48"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>LocalGroupDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="21"/>
        <source>Local target group</source>
        <translation>Lokal målgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="24"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="26"/>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="28"/>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="30"/>
        <source>Counts as county group</source>
        <translation>Räknas som länets målgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="33"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="34"/>
        <source>Name (&amp;Swedish)</source>
        <translation>Namn (&amp;svenska)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="35"/>
        <source>Name (&amp;English)</source>
        <translation>Namn (&amp;engelska)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="36"/>
        <source>Counts as county &amp;group</source>
        <translation>Räknas som länets &amp;målgrupp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="68"/>
        <source>Healthcentre</source>
        <translation>Hälsocenter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="69"/>
        <source>Opening the register…</source>
        <translation>Öppnar registret…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="101"/>
        <location filename="../healthcentre/ui/mainwindow.py" line="206"/>
        <source>Healthcentre – {site}</source>
        <translation>Hälsocenter – {site}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="104"/>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="136"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="137"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="137"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="19"/>
        <source>New &amp;activity…</source>
        <translation>Ny &amp;aktivitet…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="21"/>
        <source>New &amp;participant…</source>
        <translation>Ny &amp;deltagare…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="38"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="26"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="24"/>
        <source>&amp;Today&apos;s gathering…</source>
        <translation>Dagens &amp;träff…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="29"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="31"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="55"/>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="56"/>
        <source>Tick or untick attendance in a list or grid</source>
        <translation>Kryssa i eller ur närvaro i en lista eller ett rutnät</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="57"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="57"/>
        <source>Save the open form</source>
        <translation>Spara det öppna formuläret</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="58"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="59"/>
        <source>Add a session in the activity editor</source>
        <translation>Lägg till ett tillfälle i aktivitetsredigeraren</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="60"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="61"/>
        <source>Add a participant to the attendance list</source>
        <translation>Lägg till en deltagare i närvarolistan</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../healthcentre/ui/operations.py" line="173"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/operations.py" line="237"/>
        <source>Something went wrong: {error}</source>
        <translation>Något gick fel: {error}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/operations.py" line="242"/>
        <source>Healthcentre</source>
        <translation>Hälsocenter</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="86"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="87"/>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="89"/>
        <source>Visits by registered participants</source>
        <translation>Besök av registrerade deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="90"/>
        <source>Unregistered visits</source>
        <translation>Oregistrerade besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="91"/>
        <source>Study circles</source>
        <translation>Studiecirklar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="61"/>
        <source>Open &amp;follow-up</source>
        <translation>Öppna &amp;uppföljning</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="63"/>
        <source>County follow-up</source>
        <translation>Länets uppföljning</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="70"/>
        <source>Results month by month</source>
        <translation>Resultat månad för månad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="88"/>
        <source>Unique participants</source>
        <translation>Unika deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="95"/>
        <source>The period at a glance</source>
        <translation>Perioden i korthet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="99"/>
        <source>This year ({year})</source>
        <translation>I år ({year})</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="100"/>
        <source>Last year ({year})</source>
        <translation>I fjol ({year})</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="118"/>
        <source>Counted as the county counts: activities and study circles with a session in the period, each participant once per period.</source>
        <translation>Räknat som länet räknar: aktiviteter och studiecirklar med minst ett tillfälle i perioden, varje deltagare en gång per period.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="126"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="130"/>
        <source>{kind} in {municipality}</source>
        <translation>{kind} i {municipality}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="139"/>
        <source>Last sent to the county: {when}</source>
        <translation>Senast skickat till länet: {when}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="146"/>
        <source>Last problem: {error}</source>
        <translation>Senaste problem: {error}</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="33"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="33"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="42"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="43"/>
        <source>First name and surname, as you know the person</source>
        <translation>För- och efternamn, som du känner personen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="46"/>
        <source>not stated</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="47"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="49"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="52"/>
        <source>Municipality of residence</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="55"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="57"/>
        <source>given on</source>
        <translation>lämnat den</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="58"/>
        <source>Consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="60"/>
        <source>First organised activity</source>
        <translation>Första organiserade aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="61"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="61"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="65"/>
        <source>&amp;Birth year</source>
        <translation>&amp;Födelseår</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="66"/>
        <source>&amp;Gender</source>
        <translation>K&amp;ön</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="67"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="68"/>
        <source>&amp;Target groups</source>
        <translation>&amp;Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="69"/>
        <source>&amp;Consent</source>
        <translation>&amp;Samtycke</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="70"/>
        <source>&amp;First organised activity ever</source>
        <translation>&amp;Första organiserade aktiviteten någonsin</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="76"/>
        <source>&amp;Forget participant…</source>
        <translation>&amp;Glöm deltagare…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="80"/>
        <source>Register &amp;extract…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="82"/>
        <source>Everything stored about the person, as JSON and PDF</source>
        <translation>Allt som finns lagrat om personen, som JSON och PDF</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="145"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="148"/>
        <source>Same person – use the existing one</source>
        <translation>Samma person – använd den som finns</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="149"/>
        <source>Another person – save</source>
        <translation>En annan person – spara</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="169"/>
        <source>Forget {name}? Name, birth year, gender, municipality, target groups and consent are erased for good. Attendance stays in the counts without a name.</source>
        <translation>Glömma {name}? Namn, födelseår, kön, kommun, målgrupper och samtycke raderas för gott. Närvaron finns kvar i antalen utan namn.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="172"/>
        <source>Forget participant</source>
        <translation>Glöm deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="172"/>
        <source>Forget</source>
        <translation>Glöm</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="35"/>
        <source>Search by name…</source>
        <translation>Sök på namn…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="36"/>
        <source>Search participants by name</source>
        <translation>Sök deltagare på namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="39"/>
        <source>Filter by target group</source>
        <translation>Filtrera på målgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="41"/>
        <source>Filter by age band</source>
        <translation>Filtrera på åldersgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="42"/>
        <source>All ages</source>
        <translation>Alla åldrar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="42"/>
        <source>{band} years</source>
        <translation>{band} år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="45"/>
        <source>Filter by gender</source>
        <translation>Filtrera på kön</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="46"/>
        <source>All genders</source>
        <translation>Alla kön</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="47"/>
        <source>Active this year</source>
        <translation>Aktiva i år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="48"/>
        <source>Only people present at a session this calendar year</source>
        <translation>Bara de som varit närvarande vid ett tillfälle i år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="52"/>
        <location filename="../healthcentre/ui/views/participants.py" line="125"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="57"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="59"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="82"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="82"/>
        <source>(forgotten)</source>
        <translation>(glömd)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="83"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="84"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="85"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="87"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="89"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="121"/>
        <source>All target groups</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/participants.py" line="135"/>
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>Möjliga dubbletter (%n)</numerusform>
            <numerusform>Möjliga dubbletter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/participants.py" line="157"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="158"/>
        <source>No participant matches the search and filters.</source>
        <translation>Ingen deltagare matchar sökningen och filtren.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="35"/>
        <source>Kind of period</source>
        <translation>Typ av period</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="36"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="36"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="36"/>
        <source>Whole year</source>
        <translation>Helår</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="39"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="43"/>
        <source>Month or quarter</source>
        <translation>Månad eller kvartal</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="62"/>
        <source>Quarter {number}</source>
        <translation>Kvartal {number}</translation>
    </message>
</context>
<context>
    <name>RegisterCheckDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/register_check.py" line="21"/>
        <source>Check the register</source>
        <translation>Kontrollera registret</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/register_check.py" line="24"/>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/register_check.py" line="26"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <location filename="../healthcentre/ui/register_extract.py" line="34"/>
        <source>Folder for the register extract</source>
        <translation>Mapp för registerutdraget</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/register_extract.py" line="40"/>
        <source>Register extract saved: {json} and {pdf}</source>
        <translation>Registerutdraget sparat: {json} och {pdf}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/register_extract.py" line="44"/>
        <source>Writing the register extract…</source>
        <translation>Skriver registerutdraget…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="55"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="60"/>
        <source>Period report and export</source>
        <translation>Periodrapport och export</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="64"/>
        <source>This site</source>
        <translation>Den här verksamheten</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="65"/>
        <source>All sites on this computer</source>
        <translation>Alla verksamheter på datorn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="67"/>
        <location filename="../healthcentre/ui/views/reports.py" line="91"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="67"/>
        <location filename="../healthcentre/ui/views/reports.py" line="92"/>
        <location filename="../healthcentre/ui/views/reports.py" line="122"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="67"/>
        <location filename="../healthcentre/ui/views/reports.py" line="122"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="68"/>
        <source>Custom (whole months)</source>
        <translation>Egen period (hela månader)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="83"/>
        <source>Exact counts for internal use (marked on every page)</source>
        <translation>Exakta tal för internt bruk (märks på varje sida)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="89"/>
        <source>Sites</source>
        <translation>Verksamheter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="90"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="94"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="95"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="98"/>
        <source>Create period report (PDF)…</source>
        <translation>Skapa periodrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="99"/>
        <source>Export spreadsheet (Excel)…</source>
        <translation>Exportera kalkylblad (Excel)…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="100"/>
        <source>Export CSV (zip)…</source>
        <translation>Exportera CSV (zip)…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="178"/>
        <source>Creating the report…</source>
        <translation>Skapar rapporten…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="200"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="205"/>
        <source>Attendance sheet to print</source>
        <translation>Närvarolista att skriva ut</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="208"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="211"/>
        <source>Type to search by title or date</source>
        <translation>Skriv för att söka på titel eller datum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="219"/>
        <source>Create attendance sheet (PDF)…</source>
        <translation>Skapa närvarolista (PDF)…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="221"/>
        <source>A study circle gets the study association&apos;s circle list.</source>
        <translation>En studiecirkel får studieförbundets cirkellista.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="244"/>
        <source>No activities at this site yet: register one under Activities and its attendance sheet can be printed here.</source>
        <translation>Verksamheten har inga aktiviteter ännu: lägg till en under Aktiviteter, så kan dess närvarolista skrivas ut här.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="250"/>
        <source>No activity matches “{text}”.</source>
        <translation>Ingen aktivitet matchar ”{text}”.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="275"/>
        <source>Import from Excel or CSV</source>
        <translation>Importera från Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="278"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="279"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="280"/>
        <source>Choose file and preview…</source>
        <translation>Välj fil och förhandsgranska…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="282"/>
        <source>Nothing is imported until you have seen the preview and accepted it.</source>
        <translation>Inget importeras förrän du har sett förhandsgranskningen och godkänt den.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="292"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="293"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel eller CSV (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="113"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="116"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="117"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="117"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="117"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="124"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="130"/>
        <source>The register is replaced by the backup you choose. A copy of the register as it is now is kept among the backups first, so nothing is lost.</source>
        <translation>Registret ersätts av säkerhetskopian du väljer. En kopia av registret som det ser ut nu sparas först bland säkerhetskopiorna, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="159"/>
        <source>Replace the register by the backup from %1?</source>
        <translation>Ersätt registret med säkerhetskopian från %1?</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="166"/>
        <source>The register has been restored. The register as it was is kept as %1.</source>
        <translation>Registret är återställt. Registret som det var sparas som %1.</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="60"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="60"/>
        <source>Unique participants</source>
        <translation>Unika deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="61"/>
        <source>Study circles</source>
        <translation>Studiecirklar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="84"/>
        <source>Visits by registered participants per month</source>
        <translation>Besök av registrerade deltagare per månad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="85"/>
        <source>Unique participants per month</source>
        <translation>Unika deltagare per månad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="104"/>
        <source>Study circles by the study associations&apos; rules</source>
        <translation>Studiecirklar enligt studieförbundens regler</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="109"/>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="110"/>
        <source>Does not count</source>
        <translation>Räknas inte</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="167"/>
        <source>Withheld for the county</source>
        <translation>Skyddad i länets tabell</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="172"/>
        <source>The site&apos;s own exact numbers. Follow-up shows which months the county sees withheld.</source>
        <translation>Verksamhetens egna exakta antal. Uppföljning visar vilka månader som är skyddade i länets tabeller.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="173"/>
        <source>visits</source>
        <translation>besök</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="173"/>
        <source>unique participants</source>
        <translation>unika deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="174"/>
        <source>{figure}: {months}</source>
        <translation>{figure}: {months}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="178"/>
        <source>The site&apos;s own exact numbers; the county sees every month of {year} too.</source>
        <translation>Verksamhetens egna exakta antal; länet ser också varje månad {year}.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="179"/>
        <source>The site&apos;s own exact numbers. ▼ marks a month the county sees withheld in {year} ({parts}).</source>
        <translation>Verksamhetens egna exakta antal. ▼ markerar en månad som är skyddad i länets tabell för {year} ({parts}).</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="130"/>
        <source>Retention…</source>
        <translation>Gallring…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="28"/>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="29"/>
        <source>Participants with no attendance in the last {months} months. Erasing removes name, birth year, gender, municipality, target groups and consent for good; attendance stays in the counts without a name.</source>
        <translation>Deltagare utan närvaro de senaste {months} månaderna. Gallring tar bort namn, födelseår, kön, kommun, målgrupper och samtycke för gott; närvaron finns kvar i statistiken utan namn.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="35"/>
        <source>Participants due for erasure</source>
        <translation>Deltagare att gallra</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="36"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="36"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="36"/>
        <source>Last attended</source>
        <translation>Senast närvarande</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="44"/>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Gallra markerade…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="70"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="79"/>
        <source>No participant is due for erasure: everyone at this site has attended, or was registered, within the last {months} months.</source>
        <translation>Ingen deltagare ska gallras: alla här har deltagit, eller registrerats, under de senaste {months} månaderna.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="91"/>
        <source>Erase {count} participants? This cannot be undone.</source>
        <translation>Gallra {count} deltagare? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="92"/>
        <source>Erase participants</source>
        <translation>Gallra deltagare</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="92"/>
        <source>Erase</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="102"/>
        <source>Erasing participants…</source>
        <translation>Gallrar deltagare…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="107"/>
        <source>{count} participants erased.</source>
        <translation>{count} deltagare gallrade.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="36"/>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="37"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="37"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="37"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="38"/>
        <source>Unregistered</source>
        <translation>Oregistrerade</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="50"/>
        <source>Date of the new session</source>
        <translation>Datum för det nya tillfället</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="56"/>
        <source>Length of the new session in minutes</source>
        <translation>Det nya tillfällets längd i minuter</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="57"/>
        <source>Add &amp;session</source>
        <translation>Lägg till &amp;tillfälle</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="59"/>
        <source>Add a session (Ctrl+T)</source>
        <translation>Lägg till ett tillfälle (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="61"/>
        <source>Delete session…</source>
        <translation>Ta bort tillfälle…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="70"/>
        <source>New session:</source>
        <translation>Nytt tillfälle:</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="132"/>
        <source>Delete the session on {date} with its attendance?</source>
        <translation>Ta bort tillfället {date} med dess närvaro?</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="133"/>
        <source>Delete session</source>
        <translation>Ta bort tillfälle</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="133"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="33"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="38"/>
        <source>Site this computer registers for</source>
        <translation>Verksamhet som datorn registrerar för</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="41"/>
        <source>Name of the site</source>
        <translation>Verksamhetens namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="43"/>
        <source>Kind of site</source>
        <translation>Typ av verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="45"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="46"/>
        <source>&amp;Save site</source>
        <translation>&amp;Spara verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="54"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="56"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="59"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="60"/>
        <source>Site</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="62"/>
        <source>Registering &amp;for</source>
        <translation>Registrerar &amp;för</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="63"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="64"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="65"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="72"/>
        <source>IT has set the site for this computer.</source>
        <translation>IT har bestämt verksamheten för den här datorn.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="82"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>SharedRegister</name>
    <message>
        <location filename="../healthcentre/ui/share_rounds.py" line="61"/>
        <source>Change file {done} of {total}</source>
        <translation>Ändringsfil {done} av {total}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/share_rounds.py" line="73"/>
        <source>Exchanging with colleagues&apos; laptops…</source>
        <translation>Utbyter med kollegornas datorer…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/share_rounds.py" line="82"/>
        <source>Shared register</source>
        <translation>Delat register</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/shared_register.py" line="36"/>
        <source>Shared &amp;register…</source>
        <translation>Delat &amp;register…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/shared_register.py" line="38"/>
        <source>E&amp;xchange with colleagues</source>
        <translation>Ut&amp;byt med kollegor</translation>
    </message>
</context>
<context>
    <name>SharedRegisterDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="29"/>
        <source>Shared register</source>
        <translation>Delat register</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="51"/>
        <source>The site&apos;s code at the county</source>
        <translation>Verksamhetens kod hos länet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="60"/>
        <source>Passphrase of the invitation</source>
        <translation>Inbjudans lösenfras</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="63"/>
        <source>First laptop: start sharing</source>
        <translation>Första datorn: börja dela</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="64"/>
        <source>Join with an invitation</source>
        <translation>Anslut med en inbjudan</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="76"/>
        <source>&amp;Site code</source>
        <translation>&amp;Verksamhetskod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="77"/>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="89"/>
        <source>Shared &amp;folder</source>
        <translation>Delad &amp;mapp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="79"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Börja dela</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="88"/>
        <source>&amp;Invitation file</source>
        <translation>&amp;Inbjudningsfil</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="91"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="92"/>
        <source>&amp;Join</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="162"/>
        <source>{count} conflicts to sort out: see Check the register, tab Conflicts.</source>
        <translation>{count} konflikter att reda ut: se Kontrollera registret, fliken Konflikter.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="150"/>
        <source>Site</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="212"/>
        <source>Shared folder</source>
        <translation>Delad mapp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="151"/>
        <source>This laptop</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="44"/>
        <source>Colleagues&apos; laptops at the same site can share one register: everyone sees the same participants and activities, also after working offline. Changes travel sealed through a folder all of you reach (a network share, a synced folder or a USB stick), or through the county&apos;s server, which cannot read them (each laptop enrolled with the county as the site).</source>
        <translation>Kollegornas datorer på samma verksamhet kan dela ett register: alla ser samma deltagare och aktiviteter, även efter arbete utan nät. Ändringarna går förseglade genom en mapp som alla når (en nätverksmapp, en synkad mapp eller ett USB-minne), eller genom länets server, som inte kan läsa dem (varje dator ansluten till länet som verksamheten).</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="149"/>
        <source>The county&apos;s server (relay)</source>
        <translation>Länets server (relä)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="150"/>
        <source>Shared through</source>
        <translation>Delas genom</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="151"/>
        <source>Laptops</source>
        <translation>Datorer</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="152"/>
        <source>Own changes</source>
        <translation>Egna ändringar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="153"/>
        <source>Changes from colleagues</source>
        <translation>Ändringar från kollegor</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="154"/>
        <source>Last exchange</source>
        <translation>Senaste utbyte</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="164"/>
        <source>&amp;Exchange now</source>
        <translation>&amp;Utbyt nu</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="167"/>
        <source>Create &amp;invitation…</source>
        <translation>Skapa &amp;inbjudan…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="179"/>
        <source>Create invitation</source>
        <translation>Skapa inbjudan</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="181"/>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="223"/>
        <source>Invitations (*.hcinvite)</source>
        <translation>Inbjudningar (*.hcinvite)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="194"/>
        <source>Invitation created</source>
        <translation>Inbjudan skapad</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="195"/>
        <source>The invitation is saved in {path}.

Passphrase: {passphrase}

Give the passphrase to your colleague in person or on paper, never together with the file. It is shown only now.</source>
        <translation>Inbjudan är sparad i {path}.

Lösenfras: {passphrase}

Ge lösenfrasen till kollegan personligen eller på papper, aldrig tillsammans med filen. Den visas bara nu.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="216"/>
        <source>Through the county&apos;s &amp;server instead of a folder</source>
        <translation>Genom länets &amp;server i stället för en mapp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="223"/>
        <source>Invitation file</source>
        <translation>Inbjudningsfil</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="232"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="41"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="56"/>
        <source>Last sent: {when}</source>
        <translation>Senast skickat: {when}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="57"/>
        <source>Periods waiting: {count}</source>
        <translation>Väntande perioder: {count}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="61"/>
        <source>County sync: status unavailable</source>
        <translation>Sändning till länet: status saknas</translation>
    </message>
</context>
<context>
    <name>StudyCirclesView</name>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="49"/>
        <location filename="../healthcentre/ui/views/study_circles.py" line="105"/>
        <source>Study circles</source>
        <translation>Studiecirklar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="68"/>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="69"/>
        <source>Study association</source>
        <translation>Studieförbund</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="72"/>
        <source>Meetings</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="73"/>
        <source>Study hours</source>
        <translation>Studietimmar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="43"/>
        <location filename="../healthcentre/ui/views/study_circles.py" line="75"/>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="33"/>
        <source>Search title, leader or theme…</source>
        <translation>Sök titel, cirkelledare eller tema…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="34"/>
        <source>Search study circles</source>
        <translation>Sök studiecirklar</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="37"/>
        <source>Filter by year</source>
        <translation>Filtrera på år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="38"/>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="40"/>
        <source>Filter by study association</source>
        <translation>Filtrera på studieförbund</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="42"/>
        <source>Filter by whether the circle counts</source>
        <translation>Filtrera på om cirkeln räknas</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="43"/>
        <source>Counting or not</source>
        <translation>Räknas eller inte</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="44"/>
        <source>Does not count</source>
        <translation>Räknas inte</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="53"/>
        <source>&amp;New study circle…</source>
        <translation>&amp;Ny studiecirkel…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="75"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="75"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="110"/>
        <source>All study associations</source>
        <translation>Alla studieförbund</translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/study_circles.py" line="129"/>
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n cirkel</numerusform>
            <numerusform>%n cirklar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="130"/>
        <source>No study circle matches the search and filters.</source>
        <translation>Ingen studiecirkel matchar sökningen och filtren.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="15"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="43"/>
        <source>● Online</source>
        <translation>● Ansluten</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="45"/>
        <source>○ Offline – retrying at {time}</source>
        <translation>○ Ingen anslutning – försöker igen kl {time}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="47"/>
        <source>○ Offline</source>
        <translation>○ Ingen anslutning</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="54"/>
        <source>Nothing waits to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="57"/>
        <source>The county knows everything through {month} is sent.</source>
        <translation>Länet vet att allt till och med {month} är skickat.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="59"/>
        <source>Waiting to be sent: {periods}</source>
        <translation>Väntar på att skickas: {periods}</translation>
    </message>
</context>
<context>
    <name>TargetGroupsView</name>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="28"/>
        <location filename="../healthcentre/ui/views/target_groups.py" line="54"/>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Counts as</source>
        <translation>Räknas som</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="32"/>
        <source>&amp;Add local group…</source>
        <translation>&amp;Lägg till lokal målgrupp…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="34"/>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="36"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="38"/>
        <source>The county&apos;s target groups are the same everywhere and cannot be changed. Add your own groups as local groups; each counts as one of the county&apos;s groups in the follow-up.</source>
        <translation>Länets målgrupper är desamma överallt och kan inte ändras. Lägg till egna grupper som lokala målgrupper; var och en räknas som en av länets målgrupper i uppföljningen.</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="69"/>
        <source>County (read-only)</source>
        <translation>Länet (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="69"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="107"/>
        <source>Delete the local target group “{name}”?</source>
        <translation>Ta bort den lokala målgruppen ”{name}”?</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="108"/>
        <source>Delete target group</source>
        <translation>Ta bort målgrupp</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="108"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../healthcentre/ui/undo.py" line="52"/>
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/undo.py" line="58"/>
        <source>Undone: {what}</source>
        <translation>Ångrat: {what}</translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/undo.py" line="72"/>
        <source>&amp;Undo</source>
        <translation>Ån&amp;gra</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../healthcentre/ui/user_guide.py" line="34"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
</context>
</TS>
