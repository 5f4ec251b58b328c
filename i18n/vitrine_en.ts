<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation><numerusform>%1 · %n car in stock nearby</numerusform><numerusform>%1 · %n cars in stock nearby</numerusform></translation>
    </message>
</context>
</TS>