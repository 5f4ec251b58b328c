<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>專家馬上就來。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>請直接詢問我們的任何一位同仁——此螢幕未能送出您的請求。</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>您可以繼續瀏覽，無需留下任何聯絡方式。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>慢慢來。瀏覽車款、打造您的專屬座駕，或預約試駕——一切依您的步調。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation><numerusform>%1 · 附近有 %n 輛現車</numerusform></translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>旗艦車款</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>查找庫存車輛</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>新車與原廠認證中古車，就在您附近</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>打造您的座駕</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>顏色、輪圈、內裝、價格</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>選擇適合您的日期與時間</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>我們的專家會來找您</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Find a car in stock</source>
        <translation>查找庫存車輛</translation>
    </message>
    <message>
        <source>Choose a model line to see the cars waiting in our studios and at partner dealers.</source>
        <translation>選擇一個車系，查看我們展間與合作經銷商的現車。</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>打造您的座駕</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>從選擇車系開始。每一項選擇在確認前都會顯示價格。</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>請選擇您希望出發的展間。我們只詢問試駕所需的資訊。</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1——您所在的位置</translation>
    </message>
</context>
</TS>