<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Relais::Pdf</name>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="40"/>
        <source>%1: %2 — asked on %3, waiting for their confirmation.</source>
        <translation>%1 : %2 — demandé le %3, en attente de leur confirmation.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="44"/>
        <source>%1: %2 — paused: waiting for something from you.</source>
        <translation>%1 : %2 — en pause : nous attendons un élément de votre part.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="45"/>
        <source>%1: %2 — paused since %3.</source>
        <translation>%1 : %2 — en pause depuis le %3.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="48"/>
        <source>%1: %2 — done on %3.</source>
        <translation>%1 : %2 — terminé le %3.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="51"/>
        <source>%1: %2 — in hand since %3.</source>
        <translation>%1 : %2 — en cours depuis le %3.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="55"/>
        <source>Expected by %1.</source>
        <translation>Prévu au plus tard le %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="70"/>
        <source>Your file is open and being handled.</source>
        <translation>Votre dossier est ouvert et en cours de traitement.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="72"/>
        <source>Your file is resolved. Tell us if anything is still missing.</source>
        <translation>Votre dossier est réglé. Dites-nous s&apos;il manque encore quelque chose.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="74"/>
        <source>Your file is closed.</source>
        <translation>Votre dossier est clôturé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/statusletter.cpp" line="85"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre tâche</numerusform>
            <numerusform>et %n autres tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="97"/>
        <source>Your file %1</source>
        <translation>Votre dossier %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="104"/>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="115"/>
        <source>What is being done now</source>
        <translation>Ce qui est en cours</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="118"/>
        <source>%1 is handling your file directly.</source>
        <translation>%1 s&apos;occupe directement de votre dossier.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="119"/>
        <source>Nothing more is needed from any agency.</source>
        <translation>Aucun organisme n&apos;a plus rien à faire sur votre dossier.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="122"/>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="126"/>
        <location filename="../../core/pdf/timelinereport.cpp" line="117"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="134"/>
        <source>Documents we already have</source>
        <translation>Les documents que nous avons déjà</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="135"/>
        <source>You will not be asked for these again: %1.</source>
        <translation>On ne vous les redemandera pas : %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="142"/>
        <source>Your one contact</source>
        <translation>Votre interlocuteur unique</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="146"/>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="148"/>
        <source>E-mail: %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="150"/>
        <source>%1 keeps every agency on your file informed. You do not need to call the other agencies or explain your situation again.</source>
        <translation>%1 tient informés tous les organismes qui suivent votre dossier. Vous n&apos;avez pas besoin d&apos;appeler les autres organismes ni de réexpliquer votre situation.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="155"/>
        <source>Kind regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="182"/>
        <source>Status of your file</source>
        <translation>État de votre dossier</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="35"/>
        <source>All times are in %1 (%2 when this document was generated).</source>
        <translation>Toutes les heures sont indiquées dans le fuseau %1 (%2 à la date d&apos;édition du présent document).</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="41"/>
        <source>the whole partner network</source>
        <translation>l&apos;ensemble du réseau de partenaires</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="43"/>
        <source>Sharing with %1, agreed on %2 (recorded by %3)</source>
        <translation>Partage avec %1, consenti le %2 (enregistré par %3)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="46"/>
        <source>withdrawn on %1 by %2</source>
        <translation>retiré le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="78"/>
        <source>removed from this copy</source>
        <translation>retiré de la présente copie</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="81"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="83"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="84"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="85"/>
        <source>Lead agency</source>
        <translation>Organisme pilote</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="86"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="88"/>
        <source>How to reach them</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="89"/>
        <source>Agencies involved</source>
        <translation>Organismes concernés</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="90"/>
        <source>Consent to share</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="90"/>
        <source>none recorded</source>
        <translation>aucun consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="91"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="92"/>
        <source>National ID (CIN)</source>
        <translation>Carte nationale (CIN)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="93"/>
        <source>Born</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="94"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="95"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="96"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="97"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="98"/>
        <source>Preferred channel</source>
        <translation>Moyen de contact préféré</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="138"/>
        <source>opening of the case</source>
        <translation>ouverture du dossier</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="139"/>
        <source>date of this document</source>
        <translation>date du présent document</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="140"/>
        <source>Period chosen: %1 – %2.</source>
        <translation>Période retenue : %1 – %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="141"/>
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>%n événement présenté.</numerusform>
            <numerusform>%n événements présentés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="143"/>
        <source>%n earlier event(s) left out.</source>
        <translation>
            <numerusform>%n événement antérieur non repris.</numerusform>
            <numerusform>%n événements antérieurs non repris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="145"/>
        <source>%n later event(s) left out.</source>
        <translation>
            <numerusform>%n événement postérieur non repris.</numerusform>
            <numerusform>%n événements postérieurs non repris.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="324"/>
        <source>Head hash (event #%1):</source>
        <translation>Empreinte de tête (événement #%1) :</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="109"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="111"/>
        <source>No summary has been written yet.</source>
        <translation>Aucune synthèse n&apos;a encore été rédigée.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="114"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="115"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="116"/>
        <source>Done so far</source>
        <translation>Réalisé à ce jour</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="126"/>
        <source>Version %1, written by %2 (%3) on %4</source>
        <translation>Version %1, rédigée par %2 (%3) le %4</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="134"/>
        <source>About this document</source>
        <translation>À propos du présent document</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="147"/>
        <source>%n event(s) shown, from the opening of the case.</source>
        <translation>
            <numerusform>%n événement présenté, depuis l&apos;ouverture du dossier.</numerusform>
            <numerusform>%n événements présentés, depuis l&apos;ouverture du dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="150"/>
        <source>Events are numbered through the whole case file; a number missing here is an internal note or an event outside the chosen dates.</source>
        <translation>Les événements sont numérotés sur l&apos;ensemble du dossier ; un numéro absent ici correspond à une note interne ou à un événement hors de la période retenue.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="154"/>
        <source>Internal notes of %1 are included and marked; other agencies&apos; internal notes never leave them.</source>
        <translation>Les notes internes propres à %1 sont incluses et signalées comme telles ; les notes internes des autres organismes ne sortent jamais de ceux-ci.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="156"/>
        <source>Internal notes are not included: only what every agency on the case shares.</source>
        <translation>Les notes internes ne sont pas incluses : seul figure ce que partagent tous les organismes du dossier.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="159"/>
        <source>Copy for readers outside the network: national ID numbers, phone numbers, e-mail addresses and the customer&apos;s address are replaced by [… removed].</source>
        <translation>Copie destinée à des lecteurs extérieurs au réseau : les numéros de CIN, les numéros de téléphone, les adresses électroniques et l&apos;adresse du client sont remplacés par [… retiré].</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="163"/>
        <source>The customer&apos;s national ID is masked.</source>
        <translation>Le numéro de CIN du client est masqué.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="164"/>
        <source>The customer had to chase or repeat themselves %n time(s) on this case.</source>
        <translation>
            <numerusform>Le client a dû relancer ou se répéter %n fois dans ce dossier.</numerusform>
            <numerusform>Le client a dû relancer ou se répéter %n fois dans ce dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="167"/>
        <source>The case file is a hash chain: each event is sealed with the hash of the one before it. When this document was generated, the last event was #%1 and the chain&apos;s head hash was:</source>
        <translation>Le dossier forme une chaîne de hachage : chaque événement est scellé avec l&apos;empreinte (hash) de celui qui le précède. À l&apos;édition du présent document, le dernier événement était le #%1 et l&apos;empreinte de tête de la chaîne était :</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="173"/>
        <source>Anyone with access to Relais can check it: relais-cli verify %1 --hash %2</source>
        <translation>Toute personne ayant accès à Relais peut la vérifier : relais-cli verify %1 --hash %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="176"/>
        <source>Each event&apos;s heading ends with the first characters of its own hash.</source>
        <translation>L&apos;intitulé de chaque événement se termine par les premiers caractères de sa propre empreinte.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="178"/>
        <source>Event hashes refer to the full record, before identifiers were removed.</source>
        <translation>Les empreintes des événements portent sur l&apos;enregistrement complet, avant le retrait des identifiants.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="188"/>
        <source>%1 so far</source>
        <translation>%1 à ce jour</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="191"/>
        <source>waiting: %1</source>
        <translation>en attente : %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="196"/>
        <source>Handoff chain</source>
        <translation>Chaîne des transmissions</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="198"/>
        <source>No agency has handed this case to another.</source>
        <translation>Aucun organisme n&apos;a transmis ce dossier à un autre.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="201"/>
        <source>Acknowledgement and delivery are counted in the receiving agency&apos;s working hours; delivery pauses while the work waits on the customer.</source>
        <translation>L&apos;accusé de réception et la réalisation sont décomptés en heures ouvrées de l&apos;organisme destinataire ; le décompte de la réalisation est suspendu tant que le travail attend le client.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>Asked</source>
        <comment>table column: what was asked</comment>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="206"/>
        <source>Acknowledged in</source>
        <translation>Accusé de réception en</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="206"/>
        <source>Delivered in</source>
        <translation>Réalisé en</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="218"/>
        <source>due %1</source>
        <translation>échéance : %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="223"/>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="226"/>
        <source>LATE (promised within %1)</source>
        <translation>EN RETARD (délai promis : %1)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="230"/>
        <source>LATE (due %1)</source>
        <translation>EN RETARD (échéance : %1)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="254"/>
        <source>CUSTOMER EFFORT</source>
        <translation>DÉMARCHE DU CLIENT</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="254"/>
        <source>CUSTOMER EFFORT: %1</source>
        <translation>DÉMARCHE DU CLIENT : %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="261"/>
        <source>INTERNAL — %1 only</source>
        <translation>INTERNE — %1 uniquement</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="267"/>
        <source>Corrects #%1 of %2</source>
        <translation>Corrige le #%1 du %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="268"/>
        <source>Corrects #%1 (not in this copy)</source>
        <translation>Corrige le #%1 (absent de la présente copie)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="275"/>
        <source>Corrected later by %1</source>
        <translation>Corrigé ultérieurement par %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="280"/>
        <source>Attachment: %1 — %2 — SHA-256 </source>
        <translation>Pièce jointe : %1 — %2 — SHA-256 </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="289"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="291"/>
        <source>No event in the chosen dates.</source>
        <translation>Aucun événement sur la période retenue.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="303"/>
        <source>Documents on file</source>
        <translation>Pièces au dossier</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="307"/>
        <source>%1, given to %2 on %3</source>
        <translation>%1, remis à %2 le %3</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="322"/>
        <source>Generated %1 by %2 (%3)</source>
        <translation>Édité le %1 par %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="326"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="335"/>
        <source>%1: %2, for %3</source>
        <translation>%1 : %2, pour %3</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="345"/>
        <source>Case timeline</source>
        <translation>Chronologie du dossier</translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation>administrateur du réseau</translation>
    </message>
    <message>
        <source>network supervisor</source>
        <translation>superviseur du réseau</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>tried to read the case</source>
        <translation>a tenté de lire le dossier</translation>
    </message>
    <message>
        <source>tried to add to the timeline</source>
        <translation>a tenté d’ajouter à la chronologie</translation>
    </message>
    <message>
        <source>tried to change the summary</source>
        <translation>a tenté de modifier la synthèse</translation>
    </message>
    <message>
        <source>tried to hand the case to another agency</source>
        <translation>a tenté de transmettre le dossier à une autre agence</translation>
    </message>
    <message>
        <source>tried to move a handoff</source>
        <translation>a tenté de faire avancer une transmission</translation>
    </message>
    <message>
        <source>tried to nudge or escalate a handoff</source>
        <translation>a tenté de relancer ou de faire remonter une transmission</translation>
    </message>
    <message>
        <source>tried to record consent</source>
        <translation>a tenté d’enregistrer un consentement</translation>
    </message>
    <message>
        <source>tried to see who saw the file</source>
        <translation>a tenté de voir qui a consulté le dossier</translation>
    </message>
    <message>
        <source>tried something not allowed</source>
        <translation>a tenté une action non autorisée</translation>
    </message>
    <message>
        <source>opened the case from search results</source>
        <translation>a ouvert le dossier depuis des résultats de recherche</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>a ouvert le dossier</translation>
    </message>
    <message>
        <source>read the timeline</source>
        <translation>a lu la chronologie</translation>
    </message>
    <message>
        <source>looked at the documents on file</source>
        <translation>a consulté les pièces du dossier</translation>
    </message>
    <message>
        <source>read the handoffs and the summary they carry</source>
        <translation>a lu les transmissions et la synthèse qu’elles portent</translation>
    </message>
    <message>
        <source>exported a status letter to PDF</source>
        <translation>a exporté une lettre d’information en PDF</translation>
    </message>
    <message>
        <source>exported the timeline to PDF</source>
        <translation>a exporté la chronologie en PDF</translation>
    </message>
    <message>
        <source>found the case in a search</source>
        <translation>a trouvé le dossier par une recherche</translation>
    </message>
    <message>
        <source>saw excerpts of the timeline in a search</source>
        <translation>a vu des extraits de la chronologie dans une recherche</translation>
    </message>
    <message>
        <source>found the customer in a search</source>
        <translation>a trouvé le client par une recherche</translation>
    </message>
    <message>
        <source>looked at who saw the file</source>
        <translation>a consulté qui a vu le dossier</translation>
    </message>
    <message>
        <source>exported everything held about the customer</source>
        <translation>a exporté toutes les données détenues sur le client</translation>
    </message>
    <message>
        <source>not allowed in their role (%1)</source>
        <translation>non permis à son rôle (%1)</translation>
    </message>
    <message>
        <source>their agency takes no part in the case</source>
        <translation>son agence ne participe pas au dossier</translation>
    </message>
    <message>
        <source>their agency takes part in the case</source>
        <translation>son agence participe au dossier</translation>
    </message>
    <message>
        <source>%1: sees every case of the network</source>
        <translation>%1 : voit tous les dossiers du réseau</translation>
    </message>
    <message>
        <source>anyone at an agency may look customers up</source>
        <translation>toute personne d’une agence peut rechercher un client</translation>
    </message>
    <message>
        <source>owner of the case file</source>
        <translation>propriétaire du fichier des dossiers</translation>
    </message>
    <message>
        <source>not recorded (logged before Relais kept the reason)</source>
        <translation>non enregistré (consigné avant que Relais n’en garde le motif)</translation>
    </message>
    <message>
        <source>the case file&apos;s owner, at the console</source>
        <translation>le propriétaire du fichier, en console</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Why not: %1</source>
        <translation>Motif du refus : %1</translation>
    </message>
    <message>
        <source>searched for “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>Why they could: %1</source>
        <translation>Pourquoi c’était possible : %1</translation>
    </message>
    <message>
        <source>lead agency: it opened the case</source>
        <translation>agence pilote : elle a ouvert le dossier</translation>
    </message>
    <message>
        <source>handoff #%1 from %2, asked by %3</source>
        <translation>transmission n° %1 de %2, demandée par %3</translation>
    </message>
    <message>
        <source>added to the case</source>
        <translation>ajoutée au dossier</translation>
    </message>
    <message>
        <source>Who can see it now</source>
        <translation>Qui peut le voir aujourd’hui</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>nobody there may read it now</source>
        <translation>personne n’y peut le lire aujourd’hui</translation>
    </message>
    <message>
        <source>Every case of the network: %1</source>
        <translation>Tous les dossiers du réseau : %1</translation>
    </message>
    <message>
        <source>Who saw this file</source>
        <translation>Qui a consulté ce dossier</translation>
    </message>
    <message>
        <source>For every case of this customer: who can see it now and why, every time someone read it or was refused, and the reason they could, as it stood at that moment.</source>
        <translation>Pour chaque dossier de ce client : qui peut le voir aujourd’hui et pourquoi, chaque consultation ou refus, et la raison pour laquelle la consultation était possible à ce moment-là.</translation>
    </message>
    <message>
        <source>Files merged into this one (customer numbers %1) are included.</source>
        <translation>Les fiches fusionnées avec celle-ci (clients n° %1) sont incluses.</translation>
    </message>
    <message>
        <source>Only the cases %1 takes part in are included.</source>
        <translation>Seuls les dossiers auxquels participe %1 sont inclus.</translation>
    </message>
    <message>
        <source>Who saw it (%1)</source>
        <translation>Qui l’a consulté (%1)</translation>
    </message>
    <message>
        <source>Nobody has read this case yet.</source>
        <translation>Personne n’a encore consulté ce dossier.</translation>
    </message>
    <message>
        <source>Refused attempts (%1)</source>
        <translation>Tentatives refusées (%1)</translation>
    </message>
    <message>
        <source>Nobody was refused.</source>
        <translation>Aucun refus.</translation>
    </message>
    <message>
        <source>This customer has no case.</source>
        <translation>Ce client n’a aucun dossier.</translation>
    </message>
    <message>
        <source>About the customer</source>
        <translation>Concernant le client</translation>
    </message>
    <message>
        <source>Searches that showed the customer&apos;s name, exports of their data and earlier readings of this report.</source>
        <translation>Recherches qui ont affiché le nom du client, exportations de ses données et consultations précédentes de ce rapport.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d’enregistré.</translation>
    </message>
    <message>
        <source>Reading this report was itself recorded in the access log.</source>
        <translation>La consultation de ce rapport est elle-même inscrite au journal des accès.</translation>
    </message>
    <message>
        <source>Your data held in Relais</source>
        <translation>Vos données conservées dans Relais</translation>
    </message>
    <message>
        <source>%1 — exported on %2 by %3 (%4), at your request.</source>
        <translation>%1 — exporté le %2 par %3 (%4), à votre demande.</translation>
    </message>
    <message>
        <source>What each file is:</source>
        <translation>Ce que contient chaque fichier :</translation>
    </message>
    <message>
        <source>your identity, your phone numbers, the consents you gave (and those you withdrew, with the reason) and any merge of two files that were both yours.</source>
        <translation>votre identité, vos numéros de téléphone, les consentements que vous avez donnés (et ceux que vous avez retirés, avec le motif) et toute fusion de deux fiches qui vous concernaient toutes deux.</translation>
    </message>
    <message>
        <source>each of your cases in full: the agencies taking part, every entry of its timeline, including each agency&apos;s internal notes, its handoffs between agencies and its documents.</source>
        <translation>chacun de vos dossiers en entier : les agences qui y participent, chaque entrée de sa chronologie, y compris les notes internes de chaque agence, ses transmissions entre agences et ses pièces.</translation>
    </message>
    <message>
        <source>the same timeline as a document to read or print: what the agencies share with each other.</source>
        <translation>la même chronologie en document à lire ou imprimer : ce que les agences partagent entre elles.</translation>
    </message>
    <message>
        <source>the documents you provided, each once, under their original names.</source>
        <translation>les documents que vous avez fournis, chacun une fois, sous leur nom d’origine.</translation>
    </message>
    <message>
        <source>who could see your file, who saw it, when and why, and who was refused.</source>
        <translation>qui pouvait voir votre dossier, qui l’a consulté, quand et pourquoi, et qui a essuyé un refus.</translation>
    </message>
    <message>
        <source>this file.</source>
        <translation>ce fichier.</translation>
    </message>
    <message>
        <source>You have no case on file.</source>
        <translation>Vous n’avez aucun dossier.</translation>
    </message>
    <message>
        <source>Your cases: %1.</source>
        <translation>Vos dossiers : %1.</translation>
    </message>
    <message>
        <source>Is something wrong? Tell any agency serving you. Nothing is erased: a mistake is corrected by a new entry on the timeline that points to the one it corrects, so you can always see what was corrected, when and by whom.</source>
        <translation>Une erreur ? Signalez-la à n’importe quelle agence qui vous suit. Rien n’est effacé : une erreur est corrigée par une nouvelle entrée de la chronologie qui renvoie à celle qu’elle corrige ; vous pouvez donc toujours voir ce qui a été corrigé, quand et par qui.</translation>
    </message>
    <message>
        <source>The JSON files are for computers; their times are in UTC. The PDF files are for reading; their times are in %1.</source>
        <translation>Les fichiers JSON sont destinés aux ordinateurs ; leurs heures sont en UTC. Les fichiers PDF sont à lire ; leurs heures sont en %1.</translation>
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
        <translation type="unfinished">aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="56"/>
        <source>Status letter for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="57"/>
        <source>Timeline</source>
        <translation type="unfinished">Chronologie</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="91"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="93"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="94"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="101"/>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="103"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="105"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="107"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="109"/>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="111"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="113"/>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="115"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="117"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="119"/>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="128"/>
        <source>open</source>
        <comment>case status</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="130"/>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="132"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation>clôturé</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="141"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="143"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="145"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="147"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="149"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="151"/>
        <source>Summary update</source>
        <translation>Mise à jour de la synthèse</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="153"/>
        <source>Handoff</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="155"/>
        <source>Customer effort</source>
        <translation>Démarche du client</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="157"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="159"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="161"/>
        <source>Record</source>
        <comment>event kind: an entry the system wrote (case opened, export…)</comment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="197"/>
        <source>insurance claim</source>
        <translation>sinistre assurance</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="199"/>
        <source>social support</source>
        <translation>accompagnement social</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="201"/>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="214"/>
        <source>post</source>
        <comment>contact channel: letters by post</comment>
        <translation>courrier postal</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="225"/>
        <source>[CIN removed]</source>
        <translation>[CIN retirée]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="226"/>
        <source>[phone removed]</source>
        <translation>[téléphone retiré]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="227"/>
        <source>[e-mail removed]</source>
        <translation>[courriel retiré]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="228"/>
        <source>[address removed]</source>
        <translation>[adresse retirée]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="170"/>
        <source>called to chase</source>
        <translation>appel de relance</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="172"/>
        <source>came in person</source>
        <translation>déplacement en personne</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="174"/>
        <source>re-submitted a document</source>
        <translation>document fourni une nouvelle fois</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="176"/>
        <source>re-explained the situation</source>
        <translation>situation réexpliquée</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="178"/>
        <source>relayed information between agencies</source>
        <translation>informations relayées entre organismes</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="186"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="188"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="190"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="208"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="210"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="212"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="218"/>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
</context>
</TS>
