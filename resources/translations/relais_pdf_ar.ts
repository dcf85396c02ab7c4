<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Relais::Pdf</name>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="40"/>
        <source>%1: %2 — asked on %3, waiting for their confirmation.</source>
        <translation>%1: %2 — طلب منهم ذلك بتاريخ %3، وننتظر تأكيدهم.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="44"/>
        <source>%1: %2 — paused: waiting for something from you.</source>
        <translation>%1: %2 — متوقف مؤقتا: في انتظار ما نحتاجه منكم.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="45"/>
        <source>%1: %2 — paused since %3.</source>
        <translation>%1: %2 — متوقف مؤقتا منذ %3.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="48"/>
        <source>%1: %2 — done on %3.</source>
        <translation>%1: %2 — أنجز بتاريخ %3.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="51"/>
        <source>%1: %2 — in hand since %3.</source>
        <translation>%1: %2 — قيد الإنجاز منذ %3.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="55"/>
        <source>Expected by %1.</source>
        <translation>يرتقب إنجازه في أجل أقصاه %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="70"/>
        <source>Your file is open and being handled.</source>
        <translation>ملفكم مفتوح وتجري معالجته.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="72"/>
        <source>Your file is resolved. Tell us if anything is still missing.</source>
        <translation>تمت تسوية ملفكم. نرجو إخبارنا إن كان لا يزال هناك أي شيء ناقص.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="74"/>
        <source>Your file is closed.</source>
        <translation>تم إغلاق ملفكم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/statusletter.cpp" line="85"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ولا مهمة أخرى</numerusform>
            <numerusform>ومهمة أخرى</numerusform>
            <numerusform>ومهمتان أخريان</numerusform>
            <numerusform>و%n مهام أخرى</numerusform>
            <numerusform>و%n مهمة أخرى</numerusform>
            <numerusform>و%n مهمة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="97"/>
        <source>Your file %1</source>
        <translation>ملفكم رقم %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="104"/>
        <source>Dear %1,</source>
        <translation>السيد(ة) %1 المحترم(ة)،</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="115"/>
        <source>What is being done now</source>
        <translation>ما يجري العمل عليه الآن</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="118"/>
        <source>%1 is handling your file directly.</source>
        <translation>تتم معالجة ملفكم مباشرة من طرف %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="119"/>
        <source>Nothing more is needed from any agency.</source>
        <translation>لم يعد أي إجراء مطلوبا من أي جهة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="122"/>
        <source>Already done</source>
        <translation>ما تم إنجازه</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="126"/>
        <location filename="../../core/pdf/timelinereport.cpp" line="117"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="134"/>
        <source>Documents we already have</source>
        <translation>الوثائق التي نتوفر عليها</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="135"/>
        <source>You will not be asked for these again: %1.</source>
        <translation>لن يطلب منكم تقديمها مرة أخرى: %1.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="142"/>
        <source>Your one contact</source>
        <translation>مخاطبكم الوحيد</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="146"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="148"/>
        <source>E-mail: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="150"/>
        <source>%1 keeps every agency on your file informed. You do not need to call the other agencies or explain your situation again.</source>
        <translation>تبلغ جميع الجهات المعنية بملفكم بالمستجدات من طرف %1. لا داعي للاتصال بالجهات الأخرى ولا لإعادة شرح وضعيتكم.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="155"/>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <location filename="../../core/pdf/statusletter.cpp" line="182"/>
        <source>Status of your file</source>
        <translation>وضعية ملفكم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="35"/>
        <source>All times are in %1 (%2 when this document was generated).</source>
        <translation>جميع الأوقات مبينة حسب المنطقة الزمنية %1، أي %2 عند إنشاء هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="41"/>
        <source>the whole partner network</source>
        <translation>شبكة الشركاء بأكملها</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="43"/>
        <source>Sharing with %1, agreed on %2 (recorded by %3)</source>
        <translation>المشاركة مع %1، تمت الموافقة عليها بتاريخ %2 (سجلت من طرف %3)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="46"/>
        <source>withdrawn on %1 by %2</source>
        <translation>سحبت بتاريخ %1 من طرف %2</translation>
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
        <translation>لم تسجل أي موافقة</translation>
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
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="98"/>
        <source>Preferred channel</source>
        <translation>وسيلة الاتصال المفضلة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="138"/>
        <source>opening of the case</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="139"/>
        <source>date of this document</source>
        <translation>تاريخ هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="140"/>
        <source>Period chosen: %1 – %2.</source>
        <translation>الفترة المعتمدة: %1 – %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="141"/>
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>لا يعرض أي حدث.</numerusform>
            <numerusform>يعرض حدث واحد.</numerusform>
            <numerusform>يعرض حدثان.</numerusform>
            <numerusform>تعرض %n أحداث.</numerusform>
            <numerusform>يعرض %n حدثا.</numerusform>
            <numerusform>يعرض %n حدث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="143"/>
        <source>%n earlier event(s) left out.</source>
        <translation>
            <numerusform>لم يستبعد أي حدث سابق.</numerusform>
            <numerusform>استبعد حدث سابق واحد.</numerusform>
            <numerusform>استبعد حدثان سابقان.</numerusform>
            <numerusform>استبعدت %n أحداث سابقة.</numerusform>
            <numerusform>استبعد %n حدثا سابقا.</numerusform>
            <numerusform>استبعد %n حدث سابق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="145"/>
        <source>%n later event(s) left out.</source>
        <translation>
            <numerusform>لم يستبعد أي حدث لاحق.</numerusform>
            <numerusform>استبعد حدث لاحق واحد.</numerusform>
            <numerusform>استبعد حدثان لاحقان.</numerusform>
            <numerusform>استبعدت %n أحداث لاحقة.</numerusform>
            <numerusform>استبعد %n حدثا لاحقا.</numerusform>
            <numerusform>استبعد %n حدث لاحق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="324"/>
        <source>Head hash (event #%1):</source>
        <translation>بصمة رأس السلسلة (الحدث #%1):</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="109"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="111"/>
        <source>No summary has been written yet.</source>
        <translation>لم يحرر أي ملخص بعد.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="114"/>
        <source>Situation</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="115"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="116"/>
        <source>Done so far</source>
        <translation>ما أنجز حتى الآن</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="126"/>
        <source>Version %1, written by %2 (%3) on %4</source>
        <translation>الصيغة %1، من تحرير %2 (%3) بتاريخ %4</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="134"/>
        <source>About this document</source>
        <translation>حول هذه الوثيقة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="147"/>
        <source>%n event(s) shown, from the opening of the case.</source>
        <translation>
            <numerusform>لا تتضمن هذه الوثيقة أي حدث منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة حدثا واحدا منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة حدثين منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة %n أحداث منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة %n حدثا منذ فتح الملف.</numerusform>
            <numerusform>تتضمن هذه الوثيقة %n حدث منذ فتح الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="150"/>
        <source>Events are numbered through the whole case file; a number missing here is an internal note or an event outside the chosen dates.</source>
        <translation>الأحداث مرقمة على امتداد الملف بأكمله؛ وكل رقم غير وارد هنا يخص ملاحظة داخلية أو حدثا خارج الفترة المختارة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="154"/>
        <source>Internal notes of %1 are included and marked; other agencies&apos; internal notes never leave them.</source>
        <translation>الملاحظات الداخلية الخاصة بـ %1 مدرجة ومميزة؛ أما الملاحظات الداخلية للجهات الأخرى فلا تخرج منها أبدا.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="156"/>
        <source>Internal notes are not included: only what every agency on the case shares.</source>
        <translation>الملاحظات الداخلية غير مدرجة: لا تتضمن هذه الوثيقة إلا ما تتقاسمه جميع الجهات المعنية بالملف.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="159"/>
        <source>Copy for readers outside the network: national ID numbers, phone numbers, e-mail addresses and the customer&apos;s address are replaced by [… removed].</source>
        <translation>نسخة موجهة لقراء من خارج الشبكة: أرقام البطاقة الوطنية وأرقام الهاتف وعناوين البريد الإلكتروني وعنوان الزبون مستبدلة بـ [… محذوف].</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="163"/>
        <source>The customer&apos;s national ID is masked.</source>
        <translation>رقم البطاقة الوطنية للزبون مخفي جزئيا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/timelinereport.cpp" line="164"/>
        <source>The customer had to chase or repeat themselves %n time(s) on this case.</source>
        <translation>
            <numerusform>لم يضطر الزبون إلى المتابعة أو إعادة ما سبق أن قدمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون مرة واحدة إلى المتابعة أو إعادة ما سبق أن قدمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون مرتين إلى المتابعة أو إعادة ما سبق أن قدمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون %n مرات إلى المتابعة أو إعادة ما سبق أن قدمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون %n مرة إلى المتابعة أو إعادة ما سبق أن قدمه في هذا الملف.</numerusform>
            <numerusform>اضطر الزبون %n مرة إلى المتابعة أو إعادة ما سبق أن قدمه في هذا الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="167"/>
        <source>The case file is a hash chain: each event is sealed with the hash of the one before it. When this document was generated, the last event was #%1 and the chain&apos;s head hash was:</source>
        <translation>الملف عبارة عن سلسلة تجزئة: يختم كل حدث ببصمة (hash) الحدث الذي يسبقه. عند إنشاء هذه الوثيقة، كان آخر حدث هو #%1، وكانت بصمة رأس السلسلة كالتالي:</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="173"/>
        <source>Anyone with access to Relais can check it: relais-cli verify %1 --hash %2</source>
        <translation>يمكن لكل من له حق الولوج إلى Relais التحقق منها: relais-cli verify %1 --hash %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="176"/>
        <source>Each event&apos;s heading ends with the first characters of its own hash.</source>
        <translation>ينتهي عنوان كل حدث بالأحرف الأولى من بصمته.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="178"/>
        <source>Event hashes refer to the full record, before identifiers were removed.</source>
        <translation>تحتسب بصمات الأحداث على أساس السجل الكامل، قبل حذف البيانات التعريفية.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="188"/>
        <source>%1 so far</source>
        <translation>%1 حتى الآن</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="191"/>
        <source>waiting: %1</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="196"/>
        <source>Handoff chain</source>
        <translation>سلسلة الإحالات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="198"/>
        <source>No agency has handed this case to another.</source>
        <translation>لم تحل أي جهة هذا الملف إلى جهة أخرى.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="201"/>
        <source>Acknowledgement and delivery are counted in the receiving agency&apos;s working hours; delivery pauses while the work waits on the customer.</source>
        <translation>يحتسب الإشعار بالتوصل والإنجاز بساعات عمل الجهة المستقبلة؛ ويتوقف احتساب الإنجاز ما دام العمل في انتظار الزبون.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="205"/>
        <source>Asked</source>
        <comment>table column: what was asked</comment>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="206"/>
        <source>Acknowledged in</source>
        <translation>مدة الإشعار بالتوصل</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="206"/>
        <source>Delivered in</source>
        <translation>مدة الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="218"/>
        <source>due %1</source>
        <translation>الأجل: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="223"/>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="226"/>
        <source>LATE (promised within %1)</source>
        <translation>متأخر (الأجل الملتزم به: %1)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="230"/>
        <source>LATE (due %1)</source>
        <translation>متأخر (الأجل: %1)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="254"/>
        <source>CUSTOMER EFFORT</source>
        <translation>مجهود من الزبون</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="254"/>
        <source>CUSTOMER EFFORT: %1</source>
        <translation>مجهود من الزبون: %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="261"/>
        <source>INTERNAL — %1 only</source>
        <translation>داخلي — %1 فقط</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="267"/>
        <source>Corrects #%1 of %2</source>
        <translation>يصحح الحدث #%1 بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="268"/>
        <source>Corrects #%1 (not in this copy)</source>
        <translation>يصحح الحدث #%1 (غير وارد في هذه النسخة)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="275"/>
        <source>Corrected later by %1</source>
        <translation>صحح لاحقا بموجب %1</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="280"/>
        <source>Attachment: %1 — %2 — SHA-256 </source>
        <translation>مرفق: %1 — %2 — SHA-256 </translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="289"/>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="291"/>
        <source>No event in the chosen dates.</source>
        <translation>لا يوجد أي حدث خلال الفترة المختارة.</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="303"/>
        <source>Documents on file</source>
        <translation>الوثائق المودعة بالملف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="307"/>
        <source>%1, given to %2 on %3</source>
        <translation>%1، سلمت إلى %2 بتاريخ %3</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="322"/>
        <source>Generated %1 by %2 (%3)</source>
        <translation>أنشئت بتاريخ %1 من طرف %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="326"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="335"/>
        <source>%1: %2, for %3</source>
        <translation>%1: %2، لفائدة %3</translation>
    </message>
    <message>
        <location filename="../../core/pdf/timelinereport.cpp" line="345"/>
        <source>Case timeline</source>
        <translation>التسلسل الزمني للملف</translation>
    </message>
    <message>
        <source>network administrator</source>
        <translation>مسؤول الشبكة</translation>
    </message>
    <message>
        <source>network supervisor</source>
        <translation>مشرف الشبكة</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>tried to read the case</source>
        <translation>حاول الاطلاع على الملف</translation>
    </message>
    <message>
        <source>tried to add to the timeline</source>
        <translation>حاول الإضافة إلى السجل الزمني</translation>
    </message>
    <message>
        <source>tried to change the summary</source>
        <translation>حاول تعديل الملخص</translation>
    </message>
    <message>
        <source>tried to hand the case to another agency</source>
        <translation>حاول إحالة الملف إلى جهة أخرى</translation>
    </message>
    <message>
        <source>tried to move a handoff</source>
        <translation>حاول تغيير حالة إحالة</translation>
    </message>
    <message>
        <source>tried to nudge or escalate a handoff</source>
        <translation>حاول التذكير بإحالة أو تصعيدها</translation>
    </message>
    <message>
        <source>tried to record consent</source>
        <translation>حاول تسجيل موافقة</translation>
    </message>
    <message>
        <source>tried to see who saw the file</source>
        <translation>حاول معرفة من اطلع على الملف</translation>
    </message>
    <message>
        <source>tried something not allowed</source>
        <translation>حاول القيام بعمل غير مسموح به</translation>
    </message>
    <message>
        <source>opened the case from search results</source>
        <translation>فتح الملف من نتائج البحث</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>read the timeline</source>
        <translation>اطلع على السجل الزمني</translation>
    </message>
    <message>
        <source>looked at the documents on file</source>
        <translation>اطلع على الوثائق المودعة</translation>
    </message>
    <message>
        <source>read the handoffs and the summary they carry</source>
        <translation>اطلع على الإحالات والملخص المرفق بها</translation>
    </message>
    <message>
        <source>exported a status letter to PDF</source>
        <translation>صدّر رسالة إخبارية بصيغة PDF</translation>
    </message>
    <message>
        <source>exported the timeline to PDF</source>
        <translation>صدّر السجل الزمني بصيغة PDF</translation>
    </message>
    <message>
        <source>found the case in a search</source>
        <translation>وجد الملف عبر البحث</translation>
    </message>
    <message>
        <source>saw excerpts of the timeline in a search</source>
        <translation>رأى مقتطفات من السجل الزمني في نتائج بحث</translation>
    </message>
    <message>
        <source>found the customer in a search</source>
        <translation>وجد الزبون عبر البحث</translation>
    </message>
    <message>
        <source>looked at who saw the file</source>
        <translation>اطلع على من اطلع على الملف</translation>
    </message>
    <message>
        <source>exported everything held about the customer</source>
        <translation>صدّر كل البيانات المحفوظة عن الزبون</translation>
    </message>
    <message>
        <source>not allowed in their role (%1)</source>
        <translation>غير مسموح به لصفته (%1)</translation>
    </message>
    <message>
        <source>their agency takes no part in the case</source>
        <translation>جهته لا تشارك في الملف</translation>
    </message>
    <message>
        <source>their agency takes part in the case</source>
        <translation>جهته تشارك في الملف</translation>
    </message>
    <message>
        <source>%1: sees every case of the network</source>
        <translation>%1: يطلع على جميع ملفات الشبكة</translation>
    </message>
    <message>
        <source>anyone at an agency may look customers up</source>
        <translation>يحق لكل موظف في جهة ما البحث عن الزبناء</translation>
    </message>
    <message>
        <source>owner of the case file</source>
        <translation>مالك ملف القضايا</translation>
    </message>
    <message>
        <source>not recorded (logged before Relais kept the reason)</source>
        <translation>غير مسجل (قيد قبل أن يحفظ Relais السبب)</translation>
    </message>
    <message>
        <source>the case file&apos;s owner, at the console</source>
        <translation>مالك الملف، من الطرفية</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>رُفض: %1</translation>
    </message>
    <message>
        <source>Why not: %1</source>
        <translation>سبب الرفض: %1</translation>
    </message>
    <message>
        <source>searched for “%1”</source>
        <translation>بحث عن «%1»</translation>
    </message>
    <message>
        <source>Why they could: %1</source>
        <translation>سبب الإمكان: %1</translation>
    </message>
    <message>
        <source>lead agency: it opened the case</source>
        <translation>الجهة الرئيسية: هي من فتحت الملف</translation>
    </message>
    <message>
        <source>handoff #%1 from %2, asked by %3</source>
        <translation>الإحالة رقم %1 من %2، بطلب من %3</translation>
    </message>
    <message>
        <source>added to the case</source>
        <translation>أضيفت إلى الملف</translation>
    </message>
    <message>
        <source>Who can see it now</source>
        <translation>من يمكنه الاطلاع عليه الآن</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>nobody there may read it now</source>
        <translation>لا أحد فيها يمكنه الاطلاع عليه الآن</translation>
    </message>
    <message>
        <source>Every case of the network: %1</source>
        <translation>جميع ملفات الشبكة: %1</translation>
    </message>
    <message>
        <source>Who saw this file</source>
        <translation>من اطلع على هذا الملف</translation>
    </message>
    <message>
        <source>For every case of this customer: who can see it now and why, every time someone read it or was refused, and the reason they could, as it stood at that moment.</source>
        <translation>لكل ملف من ملفات هذا الزبون: من يمكنه الاطلاع عليه الآن ولماذا، وكل مرة اطلع عليه فيها أحد أو رُفض طلبه، وسبب الإمكان كما كان في تلك اللحظة.</translation>
    </message>
    <message>
        <source>Files merged into this one (customer numbers %1) are included.</source>
        <translation>الملفات المدمجة في هذا الملف (أرقام الزبناء %1) مشمولة.</translation>
    </message>
    <message>
        <source>Only the cases %1 takes part in are included.</source>
        <translation>لا تشمل إلا الملفات التي تشارك فيها %1.</translation>
    </message>
    <message>
        <source>Who saw it (%1)</source>
        <translation>من اطلع عليه (%1)</translation>
    </message>
    <message>
        <source>Nobody has read this case yet.</source>
        <translation>لم يطلع أحد على هذا الملف بعد.</translation>
    </message>
    <message>
        <source>Refused attempts (%1)</source>
        <translation>محاولات مرفوضة (%1)</translation>
    </message>
    <message>
        <source>Nobody was refused.</source>
        <translation>لم يُرفض أحد.</translation>
    </message>
    <message>
        <source>This customer has no case.</source>
        <translation>ليس لهذا الزبون أي ملف.</translation>
    </message>
    <message>
        <source>About the customer</source>
        <translation>بخصوص الزبون</translation>
    </message>
    <message>
        <source>Searches that showed the customer&apos;s name, exports of their data and earlier readings of this report.</source>
        <translation>عمليات البحث التي أظهرت اسم الزبون، وتصدير بياناته، والاطلاعات السابقة على هذا التقرير.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>لا شيء مسجل.</translation>
    </message>
    <message>
        <source>Reading this report was itself recorded in the access log.</source>
        <translation>تم تسجيل الاطلاع على هذا التقرير نفسه في سجل الاطلاع.</translation>
    </message>
    <message>
        <source>Your data held in Relais</source>
        <translation>بياناتك المحفوظة في Relais</translation>
    </message>
    <message>
        <source>%1 — exported on %2 by %3 (%4), at your request.</source>
        <translation>%1 — صُدّرت بتاريخ %2 من طرف %3 (%4)، بناءً على طلبك.</translation>
    </message>
    <message>
        <source>What each file is:</source>
        <translation>محتوى كل ملف:</translation>
    </message>
    <message>
        <source>your identity, your phone numbers, the consents you gave (and those you withdrew, with the reason) and any merge of two files that were both yours.</source>
        <translation>هويتك، وأرقام هواتفك، والموافقات التي منحتها (وتلك التي سحبتها مع السبب)، وأي دمج لملفين كانا يخصانك معاً.</translation>
    </message>
    <message>
        <source>each of your cases in full: the agencies taking part, every entry of its timeline, including each agency&apos;s internal notes, its handoffs between agencies and its documents.</source>
        <translation>كل ملف من ملفاتك كاملاً: الجهات المشاركة فيه، وكل مدخل في سجله الزمني بما في ذلك الملاحظات الداخلية لكل جهة، والإحالات بين الجهات، ووثائقه.</translation>
    </message>
    <message>
        <source>the same timeline as a document to read or print: what the agencies share with each other.</source>
        <translation>السجل الزمني نفسه في وثيقة للقراءة أو الطباعة: ما تتقاسمه الجهات فيما بينها.</translation>
    </message>
    <message>
        <source>the documents you provided, each once, under their original names.</source>
        <translation>الوثائق التي قدمتها، كل واحدة مرة واحدة، بأسمائها الأصلية.</translation>
    </message>
    <message>
        <source>who could see your file, who saw it, when and why, and who was refused.</source>
        <translation>من كان بإمكانه الاطلاع على ملفك، ومن اطلع عليه ومتى ولماذا، ومن رُفض طلبه.</translation>
    </message>
    <message>
        <source>this file.</source>
        <translation>هذا الملف.</translation>
    </message>
    <message>
        <source>You have no case on file.</source>
        <translation>ليس لديك أي ملف.</translation>
    </message>
    <message>
        <source>Your cases: %1.</source>
        <translation>ملفاتك: %1.</translation>
    </message>
    <message>
        <source>Is something wrong? Tell any agency serving you. Nothing is erased: a mistake is corrected by a new entry on the timeline that points to the one it corrects, so you can always see what was corrected, when and by whom.</source>
        <translation>هل هناك خطأ؟ أخبر أي جهة تتابع ملفك. لا يُمحى أي شيء: يُصحَّح الخطأ بمدخل جديد في السجل الزمني يشير إلى المدخل الذي يصححه، فيمكنك دائماً معرفة ما صُحّح ومتى ومن طرف من.</translation>
    </message>
    <message>
        <source>The JSON files are for computers; their times are in UTC. The PDF files are for reading; their times are in %1.</source>
        <translation>ملفات JSON موجهة للحواسيب، وأوقاتها بالتوقيت العالمي UTC. ملفات PDF للقراءة، وأوقاتها بتوقيت %1.</translation>
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
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="56"/>
        <source>Status letter for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/pdf/pdfexporter.cpp" line="57"/>
        <source>Timeline</source>
        <translation type="unfinished">التسلسل الزمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/pdf/pdfexporter.cpp" line="58"/>
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
        <translation>%1 س</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="91"/>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="93"/>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="94"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="101"/>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="103"/>
        <source>received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="105"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="107"/>
        <source>in progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="109"/>
        <source>on hold</source>
        <translation>معلق</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="111"/>
        <source>completed</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="113"/>
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="115"/>
        <source>failed</source>
        <translation>تعذر الإنجاز</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="117"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="119"/>
        <source>entered in error</source>
        <translation>أدخل خطأ</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="128"/>
        <source>open</source>
        <comment>case status</comment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="130"/>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>تمت تسويته</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="132"/>
        <source>closed</source>
        <comment>case status</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="141"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="143"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="145"/>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="147"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="149"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="151"/>
        <source>Summary update</source>
        <translation>تحيين الملخص</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="153"/>
        <source>Handoff</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="155"/>
        <source>Customer effort</source>
        <translation>مجهود من الزبون</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="157"/>
        <source>Consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="159"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="161"/>
        <source>Record</source>
        <comment>event kind: an entry the system wrote (case opened, export…)</comment>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="197"/>
        <source>insurance claim</source>
        <translation>مطالبة تأمين</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="199"/>
        <source>social support</source>
        <translation>مواكبة اجتماعية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="201"/>
        <source>health</source>
        <translation>صحة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="214"/>
        <source>post</source>
        <comment>contact channel: letters by post</comment>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="225"/>
        <source>[CIN removed]</source>
        <translation>[رقم البطاقة الوطنية محذوف]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="226"/>
        <source>[phone removed]</source>
        <translation>[رقم الهاتف محذوف]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="227"/>
        <source>[e-mail removed]</source>
        <translation>[البريد الإلكتروني محذوف]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="228"/>
        <source>[address removed]</source>
        <translation>[العنوان محذوف]</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="170"/>
        <source>called to chase</source>
        <translation>اتصال للمتابعة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="172"/>
        <source>came in person</source>
        <translation>حضور شخصي</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="174"/>
        <source>re-submitted a document</source>
        <translation>إعادة تقديم وثيقة</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="176"/>
        <source>re-explained the situation</source>
        <translation>إعادة شرح الوضعية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="178"/>
        <source>relayed information between agencies</source>
        <translation>نقل معلومات بين الجهات</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="186"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="188"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="190"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="208"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="210"/>
        <source>SMS</source>
        <translation>رسالة نصية (SMS)</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="212"/>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../core/pdf/wording.cpp" line="218"/>
        <source>in person</source>
        <translation>حضوريا</translation>
    </message>
</context>
</TS>
