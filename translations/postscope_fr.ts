<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>salutation</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>négociation TLS</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO après TLS</translation>
    </message>
</context>
<context>
    <name>lesson 8bitmime-smtputf8</name>
    <message>
        <source>8BITMIME and SMTPUTF8</source>
        <translation>8BITMIME et SMTPUTF8</translation>
    </message>
    <message>
        <source>Send a message whose text is 8-bit (BODY=8BITMIME), then one from an address that is not ASCII (SMTPUTF8).</source>
        <translation>Envoyez un message dont le texte est en 8 bits (BODY=8BITMIME), puis un autre depuis une adresse qui n’est pas en ASCII (SMTPUTF8).</translation>
    </message>
    <message>
        <source>EHLO: look for 8BITMIME and SMTPUTF8.</source>
        <translation>EHLO : cherchez 8BITMIME et SMTPUTF8.</translation>
    </message>
    <message>
        <source>BODY=8BITMIME says the message has octets above 127 (UTF-8 text here) and no 7-bit encoding.</source>
        <translation>BODY=8BITMIME indique que le message contient des octets au-dessus de 127 (ici du texte UTF-8) sans encodage 7 bits.</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>Nommez le destinataire.</translation>
    </message>
    <message>
        <source>Send the 8-bit text.</source>
        <translation>Envoyez le texte 8 bits.</translation>
    </message>
    <message>
        <source>An address in UTF-8 needs SMTPUTF8 on MAIL (RFC 6531 3.4).</source>
        <translation>Une adresse en UTF-8 demande SMTPUTF8 sur MAIL (RFC 6531 3.4).</translation>
    </message>
    <message>
        <source>Send the message; with SMTPUTF8 the header fields may be UTF-8 too.</source>
        <translation>Envoyez le message ; avec SMTPUTF8, les champs d’en-tête peuvent aussi être en UTF-8.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>Without SMTPUTF8, a non-ASCII address is refused (553 5.6.7).</source>
        <translation>Sans SMTPUTF8, une adresse non ASCII est refusée (553 5.6.7).</translation>
    </message>
    <message>
        <source>Declare the 8-bit body: MAIL FROM:&lt;...&gt; BODY=8BITMIME.</source>
        <translation>Déclarez le corps 8 bits : MAIL FROM:&lt;...&gt; BODY=8BITMIME.</translation>
    </message>
    <message>
        <source>Send from a non-ASCII address with SMTPUTF8 on MAIL.</source>
        <translation>Envoyez depuis une adresse non ASCII avec SMTPUTF8 sur MAIL.</translation>
    </message>
    <message>
        <source>Both messages must reach alice@example.test.</source>
        <translation>Les deux messages doivent atteindre alice@example.test.</translation>
    </message>
</context>
<context>
    <name>lesson auth-cram-md5</name>
    <message>
        <source>AUTH CRAM-MD5: a challenge and a keyed hash</source>
        <translation>AUTH CRAM-MD5 : un défi et un condensé à clé</translation>
    </message>
    <message>
        <source>Log in as alice with CRAM-MD5: the server sends a fresh challenge, the client answers with the user and HMAC-MD5(password, challenge); the password itself never crosses the wire.</source>
        <translation>Connectez-vous en tant qu’alice avec CRAM-MD5 : le serveur envoie un défi neuf, le client répond avec l’utilisateur et HMAC-MD5(mot de passe, défi) ; le mot de passe lui-même ne passe jamais sur le fil.</translation>
    </message>
    <message>
        <source>Greet: AUTH lists CRAM-MD5.</source>
        <translation>Saluez : AUTH liste CRAM-MD5.</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5: the helper asks for the user and password, decodes the challenge (&lt;...@...&gt;) and shows the response it computes: &quot;alice &quot; followed by the hex HMAC-MD5.</source>
        <translation>AUTH CRAM-MD5 : l’assistant demande l’utilisateur et le mot de passe, décode le défi (&lt;...@...&gt;) et montre la réponse qu’il calcule : « alice » suivi du HMAC-MD5 en hexadécimal.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>CRAM-MD5 keeps the password off the wire but the server must store it in the clear; SCRAM does better.</source>
        <translation>CRAM-MD5 garde le mot de passe hors du fil, mais le serveur doit le stocker en clair ; SCRAM fait mieux.</translation>
    </message>
    <message>
        <source>Send AUTH CRAM-MD5 and get the challenge.</source>
        <translation>Envoyez AUTH CRAM-MD5 et recevez le défi.</translation>
    </message>
    <message>
        <source>The login did not succeed (no 235): the user is alice, the password wonderland.</source>
        <translation>La connexion n’a pas réussi (pas de 235) : l’utilisateur est alice, le mot de passe wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson auth-login</name>
    <message>
        <source>AUTH LOGIN, step by step</source>
        <translation>AUTH LOGIN, pas à pas</translation>
    </message>
    <message>
        <source>Log in as alice (password wonderland) with AUTH LOGIN and watch its two challenges: Username: and Password:, each in base64.</source>
        <translation>Connectez-vous en tant qu’alice (mot de passe wonderland) avec AUTH LOGIN et observez ses deux défis : Username: et Password:, chacun en base64.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Saluez.</translation>
    </message>
    <message>
        <source>LOGIN sends the password as it is: only over TLS.</source>
        <translation>LOGIN envoie le mot de passe tel quel : uniquement sur TLS.</translation>
    </message>
    <message>
        <source>Greet again over TLS.</source>
        <translation>Saluez de nouveau sur TLS.</translation>
    </message>
    <message>
        <source>AUTH LOGIN: the console&apos;s helper asks for the user and the password (not shown), then answers each 334 challenge: 334 VXNlcm5hbWU6 is base64 for &quot;Username:&quot;, 334 UGFzc3dvcmQ6 for &quot;Password:&quot;.</source>
        <translation>AUTH LOGIN : l’assistant de la console demande l’utilisateur et le mot de passe (non affiché), puis répond à chaque défi 334 : 334 VXNlcm5hbWU6 est le base64 de « Username: », 334 UGFzc3dvcmQ6 celui de « Password: ».</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>Every line the client sends after a 334 is a secret: the transcript shows ******** instead.</source>
        <translation>Chaque ligne que le client envoie après un 334 est un secret : la transcription affiche ******** à sa place.</translation>
    </message>
    <message>
        <source>Start TLS first: LOGIN sends the password readable to anyone on the path.</source>
        <translation>Démarrez d’abord TLS : LOGIN envoie le mot de passe lisible par quiconque sur le chemin.</translation>
    </message>
    <message>
        <source>Send AUTH LOGIN and get the 334 challenge.</source>
        <translation>Envoyez AUTH LOGIN et recevez le défi 334.</translation>
    </message>
    <message>
        <source>The login did not succeed (no 235): the user is alice, the password wonderland.</source>
        <translation>La connexion n’a pas réussi (pas de 235) : l’utilisateur est alice, le mot de passe wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson auth-plain</name>
    <message>
        <source>AUTH PLAIN by hand</source>
        <translation>AUTH PLAIN à la main</translation>
    </message>
    <message>
        <source>Log in as alice (password wonderland) with AUTH PLAIN, building the response yourself: base64 of NUL, the user, NUL, the password.</source>
        <translation>Connectez-vous en tant qu’alice (mot de passe wonderland) avec AUTH PLAIN en construisant la réponse vous-même : le base64 de NUL, l’utilisateur, NUL, le mot de passe.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Saluez.</translation>
    </message>
    <message>
        <source>PLAIN sends the password as it is: only over TLS.</source>
        <translation>PLAIN envoie le mot de passe tel quel : uniquement sur TLS.</translation>
    </message>
    <message>
        <source>Greet again over TLS: AUTH PLAIN is offered now.</source>
        <translation>Saluez de nouveau sur TLS : AUTH PLAIN est maintenant offert.</translation>
    </message>
    <message>
        <source>The response is base64(&quot;\0alice\0wonderland&quot;) = AGFsaWNlAHdvbmRlcmxhbmQ= (try: printf &apos;\0alice\0wonderland&apos; | base64). It goes right after the mechanism, as an initial response; the transcript shows ******** in its place.</source>
        <translation>La réponse est base64(&quot;\0alice\0wonderland&quot;) = AGFsaWNlAHdvbmRlcmxhbmQ= (essayez : printf &apos;\0alice\0wonderland&apos; | base64). Elle suit directement le mécanisme, comme réponse initiale ; la transcription affiche ******** à sa place.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>The first field (before the first NUL) is the authorization identity; empty means: the same as the user.</source>
        <translation>Le premier champ (avant le premier NUL) est l’identité d’autorisation ; vide signifie : la même que l’utilisateur.</translation>
    </message>
    <message>
        <source>535 means the credentials were wrong; 538 that this mechanism needs TLS first.</source>
        <translation>535 signifie que les identifiants étaient faux ; 538 que ce mécanisme demande d’abord TLS.</translation>
    </message>
    <message>
        <source>Start TLS first: PLAIN sends the password readable to anyone on the path.</source>
        <translation>Démarrez d’abord TLS : PLAIN envoie le mot de passe lisible par quiconque sur le chemin.</translation>
    </message>
    <message>
        <source>The server did not answer 235: check the base64 of \0alice\0wonderland.</source>
        <translation>Le serveur n’a pas répondu 235 : vérifiez le base64 de \0alice\0wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson auth-scram</name>
    <message>
        <source>AUTH SCRAM-SHA-256: proofs on both sides</source>
        <translation>AUTH SCRAM-SHA-256 : des preuves des deux côtés</translation>
    </message>
    <message>
        <source>Log in as alice with SCRAM-SHA-256 and follow the exchange: client nonce, the server&apos;s salt and iterations, the client&apos;s proof, and the server&apos;s signature that proves the server knew the password too.</source>
        <translation>Connectez-vous en tant qu’alice avec SCRAM-SHA-256 et suivez l’échange : nonce du client, sel et itérations du serveur, preuve du client, et signature du serveur qui prouve que le serveur connaissait aussi le mot de passe.</translation>
    </message>
    <message>
        <source>Greet: AUTH lists SCRAM-SHA-256.</source>
        <translation>Saluez : AUTH liste SCRAM-SHA-256.</translation>
    </message>
    <message>
        <source>AUTH SCRAM-SHA-256: the helper asks for the user and password and shows each message decoded: client-first (n,,n=alice,r=...), server-first (r=...,s=salt,i=4096), client-final (with the proof p=...), server-final (v=signature).</source>
        <translation>AUTH SCRAM-SHA-256 : l’assistant demande l’utilisateur et le mot de passe et montre chaque message décodé : client-first (n,,n=alice,r=...), server-first (r=...,s=sel,i=4096), client-final (avec la preuve p=...), server-final (v=signature).</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>The server stores only salted keys; a stolen store does not give the password away directly.</source>
        <translation>Le serveur ne stocke que des clés salées ; un stock volé ne livre pas directement le mot de passe.</translation>
    </message>
    <message>
        <source>Send AUTH SCRAM-SHA-256 and get the server-first message.</source>
        <translation>Envoyez AUTH SCRAM-SHA-256 et recevez le message server-first.</translation>
    </message>
    <message>
        <source>The login did not succeed (no 235): the user is alice, the password wonderland.</source>
        <translation>La connexion n’a pas réussi (pas de 235) : l’utilisateur est alice, le mot de passe wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson chunking</name>
    <message>
        <source>CHUNKING: BDAT instead of DATA</source>
        <translation>CHUNKING : BDAT au lieu de DATA</translation>
    </message>
    <message>
        <source>Send a message with BDAT: the client says how many octets follow, so nothing in the message can end it early and no dot-stuffing is needed.</source>
        <translation>Envoyez un message avec BDAT : le client annonce combien d’octets suivent, si bien que rien dans le message ne peut le terminer trop tôt et qu’aucun doublement des points n’est nécessaire.</translation>
    </message>
    <message>
        <source>EHLO: look for CHUNKING.</source>
        <translation>EHLO : cherchez CHUNKING.</translation>
    </message>
    <message>
        <source>/send counts the octets for you and sends BDAT n LAST followed by exactly n octets. Note the line that starts with a dot: with BDAT it is not stuffed.</source>
        <translation>/send compte les octets pour vous et envoie BDAT n LAST suivi d’exactement n octets. Notez la ligne qui commence par un point : avec BDAT il n’est pas doublé.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>BDAT 0 LAST ends a message whose last chunk was already sent.</source>
        <translation>BDAT 0 LAST termine un message dont le dernier bloc a déjà été envoyé.</translation>
    </message>
    <message>
        <source>Send the message with BDAT (use /send: it uses BDAT when the server offers CHUNKING).</source>
        <translation>Envoyez le message avec BDAT (utilisez /send : il emploie BDAT quand le serveur offre CHUNKING).</translation>
    </message>
    <message>
        <source>DATA was used: with CHUNKING offered, send the message with BDAT instead.</source>
        <translation>DATA a été utilisé : comme CHUNKING est offert, envoyez plutôt le message avec BDAT.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Le message n’a pas atteint alice@example.test.</translation>
    </message>
</context>
<context>
    <name>lesson d1-typical-transaction</name>
    <message>
        <source>A typical SMTP transaction</source>
        <translation>Une transaction SMTP typique</translation>
    </message>
    <message>
        <source>Send one message to Jones and Brown at XYZ.COM, and try Green, who has no mailbox there: greet the server, name the sender, name each recipient, send the message, and quit.</source>
        <translation>Envoyez un message à Jones et Brown chez XYZ.COM, et essayez Green, qui n’y a pas de boîte : saluez le serveur, nommez l’expéditeur, nommez chaque destinataire, envoyez le message et quittez.</translation>
    </message>
    <message>
        <source>The server has greeted you with 220. Introduce yourself: EHLO and the name of your host.</source>
        <translation>Le serveur vous a accueilli par 220. Présentez-vous : EHLO et le nom de votre hôte.</translation>
    </message>
    <message>
        <source>Start a mail transaction. MAIL FROM gives the reverse path: where reports about this message go.</source>
        <translation>Commencez une transaction de courrier. MAIL FROM donne le chemin de retour : là où vont les rapports sur ce message.</translation>
    </message>
    <message>
        <source>Name each recipient with its own RCPT. Jones has a mailbox here.</source>
        <translation>Nommez chaque destinataire avec son propre RCPT. Jones a une boîte ici.</translation>
    </message>
    <message>
        <source>Green has none: the server refuses this recipient with 550, and the transaction goes on for the others.</source>
        <translation>Green n’en a pas : le serveur refuse ce destinataire par 550, et la transaction continue pour les autres.</translation>
    </message>
    <message>
        <source>Brown has a mailbox too.</source>
        <translation>Brown a aussi une boîte.</translation>
    </message>
    <message>
        <source>DATA asks to send the message. After the 354, type its lines: the header fields, an empty line, the body; a line with a single dot ends it. The console doubles a dot at the start of a line (dot-stuffing, RFC 5321 4.5.2) so that it cannot end the message early.</source>
        <translation>DATA demande à envoyer le message. Après le 354, tapez ses lignes : les champs d’en-tête, une ligne vide, le corps ; une ligne ne contenant qu’un point le termine. La console double un point en début de ligne (RFC 5321 4.5.2) pour qu’il ne puisse pas terminer le message trop tôt.</translation>
    </message>
    <message>
        <source>QUIT ends the session; the server answers 221 and closes.</source>
        <translation>QUIT termine la session ; le serveur répond 221 et ferme.</translation>
    </message>
    <message>
        <source>Each RCPT is answered on its own: one refused recipient does not end the transaction.</source>
        <translation>Chaque RCPT reçoit sa propre réponse : un destinataire refusé ne termine pas la transaction.</translation>
    </message>
    <message>
        <source>The message goes to every accepted recipient once the final dot is answered with 250.</source>
        <translation>Le message part vers chaque destinataire accepté dès que le point final reçoit 250.</translation>
    </message>
    <message>
        <source>Start with EHLO (or HELO) and your host&apos;s name; the server must answer 250 before anything else works.</source>
        <translation>Commencez par EHLO (ou HELO) et le nom de votre hôte ; le serveur doit répondre 250 avant que quoi que ce soit d’autre fonctionne.</translation>
    </message>
    <message>
        <source>Try RCPT TO:&lt;Green@XYZ.COM&gt; in the transaction and see it refused with 550: Green has no mailbox here.</source>
        <translation>Essayez RCPT TO:&lt;Green@XYZ.COM&gt; dans la transaction et voyez-le refusé par 550 : Green n’a pas de boîte ici.</translation>
    </message>
    <message>
        <source>The message did not reach Jones: name Jones with RCPT, then send DATA and end the message with a line holding a single dot.</source>
        <translation>Le message n’a pas atteint Jones : nommez Jones avec RCPT, puis envoyez DATA et terminez le message par une ligne ne contenant qu’un point.</translation>
    </message>
    <message>
        <source>The message did not reach Brown: name Brown with RCPT before DATA.</source>
        <translation>Le message n’a pas atteint Brown : nommez Brown avec RCPT avant DATA.</translation>
    </message>
    <message>
        <source>End the session with QUIT.</source>
        <translation>Terminez la session par QUIT.</translation>
    </message>
</context>
<context>
    <name>lesson d2-aborted-transaction</name>
    <message>
        <source>An aborted transaction</source>
        <translation>Une transaction abandonnée</translation>
    </message>
    <message>
        <source>Start a transaction to Jones and Brown, then abandon it with RSET before any data is sent: nothing may be delivered.</source>
        <translation>Commencez une transaction pour Jones et Brown, puis abandonnez-la par RSET avant d’envoyer des données : rien ne doit être remis.</translation>
    </message>
    <message>
        <source>Introduce yourself.</source>
        <translation>Présentez-vous.</translation>
    </message>
    <message>
        <source>Start a transaction.</source>
        <translation>Commencez une transaction.</translation>
    </message>
    <message>
        <source>Name Jones.</source>
        <translation>Nommez Jones.</translation>
    </message>
    <message>
        <source>Name Brown.</source>
        <translation>Nommez Brown.</translation>
    </message>
    <message>
        <source>Changed your mind? RSET throws away the sender, the recipients and any data; the session stays open.</source>
        <translation>Changé d’avis ? RSET jette l’expéditeur, les destinataires et toute donnée ; la session reste ouverte.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>After RSET the server is where it was after EHLO: a new MAIL may start a new transaction.</source>
        <translation>Après RSET, le serveur en est là où il était après EHLO : un nouveau MAIL peut commencer une nouvelle transaction.</translation>
    </message>
    <message>
        <source>Sending DATA and the final dot would deliver the message: abort before that.</source>
        <translation>DATA et le point final remettraient le message : abandonnez avant.</translation>
    </message>
    <message>
        <source>Name at least one recipient, then abort with RSET.</source>
        <translation>Nommez au moins un destinataire, puis abandonnez par RSET.</translation>
    </message>
    <message>
        <source>RSET must be answered with 250.</source>
        <translation>RSET doit recevoir la réponse 250.</translation>
    </message>
    <message>
        <source>DATA was sent: an aborted transaction never gets to its data. Use RSET instead.</source>
        <translation>DATA a été envoyé : une transaction abandonnée n’arrive jamais à ses données. Utilisez plutôt RSET.</translation>
    </message>
    <message>
        <source>A message reached Jones: the transaction was not aborted.</source>
        <translation>Un message a atteint Jones : la transaction n’a pas été abandonnée.</translation>
    </message>
</context>
<context>
    <name>lesson d3-relayed-mail</name>
    <message>
        <source>Relayed mail</source>
        <translation>Courrier relayé</translation>
    </message>
    <message>
        <source>Play the relay foo.com passing on John Q. Public&apos;s message to Jones at XYZ.COM: add your Received: line at the top of the message, and see the server ignore the old source route in the recipient.</source>
        <translation>Jouez le relais foo.com qui transmet le message de John Q. Public à Jones chez XYZ.COM : ajoutez votre ligne Received: en haut du message, et voyez le serveur ignorer l’ancienne route source du destinataire.</translation>
    </message>
    <message>
        <source>You are the relay foo.com: say so.</source>
        <translation>Vous êtes le relais foo.com : dites-le.</translation>
    </message>
    <message>
        <source>The reverse path stays the original sender&apos;s, so that reports go back to him.</source>
        <translation>Le chemin de retour reste celui de l’expéditeur d’origine, pour que les rapports lui reviennent.</translation>
    </message>
    <message>
        <source>The recipient as old mail carried it, with a source route (@foo.com:). RFC 5321 says to accept it and ignore the route (Appendix C).</source>
        <translation>Le destinataire tel que l’ancien courrier le portait, avec une route source (@foo.com:). La RFC 5321 dit de l’accepter et d’ignorer la route (annexe C).</translation>
    </message>
    <message>
        <source>Send the message with a trace line on top: every relay adds a Received: field (RFC 5321 4.4) and never changes the rest.</source>
        <translation>Envoyez le message avec une ligne de trace en tête : chaque relais ajoute un champ Received: (RFC 5321 4.4) et ne change jamais le reste.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>The Received: line goes first, above the fields the author wrote.</source>
        <translation>La ligne Received: vient en premier, au-dessus des champs écrits par l’auteur.</translation>
    </message>
    <message>
        <source>A source route (@host:) is a relic of RFC 821; servers accept and ignore it.</source>
        <translation>Une route source (@hôte:) est un vestige de la RFC 821 ; les serveurs l’acceptent et l’ignorent.</translation>
    </message>
    <message>
        <source>Name the recipient with the old source route, RCPT TO:&lt;@foo.com:Jones@XYZ.COM&gt;, and see it accepted.</source>
        <translation>Nommez le destinataire avec l’ancienne route source, RCPT TO:&lt;@foo.com:Jones@XYZ.COM&gt;, et voyez-le accepté.</translation>
    </message>
    <message>
        <source>The message did not reach Jones.</source>
        <translation>Le message n’a pas atteint Jones.</translation>
    </message>
    <message>
        <source>A relay adds its Received: field at the very top of the message: the first line of the data must be &quot;Received: from bar.com by foo.com ...&quot;.</source>
        <translation>Un relais met son champ Received: tout en haut du message : la première ligne des données doit être « Received: from bar.com by foo.com ... ».</translation>
    </message>
</context>
<context>
    <name>lesson d4-verify-and-send</name>
    <message>
        <source>Verifying and sending</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Ask the server who Admin.MRC is with VRFY, then send him a message.</source>
        <translation>Demandez au serveur qui est Admin.MRC avec VRFY, puis envoyez-lui un message.</translation>
    </message>
    <message>
        <source>Introduce yourself.</source>
        <translation>Présentez-vous.</translation>
    </message>
    <message>
        <source>VRFY asks whether a name is a mailbox here; 250 says yes and gives the full address. Many servers answer 252 (cannot verify) or refuse VRFY, to keep addresses secret.</source>
        <translation>VRFY demande si un nom est une boîte ici ; 250 dit oui et donne l’adresse complète. Beaucoup de serveurs répondent 252 (vérification impossible) ou refusent VRFY, pour garder les adresses secrètes.</translation>
    </message>
    <message>
        <source>RFC 821&apos;s SEND delivered to a terminal; it is gone (RFC 5321 Appendix F.6). Use MAIL.</source>
        <translation>Le SEND de la RFC 821 remettait à un terminal ; il a disparu (RFC 5321 annexe F.6). Utilisez MAIL.</translation>
    </message>
    <message>
        <source>Use the address VRFY gave you.</source>
        <translation>Utilisez l’adresse que VRFY vous a donnée.</translation>
    </message>
    <message>
        <source>Send a short message.</source>
        <translation>Envoyez un court message.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>VRFY takes a user name or a mailbox; the answer 250 names the mailbox.</source>
        <translation>VRFY prend un nom d’utilisateur ou une boîte ; la réponse 250 nomme la boîte.</translation>
    </message>
    <message>
        <source>Verify the name first: VRFY Admin.MRC must be answered 250.</source>
        <translation>Vérifiez d’abord le nom : VRFY Admin.MRC doit recevoir 250.</translation>
    </message>
    <message>
        <source>VRFY comes before the transaction: verify, then send.</source>
        <translation>VRFY vient avant la transaction : vérifiez, puis envoyez.</translation>
    </message>
    <message>
        <source>The message did not reach Admin.MRC@foo.com.</source>
        <translation>Le message n’a pas atteint Admin.MRC@foo.com.</translation>
    </message>
</context>
<context>
    <name>lesson dsn</name>
    <message>
        <source>DSN: asking for delivery status notifications</source>
        <translation>DSN : demander des notifications d’état de remise</translation>
    </message>
    <message>
        <source>Ask for a report on success and failure for one recipient, with only the headers returned, and an envelope id of your own.</source>
        <translation>Demandez un rapport en cas de succès et d’échec pour un destinataire, avec seulement les en-têtes renvoyés, et un identifiant d’enveloppe à vous.</translation>
    </message>
    <message>
        <source>EHLO: look for DSN.</source>
        <translation>EHLO : cherchez DSN.</translation>
    </message>
    <message>
        <source>RET=HDRS asks for the headers only in a report; ENVID is your id for this transaction, quoted back in reports (xtext, RFC 3461 4).</source>
        <translation>RET=HDRS ne demande que les en-têtes dans un rapport ; ENVID est votre identifiant pour cette transaction, cité en retour dans les rapports (xtext, RFC 3461 4).</translation>
    </message>
    <message>
        <source>NOTIFY says when to report for this recipient; ORCPT gives the original address.</source>
        <translation>NOTIFY indique quand faire un rapport pour ce destinataire ; ORCPT donne l’adresse d’origine.</translation>
    </message>
    <message>
        <source>Send the message.</source>
        <translation>Envoyez le message.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER asks for no report at all, even on failure.</source>
        <translation>NOTIFY=NEVER ne demande aucun rapport, même en cas d’échec.</translation>
    </message>
    <message>
        <source>Ask for headers only: MAIL FROM:&lt;...&gt; RET=HDRS ENVID=...</source>
        <translation>Demandez seulement les en-têtes : MAIL FROM:&lt;...&gt; RET=HDRS ENVID=...</translation>
    </message>
    <message>
        <source>Ask for reports on success and failure: RCPT TO:&lt;...&gt; NOTIFY=SUCCESS,FAILURE.</source>
        <translation>Demandez des rapports en cas de succès et d’échec : RCPT TO:&lt;...&gt; NOTIFY=SUCCESS,FAILURE.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Le message n’a pas atteint alice@example.test.</translation>
    </message>
</context>
<context>
    <name>lesson ehlo-extensions</name>
    <message>
        <source>HELO, EHLO and extensions</source>
        <translation>HELO, EHLO et extensions</translation>
    </message>
    <message>
        <source>Greet the server the old way (HELO) and the extended way (EHLO), and read which service extensions it offers.</source>
        <translation>Saluez le serveur à l’ancienne (HELO) et de façon étendue (EHLO), et lisez quelles extensions de service il offre.</translation>
    </message>
    <message>
        <source>HELO is the RFC 821 greeting: the server answers with one line and offers nothing more.</source>
        <translation>HELO est l’accueil de la RFC 821 : le serveur répond par une ligne et n’offre rien de plus.</translation>
    </message>
    <message>
        <source>EHLO asks for the extended service: the 250 reply lists one extension per line (SIZE, PIPELINING, 8BITMIME...). A client may only use what is listed.</source>
        <translation>EHLO demande le service étendu : la réponse 250 liste une extension par ligne (SIZE, PIPELINING, 8BITMIME...). Un client ne peut utiliser que ce qui est listé.</translation>
    </message>
    <message>
        <source>HELP is optional; the sandbox lists its commands.</source>
        <translation>HELP est facultatif ; le bac à sable liste ses commandes.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>Every line of a multiline reply but the last has a hyphen after the code (250-); the last has a space (250 ).</source>
        <translation>Chaque ligne d’une réponse multiligne sauf la dernière a un tiret après le code (250-) ; la dernière a une espace (250 ).</translation>
    </message>
    <message>
        <source>EHLO may be repeated; it resets any transaction in progress.</source>
        <translation>EHLO peut être répété ; il réinitialise toute transaction en cours.</translation>
    </message>
    <message>
        <source>Try the old greeting first: HELO learner.example.</source>
        <translation>Essayez d’abord l’ancien accueil : HELO learner.example.</translation>
    </message>
    <message>
        <source>Greet with EHLO to get the list of extensions.</source>
        <translation>Saluez par EHLO pour obtenir la liste des extensions.</translation>
    </message>
    <message>
        <source>Send HELO first, then EHLO, to compare the two replies.</source>
        <translation>Envoyez d’abord HELO, puis EHLO, pour comparer les deux réponses.</translation>
    </message>
    <message>
        <source>The EHLO reply lists the extensions, one per line: EHLO must be answered with a multiline 250.</source>
        <translation>La réponse à EHLO liste les extensions, une par ligne : EHLO doit recevoir un 250 multiligne.</translation>
    </message>
</context>
<context>
    <name>lesson lmtp</name>
    <message>
        <source>LMTP: one reply per recipient</source>
        <translation>LMTP : une réponse par destinataire</translation>
    </message>
    <message>
        <source>Deliver to alice and bob over LMTP, where bob&apos;s mailbox is full: after the data, the server answers once per recipient.</source>
        <translation>Remettez à alice et bob par LMTP, où la boîte de bob est pleine : après les données, le serveur répond une fois par destinataire.</translation>
    </message>
    <message>
        <source>LMTP greets with LHLO instead of EHLO (RFC 2033 4.1).</source>
        <translation>LMTP salue par LHLO au lieu d’EHLO (RFC 2033 4.1).</translation>
    </message>
    <message>
        <source>/send sends the message to both; watch the two replies after the data: 250 for alice, 452 for bob. An SMTP server would have given one reply for everyone.</source>
        <translation>/send envoie le message aux deux ; observez les deux réponses après les données : 250 pour alice, 452 pour bob. Un serveur SMTP aurait donné une seule réponse pour tous.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>LMTP is for the last hop, into the mailbox store: it can say exactly which mailbox took the message.</source>
        <translation>LMTP sert à la dernière étape, vers le stockage des boîtes : il peut dire exactement quelle boîte a pris le message.</translation>
    </message>
    <message>
        <source>Greet with LHLO: this is LMTP.</source>
        <translation>Saluez par LHLO : c’est du LMTP.</translation>
    </message>
    <message>
        <source>After the data, LMTP answers once per recipient: 250 for alice and 452 for bob.</source>
        <translation>Après les données, LMTP répond une fois par destinataire : 250 pour alice et 452 pour bob.</translation>
    </message>
    <message>
        <source>The message did not reach alice.</source>
        <translation>Le message n’a pas atteint alice.</translation>
    </message>
    <message>
        <source>bob&apos;s mailbox is full: the message must not be there.</source>
        <translation>La boîte de bob est pleine : le message ne doit pas y être.</translation>
    </message>
</context>
<context>
    <name>lesson pipelining</name>
    <message>
        <source>PIPELINING: several commands in one write</source>
        <translation>PIPELINING : plusieurs commandes en une seule écriture</translation>
    </message>
    <message>
        <source>Let the console send MAIL, both RCPTs and DATA in one go, without waiting for each reply, and see the replies come back in the same order.</source>
        <translation>Laissez la console envoyer MAIL, les deux RCPT et DATA d’un coup, sans attendre chaque réponse, et voyez les réponses revenir dans le même ordre.</translation>
    </message>
    <message>
        <source>EHLO: PIPELINING must be in the list before a client may pipeline.</source>
        <translation>EHLO : PIPELINING doit figurer dans la liste avant qu’un client puisse enchaîner les commandes.</translation>
    </message>
    <message>
        <source>Typed commands wait for their reply. /send FROM TO,TO sends a whole message the way a mail client does: MAIL, every RCPT and DATA in one write (RFC 2920 3.1); type the message lines and a single dot.</source>
        <translation>Les commandes tapées attendent leur réponse. /send DE À,À envoie un message entier comme le fait un client de messagerie : MAIL, chaque RCPT et DATA en une seule écriture (RFC 2920 3.1) ; tapez les lignes du message et un point seul.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>DATA is the last command of a group: the client waits for 354 before sending the message.</source>
        <translation>DATA est la dernière commande d’un groupe : le client attend 354 avant d’envoyer le message.</translation>
    </message>
    <message>
        <source>Replies come in the order of the commands, so the client can tell which RCPT was refused.</source>
        <translation>Les réponses arrivent dans l’ordre des commandes, le client peut donc savoir quel RCPT a été refusé.</translation>
    </message>
    <message>
        <source>MAIL, both RCPTs and DATA must go out together, before any of their replies: use /send, which pipelines when the server offers PIPELINING.</source>
        <translation>MAIL, les deux RCPT et DATA doivent partir ensemble, avant aucune de leurs réponses : utilisez /send, qui enchaîne quand le serveur offre PIPELINING.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Le message n’a pas atteint alice@example.test.</translation>
    </message>
    <message>
        <source>The message did not reach bob@example.test.</source>
        <translation>Le message n’a pas atteint bob@example.test.</translation>
    </message>
</context>
<context>
    <name>lesson security-smtp-smuggling</name>
    <message>
        <source>Security: SMTP smuggling</source>
        <translation>Sécurité : contrebande SMTP (SMTP smuggling)</translation>
    </message>
    <message>
        <source>This sandbox is UNSAFE on purpose: it ends the message data at &lt;LF&gt;.&lt;LF&gt; as vulnerable servers did. Smuggle a second message, from evil@attacker.example, inside the data of the first, and see both delivered.</source>
        <translation>Ce bac à sable est NON SÛR exprès : il termine les données du message à &lt;LF&gt;.&lt;LF&gt; comme le faisaient les serveurs vulnérables. Faites passer en contrebande un second message, de evil@attacker.example, dans les données du premier, et voyez les deux remis.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Saluez.</translation>
    </message>
    <message>
        <source>An ordinary transaction for alice.</source>
        <translation>Une transaction ordinaire pour alice.</translation>
    </message>
    <message>
        <source>Name alice.</source>
        <translation>Nommez alice.</translation>
    </message>
    <message>
        <source>In DATA mode, /bytes sends octets exactly as written, with \r \n \xHH escapes and no dot-stuffing: here a bare-LF dot line (\n.\n), then a whole second transaction with its own end. Only CRLF.CRLF ends the data (RFC 5321 4.1.1.4); a server that also accepts LF.LF reads the rest as new commands, so the smuggled message passes whatever checks the first one passed. The console itself never sends a bare LF: every line it sends ends in CRLF.</source>
        <translation>En mode DATA, /bytes envoie les octets exactement tels qu’écrits, avec les échappements \r \n \xHH et sans doublement des points : ici une ligne de point à LF isolé (\n.\n), puis toute une seconde transaction avec sa propre fin. Seul CRLF.CRLF termine les données (RFC 5321 4.1.1.4) ; un serveur qui accepte aussi LF.LF lit la suite comme de nouvelles commandes, si bien que le message passé en contrebande franchit tous les contrôles que le premier a franchis. La console elle-même n’envoie jamais de LF isolé : chaque ligne qu’elle envoie finit par CRLF.</translation>
    </message>
    <message>
        <source>The server answers both messages before the console has ended the data it thinks it is sending: the console reads replies it did not ask for and ends the session. Client and server no longer agree on the conversation; two messages were delivered.</source>
        <translation>Le serveur répond aux deux messages avant que la console ait terminé les données qu’elle croit envoyer : la console lit des réponses qu’elle n’a pas demandées et termine la session. Client et serveur ne sont plus d’accord sur la conversation ; deux messages ont été remis.</translation>
    </message>
    <message>
        <source>The default sandbox refuses a bare LF in DATA (554 5.5.2), as Postfix does with smtpd_forbid_bare_newline.</source>
        <translation>Le bac à sable par défaut refuse un LF isolé dans DATA (554 5.5.2), comme Postfix avec smtpd_forbid_bare_newline.</translation>
    </message>
    <message>
        <source>Every hop must end the data at CRLF.CRLF and nowhere else; one lenient hop is enough.</source>
        <translation>Chaque étape doit terminer les données à CRLF.CRLF et nulle part ailleurs ; une seule étape laxiste suffit.</translation>
    </message>
    <message>
        <source>No message from evil@attacker.example reached alice: send the bare-LF end of data (\n.\n) and the second transaction inside the DATA of the first, with /bytes.</source>
        <translation>Aucun message de evil@attacker.example n’a atteint alice : envoyez la fin de données à LF isolé (\n.\n) et la seconde transaction dans le DATA de la première, avec /bytes.</translation>
    </message>
</context>
<context>
    <name>lesson security-starttls-injection</name>
    <message>
        <source>Security: STARTTLS response injection</source>
        <translation>Sécurité : injection de réponses STARTTLS</translation>
    </message>
    <message>
        <source>An attacker has put plaintext replies right behind the server&apos;s 220 to STARTTLS, hoping your client will read them later as if they had come over TLS. See the console refuse to start TLS.</source>
        <translation>Un attaquant a placé des réponses en clair juste derrière le 220 du serveur à STARTTLS, en espérant que votre client les lise plus tard comme si elles étaient arrivées par TLS. Voyez la console refuser de démarrer TLS.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Saluez.</translation>
    </message>
    <message>
        <source>STARTTLS: the 220 arrives together with &quot;250-injected.invalid ... 250 AUTH PLAIN LOGIN&quot;. A client that buffered them would take them for the answer to its EHLO over TLS, and log in with a weak mechanism. Anything after the 220 and before the handshake must be thrown away, or the session ended: the console ends it.</source>
        <translation>STARTTLS : le 220 arrive avec « 250-injected.invalid ... 250 AUTH PLAIN LOGIN ». Un client qui les garderait en mémoire les prendrait pour la réponse à son EHLO sur TLS, et se connecterait avec un mécanisme faible. Tout ce qui suit le 220 et précède la négociation doit être jeté, ou la session terminée : la console la termine.</translation>
    </message>
    <message>
        <source>The same bug on the server side (CVE-2011-0411) let commands injected after STARTTLS run inside the TLS session.</source>
        <translation>Le même défaut côté serveur (CVE-2011-0411) laissait des commandes injectées après STARTTLS s’exécuter dans la session TLS.</translation>
    </message>
    <message>
        <source>Send STARTTLS and see the 220 with the injected lines behind it.</source>
        <translation>Envoyez STARTTLS et voyez le 220 suivi des lignes injectées.</translation>
    </message>
    <message>
        <source>TLS was started after plaintext followed the 220: the injected lines could be read as if they were encrypted.</source>
        <translation>TLS a été démarré alors que du texte en clair suivait le 220 : les lignes injectées pourraient être lues comme si elles étaient chiffrées.</translation>
    </message>
    <message>
        <source>Nothing more may be sent on a connection where replies were injected.</source>
        <translation>Plus rien ne doit être envoyé sur une connexion où des réponses ont été injectées.</translation>
    </message>
</context>
<context>
    <name>lesson security-starttls-stripping</name>
    <message>
        <source>Security: STARTTLS stripping</source>
        <translation>Sécurité : suppression de STARTTLS (stripping)</translation>
    </message>
    <message>
        <source>Someone on the path has hidden STARTTLS from the EHLO reply. Notice it, and do not log in: end the session instead.</source>
        <translation>Quelqu’un sur le chemin a caché STARTTLS dans la réponse à EHLO. Remarquez-le, et ne vous connectez pas : terminez plutôt la session.</translation>
    </message>
    <message>
        <source>Greet: where STARTTLS should be you see XXXXXXXA, the mark that some middleboxes leave when they strip it (same length, so the packet sizes stay).</source>
        <translation>Saluez : là où devrait figurer STARTTLS, vous voyez XXXXXXXA, la marque que laissent certains équipements intermédiaires quand ils le suppriment (même longueur, pour garder la taille des paquets).</translation>
    </message>
    <message>
        <source>Try STARTTLS anyway: the command is mangled too and the server does not know it (500).</source>
        <translation>Essayez quand même STARTTLS : la commande est elle aussi mutilée et le serveur ne la connaît pas (500).</translation>
    </message>
    <message>
        <source>Without TLS, AUTH PLAIN or LOGIN would send the password to whoever stripped STARTTLS. A client that requires TLS stops here (postscope-cli exits 6); so do you.</source>
        <translation>Sans TLS, AUTH PLAIN ou LOGIN enverraient le mot de passe à celui qui a supprimé STARTTLS. Un client qui exige TLS s’arrête ici (postscope-cli sort avec 6) ; vous aussi.</translation>
    </message>
    <message>
        <source>Opportunistic STARTTLS cannot detect stripping; MTA-STS (RFC 8461) and DANE (RFC 7672) let a sender require TLS for a domain.</source>
        <translation>STARTTLS opportuniste ne peut pas détecter la suppression ; MTA-STS (RFC 8461) et DANE (RFC 7672) permettent à un expéditeur d’exiger TLS pour un domaine.</translation>
    </message>
    <message>
        <source>postscope-cli send --security starttls fails closed: exit 6, nothing sent.</source>
        <translation>postscope-cli send --security starttls échoue en restant fermé : code de sortie 6, rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Try STARTTLS and see it refused: the server never got your command.</source>
        <translation>Essayez STARTTLS et voyez-le refusé : le serveur n’a jamais reçu votre commande.</translation>
    </message>
    <message>
        <source>You logged in without TLS after STARTTLS was stripped: your password went out in plaintext. Quit instead.</source>
        <translation>Vous vous êtes connecté sans TLS après la suppression de STARTTLS : votre mot de passe est parti en clair. Quittez plutôt.</translation>
    </message>
    <message>
        <source>You sent mail without TLS after STARTTLS was stripped: anyone on the path could read it. Quit instead.</source>
        <translation>Vous avez envoyé du courrier sans TLS après la suppression de STARTTLS : quiconque sur le chemin pouvait le lire. Quittez plutôt.</translation>
    </message>
</context>
<context>
    <name>lesson size</name>
    <message>
        <source>SIZE: declare the message size</source>
        <translation>SIZE : déclarer la taille du message</translation>
    </message>
    <message>
        <source>The sandbox takes messages of at most 2000 octets. Declare a size that is too big and see MAIL refused at once, then declare one that fits and send the message.</source>
        <translation>Le bac à sable accepte des messages de 2000 octets au plus. Déclarez une taille trop grande et voyez MAIL refusé aussitôt, puis déclarez-en une qui convient et envoyez le message.</translation>
    </message>
    <message>
        <source>EHLO: look for SIZE 2000 in the reply.</source>
        <translation>EHLO : cherchez SIZE 2000 dans la réponse.</translation>
    </message>
    <message>
        <source>Declare 5000 octets: the server refuses before a single octet of the message is sent (552, RFC 1870 6.1).</source>
        <translation>Déclarez 5000 octets : le serveur refuse avant qu’un seul octet du message soit envoyé (552, RFC 1870 6.1).</translation>
    </message>
    <message>
        <source>Declare a size that fits.</source>
        <translation>Déclarez une taille qui convient.</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>Nommez le destinataire.</translation>
    </message>
    <message>
        <source>Send the message.</source>
        <translation>Envoyez le message.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>SIZE= is an estimate; the server still checks the real size after the data.</source>
        <translation>SIZE= est une estimation ; le serveur vérifie quand même la taille réelle après les données.</translation>
    </message>
    <message>
        <source>Declare a size over the limit (MAIL FROM:&lt;...&gt; SIZE=5000) and see it refused with 552.</source>
        <translation>Déclarez une taille au-delà de la limite (MAIL FROM:&lt;...&gt; SIZE=5000) et voyez-la refusée par 552.</translation>
    </message>
    <message>
        <source>Declare a size that fits (SIZE=100) and see MAIL accepted.</source>
        <translation>Déclarez une taille qui convient (SIZE=100) et voyez MAIL accepté.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Le message n’a pas atteint alice@example.test.</translation>
    </message>
</context>
<context>
    <name>lesson starttls</name>
    <message>
        <source>STARTTLS: upgrading to TLS</source>
        <translation>STARTTLS : passer en TLS</translation>
    </message>
    <message>
        <source>Upgrade the connection to TLS with STARTTLS, and greet the server again: over TLS it offers AUTH, which it hid before.</source>
        <translation>Passez la connexion en TLS avec STARTTLS, et saluez de nouveau le serveur : sur TLS il offre AUTH, qu’il cachait auparavant.</translation>
    </message>
    <message>
        <source>EHLO: STARTTLS is in the list, AUTH is not (this server allows AUTH only over TLS).</source>
        <translation>EHLO : STARTTLS figure dans la liste, AUTH non (ce serveur n’autorise AUTH que sur TLS).</translation>
    </message>
    <message>
        <source>STARTTLS: after the 220 the console starts the TLS handshake and shows it. Anything learnt before (the EHLO reply) is forgotten on both sides (RFC 3207 4.2).</source>
        <translation>STARTTLS : après le 220, la console démarre la négociation TLS et l’affiche. Tout ce qui a été appris avant (la réponse à EHLO) est oublié des deux côtés (RFC 3207 4.2).</translation>
    </message>
    <message>
        <source>Greet again, now over TLS: compare the list. STARTTLS is gone, AUTH is there.</source>
        <translation>Saluez de nouveau, maintenant sur TLS : comparez la liste. STARTTLS a disparu, AUTH est là.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>A client that requires TLS must stop when STARTTLS is not offered, instead of going on in plaintext.</source>
        <translation>Un client qui exige TLS doit s’arrêter quand STARTTLS n’est pas offert, au lieu de continuer en clair.</translation>
    </message>
    <message>
        <source>Send STARTTLS and get 220.</source>
        <translation>Envoyez STARTTLS et recevez 220.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>La négociation TLS ne s’est pas achevée.</translation>
    </message>
    <message>
        <source>After TLS, send EHLO again: the server has forgotten the first one (RFC 3207 4.2).</source>
        <translation>Après TLS, envoyez de nouveau EHLO : le serveur a oublié le premier (RFC 3207 4.2).</translation>
    </message>
</context>
<context>
    <name>lesson temporary-permanent</name>
    <message>
        <source>Temporary and permanent failures</source>
        <translation>Échecs temporaires et permanents</translation>
    </message>
    <message>
        <source>Meet a temporary failure (4xx: try again later) and a permanent one (5xx: do not repeat as is) in one transaction, and deliver to the recipient that works.</source>
        <translation>Rencontrez un échec temporaire (4xx : réessayer plus tard) et un échec permanent (5xx : ne pas répéter tel quel) dans une même transaction, et remettez au destinataire qui fonctionne.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Saluez.</translation>
    </message>
    <message>
        <source>Start a transaction.</source>
        <translation>Commencez une transaction.</translation>
    </message>
    <message>
        <source>busy&apos;s mailbox is busy: 450 4.2.1. A 4xx reply is transient: a mail server keeps the message and tries this recipient again later (RFC 5321 4.5.4.1: for days, with growing waits).</source>
        <translation>La boîte de busy est occupée : 450 4.2.1. Une réponse 4xx est transitoire : un serveur de messagerie garde le message et réessaie ce destinataire plus tard (RFC 5321 4.5.4.1 : pendant des jours, à intervalles croissants).</translation>
    </message>
    <message>
        <source>nobody does not exist: 550 5.1.1. A 5xx reply is permanent: the sender gets a bounce, and repeating it as is cannot help.</source>
        <translation>nobody n’existe pas : 550 5.1.1. Une réponse 5xx est permanente : l’expéditeur reçoit un avis de non-remise, et répéter tel quel ne peut pas aider.</translation>
    </message>
    <message>
        <source>alice works.</source>
        <translation>alice fonctionne.</translation>
    </message>
    <message>
        <source>The message goes to alice only.</source>
        <translation>Le message ne va qu’à alice.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>The first digit decides (2 ok, 3 go on, 4 transient, 5 permanent); the enhanced code (x.y.z) says why.</source>
        <translation>Le premier chiffre décide (2 ok, 3 continuer, 4 transitoire, 5 permanent) ; le code étendu (x.y.z) dit pourquoi.</translation>
    </message>
    <message>
        <source>Name busy@example.test and see a temporary failure (4xx).</source>
        <translation>Nommez busy@example.test et voyez un échec temporaire (4xx).</translation>
    </message>
    <message>
        <source>Name nobody@example.test and see a permanent failure (5xx).</source>
        <translation>Nommez nobody@example.test et voyez un échec permanent (5xx).</translation>
    </message>
    <message>
        <source>The message did not reach alice: the other recipients&apos; failures do not stop the transaction.</source>
        <translation>Le message n’a pas atteint alice : les échecs des autres destinataires n’arrêtent pas la transaction.</translation>
    </message>
</context>
<context>
    <name>lesson vrfy-expn</name>
    <message>
        <source>VRFY and EXPN</source>
        <translation>VRFY et EXPN</translation>
    </message>
    <message>
        <source>Ask whether alice and nobody have mailboxes (VRFY), and who is on the staff list (EXPN).</source>
        <translation>Demandez si alice et nobody ont une boîte (VRFY), et qui figure sur la liste staff (EXPN).</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Saluez.</translation>
    </message>
    <message>
        <source>VRFY a user: 250 with the mailbox.</source>
        <translation>VRFY d’un utilisateur : 250 avec la boîte.</translation>
    </message>
    <message>
        <source>VRFY someone unknown: 550.</source>
        <translation>VRFY de quelqu’un d’inconnu : 550.</translation>
    </message>
    <message>
        <source>EXPN a list: one 250 line per member.</source>
        <translation>EXPN d’une liste : une ligne 250 par membre.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Quittez.</translation>
    </message>
    <message>
        <source>Public servers often answer VRFY with 252 (&quot;cannot verify, will try&quot;) and refuse EXPN, so that spammers cannot harvest addresses.</source>
        <translation>Les serveurs publics répondent souvent à VRFY par 252 (« vérification impossible, je tenterai ») et refusent EXPN, pour que les spammeurs ne puissent pas récolter d’adresses.</translation>
    </message>
    <message>
        <source>VRFY alice must be answered 250.</source>
        <translation>VRFY alice doit recevoir 250.</translation>
    </message>
    <message>
        <source>Try VRFY on a name that has no mailbox (VRFY nobody) and see 550.</source>
        <translation>Essayez VRFY sur un nom sans boîte (VRFY nobody) et voyez 550.</translation>
    </message>
    <message>
        <source>EXPN staff lists the members, one per line.</source>
        <translation>EXPN staff liste les membres, un par ligne.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts</name>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>« %1 » a %2 entrées ; %3 au plus sont autorisées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one value (put it in double quotes)</source>
        <translation>« %1 » doit être une seule valeur (mettez-la entre guillemets doubles)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>« %1 » doit valoir true ou false, pas « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not &quot;%2&quot;</source>
        <translation>« %1 » doit être un nombre entier, pas « %2 »</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>jeton de rafraîchissement OAuth</translation>
    </message>
    <message>
        <source>passphrase of the client key</source>
        <translation>phrase secrète de la clé client</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Le trousseau ne contient pas ce secret.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Aucun trousseau n’est disponible : %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (permissions).</source>
        <translation>Le fichier %1 ne peut pas être lu (permissions).</translation>
    </message>
    <message>
        <source>The file name or key &quot;%1&quot; is not usable.</source>
        <translation>Le nom de fichier ou la clé « %1 » n’est pas utilisable.</translation>
    </message>
    <message>
        <source>An account has at most %1 recipient certificate files or folders.</source>
        <translation>Un compte a au plus %1 fichiers ou dossiers de certificats de destinataires.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not usable.</source>
        <translation>Le nom de fichier « %1 » n’est pas utilisable.</translation>
    </message>
    <message>
        <source>An S/MIME key needs its certificate.</source>
        <translation>Une clé S/MIME a besoin de son certificat.</translation>
    </message>
    <message>
        <source>Signing or encrypting by default needs S/MIME or OpenPGP as the account&apos;s kind.</source>
        <translation>Signer ou chiffrer par défaut demande S/MIME ou OpenPGP comme type du compte.</translation>
    </message>
    <message>
        <source>S/MIME needs a signing certificate or recipient certificates.</source>
        <translation>S/MIME a besoin d’un certificat de signature ou de certificats de destinataires.</translation>
    </message>
    <message>
        <source>Signing by default with S/MIME needs a signing certificate.</source>
        <translation>Signer par défaut avec S/MIME demande un certificat de signature.</translation>
    </message>
    <message>
        <source>Encrypting by default with S/MIME needs recipient certificates.</source>
        <translation>Chiffrer par défaut avec S/MIME demande des certificats de destinataires.</translation>
    </message>
    <message>
        <source>Signing by default with OpenPGP needs a signing key.</source>
        <translation>Signer par défaut avec OpenPGP demande une clé de signature.</translation>
    </message>
    <message>
        <source>DKIM needs a domain, a selector and a key file together.</source>
        <translation>DKIM a besoin d’un domaine, d’un sélecteur et d’un fichier de clé ensemble.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name for DKIM&apos;s d= (RFC 6376 3.5).</source>
        <translation>« %1 » n’est pas un nom de domaine pour le d= de DKIM (RFC 6376 3.5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DKIM selector (RFC 6376 3.1).</source>
        <translation>« %1 » n’est pas un sélecteur DKIM (RFC 6376 3.1).</translation>
    </message>
    <message>
        <source>passphrase of the S/MIME signing key</source>
        <translation>phrase secrète de la clé de signature S/MIME</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::Account</name>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Le nom du compte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; may not contain control characters, slashes, or blanks at its start or end.</source>
        <translation>Le nom de compte « %1 » ne peut contenir ni caractères de contrôle, ni barres obliques, ni blancs au début ou à la fin.</translation>
    </message>
    <message>
        <source>An account needs a server host name or a socket path.</source>
        <translation>Un compte a besoin d’un nom d’hôte de serveur ou d’un chemin de socket.</translation>
    </message>
    <message>
        <source>A server host name and a socket path exclude each other.</source>
        <translation>Un nom d’hôte de serveur et un chemin de socket s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>« %1 » n’est ni un nom d’hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>The socket path is not a usable file name.</source>
        <translation>Le chemin de socket n’est pas un nom de fichier utilisable.</translation>
    </message>
    <message>
        <source>A Unix socket cannot carry TLS: use security &quot;none&quot; or &quot;opportunistic&quot;.</source>
        <translation>Un socket Unix ne peut pas porter TLS : utilisez la sécurité « none » ou « opportunistic ».</translation>
    </message>
    <message>
        <source>The EHLO name must be one ASCII word without blanks (RFC 5321 4.1.1.1).</source>
        <translation>Le nom EHLO doit être un seul mot ASCII sans blancs (RFC 5321 4.1.1.1).</translation>
    </message>
    <message>
        <source>The reply timeout must be between 1 ms and 24 hours.</source>
        <translation>Le délai de réponse doit être compris entre 1 ms et 24 heures.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 ms and 24 hours.</source>
        <translation>Le délai de connexion doit être compris entre 1 ms et 24 heures.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SASL mechanism name (RFC 4422 3.1) or &quot;auto&quot;.</source>
        <translation>« %1 » n’est ni un nom de mécanisme SASL (RFC 4422 3.1) ni « auto ».</translation>
    </message>
    <message>
        <source>The user name may not contain control characters.</source>
        <translation>Le nom d’utilisateur ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>An account has at most %1 identities.</source>
        <translation>Un compte a au plus %1 identités.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (local-part@domain).</source>
        <translation>« %1 » n’est pas une adresse e-mail (partie-locale@domaine).</translation>
    </message>
    <message>
        <source>The display name &quot;%1&quot; may not contain control characters.</source>
        <translation>Le nom affiché « %1 » ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Exactly one identity must be the default From (%1 are).</source>
        <translation>Exactement une identité doit être l’expéditeur (From) par défaut (il y en a %1).</translation>
    </message>
    <message>
        <source>An account has at most %1 trusted certificates.</source>
        <translation>Un compte a au plus %1 certificats de confiance.</translation>
    </message>
    <message>
        <source>A trusted certificate names &quot;%1&quot;, which is not a host name.</source>
        <translation>Un certificat de confiance nomme « %1 », qui n’est pas un nom d’hôte.</translation>
    </message>
    <message>
        <source>A trusted certificate for %1 needs its SHA-256 fingerprint as 64 lower-case hex digits.</source>
        <translation>Un certificat de confiance pour %1 a besoin de son empreinte SHA-256 en 64 chiffres hexadécimaux minuscules.</translation>
    </message>
    <message>
        <source>A trusted certificate for %1 has no valid date.</source>
        <translation>Un certificat de confiance pour %1 n’a pas de date valide.</translation>
    </message>
    <message>
        <source>The note of a trusted certificate for %1 is too long.</source>
        <translation>La note d’un certificat de confiance pour %1 est trop longue.</translation>
    </message>
    <message>
        <source>The certificate %1 is trusted twice for %2.</source>
        <translation>Le certificat %1 est déclaré de confiance deux fois pour %2.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not usable.</source>
        <translation>Le nom de fichier « %1 » n’est pas utilisable.</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>Une clé client a besoin de son certificat.</translation>
    </message>
    <message>
        <source>The source address &quot;%1&quot; is not an IP address.</source>
        <translation>L’adresse source « %1 » n’est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The source address %1 is not of the chosen IP family (%2).</source>
        <translation>L’adresse source %1 n’appartient pas à la famille IP choisie (%2).</translation>
    </message>
    <message>
        <source>A source port needs a source address.</source>
        <translation>Un port source a besoin d’une adresse source.</translation>
    </message>
    <message>
        <source>The sandbox server is not running.</source>
        <translation>Le serveur bac à sable ne tourne pas.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not usable: %2</source>
        <translation>Le compte « %1 » n’est pas utilisable : %2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Le fichier d’AC %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than 4 MiB.</source>
        <translation>Le fichier d’AC %1 dépasse 4 Mio.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation>compte « %1 »</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>un compte</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; would hold a secret; secrets are kept only in the system keychain, never in settings or account files</source>
        <translation>%1 : le champ « %2 » contiendrait un secret ; les secrets ne sont gardés que dans le trousseau du système, jamais dans les réglages ni dans les fichiers de compte</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot;</source>
        <translation>%1 n’a pas de « name »</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a SHA-256 fingerprint</source>
        <translation>%1 : « %2 » n’est pas une empreinte SHA-256</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 : « %2 » n’est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own certificate</source>
        <translation>Le certificat propre du bac à sable</translation>
    </message>
    <message>
        <source>The subject or issuer kept for a trusted certificate for %1 is not usable.</source>
        <translation>Le sujet ou l’émetteur conservé pour un certificat de confiance pour %1 n’est pas utilisable.</translation>
    </message>
    <message>
        <source>The account has no OAuth provider.</source>
        <translation>Le compte n’a pas de fournisseur OAuth.</translation>
    </message>
    <message>
        <source>The OAuth settings may not contain control characters.</source>
        <translation>Les réglages OAuth ne peuvent pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OAuth provider (%2 or custom).</source>
        <translation>« %1 » n’est pas un fournisseur OAuth (%2 ou custom).</translation>
    </message>
    <message>
        <source>OAuth: %1.</source>
        <translation>OAuth : %1.</translation>
    </message>
    <message>
        <source>The certificate %1 is trusted for %2 already.</source>
        <translation>Le certificat %1 est déjà de confiance pour %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>« %1 » n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; trusts no certificate %2.</source>
        <translation>Le compte « %1 » ne fait confiance à aucun certificat %2.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::AccountStore</name>
    <message>
        <source>The accounts have not been loaded yet.</source>
        <translation>Les comptes ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Postscope can read.</source>
        <translation>Le fichier de réglages %1 n’est pas dans un format que Postscope sait lire.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Le fichier de réglages %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The accounts in %1 have no schema version.</source>
        <translation>Les comptes de %1 n’ont pas de version de schéma.</translation>
    </message>
    <message>
        <source>The accounts&apos; schema version &quot;%1&quot; is not a number.</source>
        <translation>La version de schéma « %1 » des comptes n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The accounts were written by a newer Postscope (schema %1; this one knows %2). They are shown but not changed.</source>
        <translation>Les comptes ont été écrits par un Postscope plus récent (schéma %1 ; celui-ci connaît %2). Ils sont affichés mais pas modifiés.</translation>
    </message>
    <message>
        <source>Postscope does not change the stored accounts, so that nothing is lost: %1</source>
        <translation>Postscope ne modifie pas les comptes enregistrés, pour que rien ne soit perdu : %1</translation>
    </message>
    <message>
        <source>The settings hold %1 accounts; at most %2 are read.</source>
        <translation>Les réglages contiennent %1 comptes ; %2 au plus sont lus.</translation>
    </message>
    <message>
        <source>a second account is called &quot;%1&quot;</source>
        <translation>un deuxième compte s’appelle « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name</source>
        <translation>« %1 » est le nom du bac à sable intégré</translation>
    </message>
    <message>
        <source>Stored account %1: %2</source>
        <translation>Compte enregistré %1 : %2</translation>
    </message>
    <message>
        <source>The settings hold more than %1 accounts.</source>
        <translation>Les réglages contiennent plus de %1 comptes.</translation>
    </message>
    <message>
        <source>the server &quot;%1&quot; has text after &apos;]&apos;</source>
        <translation>le serveur « %1 » a du texte après « ] »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>« %1 » n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot;</source>
        <translation>sécurité inconnue « %1 »</translation>
    </message>
    <message>
        <source>lmtp must be true or false, not &quot;%1&quot;</source>
        <translation>lmtp doit valoir true ou false, pas « %1 »</translation>
    </message>
    <message>
        <source>the timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>le délai « %1 » n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a From address</source>
        <translation>« %1 » n’est pas une adresse d’expéditeur (From)</translation>
    </message>
    <message>
        <source>Stored account &quot;%1&quot; (schema 1): %2</source>
        <translation>Compte enregistré « %1 » (schéma 1) : %2</translation>
    </message>
    <message>
        <source>The upgraded accounts could not be written: %1</source>
        <translation>Les comptes mis à niveau n’ont pas pu être écrits : %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox account; it cannot be added or changed.</source>
        <translation>« %1 » est le compte bac à sable intégré ; il ne peut être ni ajouté ni modifié.</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; exists already.</source>
        <translation>Un compte nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There are %1 accounts already; that is the most Postscope keeps.</source>
        <translation>Il y a déjà %1 comptes ; Postscope n’en garde pas davantage.</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>Il n’y a pas de compte nommé « %1 ».</translation>
    </message>
    <message>
        <source>The built-in sandbox account cannot be removed.</source>
        <translation>Le compte bac à sable intégré ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The account file is larger than %1 MiB.</source>
        <translation>Le fichier de comptes dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The account file is not JSON: %1 (at byte %2).</source>
        <translation>Le fichier de comptes n’est pas du JSON : %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The account file is neither a Postscope account export nor a list of accounts.</source>
        <translation>Le fichier de comptes n’est ni un export de comptes Postscope ni une liste de comptes.</translation>
    </message>
    <message>
        <source>The account file has schema %1; this Postscope reads 2 to %2.</source>
        <translation>Le fichier de comptes a le schéma %1 ; ce Postscope lit les schémas 2 à %2.</translation>
    </message>
    <message>
        <source>The account file holds %1 accounts; at most %2 are read.</source>
        <translation>Le fichier de comptes contient %1 comptes ; %2 au plus sont lus.</translation>
    </message>
    <message>
        <source>Entry %1 of the account file is not an object.</source>
        <translation>L’entrée %1 du fichier de comptes n’est pas un objet.</translation>
    </message>
    <message>
        <source>Entry %1 of the account file: %2</source>
        <translation>Entrée %1 du fichier de comptes : %2</translation>
    </message>
    <message>
        <source>Entry %1 of the account file is called &quot;%2&quot;, the built-in sandbox&apos;s name.</source>
        <translation>L’entrée %1 du fichier de comptes s’appelle « %2 », le nom du bac à sable intégré.</translation>
    </message>
    <message>
        <source>The account file names &quot;%1&quot; twice.</source>
        <translation>Le fichier de comptes nomme « %1 » deux fois.</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; exists already (import with replace to overwrite it).</source>
        <translation>Un compte nommé « %1 » existe déjà (importez avec remplacement pour l’écraser).</translation>
    </message>
    <message>
        <source>After the import there would be %1 accounts; at most %2 are kept.</source>
        <translation>Après l’import il y aurait %1 comptes ; %2 au plus sont gardés.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::FreshTokenJob</name>
    <message>
        <source>The account has no OAuth access token in the keychain: authorize it first (postscope-cli account authorize NAME).</source>
        <translation>Le compte n’a pas de jeton d’accès OAuth dans le trousseau : autorisez-le d’abord (postscope-cli account authorize NAME).</translation>
    </message>
    <message>
        <source>Cannot read the OAuth access token: %1</source>
        <translation>Impossible de lire le jeton d’accès OAuth : %1</translation>
    </message>
    <message>
        <source>Cannot read the OAuth refresh token: %1</source>
        <translation>Impossible de lire le jeton de rafraîchissement OAuth : %1</translation>
    </message>
    <message>
        <source>The access token was refreshed but could not be stored: %1</source>
        <translation>Le jeton d’accès a été rafraîchi mais n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::Reader</name>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1 : « %2 » doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1 : « %2 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 : « %2 » doit être un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has an unknown value &quot;%3&quot;</source>
        <translation>%1 : « %2 » a une valeur inconnue « %3 »</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation>%1 : « %2 » doit être une liste</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 entries; at most %4 are allowed</source>
        <translation>%1 : « %2 » a %3 entrées ; %4 au plus sont autorisées</translation>
    </message>
    <message>
        <source>%1: every entry of &quot;%2&quot; must be an object</source>
        <translation>%1 : chaque entrée de « %2 » doit être un objet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of strings</source>
        <translation>%1 : « %2 » doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object</source>
        <translation>%1 : « %2 » doit être un objet</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::SecretStore</name>
    <message>
        <source>No system keychain answers, so secrets are not stored and Postscope asks for them each time. %1</source>
        <translation>Aucun trousseau du système ne répond : les secrets ne sont donc pas enregistrés et Postscope les demande à chaque fois. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account name a secret can belong to.</source>
        <translation>« %1 » n’est pas un nom de compte auquel un secret peut appartenir.</translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation>Un secret vide n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The secret is longer than %1 characters.</source>
        <translation>Le secret dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n’a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The %1 for the account &quot;%2&quot;</source>
        <translation>%1 du compte « %2 »</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for this account.</source>
        <translation>Le trousseau ne contient pas de %1 pour ce compte.</translation>
    </message>
    <message>
        <source>No secret was given.</source>
        <translation>Aucun secret n’a été donné.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::SessionTokens</name>
    <message>
        <source>Not signed in during this session.</source>
        <translation>Non identifié pendant cette session.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::TokenState</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non identifié.</translation>
    </message>
    <message>
        <source>Signed in; the access token is valid until %1.</source>
        <translation>Identifié ; le jeton d’accès est valide jusqu’au %1.</translation>
    </message>
    <message>
        <source>Signed in; the provider did not say how long the access token is valid.</source>
        <translation>Identifié ; le fournisseur n’a pas indiqué combien de temps le jeton d’accès est valide.</translation>
    </message>
    <message>
        <source>Signed in; the access token has expired and is renewed with the refresh token before the next login.</source>
        <translation>Identifié ; le jeton d’accès a expiré et il est renouvelé avec le jeton de rafraîchissement avant la prochaine connexion.</translation>
    </message>
    <message>
        <source>The access token expired at %1 and there is no refresh token: sign in again.</source>
        <translation>Le jeton d’accès a expiré le %1 et il n’y a pas de jeton de rafraîchissement : identifiez-vous de nouveau.</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1</source>
        <translation>Les jetons n’ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::TokenStorage</name>
    <message>
        <source>The keychain is gone.</source>
        <translation>Le trousseau a disparu.</translation>
    </message>
</context>
<context>
    <name>postscope::auth</name>
    <message>
        <source>QCA cannot do %1: is the qca-ossl plugin installed? (plugin folders searched: %2)</source>
        <translation>QCA ne sait pas faire %1 : le greffon qca-ossl est-il installé ? (dossiers de greffons parcourus : %2)</translation>
    </message>
    <message>
        <source>QCA has no SASL provider: is the qca-cyrus-sasl plugin installed? (plugin folders searched: %1)</source>
        <translation>QCA n’a pas de fournisseur SASL : le greffon qca-cyrus-sasl est-il installé ? (dossiers de greffons parcourus : %1)</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate</source>
        <translation>le texte contient un demi-codet d’indirection isolé</translation>
    </message>
    <message>
        <source>the text holds a prohibited character U+%1</source>
        <translation>le texte contient un caractère interdit U+%1</translation>
    </message>
    <message>
        <source>the text mixes right-to-left and left-to-right characters</source>
        <translation>le texte mélange des caractères de droite à gauche et de gauche à droite</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>mot de passe erroné pour l’utilisateur « %1 »</translation>
    </message>
    <message>
        <source> (first %1 of %2 bytes)</source>
        <translation> (les %1 premiers octets sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of binary data</source>
        <translation>
            <numerusform>%n octet de données binaires</numerusform>
            <numerusform>%n octets de données binaires</numerusform>
        </translation>
    </message>
    <message>
        <source>negotiate</source>
        <translation>négociation</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <source>authenticate</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message numerus="yes">
        <source>NTLMSSP message type %1 (%2), %n byte(s)</source>
        <translation>
            <numerusform>message NTLMSSP de type %1 (%2), %n octet</numerusform>
            <numerusform>message NTLMSSP de type %1 (%2), %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>RFC 7677: proves the password with SHA-256 without sending it; the server proves it too</source>
        <translation>RFC 7677 : prouve le mot de passe avec SHA-256 sans l’envoyer ; le serveur le prouve aussi</translation>
    </message>
    <message>
        <source>RFC 5802: proves the password with SHA-1 without sending it; the server proves it too</source>
        <translation>RFC 5802 : prouve le mot de passe avec SHA-1 sans l’envoyer ; le serveur le prouve aussi</translation>
    </message>
    <message>
        <source>RFC 2195: answers a challenge with HMAC-MD5 of the password</source>
        <translation>RFC 2195 : répond à un défi par un HMAC-MD5 du mot de passe</translation>
    </message>
    <message>
        <source>RFC 4616: sends user and password as they are (TLS only)</source>
        <translation>RFC 4616 : envoie l’utilisateur et le mot de passe tels quels (TLS uniquement)</translation>
    </message>
    <message>
        <source>draft-murchison-sasl-login: sends user and password as they are (TLS only)</source>
        <translation>draft-murchison-sasl-login : envoie l’utilisateur et le mot de passe tels quels (TLS uniquement)</translation>
    </message>
    <message>
        <source>RFC 7628: sends an OAuth 2.0 access token (TLS only)</source>
        <translation>RFC 7628 : envoie un jeton d’accès OAuth 2.0 (TLS uniquement)</translation>
    </message>
    <message>
        <source>Google&apos;s and Microsoft&apos;s format: sends an OAuth 2.0 access token (TLS only)</source>
        <translation>Format de Google et Microsoft : envoie un jeton d’accès OAuth 2.0 (TLS uniquement)</translation>
    </message>
    <message>
        <source>RFC 2831 (obsolete, RFC 6331): a digest challenge and response, through Cyrus SASL</source>
        <translation>RFC 2831 (obsolète, RFC 6331) : défi et réponse par condensé, via Cyrus SASL</translation>
    </message>
    <message>
        <source>Microsoft&apos;s NTLM challenge and response, through Cyrus SASL</source>
        <translation>défi et réponse NTLM de Microsoft, via Cyrus SASL</translation>
    </message>
    <message>
        <source>Kerberos (RFC 4752 / RFC 5801) with the ticket from kinit, through Cyrus SASL</source>
        <translation>Kerberos (RFC 4752 / RFC 5801) avec le ticket de kinit, via Cyrus SASL</translation>
    </message>
    <message>
        <source>through Cyrus SASL</source>
        <translation>via Cyrus SASL</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism (RFC 4954 3). Many servers offer AUTH only after STARTTLS: try --security starttls.</source>
        <translation>Le serveur n’offre aucun mécanisme AUTH (RFC 4954 3). Beaucoup de serveurs n’offrent AUTH qu’après STARTTLS : essayez --security starttls.</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism (RFC 4954 3).</source>
        <translation>Le serveur n’offre aucun mécanisme AUTH (RFC 4954 3).</translation>
    </message>
    <message>
        <source>No mechanism is allowed here for this kind of secret with the %1 order (the server offers: %2).</source>
        <translation>Aucun mécanisme n’est autorisé ici pour ce type de secret avec l’ordre %1 (le serveur offre : %2).</translation>
    </message>
    <message>
        <source>The server offers none of the mechanisms allowed here (allowed: %1; the server offers: %2).</source>
        <translation>Le serveur n’offre aucun des mécanismes autorisés ici (autorisés : %1 ; le serveur offre : %2).</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>le jeton d’accès</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is not encrypted, and %1 would cross it readable by anyone on the way (%2 send it as it is). Use TLS (--security starttls or tls), or allow it explicitly with --allow-plaintext-auth (in the window: the account&apos;s &quot;Allow authentication without TLS&quot;).</source>
        <translation>Rien n’a été envoyé : la connexion n’est pas chiffrée, et %1 la traverserait lisible par quiconque sur le chemin (%2 l’envoient tel quel). Utilisez TLS (--security starttls ou tls), ou autorisez-le explicitement avec --allow-plaintext-auth (dans la fenêtre : « Autoriser l’authentification sans TLS » du compte).</translation>
    </message>
</context>
<context>
    <name>postscope::auth::BearerClientMechanism</name>
    <message>
        <source>AUTH %1 needs an OAuth 2.0 access token, and none was given</source>
        <translation>AUTH %1 a besoin d’un jeton d’accès OAuth 2.0, et aucun n’a été donné</translation>
    </message>
    <message>
        <source>the access token for AUTH %1 has characters a bearer token cannot have (RFC 6750 2.1)</source>
        <translation>le jeton d’accès pour AUTH %1 contient des caractères qu’un jeton porteur ne peut pas contenir (RFC 6750 2.1)</translation>
    </message>
    <message>
        <source>the server sent AUTH %1 data before the client&apos;s first message</source>
        <translation>le serveur a envoyé des données AUTH %1 avant le premier message du client</translation>
    </message>
    <message>
        <source>the server kept sending AUTH %1 challenges after its error</source>
        <translation>le serveur a continué d’envoyer des défis AUTH %1 après son erreur</translation>
    </message>
    <message>
        <source>unexpected AUTH state</source>
        <translation>état AUTH inattendu</translation>
    </message>
</context>
<context>
    <name>postscope::auth::BearerServerMechanism</name>
    <message>
        <source>the AUTH %1 exchange was already started</source>
        <translation>l’échange AUTH %1 a déjà commencé</translation>
    </message>
    <message>
        <source>%1 (and the client did not answer the error as AUTH %2 expects)</source>
        <translation>%1 (et le client n’a pas répondu à l’erreur comme AUTH %2 l’attend)</translation>
    </message>
    <message>
        <source>AUTH %1 response before the exchange started</source>
        <translation>réponse AUTH %1 avant le début de l’échange</translation>
    </message>
    <message>
        <source>AUTH %1 response after the exchange finished</source>
        <translation>réponse AUTH %1 après la fin de l’échange</translation>
    </message>
    <message>
        <source>no user named in the AUTH %1 message</source>
        <translation>aucun utilisateur n’est nommé dans le message AUTH %1</translation>
    </message>
    <message>
        <source>invalid bearer token for user &quot;%1&quot;</source>
        <translation>jeton porteur invalide pour l’utilisateur « %1 »</translation>
    </message>
</context>
<context>
    <name>postscope::auth::CramMd5ClientMechanism</name>
    <message>
        <source>unexpected second challenge from the server during AUTH CRAM-MD5</source>
        <translation>deuxième défi inattendu du serveur pendant AUTH CRAM-MD5</translation>
    </message>
    <message>
        <source>the server sent an empty CRAM-MD5 challenge</source>
        <translation>le serveur a envoyé un défi CRAM-MD5 vide</translation>
    </message>
    <message>
        <source>QCA failed to compute HMAC-MD5</source>
        <translation>QCA n’a pas pu calculer le HMAC-MD5</translation>
    </message>
</context>
<context>
    <name>postscope::auth::CramMd5ServerMechanism</name>
    <message>
        <source>the AUTH CRAM-MD5 exchange was already started</source>
        <translation>l’échange AUTH CRAM-MD5 a déjà commencé</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5 does not take an initial response</source>
        <translation>AUTH CRAM-MD5 n’accepte pas de réponse initiale</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5 response before the exchange started</source>
        <translation>réponse AUTH CRAM-MD5 avant le début de l’échange</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5 response after the exchange finished</source>
        <translation>réponse AUTH CRAM-MD5 après la fin de l’échange</translation>
    </message>
    <message>
        <source>malformed AUTH CRAM-MD5 response (expected user and digest)</source>
        <translation>réponse AUTH CRAM-MD5 malformée (utilisateur et condensé attendus)</translation>
    </message>
    <message>
        <source>malformed AUTH CRAM-MD5 digest</source>
        <translation>condensé AUTH CRAM-MD5 malformé</translation>
    </message>
    <message>
        <source>malformed AUTH CRAM-MD5 user name (not UTF-8)</source>
        <translation>nom d’utilisateur AUTH CRAM-MD5 malformé (pas en UTF-8)</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>QCA failed to compute HMAC-MD5</source>
        <translation>QCA n’a pas pu calculer le HMAC-MD5</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>mot de passe erroné pour l’utilisateur « %1 »</translation>
    </message>
</context>
<context>
    <name>postscope::auth::GuardedClientMechanism</name>
    <message>
        <source>the server sent more than %1 challenges in one AUTH %2 exchange; the client gave up (a broken or hostile server)</source>
        <translation>le serveur a envoyé plus de %1 défis dans un seul échange AUTH %2 ; le client a abandonné (serveur défaillant ou hostile)</translation>
    </message>
    <message>
        <source>the server sent AUTH %1 data before the client&apos;s first message</source>
        <translation>le serveur a envoyé des données AUTH %1 avant le premier message du client</translation>
    </message>
    <message>
        <source>the AUTH %1 response would be longer than the %2 octets RFC 4954 4 allows for one line</source>
        <translation>la réponse AUTH %1 dépasserait les %2 octets que la RFC 4954 4 autorise pour une ligne</translation>
    </message>
</context>
<context>
    <name>postscope::auth::LoginClientMechanism</name>
    <message>
        <source>the server keeps asking during AUTH LOGIN</source>
        <translation>le serveur continue de demander pendant AUTH LOGIN</translation>
    </message>
    <message>
        <source>unexpected challenge from the server during AUTH LOGIN</source>
        <translation>défi inattendu du serveur pendant AUTH LOGIN</translation>
    </message>
</context>
<context>
    <name>postscope::auth::LoginServerMechanism</name>
    <message>
        <source>the AUTH LOGIN exchange was already started</source>
        <translation>l’échange AUTH LOGIN a déjà commencé</translation>
    </message>
    <message>
        <source>AUTH LOGIN with an empty user name</source>
        <translation>AUTH LOGIN avec un nom d’utilisateur vide</translation>
    </message>
    <message>
        <source>malformed AUTH LOGIN user name (not UTF-8)</source>
        <translation>nom d’utilisateur AUTH LOGIN malformé (pas en UTF-8)</translation>
    </message>
    <message>
        <source>AUTH LOGIN response before the exchange started</source>
        <translation>réponse AUTH LOGIN avant le début de l’échange</translation>
    </message>
    <message>
        <source>AUTH LOGIN response after the exchange finished</source>
        <translation>réponse AUTH LOGIN après la fin de l’échange</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthBearerClientMechanism</name>
    <message>
        <source>AUTH OAUTHBEARER cannot carry control characters in the user or host name</source>
        <translation>AUTH OAUTHBEARER ne peut pas porter de caractères de contrôle dans le nom d’utilisateur ou d’hôte</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthBearerServerMechanism</name>
    <message>
        <source>malformed AUTH OAUTHBEARER message (RFC 7628 3.1)</source>
        <translation>message AUTH OAUTHBEARER malformé (RFC 7628 3.1)</translation>
    </message>
    <message>
        <source>the client asked for channel binding, which AUTH OAUTHBEARER does not offer here</source>
        <translation>le client a demandé une liaison de canal, qu’AUTH OAUTHBEARER n’offre pas ici</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER message (bad channel binding flag)</source>
        <translation>message AUTH OAUTHBEARER malformé (indicateur de liaison de canal invalide)</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER authorisation identity</source>
        <translation>identité d’autorisation AUTH OAUTHBEARER malformée</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER key/value pair</source>
        <translation>paire clé/valeur AUTH OAUTHBEARER malformée</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER message (two auth= pairs)</source>
        <translation>message AUTH OAUTHBEARER malformé (deux paires auth=)</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER message (auth= is missing or not &quot;Bearer&quot; and a token)</source>
        <translation>message AUTH OAUTHBEARER malformé (auth= manque ou n’est pas « Bearer » suivi d’un jeton)</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthFlow</name>
    <message>
        <source>The authorization server refused: %1</source>
        <translation>Le serveur d’autorisation a refusé : %1</translation>
    </message>
    <message>
        <source>The token endpoint did not answer the refresh in time.</source>
        <translation>Le point de terminaison des jetons n’a pas répondu à temps au rafraîchissement.</translation>
    </message>
    <message>
        <source>No authorization arrived in time: the browser never came back to %1.</source>
        <translation>Aucune autorisation n’est arrivée à temps : le navigateur n’est jamais revenu à %1.</translation>
    </message>
    <message>
        <source>Cannot authorize: %1.</source>
        <translation>Impossible d’autoriser : %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation>Impossible d’écouter sur 127.0.0.1 pour la redirection du navigateur.</translation>
    </message>
    <message>
        <source>Postscope received the authorization. You can close this window.</source>
        <translation>Postscope a reçu l’autorisation. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Cannot refresh: %1.</source>
        <translation>Impossible de rafraîchir : %1.</translation>
    </message>
    <message>
        <source>There is no refresh token: authorize again.</source>
        <translation>Il n’y a pas de jeton de rafraîchissement : autorisez de nouveau.</translation>
    </message>
    <message>
        <source>The access token expired at %1 and there is no refresh token: authorize the account again.</source>
        <translation>Le jeton d’accès a expiré à %1 et il n’y a pas de jeton de rafraîchissement : autorisez de nouveau le compte.</translation>
    </message>
    <message>
        <source>The redirect to 127.0.0.1 carried a state that is not this request&apos;s (RFC 6749 10.12); it was ignored.</source>
        <translation>La redirection vers 127.0.0.1 portait un state qui n’est pas celui de cette requête (RFC 6749 10.12) ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The redirect to 127.0.0.1 carried no authorization code.</source>
        <translation>La redirection vers 127.0.0.1 ne portait aucun code d’autorisation.</translation>
    </message>
    <message>
        <source>The token endpoint refused: %1</source>
        <translation>Le point de terminaison des jetons a refusé : %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>Le point de terminaison des jetons a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Le point de terminaison des jetons %1 n’a pas pu être joint : %2</translation>
    </message>
    <message>
        <source>The token request failed: %1</source>
        <translation>La demande de jeton a échoué : %1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Le point de terminaison des jetons a répondu sans jeton d’accès.</translation>
    </message>
    <message>
        <source>The token endpoint issued a &quot;%1&quot; token; mail servers take bearer tokens only.</source>
        <translation>Le point de terminaison des jetons a émis un jeton « %1 » ; les serveurs de messagerie n’acceptent que des jetons porteurs.</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthProvider</name>
    <message>
        <source>the %1 is missing or not a URL</source>
        <translation>%1 manque ou n’est pas une URL</translation>
    </message>
    <message>
        <source>the %1 %2 must use https (RFC 6749 3.1 and 3.2)</source>
        <translation>%1 %2 doit utiliser https (RFC 6749 3.1 et 3.2)</translation>
    </message>
    <message>
        <source>authorization endpoint</source>
        <translation>le point de terminaison d’autorisation</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>le point de terminaison des jetons</translation>
    </message>
    <message>
        <source>no client id: register Postscope as a desktop application with %1 and give its client id</source>
        <translation>pas d’identifiant client : enregistrez Postscope comme application de bureau auprès de %1 et donnez son identifiant client</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>le fournisseur</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthServerError</name>
    <message>
        <source>The server refused the bearer token with a challenge that is not JSON: &quot;%1&quot;.</source>
        <translation>Le serveur a refusé le jeton porteur avec un défi qui n’est pas du JSON : « %1 ».</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation>statut « %1 »</translation>
    </message>
    <message>
        <source>schemes &quot;%1&quot;</source>
        <translation>schémas « %1 »</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>portée « %1 »</translation>
    </message>
    <message>
        <source>openid-configuration &quot;%1&quot;</source>
        <translation>openid-configuration « %1 »</translation>
    </message>
    <message>
        <source>The server refused the bearer token (%1): the token is wrong, expired or lacks the scope the server names.</source>
        <translation>Le serveur a refusé le jeton porteur (%1) : le jeton est faux, expiré, ou n’a pas la portée que le serveur indique.</translation>
    </message>
</context>
<context>
    <name>postscope::auth::PlainClientMechanism</name>
    <message>
        <source>unexpected challenge from the server during AUTH PLAIN</source>
        <translation>défi inattendu du serveur pendant AUTH PLAIN</translation>
    </message>
    <message>
        <source>AUTH PLAIN cannot carry a NUL character in the user name or password</source>
        <translation>AUTH PLAIN ne peut pas porter de caractère NUL dans le nom d’utilisateur ou le mot de passe</translation>
    </message>
</context>
<context>
    <name>postscope::auth::PlainServerMechanism</name>
    <message>
        <source>AUTH PLAIN response after the exchange finished</source>
        <translation>réponse AUTH PLAIN après la fin de l’échange</translation>
    </message>
    <message>
        <source>malformed AUTH PLAIN message (expected three NUL-separated fields)</source>
        <translation>message AUTH PLAIN malformé (trois champs séparés par NUL attendus)</translation>
    </message>
    <message>
        <source>malformed AUTH PLAIN message (empty user name or password)</source>
        <translation>message AUTH PLAIN malformé (nom d’utilisateur ou mot de passe vide)</translation>
    </message>
    <message>
        <source>malformed AUTH PLAIN message (not UTF-8)</source>
        <translation>message AUTH PLAIN malformé (pas en UTF-8)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; may not act as &quot;%2&quot;</source>
        <translation>l’utilisateur « %1 » ne peut pas agir en tant que « %2 »</translation>
    </message>
</context>
<context>
    <name>postscope::auth::QcaSaslClientMechanism</name>
    <message>
        <source>QCA&apos;s SASL provider did not create a context</source>
        <translation>le fournisseur SASL de QCA n’a pas créé de contexte</translation>
    </message>
    <message>
        <source>Cyrus SASL did not start AUTH %1 in time</source>
        <translation>Cyrus SASL n’a pas commencé AUTH %1 à temps</translation>
    </message>
    <message>
        <source>no Cyrus SASL module on this machine does %1 as a client (Debian: libsasl2-modules, libsasl2-modules-gssapi-mit)</source>
        <translation>aucun module Cyrus SASL de cette machine ne fait %1 en tant que client (Debian : libsasl2-modules, libsasl2-modules-gssapi-mit)</translation>
    </message>
    <message>
        <source>the server&apos;s %1 data does not follow the mechanism&apos;s protocol</source>
        <translation>les données %1 du serveur ne suivent pas le protocole du mécanisme</translation>
    </message>
    <message>
        <source>the server failed %1&apos;s mutual authentication: it could not prove that it knows the password</source>
        <translation>le serveur a échoué l’authentification mutuelle de %1 : il n’a pas pu prouver qu’il connaît le mot de passe</translation>
    </message>
    <message>
        <source>Cyrus SASL could not go on with %1 (is there a Kerberos ticket for this user? klist shows it, kinit gets one)</source>
        <translation>Cyrus SASL n’a pas pu poursuivre %1 (y a-t-il un ticket Kerberos pour cet utilisateur ? klist l’affiche, kinit en obtient un)</translation>
    </message>
    <message>
        <source>Cyrus SASL could not go on with %1</source>
        <translation>Cyrus SASL n’a pas pu poursuivre %1</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>un nom d’utilisateur</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>a realm</source>
        <translation>un domaine (realm)</translation>
    </message>
    <message>
        <source>AUTH %1 needs %2, which was not given</source>
        <translation>AUTH %1 a besoin de %2, qui n’a pas été donné</translation>
    </message>
    <message>
        <source>more details</source>
        <translation>plus de détails</translation>
    </message>
    <message>
        <source>unexpected challenge after the AUTH %1 exchange finished</source>
        <translation>défi inattendu après la fin de l’échange AUTH %1</translation>
    </message>
    <message>
        <source>Cyrus SASL did not answer the AUTH %1 challenge in time</source>
        <translation>Cyrus SASL n’a pas répondu à temps au défi AUTH %1</translation>
    </message>
    <message>
        <source>the server accepted AUTH %1 before the exchange finished, so it never proved that it knows the password</source>
        <translation>le serveur a accepté AUTH %1 avant la fin de l’échange, il n’a donc jamais prouvé qu’il connaît le mot de passe</translation>
    </message>
</context>
<context>
    <name>postscope::auth::SaslStepDescriber</name>
    <message>
        <source>(empty challenge: the server waits for the client&apos;s message)</source>
        <translation>(défi vide : le serveur attend le message du client)</translation>
    </message>
    <message>
        <source>server asks %1</source>
        <translation>le serveur demande %1</translation>
    </message>
    <message>
        <source>challenge=%1</source>
        <translation>challenge=%1</translation>
    </message>
    <message>
        <source>nonce=%1</source>
        <translation>nonce=%1</translation>
    </message>
    <message numerus="yes">
        <source>salt=%1 (%n byte(s))</source>
        <translation>
            <numerusform>salt=%1 (%n octet)</numerusform>
            <numerusform>salt=%1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>salt=%1 (not base64)</source>
        <translation>salt=%1 (pas en base64)</translation>
    </message>
    <message>
        <source>iterations=%1</source>
        <translation>iterations=%1</translation>
    </message>
    <message>
        <source>server signature=%1</source>
        <translation>signature du serveur=%1</translation>
    </message>
    <message>
        <source>server error=%1</source>
        <translation>erreur du serveur=%1</translation>
    </message>
    <message>
        <source>error (not JSON): %1</source>
        <translation>erreur (pas du JSON) : %1</translation>
    </message>
    <message>
        <source>status=%1</source>
        <translation>status=%1</translation>
    </message>
    <message>
        <source>schemes=%1</source>
        <translation>schemes=%1</translation>
    </message>
    <message>
        <source>scope=%1</source>
        <translation>scope=%1</translation>
    </message>
    <message>
        <source>openid-configuration=%1</source>
        <translation>openid-configuration=%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>malformed PLAIN message, %n byte(s)</source>
        <translation>
            <numerusform>message PLAIN malformé, %n octet</numerusform>
            <numerusform>message PLAIN malformé, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>authzid=%1, user=%2, password=%3</source>
        <translation>authzid=%1, utilisateur=%2, mot de passe=%3</translation>
    </message>
    <message>
        <source>password=%1</source>
        <translation>mot de passe=%1</translation>
    </message>
    <message>
        <source>user=%1</source>
        <translation>utilisateur=%1</translation>
    </message>
    <message numerus="yes">
        <source>malformed CRAM-MD5 response, %n byte(s)</source>
        <translation>
            <numerusform>réponse CRAM-MD5 malformée, %n octet</numerusform>
            <numerusform>réponse CRAM-MD5 malformée, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>user=%1, HMAC-MD5(password, challenge)=%2</source>
        <translation>utilisateur=%1, HMAC-MD5(mot de passe, défi)=%2</translation>
    </message>
    <message>
        <source>(empty response: acknowledges the server&apos;s final message)</source>
        <translation>(réponse vide : accuse réception du dernier message du serveur)</translation>
    </message>
    <message numerus="yes">
        <source>malformed SCRAM message, %n byte(s)</source>
        <translation>
            <numerusform>message SCRAM malformé, %n octet</numerusform>
            <numerusform>message SCRAM malformé, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>gs2-header=%1</source>
        <translation>gs2-header=%1</translation>
    </message>
    <message>
        <source>channel-binding=%1 (%2)</source>
        <translation>channel-binding=%1 (%2)</translation>
    </message>
    <message>
        <source>proof=%1</source>
        <translation>proof=%1</translation>
    </message>
    <message>
        <source>(empty response: ends the exchange after the server&apos;s error)</source>
        <translation>(réponse vide : termine l’échange après l’erreur du serveur)</translation>
    </message>
    <message>
        <source>^A: ends the exchange after the server&apos;s error (RFC 7628 3.2.3)</source>
        <translation>^A : termine l’échange après l’erreur du serveur (RFC 7628 3.2.3)</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message numerus="yes">
        <source>malformed OAUTHBEARER message, %n byte(s)</source>
        <translation>
            <numerusform>message OAUTHBEARER malformé, %n octet</numerusform>
            <numerusform>message OAUTHBEARER malformé, %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>auth=%1 %2</source>
        <translation>auth=%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n octet)</numerusform>
            <numerusform>%1 (%n octets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not base64 (%n byte(s))</source>
        <translation>
            <numerusform>pas en base64 (%n octet)</numerusform>
            <numerusform>pas en base64 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>not base64: %1</source>
        <translation>pas en base64 : %1</translation>
    </message>
    <message>
        <source>* (the client cancels the exchange)</source>
        <translation>* (le client annule l’échange)</translation>
    </message>
</context>
<context>
    <name>postscope::auth::ScramClientMechanism</name>
    <message>
        <source>the user name cannot be used with SCRAM (SASLprep, RFC 4013): %1</source>
        <translation>le nom d’utilisateur n’est pas utilisable avec SCRAM (SASLprep, RFC 4013) : %1</translation>
    </message>
    <message>
        <source>SCRAM needs a user name</source>
        <translation>SCRAM a besoin d’un nom d’utilisateur</translation>
    </message>
    <message>
        <source>the SCRAM client nonce is not printable ASCII</source>
        <translation>le nonce client SCRAM n’est pas de l’ASCII imprimable</translation>
    </message>
    <message>
        <source>the server sent SCRAM data before the client&apos;s first message</source>
        <translation>le serveur a envoyé des données SCRAM avant le premier message du client</translation>
    </message>
    <message>
        <source>unexpected challenge after the SCRAM exchange finished</source>
        <translation>défi inattendu après la fin de l’échange SCRAM</translation>
    </message>
    <message>
        <source>unexpected SCRAM state</source>
        <translation>état SCRAM inattendu</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message</source>
        <translation>message server-first SCRAM malformé</translation>
    </message>
    <message>
        <source>the server refused SCRAM: %1</source>
        <translation>le serveur a refusé SCRAM : %1</translation>
    </message>
    <message>
        <source>the server requires a SCRAM extension this client does not know</source>
        <translation>le serveur exige une extension SCRAM que ce client ne connaît pas</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message (expected r=, s= and i=)</source>
        <translation>message server-first SCRAM malformé (r=, s= et i= attendus)</translation>
    </message>
    <message>
        <source>the SCRAM server nonce does not extend the client nonce</source>
        <translation>le nonce serveur SCRAM ne prolonge pas le nonce client</translation>
    </message>
    <message>
        <source>the SCRAM server nonce holds characters that are not allowed</source>
        <translation>le nonce serveur SCRAM contient des caractères non autorisés</translation>
    </message>
    <message>
        <source>the SCRAM salt is missing or not base64</source>
        <translation>le sel SCRAM manque ou n’est pas en base64</translation>
    </message>
    <message>
        <source>the SCRAM iteration count is not a positive number</source>
        <translation>le nombre d’itérations SCRAM n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>the SCRAM iteration count %1 is over this client&apos;s limit of %2</source>
        <translation>le nombre d’itérations SCRAM %1 dépasse la limite de ce client, %2</translation>
    </message>
    <message>
        <source>the password cannot be used with SCRAM (SASLprep, RFC 4013): %1</source>
        <translation>le mot de passe n’est pas utilisable avec SCRAM (SASLprep, RFC 4013) : %1</translation>
    </message>
    <message>
        <source>QCA failed to compute the SCRAM salted password</source>
        <translation>QCA n’a pas pu calculer le mot de passe salé SCRAM</translation>
    </message>
    <message>
        <source>QCA failed to compute the SCRAM proof</source>
        <translation>QCA n’a pas pu calculer la preuve SCRAM</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message</source>
        <translation>message server-final SCRAM malformé</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message (expected v=)</source>
        <translation>message server-final SCRAM malformé (v= attendu)</translation>
    </message>
    <message>
        <source>the SCRAM server signature is not base64</source>
        <translation>la signature serveur SCRAM n’est pas en base64</translation>
    </message>
    <message>
        <source>wrong SCRAM server signature: the server could not prove that it knows the password</source>
        <translation>signature serveur SCRAM erronée : le serveur n’a pas pu prouver qu’il connaît le mot de passe</translation>
    </message>
    <message>
        <source>the server accepted SCRAM authentication without proving that it knows the password (no server signature)</source>
        <translation>le serveur a accepté l’authentification SCRAM sans prouver qu’il connaît le mot de passe (pas de signature serveur)</translation>
    </message>
    <message>
        <source>the server ended the SCRAM exchange before it finished</source>
        <translation>le serveur a terminé l’échange SCRAM avant sa fin</translation>
    </message>
</context>
<context>
    <name>postscope::auth::ScramServerMechanism</name>
    <message>
        <source>the SCRAM exchange was already started</source>
        <translation>l’échange SCRAM a déjà commencé</translation>
    </message>
    <message>
        <source>SCRAM response before the exchange started</source>
        <translation>réponse SCRAM avant le début de l’échange</translation>
    </message>
    <message>
        <source>SCRAM response after the exchange finished</source>
        <translation>réponse SCRAM après la fin de l’échange</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message (no gs2 header)</source>
        <translation>message client-first SCRAM malformé (pas d’en-tête gs2)</translation>
    </message>
    <message>
        <source>the client asked for SCRAM channel binding, which is not offered</source>
        <translation>le client a demandé une liaison de canal SCRAM, qui n’est pas offerte</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message (bad channel binding flag)</source>
        <translation>message client-first SCRAM malformé (indicateur de liaison de canal invalide)</translation>
    </message>
    <message>
        <source>malformed SCRAM authorisation identity</source>
        <translation>identité d’autorisation SCRAM malformée</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message</source>
        <translation>message client-first SCRAM malformé</translation>
    </message>
    <message>
        <source>the client requires a SCRAM extension this server does not know</source>
        <translation>le client exige une extension SCRAM que ce serveur ne connaît pas</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message (expected n= and r=)</source>
        <translation>message client-first SCRAM malformé (n= et r= attendus)</translation>
    </message>
    <message>
        <source>malformed SCRAM user name</source>
        <translation>nom d’utilisateur SCRAM malformé</translation>
    </message>
    <message>
        <source>the SCRAM user name is not allowed (SASLprep): %1</source>
        <translation>le nom d’utilisateur SCRAM n’est pas autorisé (SASLprep) : %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; may not act as &quot;%2&quot;</source>
        <translation>l’utilisateur « %1 » ne peut pas agir en tant que « %2 »</translation>
    </message>
    <message>
        <source>malformed SCRAM client nonce</source>
        <translation>nonce client SCRAM malformé</translation>
    </message>
    <message>
        <source>the SCRAM iteration count is not set</source>
        <translation>le nombre d’itérations SCRAM n’est pas défini</translation>
    </message>
    <message>
        <source>malformed SCRAM client-final message (no proof)</source>
        <translation>message client-final SCRAM malformé (pas de preuve)</translation>
    </message>
    <message>
        <source>malformed SCRAM client-final message</source>
        <translation>message client-final SCRAM malformé</translation>
    </message>
    <message>
        <source>malformed SCRAM client-final message (expected c=, r= and p=)</source>
        <translation>message client-final SCRAM malformé (c=, r= et p= attendus)</translation>
    </message>
    <message>
        <source>the SCRAM channel binding data does not match the gs2 header</source>
        <translation>les données de liaison de canal SCRAM ne correspondent pas à l’en-tête gs2</translation>
    </message>
    <message>
        <source>the SCRAM nonce in the client-final message does not match</source>
        <translation>le nonce SCRAM du message client-final ne correspond pas</translation>
    </message>
    <message>
        <source>malformed SCRAM client proof</source>
        <translation>preuve client SCRAM malformée</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>the stored password of user &quot;%1&quot; cannot be used with SCRAM (SASLprep)</source>
        <translation>le mot de passe enregistré de l’utilisateur « %1 » n’est pas utilisable avec SCRAM (SASLprep)</translation>
    </message>
    <message>
        <source>QCA failed to compute the SCRAM salted password</source>
        <translation>QCA n’a pas pu calculer le mot de passe salé SCRAM</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>mot de passe erroné pour l’utilisateur « %1 »</translation>
    </message>
</context>
<context>
    <name>postscope::auth::XOAuth2ClientMechanism</name>
    <message>
        <source>AUTH XOAUTH2 needs a user name without control characters</source>
        <translation>AUTH XOAUTH2 a besoin d’un nom d’utilisateur sans caractères de contrôle</translation>
    </message>
</context>
<context>
    <name>postscope::auth::XOAuth2ServerMechanism</name>
    <message>
        <source>malformed AUTH XOAUTH2 message (it must end with two ^A)</source>
        <translation>message AUTH XOAUTH2 malformé (il doit finir par deux ^A)</translation>
    </message>
    <message>
        <source>malformed AUTH XOAUTH2 message (unexpected field)</source>
        <translation>message AUTH XOAUTH2 malformé (champ inattendu)</translation>
    </message>
    <message>
        <source>malformed AUTH XOAUTH2 message (it needs user= and auth=)</source>
        <translation>message AUTH XOAUTH2 malformé (user= et auth= sont nécessaires)</translation>
    </message>
    <message>
        <source>malformed AUTH XOAUTH2 message (auth= is not &quot;Bearer&quot; and a token)</source>
        <translation>message AUTH XOAUTH2 malformé (auth= n’est pas « Bearer » suivi d’un jeton)</translation>
    </message>
</context>
<context>
    <name>postscope::cli</name>
    <message>
        <source>no reply</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>postscope-cli %1: %2: %3
</source>
        <translation>postscope-cli %1 : %2 : %3
</translation>
    </message>
    <message>
        <source>Build a message from the message options and write it to a file without sending it; print the envelope it would be sent with and what the lint finds.</source>
        <translation>Construire un message à partir des options de message et l’écrire dans un fichier sans l’envoyer ; afficher l’enveloppe avec laquelle il serait envoyé et ce que la vérification trouve.</translation>
    </message>
    <message>
        <source>Write the message here (&quot;-&quot; for stdout).</source>
        <translation>Écrire le message ici (« - » pour stdout).</translation>
    </message>
    <message>
        <source>Encode for a server that offers these: 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (default: none, the 7-bit form any server takes).</source>
        <translation>Encoder pour un serveur qui offre ceci : 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (par défaut : rien, la forme 7 bits que tout serveur accepte).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Afficher le résultat comme un seul objet JSON sur stdout.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>compose builds a message: --message is for send</source>
        <translation>compose construit un message : --message est pour send</translation>
    </message>
    <message>
        <source>--json and --output - would both write to stdout</source>
        <translation>--json et --output - écriraient tous deux sur stdout</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>impossible d’écrire sur stdout</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>a part could not be read</source>
        <translation>une partie n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Check a saved message (and the envelope it would go with) for what a receiving server dislikes. Exit 0 when nothing is an error, 2 when something is (or the file cannot be read).</source>
        <translation>Vérifier un message enregistré (et l’enveloppe qui l’accompagnerait) pour ce qu’un serveur destinataire refuse. Code de sortie 0 si rien n’est une erreur, 2 sinon (ou si le fichier ne peut pas être lu).</translation>
    </message>
    <message>
        <source>The message (RFC 5322).</source>
        <translation>Le message (RFC 5322).</translation>
    </message>
    <message>
        <source>MAIL FROM (default: Sender, else From, as smtplib derives it).</source>
        <translation>MAIL FROM (par défaut : Sender, sinon From, comme smtplib le déduit).</translation>
    </message>
    <message>
        <source>Envelope recipient (repeatable; default: To, Cc and Bcc).</source>
        <translation>Destinataire de l’enveloppe (répétable ; par défaut : To, Cc et Bcc).</translation>
    </message>
    <message>
        <source>Judge for a server that offers these: 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (default: none).</source>
        <translation>Juger pour un serveur qui offre ceci : 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (par défaut : rien).</translation>
    </message>
    <message>
        <source>give exactly one message file</source>
        <translation>donnez exactement un fichier de message</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: no end of the header section in its first MiB</source>
        <translation>%1 : pas de fin de la section d’en-tête dans son premier Mio</translation>
    </message>
    <message>
        <source>Give --from and --to, or add the missing header fields.</source>
        <translation>Donnez --from et --to, ou ajoutez les champs d’en-tête manquants.</translation>
    </message>
    <message>
        <source>%1: no findings
</source>
        <translation>%1 : aucune constatation
</translation>
    </message>
    <message>
        <source>postscope-cli: unknown command &apos;%1&apos;</source>
        <translation>postscope-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Sender (envelope and From header); &quot;&quot; for the null sender.</source>
        <translation>Expéditeur (enveloppe et en-tête From) ; &quot;&quot; pour l’expéditeur nul.</translation>
    </message>
    <message>
        <source>Recipient (repeatable).</source>
        <translation>Destinataire (répétable).</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>Destinataire en copie (répétable).</translation>
    </message>
    <message>
        <source>Blind copy recipient: envelope only (repeatable).</source>
        <translation>Destinataire en copie cachée : enveloppe seulement (répétable).</translation>
    </message>
    <message>
        <source>Sender header: who sent it on From&apos;s behalf (RFC 5322 3.6.2).</source>
        <translation>En-tête Sender : qui l’a envoyé pour le compte de From (RFC 5322 3.6.2).</translation>
    </message>
    <message>
        <source>Reply-To address (repeatable).</source>
        <translation>Adresse Reply-To (répétable).</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Objet.</translation>
    </message>
    <message>
        <source>Body text.</source>
        <translation>Texte du corps.</translation>
    </message>
    <message>
        <source>Body from a file (big files are streamed from disk).</source>
        <translation>Corps à partir d’un fichier (les gros fichiers sont lus depuis le disque au fil de l’envoi).</translation>
    </message>
    <message>
        <source>HTML body; with a text body, multipart/alternative.</source>
        <translation>Corps HTML ; avec un corps texte, multipart/alternative.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable; big files are read while sending).</source>
        <translation>Joindre un fichier (répétable ; les gros fichiers sont lus pendant l’envoi).</translation>
    </message>
    <message>
        <source>Inline image for the HTML (multipart/related); the HTML refers to it as cid:FILENAME (repeatable).</source>
        <translation>Image intégrée pour le HTML (multipart/related) ; le HTML y fait référence par cid:NOMDEFICHIER (répétable).</translation>
    </message>
    <message>
        <source>Attach a saved message as message/rfc822 (repeatable).</source>
        <translation>Joindre un message enregistré en message/rfc822 (répétable).</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot; (repeatable).</source>
        <translation>En-tête supplémentaire « Nom: valeur » (répétable).</translation>
    </message>
    <message>
        <source>Message-ID instead of a generated one.</source>
        <translation>Message-ID à la place d’un identifiant généré.</translation>
    </message>
    <message>
        <source>In-Reply-To: the message this one answers.</source>
        <translation>In-Reply-To : le message auquel celui-ci répond.</translation>
    </message>
    <message>
        <source>References (repeatable, oldest first).</source>
        <translation>References (répétable, la plus ancienne d’abord).</translation>
    </message>
    <message>
        <source>highest, high, normal, low or lowest (X-Priority and Importance).</source>
        <translation>highest, high, normal, low ou lowest (X-Priority et Importance).</translation>
    </message>
    <message>
        <source>Ask for a read receipt (Disposition-Notification-To, RFC 8098).</source>
        <translation>Demander un accusé de lecture (Disposition-Notification-To, RFC 8098).</translation>
    </message>
    <message>
        <source>Ask for delivery status notifications (DSN: NOTIFY=SUCCESS,FAILURE, RFC 3461).</source>
        <translation>Demander des notifications d’état de remise (DSN : NOTIFY=SUCCESS,FAILURE, RFC 3461).</translation>
    </message>
    <message>
        <source>Encrypt the message: S/MIME to --smime-recipient-cert, OpenPGP to --pgp-recipient.</source>
        <translation>Chiffrer le message : S/MIME pour --smime-recipient-cert, OpenPGP pour --pgp-recipient.</translation>
    </message>
    <message>
        <source>S/MIME certificate (PEM, or PKCS#12 with the key).</source>
        <translation>Certificat S/MIME (PEM, ou PKCS#12 avec la clé).</translation>
    </message>
    <message>
        <source>S/MIME private key (PEM), when --smime-cert holds none.</source>
        <translation>Clé privée S/MIME (PEM), quand --smime-cert n’en contient pas.</translation>
    </message>
    <message>
        <source>Environment variable holding the key&apos;s or PKCS#12 passphrase.</source>
        <translation>Variable d’environnement contenant la phrase secrète de la clé ou du PKCS#12.</translation>
    </message>
    <message>
        <source>Certificate to encrypt to (PEM, repeatable).</source>
        <translation>Certificat pour lequel chiffrer (PEM, répétable).</translation>
    </message>
    <message>
        <source>OpenPGP signing key (fingerprint, key id or address in GNUPGHOME).</source>
        <translation>Clé de signature OpenPGP (empreinte, identifiant de clé ou adresse dans GNUPGHOME).</translation>
    </message>
    <message>
        <source>OpenPGP key to encrypt to (repeatable; default: every recipient&apos;s address).</source>
        <translation>Clé OpenPGP pour laquelle chiffrer (répétable ; par défaut : l’adresse de chaque destinataire).</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>Domaine de signature DKIM (d=).</translation>
    </message>
    <message>
        <source>DKIM selector (s=).</source>
        <translation>Sélecteur DKIM (s=).</translation>
    </message>
    <message>
        <source>DKIM private key (PEM): RSA for rsa-sha256, Ed25519 for ed25519-sha256.</source>
        <translation>Clé privée DKIM (PEM) : RSA pour rsa-sha256, Ed25519 pour ed25519-sha256.</translation>
    </message>
    <message>
        <source>relaxed (relaxed/relaxed, default) or simple (simple/simple).</source>
        <translation>relaxed (relaxed/relaxed, par défaut) ou simple (simple/simple).</translation>
    </message>
    <message>
        <source>A complete RFC 5322 message, sent as it is; the envelope comes from its headers as smtplib&apos;s send_message() derives it, unless --from/--to are given. Bcc fields are removed.</source>
        <translation>Un message RFC 5322 complet, envoyé tel quel ; l’enveloppe vient de ses en-têtes comme send_message() de smtplib la déduit, sauf si --from/--to sont donnés. Les champs Bcc sont retirés.</translation>
    </message>
    <message>
        <source>Send even when the lint finds errors.</source>
        <translation>Envoyer même quand la vérification trouve des erreurs.</translation>
    </message>
    <message>
        <source>--message sends a complete message: --%1 cannot be used with it</source>
        <translation>--message envoie un message complet : --%1 ne peut pas être utilisé avec</translation>
    </message>
    <message>
        <source>DKIM needs --dkim-domain, --dkim-selector and --dkim-key together</source>
        <translation>DKIM a besoin de --dkim-domain, --dkim-selector et --dkim-key ensemble</translation>
    </message>
    <message>
        <source>--dkim-canonicalization is relaxed or simple, not %1</source>
        <translation>--dkim-canonicalization vaut relaxed ou simple, pas %1</translation>
    </message>
    <message>
        <source>choose S/MIME (--smime-*) or OpenPGP (--pgp-*), not both</source>
        <translation>choisissez S/MIME (--smime-*) ou OpenPGP (--pgp-*), pas les deux</translation>
    </message>
    <message>
        <source>--smime-passphrase-env: %1 is not set</source>
        <translation>--smime-passphrase-env : %1 n’est pas définie</translation>
    </message>
    <message>
        <source>--body and --body-file exclude each other</source>
        <translation>--body et --body-file s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--priority is highest, high, normal, low or lowest, not %1</source>
        <translation>--priority vaut highest, high, normal, low ou lowest, pas %1</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not an address</source>
        <translation>--from « %1 » n’est pas une adresse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>TLS: %1, %2, certificate %3
</source>
        <translation>TLS : %1, %2, certificat %3
</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified, trusted by fingerprint</source>
        <translation>NON vérifié, approuvé par empreinte</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>Timings: lookup %1, connect %2, greeting %3, EHLO %4, STARTTLS %5, TLS handshake %6, EHLO after TLS %7
</source>
        <translation>Durées : résolution %1, connexion %2, accueil %3, EHLO %4, STARTTLS %5, négociation TLS %6, EHLO après TLS %7
</translation>
    </message>
    <message>
        <source>Findings: none
</source>
        <translation>Constatations : aucune
</translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation>Constatations :
</translation>
    </message>
    <message>
        <source>Server: %1 (security %2)
</source>
        <translation>Serveur : %1 (sécurité %2)
</translation>
    </message>
    <message>
        <source>From: %1
</source>
        <translation>Depuis : %1
</translation>
    </message>
    <message>
        <source>Not reached: %1
</source>
        <translation>Non atteint : %1
</translation>
    </message>
    <message>
        <source>Banner: %1 (after %2 s)
</source>
        <translation>Bannière : %1 (après %2 s)
</translation>
    </message>
    <message>
        <source>Capabilities before TLS:</source>
        <translation>Capacités avant TLS :</translation>
    </message>
    <message>
        <source>Capabilities after TLS:</source>
        <translation>Capacités après TLS :</translation>
    </message>
    <message>
        <source>AUTH before TLS: %1
</source>
        <translation>AUTH avant TLS : %1
</translation>
    </message>
    <message>
        <source>AUTH after TLS: %1
</source>
        <translation>AUTH après TLS : %1
</translation>
    </message>
    <message>
        <source>AUTH %1 as %2: %3 %4
</source>
        <translation>AUTH %1 en tant que %2 : %3 %4
</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Report what a server offers: banner, EHLO before and after TLS, the TLS session and certificate chain, AUTH mechanisms, the time of each step and findings (warnings and errors); with --user, try AUTH.</source>
        <translation>Indiquer ce qu’un serveur offre : bannière, EHLO avant et après TLS, la session TLS et la chaîne de certificats, les mécanismes AUTH, la durée de chaque étape et les constatations (avertissements et erreurs) ; avec --user, essayer AUTH.</translation>
    </message>
    <message>
        <source>the session ended before every command was sent</source>
        <translation>la session s’est terminée avant que chaque commande soit envoyée</translation>
    </message>
    <message>
        <source>postscope-cli raw: %1
</source>
        <translation>postscope-cli raw : %1
</translation>
    </message>
    <message>
        <source>Read the greeting, then send each COMMAND as one line, exactly as typed. Nothing else is sent: no EHLO or STARTTLS unless typed (after a typed DATA, arguments are message lines until &quot;.&quot;). --security tls works from the first byte; starttls and opportunistic do not apply.</source>
        <translation>Lire l’accueil, puis envoyer chaque COMMANDE comme une ligne, exactement telle que tapée. Rien d’autre n’est envoyé : ni EHLO ni STARTTLS s’ils ne sont pas tapés (après un DATA tapé, les arguments sont des lignes du message jusqu’à « . »). --security tls fonctionne dès le premier octet ; starttls et opportunistic ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>Command lines, e.g. &quot;EHLO me&quot; &quot;NOOP&quot; QUIT.</source>
        <translation>Lignes de commande, par ex. &quot;EHLO me&quot; &quot;NOOP&quot; QUIT.</translation>
    </message>
    <message>
        <source>name at least one command</source>
        <translation>nommez au moins une commande</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a line break or NUL: one argument is one line</source>
        <translation>« %1 » contient un saut de ligne ou NUL : un argument est une ligne</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is too long for one line</source>
        <translation>« %1... » est trop long pour une ligne</translation>
    </message>
    <message>
        <source>raw sends only what you type: use --security none or tls (or type STARTTLS)</source>
        <translation>raw n’envoie que ce que vous tapez : utilisez --security none ou tls (ou tapez STARTTLS)</translation>
    </message>
    <message>
        <source>raw does not authenticate by itself: type the AUTH lines</source>
        <translation>raw ne s’authentifie pas de lui-même : tapez les lignes AUTH</translation>
    </message>
    <message>
        <source>--%1 takes one parameter without spaces: &apos;%2&apos;</source>
        <translation>--%1 prend un paramètre sans espaces : « %2 »</translation>
    </message>
    <message>
        <source>--%1 holds a line break or NUL: refused (header or command injection)</source>
        <translation>--%1 contient un saut de ligne ou NUL : refusé (injection d’en-tête ou de commande)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not an address</source>
        <translation>--%1 « %2 » n’est pas une adresse</translation>
    </message>
    <message>
        <source>at least one --to, --cc or --bcc is required</source>
        <translation>au moins un --to, --cc ou --bcc est obligatoire</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>RCPT accepted, not delivered</source>
        <translation>RCPT accepté, non remis</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Message accepted for %1 of %2 recipients: %3
</source>
        <translation>Message accepté pour %1 destinataires sur %2 : %3
</translation>
    </message>
    <message>
        <source>%1 of %2 messages accepted in %3 s (%4 messages/s)
</source>
        <translation>%1 messages sur %2 acceptés en %3 s (%4 messages/s)
</translation>
    </message>
    <message>
        <source>Send mail through an SMTP or LMTP server, and report the result for every recipient.</source>
        <translation>Envoyer du courrier par un serveur SMTP ou LMTP, et indiquer le résultat pour chaque destinataire.</translation>
    </message>
    <message>
        <source>MAIL parameter, e.g. RET=HDRS (repeatable).</source>
        <translation>Paramètre de MAIL, par ex. RET=HDRS (répétable).</translation>
    </message>
    <message>
        <source>RCPT parameter for every recipient, e.g. NOTIFY=NEVER (repeatable).</source>
        <translation>Paramètre de RCPT pour chaque destinataire, par ex. NOTIFY=NEVER (répétable).</translation>
    </message>
    <message>
        <source>Send the message N times over one session (default: 1).</source>
        <translation>Envoyer le message N fois sur une seule session (par défaut : 1).</translation>
    </message>
    <message>
        <source>--count must be a whole number of at least 1</source>
        <translation>--count doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>(--force sends anyway)</source>
        <translation>(--force envoie quand même)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, e.g. 127.0.0.1:2525</source>
        <translation>--listen attend ADRESSE:PORT, par ex. 127.0.0.1:2525</translation>
    </message>
    <message>
        <source>--tls-listen wants ADDR:PORT, e.g. 127.0.0.1:4650</source>
        <translation>--tls-listen attend ADRESSE:PORT, par ex. 127.0.0.1:4650</translation>
    </message>
    <message>
        <source>--max-size wants a positive number of octets</source>
        <translation>--max-size attend un nombre positif d’octets</translation>
    </message>
    <message>
        <source>--max-recipients wants a positive number</source>
        <translation>--max-recipients attend un nombre positif</translation>
    </message>
    <message>
        <source>--max-transaction-bytes wants a positive number of octets</source>
        <translation>--max-transaction-bytes attend un nombre positif d’octets</translation>
    </message>
    <message>
        <source>--max-connections wants a number (0: no limit)</source>
        <translation>--max-connections attend un nombre (0 : pas de limite)</translation>
    </message>
    <message>
        <source>--max-connections-per-peer wants a number (0: no limit)</source>
        <translation>--max-connections-per-peer attend un nombre (0 : pas de limite)</translation>
    </message>
    <message>
        <source>--idle-timeout wants a number of seconds above 0, at most 86400</source>
        <translation>--idle-timeout attend un nombre de secondes supérieur à 0, au plus 86400</translation>
    </message>
    <message>
        <source>--command-timeout wants a number of seconds above 0, at most 86400</source>
        <translation>--command-timeout attend un nombre de secondes supérieur à 0, au plus 86400</translation>
    </message>
    <message>
        <source>--data-timeout wants a number of seconds above 0, at most 86400</source>
        <translation>--data-timeout attend un nombre de secondes supérieur à 0, au plus 86400</translation>
    </message>
    <message>
        <source>--bare-lf wants reject, normalize or keep</source>
        <translation>--bare-lf attend reject, normalize ou keep</translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation>--cert et --key vont ensemble</translation>
    </message>
    <message>
        <source>--tls-listen needs TLS; drop --no-tls</source>
        <translation>--tls-listen a besoin de TLS ; retirez --no-tls</translation>
    </message>
    <message>
        <source>unknown extension &apos;%1&apos; for --disable</source>
        <translation>extension inconnue « %1 » pour --disable</translation>
    </message>
    <message>
        <source>--fault-seed wants a number</source>
        <translation>--fault-seed attend un nombre</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>Impossible d’écrire la transcription %1 : %2</translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation>socketpair a échoué</translation>
    </message>
    <message>
        <source>--input %1: %2</source>
        <translation>--input %1 : %2</translation>
    </message>
    <message>
        <source>--input %1, line %2: too long for one command line (RFC 5321 4.5.3.1.4)</source>
        <translation>--input %1, ligne %2 : trop longue pour une ligne de commande (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>--input %1: more than %2 lines</source>
        <translation>--input %1 : plus de %2 lignes</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>REPLY</source>
        <translation>RÉPONSE</translation>
    </message>
    <message>
        <source>Ask the server to expand mailing lists (EXPN, RFC 5321 3.5.2).</source>
        <translation>Demander au serveur de développer des listes de diffusion (EXPN, RFC 5321 3.5.2).</translation>
    </message>
    <message>
        <source>Check addresses: by VRFY (RFC 5321 3.5.1), EXPN, or the RCPT method (MAIL FROM, RCPT TO, RSET; never DATA, so nothing is delivered).</source>
        <translation>Vérifier des adresses : par VRFY (RFC 5321 3.5.1), EXPN, ou la méthode RCPT (MAIL FROM, RCPT TO, RSET ; jamais DATA, donc rien n’est remis).</translation>
    </message>
    <message>
        <source>Lists to expand.</source>
        <translation>Listes à développer.</translation>
    </message>
    <message>
        <source>Addresses or names to check.</source>
        <translation>Adresses ou noms à vérifier.</translation>
    </message>
    <message>
        <source>Read more queries from FILE, one per line (- for standard input).</source>
        <translation>Lire d’autres requêtes depuis FICHIER, une par ligne (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>Print the results as CSV (RFC 4180).</source>
        <translation>Afficher les résultats en CSV (RFC 4180).</translation>
    </message>
    <message>
        <source>vrfy, expn or rcpt (default: vrfy).</source>
        <translation>vrfy, expn ou rcpt (par défaut : vrfy).</translation>
    </message>
    <message>
        <source>MAIL FROM address for the RCPT method (default: the null sender &lt;&gt;).</source>
        <translation>Adresse MAIL FROM pour la méthode RCPT (par défaut : l’expéditeur nul &lt;&gt;).</translation>
    </message>
    <message>
        <source>RCPT method: recipients per MAIL...RSET group, 1 to 100 (default: 100).</source>
        <translation>Méthode RCPT : destinataires par groupe MAIL...RSET, de 1 à 100 (par défaut : 100).</translation>
    </message>
    <message>
        <source>--method must be vrfy, expn or rcpt, not &apos;%1&apos;</source>
        <translation>--method doit valoir vrfy, expn ou rcpt, pas « %1 »</translation>
    </message>
    <message>
        <source>--from is for --method rcpt</source>
        <translation>--from est pour --method rcpt</translation>
    </message>
    <message>
        <source>--batch-size must be 1 to 100 (RFC 5321 4.5.3.1.8)</source>
        <translation>--batch-size doit être compris entre 1 et 100 (RFC 5321 4.5.3.1.8)</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json et --csv s’excluent mutuellement</translation>
    </message>
    <message>
        <source>name at least one list</source>
        <translation>nommez au moins une liste</translation>
    </message>
    <message>
        <source>name at least one address</source>
        <translation>nommez au moins une adresse</translation>
    </message>
    <message>
        <source>generated a TLS certificate in %1</source>
        <translation>certificat TLS généré dans %1</translation>
    </message>
    <message>
        <source>Type SMTP to a server yourself. The prompt shows where the conversation stands; Tab completes commands with their argument templates (MAIL FROM:&lt;&gt;, RCPT TO:&lt;&gt;, BDAT n LAST); every reply is explained (its class and what to do next, the code, the enhanced code, the RFC); a command the server will refuse gets a warning first (press Enter again to send it anyway). After DATA&apos;s 354 type the message; the console dot-stuffs it and a single dot ends it. STARTTLS upgrades and shows the handshake; AUTH PLAIN, LOGIN, CRAM-MD5 or SCRAM-SHA-256 without a response starts a helper that asks for the user and password. /help lists the console&apos;s own commands (/send, /bytes, /quit). Nothing is sent that you do not type: --security none or tls. History is kept per server in the app data folder.</source>
        <translation>Tapez vous-même du SMTP vers un serveur. L’invite montre où en est la conversation ; Tab complète les commandes avec leurs modèles d’arguments (MAIL FROM:&lt;&gt;, RCPT TO:&lt;&gt;, BDAT n LAST) ; chaque réponse est expliquée (sa classe et quoi faire ensuite, le code, le code étendu, la RFC) ; une commande que le serveur refusera reçoit d’abord un avertissement (appuyez de nouveau sur Entrée pour l’envoyer quand même). Après le 354 de DATA, tapez le message ; la console double les points de tête et un point seul le termine. STARTTLS passe en TLS et montre la négociation ; AUTH PLAIN, LOGIN, CRAM-MD5 ou SCRAM-SHA-256 sans réponse lance un assistant qui demande l’utilisateur et le mot de passe. /help liste les commandes propres à la console (/send, /bytes, /quit). Rien n’est envoyé que vous ne tapiez : --security none ou tls. L’historique est gardé par serveur dans le dossier de données de l’application.</translation>
    </message>
    <message>
        <source>Read the lines from FILE (- for standard input) instead of the terminal; warnings are shown and the line sent.</source>
        <translation>Lire les lignes depuis FICHIER (- pour l’entrée standard) au lieu du terminal ; les avertissements sont affichés et la ligne envoyée.</translation>
    </message>
    <message>
        <source>the console sends only what you type: use --security none or tls (and type STARTTLS)</source>
        <translation>la console n’envoie que ce que vous tapez : utilisez --security none ou tls (et tapez STARTTLS)</translation>
    </message>
    <message>
        <source>type AUTH in the console: it asks for the user and password</source>
        <translation>tapez AUTH dans la console : elle demande l’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>cannot write the transcript to %1: %2</source>
        <translation>impossible d’écrire la transcription dans %1 : %2</translation>
    </message>
    <message>
        <source>--context wants a number from 0 to 1000</source>
        <translation>--context attend un nombre de 0 à 1000</translation>
    </message>
    <message>
        <source>name two transcripts: postscope-cli diff A B</source>
        <translation>nommez deux transcriptions : postscope-cli diff A B</translation>
    </message>
    <message>
        <source>--as wants smtplib, swaks or cli</source>
        <translation>--as attend smtplib, swaks ou cli</translation>
    </message>
    <message>
        <source>name one transcript file (or - for standard input)</source>
        <translation>nommez un fichier de transcription (ou - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>--server %1: the port is not a number from 1 to 65535</source>
        <translation>--server %1 : le port n’est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>--server wants HOST[:PORT]</source>
        <translation>--server attend HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>But : %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Indice : %1</translation>
    </message>
    <message>
        <source>use: lesson list, or lesson run NAME</source>
        <translation>utilisation : lesson list, ou lesson run NOM</translation>
    </message>
    <message>
        <source>no lesson named &apos;%1&apos; (postscope-cli lesson list names them)</source>
        <translation>aucune leçon nommée « %1 » (postscope-cli lesson list les nomme)</translation>
    </message>
    <message>
        <source>cannot make a folder for the sandbox: %1</source>
        <translation>impossible de créer un dossier pour le bac à sable : %1</translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>le bac à sable n’a pas démarré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Goal reached: every one of the %n check(s) passed.</source>
        <translation>
            <numerusform>But atteint : le contrôle (%n) est réussi.</numerusform>
            <numerusform>But atteint : chacun des %n contrôles est réussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n of the checks did not pass.</source>
        <translation>
            <numerusform>Pas encore : %n contrôle n’est pas réussi.</numerusform>
            <numerusform>Pas encore : %n des contrôles ne sont pas réussis.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown misbehaviour &apos;%1&apos; for --misbehave (one of: %2)</source>
        <translation>mauvais comportement inconnu « %1 » pour --misbehave (l’un de : %2)</translation>
    </message>
    <message>
        <source>--replay plays a recording: it does not go with --fault or --misbehave</source>
        <translation>--replay rejoue un enregistrement : il ne va pas avec --fault ou --misbehave</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Try &apos;postscope-cli %1 --help&apos;.
</source>
        <translation>Essayez &apos;postscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>name the account</source>
        <translation>nommez le compte</translation>
    </message>
    <message>
        <source>name one account, not %1</source>
        <translation>nommez un seul compte, pas %1</translation>
    </message>
    <message>
        <source>added with postscope-cli account --trust-fingerprint</source>
        <translation>ajouté avec postscope-cli account --trust-fingerprint</translation>
    </message>
    <message>
        <source>--identity &apos;%1&apos; is not &quot;Name &lt;address&gt;&quot; or an address</source>
        <translation>--identity « %1 » n’est ni « Nom &lt;adresse&gt; » ni une adresse</translation>
    </message>
    <message>
        <source>--no-password and a password option exclude each other</source>
        <translation>--no-password et une option de mot de passe s’excluent mutuellement</translation>
    </message>
    <message>
        <source>Password for %1 (account %2; empty: none): </source>
        <translation>Mot de passe pour %1 (compte %2 ; vide : aucun) : </translation>
    </message>
    <message>
        <source>no keychain answers (%1). Nothing was stored: a password is kept only in the system keychain. Store the account with --no-password to be asked for the password each time, or give --password-env or --password-file when you use it.</source>
        <translation>aucun trousseau ne répond (%1). Rien n’a été enregistré : un mot de passe n’est gardé que dans le trousseau du système. Enregistrez le compte avec --no-password pour qu’il soit demandé à chaque fois, ou donnez --password-env ou --password-file à l’usage.</translation>
    </message>
    <message>
        <source>the keychain did not store the password: %1. Nothing was stored.</source>
        <translation>le trousseau n’a pas enregistré le mot de passe : %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; changed.</source>
        <translation>Compte « %1 » modifié.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; added.</source>
        <translation>Compte « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Its password is in the keychain.</source>
        <translation>Son mot de passe est dans le trousseau.</translation>
    </message>
    <message>
        <source>Change an account: the options given replace its settings; --identity replaces its identities.</source>
        <translation>Modifier un compte : les options données remplacent ses réglages ; --identity remplace ses identités.</translation>
    </message>
    <message>
        <source>Add an account (kept where the window keeps it), with the connection and auth options of the client commands; the password goes to the system keychain only.</source>
        <translation>Ajouter un compte (gardé là où la fenêtre le garde), avec les options de connexion et d’authentification des commandes client ; le mot de passe va uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>A From the account sends as, &quot;Name &lt;address&gt;&quot; (repeatable; the first is the default From).</source>
        <translation>Un From sous lequel le compte envoie, « Nom &lt;adresse&gt; » (répétable ; le premier est le From par défaut).</translation>
    </message>
    <message>
        <source>Store no password (it is asked for, or given with --password-env or --password-file, each time).</source>
        <translation>N’enregistrer aucun mot de passe (il est demandé, ou donné avec --password-env ou --password-file, à chaque fois).</translation>
    </message>
    <message>
        <source>there is no account named &apos;%1&apos;</source>
        <translation>il n’y a pas de compte nommé « %1 »</translation>
    </message>
    <message>
        <source>the sandbox account is built in and cannot be changed</source>
        <translation>le compte bac à sable est intégré et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>name the account first, then the options</source>
        <translation>nommez d’abord le compte, puis les options</translation>
    </message>
    <message>
        <source>--%1 belongs to a run, not to an account</source>
        <translation>--%1 appartient à une exécution, pas à un compte</translation>
    </message>
    <message>
        <source>an account needs --server HOST[:PORT] or --socket PATH</source>
        <translation>un compte a besoin de --server HÔTE[:PORT] ou --socket CHEMIN</translation>
    </message>
    <message>
        <source>there is an account named &apos;%1&apos; already (account edit changes it)</source>
        <translation>il y a déjà un compte nommé « %1 » (account edit le modifie)</translation>
    </message>
    <message>
        <source>a password needs --user</source>
        <translation>un mot de passe a besoin de --user</translation>
    </message>
    <message>
        <source>postscope-cli %1: the login is now %2; a password stored earlier was for %3 and stays until --password-env or --password-file replaces it.
</source>
        <translation>postscope-cli %1 : l’identifiant est maintenant %2 ; un mot de passe enregistré auparavant valait pour %3 et reste jusqu’à ce que --password-env ou --password-file le remplace.
</translation>
    </message>
    <message>
        <source>(built in: the window&apos;s)</source>
        <translation>(intégré : celui de la fenêtre)</translation>
    </message>
    <message>
        <source>List the accounts (never a secret: those are only in the keychain).</source>
        <translation>Lister les comptes (jamais un secret : ils ne sont que dans le trousseau).</translation>
    </message>
    <message>
        <source>Print the accounts as one JSON object.</source>
        <translation>Afficher les comptes comme un seul objet JSON.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>Supprimer un compte et ses secrets du trousseau.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>the sandbox account is built in and cannot be removed</source>
        <translation>le compte bac à sable est intégré et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>postscope-cli %1: the account is removed; no keychain answers (%2), so any password stored for it earlier could not be removed.
</source>
        <translation>postscope-cli %1 : le compte est supprimé ; aucun trousseau ne répond (%2), un mot de passe enregistré auparavant pour lui n’a donc pas pu être supprimé.
</translation>
    </message>
    <message>
        <source>the account is removed, but its secrets are still in the keychain: %1</source>
        <translation>le compte est supprimé, mais ses secrets sont encore dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; removed.
</source>
        <translation>Compte « %1 » supprimé.
</translation>
    </message>
    <message>
        <source>name the account first: account test NAME [options]</source>
        <translation>nommez d’abord le compte : account test NOM [options]</translation>
    </message>
    <message>
        <source>Write the accounts (all, or those named) to FILE as JSON, without secrets.</source>
        <translation>Écrire les comptes (tous, ou ceux nommés) dans FICHIER en JSON, sans secrets.</translation>
    </message>
    <message>
        <source>The file, or - for standard output.</source>
        <translation>Le fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Accounts to export (default: all).</source>
        <translation>Comptes à exporter (par défaut : tous).</translation>
    </message>
    <message>
        <source>name the file to write (- for standard output)</source>
        <translation>nommez le fichier à écrire (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>there is no stored account named &apos;%1&apos;</source>
        <translation>il n’y a pas de compte enregistré nommé « %1 »</translation>
    </message>
    <message>
        <source>Add the accounts of an export file (all or nothing). Secrets are not in such files: store each password with account edit NAME --password-env VAR.</source>
        <translation>Ajouter les comptes d’un fichier d’export (tous ou aucun). Les secrets ne figurent pas dans ces fichiers : enregistrez chaque mot de passe avec account edit NOM --password-env VAR.</translation>
    </message>
    <message>
        <source>The file, or - for standard input.</source>
        <translation>Le fichier, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Replace accounts of the same name.</source>
        <translation>Remplacer les comptes de même nom.</translation>
    </message>
    <message>
        <source>Usage: postscope-cli account SUBCOMMAND ...

Subcommands:
</source>
        <translation>Utilisation : postscope-cli account SOUS-COMMANDE ...

Sous-commandes :
</translation>
    </message>
    <message>
        <source>
The accounts are kept where the window keeps them (%1); secrets only in the system keychain. Every client command takes --account NAME; the options given there override the account&apos;s settings.
</source>
        <translation>
Les comptes sont gardés là où la fenêtre les garde (%1) ; les secrets uniquement dans le trousseau du système. Chaque commande client prend --account NOM ; les options données là remplacent les réglages du compte.
</translation>
    </message>
    <message>
        <source>postscope-cli account: unknown subcommand &apos;%1&apos;

</source>
        <translation>postscope-cli account : sous-commande inconnue « %1 »

</translation>
    </message>
    <message>
        <source>--password-env and --password-file exclude each other</source>
        <translation>--password-env et --password-file s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--password-env: the environment variable &apos;%1&apos; is not set</source>
        <translation>--password-env : la variable d’environnement « %1 » n’est pas définie</translation>
    </message>
    <message>
        <source>--password-file %1: %2</source>
        <translation>--password-file %1 : %2</translation>
    </message>
    <message>
        <source>--from is required (or --message, or an --account with an identity)</source>
        <translation>--from est obligatoire (ou --message, ou un --account avec une identité)</translation>
    </message>
    <message>
        <source>Runs the OAuth 2.0 authorization in the browser for an account with an OAuth provider (oauthProvider) and keeps the tokens in the system keychain.</source>
        <translation>Exécute l’autorisation OAuth 2.0 dans le navigateur pour un compte doté d’un fournisseur OAuth (oauthProvider) et conserve les jetons dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Only print the authorization URL (open it in a browser on this machine).</source>
        <translation>Afficher seulement l’URL d’autorisation (ouvrez-la dans un navigateur sur cette machine).</translation>
    </message>
    <message>
        <source>How long to wait for the browser (default: 300).</source>
        <translation>Durée d’attente du navigateur (par défaut : 300).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat comme un seul objet JSON.</translation>
    </message>
    <message>
        <source>give exactly one account NAME</source>
        <translation>indiquez exactement un compte NAME</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <source>there is no account named &apos;%1&apos;%2</source>
        <translation>il n’y a pas de compte nommé « %1 »%2</translation>
    </message>
    <message>
        <source>account &apos;%1&apos;: %2</source>
        <translation>compte « %1 » : %2</translation>
    </message>
    <message>
        <source>no keychain answers (%1): the tokens could not be kept, so the authorization was not started</source>
        <translation>aucun trousseau ne répond (%1) : les jetons ne pourraient pas être conservés, l’autorisation n’a donc pas été lancée</translation>
    </message>
    <message>
        <source>Open this address in a browser to authorize Postscope:
%1
</source>
        <translation>Ouvrez cette adresse dans un navigateur pour autoriser Postscope :
%1
</translation>
    </message>
    <message>
        <source>authorization failed: %1</source>
        <translation>échec de l’autorisation : %1</translation>
    </message>
    <message>
        <source>the tokens could not be stored: %1</source>
        <translation>les jetons n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; authorized; the access token is in the keychain (the provider sent no refresh token: authorize again when it expires).</source>
        <translation>Compte « %1 » autorisé ; le jeton d’accès est dans le trousseau (le fournisseur n’a envoyé aucun jeton de rafraîchissement : autorisez à nouveau quand il expire).</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; authorized; the access and refresh tokens are in the keychain.</source>
        <translation>Compte « %1 » autorisé ; les jetons d’accès et de rafraîchissement sont dans le trousseau.</translation>
    </message>
    <message>
        <source>no TLS certificate was presented</source>
        <translation>aucun certificat TLS n’a été présenté</translation>
    </message>
    <message>
        <source>the server presents the certificate %1 (%2), not %3</source>
        <translation>le serveur présente le certificat %1 (%2), pas %3</translation>
    </message>
    <message>
        <source>Trust exactly one certificate (its SHA-256 fingerprint) for the account&apos;s host, although it does not verify. Unless --offline, the server is asked for it first: its subject, issuer and validity are kept, so that a changed certificate can say what changed, and a fingerprint the server does not present is refused.</source>
        <translation>Faire confiance à exactement un certificat (son empreinte SHA-256) pour l’hôte du compte, bien qu’il ne se vérifie pas. Sauf avec --offline, le serveur est d’abord interrogé : son sujet, son émetteur et sa validité sont conservés, afin qu’un certificat changé puisse dire ce qui a changé, et une empreinte que le serveur ne présente pas est refusée.</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint: 64 hex digits, colons allowed (as probe shows it).</source>
        <translation>L’empreinte SHA-256 du certificat : 64 chiffres hexadécimaux, deux-points autorisés (comme probe l’affiche).</translation>
    </message>
    <message>
        <source>Why it is trusted.</source>
        <translation>Pourquoi il est de confiance.</translation>
    </message>
    <message>
        <source>The host it is trusted for (default: the account&apos;s).</source>
        <translation>L’hôte pour lequel il est de confiance (par défaut : celui du compte).</translation>
    </message>
    <message>
        <source>Do not connect: keep only the fingerprint (a changed certificate then says only that the fingerprint changed).</source>
        <translation>Ne pas se connecter : conserver seulement l’empreinte (un certificat changé dira alors seulement que l’empreinte a changé).</translation>
    </message>
    <message>
        <source>Print the account as one JSON object afterwards.</source>
        <translation>Afficher ensuite le compte comme un seul objet JSON.</translation>
    </message>
    <message>
        <source>needs exactly one account NAME</source>
        <translation>exige exactement un compte NAME</translation>
    </message>
    <message>
        <source>needs --fingerprint SHA256</source>
        <translation>exige --fingerprint SHA256</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot;</source>
        <translation>aucun compte nommé « %1 »</translation>
    </message>
    <message>
        <source>the sandbox account trusts its own certificate already</source>
        <translation>le compte du bac à sable fait déjà confiance à son propre certificat</translation>
    </message>
    <message>
        <source>--fingerprint needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>--fingerprint a besoin d’une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points autorisés</translation>
    </message>
    <message>
        <source>not trusted: %1 (use --offline to keep the fingerprint without asking the server)</source>
        <translation>pas de confiance : %1 (utilisez --offline pour conserver l’empreinte sans interroger le serveur)</translation>
    </message>
    <message>
        <source>%1: trusts %2 for %3%4
</source>
        <translation>%1 : fait confiance à %2 pour %3%4
</translation>
    </message>
    <message>
        <source>Stop trusting a certificate the account trusts by exception.</source>
        <translation>Cesser de faire confiance à un certificat auquel le compte fait confiance par exception.</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint (colons allowed).</source>
        <translation>L’empreinte SHA-256 du certificat (deux-points autorisés).</translation>
    </message>
    <message>
        <source>Only the exception for this host.</source>
        <translation>Seulement l’exception pour cet hôte.</translation>
    </message>
    <message>
        <source>needs an account NAME and a FINGERPRINT</source>
        <translation>exige un compte NAME et une FINGERPRINT</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; with trust exceptions</source>
        <translation>aucun compte nommé « %1 » avec des exceptions de confiance</translation>
    </message>
    <message>
        <source>%1: no longer trusts %2
</source>
        <translation>%1 : ne fait plus confiance à %2
</translation>
    </message>
    <message>
        <source>the console already goes one command at a time: --step is for send, probe and verify</source>
        <translation>la console avance déjà une commande à la fois : --step sert à send, probe et verify</translation>
    </message>
    <message>
        <source>Usage: postscope-cli COMMAND [options]

Commands:
  send    [connection] [auth] [message]   send mail
  probe   [connection] [auth]             report what a server offers, with findings
  verify  [connection] [check] ADDRESS... check addresses: VRFY, EXPN or the RCPT method
  expn    [connection] [check] LIST...    EXPN each list
  raw     [connection] COMMAND...         greeting, then each command as typed
  serve   [server options]                run the sandbox server
  compose [message] --output FILE.eml     build a message without sending it
  lint    FILE.eml                        check a message before sending it
  export  --as smtplib|swaks|cli FILE     a transcript as a script doing the same
  diff    A B                             compare two transcripts
  console [connection]                    type SMTP yourself, every reply explained
  lesson  list | run NAME                 learn SMTP by doing it, against the sandbox
  account add|edit|list|remove|test|export|import|trust|untrust ...
                                          the accounts the window uses; every client
                                          command takes --account NAME

postscope-cli COMMAND --help lists a command&apos;s options.
</source>
        <translation>Utilisation : postscope-cli COMMAND [options]

Commandes :
  send    [connection] [auth] [message]   envoyer du courrier
  probe   [connection] [auth]             rapporter ce qu’offre un serveur, avec constats
  verify  [connection] [check] ADDRESS... vérifier des adresses : VRFY, EXPN ou la méthode RCPT
  expn    [connection] [check] LIST...    EXPN sur chaque liste
  raw     [connection] COMMAND...         salutation, puis chaque commande telle que saisie
  serve   [server options]                lancer le serveur bac à sable
  compose [message] --output FILE.eml     construire un message sans l’envoyer
  lint    FILE.eml                        vérifier un message avant de l’envoyer
  export  --as smtplib|swaks|cli FILE     une transcription en script qui fait de même
  diff    A B                             comparer deux transcriptions
  console [connection]                    tapez SMTP vous-même, chaque réponse expliquée
  lesson  list | run NAME                 apprendre SMTP en le pratiquant, contre le bac à sable
  account add|edit|list|remove|test|export|import|trust|untrust ...
                                          les comptes qu’utilise la fenêtre ; chaque commande
                                          client accepte --account NAME

postscope-cli COMMAND --help liste les options d’une commande.
</translation>
    </message>
    <message>
        <source>TLS handshake failed:
</source>
        <translation>Échec de la négociation TLS :
</translation>
    </message>
    <message>
        <source>TLS versions (each on its own connection):
</source>
        <translation>Versions TLS (chacune sur sa propre connexion) :
</translation>
    </message>
    <message>
        <source>Also try TLS 1.0, 1.1, 1.2 and 1.3, each on its own connection, and report which the server accepts (1.0 and 1.1 offered at OpenSSL security level 0 for that connection only).</source>
        <translation>Essayer aussi TLS 1.0, 1.1, 1.2 et 1.3, chacune sur sa propre connexion, et indiquer celles que le serveur accepte (1.0 et 1.1 proposées au niveau de sécurité OpenSSL 0 pour cette connexion seulement).</translation>
    </message>
    <message>
        <source>--tls-versions needs TLS: --security starttls, tls or opportunistic</source>
        <translation>--tls-versions exige TLS : --security starttls, tls ou opportunistic</translation>
    </message>
    <message>
        <source>%1: a token line is &quot;bearer USER TOKEN&quot;</source>
        <translation>%1 : une ligne de jeton est « bearer USER TOKEN »</translation>
    </message>
    <message>
        <source>%1: a user line is &quot;user:password&quot; or &quot;bearer USER TOKEN&quot;</source>
        <translation>%1 : une ligne d’utilisateur est « user:password » ou « bearer USER TOKEN »</translation>
    </message>
    <message>
        <source>The lowest TLS version to accept: 1.2 or 1.3 (default: what OpenSSL allows, 1.2 on Debian). A server that offers only older versions fails the handshake (exit 6).</source>
        <translation>La version TLS minimale à accepter : 1.2 ou 1.3 (par défaut : ce que permet OpenSSL, 1.2 sous Debian). Un serveur qui n’offre que des versions plus anciennes fait échouer la négociation (code de sortie 6).</translation>
    </message>
    <message>
        <source>Present this client certificate when the server asks for one: PEM (with the key, or see --client-key) or PKCS#12 (.p12/.pfx).</source>
        <translation>Présenter ce certificat client quand le serveur en demande un : PEM (avec la clé, ou voir --client-key) ou PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>La clé privée du certificat client (PEM).</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted client key or PKCS#12 file from this environment variable (never from the command line).</source>
        <translation>Lire la phrase secrète d’une clé client chiffrée ou d’un fichier PKCS#12 depuis cette variable d’environnement (jamais depuis la ligne de commande).</translation>
    </message>
    <message>
        <source>--tls-min must be 1.2 or 1.3, not &apos;%1&apos;</source>
        <translation>--tls-min doit valoir 1.2 ou 1.3, pas « %1 »</translation>
    </message>
    <message>
        <source>--client-key needs --client-cert</source>
        <translation>--client-key exige --client-cert</translation>
    </message>
    <message>
        <source>--key-passphrase-env needs --client-cert</source>
        <translation>--key-passphrase-env exige --client-cert</translation>
    </message>
    <message>
        <source>--client-cert does not apply to --socket (no TLS there)</source>
        <translation>--client-cert ne s’applique pas à --socket (pas de TLS là)</translation>
    </message>
    <message>
        <source>--key-passphrase-env: the environment variable %1 is not set</source>
        <translation>--key-passphrase-env : la variable d’environnement %1 n’est pas définie</translation>
    </message>
    <message>
        <source>(the keychain gave none for the account &apos;%1&apos;: %2)</source>
        <translation>(le trousseau n’en a donné aucun pour le compte « %1 » : %2)</translation>
    </message>
    <message>
        <source>trusts %1 for %2</source>
        <translation>fait confiance à %1 pour %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>certificat client %1</translation>
    </message>
    <message>
        <source>TLS %1 or later</source>
        <translation>TLS %1 ou ultérieur</translation>
    </message>
    <message>
        <source>the keychain did not store the signing key&apos;s passphrase: %1 Nothing was stored.</source>
        <translation>le trousseau n’a pas enregistré la phrase secrète de la clé de signature : %1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>How the account signs and encrypts: smime, openpgp or none (none forgets the S/MIME and OpenPGP settings).</source>
        <translation>Comment le compte signe et chiffre : smime, openpgp ou none (none oublie les réglages S/MIME et OpenPGP).</translation>
    </message>
    <message>
        <source>S/MIME signing certificate (PEM, or PKCS#12 with the key).</source>
        <translation>Certificat de signature S/MIME (PEM, ou PKCS#12 avec la clé).</translation>
    </message>
    <message>
        <source>Environment variable holding the S/MIME key&apos;s or PKCS#12 passphrase (kept in the keychain only).</source>
        <translation>Variable d’environnement contenant la phrase secrète de la clé S/MIME ou du PKCS#12 (gardée uniquement dans le trousseau).</translation>
    </message>
    <message>
        <source>Certificates to encrypt to: a PEM file or a folder of them (repeatable; replaces the list; each recipient gets the one naming its address).</source>
        <translation>Certificats pour lesquels chiffrer : un fichier PEM ou un dossier de fichiers PEM (répétable ; remplace la liste ; chaque destinataire reçoit celui qui nomme son adresse).</translation>
    </message>
    <message>
        <source>OpenPGP signing key (fingerprint, key id or address in GNUPGHOME); recipients&apos; keys are found by address.</source>
        <translation>Clé de signature OpenPGP (empreinte, identifiant de clé ou adresse dans GNUPGHOME) ; les clés des destinataires sont trouvées par leur adresse.</translation>
    </message>
    <message>
        <source>Sign every message unless told not to (--no-sign).</source>
        <translation>Signer chaque message sauf indication contraire (--no-sign).</translation>
    </message>
    <message>
        <source>Sign only when asked (--sign).</source>
        <translation>Signer uniquement sur demande (--sign).</translation>
    </message>
    <message>
        <source>Encrypt every message unless told not to (--no-encrypt).</source>
        <translation>Chiffrer chaque message sauf indication contraire (--no-encrypt).</translation>
    </message>
    <message>
        <source>Encrypt only when asked (--encrypt).</source>
        <translation>Chiffrer uniquement sur demande (--encrypt).</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=); the account then signs all its mail.</source>
        <translation>Domaine de signature DKIM (d=) ; le compte signe alors tout son courrier.</translation>
    </message>
    <message>
        <source>Forget the account&apos;s DKIM settings.</source>
        <translation>Oublier les réglages DKIM du compte.</translation>
    </message>
    <message>
        <source>--message-security is smime, openpgp or none, not &apos;%1&apos;</source>
        <translation>--message-security vaut smime, openpgp ou none, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--message-security none and the --smime-*/--pgp-key options exclude each other</source>
        <translation>--message-security none et les options --smime-*/--pgp-key s’excluent mutuellement</translation>
    </message>
    <message>
        <source>choose S/MIME (--smime-*) or OpenPGP (--pgp-key), or say which with --message-security</source>
        <translation>choisissez S/MIME (--smime-*) ou OpenPGP (--pgp-key), ou indiquez lequel avec --message-security</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 et --%2 s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--no-dkim and the --dkim-* options exclude each other</source>
        <translation>--no-dkim et les options --dkim-* s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--smime-passphrase-env needs --smime-cert</source>
        <translation>--smime-passphrase-env a besoin de --smime-cert</translation>
    </message>
    <message>
        <source>    S/MIME: certificate %1%2; encrypts to %3%4
</source>
        <translation>    S/MIME : certificat %1%2 ; chiffre pour %3%4
</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, clé %1</translation>
    </message>
    <message>
        <source>(no certificates)</source>
        <translation>(aucun certificat)</translation>
    </message>
    <message>
        <source>; signs by default</source>
        <translation>; signe par défaut</translation>
    </message>
    <message>
        <source>; encrypts by default</source>
        <translation>; chiffre par défaut</translation>
    </message>
    <message>
        <source>    OpenPGP: key %1%2
</source>
        <translation>    OpenPGP : clé %1%2
</translation>
    </message>
    <message>
        <source>    DKIM: d=%1 s=%2 key %3 (%4)
</source>
        <translation>    DKIM : d=%1 s=%2 clé %3 (%4)
</translation>
    </message>
    <message>
        <source>Sign the message: S/MIME with --smime-cert, OpenPGP with --pgp-key, else as the --account is set up.</source>
        <translation>Signer le message : S/MIME avec --smime-cert, OpenPGP avec --pgp-key, sinon selon la configuration du --account.</translation>
    </message>
    <message>
        <source>Do not sign, although the --account signs by default.</source>
        <translation>Ne pas signer, même si le --account signe par défaut.</translation>
    </message>
    <message>
        <source>Do not encrypt, although the --account encrypts by default.</source>
        <translation>Ne pas chiffrer, même si le --account chiffre par défaut.</translation>
    </message>
    <message>
        <source>Do not add the --account&apos;s DKIM signature.</source>
        <translation>Ne pas ajouter la signature DKIM du --account.</translation>
    </message>
    <message>
        <source>--%1 and --no-%1 exclude each other</source>
        <translation>--%1 et --no-%1 s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--sign and --encrypt need --smime-cert/--smime-recipient-cert, --pgp-key/--pgp-recipient, or an --account with S/MIME or OpenPGP</source>
        <translation>--sign et --encrypt ont besoin de --smime-cert/--smime-recipient-cert, de --pgp-key/--pgp-recipient, ou d’un --account avec S/MIME ou OpenPGP</translation>
    </message>
    <message>
        <source>--sign with S/MIME needs --smime-cert (or an account&apos;s certificate)</source>
        <translation>--sign avec S/MIME a besoin de --smime-cert (ou du certificat d’un compte)</translation>
    </message>
    <message>
        <source>--sign with OpenPGP needs --pgp-key (or an account&apos;s key)</source>
        <translation>--sign avec OpenPGP a besoin de --pgp-key (ou de la clé d’un compte)</translation>
    </message>
    <message>
        <source>--encrypt with S/MIME needs --smime-recipient-cert (or an account&apos;s recipient certificates)</source>
        <translation>--encrypt avec S/MIME a besoin de --smime-recipient-cert (ou des certificats de destinataires d’un compte)</translation>
    </message>
</context>
<context>
    <name>postscope::cli::ClientCommand</name>
    <message>
        <source>Server to connect to; IPv6 as [addr]:port (default: localhost).</source>
        <translation>Serveur auquel se connecter ; IPv6 sous la forme [adr]:port (par défaut : localhost).</translation>
    </message>
    <message>
        <source>Connect to a Unix-domain socket instead.</source>
        <translation>Se connecter plutôt à un socket de domaine Unix.</translation>
    </message>
    <message>
        <source>Speak LMTP (LHLO, one reply per recipient after DATA).</source>
        <translation>Parler LMTP (LHLO, une réponse par destinataire après DATA).</translation>
    </message>
    <message>
        <source>none, starttls (required, fails closed), tls (implicit) or opportunistic (default: starttls).</source>
        <translation>none, starttls (obligatoire, échoue en restant fermé), tls (implicite) ou opportunistic (par défaut : starttls).</translation>
    </message>
    <message>
        <source>Name for EHLO/HELO/LHLO (default: the local FQDN or an address literal).</source>
        <translation>Nom pour EHLO/HELO/LHLO (par défaut : le FQDN local ou un littéral d’adresse).</translation>
    </message>
    <message>
        <source>Deadline in seconds for the connect, the TLS handshake and each reply, counted from when the wait began (a server that trickles bytes cannot extend it); the message data may take this plus its size at 64 KiB/s, and fails once the server takes none of it for this long (default: 30).</source>
        <translation>Délai en secondes pour la connexion, la négociation TLS et chaque réponse, compté depuis le début de l’attente (un serveur qui distille les octets ne peut pas le prolonger) ; les données du message peuvent prendre ce délai plus leur taille à 64 Kio/s, et échouent dès que le serveur n’en prend rien pendant ce temps (par défaut : 30).</translation>
    </message>
    <message>
        <source>Extra trust anchors (PEM).</source>
        <translation>Ancres de confiance supplémentaires (PEM).</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint despite verification errors.</source>
        <translation>Accepter exactement le certificat ayant cette empreinte SHA-256 malgré les erreurs de vérification.</translation>
    </message>
    <message>
        <source>Write the session transcript to FILE (- for standard output).</source>
        <translation>Écrire la transcription de la session dans FICHIER (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>text (C:/S: lines, control characters escaped as \r, \x1b...) or json (one JSON object per line, exact bytes) (default: text).</source>
        <translation>text (lignes C:/S:, caractères de contrôle échappés en \r, \x1b...) ou json (un objet JSON par ligne, octets exacts) (par défaut : text).</translation>
    </message>
    <message>
        <source>smtplib&apos;s debug levels on standard error; 2 adds timestamps.</source>
        <translation>Niveaux de débogage de smtplib sur la sortie d’erreur ; 2 ajoute l’horodatage.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat comme un seul objet JSON.</translation>
    </message>
    <message>
        <source>auto or off (default: auto).</source>
        <translation>auto ou off (par défaut : auto).</translation>
    </message>
    <message>
        <source>Connect from this local address (and port), like smtplib&apos;s source_address; IPv6 as [addr]:port.</source>
        <translation>Se connecter depuis cette adresse locale (et ce port), comme source_address de smtplib ; IPv6 sous la forme [adr]:port.</translation>
    </message>
    <message>
        <source>Use IPv4 addresses of the server only.</source>
        <translation>N’utiliser que les adresses IPv4 du serveur.</translation>
    </message>
    <message>
        <source>Use IPv6 addresses of the server only.</source>
        <translation>N’utiliser que les adresses IPv6 du serveur.</translation>
    </message>
    <message>
        <source>SASL mechanism, or auto for the strongest both sides support (without TLS: only one that does not reveal the password, see --allow-plaintext-auth).</source>
        <translation>Mécanisme SASL, ou auto pour le plus fort que les deux côtés prennent en charge (sans TLS : seulement un qui ne révèle pas le mot de passe, voir --allow-plaintext-auth).</translation>
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation>Nom d’utilisateur pour AUTH.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lire le mot de passe dans cette variable d’environnement.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Lire le mot de passe sur la première ligne de ce fichier.</translation>
    </message>
    <message>
        <source>Allow AUTH PLAIN or LOGIN, which send the password itself, over a connection without TLS (security none or opportunistic without STARTTLS, or a Unix socket). Refused otherwise, with nothing sent (exit 11); auto then picks only CRAM-MD5 or SCRAM.</source>
        <translation>Autoriser AUTH PLAIN ou LOGIN, qui envoient le mot de passe lui-même, sur une connexion sans TLS (sécurité none ou opportunistic sans STARTTLS, ou un socket Unix). Refusé sinon, sans rien envoyer (code de sortie 11) ; auto ne choisit alors que CRAM-MD5 ou SCRAM.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Try &apos;postscope-cli %1 --help&apos;.
</source>
        <translation>Essayez &apos;postscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>a password is never taken from the command line (it would show in ps and in the shell history): use --password-env VAR, --password-file FILE or the prompt</source>
        <translation>un mot de passe n’est jamais pris sur la ligne de commande (il apparaîtrait dans ps et dans l’historique du shell) : utilisez --password-env VAR, --password-file FICHIER ou la saisie</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 et -6 s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--source-address, -4 and -6 do not apply to --socket</source>
        <translation>--source-address, -4 et -6 ne s’appliquent pas à --socket</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>--source-address « %1 » : « ] » manque</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>--source-address « %1 » : « :PORT » attendu après « ] »</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: not an IP address</source>
        <translation>--source-address « %1 » : pas une adresse IP</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos; is not of the family -4/-6 asks for</source>
        <translation>--source-address « %1 » n’est pas de la famille que demande -4/-6</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: &apos;%2&apos; is not a port number</source>
        <translation>--source-address « %1 » : « %2 » n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>--server %1 is not of the family -4/-6 asks for</source>
        <translation>--server %1 n’est pas de la famille que demande -4/-6</translation>
    </message>
    <message>
        <source>--security must be none, starttls, tls or opportunistic, not &apos;%1&apos;</source>
        <translation>--security doit valoir none, starttls, tls ou opportunistic, pas « %1 »</translation>
    </message>
    <message>
        <source>--server and --socket exclude each other</source>
        <translation>--server et --socket s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation>--socket a besoin d’un chemin</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>--server « %1 » : « ] » manque</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>--server « %1 » : « :PORT » attendu après « ] »</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: not an IPv6 address in brackets</source>
        <translation>--server « %1 » : pas une adresse IPv6 entre crochets</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: no host</source>
        <translation>--server « %1 » : pas d’hôte</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: &apos;%2&apos; is not a port number</source>
        <translation>--server « %1 » : « %2 » n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>--helo needs one name without spaces or line breaks</source>
        <translation>--helo a besoin d’un nom sans espaces ni sauts de ligne</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1 : %2</translation>
    </message>
    <message>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>--trust-fingerprint a besoin d’une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points autorisés</translation>
    </message>
    <message>
        <source>--transcript needs a file name or -</source>
        <translation>--transcript a besoin d’un nom de fichier ou de -</translation>
    </message>
    <message>
        <source>--transcript-format must be text or json</source>
        <translation>--transcript-format doit valoir text ou json</translation>
    </message>
    <message>
        <source>--transcript-format needs --transcript</source>
        <translation>--transcript-format a besoin de --transcript</translation>
    </message>
    <message>
        <source>--debug must be 0, 1 or 2</source>
        <translation>--debug doit valoir 0, 1 ou 2</translation>
    </message>
    <message>
        <source>--%1 must be auto or off</source>
        <translation>--%1 doit valoir auto ou off</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user a besoin d’un nom</translation>
    </message>
    <message>
        <source>--auth needs --user</source>
        <translation>--auth a besoin de --user</translation>
    </message>
    <message>
        <source>--password-env and --password-file need --user</source>
        <translation>--password-env et --password-file ont besoin de --user</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>aucun mot de passe donné</translation>
    </message>
    <message>
        <source>--user needs a password: --password-env VAR, --password-file FILE, or a terminal to prompt on</source>
        <translation>--user a besoin d’un mot de passe : --password-env VAR, --password-file FICHIER, ou un terminal pour le demander</translation>
    </message>
    <message>
        <source>Start from this account&apos;s settings (postscope-cli account list); the options given here override them. The password comes from the keychain unless --password-env or --password-file is given.</source>
        <translation>Partir des réglages de ce compte (postscope-cli account list) ; les options données ici les remplacent. Le mot de passe vient du trousseau sauf si --password-env ou --password-file est donné.</translation>
    </message>
    <message>
        <source>--account does not apply here</source>
        <translation>--account ne s’applique pas ici</translation>
    </message>
    <message>
        <source>--account: there is no account named &apos;%1&apos; (see postscope-cli account list)</source>
        <translation>--account : il n’y a pas de compte nommé « %1 » (voir postscope-cli account list)</translation>
    </message>
    <message>
        <source>--account %1: %2</source>
        <translation>--account %1 : %2</translation>
    </message>
    <message>
        <source>the account&apos;s source address %1 is not of the family -4/-6 asks for: give --source-address too</source>
        <translation>l’adresse source %1 du compte n’est pas de la famille que demande -4/-6 : donnez aussi --source-address</translation>
    </message>
    <message>
        <source>no password from the keychain for the account &apos;%1&apos;: %2</source>
        <translation>pas de mot de passe du trousseau pour le compte « %1 » : %2</translation>
    </message>
    <message>
        <source>the keychain holds no password for the account &apos;%1&apos;</source>
        <translation>le trousseau ne contient pas de mot de passe pour le compte « %1 »</translation>
    </message>
    <message>
        <source>Give --password-env VAR or --password-file FILE, or run on a terminal to be asked; postscope-cli account edit %1 --password-env VAR stores one.
</source>
        <translation>Donnez --password-env VAR ou --password-file FICHIER, ou lancez sur un terminal pour qu’il soit demandé ; postscope-cli account edit %1 --password-env VAR en enregistre un.
</translation>
    </message>
    <message>
        <source>Step mode: before each command say what it is and why, and wait (Enter: send it; c: go on at full speed; q: stop with QUIT); after it, what came back and what it means. One command at a time (no pipelining). On standard error.</source>
        <translation>Mode pas à pas : avant chaque commande, dire ce qu’elle est et pourquoi, et attendre (Entrée : l’envoyer ; c : continuer à pleine vitesse ; q : arrêter avec QUIT) ; après, ce qui est revenu et ce que cela signifie. Une commande à la fois (pas de pipelining). Sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token (XOAUTH2, OAUTHBEARER) from this environment variable.</source>
        <translation>Lire le jeton d’accès OAuth 2.0 (XOAUTH2, OAUTHBEARER) depuis cette variable d’environnement.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token (XOAUTH2, OAUTHBEARER) from the first line of this file.</source>
        <translation>Lire le jeton d’accès OAuth 2.0 (XOAUTH2, OAUTHBEARER) depuis la première ligne de ce fichier.</translation>
    </message>
    <message>
        <source>How auto ranks the mechanisms both sides support: postscope (strongest first) or smtplib (CRAM-MD5, PLAIN, LOGIN, as smtplib&apos;s login()). After a failure reply the next one is tried (default: postscope).</source>
        <translation>Comment auto classe les mécanismes pris en charge des deux côtés : postscope (le plus fort d’abord) ou smtplib (CRAM-MD5, PLAIN, LOGIN, comme login() de smtplib). Après une réponse d’échec, le suivant est essayé (par défaut : postscope).</translation>
    </message>
    <message>
        <source>Show the password or token in the decoded AUTH steps of the transcript and --debug (redacted otherwise). The AUTH lines themselves stay redacted.</source>
        <translation>Afficher le mot de passe ou le jeton dans les étapes AUTH décodées de la transcription et de --debug (masqués sinon). Les lignes AUTH elles-mêmes restent masquées.</translation>
    </message>
    <message>
        <source>--auth %1 is not a mechanism this build can do (%2, or auto; --auth list says more)</source>
        <translation>--auth %1 n’est pas un mécanisme que cette version sait faire (%2, ou auto ; --auth list en dit plus)</translation>
    </message>
    <message>
        <source>--token-env and --token-file need --user</source>
        <translation>--token-env et --token-file exigent --user</translation>
    </message>
    <message>
        <source>--auth-order is postscope or smtplib, not &apos;%1&apos;</source>
        <translation>--auth-order vaut postscope ou smtplib, pas « %1 »</translation>
    </message>
    <message>
        <source>give a password (--password-env, --password-file) or an access token (--token-env, --token-file), not both</source>
        <translation>donnez un mot de passe (--password-env, --password-file) ou un jeton d’accès (--token-env, --token-file), pas les deux</translation>
    </message>
    <message>
        <source>--auth %1 takes a password; an access token goes with XOAUTH2 or OAUTHBEARER (or auto)</source>
        <translation>--auth %1 prend un mot de passe ; un jeton d’accès va avec XOAUTH2 ou OAUTHBEARER (ou auto)</translation>
    </message>
    <message>
        <source>--auth %1 needs an OAuth 2.0 access token: --token-env VAR or --token-file FILE</source>
        <translation>--auth %1 exige un jeton d’accès OAuth 2.0 : --token-env VAR ou --token-file FILE</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 et --%2 s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--%1: the environment variable &apos;%2&apos; is not set</source>
        <translation>--%1 : la variable d’environnement « %2 » n’est pas définie</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2 : %3</translation>
    </message>
    <message>
        <source>--%1: the %2 is empty</source>
        <translation>--%1 : le %2 est vide</translation>
    </message>
    <message>
        <source>SASL mechanisms this machine can do (--auth NAME, or auto):
</source>
        <translation>Mécanismes SASL que cette machine sait faire (--auth NAME, ou auto) :
</translation>
    </message>
    <message>
        <source>auto order: postscope %1; smtplib %2 (--auth-order).
</source>
        <translation>ordre auto : postscope %1 ; smtplib %2 (--auth-order).
</translation>
    </message>
    <message>
        <source>PLAIN, LOGIN, XOAUTH2 and OAUTHBEARER send the secret as it is: only over TLS unless --allow-plaintext-auth.
</source>
        <translation>PLAIN, LOGIN, XOAUTH2 et OAUTHBEARER envoient le secret tel quel : uniquement via TLS sauf avec --allow-plaintext-auth.
</translation>
    </message>
</context>
<context>
    <name>postscope::cli::ClientRun</name>
    <message>
        <source>postscope-cli: cannot write the transcript to %1: %2
</source>
        <translation>postscope-cli : impossible d’écrire la transcription dans %1 : %2
</translation>
    </message>
    <message>
        <source>Use --security starttls or tls, or allow it with --allow-plaintext-auth.</source>
        <translation>Utilisez --security starttls ou tls, ou autorisez-le avec --allow-plaintext-auth.</translation>
    </message>
</context>
<context>
    <name>postscope::cli::TerminalConsole</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::cli::TerminalStepper</name>
    <message>
        <source>(the message data)</source>
        <translation>(les données du message)</translation>
    </message>
    <message>
        <source>
next: %1
  why: %2
[Enter: send it, c: go on at full speed, q: stop] </source>
        <translation>
suivant : %1
  pourquoi : %2
[Entrée : l’envoyer, c : continuer à pleine vitesse, q : arrêter] </translation>
    </message>
    <message>
        <source>  got:</source>
        <translation>  reçu :</translation>
    </message>
</context>
<context>
    <name>postscope::cli::account</name>
    <message numerus="yes">
        <source>%n account(s) imported.
</source>
        <translation>
            <numerusform>%n compte importé.
</numerusform>
            <numerusform>%n comptes importés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>add an account; the password to the keychain</source>
        <translation>ajouter un compte ; le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>change an account</source>
        <translation>modifier un compte</translation>
    </message>
    <message>
        <source>list the accounts, never a secret</source>
        <translation>lister les comptes, jamais un secret</translation>
    </message>
    <message>
        <source>remove an account and its secrets</source>
        <translation>supprimer un compte et ses secrets</translation>
    </message>
    <message>
        <source>probe the server and log in as the account</source>
        <translation>sonder le serveur et se connecter en tant que ce compte</translation>
    </message>
    <message>
        <source>write accounts as JSON, without secrets</source>
        <translation>écrire les comptes en JSON, sans secrets</translation>
    </message>
    <message>
        <source>read accounts from an export</source>
        <translation>lire les comptes d’un export</translation>
    </message>
    <message>
        <source>OAuth 2.0 in the browser; the tokens to the keychain</source>
        <translation>OAuth 2.0 dans le navigateur ; les jetons vers le trousseau</translation>
    </message>
    <message>
        <source>trust exactly one certificate for the account&apos;s host</source>
        <translation>faire confiance à exactement un certificat pour l’hôte du compte</translation>
    </message>
    <message>
        <source>stop trusting that certificate</source>
        <translation>cesser de faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>postscope::console</name>
    <message numerus="yes">
        <source>the message data, %n octet(s) as they go out: every line ends in CRLF, a leading dot is doubled, and CRLF.CRLF ends it (RFC 5321 4.1.1.4, 4.5.2)</source>
        <translation>
            <numerusform>les données du message, %n octet tel qu’il part : chaque ligne finit par CRLF, un point de tête est doublé, et CRLF.CRLF les termine (RFC 5321 4.1.1.4, 4.5.2)</numerusform>
            <numerusform>les données du message, %n octets tels qu’ils partent : chaque ligne finit par CRLF, un point de tête est doublé, et CRLF.CRLF les termine (RFC 5321 4.1.1.4, 4.5.2)</numerusform>
        </translation>
    </message>
    <message>
        <source>introduce the client and ask which extensions the server offers (RFC 5321 4.1.1.1)</source>
        <translation>présenter le client et demander quelles extensions le serveur offre (RFC 5321 4.1.1.1)</translation>
    </message>
    <message>
        <source>introduce the client to the LMTP server and ask for its extensions (RFC 2033 4.1)</source>
        <translation>présenter le client au serveur LMTP et demander ses extensions (RFC 2033 4.1)</translation>
    </message>
    <message>
        <source>introduce the client the RFC 821 way, with no extensions (RFC 5321 4.1.1.1)</source>
        <translation>présenter le client à la manière de la RFC 821, sans extensions (RFC 5321 4.1.1.1)</translation>
    </message>
    <message>
        <source>ask to turn the connection into TLS; everything after it is encrypted (RFC 3207)</source>
        <translation>demander à passer la connexion en TLS ; tout ce qui suit est chiffré (RFC 3207)</translation>
    </message>
    <message>
        <source>log in with the SASL mechanism %1 (RFC 4954); the secret is shown as ********</source>
        <translation>se connecter avec le mécanisme SASL %1 (RFC 4954) ; le secret est affiché ********</translation>
    </message>
    <message>
        <source>answer the server&apos;s SASL challenge (RFC 4954 4)</source>
        <translation>répondre au défi SASL du serveur (RFC 4954 4)</translation>
    </message>
    <message>
        <source>start a mail transaction: the reverse path, where reports about the message go (RFC 5321 4.1.1.2)</source>
        <translation>commencer une transaction de courrier : le chemin de retour, où vont les rapports sur le message (RFC 5321 4.1.1.2)</translation>
    </message>
    <message>
        <source>name one recipient (RFC 5321 4.1.1.3)</source>
        <translation>nommer un destinataire (RFC 5321 4.1.1.3)</translation>
    </message>
    <message>
        <source>ask to send the message; the server answers 354 when it is ready (RFC 5321 4.1.1.4)</source>
        <translation>demander à envoyer le message ; le serveur répond 354 quand il est prêt (RFC 5321 4.1.1.4)</translation>
    </message>
    <message numerus="yes">
        <source>send a chunk of the message with its size, %n octet(s) after the command line (RFC 3030)</source>
        <translation>
            <numerusform>envoyer un bloc du message avec sa taille, %n octet après la ligne de commande (RFC 3030)</numerusform>
            <numerusform>envoyer un bloc du message avec sa taille, %n octets après la ligne de commande (RFC 3030)</numerusform>
        </translation>
    </message>
    <message>
        <source>abandon the transaction (RFC 5321 4.1.1.5)</source>
        <translation>abandonner la transaction (RFC 5321 4.1.1.5)</translation>
    </message>
    <message>
        <source>ask whether the server knows this mailbox (RFC 5321 4.1.1.6)</source>
        <translation>demander si le serveur connaît cette boîte (RFC 5321 4.1.1.6)</translation>
    </message>
    <message>
        <source>ask for the members of this list (RFC 5321 4.1.1.7)</source>
        <translation>demander les membres de cette liste (RFC 5321 4.1.1.7)</translation>
    </message>
    <message>
        <source>ask the server for help text (RFC 5321 4.1.1.8)</source>
        <translation>demander un texte d’aide au serveur (RFC 5321 4.1.1.8)</translation>
    </message>
    <message>
        <source>do nothing but get a reply: is the server still there? (RFC 5321 4.1.1.9)</source>
        <translation>ne rien faire qu’obtenir une réponse : le serveur est-il toujours là ? (RFC 5321 4.1.1.9)</translation>
    </message>
    <message>
        <source>end the session; the server answers 221 and closes (RFC 5321 4.1.1.10)</source>
        <translation>terminer la session ; le serveur répond 221 et ferme (RFC 5321 4.1.1.10)</translation>
    </message>
    <message>
        <source>a line as typed</source>
        <translation>une ligne telle que tapée</translation>
    </message>
</context>
<context>
    <name>postscope::console::ConsoleModel</name>
    <message>
        <source>The connection is closed: nothing you send arrives.</source>
        <translation>La connexion est fermée : rien de ce que vous envoyez n’arrive.</translation>
    </message>
    <message>
        <source>%1 is not an SMTP command: expect 500 (RFC 5321 4.2.4).</source>
        <translation>%1 n’est pas une commande SMTP : attendez-vous à 500 (RFC 5321 4.2.4).</translation>
    </message>
    <message>
        <source>This is LMTP: greet with LHLO, not %1 (RFC 2033 4.1).</source>
        <translation>C’est du LMTP : saluez par LHLO, pas par %1 (RFC 2033 4.1).</translation>
    </message>
    <message>
        <source>LHLO is for LMTP; this server speaks SMTP: use EHLO.</source>
        <translation>LHLO est pour LMTP ; ce serveur parle SMTP : utilisez EHLO.</translation>
    </message>
    <message>
        <source>%1 needs your host&apos;s name (RFC 5321 4.1.1.1): expect 501.</source>
        <translation>%1 a besoin du nom de votre hôte (RFC 5321 4.1.1.1) : attendez-vous à 501.</translation>
    </message>
    <message>
        <source>%1 needs an argument: a user name or an address.</source>
        <translation>%1 a besoin d’un argument : un nom d’utilisateur ou une adresse.</translation>
    </message>
    <message>
        <source>Greet the server with %1 first (RFC 5321 4.1.4): expect 503.</source>
        <translation>Saluez d’abord le serveur par %1 (RFC 5321 4.1.4) : attendez-vous à 503.</translation>
    </message>
    <message>
        <source>TLS is already on: expect 503.</source>
        <translation>TLS est déjà actif : attendez-vous à 503.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS in its EHLO reply (RFC 3207 4): expect a refusal.</source>
        <translation>Le serveur n’a pas offert STARTTLS dans sa réponse à EHLO (RFC 3207 4) : attendez-vous à un refus.</translation>
    </message>
    <message>
        <source>STARTTLS in the middle of a transaction: expect 503; RSET first.</source>
        <translation>STARTTLS au milieu d’une transaction : attendez-vous à 503 ; RSET d’abord.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH here (RFC 4954 3)%1: expect a refusal.</source>
        <translation>Le serveur n’a pas offert AUTH ici (RFC 4954 3)%1 : attendez-vous à un refus.</translation>
    </message>
    <message>
        <source>; it may after STARTTLS</source>
        <translation>; il le peut après STARTTLS</translation>
    </message>
    <message>
        <source>You are already authenticated (RFC 4954 4): expect 503.</source>
        <translation>Vous êtes déjà authentifié (RFC 4954 4) : attendez-vous à 503.</translation>
    </message>
    <message>
        <source>AUTH is not allowed in a mail transaction (RFC 4954 4): expect 503.</source>
        <translation>AUTH n’est pas autorisé dans une transaction de courrier (RFC 4954 4) : attendez-vous à 503.</translation>
    </message>
    <message>
        <source>AUTH needs a mechanism: one of %1.</source>
        <translation>AUTH a besoin d’un mécanisme : l’un de %1.</translation>
    </message>
    <message>
        <source>The server did not offer %1 (it offers %2): expect 504.</source>
        <translation>Le serveur n’a pas offert %1 (il offre %2) : attendez-vous à 504.</translation>
    </message>
    <message>
        <source>A transaction is open already: one MAIL per transaction (RFC 5321 4.1.4); RSET or finish it first. Expect 503.</source>
        <translation>Une transaction est déjà ouverte : un MAIL par transaction (RFC 5321 4.1.4) ; faites RSET ou terminez-la d’abord. Attendez-vous à 503.</translation>
    </message>
    <message>
        <source>The syntax is MAIL FROM:&lt;address&gt; [parameters] (RFC 5321 4.1.1.2): %1. Expect 501.</source>
        <translation>La syntaxe est MAIL FROM:&lt;adresse&gt; [paramètres] (RFC 5321 4.1.1.2) : %1. Attendez-vous à 501.</translation>
    </message>
    <message>
        <source>RCPT comes after MAIL FROM (RFC 5321 4.1.4): expect 503.</source>
        <translation>RCPT vient après MAIL FROM (RFC 5321 4.1.4) : attendez-vous à 503.</translation>
    </message>
    <message>
        <source>The syntax is RCPT TO:&lt;address&gt; [parameters] (RFC 5321 4.1.1.3): %1. Expect 501.</source>
        <translation>La syntaxe est RCPT TO:&lt;adresse&gt; [paramètres] (RFC 5321 4.1.1.3) : %1. Attendez-vous à 501.</translation>
    </message>
    <message>
        <source>The server did not offer CHUNKING (RFC 3030): expect 502.</source>
        <translation>Le serveur n’a pas offert CHUNKING (RFC 3030) : attendez-vous à 502.</translation>
    </message>
    <message>
        <source>No recipient was accepted: %1 would have nowhere to go (RFC 5321 3.3). Expect 503 or 554.</source>
        <translation>Aucun destinataire n’a été accepté : %1 n’aurait nulle part où aller (RFC 5321 3.3). Attendez-vous à 503 ou 554.</translation>
    </message>
    <message>
        <source>%1 comes after MAIL FROM and at least one accepted RCPT TO (RFC 5321 4.1.4): expect 503.</source>
        <translation>%1 vient après MAIL FROM et au moins un RCPT TO accepté (RFC 5321 4.1.4) : attendez-vous à 503.</translation>
    </message>
    <message>
        <source>The syntax is BDAT size [LAST] (RFC 3030 2): expect 501.</source>
        <translation>La syntaxe est BDAT taille [LAST] (RFC 3030 2) : attendez-vous à 501.</translation>
    </message>
    <message>
        <source>Parameters need EHLO (HELO offers no extensions): expect 555.</source>
        <translation>Les paramètres demandent EHLO (HELO n’offre aucune extension) : attendez-vous à 555.</translation>
    </message>
    <message>
        <source>A non-ASCII address needs SMTPUTF8 on MAIL (RFC 6531 3.4): expect 553.</source>
        <translation>Une adresse non ASCII demande SMTPUTF8 sur MAIL (RFC 6531 3.4) : attendez-vous à 553.</translation>
    </message>
    <message>
        <source>The server does not know the parameter %1: expect 555.</source>
        <translation>Le serveur ne connaît pas le paramètre %1 : attendez-vous à 555.</translation>
    </message>
    <message>
        <source>%1 needs the %2 extension, which the server did not offer: expect 555.</source>
        <translation>%1 a besoin de l’extension %2, que le serveur n’a pas offerte : attendez-vous à 555.</translation>
    </message>
    <message>
        <source>SIZE=%1 is over the server&apos;s limit of %2 octets (RFC 1870 6.1): expect 552.</source>
        <translation>SIZE=%1 dépasse la limite du serveur de %2 octets (RFC 1870 6.1) : attendez-vous à 552.</translation>
    </message>
</context>
<context>
    <name>postscope::console::ConsoleSession</name>
    <message>
        <source>** TLS handshake done: %1, %2</source>
        <translation>** négociation TLS terminée : %1, %2</translation>
    </message>
    <message>
        <source>** certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>** certificat : %1, émis par %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>** the certificate is verified for this host</source>
        <translation>** le certificat est vérifié pour cet hôte</translation>
    </message>
    <message>
        <source>** the certificate is NOT verified</source>
        <translation>** le certificat n’est PAS vérifié</translation>
    </message>
    <message>
        <source>** everything learnt before TLS is forgotten: say EHLO again (RFC 3207 4.2)</source>
        <translation>** tout ce qui a été appris avant TLS est oublié : redites EHLO (RFC 3207 4.2)</translation>
    </message>
    <message>
        <source>** %1: %2 %3</source>
        <translation>** %1 : %2 %3</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>!! %1</source>
        <translation>!! %1</translation>
    </message>
    <message>
        <source>user: </source>
        <translation>utilisateur : </translation>
    </message>
    <message>
        <source>password: </source>
        <translation>mot de passe : </translation>
    </message>
    <message>
        <source>send it anyway? [Enter or y: send; anything else: do not] </source>
        <translation>l’envoyer quand même ? [Entrée ou y : envoyer ; autre chose : non] </translation>
    </message>
    <message>
        <source>** challenge decoded: %1</source>
        <translation>** défi décodé : %1</translation>
    </message>
    <message>
        <source>!! wait for the server&apos;s reply first</source>
        <translation>!! attendez d’abord la réponse du serveur</translation>
    </message>
    <message>
        <source>** not sent</source>
        <translation>** non envoyé</translation>
    </message>
    <message>
        <source>!! warning: %1</source>
        <translation>!! avertissement : %1</translation>
    </message>
    <message>
        <source>** sent anyway</source>
        <translation>** envoyé quand même</translation>
    </message>
    <message>
        <source>!! /bytes: a broken escape (use \r \n \t \\ \xHH)</source>
        <translation>!! /bytes : un échappement invalide (utilisez \r \n \t \\ \xHH)</translation>
    </message>
    <message numerus="yes">
        <source>** /bytes: %n octet(s) exactly as written, no dot-stuffing, no line ending added</source>
        <translation>
            <numerusform>** /bytes : %n octet exactement tel qu’écrit, sans doublement des points, sans fin de ligne ajoutée</numerusform>
            <numerusform>** /bytes : %n octets exactement tels qu’écrits, sans doublement des points, sans fin de ligne ajoutée</numerusform>
        </translation>
    </message>
    <message>
        <source>** dot-stuffed (RFC 5321 4.5.2): the line goes out as &quot;%1&quot;</source>
        <translation>** point doublé (RFC 5321 4.5.2) : la ligne part sous la forme « %1 »</translation>
    </message>
    <message>
        <source>** end of data: &lt;CRLF&gt;.&lt;CRLF&gt; (RFC 5321 4.1.1.4)</source>
        <translation>** fin des données : &lt;CRLF&gt;.&lt;CRLF&gt; (RFC 5321 4.1.1.4)</translation>
    </message>
    <message>
        <source>!! this build cannot do %1</source>
        <translation>!! cette version ne sait pas faire %1</translation>
    </message>
    <message>
        <source>** AUTH helper: the console asks for the user and the password (not shown) and answers the server&apos;s challenges for %1; each step is decoded below, the secrets are redacted</source>
        <translation>** assistant AUTH : la console demande l’utilisateur et le mot de passe (non affiché) et répond aux défis du serveur pour %1 ; chaque étape est décodée ci-dessous, les secrets sont masqués</translation>
    </message>
    <message>
        <source>** valid now: %1</source>
        <translation>** valides maintenant : %1</translation>
    </message>
    <message>
        <source>** /send FROM TO[,TO...]: send a message the way a client does (pipelined MAIL/RCPT/DATA, or BDAT); type its lines, then a single dot</source>
        <translation>** /send DE À[,À...] : envoyer un message comme le fait un client (MAIL/RCPT/DATA enchaînés, ou BDAT) ; tapez ses lignes, puis un point seul</translation>
    </message>
    <message>
        <source>** /bytes TEXT (after DATA&apos;s 354): octets exactly, with \r \n \t \\ \xHH</source>
        <translation>** /bytes TEXTE (après le 354 de DATA) : des octets exacts, avec \r \n \t \\ \xHH</translation>
    </message>
    <message>
        <source>** /quit: say QUIT and close</source>
        <translation>** /quit : dire QUIT et fermer</translation>
    </message>
    <message>
        <source>!! /send FROM TO[,TO...] (use &lt;&gt; for the null sender)</source>
        <translation>!! /send DE À[,À...] (utilisez &lt;&gt; pour l’expéditeur nul)</translation>
    </message>
    <message>
        <source>** type the message (header fields, an empty line, the body); a line with a single dot ends it</source>
        <translation>** tapez le message (champs d’en-tête, une ligne vide, le corps) ; une ligne ne contenant qu’un point le termine</translation>
    </message>
    <message>
        <source>!! /bytes works only in the message data, after DATA&apos;s 354</source>
        <translation>!! /bytes ne fonctionne que dans les données du message, après le 354 de DATA</translation>
    </message>
    <message>
        <source>!! unknown console command %1 (/help lists them)</source>
        <translation>!! commande de console inconnue %1 (/help les liste)</translation>
    </message>
    <message>
        <source>** connection closed</source>
        <translation>** connexion fermée</translation>
    </message>
</context>
<context>
    <name>postscope::diagnostics</name>
    <message>
        <source>STARTTLS is not offered: mail to this server travels in plaintext (RFC 3207).</source>
        <translation>STARTTLS n’est pas offert : le courrier vers ce serveur circule en clair (RFC 3207).</translation>
    </message>
    <message>
        <source>AUTH %1 is offered before TLS: a client may send its password in the clear (RFC 4954 4; RFC 8314 advises TLS first).</source>
        <translation>AUTH %1 est offert avant TLS : un client peut envoyer son mot de passe en clair (RFC 4954 4 ; la RFC 8314 conseille TLS d’abord).</translation>
    </message>
    <message>
        <source>AUTH before TLS: %1</source>
        <translation>AUTH avant TLS : %1</translation>
    </message>
    <message>
        <source>STARTTLS is offered again after TLS started (RFC 3207 4.2 forbids it).</source>
        <translation>STARTTLS est de nouveau offert après le démarrage de TLS (la RFC 3207 4.2 l’interdit).</translation>
    </message>
    <message>
        <source>TLS could not be used.</source>
        <translation>TLS n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>The certificate was not verified; it was accepted only because its SHA-256 fingerprint is the trusted one.</source>
        <translation>Le certificat n’a pas été vérifié ; il n’a été accepté que parce que son empreinte SHA-256 est celle approuvée.</translation>
    </message>
    <message>
        <source>The certificate was not verified.</source>
        <translation>Le certificat n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>%1 is outdated (RFC 8996); TLS 1.2 or 1.3 is expected.</source>
        <translation>%1 est obsolète (RFC 8996) ; TLS 1.2 ou 1.3 est attendu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu’au %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n’est pas encore valide.</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valide à partir du %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat du serveur expire dans %n jour.</numerusform>
            <numerusform>Le certificat du serveur expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host name in the greeting (%1) is not one of the certificate&apos;s names.</source>
        <translation>Le nom d’hôte de l’accueil (%1) ne fait pas partie des noms du certificat.</translation>
    </message>
    <message>
        <source>certificate names: %1</source>
        <translation>noms du certificat : %1</translation>
    </message>
    <message>
        <source>The server announced no ESMTP extension (or answered only HELO).</source>
        <translation>Le serveur n’a annoncé aucune extension ESMTP (ou n’a répondu qu’à HELO).</translation>
    </message>
    <message>
        <source>SIZE is not offered: a client learns of a size limit only after sending the whole message (RFC 1870).</source>
        <translation>SIZE n’est pas offert : un client n’apprend une limite de taille qu’après avoir envoyé tout le message (RFC 1870).</translation>
    </message>
    <message>
        <source>PIPELINING is not offered: every command costs a round trip (RFC 2920).</source>
        <translation>PIPELINING n’est pas offert : chaque commande coûte un aller-retour (RFC 2920).</translation>
    </message>
    <message>
        <source>SMTPUTF8 is not offered: addresses with non-ASCII characters cannot be used (RFC 6531).</source>
        <translation>SMTPUTF8 n’est pas offert : les adresses avec des caractères non ASCII ne peuvent pas être utilisées (RFC 6531).</translation>
    </message>
    <message>
        <source>AUTH is not offered%1: fine for a server that takes mail for its own domains, not for submission (RFC 6409).</source>
        <translation>AUTH n’est pas offert%1 : normal pour un serveur qui reçoit le courrier de ses propres domaines, pas pour la soumission (RFC 6409).</translation>
    </message>
    <message>
        <source> after TLS</source>
        <translation> après TLS</translation>
    </message>
    <message>
        <source>Logging in failed.</source>
        <translation>La connexion au compte a échoué.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a line break or NUL: refused</source>
        <translation>« %1 » contient un saut de ligne ou NUL : refusé</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is too long for one command line (RFC 5321 4.5.3.1.4)</source>
        <translation>« %1... » est trop long pour une ligne de commande (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address (the RCPT method needs one)</source>
        <translation>« %1 » n’est pas une adresse (la méthode RCPT en exige une)</translation>
    </message>
    <message>
        <source>The server still accepts %1, deprecated by RFC 8996.</source>
        <translation>Le serveur accepte encore %1, déprécié par la RFC 8996.</translation>
    </message>
    <message>
        <source>The server accepts neither TLS 1.2 nor TLS 1.3 (RFC 9325 3.1.1).</source>
        <translation>Le serveur n’accepte ni TLS 1.2 ni TLS 1.3 (RFC 9325 3.1.1).</translation>
    </message>
</context>
<context>
    <name>postscope::diagnostics::AddressProbe</name>
    <message>
        <source>The session ended before every address was checked.</source>
        <translation>La session s’est terminée avant que chaque adresse soit vérifiée.</translation>
    </message>
</context>
<context>
    <name>postscope::diagnostics::TlsVersionProbe</name>
    <message>
        <source>no TLS session was started</source>
        <translation>aucune session TLS n’a été démarrée</translation>
    </message>
    <message>
        <source>accepted; the certificate did not verify (%1)</source>
        <translation>accepté ; le certificat ne s’est pas vérifié (%1)</translation>
    </message>
    <message>
        <source>this machine&apos;s OpenSSL cannot offer TLS %1: %2</source>
        <translation>l’OpenSSL de cette machine ne peut pas proposer TLS %1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::engine::ClientEngine</name>
    <message>
        <source>The server (or something on the path) sent plaintext after agreeing to STARTTLS; refusing to continue.</source>
        <translation>Le serveur (ou quelque chose sur le chemin) a envoyé du texte en clair après avoir accepté STARTTLS ; refus de continuer.</translation>
    </message>
    <message>
        <source>Malformed reply from the server: %1</source>
        <translation>Réponse malformée du serveur : %1</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de façon inattendue.</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>Timed out waiting for the server.</source>
        <translation>Délai dépassé en attendant le serveur.</translation>
    </message>
    <message>
        <source>the reply to %1</source>
        <translation>la réponse à %1</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>l’accueil</translation>
    </message>
    <message>
        <source>the reply to the end of the message data</source>
        <translation>la réponse à la fin des données du message</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>une réponse</translation>
    </message>
</context>
<context>
    <name>postscope::engine::ClientEngine::Private</name>
    <message>
        <source>EHLO is only possible after the greeting and outside a transaction.</source>
        <translation>EHLO n’est possible qu’après l’accueil et hors d’une transaction.</translation>
    </message>
    <message>
        <source>LMTP has no HELO; it uses LHLO (RFC 2033 4.1).</source>
        <translation>LMTP n’a pas de HELO ; il utilise LHLO (RFC 2033 4.1).</translation>
    </message>
    <message>
        <source>HELO is only possible after the greeting and outside a transaction.</source>
        <translation>HELO n’est possible qu’après l’accueil et hors d’une transaction.</translation>
    </message>
    <message>
        <source>The connection is already encrypted.</source>
        <translation>La connexion est déjà chiffrée.</translation>
    </message>
    <message>
        <source>STARTTLS needs a successful EHLO first (RFC 3207 4).</source>
        <translation>STARTTLS a d’abord besoin d’un EHLO réussi (RFC 3207 4).</translation>
    </message>
    <message>
        <source>AUTH needs a successful EHLO and no transaction under way (RFC 4954 4).</source>
        <translation>AUTH a besoin d’un EHLO réussi et d’aucune transaction en cours (RFC 4954 4).</translation>
    </message>
    <message>
        <source>Say EHLO or HELO before sending mail (RFC 5321 4.1.4).</source>
        <translation>Dites EHLO ou HELO avant d’envoyer du courrier (RFC 5321 4.1.4).</translation>
    </message>
    <message>
        <source>There is no open conversation.</source>
        <translation>Il n’y a pas de conversation ouverte.</translation>
    </message>
    <message>
        <source>VRFY and EXPN need an argument.</source>
        <translation>VRFY et EXPN ont besoin d’un argument.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur n’offre pas STARTTLS.</translation>
    </message>
    <message>
        <source>No SASL mechanism given.</source>
        <translation>Aucun mécanisme SASL n’a été donné.</translation>
    </message>
    <message>
        <source>The server does not offer AUTH (RFC 4954).</source>
        <translation>Le serveur n’offre pas AUTH (RFC 4954).</translation>
    </message>
    <message>
        <source>The server does not offer the %1 mechanism (it offers: %2).</source>
        <translation>Le serveur n’offre pas le mécanisme %1 (il offre : %2).</translation>
    </message>
    <message>
        <source>AUTH %1 is not available in this build.</source>
        <translation>AUTH %1 n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Refusing AUTH %1: the connection is not encrypted, so the password would travel readable by anyone on the path; nothing was sent. Use TLS (STARTTLS or implicit TLS), a mechanism that does not reveal the password (CRAM-MD5, SCRAM-SHA-256), or allow plaintext authentication explicitly.</source>
        <translation>AUTH %1 refusé : la connexion n’est pas chiffrée, le mot de passe circulerait donc lisible par quiconque sur le chemin ; rien n’a été envoyé. Utilisez TLS (STARTTLS ou TLS implicite), un mécanisme qui ne révèle pas le mot de passe (CRAM-MD5, SCRAM-SHA-256), ou autorisez explicitement l’authentification en clair.</translation>
    </message>
    <message>
        <source>A data line may not hold CR, LF or NUL, nor exceed 998 octets.</source>
        <translation>Une ligne de données ne peut contenir ni CR, ni LF, ni NUL, ni dépasser 998 octets.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n’a pas de destinataires.</translation>
    </message>
    <message>
        <source>The message has no data.</source>
        <translation>Le message n’a pas de données.</translation>
    </message>
    <message>
        <source>The message (%1 octets) is larger than the server accepts (SIZE %2).</source>
        <translation>Le message (%1 octets) dépasse ce que le serveur accepte (SIZE %2).</translation>
    </message>
    <message>
        <source>The message holds 8-bit data but the server does not offer 8BITMIME (RFC 6152).</source>
        <translation>Le message contient des données 8 bits mais le serveur n’offre pas 8BITMIME (RFC 6152).</translation>
    </message>
    <message>
        <source>The message needs SMTPUTF8 (international addresses) but the server does not offer it (RFC 6531).</source>
        <translation>Le message a besoin de SMTPUTF8 (adresses internationales) mais le serveur ne l’offre pas (RFC 6531).</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Le serveur ferme la connexion : %1</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>Le serveur a refusé l’expéditeur : %1</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>Le serveur a refusé chaque destinataire.</translation>
    </message>
    <message>
        <source>The server refused the message data: %1</source>
        <translation>Le serveur a refusé les données du message : %1</translation>
    </message>
    <message>
        <source>No recipient took the message.</source>
        <translation>Aucun destinataire n’a pris le message.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n’a demandée : %1</translation>
    </message>
    <message>
        <source>The server did not greet with 220: %1</source>
        <translation>Le serveur n’a pas accueilli avec 220 : %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO: %1</source>
        <translation>Le serveur a refusé EHLO et HELO : %1</translation>
    </message>
    <message>
        <source>Plaintext followed the server&apos;s 220 to STARTTLS (a STARTTLS injection); refusing to start TLS.</source>
        <translation>Du texte en clair a suivi le 220 du serveur à STARTTLS (une injection STARTTLS) ; refus de démarrer TLS.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Le serveur a refusé STARTTLS : %1</translation>
    </message>
    <message>
        <source>The server sent a challenge that is not base64; authentication cancelled.</source>
        <translation>Le serveur a envoyé un défi qui n’est pas en base64 ; authentification annulée.</translation>
    </message>
    <message>
        <source>Authentication cancelled: %1</source>
        <translation>Authentification annulée : %1</translation>
    </message>
    <message>
        <source>The server said yes, but could not prove it knows the password: %1</source>
        <translation>Le serveur a dit oui, mais n’a pas pu prouver qu’il connaît le mot de passe : %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>L’authentification a échoué : %1</translation>
    </message>
    <message>
        <source>The server refused DATA: %1</source>
        <translation>Le serveur a refusé DATA : %1</translation>
    </message>
    <message>
        <source>The server refused a BDAT chunk: %1</source>
        <translation>Le serveur a refusé un bloc BDAT : %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Le serveur a refusé le message : %1</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>La lecture du message a échoué : %1</translation>
    </message>
    <message>
        <source>Exact message octets can only follow a typed DATA and its 354.</source>
        <translation>Des octets de message exacts ne peuvent suivre qu’un DATA tapé et son 354.</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>client : %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3 next, as smtplib&apos;s login() does.</source>
        <translation>%1 a échoué (%2) ; essai de %3 ensuite, comme le fait login() de smtplib.</translation>
    </message>
    <message>
        <source>client: * (cancelled: %1)</source>
        <translation>client : * (annulé : %1)</translation>
    </message>
    <message>
        <source>the server sent more than 32 challenges</source>
        <translation>le serveur a envoyé plus de 32 défis</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>serveur : %1</translation>
    </message>
    <message>
        <source>503: the server says this session is authenticated already; counted as success, as smtplib&apos;s login() does.</source>
        <translation>503 : le serveur dit que cette session est déjà authentifiée ; compté comme un succès, comme le fait login() de smtplib.</translation>
    </message>
</context>
<context>
    <name>postscope::engine::ServerEngine::Private</name>
    <message>
        <source>Duplicate recipient &lt;%1&gt;: the message will be stored once for it</source>
        <translation>Destinataire en double &lt;%1&gt; : le message sera enregistré une seule fois pour lui</translation>
    </message>
    <message numerus="yes">
        <source>Message refused: %n bare LF in the data (bare LFs are rejected)</source>
        <translation>
            <numerusform>Message refusé : %n LF isolé dans les données (les LF isolés sont rejetés)</numerusform>
            <numerusform>Message refusé : %n LF isolés dans les données (les LF isolés sont rejetés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bare LF in the data, stored as CRLF</source>
        <translation>
            <numerusform>%n LF isolé dans les données, enregistré en CRLF</numerusform>
            <numerusform>%n LF isolés dans les données, enregistrés en CRLF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bare LF in the data, stored as sent</source>
        <translation>
            <numerusform>%n LF isolé dans les données, enregistré tel qu’envoyé</numerusform>
            <numerusform>%n LF isolés dans les données, enregistrés tels qu’envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postscope::lessons</name>
    <message>
        <source>bad pattern &quot;%1&quot;: %2</source>
        <translation>motif invalide « %1 » : %2</translation>
    </message>
    <message>
        <source>unknown check rule type &quot;%1&quot;</source>
        <translation>type de règle de contrôle inconnu « %1 »</translation>
    </message>
    <message>
        <source>a check rule of type &quot;%1&quot; has no explanation</source>
        <translation>une règle de contrôle de type « %1 » n’a pas d’explication</translation>
    </message>
    <message>
        <source>the check rule &quot;%1&quot; needs &quot;command&quot;</source>
        <translation>la règle de contrôle « %1 » a besoin de « command »</translation>
    </message>
    <message>
        <source>the check rule &quot;sentBefore&quot; needs &quot;then&quot;</source>
        <translation>la règle de contrôle « sentBefore » a besoin de « then »</translation>
    </message>
    <message>
        <source>the check rule &quot;reply&quot; needs &quot;code&quot;</source>
        <translation>la règle de contrôle « reply » a besoin de « code »</translation>
    </message>
    <message>
        <source>the check rule &quot;%1&quot; needs &quot;to&quot;</source>
        <translation>la règle de contrôle « %1 » a besoin de « to »</translation>
    </message>
</context>
<context>
    <name>postscope::lessons::Lesson</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>a lesson needs &quot;id&quot;, &quot;title&quot; and &quot;goal&quot;</source>
        <translation>une leçon a besoin de « id », « title » et « goal »</translation>
    </message>
    <message>
        <source>step %1 has no text</source>
        <translation>l’étape %1 n’a pas de texte</translation>
    </message>
    <message>
        <source>a lesson needs steps</source>
        <translation>une leçon a besoin d’étapes</translation>
    </message>
    <message>
        <source>&quot;dialect&quot; is smtp or lmtp</source>
        <translation>« dialect » vaut smtp ou lmtp</translation>
    </message>
    <message>
        <source>a lesson needs a check</source>
        <translation>une leçon a besoin d’un contrôle</translation>
    </message>
</context>
<context>
    <name>postscope::lessons::SandboxSetup</name>
    <message>
        <source>unknown extension &quot;%1&quot;</source>
        <translation>extension inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown misbehaviour &quot;%1&quot;</source>
        <translation>mauvais comportement inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>postscope::mime</name>
    <message>
        <source>the message has more than one Resent- header block</source>
        <translation>le message a plus d’un bloc d’en-têtes Resent-</translation>
    </message>
    <message>
        <source>the message names no sender (%1Sender or %1From)</source>
        <translation>le message ne nomme aucun expéditeur (%1Sender ou %1From)</translation>
    </message>
    <message>
        <source>the message names no recipients (%1To, %1Cc or %1Bcc)</source>
        <translation>le message ne nomme aucun destinataire (%1To, %1Cc ou %1Bcc)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the message could not be read to its end</source>
        <translation>le message n’a pas pu être lu jusqu’à sa fin</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds a line break or NUL (header injection refused)</source>
        <translation>%1 « %2 » contient un saut de ligne ou NUL (injection d’en-tête refusée)</translation>
    </message>
    <message>
        <source>%1: not an address: %2</source>
        <translation>%1 : pas une adresse : %2</translation>
    </message>
    <message>
        <source>%1: groups are not supported here: %2</source>
        <translation>%1 : les groupes ne sont pas pris en charge ici : %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address of the form local@domain</source>
        <translation>%1 : « %2 » n’est pas une adresse de la forme local@domaine</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid domain</source>
        <translation>%1 : « %2 » n’est pas un domaine valide</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for this kind of part</source>
        <translation>%1 dépasse %2 Mio, la limite pour ce type de partie</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; holds a line break or NUL (header injection refused)</source>
        <translation>l’en-tête « %1 » contient un saut de ligne ou NUL (injection d’en-tête refusée)</translation>
    </message>
    <message>
        <source>header %1 is not in the form &quot;Name: value&quot;</source>
        <translation>l’en-tête %1 n’est pas de la forme « Nom: valeur »</translation>
    </message>
    <message>
        <source>header %1 has no name</source>
        <translation>l’en-tête %1 n’a pas de nom</translation>
    </message>
    <message>
        <source>header name %1 is not printable ASCII without spaces</source>
        <translation>le nom d’en-tête %1 n’est pas de l’ASCII imprimable sans espaces</translation>
    </message>
    <message>
        <source>QCA cannot do %1 here (is its %2 plugin installed?)</source>
        <translation>QCA ne sait pas faire %1 ici (son greffon %2 est-il installé ?)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key that could be read (--smime-key)</source>
        <translation>%1 ne contient aucune clé privée PEM lisible (--smime-key)</translation>
    </message>
    <message>
        <source>%1 is neither PEM nor a PKCS#12 bundle that opens with the passphrase given</source>
        <translation>%1 n’est ni du PEM ni un paquet PKCS#12 qui s’ouvre avec la phrase secrète donnée</translation>
    </message>
    <message>
        <source>the signing or encryption failed (QCA error %1): %2</source>
        <translation>la signature ou le chiffrement a échoué (erreur QCA %1) : %2</translation>
    </message>
    <message>
        <source>the S/MIME signature names no digest algorithm that can be declared</source>
        <translation>la signature S/MIME ne nomme aucun algorithme de condensé qui puisse être déclaré</translation>
    </message>
    <message>
        <source>S/MIME encryption needs the recipients&apos; certificates (--smime-recipient-cert)</source>
        <translation>le chiffrement S/MIME a besoin des certificats des destinataires (--smime-recipient-cert)</translation>
    </message>
    <message>
        <source>S/MIME encryption failed (OpenSSL CMS)</source>
        <translation>le chiffrement S/MIME a échoué (OpenSSL CMS)</translation>
    </message>
    <message>
        <source>no OpenPGP secret key matches %1 in the gpg keyring (GNUPGHOME)</source>
        <translation>aucune clé secrète OpenPGP du trousseau gpg (GNUPGHOME) ne correspond à %1</translation>
    </message>
    <message>
        <source>no OpenPGP public key matches %1 in the gpg keyring (GNUPGHOME)</source>
        <translation>aucune clé publique OpenPGP du trousseau gpg (GNUPGHOME) ne correspond à %1</translation>
    </message>
    <message>
        <source>OpenPGP encryption needs the recipients&apos; keys (--pgp-recipient)</source>
        <translation>le chiffrement OpenPGP a besoin des clés des destinataires (--pgp-recipient)</translation>
    </message>
    <message>
        <source>DKIM signing failed: %1%2</source>
        <translation>la signature DKIM a échoué : %1%2</translation>
    </message>
    <message>
        <source>cannot read the DKIM key %1: %2</source>
        <translation>impossible de lire la clé DKIM %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key</source>
        <translation>%1 n’est pas une clé privée PEM</translation>
    </message>
    <message>
        <source>%1: DKIM signs with RSA or Ed25519 keys only</source>
        <translation>%1 : DKIM ne signe qu’avec des clés RSA ou Ed25519</translation>
    </message>
    <message>
        <source>the DKIM domain and selector must be plain DNS names: %1</source>
        <translation>le domaine et le sélecteur DKIM doivent être de simples noms DNS : %1</translation>
    </message>
    <message>
        <source>libopendkim could not start</source>
        <translation>libopendkim n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the header section is larger than 1 MiB: not signed</source>
        <translation>la section d’en-tête dépasse 1 Mio : non signé</translation>
    </message>
    <message>
        <source>the message source stalled while it was being signed</source>
        <translation>la source du message s’est bloquée pendant la signature</translation>
    </message>
    <message>
        <source>not a SIZE limit: %1</source>
        <translation>pas une limite SIZE : %1</translation>
    </message>
    <message>
        <source>unknown extension %1 (known: 8BITMIME, BINARYMIME, CHUNKING, SMTPUTF8, DSN, SIZE=N)</source>
        <translation>extension inconnue %1 (connues : 8BITMIME, BINARYMIME, CHUNKING, SMTPUTF8, DSN, SIZE=N)</translation>
    </message>
    <message>
        <source>“%1” has no @: an address is local-part@domain (RFC 5322 3.4.1)</source>
        <translation>« %1 » n’a pas de @ : une adresse est local-part@domain (RFC 5322 3.4.1)</translation>
    </message>
    <message>
        <source>Nothing before the @ (RFC 5322 3.4.1)</source>
        <translation>Rien avant le @ (RFC 5322 3.4.1)</translation>
    </message>
    <message>
        <source>No domain after the @ (RFC 5322 3.4.1)</source>
        <translation>Pas de domaine après le @ (RFC 5322 3.4.1)</translation>
    </message>
    <message>
        <source>The part before the @ is %1 octets long; servers need only take 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>La partie avant le @ fait %1 octets ; les serveurs ne sont tenus d’en accepter que 64 (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>The domain is %1 octets long; at most 255 are allowed (RFC 5321 4.5.3.1.2)</source>
        <translation>Le domaine fait %1 octets ; 255 au plus sont autorisés (RFC 5321 4.5.3.1.2)</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: labels of letters, digits and hyphens separated by dots (RFC 5321 4.1.2)</source>
        <translation>« %1 » n’est pas un nom de domaine : des étiquettes de lettres, chiffres et traits d’union séparées par des points (RFC 5321 4.1.2)</translation>
    </message>
    <message>
        <source>“%1” cannot be sent in MAIL or RCPT: quote the part before the @ or remove the spaces and special characters (RFC 5321 4.1.2)</source>
        <translation>« %1 » ne peut pas être envoyé dans MAIL ou RCPT : mettez entre guillemets la partie avant le @ ou retirez les espaces et caractères spéciaux (RFC 5321 4.1.2)</translation>
    </message>
    <message>
        <source>Empty address</source>
        <translation>Adresse vide</translation>
    </message>
    <message>
        <source>A line break or NUL in an address is refused (header injection)</source>
        <translation>Un saut de ligne ou NUL dans une adresse est refusé (injection d’en-tête)</translation>
    </message>
    <message>
        <source>An angle bracket is not closed: write Name &lt;local@domain&gt; (RFC 5322 3.4)</source>
        <translation>Un chevron n’est pas fermé : écrivez Nom &lt;local@domain&gt; (RFC 5322 3.4)</translation>
    </message>
    <message>
        <source>Not one mailbox: write local@domain or Name &lt;local@domain&gt; (RFC 5322 3.4)</source>
        <translation>Pas une seule boîte : écrivez local@domain ou Nom &lt;local@domain&gt; (RFC 5322 3.4)</translation>
    </message>
    <message>
        <source>The field is %1 characters long; at most %2 are read</source>
        <translation>Le champ fait %1 caractères ; %2 au plus sont lus</translation>
    </message>
    <message>
        <source>More than %1 addresses in one field</source>
        <translation>Plus de %1 adresses dans un champ</translation>
    </message>
    <message>
        <source>%1: more than %2 certificate files; the rest are not read</source>
        <translation>%1 : plus de %2 fichiers de certificats ; les autres ne sont pas lus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB, not a certificate</source>
        <translation>%1 : plus de 1 Mio, ce n’est pas un certificat</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate</source>
        <translation>%1 : ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>No S/MIME certificate to encrypt to for: %1 (RFC 8551 3.3 needs one per recipient; add it to the account&apos;s recipient certificates).</source>
        <translation>Aucun certificat S/MIME pour chiffrer à destination de : %1 (la RFC 8551 3.3 en demande un par destinataire ; ajoutez-le aux certificats de destinataires du compte).</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Non lu : %1.</translation>
    </message>
</context>
<context>
    <name>postscope::mime::Base64FileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent</source>
        <translation>%1 a raccourci pendant l’envoi</translation>
    </message>
</context>
<context>
    <name>postscope::mime::Builder</name>
    <message>
        <source>header name %1 is not printable ASCII without spaces and colons</source>
        <translation>le nom d’en-tête %1 n’est pas de l’ASCII imprimable sans espaces ni deux-points</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <source>Sender names exactly one mailbox (RFC 5322 3.6.2)</source>
        <translation>Sender nomme exactement une boîte aux lettres (RFC 5322 3.6.2)</translation>
    </message>
    <message>
        <source>a From with several mailboxes needs a Sender (RFC 5322 3.6.2)</source>
        <translation>un From à plusieurs boîtes aux lettres a besoin d’un Sender (RFC 5322 3.6.2)</translation>
    </message>
    <message>
        <source>an address has a non-ASCII local part: that needs SMTPUTF8 (RFC 6531), which the server does not offer</source>
        <translation>une adresse a une partie locale non ASCII : cela demande SMTPUTF8 (RFC 6531), que le serveur n’offre pas</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>the file name of %1</source>
        <translation>le nom de fichier de %1</translation>
    </message>
    <message>
        <source>internal error: a streamed part went missing while the message was written</source>
        <translation>erreur interne : une partie lue au fil de l’eau a disparu pendant l’écriture du message</translation>
    </message>
</context>
<context>
    <name>postscope::mime::BuiltMessage</name>
    <message>
        <source>the message is larger than %1 MiB: too big to hold in memory</source>
        <translation>le message dépasse %1 Mio : trop gros pour être gardé en mémoire</translation>
    </message>
    <message>
        <source>a message part could not be read</source>
        <translation>une partie du message n’a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>postscope::mime::EmlDocument</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: too big to edit in memory</source>
        <translation>%1 dépasse %2 Mio : trop gros pour être modifié en mémoire</translation>
    </message>
    <message>
        <source>header %1 holds a line break or NUL (header injection refused)</source>
        <translation>l’en-tête %1 contient un saut de ligne ou NUL (injection d’en-tête refusée)</translation>
    </message>
    <message>
        <source>header name %1 is not printable ASCII without spaces and colons</source>
        <translation>le nom d’en-tête %1 n’est pas de l’ASCII imprimable sans espaces ni deux-points</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::mime::FileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent</source>
        <translation>%1 a raccourci pendant l’envoi</translation>
    </message>
</context>
<context>
    <name>postscope::mime::Linter</name>
    <message numerus="yes">
        <source>%n line(s) end in a bare LF; they are sent as CRLF, which changes the octets (and breaks any signature over them)</source>
        <translation>
            <numerusform>%n ligne finit par un LF isolé ; elle est envoyée en CRLF, ce qui change les octets (et casse toute signature qui les couvre)</numerusform>
            <numerusform>%n lignes finissent par un LF isolé ; elles sont envoyées en CRLF, ce qui change les octets (et casse toute signature qui les couvre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the message with CRLF line endings (RFC 5322 2.1).</source>
        <translation>Enregistrez le message avec des fins de ligne CRLF (RFC 5322 2.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n bare CR octet(s) outside a CRLF; they are sent as line breaks</source>
        <translation>
            <numerusform>%n octet CR isolé hors d’un CRLF ; il est envoyé comme saut de ligne</numerusform>
            <numerusform>%n octets CR isolés hors d’un CRLF ; ils sont envoyés comme sauts de ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove lone CRs, or encode the part as base64 or quoted-printable (RFC 5322 2.3).</source>
        <translation>Retirez les CR isolés, ou encodez la partie en base64 ou quoted-printable (RFC 5322 2.3).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are longer than 998 octets</source>
        <translation>
            <numerusform>%n ligne dépasse 998 octets</numerusform>
            <numerusform>%n lignes dépassent 998 octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold long header fields and encode long body lines as quoted-printable or base64 (RFC 5322 2.1.1).</source>
        <translation>Repliez les champs d’en-tête longs et encodez les longues lignes du corps en quoted-printable ou base64 (RFC 5322 2.1.1).</translation>
    </message>
    <message>
        <source>the body holds 8-bit octets but the server does not offer 8BITMIME</source>
        <translation>le corps contient des octets 8 bits mais le serveur n’offre pas 8BITMIME</translation>
    </message>
    <message>
        <source>Encode 8-bit parts as quoted-printable or base64 (RFC 6152, RFC 2045 6).</source>
        <translation>Encodez les parties 8 bits en quoted-printable ou base64 (RFC 6152, RFC 2045 6).</translation>
    </message>
    <message>
        <source>the message is declared BODY=BINARYMIME but the server does not offer BINARYMIME with CHUNKING</source>
        <translation>le message est déclaré BODY=BINARYMIME mais le serveur n’offre pas BINARYMIME avec CHUNKING</translation>
    </message>
    <message>
        <source>Encode binary parts as base64 (RFC 3030 3).</source>
        <translation>Encodez les parties binaires en base64 (RFC 3030 3).</translation>
    </message>
    <message>
        <source>the message has no Date field</source>
        <translation>le message n’a pas de champ Date</translation>
    </message>
    <message>
        <source>Add a Date field (RFC 5322 3.6.1: it is required).</source>
        <translation>Ajoutez un champ Date (RFC 5322 3.6.1 : il est obligatoire).</translation>
    </message>
    <message>
        <source>the message has no From field</source>
        <translation>le message n’a pas de champ From</translation>
    </message>
    <message>
        <source>Add a From field (RFC 5322 3.6.2: it is required).</source>
        <translation>Ajoutez un champ From (RFC 5322 3.6.2 : il est obligatoire).</translation>
    </message>
    <message>
        <source>the message has no Message-ID field</source>
        <translation>le message n’a pas de champ Message-ID</translation>
    </message>
    <message>
        <source>Add a Message-ID (RFC 5322 3.6.4: every message should have one; many filters score its absence).</source>
        <translation>Ajoutez un Message-ID (RFC 5322 3.6.4 : tout message devrait en avoir un ; beaucoup de filtres pénalisent son absence).</translation>
    </message>
    <message>
        <source>From (%1) differs from MAIL FROM (%2)</source>
        <translation>From (%1) diffère de MAIL FROM (%2)</translation>
    </message>
    <message>
        <source>Use the From address as the envelope sender, or expect SPF/DMARC alignment to fail (RFC 7489 3.1).</source>
        <translation>Utilisez l’adresse From comme expéditeur de l’enveloppe, ou attendez-vous à un échec de l’alignement SPF/DMARC (RFC 7489 3.1).</translation>
    </message>
    <message>
        <source>a Bcc field would be sent to every recipient</source>
        <translation>un champ Bcc serait envoyé à chaque destinataire</translation>
    </message>
    <message>
        <source>Remove the Bcc field; blind recipients belong in the envelope only (RFC 5322 3.6.3).</source>
        <translation>Retirez le champ Bcc ; les destinataires en copie cachée n’appartiennent qu’à l’enveloppe (RFC 5322 3.6.3).</translation>
    </message>
    <message>
        <source>the blind recipient %1 is named in a visible header field</source>
        <translation>le destinataire en copie cachée %1 est nommé dans un champ d’en-tête visible</translation>
    </message>
    <message>
        <source>Take the address out of To, Cc and the other visible fields (RFC 5322 3.6.3).</source>
        <translation>Retirez l’adresse de To, Cc et des autres champs visibles (RFC 5322 3.6.3).</translation>
    </message>
    <message>
        <source>an HTML part has no plain-text alternative</source>
        <translation>une partie HTML n’a pas d’alternative en texte brut</translation>
    </message>
    <message>
        <source>Add a text/plain version in multipart/alternative (RFC 2046 5.1.4); spam filters score HTML-only mail.</source>
        <translation>Ajoutez une version text/plain dans multipart/alternative (RFC 2046 5.1.4) ; les filtres antispam pénalisent le courrier uniquement HTML.</translation>
    </message>
    <message>
        <source>the message (%1 octets) is larger than the server accepts (SIZE %2)</source>
        <translation>le message (%1 octets) dépasse ce que le serveur accepte (SIZE %2)</translation>
    </message>
    <message>
        <source>Send less: smaller or fewer attachments (RFC 1870).</source>
        <translation>Envoyez moins : des pièces jointes plus petites ou moins nombreuses (RFC 1870).</translation>
    </message>
    <message>
        <source>a header field holds non-ASCII octets but the server does not offer SMTPUTF8</source>
        <translation>un champ d’en-tête contient des octets non ASCII mais le serveur n’offre pas SMTPUTF8</translation>
    </message>
    <message>
        <source>Use RFC 2047 encoded words for text and A-labels for domains, or a server with SMTPUTF8 (RFC 6532).</source>
        <translation>Utilisez des mots encodés RFC 2047 pour le texte et des A-labels pour les domaines, ou un serveur avec SMTPUTF8 (RFC 6532).</translation>
    </message>
    <message>
        <source>an envelope address is not ASCII but the server does not offer SMTPUTF8</source>
        <translation>une adresse de l’enveloppe n’est pas en ASCII mais le serveur n’offre pas SMTPUTF8</translation>
    </message>
    <message>
        <source>Use an ASCII address (A-labels for the domain), or a server with SMTPUTF8 (RFC 6531).</source>
        <translation>Utilisez une adresse ASCII (A-labels pour le domaine), ou un serveur avec SMTPUTF8 (RFC 6531).</translation>
    </message>
    <message>
        <source>delivery status notifications are requested but the server does not offer DSN</source>
        <translation>des notifications d’état de remise sont demandées mais le serveur n’offre pas DSN</translation>
    </message>
    <message>
        <source>Drop the delivery receipt request, or use a server with DSN (RFC 3461).</source>
        <translation>Abandonnez la demande d’accusé de remise, ou utilisez un serveur avec DSN (RFC 3461).</translation>
    </message>
</context>
<context>
    <name>postscope::mime::ParsedMessage</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>not an RFC 5322 message: no header section could be parsed</source>
        <translation>pas un message RFC 5322 : aucune section d’en-tête n’a pu être analysée</translation>
    </message>
    <message>
        <source>part %1 has no content of its own</source>
        <translation>la partie %1 n’a pas de contenu propre</translation>
    </message>
    <message>
        <source>part %1 is too large to decode in memory</source>
        <translation>la partie %1 est trop grande pour être décodée en mémoire</translation>
    </message>
</context>
<context>
    <name>postscope::protocol</name>
    <message>
        <source>%1 holds a CR, LF or NUL byte, which could inject a command; refused</source>
        <translation>%1 contient un octet CR, LF ou NUL, qui pourrait injecter une commande ; refusé</translation>
    </message>
    <message>
        <source>Command line too long: %1 octets with CRLF, the limit is %2 (RFC 5321 4.5.3.1.4)</source>
        <translation>Ligne de commande trop longue : %1 octets avec CRLF, la limite est %2 (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>The argument</source>
        <translation>L’argument</translation>
    </message>
    <message>
        <source>%1 needs an argument</source>
        <translation>%1 a besoin d’un argument</translation>
    </message>
    <message>
        <source>The host name</source>
        <translation>Le nom d’hôte</translation>
    </message>
    <message>
        <source>%1 needs a host name</source>
        <translation>%1 a besoin d’un nom d’hôte</translation>
    </message>
    <message>
        <source>The host name must not contain spaces</source>
        <translation>Le nom d’hôte ne doit pas contenir d’espaces</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The address holds a stray &apos;&lt;&apos; or &apos;&gt;&apos;</source>
        <translation>L’adresse contient un « &lt; » ou « &gt; » égaré</translation>
    </message>
    <message>
        <source>The address holds a space outside a quoted string</source>
        <translation>L’adresse contient une espace hors d’une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>RCPT needs a recipient address</source>
        <translation>RCPT a besoin d’une adresse de destinataire</translation>
    </message>
    <message>
        <source>The address is too long: %1 octets, the limit is %2 (RFC 5321 4.5.3.1.3)</source>
        <translation>L’adresse est trop longue : %1 octets, la limite est %2 (RFC 5321 4.5.3.1.3)</translation>
    </message>
    <message>
        <source>A parameter</source>
        <translation>Un paramètre</translation>
    </message>
    <message>
        <source>A MAIL/RCPT parameter must be one word: &quot;%1&quot;</source>
        <translation>Un paramètre MAIL/RCPT doit être un seul mot : « %1 »</translation>
    </message>
    <message>
        <source>The mechanism</source>
        <translation>Le mécanisme</translation>
    </message>
    <message>
        <source>The initial response</source>
        <translation>La réponse initiale</translation>
    </message>
    <message>
        <source>The SASL response</source>
        <translation>La réponse SASL</translation>
    </message>
    <message>
        <source>The line</source>
        <translation>La ligne</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <translation>État du système, ou réponse d’aide du système</translation>
    </message>
    <message>
        <source>Help message for a human reader</source>
        <translation>Message d’aide destiné à un lecteur humain</translation>
    </message>
    <message>
        <source>Service ready (greeting, or go ahead with TLS after STARTTLS)</source>
        <translation>Service prêt (accueil, ou poursuite en TLS après STARTTLS)</translation>
    </message>
    <message>
        <source>Service closing transmission channel</source>
        <translation>Le service ferme le canal de transmission</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <translation>Authentification réussie</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <translation>Action de courrier demandée effectuée, terminée</translation>
    </message>
    <message>
        <source>User not local; will forward</source>
        <translation>Utilisateur non local ; sera réacheminé</translation>
    </message>
    <message>
        <source>Cannot verify the user, but will accept the message and attempt delivery</source>
        <translation>Impossible de vérifier l’utilisateur, mais le message sera accepté et la remise tentée</translation>
    </message>
    <message>
        <source>Authentication challenge: send the next SASL response</source>
        <translation>Défi d’authentification : envoyez la réponse SASL suivante</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <translation>Commencez la saisie du courrier ; terminez par &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>Service not available, closing transmission channel</source>
        <translation>Service indisponible, fermeture du canal de transmission</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Une transition de mot de passe est nécessaire</translation>
    </message>
    <message>
        <source>Mailbox unavailable (busy or temporarily blocked); try again later</source>
        <translation>Boîte aux lettres indisponible (occupée ou bloquée temporairement) ; réessayez plus tard</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <translation>Action demandée abandonnée : erreur locale de traitement</translation>
    </message>
    <message>
        <source>Insufficient system storage (or too many recipients)</source>
        <translation>Stockage système insuffisant (ou trop de destinataires)</translation>
    </message>
    <message>
        <source>Temporary failure: TLS not available now, or temporary authentication failure</source>
        <translation>Échec temporaire : TLS indisponible pour l’instant, ou échec temporaire d’authentification</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <translation>Le serveur ne peut pas prendre en compte les paramètres</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized (or line too long)</source>
        <translation>Erreur de syntaxe, commande non reconnue (ou ligne trop longue)</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <translation>Erreur de syntaxe dans les paramètres ou arguments</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Commande non implémentée</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Mauvaise séquence de commandes</translation>
    </message>
    <message>
        <source>Command parameter not implemented (e.g. unknown AUTH mechanism)</source>
        <translation>Paramètre de commande non implémenté (par ex. mécanisme AUTH inconnu)</translation>
    </message>
    <message>
        <source>This host does not accept mail</source>
        <translation>Cet hôte n’accepte pas de courrier</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>Authentication required (or STARTTLS first)</source>
        <translation>Authentification requise (ou STARTTLS d’abord)</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Le mécanisme d’authentification est trop faible</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Identifiants d’authentification invalides</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism</source>
        <translation>Chiffrement requis pour le mécanisme d’authentification demandé</translation>
    </message>
    <message>
        <source>Mailbox unavailable (not found, no access, or refused by policy)</source>
        <translation>Boîte aux lettres indisponible (introuvable, pas d’accès, ou refusée par la politique)</translation>
    </message>
    <message>
        <source>User not local; please try the forward path given</source>
        <translation>Utilisateur non local ; essayez le chemin de réacheminement indiqué</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <translation>Action de courrier demandée abandonnée : allocation de stockage dépassée</translation>
    </message>
    <message>
        <source>Mailbox name not allowed (e.g. bad syntax)</source>
        <translation>Nom de boîte aux lettres non autorisé (par ex. syntaxe incorrecte)</translation>
    </message>
    <message>
        <source>Transaction failed (or, as a greeting: no SMTP service here)</source>
        <translation>Transaction échouée (ou, en accueil : pas de service SMTP ici)</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <translation>Paramètres MAIL FROM/RCPT TO non reconnus ou non implémentés</translation>
    </message>
    <message>
        <source>Positive preliminary reply (not used by SMTP)</source>
        <translation>Réponse préliminaire positive (non utilisée par SMTP)</translation>
    </message>
    <message>
        <source>Positive completion reply: the action succeeded</source>
        <translation>Réponse d’achèvement positive : l’action a réussi</translation>
    </message>
    <message>
        <source>Positive intermediate reply: send more information</source>
        <translation>Réponse intermédiaire positive : envoyez plus d’informations</translation>
    </message>
    <message>
        <source>Transient negative reply: try again later</source>
        <translation>Réponse négative transitoire : réessayez plus tard</translation>
    </message>
    <message>
        <source>Permanent negative reply: do not repeat as is</source>
        <translation>Réponse négative permanente : ne pas répéter telle quelle</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Temporary security failure (e.g. temporary authentication failure)</source>
        <translation>Échec de sécurité temporaire (par ex. échec temporaire d’authentification)</translation>
    </message>
    <message>
        <source>Refused for security or policy reasons (e.g. authentication required)</source>
        <translation>Refusé pour des raisons de sécurité ou de politique (par ex. authentification requise)</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Autre état ou état non défini</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Autre état d’adresse</translation>
    </message>
    <message>
        <source>Bad destination mailbox address (no such user)</source>
        <translation>Adresse de boîte aux lettres de destination incorrecte (utilisateur inexistant)</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Adresse de système de destination incorrecte</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Syntaxe incorrecte de l’adresse de boîte aux lettres de destination</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Adresse de boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>La boîte aux lettres de destination a déménagé, pas d’adresse de réacheminement</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Syntaxe incorrecte de l’adresse de boîte aux lettres de l’expéditeur</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Adresse de système de l’expéditeur incorrecte</translation>
    </message>
    <message>
        <source>Message relayed to a non-compliant mailer</source>
        <translation>Message relayé vers un logiciel de messagerie non conforme</translation>
    </message>
    <message>
        <source>Recipient address has a null MX</source>
        <translation>L’adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Autre état de boîte aux lettres ou état non défini</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Boîte aux lettres désactivée, n’accepte pas de messages</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>La longueur du message dépasse la limite administrative</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problème de développement de la liste de diffusion</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Autre état du système de messagerie ou état non défini</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>Le système n’accepte pas les messages du réseau</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>Le système ne prend pas en charge les fonctions choisies</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Message trop gros pour le système</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>La priorité demandée a été modifiée</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Autre état de réseau ou de routage ou état non défini</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Pas de réponse de l’hôte</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Défaillance du serveur d’annuaire</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Congestion du système de messagerie</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Autre état de protocole ou état non défini</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande invalide</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande invalides</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version de protocole</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>La ligne d’échange d’authentification est trop longue</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Autre erreur de média ou erreur non définie</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Média non pris en charge</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversion requise et interdite</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversion effectuée avec perte</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>Message content not available (BURL)</source>
        <translation>Contenu du message indisponible (BURL)</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender or recipient</source>
        <translation>Adresses non ASCII non autorisées pour cet expéditeur ou ce destinataire</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client</source>
        <translation>Réponse en chaîne UTF-8 requise, mais non autorisée par le client</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation>Le message à en-têtes UTF-8 ne peut pas être transféré à un ou plusieurs destinataires</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Remise non autorisée, message refusé</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Développement de la liste de diffusion interdit</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Conversion de sécurité requise mais impossible</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Échec de l’intégrité du message</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation>Le niveau de priorité est trop bas</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Le message est trop gros pour la priorité indiquée</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Le propriétaire de la boîte aux lettres a changé</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>Le test RRVS ne peut pas être mené à bien</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Aucune signature DKIM valide correspondant à l’auteur trouvée</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>Échec de la validation SPF</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Erreur de validation SPF</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Échec de la validation du DNS inverse</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Plusieurs contrôles d’authentification ont échoué</translation>
    </message>
    <message>
        <source>Sender address has a null MX</source>
        <translation>L’adresse de l’expéditeur a un MX nul</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Prise en charge de REQUIRETLS requise</translation>
    </message>
    <message>
        <source>Persistent transient failure: may succeed later</source>
        <translation>Échec transitoire persistant : peut réussir plus tard</translation>
    </message>
    <message>
        <source>Permanent failure: will not succeed if resent as is</source>
        <translation>Échec permanent : ne réussira pas si renvoyé tel quel</translation>
    </message>
    <message>
        <source>Message size declaration; the parameter is the largest message accepted, in octets</source>
        <translation>Déclaration de la taille du message ; le paramètre est le plus gros message accepté, en octets</translation>
    </message>
    <message>
        <source>Commands may be sent in groups without waiting for each reply</source>
        <translation>Les commandes peuvent être envoyées par groupes sans attendre chaque réponse</translation>
    </message>
    <message>
        <source>Message data may be sent in BDAT chunks instead of DATA</source>
        <translation>Les données du message peuvent être envoyées en blocs BDAT au lieu de DATA</translation>
    </message>
    <message>
        <source>Binary MIME bodies (BODY=BINARYMIME) accepted with BDAT</source>
        <translation>Les corps MIME binaires (BODY=BINARYMIME) sont acceptés avec BDAT</translation>
    </message>
    <message>
        <source>8-bit message bodies (BODY=8BITMIME) accepted</source>
        <translation>Les corps de message 8 bits (BODY=8BITMIME) sont acceptés</translation>
    </message>
    <message>
        <source>UTF-8 addresses and headers accepted (MAIL ... SMTPUTF8)</source>
        <translation>Les adresses et en-têtes UTF-8 sont acceptés (MAIL ... SMTPUTF8)</translation>
    </message>
    <message>
        <source>Delivery status notifications can be requested (NOTIFY, RET, ENVID, ORCPT)</source>
        <translation>Des notifications d’état de remise peuvent être demandées (NOTIFY, RET, ENVID, ORCPT)</translation>
    </message>
    <message>
        <source>Replies carry enhanced status codes such as 5.1.1</source>
        <translation>Les réponses portent des codes d’état étendus comme 5.1.1</translation>
    </message>
    <message>
        <source>The connection can be upgraded to TLS</source>
        <translation>La connexion peut passer en TLS</translation>
    </message>
    <message>
        <source>SMTP authentication; the parameters are the SASL mechanisms offered</source>
        <translation>Authentification SMTP ; les paramètres sont les mécanismes SASL offerts</translation>
    </message>
    <message>
        <source>Old, pre-RFC spelling of AUTH kept for early clients; same mechanisms</source>
        <translation>Ancienne graphie d’AUTH, antérieure à la RFC, gardée pour les premiers clients ; mêmes mécanismes</translation>
    </message>
    <message>
        <source>Delivery within a given time can be requested (MAIL ... BY=)</source>
        <translation>Une remise dans un délai donné peut être demandée (MAIL ... BY=)</translation>
    </message>
    <message>
        <source>The message can require TLS on every hop (MAIL ... REQUIRETLS)</source>
        <translation>Le message peut exiger TLS à chaque étape (MAIL ... REQUIRETLS)</translation>
    </message>
    <message>
        <source>Remote queue start: the client may ask for queued mail to be sent</source>
        <translation>Démarrage de file distant : le client peut demander l’envoi du courrier en attente</translation>
    </message>
    <message>
        <source>Authenticated turn: roles reverse for on-demand mail relay</source>
        <translation>Inversion authentifiée : les rôles s’inversent pour le relais de courrier à la demande</translation>
    </message>
    <message>
        <source>Obsolete role reversal; unsafe and not to be used</source>
        <translation>Inversion des rôles obsolète ; dangereuse et à ne pas utiliser</translation>
    </message>
    <message>
        <source>VRFY can be used to check an address</source>
        <translation>VRFY peut servir à vérifier une adresse</translation>
    </message>
    <message>
        <source>EXPN can be used to expand a mailing list</source>
        <translation>EXPN peut servir à développer une liste de diffusion</translation>
    </message>
    <message>
        <source>HELP gives information for a human reader</source>
        <translation>HELP donne des informations destinées à un lecteur humain</translation>
    </message>
    <message>
        <source>Postfix: a trusted proxy may override the client&apos;s name and address</source>
        <translation>Postfix : un mandataire de confiance peut remplacer le nom et l’adresse du client</translation>
    </message>
    <message>
        <source>Postfix: a trusted proxy may pass the original client&apos;s details for logging</source>
        <translation>Postfix : un mandataire de confiance peut transmettre les données du client d’origine pour la journalisation</translation>
    </message>
    <message>
        <source>Message tracking can be requested</source>
        <translation>Le suivi des messages peut être demandé</translation>
    </message>
    <message>
        <source>Delivery can be held until a given time (MAIL ... HOLDFOR/HOLDUNTIL)</source>
        <translation>La remise peut être retenue jusqu’à un moment donné (MAIL ... HOLDFOR/HOLDUNTIL)</translation>
    </message>
    <message>
        <source>The server announces its limits (RCPTMAX, MAILMAX, RCPTDOMAINMAX)</source>
        <translation>Le serveur annonce ses limites (RCPTMAX, MAILMAX, RCPTDOMAINMAX)</translation>
    </message>
    <message>
        <source>Message transfer priorities can be requested</source>
        <translation>Des priorités de transfert de message peuvent être demandées</translation>
    </message>
    <message>
        <source>Message data can be fetched by the server from an IMAP URL</source>
        <translation>Les données du message peuvent être récupérées par le serveur depuis une URL IMAP</translation>
    </message>
    <message>
        <source>The server states which kinds of solicitation it refuses</source>
        <translation>Le serveur indique quels types de sollicitation il refuse</translation>
    </message>
    <message>
        <source>Require-recipient-valid-since: refuse if the mailbox changed owner</source>
        <translation>Require-recipient-valid-since : refuser si la boîte aux lettres a changé de propriétaire</translation>
    </message>
    <message>
        <source>Checkpoint/restart of interrupted transfers</source>
        <translation>Point de reprise/redémarrage des transferts interrompus</translation>
    </message>
    <message>
        <source>The responsible submitter can be named (MAIL ... SUBMITTER=)</source>
        <translation>Le soumetteur responsable peut être nommé (MAIL ... SUBMITTER=)</translation>
    </message>
    <message>
        <source>Content conversion permission can be stated</source>
        <translation>L’autorisation de conversion du contenu peut être indiquée</translation>
    </message>
    <message>
        <source>Content negotiation with the recipient is supported</source>
        <translation>La négociation du contenu avec le destinataire est prise en charge</translation>
    </message>
    <message>
        <source>Experimental predecessor of SMTPUTF8</source>
        <translation>Prédécesseur expérimental de SMTPUTF8</translation>
    </message>
    <message>
        <source>Sendmail: verbose mode for debugging delivery</source>
        <translation>Sendmail : mode verbeux pour déboguer la remise</translation>
    </message>
    <message>
        <source>Sendmail: one message per connection</source>
        <translation>Sendmail : un message par connexion</translation>
    </message>
    <message>
        <source>Malformed reply: a line must start with a three-digit code, got %1</source>
        <translation>Réponse malformée : une ligne doit commencer par un code à trois chiffres, reçu %1</translation>
    </message>
    <message>
        <source>Malformed reply: line too short for a reply code: %1</source>
        <translation>Réponse malformée : ligne trop courte pour un code de réponse : %1</translation>
    </message>
    <message>
        <source>Malformed reply: code %1 is outside 100..599</source>
        <translation>Réponse malformée : le code %1 est hors de 100..599</translation>
    </message>
    <message>
        <source>Malformed reply: code %1 in the middle of a multiline %2 reply</source>
        <translation>Réponse malformée : code %1 au milieu d’une réponse %2 multiligne</translation>
    </message>
    <message>
        <source>Malformed reply: expected a space or &apos;-&apos; after the code, got %1</source>
        <translation>Réponse malformée : une espace ou « - » attendu après le code, reçu %1</translation>
    </message>
</context>
<context>
    <name>postscope::protocol::ReplyParser</name>
    <message>
        <source>Reply too long: more than %1 bytes without a complete reply</source>
        <translation>Réponse trop longue : plus de %1 octets sans réponse complète</translation>
    </message>
    <message>
        <source>Reply line too long: more than %1 bytes</source>
        <translation>Ligne de réponse trop longue : plus de %1 octets</translation>
    </message>
    <message>
        <source>Reply too long: more than %1 lines</source>
        <translation>Réponse trop longue : plus de %1 lignes</translation>
    </message>
</context>
<context>
    <name>postscope::protocol::commands</name>
    <message>
        <source>AUTH needs one mechanism name</source>
        <translation>AUTH a besoin d’un seul nom de mécanisme</translation>
    </message>
    <message>
        <source>The initial response must not contain spaces</source>
        <translation>La réponse initiale ne doit pas contenir d’espaces</translation>
    </message>
    <message>
        <source>A SASL response must not contain spaces</source>
        <translation>Une réponse SASL ne doit pas contenir d’espaces</translation>
    </message>
    <message>
        <source>BDAT needs a chunk size of zero or more</source>
        <translation>BDAT a besoin d’une taille de bloc nulle ou positive</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox</name>
    <message>
        <source>OpenSSL could not generate an RSA key</source>
        <translation>OpenSSL n’a pas pu générer de clé RSA</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate</source>
        <translation>OpenSSL n’a pas pu créer de certificat</translation>
    </message>
    <message>
        <source>OpenSSL could not make a serial number</source>
        <translation>OpenSSL n’a pas pu créer de numéro de série</translation>
    </message>
    <message>
        <source>OpenSSL could not add a certificate extension</source>
        <translation>OpenSSL n’a pas pu ajouter d’extension de certificat</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL n’a pas pu signer le certificat</translation>
    </message>
    <message>
        <source>OpenSSL could not write the certificate as PEM</source>
        <translation>OpenSSL n’a pas pu écrire le certificat en PEM</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::FaultPlan</name>
    <message>
        <source>Fault rules: TARGET[=ADDRESS]:ACTION[:MODIFIER...][:TEXT]
  TARGET   GREETING, a command (EHLO, MAIL, RCPT, DATA, BDAT, AUTH, ...),
           BODY (the message data has begun: mid-DATA), DELIVER (per
           recipient at delivery; for LMTP that recipient&apos;s reply), or *
           (every command and the greeting)
  =ADDRESS only when the command&apos;s address (MAIL/RCPT/VRFY/EXPN, or the
           DELIVER recipient) is ADDRESS
  ACTION   NNN          reply with code NNN instead (then TEXT, which may
                        start with an enhanced code: 550:5.1.1 No such user)
           disconnect   close the connection without a reply
           delay=MS     wait MS milliseconds first (alone: then carry on)
           tarpit=MS    wait MS milliseconds before every matching reply
  MODIFIER @N or n=N    only the Nth matching event (counted over all sessions)
           p=X          with probability X (0..1; --fault-seed makes it repeatable)
  Examples: RCPT:550:5.1.1 No such user   DATA:delay=2000   MAIL:disconnect
            greeting:421   RCPT:550@2   MAIL:451:p=0.5   BODY:disconnect
            DELIVER=bob@example.test:452:4.2.2 Mailbox full   *:tarpit=500</source>
        <translation>Règles de pannes : CIBLE[=ADRESSE]:ACTION[:MODIFICATEUR...][:TEXTE]
  CIBLE    GREETING, une commande (EHLO, MAIL, RCPT, DATA, BDAT, AUTH, ...),
           BODY (les données du message ont commencé : au milieu de DATA), DELIVER
           (par destinataire à la remise ; en LMTP, la réponse pour ce
           destinataire), ou * (chaque commande et l’accueil)
  =ADRESSE seulement quand l’adresse de la commande (MAIL/RCPT/VRFY/EXPN, ou le
           destinataire de DELIVER) est ADRESSE
  ACTION   NNN          répondre plutôt par le code NNN (puis TEXTE, qui peut
                        commencer par un code étendu : 550:5.1.1 No such user)
           disconnect   fermer la connexion sans réponse
           delay=MS     attendre d’abord MS millisecondes (seul : puis continuer)
           tarpit=MS    attendre MS millisecondes avant chaque réponse concernée
  MODIFICATEUR @N ou n=N seulement le N-ième événement concerné (compté sur toutes les sessions)
           p=X          avec la probabilité X (0..1 ; --fault-seed la rend reproductible)
  Exemples : RCPT:550:5.1.1 No such user   DATA:delay=2000   MAIL:disconnect
            greeting:421   RCPT:550@2   MAIL:451:p=0.5   BODY:disconnect
            DELIVER=bob@example.test:452:4.2.2 Mailbox full   *:tarpit=500</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::FaultRule</name>
    <message>
        <source>A fault rule is TARGET:ACTION, e.g. RCPT:550 or DATA:delay=2000</source>
        <translation>Une règle de panne s’écrit CIBLE:ACTION, par ex. RCPT:550 ou DATA:delay=2000</translation>
    </message>
    <message>
        <source>Bad occurrence in &apos;%1&apos;: use @N with N &gt;= 1</source>
        <translation>Occurrence invalide dans « %1 » : utilisez @N avec N &gt;= 1</translation>
    </message>
    <message>
        <source>Bad delay in &apos;%1&apos;: use delay=MILLISECONDS</source>
        <translation>Délai invalide dans « %1 » : utilisez delay=MILLISECONDES</translation>
    </message>
    <message>
        <source>Bad tarpit delay in &apos;%1&apos;: use tarpit=MILLISECONDS</source>
        <translation>Délai de tarpit invalide dans « %1 » : utilisez tarpit=MILLISECONDES</translation>
    </message>
    <message>
        <source>Bad probability in &apos;%1&apos;: use p=0..1</source>
        <translation>Probabilité invalide dans « %1 » : utilisez p=0..1</translation>
    </message>
    <message>
        <source>Bad occurrence in &apos;%1&apos;: use n=N with N &gt;= 1</source>
        <translation>Occurrence invalide dans « %1 » : utilisez n=N avec N &gt;= 1</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; in fault rule &apos;%2&apos;</source>
        <translation>Champ inconnu « %1 » dans la règle de panne « %2 »</translation>
    </message>
    <message>
        <source>The fault rule &apos;%1&apos; has no action (a code, delay=, tarpit= or disconnect)</source>
        <translation>La règle de panne « %1 » n’a pas d’action (un code, delay=, tarpit= ou disconnect)</translation>
    </message>
    <message>
        <source>tarpit applies to commands, not to message data</source>
        <translation>tarpit s’applique aux commandes, pas aux données du message</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::MailStore</name>
    <message>
        <source>Cannot create the Maildir %1</source>
        <translation>Impossible de créer le Maildir %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into new/</source>
        <translation>Impossible de déplacer %1 dans new/</translation>
    </message>
    <message>
        <source>Cannot write the envelope %1: %2</source>
        <translation>Impossible d’écrire l’enveloppe %1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::ReplayEngine</name>
    <message>
        <source>Discarded %1 octets received before the TLS handshake</source>
        <translation>%1 octets reçus avant la négociation TLS ont été écartés</translation>
    </message>
    <message>
        <source>Replay: a line longer than %1 octets</source>
        <translation>Rejeu : une ligne plus longue que %1 octets</translation>
    </message>
    <message>
        <source>Replay: the recording has ended; the client sent &quot;%1&quot;</source>
        <translation>Rejeu : l’enregistrement est terminé ; le client a envoyé « %1 »</translation>
    </message>
    <message>
        <source>Replay: the client quit where the recording has &quot;%1&quot;</source>
        <translation>Rejeu : le client a quitté là où l’enregistrement a « %1 »</translation>
    </message>
    <message>
        <source>Replay: the client sent &quot;%1&quot; where the recording has &quot;%2&quot;</source>
        <translation>Rejeu : le client a envoyé « %1 » là où l’enregistrement a « %2 »</translation>
    </message>
    <message>
        <source>Replay: the recording started TLS, but this listener has none</source>
        <translation>Rejeu : l’enregistrement a démarré TLS, mais cet écouteur n’en a pas</translation>
    </message>
    <message>
        <source>Replay: the message is much bigger than the recorded one (%1 octets)</source>
        <translation>Rejeu : le message est bien plus gros que celui enregistré (%1 octets)</translation>
    </message>
    <message>
        <source>Replay: the message differs from the recorded one at line %1: &quot;%2&quot; where the recording has &quot;%3&quot;</source>
        <translation>Rejeu : le message diffère de celui enregistré à la ligne %1 : « %2 » là où l’enregistrement a « %3 »</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::ReplayScript</name>
    <message>
        <source>the transcript holds no conversation to replay</source>
        <translation>la transcription ne contient aucune conversation à rejouer</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxCertificate</name>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Impossible de lire la clé %1 : %2</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Aucun certificat PEM dans %1</translation>
    </message>
    <message>
        <source>No usable PEM private key in %1</source>
        <translation>Aucune clé privée PEM utilisable dans %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write the key %1: %2</source>
        <translation>Impossible d’écrire la clé %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the certificate %1: %2</source>
        <translation>Impossible d’écrire le certificat %1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxConnection</name>
    <message>
        <source>Connection %1: the client did not take the last replies</source>
        <translation>Connexion %1 : le client n’a pas pris les dernières réponses</translation>
    </message>
    <message>
        <source>Socket error: %1</source>
        <translation>Erreur de socket : %1</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>Erreur TLS : %1</translation>
    </message>
    <message>
        <source>Connection %1 from %2 (%3)</source>
        <translation>Connexion %1 depuis %2 (%3)</translation>
    </message>
    <message>
        <source>Connection %1 refused: %2</source>
        <translation>Connexion %1 refusée : %2</translation>
    </message>
    <message>
        <source>TLS started: %1, %2</source>
        <translation>TLS démarré : %1, %2</translation>
    </message>
    <message>
        <source>Connection %1 closed</source>
        <translation>Connexion %1 fermée</translation>
    </message>
    <message>
        <source>Connection %1 aborted</source>
        <translation>Connexion %1 interrompue</translation>
    </message>
    <message>
        <source>Connection %1: %2, closing</source>
        <translation>Connexion %1 : %2, fermeture</translation>
    </message>
    <message>
        <source>TLS requested on a connection that cannot carry it; closing</source>
        <translation>TLS demandé sur une connexion qui ne peut pas le porter ; fermeture</translation>
    </message>
    <message>
        <source>Discarded %1 octets sent in plaintext after STARTTLS</source>
        <translation>%1 octets envoyés en clair après STARTTLS ont été écartés</translation>
    </message>
    <message>
        <source>Authenticated as %1</source>
        <translation>Authentifié en tant que %1</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxInbox</name>
    <message>
        <source>(later lines of this conversation are not kept)</source>
        <translation>(les lignes suivantes de cette conversation ne sont pas conservées)</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>No such message in the inbox.</source>
        <translation>Aucun message de ce type dans la boîte de réception.</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxServer</name>
    <message>
        <source>No TLS certificate: %1</source>
        <translation>Pas de certificat TLS : %1</translation>
    </message>
    <message>
        <source>Cannot create the Maildir folder %1</source>
        <translation>Impossible de créer le dossier Maildir %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Implicit TLS needs a certificate</source>
        <translation>Le TLS implicite a besoin d’un certificat</translation>
    </message>
    <message>
        <source>Cannot listen on the socket %1: %2</source>
        <translation>Impossible d’écouter sur le socket %1 : %2</translation>
    </message>
    <message>
        <source>Removed again: the message could not be stored for every recipient</source>
        <translation>Retiré à nouveau : le message n’a pas pu être enregistré pour chaque destinataire</translation>
    </message>
    <message>
        <source>Misbehaviour (--misbehave) is allowed on loopback addresses only</source>
        <translation>Le mauvais comportement (--misbehave) n’est autorisé que sur les adresses de bouclage</translation>
    </message>
</context>
<context>
    <name>postscope::send</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no end of the header section in its first MiB</source>
        <translation>%1 : pas de fin de la section d’en-tête dans son premier Mio</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
    <message>
        <source>“%1” is not a list of at most %2 texts</source>
        <translation>« %1 » n’est pas une liste d’au plus %2 textes</translation>
    </message>
    <message>
        <source>“%1” holds something that is not a text</source>
        <translation>« %1 » contient quelque chose qui n’est pas un texte</translation>
    </message>
    <message>
        <source>More than %1 attachments or header fields</source>
        <translation>Plus de %1 pièces jointes ou champs d’en-tête</translation>
    </message>
    <message>
        <source>An attachment names no file</source>
        <translation>Une pièce jointe ne nomme aucun fichier</translation>
    </message>
    <message>
        <source>A header field is not a name and a value</source>
        <translation>Un champ d’en-tête n’est pas un nom et une valeur</translation>
    </message>
</context>
<context>
    <name>postscope::send::LazyFileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>postscope::send::MessageFolder</name>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>“%1” is not a name for a stored message</source>
        <translation>« %1 » n’est pas un nom pour un message enregistré</translation>
    </message>
    <message>
        <source>The message is too big to keep as a draft (%1 octets)</source>
        <translation>Le message est trop gros pour être gardé comme brouillon (%1 octets)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Impossible de lire le message : %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is bigger than %2 octets</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1 is not a stored message: %2</source>
        <translation>%1 n’est pas un message enregistré : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>postscope::send::SendJob</name>
    <message>
        <source>The lint found errors in the message; nothing was sent.</source>
        <translation>La vérification a trouvé des erreurs dans le message ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The session ended before every message was sent.</source>
        <translation>La session s’est terminée avant que chaque message soit envoyé.</translation>
    </message>
</context>
<context>
    <name>postscope::send::StoredMessage</name>
    <message>
        <source>An attached file is gone and no copy of the message was kept</source>
        <translation>Un fichier joint a disparu et aucune copie du message n’a été gardée</translation>
    </message>
    <message>
        <source>The kept copy of the message (%1) is gone</source>
        <translation>La copie gardée du message (%1) a disparu</translation>
    </message>
</context>
<context>
    <name>postscope::session</name>
    <message>
        <source>The client certificate file %1 cannot be read: %2</source>
        <translation>Le fichier de certificat client %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 1 MiB: not a certificate or key.</source>
        <translation>Le fichier %1 dépasse 1 Mio : ce n’est pas un certificat ni une clé.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 needs its passphrase (--key-passphrase-env, or the account&apos;s key passphrase in the keychain).</source>
        <translation>Le fichier PKCS#12 %1 exige sa phrase secrète (--key-passphrase-env, ou la phrase secrète de clé du compte dans le trousseau).</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 could not be opened with the passphrase given (a wrong passphrase, or not PKCS#12).</source>
        <translation>Le fichier PKCS#12 %1 n’a pas pu être ouvert avec la phrase secrète donnée (mauvaise phrase secrète, ou pas du PKCS#12).</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 holds no certificate.</source>
        <translation>Le fichier PKCS#12 %1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 holds no private key.</source>
        <translation>Le fichier PKCS#12 %1 ne contient aucune clé privée.</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>Une clé client exige son certificat.</translation>
    </message>
    <message>
        <source>%1 is PKCS#12 and holds its key: leave out the separate key file.</source>
        <translation>%1 est du PKCS#12 et contient sa clé : omettez le fichier de clé séparé.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no private key: name the key file (--client-key).</source>
        <translation>%1 ne contient aucune clé privée : indiquez le fichier de clé (--client-key).</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key.</source>
        <translation>%1 ne contient aucune clé privée PEM.</translation>
    </message>
    <message>
        <source>The private key %1 is encrypted and needs its passphrase (--key-passphrase-env, or the account&apos;s key passphrase in the keychain).</source>
        <translation>La clé privée %1 est chiffrée et exige sa phrase secrète (--key-passphrase-env, ou la phrase secrète de clé du compte dans le trousseau).</translation>
    </message>
    <message>
        <source>The private key %1 did not decrypt with the passphrase given.</source>
        <translation>La clé privée %1 ne s’est pas déchiffrée avec la phrase secrète donnée.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used (Qt takes RSA, EC, DSA and DH keys).</source>
        <translation>La clé privée %1 ne peut pas être utilisée (Qt accepte les clés RSA, EC, DSA et DH).</translation>
    </message>
    <message>
        <source>SASL %1</source>
        <translation>SASL %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>sujet : %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>émetteur : %1</translation>
    </message>
    <message>
        <source>validity: %1</source>
        <translation>validité : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>postscope::session::DeviceSource</name>
    <message>
        <source>the message could not be read</source>
        <translation>le message n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>postscope::session::SessionJob</name>
    <message>
        <source>Authentication failed: %1 %2</source>
        <translation>L’authentification a échoué : %1 %2</translation>
    </message>
    <message>
        <source>No OAuth access token for the login.</source>
        <translation>Aucun jeton d’accès OAuth pour la connexion.</translation>
    </message>
</context>
<context>
    <name>postscope::session::SmtpSession</name>
    <message>
        <source>STARTTLS is required but not possible over a Unix-domain socket (use --security none)</source>
        <translation>STARTTLS est exigé mais impossible sur un socket de domaine Unix (utilisez --security none)</translation>
    </message>
    <message>
        <source>Unix-domain socket: no TLS (the connection does not leave this machine)</source>
        <translation>Socket de domaine Unix : pas de TLS (la connexion ne quitte pas cette machine)</translation>
    </message>
    <message>
        <source>STARTTLS not offered; going on without TLS</source>
        <translation>STARTTLS non offert ; poursuite sans TLS</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS non offert</translation>
    </message>
    <message>
        <source>STARTTLS refused (%1); going on without TLS</source>
        <translation>STARTTLS refusé (%1) ; poursuite sans TLS</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS refusé : %1</translation>
    </message>
    <message>
        <source>TLS is not available over a Unix-domain socket</source>
        <translation>TLS n’est pas disponible sur un socket de domaine Unix</translation>
    </message>
    <message>
        <source>plaintext injected after STARTTLS: %1 byte(s) followed the 220 reply</source>
        <translation>texte en clair injecté après STARTTLS : %1 octet(s) ont suivi la réponse 220</translation>
    </message>
    <message>
        <source>TLS started: %1, %2, peer %3</source>
        <translation>TLS démarré : %1, %2, pair %3</translation>
    </message>
    <message>
        <source>Certificate NOT verified (%1); accepted only because its SHA-256 fingerprint matches the trusted one</source>
        <translation>Certificat NON vérifié (%1) ; accepté seulement parce que son empreinte SHA-256 correspond à celle approuvée</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>TLS certificate verification failed for %1: %2</source>
        <translation>La vérification du certificat TLS a échoué pour %1 : %2</translation>
    </message>
    <message>
        <source> (the certificate&apos;s SHA-256 fingerprint %1 is not the trusted one)</source>
        <translation> (l’empreinte SHA-256 %1 du certificat n’est pas celle approuvée)</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: no address found</source>
        <translation>Impossible de se connecter à %1 : aucune adresse trouvée</translation>
    </message>
    <message>
        <source>Could not connect to %1: it has no %2 address</source>
        <translation>Impossible de se connecter à %1 : il n’a pas d’adresse %2</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; trying the first %3</source>
        <translation>%1 a %2 adresses ; les %3 premières sont essayées</translation>
    </message>
    <message>
        <source>Could not use the source address %1: %2</source>
        <translation>Impossible d’utiliser l’adresse source %1 : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: every address failed (%2)</source>
        <translation>Impossible de se connecter à %1 : chaque adresse a échoué (%2)</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>Délai dépassé après %1 s lors de la connexion à %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) from %3</source>
        <translation>Connecté à %1 (%2) depuis %3</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s looking up %2</source>
        <translation>Délai dépassé après %1 s lors de la résolution de %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse dans les %1 s</translation>
    </message>
    <message>
        <source>Timed out after %1 s in the TLS handshake with %2</source>
        <translation>Délai dépassé après %1 s dans la négociation TLS avec %2</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2</source>
        <translation>Délai dépassé après %1 s en attendant %2</translation>
    </message>
    <message>
        <source>Timed out sending the message data: the server took none of it for %1 s (%2 octets taken so far)</source>
        <translation>Délai dépassé pendant l’envoi des données du message : le serveur n’en a rien pris pendant %1 s (%2 octets pris jusqu’ici)</translation>
    </message>
    <message>
        <source>Timed out after %1 s sending the message data: the server took only %2 octets, slower than the least rate allowed (%3 octets/s beyond the %4 s timeout)</source>
        <translation>Délai dépassé après %1 s pendant l’envoi des données du message : le serveur n’a pris que %2 octets, plus lentement que le débit minimal autorisé (%3 octets/s au-delà du délai de %4 s)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>The connection was closed before the server answered.</source>
        <translation>La connexion a été fermée avant que le serveur réponde.</translation>
    </message>
    <message>
        <source> (the certificate&apos;s SHA-256 fingerprint %1 is not the trusted one; the certificate changed since it was trusted: %2)</source>
        <translation> (l’empreinte SHA-256 %1 du certificat n’est pas celle de confiance ; le certificat a changé depuis qu’il a été approuvé : %2)</translation>
    </message>
    <message>
        <source> (no TLS version in common: this connection allows %1)</source>
        <translation> (aucune version TLS en commun : cette connexion permet %1)</translation>
    </message>
    <message>
        <source> (this connection allows %1; a server that does not offer it ends the handshake like this)</source>
        <translation> (cette connexion permet %1 ; un serveur qui ne l’offre pas termine la négociation ainsi)</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake, before its first reply over TLS: it probably requires a client certificate, and none was sent (--client-cert).</source>
        <translation>Le serveur a fermé la connexion juste après la négociation TLS, avant sa première réponse via TLS : il exige probablement un certificat client, et aucun n’a été envoyé (--client-cert).</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake, before its first reply over TLS: it probably did not accept the client certificate sent (%1).</source>
        <translation>Le serveur a fermé la connexion juste après la négociation TLS, avant sa première réponse via TLS : il n’a probablement pas accepté le certificat client envoyé (%1).</translation>
    </message>
    <message>
        <source>only TLS %1</source>
        <translation>TLS %1 uniquement</translation>
    </message>
    <message>
        <source>TLS %1 or later (--tls-min)</source>
        <translation>TLS %1 ou ultérieur (--tls-min)</translation>
    </message>
    <message>
        <source>the message data</source>
        <translation>les données du message</translation>
    </message>
    <message>
        <source>Stopped in step mode: %1 was not sent</source>
        <translation>Arrêté en mode pas à pas : %1 n’a pas été envoyé</translation>
    </message>
    <message>
        <source>Stopped in step mode before %1 was sent.</source>
        <translation>Arrêté en mode pas à pas avant l’envoi de %1.</translation>
    </message>
    <message>
        <source>The server is reading message data: QUIT would become part of the message, so the connection is closed without the end of data, and nothing is delivered (RFC 5321 4.1.1.4)</source>
        <translation>Le serveur lit les données du message : QUIT ferait partie du message, la connexion est donc fermée sans la fin des données, et rien n’est remis (RFC 5321 4.1.1.4)</translation>
    </message>
</context>
<context>
    <name>postscope::session::TlsReport</name>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified, trusted by its exact SHA-256 fingerprint</source>
        <translation>NON vérifié, approuvé par son empreinte SHA-256 exacte</translation>
    </message>
    <message>
        <source>verification FAILED</source>
        <translation>ÉCHEC de la vérification</translation>
    </message>
    <message>
        <source>no certificate seen</source>
        <translation>aucun certificat vu</translation>
    </message>
    <message>
        <source>certificate for %1: %2</source>
        <translation>certificat pour %1 : %2</translation>
    </message>
    <message>
        <source> [certificate %1]</source>
        <translation> [certificat %1]</translation>
    </message>
    <message>
        <source>error %1: %2%3</source>
        <translation>erreur %1 : %2%3</translation>
    </message>
    <message>
        <source>changed since trusted: %1</source>
        <translation>changé depuis l’approbation : %1</translation>
    </message>
    <message>
        <source>[%1] subject: %2</source>
        <translation>[%1] sujet : %2</translation>
    </message>
    <message>
        <source>names:   %1</source>
        <translation>noms :     %1</translation>
    </message>
    <message>
        <source>issuer:  %1%2</source>
        <translation>émetteur : %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source> (EXPIRED)</source>
        <translation> (EXPIRÉ)</translation>
    </message>
    <message>
        <source> (NOT YET VALID)</source>
        <translation> (PAS ENCORE VALIDE)</translation>
    </message>
    <message>
        <source>valid:   %1</source>
        <translation>valide :   %1</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>, signed with %1</source>
        <translation>, signé avec %1</translation>
    </message>
    <message>
        <source>key:     %1</source>
        <translation>clé :      %1</translation>
    </message>
    <message>
        <source>sha256:  %1</source>
        <translation>sha256 :   %1</translation>
    </message>
</context>
<context>
    <name>postscope::transcript</name>
    <message>
        <source>smtplib has no AUTH %1: the script logs in with the best mechanism smtplib knows</source>
        <translation>smtplib n’a pas AUTH %1 : le script se connecte avec le meilleur mécanisme que smtplib connaît</translation>
    </message>
    <message>
        <source>a line with a secret cannot be repeated: %1</source>
        <translation>une ligne contenant un secret ne peut pas être répétée : %1</translation>
    </message>
    <message>
        <source>not repeated (the format sends mail only): %1</source>
        <translation>non répété (le format n’envoie que du courrier) : %1</translation>
    </message>
    <message>
        <source>a transaction without message data is not repeated: %1</source>
        <translation>une transaction sans données de message n’est pas répétée : %1</translation>
    </message>
    <message>
        <source>the message does not end with a line break: the command adds one</source>
        <translation>le message ne finit pas par un saut de ligne : la commande en ajoute un</translation>
    </message>
    <message>
        <source>recipients had different RCPT parameters: every recipient gets the first one&apos;s</source>
        <translation>les destinataires avaient des paramètres RCPT différents : chacun reçoit ceux du premier</translation>
    </message>
    <message>
        <source>swaks cannot send MAIL parameters: %1</source>
        <translation>swaks ne peut pas envoyer de paramètres MAIL : %1</translation>
    </message>
    <message>
        <source>the message holds text swaks replaces (%TOKEN% or \n): what swaks sends will differ</source>
        <translation>le message contient du texte que swaks remplace (%TOKEN% ou \n) : ce que swaks envoie sera différent</translation>
    </message>
    <message>
        <source>the transcript holds no message that was sent, nothing to export</source>
        <translation>la transcription ne contient aucun message envoyé, rien à exporter</translation>
    </message>
    <message>
        <source>the transcript holds no conversation</source>
        <translation>la transcription ne contient aucune conversation</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;base64&quot; is not base64</source>
        <translation>« base64 » n’est pas du base64</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be client, server or note</source>
        <translation>« direction » doit valoir client, server ou note</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: not a transcript line (C:, S:, ** or #, after an optional HH:mm:ss.zzz time)</source>
        <translation>ligne %1 : pas une ligne de transcription (C:, S:, ** ou #, après une heure HH:mm:ss.zzz facultative)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is bigger than %2 MiB: not read</source>
        <translation>%1 dépasse %2 Mio : non lu</translation>
    </message>
</context>
<context>
    <name>postscope::transcript::ConversationBuilder</name>
    <message>
        <source>Message data with no DATA or BDAT before it</source>
        <translation>Données de message sans DATA ni BDAT avant elles</translation>
    </message>
    <message>
        <source>The message data never ended</source>
        <translation>Les données du message ne se sont jamais terminées</translation>
    </message>
    <message>
        <source>A BDAT chunk is shorter than its size</source>
        <translation>Un bloc BDAT est plus court que sa taille</translation>
    </message>
</context>
<context>
    <name>postscope::transcript::Transcript</name>
    <message>
        <source>TLS started: %1, %2, peer %3</source>
        <translation>TLS démarré : %1, %2, pair %3</translation>
    </message>
</context>
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
        <source>Use&amp;r:</source>
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
        <translation>Clé clie&amp;nt :</translation>
    </message>
    <message>
        <source>The usual ports: 587 for submission with STARTTLS (RFC 6409), 465 for submission over TLS (RFC 8314), 25 between mail servers (RFC 5321), 24 for LMTP.</source>
        <translation>Les ports habituels : 587 pour la soumission avec STARTTLS (RFC 6409), 465 pour la soumission sous TLS (RFC 8314), 25 entre serveurs de courriel (RFC 5321), 24 pour LMTP.</translation>
    </message>
    <message>
        <source>No system keychain is available, and Postscope never writes a password anywhere else: it will ask for the password each time it connects.</source>
        <translation>Aucun trousseau du système n’est disponible, et Postscope n’écrit jamais un mot de passe ailleurs : il demandera le mot de passe à chaque connexion.</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation>Arrêter le &amp;test</translation>
    </message>
    <message>
        <source>Close the test connection now</source>
        <translation>Fermer la connexion de test maintenant</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificat…</translation>
    </message>
    <message>
        <source>The certificate chain the server showed in the last test, and this account&apos;s trust exceptions</source>
        <translation>La chaîne de certificats que le serveur a montrée lors du dernier test, et les exceptions de confiance de ce compte</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>État du test</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Connect to the server now and list what it offers, before the account is saved (no login, no mail)</source>
        <translation>Se connecter au serveur maintenant et lister ce qu’il offre, avant l’enregistrement du compte (sans connexion au compte, sans courrier)</translation>
    </message>
    <message>
        <source>Testing is not available here</source>
        <translation>Le test n’est pas disponible ici</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Test impossible : %1</translation>
    </message>
    <message>
        <source>Timings: %1</source>
        <translation>Durées : %1</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test arrêté.</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Échec du test : %1</translation>
    </message>
    <message>
        <source>Connected with %1 (%2).</source>
        <translation>Connecté avec %1 (%2).</translation>
    </message>
    <message>
        <source>Connected without TLS.</source>
        <translation>Connecté sans TLS.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>This account now trusts the certificate %1 for %2. Test again to see it accepted; it is kept when you save.</source>
        <translation>Ce compte fait maintenant confiance au certificat %1 pour %2. Testez à nouveau pour le voir accepté ; il est conservé à l’enregistrement.</translation>
    </message>
    <message>
        <source>%1 logs in with an OAuth access token: choose the OAuth provider that issues it (Login tab).</source>
        <translation>%1 se connecte avec un jeton d’accès OAuth : choisissez le fournisseur OAuth qui l’émet (onglet Connexion).</translation>
    </message>
    <message>
        <source>The tokens are kept in the system keychain when you save, never in the settings file.</source>
        <translation>Les jetons sont gardés dans le trousseau du système lors de l’enregistrement, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>No system keychain is available: the tokens of a sign-in are held in memory for this session only, never written anywhere; sign in again after Postscope restarts.</source>
        <translation>Aucun trousseau du système n’est disponible : les jetons d’une identification sont gardés en mémoire pour cette session seulement, jamais écrits nulle part ; identifiez-vous de nouveau après le redémarrage de Postscope.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Points de terminaison personnalisés</translation>
    </message>
    <message>
        <source>Who issues the access tokens for XOAUTH2 and OAUTHBEARER (RFC 7628)</source>
        <translation>Qui émet les jetons d’accès pour XOAUTH2 et OAUTHBEARER (RFC 7628)</translation>
    </message>
    <message>
        <source>&amp;OAuth provider:</source>
        <translation>Fournisseur &amp;OAuth :</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in</source>
        <translation>Identification OAuth 2.0</translation>
    </message>
    <message>
        <source>From your registration with the provider</source>
        <translation>Issu de votre enregistrement auprès du fournisseur</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;dentifiant client :</translation>
    </message>
    <message>
        <source>Space-separated scopes (RFC 6749 3.3); empty: the provider&apos;s mail scope</source>
        <translation>Portées séparées par des espaces (RFC 6749 3.3) ; vide : la portée de messagerie du fournisseur</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Porté&amp;e :</translation>
    </message>
    <message>
        <source>https://login.example.com/authorize</source>
        <translation>https://login.example.com/authorize</translation>
    </message>
    <message>
        <source>The authorization endpoint (RFC 6749 3.1): https, or http on this computer only</source>
        <translation>Le point de terminaison d’autorisation (RFC 6749 3.1) : https, ou http sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Authori&amp;zation endpoint:</source>
        <translation>Point de terminaison d’auto&amp;risation :</translation>
    </message>
    <message>
        <source>https://login.example.com/token</source>
        <translation>https://login.example.com/token</translation>
    </message>
    <message>
        <source>The token endpoint (RFC 6749 3.2): https, or http on this computer only</source>
        <translation>Le point de terminaison des jetons (RFC 6749 3.2) : https, ou http sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation>Point de terminaison des &amp;jetons :</translation>
    </message>
    <message>
        <source>Si&amp;gn In…</source>
        <translation>S’identi&amp;fier…</translation>
    </message>
    <message>
        <source>Sign in at the provider in your browser; Postscope receives the tokens on this computer (127.0.0.1)</source>
        <translation>Identifiez-vous auprès du fournisseur dans votre navigateur ; Postscope reçoit les jetons sur cet ordinateur (127.0.0.1)</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Annuler l’identification</translation>
    </message>
    <message>
        <source>Sig&amp;n Out</source>
        <translation>Se déco&amp;nnecter</translation>
    </message>
    <message>
        <source>Remove this account&apos;s tokens from the keychain</source>
        <translation>Retirer les jetons de ce compte du trousseau</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Identification en cours</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non identifié.</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de l’identification</translation>
    </message>
    <message>
        <source>If no browser opened, open this address in a browser on this computer:</source>
        <translation>Si aucun navigateur ne s’est ouvert, ouvrez cette adresse dans un navigateur sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Adresse d’autorisation</translation>
    </message>
    <message>
        <source>Where the tokens are kept</source>
        <translation>Où les jetons sont gardés</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Identification impossible : %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>En attente de l’identification dans le navigateur…</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below. Waiting for the sign-in…</source>
        <translation>Aucun navigateur n’a pu être ouvert : ouvrez l’adresse ci-dessous. En attente de l’identification…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Démarrage de l’identification…</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>annulée.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Identification annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de l’identification : %1</translation>
    </message>
    <message>
        <source>The tokens are kept with the account when you save it.</source>
        <translation>Les jetons sont gardés avec le compte quand vous l’enregistrez.</translation>
    </message>
    <message>
        <source>Removing the tokens from the keychain…</source>
        <translation>Retrait des jetons du trousseau…</translation>
    </message>
    <message>
        <source>The tokens could not be removed from the keychain: %1</source>
        <translation>Les jetons n’ont pas pu être retirés du trousseau : %1</translation>
    </message>
    <message>
        <source>The account was saved, but its OAuth tokens were not kept: %1 Try again with Save.</source>
        <translation>Le compte a été enregistré, mais ses jetons OAuth n’ont pas été gardés : %1 Réessayez avec « Enregistrer ».</translation>
    </message>
    <message>
        <source>Saved “%1”; its OAuth tokens are in the system keychain.</source>
        <translation>« %1 » enregistré ; ses jetons OAuth sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved “%1”. No keychain is available: its OAuth tokens are held in memory until Postscope quits.</source>
        <translation>« %1 » enregistré. Aucun trousseau n’est disponible : ses jetons OAuth sont gardés en mémoire jusqu’à ce que Postscope se ferme.</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>Sécurit&amp;é</translation>
    </message>
    <message>
        <source>Empty: keep the stored one, or none</source>
        <translation>Vide : garder celle enregistrée, ou aucune</translation>
    </message>
    <message>
        <source>The client key&apos;s passphrase; saved to the system keychain, never to the settings</source>
        <translation>La phrase secrète de la clé client ; enregistrée dans le trousseau du système, jamais dans les réglages</translation>
    </message>
    <message>
        <source>Key passp&amp;hrase:</source>
        <translation>P&amp;hrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Saved “%1”; its secrets are in the system keychain.</source>
        <translation>« %1 » enregistré ; ses secrets sont dans le trousseau du système.</translation>
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
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AccountLogin</name>
    <message>
        <source>%1 Sign in with Edit Account (Login tab).</source>
        <translation>%1 Identifiez-vous avec « Modifier le compte » (onglet Connexion).</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AddressProbeView</name>
    <message>
        <source>Address probe</source>
        <translation>Sonde d’adresses</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>One address per line: type, paste, or load a file</source>
        <translation>Une adresse par ligne : saisissez, collez ou chargez un fichier</translation>
    </message>
    <message>
        <source>VRFY (RFC 5321 3.5.1)</source>
        <translation>VRFY (RFC 5321 3.5.1)</translation>
    </message>
    <message>
        <source>EXPN (RFC 5321 3.5.2)</source>
        <translation>EXPN (RFC 5321 3.5.2)</translation>
    </message>
    <message>
        <source>RCPT TO, never DATA (when VRFY is off)</source>
        <translation>RCPT TO, jamais DATA (quand VRFY est désactivé)</translation>
    </message>
    <message>
        <source>VRFY and EXPN ask the server; the RCPT method starts a transaction, names each address and resets it: nothing is sent</source>
        <translation>VRFY et EXPN interrogent le serveur ; la méthode RCPT démarre une transaction, nomme chaque adresse et la réinitialise : rien n’est envoyé</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>empty: the null sender &lt;&gt;</source>
        <translation>vide : l’expéditeur nul &lt;&gt;</translation>
    </message>
    <message>
        <source>The MAIL FROM of the RCPT method (RFC 5321 4.1.1.2)</source>
        <translation>Le MAIL FROM de la méthode RCPT (RFC 5321 4.1.1.2)</translation>
    </message>
    <message>
        <source>MAIL &amp;FROM:</source>
        <translation>MAIL &amp;FROM :</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>&amp;Charger un fichier…</translation>
    </message>
    <message>
        <source>Read addresses from a text file, one per line</source>
        <translation>Lire les adresses depuis un fichier texte, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask the selected account&apos;s server about each address (Ctrl+R)</source>
        <translation>Interroger le serveur du compte sélectionné sur chaque adresse (Ctrl+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Close the connection now; the unanswered rows say so</source>
        <translation>Fermer la connexion maintenant ; les lignes sans réponse l’indiquent</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Write the table as CSV (RFC 4180)</source>
        <translation>Écrire le tableau en CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Checks go to %1&apos;s server.</source>
        <translation>Les vérifications vont au serveur de %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: too long for one command line (RFC 5321 4.5.3.1.4)</source>
        <translation>%1, ligne %2 : trop long pour une ligne de commande (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>%1: more than %2 addresses; postscope-cli verify takes longer lists</source>
        <translation>%1 : plus de %2 adresses ; postscope-cli verify accepte des listes plus longues</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) loaded from %1.</source>
        <translation>
            <numerusform>%n adresse chargée depuis %1.</numerusform>
            <numerusform>%n adresses chargées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Type or load at least one address.</source>
        <translation>Saisissez ou chargez au moins une adresse.</translation>
    </message>
    <message>
        <source>More than %1 addresses; postscope-cli verify takes longer lists.</source>
        <translation>Plus de %1 adresses ; postscope-cli verify accepte des listes plus longues.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>MAIL FROM: %1</source>
        <translation>MAIL FROM : %1</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 answered.</source>
        <translation>Arrêté : %1 sur %2 ont répondu.</translation>
    </message>
    <message>
        <source>The check stopped early: %1</source>
        <translation>La vérification s’est arrêtée tôt : %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered%3.</source>
        <translation>%1 sur %2 ont répondu%3.</translation>
    </message>
    <message>
        <source>, pipelined</source>
        <translation>, en pipelining</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n address(es) on %1…</source>
        <translation>
            <numerusform>Vérification de %n adresse sur %1…</numerusform>
            <numerusform>Vérification de %n adresses sur %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Addresses</source>
        <translation>Charger des adresses</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AddressResultModel</name>
    <message>
        <source>Exists</source>
        <translation>Existe</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Échec temporaire</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>Code étendu</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Server text</source>
        <translation>Texte du serveur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
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
    <name>postscope::ui::CertificateView</name>
    <message>
        <source>(no subject name)</source>
        <translation>(pas de nom de sujet)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>The chain the server sent: the issuer above, the server&apos;s own certificate at the bottom</source>
        <translation>La chaîne envoyée par le serveur : l’émetteur au-dessus, le propre certificat du serveur en bas</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate for This Host</source>
        <translation>&amp;Faire confiance à ce certificat pour cet hôte</translation>
    </message>
    <message>
        <source>Trust exceptions</source>
        <translation>Exceptions de confiance</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Certificates this account accepts although they do not verify: exactly these, for exactly these hosts</source>
        <translation>Certificats que ce compte accepte bien qu’ils ne se vérifient pas : exactement ceux-ci, pour exactement ces hôtes</translation>
    </message>
    <message>
        <source>Re&amp;move Exception</source>
        <translation>&amp;Supprimer l’exception</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Cesser de faire confiance au certificat sélectionné</translation>
    </message>
    <message>
        <source>Trust exceptions of this account:</source>
        <translation>Exceptions de confiance de ce compte :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bits</source>
        <translation>
            <numerusform>%1, %n bit</numerusform>
            <numerusform>%1, %n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate yet: test the connection or probe the server.</source>
        <translation>Pas encore de certificat : testez la connexion ou sondez le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate chain %1 presented (%n certificate(s)).</source>
        <translation>
            <numerusform>La chaîne de certificats présentée par %1 (%n certificat).</numerusform>
            <numerusform>La chaîne de certificats présentée par %1 (%n certificats).</numerusform>
        </translation>
    </message>
    <message>
        <source>Server certificate: %1</source>
        <translation>Certificat du serveur : %1</translation>
    </message>
    <message>
        <source>Issuer certificate: %1</source>
        <translation>Certificat de l’émetteur : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified:&lt;/b&gt; the chain leads to a trusted authority and names %1.</source>
        <translation>&lt;b&gt;Vérifié :&lt;/b&gt; la chaîne mène à une autorité de confiance et nomme %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt;, accepted only because this account trusts exactly this certificate (its SHA-256 fingerprint):</source>
        <translation>&lt;b&gt;Non vérifié&lt;/b&gt;, accepté uniquement parce que ce compte fait confiance à exactement ce certificat (son empreinte SHA-256) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verification failed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échec de la vérification :&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (certificate “%1”)</source>
        <translation> (certificat « %1 »)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n’a été donnée</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with SHA-256 %1 for %2 from now on, although it does not verify. Any other certificate for this host is still checked.</source>
        <translation>Accepter désormais exactement le certificat de SHA-256 %1 pour %2, bien qu’il ne se vérifie pas. Tout autre certificat pour cet hôte reste vérifié.</translation>
    </message>
    <message>
        <source>Nothing to trust: no failed certificate, or it is trusted already</source>
        <translation>Rien à approuver : aucun certificat en échec, ou il est déjà de confiance</translation>
    </message>
    <message>
        <source>Trusted in the certificate view: %1</source>
        <translation>Approuvé dans la vue du certificat : %1</translation>
    </message>
    <message>
        <source>TLS connection</source>
        <translation>Connexion TLS</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2, server name (SNI) %3</source>
        <translation>TLS : %1, suite de chiffrement %2, nom du serveur (SNI) %3</translation>
    </message>
    <message>
        <source>TLS: the handshake did not complete; server name (SNI) %1</source>
        <translation>TLS : la négociation n’a pas abouti ; nom du serveur (SNI) %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not the certificate this account trusts;&lt;/b&gt; what changed:</source>
        <translation>&lt;b&gt;Ce n’est pas le certificat auquel ce compte fait confiance ;&lt;/b&gt; ce qui a changé :</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>valide maintenant</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
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
            <numerusform>Seule %n ligne est affichée.</numerusform>
            <numerusform>Seules les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two transcripts side by side</source>
        <translation>Les deux journaux côte à côte</translation>
    </message>
</context>
<context>
    <name>postscope::ui::ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Send progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the send; the message stays here as a draft</source>
        <translation>Arrêter l’envoi ; le message reste ici comme brouillon</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Who the message is from: one of the account&apos;s identities, or any mailbox you type</source>
        <translation>De qui vient le message : l’une des identités du compte, ou toute boîte que vous saisissez</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>C&amp;ci :</translation>
    </message>
    <message>
        <source>name@example.test, Other &lt;other@example.test&gt;</source>
        <translation>nom@example.test, Autre &lt;other@example.test&gt;</translation>
    </message>
    <message>
        <source>Blind copies: in the envelope (RCPT TO) only, never in a header field</source>
        <translation>Copies cachées : uniquement dans l’enveloppe (RCPT TO), jamais dans un champ d’en-tête</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>The text/plain body</source>
        <translation>Le corps text/plain</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>Source HTML</translation>
    </message>
    <message>
        <source>&lt;p&gt;An HTML body, sent next to the plain text (multipart/alternative). Inline images: &lt;img src=&quot;cid:NAME&quot;&gt;</source>
        <translation>&lt;p&gt;Un corps HTML, envoyé à côté du texte brut (multipart/alternative). Images en ligne : &lt;img src=&quot;cid:NAME&quot;&gt;</translation>
    </message>
    <message>
        <source>HTML preview</source>
        <translation>Aperçu HTML</translation>
    </message>
    <message>
        <source>How the HTML body looks. Remote images and style sheets are never loaded; only the message&apos;s own inline images show.</source>
        <translation>L’apparence du corps HTML. Les images et feuilles de style distantes ne sont jamais chargées ; seules les images en ligne du message s’affichent.</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Extra header fields</source>
        <translation>Champs d’en-tête supplémentaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Header fields added to the message as written (RFC 5322 2.2); a line break in a value is refused (header injection)</source>
        <translation>Champs d’en-tête ajoutés au message tels qu’écrits (RFC 5322 2.2) ; un saut de ligne dans une valeur est refusé (injection d’en-tête)</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove Fi&amp;eld</source>
        <translation>Supprimer le c&amp;hamp</translation>
    </message>
    <message>
        <source>Header F&amp;ields</source>
        <translation>Champs d’en-&amp;tête</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Files sent with the message; drop files here or on the composer</source>
        <translation>Fichiers envoyés avec le message ; déposez des fichiers ici ou sur la fenêtre de rédaction</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>Ajouter des fichiers au message</translation>
    </message>
    <message>
        <source>Inline &amp;Image…</source>
        <translation>&amp;Image en ligne…</translation>
    </message>
    <message>
        <source>Add an image the HTML body shows with &lt;img src=&quot;cid:FILE&quot;&gt; (multipart/related, RFC 2387)</source>
        <translation>Ajouter une image que le corps HTML affiche avec &lt;img src=&quot;cid:FILE&quot;&gt; (multipart/related, RFC 2387)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected attachments from the message</source>
        <translation>Retirer du message les pièces jointes sélectionnées</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>Si&amp;gner</translation>
    </message>
    <message>
        <source>En&amp;crypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>&amp;DKIM</source>
        <translation>&amp;DKIM</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Exactly the MAIL FROM and RCPT TO commands the send will write (RFC 5321 3.3)</source>
        <translation>Exactement les commandes MAIL FROM et RCPT TO que l’envoi écrira (RFC 5321 3.3)</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Enveloppe</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Constats du lint</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>What a receiving server may dislike about this message; errors stop the send</source>
        <translation>Ce qu’un serveur destinataire peut reprocher à ce message ; les erreurs arrêtent l’envoi</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Lint</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>Source brute</translation>
    </message>
    <message>
        <source>The exact octets of the message as they will leave</source>
        <translation>Les octets exacts du message tels qu’ils partiront</translation>
    </message>
    <message>
        <source>Show A&amp;ll</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole source (up to %1; save it as .eml for more)</source>
        <translation>Afficher toute la source (jusqu’à %1 ; enregistrez-la en .eml pour davantage)</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message>
        <source>Result per recipient</source>
        <translation>Résultat par destinataire</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Étendu</translation>
    </message>
    <message>
        <source>Server said</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4
%5</source>
        <translation>%1 : %2 %3 %4
%5</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Send the message through %1</source>
        <translation>Envoyer le message via %1</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Keep the message as a draft now (it is also kept every few seconds after a change)</source>
        <translation>Garder le message comme brouillon maintenant (il est aussi gardé toutes les quelques secondes après une modification)</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>&amp;Ouvrir un .eml…</translation>
    </message>
    <message>
        <source>Load a saved message into the composer</source>
        <translation>Charger un message enregistré dans la fenêtre de rédaction</translation>
    </message>
    <message>
        <source>Save &amp;As .eml…</source>
        <translation>Enregistrer &amp;sous .eml…</translation>
    </message>
    <message>
        <source>Write the exact octets of the message to a file</source>
        <translation>Écrire les octets exacts du message dans un fichier</translation>
    </message>
    <message>
        <source>Sign the message (S/MIME, RFC 8551, or OpenPGP, RFC 3156)</source>
        <translation>Signer le message (S/MIME, RFC 8551, ou OpenPGP, RFC 3156)</translation>
    </message>
    <message>
        <source>No signing certificate or key is set up for %1</source>
        <translation>Aucun certificat ou clé de signature n’est configuré pour %1</translation>
    </message>
    <message>
        <source>Encrypt the message to its recipients&apos; keys</source>
        <translation>Chiffrer le message avec les clés de ses destinataires</translation>
    </message>
    <message>
        <source>No recipient certificates or keys are set up for %1</source>
        <translation>Aucun certificat ou clé de destinataire n’est configuré pour %1</translation>
    </message>
    <message>
        <source>Sign as %1 with selector %2 (DKIM, RFC 6376)</source>
        <translation>Signer en tant que %1 avec le sélecteur %2 (DKIM, RFC 6376)</translation>
    </message>
    <message>
        <source>No DKIM key is set up for %1</source>
        <translation>Aucune clé DKIM n’est configurée pour %1</translation>
    </message>
    <message>
        <source>These attached files are gone: %1</source>
        <translation>Ces fichiers joints ont disparu : %1</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Only one mailbox may be the sender</source>
        <translation>Une seule boîte peut être l’expéditeur</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Header field %1: %2</source>
        <translation>Champ d’en-tête %1 : %2</translation>
    </message>
    <message>
        <source>No recipient: fill in To, Cc or Bcc</source>
        <translation>Aucun destinataire : remplissez À, Cc ou Cci</translation>
    </message>
    <message>
        <source>No sender: fill in From</source>
        <translation>Aucun expéditeur : remplissez De</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 n’est pas un fichier lisible</translation>
    </message>
    <message>
        <source>At most %1 attachments</source>
        <translation>Au plus %1 pièces jointes</translation>
    </message>
    <message>
        <source>Inline: shown by the HTML body as cid:%1</source>
        <translation>En ligne : affichée par le corps HTML comme cid:%1</translation>
    </message>
    <message>
        <source>Inline Image</source>
        <translation>Image en ligne</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Nothing can be sent yet:
%1</source>
        <translation>Rien ne peut encore être envoyé :
%1</translation>
    </message>
    <message>
        <source>The message cannot be built: %1</source>
        <translation>Le message ne peut pas être construit : %1</translation>
    </message>
    <message>
        <source># Assumed server: %1 (connect to the account to see its own)
</source>
        <translation># Serveur supposé : %1 (connectez-vous au compte pour voir le sien)
</translation>
    </message>
    <message>
        <source># Server offers: %1
</source>
        <translation># Le serveur offre : %1
</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Ne peut pas être envoyé : %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Lint (%1)</source>
        <translation>&amp;Lint (%1)</translation>
    </message>
    <message>
        <source>Building the source…</source>
        <translation>Construction de la source…</translation>
    </message>
    <message>
        <source>The source could not be read: %1</source>
        <translation>La source n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The first %1 of %2</source>
        <translation>Les %1 premiers sur %2</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Tout (%1)</translation>
    </message>
    <message>
        <source>No folder for drafts</source>
        <translation>Aucun dossier pour les brouillons</translation>
    </message>
    <message>
        <source>(The body of %1 is attached as it was: %2)
</source>
        <translation>(Le corps de %1 est joint tel quel : %2)
</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <source>Messages (*.eml);;All files (*)</source>
        <translation>Messages (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>The message is already on its way.</source>
        <translation>Le message est déjà en route.</translation>
    </message>
    <message>
        <source>The account “%1” is gone; choose another.</source>
        <translation>Le compte « %1 » a disparu ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Envoi via %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cancelled before connecting; the message is still here.</source>
        <translation>Annulé avant la connexion ; le message est toujours là.</translation>
    </message>
    <message>
        <source>No login for %1: %2</source>
        <translation>Pas d’identifiants pour %1 : %2</translation>
    </message>
    <message>
        <source>Connected; sending…</source>
        <translation>Connecté ; envoi…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Accepted, then not delivered</source>
        <translation>Accepté, puis non remis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Sent: %1 of %2 recipients accepted. The server said: %3</source>
        <translation>Envoyé : %1 destinataires sur %2 acceptés. Le serveur a dit : %3</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connexion s’est fermée</translation>
    </message>
    <message>
        <source>Cancelled: %1. The message is still here.</source>
        <translation>Annulé : %1. Le message est toujours là.</translation>
    </message>
    <message>
        <source>It is kept in the outbox.</source>
        <translation>Il est conservé dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The outbox could not keep it (%1); it stays here as a draft.</source>
        <translation>La boîte d’envoi n’a pas pu le conserver (%1) ; il reste ici comme brouillon.</translation>
    </message>
    <message>
        <source>It stays here as a draft.</source>
        <translation>Il reste ici comme brouillon.</translation>
    </message>
    <message>
        <source>Not sent: %1. %2</source>
        <translation>Non envoyé : %1. %2</translation>
    </message>
    <message>
        <source>Encrypt: %1</source>
        <translation>Chiffrer : %1</translation>
    </message>
    <message>
        <source>Sent: the first %1 of %2</source>
        <translation>Envoyé : les %1 premiers sur %2</translation>
    </message>
    <message>
        <source>Sent: all %1, exactly these octets</source>
        <translation>Envoyé : tous les %1, exactement ces octets</translation>
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
    <name>postscope::ui::DiagnosticsTabs</name>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Server &amp;Probe</source>
        <translation>&amp;Sonde du serveur</translation>
    </message>
    <message>
        <source>Probe the selected account&apos;s server: findings and timings</source>
        <translation>Sonder le serveur du compte sélectionné : constats et durées</translation>
    </message>
    <message>
        <source>C&amp;ertificate</source>
        <translation>C&amp;ertificat</translation>
    </message>
    <message>
        <source>The certificate chain of the last probe</source>
        <translation>La chaîne de certificats de la dernière sonde</translation>
    </message>
    <message>
        <source>A&amp;ddress Probe</source>
        <translation>Sonde d’a&amp;dresses</translation>
    </message>
    <message>
        <source>Check addresses with VRFY, EXPN or RCPT</source>
        <translation>Vérifier des adresses avec VRFY, EXPN ou RCPT</translation>
    </message>
    <message>
        <source>Sandbox &amp;Inbox</source>
        <translation>Boîte de réception du bac à &amp;sable</translation>
    </message>
    <message>
        <source>The messages the sandbox received</source>
        <translation>Les messages que le bac à sable a reçus</translation>
    </message>
    <message>
        <source>Sandbox Setti&amp;ngs</source>
        <translation>Réglages du bac à sabl&amp;e</translation>
    </message>
    <message>
        <source>Extensions, users, mailboxes, faults, port</source>
        <translation>Extensions, utilisateurs, boîtes, pannes, port</translation>
    </message>
    <message>
        <source>The sandbox restarted on %1.</source>
        <translation>Le bac à sable a redémarré sur %1.</translation>
    </message>
    <message>
        <source>The sandbox could not restart with these settings; see the transcript.</source>
        <translation>Le bac à sable n’a pas pu redémarrer avec ces réglages ; voir la transcription.</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
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
    <name>postscope::ui::InboxView</name>
    <message>
        <source>Sandbox inbox</source>
        <translation>Boîte de réception du bac à sable</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Champs d’en-tête</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Message parts</source>
        <translation>Parties du message</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>&amp;Save Attachment…</source>
        <translation>&amp;Enregistrer la pièce jointe…</translation>
    </message>
    <message>
        <source>Write the selected part, decoded, to a file</source>
        <translation>Écrire la partie sélectionnée, décodée, dans un fichier</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>Source brute</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Server conversation</source>
        <translation>Conversation avec le serveur</translation>
    </message>
    <message>
        <source>Message views</source>
        <translation>Vues du message</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Parts</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Enveloppe</translation>
    </message>
    <message>
        <source>Con&amp;versation</source>
        <translation>Con&amp;versation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected message from the sandbox&apos;s mail folder</source>
        <translation>Supprimer le message sélectionné du dossier de courrier du bac à sable</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Delete every message listed here</source>
        <translation>Supprimer tous les messages listés ici</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>État de la boîte de réception</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing received yet: send a message to the sandbox.</source>
        <translation>Rien reçu pour l’instant : envoyez un message au bac à sable.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>The message was not stored.</source>
        <translation>Le message n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Le message ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>No text part: see Parts.</source>
        <translation>Pas de partie texte : voir Parties.</translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) of this message were not loaded.</source>
        <translation>
            <numerusform>%n ressource distante de ce message n’a pas été chargée.</numerusform>
            <numerusform>%n ressources distantes de ce message n’ont pas été chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>
… (%1 more; the file %2 holds it all)</source>
        <translation>
… (%1 de plus ; le fichier %2 contient tout)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçu : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>MAIL FROM: &lt;%1&gt;</source>
        <translation>MAIL FROM: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>RCPT TO: &lt;%1&gt;</source>
        <translation>RCPT TO: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Authenticated as: %1</source>
        <translation>Authentifié en tant que : %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Transfer: %1</source>
        <translation>Transfert : %1</translation>
    </message>
    <message>
        <source>BDAT (RFC 3030)</source>
        <translation>BDAT (RFC 3030)</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Size: %1 octets</source>
        <translation>Taille : %1 octets</translation>
    </message>
    <message>
        <source>Queue id: %1</source>
        <translation>Identifiant de file : %1</translation>
    </message>
    <message>
        <source>Stored for %1: %2</source>
        <translation>Enregistré pour %1 : %2</translation>
    </message>
    <message>
        <source>Not stored for %1: %2</source>
        <translation>Non enregistré pour %1 : %2</translation>
    </message>
    <message>
        <source>No such part.</source>
        <translation>Aucune partie de ce type.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Reading the message (%1)…</source>
        <translation>Lecture du message (%1)…</translation>
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
            <numerusform>But atteint : %n vérification réussie.</numerusform>
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
    <message numerus="yes">
        <source>Restored %n unsent draft(s).</source>
        <translation>
            <numerusform>%n brouillon non envoyé restauré.</numerusform>
            <numerusform>%n brouillons non envoyés restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a message and send it through the selected account</source>
        <translation>Écrire un message et l’envoyer via le compte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation>&amp;Fermer le message</translation>
    </message>
    <message>
        <source>Close the message being written (asks to keep it)</source>
        <translation>Fermer le message en cours de rédaction (demande s’il faut le garder)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Il n’y a pas de compte « %1 ».</translation>
    </message>
    <message>
        <source>A message through %1</source>
        <translation>Un message via %1</translation>
    </message>
    <message>
        <source>Close this message (%1)</source>
        <translation>Fermer ce message (%1)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Close Message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Keep “%1” as a draft? It comes back the next time Postscope starts.</source>
        <translation>Garder « %1 » comme brouillon ? Il reviendra au prochain démarrage de Postscope.</translation>
    </message>
    <message>
        <source>&amp;Keep Draft</source>
        <translation>&amp;Garder le brouillon</translation>
    </message>
    <message>
        <source>There is no account “%1” any more; open the message and choose another.</source>
        <translation>Il n’y a plus de compte « %1 » ; ouvrez le message et choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Could not send it again: %1</source>
        <translation>Impossible de l’envoyer à nouveau : %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Show Out&amp;box</source>
        <translation>Afficher la boîte d’en&amp;voi</translation>
    </message>
    <message>
        <source>Show the messages that could not be sent</source>
        <translation>Afficher les messages qui n’ont pas pu être envoyés</translation>
    </message>
    <message>
        <source>Server views</source>
        <translation>Vues du serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Sandbox views</source>
        <translation>Vues du bac à sable</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Show the messages being written, with the live transcript of their sends</source>
        <translation>Afficher les messages en cours de rédaction, avec le journal en direct de leurs envois</translation>
    </message>
    <message>
        <source>Messages being written</source>
        <translation>Messages en cours de rédaction</translation>
    </message>
    <message>
        <source>No message is being written. File ▸ New Message (%1) starts one.</source>
        <translation>Aucun message n’est en cours de rédaction. Fichier ▸ Nouveau message (%1) en commence un.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Journal en direct</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>postscope::ui::MessageBrowser</name>
    <message>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
</context>
<context>
    <name>postscope::ui::OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open in Composer</source>
        <translation>&amp;Ouvrir dans la rédaction</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Messages non envoyés</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Pourquoi il n’a pas été envoyé</translation>
    </message>
    <message>
        <source>Messages that could not be sent. They stay here until they are sent or deleted.</source>
        <translation>Messages qui n’ont pas pu être envoyés. Ils restent ici jusqu’à ce qu’ils soient envoyés ou supprimés.</translation>
    </message>
    <message>
        <source>Send the selected message again through its account</source>
        <translation>Renvoyer le message sélectionné via son compte</translation>
    </message>
    <message>
        <source>Edit the selected message before sending it again</source>
        <translation>Modifier le message sélectionné avant de le renvoyer</translation>
    </message>
    <message>
        <source>Remove the selected message for good</source>
        <translation>Supprimer définitivement le message sélectionné</translation>
    </message>
    <message>
        <source>Nothing waits in the outbox.</source>
        <translation>Rien n’attend dans la boîte d’envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent.</source>
        <translation>
            <numerusform>%n message non envoyé.</numerusform>
            <numerusform>%n messages non envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n entrée n’a pas pu être lue.</numerusform>
            <numerusform>%n entrées n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete “%1” from the outbox? It was never sent.</source>
        <translation>Supprimer « %1 » de la boîte d’envoi ? Il n’a jamais été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
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
    <name>postscope::ui::ProbeRunner</name>
    <message>
        <source>A test is already running.</source>
        <translation>Un test est déjà en cours.</translation>
    </message>
    <message>
        <source>Connected; waiting for the greeting…</source>
        <translation>Connecté ; attente de la salutation…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
    <name>postscope::ui::SandboxControls</name>
    <message>
        <source>Sandbox settings</source>
        <translation>Réglages du bac à sable</translation>
    </message>
    <message>
        <source>Extensions offered in EHLO</source>
        <translation>Extensions offertes dans EHLO</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Offrir %1</translation>
    </message>
    <message>
        <source>Unticked: the sandbox does not offer %1 (VRFY/EXPN then answer 252, RFC 5321 3.5.3)</source>
        <translation>Décoché : le bac à sable n’offre pas %1 (VRFY/EXPN répondent alors 252, RFC 5321 3.5.3)</translation>
    </message>
    <message>
        <source>Users for AUTH</source>
        <translation>Utilisateurs pour AUTH</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Who may log in to the sandbox (AUTH is offered only with users). Test passwords: kept in memory, never saved.</source>
        <translation>Qui peut se connecter au bac à sable (AUTH n’est offert qu’avec des utilisateurs). Mots de passe de test : gardés en mémoire, jamais enregistrés.</translation>
    </message>
    <message>
        <source>Add &amp;User</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Remove U&amp;ser</source>
        <translation>Supprimer l’&amp;utilisateur</translation>
    </message>
    <message>
        <source>Mailboxes for VRFY and EXPN</source>
        <translation>Boîtes pour VRFY et EXPN</translation>
    </message>
    <message>
        <source>alice@sandbox.test
list: staff = alice@sandbox.test, bob@sandbox.test</source>
        <translation>alice@sandbox.test
list: staff = alice@sandbox.test, bob@sandbox.test</translation>
    </message>
    <message>
        <source>One mailbox per line; &quot;list: NAME = a, b&quot; makes a list EXPN expands</source>
        <translation>Une boîte par ligne ; « list: NAME = a, b » crée une liste que EXPN développe</translation>
    </message>
    <message>
        <source>Refuse &amp;recipients not listed (550 5.1.1)</source>
        <translation>Refuser les &amp;destinataires non listés (550 5.1.1)</translation>
    </message>
    <message>
        <source>Fault rules</source>
        <translation>Règles de panne</translation>
    </message>
    <message>
        <source>One rule per line, e.g. RCPT:450:4.2.0 Try later</source>
        <translation>Une règle par ligne, p. ex. RCPT:450:4.2.0 Try later</translation>
    </message>
    <message>
        <source>Fi&amp;xed port:</source>
        <translation>Port &amp;fixe :</translation>
    </message>
    <message>
        <source>Unticked: a free port the system picks at each start</source>
        <translation>Décoché : un port libre que le système choisit à chaque démarrage</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Apply and Restart</source>
        <translation>&amp;Appliquer et redémarrer</translation>
    </message>
    <message>
        <source>Restart the sandbox server with these settings (open connections to it are closed)</source>
        <translation>Redémarrer le serveur bac à sable avec ces réglages (les connexions ouvertes vers lui sont fermées)</translation>
    </message>
    <message>
        <source>&amp;Copy Connection Settings</source>
        <translation>&amp;Copier les réglages de connexion</translation>
    </message>
    <message>
        <source>Host, port, security and user, with swaks and Python smtplib commands, to the clipboard</source>
        <translation>Hôte, port, sécurité et utilisateur, avec des commandes swaks et Python smtplib, vers le presse-papiers</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Réglages de connexion</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>État du bac à sable</translation>
    </message>
    <message>
        <source>User row %1: both a user and a password are needed.</source>
        <translation>Ligne d’utilisateur %1 : un utilisateur et un mot de passe sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>More than %1 mailboxes.</source>
        <translation>Plus de %1 boîtes.</translation>
    </message>
    <message>
        <source>“%1”: a list is written “list: NAME = a@x, b@y”.</source>
        <translation>« %1 » : une liste s’écrit « list: NAME = a@x, b@y ».</translation>
    </message>
    <message>
        <source>More than %1 fault rules.</source>
        <translation>Plus de %1 règles de panne.</translation>
    </message>
    <message>
        <source>Fault rule “%1”: %2</source>
        <translation>Règle de panne « %1 » : %2</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Le bac à sable ne tourne pas.</translation>
    </message>
    <message>
        <source>Host: 127.0.0.1</source>
        <translation>Hôte : 127.0.0.1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port : %1</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <source>STARTTLS (the sandbox&apos;s own certificate)</source>
        <translation>STARTTLS (le propre certificat du bac à sable)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>none (no AUTH)</source>
        <translation>aucun (pas d’AUTH)</translation>
    </message>
    <message>
        <source># swaks</source>
        <translation># swaks</translation>
    </message>
    <message>
        <source># Python smtplib</source>
        <translation># Python smtplib</translation>
    </message>
    <message>
        <source>Connection settings copied.</source>
        <translation>Réglages de connexion copiés.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SecurityPage</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>S/MIME</source>
        <translation>S/MIME</translation>
    </message>
    <message>
        <source>OpenPGP</source>
        <translation>OpenPGP</translation>
    </message>
    <message>
        <source>How the composer signs and encrypts for this account (S/MIME, RFC 8551, or OpenPGP/MIME, RFC 3156)</source>
        <translation>Comment le compositeur signe et chiffre pour ce compte (S/MIME, RFC 8551, ou OpenPGP/MIME, RFC 3156)</translation>
    </message>
    <message>
        <source>Sign and encr&amp;ypt with:</source>
        <translation>Signer et chiffrer a&amp;vec :</translation>
    </message>
    <message>
        <source>Sign &amp;every message</source>
        <translation>&amp;Signer chaque message</translation>
    </message>
    <message>
        <source>Encrypt every &amp;message</source>
        <translation>Chiffrer chaque &amp;message</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 holding the key too</source>
        <translation>PEM, ou PKCS#12 contenant aussi la clé</translation>
    </message>
    <message>
        <source>Your certificate; a PKCS#12 file&apos;s passphrase is kept in the keychain</source>
        <translation>Votre certificat ; la phrase secrète d’un fichier PKCS#12 est gardée dans le trousseau</translation>
    </message>
    <message>
        <source>Your ce&amp;rtificate:</source>
        <translation>Votre ce&amp;rtificat :</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Empty: in the certificate file</source>
        <translation>Vide : dans le fichier du certificat</translation>
    </message>
    <message>
        <source>Your &amp;key:</source>
        <translation>Votre &amp;clé :</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recipients&apos; certificates</source>
        <translation>Certificats des destinataires</translation>
    </message>
    <message>
        <source>PEM files and folders of them: each recipient gets the certificate that names its address (subject or SAN)</source>
        <translation>Fichiers PEM et dossiers de fichiers PEM : chaque destinataire reçoit le certificat qui nomme son adresse (sujet ou SAN)</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Retir&amp;er</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Fingerprint, key id or address of your secret key in GnuPG; recipients&apos; keys are found by their addresses</source>
        <translation>Empreinte, identifiant de clé ou adresse de votre clé secrète dans GnuPG ; les clés des destinataires sont trouvées par leur adresse</translation>
    </message>
    <message>
        <source>Your &amp;OpenPGP key:</source>
        <translation>Votre clé &amp;OpenPGP :</translation>
    </message>
    <message>
        <source>&amp;List Keys</source>
        <translation>&amp;Lister les clés</translation>
    </message>
    <message>
        <source>DKIM (RFC 6376): sign every message</source>
        <translation>DKIM (RFC 6376) : signer chaque message</translation>
    </message>
    <message>
        <source>example.org (d=)</source>
        <translation>example.org (d=)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>selector (s=)</source>
        <translation>sélecteur (s=)</translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation>Sé&amp;lecteur :</translation>
    </message>
    <message>
        <source>PEM: RSA (rsa-sha256) or Ed25519 (ed25519-sha256)</source>
        <translation>PEM : RSA (rsa-sha256) ou Ed25519 (ed25519-sha256)</translation>
    </message>
    <message>
        <source>Private ke&amp;y:</source>
        <translation>Clé &amp;privée :</translation>
    </message>
    <message>
        <source>relaxed/relaxed</source>
        <translation>relaxed/relaxed</translation>
    </message>
    <message>
        <source>simple/simple</source>
        <translation>simple/simple</translation>
    </message>
    <message>
        <source>Canonicali&amp;zation:</source>
        <translation>Canonicalisat&amp;ion :</translation>
    </message>
    <message>
        <source>&amp;Test Signing</source>
        <translation>&amp;Tester la signature</translation>
    </message>
    <message>
        <source>Sign a tiny message with these settings (nothing is sent)</source>
        <translation>Signer un tout petit message avec ces réglages (rien n’est envoyé)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Recipients&apos; Certificates</source>
        <translation>Certificats des destinataires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder of Recipients&apos; Certificates</source>
        <translation>Dossier de certificats des destinataires</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>there is nothing to sign with: choose a certificate, an OpenPGP key or DKIM.</source>
        <translation>il n’y a rien avec quoi signer : choisissez un certificat, une clé OpenPGP ou DKIM.</translation>
    </message>
    <message>
        <source>Postscope signing test</source>
        <translation>Test de signature Postscope</translation>
    </message>
    <message>
        <source>signed with S/MIME</source>
        <translation>signé avec S/MIME</translation>
    </message>
    <message>
        <source>signed with OpenPGP</source>
        <translation>signé avec OpenPGP</translation>
    </message>
    <message>
        <source>DKIM-Signature d=%1 s=%2</source>
        <translation>DKIM-Signature d=%1 s=%2</translation>
    </message>
    <message>
        <source>Asking gpg…</source>
        <translation>Interrogation de gpg…</translation>
    </message>
    <message>
        <source>gpg did not answer within %1 s.</source>
        <translation>gpg n’a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>gpg could not list the keys (exit %1).</source>
        <translation>gpg n’a pas pu lister les clés (code de sortie %1).</translation>
    </message>
    <message>
        <source>gpg has no secret key here.</source>
        <translation>gpg n’a aucune clé secrète ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) in GnuPG.</source>
        <translation>
            <numerusform>%n clé secrète dans GnuPG.</numerusform>
            <numerusform>%n clés secrètes dans GnuPG.</numerusform>
        </translation>
    </message>
    <message>
        <source>gpg is not installed: type the key&apos;s fingerprint.</source>
        <translation>gpg n’est pas installé : saisissez l’empreinte de la clé.</translation>
    </message>
    <message>
        <source>Empty: keep the stored one, or none</source>
        <translation>Vide : garder celle enregistrée, ou aucune</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted key or PKCS#12 file; saved to the system keychain, never to the settings</source>
        <translation>La phrase secrète d’une clé chiffrée ou d’un fichier PKCS#12 ; enregistrée dans le trousseau du système, jamais dans les réglages</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Key pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète de la clé :</translation>
    </message>
</context>
<context>
    <name>postscope::ui::ServerProbeView</name>
    <message>
        <source>Server probe</source>
        <translation>Sonde du serveur</translation>
    </message>
    <message>
        <source>&amp;Probe Server</source>
        <translation>&amp;Sonder le serveur</translation>
    </message>
    <message>
        <source>Connect to the selected account&apos;s server and report what it offers, its TLS and certificate, and how long each step took (no login, no mail)</source>
        <translation>Se connecter au serveur du compte sélectionné et indiquer ce qu’il offre, son TLS et son certificat, et la durée de chaque étape (sans connexion au compte, sans courrier)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Close the probe&apos;s connection now</source>
        <translation>Fermer maintenant la connexion de la sonde</translation>
    </message>
    <message>
        <source>Show &amp;Certificate</source>
        <translation>Afficher le &amp;certificat</translation>
    </message>
    <message>
        <source>Probe status</source>
        <translation>État de la sonde</translation>
    </message>
    <message>
        <source>Probe summary</source>
        <translation>Résumé de la sonde</translation>
    </message>
    <message>
        <source>Probe the server to list what it found.</source>
        <translation>Sondez le serveur pour lister ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Probe %1&apos;s server.</source>
        <translation>Sondez le serveur de %1.</translation>
    </message>
    <message>
        <source>Cannot probe: %1</source>
        <translation>Sonde impossible : %1</translation>
    </message>
    <message>
        <source>Probe stopped.</source>
        <translation>Sonde arrêtée.</translation>
    </message>
    <message>
        <source>The probe stopped early: %1</source>
        <translation>La sonde s’est arrêtée tôt : %1</translation>
    </message>
    <message>
        <source>Probe finished.</source>
        <translation>Sonde terminée.</translation>
    </message>
    <message>
        <source>%1, %2, certificate verified</source>
        <translation>%1, %2, certificat vérifié</translation>
    </message>
    <message>
        <source>%1, %2, certificate trusted by its fingerprint only</source>
        <translation>%1, %2, certificat approuvé uniquement par son empreinte</translation>
    </message>
    <message>
        <source>%1, %2, certificate NOT verified</source>
        <translation>%1, %2, certificat NON vérifié</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>%1 (%2), security %3: %4. Greeting: %5</source>
        <translation>%1 (%2), sécurité %3 : %4. Salutation : %5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO après TLS</translation>
    </message>
    <message>
        <source>What %1 offers, before and after TLS</source>
        <translation>Ce qu’offre %1, avant et après TLS</translation>
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
