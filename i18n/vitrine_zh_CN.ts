<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>专家马上就来。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>请直接询问我们的任何一位员工——此屏幕未能发送您的请求。</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>您可以继续浏览，无需留下任何联系方式。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>慢慢来。浏览车型、定制您的专属座驾，或预约试驾——一切按您的节奏。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation><numerusform>%1 · 附近有 %n 辆现车</numerusform></translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>旗舰车型</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>查找库存车辆</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>新车与官方认证二手车，就在您附近</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>定制您的座驾</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>颜色、轮毂、内饰、价格</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>选择适合您的日期和时间</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>我们的专家会来找您</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Find a car in stock</source>
        <translation>查找库存车辆</translation>
    </message>
    <message>
        <source>Choose a model line to see the cars waiting in our studios and at partner dealers.</source>
        <translation>选择一个车系，查看我们展厅和合作经销商的现车。</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>定制您的座驾</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>从选择车系开始。每一项选择在确认前都会显示价格。</translation>
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
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>请选择您希望出发的展厅。我们只询问试驾所需的信息。</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1——您所在的位置</translation>
    </message>
</context>
</TS>