<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../healthcentre/ui/about.py" line="22"/>
        <source>Save &amp;troubleshooting info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="24"/>
        <source>&amp;About Healthcentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="31"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="34"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="35"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="36"/>
        <source>Machine configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="37"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="40"/>
        <source>Register and county follow-up for Hälsocenter, Recovery college and meeting places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="48"/>
        <source>About Healthcentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="53"/>
        <source>Save troubleshooting info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="57"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/about.py" line="60"/>
        <source>Saved {file}. It holds logs, versions and settings, no personal data; send it to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="31"/>
        <source>Search by title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="32"/>
        <source>Search activities by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="35"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="37"/>
        <source>Filter by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="38"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="40"/>
        <source>Filter by target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="44"/>
        <location filename="../healthcentre/ui/views/activities.py" line="93"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="83"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="85"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="86"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="87"/>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="89"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="49"/>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="52"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="54"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="96"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/activities.py" line="118"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="97"/>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="119"/>
        <source>No activity matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="144"/>
        <source>Delete “{title}” with its {count} session(s) and all attendance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="146"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/activities.py" line="146"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="35"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="35"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="40"/>
        <source>Sessions and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="41"/>
        <source>Attendance grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="42"/>
        <source>Save the activity first; then add its sessions and participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="46"/>
        <source>Save the activity (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="47"/>
        <source>Attendance sheet (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="50"/>
        <source>Create the attendance sheet of this activity to print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="104"/>
        <source>Activity: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="167"/>
        <source>attendance {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_editor.py" line="210"/>
        <source>head-count {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="24"/>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="28"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="31"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="32"/>
        <source>has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="33"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="36"/>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="42"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="43"/>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="44"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="45"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="46"/>
        <source>Target &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="47"/>
        <source>How it was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="59"/>
        <source>Together with a Hälsocenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="60"/>
        <source>Within a Hälsocenter&apos;s own operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="61"/>
        <source>Together with a Recovery college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="62"/>
        <source>With a study association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="63"/>
        <source>With civil society or a pensioners&apos; association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="64"/>
        <source>Co-produced with a peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/activity_form.py" line="65"/>
        <source>Digital (not on site)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../healthcentre/ui/about.py" line="42"/>
        <location filename="../healthcentre/ui/app.py" line="86"/>
        <location filename="../healthcentre/ui/app.py" line="250"/>
        <source>Healthcentre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="80"/>
        <source>Attendance grid: participants by sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="88"/>
        <source>Arrow keys move between boxes, Space ticks or unticks, Tab leaves the grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="61"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_grid.py" line="61"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="36"/>
        <source>Attendance: click a row or press Space to tick those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="40"/>
        <source>Mark &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="43"/>
        <source>Unmar&amp;k all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="49"/>
        <source>Unregistered visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="53"/>
        <source>Add a participant: type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="54"/>
        <source>Add a participant to the list by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="59"/>
        <source>Matching participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="66"/>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="82"/>
        <source>&amp;Unregistered visitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="104"/>
        <source>Attendance {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="105"/>
        <source>Attendance (add a session first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="109"/>
        <source>{present} of {total} present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="160"/>
        <source>No one found – use New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/attendance_list.py" line="186"/>
        <source>{count} participants are called {name}: choose one by birth year with the arrow keys and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="26"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="26"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="26"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="27"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="27"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="28"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="28"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="29"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="29"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="30"/>
        <source>Activity&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="30"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="31"/>
        <source>Study circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="31"/>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="32"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="32"/>
        <source>Register extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="33"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="35"/>
        <source>Shared register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="36"/>
        <source>Invitation to the shared register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="39"/>
        <source>Search user, record or details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="40"/>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="44"/>
        <source>Show events of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="45"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/audit_log.py" line="89"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="90"/>
        <source>No event matches the search and the kind chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="52"/>
        <location filename="../healthcentre/ui/views/audit_log.py" line="75"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="79"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="80"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="81"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="82"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="83"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="84"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="34"/>
        <source>County submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="60"/>
        <source>Who created, changed, erased or exported what, and when. The log is kept on this computer only and is never sent to the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/audit_log.py" line="65"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclePanel</name>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="39"/>
        <source>Circle leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="41"/>
        <source>Study association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="43"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="44"/>
        <source>e.g. older people and alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="45"/>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="47"/>
        <source>Sessions and &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="53"/>
        <source>Participants&apos; status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="54"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="54"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="54"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="55"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="67"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="69"/>
        <source>&amp;Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="70"/>
        <source>Study &amp;association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="71"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="78"/>
        <source>Does it count for the study association?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="94"/>
        <source>No study circles yet. Create one with “New study circle…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="101"/>
        <source>{meetings} meeting(s), {counted} of them counting, {hours} study hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="115"/>
        <source>(forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="116"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/circle_panel.py" line="116"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="26"/>
        <source>A colleague&apos;s laptop deleted a session (or activity) while this laptop marked people present at it. The deletion stands on every laptop; add the session again if it was deleted by mistake, then mark the conflict as dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="32"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="33"/>
        <source>Session day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="33"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="33"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="37"/>
        <source>No conflicts: every laptop&apos;s changes fitted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="38"/>
        <source>&amp;Mark as dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/conflicts_tab.py" line="59"/>
        <source>(forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountTable</name>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="32"/>
        <source>Withheld to protect privacy (fewer than {k} people, or it could be worked out from other figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="49"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="50"/>
        <source>Registered visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="51"/>
        <source>Unregistered visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="52"/>
        <source>New participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="53"/>
        <source>New to organised activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="54"/>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="61"/>
        <source>{band} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/count_table.py" line="104"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountySync</name>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="54"/>
        <source>Sent {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="65"/>
        <source>Sending to the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="52"/>
        <source>Already sending to the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="96"/>
        <source>Sending was cancelled; what is left goes at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="113"/>
        <source>Sent {count} submissions to the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="116"/>
        <source>Nothing new to send: the county has everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="124"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="126"/>
        <source>&amp;Enrol with the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="128"/>
        <source>E&amp;xport to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="137"/>
        <source>Enrol with the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="151"/>
        <location filename="../healthcentre/ui/county_sync.py" line="161"/>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/county_sync.py" line="152"/>
        <source>Transfer files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="28"/>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="30"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="31"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="32"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="33"/>
        <source>Before encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="90"/>
        <source>The register cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="95"/>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="97"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="186"/>
        <source>Backup taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="194"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="196"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../healthcentre/ui/documents.py" line="14"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/documents.py" line="21"/>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropInDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="31"/>
        <source>Today&apos;s gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="35"/>
        <source>Gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="38"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="42"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="43"/>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="47"/>
        <source>Unregistered visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="51"/>
        <source>Registered visitors: click a row or press Space to tick who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="68"/>
        <source>&amp;Gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="69"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="70"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="71"/>
        <source>&amp;Unregistered visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="72"/>
        <source>&amp;Registered visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="96"/>
        <source>No activity runs today: create the gathering first (File → New activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="127"/>
        <source>{registered} registered and {unregistered} unregistered visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="141"/>
        <source>Today&apos;s gathering {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/drop_in.py" line="144"/>
        <source>Today&apos;s gathering saved: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="25"/>
        <source>Groups of possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="29"/>
        <source>The records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="34"/>
        <source>Record to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="36"/>
        <source>&amp;Merge into the kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="38"/>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="40"/>
        <source>No possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="45"/>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="58"/>
        <source>The same name and birth year: choose the record to keep, then merge (visits, enrolments and target groups move to it), or mark them as different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="80"/>
        <source>{name}, born {year} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="100"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="101"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="102"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="103"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="104"/>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="115"/>
        <source>Record {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="121"/>
        <source>Record {id}, registered {day}, {visits} visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="132"/>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="133"/>
        <source>Merge %n other record(s) into record {id}? They are deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Merge %n other record into record {id}? It is deleted; this cannot be undone.</numerusform>
            <numerusform>Merge %n other records into record {id}? They are deleted; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/duplicates_tab.py" line="134"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="25"/>
        <source>Enrol with the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="28"/>
        <source>Address of the county receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="32"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="34"/>
        <source>The county&apos;s code for the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="36"/>
        <source>Token from the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="40"/>
        <source>With network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="41"/>
        <source>Without network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="43"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="54"/>
        <source>IT or the county gives you a one-time code. It is exchanged for the site&apos;s key, which stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="56"/>
        <source>County &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="57"/>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="64"/>
        <source>For a site that never has network: the county gives the site&apos;s code and token. Counts are then carried to the county with Export to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="66"/>
        <source>&amp;Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/enrol.py" line="67"/>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="23"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="25"/>
        <source>Which site does this computer register for? You can change it later under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="29"/>
        <source>Name of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="30"/>
        <source>e.g. Hälsocenter Vetlanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="32"/>
        <source>Kind of site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="35"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="38"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="39"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/first_run.py" line="40"/>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="69"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="70"/>
        <source>Send everything waiting to the county (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="72"/>
        <source>E&amp;xport to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="81"/>
        <source>County tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="97"/>
        <source>Only anonymised counts leave this computer: no names, no birth years, no row per person. This is exactly what is sent for the chosen period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="101"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="135"/>
        <source>County &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="136"/>
        <source>&amp;Charts of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="146"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="168"/>
        <source>Anonymising the counts of {year}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="180"/>
        <source>Last sent to the county: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="185"/>
        <source>Last problem: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="203"/>
        <source>sent v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="203"/>
        <source>waiting v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="204"/>
        <source>exported v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="204"/>
        <source>refused v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="205"/>
        <source>dismissed v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="210"/>
        <source>The period has not begun; it is sent once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="214"/>
        <source>Not sent: the site is not enrolled with the county (Tools → Enrol with the county…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="216"/>
        <source>Not sent yet; it goes as version 1 at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="221"/>
        <source>IT dismissed the county&apos;s refusal of version {version}; it goes again when the period changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="224"/>
        <source>Changed since version {version}; the tables below go as version {next} at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="228"/>
        <source>Sent to the county as version {version} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="229"/>
        <source>Version {version} was exported to a file on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="230"/>
        <source>Version {version} waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="218"/>
        <source>The county refused version {version}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/followup.py" line="243"/>
        <source>{count} cells withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../healthcentre/ui/forms.py" line="23"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="25"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="27"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="34"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="35"/>
        <source>Skip rows that look like someone already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="36"/>
        <source>Register them as new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="39"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="40"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="69"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="89"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="96"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="106"/>
        <source>Row {row}: {name} ({year}) may already be registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="111"/>
        <source>{rows} rows, {problems} problems: fix the file (or the column choices) and check again. Nothing is imported while there are problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="115"/>
        <source>{rows} rows can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/import_dialog.py" line="146"/>
        <source>{created} imported, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="13"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="14"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="15"/>
        <location filename="../healthcentre/ui/labels.py" line="34"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="16"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="31"/>
        <source>Health centre (Hälsocenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="32"/>
        <source>Recovery college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="33"/>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="48"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/labels.py" line="48"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalGroupDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="21"/>
        <source>Local target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="24"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="26"/>
        <source>Name in Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="28"/>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="30"/>
        <source>Counts as county group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="33"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="34"/>
        <source>Name (&amp;Swedish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="35"/>
        <source>Name (&amp;English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/local_group.py" line="36"/>
        <source>Counts as county &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="68"/>
        <source>Healthcentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="69"/>
        <source>Opening the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="101"/>
        <location filename="../healthcentre/ui/mainwindow.py" line="206"/>
        <source>Healthcentre – {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="104"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="136"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="136"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="136"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="137"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/mainwindow.py" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="19"/>
        <source>New &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="21"/>
        <source>New &amp;participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="38"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="26"/>
        <source>&amp;Find participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="24"/>
        <source>&amp;Today&apos;s gathering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="29"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="31"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="55"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="56"/>
        <source>Tick or untick attendance in a list or grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="57"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="57"/>
        <source>Save the open form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="58"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="59"/>
        <source>Add a session in the activity editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="60"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="61"/>
        <source>Add a participant to the attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/menus.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../healthcentre/ui/operations.py" line="173"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/operations.py" line="237"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/operations.py" line="242"/>
        <source>Healthcentre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="86"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="87"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="89"/>
        <source>Visits by registered participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="90"/>
        <source>Unregistered visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="91"/>
        <source>Study circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="61"/>
        <source>Open &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="63"/>
        <source>County follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="70"/>
        <source>Results month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="88"/>
        <source>Unique participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="95"/>
        <source>The period at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="99"/>
        <source>This year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="100"/>
        <source>Last year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="118"/>
        <source>Counted as the county counts: activities and study circles with a session in the period, each participant once per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="126"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="130"/>
        <source>{kind} in {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="139"/>
        <source>Last sent to the county: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/overview.py" line="146"/>
        <source>Last problem: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="33"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="33"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="43"/>
        <source>First name and surname, as you know the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="46"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="47"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="49"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="52"/>
        <source>Municipality of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="55"/>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="57"/>
        <source>given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="58"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="60"/>
        <source>First organised activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="61"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="61"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="65"/>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="66"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="67"/>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="68"/>
        <source>&amp;Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="69"/>
        <source>&amp;Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="70"/>
        <source>&amp;First organised activity ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="76"/>
        <source>&amp;Forget participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="80"/>
        <source>Register &amp;extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="82"/>
        <source>Everything stored about the person, as JSON and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="145"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="148"/>
        <source>Same person – use the existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="149"/>
        <source>Another person – save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="169"/>
        <source>Forget {name}? Name, birth year, gender, municipality, target groups and consent are erased for good. Attendance stays in the counts without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="172"/>
        <source>Forget participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/participant_form.py" line="172"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="35"/>
        <source>Search by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="36"/>
        <source>Search participants by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="39"/>
        <source>Filter by target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="41"/>
        <source>Filter by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="42"/>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="42"/>
        <source>{band} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="45"/>
        <source>Filter by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="46"/>
        <source>All genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="47"/>
        <source>Active this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="48"/>
        <source>Only people present at a session this calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="52"/>
        <location filename="../healthcentre/ui/views/participants.py" line="125"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="57"/>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="59"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="82"/>
        <source>(forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="83"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="84"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="85"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="87"/>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="89"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="121"/>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/participants.py" line="135"/>
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>Possible duplicates (%n)</numerusform>
            <numerusform>Possible duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/participants.py" line="157"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/participants.py" line="158"/>
        <source>No participant matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="35"/>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="36"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="36"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="36"/>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="39"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="43"/>
        <source>Month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/period_picker.py" line="62"/>
        <source>Quarter {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCheckDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/register_check.py" line="21"/>
        <source>Check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/register_check.py" line="24"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/register_check.py" line="26"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <location filename="../healthcentre/ui/register_extract.py" line="34"/>
        <source>Folder for the register extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/register_extract.py" line="40"/>
        <source>Register extract saved: {json} and {pdf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/register_extract.py" line="44"/>
        <source>Writing the register extract…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="55"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="60"/>
        <source>Period report and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="64"/>
        <source>This site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="65"/>
        <source>All sites on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="67"/>
        <location filename="../healthcentre/ui/views/reports.py" line="91"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="67"/>
        <location filename="../healthcentre/ui/views/reports.py" line="92"/>
        <location filename="../healthcentre/ui/views/reports.py" line="122"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="67"/>
        <location filename="../healthcentre/ui/views/reports.py" line="122"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="68"/>
        <source>Custom (whole months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="83"/>
        <source>Exact counts for internal use (marked on every page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="89"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="90"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="94"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="95"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="98"/>
        <source>Create period report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="99"/>
        <source>Export spreadsheet (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="100"/>
        <source>Export CSV (zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="178"/>
        <source>Creating the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="200"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="205"/>
        <source>Attendance sheet to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="208"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="211"/>
        <source>Type to search by title or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="219"/>
        <source>Create attendance sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="221"/>
        <source>A study circle gets the study association&apos;s circle list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="244"/>
        <source>No activities at this site yet: register one under Activities and its attendance sheet can be printed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="250"/>
        <source>No activity matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="275"/>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="278"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="279"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="280"/>
        <source>Choose file and preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="282"/>
        <source>Nothing is imported until you have seen the preview and accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="292"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/reports.py" line="293"/>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="113"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="116"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="117"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="117"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="117"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="124"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="130"/>
        <source>The register is replaced by the backup you choose. A copy of the register as it is now is kept among the backups first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="159"/>
        <source>Replace the register by the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/data_protection.py" line="166"/>
        <source>The register has been restored. The register as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="60"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="60"/>
        <source>Unique participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="61"/>
        <source>Study circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="84"/>
        <source>Visits by registered participants per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="85"/>
        <source>Unique participants per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="104"/>
        <source>Study circles by the study associations&apos; rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="109"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="110"/>
        <source>Does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="167"/>
        <source>Withheld for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="172"/>
        <source>The site&apos;s own exact numbers. Follow-up shows which months the county sees withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="173"/>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="173"/>
        <source>unique participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="174"/>
        <source>{figure}: {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="178"/>
        <source>The site&apos;s own exact numbers; the county sees every month of {year} too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/results_chart.py" line="179"/>
        <source>The site&apos;s own exact numbers. ▼ marks a month the county sees withheld in {year} ({parts}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="130"/>
        <source>Retention…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="28"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="29"/>
        <source>Participants with no attendance in the last {months} months. Erasing removes name, birth year, gender, municipality, target groups and consent for good; attendance stays in the counts without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="35"/>
        <source>Participants due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="36"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="36"/>
        <source>Last attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="44"/>
        <source>&amp;Erase selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="70"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="79"/>
        <source>No participant is due for erasure: everyone at this site has attended, or was registered, within the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="91"/>
        <source>Erase {count} participants? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="92"/>
        <source>Erase participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="92"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="102"/>
        <source>Erasing participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/retention.py" line="107"/>
        <source>{count} participants erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="36"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="37"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="37"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="37"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="38"/>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="50"/>
        <source>Date of the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="55"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="56"/>
        <source>Length of the new session in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="57"/>
        <source>Add &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="59"/>
        <source>Add a session (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="61"/>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="70"/>
        <source>New session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="132"/>
        <source>Delete the session on {date} with its attendance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="133"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/sessions_panel.py" line="133"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="33"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="38"/>
        <source>Site this computer registers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="41"/>
        <source>Name of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="43"/>
        <source>Kind of site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="45"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="46"/>
        <source>&amp;Save site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="54"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="56"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="59"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="60"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="62"/>
        <source>Registering &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="63"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="64"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="65"/>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="72"/>
        <source>IT has set the site for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/settings.py" line="82"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedRegister</name>
    <message>
        <location filename="../healthcentre/ui/share_rounds.py" line="61"/>
        <source>Change file {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/share_rounds.py" line="73"/>
        <source>Exchanging with colleagues&apos; laptops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/share_rounds.py" line="82"/>
        <source>Shared register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/shared_register.py" line="36"/>
        <source>Shared &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/shared_register.py" line="38"/>
        <source>E&amp;xchange with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedRegisterDialog</name>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="29"/>
        <source>Shared register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="51"/>
        <source>The site&apos;s code at the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="60"/>
        <source>Passphrase of the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="63"/>
        <source>First laptop: start sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="64"/>
        <source>Join with an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="76"/>
        <source>&amp;Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="77"/>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="89"/>
        <source>Shared &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="79"/>
        <source>&amp;Start sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="88"/>
        <source>&amp;Invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="91"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="92"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="162"/>
        <source>{count} conflicts to sort out: see Check the register, tab Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="150"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="212"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="151"/>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="44"/>
        <source>Colleagues&apos; laptops at the same site can share one register: everyone sees the same participants and activities, also after working offline. Changes travel sealed through a folder all of you reach (a network share, a synced folder or a USB stick), or through the county&apos;s server, which cannot read them (each laptop enrolled with the county as the site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="149"/>
        <source>The county&apos;s server (relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="150"/>
        <source>Shared through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="151"/>
        <source>Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="152"/>
        <source>Own changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="153"/>
        <source>Changes from colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="154"/>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="164"/>
        <source>&amp;Exchange now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="167"/>
        <source>Create &amp;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="179"/>
        <source>Create invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="181"/>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="223"/>
        <source>Invitations (*.hcinvite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="194"/>
        <source>Invitation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="195"/>
        <source>The invitation is saved in {path}.

Passphrase: {passphrase}

Give the passphrase to your colleague in person or on paper, never together with the file. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="216"/>
        <source>Through the county&apos;s &amp;server instead of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="223"/>
        <source>Invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/dialogs/shared_register.py" line="232"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="41"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="56"/>
        <source>Last sent: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="57"/>
        <source>Periods waiting: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/statusbar.py" line="61"/>
        <source>County sync: status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyCirclesView</name>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="49"/>
        <location filename="../healthcentre/ui/views/study_circles.py" line="105"/>
        <source>Study circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="68"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="69"/>
        <source>Study association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="72"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="73"/>
        <source>Study hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="43"/>
        <location filename="../healthcentre/ui/views/study_circles.py" line="75"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="33"/>
        <source>Search title, leader or theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="34"/>
        <source>Search study circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="37"/>
        <source>Filter by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="38"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="40"/>
        <source>Filter by study association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="42"/>
        <source>Filter by whether the circle counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="43"/>
        <source>Counting or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="44"/>
        <source>Does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="53"/>
        <source>&amp;New study circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="75"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="75"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="110"/>
        <source>All study associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../healthcentre/ui/views/study_circles.py" line="129"/>
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n circle</numerusform>
            <numerusform>%n circles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/study_circles.py" line="130"/>
        <source>No study circle matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="15"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="43"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="45"/>
        <source>○ Offline – retrying at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="47"/>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="54"/>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="57"/>
        <source>The county knows everything through {month} is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/sync_text.py" line="59"/>
        <source>Waiting to be sent: {periods}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetGroupsView</name>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="28"/>
        <location filename="../healthcentre/ui/views/target_groups.py" line="54"/>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="29"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="32"/>
        <source>&amp;Add local group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="34"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="36"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="38"/>
        <source>The county&apos;s target groups are the same everywhere and cannot be changed. Add your own groups as local groups; each counts as one of the county&apos;s groups in the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="69"/>
        <source>County (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="69"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="107"/>
        <source>Delete the local target group “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="108"/>
        <source>Delete target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/views/target_groups.py" line="108"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../healthcentre/ui/undo.py" line="52"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/undo.py" line="58"/>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../healthcentre/ui/undo.py" line="72"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../healthcentre/ui/user_guide.py" line="34"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
