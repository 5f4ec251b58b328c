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
    <name>DriveBooking</name>
    <message numerus="yes">
        <source>%n time(s) free</source>
        <translation>
            <numerusform>%n time free</numerusform>
            <numerusform>%n times free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We use it only to reach you about this drive, and delete it %n day(s) after the drive.</source>
        <translation>
            <numerusform>We use it only to reach you about this drive, and delete it %n day after the drive.</numerusform>
            <numerusform>We use it only to reach you about this drive, and delete it %n days after the drive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio's system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.</source>
        <translation>
            <numerusform>Privacy notice: your name and contact are stored on this studio's system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day after the event. You can give your place back at any time with your code.</numerusform>
            <numerusform>Privacy notice: your name and contact are stored on this studio's system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n days after the event. You can give your place back at any time with your code.</numerusform>
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
    <name>FinanceQuote</name>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down, %3 APR, finance charge %4</source>
        <translation>
            <numerusform>%1 a month for %n month, %2 down, %3 APR, finance charge %4</numerusform>
            <numerusform>%1 a month for %n months, %2 down, %3 APR, finance charge %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</source>
        <translation>
            <numerusform>%1 a month for %n month, %2 down payment, annualised rate %3, total interest and fees %4</numerusform>
            <numerusform>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 a month for %n month, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</numerusform>
            <numerusform>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 a month for %n month, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</numerusform>
            <numerusform>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly payments of</source>
        <translation>
            <numerusform>%n monthly payment of</numerusform>
            <numerusform>%n monthly payments of</numerusform>
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
    <name>InsightWording</name>
    <message numerus="yes">
        <source>%n filters for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n filter for %1 found no car in stock.</numerusform>
            <numerusform>%n filters for %1 found no car in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n searches for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n search for %1 found no car in stock.</numerusform>
            <numerusform>%n searches for %1 found no car in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test drives of %1 on %2 were fully booked for %n visits.</source>
        <translation>
            <numerusform>Test drives of %1 on %2 were fully booked for %n visit.</numerusform>
            <numerusform>Test drives of %1 on %2 were fully booked for %n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock source %1 has failed %n times since %2.</source>
        <translation>
            <numerusform>The stock source %1 has failed %n time since %2.</numerusform>
            <numerusform>The stock source %1 has failed %n times since %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</source>
        <translation>
            <numerusform>%1 was viewed in %2 visits and booked for a test drive %n time: viewed %3 times as often as it is driven.</numerusform>
            <numerusform>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</numerusform>
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
    <name>SearchField</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1, %n car</numerusform>
            <numerusform>%1, %n cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffInsights</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>%n table written to %1.</numerusform>
            <numerusform>%n tables written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n place taken</numerusform>
            <numerusform>%n places taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
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
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockFreshness</name>
    <message numerus="yes">
        <source>Stock updated %n minutes ago</source>
        <translation>
            <numerusform>Stock updated %n minute ago</numerusform>
            <numerusform>Stock updated %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioEvents</name>
    <message numerus="yes">
        <source>%1: %2. Tell the %n people who joined.</source>
        <translation>
            <numerusform>%1: %2. Tell the %n person who joined.</numerusform>
            <numerusform>%1: %2. Tell the %n people who joined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSources</name>
    <message numerus="yes">
        <source>%n sources need attention: failing for more than %1.</source>
        <translation>
            <numerusform>%n source needs attention: failing for more than %1.</numerusform>
            <numerusform>%n sources need attention: failing for more than %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all working.</source>
        <translation>
            <numerusform>%n source, working.</numerusform>
            <numerusform>%n sources, all working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out of the last feed: %n records</source>
        <translation>
            <numerusform>Left out of the last feed: %n record</numerusform>
            <numerusform>Left out of the last feed: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the sources failed at the last attempt and will be tried again as planned.</source>
        <translation>
            <numerusform>%n source failed at the last attempt and will be tried again as planned.</numerusform>
            <numerusform>%n sources failed at the last attempt and will be tried again as planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDrivePage</name>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio's system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.</source>
        <translation>
            <numerusform>Privacy notice: your name and contact are stored on this studio's system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day after the drive. You can cancel at any time with your booking code.</numerusform>
            <numerusform>Privacy notice: your name and contact are stored on this studio's system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n days after the drive. You can cancel at any time with your booking code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradeInPage</name>
    <message numerus="yes">
        <source>Based on %n cars in stock</source>
        <translation>
            <numerusform>Based on %n car in stock</numerusform>
            <numerusform>Based on %n cars in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradeInValuation</name>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars, counted in the deposit</source>
        <translation>
            <numerusform>%1: estimated %2 on %n car, counted in the deposit</numerusform>
            <numerusform>%1: estimated %2 on %n cars, counted in the deposit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars</source>
        <translation>
            <numerusform>%1: estimated %2 on %n car</numerusform>
            <numerusform>%1: estimated %2 on %n cars</numerusform>
        </translation>
    </message>
</context>
</TS>
