<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name></name>
    <message>
        <source>Handout &amp;support lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support lines each handout language prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReferralDialog</source>
        <comment>Follow-up overdue ({day})</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReferralDialog</source>
        <comment>Made, follow up {day}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Case number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Specialist (username)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Referral source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Referral date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Enrolment date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Caregiver: name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Caregiver: relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Caregiver: date of birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Caregiver: phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Caregiver: language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Child: name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Child: date of birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Child: sex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Child: gestational age (weeks)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Goal: area</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Goal: statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Goal: start date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Goal: target date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Goal: status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Visit: date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Visit: outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Visit: mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Visit: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <comment>Visit: note</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything until you type your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your windows (note drafts are kept) and let another person sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff, reset passwords, deactivate accounts, sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until {0} (failed sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {text} (open since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the follow-up in the family&apos;s Screenings tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertKind</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wrong name in the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsqPage</name>
    <message>
        <source>Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsqSePage</name>
    <message>
        <source>Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what to which record, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who looked at this family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened, printed or changed the family&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IMH-2026-0042, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of these days (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the rows shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest only: narrow the filters to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthForm</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup was not made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now, or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {0} is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it replaced is kept at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMH Desktop now opens the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a backup to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a server: &apos;Back up now&apos; saves a copy with pg_dump. The server&apos;s administrator keeps the regular backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMH Desktop backs up when it closes and once a day. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months. A folder on another drive (a network drive) keeps them safe if this computer fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be restored: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {0}: a PostgreSQL dump of {1} tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.dump);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

The data in the database now is set aside first (kept beside it), then replaced by this backup. Open records and notes are closed, and IMH Desktop reopens on the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchReportDialog</name>
    <message>
        <source>Batch progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>each report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finishing the reports already started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the other reports were not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports were written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or saving in the background…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visits by week or month; reschedule, export to your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visits of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visits of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export my visits (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your planned visits for the next 90 days to a calendar file for your phone: case numbers and times only, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (my team and me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} planned, {flagged} flagged ⚠ (double booking, or outside working hours: {hours}). Double-click a visit or drag it to another day to reschedule it; in the month, double-click a day to see its week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {case} to {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule {when} {case}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the visit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} planned visits to {path} (case numbers and times only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>caregiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaregiverForm</name>
    <message>
        <source>Primary caregiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNumberDialog</name>
    <message>
        <source>Open family by case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the case number of any family of the agency. A family outside your caseload opens only after you say why you need it (emergency access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search case number, family, caregiver or child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit due filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n family(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own passphrase before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {0} characters; a few unrelated words are easy to remember and hard to guess. Common passwords are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the case of the {name}. It stays readable and can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the case is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each open alert needs its follow-up recorded (Screenings tab) or a reason to carry it, e.g. handed to the next provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to carry the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the case is closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <source>Goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined further services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child turned three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {what} was saved by {who} after you opened it. {n} field(s) differ (marked). Nothing you typed is lost: save yours over theirs, keep theirs, or copy yours first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version and the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are dropped: copy them first if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version is on the clipboard: paste it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextTab</name>
    <message>
        <source>Stressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note a stressor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths (protective factors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to: what may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in {n} days ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to services signed {day} by {who} (form {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to services is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The username is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username has only letters a-z, digits, dots, dashes and underscores (e.g. mgarcia), and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters: a few words you can remember, e.g. “kettle garden blue tuesday”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is one of the most common passwords (or one of them with numbers or signs added). Choose another: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot contain your username or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use more different characters in the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (%1) is after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestational age at birth must be a whole number of weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestational age at birth must be between %1 and %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the gestational age must be 0 to 6 (7 days make the next week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 month questionnaire (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no age intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s active dates end before they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed visits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release must expire after the day it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release can last at most %1 years; check the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the referral was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when to follow up on this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what came of the referral in the outcome note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral is for one caregiver, one child or the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stressor cannot be resolved before it was noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s date of birth (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the child&apos;s date of birth: it is too long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the weeks of the gestational age as well as the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one caregiver can be the primary caregiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is before the goal&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date is before the family&apos;s enrolment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 1 minute and 8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next visit must come after this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what was done from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was present from the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who else was present from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment date is before the referral date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned visit must be today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit in the future can only be planned, not documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no answer scoring %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not answered item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why you need this family&apos;s record now (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one working day (e.g. Mon Tue Wed Thu Fri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day; write the working days as Mon Tue Wed Thu Fri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 08:00 (not “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one caregiver screening instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first caregiver screen needs a window of at least 1 month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver screens must repeat every 1 month or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ahead for upcoming screenings cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown screening subject %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers must be a list of %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items; %3 answered. Answer every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ:SE-2 total must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ:SE-2 total goes in steps of 5; check the addition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ:SE-2 result: choose below the monitoring zone, in the monitoring zone, or above the cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item %2: answer must be one of the four options (0 to 3), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ-3 has no area called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the area score (0 to 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score must be from 0 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score goes in steps of 5 (0, 5, 10 … 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose above, close to, or below the cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrase needs a closing quotation mark (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type letters or digits to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for at most %1 words or phrases at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put at least %1 letters before a * (for example hous*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A * can only end a word (for example hous*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 families can be linked to one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2, which cannot be kept; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at most %1 characters, without control keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted backup; only the encrypted database it was made from can open and restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing beside the database, so a backup could not be opened by anyone: put the key file back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not match the database (tables: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted (or damaged), and its key file %2 is not beside it, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (integrity check failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop backup, or it is damaged.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 of the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was encrypted with another key than this database&apos;s, so it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in %1 (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted (or is not a database), and the key file beside it (%2) is missing: put the key file back from where the database was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost: the server stopped or the network dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy: another window or program has kept it locked. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be reached: its folder or drive may have been removed or disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such database on the server %1. Check the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server &apos;%1&apos; was not found. Check the server name in the database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: it is not running or not accepting connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IMH Desktop key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of IMH Desktop (schema %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not one made by IMH Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by an older version of IMH Desktop and is read-only, so it cannot be upgraded. Open it where you may change it, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the database file&apos;s path, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file (IMH Desktop keeps its data in an SQLite file). If it is an encrypted one, its key file %2 is missing beside it: put it back from where the database was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address. Write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of database IMH Desktop can use. Write the address like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver &apos;%1&apos; is not installed. For PostgreSQL write the address as postgresql+psycopg://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a new database at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 lacks tables: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of export &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these families no longer exist; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the family&apos;s case number, e.g. IMH-2026-0042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long for a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family has the case number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family is on your caseload: open it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the account before resetting its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is inactive already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is active already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety steps are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety steps are too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one support line for the family handouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support lines are too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support lines for &apos;%1&apos; are too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backups folder&apos;s full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only, so a backup cannot be restored into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in the backups folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup; this database is SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite backup; this database is on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be reached: %2 does not exist (is the network drive connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder %1 cannot be made: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unencrypted database file can be encrypted; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no staff users yet. Run &apos;imh-desktop setup&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active staff user has that username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active staff user named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add an administrator, a supervisor or another team&apos;s specialist; a supervisor adds specialists to their own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another place to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number has at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the anchor as the event number and its hash, e.g. 1234:3f2a…(64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no recovery key: an administrator resets forgotten passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an active administrator&apos;s username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is set up already: sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &apos;%1&apos; belongs to an account that is not an active administrator. Choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase, not the one you have now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from 1 to %1 days of visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit cannot be planned for a day that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a visit at most two years ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has been documented since the calendar was read, so it can no longer be moved. The calendar now shows the current plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this visit after you opened it (it may have been moved already). Nothing was saved; look at the calendar again and choose the time anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s last day is before its first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most %1 days at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts from 1 minute to %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caseload scope &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That family no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the format csv or xlsx, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff account is unknown or inactive. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a read: open it with reading()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a family to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment. Reopen it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service never checked %1; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date revoked cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That release no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot be revoked before it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stressor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this %1 after you opened it (you loaded version %2, it is now version %3). Reopen it to see their changes before saving yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active specialist for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an administrator, not a specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family has that case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open %2 no follow-up. Record the follow-up in the Screenings tab, or give a reason to carry each one, before closing the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family with case number &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure date is before the case began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed or on-hold case can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active case can be put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 is not in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active goal can be revised; add a new goal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revised goal cannot start before the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the statement to revise the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new statement or target date first, then change the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information with %1 needs a release of information in force for that agency on the day of the referral. Record the signed release first, or make the referral without sharing information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert is not one of this family&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert&apos;s follow-up is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row%2 of the sheet %3 errors; nothing was imported. Correct them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with a &quot;columns&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;sheet&quot; must be a sheet name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for &apos;%2&apos;) is not a field. Fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;date_order&quot; is one of DMY, MDY, YMD and its &quot;duplicates&quot; one of skip, update, new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON mapping file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the family name (or the caregiver&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; import it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field this program imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both &apos;%1&apos; and &apos;%2&apos; are mapped to the same field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file (.csv) or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; import it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an Excel workbook (.xlsx). Save it from Excel as .xlsx or as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts are available in English (en), Spanish (es), Vietnamese (vi) and Arabic (ar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handout is made for a completed visit; this visit is &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ:SE-2: enter the total score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 questionnaire fits a screening age of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why no referral is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a referral for this alert (agency, reason, follow-up date): saving the referral closes the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening date is before the family&apos;s referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given to a caregiver: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given for a child: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit is not one of this family&apos;s visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety check is recorded for a self-harm answer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety check for this screening is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note cannot be signed until the same-day safety check is recorded (who did it, what was done, the outcome) for the self-harm answer on the %1. Use “Record safety check…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That screening no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor reviews their own team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the first and the last date of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That specialist is not on this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That specialist is not on your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose families on this specialist&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is too long to keep; shorten the note&apos;s text (see each section&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft holds a character that cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note&apos;s draft was changed in another window after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note&apos;s draft was saved in another window at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the section for the family before you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this note after the preview opened it. Open the handout again to see their version; your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the section the amendment is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal is not one of this family&apos;s goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “%1” is %2; only active goals can be rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is rated twice in this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate progress on “%1” from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened at the visit (the outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note changed since you opened it. Reopen it before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not signed yet: edit it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author has not signed this note yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is already co-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note changed since you opened it. Reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed outside the app after it was signed, so it cannot be co-signed. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit belongs to another family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is signed and locked. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this note after you opened it. Compare the two versions; yours is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainRatingsChart</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: another window saved a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <source>Printed on the family&apos;s handout. Plain, warm words in the family&apos;s language; no clinical notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note integrity warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenings at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan the next visit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{which} is not on your caseload.&lt;/b&gt;&lt;p&gt;Open its record only if you need it now, for the family&apos;s care (for example, the family calls in a crisis while their specialist is away).&lt;/p&gt;&lt;p&gt;Your name, the time and your reason are recorded and shown to the supervisors. You can read the record and write visit notes for {hours} hours.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you need this record now, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyAccessList</name>
    <message>
        <source>Running, until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families opened outside a caseload by you or your team, and your team&apos;s families opened by others, with the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one used emergency access in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is not encrypted: anyone who copies it can read every family&apos;s record. Encrypting it takes a moment: a backup first, then an encrypted copy that is checked against the original before it takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password opens it from then on. Other staff open it after signing in once on this computer while it is open (Account &gt; Sign in as someone else), or after you reset their passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting: backup, encrypted copy, check…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>{0}: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>{0} holds protected health information. Once it is saved, printed or opened in another program it leaves IMH Desktop&apos;s protected store: the program no longer controls who can read it. Keep it only where your agency allows, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDialog</name>
    <message>
        <source>Rate a protective factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What you saw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rating is kept with its date; the newest one is current.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorRating</name>
    <message>
        <source>A strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyAccessDialog</name>
    <message>
        <source>Who looked at this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened, printed or changed this family&apos;s records, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looked at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has looked at this family&apos;s records yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Child (untick for a family enrolled in pregnancy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <source>e.g. Nguyễn family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a specialist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyRecordWidget</name>
    <message>
        <source>Family record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressors and strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access until {time}: this family is not on your caseload. You can read the record and write visit notes; your access is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilySectionPanel</name>
    <message>
        <source>For the family (printed on the handout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment (the note is signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family section edited in the handout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an &amp;amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: save it to the note before the handout goes to the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout is {0} pages: the text flows onto the next page, nothing is cut. Shorten the section if the family should have one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyStatus</name>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyTabs</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>{0} error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx), one family a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the only one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sheet has no rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; since {day}&lt;br&gt;{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a safety assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done; for “no referral”, say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral (reasoned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GestationEdit</name>
    <message>
        <source>Term (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestational age at birth, weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestational age at birth, days past the weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the birth record: 36 weeks + 6 days is 36+6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>A new statement or target date is saved as a revision: the current goal is kept as “revised”, and signed notes keep what they rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where things stand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text: write the goal below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an example to start from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else&apos;s version is newer. Yours is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDomain</name>
    <message>
        <source>Attachment and relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and basic needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalProgressChart</name>
    <message>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRatingsPanel</name>
    <message>
        <source>This family has no active goals yet. Add them on the Goals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on goal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short note on progress (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a&amp;chieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress&lt;/b&gt; (1 = no change … 5 = achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No goals yet. Add the family&apos;s first goal.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… nothing is saved until every row is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new families; %2 updated; %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: same as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, though like %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>EPDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASQ:SE-2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, or why it did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is signed in. Their work stays as it was and their note drafts are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add families from a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open family by case &amp;number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open any family of the agency by its case number; one outside your caseload needs a reason (emergency access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notes, amendments, goals and screenings you may read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (DEMO: invented data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Administrator account&lt;/h3&gt;&lt;p&gt;This account manages staff accounts and the agency&apos;s settings (Account &amp;gt; Staff accounts…). It opens no family&apos;s record, caseload or report.&lt;/p&gt;&lt;p&gt;If you also see families as a clinician, sign in with your clinician account for that work.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: you can read and print, not save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you saved is in the database; only today&apos;s copy is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which field each column fills. Guessed from the headers; your choices are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out from the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year (25/03/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year (03/25/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year/month/day (2026/03/25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n flagged ⚠</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mgarcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another random temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the temporary password to the person; they choose their own passphrase when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <source>Protect the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency requires a password on every PDF saved outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password to the reader separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWarning</name>
    <message>
        <source>Planning warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No double booking; within working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} at {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Double booking: already planned that day: {planned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Outside the agency&apos;s working hours ({hours}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still save: these are warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Show closed cases in the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the caseload every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload opens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual one for my role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team&apos;s caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most the agency&apos;s limit of %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Windows opened from now on use it; all of them after a restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row as it will be saved. Cells in red have errors (point at one to read it); nothing is imported until there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the family already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 · with errors: %2 · duplicates: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the dates are written (Back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors could not be saved: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectiveFactor</name>
    <message>
        <source>Parental resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge of parenting and child development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete support in times of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s social and emotional competence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingCombo</name>
    <message>
        <source>Not addressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Choose a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and set the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a lost administrator password: the recovery key shown when the database was encrypted opens it, and the administrator chooses a new passphrase ({0} characters or more) at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted: without a password or this recovery key, nobody can read it, not even from a stolen computer. If every administrator&apos;s password is lost, this key opens it (the sign-in window&apos;s “Use the recovery key…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only now. Write it down or print it and keep it locked away, apart from the computer. Keep the key file beside the database (its name ends in “.keys”) with every backup: without it the database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-up of:&lt;/b&gt; {text}&lt;br&gt;Saving the referral closes this alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information about the family is shared with the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information is shared, so no release is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release in force for {agency}, until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information needs a release of information in force for this agency. None is recorded: record the signed release first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralFollowUpsDialog</name>
    <message>
        <source>Referrals to follow up — my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to follow up — my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is waiting past its follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} referral(s) past their follow-up date, in {f} famil(ies).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pediatrician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralType</name>
    <message>
        <source>Early intervention (Part C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic violence services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food / WIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pediatric care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Record a release of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be &amp;shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Before you print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit for the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview family handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed visits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout text in {language} has not been reviewed by a fluent speaker yet: read it through before you give it to the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has no section for the family yet: write it in the visit note under “For the family”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed outside the app after it was signed: check the handout and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{case}&lt;/b&gt; · {family}&lt;br&gt;{who}&lt;br&gt;Now: {day}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (counts as 1 hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to {agency} stops allowing any sharing from this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Self-harm answer: safety steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record safety check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm answer — {what}: act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check not recorded yet: the visit note cannot be signed until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check recorded (by {who}); it is saved with the screening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <source>Record safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same-day safety check after a self-harm answer: who did it, what was done, and the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked about plans and means, called the supervisor, agreed a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. no plan or means; safety plan agreed; follow-up call tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who did it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFailedDialog</name>
    <message>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was not saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you wrote is still here in the editor. Try again in a moment, or save a copy to a file to keep it safe until the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Record a screening — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} item {n} scored {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>&amp;Record a screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search notes, amendments, goals and screenings: words, &quot;a phrase&quot;, hous*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search across the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One result for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results for %2, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> More with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Enter opens the note at the match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{0} has changes open that are not saved. Only they can unlock to save them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kolstad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet, and no default password. Make the administrator&apos;s account now; the administrator then adds the staff, each with a temporary password they change when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this database has a password yet: it was made before sign-in. Give its administrator a passphrase (type the administrator&apos;s username), or make a new administrator; the administrator then gives every other account a temporary password (Account &gt; Staff accounts &gt; Reset password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {0} characters. A few unrelated words are easy to remember and hard to guess; common passwords are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted: your username and password open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: every account&apos;s password is “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in, automatic lock and emergency access (the whole agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock a window left idle after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins in a row allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the account waits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access to another caseload lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0} ({1}). Temporary password: {2}
Give it to them; they choose their own when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? The one they have stops working now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New temporary password for {0}: {1}
They choose their own when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {0}? They can no longer sign in. Their notes, signatures and history stay, under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open family(s) still assigned to them: reassign them from the caseload.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivated {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The idle lock applies from each person&apos;s next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stressor</name>
    <message>
        <source>Caregiver depression or anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimate partner violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing instability or homelessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food insecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s own childhood adversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-welfare involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incarceration of a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teen parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s medical complexity or NICU stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StressorDialog</name>
    <message>
        <source>Note a stressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve stressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stressor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Reflective supervision — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Families discussed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen only by you and the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private to the specialist and {name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportLinesDialog</name>
    <message>
        <source>Support lines on family handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under “Where to find support” on every family handout, one line each. A language left empty prints the English lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the English lines print on this language&apos;s handouts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamExports</name>
    <message>
        <source>this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table shown, for the period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the team (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective &amp;supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team  ›  {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} expected visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n late note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue screening(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) without contact for {0}+ days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsignedNoteWords</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsignedNotesDialog</name>
    <message>
        <source>My unsigned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsigned notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past the signing deadline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup first: if anything goes wrong, the backup brings the data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up, then upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the backup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade without a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a backup, nothing can bring back the data if the upgrade fails. Upgrade anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>&amp;New visit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note of a visit with the selected family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;unsigned notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes waiting for a signature, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your planned visits, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals to follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals past their follow-up date, waiting for news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflective &amp;supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervision sessions and their notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family first, then start its note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetailsBox</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the visit did not take place, or the plan to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitMode</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual (video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitNoteEditor</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed outside the app after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What no longer matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown may not be what was signed. Tell your administrator, who can check the whole audit trail with “imh-desktop audit verify”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Revised since this note was signed; now: {now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;referral…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitOutcome</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Emotional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developmental guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>&amp;New visit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note of a visit (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to reschedule; drag to another day to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CalendarModel</name>
    <message>
        <source>Double booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_band_combo</name>
    <message>
        <source>Choose from the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening of this visit has a self-harm answer. The note can be signed once the same-day safety check is recorded: who did it, what was done, and the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>show_error</name>
    <message>
        <source>Someone else saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
