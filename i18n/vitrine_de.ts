<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>Eine Expertin oder einen Experten fragen</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>Gleich ist jemand aus unserem Team bei Ihnen.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>Bitte sprechen Sie jemanden aus unserem Team an – Ihre Anfrage konnte von diesem Bildschirm nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>Schauen Sie sich in der Zwischenzeit gern weiter um. Kontaktdaten brauchen Sie keine zu hinterlassen.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>Nehmen Sie sich Zeit. Entdecken Sie die Fahrzeuge, stellen Sie Ihr eigenes zusammen oder machen Sie eine Probefahrt – in Ihrem Tempo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation><numerusform>%1 · %n Fahrzeug vorrätig in Ihrer Nähe</numerusform><numerusform>%1 · %n Fahrzeuge vorrätig in Ihrer Nähe</numerusform></translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>Das Spitzenmodell der Baureihe</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>Fahrzeug im Bestand finden</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>Neu und geprüft gebraucht, in Ihrer Nähe</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>Ihr Fahrzeug konfigurieren</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>Farbe, Räder, Innenraum, Preis</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>Tag und Uhrzeit nach Ihrem Wunsch</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Eine Expertin oder einen Experten fragen</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>Jemand kommt zu Ihnen</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Find a car in stock</source>
        <translation>Fahrzeug im Bestand finden</translation>
    </message>
    <message>
        <source>Choose a model line to see the cars waiting in our studios and at partner dealers.</source>
        <translation>Wählen Sie eine Baureihe, um die Fahrzeuge in unseren Studios und bei Partnerhändlern zu sehen.</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>Ihr Fahrzeug konfigurieren</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>Beginnen Sie mit einer Baureihe. Jede Wahl zeigt ihren Preis, bevor Sie sie treffen.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>Book a test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>Wählen Sie das Studio, in dem Sie starten möchten. Wir fragen nur, was eine Probefahrt braucht.</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1 – Sie sind hier</translation>
    </message>
</context>
</TS>