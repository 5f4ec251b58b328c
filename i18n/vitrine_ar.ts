<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>اسأل خبيرًا</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>سيكون أحد خبرائنا معك بعد قليل.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>يُرجى التحدث إلى أي من أعضاء فريقنا، فقد تعذّر إرسال طلبك من هذه الشاشة.</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>تابع الاستكشاف في هذه الأثناء. لا حاجة لترك أي بيانات اتصال.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>خذ وقتك. استكشف السيارات، أو صمّم سيارتك، أو جرّب القيادة، على راحتك.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation><numerusform>%1 · لا سيارات في المخزون قريبًا</numerusform><numerusform>%1 · سيارة واحدة في المخزون قريبًا</numerusform><numerusform>%1 · سيارتان في المخزون قريبًا</numerusform><numerusform>%1 · %n سيارات في المخزون قريبًا</numerusform><numerusform>%1 · %n سيارة في المخزون قريبًا</numerusform><numerusform>%1 · %n سيارة في المخزون قريبًا</numerusform></translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>الطراز الرائد في المجموعة</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>ابحث عن سيارة في المخزون</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>جديدة ومستعملة معتمدة، بالقرب منك</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>صمّم سيارتك</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>اللون والعجلات والمقصورة والسعر</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>احجز تجربة قيادة</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>اختر اليوم والوقت المناسبين لك</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>اسأل خبيرًا</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>سيأتي إليك أحد خبرائنا</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Find a car in stock</source>
        <translation>ابحث عن سيارة في المخزون</translation>
    </message>
    <message>
        <source>Choose a model line to see the cars waiting in our studios and at partner dealers.</source>
        <translation>اختر فئة طرازات لترى السيارات المتوفرة في صالاتنا ولدى الوكلاء الشركاء.</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>صمّم سيارتك</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>ابدأ بفئة طرازات. يظهر سعر كل خيار قبل أن تختاره.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>Book a test drive</source>
        <translation>احجز تجربة قيادة</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>اختر الصالة التي تودّ أن تبدأ منها. لا نطلب إلا ما تحتاجه تجربة القيادة.</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1 — أنت هنا</translation>
    </message>
</context>
</TS>