<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Configurator</name>
    <message numerus="yes">
        <source>Changes %n other choice(s)</source>
        <translation>
            <numerusform>Changes %n other choice</numerusform>
            <numerusform>Changes %n other choices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1, %n car</numerusform>
            <numerusform>%1, %n cars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message numerus="yes">
        <source>No car matches all of these. Without %1 there are %n cars.</source>
        <translation>
            <numerusform>No car matches all of these. Without %1 there is %n car.</numerusform>
            <numerusform>No car matches all of these. Without %1 there are %n cars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare %n cars</source>
        <translation>
            <numerusform>Compare %n car</numerusform>
            <numerusform>Compare %n cars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation>
            <numerusform>%1 · %n car in stock nearby</numerusform>
            <numerusform>%1 · %n cars in stock nearby</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleDetailPage</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
</TS>
