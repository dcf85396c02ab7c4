<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Relais::Pdf</name>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="29"/>
        <source>asked on %1, waiting for their confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="32"/>
        <source>paused: waiting for something from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="33"/>
        <source>paused since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="36"/>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="39"/>
        <source>in hand since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="48"/>
        <source>expected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="56"/>
        <source>Your file is open and being handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="58"/>
        <source>Your file is resolved. Tell us if anything is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="60"/>
        <source>Your file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/statusletter.cpp" line="71"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="83"/>
        <source>Your file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="90"/>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="101"/>
        <source>What is being done now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="104"/>
        <source>%1 is handling your file directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="105"/>
        <source>Nothing more is needed from any agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="108"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="112"/>
        <location filename="../../core/pdf/timelinereport.cpp" line="116"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="120"/>
        <source>Documents we already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="121"/>
        <source>You will not be asked for these again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="128"/>
        <source>Your one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="131"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="133"/>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="135"/>
        <source>%1 keeps every agency on your file informed. You do not need to call the other agencies or explain your situation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="140"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="167"/>
        <source>Status of your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="35"/>
        <source>All times are in %1 (%2 when this document was generated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="41"/>
        <source>the whole partner network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="43"/>
        <source>Sharing with %1, agreed on %2 (recorded by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="46"/>
        <source>withdrawn on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="78"/>
        <source>removed from this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="81"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="83"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="84"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="85"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="86"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="88"/>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="89"/>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="90"/>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="90"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="91"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="92"/>
        <source>National ID (CIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="93"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="94"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="95"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="96"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="97"/>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="108"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="110"/>
        <source>No summary has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="113"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="114"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="115"/>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="125"/>
        <source>Version %1, written by %2 (%3) on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="133"/>
        <source>About this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="137"/>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="138"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="139"/>
        <source>Events from %1 to %2: %3 shown; %4 earlier and %5 later events are not in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="146"/>
        <source>%n event(s) shown, from the opening of the case.</source>
        <translation>
            <numerusform>%n event shown, from the opening of the case.</numerusform>
            <numerusform>%n events shown, from the opening of the case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="149"/>
        <source>Events are numbered through the whole case file; a number missing here is an internal note or an event outside the chosen dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="153"/>
        <source>Internal notes of %1 are included and marked; other agencies&apos; internal notes never leave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="155"/>
        <source>Internal notes are not included: only what every agency on the case shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="158"/>
        <source>Copy for readers outside the network: national ID numbers, phone numbers, e-mail addresses and the customer&apos;s address are replaced by [… removed].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="162"/>
        <source>The customer&apos;s national ID is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="163"/>
        <source>The customer had to chase or repeat themselves %n time(s) on this case.</source>
        <translation>
            <numerusform>The customer had to chase or repeat themselves once on this case.</numerusform>
            <numerusform>The customer had to chase or repeat themselves %n times on this case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="166"/>
        <source>The case file is a hash chain: each event is sealed with the hash of the one before it. When this document was generated, the last event was #%1 and the chain&apos;s head hash was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="172"/>
        <source>Anyone with access to Relais can check it: relais-cli verify %1 --hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="176"/>
        <source>Event hashes refer to the full record, before identifiers were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="186"/>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="189"/>
        <source>waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="194"/>
        <source>Handoff chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="196"/>
        <source>No agency has handed this case to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="199"/>
        <source>Acknowledgement and delivery are counted in the receiving agency&apos;s working hours; delivery pauses while the work waits on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="203"/>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="203"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="203"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="204"/>
        <source>Acknowledged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="204"/>
        <source>Delivered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="214"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="219"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="222"/>
        <source>LATE (promised within %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="226"/>
        <source>LATE (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="249"/>
        <source>CUSTOMER EFFORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="256"/>
        <source>INTERNAL — %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="259"/>
        <source>Corrects #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="260"/>
        <source>Corrects #%1 (not in this copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="267"/>
        <source>Corrected later by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="272"/>
        <source>Attachment: %1 — %2 — SHA-256 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="278"/>
        <source>event hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="283"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="285"/>
        <source>No event in the chosen dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="297"/>
        <source>Documents on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="301"/>
        <source>%1, given to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="316"/>
        <source>Generated %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="318"/>
        <source>Head hash (event #%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="319"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="328"/>
        <source>%1: %2, for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="338"/>
        <source>Case timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="36"/>
        <source>Documents are written in fr, ar or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="49"/>
        <source>identifiers removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="49"/>
        <source>full CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="49"/>
        <source>CIN masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="51"/>
        <source>with %1&apos;s internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="53"/>
        <source>events %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="53"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="54"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="55"/>
        <source>Status letter for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="56"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/pdfexporter.cpp" line="57"/>
        <source>%1 exported to PDF by %2 (%3): %n page(s), %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="86"/>
        <source>Say where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="88"/>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="92"/>
        <location filename="../../core/pdf/pdfexporter.cpp" line="94"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="84"/>
        <source>%1 h</source>
        <comment>working hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="90"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="92"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="93"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="100"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="102"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="104"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="106"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="108"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="110"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="112"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="114"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="116"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="118"/>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="127"/>
        <source>open</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="129"/>
        <source>resolved</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="131"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="140"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="142"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="144"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="146"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="148"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="150"/>
        <source>Summary update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="152"/>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="154"/>
        <source>Customer effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="156"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="158"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="160"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="169"/>
        <source>called to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="171"/>
        <source>came in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="173"/>
        <source>re-submitted a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="175"/>
        <source>re-explained the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="177"/>
        <source>relayed information between agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="185"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="187"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="189"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="196"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="198"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="200"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="202"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="204"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
