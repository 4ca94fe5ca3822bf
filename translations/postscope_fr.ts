<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>postscope::ui</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AccountDialog</name>
    <message>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation>Modifier le compte « %1 »</translation>
    </message>
    <message>
        <source>Duplicate Account “%1”</source>
        <translation>Dupliquer le compte « %1 »</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Identities</source>
        <translation>&amp;Identités</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test Connection lists here what the server offers.</source>
        <translation>« Tester la connexion » indique ici ce que le serveur propose.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>work, Postfix test, …</source>
        <translation>travail, test Postfix, …</translation>
    </message>
    <message>
        <source>The account&apos;s name: unique, and how the command line names it (postscope-cli --account NAME)</source>
        <translation>Le nom du compte : unique, c’est ainsi que la ligne de commande le désigne (postscope-cli --account NOM)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>STARTTLS, required (submission, port 587)</source>
        <translation>STARTTLS, obligatoire (soumission, port 587)</translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465)</source>
        <translation>TLS dès le premier octet (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS when the server offers it</source>
        <translation>STARTTLS si le serveur le propose</translation>
    </message>
    <message>
        <source>None: plain text (port 25)</source>
        <translation>Aucune : texte en clair (port 25)</translation>
    </message>
    <message>
        <source>RFC 3207 (STARTTLS) and RFC 8314 (TLS from the first byte). A required TLS setting fails closed when the server cannot do it.</source>
        <translation>RFC 3207 (STARTTLS) et RFC 8314 (TLS dès le premier octet). Un TLS obligatoire échoue sans repli lorsque le serveur ne sait pas le faire.</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>Filled in for the security and protocol chosen until you change it</source>
        <translation>Rempli selon la sécurité et le protocole choisis, jusqu’à ce que vous le changiez</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>LMTP (local delivery, RFC 2033)</source>
        <translation>LMTP (distribution locale, RFC 2033)</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>Automatic: the strongest the server offers</source>
        <translation>Automatique : le plus fort que le serveur propose</translation>
    </message>
    <message>
        <source>The SASL mechanism for AUTH (RFC 4954)</source>
        <translation>Le mécanisme SASL pour AUTH (RFC 4954)</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mécanisme :</translation>
    </message>
    <message>
        <source>Empty: no login</source>
        <translation>Vide : pas de connexion</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Without TLS these mechanisms send the password readable by anyone on the path (RFC 4954 4). Only for test servers on your own network.</source>
        <translation>Sans TLS, ces mécanismes envoient le mot de passe lisible par quiconque sur le chemin (RFC 4954 4). Uniquement pour des serveurs de test sur votre propre réseau.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Default From</source>
        <translation>Expéditeur par défaut</translation>
    </message>
    <message>
        <source>Who this account sends as (RFC 5322 From): a name and an address; the default one is used unless you choose another</source>
        <translation>Au nom de qui ce compte envoie (RFC 5322 From) : un nom et une adresse ; celle par défaut sert si vous n’en choisissez pas une autre</translation>
    </message>
    <message>
        <source>A&amp;dd Identity</source>
        <translation>Ajouter une i&amp;dentité</translation>
    </message>
    <message>
        <source>Re&amp;move Identity</source>
        <translation>&amp;Retirer l’identité</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s name</source>
        <translation>Vide : le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>The name the client gives in EHLO (RFC 5321 4.1.1.1)</source>
        <translation>Le nom que le client donne dans EHLO (RFC 5321 4.1.1.1)</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nom &amp;EHLO :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for each reply</source>
        <translation>Combien de temps attendre chaque réponse</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>Délai de &amp;réponse :</translation>
    </message>
    <message>
        <source>How long to wait for the connection and the TLS handshake</source>
        <translation>Combien de temps attendre la connexion et la négociation TLS</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de c&amp;onnexion :</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Vide : les autorités de certification du système</translation>
    </message>
    <message>
        <source>Extra trust anchors (PEM), like --ca-file</source>
        <translation>Ancres de confiance supplémentaires (PEM), comme --ca-file</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fic&amp;hier CA :</translation>
    </message>
    <message>
        <source>/run/dovecot/lmtp</source>
        <translation>/run/dovecot/lmtp</translation>
    </message>
    <message>
        <source>A Unix-domain socket instead of host and port (LMTP&apos;s usual home); it carries no TLS</source>
        <translation>Un socket du domaine Unix au lieu de l’hôte et du port (là où LMTP se trouve d’ordinaire) ; il ne transporte pas TLS</translation>
    </message>
    <message>
        <source>Empty: any</source>
        <translation>Vide : n’importe laquelle</translation>
    </message>
    <message>
        <source>The local address to connect from, on a computer with several</source>
        <translation>L’adresse locale d’où se connecter, sur un ordinateur qui en a plusieurs</translation>
    </message>
    <message>
        <source>Source a&amp;ddress:</source>
        <translation>A&amp;dresse source :</translation>
    </message>
    <message>
        <source>IPv4 or IPv6</source>
        <translation>IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 seulement</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 seulement</translation>
    </message>
    <message>
        <source>Address &amp;family:</source>
        <translation>&amp;Famille d’adresses :</translation>
    </message>
    <message>
        <source>Empty: none</source>
        <translation>Vide : aucun</translation>
    </message>
    <message>
        <source>A TLS client certificate (PEM); its key&apos;s passphrase is kept in the keychain</source>
        <translation>Un certificat client TLS (PEM) ; la phrase secrète de sa clé est gardée dans le trousseau</translation>
    </message>
    <message>
        <source>Empty: in the certificate file</source>
        <translation>Vide : dans le fichier du certificat</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (copie %1)</translation>
    </message>
    <message>
        <source>An account named “%1” exists already.</source>
        <translation>Un compte nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file. Leave it empty to keep the stored one.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système, jamais dans le fichier de paramètres. Laissez vide pour garder celui enregistré.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Asked for each time</source>
        <translation>Demandé à chaque fois</translation>
    </message>
    <message>
        <source>Connect to the server now and list what it offers, before the account is saved</source>
        <translation>Se connecter au serveur maintenant et lister ce qu’il propose, avant d’enregistrer le compte</translation>
    </message>
    <message>
        <source>Comes with the server probe</source>
        <translation>Arrive avec la sonde du serveur</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Le compte n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved “%1”. No keychain is available: Postscope will ask for the password each time.</source>
        <translation>« %1 » enregistré. Aucun trousseau n’est disponible : Postscope demandera le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>Enregistrement dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The account was saved, but the system keychain did not take its secrets: %1 Try again with Save, or Cancel to keep the account without them.</source>
        <translation>Le compte a été enregistré, mais le trousseau du système n’a pas pris ses secrets : %1 Réessayez avec « Enregistrer », ou gardez le compte sans eux avec « Annuler ».</translation>
    </message>
    <message>
        <source>Saved “%1”; its password is in the system keychain.</source>
        <translation>« %1 » enregistré ; son mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Allow a plaintext login (PLAIN, LOGIN) without TLS</source>
        <translation>Autoriser une connexion en c&amp;lair (PLAIN, LOGIN) sans TLS</translation>
    </message>
    <message>
        <source>Unix soc&amp;ket:</source>
        <translation>Soc&amp;ket Unix :</translation>
    </message>
    <message>
        <source>Clie&amp;nt certificate:</source>
        <translation>Certificat c&amp;lient :</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>Cl&amp;é client :</translation>
    </message>
    <message>
        <source>The usual ports: 587 for submission with STARTTLS (RFC 6409), 465 for submission over TLS (RFC 8314), 25 between mail servers (RFC 5321), 24 for LMTP.</source>
        <translation>Les ports habituels : 587 pour la soumission avec STARTTLS (RFC 6409), 465 pour la soumission sous TLS (RFC 8314), 25 entre serveurs de courriel (RFC 5321), 24 pour LMTP.</translation>
    </message>
    <message>
        <source>No system keychain is available, and Postscope never writes a password anywhere else: it will ask for the password each time it connects.</source>
        <translation>Aucun trousseau du système n’est disponible, et Postscope n’écrit jamais un mot de passe ailleurs : il demandera le mot de passe à chaque connexion.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AccountListModel</name>
    <message>
        <source>no TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>built-in test server, not running</source>
        <translation>serveur de test intégré, arrêté</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The built-in test server on this computer: mail sent to it stays here.</source>
        <translation>Le serveur de test intégré sur cet ordinateur : le courrier qui lui est envoyé reste ici.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>postscope::ui::CapabilitiesView</name>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remarks on the capabilities</source>
        <translation>Remarques sur les capacités</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>pas de limite fixe</translation>
    </message>
    <message numerus="yes">
        <source>%n octets</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>RFC 1870 4: 0 means no fixed maximum message size</source>
        <translation>RFC 1870 4 : 0 signifie aucune taille maximale fixe des messages</translation>
    </message>
    <message>
        <source>The largest message accepted: %1 octets (RFC 1870 4)</source>
        <translation>Le plus grand message accepté : %1 octets (RFC 1870 4)</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Avant TLS</translation>
    </message>
    <message>
        <source>Without TLS</source>
        <translation>Sans TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Après TLS</translation>
    </message>
    <message>
        <source>Over TLS</source>
        <translation>Sous TLS</translation>
    </message>
    <message>
        <source>Change with TLS</source>
        <translation>Changement avec TLS</translation>
    </message>
    <message>
        <source>Nothing yet: connect (Ctrl+K) or send a message to see what the server offers.</source>
        <translation>Rien pour l’instant : connectez-vous (Ctrl+K) ou envoyez un message pour voir ce que le serveur propose.</translation>
    </message>
    <message>
        <source>The first line of the EHLO reply: the server&apos;s name and greeting, as it sent them</source>
        <translation>La première ligne de la réponse à EHLO : le nom et le salut du serveur, tels qu’il les a envoyés</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>before TLS</source>
        <translation>avant TLS</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>only after TLS</source>
        <translation>seulement après TLS</translation>
    </message>
    <message>
        <source>only before TLS</source>
        <translation>seulement avant TLS</translation>
    </message>
    <message>
        <source>parameters changed</source>
        <translation>paramètres changés</translation>
    </message>
    <message>
        <source>AUTH offered %1: a login here sends the user name, and with PLAIN or LOGIN the password, unencrypted (RFC 4954 4).</source>
        <translation>AUTH proposé %1 : une connexion ici envoie le nom d’utilisateur, et avec PLAIN ou LOGIN le mot de passe, sans chiffrement (RFC 4954 4).</translation>
    </message>
    <message>
        <source>%1 sends the password itself; offered %2, anyone on the path could read it (RFC 4954 4).</source>
        <translation>%1 envoie le mot de passe lui-même ; proposé %2, quiconque sur le chemin pourrait le lire (RFC 4954 4).</translation>
    </message>
    <message>
        <source>The server offers AUTH (%1) before TLS.</source>
        <translation>Le serveur propose AUTH (%1) avant TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH (%1) on a connection without TLS.</source>
        <translation>Le serveur propose AUTH (%1) sur une connexion sans TLS.</translation>
    </message>
    <message>
        <source>A client that logs in there sends its user name, and with PLAIN or LOGIN its password, readable by anyone on the path. RFC 4954 4 asks servers not to offer plaintext mechanisms without TLS.</source>
        <translation>Un client qui s’y connecte envoie son nom d’utilisateur, et avec PLAIN ou LOGIN son mot de passe, lisibles par quiconque sur le chemin. La RFC 4954 4 demande aux serveurs de ne pas proposer de mécanismes en clair sans TLS.</translation>
    </message>
    <message>
        <source>The server calls itself “%1” before TLS, “%2” after TLS.</source>
        <translation>Le serveur se nomme « %1 » avant TLS, « %2 » après TLS.</translation>
    </message>
    <message>
        <source>The server calls itself “%1”.</source>
        <translation>Le serveur se nomme « %1 ».</translation>
    </message>
</context>
<context>
    <name>postscope::ui::CompareDialog</name>
    <message>
        <source>Compare Transcripts</source>
        <translation>Comparer des journaux</translation>
    </message>
    <message>
        <source>First transcript</source>
        <translation>Premier journal</translation>
    </message>
    <message>
        <source>Second transcript</source>
        <translation>Second journal</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Ouvrir un journal</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.log *.jsonl *.json);;All files (*)</source>
        <translation>Journaux (*.txt *.log *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Premier :</translation>
    </message>
    <message>
        <source>&amp;Second:</source>
        <translation>&amp;Second :</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>The transcripts are the same, apart from what changes from run to run.</source>
        <translation>Les journaux sont identiques, hormis ce qui change d’une exécution à l’autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n ligne diffère.</numerusform>
            <numerusform>%n lignes diffèrent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n rows are shown.</source>
        <translation>
            <numerusform>Seule la première ligne est affichée.</numerusform>
            <numerusform>Seules les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postscope::ui::ConsolePane</name>
    <message>
        <source>&amp;Open Console</source>
        <translation>&amp;Ouvrir la console</translation>
    </message>
    <message>
        <source>&amp;QUIT</source>
        <translation>&amp;QUIT</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Sortie de la console</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Type a command; Tab completes, Up and Down recall</source>
        <translation>Tapez une commande ; Tab complète, Haut et Bas rappellent</translation>
    </message>
    <message>
        <source>Connect a console to the selected account</source>
        <translation>Connecter une console au compte choisi</translation>
    </message>
    <message>
        <source>Say QUIT and close the console&apos;s connection</source>
        <translation>Dire QUIT et fermer la connexion de la console</translation>
    </message>
    <message>
        <source>A console is open already: say QUIT first.</source>
        <translation>Une console est déjà ouverte : dites d’abord QUIT.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Choisissez d’abord un compte.</translation>
    </message>
    <message>
        <source>Account: %1. Open a console to type SMTP to it.</source>
        <translation>Compte : %1. Ouvrez une console pour lui taper du SMTP.</translation>
    </message>
    <message>
        <source>Valid now: %1</source>
        <translation>Valides maintenant : %1</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>La connexion est fermée.</translation>
    </message>
    <message>
        <source>AUTH helper</source>
        <translation>Assistant AUTH</translation>
    </message>
    <message>
        <source>The console answers the server&apos;s challenges with these; the transcript shows them redacted.</source>
        <translation>La console répond avec eux aux défis du serveur ; le journal les montre masqués.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>postscope::ui::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::ui::LessonBrowser</name>
    <message>
        <source>&amp;Start Lesson</source>
        <translation>&amp;Commencer la leçon</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Start a sandbox set up for this lesson and a console to it</source>
        <translation>Démarrer un bac à sable préparé pour cette leçon et une console vers lui</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>Certaines leçons n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1 : réussie</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>But :</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <source>You have passed this lesson.</source>
        <translation>Vous avez réussi cette leçon.</translation>
    </message>
    <message>
        <source>There is no lesson named “%1”.</source>
        <translation>Il n’y a pas de leçon nommée « %1 ».</translation>
    </message>
    <message>
        <source>Choose a lesson first.</source>
        <translation>Choisissez d’abord une leçon.</translation>
    </message>
    <message>
        <source>No folder for the lesson&apos;s sandbox: %1</source>
        <translation>Pas de dossier pour le bac à sable de la leçon : %1</translation>
    </message>
    <message>
        <source>The lesson&apos;s sandbox did not start: %1</source>
        <translation>Le bac à sable de la leçon n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Lesson under way: follow the steps; QUIT ends it and checks it.</source>
        <translation>Leçon en cours : suivez les étapes ; QUIT la termine et la vérifie.</translation>
    </message>
    <message numerus="yes">
        <source>Goal reached: every one of the %n check(s) passed.</source>
        <translation>
            <numerusform>But atteint : la vérification est réussie.</numerusform>
            <numerusform>But atteint : les %n vérifications sont réussies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n of the checks did not pass.</source>
        <translation>
            <numerusform>Pas encore : %n vérification a échoué.</numerusform>
            <numerusform>Pas encore : %n vérifications ont échoué.</numerusform>
        </translation>
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
        <source>Remove every line from the transcript</source>
        <translation>Supprimer toutes les lignes du journal</translation>
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
        <source>Show or hide the toolbar</source>
        <translation>Afficher ou masquer la barre d’outils</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
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
    <message>
        <source>The accounts could not all be read: %1</source>
        <translation>Les comptes n’ont pas tous pu être lus : %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Write the transcript (the lines the filters show) to a text or JSON Lines file</source>
        <translation>Écrire le journal (les lignes que les filtres montrent) dans un fichier texte ou JSON Lines</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Choose the language and how much the transcript keeps</source>
        <translation>Choisir la langue et ce que le journal garde</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected transcript lines as text</source>
        <translation>Copier les lignes choisies du journal en texte</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find text in the transcript</source>
        <translation>Rechercher du texte dans le journal</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next line that matches</source>
        <translation>Aller à la ligne suivante qui correspond</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous line that matches</source>
        <translation>Aller à la ligne précédente qui correspond</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Set up an account for a mail server</source>
        <translation>Configurer un compte pour un serveur de courriel</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>Change the selected account</source>
        <translation>Modifier le compte choisi</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>&amp;Dupliquer le compte…</translation>
    </message>
    <message>
        <source>Set up a new account from a copy of the selected one</source>
        <translation>Configurer un nouveau compte à partir d’une copie de celui choisi</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Remove the selected account and its secrets</source>
        <translation>Supprimer le compte choisi et ses secrets</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to the selected account&apos;s server and see what it offers (no login, no mail)</source>
        <translation>Se connecter au serveur du compte choisi et voir ce qu’il propose (sans authentification, sans courrier)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Say QUIT and close the selected account&apos;s connection</source>
        <translation>Dire QUIT et fermer la connexion du compte choisi</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>Add accounts from a JSON file exported by Postscope</source>
        <translation>Ajouter des comptes depuis un fichier JSON exporté par Postscope</translation>
    </message>
    <message>
        <source>E&amp;xport Accounts…</source>
        <translation>E&amp;xporter des comptes…</translation>
    </message>
    <message>
        <source>Write your accounts to a JSON file, without passwords</source>
        <translation>Écrire vos comptes dans un fichier JSON, sans mots de passe</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Show the transcript of every session</source>
        <translation>Montrer le journal de toutes les sessions</translation>
    </message>
    <message>
        <source>C&amp;apabilities</source>
        <translation>&amp;Capacités</translation>
    </message>
    <message>
        <source>Show what the selected account&apos;s server offers, before and after TLS</source>
        <translation>Montrer ce que le serveur du compte choisi propose, avant et après TLS</translation>
    </message>
    <message>
        <source>Show T&amp;imestamps</source>
        <translation>Afficher l’&amp;heure</translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation>&amp;Vider le journal</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <translation>Afficher la &amp;barre d’outils</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Show Acc&amp;ounts</source>
        <translation>Afficher les c&amp;omptes</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts</source>
        <translation>Afficher ou masquer la liste des comptes</translation>
    </message>
    <message>
        <source>before and after STARTTLS</source>
        <translation>avant et après STARTTLS</translation>
    </message>
    <message>
        <source>over TLS from the first byte</source>
        <translation>sous TLS dès le premier octet</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2, %3</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its password from the keychain?</source>
        <translation>Supprimer le compte « %1 » et son mot de passe du trousseau ?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Le compte « %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>Removed the account “%1”; its secrets could not be removed from the keychain: %2</source>
        <translation>Le compte « %1 » a été supprimé ; ses secrets n’ont pas pu être retirés du trousseau : %2</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Postscope accounts (*.json);;All files (*)</source>
        <translation>Comptes Postscope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An account in the file may have the name of one you have. Replace yours with those from the file, or import only new ones?</source>
        <translation>Un compte du fichier peut porter le nom de l’un des vôtres. Remplacer les vôtres par ceux du fichier, ou n’importer que les nouveaux ?</translation>
    </message>
    <message>
        <source>Only &amp;New Accounts</source>
        <translation>Seulement les &amp;nouveaux comptes</translation>
    </message>
    <message>
        <source>&amp;Replace Same Names</source>
        <translation>&amp;Remplacer les homonymes</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exporter des comptes</translation>
    </message>
    <message>
        <source>Accounts exported to %1 (without passwords).</source>
        <translation>Comptes exportés dans %1 (sans mots de passe).</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Choisissez d’abord un compte.</translation>
    </message>
    <message>
        <source>Step Mode</source>
        <translation>Mode pas à pas</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leçon</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>C&amp;onsole</translation>
    </message>
    <message>
        <source>Type SMTP to the selected account, every reply explained</source>
        <translation>Taper du SMTP vers le compte choisi, chaque réponse expliquée</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>Learn SMTP by doing it</source>
        <translation>Apprendre SMTP en le pratiquant</translation>
    </message>
    <message>
        <source>E&amp;xport Session As…</source>
        <translation>E&amp;xporter la session sous…</translation>
    </message>
    <message>
        <source>Write a finished session as a Python smtplib script, a swaks command or postscope-cli commands</source>
        <translation>Écrire une session terminée comme script Python smtplib, commande swaks ou commandes postscope-cli</translation>
    </message>
    <message>
        <source>&amp;Compare Transcripts…</source>
        <translation>&amp;Comparer des journaux…</translation>
    </message>
    <message>
        <source>Show two transcript files side by side, with what changes from run to run masked</source>
        <translation>Afficher deux journaux côte à côte, ce qui change d’une exécution à l’autre masqué</translation>
    </message>
    <message>
        <source>&amp;Step Mode</source>
        <translation>Mode &amp;pas à pas</translation>
    </message>
    <message>
        <source>Send one command at a time: what goes out and why before each, what came back after it</source>
        <translation>Envoyer une commande à la fois : avant chacune, ce qui part et pourquoi, après, ce qui est revenu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>Format d’export inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The transcript holds no session “%1”.</source>
        <translation>Le journal ne contient pas de session « %1 ».</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>No session has been recorded yet.</source>
        <translation>Aucune session n’a encore été enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>Python smtplib script</source>
        <translation>Script Python smtplib</translation>
    </message>
    <message>
        <source>swaks command line</source>
        <translation>Ligne de commande swaks</translation>
    </message>
    <message>
        <source>postscope-cli commands</source>
        <translation>Commandes postscope-cli</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;Comme :</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
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
    <name>postscope::ui::PasswordPrompt</name>
    <message>
        <source>Password for “%1”</source>
        <translation>Mot de passe pour « %1 »</translation>
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
    <name>postscope::ui::SessionHub</name>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected, not encrypted</source>
        <translation>connecté, non chiffré</translation>
    </message>
    <message>
        <source>connected with TLS</source>
        <translation>connecté avec TLS</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is connected already.</source>
        <translation>Le compte « %1 » est déjà connecté.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The transcript view drops its oldest lines beyond this; saving the transcript still writes every line the transcript keeps</source>
        <translation>Au-delà, la vue du journal abandonne ses plus anciennes lignes ; l’enregistrement écrit quand même toutes les lignes que le journal garde</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Transcript &amp;lines kept in view:</source>
        <translation>Lignes du journal gardées à l’&amp;écran :</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The language follows the system unless you choose one.</source>
        <translation>La langue suit celle du système, sauf si vous en choisissez une.</translation>
    </message>
    <message>
        <source>The new language applies when Postscope starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Postscope.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::StateDiagram</name>
    <message>
        <source>Protocol state</source>
        <translation>État du protocole</translation>
    </message>
</context>
<context>
    <name>postscope::ui::StepPanel</name>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Send this step (F10)</source>
        <translation>Envoyer cette étape (F10)</translation>
    </message>
    <message>
        <source>Go on at full speed (F5)</source>
        <translation>Continuer à pleine vitesse (F5)</translation>
    </message>
    <message>
        <source>Do not send this step: say QUIT (Shift+F5)</source>
        <translation>Ne pas envoyer cette étape : dire QUIT (Maj+F5)</translation>
    </message>
    <message>
        <source>Turn on Tools &gt; Step Mode and send: each command waits here.</source>
        <translation>Activez Outils &gt; Mode pas à pas et envoyez : chaque commande attend ici.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>(the message data)</source>
        <translation>(les données du message)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message numerus="yes">
        <source>C: (%n octet(s) of message data)</source>
        <translation>
            <numerusform>C: (%n octet de données du message)</numerusform>
            <numerusform>C: (%n octets de données du message)</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>La session est terminée.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more octets; the export has the whole line]</source>
        <translation>
            <numerusform>[… %n octet de plus ; l’export contient la ligne entière]</numerusform>
            <numerusform>[… %n octets de plus ; l’export contient la ligne entière]</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside TLS: encrypted on the wire</source>
        <translation>Dans TLS : chiffré sur le réseau</translation>
    </message>
    <message>
        <source>Not encrypted on the wire</source>
        <translation>Non chiffré sur le réseau</translation>
    </message>
    <message>
        <source>The secret of this line is never shown or saved</source>
        <translation>Le secret de cette ligne n’est jamais affiché ni enregistré</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1, inside TLS</source>
        <translation>%1, dans TLS</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptPane</name>
    <message>
        <source>&amp;Client</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Show the lines the client sent (C:)</source>
        <translation>Montrer les lignes que le client a envoyées (C:)</translation>
    </message>
    <message>
        <source>Show the lines the server answered (S:)</source>
        <translation>Montrer les lignes que le serveur a répondues (S:)</translation>
    </message>
    <message>
        <source>Show Postscope&apos;s own notes (**): connections, TLS, errors</source>
        <translation>Montrer les notes de Postscope (**) : connexions, TLS, erreurs</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Sessi&amp;on :</translation>
    </message>
    <message>
        <source>Show the lines of one session only</source>
        <translation>Ne montrer que les lignes d’une session</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find text in the shown lines: Enter or F3 for the next match, Shift+Enter or Shift+F3 for the previous one</source>
        <translation>Rechercher du texte dans les lignes affichées : Entrée ou F3 pour l’occurrence suivante, Maj+Entrée ou Maj+F3 pour la précédente</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Ligne choisie</translation>
    </message>
    <message>
        <source>Select a line to see it whole; for a server&apos;s reply, what its code means.</source>
        <translation>Choisissez une ligne pour la voir en entier ; pour une réponse du serveur, ce que son code signifie.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Save Transcript As… still writes every line the transcript keeps: the newest %1 entries, %2 at most.</source>
        <translation>« Enregistrer le journal sous… » écrit quand même chaque ligne que le journal garde : les %1 entrées les plus récentes, %2 au plus.</translation>
    </message>
    <message>
        <source>Save Transcript As… still writes every line of the transcript.</source>
        <translation>« Enregistrer le journal sous… » écrit quand même chaque ligne du journal.</translation>
    </message>
    <message>
        <source>%1 older lines were dropped from this view, which keeps the newest %2. %3</source>
        <translation>%1 lignes plus anciennes ont quitté cette vue, qui garde les %2 plus récentes. %3</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
</context>
</TS>
