<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation><numerusform>%1 · %n voiture en stock à proximité</numerusform><numerusform>%1 · %n voitures en stock à proximité</numerusform></translation>
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
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Find a car in stock</source>
        <translation>Trouver une voiture en stock</translation>
    </message>
    <message>
        <source>Choose a model line to see the cars waiting in our studios and at partner dealers.</source>
        <translation>Choisissez une gamme pour voir les voitures disponibles dans nos studios et chez nos concessionnaires partenaires.</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>Configurer la vôtre</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>Commencez par une gamme. Chaque choix affiche son prix avant que vous ne le fassiez.</translation>
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
</TS>