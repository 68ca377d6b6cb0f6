<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AbuseSignals</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>asked for %n deadline extension(s) here</source>
            <translation>
                <numerusform>asked for %n deadline extension here</numerusform>
                <numerusform>asked for %n deadline extensions here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>missed %n dispute deadline(s) in 12 months</source>
            <translation>
                <numerusform>missed %n dispute deadline in 12 months</numerusform>
                <numerusform>missed %n dispute deadlines in 12 months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>missed {late} dispute deadlines in 12 months, with %n dispute(s) against it</source>
            <translation>
                <numerusform>missed {late} dispute deadlines in 12 months, with %n dispute against it</numerusform>
                <numerusform>missed {late} dispute deadlines in 12 months, with %n disputes against it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>opened %n dispute(s) in 12 months, lost {lost} rulings</source>
            <translation>
                <numerusform>opened %n dispute in 12 months, lost {lost} rulings</numerusform>
                <numerusform>opened %n disputes in 12 months, lost {lost} rulings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>opened %n dispute(s) in 12 months, lost {lost} rulings and won {won}</source>
            <translation>
                <numerusform>opened %n dispute in 12 months, lost {lost} rulings and won {won}</numerusform>
                <numerusform>opened %n disputes in 12 months, lost {lost} rulings and won {won}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseFormat</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>%n evidence file(s) failed verification</source>
            <translation>
                <numerusform>%n evidence file failed verification</numerusform>
                <numerusform>%n evidence files failed verification</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>%n unsent change(s)</source>
            <translation>
                <numerusform>%n unsent change</numerusform>
                <numerusform>%n unsent changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>{shown} of %n case(s) shown</source>
            <translation>
                <numerusform>{shown} of %n case shown</numerusform>
                <numerusform>{shown} of %n cases shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlineNotifier</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>%n ruling(s) due soon</source>
            <translation>
                <numerusform>A ruling is due soon</numerusform>
                <numerusform>%n rulings are due soon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>%n ruling(s) overdue</source>
            <translation>
                <numerusform>A ruling is overdue</numerusform>
                <numerusform>%n rulings are overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Due within %n hour(s): {cases}.</source>
            <translation>
                <numerusform>Due within %n hour: {cases}.</numerusform>
                <numerusform>Due within %n hours: {cases}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>{cases} and %n more</source>
            <translation>
                <numerusform>{cases} and %n more</numerusform>
                <numerusform>{cases} and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceGallery</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>{shown} of %n item(s)</source>
            <translation>
                <numerusform>{shown} of %n item</numerusform>
                <numerusform>{shown} of %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Payload</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>array of %n item(s) out of bounds</source>
            <translation>
                <numerusform>array of %n item out of bounds</numerusform>
                <numerusform>array of %n items out of bounds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>%n record(s) in the folder, {failed} failed verification.</source>
            <translation>
                <numerusform>%n record in the folder, {failed} failed verification.</numerusform>
                <numerusform>%n records in the folder, {failed} failed verification.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged — %n record(s) did NOT verify (highlighted).</source>
            <translation>
                <numerusform>Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged — %n record did NOT verify (highlighted).</numerusform>
                <numerusform>Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged — %n records did NOT verify (highlighted).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Done: {exported} exported, {failed} failed, {unchanged} unchanged — %n record(s) did NOT verify (highlighted).</source>
            <translation>
                <numerusform>Done: {exported} exported, {failed} failed, {unchanged} unchanged — %n record did NOT verify (highlighted).</numerusform>
                <numerusform>Done: {exported} exported, {failed} failed, {unchanged} unchanged — %n records did NOT verify (highlighted).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Exporting: {done} of %n record(s)…</source>
            <translation>
                <numerusform>Exporting: {done} of %n record…</numerusform>
                <numerusform>Exporting: {done} of %n records…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/store/home.py" />
            <source>These files could not be removed ({problem}): {files} and %n more.</source>
            <translation>
                <numerusform>These files could not be removed ({problem}): {files} and %n more.</numerusform>
                <numerusform>These files could not be removed ({problem}): {files} and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>more than the declared %n byte(s) arrived</source>
            <translation>
                <numerusform>more than the declared %n byte arrived</numerusform>
                <numerusform>more than the declared %n bytes arrived</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>… and %n more item(s)</source>
            <translation>
                <numerusform>… and %n more item</numerusform>
                <numerusform>… and %n more items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n case(s) updated</source>
            <translation>
                <numerusform>%n case updated</numerusform>
                <numerusform>%n cases updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n new message</numerusform>
                <numerusform>%n new messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n sync error(s)</source>
            <translation>
                <numerusform>%n sync error</numerusform>
                <numerusform>%n sync errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n unsent</source>
            <translation>
                <numerusform>%n unsent</numerusform>
                <numerusform>%n unsent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>%n message(s) · times in {zone}; hover a message for UTC</source>
            <translation>
                <numerusform>%n message · times in {zone}; hover a message for UTC</numerusform>
                <numerusform>%n messages · times in {zone}; hover a message for UTC</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Showing the %n message(s) that refer to the selected evidence.</source>
            <translation>
                <numerusform>Showing the %n message that refer to the selected evidence.</numerusform>
                <numerusform>Showing the %n messages that refer to the selected evidence.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>{shown} of %n message(s) · times in {zone}; hover a message for UTC</source>
            <translation>
                <numerusform>{shown} of %n message · times in {zone}; hover a message for UTC</numerusform>
                <numerusform>{shown} of %n messages · times in {zone}; hover a message for UTC</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Verification</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>/Contents carries data after the DER SignedData (%n byte(s); the padding must be zeros)</source>
            <translation>
                <numerusform>/Contents carries data after the DER SignedData (%n byte; the padding must be zeros)</numerusform>
                <numerusform>/Contents carries data after the DER SignedData (%n bytes; the padding must be zeros)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the file carries %n signature(s); a ruling has exactly one</source>
            <translation>
                <numerusform>the file carries %n signature; a ruling has exactly one</numerusform>
                <numerusform>the file carries %n signatures; a ruling has exactly one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the file was modified after signing (%n incremental update(s))</source>
            <translation>
                <numerusform>the file was modified after signing (%n incremental update)</numerusform>
                <numerusform>the file was modified after signing (%n incremental updates)</numerusform>
            </translation>
        </message>
    </context>
</TS>
