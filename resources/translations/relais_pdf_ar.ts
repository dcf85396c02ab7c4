<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Relais::Pdf</name>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="29"/>
        <source>asked on %1, waiting for their confirmation</source>
        <translation>طُلب منهم ذلك بتاريخ %1، وننتظر تأكيدهم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="32"/>
        <source>paused: waiting for something from you</source>
        <translation>متوقف مؤقتًا: في انتظار ما نحتاجه منكم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="33"/>
        <source>paused since %1</source>
        <translation>متوقف مؤقتًا منذ %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="36"/>
        <source>done on %1</source>
        <translation>أُنجز بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="39"/>
        <source>in hand since %1</source>
        <translation>قيد الإنجاز منذ %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="48"/>
        <source>expected by %1</source>
        <translation>ويُرتقب إنجازه في أجل أقصاه %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="56"/>
        <source>Your file is open and being handled.</source>
        <translation>ملفكم مفتوح وتجري معالجته.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="58"/>
        <source>Your file is resolved. Tell us if anything is still missing.</source>
        <translation>تمت تسوية ملفكم. نرجو إخبارنا إن كان لا يزال هناك أي شيء ناقص.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="60"/>
        <source>Your file is closed.</source>
        <translation>تم إغلاق ملفكم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/statusletter.cpp" line="71"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ولا مهمة أخرى</numerusform>
            <numerusform>ومهمة أخرى</numerusform>
            <numerusform>ومهمتان أخريان</numerusform>
            <numerusform>و%n مهام أخرى</numerusform>
            <numerusform>و%n مهمةً أخرى</numerusform>
            <numerusform>و%n مهمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="83"/>
        <source>Your file %1</source>
        <translation>ملفكم رقم %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="90"/>
        <source>Dear %1,</source>
        <translation>السيد(ة) %1 المحترم(ة)،</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="101"/>
        <source>What is being done now</source>
        <translation>ما يجري العمل عليه الآن</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="104"/>
        <source>%1 is handling your file directly.</source>
        <translation>تتم معالجة ملفكم مباشرة من طرف %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="105"/>
        <source>Nothing more is needed from any agency.</source>
        <translation>لم يعد أي إجراء مطلوبًا من أي جهة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="108"/>
        <source>Already done</source>
        <translation>ما تم إنجازه</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="112"/>
        <location filename="../../core/pdf/timelinereport.cpp" line="116"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="120"/>
        <source>Documents we already have</source>
        <translation>الوثائق التي نتوفر عليها</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="121"/>
        <source>You will not be asked for these again: %1.</source>
        <translation>لن يُطلب منكم تقديمها مرة أخرى: %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="128"/>
        <source>Your one contact</source>
        <translation>مخاطَبكم الوحيد</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="131"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="133"/>
        <source>E-mail: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="135"/>
        <source>%1 keeps every agency on your file informed. You do not need to call the other agencies or explain your situation again.</source>
        <translation>تُبلَّغ جميع الجهات المعنية بملفكم بالمستجدات من طرف %1. لا داعي للاتصال بالجهات الأخرى ولا لإعادة شرح وضعيتكم.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="140"/>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="167"/>
        <source>Status of your file</source>
        <translation>وضعية ملفكم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="35"/>
        <source>All times are in %1 (%2 when this document was generated).</source>
        <translation>جميع الأوقات مبيّنة حسب المنطقة الزمنية %1، أي %2 عند إنشاء هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="41"/>
        <source>the whole partner network</source>
        <translation>شبكة الشركاء بأكملها</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="43"/>
        <source>Sharing with %1, agreed on %2 (recorded by %3)</source>
        <translation>المشاركة مع %1، تمت الموافقة عليها بتاريخ %2 (سُجّلت من طرف %3)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="46"/>
        <source>withdrawn on %1 by %2</source>
        <translation>سُحبت بتاريخ %1 من طرف %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="78"/>
        <source>removed from this copy</source>
        <translation>محذوف من هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="81"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="82"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="83"/>
        <source>Category</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="84"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="85"/>
        <source>Lead agency</source>
        <translation>الجهة المشرفة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="86"/>
        <source>Coordinator</source>
        <translation>المنسق</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="88"/>
        <source>How to reach them</source>
        <translation>وسائل الاتصال</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="89"/>
        <source>Agencies involved</source>
        <translation>الجهات المعنية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="90"/>
        <source>Consent to share</source>
        <translation>الموافقة على تقاسم المعلومات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="90"/>
        <source>none recorded</source>
        <translation>لم تُسجَّل أي موافقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="91"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="92"/>
        <source>National ID (CIN)</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="93"/>
        <source>Born</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="94"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="95"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="96"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="97"/>
        <source>Prefers</source>
        <translation>اللغة ووسيلة الاتصال المفضلة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="108"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="110"/>
        <source>No summary has been written yet.</source>
        <translation>لم يُحرَّر أي ملخص بعد.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="113"/>
        <source>Situation</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="114"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="115"/>
        <source>Done so far</source>
        <translation>ما أُنجز حتى الآن</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="125"/>
        <source>Version %1, written by %2 (%3) on %4</source>
        <translation>الصيغة %1، من تحرير %2 (%3) بتاريخ %4</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="133"/>
        <source>About this document</source>
        <translation>حول هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="137"/>
        <source>the start</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="138"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="139"/>
        <source>Events from %1 to %2: %3 shown; %4 earlier and %5 later events are not in this copy.</source>
        <translation>الفترة المعتمدة: من %1 إلى %2. عدد الأحداث المعروضة: %3. عدد الأحداث غير الواردة في هذه النسخة: %4 قبل الفترة و%5 بعدها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="146"/>
        <source>%n event(s) shown, from the opening of the case.</source>
        <translation>
            <numerusform>لا تتضمن هذه الوثيقة أي حدث منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة حدثًا واحدًا منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة حدثين منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة %n أحداث منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة %n حدثًا منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة %n حدث منذ فتح الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="149"/>
        <source>Events are numbered through the whole case file; a number missing here is an internal note or an event outside the chosen dates.</source>
        <translation>الأحداث مرقّمة على امتداد الملف بأكمله؛ وكل رقم غير وارد هنا يخص ملاحظة داخلية أو حدثًا خارج الفترة المختارة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="153"/>
        <source>Internal notes of %1 are included and marked; other agencies&apos; internal notes never leave them.</source>
        <translation>الملاحظات الداخلية الخاصة بـ %1 مُدرجة ومُميَّزة؛ أما الملاحظات الداخلية للجهات الأخرى فلا تخرج منها أبدًا.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="155"/>
        <source>Internal notes are not included: only what every agency on the case shares.</source>
        <translation>الملاحظات الداخلية غير مُدرجة: لا تتضمن هذه الوثيقة إلا ما تتقاسمه جميع الجهات المعنية بالملف.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="158"/>
        <source>Copy for readers outside the network: national ID numbers, phone numbers, e-mail addresses and the customer&apos;s address are replaced by [… removed].</source>
        <translation>نسخة موجهة لقراء من خارج الشبكة: أرقام البطاقة الوطنية وأرقام الهاتف وعناوين البريد الإلكتروني وعنوان الزبون مستبدلة بـ [… محذوف].</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="162"/>
        <source>The customer&apos;s national ID is masked.</source>
        <translation>رقم البطاقة الوطنية للزبون مخفي جزئيًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="163"/>
        <source>The customer had to chase or repeat themselves %n time(s) on this case.</source>
        <translation>
            <numerusform>لم يضطر الزبون إلى المتابعة أو إعادة ما سبق أن قدّمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون مرة واحدة إلى المتابعة أو إعادة ما سبق أن قدّمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون مرتين إلى المتابعة أو إعادة ما سبق أن قدّمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون %n مرات إلى المتابعة أو إعادة ما سبق أن قدّمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون %n مرةً إلى المتابعة أو إعادة ما سبق أن قدّمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون %n مرة إلى المتابعة أو إعادة ما سبق أن قدّمه في هذا الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="166"/>
        <source>The case file is a hash chain: each event is sealed with the hash of the one before it. When this document was generated, the last event was #%1 and the chain&apos;s head hash was:</source>
        <translation>الملف عبارة عن سلسلة تجزئة: يُختم كل حدث ببصمة (hash) الحدث الذي يسبقه. عند إنشاء هذه الوثيقة، كان آخر حدث هو #%1، وكانت بصمة رأس السلسلة كالتالي:</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="172"/>
        <source>Anyone with access to Relais can check it: relais-cli verify %1 --hash %2</source>
        <translation>يمكن لكل من له حق الولوج إلى Relais التحقق منها: relais-cli verify %1 --hash %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="176"/>
        <source>Event hashes refer to the full record, before identifiers were removed.</source>
        <translation>تُحتسب بصمات الأحداث على أساس السجل الكامل، قبل حذف البيانات التعريفية.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="186"/>
        <source>%1 so far</source>
        <translation>%1 حتى الآن</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="189"/>
        <source>waiting: %1</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="194"/>
        <source>Handoff chain</source>
        <translation>سلسلة الإحالات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="196"/>
        <source>No agency has handed this case to another.</source>
        <translation>لم تُحِل أي جهة هذا الملف إلى جهة أخرى.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="199"/>
        <source>Acknowledgement and delivery are counted in the receiving agency&apos;s working hours; delivery pauses while the work waits on the customer.</source>
        <translation>يُحتسب الإشعار بالتوصل والإنجاز بساعات عمل الجهة المستقبِلة؛ ويتوقف احتساب الإنجاز ما دام العمل في انتظار الزبون.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="203"/>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="203"/>
        <source>Asked</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="203"/>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="204"/>
        <source>Acknowledged in</source>
        <translation>مدة الإشعار بالتوصل</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="204"/>
        <source>Delivered in</source>
        <translation>مدة الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="214"/>
        <source>due %1</source>
        <translation>الأجل: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="219"/>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="222"/>
        <source>LATE (promised within %1)</source>
        <translation>متأخر (الأجل الملتزم به: %1)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="226"/>
        <source>LATE (due %1)</source>
        <translation>متأخر (الأجل: %1)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="249"/>
        <source>CUSTOMER EFFORT</source>
        <translation>مجهود من الزبون</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="256"/>
        <source>INTERNAL — %1 only</source>
        <translation>داخلي — %1 فقط</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="259"/>
        <source>Corrects #%1 of %2</source>
        <translation>يصحّح الحدث #%1 بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="260"/>
        <source>Corrects #%1 (not in this copy)</source>
        <translation>يصحّح الحدث #%1 (غير وارد في هذه النسخة)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="267"/>
        <source>Corrected later by %1</source>
        <translation>صُحِّح لاحقًا بموجب %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="272"/>
        <source>Attachment: %1 — %2 — SHA-256 </source>
        <translation>مرفق: %1 — %2 — SHA-256 </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="278"/>
        <source>event hash %1</source>
        <translation>بصمة الحدث %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="283"/>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="285"/>
        <source>No event in the chosen dates.</source>
        <translation>لا يوجد أي حدث خلال الفترة المختارة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="297"/>
        <source>Documents on file</source>
        <translation>الوثائق المودعة بالملف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="301"/>
        <source>%1, given to %2 on %3</source>
        <translation>%1، سُلِّمت إلى %2 بتاريخ %3</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="316"/>
        <source>Generated %1 by %2 (%3)</source>
        <translation>أُنشئت بتاريخ %1 من طرف %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="318"/>
        <source>Head hash (event #%1): %2</source>
        <translation>بصمة رأس السلسلة (الحدث #%1): %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="319"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="328"/>
        <source>%1: %2, for %3</source>
        <translation>%1: %2، لفائدة %3</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="338"/>
        <source>Case timeline</source>
        <translation>التسلسل الزمني للملف</translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>%1 س</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="90"/>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="92"/>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="93"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="100"/>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="102"/>
        <source>received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="104"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="106"/>
        <source>in progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="108"/>
        <source>on hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="110"/>
        <source>completed</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="112"/>
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="114"/>
        <source>failed</source>
        <translation>تعذّر الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="116"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="118"/>
        <source>entered in error</source>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="127"/>
        <source>open</source>
        <comment>case status</comment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="129"/>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>تمت تسويته</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="131"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="140"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="142"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="144"/>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="146"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="148"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="150"/>
        <source>Summary update</source>
        <translation>تحيين الملخص</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="152"/>
        <source>Handoff</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="154"/>
        <source>Customer effort</source>
        <translation>مجهود من الزبون</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="156"/>
        <source>Consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="158"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="160"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="169"/>
        <source>called to chase</source>
        <translation>اتصال للمتابعة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="171"/>
        <source>came in person</source>
        <translation>حضور شخصي</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="173"/>
        <source>re-submitted a document</source>
        <translation>إعادة تقديم وثيقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="175"/>
        <source>re-explained the situation</source>
        <translation>إعادة شرح الوضعية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="177"/>
        <source>relayed information between agencies</source>
        <translation>نقل معلومات بين الجهات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="185"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="187"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="189"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="196"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="198"/>
        <source>SMS</source>
        <translation>رسالة نصية (SMS)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="200"/>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="202"/>
        <source>post</source>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="204"/>
        <source>in person</source>
        <translation>حضوريًا</translation>
    </message>
</context>
</TS>
