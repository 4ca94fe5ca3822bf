<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>postscope::ui::CapabilitiesView</name>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>The extensions the server announced in its reply to EHLO</source>
        <translation>Les extensions annoncées par le serveur dans sa réponse à EHLO</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing yet: send a message to see what the server offers.</source>
        <translation>Rien pour l’instant : envoyez un message pour voir ce que propose le serveur.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::MainWindow</name>
    <message>
        <source>Postscope</source>
        <translation>Postscope</translation>
    </message>
    <message>
        <source>&amp;Save Transcript As…</source>
        <translation>&amp;Enregistrer le journal sous…</translation>
    </message>
    <message>
        <source>Write the transcript to a text file</source>
        <translation>Écrire le journal dans un fichier texte</translation>
    </message>
    <message>
        <source>&amp;Clear Transcript</source>
        <translation>&amp;Vider le journal</translation>
    </message>
    <message>
        <source>Remove every line from the transcript</source>
        <translation>Supprimer toutes les lignes du journal</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>Afficher l’&amp;heure</translation>
    </message>
    <message>
        <source>Show the time of every line in the transcript</source>
        <translation>Afficher l’heure de chaque ligne du journal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Postscope</source>
        <translation>Quitter Postscope</translation>
    </message>
    <message>
        <source>&amp;About Postscope</source>
        <translation>À &amp;propos de Postscope</translation>
    </message>
    <message>
        <source>Show the version of Postscope</source>
        <translation>Afficher la version de Postscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of the Qt toolkit</source>
        <translation>Afficher la version de la bibliothèque Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d’outils</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Show &amp;Capabilities</source>
        <translation>Afficher les &amp;capacités</translation>
    </message>
    <message>
        <source>Show or hide what the server can do</source>
        <translation>Afficher ou masquer ce que le serveur sait faire</translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation>Bac à sable : arrêté</translation>
    </message>
    <message>
        <source>The built-in test server on this computer: mail sent to it stays here</source>
        <translation>Le serveur de test intégré sur cet ordinateur : le courrier qui lui est envoyé reste ici</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Journal enregistré dans %1</translation>
    </message>
    <message>
        <source>About Postscope</source>
        <translation>À propos de Postscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postscope %1&lt;/h3&gt;&lt;p&gt;A workbench for SMTP: send test mail, watch every line of the conversation and what the server can do, and learn SMTP by doing it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postscope %1&lt;/h3&gt;&lt;p&gt;Un atelier pour SMTP : envoyer des courriels de test, suivre chaque ligne du dialogue et ce que le serveur sait faire, et apprendre SMTP en le pratiquant.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Nouveau message…</translation>
    </message>
    <message>
        <source>Write a message and send it to the sandbox server</source>
        <translation>Écrire un message et l’envoyer au serveur bac à sable</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Send a short test message to the sandbox server and watch the conversation</source>
        <translation>Envoyer un court message de test au serveur bac à sable et suivre le dialogue</translation>
    </message>
    <message>
        <source>Sandbox: listening on %1</source>
        <translation>Bac à sable : à l’écoute sur %1</translation>
    </message>
    <message>
        <source>Sandbox server listening on %1</source>
        <translation>Serveur bac à sable à l’écoute sur %1</translation>
    </message>
    <message>
        <source>The sandbox server could not start: %1</source>
        <translation>Le serveur bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>sandbox (%1)</source>
        <translation>bac à sable (%1)</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Envoi d’un message de test à %1…</translation>
    </message>
</context>
<context>
    <name>postscope::ui::MessageDialog</name>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>name@example.test, other@example.test</source>
        <translation>nom@example.test, autre@example.test</translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas</source>
        <translation>Une ou plusieurs adresses, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send through %1 (%2)</source>
        <translation>Envoyer par %1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SandboxAccount</name>
    <message>
        <source>Test message from Postscope</source>
        <translation>Message de test de Postscope</translation>
    </message>
    <message>
        <source>Hello from Postscope.

This message went to the built-in sandbox server on this computer;
the transcript shows every line of the conversation.
</source>
        <translation>Bonjour de la part de Postscope.

Ce message est allé au serveur bac à sable intégré sur cet ordinateur ;
le journal montre chaque ligne du dialogue.
</translation>
    </message>
    <message>
        <source>The sandbox server is not running.</source>
        <translation>Le serveur bac à sable n’est pas démarré.</translation>
    </message>
    <message>
        <source>A message is already on its way.</source>
        <translation>Un message est déjà en cours d’envoi.</translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation>Ce n’est pas une adresse électronique : %1</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
    <message>
        <source>Sent: %1 of %2 recipients accepted. The server said: %3</source>
        <translation>Envoyé : %1 destinataires acceptés sur %2. Le serveur a répondu : %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Not sent: the connection closed</source>
        <translation>Non envoyé : la connexion a été fermée</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptView</name>
    <message>
        <source>The conversation with the server appears here, line by line:
C: what the client sent, S: what the server answered.

Press Ctrl+Return to send a test message to the built-in sandbox server.</source>
        <translation>Le dialogue avec le serveur apparaît ici, ligne par ligne :
C : ce que le client a envoyé, S : ce que le serveur a répondu.

Appuyez sur Ctrl+Entrée pour envoyer un message de test au serveur bac à sable intégré.</translation>
    </message>
    <message>
        <source>Every line that crosses the wire. Passwords are never shown.</source>
        <translation>Chaque ligne qui passe sur le réseau. Les mots de passe ne sont jamais affichés.</translation>
    </message>
</context>
</TS>
