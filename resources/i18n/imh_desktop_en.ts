<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttentionWords</name>
    <message numerus="yes">
        <source>%n urgent alert(s)</source>
        <translation>
            <numerusform>%n urgent alert</numerusform>
            <numerusform>%n urgent alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positive screen(s) without follow-up</source>
        <translation>
            <numerusform>%n positive screen without follow-up</numerusform>
            <numerusform>%n positive screens without follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral follow-up(s) overdue</source>
        <translation>
            <numerusform>%n referral follow-up overdue</numerusform>
            <numerusform>%n referral follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue screening(s)</source>
        <translation>
            <numerusform>%n overdue screening</numerusform>
            <numerusform>%n overdue screenings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no visit in %n day(s)</source>
        <translation>
            <numerusform>no visit in %n day</numerusform>
            <numerusform>no visit in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late note(s)</source>
        <translation>
            <numerusform>%n late note</numerusform>
            <numerusform>%n late notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message numerus="yes">
        <source>Checked %Ln event(s)</source>
        <translation>
            <numerusform>Checked %Ln event</numerusform>
            <numerusform>Checked %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln signed note(s).</source>
        <translation>
            <numerusform>and %Ln signed note.</numerusform>
            <numerusform>and %Ln signed notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln broken link(s)</source>
        <translation>
            <numerusform>Found %Ln broken link</numerusform>
            <numerusform>Found %Ln broken links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln note(s) changed outside the app.</source>
        <translation>
            <numerusform>and %Ln note changed outside the app.</numerusform>
            <numerusform>and %Ln notes changed outside the app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchReportDialog</name>
    <message numerus="yes">
        <source>&amp;Write %n report(s)</source>
        <translation>
            <numerusform>&amp;Write %n report</numerusform>
            <numerusform>&amp;Write %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n report to {0}.</numerusform>
            <numerusform>Wrote %n reports to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message numerus="yes">
        <source>%Ln family(ies)</source>
        <translation>
            <numerusform>%Ln family</numerusform>
            <numerusform>%Ln families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln family(ies)</source>
        <translation>
            <numerusform>{0} of %Ln family</numerusform>
            <numerusform>{0} of %Ln families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln family(ies) served</source>
        <translation>
            <numerusform>%Ln family served</numerusform>
            <numerusform>%Ln families served</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln served</source>
        <translation>
            <numerusform>%Ln served</numerusform>
            <numerusform>%Ln served</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln closed during it)</source>
        <translation>
            <numerusform> (%Ln closed during it)</numerusform>
            <numerusform> (%Ln closed during it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln on hold</source>
        <translation>
            <numerusform> · %Ln on hold</numerusform>
            <numerusform> · %Ln on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln referred, not yet enrolled</source>
        <translation>
            <numerusform> · %Ln referred, not yet enrolled</numerusform>
            <numerusform> · %Ln referred, not yet enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s): </source>
        <translation>
            <numerusform>%Ln open case: </numerusform>
            <numerusform>%Ln open cases: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln overdue</source>
        <translation>
            <numerusform> · %Ln overdue</numerusform>
            <numerusform> · %Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln alert(s)</source>
        <translation>
            <numerusform> · %Ln alert</numerusform>
            <numerusform> · %Ln alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainRatingsChart</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n flagged ⚠</source>
        <translation>
            <numerusform>%n flagged ⚠</numerusform>
            <numerusform>%n flagged ⚠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>At most the agency&apos;s limit of %n minute(s)</source>
        <translation>
            <numerusform>At most the agency&apos;s limit of %n minute</numerusform>
            <numerusform>At most the agency&apos;s limit of %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffAccountsDialog</name>
    <message numerus="yes">
        <source>%n open family(s) still assigned to them: reassign them from the caseload.</source>
        <translation>
            <numerusform>%n open family still assigned to them: reassign them from the caseload.</numerusform>
            <numerusform>%n open familys still assigned to them: reassign them from the caseload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message numerus="yes">
        <source>%n late note(s)</source>
        <translation>
            <numerusform>%n late note</numerusform>
            <numerusform>%n late notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue screening(s)</source>
        <translation>
            <numerusform>%n overdue screening</numerusform>
            <numerusform>%n overdue screenings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) without contact for {0}+ days</source>
        <translation>
            <numerusform>%n family without contact for {0}+ days</numerusform>
            <numerusform>%n families without contact for {0}+ days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsignedNoteWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsignedNotesDialog</name>
    <message numerus="yes">
        <source>%n unsigned note(s)</source>
        <translation>
            <numerusform>%n unsigned note</numerusform>
            <numerusform>%n unsigned notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past the signing deadline.</source>
        <translation>
            <numerusform>, %n past the signing deadline.</numerusform>
            <numerusform>, %n past the signing deadline.</numerusform>
        </translation>
    </message>
</context>
</TS>
