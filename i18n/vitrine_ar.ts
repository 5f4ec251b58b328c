<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccessibilityPage</name>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Every text on every page, a third larger.</source>
        <translation>كل النصوص في كل الصفحات أكبر بمقدار الثلث.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Stronger colours and clearer edges.</source>
        <translation>ألوان أقوى وحواف أوضح.</translation>
    </message>
    <message>
        <source>Within reach</source>
        <translation>في متناول اليد</translation>
    </message>
    <message>
        <source>On a tall screen, everything moves into the lower part, within reach from a wheelchair.</source>
        <translation>على الشاشة الطويلة ينتقل كل شيء إلى الجزء السفلي، في متناول مستخدمي الكراسي المتحركة.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>Speak aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>The screen says what your finger touches. Swipe right or left to move, double tap to choose. Also: hold two fingers on the screen for two seconds.</source>
        <translation>تنطق الشاشة ما يلمسه إصبعك. اسحب يمينًا أو يسارًا للتنقل، وانقر مرتين للاختيار. أو: ضع إصبعين على الشاشة لثانيتين.</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>مستوى الصوت %1٪</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>In this studio, only into headphones.</source>
        <translation>في هذا المعرض، عبر سماعات الرأس فقط.</translation>
    </message>
    <message>
        <source>Plug headphones into the socket of this screen to hear it. Nothing is said out loud here.</source>
        <translation>صِل سماعات الرأس بمقبس هذه الشاشة لتسمعها. لا يُقال هنا شيء بصوت مسموع.</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch to explore</source>
        <translation>المس للاستكشاف</translation>
    </message>
    <message>
        <source>To hear the screen: plug in headphones, then hold two fingers on it for two seconds.</source>
        <translation>لسماع الشاشة: صِل سماعات الرأس، ثم ضع إصبعين على الشاشة لمدة ثانيتين.</translation>
    </message>
    <message>
        <source>To hear the screen: hold two fingers on it for two seconds.</source>
        <translation>لسماع الشاشة: ضع إصبعين على الشاشة لمدة ثانيتين.</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>التالي هنا: %1، %2</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>قبل: %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>قبل: %1</translation>
    </message>
</context>
<context>
    <name>BuildSummary</name>
    <message>
        <source>Included</source>
        <translation>مشمول</translation>
    </message>
    <message>
        <source>of which %1 (%2 %)</source>
        <translation>منها %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>BuildSummaryPage</name>
    <message>
        <source>Total price</source>
        <translation>السعر الإجمالي</translation>
    </message>
    <message>
        <source>QR code: this build on your phone</source>
        <translation>رمز QR: هذه السيارة المهيأة على هاتفك</translation>
    </message>
    <message>
        <source>Your configuration code</source>
        <translation>رمز التهيئة الخاص بك</translation>
    </message>
    <message>
        <source>Scan it, or give the code to any of our studios to open this exact car.</source>
        <translation>امسحه ضوئيًا، أو أعطِ الرمز لأي من صالات عرضنا لفتح هذه السيارة بالضبط.</translation>
    </message>
    <message>
        <source>See similar cars in stock</source>
        <translation>عرض سيارات مشابهة متوفرة</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>تغيير شيء ما</translation>
    </message>
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
        <source>Book a test drive</source>
        <translation>احجز تجربة قيادة</translation>
    </message>
    <message>
        <source>It also carries your car&apos;s estimate, counted in the deposit.</source>
        <translation>ويحمل أيضًا تقدير سيارتك المحتسب في الدفعة الأولى.</translation>
    </message>
</context>
<context>
    <name>CarFacts</name>
    <message>
        <source>Power</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <source>%1 kW (%2 hp)</source>
        <translation>%1 كيلوواط (%2 حصان)</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>التسارع 0–100 كم/س</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>السرعة القصوى</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 كم/س</translation>
    </message>
    <message>
        <source>Range (WLTP)</source>
        <translation>المدى (WLTP)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>الاستهلاك</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>صندوق الأمتعة</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 لتر</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Driver assistance</source>
        <translation>مساعدة السائق</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>الراحة</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>المقصورة</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>المظهر الخارجي</translation>
    </message>
    <message>
        <source>Sound and screens</source>
        <translation>الصوت والشاشات</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Vehicle, before taxes</source>
        <translation>السيارة قبل الضرائب</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2٪)</translation>
    </message>
    <message>
        <source>kWh/100 km</source>
        <translation>كيلوواط ساعة/100 كم</translation>
    </message>
    <message>
        <source>l/100 km</source>
        <translation>لتر/100 كم</translation>
    </message>
</context>
<context>
    <name>CarPictures</name>
    <message>
        <source>Photo %1 of %2: %3</source>
        <translation>الصورة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>رسم توضيحي: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>صورة: %1</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>إزالة %1 من المقارنة</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Year, mileage, condition</source>
        <translation>السنة والمسافة المقطوعة والحالة</translation>
    </message>
    <message>
        <source>Colour, interior, wheels</source>
        <translation>اللون والمقصورة والعجلات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>No change</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>ابتداءً من %1</translation>
    </message>
    <message>
        <source>Not sold in this market</source>
        <translation>غير متوفر في هذا السوق</translation>
    </message>
    <message>
        <source>Complete price: taxes and fees included</source>
        <translation>السعر الكامل: يشمل الضرائب والرسوم</translation>
    </message>
    <message>
        <source>Changing to %1 also changes</source>
        <translation>التغيير إلى %1 يغيّر أيضًا</translation>
    </message>
    <message>
        <source>Removing %1 also changes</source>
        <translation>إزالة %1 تغيّر أيضًا</translation>
    </message>
    <message>
        <source>Adding %1 also changes</source>
        <translation>إضافة %1 تغيّر أيضًا</translation>
    </message>
    <message>
        <source>Your complete price: %1 (%2)</source>
        <translation>سعرك الكامل: %1 (%2)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>Now included</source>
        <translation>أصبح مشمولًا</translation>
    </message>
    <message>
        <source>Now charged separately</source>
        <translation>يُحتسب الآن بشكل منفصل</translation>
    </message>
    <message>
        <source>You took it off.</source>
        <translation>لقد أزلته.</translation>
    </message>
    <message>
        <source>%1 needs it.</source>
        <translation>يحتاج إليه %1.</translation>
    </message>
    <message>
        <source>It needs %1, which is no longer on the car.</source>
        <translation>يحتاج إلى %1، الذي لم يعد في السيارة.</translation>
    </message>
    <message>
        <source>It cannot be combined with %1.</source>
        <translation>لا يمكن جمعه مع %1.</translation>
    </message>
    <message>
        <source>There is room for one: %1 takes its place.</source>
        <translation>يتسع لواحد فقط: %1 يحل محله.</translation>
    </message>
    <message>
        <source>It comes with %1.</source>
        <translation>يأتي مع %1.</translation>
    </message>
    <message>
        <source>It came with %1, which is no longer on the car.</source>
        <translation>كان يأتي مع %1، الذي لم يعد في السيارة.</translation>
    </message>
    <message>
        <source>The package holds something that cannot be combined with %1.</source>
        <translation>تحتوي الباقة على عنصر لا يمكن جمعه مع %1.</translation>
    </message>
    <message>
        <source>Standard on this version, at no extra cost.</source>
        <translation>قياسي في هذه الفئة، دون تكلفة إضافية.</translation>
    </message>
    <message>
        <source>Standard on the previous version only.</source>
        <translation>قياسي في الفئة السابقة فقط.</translation>
    </message>
    <message>
        <source>Not offered on this version.</source>
        <translation>غير متوفر في هذه الفئة.</translation>
    </message>
    <message>
        <source>Offered with %1.</source>
        <translation>متوفر مع %1.</translation>
    </message>
    <message>
        <source>The version&apos;s standard choice.</source>
        <translation>الخيار القياسي لهذه الفئة.</translation>
    </message>
    <message>
        <source>Every car needs one of these.</source>
        <translation>كل سيارة تحتاج إلى واحد من هذه.</translation>
    </message>
    <message>
        <source>This choice is not in the catalog.</source>
        <translation>هذا الخيار غير موجود في الكتالوج.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>مشمول</translation>
    </message>
    <message numerus="yes">
        <source>Changes %n other choice(s)</source>
        <translation>
            <numerusform>لا يغيّر خيارات أخرى</numerusform>
            <numerusform>يغيّر خيارًا آخر</numerusform>
            <numerusform>يغيّر خيارين آخرين</numerusform>
            <numerusform>يغيّر %n خيارات أخرى</numerusform>
            <numerusform>يغيّر %n خيارًا آخر</numerusform>
            <numerusform>يغيّر %n خيار آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Metallic</source>
        <translation>معدني</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>مطفي</translation>
    </message>
    <message>
        <source>Pearl</source>
        <translation>لؤلؤي</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>سادة</translation>
    </message>
    <message>
        <source>The catalog is not loaded yet.</source>
        <translation>لم يتم تحميل الكتالوج بعد.</translation>
    </message>
    <message>
        <source>This code has a typing mistake or is incomplete. Please check each character.</source>
        <translation>هذا الرمز به خطأ في الكتابة أو غير مكتمل. يرجى التحقق من كل حرف.</translation>
    </message>
    <message>
        <source>A choice</source>
        <translation>أحد الخيارات</translation>
    </message>
    <message>
        <source>The model of this code is no longer offered; this is the closest one today.</source>
        <translation>لم يعد طراز هذا الرمز متوفرًا؛ هذا أقرب طراز اليوم.</translation>
    </message>
    <message>
        <source>The version of this code is no longer offered; this is the closest one today.</source>
        <translation>لم تعد فئة هذا الرمز متوفرة؛ هذه أقرب فئة اليوم.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>لم يعد %1 متوفرًا.</translation>
    </message>
    <message>
        <source>%1 is no longer offered; %2 takes its place.</source>
        <translation>لم يعد %1 متوفرًا؛ %2 يحل محله.</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>لم يعد %1 ممكنًا في هذه التهيئة.</translation>
    </message>
    <message>
        <source>Prices or rules have changed since this code was made; everything shown is today&apos;s.</source>
        <translation>تغيّرت الأسعار أو القواعد منذ إنشاء هذا الرمز؛ كل ما يُعرض هو لليوم.</translation>
    </message>
    <message>
        <source>Amounts include taxes, as your complete price does.</source>
        <translation>تشمل المبالغ الضرائب، كما يشملها سعرك الإجمالي.</translation>
    </message>
    <message>
        <source>This code counts a car in part-exchange at %1 in the deposit, an estimate a product expert confirms.</source>
        <translation>يحتسب هذا الرمز سيارة مقايضة بمبلغ %1 في الدفعة الأولى، وهو تقدير يؤكده خبير المنتج.</translation>
    </message>
</context>
<context>
    <name>ConfiguratorPage</name>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>العجلات</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>المقصورة</translation>
    </message>
    <message>
        <source>Packages and options</source>
        <translation>الباقات والخيارات</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>صمّم سيارتك</translation>
    </message>
    <message>
        <source>Choose a model to begin.</source>
        <translation>اختر طرازًا للبدء.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>See your car</source>
        <translation>شاهد سيارتك</translation>
    </message>
    <message>
        <source>Keep my car as it was</source>
        <translation>أبقِ سيارتي كما كانت</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>مفهوم</translation>
    </message>
    <message>
        <source>Make these changes</source>
        <translation>أجرِ هذه التغييرات</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>خطة الدفع الشهري</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A change a choice brings: what happens to an option, and the option (&quot;Added: Heated seats&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Your name contains invisible characters (such as a tab or a line break). Please type it again.</source>
        <translation>يحتوي اسمك على أحرف غير مرئية (مثل مسافة الجدولة أو فاصل الأسطر). يُرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>Please enter your name, so that we can greet you.</source>
        <translation>يُرجى إدخال اسمك لنتمكّن من الترحيب بك.</translation>
    </message>
    <message>
        <source>Please shorten your name to at most 100 characters.</source>
        <translation>يُرجى اختصار اسمك إلى 100 حرف كحدٍّ أقصى.</translation>
    </message>
    <message>
        <source>A name has no digits. Please enter your name only.</source>
        <translation>لا يحتوي الاسم على أرقام. يُرجى إدخال اسمك فقط.</translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your name.</source>
        <translation>يُرجى استخدام الأحرف والمسافات والشرطات والفواصل العليا فقط في اسمك.</translation>
    </message>
    <message>
        <source>Please enter your name in letters.</source>
        <translation>يُرجى كتابة اسمك بالأحرف.</translation>
    </message>
    <message>
        <source>The phone number contains invisible characters. Please type it again.</source>
        <translation>يحتوي رقم الهاتف على أحرف غير مرئية. يُرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>Please enter your phone number.</source>
        <translation>يُرجى إدخال رقم هاتفك.</translation>
    </message>
    <message>
        <source>This is too long for a phone number. Please check it.</source>
        <translation>هذا أطول من أن يكون رقم هاتف. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source> For example: %1.</source>
        <translation> على سبيل المثال: %1.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Please type the digits of your number.</source>
        <translation>لا يبدو هذا رقم هاتف. يُرجى كتابة أرقام هاتفك.</translation>
    </message>
    <message>
        <source>No phone number like this exists. Please check the digits after the country code.</source>
        <translation>لا يوجد رقم هاتف بهذا الشكل. يُرجى التحقق من الأرقام بعد رمز الدولة.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. For a number from another country, start with + and its country code.</source>
        <translation>هذا ليس رقم هاتف صالحًا في %1. إذا كان الرقم من بلد آخر، يُرجى البدء بـ + متبوعًا برمز الدولة.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number (premium-rate, toll-free, pager). Please give your mobile or home number.</source>
        <translation>لا يمكننا الاتصال بهذا النوع من الأرقام (الأرقام ذات التعرفة المميزة أو المجانية أو أجهزة النداء). يُرجى تقديم رقم هاتفك المحمول أو رقم المنزل.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com. Please check yours.</source>
        <translation>يبدو عنوان البريد الإلكتروني هكذا: name@example.com. يُرجى التحقق من عنوانك.</translation>
    </message>
    <message>
        <source>The e-mail address contains invisible characters. Please type it again.</source>
        <translation>يحتوي عنوان البريد الإلكتروني على أحرف غير مرئية. يُرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>يُرجى إدخال عنوان بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>This is too long for an e-mail address. Please check it.</source>
        <translation>هذا أطول من أن يكون عنوان بريد إلكتروني. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces. Please check yours.</source>
        <translation>لا يحتوي عنوان البريد الإلكتروني على مسافات. يُرجى التحقق من عنوانك.</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain (like example.com). Please check it.</source>
        <translation>الجزء الذي يلي @ ليس نطاقًا صالحًا (مثل example.com). يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to book a test drive. Marketing messages are a separate choice.</source>
        <translation>يُرجى الموافقة على إشعار الخصوصية لحجز تجربة قيادة. أما الرسائل التسويقية فهي خيار منفصل.</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to take your place. Marketing messages are a separate choice.</source>
        <translation>يُرجى قبول إشعار الخصوصية لحجز مكانك. رسائل التسويق خيار منفصل.</translation>
    </message>
</context>
<context>
    <name>DriveAgenda</name>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم تسجيل الحضور</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Contact details deleted</source>
        <translation>تم حذف بيانات الاتصال</translation>
    </message>
    <message>
        <source> (stock car)</source>
        <translation> (سيارة من المخزون)</translation>
    </message>
    <message>
        <source>Not possible at this point of the drive (a no-show is marked once its time has begun).</source>
        <translation>غير ممكن في هذه المرحلة من تجربة القيادة (لا يُسجَّل عدم الحضور إلا بعد بدء موعدها).</translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation>تعذّر الحفظ. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That time was just taken. Please choose another.</source>
        <translation>حُجز هذا الوقت للتو. يُرجى اختيار وقت آخر.</translation>
    </message>
    <message>
        <source>This drive cannot be moved to that time.</source>
        <translation>لا يمكن نقل تجربة القيادة هذه إلى ذلك الوقت.</translation>
    </message>
    <message>
        <source>The studio hub did not keep this booking: %1</source>
        <translation>لم يحتفظ محور المعرض بهذا الحجز: %1</translation>
    </message>
    <message>
        <source>Not at the studio hub yet: it goes there as soon as the hub can be reached.</source>
        <translation>لم يصل الحجز إلى محور المعرض بعد: سيُرسَل إليه فور إمكان الوصول إلى المحور.</translation>
    </message>
    <message>
        <source>The studio hub gave this time to another booking. Call the visitor and move the drive to one of the nearest free times.</source>
        <translation>منح محور المعرض هذا الموعد لحجز آخر. اتصل بالزائر وانقل التجربة إلى أحد أقرب المواعيد المتاحة.</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: the free times cannot be read now.</source>
        <translation>لا يمكن الوصول إلى محور المعرض: تتعذّر قراءة المواعيد المتاحة الآن.</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: please try again in a moment.</source>
        <translation>لا يمكن الوصول إلى محور المعرض: يُرجى المحاولة بعد قليل.</translation>
    </message>
</context>
<context>
    <name>DriveBooking</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>هذه الصالة</translation>
    </message>
    <message>
        <source>No times left</source>
        <translation>لا أوقات متبقية</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>محجوز بالكامل</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) free</source>
        <translation>
            <numerusform>لا أوقات متاحة</numerusform>
            <numerusform>وقت واحد متاح</numerusform>
            <numerusform>وقتان متاحان</numerusform>
            <numerusform>%n أوقات متاحة</numerusform>
            <numerusform>%n وقتًا متاحًا</numerusform>
            <numerusform>%n وقت متاح</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>The studio is closed that day.</source>
        <translation>الصالة مغلقة في ذلك اليوم.</translation>
    </message>
    <message>
        <source>No times are left that day. Please choose another day.</source>
        <translation>لم تتبقَّ أوقات متاحة في ذلك اليوم. يُرجى اختيار يوم آخر.</translation>
    </message>
    <message numerus="yes">
        <source>We use it only to reach you about this drive, and delete it %n day(s) after the drive.</source>
        <translation>
            <numerusform>نستخدمها فقط للتواصل معك بشأن تجربة القيادة هذه، ونحذفها بعد %n يوم من التجربة.</numerusform>
            <numerusform>نستخدمها فقط للتواصل معك بشأن تجربة القيادة هذه، ونحذفها بعد يوم واحد من التجربة.</numerusform>
            <numerusform>نستخدمها فقط للتواصل معك بشأن تجربة القيادة هذه، ونحذفها بعد يومين من التجربة.</numerusform>
            <numerusform>نستخدمها فقط للتواصل معك بشأن تجربة القيادة هذه، ونحذفها بعد %n أيام من التجربة.</numerusform>
            <numerusform>نستخدمها فقط للتواصل معك بشأن تجربة القيادة هذه، ونحذفها بعد %n يومًا من التجربة.</numerusform>
            <numerusform>نستخدمها فقط للتواصل معك بشأن تجربة القيادة هذه، ونحذفها بعد %n يوم من التجربة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a time first.</source>
        <translation>يُرجى اختيار وقت أولًا.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>يُرجى التحقق من الحقول المميَّزة.</translation>
    </message>
    <message>
        <source>Someone has just booked this time. Please choose another one; your details stay filled in.</source>
        <translation>حُجز هذا الوقت للتو. يُرجى اختيار وقت آخر؛ ستبقى بياناتك كما أدخلتها.</translation>
    </message>
    <message>
        <source>Another screen is booking at this moment. Please tap Book again.</source>
        <translation>هناك شاشة أخرى تُجري حجزًا في هذه اللحظة. يُرجى النقر على «احجز» مرة أخرى.</translation>
    </message>
    <message>
        <source>The booking could not be saved on this screen. Please ask any of our team.</source>
        <translation>تعذّر حفظ الحجز على هذه الشاشة. يُرجى التحدث إلى أي من أعضاء فريقنا.</translation>
    </message>
    <message>
        <source>There is no drive with this code. Please check each character.</source>
        <translation>لا توجد تجربة قيادة بهذا الرمز. يُرجى التحقق من كل حرف.</translation>
    </message>
    <message>
        <source>This drive can no longer be cancelled here; please call the studio.</source>
        <translation>لم يعد من الممكن إلغاء تجربة القيادة هذه من هنا؛ يُرجى الاتصال بالصالة.</translation>
    </message>
    <message>
        <source>The drive could not be cancelled on this screen. Please ask any of our team.</source>
        <translation>تعذّر إلغاء تجربة القيادة على هذه الشاشة. يُرجى التحدث إلى أي من أعضاء فريقنا.</translation>
    </message>
    <message>
        <source>Your drive on %1 is cancelled.</source>
        <translation>تم إلغاء تجربة القيادة الخاصة بك في %1.</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Spoken in %1</source>
        <translation>باللغة: %1</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>أُلغيت هذه الفعالية.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>هذه الفعالية مكتملة.</translation>
    </message>
    <message>
        <source>No sign-up needed: simply come by.</source>
        <translation>لا حاجة إلى التسجيل: تفضّل بالحضور.</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>أضِف إلى تقويمك</translation>
    </message>
    <message>
        <source>Join: we only need a name and one way to reach you.</source>
        <translation>انضم: نحتاج فقط إلى اسم ووسيلة للتواصل معك.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>رقم هاتفك أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this event.</source>
        <translation>قرأتُ إشعار الخصوصية وأوافق على الاحتفاظ باسمي وبيانات الاتصال الخاصة بي لأجل هذه الفعالية.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.</source>
        <translation>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذا المعرض فقط لأجل مكانك في هذه الفعالية. لا تُعرض أبدًا على زوار آخرين ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من الفعالية. يمكنك التخلي عن مكانك في أي وقت باستخدام رمزك.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذا المعرض فقط لأجل مكانك في هذه الفعالية. لا تُعرض أبدًا على زوار آخرين ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من الفعالية. يمكنك التخلي عن مكانك في أي وقت باستخدام رمزك.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذا المعرض فقط لأجل مكانك في هذه الفعالية. لا تُعرض أبدًا على زوار آخرين ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من الفعالية. يمكنك التخلي عن مكانك في أي وقت باستخدام رمزك.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذا المعرض فقط لأجل مكانك في هذه الفعالية. لا تُعرض أبدًا على زوار آخرين ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من الفعالية. يمكنك التخلي عن مكانك في أي وقت باستخدام رمزك.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذا المعرض فقط لأجل مكانك في هذه الفعالية. لا تُعرض أبدًا على زوار آخرين ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من الفعالية. يمكنك التخلي عن مكانك في أي وقت باستخدام رمزك.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذا المعرض فقط لأجل مكانك في هذه الفعالية. لا تُعرض أبدًا على زوار آخرين ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من الفعالية. يمكنك التخلي عن مكانك في أي وقت باستخدام رمزك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>اختياري: أرغب في تلقي أخبار الطرازات الجديدة والفعاليات.</translation>
    </message>
    <message>
        <source>Join this event</source>
        <translation>انضم إلى هذه الفعالية</translation>
    </message>
    <message>
        <source>You have a place. Your code:</source>
        <translation>لديك مكان. رمزك:</translation>
    </message>
    <message>
        <source>Keep the code: with it you can give your place back here or by calling the studio.</source>
        <translation>احتفظ بالرمز: به يمكنك التخلي عن مكانك هنا أو بالاتصال بالمعرض.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep a place. Our team can sign you up at the desk.</source>
        <translation>لا تستطيع هذه الشاشة الوصول إلى نظام الاستوديو الآن، لذا لا يمكنها حجز مكان. يمكن لفريقنا تسجيلك عند المكتب.</translation>
    </message>
    <message>
        <source>Your place on your phone</source>
        <translation>مكانك على هاتفك</translation>
    </message>
    <message>
        <source>Your place on your phone: the details, the calendar, and giving it back.</source>
        <translation>مكانك على هاتفك: التفاصيل والتقويم وإمكانية التنازل عنه.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>What&apos;s on</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>أبكر</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Spoken in</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Nothing planned this week that fits. Try another week, or all kinds and languages.</source>
        <translation>لا شيء مخطط هذا الأسبوع يناسب اختيارك. جرّب أسبوعًا آخر، أو كل الأنواع واللغات.</translation>
    </message>
    <message>
        <source>Have a place and cannot come? Give it back with your code</source>
        <translation>لديك مكان ولا تستطيع الحضور؟ تخلَّ عنه برمزك</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>تخلَّ عنه</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>رمزك</translation>
    </message>
</context>
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
    <name>FilterChip</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1، لا سيارات</numerusform>
            <numerusform>%1، سيارة واحدة</numerusform>
            <numerusform>%1، سيارتان</numerusform>
            <numerusform>%1، %n سيارات</numerusform>
            <numerusform>%1، %n سيارة</numerusform>
            <numerusform>%1، %n سيارة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Deposit</source>
        <translation>الدفعة الأولى</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>الدفعة الأخيرة الكبيرة</translation>
    </message>
    <message>
        <source>Your car in part-exchange</source>
        <translation>سيارتك كمقايضة</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>الدفعة الأولى نقدًا</translation>
    </message>
</context>
<context>
    <name>FinanceQuote</name>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down, %3 APR, finance charge %4</source>
        <translation>
            <numerusform>%1 شهريًا، %2 دفعة أولى، معدل النسبة السنوية (APR) %3، رسوم التمويل %4</numerusform>
            <numerusform>%1 شهريًا لمدة شهر واحد، %2 دفعة أولى، معدل النسبة السنوية (APR) %3، رسوم التمويل %4</numerusform>
            <numerusform>%1 شهريًا لمدة شهرين، %2 دفعة أولى، معدل النسبة السنوية (APR) %3، رسوم التمويل %4</numerusform>
            <numerusform>%1 شهريًا لمدة %n أشهر، %2 دفعة أولى، معدل النسبة السنوية (APR) %3، رسوم التمويل %4</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهرًا، %2 دفعة أولى، معدل النسبة السنوية (APR) %3، رسوم التمويل %4</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهر، %2 دفعة أولى، معدل النسبة السنوية (APR) %3، رسوم التمويل %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</source>
        <translation>
            <numerusform>%1 شهريًا، %2 دفعة أولى، المعدل السنوي %3، الفوائد والرسوم %4</numerusform>
            <numerusform>%1 شهريًا لمدة شهر واحد، %2 دفعة أولى، المعدل السنوي %3، الفوائد والرسوم %4</numerusform>
            <numerusform>%1 شهريًا لمدة شهرين، %2 دفعة أولى، المعدل السنوي %3، الفوائد والرسوم %4</numerusform>
            <numerusform>%1 شهريًا لمدة %n أشهر، %2 دفعة أولى، المعدل السنوي %3، الفوائد والرسوم %4</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهرًا، %2 دفعة أولى، المعدل السنوي %3، الفوائد والرسوم %4</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهر، %2 دفعة أولى، المعدل السنوي %3، الفوائد والرسوم %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 شهريًا، %2 دفعة أولى، معدل الرصيد المتناقص %3 (المعدل الثابت %4)، التكلفة الإجمالية للتمويل %5</numerusform>
            <numerusform>%1 شهريًا لمدة شهر واحد، %2 دفعة أولى، معدل الرصيد المتناقص %3 (المعدل الثابت %4)، التكلفة الإجمالية للتمويل %5</numerusform>
            <numerusform>%1 شهريًا لمدة شهرين، %2 دفعة أولى، معدل الرصيد المتناقص %3 (المعدل الثابت %4)، التكلفة الإجمالية للتمويل %5</numerusform>
            <numerusform>%1 شهريًا لمدة %n أشهر، %2 دفعة أولى، معدل الرصيد المتناقص %3 (المعدل الثابت %4)، التكلفة الإجمالية للتمويل %5</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهرًا، %2 دفعة أولى، معدل الرصيد المتناقص %3 (المعدل الثابت %4)، التكلفة الإجمالية للتمويل %5</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهر، %2 دفعة أولى، معدل الرصيد المتناقص %3 (المعدل الثابت %4)، التكلفة الإجمالية للتمويل %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 شهريًا، %2 دفعة أولى، معدل التكلفة السنوي %3 (المعدل الاسمي %4)، التكلفة الإجمالية للائتمان %5</numerusform>
            <numerusform>%1 شهريًا لمدة شهر واحد، %2 دفعة أولى، معدل التكلفة السنوي %3 (المعدل الاسمي %4)، التكلفة الإجمالية للائتمان %5</numerusform>
            <numerusform>%1 شهريًا لمدة شهرين، %2 دفعة أولى، معدل التكلفة السنوي %3 (المعدل الاسمي %4)، التكلفة الإجمالية للائتمان %5</numerusform>
            <numerusform>%1 شهريًا لمدة %n أشهر، %2 دفعة أولى، معدل التكلفة السنوي %3 (المعدل الاسمي %4)، التكلفة الإجمالية للائتمان %5</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهرًا، %2 دفعة أولى، معدل التكلفة السنوي %3 (المعدل الاسمي %4)، التكلفة الإجمالية للائتمان %5</numerusform>
            <numerusform>%1 شهريًا لمدة %n شهر، %2 دفعة أولى، معدل التكلفة السنوي %3 (المعدل الاسمي %4)، التكلفة الإجمالية للائتمان %5</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot be offered for this price; choose a smaller deposit or balloon.</source>
        <translation>لا يمكن تقديم هذه الخطة لهذا السعر؛ اختر دفعة أولى أو دفعة أخيرة أصغر.</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>لا أشهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>الدفعة الأولى</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>الدفعة الأولى</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>المبلغ الممول</translation>
    </message>
    <message>
        <source>Amount of credit</source>
        <translation>مبلغ الائتمان</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly payments of</source>
        <translation>
            <numerusform>لا دفعات شهرية</numerusform>
            <numerusform>دفعة شهرية واحدة بقيمة</numerusform>
            <numerusform>دفعتان شهريتان بقيمة</numerusform>
            <numerusform>%n دفعات شهرية بقيمة</numerusform>
            <numerusform>%n دفعة شهرية بقيمة</numerusform>
            <numerusform>%n دفعة شهرية بقيمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Final monthly payment</source>
        <translation>آخر قسط شهري</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>الدفعة الأخيرة الكبيرة</translation>
    </message>
    <message>
        <source>Arrangement fee</source>
        <translation>رسوم الترتيب</translation>
    </message>
    <message>
        <source>Monthly fee, in each payment</source>
        <translation>رسوم شهرية، ضمن كل دفعة</translation>
    </message>
    <message>
        <source>Annual percentage rate (APR)</source>
        <translation>معدل النسبة السنوية (APR)</translation>
    </message>
    <message>
        <source>Note rate</source>
        <translation>سعر الفائدة التعاقدي</translation>
    </message>
    <message>
        <source>Annualised rate</source>
        <translation>المعدل السنوي</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>المعدل الاسمي</translation>
    </message>
    <message>
        <source>Reducing-balance rate</source>
        <translation>معدل الرصيد المتناقص</translation>
    </message>
    <message>
        <source>Flat rate, for comparison</source>
        <translation>المعدل الثابت، للمقارنة</translation>
    </message>
    <message>
        <source>Annual percentage rate of charge (APRC)</source>
        <translation>معدل التكلفة السنوي الإجمالي</translation>
    </message>
    <message>
        <source>Total amount payable</source>
        <translation>إجمالي المبلغ المستحق</translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation>رسوم التمويل</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>إجمالي تكلفة الائتمان</translation>
    </message>
    <message>
        <source>Your car counts for %1 of the deposit: the low end of its estimate, which a product expert confirms.</source>
        <translation>تُحتسب سيارتك بمبلغ %1 من الدفعة الأولى: الحد الأدنى لتقديرها، ويؤكده خبير المنتج.</translation>
    </message>
    <message>
        <source>Your car&apos;s estimate covers this price: there is nothing to finance.</source>
        <translation>تغطي القيمة التقديرية لسيارتك هذا السعر: لا يوجد ما يُموَّل.</translation>
    </message>
    <message>
        <source>Down payment in money</source>
        <translation>الدفعة المقدمة نقدًا</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>الدفعة الأولى نقدًا</translation>
    </message>
    <message>
        <source>Your car in part-exchange, estimated</source>
        <translation>سيارتك كمقايضة، بقيمة تقديرية</translation>
    </message>
    <message>
        <source>Deposit in total</source>
        <translation>إجمالي الدفعة الأولى</translation>
    </message>
    <message>
        <source>Count my car</source>
        <translation>احتسب سيارتي</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>لا تحتسبها</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Recently added</source>
        <translation>المضافة حديثًا</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>الأقرب</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Lowest mileage</source>
        <translation>الأقل مسافة مقطوعة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>مستعملة معتمدة</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>مستعملة</translation>
    </message>
    <message numerus="yes">
        <source>No car matches all of these. Without %1 there are %n cars.</source>
        <translation>
            <numerusform>لا توجد سيارة تطابق كل ذلك. بدون %1 لا توجد سيارات.</numerusform>
            <numerusform>لا توجد سيارة تطابق كل ذلك. بدون %1 توجد سيارة واحدة.</numerusform>
            <numerusform>لا توجد سيارة تطابق كل ذلك. بدون %1 توجد سيارتان.</numerusform>
            <numerusform>لا توجد سيارة تطابق كل ذلك. بدون %1 توجد %n سيارات.</numerusform>
            <numerusform>لا توجد سيارة تطابق كل ذلك. بدون %1 توجد %n سيارة.</numerusform>
            <numerusform>لا توجد سيارة تطابق كل ذلك. بدون %1 توجد %n سيارة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>كهربائية</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>هجينة قابلة للشحن</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>هجينة</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>بنزين</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Model line</source>
        <translation>فئة الطراز</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيكل</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>نظام الدفع</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>التجهيزات</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>التوفر</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>متاحة الآن</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوزة</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>أي مكان</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Prices in %1. While a price range is set, cars priced in another currency are not shown.</source>
        <translation>الأسعار بعملة %1. أثناء تحديد نطاق سعري، لا تظهر السيارات المسعّرة بعملة أخرى.</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>ضمن %1</translation>
    </message>
    <message>
        <source>Model year %1–%2</source>
        <translation>سنة الطراز %1–%2</translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation>السعر، الأقل أولاً</translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation>السعر، الأعلى أولاً</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Within %1 of %2</source>
        <translation>ضمن %1 من %2</translation>
    </message>
    <message>
        <source>Within %1 of here</source>
        <translation>ضمن %1 من هنا</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>سنة الطراز</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>المسافة المقطوعة</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>الماركة</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>Find a car in stock</source>
        <translation>ابحث عن سيارة في المخزون</translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>لا سيارات</numerusform>
            <numerusform>سيارة واحدة</numerusform>
            <numerusform>سيارتان</numerusform>
            <numerusform>%n سيارات</numerusform>
            <numerusform>%n سيارة</numerusform>
            <numerusform>%n سيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>الترتيب: %1</translation>
    </message>
    <message>
        <source>No car matches these choices.</source>
        <translation>لا توجد سيارة تطابق هذه الاختيارات.</translation>
    </message>
    <message>
        <source>Still loading the stock…</source>
        <translation>لا يزال المخزون قيد التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n cars</source>
        <translation>
            <numerusform>لا سيارات للمقارنة</numerusform>
            <numerusform>قارن سيارة واحدة</numerusform>
            <numerusform>قارن سيارتين</numerusform>
            <numerusform>قارن %n سيارات</numerusform>
            <numerusform>قارن %n سيارة</numerusform>
            <numerusform>قارن %n سيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>سنة الطراز</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>المسافة المقطوعة</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>عرض كشبكة</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>عرض كقائمة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Type %1</source>
        <translation>اكتب %1</translation>
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
        <translation>
            <numerusform>%1 · لا سيارات في المخزون بالقرب منك</numerusform>
            <numerusform>%1 · سيارة واحدة في المخزون بالقرب منك</numerusform>
            <numerusform>%1 · سيارتان في المخزون بالقرب منك</numerusform>
            <numerusform>%1 · %n سيارات في المخزون بالقرب منك</numerusform>
            <numerusform>%1 · %n سيارة في المخزون بالقرب منك</numerusform>
            <numerusform>%1 · %n سيارة في المخزون بالقرب منك</numerusform>
        </translation>
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
    <message>
        <source>Staff</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>قيّم سيارتي</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>التالي هنا: %1، %2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Still exploring?</source>
        <translation>هل ما زلت تستكشف؟</translation>
    </message>
    <message>
        <source>Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.</source>
        <translation>المس أي مكان للمتابعة. وإلا فستمسح هذه الشاشة قريبًا كل ما اخترته، استعدادًا للزائر التالي.</translation>
    </message>
</context>
<context>
    <name>InsightWording</name>
    <message>
        <source>%1 d</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>الوقت الوسيط</translation>
    </message>
    <message>
        <source>Visits in the period before</source>
        <translation>الزيارات في الفترة السابقة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Look closer</source>
        <translation>نظرة أدق</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation>ما بُحث عنه</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Times nothing was found</source>
        <translation>مرات لم يُعثر فيها على شيء</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Viewed a car</source>
        <translation>شاهد سيارة</translation>
    </message>
    <message>
        <source>Configured a car</source>
        <translation>صمّم سيارة</translation>
    </message>
    <message>
        <source>Booked a test drive</source>
        <translation>حجز تجربة قيادة</translation>
    </message>
    <message numerus="yes">
        <source>%n filters for %1 found no car in stock.</source>
        <translation>
            <numerusform>لم تجد أي عملية تصفية عن %1 سيارة في المخزون.</numerusform>
            <numerusform>لم تجد عملية تصفية واحدة عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد عمليتا تصفية عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد %n عمليات تصفية عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد %n عملية تصفية عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد %n عملية تصفية عن %1 أي سيارة في المخزون.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n searches for %1 found no car in stock.</source>
        <translation>
            <numerusform>لم يجد أي بحث عن %1 سيارة في المخزون.</numerusform>
            <numerusform>لم يجد بحث واحد عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم يجد بحثان عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد %n عمليات بحث عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد %n عملية بحث عن %1 أي سيارة في المخزون.</numerusform>
            <numerusform>لم تجد %n عملية بحث عن %1 أي سيارة في المخزون.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and never booked for a test drive.</source>
        <translation>شوهدت %1 في %2 زيارة ولم تُحجز لتجربة قيادة قط.</translation>
    </message>
    <message numerus="yes">
        <source>Test drives of %1 on %2 were fully booked for %n visits.</source>
        <translation>
            <numerusform>كانت تجارب قيادة %1 يوم %2 محجوزة بالكامل في %n زيارة.</numerusform>
            <numerusform>كانت تجارب قيادة %1 يوم %2 محجوزة بالكامل في %n زيارة.</numerusform>
            <numerusform>كانت تجارب قيادة %1 يوم %2 محجوزة بالكامل في %n زيارة.</numerusform>
            <numerusform>كانت تجارب قيادة %1 يوم %2 محجوزة بالكامل في %n زيارة.</numerusform>
            <numerusform>كانت تجارب قيادة %1 يوم %2 محجوزة بالكامل في %n زيارة.</numerusform>
            <numerusform>كانت تجارب قيادة %1 يوم %2 محجوزة بالكامل في %n زيارة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock source %1 has failed %n times since %2.</source>
        <translation>
            <numerusform>فشل مصدر المخزون %1 %n مرة منذ %2.</numerusform>
            <numerusform>فشل مصدر المخزون %1 %n مرة منذ %2.</numerusform>
            <numerusform>فشل مصدر المخزون %1 %n مرة منذ %2.</numerusform>
            <numerusform>فشل مصدر المخزون %1 %n مرة منذ %2.</numerusform>
            <numerusform>فشل مصدر المخزون %1 %n مرة منذ %2.</numerusform>
            <numerusform>فشل مصدر المخزون %1 %n مرة منذ %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test drives were missed (%3).</source>
        <translation>فاتت %1 من أصل %2 تجربة قيادة (%3).</translation>
    </message>
    <message>
        <source>Drove</source>
        <translation>قاد السيارة</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 visits</source>
        <translation>مخفي: أقل من 5 زيارات</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Visits to its page</source>
        <translation>زيارات صفحتها</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>الأماكن المحجوزة</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and booked for a test drive once: viewed %3 times as often as it is driven.</source>
        <translation>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة مرة واحدة: تُشاهد %3 أضعاف ما تُقاد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</source>
        <translation>
            <numerusform>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة %n مرة: تُشاهد %3 أضعاف ما تُقاد.</numerusform>
            <numerusform>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة مرة واحدة: تُشاهد %3 أضعاف ما تُقاد.</numerusform>
            <numerusform>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة مرتين: تُشاهد %3 أضعاف ما تُقاد.</numerusform>
            <numerusform>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة %n مرات: تُشاهد %3 أضعاف ما تُقاد.</numerusform>
            <numerusform>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة %n مرة: تُشاهد %3 أضعاف ما تُقاد.</numerusform>
            <numerusform>شوهدت %1 في %2 زيارة وحُجزت لتجربة قيادة %n مرة: تُشاهد %3 أضعاف ما تُقاد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>الرؤى</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>First day one day earlier</source>
        <translation>اليوم الأول أبكر بيوم</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>ابتداءً من %1</translation>
    </message>
    <message>
        <source>First day one day later</source>
        <translation>اليوم الأول أبعد بيوم</translation>
    </message>
    <message>
        <source>Last day one day earlier</source>
        <translation>اليوم الأخير أبكر بيوم</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>إلى %1</translation>
    </message>
    <message>
        <source>Last day one day later</source>
        <translation>اليوم الأخير أبعد بيوم</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 visits are hidden.</source>
        <translation>المجموعات التي تقل عن 5 زيارات مخفية.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>لا شيء لافت في هذه الفترة.</translation>
    </message>
    <message>
        <source>From visit to drive</source>
        <translation>من الزيارة إلى القيادة</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>أكثر الساعات ازدحامًا</translation>
    </message>
    <message>
        <source>Busiest hour: %1, %2 visits</source>
        <translation>أكثر ساعة ازدحامًا: %1، %2 زيارة</translation>
    </message>
    <message>
        <source>Too few visits to show the hours.</source>
        <translation>الزيارات قليلة جدًا لعرض الساعات.</translation>
    </message>
    <message>
        <source>Most viewed models</source>
        <translation>أكثر الطرازات مشاهدة</translation>
    </message>
    <message>
        <source>Looked for, and nothing found</source>
        <translation>بُحث عنه ولم يُعثر على شيء</translation>
    </message>
    <message>
        <source>Every search and filter found cars.</source>
        <translation>وجد كل بحث وكل تصفية سيارات.</translation>
    </message>
    <message>
        <source>Paints chosen</source>
        <translation>الألوان المختارة</translation>
    </message>
    <message>
        <source>Wheels chosen</source>
        <translation>العجلات المختارة</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>الخيارات المختارة</translation>
    </message>
    <message>
        <source>Screens side by side</source>
        <translation>الشاشات جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Every table of this period as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>كل جداول هذه الفترة كملفات CSV (UTF-8، لأي جدول بيانات).</translation>
    </message>
    <message>
        <source>Insert a USB stick to export the tables.</source>
        <translation>أدخل ذاكرة USB لتصدير الجداول.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>اكتب إلى %1</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>ابحث عن ذاكرات USB مجددًا</translation>
    </message>
    <message>
        <source>Busiest days</source>
        <translation>أكثر الأيام ازدحامًا</translation>
    </message>
    <message>
        <source>Studio events: visits to their pages</source>
        <translation>فعاليات الاستوديو: زيارات صفحاتها</translation>
    </message>
    <message>
        <source>No event page was opened in this period.</source>
        <translation>لم تُفتح أي صفحة فعالية في هذه الفترة.</translation>
    </message>
    <message>
        <source>Studio events by kind</source>
        <translation>فعاليات الاستوديو حسب النوع</translation>
    </message>
    <message>
        <source>Visits day by day</source>
        <translation>الزيارات يومًا بيوم</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Whose visits</source>
        <translation>زيارات من</translation>
    </message>
    <message>
        <source>Studios side by side</source>
        <translation>الصالات جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Every table of this period, as the hub counted it, as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>كل جداول هذه الفترة، كما أحصاها المحور، كملفات CSV (UTF-8، لأي جدول بيانات).</translation>
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
    <name>LineChart</name>
    <message>
        <source>Days with fewer than 5 visits are left out of the line.</source>
        <translation>الأيام التي بها أقل من 5 زيارات غير مدرجة في الخط.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Configure yours</source>
        <translation>صمّم سيارتك</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>ابدأ بفئة طرازات. يظهر سعر كل خيار قبل أن تختاره.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>MarketWords</name>
    <message>
        <source>%1 mi</source>
        <translation>%1 ميل</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>Here in this studio</source>
        <translation>هنا في هذا الاستوديو</translation>
    </message>
    <message>
        <source>%1 mi away</source>
        <translation>على بعد %1 ميل</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>على بعد %1 كم</translation>
    </message>
    <message>
        <source>Priced in %1 for %2, not converted</source>
        <translation>السعر بعملة %1 لسوق %2، دون تحويل</translation>
    </message>
    <message>
        <source>Priced in %1, not converted</source>
        <translation>السعر بعملة %1، دون تحويل</translation>
    </message>
</context>
<context>
    <name>ModelLinesPage</name>
    <message>
        <source>Have a configuration code?</source>
        <translation>هل لديك رمز تهيئة؟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثال: %1</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>This screen is taking a short break</source>
        <translation>هذه الشاشة في استراحة قصيرة</translation>
    </message>
    <message>
        <source>A product expert will be glad to show you the cars, take you for a drive or help you with a booking.</source>
        <translation>يسعد أحد خبراء المنتجات بأن يعرض عليك السيارات أو يرافقك في تجربة قيادة أو يساعدك في الحجز.</translation>
    </message>
    <message>
        <source>For staff: %1 Vitrine tries again every 10 seconds.</source>
        <translation>للموظفين: %1 يعيد Vitrine المحاولة كل 10 ثوانٍ.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>للموظفين: %1</translation>
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
    <name>PhoneBookPage</name>
    <message>
        <source>Book a test drive of the %1</source>
        <translation>احجز تجربة قيادة %1</translation>
    </message>
    <message>
        <source>Back to your build</source>
        <translation>العودة إلى سيارتك المُهيّأة</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <source>Choose a studio to see its free times.</source>
        <translation>اختر معرضًا لترى أوقاته المتاحة.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>لا يوجد وقت متاح في هذا اليوم. اختر يومًا آخر.</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>الأوقات المتاحة في %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>رقم هاتفك أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Only to confirm this drive and, if it must change, to tell you.</source>
        <translation>فقط لتأكيد هذه التجربة ولإبلاغك إن لزم تغييرها.</translation>
    </message>
    <message>
        <source>Book the test drive</source>
        <translation>احجز تجربة القيادة</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>اختر أحد الأوقات المتاحة.</translation>
    </message>
    <message>
        <source>That time is no longer free: someone has just taken it. Choose another time.</source>
        <translation>لم يعد هذا الوقت متاحًا: حجزه أحدهم للتو. اختر وقتًا آخر.</translation>
    </message>
</context>
<context>
    <name>PhoneBuildPage</name>
    <message>
        <source>This build code is not valid</source>
        <translation>رمز التهيئة هذا غير صالح</translation>
    </message>
    <message>
        <source>It has a typing mistake or is incomplete. Scan the code on the screen again.</source>
        <translation>فيه خطأ في الكتابة أو هو ناقص. امسح الرمز على الشاشة مرة أخرى.</translation>
    </message>
    <message>
        <source>This build can no longer be shown</source>
        <translation>لم يعد بالإمكان عرض هذه التهيئة</translation>
    </message>
    <message>
        <source>The model is no longer offered here. Ask the studio for its successor.</source>
        <translation>لم يعد هذا الطراز معروضًا هنا. اسأل المعرض عن الطراز الذي يخلفه.</translation>
    </message>
    <message>
        <source>Your build %1: %2</source>
        <translation>تهيئتك %1: %2</translation>
    </message>
    <message>
        <source>Build code %1</source>
        <translation>رمز التهيئة %1</translation>
    </message>
    <message>
        <source>Drawing of the %1 in %2 with %3 wheels</source>
        <translation>رسم %1 بلون %2 مع عجلات %3</translation>
    </message>
    <message>
        <source>What has changed since</source>
        <translation>ما الذي تغيّر منذ ذلك الحين</translation>
    </message>
    <message>
        <source>An option</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>%1 is no longer offered; the closest today is %2.</source>
        <translation>لم يعد %1 معروضًا؛ الأقرب اليوم هو %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>لم يعد %1 متوفرًا.</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>لم يعد %1 ممكنًا في هذه التهيئة.</translation>
    </message>
    <message>
        <source>Prices or rules of this build have changed; the figures below are today&apos;s.</source>
        <translation>تغيّرت أسعار هذه التهيئة أو قواعدها؛ الأرقام أدناه هي أرقام اليوم.</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>السعر الإجمالي</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>An example; the studio gives you the binding offer.</source>
        <translation>هذا مثال؛ يقدّم لك المعرض العرض الملزم.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>اختياراتك</translation>
    </message>
    <message>
        <source>Similar cars in stock</source>
        <translation>سيارات مشابهة متوفرة</translation>
    </message>
    <message>
        <source>None in stock just now; the studio can order this build.</source>
        <translation>لا توجد في المخزون حاليًا؛ يمكن للمعرض طلب هذه التهيئة.</translation>
    </message>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>%1 من اختياراتك الـ %2</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>احجز تجربة قيادة</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>اتصل على %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Choose a time here, or visit or call a studio and give your build code %1.</source>
        <translation>اختر وقتًا هنا، أو زُر معرضًا أو اتصل به وأعطهم رمز سيارتك %1.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>اختر وقتًا</translation>
    </message>
</context>
<context>
    <name>PhoneCarPage</name>
    <message>
        <source>This car has been sold</source>
        <translation>بيعت هذه السيارة</translation>
    </message>
    <message>
        <source>It is no longer in stock. The studio can show you similar cars or order one.</source>
        <translation>لم تعد في المخزون. يمكن للمعرض أن يريك سيارات مشابهة أو يطلب لك واحدة.</translation>
    </message>
    <message>
        <source>No car with this number</source>
        <translation>لا توجد سيارة بهذا الرقم</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>امسح الرمز على الشاشة مرة أخرى.</translation>
    </message>
    <message>
        <source>Drawing of the %1, %2</source>
        <translation>رسم %1، %2</translation>
    </message>
    <message>
        <source>Vehicle identification number %1</source>
        <translation>رقم تعريف المركبة %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>السعر الإجمالي</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>مكان السيارة</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>افتح الخريطة</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>اتصل على %1</translation>
    </message>
</context>
<context>
    <name>PhoneDrivePages</name>
    <message>
        <source>Requested: the studio will confirm it.</source>
        <translation>مطلوب: سيؤكده المعرض.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>مؤكد.</translation>
    </message>
    <message>
        <source>Driven. Thank you for coming.</source>
        <translation>تمت القيادة. شكرًا لحضورك.</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>فاتك الموعد.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>No test drive with this code</source>
        <translation>لا توجد تجربة قيادة بهذا الرمز</translation>
    </message>
    <message>
        <source>Check the code on your confirmation, or scan it again.</source>
        <translation>تحقق من الرمز في تأكيدك أو امسحه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4 time)</source>
        <translation>%1، من %2 إلى %3 (بتوقيت %4)</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>رقم هاتفك أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>The one you gave when booking.</source>
        <translation>الذي قدّمته عند الحجز.</translation>
    </message>
    <message>
        <source>Your test drive</source>
        <translation>تجربة القيادة الخاصة بك</translation>
    </message>
    <message>
        <source>Booking code %1</source>
        <translation>رمز الحجز %1</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>أضف إلى تقويمي</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>تغيير الموعد</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>اختر وقتًا آخر</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>Cancel the test drive</source>
        <translation>ألغِ تجربة القيادة</translation>
    </message>
    <message>
        <source>Erase my data</source>
        <translation>امسح بياناتي</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a drive still to come is cancelled.</source>
        <translation>يُحذف اسمك ووسيلة الاتصال بك فورًا؛ وتُلغى أي تجربة قيادة لم تحن بعد.</translation>
    </message>
    <message>
        <source>This drive cannot be moved</source>
        <translation>لا يمكن تغيير موعد هذه التجربة</translation>
    </message>
    <message>
        <source>Move your test drive</source>
        <translation>غيّر موعد تجربة القيادة</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الموعد الحالي: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>لا يوجد وقت متاح في هذا اليوم. اختر يومًا آخر.</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>الأوقات المتاحة في %1</translation>
    </message>
    <message>
        <source>Move the test drive</source>
        <translation>غيّر موعد التجربة</translation>
    </message>
    <message>
        <source>We could not change this booking</source>
        <translation>تعذّر علينا تغيير هذا الحجز</translation>
    </message>
    <message>
        <source>Check the booking code and the phone number or e-mail address you gave when booking.</source>
        <translation>تحقق من رمز الحجز ومن رقم الهاتف أو البريد الإلكتروني الذي قدّمته عند الحجز.</translation>
    </message>
    <message>
        <source>Back to your test drive</source>
        <translation>العودة إلى تجربة القيادة</translation>
    </message>
    <message>
        <source>Your data is erased</source>
        <translation>مُسحت بياناتك</translation>
    </message>
    <message>
        <source>Your name and contact are deleted; a drive still to come is cancelled.</source>
        <translation>حُذف اسمك ووسيلة الاتصال بك؛ وأُلغيت أي تجربة قيادة لم تحن بعد.</translation>
    </message>
    <message>
        <source>Your test drive is cancelled</source>
        <translation>أُلغيت تجربة القيادة</translation>
    </message>
    <message>
        <source>Nothing else is needed. You are welcome any time.</source>
        <translation>لا حاجة إلى شيء آخر. أهلًا بك في أي وقت.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>اختر وقتًا</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>اختر أحد الأوقات المتاحة.</translation>
    </message>
    <message>
        <source>That time is no longer free</source>
        <translation>لم يعد هذا الوقت متاحًا</translation>
    </message>
    <message>
        <source>Someone has just taken it. Choose another time.</source>
        <translation>حجزه أحدهم للتو. اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>Your test drive is moved</source>
        <translation>تغيّر موعد تجربة القيادة</translation>
    </message>
</context>
<context>
    <name>PhoneHtml</name>
    <message>
        <source>Please try again shortly</source>
        <translation>يرجى المحاولة بعد قليل</translation>
    </message>
    <message>
        <source>The studio&apos;s data cannot be read just now.</source>
        <translation>تتعذّر قراءة بيانات المعرض الآن.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>No account, no cookies, no tracking.</source>
        <translation>بلا حساب، بلا ملفات تعريف ارتباط، بلا تتبّع.</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>يرجى الانتظار لحظة</translation>
    </message>
    <message>
        <source>There were many requests from your network. Try again in a minute.</source>
        <translation>وردت طلبات كثيرة من شبكتك. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>This link is too long</source>
        <translation>هذا الرابط طويل جدًا</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>امسح الرمز على الشاشة مرة أخرى.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>This page cannot do that.</source>
        <translation>لا تستطيع هذه الصفحة فعل ذلك.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>الصفحة غير موجودة</translation>
    </message>
    <message>
        <source>Too much to read</source>
        <translation>البيانات أكثر من اللازم</translation>
    </message>
    <message>
        <source>Send the form again.</source>
        <translation>أرسل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many attempts to change a booking. Try again in a few minutes.</source>
        <translation>محاولات كثيرة لتغيير حجز. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
</context>
<context>
    <name>PhonePlacePages</name>
    <message>
        <source>No place with this code</source>
        <translation>لا يوجد مكان بهذا الرمز</translation>
    </message>
    <message>
        <source>Check the code the screen gave you, or scan it again.</source>
        <translation>تحقق من الرمز الذي أعطتك إياه الشاشة، أو امسحه مرة أخرى.</translation>
    </message>
    <message>
        <source>This event is cancelled. We are sorry.</source>
        <translation>أُلغيت هذه الفعالية. نعتذر عن ذلك.</translation>
    </message>
    <message>
        <source>You gave this place back.</source>
        <translation>لقد تنازلت عن هذا المكان.</translation>
    </message>
    <message>
        <source>Checked in. Enjoy the event.</source>
        <translation>تم تسجيل حضورك. استمتع بالفعالية.</translation>
    </message>
    <message>
        <source>This event has ended. Thank you for coming.</source>
        <translation>انتهت هذه الفعالية. شكرًا لحضورك.</translation>
    </message>
    <message>
        <source>Your place is kept. See you there.</source>
        <translation>مكانك محجوز. نراك هناك.</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>مكانك</translation>
    </message>
    <message>
        <source>Place code %1</source>
        <translation>رمز المكان %1</translation>
    </message>
    <message>
        <source>The one you gave when you joined.</source>
        <translation>الذي قدمته عند التسجيل.</translation>
    </message>
    <message>
        <source>Give your place back</source>
        <translation>التنازل عن مكانك</translation>
    </message>
    <message>
        <source>Someone else can then take it.</source>
        <translation>عندها يمكن لشخص آخر أن يأخذه.</translation>
    </message>
    <message>
        <source>Give back my place</source>
        <translation>التنازل عن مكاني</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a place still to come is given back.</source>
        <translation>يُحذف اسمك ووسيلة التواصل فورًا؛ ويُعاد المكان في فعالية لم تبدأ بعد.</translation>
    </message>
    <message>
        <source>We could not change this place</source>
        <translation>تعذّر علينا تغيير هذا المكان</translation>
    </message>
    <message>
        <source>Check the place code and the phone number or e-mail address you gave when you joined.</source>
        <translation>تحقق من رمز المكان ورقم الهاتف أو عنوان البريد الإلكتروني الذي قدمته عند التسجيل.</translation>
    </message>
    <message>
        <source>Back to your place</source>
        <translation>العودة إلى مكانك</translation>
    </message>
    <message>
        <source>Your place is given back</source>
        <translation>تم التنازل عن مكانك</translation>
    </message>
    <message>
        <source>Thank you for letting us know. You are welcome any time.</source>
        <translation>شكرًا لإبلاغنا. أهلًا بك في أي وقت.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>وضع الفريق</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>أدخل رمز الفريق</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>لم يُدخل أي رقم</numerusform>
            <numerusform>رقم واحد مُدخل</numerusform>
            <numerusform>رقمان مُدخلان</numerusform>
            <numerusform>%n أرقام مُدخلة</numerusform>
            <numerusform>%n رقمًا مُدخلًا</numerusform>
            <numerusform>%n رقم مُدخل</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Your name and contact are deleted; a place still to come is given back.</source>
        <translation>حُذف اسمك ووسيلة التواصل؛ وأُعيد المكان في فعالية لم تبدأ بعد.</translation>
    </message>
</context>
<context>
    <name>RangeChoice</name>
    <message>
        <source>%1, from</source>
        <translation>%1، من</translation>
    </message>
    <message>
        <source>%1, up to</source>
        <translation>%1، حتى</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: model, colour, equipment</source>
        <translation>ابحث: الطراز، اللون، التجهيزات</translation>
    </message>
    <message>
        <source>Search the stock</source>
        <translation>ابحث في المخزون</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1، لا سيارات</numerusform>
            <numerusform>%1، سيارة واحدة</numerusform>
            <numerusform>%1، سيارتان</numerusform>
            <numerusform>%1، %n سيارات</numerusform>
            <numerusform>%1، %n سيارة</numerusform>
            <numerusform>%1، %n سيارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>لا سيارات</numerusform>
            <numerusform>سيارة واحدة</numerusform>
            <numerusform>سيارتان</numerusform>
            <numerusform>%n سيارات</numerusform>
            <numerusform>%n سيارة</numerusform>
            <numerusform>%n سيارة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarStock</name>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>%1 من اختياراتك الـ %2</translation>
    </message>
    <message>
        <source>same version</source>
        <translation>الفئة نفسها</translation>
    </message>
    <message>
        <source>same colour</source>
        <translation>اللون نفسه</translation>
    </message>
</context>
<context>
    <name>SimilarStockPage</name>
    <message>
        <source>Similar cars in stock</source>
        <translation>سيارات مشابهة متوفرة</translation>
    </message>
    <message>
        <source>Closest to %1 first. These cars are here or at a partner nearby, ready sooner than a new build.</source>
        <translation>الأقرب إلى %1 أولًا. هذه السيارات هنا أو لدى شريك قريب، وجاهزة أسرع من سيارة تُصنع من جديد.</translation>
    </message>
    <message>
        <source>No car in stock is close to this build right now. An expert can tell you when one arrives.</source>
        <translation>لا توجد حاليًا سيارة متوفرة قريبة من هذه التهيئة. يمكن لأحد خبرائنا إخبارك عند وصول واحدة.</translation>
    </message>
    <message>
        <source>Looking for cars close to your build…</source>
        <translation>جارٍ البحث عن سيارات قريبة من تكوينك…</translation>
    </message>
</context>
<context>
    <name>SleepLayer</name>
    <message>
        <source>The screen is asleep outside opening hours</source>
        <translation>الشاشة في وضع السكون خارج ساعات العمل</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Stock sources</source>
        <translation>مصادر المخزون</translation>
    </message>
    <message>
        <source>Fetch all now</source>
        <translation>جلب الكل الآن</translation>
    </message>
    <message>
        <source>Needs attention: failing for longer than the set time</source>
        <translation>تحتاج إلى متابعة: تفشل منذ مدة أطول من المدة المحددة</translation>
    </message>
    <message>
        <source>Last success %1 · last attempt %2 · next %3</source>
        <translation>آخر نجاح %1 · آخر محاولة %2 · التالية %3</translation>
    </message>
    <message>
        <source>%1 records applied · %2 left out</source>
        <translation>طُبّق %1 سجلًا · استُبعد %2</translation>
    </message>
    <message>
        <source>Choose a source to see what its last feed left out.</source>
        <translation>اختر مصدرًا لترى ما استُبعد من آخر ملف له.</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>جلب الآن</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>إزالة هذا المصدر</translation>
    </message>
    <message>
        <source>Undo this screen&apos;s change</source>
        <translation>التراجع عن تعديل هذه الشاشة</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>الجلب كل</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>From a USB stick or folder</source>
        <translation>من ذاكرة USB أو مجلد</translation>
    </message>
    <message>
        <source>Look for files</source>
        <translation>البحث عن ملفات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Address (https://…, or a file path)</source>
        <translation>العنوان (⁦https://…⁩ أو مسار ملف)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Add and fetch</source>
        <translation>إضافة وجلب</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech on. Swipe right or left to move, double tap to choose. Hold two fingers for two seconds to turn speech off.</source>
        <translation>النطق مفعّل. اسحب يمينًا أو يسارًا للتنقل، وانقر مرتين للاختيار. ضع إصبعين على الشاشة لثانيتين لإيقاف النطق.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>النطق متوقف.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>غير مختار</translation>
    </message>
    <message>
        <source>slider at %1</source>
        <translation>شريط التمرير عند %1</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>حقل نص</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>button</source>
        <translation>زر</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاح</translation>
    </message>
</context>
<context>
    <name>StaffInsights</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>أيام مختارة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>The insights could not be read: %1</source>
        <translation>تعذّرت قراءة الرؤى: %1</translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>%1 من الخطوة السابقة</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1 (median)</source>
        <translation>بعد %1 (الوسيط)</translation>
    </message>
    <message>
        <source>%1, after %2 (median)</source>
        <translation>%1، بعد %2 (الوسيط)</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>%1 viewed a car, %2 configured, %3 booked a drive</source>
        <translation>%1 شاهدوا سيارة، %2 صمّموا، %3 حجزوا تجربة</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>جارٍ كتابة الجداول…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي جداول في %1.</numerusform>
            <numerusform>كُتب جدول واحد في %1.</numerusform>
            <numerusform>كُتب جدولان في %1.</numerusform>
            <numerusform>كُتبت %n جداول في %1.</numerusform>
            <numerusform>كُتب %n جدولًا في %1.</numerusform>
            <numerusform>كُتب %n جدول في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables could not be written to %1: %2</source>
        <translation>تعذّرت كتابة الجداول في %1: %2</translation>
    </message>
    <message>
        <source>Places taken: %1</source>
        <translation>الأماكن المحجوزة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>لم يُحجز أي مكان</numerusform>
            <numerusform>حُجز مكان واحد</numerusform>
            <numerusform>حُجز مكانان</numerusform>
            <numerusform>حُجزت %n أماكن</numerusform>
            <numerusform>حُجز %n مكانًا</numerusform>
            <numerusform>حُجز %n مكان</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visits per day: %1. The period before, day by day: %2.</source>
        <translation>الزيارات في اليوم: %1. الفترة السابقة يومًا بيوم: %2.</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>هذه الشاشة</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>هذه الصالة</translation>
    </message>
    <message>
        <source>All studios</source>
        <translation>كل الصالات</translation>
    </message>
    <message>
        <source>The hub&apos;s figures could not be read just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>تعذّرت قراءة أرقام المحور الآن. حاول مجددًا بعد قليل؛ أرقام هذه الشاشة نفسها تحت «هذه الشاشة».</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s figures cannot be shown. They come back when it answers; this screen&apos;s own figures are under “This screen”.</source>
        <translation>المحور بعيد المنال الآن، لذا لا يمكن عرض أرقام الصالة. ستعود عندما يستجيب؛ أرقام هذه الشاشة نفسها تحت «هذه الشاشة».</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s tables were not written. Try again when it answers.</source>
        <translation>المحور بعيد المنال الآن، لذا لم تُكتب جداول الصالة. حاول مجددًا عندما يستجيب.</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>المحور مشغول بقراءة أرقام أخرى الآن. حاول مجددًا بعد قليل؛ أرقام هذه الشاشة نفسها تحت «هذه الشاشة».</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now, so the studio&apos;s tables were not written. Try again in a moment.</source>
        <translation>المحور مشغول بقراءة أرقام أخرى الآن، لذا لم تُكتب جداول الاستوديو. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>مقارنةً بيوم %1</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>مقارنةً بالفترة من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”.</source>
        <translation>لم يُعيَّن رمز للفريق على هذه الشاشة بعد. عيّنه باستخدام «vitrinectl set-pin».</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Staff mode opens again at %1.</source>
        <translation>محاولات خاطئة كثيرة. يُفتح وضع الفريق مجددًا في %1.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please wait a moment before trying again.</source>
        <translation>الرمز غير صحيح. يُرجى الانتظار قليلًا قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>الرمز غير صحيح. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Staff mode is locked.</source>
        <translation>وضع الفريق مقفل.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 ميل</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>لا ساعات</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>رقم الهيكل …%1</translation>
    </message>
    <message>
        <source>%1, reserved</source>
        <translation>%1، محجوزة</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>في الطريق إلى %1</translation>
    </message>
    <message>
        <source>a car that has left the stock</source>
        <translation>سيارة لم تعد في المخزون</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>التكوين %1</translation>
    </message>
    <message>
        <source>Out loud</source>
        <translation>بصوت مسموع</translation>
    </message>
    <message>
        <source>Only into headphones</source>
        <translation>عبر سماعات الرأس فقط</translation>
    </message>
    <message>
        <source>A colleague has already taken this request.</source>
        <translation>تولّى أحد الزملاء هذا الطلب بالفعل.</translation>
    </message>
    <message>
        <source>The studio&apos;s system did not take this. Please try again.</source>
        <translation>لم يقبل نظام المعرض هذا الإجراء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>وضع الفريق</translation>
    </message>
    <message>
        <source>Visitors waiting</source>
        <translation>زوار بانتظار المساعدة</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>لا أحد بانتظار المساعدة الآن.</translation>
    </message>
    <message>
        <source>Hold request</source>
        <translation>طلب حجز سيارة</translation>
    </message>
    <message>
        <source>Would like to talk to an expert</source>
        <translation>يرغب في التحدث إلى خبير</translation>
    </message>
    <message>
        <source>Since %1 · build %2</source>
        <translation>منذ %1 · التكوين %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>هذه الشاشة</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <source>Clear the screen after</source>
        <translation>مسح الشاشة بعد</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Keep test-drive contact details after the drive for</source>
        <translation>الاحتفاظ ببيانات الاتصال الخاصة بتجربة القيادة بعدها لمدة</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>قفل ومغادرة</translation>
    </message>
    <message>
        <source>Quit Vitrine</source>
        <translation>إغلاق Vitrine</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>إلغاء تجربة القيادة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل الموعد</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>تجارب القيادة</translation>
    </message>
    <message>
        <source>No test drives booked for the next two weeks.</source>
        <translation>لا توجد تجارب قيادة محجوزة للأسبوعين القادمين.</translation>
    </message>
    <message>
        <source>The finder first shows cars within</source>
        <translation>يعرض البحث أولاً السيارات ضمن</translation>
    </message>
    <message>
        <source>Stock sources</source>
        <translation>مصادر المخزون</translation>
    </message>
    <message>
        <source>Sources and event files</source>
        <translation>المصادر وملفات الفعاليات</translation>
    </message>
    <message>
        <source>Flag a source to staff when it has failed for</source>
        <translation>تنبيه الموظفين إلى مصدر يفشل منذ</translation>
    </message>
    <message>
        <source>Disk space for the stock&apos;s photos</source>
        <translation>مساحة القرص لصور المخزون</translation>
    </message>
    <message>
        <source>Since %1 · %2</source>
        <translation>منذ %1 · %2</translation>
    </message>
    <message>
        <source>Cancel this drive? The time is given free for others to book.</source>
        <translation>إلغاء هذه التجربة؟ يصبح الموعد متاحًا للحجز من قِبل الآخرين.</translation>
    </message>
    <message>
        <source>Yes, cancel the drive</source>
        <translation>نعم، ألغِ التجربة</translation>
    </message>
    <message>
        <source>Keep the drive</source>
        <translation>أبقِ التجربة</translation>
    </message>
    <message>
        <source>Move the drive</source>
        <translation>نقل موعد التجربة</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>جارٍ البحث عن الأوقات المتاحة…</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>لا يوجد وقت متاح خلال الأسبوعين القادمين.</translation>
    </message>
    <message>
        <source>Free times on this day, in the studio&apos;s local time:</source>
        <translation>الأوقات المتاحة في هذا اليوم، بالتوقيت المحلي للاستوديو:</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>أبقِ الموعد</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>الرؤى</translation>
    </message>
    <message>
        <source>What visitors looked at, configured and booked, and what they did not find. Anonymous.</source>
        <translation>ما شاهده الزوار وصمّموه وحجزوه، وما لم يجدوه. دون هوية.</translation>
    </message>
    <message>
        <source>Open insights</source>
        <translation>افتح الرؤى</translation>
    </message>
    <message>
        <source>Visitors&apos; phones open this studio&apos;s pages at %1</source>
        <translation>تفتح هواتف الزوار صفحات هذا المعرض على %1</translation>
    </message>
    <message>
        <source>Speech mode speaks</source>
        <translation>وضع النطق يتحدث</translation>
    </message>
    <message>
        <source>Address of this studio&apos;s pages for visitors&apos; phones</source>
        <translation>عنوان صفحات هذا المعرض لهواتف الزوار</translation>
    </message>
    <message>
        <source>No address for visitors&apos; phones yet: the QR codes lead nowhere on the web until one is saved.</source>
        <translation>لا يوجد عنوان لهواتف الزوار بعد: لا تقود رموز QR إلى أي صفحة حتى يُحفظ عنوان.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>No events in the coming weeks.</source>
        <translation>لا فعاليات في الأسابيع القادمة.</translation>
    </message>
    <message>
        <source>Everyone told</source>
        <translation>أُبلغ الجميع</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 من %2 أماكن محجوزة</translation>
    </message>
    <message>
        <source>no sign-up</source>
        <translation>دون تسجيل</translation>
    </message>
    <message>
        <source>gave the place back</source>
        <translation>تخلّى عن مكانه</translation>
    </message>
    <message>
        <source>here</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Studio hub</source>
        <translation>محور الاستوديو</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>عنوان المحور</translation>
    </message>
    <message>
        <source>The pairing code the hub shows</source>
        <translation>رمز الإقران الذي يعرضه المحور</translation>
    </message>
    <message>
        <source>Pair this screen</source>
        <translation>إقران هذه الشاشة</translation>
    </message>
    <message>
        <source>Stop using this hub</source>
        <translation>التوقف عن استخدام هذا المحور</translation>
    </message>
</context>
<context>
    <name>StockFreshness</name>
    <message>
        <source>Stock updated just now</source>
        <translation>حُدّث المخزون للتو</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated %n minutes ago</source>
        <translation>
            <numerusform>حُدّث المخزون للتو</numerusform>
            <numerusform>حُدّث المخزون قبل دقيقة</numerusform>
            <numerusform>حُدّث المخزون قبل دقيقتين</numerusform>
            <numerusform>حُدّث المخزون قبل %n دقائق</numerusform>
            <numerusform>حُدّث المخزون قبل %n دقيقة</numerusform>
            <numerusform>حُدّث المخزون قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated today at %1</source>
        <translation>حُدّث المخزون اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Stock updated yesterday at %1</source>
        <translation>حُدّث المخزون أمس الساعة %1</translation>
    </message>
    <message>
        <source>Stock as of %1</source>
        <translation>المخزون حتى %1</translation>
    </message>
</context>
<context>
    <name>StudioEvents</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>محاضرة</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <source>Drive day</source>
        <translation>يوم قيادة</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>إطلاق</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع القادم</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>its time changed</source>
        <translation>تغيّر موعدها</translation>
    </message>
    <message>
        <source>it moved to another studio</source>
        <translation>انتقلت إلى معرض آخر</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>it takes place after all</source>
        <translation>ستُقام رغم كل شيء</translation>
    </message>
    <message>
        <source>it has fewer places than joiners</source>
        <translation>أماكنها أقل من عدد المنضمين</translation>
    </message>
    <message>
        <source>its language changed</source>
        <translation>تغيّرت لغتها</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2. Tell the %n people who joined.</source>
        <translation>
            <numerusform>%1: %2. أبلغ المنضمين وعددهم %n.</numerusform>
            <numerusform>%1: %2. أبلغ المنضمين وعددهم %n.</numerusform>
            <numerusform>%1: %2. أبلغ المنضمين وعددهم %n.</numerusform>
            <numerusform>%1: %2. أبلغ المنضمين وعددهم %n.</numerusform>
            <numerusform>%1: %2. أبلغ المنضمين وعددهم %n.</numerusform>
            <numerusform>%1: %2. أبلغ المنضمين وعددهم %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>حُذفت بيانات الاتصال</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>يُرجى التحقق من الحقول المميَّزة.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>هذه الفعالية مكتملة.</translation>
    </message>
    <message>
        <source>This event no longer takes sign-ups.</source>
        <translation>لم تعد هذه الفعالية تقبل التسجيل.</translation>
    </message>
    <message>
        <source>Your place could not be saved on this screen. Please ask any of our team.</source>
        <translation>تعذّر حفظ مكانك على هذه الشاشة. يرجى سؤال أي فرد من فريقنا.</translation>
    </message>
    <message>
        <source>Your place is given back. Thank you for letting us know.</source>
        <translation>تم التخلي عن مكانك. شكرًا لإبلاغنا.</translation>
    </message>
    <message>
        <source>No place with this code can be given back here. Please check the code.</source>
        <translation>لا يمكن التخلي عن مكان بهذا الرمز هنا. يرجى التحقق من الرمز.</translation>
    </message>
    <message>
        <source>new in the latest feed</source>
        <translation>جديد في آخر موجز</translation>
    </message>
    <message>
        <source>changed by the latest feed</source>
        <translation>غيّره آخر موجز</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep your place. Please ask any of our team.</source>
        <translation>لا تستطيع هذه الشاشة الوصول إلى نظام الاستوديو الآن، لذا لا يمكنها حجز مكانك. يُرجى التحدث إلى أي فرد من فريقنا.</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Please ask any of our team.</source>
        <translation>لا تستطيع هذه الشاشة الوصول إلى نظام الاستوديو الآن. يُرجى التحدث إلى أي فرد من فريقنا.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>النرويجية (بوكمول)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>النرويجية</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>النرويجية (نينوشك)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>StudioHub</name>
    <message>
        <source>The hub did not accept this code. Show a new one on the hub and type it again.</source>
        <translation>لم يقبل المحور هذا الرمز. اعرض رمزًا جديدًا على المحور واكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match what it says. Check the address.</source>
        <translation>شهادة المحور لا تطابق ما يعلنه. تحقق من العنوان.</translation>
    </message>
    <message>
        <source>The hub cannot be reached at this address.</source>
        <translation>لا يمكن الوصول إلى المحور على هذا العنوان.</translation>
    </message>
    <message>
        <source>Paired. Bookings and places now go through the hub.</source>
        <translation>تم الإقران. تمر الحجوزات والأماكن الآن عبر المحور.</translation>
    </message>
    <message>
        <source>Paired, but this screen could not keep the pairing. Pair it again.</source>
        <translation>تم الإقران، لكن هذه الشاشة لم تتمكن من حفظه. أعد الإقران.</translation>
    </message>
    <message>
        <source>Not paired with a hub: this screen keeps its test drives and event places on its own.</source>
        <translation>غير مقترن بمحور: تحتفظ هذه الشاشة بنفسها بتجارب القيادة وأماكن الفعاليات.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Paired with the hub at %1. Last contact: %2.</source>
        <translation>مقترن بالمحور على %1. آخر اتصال: %2.</translation>
    </message>
    <message>
        <source>Paired with the hub at %1, which cannot be reached (last contact: %2). Visitors are told before they sign up.</source>
        <translation>مقترن بالمحور على %1، ولا يمكن الوصول إليه (آخر اتصال: %2). يُبلَّغ الزوار بذلك قبل التسجيل.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address (such as https://10.0.0.2:8443) and the code it shows.</source>
        <translation>اكتب عنوان المحور (مثل https://10.0.0.2:8443) والرمز الذي يعرضه.</translation>
    </message>
    <message>
        <source>This screen no longer uses a hub.</source>
        <translation>لم تعد هذه الشاشة تستخدم محورًا.</translation>
    </message>
    <message>
        <source>This screen could not forget the hub. Try again.</source>
        <translation>تعذّر على هذه الشاشة نسيان المحور. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The hub at %1 no longer knows this screen (it was removed there). Show a new code on the hub and pair this screen again; until then, visitors are told before they sign up.</source>
        <translation>لم يعد المحور على العنوان %1 يعرف هذه الشاشة (أُزيلت منه). اعرض رمزًا جديدًا على المحور واقرن هذه الشاشة من جديد؛ وحتى ذلك الحين يُبلَّغ الزوار قبل التسجيل.</translation>
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
<context>
    <name>SuggestionStrip</name>
    <message>
        <source>You might also like</source>
        <translation>قد يعجبك أيضًا</translation>
    </message>
</context>
<context>
    <name>SyncSources</name>
    <message>
        <source>15 min</source>
        <translation>15 دقيقة</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 ساعات</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>التعرّف عليه</translation>
    </message>
    <message>
        <source>Meta catalog</source>
        <translation>كتالوج Meta</translation>
    </message>
    <message>
        <source>Google listings</source>
        <translation>إعلانات Google</translation>
    </message>
    <message>
        <source>Vitrine feed</source>
        <translation>ملف Vitrine</translation>
    </message>
    <message>
        <source>The sources cannot be read from this screen&apos;s database.</source>
        <translation>تعذّرت قراءة المصادر من قاعدة بيانات هذه الشاشة.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Fetching now…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>لم يُجلب بعد</translation>
    </message>
    <message>
        <source>Up to date, with records left out</source>
        <translation>محدّث، مع سجلات مستبعدة</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدّث</translation>
    </message>
    <message>
        <source>Up to date (nothing new)</source>
        <translation>محدّث (لا جديد)</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>تعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>لم يستجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>شهادة الخادم غير موثوقة</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>أبلغ الخادم عن خطأ</translation>
    </message>
    <message>
        <source>The feed is larger than this source may bring</source>
        <translation>الملف أكبر مما يُسمح لهذا المصدر</translation>
    </message>
    <message>
        <source>What came is not a feed</source>
        <translation>ما وصل ليس ملف بيانات</translation>
    </message>
    <message>
        <source>The download was cut off; it will resume</source>
        <translation>انقطع التنزيل وسيُستأنف</translation>
    </message>
    <message>
        <source>The file is not there (is the USB stick in?)</source>
        <translation>الملف غير موجود (هل ذاكرة USB موصولة؟)</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>تفاصيل تقنية: %1</translation>
    </message>
    <message>
        <source>The feed was refused; the stock from before stays</source>
        <translation>رُفض الملف؛ يبقى المخزون السابق كما هو</translation>
    </message>
    <message>
        <source>This screen could not store it</source>
        <translation>تعذّر على هذه الشاشة حفظه</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>No feed is fetched by this screen; its stock comes from imports.</source>
        <translation>لا تجلب هذه الشاشة أي ملف؛ مخزونها يأتي من الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>%n sources need attention: failing for more than %1.</source>
        <translation>
            <numerusform>لا مصادر تفشل منذ أكثر من %1.</numerusform>
            <numerusform>مصدر واحد يحتاج إلى متابعة: يفشل منذ أكثر من %1.</numerusform>
            <numerusform>مصدران يحتاجان إلى متابعة: يفشلان منذ أكثر من %1.</numerusform>
            <numerusform>%n مصادر تحتاج إلى متابعة: تفشل منذ أكثر من %1.</numerusform>
            <numerusform>%n مصدرًا تحتاج إلى متابعة: تفشل منذ أكثر من %1.</numerusform>
            <numerusform>%n مصدر تحتاج إلى متابعة: تفشل منذ أكثر من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>لا ساعات</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all working.</source>
        <translation>
            <numerusform>لا مصادر.</numerusform>
            <numerusform>مصدر واحد يعمل.</numerusform>
            <numerusform>مصدران يعملان.</numerusform>
            <numerusform>%n مصادر، كلها تعمل.</numerusform>
            <numerusform>%n مصدرًا، كلها تعمل.</numerusform>
            <numerusform>%n مصدر، كلها تعمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed</source>
        <translation>مُدرج في ملف العلامة التجارية</translation>
    </message>
    <message>
        <source>added on this screen</source>
        <translation>أُضيف على هذه الشاشة</translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed, changed on this screen</source>
        <translation>مُدرج في ملف العلامة التجارية، وعُدّل على هذه الشاشة</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>التنسيق: %1</translation>
    </message>
    <message>
        <source>Rows without a dealer go to %1</source>
        <translation>الصفوف بلا وكيل تذهب إلى %1</translation>
    </message>
    <message>
        <source>recognised from each file</source>
        <translation>يُتعرّف عليه من كل ملف</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>لم يُجلب بعد.</translation>
    </message>
    <message>
        <source>No feed has come in from this source yet.</source>
        <translation>لم يصل أي ملف من هذا المصدر بعد.</translation>
    </message>
    <message>
        <source>Nothing was left out of the last feed.</source>
        <translation>لم يُستبعد شيء من آخر ملف.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the last feed: %n records</source>
        <translation>
            <numerusform>لم يُستبعد أي سجل من آخر ملف</numerusform>
            <numerusform>استُبعد سجل واحد من آخر ملف</numerusform>
            <numerusform>استُبعد سجلان من آخر ملف</numerusform>
            <numerusform>استُبعدت %n سجلات من آخر ملف</numerusform>
            <numerusform>استُبعد %n سجلًا من آخر ملف</numerusform>
            <numerusform>استُبعد %n سجل من آخر ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every source now.</source>
        <translation>جارٍ جلب كل المصادر الآن.</translation>
    </message>
    <message>
        <source>Fetching %1 now.</source>
        <translation>جارٍ جلب %1 الآن.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>%1 is fetched again.</source>
        <translation>يُجلب %1 من جديد.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>أُوقف %1 مؤقتًا.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>That address cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا العنوان: %1</translation>
    </message>
    <message>
        <source>%1 was added and is fetched now.</source>
        <translation>أُضيف %1 ويُجلب الآن.</translation>
    </message>
    <message>
        <source>No feed file found. Put in the USB stick, then look again.</source>
        <translation>لم يُعثر على ملف بيانات. صِل ذاكرة USB ثم ابحث مجددًا.</translation>
    </message>
    <message>
        <source>%1 is being imported.</source>
        <translation>جارٍ استيراد %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the sources failed at the last attempt and will be tried again as planned.</source>
        <translation>
            <numerusform>لم يفشل أي مصدر في المحاولة الأخيرة.</numerusform>
            <numerusform>فشل مصدر واحد في المحاولة الأخيرة وستُعاد المحاولة كما هو مقرر.</numerusform>
            <numerusform>فشل مصدران في المحاولة الأخيرة وستُعاد المحاولة كما هو مقرر.</numerusform>
            <numerusform>فشلت %n مصادر في المحاولة الأخيرة وستُعاد المحاولة كما هو مقرر.</numerusform>
            <numerusform>فشل %n مصدرًا في المحاولة الأخيرة وستُعاد المحاولة كما هو مقرر.</numerusform>
            <numerusform>فشل %n مصدر في المحاولة الأخيرة وستُعاد المحاولة كما هو مقرر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDrive</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>TestDrivePage</name>
    <message>
        <source>Book a test drive</source>
        <translation>احجز تجربة قيادة</translation>
    </message>
    <message>
        <source>This very car, from stock</source>
        <translation>هذه السيارة بعينها، من المخزون</translation>
    </message>
    <message>
        <source>Which car would you like to drive?</source>
        <translation>ما السيارة التي تودّ قيادتها؟</translation>
    </message>
    <message>
        <source>Booked already? Cancel with your booking code</source>
        <translation>هل حجزت مسبقًا؟ ألغِ الحجز باستخدام رمز الحجز</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>إلغاء تجربة القيادة</translation>
    </message>
    <message>
        <source>Where would you like to start?</source>
        <translation>من أين تودّ أن تبدأ؟</translation>
    </message>
    <message>
        <source>Choose a day to see its free times.</source>
        <translation>اختر يومًا لعرض أوقاته المتاحة.</translation>
    </message>
    <message>
        <source>Times are in the studio&apos;s local time. A drive takes about an hour with an expert.</source>
        <translation>الأوقات بالتوقيت المحلي للصالة. تستغرق تجربة القيادة نحو ساعة برفقة أحد خبرائنا.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Who is coming? We only need a name and one way to reach you.</source>
        <translation>من سيحضر؟ لا نحتاج إلا إلى اسم ووسيلة واحدة للتواصل معك.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>How should we reach you?</source>
        <translation>كيف نتواصل معك؟</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this drive.</source>
        <translation>قرأتُ إشعار الخصوصية وأوافق على الاحتفاظ باسمي وبيانات الاتصال الخاصة بي لأجل تجربة القيادة هذه.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.</source>
        <translation>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذه الصالة فقط لترتيب تجربة القيادة هذه. لا تُعرض أبدًا على زوار آخرين، ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من التجربة. يمكنك الإلغاء في أي وقت باستخدام رمز الحجز.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذه الصالة فقط لترتيب تجربة القيادة هذه. لا تُعرض أبدًا على زوار آخرين، ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد يوم واحد من التجربة. يمكنك الإلغاء في أي وقت باستخدام رمز الحجز.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذه الصالة فقط لترتيب تجربة القيادة هذه. لا تُعرض أبدًا على زوار آخرين، ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد يومين من التجربة. يمكنك الإلغاء في أي وقت باستخدام رمز الحجز.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذه الصالة فقط لترتيب تجربة القيادة هذه. لا تُعرض أبدًا على زوار آخرين، ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n أيام من التجربة. يمكنك الإلغاء في أي وقت باستخدام رمز الحجز.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذه الصالة فقط لترتيب تجربة القيادة هذه. لا تُعرض أبدًا على زوار آخرين، ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يومًا من التجربة. يمكنك الإلغاء في أي وقت باستخدام رمز الحجز.</numerusform>
            <numerusform>إشعار الخصوصية: يُحفظ اسمك وبيانات الاتصال الخاصة بك على نظام هذه الصالة فقط لترتيب تجربة القيادة هذه. لا تُعرض أبدًا على زوار آخرين، ولا تُستخدم للإعلانات إلا إذا حدّدت المربع أدناه، وتُحذف بعد %n يوم من التجربة. يمكنك الإلغاء في أي وقت باستخدام رمز الحجز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>اختياري: أرغب في تلقي أخبار الطرازات الجديدة والفعاليات.</translation>
    </message>
    <message>
        <source>Book this drive</source>
        <translation>احجز تجربة القيادة هذه</translation>
    </message>
    <message>
        <source>Your drive is booked. We look forward to seeing you.</source>
        <translation>تم حجز تجربة القيادة الخاصة بك. نتطلّع إلى لقائك.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>رمز الحجز الخاص بك</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>أضِف إلى تقويمك</translation>
    </message>
    <message>
        <source>Your booking on your phone</source>
        <translation>حجزك على هاتفك</translation>
    </message>
    <message>
        <source>Keep the code: with it you can cancel here or by calling the studio. Nothing else is needed on the day.</source>
        <translation>يُرجى الاحتفاظ بالرمز: يمكنك به الإلغاء هنا أو بالاتصال بالصالة. لا تحتاج إلى أي شيء آخر في يوم التجربة.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>جارٍ البحث عن الأوقات المتاحة…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>السيارة</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>اليوم والوقت</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Cancel the drive with the code %1? Its time is then free for others.</source>
        <translation>إلغاء التجربة ذات الرمز %1؟ يصبح موعدها متاحًا للآخرين.</translation>
    </message>
    <message>
        <source>Yes, cancel my drive</source>
        <translation>نعم، ألغِ تجربتي</translation>
    </message>
    <message>
        <source>Keep my drive</source>
        <translation>أبقِ تجربتي</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Your drive is kept here as a request, and the studio confirms the time with you.</source>
        <translation>لا تستطيع هذه الشاشة الوصول إلى نظام المعرض الآن. يُحفَظ طلب تجربة القيادة هنا، وسيؤكد المعرض الموعد معك.</translation>
    </message>
    <message>
        <source>Your request is with the studio. They will confirm the time with you shortly.</source>
        <translation>وصل طلبك إلى المعرض، وسيؤكد الموعد معك قريبًا.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>تم: %1</translation>
    </message>
</context>
<context>
    <name>TradeInPage</name>
    <message>
        <source>Value my car</source>
        <translation>قيّم سيارتي</translation>
    </message>
    <message>
        <source>Tell us about your car and we compare it with similar cars in stock. You do not need to leave any contact details.</source>
        <translation>أخبرنا عن سيارتك وسنقارنها بسيارات مشابهة في المخزون. لا حاجة لترك أي بيانات اتصال.</translation>
    </message>
    <message>
        <source>VIN (optional): fills in the year and the maker</source>
        <translation>رقم الهيكل (اختياري): يملأ سنة الطراز والشركة المصنّعة</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>اقرأ</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>الماركة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>سنة الطراز</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>ممتازة</translation>
    </message>
    <message>
        <source>Like new: no marks, full service history.</source>
        <translation>كالجديدة: بلا آثار، وسجل صيانة كامل.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Normal wear for its age, serviced on time.</source>
        <translation>استهلاك طبيعي لعمرها، وصيانة في موعدها.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Visible marks or repairs due.</source>
        <translation>آثار ظاهرة أو إصلاحات مستحقة.</translation>
    </message>
    <message>
        <source>See what it is worth</source>
        <translation>اعرف قيمتها</translation>
    </message>
    <message>
        <source>The estimate appears here. It rests on cars like yours in stock in this market, adjusted for year, mileage and condition.</source>
        <translation>يظهر التقدير هنا. يستند إلى سيارات مشابهة لسيارتك في مخزون هذا السوق، مع تعديل حسب السنة والمسافة المقطوعة والحالة.</translation>
    </message>
    <message>
        <source>Comparing with the cars in stock…</source>
        <translation>جارٍ المقارنة مع السيارات في المخزون…</translation>
    </message>
    <message>
        <source>Your car is worth about</source>
        <translation>قيمة سيارتك تقريبًا</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n cars in stock</source>
        <translation>
            <numerusform>استنادًا إلى %n سيارة في المخزون</numerusform>
            <numerusform>استنادًا إلى سيارة واحدة في المخزون</numerusform>
            <numerusform>استنادًا إلى سيارتين في المخزون</numerusform>
            <numerusform>استنادًا إلى %n سيارات في المخزون</numerusform>
            <numerusform>استنادًا إلى %n سيارة في المخزون</numerusform>
            <numerusform>استنادًا إلى %n سيارة في المخزون</numerusform>
        </translation>
    </message>
    <message>
        <source>The closest cars in stock</source>
        <translation>أقرب السيارات في المخزون</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message>
        <source>A product expert confirms the value when they see the car.</source>
        <translation>يؤكد خبير المنتج القيمة عندما يرى السيارة.</translation>
    </message>
    <message>
        <source>An expert will value your car</source>
        <translation>سيقيّم خبير سيارتك</translation>
    </message>
    <message>
        <source>We have too few cars like yours in stock to give a fair figure. A product expert can look at it with you.</source>
        <translation>لدينا عدد قليل جدًا من السيارات المشابهة لسيارتك في المخزون لإعطاء رقم عادل. يمكن لخبير المنتج فحصها معك.</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>اسأل خبيرًا</translation>
    </message>
    <message>
        <source>Mileage (miles)</source>
        <translation>المسافة المقطوعة (ميل)</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>المسافة المقطوعة (كم)</translation>
    </message>
    <message>
        <source>Leave it out of my monthly plans</source>
        <translation>لا تحتسبها في خططي الشهرية</translation>
    </message>
    <message>
        <source>Count it in my monthly plans</source>
        <translation>احتسبها في خططي الشهرية</translation>
    </message>
    <message>
        <source>Every monthly plan now counts your car at the low end of this estimate, as part of the deposit.</source>
        <translation>تحتسب كل خطة شهرية الآن سيارتك بالحد الأدنى لهذا التقدير كجزء من الدفعة الأولى.</translation>
    </message>
</context>
<context>
    <name>TradeInValuation</name>
    <message>
        <source>This VIN tells us nothing we can use. Please check it, or enter the car below.</source>
        <translation>لا يخبرنا رقم الهيكل هذا بشيء مفيد. يرجى التحقق منه أو إدخال بيانات السيارة أدناه.</translation>
    </message>
    <message>
        <source>Model year %1 from the VIN. The VIN itself is not kept.</source>
        <translation>سنة الطراز %1 من رقم الهيكل. لا يُحفظ رقم الهيكل نفسه.</translation>
    </message>
    <message>
        <source>%1, model year %2, from the VIN. The VIN itself is not kept.</source>
        <translation>%1، سنة الطراز %2، من رقم الهيكل. لا يُحفظ رقم الهيكل نفسه.</translation>
    </message>
    <message>
        <source>%1 from the VIN. The VIN itself is not kept.</source>
        <translation>%1 من رقم الهيكل. لا يُحفظ رقم الهيكل نفسه.</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>ممتازة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>ميل</translation>
    </message>
    <message>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <source>Brings a %1 %2, %3, %4 %5, %6</source>
        <translation>يحضر %1 %2، %3، %4 %5، %6</translation>
    </message>
    <message>
        <source>%1: too few cars like it in stock for an estimate; to be valued</source>
        <translation>%1: عدد السيارات المماثلة في المخزون قليل جدًا للتقدير؛ يلزم التقييم</translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars, counted in the deposit</source>
        <translation>
            <numerusform>%1: تقدير %2 بناءً على %n سيارة، محتسب في الدفعة الأولى</numerusform>
            <numerusform>%1: تقدير %2 بناءً على سيارة واحدة، محتسب في الدفعة الأولى</numerusform>
            <numerusform>%1: تقدير %2 بناءً على سيارتين، محتسب في الدفعة الأولى</numerusform>
            <numerusform>%1: تقدير %2 بناءً على %n سيارات، محتسب في الدفعة الأولى</numerusform>
            <numerusform>%1: تقدير %2 بناءً على %n سيارة، محتسب في الدفعة الأولى</numerusform>
            <numerusform>%1: تقدير %2 بناءً على %n سيارة، محتسب في الدفعة الأولى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars</source>
        <translation>
            <numerusform>%1: تقدير %2 بناءً على %n سيارة</numerusform>
            <numerusform>%1: تقدير %2 بناءً على سيارة واحدة</numerusform>
            <numerusform>%1: تقدير %2 بناءً على سيارتين</numerusform>
            <numerusform>%1: تقدير %2 بناءً على %n سيارات</numerusform>
            <numerusform>%1: تقدير %2 بناءً على %n سيارة</numerusform>
            <numerusform>%1: تقدير %2 بناءً على %n سيارة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>مستعملة معتمدة</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>مستعملة</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>VehicleDetailPage</name>
    <message>
        <source>Total price</source>
        <translation>السعر الإجمالي</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>QR code: directions to %1</source>
        <translation>رمز QR: الاتجاهات إلى %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <source>QR code: this car on your phone</source>
        <translation>رمز QR: هذه السيارة على هاتفك</translation>
    </message>
    <message>
        <source>Take this car with you: scan to see it on your phone.</source>
        <translation>خذ هذه السيارة معك: امسح الرمز لتراها على هاتفك.</translation>
    </message>
    <message>
        <source>Hold this car</source>
        <translation>احجز هذه السيارة</translation>
    </message>
    <message>
        <source>An expert will come to you to hold this car.</source>
        <translation>سيأتي إليك أحد خبرائنا لحجز هذه السيارة.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>يُرجى التحدث إلى أي من أعضاء فريقنا، فقد تعذّر إرسال طلبك من هذه الشاشة.</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>اسأل خبيرًا</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>سيكون أحد خبرائنا معك بعد قليل.</translation>
    </message>
    <message>
        <source>In the comparison (%1 of 3)</source>
        <translation>ضمن المقارنة (%1 من 3)</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>إضافة إلى المقارنة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>احجز تجربة قيادة</translation>
    </message>
    <message>
        <source>This car is no longer in stock. What you see is how it was listed — an expert can suggest a similar one.</source>
        <translation>لم تعد هذه السيارة في المخزون. ما تراه هو كما كانت معروضة — يمكن لأحد الخبراء أن يقترح عليك سيارة مشابهة.</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>قيّم سيارتي</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>صور %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>الصورة %1 من %2</translation>
    </message>
</context>
<context>
    <name>VisitSuggestions</name>
    <message>
        <source>Same model, driven less: %1</source>
        <translation>الطراز نفسه، مسافة أقل: %1</translation>
    </message>
    <message>
        <source>Same body, %1 less</source>
        <translation>الهيكل نفسه، أقل بمبلغ %1</translation>
    </message>
    <message>
        <source>With your car counted: %1 a month</source>
        <translation>مع احتساب سيارتك: %1 شهريًا</translation>
    </message>
    <message>
        <source>In the colour you chose</source>
        <translation>باللون الذي اخترته</translation>
    </message>
    <message>
        <source>The body you looked for</source>
        <translation>نوع الهيكل الذي بحثت عنه</translation>
    </message>
</context>
</TS>
