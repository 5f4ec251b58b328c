<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessibilityPage</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte agrandi</translation>
    </message>
    <message>
        <source>Every text on every page, a third larger.</source>
        <translation>Tous les textes de toutes les pages, un tiers plus grands.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Stronger colours and clearer edges.</source>
        <translation>Des couleurs plus fortes et des contours plus nets.</translation>
    </message>
    <message>
        <source>Within reach</source>
        <translation>À portée de main</translation>
    </message>
    <message>
        <source>On a tall screen, everything moves into the lower part, within reach from a wheelchair.</source>
        <translation>Sur un écran vertical, tout descend dans la partie basse, à portée depuis un fauteuil roulant.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Speak aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>The screen says what your finger touches. Swipe right or left to move, double tap to choose. Also: hold two fingers on the screen for two seconds.</source>
        <translation>L’écran dit ce que touche votre doigt. Balayez vers la droite ou la gauche pour passer d’un élément à l’autre, touchez deux fois pour choisir. Ou : gardez deux doigts deux secondes sur l’écran.</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Volume %1 %</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>In this studio, only into headphones.</source>
        <translation>Dans ce studio, uniquement dans un casque.</translation>
    </message>
    <message>
        <source>Plug headphones into the socket of this screen to hear it. Nothing is said out loud here.</source>
        <translation>Branchez un casque sur la prise de cet écran pour l’entendre. Rien n’est dit à voix haute ici.</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch to explore</source>
        <translation>Touchez pour explorer</translation>
    </message>
    <message>
        <source>To hear the screen: plug in headphones, then hold two fingers on it for two seconds.</source>
        <translation>Pour entendre l’écran : branchez un casque, puis posez deux doigts sur l’écran pendant deux secondes.</translation>
    </message>
    <message>
        <source>To hear the screen: hold two fingers on it for two seconds.</source>
        <translation>Pour entendre l’écran : posez deux doigts sur l’écran pendant deux secondes.</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>Prochainement ici : %1, %2</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant : %1</translation>
    </message>
</context>
<context>
    <name>BuildSummary</name>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>of which %1 (%2 %)</source>
        <translation>dont %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>BuildSummaryPage</name>
    <message>
        <source>Total price</source>
        <translation>Prix total</translation>
    </message>
    <message>
        <source>QR code: this build on your phone</source>
        <translation>Code QR : cette configuration sur votre téléphone</translation>
    </message>
    <message>
        <source>Your configuration code</source>
        <translation>Votre code de configuration</translation>
    </message>
    <message>
        <source>Scan it, or give the code to any of our studios to open this exact car.</source>
        <translation>Scannez-le, ou donnez ce code dans n’importe lequel de nos studios pour retrouver exactement cette voiture.</translation>
    </message>
    <message>
        <source>See similar cars in stock</source>
        <translation>Voir des voitures similaires en stock</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>Modifier quelque chose</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Parler à un expert</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>Un membre de notre équipe vous rejoint dans un instant.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>Adressez-vous à un membre de notre équipe : votre demande n’a pas pu être envoyée depuis cet écran.</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Réserver un essai</translation>
    </message>
    <message>
        <source>It also carries your car&apos;s estimate, counted in the deposit.</source>
        <translation>Il contient aussi l’estimation de votre voiture, comptée dans l’apport.</translation>
    </message>
</context>
<context>
    <name>CarFacts</name>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>%1 kW (%2 hp)</source>
        <translation>%1 kW (%2 ch)</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0 à 100 km/h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Vitesse maximale</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>Range (WLTP)</source>
        <translation>Autonomie (WLTP)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 l</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Driver assistance</source>
        <translation>Aides à la conduite</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confort</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>Intérieur</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <source>Sound and screens</source>
        <translation>Son et écrans</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Vehicle, before taxes</source>
        <translation>Véhicule, hors taxes</translation>
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
        <translation>Photo %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration : %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo : %1</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>Retirer %1 de la comparaison</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Year, mileage, condition</source>
        <translation>Année, kilométrage, état</translation>
    </message>
    <message>
        <source>Colour, interior, wheels</source>
        <translation>Couleur, intérieur, jantes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <source>Not sold in this market</source>
        <translation>Non vendu sur ce marché</translation>
    </message>
    <message>
        <source>Complete price: taxes and fees included</source>
        <translation>Prix complet : taxes et frais inclus</translation>
    </message>
    <message>
        <source>Changing to %1 also changes</source>
        <translation>Passer à «&#xa0;%1&#xa0;» modifie aussi</translation>
    </message>
    <message>
        <source>Removing %1 also changes</source>
        <translation>Retirer «&#xa0;%1&#xa0;» modifie aussi</translation>
    </message>
    <message>
        <source>Adding %1 also changes</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» modifie aussi</translation>
    </message>
    <message>
        <source>Your complete price: %1 (%2)</source>
        <translation>Votre prix complet : %1 (%2)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Now included</source>
        <translation>Désormais inclus</translation>
    </message>
    <message>
        <source>Now charged separately</source>
        <translation>Désormais facturé séparément</translation>
    </message>
    <message>
        <source>You took it off.</source>
        <translation>Vous l’avez retiré.</translation>
    </message>
    <message>
        <source>%1 needs it.</source>
        <translation>%1 en a besoin.</translation>
    </message>
    <message>
        <source>It needs %1, which is no longer on the car.</source>
        <translation>Il nécessite %1, qui n’est plus sur la voiture.</translation>
    </message>
    <message>
        <source>It cannot be combined with %1.</source>
        <translation>Il ne peut pas être combiné avec %1.</translation>
    </message>
    <message>
        <source>There is room for one: %1 takes its place.</source>
        <translation>Un seul est possible : %1 prend sa place.</translation>
    </message>
    <message>
        <source>It comes with %1.</source>
        <translation>Il est fourni avec %1.</translation>
    </message>
    <message>
        <source>It came with %1, which is no longer on the car.</source>
        <translation>Il était fourni avec %1, qui n’est plus sur la voiture.</translation>
    </message>
    <message>
        <source>The package holds something that cannot be combined with %1.</source>
        <translation>Le pack contient un élément qui ne peut pas être combiné avec %1.</translation>
    </message>
    <message>
        <source>Standard on this version, at no extra cost.</source>
        <translation>De série sur cette version, sans supplément.</translation>
    </message>
    <message>
        <source>Standard on the previous version only.</source>
        <translation>De série uniquement sur la version précédente.</translation>
    </message>
    <message>
        <source>Not offered on this version.</source>
        <translation>Non proposé sur cette version.</translation>
    </message>
    <message>
        <source>Offered with %1.</source>
        <translation>Proposé avec %1.</translation>
    </message>
    <message>
        <source>The version&apos;s standard choice.</source>
        <translation>Le choix de série de cette version.</translation>
    </message>
    <message>
        <source>Every car needs one of these.</source>
        <translation>Chaque voiture en a besoin d’un.</translation>
    </message>
    <message>
        <source>This choice is not in the catalog.</source>
        <translation>Ce choix ne figure pas au catalogue.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>De série</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message numerus="yes">
        <source>Changes %n other choice(s)</source>
        <translation>
            <numerusform>Modifie %n autre choix</numerusform>
            <numerusform>Modifie %n autres choix</numerusform>
        </translation>
    </message>
    <message>
        <source>Metallic</source>
        <translation>Métallisée</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>Mate</translation>
    </message>
    <message>
        <source>Pearl</source>
        <translation>Nacrée</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Unie</translation>
    </message>
    <message>
        <source>The catalog is not loaded yet.</source>
        <translation>Le catalogue n’est pas encore chargé.</translation>
    </message>
    <message>
        <source>This code has a typing mistake or is incomplete. Please check each character.</source>
        <translation>Ce code contient une faute de frappe ou est incomplet. Veuillez vérifier chaque caractère.</translation>
    </message>
    <message>
        <source>A choice</source>
        <translation>Un choix</translation>
    </message>
    <message>
        <source>The model of this code is no longer offered; this is the closest one today.</source>
        <translation>Le modèle de ce code n’est plus proposé ; voici le plus proche aujourd’hui.</translation>
    </message>
    <message>
        <source>The version of this code is no longer offered; this is the closest one today.</source>
        <translation>La version de ce code n’est plus proposée ; voici la plus proche aujourd’hui.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 n’est plus proposé.</translation>
    </message>
    <message>
        <source>%1 is no longer offered; %2 takes its place.</source>
        <translation>%1 n’est plus proposé ; %2 prend sa place.</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>%1 n’est plus possible sur cette configuration.</translation>
    </message>
    <message>
        <source>Prices or rules have changed since this code was made; everything shown is today&apos;s.</source>
        <translation>Les prix ou les règles ont changé depuis la création de ce code ; tout ce qui est affiché est d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Amounts include taxes, as your complete price does.</source>
        <translation>Les montants incluent les taxes, comme votre prix total.</translation>
    </message>
    <message>
        <source>This code counts a car in part-exchange at %1 in the deposit, an estimate a product expert confirms.</source>
        <translation>Ce code compte une voiture en reprise pour %1 dans l’apport, une estimation qu’un expert produit confirme.</translation>
    </message>
</context>
<context>
    <name>ConfiguratorPage</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>Jantes</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>Intérieur</translation>
    </message>
    <message>
        <source>Packages and options</source>
        <translation>Packs et options</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>Configurer la vôtre</translation>
    </message>
    <message>
        <source>Choose a model to begin.</source>
        <translation>Choisissez un modèle pour commencer.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivant : %1</translation>
    </message>
    <message>
        <source>See your car</source>
        <translation>Voir votre voiture</translation>
    </message>
    <message>
        <source>Keep my car as it was</source>
        <translation>Garder ma voiture telle quelle</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Make these changes</source>
        <translation>Appliquer ces changements</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>Mensualités</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A change a choice brings: what happens to an option, and the option (&quot;Added: Heated seats&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Your name contains invisible characters (such as a tab or a line break). Please type it again.</source>
        <translation>Votre nom contient des caractères invisibles (comme une tabulation ou un saut de ligne). Veuillez le saisir à nouveau.</translation>
    </message>
    <message>
        <source>Please enter your name, so that we can greet you.</source>
        <translation>Veuillez indiquer votre nom, afin que nous puissions vous accueillir.</translation>
    </message>
    <message>
        <source>Please shorten your name to at most 100 characters.</source>
        <translation>Veuillez raccourcir votre nom à 100 caractères au maximum.</translation>
    </message>
    <message>
        <source>A name has no digits. Please enter your name only.</source>
        <translation>Un nom ne contient pas de chiffres. Veuillez saisir uniquement votre nom.</translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your name.</source>
        <translation>Veuillez n’utiliser que des lettres, des espaces, des traits d’union et des apostrophes dans votre nom.</translation>
    </message>
    <message>
        <source>Please enter your name in letters.</source>
        <translation>Veuillez saisir votre nom en lettres.</translation>
    </message>
    <message>
        <source>The phone number contains invisible characters. Please type it again.</source>
        <translation>Le numéro de téléphone contient des caractères invisibles. Veuillez le saisir à nouveau.</translation>
    </message>
    <message>
        <source>Please enter your phone number.</source>
        <translation>Veuillez saisir votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>This is too long for a phone number. Please check it.</source>
        <translation>C’est trop long pour un numéro de téléphone. Veuillez le vérifier.</translation>
    </message>
    <message>
        <source> For example: %1.</source>
        <translation> Par exemple : %1.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Please type the digits of your number.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Veuillez saisir les chiffres de votre numéro.</translation>
    </message>
    <message>
        <source>No phone number like this exists. Please check the digits after the country code.</source>
        <translation>Ce numéro de téléphone n’existe pas. Veuillez vérifier les chiffres après l’indicatif du pays.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. For a number from another country, start with + and its country code.</source>
        <translation>Ce numéro de téléphone n’est pas valide pour le pays %1. Pour un numéro d’un autre pays, veuillez commencer par + suivi de l’indicatif du pays.</translation>
    </message>
    <message>
        <source>We cannot call this kind of number (premium-rate, toll-free, pager). Please give your mobile or home number.</source>
        <translation>Nous ne pouvons pas appeler ce type de numéro (surtaxé, gratuit, bipeur). Veuillez indiquer votre numéro de mobile ou de domicile.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com. Please check yours.</source>
        <translation>Une adresse e-mail se présente ainsi : nom@example.com. Veuillez vérifier la vôtre.</translation>
    </message>
    <message>
        <source>The e-mail address contains invisible characters. Please type it again.</source>
        <translation>L’adresse e-mail contient des caractères invisibles. Veuillez la saisir à nouveau.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Veuillez saisir votre adresse e-mail.</translation>
    </message>
    <message>
        <source>This is too long for an e-mail address. Please check it.</source>
        <translation>C’est trop long pour une adresse e-mail. Veuillez la vérifier.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces. Please check yours.</source>
        <translation>Une adresse e-mail ne contient pas d’espaces. Veuillez vérifier la vôtre.</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain (like example.com). Please check it.</source>
        <translation>La partie après @ n’est pas un domaine valide (comme example.com). Veuillez la vérifier.</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to book a test drive. Marketing messages are a separate choice.</source>
        <translation>Veuillez accepter l’avis de confidentialité pour réserver un essai. Les messages marketing font l’objet d’un choix distinct.</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to take your place. Marketing messages are a separate choice.</source>
        <translation>Veuillez accepter la notice de confidentialité pour réserver votre place. Les messages marketing sont un choix distinct.</translation>
    </message>
</context>
<context>
    <name>DriveAgenda</name>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Contact details deleted</source>
        <translation>Coordonnées supprimées</translation>
    </message>
    <message>
        <source> (stock car)</source>
        <translation> (véhicule en stock)</translation>
    </message>
    <message>
        <source>Not possible at this point of the drive (a no-show is marked once its time has begun).</source>
        <translation>Impossible à ce stade de l’essai (une absence ne se signale qu’une fois l’heure de l’essai commencée).</translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation>L’enregistrement n’a pas abouti. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>That time was just taken. Please choose another.</source>
        <translation>Ce créneau vient d’être pris. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>This drive cannot be moved to that time.</source>
        <translation>Cet essai ne peut pas être déplacé sur ce créneau.</translation>
    </message>
    <message>
        <source>The studio hub did not keep this booking: %1</source>
        <translation>Le hub du studio n’a pas retenu cette réservation : %1</translation>
    </message>
    <message>
        <source>Not at the studio hub yet: it goes there as soon as the hub can be reached.</source>
        <translation>Pas encore transmise au hub du studio : elle le sera dès que le hub sera joignable.</translation>
    </message>
    <message>
        <source>The studio hub gave this time to another booking. Call the visitor and move the drive to one of the nearest free times.</source>
        <translation>Le hub du studio a attribué ce créneau à une autre réservation. Appelez le visiteur et déplacez l’essai vers l’un des créneaux libres les plus proches.</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: the free times cannot be read now.</source>
        <translation>Le hub du studio est injoignable : les créneaux libres ne peuvent pas être lus pour l’instant.</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: please try again in a moment.</source>
        <translation>Le hub du studio est injoignable : veuillez réessayer dans un instant.</translation>
    </message>
</context>
<context>
    <name>DriveBooking</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>Ce studio</translation>
    </message>
    <message>
        <source>No times left</source>
        <translation>Plus de créneaux libres</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Complet</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) free</source>
        <translation>
            <numerusform>%n créneau libre</numerusform>
            <numerusform>%n créneaux libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>The studio is closed that day.</source>
        <translation>Le studio est fermé ce jour-là.</translation>
    </message>
    <message>
        <source>No times are left that day. Please choose another day.</source>
        <translation>Il n’y a plus de créneau libre ce jour-là. Veuillez choisir un autre jour.</translation>
    </message>
    <message numerus="yes">
        <source>We use it only to reach you about this drive, and delete it %n day(s) after the drive.</source>
        <translation>
            <numerusform>Nous l’utilisons uniquement pour vous joindre au sujet de cet essai, et l’effaçons %n jour après l’essai.</numerusform>
            <numerusform>Nous l’utilisons uniquement pour vous joindre au sujet de cet essai, et l’effaçons %n jours après l’essai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a time first.</source>
        <translation>Veuillez d’abord choisir un horaire.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Veuillez vérifier les champs mis en évidence.</translation>
    </message>
    <message>
        <source>Someone has just booked this time. Please choose another one; your details stay filled in.</source>
        <translation>Quelqu’un vient de réserver ce créneau. Veuillez en choisir un autre ; vos informations restent saisies.</translation>
    </message>
    <message>
        <source>Another screen is booking at this moment. Please tap Book again.</source>
        <translation>Un autre écran est en train de réserver. Veuillez appuyer à nouveau sur « Réserver ».</translation>
    </message>
    <message>
        <source>The booking could not be saved on this screen. Please ask any of our team.</source>
        <translation>La réservation n’a pas pu être enregistrée sur cet écran. Veuillez vous adresser à un membre de notre équipe.</translation>
    </message>
    <message>
        <source>There is no drive with this code. Please check each character.</source>
        <translation>Aucun essai ne correspond à ce code. Veuillez vérifier chaque caractère.</translation>
    </message>
    <message>
        <source>This drive can no longer be cancelled here; please call the studio.</source>
        <translation>Cet essai ne peut plus être annulé ici ; veuillez appeler le studio.</translation>
    </message>
    <message>
        <source>The drive could not be cancelled on this screen. Please ask any of our team.</source>
        <translation>L’essai n’a pas pu être annulé sur cet écran. Veuillez vous adresser à un membre de notre équipe.</translation>
    </message>
    <message>
        <source>Your drive on %1 is cancelled.</source>
        <translation>Votre essai du %1 est annulé.</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Spoken in %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Cet événement est annulé.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>Cet événement est complet.</translation>
    </message>
    <message>
        <source>No sign-up needed: simply come by.</source>
        <translation>Pas d’inscription : passez simplement.</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Ajouter à votre agenda</translation>
    </message>
    <message>
        <source>Join: we only need a name and one way to reach you.</source>
        <translation>Participer : il nous faut seulement un nom et un moyen de vous joindre.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>Votre numéro de téléphone ou adresse e-mail</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this event.</source>
        <translation>J’ai lu la notice de confidentialité et j’accepte que mon nom et mon contact soient conservés pour cet événement.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.</source>
        <translation>
            <numerusform>Confidentialité : votre nom et votre contact sont enregistrés sur le système de ce studio uniquement pour votre place à cet événement. Ils ne sont jamais montrés à d’autres visiteurs ni utilisés pour la publicité, sauf si vous cochez la case ci-dessous, et sont effacés %n jour après l’événement. Votre code vous permet de rendre votre place à tout moment.</numerusform>
            <numerusform>Confidentialité : votre nom et votre contact sont enregistrés sur le système de ce studio uniquement pour votre place à cet événement. Ils ne sont jamais montrés à d’autres visiteurs ni utilisés pour la publicité, sauf si vous cochez la case ci-dessous, et sont effacés %n jours après l’événement. Votre code vous permet de rendre votre place à tout moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>Facultatif : je souhaite recevoir des informations sur les nouveaux modèles et les événements.</translation>
    </message>
    <message>
        <source>Join this event</source>
        <translation>Participer à cet événement</translation>
    </message>
    <message>
        <source>You have a place. Your code:</source>
        <translation>Votre place est réservée. Votre code :</translation>
    </message>
    <message>
        <source>Keep the code: with it you can give your place back here or by calling the studio.</source>
        <translation>Gardez le code : il vous permet de rendre votre place ici ou en appelant le studio.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep a place. Our team can sign you up at the desk.</source>
        <translation>Cet écran ne peut pas joindre le système du studio pour le moment : il ne peut donc pas réserver de place. Notre équipe peut vous inscrire à l’accueil.</translation>
    </message>
    <message>
        <source>Your place on your phone</source>
        <translation>Votre place sur votre téléphone</translation>
    </message>
    <message>
        <source>Your place on your phone: the details, the calendar, and giving it back.</source>
        <translation>Votre place sur votre téléphone : les détails, l’agenda, et la possibilité de la rendre.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>What&apos;s on</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Spoken in</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Nothing planned this week that fits. Try another week, or all kinds and languages.</source>
        <translation>Rien de prévu cette semaine qui corresponde. Essayez une autre semaine, ou tous les types et langues.</translation>
    </message>
    <message>
        <source>Have a place and cannot come? Give it back with your code</source>
        <translation>Vous avez une place mais ne pouvez pas venir ? Rendez-la avec votre code</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Votre code</translation>
    </message>
</context>
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>Parler à un expert</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>Un membre de notre équipe vous rejoint dans un instant.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>Adressez-vous à un membre de notre équipe : votre demande n’a pas pu être envoyée depuis cet écran.</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>Continuez à explorer en attendant. Inutile de laisser vos coordonnées.</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1, %n voiture</numerusform>
            <numerusform>%1, %n voitures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Deposit</source>
        <translation>Apport</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>Dernière échéance majorée</translation>
    </message>
    <message>
        <source>Your car in part-exchange</source>
        <translation>Votre voiture en reprise</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>Apport en argent</translation>
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
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, TAP %3 (APR), coût du financement %4</numerusform>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, TAP %3 (APR), coût du financement %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</source>
        <translation>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, taux annualisé %3, intérêts et frais au total %4</numerusform>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, taux annualisé %3, intérêts et frais au total %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, taux sur capital restant dû %3 (taux forfaitaire %4), coût total du crédit %5</numerusform>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, taux sur capital restant dû %3 (taux forfaitaire %4), coût total du crédit %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, TAEG %3 (taux débiteur %4), coût total du crédit %5</numerusform>
            <numerusform>%1 par mois pendant %n mois, %2 d’apport, TAEG %3 (taux débiteur %4), coût total du crédit %5</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot be offered for this price; choose a smaller deposit or balloon.</source>
        <translation>Ce plan n’est pas possible pour ce prix ; choisissez un apport ou une dernière échéance plus faibles.</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Apport</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Apport</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>Montant financé</translation>
    </message>
    <message>
        <source>Amount of credit</source>
        <translation>Montant du crédit</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly payments of</source>
        <translation>
            <numerusform>%n mensualité de</numerusform>
            <numerusform>%n mensualités de</numerusform>
        </translation>
    </message>
    <message>
        <source>Final monthly payment</source>
        <translation>Dernière mensualité</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>Dernière échéance majorée</translation>
    </message>
    <message>
        <source>Arrangement fee</source>
        <translation>Frais de dossier</translation>
    </message>
    <message>
        <source>Monthly fee, in each payment</source>
        <translation>Frais mensuels, inclus dans chaque mensualité</translation>
    </message>
    <message>
        <source>Annual percentage rate (APR)</source>
        <translation>Taux annuel en pourcentage (APR)</translation>
    </message>
    <message>
        <source>Note rate</source>
        <translation>Taux contractuel</translation>
    </message>
    <message>
        <source>Annualised rate</source>
        <translation>Taux annualisé</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>Taux nominal</translation>
    </message>
    <message>
        <source>Reducing-balance rate</source>
        <translation>Taux sur capital restant dû</translation>
    </message>
    <message>
        <source>Flat rate, for comparison</source>
        <translation>Taux forfaitaire, pour comparaison</translation>
    </message>
    <message>
        <source>Annual percentage rate of charge (APRC)</source>
        <translation>Taux annuel effectif global (TAEG)</translation>
    </message>
    <message>
        <source>Total amount payable</source>
        <translation>Montant total dû</translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation>Coût du financement</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>Coût total du crédit</translation>
    </message>
    <message>
        <source>Your car counts for %1 of the deposit: the low end of its estimate, which a product expert confirms.</source>
        <translation>Votre voiture compte pour %1 dans l’apport : le bas de son estimation, qu’un expert produit confirme.</translation>
    </message>
    <message>
        <source>Your car&apos;s estimate covers this price: there is nothing to finance.</source>
        <translation>L’estimation de votre voiture couvre ce prix : il n’y a rien à financer.</translation>
    </message>
    <message>
        <source>Down payment in money</source>
        <translation>Apport en argent</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>Apport en argent</translation>
    </message>
    <message>
        <source>Your car in part-exchange, estimated</source>
        <translation>Votre voiture en reprise, estimée</translation>
    </message>
    <message>
        <source>Deposit in total</source>
        <translation>Apport au total</translation>
    </message>
    <message>
        <source>Count my car</source>
        <translation>Compter ma voiture</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Ne pas la compter</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Recently added</source>
        <translation>Ajoutées récemment</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Les plus proches</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Les plus récentes</translation>
    </message>
    <message>
        <source>Lowest mileage</source>
        <translation>Kilométrage le plus bas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neuve</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>Occasion certifiée</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Occasion</translation>
    </message>
    <message numerus="yes">
        <source>No car matches all of these. Without %1 there are %n cars.</source>
        <translation>
            <numerusform>Aucune voiture ne correspond à tout. Sans %1, il y a %n voiture.</numerusform>
            <numerusform>Aucune voiture ne correspond à tout. Sans %1, il y a %n voitures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Électrique</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>Hybride rechargeable</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Essence</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Model line</source>
        <translation>Gamme</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Carrosserie</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Motorisation</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Prices in %1. While a price range is set, cars priced in another currency are not shown.</source>
        <translation>Prix en %1. Tant qu’une fourchette de prix est choisie, les voitures affichées dans une autre devise ne sont pas montrées.</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>Dans un rayon de %1</translation>
    </message>
    <message>
        <source>Model year %1–%2</source>
        <translation>Année modèle %1–%2</translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation>Prix croissant</translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation>Prix décroissant</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Within %1 of %2</source>
        <translation>Dans un rayon de %1 autour de %2</translation>
    </message>
    <message>
        <source>Within %1 of here</source>
        <translation>Dans un rayon de %1 d’ici</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Année modèle</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>Find a car in stock</source>
        <translation>Trouver une voiture en stock</translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n voiture</numerusform>
            <numerusform>%n voitures</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>Tri : %1</translation>
    </message>
    <message>
        <source>No car matches these choices.</source>
        <translation>Aucune voiture ne correspond à ces choix.</translation>
    </message>
    <message>
        <source>Still loading the stock…</source>
        <translation>Le stock est encore en cours de chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n cars</source>
        <translation>
            <numerusform>Comparer %n voiture</numerusform>
            <numerusform>Comparer %n voitures</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Année modèle</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Afficher en grille</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Afficher en liste</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Type %1</source>
        <translation>Saisir %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>Prenez votre temps. Découvrez les voitures, composez la vôtre ou partez pour un essai, à votre rythme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation>
            <numerusform>%1 · %n voiture en stock à proximité</numerusform>
            <numerusform>%1 · %n voitures en stock à proximité</numerusform>
        </translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>Le fleuron de la gamme</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>Trouver une voiture en stock</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>Neuves et d’occasion certifiées, près de vous</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>Configurer la vôtre</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>Couleur, jantes, intérieur, prix</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Réserver un essai</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>Le jour et l’heure qui vous conviennent</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Parler à un expert</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>Quelqu’un viendra vers vous</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>Estimer ma voiture</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>Prochainement ici : %1, %2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Still exploring?</source>
        <translation>Toujours en exploration ?</translation>
    </message>
    <message>
        <source>Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.</source>
        <translation>Touchez l’écran pour continuer. Sinon, il effacera bientôt tous vos choix pour le prochain visiteur.</translation>
    </message>
</context>
<context>
    <name>InsightWording</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Visits in the period before</source>
        <translation>Visites de la période précédente</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Look closer</source>
        <translation>Voir de plus près</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation>Recherché</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Times nothing was found</source>
        <translation>Fois sans résultat</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Viewed a car</source>
        <translation>A consulté une voiture</translation>
    </message>
    <message>
        <source>Configured a car</source>
        <translation>A configuré une voiture</translation>
    </message>
    <message>
        <source>Booked a test drive</source>
        <translation>A réservé un essai</translation>
    </message>
    <message numerus="yes">
        <source>%n filters for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n filtre pour %1 n’a trouvé aucune voiture en stock.</numerusform>
            <numerusform>%n filtres pour %1 n’ont trouvé aucune voiture en stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n searches for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n recherche de %1 n’a trouvé aucune voiture en stock.</numerusform>
            <numerusform>%n recherches de %1 n’ont trouvé aucune voiture en stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and never booked for a test drive.</source>
        <translation>%1 a été consultée lors de %2 visites et jamais réservée pour un essai.</translation>
    </message>
    <message numerus="yes">
        <source>Test drives of %1 on %2 were fully booked for %n visits.</source>
        <translation>
            <numerusform>Les essais de %1 le %2 étaient complets pour %n visite.</numerusform>
            <numerusform>Les essais de %1 le %2 étaient complets pour %n visites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock source %1 has failed %n times since %2.</source>
        <translation>
            <numerusform>La source de stock %1 a échoué %n fois depuis %2.</numerusform>
            <numerusform>La source de stock %1 a échoué %n fois depuis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test drives were missed (%3).</source>
        <translation>%1 essais sur %2 ont été manqués (%3).</translation>
    </message>
    <message>
        <source>Drove</source>
        <translation>A essayé</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 visits</source>
        <translation>Masqué : moins de 5 visites</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Visits to its page</source>
        <translation>Visites de sa page</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>Places prises</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and booked for a test drive once: viewed %3 times as often as it is driven.</source>
        <translation>%1 a été consultée lors de %2 visites et réservée une fois pour un essai : consultée %3 fois plus souvent qu’essayée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</source>
        <translation>
            <numerusform>%1 a été consultée lors de %2 visites et réservée %n fois pour un essai : consultée %3 fois plus souvent qu’essayée.</numerusform>
            <numerusform>%1 a été consultée lors de %2 visites et réservée %n fois pour un essai : consultée %3 fois plus souvent qu’essayée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day one day earlier</source>
        <translation>Premier jour un jour plus tôt</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <source>First day one day later</source>
        <translation>Premier jour un jour plus tard</translation>
    </message>
    <message>
        <source>Last day one day earlier</source>
        <translation>Dernier jour un jour plus tôt</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Last day one day later</source>
        <translation>Dernier jour un jour plus tard</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 visits are hidden.</source>
        <translation>Les groupes de moins de 5 visites sont masqués.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>Rien de particulier sur cette période.</translation>
    </message>
    <message>
        <source>From visit to drive</source>
        <translation>De la visite à l’essai</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Heures les plus fréquentées</translation>
    </message>
    <message>
        <source>Busiest hour: %1, %2 visits</source>
        <translation>Heure la plus fréquentée : %1, %2 visites</translation>
    </message>
    <message>
        <source>Too few visits to show the hours.</source>
        <translation>Trop peu de visites pour afficher les heures.</translation>
    </message>
    <message>
        <source>Most viewed models</source>
        <translation>Modèles les plus consultés</translation>
    </message>
    <message>
        <source>Looked for, and nothing found</source>
        <translation>Recherché, sans résultat</translation>
    </message>
    <message>
        <source>Every search and filter found cars.</source>
        <translation>Chaque recherche et chaque filtre ont trouvé des voitures.</translation>
    </message>
    <message>
        <source>Paints chosen</source>
        <translation>Peintures choisies</translation>
    </message>
    <message>
        <source>Wheels chosen</source>
        <translation>Jantes choisies</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Options choisies</translation>
    </message>
    <message>
        <source>Screens side by side</source>
        <translation>Écrans côte à côte</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Every table of this period as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>Chaque tableau de cette période en fichiers CSV (UTF-8, pour tout tableur).</translation>
    </message>
    <message>
        <source>Insert a USB stick to export the tables.</source>
        <translation>Insérez une clé USB pour exporter les tableaux.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire sur %1</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>Rechercher à nouveau les clés USB</translation>
    </message>
    <message>
        <source>Busiest days</source>
        <translation>Jours les plus fréquentés</translation>
    </message>
    <message>
        <source>Studio events: visits to their pages</source>
        <translation>Événements du studio : visites de leurs pages</translation>
    </message>
    <message>
        <source>No event page was opened in this period.</source>
        <translation>Aucune page d’événement n’a été ouverte sur cette période.</translation>
    </message>
    <message>
        <source>Studio events by kind</source>
        <translation>Événements du studio par type</translation>
    </message>
    <message>
        <source>Visits day by day</source>
        <translation>Visites jour par jour</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>La période précédente</translation>
    </message>
    <message>
        <source>Whose visits</source>
        <translation>Quelles visites</translation>
    </message>
    <message>
        <source>Studios side by side</source>
        <translation>Studios côte à côte</translation>
    </message>
    <message>
        <source>Every table of this period, as the hub counted it, as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>Tous les tableaux de cette période, tels que le hub les a comptés, en fichiers CSV (UTF-8, pour tout tableur).</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Days with fewer than 5 visits are left out of the line.</source>
        <translation>Les jours de moins de 5 visites sont omis de la courbe.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Configure yours</source>
        <translation>Configurer la vôtre</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>Commencez par une gamme. Chaque choix affiche son prix avant que vous ne le fassiez.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
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
        <translation>Ici, dans ce studio</translation>
    </message>
    <message>
        <source>%1 mi away</source>
        <translation>à %1 mi</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>à %1 km</translation>
    </message>
    <message>
        <source>Priced in %1 for %2, not converted</source>
        <translation>Prix en %1 pour %2, non converti</translation>
    </message>
    <message>
        <source>Priced in %1, not converted</source>
        <translation>Prix en %1, non converti</translation>
    </message>
</context>
<context>
    <name>ModelLinesPage</name>
    <message>
        <source>Have a configuration code?</source>
        <translation>Vous avez un code de configuration ?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>This screen is taking a short break</source>
        <translation>Cet écran fait une courte pause</translation>
    </message>
    <message>
        <source>A product expert will be glad to show you the cars, take you for a drive or help you with a booking.</source>
        <translation>Un expert produit se fera un plaisir de vous présenter les voitures, de vous proposer un essai ou de vous aider à réserver.</translation>
    </message>
    <message>
        <source>For staff: %1 Vitrine tries again every 10 seconds.</source>
        <translation>Pour l’équipe : %1 Vitrine réessaie toutes les 10 secondes.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Pour l’équipe : %1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PhoneBookPage</name>
    <message>
        <source>Book a test drive of the %1</source>
        <translation>Réserver un essai de la %1</translation>
    </message>
    <message>
        <source>Back to your build</source>
        <translation>Retour à votre configuration</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Choose a studio to see its free times.</source>
        <translation>Choisissez un studio pour voir ses créneaux libres.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>Aucun horaire libre ce jour-là. Choisissez un autre jour.</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>Horaires libres le %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>Votre numéro de téléphone ou adresse e-mail</translation>
    </message>
    <message>
        <source>Only to confirm this drive and, if it must change, to tell you.</source>
        <translation>Uniquement pour confirmer cet essai et vous prévenir s’il doit changer.</translation>
    </message>
    <message>
        <source>Book the test drive</source>
        <translation>Réserver l’essai</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>Choisissez l’un des horaires libres.</translation>
    </message>
    <message>
        <source>That time is no longer free: someone has just taken it. Choose another time.</source>
        <translation>Ce créneau n’est plus libre : quelqu’un vient de le prendre. Choisissez un autre horaire.</translation>
    </message>
</context>
<context>
    <name>PhoneBuildPage</name>
    <message>
        <source>This build code is not valid</source>
        <translation>Ce code de configuration n’est pas valide</translation>
    </message>
    <message>
        <source>It has a typing mistake or is incomplete. Scan the code on the screen again.</source>
        <translation>Il contient une faute de frappe ou est incomplet. Scannez à nouveau le code affiché à l’écran.</translation>
    </message>
    <message>
        <source>This build can no longer be shown</source>
        <translation>Cette configuration ne peut plus être affichée</translation>
    </message>
    <message>
        <source>The model is no longer offered here. Ask the studio for its successor.</source>
        <translation>Ce modèle n’est plus proposé ici. Demandez son successeur au studio.</translation>
    </message>
    <message>
        <source>Your build %1: %2</source>
        <translation>Votre configuration %1 : %2</translation>
    </message>
    <message>
        <source>Build code %1</source>
        <translation>Code de configuration %1</translation>
    </message>
    <message>
        <source>Drawing of the %1 in %2 with %3 wheels</source>
        <translation>Dessin de la %1 en %2 avec jantes %3</translation>
    </message>
    <message>
        <source>What has changed since</source>
        <translation>Ce qui a changé depuis</translation>
    </message>
    <message>
        <source>An option</source>
        <translation>Une option</translation>
    </message>
    <message>
        <source>%1 is no longer offered; the closest today is %2.</source>
        <translation>%1 n’est plus proposé ; le plus proche aujourd’hui est %2.</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 n’est plus proposé.</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>%1 n’est plus possible sur cette configuration.</translation>
    </message>
    <message>
        <source>Prices or rules of this build have changed; the figures below are today&apos;s.</source>
        <translation>Les prix ou les règles de cette configuration ont changé ; les chiffres ci-dessous sont ceux d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Prix total</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualités</translation>
    </message>
    <message>
        <source>An example; the studio gives you the binding offer.</source>
        <translation>Un exemple ; le studio vous remet l’offre ferme.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Vos choix</translation>
    </message>
    <message>
        <source>Similar cars in stock</source>
        <translation>Voitures similaires en stock</translation>
    </message>
    <message>
        <source>None in stock just now; the studio can order this build.</source>
        <translation>Aucune en stock pour l’instant ; le studio peut commander cette configuration.</translation>
    </message>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>%1 de vos %2 choix</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Réserver un essai</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose a time here, or visit or call a studio and give your build code %1.</source>
        <translation>Choisissez un horaire ici, ou passez ou appelez un studio en donnant votre code de configuration %1.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choisissez un horaire</translation>
    </message>
</context>
<context>
    <name>PhoneCarPage</name>
    <message>
        <source>This car has been sold</source>
        <translation>Cette voiture a été vendue</translation>
    </message>
    <message>
        <source>It is no longer in stock. The studio can show you similar cars or order one.</source>
        <translation>Elle n’est plus en stock. Le studio peut vous montrer des voitures similaires ou en commander une.</translation>
    </message>
    <message>
        <source>No car with this number</source>
        <translation>Aucune voiture avec ce numéro</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>Scannez à nouveau le code affiché à l’écran.</translation>
    </message>
    <message>
        <source>Drawing of the %1, %2</source>
        <translation>Dessin de la %1, %2</translation>
    </message>
    <message>
        <source>Vehicle identification number %1</source>
        <translation>Numéro d’identification du véhicule %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Prix total</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualités</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Où elle se trouve</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>Ouvrir le plan</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
</context>
<context>
    <name>PhoneDrivePages</name>
    <message>
        <source>Requested: the studio will confirm it.</source>
        <translation>Demandé : le studio va le confirmer.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmé.</translation>
    </message>
    <message>
        <source>Driven. Thank you for coming.</source>
        <translation>Effectué. Merci de votre visite.</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>Manqué.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No test drive with this code</source>
        <translation>Aucun essai avec ce code</translation>
    </message>
    <message>
        <source>Check the code on your confirmation, or scan it again.</source>
        <translation>Vérifiez le code de votre confirmation ou scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4 time)</source>
        <translation>%1, de %2 à %3 (heure de %4)</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>Votre numéro de téléphone ou adresse e-mail</translation>
    </message>
    <message>
        <source>The one you gave when booking.</source>
        <translation>Celui que vous avez donné lors de la réservation.</translation>
    </message>
    <message>
        <source>Your test drive</source>
        <translation>Votre essai</translation>
    </message>
    <message>
        <source>Booking code %1</source>
        <translation>Code de réservation %1</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>La déplacer</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choisir un autre horaire</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>L’annuler</translation>
    </message>
    <message>
        <source>Cancel the test drive</source>
        <translation>Annuler l’essai</translation>
    </message>
    <message>
        <source>Erase my data</source>
        <translation>Effacer mes données</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a drive still to come is cancelled.</source>
        <translation>Votre nom et vos coordonnées sont supprimés immédiatement ; un essai encore à venir est annulé.</translation>
    </message>
    <message>
        <source>This drive cannot be moved</source>
        <translation>Cet essai ne peut pas être déplacé</translation>
    </message>
    <message>
        <source>Move your test drive</source>
        <translation>Déplacer votre essai</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>Aucun horaire libre ce jour-là. Choisissez un autre jour.</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>Horaires libres le %1</translation>
    </message>
    <message>
        <source>Move the test drive</source>
        <translation>Déplacer l’essai</translation>
    </message>
    <message>
        <source>We could not change this booking</source>
        <translation>Nous n’avons pas pu modifier cette réservation</translation>
    </message>
    <message>
        <source>Check the booking code and the phone number or e-mail address you gave when booking.</source>
        <translation>Vérifiez le code de réservation et le numéro de téléphone ou l’adresse e-mail donnés lors de la réservation.</translation>
    </message>
    <message>
        <source>Back to your test drive</source>
        <translation>Retour à votre essai</translation>
    </message>
    <message>
        <source>Your data is erased</source>
        <translation>Vos données sont effacées</translation>
    </message>
    <message>
        <source>Your name and contact are deleted; a drive still to come is cancelled.</source>
        <translation>Votre nom et vos coordonnées sont supprimés ; un essai encore à venir est annulé.</translation>
    </message>
    <message>
        <source>Your test drive is cancelled</source>
        <translation>Votre essai est annulé</translation>
    </message>
    <message>
        <source>Nothing else is needed. You are welcome any time.</source>
        <translation>Rien d’autre à faire. Vous êtes le bienvenu à tout moment.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choisissez un horaire</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>Choisissez l’un des horaires libres.</translation>
    </message>
    <message>
        <source>That time is no longer free</source>
        <translation>Cet horaire n’est plus libre</translation>
    </message>
    <message>
        <source>Someone has just taken it. Choose another time.</source>
        <translation>Quelqu’un vient de le prendre. Choisissez un autre horaire.</translation>
    </message>
    <message>
        <source>Your test drive is moved</source>
        <translation>Votre essai est déplacé</translation>
    </message>
</context>
<context>
    <name>PhoneHtml</name>
    <message>
        <source>Please try again shortly</source>
        <translation>Veuillez réessayer dans un instant</translation>
    </message>
    <message>
        <source>The studio&apos;s data cannot be read just now.</source>
        <translation>Les données du studio ne peuvent pas être lues pour l’instant.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>No account, no cookies, no tracking.</source>
        <translation>Ni compte, ni cookies, ni pistage.</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Veuillez patienter un instant</translation>
    </message>
    <message>
        <source>There were many requests from your network. Try again in a minute.</source>
        <translation>Votre réseau a envoyé beaucoup de requêtes. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>This link is too long</source>
        <translation>Ce lien est trop long</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>Scannez à nouveau le code affiché à l’écran.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>This page cannot do that.</source>
        <translation>Cette page ne peut pas faire cela.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>Too much to read</source>
        <translation>Trop de données</translation>
    </message>
    <message>
        <source>Send the form again.</source>
        <translation>Renvoyez le formulaire.</translation>
    </message>
    <message>
        <source>Too many attempts to change a booking. Try again in a few minutes.</source>
        <translation>Trop de tentatives de modification d’une réservation. Réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>PhonePlacePages</name>
    <message>
        <source>No place with this code</source>
        <translation>Aucune place avec ce code</translation>
    </message>
    <message>
        <source>Check the code the screen gave you, or scan it again.</source>
        <translation>Vérifiez le code que l’écran vous a donné, ou scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>This event is cancelled. We are sorry.</source>
        <translation>Cet événement est annulé. Nous en sommes désolés.</translation>
    </message>
    <message>
        <source>You gave this place back.</source>
        <translation>Vous avez rendu cette place.</translation>
    </message>
    <message>
        <source>Checked in. Enjoy the event.</source>
        <translation>Présence enregistrée. Profitez bien de l’événement.</translation>
    </message>
    <message>
        <source>This event has ended. Thank you for coming.</source>
        <translation>Cet événement est terminé. Merci d’être venu.</translation>
    </message>
    <message>
        <source>Your place is kept. See you there.</source>
        <translation>Votre place est réservée. À bientôt.</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>Votre place</translation>
    </message>
    <message>
        <source>Place code %1</source>
        <translation>Code de place %1</translation>
    </message>
    <message>
        <source>The one you gave when you joined.</source>
        <translation>Celui que vous avez indiqué lors de l’inscription.</translation>
    </message>
    <message>
        <source>Give your place back</source>
        <translation>Rendre votre place</translation>
    </message>
    <message>
        <source>Someone else can then take it.</source>
        <translation>Quelqu’un d’autre pourra alors la prendre.</translation>
    </message>
    <message>
        <source>Give back my place</source>
        <translation>Rendre ma place</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a place still to come is given back.</source>
        <translation>Votre nom et vos coordonnées sont supprimés immédiatement ; une place pour un événement à venir est rendue.</translation>
    </message>
    <message>
        <source>We could not change this place</source>
        <translation>Nous n’avons pas pu modifier cette place</translation>
    </message>
    <message>
        <source>Check the place code and the phone number or e-mail address you gave when you joined.</source>
        <translation>Vérifiez le code de place et le numéro de téléphone ou l’adresse e-mail indiqués lors de l’inscription.</translation>
    </message>
    <message>
        <source>Back to your place</source>
        <translation>Retour à votre place</translation>
    </message>
    <message>
        <source>Your place is given back</source>
        <translation>Votre place est rendue</translation>
    </message>
    <message>
        <source>Thank you for letting us know. You are welcome any time.</source>
        <translation>Merci de nous avoir prévenus. Vous êtes le bienvenu à tout moment.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>Mode équipe</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>Saisissez le code équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n chiffre saisi</numerusform>
            <numerusform>%n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Your name and contact are deleted; a place still to come is given back.</source>
        <translation>Votre nom et vos coordonnées sont supprimés ; une place pour un événement à venir est rendue.</translation>
    </message>
</context>
<context>
    <name>RangeChoice</name>
    <message>
        <source>%1, from</source>
        <translation>%1, à partir de</translation>
    </message>
    <message>
        <source>%1, up to</source>
        <translation>%1, jusqu’à</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: model, colour, equipment</source>
        <translation>Rechercher : modèle, couleur, équipement</translation>
    </message>
    <message>
        <source>Search the stock</source>
        <translation>Rechercher dans le stock</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1, %n voiture</numerusform>
            <numerusform>%1, %n voitures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n voiture</numerusform>
            <numerusform>%n voitures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarStock</name>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>%1 de vos %2 choix</translation>
    </message>
    <message>
        <source>same version</source>
        <translation>même version</translation>
    </message>
    <message>
        <source>same colour</source>
        <translation>même couleur</translation>
    </message>
</context>
<context>
    <name>SimilarStockPage</name>
    <message>
        <source>Similar cars in stock</source>
        <translation>Voitures similaires en stock</translation>
    </message>
    <message>
        <source>Closest to %1 first. These cars are here or at a partner nearby, ready sooner than a new build.</source>
        <translation>Les plus proches de %1 d’abord. Ces voitures sont ici ou chez un partenaire proche, disponibles plus tôt qu’une voiture à construire.</translation>
    </message>
    <message>
        <source>No car in stock is close to this build right now. An expert can tell you when one arrives.</source>
        <translation>Aucune voiture en stock n’est proche de cette configuration pour l’instant. Un expert peut vous dire quand il en arrivera une.</translation>
    </message>
    <message>
        <source>Looking for cars close to your build…</source>
        <translation>Recherche de voitures proches de votre configuration…</translation>
    </message>
</context>
<context>
    <name>SleepLayer</name>
    <message>
        <source>The screen is asleep outside opening hours</source>
        <translation>L’écran est en veille en dehors des heures d’ouverture</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Stock sources</source>
        <translation>Sources du stock</translation>
    </message>
    <message>
        <source>Fetch all now</source>
        <translation>Tout récupérer maintenant</translation>
    </message>
    <message>
        <source>Needs attention: failing for longer than the set time</source>
        <translation>À vérifier : en échec depuis plus longtemps que le délai réglé</translation>
    </message>
    <message>
        <source>Last success %1 · last attempt %2 · next %3</source>
        <translation>Dernier succès&#xa0;: %1 · dernière tentative&#xa0;: %2 · prochaine&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 records applied · %2 left out</source>
        <translation>%1 enregistrements appliqués · %2 écartés</translation>
    </message>
    <message>
        <source>Choose a source to see what its last feed left out.</source>
        <translation>Choisissez une source pour voir ce que son dernier flux a écarté.</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>Récupérer maintenant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>Retirer cette source</translation>
    </message>
    <message>
        <source>Undo this screen&apos;s change</source>
        <translation>Annuler la modification de cet écran</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>Fréquence de récupération</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>From a USB stick or folder</source>
        <translation>Depuis une clé USB ou un dossier</translation>
    </message>
    <message>
        <source>Look for files</source>
        <translation>Chercher des fichiers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Address (https://…, or a file path)</source>
        <translation>Adresse (https://… ou un chemin de fichier)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Add and fetch</source>
        <translation>Ajouter et récupérer</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech on. Swipe right or left to move, double tap to choose. Hold two fingers for two seconds to turn speech off.</source>
        <translation>Voix activée. Balayez vers la droite ou la gauche pour passer d’un élément à l’autre, touchez deux fois pour choisir. Gardez deux doigts deux secondes sur l’écran pour la couper.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Voix désactivée.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <source>slider at %1</source>
        <translation>curseur à %1</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>champ de texte</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>button</source>
        <translation>bouton</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>StaffInsights</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Jours choisis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>The insights could not be read: %1</source>
        <translation>Les statistiques n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>%1 de l’étape précédente</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1 (median)</source>
        <translation>après %1 (médiane)</translation>
    </message>
    <message>
        <source>%1, after %2 (median)</source>
        <translation>%1, après %2 (médiane)</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>moins de 5</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>%1 viewed a car, %2 configured, %3 booked a drive</source>
        <translation>%1 ont consulté une voiture, %2 configuré, %3 réservé un essai</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>Écriture des tableaux…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>%n tableau écrit dans %1.</numerusform>
            <numerusform>%n tableaux écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables could not be written to %1: %2</source>
        <translation>Les tableaux n’ont pas pu être écrits dans %1 : %2</translation>
    </message>
    <message>
        <source>Places taken: %1</source>
        <translation>Places prises : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>%n place prise</numerusform>
            <numerusform>%n places prises</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Visits per day: %1. The period before, day by day: %2.</source>
        <translation>Visites par jour : %1. La période précédente, jour par jour : %2.</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>Cet écran</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>Ce studio</translation>
    </message>
    <message>
        <source>All studios</source>
        <translation>Tous les studios</translation>
    </message>
    <message>
        <source>The hub&apos;s figures could not be read just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>Les chiffres du hub n’ont pas pu être lus pour l’instant. Réessayez dans un moment ; les chiffres propres à cet écran sont sous « Cet écran ».</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s figures cannot be shown. They come back when it answers; this screen&apos;s own figures are under “This screen”.</source>
        <translation>Le hub est hors de portée pour l’instant : les chiffres du studio ne peuvent pas être affichés. Ils reviendront dès qu’il répondra ; les chiffres propres à cet écran sont sous « Cet écran ».</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s tables were not written. Try again when it answers.</source>
        <translation>Le hub est hors de portée pour l’instant : les tableaux du studio n’ont pas été écrits. Réessayez quand il répondra.</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>Le hub lit d’autres chiffres en ce moment. Réessayez dans un moment ; les chiffres propres à cet écran sont sous « Cet écran ».</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now, so the studio&apos;s tables were not written. Try again in a moment.</source>
        <translation>Le hub lit d’autres chiffres en ce moment ; les tableaux du studio n’ont donc pas été écrits. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Comparé au %1</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>Comparé à la période du %1 au %2</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”.</source>
        <translation>Aucun code équipe n’est encore défini sur cet écran. Définissez-en un avec « vitrinectl set-pin ».</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Staff mode opens again at %1.</source>
        <translation>Trop de tentatives erronées. Le mode équipe rouvre à %1.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please wait a moment before trying again.</source>
        <translation>Ce code n’est pas le bon. Patientez un instant avant de réessayer.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code n’est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Staff mode is locked.</source>
        <translation>Le mode équipe est verrouillé.</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>VIN …%1</translation>
    </message>
    <message>
        <source>%1, reserved</source>
        <translation>%1, réservée</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>en route vers %1</translation>
    </message>
    <message>
        <source>a car that has left the stock</source>
        <translation>une voiture qui n’est plus en stock</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>configuration %1</translation>
    </message>
    <message>
        <source>Out loud</source>
        <translation>À voix haute</translation>
    </message>
    <message>
        <source>Only into headphones</source>
        <translation>Uniquement dans un casque</translation>
    </message>
    <message>
        <source>A colleague has already taken this request.</source>
        <translation>Un collègue a déjà pris cette demande.</translation>
    </message>
    <message>
        <source>The studio&apos;s system did not take this. Please try again.</source>
        <translation>Le système du studio ne l’a pas pris en compte. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>Mode équipe</translation>
    </message>
    <message>
        <source>Visitors waiting</source>
        <translation>Visiteurs en attente</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>Personne n’attend pour le moment.</translation>
    </message>
    <message>
        <source>Hold request</source>
        <translation>Demande de réservation</translation>
    </message>
    <message>
        <source>Would like to talk to an expert</source>
        <translation>Souhaite parler à un expert</translation>
    </message>
    <message>
        <source>Since %1 · build %2</source>
        <translation>Depuis %1 · configuration %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>Cet écran</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Clear the screen after</source>
        <translation>Effacer l’écran après</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Keep test-drive contact details after the drive for</source>
        <translation>Conserver les coordonnées des essais après l’essai pendant</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Verrouiller et quitter</translation>
    </message>
    <message>
        <source>Quit Vitrine</source>
        <translation>Quitter Vitrine</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>Annuler l’essai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>No test drives booked for the next two weeks.</source>
        <translation>Aucun essai réservé pour les deux prochaines semaines.</translation>
    </message>
    <message>
        <source>The finder first shows cars within</source>
        <translation>La recherche montre d’abord les voitures dans un rayon de</translation>
    </message>
    <message>
        <source>Stock sources</source>
        <translation>Sources du stock</translation>
    </message>
    <message>
        <source>Sources and event files</source>
        <translation>Sources et fichiers d’événement</translation>
    </message>
    <message>
        <source>Flag a source to staff when it has failed for</source>
        <translation>Signaler une source à l’équipe quand elle échoue depuis</translation>
    </message>
    <message>
        <source>Disk space for the stock&apos;s photos</source>
        <translation>Espace disque pour les photos du stock</translation>
    </message>
    <message>
        <source>Since %1 · %2</source>
        <translation>Depuis %1 · %2</translation>
    </message>
    <message>
        <source>Cancel this drive? The time is given free for others to book.</source>
        <translation>Annuler cet essai ? Le créneau redevient libre pour d’autres.</translation>
    </message>
    <message>
        <source>Yes, cancel the drive</source>
        <translation>Oui, annuler l’essai</translation>
    </message>
    <message>
        <source>Keep the drive</source>
        <translation>Garder l’essai</translation>
    </message>
    <message>
        <source>Move the drive</source>
        <translation>Déplacer l’essai</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>Recherche des créneaux libres…</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>Aucun créneau libre dans les deux prochaines semaines.</translation>
    </message>
    <message>
        <source>Free times on this day, in the studio&apos;s local time:</source>
        <translation>Créneaux libres ce jour-là, à l’heure locale du studio :</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Garder l’horaire</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>What visitors looked at, configured and booked, and what they did not find. Anonymous.</source>
        <translation>Ce que les visiteurs ont consulté, configuré et réservé, et ce qu’ils n’ont pas trouvé. Anonyme.</translation>
    </message>
    <message>
        <source>Open insights</source>
        <translation>Ouvrir les statistiques</translation>
    </message>
    <message>
        <source>Visitors&apos; phones open this studio&apos;s pages at %1</source>
        <translation>Les téléphones des visiteurs ouvrent les pages de ce studio à l’adresse %1</translation>
    </message>
    <message>
        <source>Speech mode speaks</source>
        <translation>Le mode vocal parle</translation>
    </message>
    <message>
        <source>Address of this studio&apos;s pages for visitors&apos; phones</source>
        <translation>Adresse des pages de ce studio pour le téléphone des visiteurs</translation>
    </message>
    <message>
        <source>No address for visitors&apos; phones yet: the QR codes lead nowhere on the web until one is saved.</source>
        <translation>Pas encore d’adresse pour le téléphone des visiteurs : les codes QR ne mènent nulle part tant qu’aucune n’est enregistrée.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No events in the coming weeks.</source>
        <translation>Aucun événement dans les semaines à venir.</translation>
    </message>
    <message>
        <source>Everyone told</source>
        <translation>Tous prévenus</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 places prises sur %2</translation>
    </message>
    <message>
        <source>no sign-up</source>
        <translation>sans inscription</translation>
    </message>
    <message>
        <source>gave the place back</source>
        <translation>a rendu sa place</translation>
    </message>
    <message>
        <source>here</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>Studio hub</source>
        <translation>Hub du studio</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>The pairing code the hub shows</source>
        <translation>Le code d’appairage affiché par le hub</translation>
    </message>
    <message>
        <source>Pair this screen</source>
        <translation>Appairer cet écran</translation>
    </message>
    <message>
        <source>Stop using this hub</source>
        <translation>Ne plus utiliser ce hub</translation>
    </message>
</context>
<context>
    <name>StockFreshness</name>
    <message>
        <source>Stock updated just now</source>
        <translation>Stock mis à jour à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated %n minutes ago</source>
        <translation>
            <numerusform>Stock mis à jour il y a %n minute</numerusform>
            <numerusform>Stock mis à jour il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated today at %1</source>
        <translation>Stock mis à jour aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Stock updated yesterday at %1</source>
        <translation>Stock mis à jour hier à %1</translation>
    </message>
    <message>
        <source>Stock as of %1</source>
        <translation>Stock au %1</translation>
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
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Drive day</source>
        <translation>Journée d’essais</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>its time changed</source>
        <translation>son horaire a changé</translation>
    </message>
    <message>
        <source>it moved to another studio</source>
        <translation>elle a lieu dans un autre studio</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>elle a été annulée</translation>
    </message>
    <message>
        <source>it takes place after all</source>
        <translation>elle a finalement lieu</translation>
    </message>
    <message>
        <source>it has fewer places than joiners</source>
        <translation>elle a moins de places que d’inscrits</translation>
    </message>
    <message>
        <source>its language changed</source>
        <translation>sa langue a changé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2. Tell the %n people who joined.</source>
        <translation>
            <numerusform>%1 : %2. Prévenez la %n personne inscrite.</numerusform>
            <numerusform>%1 : %2. Prévenez les %n personnes inscrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>Contact effacé</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Veuillez vérifier les champs mis en évidence.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>Cet événement est complet.</translation>
    </message>
    <message>
        <source>This event no longer takes sign-ups.</source>
        <translation>Cet événement n’accepte plus d’inscriptions.</translation>
    </message>
    <message>
        <source>Your place could not be saved on this screen. Please ask any of our team.</source>
        <translation>Votre place n’a pas pu être enregistrée sur cet écran. Adressez-vous à un membre de l’équipe.</translation>
    </message>
    <message>
        <source>Your place is given back. Thank you for letting us know.</source>
        <translation>Votre place est rendue. Merci de nous avoir prévenus.</translation>
    </message>
    <message>
        <source>No place with this code can be given back here. Please check the code.</source>
        <translation>Aucune place ne peut être rendue ici avec ce code. Vérifiez le code.</translation>
    </message>
    <message>
        <source>new in the latest feed</source>
        <translation>nouveau dans le dernier flux</translation>
    </message>
    <message>
        <source>changed by the latest feed</source>
        <translation>modifié par le dernier flux</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep your place. Please ask any of our team.</source>
        <translation>Cet écran ne peut pas joindre le système du studio pour le moment : il ne peut donc pas réserver votre place. Adressez-vous à un membre de notre équipe.</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Please ask any of our team.</source>
        <translation>Cet écran ne peut pas joindre le système du studio pour le moment. Adressez-vous à un membre de notre équipe.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>norvégien (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>norvégien (nynorsk)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
</context>
<context>
    <name>StudioHub</name>
    <message>
        <source>The hub did not accept this code. Show a new one on the hub and type it again.</source>
        <translation>Le hub n’a pas accepté ce code. Affichez-en un nouveau sur le hub et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match what it says. Check the address.</source>
        <translation>Le certificat du hub ne correspond pas à ce qu’il annonce. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The hub cannot be reached at this address.</source>
        <translation>Le hub est injoignable à cette adresse.</translation>
    </message>
    <message>
        <source>Paired. Bookings and places now go through the hub.</source>
        <translation>Appairé. Les réservations et les places passent désormais par le hub.</translation>
    </message>
    <message>
        <source>Paired, but this screen could not keep the pairing. Pair it again.</source>
        <translation>Appairé, mais cet écran n’a pas pu conserver l’appairage. Appairez-le à nouveau.</translation>
    </message>
    <message>
        <source>Not paired with a hub: this screen keeps its test drives and event places on its own.</source>
        <translation>Aucun hub appairé : cet écran gère seul ses essais et ses places aux événements.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Paired with the hub at %1. Last contact: %2.</source>
        <translation>Appairé au hub %1. Dernier contact : %2.</translation>
    </message>
    <message>
        <source>Paired with the hub at %1, which cannot be reached (last contact: %2). Visitors are told before they sign up.</source>
        <translation>Appairé au hub %1, injoignable (dernier contact : %2). Les visiteurs en sont informés avant de s’inscrire.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address (such as https://10.0.0.2:8443) and the code it shows.</source>
        <translation>Saisissez l’adresse du hub (par exemple https://10.0.0.2:8443) et le code qu’il affiche.</translation>
    </message>
    <message>
        <source>This screen no longer uses a hub.</source>
        <translation>Cet écran n’utilise plus de hub.</translation>
    </message>
    <message>
        <source>This screen could not forget the hub. Try again.</source>
        <translation>Cet écran n’a pas pu oublier le hub. Réessayez.</translation>
    </message>
    <message>
        <source>The hub at %1 no longer knows this screen (it was removed there). Show a new code on the hub and pair this screen again; until then, visitors are told before they sign up.</source>
        <translation>Le hub à l’adresse %1 ne connaît plus cet écran (il y a été retiré). Affichez un nouveau code sur le hub et appairez de nouveau cet écran ; d’ici là, les visiteurs en sont informés avant de s’inscrire.</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>Book a test drive</source>
        <translation>Réserver un essai</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>Choisissez le studio d’où vous souhaitez partir. Nous ne demandons que ce dont un essai a besoin.</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1 — vous êtes ici</translation>
    </message>
</context>
<context>
    <name>SuggestionStrip</name>
    <message>
        <source>You might also like</source>
        <translation>Vous aimerez peut-être aussi</translation>
    </message>
</context>
<context>
    <name>SyncSources</name>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Le reconnaître</translation>
    </message>
    <message>
        <source>Meta catalog</source>
        <translation>Catalogue Meta</translation>
    </message>
    <message>
        <source>Google listings</source>
        <translation>Annonces Google</translation>
    </message>
    <message>
        <source>Vitrine feed</source>
        <translation>Flux Vitrine</translation>
    </message>
    <message>
        <source>The sources cannot be read from this screen&apos;s database.</source>
        <translation>Les sources ne peuvent pas être lues dans la base de données de cet écran.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Fetching now…</source>
        <translation>Récupération en cours…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Pas encore récupérée</translation>
    </message>
    <message>
        <source>Up to date, with records left out</source>
        <translation>À jour, avec des enregistrements écartés</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Up to date (nothing new)</source>
        <translation>À jour (rien de nouveau)</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n’est pas reconnu</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>Le serveur a signalé une erreur</translation>
    </message>
    <message>
        <source>The feed is larger than this source may bring</source>
        <translation>Le flux dépasse la taille permise pour cette source</translation>
    </message>
    <message>
        <source>What came is not a feed</source>
        <translation>Ce qui est arrivé n’est pas un flux</translation>
    </message>
    <message>
        <source>The download was cut off; it will resume</source>
        <translation>Le téléchargement a été interrompu ; il reprendra</translation>
    </message>
    <message>
        <source>The file is not there (is the USB stick in?)</source>
        <translation>Le fichier est absent (la clé USB est-elle branchée ?)</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>The feed was refused; the stock from before stays</source>
        <translation>Le flux a été refusé ; le stock précédent reste</translation>
    </message>
    <message>
        <source>This screen could not store it</source>
        <translation>Cet écran n’a pas pu l’enregistrer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>No feed is fetched by this screen; its stock comes from imports.</source>
        <translation>Cet écran ne récupère aucun flux ; son stock vient d’imports.</translation>
    </message>
    <message numerus="yes">
        <source>%n sources need attention: failing for more than %1.</source>
        <translation>
            <numerusform>%n source à vérifier : en échec depuis plus de %1.</numerusform>
            <numerusform>%n sources à vérifier : en échec depuis plus de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all working.</source>
        <translation>
            <numerusform>%n source, qui fonctionne.</numerusform>
            <numerusform>%n sources, toutes fonctionnent.</numerusform>
        </translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed</source>
        <translation>listée par le flux de la marque</translation>
    </message>
    <message>
        <source>added on this screen</source>
        <translation>ajoutée sur cet écran</translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed, changed on this screen</source>
        <translation>listée par le flux de la marque, modifiée sur cet écran</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>Rows without a dealer go to %1</source>
        <translation>Les lignes sans concessionnaire vont à %1</translation>
    </message>
    <message>
        <source>recognised from each file</source>
        <translation>reconnu à chaque fichier</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Pas encore récupérée.</translation>
    </message>
    <message>
        <source>No feed has come in from this source yet.</source>
        <translation>Aucun flux n’est encore arrivé de cette source.</translation>
    </message>
    <message>
        <source>Nothing was left out of the last feed.</source>
        <translation>Rien n’a été écarté du dernier flux.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the last feed: %n records</source>
        <translation>
            <numerusform>Écarté du dernier flux : %n enregistrement</numerusform>
            <numerusform>Écartés du dernier flux : %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every source now.</source>
        <translation>Toutes les sources sont récupérées maintenant.</translation>
    </message>
    <message>
        <source>Fetching %1 now.</source>
        <translation>Récupération de %1 en cours.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>%1 is fetched again.</source>
        <translation>%1 est de nouveau récupérée.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 est suspendue.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>That address cannot be used: %1</source>
        <translation>Cette adresse ne peut pas être utilisée : %1</translation>
    </message>
    <message>
        <source>%1 was added and is fetched now.</source>
        <translation>%1 a été ajoutée et est récupérée maintenant.</translation>
    </message>
    <message>
        <source>No feed file found. Put in the USB stick, then look again.</source>
        <translation>Aucun fichier de flux trouvé. Branchez la clé USB, puis cherchez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is being imported.</source>
        <translation>%1 est en cours d’import.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the sources failed at the last attempt and will be tried again as planned.</source>
        <translation>
            <numerusform>%n source a échoué à la dernière tentative et sera réessayée comme prévu.</numerusform>
            <numerusform>%n sources ont échoué à la dernière tentative et seront réessayées comme prévu.</numerusform>
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
        <translation>Réserver un essai</translation>
    </message>
    <message>
        <source>This very car, from stock</source>
        <translation>Exactement cette voiture, en stock</translation>
    </message>
    <message>
        <source>Which car would you like to drive?</source>
        <translation>Quelle voiture souhaitez-vous essayer ?</translation>
    </message>
    <message>
        <source>Booked already? Cancel with your booking code</source>
        <translation>Déjà réservé ? Annulez avec votre code de réservation</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>Annuler l’essai</translation>
    </message>
    <message>
        <source>Where would you like to start?</source>
        <translation>D’où souhaitez-vous partir ?</translation>
    </message>
    <message>
        <source>Choose a day to see its free times.</source>
        <translation>Choisissez un jour pour voir ses créneaux libres.</translation>
    </message>
    <message>
        <source>Times are in the studio&apos;s local time. A drive takes about an hour with an expert.</source>
        <translation>Les horaires sont indiqués à l’heure locale du studio. Un essai dure environ une heure, en compagnie d’un expert.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Who is coming? We only need a name and one way to reach you.</source>
        <translation>Qui vient ? Nous avons seulement besoin d’un nom et d’un moyen de vous joindre.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>How should we reach you?</source>
        <translation>Comment pouvons-nous vous joindre ?</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this drive.</source>
        <translation>J’ai lu l’avis de confidentialité et j’accepte que mon nom et mes coordonnées soient conservés pour cet essai.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.</source>
        <translation>
            <numerusform>Avis de confidentialité : votre nom et vos coordonnées sont conservés dans le système de ce studio uniquement pour organiser cet essai. Ils ne sont jamais montrés aux autres visiteurs et ne servent à des fins publicitaires que si vous cochez la case ci-dessous ; ils sont effacés %n jour après l’essai. Vous pouvez annuler à tout moment avec votre code de réservation.</numerusform>
            <numerusform>Avis de confidentialité : votre nom et vos coordonnées sont conservés dans le système de ce studio uniquement pour organiser cet essai. Ils ne sont jamais montrés aux autres visiteurs et ne servent à des fins publicitaires que si vous cochez la case ci-dessous ; ils sont effacés %n jours après l’essai. Vous pouvez annuler à tout moment avec votre code de réservation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>Facultatif : je souhaite recevoir des informations sur les nouveaux modèles et les événements.</translation>
    </message>
    <message>
        <source>Book this drive</source>
        <translation>Réserver cet essai</translation>
    </message>
    <message>
        <source>Your drive is booked. We look forward to seeing you.</source>
        <translation>Votre essai est réservé. Nous serons ravis de vous accueillir.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Votre code de réservation</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>Ajouter à votre agenda</translation>
    </message>
    <message>
        <source>Your booking on your phone</source>
        <translation>Votre réservation sur votre téléphone</translation>
    </message>
    <message>
        <source>Keep the code: with it you can cancel here or by calling the studio. Nothing else is needed on the day.</source>
        <translation>Conservez ce code : il vous permet d’annuler ici ou en appelant le studio. Le jour venu, rien d’autre n’est nécessaire.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>Recherche des créneaux libres…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Cancel the drive with the code %1? Its time is then free for others.</source>
        <translation>Annuler l’essai avec le code %1 ? Son créneau redevient alors libre pour d’autres.</translation>
    </message>
    <message>
        <source>Yes, cancel my drive</source>
        <translation>Oui, annuler mon essai</translation>
    </message>
    <message>
        <source>Keep my drive</source>
        <translation>Garder mon essai</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Your drive is kept here as a request, and the studio confirms the time with you.</source>
        <translation>Cet écran ne joint pas le système du studio pour le moment. Votre essai est enregistré ici comme demande, et le studio vous confirmera l’horaire.</translation>
    </message>
    <message>
        <source>Your request is with the studio. They will confirm the time with you shortly.</source>
        <translation>Votre demande est transmise au studio. Il vous confirmera l’horaire très bientôt.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TradeInPage</name>
    <message>
        <source>Value my car</source>
        <translation>Estimer ma voiture</translation>
    </message>
    <message>
        <source>Tell us about your car and we compare it with similar cars in stock. You do not need to leave any contact details.</source>
        <translation>Décrivez votre voiture : nous la comparons aux voitures semblables en stock. Vous n’avez pas besoin de laisser vos coordonnées.</translation>
    </message>
    <message>
        <source>VIN (optional): fills in the year and the maker</source>
        <translation>VIN (facultatif) : remplit l’année et le constructeur</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Année modèle</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Like new: no marks, full service history.</source>
        <translation>Comme neuve : aucune trace, entretien complet.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Normal wear for its age, serviced on time.</source>
        <translation>Usure normale pour son âge, entretenue à temps.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Visible marks or repairs due.</source>
        <translation>Traces visibles ou réparations à prévoir.</translation>
    </message>
    <message>
        <source>See what it is worth</source>
        <translation>Voir sa valeur</translation>
    </message>
    <message>
        <source>The estimate appears here. It rests on cars like yours in stock in this market, adjusted for year, mileage and condition.</source>
        <translation>L’estimation s’affiche ici. Elle repose sur des voitures comme la vôtre en stock sur ce marché, ajustées selon l’année, le kilométrage et l’état.</translation>
    </message>
    <message>
        <source>Comparing with the cars in stock…</source>
        <translation>Comparaison avec les voitures en stock…</translation>
    </message>
    <message>
        <source>Your car is worth about</source>
        <translation>Votre voiture vaut environ</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n cars in stock</source>
        <translation>
            <numerusform>D’après %n voiture en stock</numerusform>
            <numerusform>D’après %n voitures en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>The closest cars in stock</source>
        <translation>Les voitures en stock les plus proches</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>A product expert confirms the value when they see the car.</source>
        <translation>Un expert produit confirme la valeur en voyant la voiture.</translation>
    </message>
    <message>
        <source>An expert will value your car</source>
        <translation>Un expert estimera votre voiture</translation>
    </message>
    <message>
        <source>We have too few cars like yours in stock to give a fair figure. A product expert can look at it with you.</source>
        <translation>Nous avons trop peu de voitures comme la vôtre en stock pour donner un chiffre juste. Un expert produit peut l’examiner avec vous.</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Parler à un expert</translation>
    </message>
    <message>
        <source>Mileage (miles)</source>
        <translation>Kilométrage (miles)</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Kilométrage (km)</translation>
    </message>
    <message>
        <source>Leave it out of my monthly plans</source>
        <translation>Ne pas la compter dans mes mensualités</translation>
    </message>
    <message>
        <source>Count it in my monthly plans</source>
        <translation>La compter dans mes mensualités</translation>
    </message>
    <message>
        <source>Every monthly plan now counts your car at the low end of this estimate, as part of the deposit.</source>
        <translation>Chaque mensualité compte désormais votre voiture au bas de cette estimation, comme partie de l’apport.</translation>
    </message>
</context>
<context>
    <name>TradeInValuation</name>
    <message>
        <source>This VIN tells us nothing we can use. Please check it, or enter the car below.</source>
        <translation>Ce VIN ne nous apprend rien d’utilisable. Vérifiez-le ou décrivez la voiture ci-dessous.</translation>
    </message>
    <message>
        <source>Model year %1 from the VIN. The VIN itself is not kept.</source>
        <translation>Année modèle %1 d’après le VIN. Le VIN lui-même n’est pas conservé.</translation>
    </message>
    <message>
        <source>%1, model year %2, from the VIN. The VIN itself is not kept.</source>
        <translation>%1, année modèle %2, d’après le VIN. Le VIN lui-même n’est pas conservé.</translation>
    </message>
    <message>
        <source>%1 from the VIN. The VIN itself is not kept.</source>
        <translation>%1 d’après le VIN. Le VIN lui-même n’est pas conservé.</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
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
        <translation>Apporte une %1 %2, %3, %4 %5, %6</translation>
    </message>
    <message>
        <source>%1: too few cars like it in stock for an estimate; to be valued</source>
        <translation>%1 : trop peu de voitures comparables en stock pour une estimation ; à évaluer</translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars, counted in the deposit</source>
        <translation>
            <numerusform>%1 : estimée %2 sur %n voiture, comptée dans l’apport</numerusform>
            <numerusform>%1 : estimée %2 sur %n voitures, comptée dans l’apport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars</source>
        <translation>
            <numerusform>%1 : estimée %2 sur %n voiture</numerusform>
            <numerusform>%1 : estimée %2 sur %n voitures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>New</source>
        <translation>Neuve</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>Occasion certifiée</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
</context>
<context>
    <name>VehicleDetailPage</name>
    <message>
        <source>Total price</source>
        <translation>Prix total</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>QR code: directions to %1</source>
        <translation>Code QR : itinéraire vers %1</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>QR code: this car on your phone</source>
        <translation>Code QR : cette voiture sur votre téléphone</translation>
    </message>
    <message>
        <source>Take this car with you: scan to see it on your phone.</source>
        <translation>Emportez cette voiture : scannez pour la voir sur votre téléphone.</translation>
    </message>
    <message>
        <source>Hold this car</source>
        <translation>Réserver cette voiture</translation>
    </message>
    <message>
        <source>An expert will come to you to hold this car.</source>
        <translation>Un expert viendra vers vous pour réserver cette voiture.</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>Adressez-vous à un membre de notre équipe : votre demande n’a pas pu être envoyée depuis cet écran.</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Parler à un expert</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>Un membre de notre équipe vous rejoint dans un instant.</translation>
    </message>
    <message>
        <source>In the comparison (%1 of 3)</source>
        <translation>Dans la comparaison (%1 sur 3)</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>Réserver un essai</translation>
    </message>
    <message>
        <source>This car is no longer in stock. What you see is how it was listed — an expert can suggest a similar one.</source>
        <translation>Cette voiture n’est plus en stock. Vous la voyez telle qu’elle était proposée — un expert peut vous en suggérer une semblable.</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>Estimer ma voiture</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>Photos : %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Photo %1 sur %2</translation>
    </message>
</context>
<context>
    <name>VisitSuggestions</name>
    <message>
        <source>Same model, driven less: %1</source>
        <translation>Même modèle, moins roulé : %1</translation>
    </message>
    <message>
        <source>Same body, %1 less</source>
        <translation>Même carrosserie, %1 de moins</translation>
    </message>
    <message>
        <source>With your car counted: %1 a month</source>
        <translation>Votre voiture comptée : %1 par mois</translation>
    </message>
    <message>
        <source>In the colour you chose</source>
        <translation>Dans la couleur que vous avez choisie</translation>
    </message>
    <message>
        <source>The body you looked for</source>
        <translation>La carrosserie que vous cherchiez</translation>
    </message>
</context>
</TS>
