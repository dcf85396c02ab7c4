<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Relais::Pdf</name>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="40"/>
        <source>%1: %2 — asked on %3, waiting for their confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="44"/>
        <source>%1: %2 — paused: waiting for something from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="45"/>
        <source>%1: %2 — paused since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="48"/>
        <source>%1: %2 — done on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="51"/>
        <source>%1: %2 — in hand since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="55"/>
        <source>Expected by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="70"/>
        <source>Your file is open and being handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="72"/>
        <source>Your file is resolved. Tell us if anything is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="74"/>
        <source>Your file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/statusletter.cpp" line="85"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="97"/>
        <source>Your file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="104"/>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="115"/>
        <source>What is being done now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="118"/>
        <source>%1 is handling your file directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="119"/>
        <source>Nothing more is needed from any agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="122"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="126"/>
        <location filename="../../core/pdf/timelinereport.cpp" line="117"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="134"/>
        <source>Documents we already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="135"/>
        <source>You will not be asked for these again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="142"/>
        <source>Your one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="146"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="148"/>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="150"/>
        <source>%1 keeps every agency on your file informed. You do not need to call the other agencies or explain your situation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="155"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="182"/>
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
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="98"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="138"/>
        <source>opening of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="139"/>
        <source>date of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="140"/>
        <source>Period chosen: %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="141"/>
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>%n event shown.</numerusform>
            <numerusform>%n events shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="143"/>
        <source>%n earlier event(s) left out.</source>
        <translation>
            <numerusform>%n earlier event left out.</numerusform>
            <numerusform>%n earlier events left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="145"/>
        <source>%n later event(s) left out.</source>
        <translation>
            <numerusform>%n later event left out.</numerusform>
            <numerusform>%n later events left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="324"/>
        <source>Head hash (event #%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="109"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="111"/>
        <source>No summary has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="114"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="115"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="116"/>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="126"/>
        <source>Version %1, written by %2 (%3) on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="134"/>
        <source>About this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="147"/>
        <source>%n event(s) shown, from the opening of the case.</source>
        <translation>
            <numerusform>%n event shown, from the opening of the case.</numerusform>
            <numerusform>%n events shown, from the opening of the case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="150"/>
        <source>Events are numbered through the whole case file; a number missing here is an internal note or an event outside the chosen dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="154"/>
        <source>Internal notes of %1 are included and marked; other agencies&apos; internal notes never leave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="156"/>
        <source>Internal notes are not included: only what every agency on the case shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="159"/>
        <source>Copy for readers outside the network: national ID numbers, phone numbers, e-mail addresses and the customer&apos;s address are replaced by [… removed].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="163"/>
        <source>The customer&apos;s national ID is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="164"/>
        <source>The customer had to chase or repeat themselves %n time(s) on this case.</source>
        <translation>
            <numerusform>The customer had to chase or repeat themselves once on this case.</numerusform>
            <numerusform>The customer had to chase or repeat themselves %n times on this case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="167"/>
        <source>The case file is a hash chain: each event is sealed with the hash of the one before it. When this document was generated, the last event was #%1 and the chain&apos;s head hash was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="173"/>
        <source>Anyone with access to Relais can check it: relais-cli verify %1 --hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="176"/>
        <source>Each event&apos;s heading ends with the first characters of its own hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="178"/>
        <source>Event hashes refer to the full record, before identifiers were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="188"/>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="191"/>
        <source>waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="196"/>
        <source>Handoff chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="198"/>
        <source>No agency has handed this case to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="201"/>
        <source>Acknowledgement and delivery are counted in the receiving agency&apos;s working hours; delivery pauses while the work waits on the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>Asked</source>
        <comment>table column: what was asked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="206"/>
        <source>Acknowledged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="206"/>
        <source>Delivered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="218"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="223"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="226"/>
        <source>LATE (promised within %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="230"/>
        <source>LATE (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="254"/>
        <source>CUSTOMER EFFORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="254"/>
        <source>CUSTOMER EFFORT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="261"/>
        <source>INTERNAL — %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="267"/>
        <source>Corrects #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="268"/>
        <source>Corrects #%1 (not in this copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="275"/>
        <source>Corrected later by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="280"/>
        <source>Attachment: %1 — %2 — SHA-256 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="289"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="291"/>
        <source>No event in the chosen dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="303"/>
        <source>Documents on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="307"/>
        <source>%1, given to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="322"/>
        <source>Generated %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="326"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="335"/>
        <source>%1: %2, for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="345"/>
        <source>Case timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to read the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to add to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to change the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to hand the case to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to move a handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to nudge or escalate a handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried to see who saw the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried something not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the case from search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at the documents on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the handoffs and the summary they carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported a status letter to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported the timeline to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found the case in a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saw excerpts of the timeline in a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found the customer in a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at who saw the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported everything held about the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed in their role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their agency takes no part in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their agency takes part in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sees every case of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone at an agency may look customers up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner of the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (logged before Relais kept the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case file&apos;s owner, at the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they could: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead agency: it opened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff #%1 from %2, asked by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody there may read it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case of the network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every case of this customer: who can see it now and why, every time someone read it or was refused, and the reason they could, as it stood at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files merged into this one (customer numbers %1) are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases %1 takes part in are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has read this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused attempts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that showed the customer&apos;s name, exports of their data and earlier readings of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this report was itself recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data held in Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — exported on %2 by %3 (%4), at your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each file is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your identity, your phone numbers, the consents you gave (and those you withdrew, with the reason) and any merge of two files that were both yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of your cases in full: the agencies taking part, every entry of its timeline, including each agency&apos;s internal notes, its handoffs between agencies and its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same timeline as a document to read or print: what the agencies share with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documents you provided, each once, under their original names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who could see your file, who saw it, when and why, and who was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no case on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is something wrong? Tell any agency serving you. Nothing is erased: a mistake is corrected by a new entry on the timeline that points to the one it corrects, so you can always see what was corrected, when and by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON files are for computers; their times are in UTC. The PDF files are for reading; their times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="37"/>
        <source>Documents are written in fr, ar or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="50"/>
        <source>identifiers removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="50"/>
        <source>full CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="50"/>
        <source>CIN masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="52"/>
        <source>with %1&apos;s internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="54"/>
        <source>events %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="54"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="55"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="56"/>
        <source>Status letter for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="57"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/pdfexporter.cpp" line="58"/>
        <source>%1 exported to PDF by %2 (%3): %n page(s), %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="87"/>
        <source>Say where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="89"/>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="93"/>
        <location filename="../../core/pdf/pdfexporter.cpp" line="95"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="85"/>
        <source>%1 h</source>
        <comment>working hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="91"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="93"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="94"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="101"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="103"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="105"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="107"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="109"/>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="111"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="113"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="115"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="117"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="119"/>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="128"/>
        <source>open</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="130"/>
        <source>resolved</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="132"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="141"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="143"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="145"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="147"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="149"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="151"/>
        <source>Summary update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="153"/>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="155"/>
        <source>Customer effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="157"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="159"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="161"/>
        <source>Record</source>
        <comment>event kind: an entry the system wrote (case opened, export…)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="197"/>
        <source>insurance claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="199"/>
        <source>social support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="201"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="214"/>
        <source>post</source>
        <comment>contact channel: letters by post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="225"/>
        <source>[CIN removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="226"/>
        <source>[phone removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="227"/>
        <source>[e-mail removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="228"/>
        <source>[address removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="170"/>
        <source>called to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="172"/>
        <source>came in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="174"/>
        <source>re-submitted a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="176"/>
        <source>re-explained the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="178"/>
        <source>relayed information between agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="186"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="188"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="190"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="208"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="210"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="212"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="218"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
