<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibilityPage</name>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Every text on every page, a third larger.</source>
        <translation>Alle Texte auf allen Seiten, um ein Drittel größer.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Stronger colours and clearer edges.</source>
        <translation>Kräftigere Farben und klarere Kanten.</translation>
    </message>
    <message>
        <source>Within reach</source>
        <translation>In Reichweite</translation>
    </message>
    <message>
        <source>On a tall screen, everything moves into the lower part, within reach from a wheelchair.</source>
        <translation>Auf einem hohen Bildschirm rückt alles in den unteren Teil – in Reichweite vom Rollstuhl aus.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Speak aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>The screen says what your finger touches. Swipe right or left to move, double tap to choose. Also: hold two fingers on the screen for two seconds.</source>
        <translation>Der Bildschirm sagt, was Ihr Finger berührt. Nach rechts oder links wischen zum Wechseln, doppelt tippen zum Auswählen. Oder: zwei Finger zwei Sekunden auf den Bildschirm halten.</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Lautstärke %1 %</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>In this studio, only into headphones.</source>
        <translation>In diesem Studio nur über Kopfhörer.</translation>
    </message>
    <message>
        <source>Plug headphones into the socket of this screen to hear it. Nothing is said out loud here.</source>
        <translation>Stecken Sie Kopfhörer in die Buchse dieses Bildschirms, um ihn zu hören. Hier wird nichts laut gesagt.</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch to explore</source>
        <translation>Zum Entdecken berühren</translation>
    </message>
    <message>
        <source>To hear the screen: plug in headphones, then hold two fingers on it for two seconds.</source>
        <translation>Um den Bildschirm zu hören: Kopfhörer einstecken, dann zwei Finger zwei Sekunden lang auf den Bildschirm legen.</translation>
    </message>
    <message>
        <source>To hear the screen: hold two fingers on it for two seconds.</source>
        <translation>Um den Bildschirm zu hören: zwei Finger zwei Sekunden lang auf den Bildschirm legen.</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>Als Nächstes hier: %1, %2</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Davor: %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>davor: %1</translation>
    </message>
</context>
<context>
    <name>BuildSummary</name>
    <message>
        <source>Included</source>
        <translation>Inbegriffen</translation>
    </message>
    <message>
        <source>of which %1 (%2 %)</source>
        <translation>davon %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>BuildSummaryPage</name>
    <message>
        <source>Total price</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>QR code: this build on your phone</source>
        <translation>QR-Code: diese Konfiguration auf Ihrem Telefon</translation>
    </message>
    <message>
        <source>Your configuration code</source>
        <translation>Ihr Konfigurationscode</translation>
    </message>
    <message>
        <source>Scan it, or give the code to any of our studios to open this exact car.</source>
        <translation>Scannen Sie ihn oder nennen Sie den Code in jedem unserer Studios, um genau dieses Auto zu öffnen.</translation>
    </message>
    <message>
        <source>See similar cars in stock</source>
        <translation>Ähnliche Autos auf Lager ansehen</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>Etwas ändern</translation>
    </message>
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
        <source>Book a test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>It also carries your car&apos;s estimate, counted in the deposit.</source>
        <translation>Er enthält auch die Schätzung Ihres Autos, angerechnet auf die Anzahlung.</translation>
    </message>
</context>
<context>
    <name>CarFacts</name>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>%1 kW (%2 hp)</source>
        <translation>%1 kW (%2 PS)</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0–100 km/h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Höchst­geschwindigkeit</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>Range (WLTP)</source>
        <translation>Reichweite (WLTP)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sitze</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Kofferraum</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 l</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Driver assistance</source>
        <translation>Fahrerassistenz</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Komfort</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>Innenraum</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>Exterieur</translation>
    </message>
    <message>
        <source>Sound and screens</source>
        <translation>Sound und Bildschirme</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Vehicle, before taxes</source>
        <translation>Fahrzeug, vor Steuern</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>kWh/100 km</source>
        <translation>kWh/100 km</translation>
    </message>
    <message>
        <source>l/100 km</source>
        <translation>l/100 km</translation>
    </message>
</context>
<context>
    <name>CarPictures</name>
    <message>
        <source>Photo %1 of %2: %3</source>
        <translation>Foto %1 von %2: %3</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Zeichnung: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto: %1</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>%1 aus dem Vergleich entfernen</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Year, mileage, condition</source>
        <translation>Jahr, Laufleistung, Zustand</translation>
    </message>
    <message>
        <source>Colour, interior, wheels</source>
        <translation>Farbe, Innenraum, Räder</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Not sold in this market</source>
        <translation>In diesem Markt nicht erhältlich</translation>
    </message>
    <message>
        <source>Complete price: taxes and fees included</source>
        <translation>Gesamtpreis: Steuern und Gebühren inbegriffen</translation>
    </message>
    <message>
        <source>Changing to %1 also changes</source>
        <translation>Der Wechsel zu %1 ändert auch</translation>
    </message>
    <message>
        <source>Removing %1 also changes</source>
        <translation>Das Entfernen von %1 ändert auch</translation>
    </message>
    <message>
        <source>Adding %1 also changes</source>
        <translation>Das Hinzufügen von %1 ändert auch</translation>
    </message>
    <message>
        <source>Your complete price: %1 (%2)</source>
        <translation>Ihr Gesamtpreis: %1 (%2)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Now included</source>
        <translation>Jetzt inbegriffen</translation>
    </message>
    <message>
        <source>Now charged separately</source>
        <translation>Jetzt separat berechnet</translation>
    </message>
    <message>
        <source>You took it off.</source>
        <translation>Sie haben es entfernt.</translation>
    </message>
    <message>
        <source>%1 needs it.</source>
        <translation>%1 setzt es voraus.</translation>
    </message>
    <message>
        <source>It needs %1, which is no longer on the car.</source>
        <translation>Es setzt %1 voraus, das nicht mehr am Auto ist.</translation>
    </message>
    <message>
        <source>It cannot be combined with %1.</source>
        <translation>Es ist nicht mit %1 kombinierbar.</translation>
    </message>
    <message>
        <source>There is room for one: %1 takes its place.</source>
        <translation>Es ist nur eines möglich: %1 tritt an seine Stelle.</translation>
    </message>
    <message>
        <source>It comes with %1.</source>
        <translation>Es ist in %1 enthalten.</translation>
    </message>
    <message>
        <source>It came with %1, which is no longer on the car.</source>
        <translation>Es war in %1 enthalten, das nicht mehr am Auto ist.</translation>
    </message>
    <message>
        <source>The package holds something that cannot be combined with %1.</source>
        <translation>Das Paket enthält etwas, das nicht mit %1 kombinierbar ist.</translation>
    </message>
    <message>
        <source>Standard on this version, at no extra cost.</source>
        <translation>Serienmäßig bei dieser Version, ohne Aufpreis.</translation>
    </message>
    <message>
        <source>Standard on the previous version only.</source>
        <translation>Nur bei der vorherigen Version serienmäßig.</translation>
    </message>
    <message>
        <source>Not offered on this version.</source>
        <translation>Für diese Version nicht erhältlich.</translation>
    </message>
    <message>
        <source>Offered with %1.</source>
        <translation>Erhältlich mit %1.</translation>
    </message>
    <message>
        <source>The version&apos;s standard choice.</source>
        <translation>Die Standardwahl dieser Version.</translation>
    </message>
    <message>
        <source>Every car needs one of these.</source>
        <translation>Jedes Auto braucht eines davon.</translation>
    </message>
    <message>
        <source>This choice is not in the catalog.</source>
        <translation>Diese Auswahl ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inbegriffen</translation>
    </message>
    <message numerus="yes">
        <source>Changes %n other choice(s)</source>
        <translation>
            <numerusform>Ändert %n weitere Auswahl</numerusform>
            <numerusform>Ändert %n weitere Auswahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Metallic</source>
        <translation>Metallic</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Matt</translation>
    </message>
    <message>
        <source>Pearl</source>
        <translation>Perleffekt</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Uni</translation>
    </message>
    <message>
        <source>The catalog is not loaded yet.</source>
        <translation>Der Katalog ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>This code has a typing mistake or is incomplete. Please check each character.</source>
        <translation>Dieser Code enthält einen Tippfehler oder ist unvollständig. Bitte prüfen Sie jedes Zeichen.</translation>
    </message>
    <message>
        <source>A choice</source>
        <translation>Eine Auswahl</translation>
    </message>
    <message>
        <source>The model of this code is no longer offered; this is the closest one today.</source>
        <translation>Das Modell dieses Codes wird nicht mehr angeboten; dies ist heute das nächstliegende.</translation>
    </message>
    <message>
        <source>The version of this code is no longer offered; this is the closest one today.</source>
        <translation>Die Version dieses Codes wird nicht mehr angeboten; dies ist heute die nächstliegende.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>%1 is no longer offered; %2 takes its place.</source>
        <translation>%1 wird nicht mehr angeboten; %2 tritt an seine Stelle.</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>%1 ist bei dieser Konfiguration nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Prices or rules have changed since this code was made; everything shown is today&apos;s.</source>
        <translation>Preise oder Regeln haben sich seit der Erstellung dieses Codes geändert; alles Gezeigte ist aktuell.</translation>
    </message>
    <message>
        <source>Amounts include taxes, as your complete price does.</source>
        <translation>Die Beträge enthalten Steuern, wie Ihr Gesamtpreis.</translation>
    </message>
    <message>
        <source>This code counts a car in part-exchange at %1 in the deposit, an estimate a product expert confirms.</source>
        <translation>Dieser Code rechnet ein Auto in Zahlung mit %1 auf die Anzahlung an – eine Schätzung, die ein Produktexperte bestätigt.</translation>
    </message>
</context>
<context>
    <name>ConfiguratorPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>Räder</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>Innenraum</translation>
    </message>
    <message>
        <source>Packages and options</source>
        <translation>Pakete und Optionen</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>Ihr Fahrzeug konfigurieren</translation>
    </message>
    <message>
        <source>Choose a model to begin.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>See your car</source>
        <translation>Ihr Auto ansehen</translation>
    </message>
    <message>
        <source>Keep my car as it was</source>
        <translation>Mein Auto so lassen</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Make these changes</source>
        <translation>Diese Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>Monatsrate</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <translation>Ihr Name enthält unsichtbare Zeichen (etwa einen Tabulator oder einen Zeilenumbruch). Bitte geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Please enter your name, so that we can greet you.</source>
        <translation>Bitte geben Sie Ihren Namen ein, damit wir Sie begrüßen können.</translation>
    </message>
    <message>
        <source>Please shorten your name to at most 100 characters.</source>
        <translation>Bitte kürzen Sie Ihren Namen auf höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>A name has no digits. Please enter your name only.</source>
        <translation>Ein Name enthält keine Ziffern. Bitte geben Sie nur Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your name.</source>
        <translation>Bitte verwenden Sie in Ihrem Namen nur Buchstaben, Leerzeichen, Bindestriche und Apostrophe.</translation>
    </message>
    <message>
        <source>Please enter your name in letters.</source>
        <translation>Bitte geben Sie Ihren Namen in Buchstaben ein.</translation>
    </message>
    <message>
        <source>The phone number contains invisible characters. Please type it again.</source>
        <translation>Die Telefonnummer enthält unsichtbare Zeichen. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Please enter your phone number.</source>
        <translation>Bitte geben Sie Ihre Telefonnummer ein.</translation>
    </message>
    <message>
        <source>This is too long for a phone number. Please check it.</source>
        <translation>Das ist zu lang für eine Telefonnummer. Bitte überprüfen Sie sie.</translation>
    </message>
    <message>
        <source> For example: %1.</source>
        <translation> Zum Beispiel: %1.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Please type the digits of your number.</source>
        <translation>Das sieht nicht nach einer Telefonnummer aus. Bitte geben Sie die Ziffern Ihrer Nummer ein.</translation>
    </message>
    <message>
        <source>No phone number like this exists. Please check the digits after the country code.</source>
        <translation>Eine solche Telefonnummer gibt es nicht. Bitte prüfen Sie die Ziffern nach der Ländervorwahl.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. For a number from another country, start with + and its country code.</source>
        <translation>Dies ist keine gültige Telefonnummer für das Land %1. Für eine Nummer aus einem anderen Land beginnen Sie bitte mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number (premium-rate, toll-free, pager). Please give your mobile or home number.</source>
        <translation>Diese Art von Nummer können wir nicht anrufen (Mehrwertdienst, gebührenfrei, Pager). Bitte nennen Sie uns Ihre Mobil- oder Festnetznummer.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com. Please check yours.</source>
        <translation>Eine E-Mail-Adresse sieht so aus: name@example.com. Bitte überprüfen Sie Ihre Adresse.</translation>
    </message>
    <message>
        <source>The e-mail address contains invisible characters. Please type it again.</source>
        <translation>Die E-Mail-Adresse enthält unsichtbare Zeichen. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This is too long for an e-mail address. Please check it.</source>
        <translation>Das ist zu lang für eine E-Mail-Adresse. Bitte überprüfen Sie sie.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces. Please check yours.</source>
        <translation>Eine E-Mail-Adresse enthält keine Leerzeichen. Bitte überprüfen Sie Ihre Adresse.</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain (like example.com). Please check it.</source>
        <translation>Der Teil nach dem @ ist keine gültige Domain (wie example.com). Bitte überprüfen Sie ihn.</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to book a test drive. Marketing messages are a separate choice.</source>
        <translation>Bitte akzeptieren Sie den Datenschutzhinweis, um eine Probefahrt zu buchen. Über Marketing-Nachrichten entscheiden Sie davon getrennt.</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to take your place. Marketing messages are a separate choice.</source>
        <translation>Bitte akzeptieren Sie den Datenschutzhinweis, um Ihren Platz zu nehmen. Über Marketing-Nachrichten entscheiden Sie davon getrennt.</translation>
    </message>
</context>
<context>
    <name>DriveAgenda</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Contact details deleted</source>
        <translation>Kontaktdaten gelöscht</translation>
    </message>
    <message>
        <source> (stock car)</source>
        <translation> (Bestandsfahrzeug)</translation>
    </message>
    <message>
        <source>Not possible at this point of the drive (a no-show is marked once its time has begun).</source>
        <translation>Zu diesem Zeitpunkt der Probefahrt nicht möglich („Nicht erschienen“ wird erst markiert, wenn die Fahrtzeit begonnen hat).</translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation>Das konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That time was just taken. Please choose another.</source>
        <translation>Diese Uhrzeit wurde gerade vergeben. Bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>This drive cannot be moved to that time.</source>
        <translation>Diese Probefahrt kann nicht auf diese Uhrzeit verschoben werden.</translation>
    </message>
    <message>
        <source>The studio hub did not keep this booking: %1</source>
        <translation>Der Hub des Studios hat diese Buchung nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Not at the studio hub yet: it goes there as soon as the hub can be reached.</source>
        <translation>Noch nicht beim Hub des Studios: Die Buchung geht dorthin, sobald der Hub erreichbar ist.</translation>
    </message>
    <message>
        <source>The studio hub gave this time to another booking. Call the visitor and move the drive to one of the nearest free times.</source>
        <translation>Der Hub des Studios hat diese Zeit an eine andere Buchung vergeben. Rufen Sie den Besucher an und verschieben Sie die Fahrt auf eine der nächsten freien Zeiten.</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: the free times cannot be read now.</source>
        <translation>Der Hub des Studios ist nicht erreichbar: Die freien Zeiten können gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: please try again in a moment.</source>
        <translation>Der Hub des Studios ist nicht erreichbar: Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>DriveBooking</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>Dieses Studio</translation>
    </message>
    <message>
        <source>No times left</source>
        <translation>Keine Termine mehr frei</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Ausgebucht</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) free</source>
        <translation>
            <numerusform>%n Termin frei</numerusform>
            <numerusform>%n Termine frei</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>The studio is closed that day.</source>
        <translation>An diesem Tag ist das Studio geschlossen.</translation>
    </message>
    <message>
        <source>No times are left that day. Please choose another day.</source>
        <translation>An diesem Tag sind keine Termine mehr frei. Bitte wählen Sie einen anderen Tag.</translation>
    </message>
    <message numerus="yes">
        <source>We use it only to reach you about this drive, and delete it %n day(s) after the drive.</source>
        <translation>
            <numerusform>Wir verwenden sie nur, um Sie wegen dieser Probefahrt zu kontaktieren, und löschen sie %n Tag nach der Fahrt.</numerusform>
            <numerusform>Wir verwenden sie nur, um Sie wegen dieser Probefahrt zu kontaktieren, und löschen sie %n Tage nach der Fahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a time first.</source>
        <translation>Bitte wählen Sie zuerst eine Uhrzeit.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte überprüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Someone has just booked this time. Please choose another one; your details stay filled in.</source>
        <translation>Diese Uhrzeit wurde soeben von jemand anderem gebucht. Bitte wählen Sie eine andere; Ihre Angaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Another screen is booking at this moment. Please tap Book again.</source>
        <translation>Ein anderer Bildschirm bucht gerade. Bitte tippen Sie noch einmal auf „Buchen“.</translation>
    </message>
    <message>
        <source>The booking could not be saved on this screen. Please ask any of our team.</source>
        <translation>Die Buchung konnte auf diesem Bildschirm nicht gespeichert werden. Bitte sprechen Sie jemanden aus unserem Team an.</translation>
    </message>
    <message>
        <source>There is no drive with this code. Please check each character.</source>
        <translation>Zu diesem Code gibt es keine Probefahrt. Bitte prüfen Sie jedes Zeichen.</translation>
    </message>
    <message>
        <source>This drive can no longer be cancelled here; please call the studio.</source>
        <translation>Diese Probefahrt kann hier nicht mehr storniert werden; bitte rufen Sie das Studio an.</translation>
    </message>
    <message>
        <source>The drive could not be cancelled on this screen. Please ask any of our team.</source>
        <translation>Die Probefahrt konnte auf diesem Bildschirm nicht storniert werden. Bitte sprechen Sie jemanden aus unserem Team an.</translation>
    </message>
    <message>
        <source>Your drive on %1 is cancelled.</source>
        <translation>Ihre Probefahrt am %1 ist storniert.</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Ausgebucht</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Spoken in %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Diese Veranstaltung ist abgesagt.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>Diese Veranstaltung ist ausgebucht.</translation>
    </message>
    <message>
        <source>No sign-up needed: simply come by.</source>
        <translation>Keine Anmeldung nötig: Kommen Sie einfach vorbei.</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Zu Ihrem Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Join: we only need a name and one way to reach you.</source>
        <translation>Teilnehmen: Wir brauchen nur einen Namen und einen Weg, Sie zu erreichen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>Ihre Telefonnummer oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this event.</source>
        <translation>Ich habe den Datenschutzhinweis gelesen und bin einverstanden, dass mein Name und mein Kontakt für diese Veranstaltung gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.</source>
        <translation>
            <numerusform>Datenschutzhinweis: Ihr Name und Ihr Kontakt werden im System dieses Studios nur für Ihren Platz bei dieser Veranstaltung gespeichert. Sie werden nie anderen Besuchern gezeigt oder für Werbung genutzt, außer Sie kreuzen das Feld unten an, und %n Tag nach der Veranstaltung gelöscht. Mit Ihrem Code können Sie Ihren Platz jederzeit zurückgeben.</numerusform>
            <numerusform>Datenschutzhinweis: Ihr Name und Ihr Kontakt werden im System dieses Studios nur für Ihren Platz bei dieser Veranstaltung gespeichert. Sie werden nie anderen Besuchern gezeigt oder für Werbung genutzt, außer Sie kreuzen das Feld unten an, und %n Tage nach der Veranstaltung gelöscht. Mit Ihrem Code können Sie Ihren Platz jederzeit zurückgeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>Optional: Ich möchte über neue Modelle und Veranstaltungen informiert werden.</translation>
    </message>
    <message>
        <source>Join this event</source>
        <translation>An dieser Veranstaltung teilnehmen</translation>
    </message>
    <message>
        <source>You have a place. Your code:</source>
        <translation>Ihr Platz ist reserviert. Ihr Code:</translation>
    </message>
    <message>
        <source>Keep the code: with it you can give your place back here or by calling the studio.</source>
        <translation>Bewahren Sie den Code auf: Damit können Sie Ihren Platz hier oder telefonisch beim Studio zurückgeben.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep a place. Our team can sign you up at the desk.</source>
        <translation>Dieser Bildschirm erreicht das System des Studios gerade nicht und kann deshalb keinen Platz reservieren. Unser Team meldet Sie gern am Empfang an.</translation>
    </message>
    <message>
        <source>Your place on your phone</source>
        <translation>Ihr Platz auf Ihrem Telefon</translation>
    </message>
    <message>
        <source>Your place on your phone: the details, the calendar, and giving it back.</source>
        <translation>Ihr Platz auf Ihrem Telefon: die Einzelheiten, der Kalendereintrag und die Rückgabe.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>What&apos;s on</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Spoken in</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Nothing planned this week that fits. Try another week, or all kinds and languages.</source>
        <translation>Diese Woche ist nichts Passendes geplant. Versuchen Sie eine andere Woche oder alle Arten und Sprachen.</translation>
    </message>
    <message>
        <source>Have a place and cannot come? Give it back with your code</source>
        <translation>Sie haben einen Platz und können nicht kommen? Geben Sie ihn mit Ihrem Code zurück</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Ihr Code</translation>
    </message>
</context>
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
    <name>FilterChip</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1, %n Fahrzeug</numerusform>
            <numerusform>%1, %n Fahrzeuge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>Schlussrate</translation>
    </message>
    <message>
        <source>Your car in part-exchange</source>
        <translation>Ihr Auto in Zahlung</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>Anzahlung in Geld</translation>
    </message>
</context>
<context>
    <name>FinanceQuote</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down, %3 APR, finance charge %4</source>
        <translation>
            <numerusform>%1 im Monat für %n Monat, %2 Anzahlung, %3 effektiver Jahreszins (APR), Finanzierungskosten %4</numerusform>
            <numerusform>%1 im Monat für %n Monate, %2 Anzahlung, %3 effektiver Jahreszins (APR), Finanzierungskosten %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</source>
        <translation>
            <numerusform>%1 im Monat für %n Monat, %2 Anzahlung, annualisierter Zinssatz %3, Zinsen und Gebühren insgesamt %4</numerusform>
            <numerusform>%1 im Monat für %n Monate, %2 Anzahlung, annualisierter Zinssatz %3, Zinsen und Gebühren insgesamt %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 im Monat für %n Monat, %2 Anzahlung, Zinssatz auf die Restschuld %3 (Flat-Rate %4), Gesamtkosten des Kredits %5</numerusform>
            <numerusform>%1 im Monat für %n Monate, %2 Anzahlung, Zinssatz auf die Restschuld %3 (Flat-Rate %4), Gesamtkosten des Kredits %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 im Monat für %n Monat, %2 Anzahlung, effektiver Jahreszins %3 (Sollzins %4), Gesamtkosten des Kredits %5</numerusform>
            <numerusform>%1 im Monat für %n Monate, %2 Anzahlung, effektiver Jahreszins %3 (Sollzins %4), Gesamtkosten des Kredits %5</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot be offered for this price; choose a smaller deposit or balloon.</source>
        <translation>Dieser Plan ist für diesen Preis nicht möglich; wählen Sie eine kleinere Anzahlung oder Schlussrate.</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>Finanzierter Betrag</translation>
    </message>
    <message>
        <source>Amount of credit</source>
        <translation>Kreditbetrag</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly payments of</source>
        <translation>
            <numerusform>%n Monatsrate zu</numerusform>
            <numerusform>%n Monatsraten zu</numerusform>
        </translation>
    </message>
    <message>
        <source>Final monthly payment</source>
        <translation>Letzte Monatsrate</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>Schlussrate</translation>
    </message>
    <message>
        <source>Arrangement fee</source>
        <translation>Bearbeitungsgebühr</translation>
    </message>
    <message>
        <source>Monthly fee, in each payment</source>
        <translation>Monatliche Gebühr, in jeder Rate enthalten</translation>
    </message>
    <message>
        <source>Annual percentage rate (APR)</source>
        <translation>Effektiver Jahreszins (APR)</translation>
    </message>
    <message>
        <source>Note rate</source>
        <translation>Vertragszins</translation>
    </message>
    <message>
        <source>Annualised rate</source>
        <translation>Annualisierter Zinssatz</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>Sollzins</translation>
    </message>
    <message>
        <source>Reducing-balance rate</source>
        <translation>Zinssatz auf die Restschuld</translation>
    </message>
    <message>
        <source>Flat rate, for comparison</source>
        <translation>Flat-Rate, zum Vergleich</translation>
    </message>
    <message>
        <source>Annual percentage rate of charge (APRC)</source>
        <translation>Effektiver Jahreszins</translation>
    </message>
    <message>
        <source>Total amount payable</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation>Finanzierungskosten</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>Gesamtkosten des Kredits</translation>
    </message>
    <message>
        <source>Your car counts for %1 of the deposit: the low end of its estimate, which a product expert confirms.</source>
        <translation>Ihr Auto zählt mit %1 zur Anzahlung: das untere Ende der Schätzung, das ein Produktexperte bestätigt.</translation>
    </message>
    <message>
        <source>Your car&apos;s estimate covers this price: there is nothing to finance.</source>
        <translation>Der geschätzte Wert Ihres Autos deckt diesen Preis: Es gibt nichts zu finanzieren.</translation>
    </message>
    <message>
        <source>Down payment in money</source>
        <translation>Anzahlung in Geld</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>Anzahlung in Geld</translation>
    </message>
    <message>
        <source>Your car in part-exchange, estimated</source>
        <translation>Ihr Auto in Zahlung, geschätzt</translation>
    </message>
    <message>
        <source>Deposit in total</source>
        <translation>Anzahlung insgesamt</translation>
    </message>
    <message>
        <source>Count my car</source>
        <translation>Mein Auto anrechnen</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Nicht anrechnen</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nächstgelegen</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Lowest mileage</source>
        <translation>Geringste Laufleistung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>Geprüft gebraucht</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message numerus="yes">
        <source>No car matches all of these. Without %1 there are %n cars.</source>
        <translation>
            <numerusform>Kein Fahrzeug erfüllt alles. Ohne %1 gibt es %n Fahrzeug.</numerusform>
            <numerusform>Kein Fahrzeug erfüllt alles. Ohne %1 gibt es %n Fahrzeuge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Elektrisch</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>Plug-in-Hybrid</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Benzin</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Model line</source>
        <translation>Baureihe</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Karosserie</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Sofort verfügbar</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Prices in %1. While a price range is set, cars priced in another currency are not shown.</source>
        <translation>Preise in %1. Solange ein Preisbereich gewählt ist, werden Autos mit Preisen in einer anderen Währung nicht angezeigt.</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>Im Umkreis von %1</translation>
    </message>
    <message>
        <source>Model year %1–%2</source>
        <translation>Modelljahr %1–%2</translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation>Preis, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation>Preis, höchster zuerst</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Within %1 of %2</source>
        <translation>Im Umkreis von %1 um %2</translation>
    </message>
    <message>
        <source>Within %1 of here</source>
        <translation>Im Umkreis von %1 von hier</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Modelljahr</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Laufleistung</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>Find a car in stock</source>
        <translation>Fahrzeug im Bestand finden</translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>Sortierung: %1</translation>
    </message>
    <message>
        <source>No car matches these choices.</source>
        <translation>Kein Fahrzeug passt zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>Still loading the stock…</source>
        <translation>Der Bestand wird noch geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n cars</source>
        <translation>
            <numerusform>%n Fahrzeug vergleichen</numerusform>
            <numerusform>%n Fahrzeuge vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Modelljahr</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Laufleistung</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Als Raster zeigen</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Als Liste zeigen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Type %1</source>
        <translation>%1 eingeben</translation>
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
        <translation>
            <numerusform>%1 · %n Fahrzeug vorrätig in Ihrer Nähe</numerusform>
            <numerusform>%1 · %n Fahrzeuge vorrätig in Ihrer Nähe</numerusform>
        </translation>
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
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>Mein Auto bewerten</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>Als Nächstes hier: %1, %2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Ausgebucht</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Still exploring?</source>
        <translation>Schauen Sie sich noch um?</translation>
    </message>
    <message>
        <source>Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.</source>
        <translation>Berühren Sie den Bildschirm, um fortzufahren. Sonst löscht er bald alles, was Sie gewählt haben – für den nächsten Gast.</translation>
    </message>
</context>
<context>
    <name>InsightWording</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Visits in the period before</source>
        <translation>Besuche im Zeitraum davor</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Look closer</source>
        <translation>Genauer ansehen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Times nothing was found</source>
        <translation>Mal ohne Ergebnis</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Viewed a car</source>
        <translation>Ein Auto angesehen</translation>
    </message>
    <message>
        <source>Configured a car</source>
        <translation>Ein Auto konfiguriert</translation>
    </message>
    <message>
        <source>Booked a test drive</source>
        <translation>Eine Probefahrt gebucht</translation>
    </message>
    <message numerus="yes">
        <source>%n filters for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n Filter nach %1 fanden kein Auto im Bestand.</numerusform>
            <numerusform>%n Filter nach %1 fanden kein Auto im Bestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n searches for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n Suche nach %1 fand kein Auto im Bestand.</numerusform>
            <numerusform>%n Suchen nach %1 fanden kein Auto im Bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and never booked for a test drive.</source>
        <translation>%1 wurde bei %2 Besuchen angesehen und nie für eine Probefahrt gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>Test drives of %1 on %2 were fully booked for %n visits.</source>
        <translation>
            <numerusform>Probefahrten mit %1 am %2 waren bei %n Besuch ausgebucht.</numerusform>
            <numerusform>Probefahrten mit %1 am %2 waren bei %n Besuchen ausgebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock source %1 has failed %n times since %2.</source>
        <translation>
            <numerusform>Die Bestandsquelle %1 ist seit %2 %n-mal fehlgeschlagen.</numerusform>
            <numerusform>Die Bestandsquelle %1 ist seit %2 %n-mal fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test drives were missed (%3).</source>
        <translation>%1 von %2 Probefahrten wurden versäumt (%3).</translation>
    </message>
    <message>
        <source>Drove</source>
        <translation>Gefahren</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 visits</source>
        <translation>Verborgen: weniger als 5 Besuche</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganzer Tag</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Visits to its page</source>
        <translation>Besuche auf ihrer Seite</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>Vergebene Plätze</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and booked for a test drive once: viewed %3 times as often as it is driven.</source>
        <translation>%1 wurde bei %2 Besuchen angesehen und einmal für eine Probefahrt gebucht: %3-mal so oft angesehen wie gefahren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</source>
        <translation>
            <numerusform>%1 wurde bei %2 Besuchen angesehen und %n-mal für eine Probefahrt gebucht: %3-mal so oft angesehen wie gefahren.</numerusform>
            <numerusform>%1 wurde bei %2 Besuchen angesehen und %n-mal für eine Probefahrt gebucht: %3-mal so oft angesehen wie gefahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day one day earlier</source>
        <translation>Erster Tag einen Tag früher</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>First day one day later</source>
        <translation>Erster Tag einen Tag später</translation>
    </message>
    <message>
        <source>Last day one day earlier</source>
        <translation>Letzter Tag einen Tag früher</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Last day one day later</source>
        <translation>Letzter Tag einen Tag später</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 visits are hidden.</source>
        <translation>Gruppen mit weniger als 5 Besuchen sind verborgen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>In diesem Zeitraum fällt nichts auf.</translation>
    </message>
    <message>
        <source>From visit to drive</source>
        <translation>Vom Besuch zur Fahrt</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Stärkste Stunden</translation>
    </message>
    <message>
        <source>Busiest hour: %1, %2 visits</source>
        <translation>Stärkste Stunde: %1, %2 Besuche</translation>
    </message>
    <message>
        <source>Too few visits to show the hours.</source>
        <translation>Zu wenige Besuche, um die Stunden zu zeigen.</translation>
    </message>
    <message>
        <source>Most viewed models</source>
        <translation>Meistgesehene Modelle</translation>
    </message>
    <message>
        <source>Looked for, and nothing found</source>
        <translation>Gesucht und nichts gefunden</translation>
    </message>
    <message>
        <source>Every search and filter found cars.</source>
        <translation>Jede Suche und jeder Filter fand Autos.</translation>
    </message>
    <message>
        <source>Paints chosen</source>
        <translation>Gewählte Lackierungen</translation>
    </message>
    <message>
        <source>Wheels chosen</source>
        <translation>Gewählte Räder</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Gewählte Ausstattung</translation>
    </message>
    <message>
        <source>Screens side by side</source>
        <translation>Bildschirme im Vergleich</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Every table of this period as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>Jede Tabelle dieses Zeitraums als CSV-Datei (UTF-8, für jede Tabellenkalkulation).</translation>
    </message>
    <message>
        <source>Insert a USB stick to export the tables.</source>
        <translation>Stecken Sie einen USB-Stick ein, um die Tabellen zu exportieren.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Auf %1 schreiben</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>Erneut nach USB-Sticks suchen</translation>
    </message>
    <message>
        <source>Busiest days</source>
        <translation>Stärkste Tage</translation>
    </message>
    <message>
        <source>Studio events: visits to their pages</source>
        <translation>Studio-Veranstaltungen: Besuche auf ihren Seiten</translation>
    </message>
    <message>
        <source>No event page was opened in this period.</source>
        <translation>In diesem Zeitraum wurde keine Veranstaltungsseite geöffnet.</translation>
    </message>
    <message>
        <source>Studio events by kind</source>
        <translation>Studio-Veranstaltungen nach Art</translation>
    </message>
    <message>
        <source>Visits day by day</source>
        <translation>Besuche Tag für Tag</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Der Zeitraum davor</translation>
    </message>
    <message>
        <source>Whose visits</source>
        <translation>Welche Besuche</translation>
    </message>
    <message>
        <source>Studios side by side</source>
        <translation>Studios im Vergleich</translation>
    </message>
    <message>
        <source>Every table of this period, as the hub counted it, as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>Alle Tabellen dieses Zeitraums, wie der Hub sie gezählt hat, als CSV-Dateien (UTF-8, für jede Tabellenkalkulation).</translation>
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
    <name>LineChart</name>
    <message>
        <source>Days with fewer than 5 visits are left out of the line.</source>
        <translation>Tage mit weniger als 5 Besuchen fehlen in der Linie.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Configure yours</source>
        <translation>Ihr Fahrzeug konfigurieren</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>Beginnen Sie mit einer Baureihe. Jede Wahl zeigt ihren Preis, bevor Sie sie treffen.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
</context>
<context>
    <name>MarketWords</name>
    <message>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Here in this studio</source>
        <translation>Hier in diesem Studio</translation>
    </message>
    <message>
        <source>%1 mi away</source>
        <translation>%1 mi entfernt</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>%1 km entfernt</translation>
    </message>
    <message>
        <source>Priced in %1 for %2, not converted</source>
        <translation>Preis in %1 für %2, nicht umgerechnet</translation>
    </message>
    <message>
        <source>Priced in %1, not converted</source>
        <translation>Preis in %1, nicht umgerechnet</translation>
    </message>
</context>
<context>
    <name>ModelLinesPage</name>
    <message>
        <source>Have a configuration code?</source>
        <translation>Haben Sie einen Konfigurationscode?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>This screen is taking a short break</source>
        <translation>Dieser Bildschirm macht eine kurze Pause</translation>
    </message>
    <message>
        <source>A product expert will be glad to show you the cars, take you for a drive or help you with a booking.</source>
        <translation>Eine Produktexpertin oder ein Produktexperte zeigt Ihnen gern die Fahrzeuge, fährt mit Ihnen Probe oder hilft Ihnen bei einer Buchung.</translation>
    </message>
    <message>
        <source>For staff: %1 Vitrine tries again every 10 seconds.</source>
        <translation>Für das Team: %1 Vitrine versucht es alle 10 Sekunden erneut.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Für das Team: %1</translation>
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
    <name>PhoneBookPage</name>
    <message>
        <source>Book a test drive of the %1</source>
        <translation>Probefahrt mit dem %1 buchen</translation>
    </message>
    <message>
        <source>Back to your build</source>
        <translation>Zurück zu Ihrer Konfiguration</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Choose a studio to see its free times.</source>
        <translation>Wählen Sie ein Studio, um seine freien Zeiten zu sehen.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>An diesem Tag ist keine Zeit frei. Wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>Freie Zeiten am %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>Ihre Telefonnummer oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Only to confirm this drive and, if it must change, to tell you.</source>
        <translation>Nur um diese Fahrt zu bestätigen und Ihnen Bescheid zu geben, falls sie sich ändern muss.</translation>
    </message>
    <message>
        <source>Book the test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>Wählen Sie eine der freien Zeiten.</translation>
    </message>
    <message>
        <source>That time is no longer free: someone has just taken it. Choose another time.</source>
        <translation>Diese Zeit ist nicht mehr frei: Jemand hat sie gerade gebucht. Wählen Sie eine andere Zeit.</translation>
    </message>
</context>
<context>
    <name>PhoneBuildPage</name>
    <message>
        <source>This build code is not valid</source>
        <translation>Dieser Konfigurationscode ist ungültig</translation>
    </message>
    <message>
        <source>It has a typing mistake or is incomplete. Scan the code on the screen again.</source>
        <translation>Er enthält einen Tippfehler oder ist unvollständig. Scannen Sie den Code auf dem Bildschirm erneut.</translation>
    </message>
    <message>
        <source>This build can no longer be shown</source>
        <translation>Diese Konfiguration kann nicht mehr angezeigt werden</translation>
    </message>
    <message>
        <source>The model is no longer offered here. Ask the studio for its successor.</source>
        <translation>Das Modell wird hier nicht mehr angeboten. Fragen Sie im Studio nach seinem Nachfolger.</translation>
    </message>
    <message>
        <source>Your build %1: %2</source>
        <translation>Ihre Konfiguration %1: %2</translation>
    </message>
    <message>
        <source>Build code %1</source>
        <translation>Konfigurationscode %1</translation>
    </message>
    <message>
        <source>Drawing of the %1 in %2 with %3 wheels</source>
        <translation>Zeichnung des %1 in %2 mit Rädern %3</translation>
    </message>
    <message>
        <source>What has changed since</source>
        <translation>Was sich seitdem geändert hat</translation>
    </message>
    <message>
        <source>An option</source>
        <translation>Eine Option</translation>
    </message>
    <message>
        <source>%1 is no longer offered; the closest today is %2.</source>
        <translation>%1 wird nicht mehr angeboten; am nächsten kommt heute %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>%1 ist bei dieser Konfiguration nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Prices or rules of this build have changed; the figures below are today&apos;s.</source>
        <translation>Preise oder Regeln dieser Konfiguration haben sich geändert; die folgenden Zahlen gelten heute.</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>An example; the studio gives you the binding offer.</source>
        <translation>Ein Beispiel; das verbindliche Angebot erhalten Sie im Studio.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Ihre Auswahl</translation>
    </message>
    <message>
        <source>Similar cars in stock</source>
        <translation>Ähnliche Autos auf Lager</translation>
    </message>
    <message>
        <source>None in stock just now; the studio can order this build.</source>
        <translation>Derzeit keines auf Lager; das Studio kann diese Konfiguration bestellen.</translation>
    </message>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>%1 von Ihren %2 Wünschen</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Choose a time here, or visit or call a studio and give your build code %1.</source>
        <translation>Wählen Sie hier eine Zeit, oder besuchen oder rufen Sie ein Studio an und nennen Sie Ihren Konfigurationscode %1.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Wählen Sie eine Zeit</translation>
    </message>
</context>
<context>
    <name>PhoneCarPage</name>
    <message>
        <source>This car has been sold</source>
        <translation>Dieses Fahrzeug wurde verkauft</translation>
    </message>
    <message>
        <source>It is no longer in stock. The studio can show you similar cars or order one.</source>
        <translation>Es ist nicht mehr auf Lager. Das Studio zeigt Ihnen gern ähnliche Fahrzeuge oder bestellt eines.</translation>
    </message>
    <message>
        <source>No car with this number</source>
        <translation>Kein Fahrzeug mit dieser Nummer</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>Scannen Sie den Code auf dem Bildschirm erneut.</translation>
    </message>
    <message>
        <source>Drawing of the %1, %2</source>
        <translation>Zeichnung des %1, %2</translation>
    </message>
    <message>
        <source>Vehicle identification number %1</source>
        <translation>Fahrzeug-Identifizierungsnummer %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Wo es steht</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
</context>
<context>
    <name>PhoneDrivePages</name>
    <message>
        <source>Requested: the studio will confirm it.</source>
        <translation>Angefragt: Das Studio bestätigt sie.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Driven. Thank you for coming.</source>
        <translation>Gefahren. Danke für Ihren Besuch.</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>Verpasst.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Storniert.</translation>
    </message>
    <message>
        <source>No test drive with this code</source>
        <translation>Keine Probefahrt mit diesem Code</translation>
    </message>
    <message>
        <source>Check the code on your confirmation, or scan it again.</source>
        <translation>Prüfen Sie den Code auf Ihrer Bestätigung oder scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4 time)</source>
        <translation>%1, %2 bis %3 (Ortszeit %4)</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>Ihre Telefonnummer oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The one you gave when booking.</source>
        <translation>Die Angabe, die Sie bei der Buchung gemacht haben.</translation>
    </message>
    <message>
        <source>Your test drive</source>
        <translation>Ihre Probefahrt</translation>
    </message>
    <message>
        <source>Booking code %1</source>
        <translation>Buchungscode %1</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>In meinen Kalender</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Andere Zeit wählen</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Cancel the test drive</source>
        <translation>Probefahrt stornieren</translation>
    </message>
    <message>
        <source>Erase my data</source>
        <translation>Meine Daten löschen</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a drive still to come is cancelled.</source>
        <translation>Ihr Name und Ihre Kontaktangabe werden sofort gelöscht; eine noch anstehende Fahrt wird storniert.</translation>
    </message>
    <message>
        <source>This drive cannot be moved</source>
        <translation>Diese Fahrt kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Move your test drive</source>
        <translation>Probefahrt verschieben</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>An diesem Tag ist keine Zeit frei. Wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>Freie Zeiten am %1</translation>
    </message>
    <message>
        <source>Move the test drive</source>
        <translation>Probefahrt verschieben</translation>
    </message>
    <message>
        <source>We could not change this booking</source>
        <translation>Wir konnten diese Buchung nicht ändern</translation>
    </message>
    <message>
        <source>Check the booking code and the phone number or e-mail address you gave when booking.</source>
        <translation>Prüfen Sie den Buchungscode und die Telefonnummer oder E-Mail-Adresse, die Sie bei der Buchung angegeben haben.</translation>
    </message>
    <message>
        <source>Back to your test drive</source>
        <translation>Zurück zu Ihrer Probefahrt</translation>
    </message>
    <message>
        <source>Your data is erased</source>
        <translation>Ihre Daten sind gelöscht</translation>
    </message>
    <message>
        <source>Your name and contact are deleted; a drive still to come is cancelled.</source>
        <translation>Ihr Name und Ihre Kontaktangabe sind gelöscht; eine noch anstehende Fahrt ist storniert.</translation>
    </message>
    <message>
        <source>Your test drive is cancelled</source>
        <translation>Ihre Probefahrt ist storniert</translation>
    </message>
    <message>
        <source>Nothing else is needed. You are welcome any time.</source>
        <translation>Mehr ist nicht nötig. Sie sind jederzeit willkommen.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Wählen Sie eine Zeit</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>Wählen Sie eine der freien Zeiten.</translation>
    </message>
    <message>
        <source>That time is no longer free</source>
        <translation>Diese Zeit ist nicht mehr frei</translation>
    </message>
    <message>
        <source>Someone has just taken it. Choose another time.</source>
        <translation>Jemand hat sie gerade gebucht. Wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>Your test drive is moved</source>
        <translation>Ihre Probefahrt ist verschoben</translation>
    </message>
</context>
<context>
    <name>PhoneHtml</name>
    <message>
        <source>Please try again shortly</source>
        <translation>Bitte versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The studio&apos;s data cannot be read just now.</source>
        <translation>Die Daten des Studios können gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>No account, no cookies, no tracking.</source>
        <translation>Kein Konto, keine Cookies, kein Tracking.</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Bitte einen Moment Geduld</translation>
    </message>
    <message>
        <source>There were many requests from your network. Try again in a minute.</source>
        <translation>Aus Ihrem Netz kamen viele Anfragen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>This link is too long</source>
        <translation>Dieser Link ist zu lang</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>Scannen Sie den Code auf dem Bildschirm erneut.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>This page cannot do that.</source>
        <translation>Diese Seite kann das nicht.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>Too much to read</source>
        <translation>Zu viel zu lesen</translation>
    </message>
    <message>
        <source>Send the form again.</source>
        <translation>Senden Sie das Formular erneut.</translation>
    </message>
    <message>
        <source>Too many attempts to change a booking. Try again in a few minutes.</source>
        <translation>Zu viele Versuche, eine Buchung zu ändern. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>PhonePlacePages</name>
    <message>
        <source>No place with this code</source>
        <translation>Kein Platz mit diesem Code</translation>
    </message>
    <message>
        <source>Check the code the screen gave you, or scan it again.</source>
        <translation>Prüfen Sie den Code, den Ihnen der Bildschirm gegeben hat, oder scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>This event is cancelled. We are sorry.</source>
        <translation>Diese Veranstaltung ist abgesagt. Das tut uns leid.</translation>
    </message>
    <message>
        <source>You gave this place back.</source>
        <translation>Sie haben diesen Platz zurückgegeben.</translation>
    </message>
    <message>
        <source>Checked in. Enjoy the event.</source>
        <translation>Eingecheckt. Viel Freude bei der Veranstaltung.</translation>
    </message>
    <message>
        <source>This event has ended. Thank you for coming.</source>
        <translation>Diese Veranstaltung ist vorbei. Danke für Ihren Besuch.</translation>
    </message>
    <message>
        <source>Your place is kept. See you there.</source>
        <translation>Ihr Platz ist reserviert. Bis bald.</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>Ihr Platz</translation>
    </message>
    <message>
        <source>Place code %1</source>
        <translation>Platzcode %1</translation>
    </message>
    <message>
        <source>The one you gave when you joined.</source>
        <translation>Die Angabe, die Sie bei der Anmeldung gemacht haben.</translation>
    </message>
    <message>
        <source>Give your place back</source>
        <translation>Platz zurückgeben</translation>
    </message>
    <message>
        <source>Someone else can then take it.</source>
        <translation>Dann kann jemand anderes ihn einnehmen.</translation>
    </message>
    <message>
        <source>Give back my place</source>
        <translation>Meinen Platz zurückgeben</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a place still to come is given back.</source>
        <translation>Ihr Name und Ihre Kontaktangabe werden sofort gelöscht; ein Platz für eine kommende Veranstaltung wird zurückgegeben.</translation>
    </message>
    <message>
        <source>We could not change this place</source>
        <translation>Wir konnten diesen Platz nicht ändern</translation>
    </message>
    <message>
        <source>Check the place code and the phone number or e-mail address you gave when you joined.</source>
        <translation>Prüfen Sie den Platzcode und die Telefonnummer oder E-Mail-Adresse, die Sie bei der Anmeldung angegeben haben.</translation>
    </message>
    <message>
        <source>Back to your place</source>
        <translation>Zurück zu Ihrem Platz</translation>
    </message>
    <message>
        <source>Your place is given back</source>
        <translation>Ihr Platz ist zurückgegeben</translation>
    </message>
    <message>
        <source>Thank you for letting us know. You are welcome any time.</source>
        <translation>Danke, dass Sie uns Bescheid gegeben haben. Sie sind jederzeit willkommen.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>Teammodus</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>Team-PIN eingeben</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Your name and contact are deleted; a place still to come is given back.</source>
        <translation>Ihr Name und Ihre Kontaktangabe sind gelöscht; ein Platz für eine kommende Veranstaltung ist zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>RangeChoice</name>
    <message>
        <source>%1, from</source>
        <translation>%1, ab</translation>
    </message>
    <message>
        <source>%1, up to</source>
        <translation>%1, bis</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: model, colour, equipment</source>
        <translation>Suchen: Modell, Farbe, Ausstattung</translation>
    </message>
    <message>
        <source>Search the stock</source>
        <translation>Im Bestand suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1, %n Fahrzeug</numerusform>
            <numerusform>%1, %n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarStock</name>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>%1 von Ihren %2 Wünschen</translation>
    </message>
    <message>
        <source>same version</source>
        <translation>gleiche Version</translation>
    </message>
    <message>
        <source>same colour</source>
        <translation>gleiche Farbe</translation>
    </message>
</context>
<context>
    <name>SimilarStockPage</name>
    <message>
        <source>Similar cars in stock</source>
        <translation>Ähnliche Autos auf Lager</translation>
    </message>
    <message>
        <source>Closest to %1 first. These cars are here or at a partner nearby, ready sooner than a new build.</source>
        <translation>Die %1 am nächsten kommenden zuerst. Diese Autos stehen hier oder bei einem Partner in der Nähe und sind früher verfügbar als ein Neuaufbau.</translation>
    </message>
    <message>
        <source>No car in stock is close to this build right now. An expert can tell you when one arrives.</source>
        <translation>Derzeit kommt kein Auto auf Lager dieser Konfiguration nahe. Ein Experte sagt Ihnen gern, wann eines eintrifft.</translation>
    </message>
    <message>
        <source>Looking for cars close to your build…</source>
        <translation>Wir suchen Fahrzeuge, die Ihrer Konfiguration nahekommen …</translation>
    </message>
</context>
<context>
    <name>SleepLayer</name>
    <message>
        <source>The screen is asleep outside opening hours</source>
        <translation>Der Bildschirm ruht außerhalb der Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Stock sources</source>
        <translation>Bestandsquellen</translation>
    </message>
    <message>
        <source>Fetch all now</source>
        <translation>Alle jetzt abrufen</translation>
    </message>
    <message>
        <source>Needs attention: failing for longer than the set time</source>
        <translation>Braucht Aufmerksamkeit: schlägt länger fehl als eingestellt</translation>
    </message>
    <message>
        <source>Last success %1 · last attempt %2 · next %3</source>
        <translation>Letzter Erfolg: %1 · letzter Versuch: %2 · nächster: %3</translation>
    </message>
    <message>
        <source>%1 records applied · %2 left out</source>
        <translation>%1 Datensätze übernommen · %2 ausgelassen</translation>
    </message>
    <message>
        <source>Choose a source to see what its last feed left out.</source>
        <translation>Wählen Sie eine Quelle, um zu sehen, was ihr letzter Feed ausgelassen hat.</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>Diese Quelle entfernen</translation>
    </message>
    <message>
        <source>Undo this screen&apos;s change</source>
        <translation>Änderung dieses Bildschirms zurücknehmen</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>Abrufintervall</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>From a USB stick or folder</source>
        <translation>Von einem USB-Stick oder Ordner</translation>
    </message>
    <message>
        <source>Look for files</source>
        <translation>Nach Dateien suchen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Address (https://…, or a file path)</source>
        <translation>Adresse (https://… oder ein Dateipfad)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Add and fetch</source>
        <translation>Hinzufügen und abrufen</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech on. Swipe right or left to move, double tap to choose. Hold two fingers for two seconds to turn speech off.</source>
        <translation>Sprachausgabe an. Nach rechts oder links wischen zum Wechseln, doppelt tippen zum Auswählen. Zwei Finger zwei Sekunden halten, um sie auszuschalten.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Sprachausgabe aus.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>slider at %1</source>
        <translation>Schieberegler bei %1</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>StaffInsights</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The insights could not be read: %1</source>
        <translation>Die Auswertung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>%1 des Schritts davor</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1 (median)</source>
        <translation>nach %1 (Median)</translation>
    </message>
    <message>
        <source>%1, after %2 (median)</source>
        <translation>%1, nach %2 (Median)</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>weniger als 5</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>%1 viewed a car, %2 configured, %3 booked a drive</source>
        <translation>%1 sahen ein Auto an, %2 konfigurierten, %3 buchten eine Fahrt</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>Die Tabellen werden geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>%n Tabelle nach %1 geschrieben.</numerusform>
            <numerusform>%n Tabellen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables could not be written to %1: %2</source>
        <translation>Die Tabellen konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Places taken: %1</source>
        <translation>Vergebene Plätze: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n Platz vergeben</numerusform>
            <numerusform>%n Plätze vergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visits per day: %1. The period before, day by day: %2.</source>
        <translation>Besuche pro Tag: %1. Der Zeitraum davor, Tag für Tag: %2.</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>Dieser Bildschirm</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>Dieses Studio</translation>
    </message>
    <message>
        <source>All studios</source>
        <translation>Alle Studios</translation>
    </message>
    <message>
        <source>The hub&apos;s figures could not be read just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>Die Zahlen des Hubs konnten gerade nicht gelesen werden. Versuchen Sie es gleich noch einmal; die eigenen Zahlen dieses Bildschirms finden Sie unter „Dieser Bildschirm“.</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s figures cannot be shown. They come back when it answers; this screen&apos;s own figures are under “This screen”.</source>
        <translation>Der Hub ist gerade nicht erreichbar, daher können die Zahlen des Studios nicht angezeigt werden. Sie erscheinen wieder, sobald er antwortet; die eigenen Zahlen dieses Bildschirms finden Sie unter „Dieser Bildschirm“.</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s tables were not written. Try again when it answers.</source>
        <translation>Der Hub ist gerade nicht erreichbar, daher wurden die Tabellen des Studios nicht geschrieben. Versuchen Sie es erneut, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>Der Hub liest gerade andere Zahlen. Versuchen Sie es gleich noch einmal; die eigenen Zahlen dieses Bildschirms finden Sie unter „Dieser Bildschirm“.</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now, so the studio&apos;s tables were not written. Try again in a moment.</source>
        <translation>Der Hub liest gerade andere Zahlen, daher wurden die Tabellen des Studios nicht geschrieben. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Im Vergleich zum %1</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>Im Vergleich zum Zeitraum %1 bis %2</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”.</source>
        <translation>Auf diesem Bildschirm ist noch keine Team-PIN gesetzt. Setzen Sie eine mit „vitrinectl set-pin“.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Staff mode opens again at %1.</source>
        <translation>Zu viele falsche Versuche. Der Teammodus öffnet wieder um %1.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please wait a moment before trying again.</source>
        <translation>Diese PIN stimmt nicht. Bitte warten Sie einen Moment, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Diese PIN stimmt nicht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Staff mode is locked.</source>
        <translation>Der Teammodus ist gesperrt.</translation>
    </message>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>FIN …%1</translation>
    </message>
    <message>
        <source>%1, reserved</source>
        <translation>%1, reserviert</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>unterwegs nach %1</translation>
    </message>
    <message>
        <source>a car that has left the stock</source>
        <translation>ein Fahrzeug, das nicht mehr im Bestand ist</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>Out loud</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Only into headphones</source>
        <translation>Nur über Kopfhörer</translation>
    </message>
    <message>
        <source>A colleague has already taken this request.</source>
        <translation>Eine Kollegin oder ein Kollege hat diese Anfrage bereits übernommen.</translation>
    </message>
    <message>
        <source>The studio&apos;s system did not take this. Please try again.</source>
        <translation>Das System des Studios hat dies nicht angenommen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>Teammodus</translation>
    </message>
    <message>
        <source>Visitors waiting</source>
        <translation>Wartende Gäste</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>Gerade wartet niemand.</translation>
    </message>
    <message>
        <source>Hold request</source>
        <translation>Reservierungswunsch</translation>
    </message>
    <message>
        <source>Would like to talk to an expert</source>
        <translation>Möchte mit jemandem aus dem Team sprechen</translation>
    </message>
    <message>
        <source>Since %1 · build %2</source>
        <translation>Seit %1 · Konfiguration %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>Dieser Bildschirm</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>Clear the screen after</source>
        <translation>Bildschirm leeren nach</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Keep test-drive contact details after the drive for</source>
        <translation>Kontaktdaten von Probefahrten nach der Fahrt aufbewahren für</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Sperren und verlassen</translation>
    </message>
    <message>
        <source>Quit Vitrine</source>
        <translation>Vitrine beenden</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>Probefahrt stornieren</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>Probefahrten</translation>
    </message>
    <message>
        <source>No test drives booked for the next two weeks.</source>
        <translation>Für die nächsten zwei Wochen sind keine Probefahrten gebucht.</translation>
    </message>
    <message>
        <source>The finder first shows cars within</source>
        <translation>Die Fahrzeugsuche zeigt zuerst Fahrzeuge im Umkreis von</translation>
    </message>
    <message>
        <source>Stock sources</source>
        <translation>Bestandsquellen</translation>
    </message>
    <message>
        <source>Sources and event files</source>
        <translation>Quellen und Event-Dateien</translation>
    </message>
    <message>
        <source>Flag a source to staff when it has failed for</source>
        <translation>Eine Quelle dem Personal melden, wenn sie fehlschlägt seit</translation>
    </message>
    <message>
        <source>Disk space for the stock&apos;s photos</source>
        <translation>Speicherplatz für die Fotos des Bestands</translation>
    </message>
    <message>
        <source>Since %1 · %2</source>
        <translation>Seit %1 · %2</translation>
    </message>
    <message>
        <source>Cancel this drive? The time is given free for others to book.</source>
        <translation>Diese Probefahrt absagen? Der Termin wird für andere wieder frei.</translation>
    </message>
    <message>
        <source>Yes, cancel the drive</source>
        <translation>Ja, Probefahrt absagen</translation>
    </message>
    <message>
        <source>Keep the drive</source>
        <translation>Probefahrt behalten</translation>
    </message>
    <message>
        <source>Move the drive</source>
        <translation>Probefahrt verschieben</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>Die freien Zeiten werden gesucht …</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist keine Zeit frei.</translation>
    </message>
    <message>
        <source>Free times on this day, in the studio&apos;s local time:</source>
        <translation>Freie Zeiten an diesem Tag, in der Ortszeit des Studios:</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Zeit beibehalten</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>What visitors looked at, configured and booked, and what they did not find. Anonymous.</source>
        <translation>Was Besucher ansahen, konfigurierten und buchten – und was sie nicht fanden. Anonym.</translation>
    </message>
    <message>
        <source>Open insights</source>
        <translation>Auswertung öffnen</translation>
    </message>
    <message>
        <source>Visitors&apos; phones open this studio&apos;s pages at %1</source>
        <translation>Die Telefone der Besucher öffnen die Seiten dieses Studios unter %1</translation>
    </message>
    <message>
        <source>Speech mode speaks</source>
        <translation>Die Sprachausgabe spricht</translation>
    </message>
    <message>
        <source>Address of this studio&apos;s pages for visitors&apos; phones</source>
        <translation>Adresse der Seiten dieses Studios für die Telefone der Besucher</translation>
    </message>
    <message>
        <source>No address for visitors&apos; phones yet: the QR codes lead nowhere on the web until one is saved.</source>
        <translation>Noch keine Adresse für die Telefone der Besucher: Die QR-Codes führen nirgendwohin, bis eine gespeichert ist.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>No events in the coming weeks.</source>
        <translation>Keine Veranstaltungen in den kommenden Wochen.</translation>
    </message>
    <message>
        <source>Everyone told</source>
        <translation>Alle informiert</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 von %2 Plätzen vergeben</translation>
    </message>
    <message>
        <source>no sign-up</source>
        <translation>ohne Anmeldung</translation>
    </message>
    <message>
        <source>gave the place back</source>
        <translation>hat den Platz zurückgegeben</translation>
    </message>
    <message>
        <source>here</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Studio hub</source>
        <translation>Studio-Hub</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>Adresse des Hubs</translation>
    </message>
    <message>
        <source>The pairing code the hub shows</source>
        <translation>Der Kopplungscode, den der Hub anzeigt</translation>
    </message>
    <message>
        <source>Pair this screen</source>
        <translation>Diesen Bildschirm koppeln</translation>
    </message>
    <message>
        <source>Stop using this hub</source>
        <translation>Diesen Hub nicht mehr verwenden</translation>
    </message>
</context>
<context>
    <name>StockFreshness</name>
    <message>
        <source>Stock updated just now</source>
        <translation>Bestand gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated %n minutes ago</source>
        <translation>
            <numerusform>Bestand vor %n Minute aktualisiert</numerusform>
            <numerusform>Bestand vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated today at %1</source>
        <translation>Bestand heute um %1 aktualisiert</translation>
    </message>
    <message>
        <source>Stock updated yesterday at %1</source>
        <translation>Bestand gestern um %1 aktualisiert</translation>
    </message>
    <message>
        <source>Stock as of %1</source>
        <translation>Bestand vom %1</translation>
    </message>
</context>
<context>
    <name>StudioEvents</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Drive day</source>
        <translation>Fahrtag</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Premiere</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>its time changed</source>
        <translation>die Zeit hat sich geändert</translation>
    </message>
    <message>
        <source>it moved to another studio</source>
        <translation>sie findet in einem anderen Studio statt</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>sie wurde abgesagt</translation>
    </message>
    <message>
        <source>it takes place after all</source>
        <translation>sie findet doch statt</translation>
    </message>
    <message>
        <source>it has fewer places than joiners</source>
        <translation>sie hat weniger Plätze als Teilnehmer</translation>
    </message>
    <message>
        <source>its language changed</source>
        <translation>die Sprache hat sich geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2. Tell the %n people who joined.</source>
        <translation>
            <numerusform>%1: %2. Informieren Sie die %n Person, die sich angemeldet hat.</numerusform>
            <numerusform>%1: %2. Informieren Sie die %n Personen, die sich angemeldet haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>Kontakt gelöscht</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte überprüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>Diese Veranstaltung ist ausgebucht.</translation>
    </message>
    <message>
        <source>This event no longer takes sign-ups.</source>
        <translation>Für diese Veranstaltung sind keine Anmeldungen mehr möglich.</translation>
    </message>
    <message>
        <source>Your place could not be saved on this screen. Please ask any of our team.</source>
        <translation>Ihr Platz konnte an diesem Bildschirm nicht gespeichert werden. Bitte wenden Sie sich an unser Team.</translation>
    </message>
    <message>
        <source>Your place is given back. Thank you for letting us know.</source>
        <translation>Ihr Platz ist zurückgegeben. Danke, dass Sie Bescheid gesagt haben.</translation>
    </message>
    <message>
        <source>No place with this code can be given back here. Please check the code.</source>
        <translation>Mit diesem Code kann hier kein Platz zurückgegeben werden. Bitte prüfen Sie den Code.</translation>
    </message>
    <message>
        <source>new in the latest feed</source>
        <translation>neu im letzten Feed</translation>
    </message>
    <message>
        <source>changed by the latest feed</source>
        <translation>durch den letzten Feed geändert</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep your place. Please ask any of our team.</source>
        <translation>Dieser Bildschirm erreicht das System des Studios gerade nicht und kann Ihren Platz deshalb nicht reservieren. Bitte wenden Sie sich an unser Team.</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Please ask any of our team.</source>
        <translation>Dieser Bildschirm erreicht das System des Studios gerade nicht. Bitte wenden Sie sich an unser Team.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norwegisch (Bokmål)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norwegisch (Nynorsk)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
</context>
<context>
    <name>StudioHub</name>
    <message>
        <source>The hub did not accept this code. Show a new one on the hub and type it again.</source>
        <translation>Der Hub hat diesen Code nicht angenommen. Lassen Sie am Hub einen neuen anzeigen und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match what it says. Check the address.</source>
        <translation>Das Zertifikat des Hubs passt nicht zu seinen Angaben. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The hub cannot be reached at this address.</source>
        <translation>Unter dieser Adresse ist der Hub nicht erreichbar.</translation>
    </message>
    <message>
        <source>Paired. Bookings and places now go through the hub.</source>
        <translation>Gekoppelt. Buchungen und Plätze laufen jetzt über den Hub.</translation>
    </message>
    <message>
        <source>Paired, but this screen could not keep the pairing. Pair it again.</source>
        <translation>Gekoppelt, aber dieser Bildschirm konnte die Kopplung nicht speichern. Bitte erneut koppeln.</translation>
    </message>
    <message>
        <source>Not paired with a hub: this screen keeps its test drives and event places on its own.</source>
        <translation>Mit keinem Hub gekoppelt: Dieser Bildschirm verwaltet seine Probefahrten und Veranstaltungsplätze selbst.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Paired with the hub at %1. Last contact: %2.</source>
        <translation>Gekoppelt mit dem Hub unter %1. Letzter Kontakt: %2.</translation>
    </message>
    <message>
        <source>Paired with the hub at %1, which cannot be reached (last contact: %2). Visitors are told before they sign up.</source>
        <translation>Gekoppelt mit dem Hub unter %1, der nicht erreichbar ist (letzter Kontakt: %2). Besucher erfahren das, bevor sie sich anmelden.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address (such as https://10.0.0.2:8443) and the code it shows.</source>
        <translation>Geben Sie die Adresse des Hubs (etwa https://10.0.0.2:8443) und den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>This screen no longer uses a hub.</source>
        <translation>Dieser Bildschirm verwendet keinen Hub mehr.</translation>
    </message>
    <message>
        <source>This screen could not forget the hub. Try again.</source>
        <translation>Dieser Bildschirm konnte den Hub nicht vergessen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The hub at %1 no longer knows this screen (it was removed there). Show a new code on the hub and pair this screen again; until then, visitors are told before they sign up.</source>
        <translation>Der Hub unter %1 kennt diesen Bildschirm nicht mehr (er wurde dort entfernt). Lassen Sie den Hub einen neuen Code anzeigen und koppeln Sie diesen Bildschirm erneut; bis dahin erfahren Besucher es, bevor sie sich anmelden.</translation>
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
<context>
    <name>SuggestionStrip</name>
    <message>
        <source>You might also like</source>
        <translation>Das könnte Ihnen auch gefallen</translation>
    </message>
</context>
<context>
    <name>SyncSources</name>
    <message>
        <source>15 min</source>
        <translation>15 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Meta catalog</source>
        <translation>Meta-Katalog</translation>
    </message>
    <message>
        <source>Google listings</source>
        <translation>Google-Angebote</translation>
    </message>
    <message>
        <source>Vitrine feed</source>
        <translation>Vitrine-Feed</translation>
    </message>
    <message>
        <source>The sources cannot be read from this screen&apos;s database.</source>
        <translation>Die Quellen können nicht aus der Datenbank dieses Bildschirms gelesen werden.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Fetching now…</source>
        <translation>Wird gerade abgerufen …</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Up to date, with records left out</source>
        <translation>Aktuell, mit ausgelassenen Datensätzen</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Up to date (nothing new)</source>
        <translation>Aktuell (nichts Neues)</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>Der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The feed is larger than this source may bring</source>
        <translation>Der Feed ist größer, als diese Quelle liefern darf</translation>
    </message>
    <message>
        <source>What came is not a feed</source>
        <translation>Das Empfangene ist kein Feed</translation>
    </message>
    <message>
        <source>The download was cut off; it will resume</source>
        <translation>Der Download wurde unterbrochen und wird fortgesetzt</translation>
    </message>
    <message>
        <source>The file is not there (is the USB stick in?)</source>
        <translation>Die Datei ist nicht da (steckt der USB-Stick?)</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technische Angabe: %1</translation>
    </message>
    <message>
        <source>The feed was refused; the stock from before stays</source>
        <translation>Der Feed wurde abgelehnt; der bisherige Bestand bleibt</translation>
    </message>
    <message>
        <source>This screen could not store it</source>
        <translation>Dieser Bildschirm konnte ihn nicht speichern</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No feed is fetched by this screen; its stock comes from imports.</source>
        <translation>Dieser Bildschirm ruft keinen Feed ab; sein Bestand kommt aus Importen.</translation>
    </message>
    <message numerus="yes">
        <source>%n sources need attention: failing for more than %1.</source>
        <translation>
            <numerusform>%n Quelle braucht Aufmerksamkeit: schlägt seit mehr als %1 fehl.</numerusform>
            <numerusform>%n Quellen brauchen Aufmerksamkeit: schlagen seit mehr als %1 fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all working.</source>
        <translation>
            <numerusform>%n Quelle, funktioniert.</numerusform>
            <numerusform>%n Quellen, alle funktionieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed</source>
        <translation>vom Feed der Marke aufgeführt</translation>
    </message>
    <message>
        <source>added on this screen</source>
        <translation>auf diesem Bildschirm hinzugefügt</translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed, changed on this screen</source>
        <translation>vom Feed der Marke aufgeführt, auf diesem Bildschirm geändert</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Rows without a dealer go to %1</source>
        <translation>Zeilen ohne Händler gehen an %1</translation>
    </message>
    <message>
        <source>recognised from each file</source>
        <translation>aus jeder Datei erkannt</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>No feed has come in from this source yet.</source>
        <translation>Von dieser Quelle ist noch kein Feed eingegangen.</translation>
    </message>
    <message>
        <source>Nothing was left out of the last feed.</source>
        <translation>Aus dem letzten Feed wurde nichts ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the last feed: %n records</source>
        <translation>
            <numerusform>Aus dem letzten Feed ausgelassen: %n Datensatz</numerusform>
            <numerusform>Aus dem letzten Feed ausgelassen: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every source now.</source>
        <translation>Alle Quellen werden jetzt abgerufen.</translation>
    </message>
    <message>
        <source>Fetching %1 now.</source>
        <translation>%1 wird jetzt abgerufen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is fetched again.</source>
        <translation>%1 wird wieder abgerufen.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 ist pausiert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>That address cannot be used: %1</source>
        <translation>Diese Adresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1 was added and is fetched now.</source>
        <translation>%1 wurde hinzugefügt und wird jetzt abgerufen.</translation>
    </message>
    <message>
        <source>No feed file found. Put in the USB stick, then look again.</source>
        <translation>Keine Feed-Datei gefunden. Stecken Sie den USB-Stick ein und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is being imported.</source>
        <translation>%1 wird importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the sources failed at the last attempt and will be tried again as planned.</source>
        <translation>
            <numerusform>%n Quelle ist beim letzten Versuch gescheitert und wird wie geplant erneut abgerufen.</numerusform>
            <numerusform>%n Quellen sind beim letzten Versuch gescheitert und werden wie geplant erneut abgerufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDrive</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TestDrivePage</name>
    <message>
        <source>Book a test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>This very car, from stock</source>
        <translation>Genau dieses Fahrzeug aus dem Bestand</translation>
    </message>
    <message>
        <source>Which car would you like to drive?</source>
        <translation>Welches Fahrzeug möchten Sie fahren?</translation>
    </message>
    <message>
        <source>Booked already? Cancel with your booking code</source>
        <translation>Bereits gebucht? Mit Ihrem Buchungscode stornieren</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>Probefahrt stornieren</translation>
    </message>
    <message>
        <source>Where would you like to start?</source>
        <translation>Wo möchten Sie starten?</translation>
    </message>
    <message>
        <source>Choose a day to see its free times.</source>
        <translation>Wählen Sie einen Tag, um die freien Uhrzeiten zu sehen.</translation>
    </message>
    <message>
        <source>Times are in the studio&apos;s local time. A drive takes about an hour with an expert.</source>
        <translation>Alle Uhrzeiten gelten in der Ortszeit des Studios. Eine Probefahrt mit einem Experten dauert etwa eine Stunde.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Who is coming? We only need a name and one way to reach you.</source>
        <translation>Wer kommt? Wir benötigen nur einen Namen und eine Möglichkeit, Sie zu erreichen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>How should we reach you?</source>
        <translation>Wie dürfen wir Sie erreichen?</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this drive.</source>
        <translation>Ich habe den Datenschutzhinweis gelesen und bin einverstanden, dass mein Name und meine Kontaktdaten für diese Probefahrt gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.</source>
        <translation>
            <numerusform>Datenschutzhinweis: Ihr Name und Ihre Kontaktdaten werden nur im System dieses Studios gespeichert, um diese Probefahrt zu vereinbaren. Diese Daten werden anderen Besuchern nie angezeigt und nur dann für Werbung verwendet, wenn Sie unten das Kästchen ankreuzen; %n Tag nach der Fahrt werden sie gelöscht. Sie können jederzeit mit Ihrem Buchungscode stornieren.</numerusform>
            <numerusform>Datenschutzhinweis: Ihr Name und Ihre Kontaktdaten werden nur im System dieses Studios gespeichert, um diese Probefahrt zu vereinbaren. Diese Daten werden anderen Besuchern nie angezeigt und nur dann für Werbung verwendet, wenn Sie unten das Kästchen ankreuzen; %n Tage nach der Fahrt werden sie gelöscht. Sie können jederzeit mit Ihrem Buchungscode stornieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>Optional: Ich möchte über neue Modelle und Veranstaltungen informiert werden.</translation>
    </message>
    <message>
        <source>Book this drive</source>
        <translation>Diese Probefahrt buchen</translation>
    </message>
    <message>
        <source>Your drive is booked. We look forward to seeing you.</source>
        <translation>Ihre Probefahrt ist gebucht. Wir freuen uns auf Ihren Besuch.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Ihr Buchungscode</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Zu Ihrem Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Your booking on your phone</source>
        <translation>Ihre Buchung auf Ihrem Telefon</translation>
    </message>
    <message>
        <source>Keep the code: with it you can cancel here or by calling the studio. Nothing else is needed on the day.</source>
        <translation>Bewahren Sie den Code auf: Damit können Sie hier oder telefonisch beim Studio stornieren. Am Tag selbst brauchen Sie nichts weiter.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>Die freien Zeiten werden gesucht …</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Cancel the drive with the code %1? Its time is then free for others.</source>
        <translation>Die Probefahrt mit dem Code %1 absagen? Der Termin wird dann für andere frei.</translation>
    </message>
    <message>
        <source>Yes, cancel my drive</source>
        <translation>Ja, meine Probefahrt absagen</translation>
    </message>
    <message>
        <source>Keep my drive</source>
        <translation>Probefahrt behalten</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Your drive is kept here as a request, and the studio confirms the time with you.</source>
        <translation>Dieser Bildschirm erreicht das System des Studios gerade nicht. Ihre Probefahrt wird hier als Anfrage gespeichert, und das Studio bestätigt Ihnen die Zeit.</translation>
    </message>
    <message>
        <source>Your request is with the studio. They will confirm the time with you shortly.</source>
        <translation>Ihre Anfrage liegt beim Studio. Es bestätigt Ihnen die Zeit in Kürze.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>TradeInPage</name>
    <message>
        <source>Value my car</source>
        <translation>Mein Auto bewerten</translation>
    </message>
    <message>
        <source>Tell us about your car and we compare it with similar cars in stock. You do not need to leave any contact details.</source>
        <translation>Erzählen Sie uns von Ihrem Auto, und wir vergleichen es mit ähnlichen Fahrzeugen im Bestand. Kontaktdaten brauchen Sie nicht anzugeben.</translation>
    </message>
    <message>
        <source>VIN (optional): fills in the year and the maker</source>
        <translation>FIN (optional): ergänzt Baujahr und Hersteller</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Modelljahr</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Like new: no marks, full service history.</source>
        <translation>Wie neu: keine Spuren, lückenlos gewartet.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Normal wear for its age, serviced on time.</source>
        <translation>Altersgemäße Gebrauchsspuren, pünktlich gewartet.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Befriedigend</translation>
    </message>
    <message>
        <source>Visible marks or repairs due.</source>
        <translation>Sichtbare Spuren oder anstehende Reparaturen.</translation>
    </message>
    <message>
        <source>See what it is worth</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>The estimate appears here. It rests on cars like yours in stock in this market, adjusted for year, mileage and condition.</source>
        <translation>Die Schätzung erscheint hier. Sie beruht auf vergleichbaren Fahrzeugen im Bestand dieses Marktes, angepasst an Baujahr, Kilometerstand und Zustand.</translation>
    </message>
    <message>
        <source>Comparing with the cars in stock…</source>
        <translation>Vergleich mit dem Bestand …</translation>
    </message>
    <message>
        <source>Your car is worth about</source>
        <translation>Ihr Auto ist etwa so viel wert:</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n cars in stock</source>
        <translation>
            <numerusform>Basierend auf %n Fahrzeug im Bestand</numerusform>
            <numerusform>Basierend auf %n Fahrzeugen im Bestand</numerusform>
        </translation>
    </message>
    <message>
        <source>The closest cars in stock</source>
        <translation>Die ähnlichsten Fahrzeuge im Bestand</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>A product expert confirms the value when they see the car.</source>
        <translation>Ein Produktexperte bestätigt den Wert, wenn er das Auto gesehen hat.</translation>
    </message>
    <message>
        <source>An expert will value your car</source>
        <translation>Ein Experte bewertet Ihr Auto</translation>
    </message>
    <message>
        <source>We have too few cars like yours in stock to give a fair figure. A product expert can look at it with you.</source>
        <translation>Wir haben zu wenige vergleichbare Fahrzeuge im Bestand für einen fairen Wert. Ein Produktexperte kann sich Ihr Auto mit Ihnen ansehen.</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Eine Expertin oder einen Experten fragen</translation>
    </message>
    <message>
        <source>Mileage (miles)</source>
        <translation>Laufleistung (Meilen)</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <source>Leave it out of my monthly plans</source>
        <translation>Nicht in meinen Monatsraten anrechnen</translation>
    </message>
    <message>
        <source>Count it in my monthly plans</source>
        <translation>In meinen Monatsraten anrechnen</translation>
    </message>
    <message>
        <source>Every monthly plan now counts your car at the low end of this estimate, as part of the deposit.</source>
        <translation>Jede Monatsrate rechnet Ihr Auto jetzt mit dem unteren Ende dieser Schätzung als Teil der Anzahlung an.</translation>
    </message>
</context>
<context>
    <name>TradeInValuation</name>
    <message>
        <source>This VIN tells us nothing we can use. Please check it, or enter the car below.</source>
        <translation>Diese FIN sagt uns nichts Verwertbares. Bitte prüfen Sie sie oder geben Sie das Auto unten ein.</translation>
    </message>
    <message>
        <source>Model year %1 from the VIN. The VIN itself is not kept.</source>
        <translation>Modelljahr %1 aus der FIN. Die FIN selbst wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1, model year %2, from the VIN. The VIN itself is not kept.</source>
        <translation>%1, Modelljahr %2, aus der FIN. Die FIN selbst wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 from the VIN. The VIN itself is not kept.</source>
        <translation>%1 aus der FIN. Die FIN selbst wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Brings a %1 %2, %3, %4 %5, %6</source>
        <translation>Bringt einen %1 %2 mit, %3, %4 %5, %6</translation>
    </message>
    <message>
        <source>%1: too few cars like it in stock for an estimate; to be valued</source>
        <translation>%1: zu wenige vergleichbare Autos im Bestand für eine Schätzung; zu bewerten</translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars, counted in the deposit</source>
        <translation>
            <numerusform>%1: geschätzt %2 anhand von %n Auto, auf die Anzahlung angerechnet</numerusform>
            <numerusform>%1: geschätzt %2 anhand von %n Autos, auf die Anzahlung angerechnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars</source>
        <translation>
            <numerusform>%1: geschätzt %2 anhand von %n Auto</numerusform>
            <numerusform>%1: geschätzt %2 anhand von %n Autos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>Geprüft gebraucht</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>VehicleDetailPage</name>
    <message>
        <source>Total price</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>QR code: directions to %1</source>
        <translation>QR-Code: Weg zu %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>QR code: this car on your phone</source>
        <translation>QR-Code: dieses Fahrzeug auf Ihrem Telefon</translation>
    </message>
    <message>
        <source>Take this car with you: scan to see it on your phone.</source>
        <translation>Nehmen Sie dieses Fahrzeug mit: scannen und auf dem Telefon ansehen.</translation>
    </message>
    <message>
        <source>Hold this car</source>
        <translation>Dieses Fahrzeug reservieren</translation>
    </message>
    <message>
        <source>An expert will come to you to hold this car.</source>
        <translation>Jemand aus dem Team kommt zu Ihnen, um das Fahrzeug zu reservieren.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>Bitte sprechen Sie jemanden aus unserem Team an – Ihre Anfrage konnte von diesem Bildschirm nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Eine Expertin oder einen Experten fragen</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>Gleich ist jemand aus unserem Team bei Ihnen.</translation>
    </message>
    <message>
        <source>In the comparison (%1 of 3)</source>
        <translation>Im Vergleich (%1 von 3)</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>Zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Probefahrt buchen</translation>
    </message>
    <message>
        <source>This car is no longer in stock. What you see is how it was listed — an expert can suggest a similar one.</source>
        <translation>Dieses Fahrzeug ist nicht mehr im Bestand. Sie sehen es so, wie es angeboten wurde – eine Expertin oder ein Experte kann Ihnen ein ähnliches zeigen.</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>Mein Auto bewerten</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
</context>
<context>
    <name>VisitSuggestions</name>
    <message>
        <source>Same model, driven less: %1</source>
        <translation>Gleiches Modell, weniger gefahren: %1</translation>
    </message>
    <message>
        <source>Same body, %1 less</source>
        <translation>Gleiche Karosserie, %1 günstiger</translation>
    </message>
    <message>
        <source>With your car counted: %1 a month</source>
        <translation>Mit Ihrem Auto angerechnet: %1 im Monat</translation>
    </message>
    <message>
        <source>In the colour you chose</source>
        <translation>In der Farbe, die Sie gewählt haben</translation>
    </message>
    <message>
        <source>The body you looked for</source>
        <translation>Die Karosserie, die Sie gesucht haben</translation>
    </message>
</context>
</TS>
