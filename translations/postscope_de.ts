<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>Begrüßung</translation>
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
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO nach TLS</translation>
    </message>
</context>
<context>
    <name>lesson 8bitmime-smtputf8</name>
    <message>
        <source>8BITMIME and SMTPUTF8</source>
        <translation>8BITMIME und SMTPUTF8</translation>
    </message>
    <message>
        <source>Send a message whose text is 8-bit (BODY=8BITMIME), then one from an address that is not ASCII (SMTPUTF8).</source>
        <translation>Eine Nachricht mit 8-Bit-Text senden (BODY=8BITMIME), dann eine von einer Adresse, die nicht ASCII ist (SMTPUTF8).</translation>
    </message>
    <message>
        <source>EHLO: look for 8BITMIME and SMTPUTF8.</source>
        <translation>EHLO: nach 8BITMIME und SMTPUTF8 suchen.</translation>
    </message>
    <message>
        <source>BODY=8BITMIME says the message has octets above 127 (UTF-8 text here) and no 7-bit encoding.</source>
        <translation>BODY=8BITMIME sagt, dass die Nachricht Oktette über 127 enthält (hier UTF-8-Text) und keine 7-Bit-Kodierung.</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>Den Empfänger nennen.</translation>
    </message>
    <message>
        <source>Send the 8-bit text.</source>
        <translation>Den 8-Bit-Text senden.</translation>
    </message>
    <message>
        <source>An address in UTF-8 needs SMTPUTF8 on MAIL (RFC 6531 3.4).</source>
        <translation>Eine Adresse in UTF-8 braucht SMTPUTF8 bei MAIL (RFC 6531 3.4).</translation>
    </message>
    <message>
        <source>Send the message; with SMTPUTF8 the header fields may be UTF-8 too.</source>
        <translation>Die Nachricht senden; mit SMTPUTF8 dürfen auch die Kopffelder UTF-8 sein.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>Without SMTPUTF8, a non-ASCII address is refused (553 5.6.7).</source>
        <translation>Ohne SMTPUTF8 wird eine Nicht-ASCII-Adresse abgelehnt (553 5.6.7).</translation>
    </message>
    <message>
        <source>Declare the 8-bit body: MAIL FROM:&lt;...&gt; BODY=8BITMIME.</source>
        <translation>Den 8-Bit-Körper ankündigen: MAIL FROM:&lt;...&gt; BODY=8BITMIME.</translation>
    </message>
    <message>
        <source>Send from a non-ASCII address with SMTPUTF8 on MAIL.</source>
        <translation>Von einer Nicht-ASCII-Adresse mit SMTPUTF8 bei MAIL senden.</translation>
    </message>
    <message>
        <source>Both messages must reach alice@example.test.</source>
        <translation>Beide Nachrichten müssen alice@example.test erreichen.</translation>
    </message>
</context>
<context>
    <name>lesson auth-cram-md5</name>
    <message>
        <source>AUTH CRAM-MD5: a challenge and a keyed hash</source>
        <translation>AUTH CRAM-MD5: eine Challenge und ein Schlüssel-Hash</translation>
    </message>
    <message>
        <source>Log in as alice with CRAM-MD5: the server sends a fresh challenge, the client answers with the user and HMAC-MD5(password, challenge); the password itself never crosses the wire.</source>
        <translation>Als alice mit CRAM-MD5 anmelden: Der Server sendet eine frische Challenge, der Client antwortet mit dem Benutzer und HMAC-MD5(Passwort, Challenge); das Passwort selbst geht nie über die Leitung.</translation>
    </message>
    <message>
        <source>Greet: AUTH lists CRAM-MD5.</source>
        <translation>Begrüßen: AUTH nennt CRAM-MD5.</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5: the helper asks for the user and password, decodes the challenge (&lt;...@...&gt;) and shows the response it computes: &quot;alice &quot; followed by the hex HMAC-MD5.</source>
        <translation>AUTH CRAM-MD5: Die Hilfe fragt nach Benutzer und Passwort, dekodiert die Challenge (&lt;...@...&gt;) und zeigt die berechnete Antwort: „alice “ gefolgt vom hexadezimalen HMAC-MD5.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>CRAM-MD5 keeps the password off the wire but the server must store it in the clear; SCRAM does better.</source>
        <translation>CRAM-MD5 hält das Passwort von der Leitung fern, aber der Server muss es im Klartext speichern; SCRAM macht es besser.</translation>
    </message>
    <message>
        <source>Send AUTH CRAM-MD5 and get the challenge.</source>
        <translation>AUTH CRAM-MD5 senden und die Challenge erhalten.</translation>
    </message>
    <message>
        <source>The login did not succeed (no 235): the user is alice, the password wonderland.</source>
        <translation>Die Anmeldung ist nicht gelungen (kein 235): Der Benutzer ist alice, das Passwort wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson auth-login</name>
    <message>
        <source>AUTH LOGIN, step by step</source>
        <translation>AUTH LOGIN, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Log in as alice (password wonderland) with AUTH LOGIN and watch its two challenges: Username: and Password:, each in base64.</source>
        <translation>Als alice (Passwort wonderland) mit AUTH LOGIN anmelden und die beiden Challenges beobachten: Username: und Password:, jeweils in base64.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Begrüßen.</translation>
    </message>
    <message>
        <source>LOGIN sends the password as it is: only over TLS.</source>
        <translation>LOGIN sendet das Passwort unverändert: nur über TLS.</translation>
    </message>
    <message>
        <source>Greet again over TLS.</source>
        <translation>Über TLS erneut begrüßen.</translation>
    </message>
    <message>
        <source>AUTH LOGIN: the console&apos;s helper asks for the user and the password (not shown), then answers each 334 challenge: 334 VXNlcm5hbWU6 is base64 for &quot;Username:&quot;, 334 UGFzc3dvcmQ6 for &quot;Password:&quot;.</source>
        <translation>AUTH LOGIN: Die Hilfe der Konsole fragt nach Benutzer und Passwort (nicht angezeigt) und beantwortet dann jede 334-Challenge: 334 VXNlcm5hbWU6 ist base64 für „Username:“, 334 UGFzc3dvcmQ6 für „Password:“.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>Every line the client sends after a 334 is a secret: the transcript shows ******** instead.</source>
        <translation>Jede Zeile, die der Client nach einer 334 sendet, ist ein Geheimnis: Das Protokoll zeigt stattdessen ********.</translation>
    </message>
    <message>
        <source>Start TLS first: LOGIN sends the password readable to anyone on the path.</source>
        <translation>Zuerst TLS starten: LOGIN sendet das Passwort für jeden auf dem Weg lesbar.</translation>
    </message>
    <message>
        <source>Send AUTH LOGIN and get the 334 challenge.</source>
        <translation>AUTH LOGIN senden und die 334-Challenge erhalten.</translation>
    </message>
    <message>
        <source>The login did not succeed (no 235): the user is alice, the password wonderland.</source>
        <translation>Die Anmeldung ist nicht gelungen (kein 235): Der Benutzer ist alice, das Passwort wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson auth-plain</name>
    <message>
        <source>AUTH PLAIN by hand</source>
        <translation>AUTH PLAIN von Hand</translation>
    </message>
    <message>
        <source>Log in as alice (password wonderland) with AUTH PLAIN, building the response yourself: base64 of NUL, the user, NUL, the password.</source>
        <translation>Als alice (Passwort wonderland) mit AUTH PLAIN anmelden und die Antwort selbst bauen: base64 von NUL, dem Benutzer, NUL, dem Passwort.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Begrüßen.</translation>
    </message>
    <message>
        <source>PLAIN sends the password as it is: only over TLS.</source>
        <translation>PLAIN sendet das Passwort unverändert: nur über TLS.</translation>
    </message>
    <message>
        <source>Greet again over TLS: AUTH PLAIN is offered now.</source>
        <translation>Über TLS erneut begrüßen: jetzt wird AUTH PLAIN angeboten.</translation>
    </message>
    <message>
        <source>The response is base64(&quot;\0alice\0wonderland&quot;) = AGFsaWNlAHdvbmRlcmxhbmQ= (try: printf &apos;\0alice\0wonderland&apos; | base64). It goes right after the mechanism, as an initial response; the transcript shows ******** in its place.</source>
        <translation>Die Antwort ist base64(&quot;\0alice\0wonderland&quot;) = AGFsaWNlAHdvbmRlcmxhbmQ= (zum Ausprobieren: printf &apos;\0alice\0wonderland&apos; | base64). Sie folgt direkt auf den Mechanismus, als initiale Antwort; das Protokoll zeigt an ihrer Stelle ********.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>The first field (before the first NUL) is the authorization identity; empty means: the same as the user.</source>
        <translation>Das erste Feld (vor dem ersten NUL) ist die Autorisierungsidentität; leer heißt: dieselbe wie der Benutzer.</translation>
    </message>
    <message>
        <source>535 means the credentials were wrong; 538 that this mechanism needs TLS first.</source>
        <translation>535 heißt, die Anmeldedaten waren falsch; 538, dass dieser Mechanismus zuerst TLS braucht.</translation>
    </message>
    <message>
        <source>Start TLS first: PLAIN sends the password readable to anyone on the path.</source>
        <translation>Zuerst TLS starten: PLAIN sendet das Passwort für jeden auf dem Weg lesbar.</translation>
    </message>
    <message>
        <source>The server did not answer 235: check the base64 of \0alice\0wonderland.</source>
        <translation>Der Server hat nicht mit 235 geantwortet: das base64 von \0alice\0wonderland prüfen.</translation>
    </message>
</context>
<context>
    <name>lesson auth-scram</name>
    <message>
        <source>AUTH SCRAM-SHA-256: proofs on both sides</source>
        <translation>AUTH SCRAM-SHA-256: Beweise auf beiden Seiten</translation>
    </message>
    <message>
        <source>Log in as alice with SCRAM-SHA-256 and follow the exchange: client nonce, the server&apos;s salt and iterations, the client&apos;s proof, and the server&apos;s signature that proves the server knew the password too.</source>
        <translation>Als alice mit SCRAM-SHA-256 anmelden und dem Austausch folgen: Client-Nonce, Salt und Iterationen des Servers, der Beweis des Clients und die Signatur des Servers, die beweist, dass auch der Server das Passwort kannte.</translation>
    </message>
    <message>
        <source>Greet: AUTH lists SCRAM-SHA-256.</source>
        <translation>Begrüßen: AUTH nennt SCRAM-SHA-256.</translation>
    </message>
    <message>
        <source>AUTH SCRAM-SHA-256: the helper asks for the user and password and shows each message decoded: client-first (n,,n=alice,r=...), server-first (r=...,s=salt,i=4096), client-final (with the proof p=...), server-final (v=signature).</source>
        <translation>AUTH SCRAM-SHA-256: Die Hilfe fragt nach Benutzer und Passwort und zeigt jede Nachricht dekodiert: client-first (n,,n=alice,r=...), server-first (r=...,s=Salt,i=4096), client-final (mit dem Beweis p=...), server-final (v=Signatur).</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>The server stores only salted keys; a stolen store does not give the password away directly.</source>
        <translation>Der Server speichert nur gesalzene Schlüssel; ein gestohlener Speicher verrät das Passwort nicht direkt.</translation>
    </message>
    <message>
        <source>Send AUTH SCRAM-SHA-256 and get the server-first message.</source>
        <translation>AUTH SCRAM-SHA-256 senden und die server-first-Nachricht erhalten.</translation>
    </message>
    <message>
        <source>The login did not succeed (no 235): the user is alice, the password wonderland.</source>
        <translation>Die Anmeldung ist nicht gelungen (kein 235): Der Benutzer ist alice, das Passwort wonderland.</translation>
    </message>
</context>
<context>
    <name>lesson chunking</name>
    <message>
        <source>CHUNKING: BDAT instead of DATA</source>
        <translation>CHUNKING: BDAT statt DATA</translation>
    </message>
    <message>
        <source>Send a message with BDAT: the client says how many octets follow, so nothing in the message can end it early and no dot-stuffing is needed.</source>
        <translation>Eine Nachricht mit BDAT senden: Der Client sagt, wie viele Oktette folgen, sodass nichts in der Nachricht sie vorzeitig beenden kann und kein Dot-Stuffing nötig ist.</translation>
    </message>
    <message>
        <source>EHLO: look for CHUNKING.</source>
        <translation>EHLO: nach CHUNKING suchen.</translation>
    </message>
    <message>
        <source>/send counts the octets for you and sends BDAT n LAST followed by exactly n octets. Note the line that starts with a dot: with BDAT it is not stuffed.</source>
        <translation>/send zählt die Oktette für Sie und sendet BDAT n LAST, gefolgt von genau n Oktetten. Beachten Sie die Zeile, die mit einem Punkt beginnt: Mit BDAT wird er nicht verdoppelt.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>BDAT 0 LAST ends a message whose last chunk was already sent.</source>
        <translation>BDAT 0 LAST beendet eine Nachricht, deren letzter Block schon gesendet wurde.</translation>
    </message>
    <message>
        <source>Send the message with BDAT (use /send: it uses BDAT when the server offers CHUNKING).</source>
        <translation>Die Nachricht mit BDAT senden (/send verwenden: es nutzt BDAT, wenn der Server CHUNKING anbietet).</translation>
    </message>
    <message>
        <source>DATA was used: with CHUNKING offered, send the message with BDAT instead.</source>
        <translation>DATA wurde verwendet: Da CHUNKING angeboten wird, die Nachricht stattdessen mit BDAT senden.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Die Nachricht hat alice@example.test nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>lesson d1-typical-transaction</name>
    <message>
        <source>A typical SMTP transaction</source>
        <translation>Eine typische SMTP-Transaktion</translation>
    </message>
    <message>
        <source>Send one message to Jones and Brown at XYZ.COM, and try Green, who has no mailbox there: greet the server, name the sender, name each recipient, send the message, and quit.</source>
        <translation>Eine Nachricht an Jones und Brown bei XYZ.COM senden und Green versuchen, der dort kein Postfach hat: den Server begrüßen, den Absender nennen, jeden Empfänger nennen, die Nachricht senden und beenden.</translation>
    </message>
    <message>
        <source>The server has greeted you with 220. Introduce yourself: EHLO and the name of your host.</source>
        <translation>Der Server hat Sie mit 220 begrüßt. Stellen Sie sich vor: EHLO und der Name Ihres Hosts.</translation>
    </message>
    <message>
        <source>Start a mail transaction. MAIL FROM gives the reverse path: where reports about this message go.</source>
        <translation>Eine Mail-Transaktion beginnen. MAIL FROM gibt den Rückweg an: wohin Berichte über diese Nachricht gehen.</translation>
    </message>
    <message>
        <source>Name each recipient with its own RCPT. Jones has a mailbox here.</source>
        <translation>Jeden Empfänger mit seinem eigenen RCPT nennen. Jones hat hier ein Postfach.</translation>
    </message>
    <message>
        <source>Green has none: the server refuses this recipient with 550, and the transaction goes on for the others.</source>
        <translation>Green hat keines: Der Server lehnt diesen Empfänger mit 550 ab, und die Transaktion geht für die anderen weiter.</translation>
    </message>
    <message>
        <source>Brown has a mailbox too.</source>
        <translation>Brown hat auch ein Postfach.</translation>
    </message>
    <message>
        <source>DATA asks to send the message. After the 354, type its lines: the header fields, an empty line, the body; a line with a single dot ends it. The console doubles a dot at the start of a line (dot-stuffing, RFC 5321 4.5.2) so that it cannot end the message early.</source>
        <translation>DATA bittet darum, die Nachricht zu senden. Nach der 354 ihre Zeilen eingeben: die Kopffelder, eine Leerzeile, den Körper; eine Zeile mit nur einem Punkt beendet sie. Die Konsole verdoppelt einen Punkt am Zeilenanfang (Dot-Stuffing, RFC 5321 4.5.2), damit er die Nachricht nicht vorzeitig beenden kann.</translation>
    </message>
    <message>
        <source>QUIT ends the session; the server answers 221 and closes.</source>
        <translation>QUIT beendet die Sitzung; der Server antwortet 221 und schließt.</translation>
    </message>
    <message>
        <source>Each RCPT is answered on its own: one refused recipient does not end the transaction.</source>
        <translation>Jedes RCPT wird einzeln beantwortet: Ein abgelehnter Empfänger beendet die Transaktion nicht.</translation>
    </message>
    <message>
        <source>The message goes to every accepted recipient once the final dot is answered with 250.</source>
        <translation>Die Nachricht geht an jeden angenommenen Empfänger, sobald der abschließende Punkt mit 250 beantwortet ist.</translation>
    </message>
    <message>
        <source>Start with EHLO (or HELO) and your host&apos;s name; the server must answer 250 before anything else works.</source>
        <translation>Mit EHLO (oder HELO) und dem Namen Ihres Hosts beginnen; der Server muss mit 250 antworten, bevor etwas anderes funktioniert.</translation>
    </message>
    <message>
        <source>Try RCPT TO:&lt;Green@XYZ.COM&gt; in the transaction and see it refused with 550: Green has no mailbox here.</source>
        <translation>In der Transaktion RCPT TO:&lt;Green@XYZ.COM&gt; versuchen und die Ablehnung mit 550 sehen: Green hat hier kein Postfach.</translation>
    </message>
    <message>
        <source>The message did not reach Jones: name Jones with RCPT, then send DATA and end the message with a line holding a single dot.</source>
        <translation>Die Nachricht hat Jones nicht erreicht: Jones mit RCPT nennen, dann DATA senden und die Nachricht mit einer Zeile beenden, die nur einen Punkt enthält.</translation>
    </message>
    <message>
        <source>The message did not reach Brown: name Brown with RCPT before DATA.</source>
        <translation>Die Nachricht hat Brown nicht erreicht: Brown vor DATA mit RCPT nennen.</translation>
    </message>
    <message>
        <source>End the session with QUIT.</source>
        <translation>Die Sitzung mit QUIT beenden.</translation>
    </message>
</context>
<context>
    <name>lesson d2-aborted-transaction</name>
    <message>
        <source>An aborted transaction</source>
        <translation>Eine abgebrochene Transaktion</translation>
    </message>
    <message>
        <source>Start a transaction to Jones and Brown, then abandon it with RSET before any data is sent: nothing may be delivered.</source>
        <translation>Eine Transaktion an Jones und Brown beginnen und sie dann mit RSET aufgeben, bevor Daten gesendet werden: nichts darf zugestellt werden.</translation>
    </message>
    <message>
        <source>Introduce yourself.</source>
        <translation>Stellen Sie sich vor.</translation>
    </message>
    <message>
        <source>Start a transaction.</source>
        <translation>Eine Transaktion beginnen.</translation>
    </message>
    <message>
        <source>Name Jones.</source>
        <translation>Jones nennen.</translation>
    </message>
    <message>
        <source>Name Brown.</source>
        <translation>Brown nennen.</translation>
    </message>
    <message>
        <source>Changed your mind? RSET throws away the sender, the recipients and any data; the session stays open.</source>
        <translation>Umentschieden? RSET verwirft Absender, Empfänger und alle Daten; die Sitzung bleibt offen.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>After RSET the server is where it was after EHLO: a new MAIL may start a new transaction.</source>
        <translation>Nach RSET steht der Server dort, wo er nach EHLO stand: Ein neues MAIL darf eine neue Transaktion beginnen.</translation>
    </message>
    <message>
        <source>Sending DATA and the final dot would deliver the message: abort before that.</source>
        <translation>DATA und der abschließende Punkt würden die Nachricht zustellen: vorher abbrechen.</translation>
    </message>
    <message>
        <source>Name at least one recipient, then abort with RSET.</source>
        <translation>Mindestens einen Empfänger nennen, dann mit RSET abbrechen.</translation>
    </message>
    <message>
        <source>RSET must be answered with 250.</source>
        <translation>RSET muss mit 250 beantwortet werden.</translation>
    </message>
    <message>
        <source>DATA was sent: an aborted transaction never gets to its data. Use RSET instead.</source>
        <translation>DATA wurde gesendet: Eine abgebrochene Transaktion kommt nie zu ihren Daten. Stattdessen RSET verwenden.</translation>
    </message>
    <message>
        <source>A message reached Jones: the transaction was not aborted.</source>
        <translation>Eine Nachricht hat Jones erreicht: Die Transaktion wurde nicht abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lesson d3-relayed-mail</name>
    <message>
        <source>Relayed mail</source>
        <translation>Weitergeleitete Mail</translation>
    </message>
    <message>
        <source>Play the relay foo.com passing on John Q. Public&apos;s message to Jones at XYZ.COM: add your Received: line at the top of the message, and see the server ignore the old source route in the recipient.</source>
        <translation>Das Relay foo.com spielen, das die Nachricht von John Q. Public an Jones bei XYZ.COM weitergibt: die eigene Received:-Zeile oben in die Nachricht setzen und sehen, wie der Server die alte Source-Route im Empfänger ignoriert.</translation>
    </message>
    <message>
        <source>You are the relay foo.com: say so.</source>
        <translation>Sie sind das Relay foo.com: Sagen Sie es.</translation>
    </message>
    <message>
        <source>The reverse path stays the original sender&apos;s, so that reports go back to him.</source>
        <translation>Der Rückweg bleibt der des ursprünglichen Absenders, damit Berichte zu ihm zurückgehen.</translation>
    </message>
    <message>
        <source>The recipient as old mail carried it, with a source route (@foo.com:). RFC 5321 says to accept it and ignore the route (Appendix C).</source>
        <translation>Der Empfänger, wie ihn alte Mail trug, mit einer Source-Route (@foo.com:). RFC 5321 sagt, sie anzunehmen und die Route zu ignorieren (Anhang C).</translation>
    </message>
    <message>
        <source>Send the message with a trace line on top: every relay adds a Received: field (RFC 5321 4.4) and never changes the rest.</source>
        <translation>Die Nachricht mit einer Trace-Zeile obenauf senden: Jedes Relay fügt ein Received:-Feld hinzu (RFC 5321 4.4) und ändert nie den Rest.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>The Received: line goes first, above the fields the author wrote.</source>
        <translation>Die Received:-Zeile kommt zuerst, über die Felder, die der Autor geschrieben hat.</translation>
    </message>
    <message>
        <source>A source route (@host:) is a relic of RFC 821; servers accept and ignore it.</source>
        <translation>Eine Source-Route (@host:) ist ein Überbleibsel von RFC 821; Server nehmen sie an und ignorieren sie.</translation>
    </message>
    <message>
        <source>Name the recipient with the old source route, RCPT TO:&lt;@foo.com:Jones@XYZ.COM&gt;, and see it accepted.</source>
        <translation>Den Empfänger mit der alten Source-Route nennen, RCPT TO:&lt;@foo.com:Jones@XYZ.COM&gt;, und sehen, dass er angenommen wird.</translation>
    </message>
    <message>
        <source>The message did not reach Jones.</source>
        <translation>Die Nachricht hat Jones nicht erreicht.</translation>
    </message>
    <message>
        <source>A relay adds its Received: field at the very top of the message: the first line of the data must be &quot;Received: from bar.com by foo.com ...&quot;.</source>
        <translation>Ein Relay setzt sein Received:-Feld ganz oben in die Nachricht: Die erste Zeile der Daten muss „Received: from bar.com by foo.com ...“ sein.</translation>
    </message>
</context>
<context>
    <name>lesson d4-verify-and-send</name>
    <message>
        <source>Verifying and sending</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <source>Ask the server who Admin.MRC is with VRFY, then send him a message.</source>
        <translation>Den Server mit VRFY fragen, wer Admin.MRC ist, und ihm dann eine Nachricht senden.</translation>
    </message>
    <message>
        <source>Introduce yourself.</source>
        <translation>Stellen Sie sich vor.</translation>
    </message>
    <message>
        <source>VRFY asks whether a name is a mailbox here; 250 says yes and gives the full address. Many servers answer 252 (cannot verify) or refuse VRFY, to keep addresses secret.</source>
        <translation>VRFY fragt, ob ein Name hier ein Postfach ist; 250 sagt ja und nennt die volle Adresse. Viele Server antworten 252 (kann nicht prüfen) oder lehnen VRFY ab, um Adressen geheim zu halten.</translation>
    </message>
    <message>
        <source>RFC 821&apos;s SEND delivered to a terminal; it is gone (RFC 5321 Appendix F.6). Use MAIL.</source>
        <translation>SEND aus RFC 821 stellte an ein Terminal zu; es ist verschwunden (RFC 5321 Anhang F.6). MAIL verwenden.</translation>
    </message>
    <message>
        <source>Use the address VRFY gave you.</source>
        <translation>Die Adresse verwenden, die VRFY genannt hat.</translation>
    </message>
    <message>
        <source>Send a short message.</source>
        <translation>Eine kurze Nachricht senden.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>VRFY takes a user name or a mailbox; the answer 250 names the mailbox.</source>
        <translation>VRFY nimmt einen Benutzernamen oder ein Postfach; die Antwort 250 nennt das Postfach.</translation>
    </message>
    <message>
        <source>Verify the name first: VRFY Admin.MRC must be answered 250.</source>
        <translation>Zuerst den Namen prüfen: VRFY Admin.MRC muss mit 250 beantwortet werden.</translation>
    </message>
    <message>
        <source>VRFY comes before the transaction: verify, then send.</source>
        <translation>VRFY kommt vor der Transaktion: erst prüfen, dann senden.</translation>
    </message>
    <message>
        <source>The message did not reach Admin.MRC@foo.com.</source>
        <translation>Die Nachricht hat Admin.MRC@foo.com nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>lesson dsn</name>
    <message>
        <source>DSN: asking for delivery status notifications</source>
        <translation>DSN: Zustellstatus-Benachrichtigungen anfordern</translation>
    </message>
    <message>
        <source>Ask for a report on success and failure for one recipient, with only the headers returned, and an envelope id of your own.</source>
        <translation>Für einen Empfänger einen Bericht bei Erfolg und Fehlschlag anfordern, nur mit den Kopfzeilen zurück, und mit einer eigenen Umschlag-ID.</translation>
    </message>
    <message>
        <source>EHLO: look for DSN.</source>
        <translation>EHLO: nach DSN suchen.</translation>
    </message>
    <message>
        <source>RET=HDRS asks for the headers only in a report; ENVID is your id for this transaction, quoted back in reports (xtext, RFC 3461 4).</source>
        <translation>RET=HDRS verlangt in einem Bericht nur die Kopfzeilen; ENVID ist Ihre ID für diese Transaktion, in Berichten zurückzitiert (xtext, RFC 3461 4).</translation>
    </message>
    <message>
        <source>NOTIFY says when to report for this recipient; ORCPT gives the original address.</source>
        <translation>NOTIFY sagt, wann für diesen Empfänger berichtet wird; ORCPT gibt die ursprüngliche Adresse an.</translation>
    </message>
    <message>
        <source>Send the message.</source>
        <translation>Die Nachricht senden.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER asks for no report at all, even on failure.</source>
        <translation>NOTIFY=NEVER verlangt gar keinen Bericht, auch nicht bei Fehlschlag.</translation>
    </message>
    <message>
        <source>Ask for headers only: MAIL FROM:&lt;...&gt; RET=HDRS ENVID=...</source>
        <translation>Nur Kopfzeilen anfordern: MAIL FROM:&lt;...&gt; RET=HDRS ENVID=...</translation>
    </message>
    <message>
        <source>Ask for reports on success and failure: RCPT TO:&lt;...&gt; NOTIFY=SUCCESS,FAILURE.</source>
        <translation>Berichte bei Erfolg und Fehlschlag anfordern: RCPT TO:&lt;...&gt; NOTIFY=SUCCESS,FAILURE.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Die Nachricht hat alice@example.test nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>lesson ehlo-extensions</name>
    <message>
        <source>HELO, EHLO and extensions</source>
        <translation>HELO, EHLO und Erweiterungen</translation>
    </message>
    <message>
        <source>Greet the server the old way (HELO) and the extended way (EHLO), and read which service extensions it offers.</source>
        <translation>Den Server auf die alte Art (HELO) und die erweiterte Art (EHLO) begrüßen und lesen, welche Diensterweiterungen er anbietet.</translation>
    </message>
    <message>
        <source>HELO is the RFC 821 greeting: the server answers with one line and offers nothing more.</source>
        <translation>HELO ist die Begrüßung aus RFC 821: Der Server antwortet mit einer Zeile und bietet nichts weiter an.</translation>
    </message>
    <message>
        <source>EHLO asks for the extended service: the 250 reply lists one extension per line (SIZE, PIPELINING, 8BITMIME...). A client may only use what is listed.</source>
        <translation>EHLO fragt nach dem erweiterten Dienst: Die 250-Antwort nennt eine Erweiterung pro Zeile (SIZE, PIPELINING, 8BITMIME...). Ein Client darf nur verwenden, was genannt ist.</translation>
    </message>
    <message>
        <source>HELP is optional; the sandbox lists its commands.</source>
        <translation>HELP ist optional; die Sandbox nennt ihre Befehle.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>Every line of a multiline reply but the last has a hyphen after the code (250-); the last has a space (250 ).</source>
        <translation>Jede Zeile einer mehrzeiligen Antwort außer der letzten hat einen Bindestrich nach dem Code (250-); die letzte hat ein Leerzeichen (250 ).</translation>
    </message>
    <message>
        <source>EHLO may be repeated; it resets any transaction in progress.</source>
        <translation>EHLO darf wiederholt werden; es setzt jede laufende Transaktion zurück.</translation>
    </message>
    <message>
        <source>Try the old greeting first: HELO learner.example.</source>
        <translation>Zuerst die alte Begrüßung versuchen: HELO learner.example.</translation>
    </message>
    <message>
        <source>Greet with EHLO to get the list of extensions.</source>
        <translation>Mit EHLO begrüßen, um die Liste der Erweiterungen zu bekommen.</translation>
    </message>
    <message>
        <source>Send HELO first, then EHLO, to compare the two replies.</source>
        <translation>Zuerst HELO senden, dann EHLO, um die beiden Antworten zu vergleichen.</translation>
    </message>
    <message>
        <source>The EHLO reply lists the extensions, one per line: EHLO must be answered with a multiline 250.</source>
        <translation>Die EHLO-Antwort nennt die Erweiterungen, eine pro Zeile: EHLO muss mit einer mehrzeiligen 250 beantwortet werden.</translation>
    </message>
</context>
<context>
    <name>lesson lmtp</name>
    <message>
        <source>LMTP: one reply per recipient</source>
        <translation>LMTP: eine Antwort pro Empfänger</translation>
    </message>
    <message>
        <source>Deliver to alice and bob over LMTP, where bob&apos;s mailbox is full: after the data, the server answers once per recipient.</source>
        <translation>Über LMTP an alice und bob zustellen, wobei bobs Postfach voll ist: Nach den Daten antwortet der Server einmal pro Empfänger.</translation>
    </message>
    <message>
        <source>LMTP greets with LHLO instead of EHLO (RFC 2033 4.1).</source>
        <translation>LMTP begrüßt mit LHLO statt EHLO (RFC 2033 4.1).</translation>
    </message>
    <message>
        <source>/send sends the message to both; watch the two replies after the data: 250 for alice, 452 for bob. An SMTP server would have given one reply for everyone.</source>
        <translation>/send sendet die Nachricht an beide; achten Sie auf die zwei Antworten nach den Daten: 250 für alice, 452 für bob. Ein SMTP-Server hätte eine Antwort für alle gegeben.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>LMTP is for the last hop, into the mailbox store: it can say exactly which mailbox took the message.</source>
        <translation>LMTP ist für die letzte Etappe, in den Postfachspeicher: Es kann genau sagen, welches Postfach die Nachricht genommen hat.</translation>
    </message>
    <message>
        <source>Greet with LHLO: this is LMTP.</source>
        <translation>Mit LHLO begrüßen: Das ist LMTP.</translation>
    </message>
    <message>
        <source>After the data, LMTP answers once per recipient: 250 for alice and 452 for bob.</source>
        <translation>Nach den Daten antwortet LMTP einmal pro Empfänger: 250 für alice und 452 für bob.</translation>
    </message>
    <message>
        <source>The message did not reach alice.</source>
        <translation>Die Nachricht hat alice nicht erreicht.</translation>
    </message>
    <message>
        <source>bob&apos;s mailbox is full: the message must not be there.</source>
        <translation>bobs Postfach ist voll: Die Nachricht darf dort nicht sein.</translation>
    </message>
</context>
<context>
    <name>lesson pipelining</name>
    <message>
        <source>PIPELINING: several commands in one write</source>
        <translation>PIPELINING: mehrere Befehle in einem Schreibvorgang</translation>
    </message>
    <message>
        <source>Let the console send MAIL, both RCPTs and DATA in one go, without waiting for each reply, and see the replies come back in the same order.</source>
        <translation>Die Konsole MAIL, beide RCPTs und DATA in einem Zug senden lassen, ohne auf jede Antwort zu warten, und sehen, dass die Antworten in derselben Reihenfolge zurückkommen.</translation>
    </message>
    <message>
        <source>EHLO: PIPELINING must be in the list before a client may pipeline.</source>
        <translation>EHLO: PIPELINING muss in der Liste stehen, bevor ein Client Befehle bündeln darf.</translation>
    </message>
    <message>
        <source>Typed commands wait for their reply. /send FROM TO,TO sends a whole message the way a mail client does: MAIL, every RCPT and DATA in one write (RFC 2920 3.1); type the message lines and a single dot.</source>
        <translation>Eingegebene Befehle warten auf ihre Antwort. /send VON AN,AN sendet eine ganze Nachricht wie ein Mailprogramm: MAIL, jedes RCPT und DATA in einem Schreibvorgang (RFC 2920 3.1); die Nachrichtenzeilen und einen einzelnen Punkt eingeben.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>DATA is the last command of a group: the client waits for 354 before sending the message.</source>
        <translation>DATA ist der letzte Befehl einer Gruppe: Der Client wartet auf 354, bevor er die Nachricht sendet.</translation>
    </message>
    <message>
        <source>Replies come in the order of the commands, so the client can tell which RCPT was refused.</source>
        <translation>Antworten kommen in der Reihenfolge der Befehle, sodass der Client erkennen kann, welches RCPT abgelehnt wurde.</translation>
    </message>
    <message>
        <source>MAIL, both RCPTs and DATA must go out together, before any of their replies: use /send, which pipelines when the server offers PIPELINING.</source>
        <translation>MAIL, beide RCPTs und DATA müssen zusammen hinausgehen, vor jeder ihrer Antworten: /send verwenden, das bündelt, wenn der Server PIPELINING anbietet.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Die Nachricht hat alice@example.test nicht erreicht.</translation>
    </message>
    <message>
        <source>The message did not reach bob@example.test.</source>
        <translation>Die Nachricht hat bob@example.test nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>lesson security-smtp-smuggling</name>
    <message>
        <source>Security: SMTP smuggling</source>
        <translation>Sicherheit: SMTP-Smuggling</translation>
    </message>
    <message>
        <source>This sandbox is UNSAFE on purpose: it ends the message data at &lt;LF&gt;.&lt;LF&gt; as vulnerable servers did. Smuggle a second message, from evil@attacker.example, inside the data of the first, and see both delivered.</source>
        <translation>Diese Sandbox ist absichtlich UNSICHER: Sie beendet die Nachrichtendaten bei &lt;LF&gt;.&lt;LF&gt;, wie es verwundbare Server taten. Eine zweite Nachricht von evil@attacker.example in den Daten der ersten einschmuggeln und sehen, dass beide zugestellt werden.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Begrüßen.</translation>
    </message>
    <message>
        <source>An ordinary transaction for alice.</source>
        <translation>Eine gewöhnliche Transaktion für alice.</translation>
    </message>
    <message>
        <source>Name alice.</source>
        <translation>alice nennen.</translation>
    </message>
    <message>
        <source>In DATA mode, /bytes sends octets exactly as written, with \r \n \xHH escapes and no dot-stuffing: here a bare-LF dot line (\n.\n), then a whole second transaction with its own end. Only CRLF.CRLF ends the data (RFC 5321 4.1.1.4); a server that also accepts LF.LF reads the rest as new commands, so the smuggled message passes whatever checks the first one passed. The console itself never sends a bare LF: every line it sends ends in CRLF.</source>
        <translation>Im DATA-Modus sendet /bytes Oktette genau wie geschrieben, mit den Maskierungen \r \n \xHH und ohne Dot-Stuffing: hier eine Punktzeile mit einzelnem LF (\n.\n), dann eine ganze zweite Transaktion mit eigenem Ende. Nur CRLF.CRLF beendet die Daten (RFC 5321 4.1.1.4); ein Server, der auch LF.LF annimmt, liest den Rest als neue Befehle, sodass die eingeschmuggelte Nachricht alle Prüfungen passiert, die die erste passiert hat. Die Konsole selbst sendet nie ein einzelnes LF: Jede Zeile, die sie sendet, endet mit CRLF.</translation>
    </message>
    <message>
        <source>The server answers both messages before the console has ended the data it thinks it is sending: the console reads replies it did not ask for and ends the session. Client and server no longer agree on the conversation; two messages were delivered.</source>
        <translation>Der Server beantwortet beide Nachrichten, bevor die Konsole die Daten beendet hat, die sie zu senden glaubt: Die Konsole liest Antworten, nach denen sie nicht gefragt hat, und beendet die Sitzung. Client und Server sind sich über das Gespräch nicht mehr einig; zwei Nachrichten wurden zugestellt.</translation>
    </message>
    <message>
        <source>The default sandbox refuses a bare LF in DATA (554 5.5.2), as Postfix does with smtpd_forbid_bare_newline.</source>
        <translation>Die Standard-Sandbox lehnt ein einzelnes LF in DATA ab (554 5.5.2), wie Postfix mit smtpd_forbid_bare_newline.</translation>
    </message>
    <message>
        <source>Every hop must end the data at CRLF.CRLF and nowhere else; one lenient hop is enough.</source>
        <translation>Jede Etappe muss die Daten bei CRLF.CRLF beenden und nirgends sonst; eine nachsichtige Etappe genügt.</translation>
    </message>
    <message>
        <source>No message from evil@attacker.example reached alice: send the bare-LF end of data (\n.\n) and the second transaction inside the DATA of the first, with /bytes.</source>
        <translation>Keine Nachricht von evil@attacker.example hat alice erreicht: das Datenende mit einzelnem LF (\n.\n) und die zweite Transaktion mit /bytes in das DATA der ersten senden.</translation>
    </message>
</context>
<context>
    <name>lesson security-starttls-injection</name>
    <message>
        <source>Security: STARTTLS response injection</source>
        <translation>Sicherheit: STARTTLS-Antwort-Injektion</translation>
    </message>
    <message>
        <source>An attacker has put plaintext replies right behind the server&apos;s 220 to STARTTLS, hoping your client will read them later as if they had come over TLS. See the console refuse to start TLS.</source>
        <translation>Ein Angreifer hat Klartext-Antworten direkt hinter die 220 des Servers auf STARTTLS gesetzt, in der Hoffnung, dass Ihr Client sie später liest, als wären sie über TLS gekommen. Sehen Sie, wie die Konsole den Start von TLS verweigert.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Begrüßen.</translation>
    </message>
    <message>
        <source>STARTTLS: the 220 arrives together with &quot;250-injected.invalid ... 250 AUTH PLAIN LOGIN&quot;. A client that buffered them would take them for the answer to its EHLO over TLS, and log in with a weak mechanism. Anything after the 220 and before the handshake must be thrown away, or the session ended: the console ends it.</source>
        <translation>STARTTLS: Die 220 kommt zusammen mit „250-injected.invalid ... 250 AUTH PLAIN LOGIN“. Ein Client, der sie puffert, hielte sie für die Antwort auf sein EHLO über TLS und meldete sich mit einem schwachen Mechanismus an. Alles nach der 220 und vor dem Handshake muss verworfen oder die Sitzung beendet werden: Die Konsole beendet sie.</translation>
    </message>
    <message>
        <source>The same bug on the server side (CVE-2011-0411) let commands injected after STARTTLS run inside the TLS session.</source>
        <translation>Derselbe Fehler auf der Serverseite (CVE-2011-0411) ließ nach STARTTLS eingeschleuste Befehle in der TLS-Sitzung laufen.</translation>
    </message>
    <message>
        <source>Send STARTTLS and see the 220 with the injected lines behind it.</source>
        <translation>STARTTLS senden und die 220 mit den eingeschleusten Zeilen dahinter sehen.</translation>
    </message>
    <message>
        <source>TLS was started after plaintext followed the 220: the injected lines could be read as if they were encrypted.</source>
        <translation>TLS wurde gestartet, nachdem Klartext auf die 220 folgte: Die eingeschleusten Zeilen könnten gelesen werden, als wären sie verschlüsselt.</translation>
    </message>
    <message>
        <source>Nothing more may be sent on a connection where replies were injected.</source>
        <translation>Auf einer Verbindung, in die Antworten eingeschleust wurden, darf nichts mehr gesendet werden.</translation>
    </message>
</context>
<context>
    <name>lesson security-starttls-stripping</name>
    <message>
        <source>Security: STARTTLS stripping</source>
        <translation>Sicherheit: STARTTLS-Stripping</translation>
    </message>
    <message>
        <source>Someone on the path has hidden STARTTLS from the EHLO reply. Notice it, and do not log in: end the session instead.</source>
        <translation>Jemand auf dem Weg hat STARTTLS aus der EHLO-Antwort versteckt. Bemerken Sie es und melden Sie sich nicht an: Beenden Sie stattdessen die Sitzung.</translation>
    </message>
    <message>
        <source>Greet: where STARTTLS should be you see XXXXXXXA, the mark that some middleboxes leave when they strip it (same length, so the packet sizes stay).</source>
        <translation>Begrüßen: Wo STARTTLS stehen sollte, sehen Sie XXXXXXXA, die Marke, die manche Middleboxes beim Entfernen hinterlassen (gleiche Länge, damit die Paketgrößen gleich bleiben).</translation>
    </message>
    <message>
        <source>Try STARTTLS anyway: the command is mangled too and the server does not know it (500).</source>
        <translation>STARTTLS trotzdem versuchen: Der Befehl wird ebenfalls verstümmelt und der Server kennt ihn nicht (500).</translation>
    </message>
    <message>
        <source>Without TLS, AUTH PLAIN or LOGIN would send the password to whoever stripped STARTTLS. A client that requires TLS stops here (postscope-cli exits 6); so do you.</source>
        <translation>Ohne TLS würden AUTH PLAIN oder LOGIN das Passwort an den senden, der STARTTLS entfernt hat. Ein Client, der TLS verlangt, hält hier an (postscope-cli endet mit 6); Sie auch.</translation>
    </message>
    <message>
        <source>Opportunistic STARTTLS cannot detect stripping; MTA-STS (RFC 8461) and DANE (RFC 7672) let a sender require TLS for a domain.</source>
        <translation>Opportunistisches STARTTLS kann Stripping nicht erkennen; MTA-STS (RFC 8461) und DANE (RFC 7672) lassen einen Absender TLS für eine Domain verlangen.</translation>
    </message>
    <message>
        <source>postscope-cli send --security starttls fails closed: exit 6, nothing sent.</source>
        <translation>postscope-cli send --security starttls schlägt sicher fehl: Exit 6, nichts gesendet.</translation>
    </message>
    <message>
        <source>Try STARTTLS and see it refused: the server never got your command.</source>
        <translation>STARTTLS versuchen und die Ablehnung sehen: Der Server hat Ihren Befehl nie erhalten.</translation>
    </message>
    <message>
        <source>You logged in without TLS after STARTTLS was stripped: your password went out in plaintext. Quit instead.</source>
        <translation>Sie haben sich ohne TLS angemeldet, nachdem STARTTLS entfernt wurde: Ihr Passwort ging im Klartext hinaus. Stattdessen beenden.</translation>
    </message>
    <message>
        <source>You sent mail without TLS after STARTTLS was stripped: anyone on the path could read it. Quit instead.</source>
        <translation>Sie haben ohne TLS Mail gesendet, nachdem STARTTLS entfernt wurde: Jeder auf dem Weg konnte sie lesen. Stattdessen beenden.</translation>
    </message>
</context>
<context>
    <name>lesson size</name>
    <message>
        <source>SIZE: declare the message size</source>
        <translation>SIZE: die Nachrichtengröße ankündigen</translation>
    </message>
    <message>
        <source>The sandbox takes messages of at most 2000 octets. Declare a size that is too big and see MAIL refused at once, then declare one that fits and send the message.</source>
        <translation>Die Sandbox nimmt Nachrichten von höchstens 2000 Oktetten. Eine zu große Größe ankündigen und sehen, wie MAIL sofort abgelehnt wird, dann eine passende ankündigen und die Nachricht senden.</translation>
    </message>
    <message>
        <source>EHLO: look for SIZE 2000 in the reply.</source>
        <translation>EHLO: in der Antwort nach SIZE 2000 suchen.</translation>
    </message>
    <message>
        <source>Declare 5000 octets: the server refuses before a single octet of the message is sent (552, RFC 1870 6.1).</source>
        <translation>5000 Oktette ankündigen: Der Server lehnt ab, bevor ein einziges Oktett der Nachricht gesendet ist (552, RFC 1870 6.1).</translation>
    </message>
    <message>
        <source>Declare a size that fits.</source>
        <translation>Eine passende Größe ankündigen.</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>Den Empfänger nennen.</translation>
    </message>
    <message>
        <source>Send the message.</source>
        <translation>Die Nachricht senden.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>SIZE= is an estimate; the server still checks the real size after the data.</source>
        <translation>SIZE= ist eine Schätzung; der Server prüft die echte Größe trotzdem nach den Daten.</translation>
    </message>
    <message>
        <source>Declare a size over the limit (MAIL FROM:&lt;...&gt; SIZE=5000) and see it refused with 552.</source>
        <translation>Eine Größe über der Grenze ankündigen (MAIL FROM:&lt;...&gt; SIZE=5000) und die Ablehnung mit 552 sehen.</translation>
    </message>
    <message>
        <source>Declare a size that fits (SIZE=100) and see MAIL accepted.</source>
        <translation>Eine passende Größe ankündigen (SIZE=100) und sehen, wie MAIL angenommen wird.</translation>
    </message>
    <message>
        <source>The message did not reach alice@example.test.</source>
        <translation>Die Nachricht hat alice@example.test nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>lesson starttls</name>
    <message>
        <source>STARTTLS: upgrading to TLS</source>
        <translation>STARTTLS: Umstellung auf TLS</translation>
    </message>
    <message>
        <source>Upgrade the connection to TLS with STARTTLS, and greet the server again: over TLS it offers AUTH, which it hid before.</source>
        <translation>Die Verbindung mit STARTTLS auf TLS umstellen und den Server erneut begrüßen: Über TLS bietet er AUTH an, das er vorher versteckt hat.</translation>
    </message>
    <message>
        <source>EHLO: STARTTLS is in the list, AUTH is not (this server allows AUTH only over TLS).</source>
        <translation>EHLO: STARTTLS steht in der Liste, AUTH nicht (dieser Server erlaubt AUTH nur über TLS).</translation>
    </message>
    <message>
        <source>STARTTLS: after the 220 the console starts the TLS handshake and shows it. Anything learnt before (the EHLO reply) is forgotten on both sides (RFC 3207 4.2).</source>
        <translation>STARTTLS: Nach der 220 startet die Konsole den TLS-Handshake und zeigt ihn. Alles vorher Gelernte (die EHLO-Antwort) wird auf beiden Seiten vergessen (RFC 3207 4.2).</translation>
    </message>
    <message>
        <source>Greet again, now over TLS: compare the list. STARTTLS is gone, AUTH is there.</source>
        <translation>Erneut begrüßen, jetzt über TLS: die Liste vergleichen. STARTTLS ist weg, AUTH ist da.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>A client that requires TLS must stop when STARTTLS is not offered, instead of going on in plaintext.</source>
        <translation>Ein Client, der TLS verlangt, muss anhalten, wenn STARTTLS nicht angeboten wird, statt im Klartext weiterzumachen.</translation>
    </message>
    <message>
        <source>Send STARTTLS and get 220.</source>
        <translation>STARTTLS senden und 220 erhalten.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete.</source>
        <translation>Der TLS-Handshake wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>After TLS, send EHLO again: the server has forgotten the first one (RFC 3207 4.2).</source>
        <translation>Nach TLS erneut EHLO senden: Der Server hat das erste vergessen (RFC 3207 4.2).</translation>
    </message>
</context>
<context>
    <name>lesson temporary-permanent</name>
    <message>
        <source>Temporary and permanent failures</source>
        <translation>Vorübergehende und dauerhafte Fehler</translation>
    </message>
    <message>
        <source>Meet a temporary failure (4xx: try again later) and a permanent one (5xx: do not repeat as is) in one transaction, and deliver to the recipient that works.</source>
        <translation>In einer Transaktion einem vorübergehenden Fehler (4xx: später erneut versuchen) und einem dauerhaften (5xx: nicht unverändert wiederholen) begegnen und an den Empfänger zustellen, bei dem es klappt.</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Begrüßen.</translation>
    </message>
    <message>
        <source>Start a transaction.</source>
        <translation>Eine Transaktion beginnen.</translation>
    </message>
    <message>
        <source>busy&apos;s mailbox is busy: 450 4.2.1. A 4xx reply is transient: a mail server keeps the message and tries this recipient again later (RFC 5321 4.5.4.1: for days, with growing waits).</source>
        <translation>Das Postfach von busy ist belegt: 450 4.2.1. Eine 4xx-Antwort ist vorübergehend: Ein Mailserver behält die Nachricht und versucht diesen Empfänger später erneut (RFC 5321 4.5.4.1: tagelang, mit wachsenden Pausen).</translation>
    </message>
    <message>
        <source>nobody does not exist: 550 5.1.1. A 5xx reply is permanent: the sender gets a bounce, and repeating it as is cannot help.</source>
        <translation>nobody existiert nicht: 550 5.1.1. Eine 5xx-Antwort ist dauerhaft: Der Absender bekommt eine Unzustellbarkeitsmeldung, und eine unveränderte Wiederholung kann nicht helfen.</translation>
    </message>
    <message>
        <source>alice works.</source>
        <translation>alice funktioniert.</translation>
    </message>
    <message>
        <source>The message goes to alice only.</source>
        <translation>Die Nachricht geht nur an alice.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>The first digit decides (2 ok, 3 go on, 4 transient, 5 permanent); the enhanced code (x.y.z) says why.</source>
        <translation>Die erste Ziffer entscheidet (2 ok, 3 weiter, 4 vorübergehend, 5 dauerhaft); der erweiterte Code (x.y.z) sagt, warum.</translation>
    </message>
    <message>
        <source>Name busy@example.test and see a temporary failure (4xx).</source>
        <translation>busy@example.test nennen und einen vorübergehenden Fehler (4xx) sehen.</translation>
    </message>
    <message>
        <source>Name nobody@example.test and see a permanent failure (5xx).</source>
        <translation>nobody@example.test nennen und einen dauerhaften Fehler (5xx) sehen.</translation>
    </message>
    <message>
        <source>The message did not reach alice: the other recipients&apos; failures do not stop the transaction.</source>
        <translation>Die Nachricht hat alice nicht erreicht: Die Fehler der anderen Empfänger halten die Transaktion nicht an.</translation>
    </message>
</context>
<context>
    <name>lesson vrfy-expn</name>
    <message>
        <source>VRFY and EXPN</source>
        <translation>VRFY und EXPN</translation>
    </message>
    <message>
        <source>Ask whether alice and nobody have mailboxes (VRFY), and who is on the staff list (EXPN).</source>
        <translation>Fragen, ob alice und nobody Postfächer haben (VRFY), und wer auf der Liste staff steht (EXPN).</translation>
    </message>
    <message>
        <source>Greet.</source>
        <translation>Begrüßen.</translation>
    </message>
    <message>
        <source>VRFY a user: 250 with the mailbox.</source>
        <translation>VRFY für einen Benutzer: 250 mit dem Postfach.</translation>
    </message>
    <message>
        <source>VRFY someone unknown: 550.</source>
        <translation>VRFY für jemand Unbekanntes: 550.</translation>
    </message>
    <message>
        <source>EXPN a list: one 250 line per member.</source>
        <translation>EXPN für eine Liste: eine 250-Zeile pro Mitglied.</translation>
    </message>
    <message>
        <source>Quit.</source>
        <translation>Beenden.</translation>
    </message>
    <message>
        <source>Public servers often answer VRFY with 252 (&quot;cannot verify, will try&quot;) and refuse EXPN, so that spammers cannot harvest addresses.</source>
        <translation>Öffentliche Server beantworten VRFY oft mit 252 („kann nicht prüfen, versuche es“) und lehnen EXPN ab, damit Spammer keine Adressen sammeln können.</translation>
    </message>
    <message>
        <source>VRFY alice must be answered 250.</source>
        <translation>VRFY alice muss mit 250 beantwortet werden.</translation>
    </message>
    <message>
        <source>Try VRFY on a name that has no mailbox (VRFY nobody) and see 550.</source>
        <translation>VRFY mit einem Namen ohne Postfach versuchen (VRFY nobody) und 550 sehen.</translation>
    </message>
    <message>
        <source>EXPN staff lists the members, one per line.</source>
        <translation>EXPN staff nennt die Mitglieder, eines pro Zeile.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts</name>
    <message>
        <source>&quot;%1&quot; has %2 entries; at most %3 are allowed</source>
        <translation>„%1“ hat %2 Einträge; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one value (put it in double quotes)</source>
        <translation>„%1“ muss ein einzelner Wert sein (in doppelten Anführungszeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not &quot;%2&quot;</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>passphrase of the client key</source>
        <translation>Passphrase des Client-Schlüssels</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Der Schlüsselbund enthält kein solches Geheimnis.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (permissions).</source>
        <translation>Die Datei %1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>The file name or key &quot;%1&quot; is not usable.</source>
        <translation>Der Dateiname oder Schlüssel „%1“ ist nicht brauchbar.</translation>
    </message>
    <message>
        <source>An account has at most %1 recipient certificate files or folders.</source>
        <translation>Ein Konto hat höchstens %1 Dateien oder Ordner mit Empfängerzertifikaten.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not usable.</source>
        <translation>Der Dateiname „%1“ ist nicht brauchbar.</translation>
    </message>
    <message>
        <source>An S/MIME key needs its certificate.</source>
        <translation>Ein S/MIME-Schlüssel braucht sein Zertifikat.</translation>
    </message>
    <message>
        <source>Signing or encrypting by default needs S/MIME or OpenPGP as the account&apos;s kind.</source>
        <translation>Standardmäßiges Signieren oder Verschlüsseln braucht S/MIME oder OpenPGP als Art des Kontos.</translation>
    </message>
    <message>
        <source>S/MIME needs a signing certificate or recipient certificates.</source>
        <translation>S/MIME braucht ein Signaturzertifikat oder Empfängerzertifikate.</translation>
    </message>
    <message>
        <source>Signing by default with S/MIME needs a signing certificate.</source>
        <translation>Standardmäßiges Signieren mit S/MIME braucht ein Signaturzertifikat.</translation>
    </message>
    <message>
        <source>Encrypting by default with S/MIME needs recipient certificates.</source>
        <translation>Standardmäßiges Verschlüsseln mit S/MIME braucht Empfängerzertifikate.</translation>
    </message>
    <message>
        <source>Signing by default with OpenPGP needs a signing key.</source>
        <translation>Standardmäßiges Signieren mit OpenPGP braucht einen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>DKIM needs a domain, a selector and a key file together.</source>
        <translation>DKIM braucht eine Domain, einen Selektor und eine Schlüsseldatei zusammen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name for DKIM&apos;s d= (RFC 6376 3.5).</source>
        <translation>„%1“ ist kein Domainname für d= von DKIM (RFC 6376 3.5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DKIM selector (RFC 6376 3.1).</source>
        <translation>„%1“ ist kein DKIM-Selektor (RFC 6376 3.1).</translation>
    </message>
    <message>
        <source>passphrase of the S/MIME signing key</source>
        <translation>Passphrase des S/MIME-Signaturschlüssels</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::Account</name>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Der Kontoname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; may not contain control characters, slashes, or blanks at its start or end.</source>
        <translation>Der Kontoname „%1“ darf keine Steuerzeichen, Schrägstriche oder Leerraum am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <source>An account needs a server host name or a socket path.</source>
        <translation>Ein Konto braucht einen Server-Hostnamen oder einen Socket-Pfad.</translation>
    </message>
    <message>
        <source>A server host name and a socket path exclude each other.</source>
        <translation>Server-Hostname und Socket-Pfad schließen einander aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The socket path is not a usable file name.</source>
        <translation>Der Socket-Pfad ist kein brauchbarer Dateiname.</translation>
    </message>
    <message>
        <source>A Unix socket cannot carry TLS: use security &quot;none&quot; or &quot;opportunistic&quot;.</source>
        <translation>Ein Unix-Socket kann kein TLS tragen: Sicherheit „none“ oder „opportunistic“ verwenden.</translation>
    </message>
    <message>
        <source>The EHLO name must be one ASCII word without blanks (RFC 5321 4.1.1.1).</source>
        <translation>Der EHLO-Name muss ein einzelnes ASCII-Wort ohne Leerzeichen sein (RFC 5321 4.1.1.1).</translation>
    </message>
    <message>
        <source>The reply timeout must be between 1 ms and 24 hours.</source>
        <translation>Die Antwort-Zeitgrenze muss zwischen 1 ms und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 ms and 24 hours.</source>
        <translation>Die Verbindungs-Zeitgrenze muss zwischen 1 ms und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SASL mechanism name (RFC 4422 3.1) or &quot;auto&quot;.</source>
        <translation>„%1“ ist kein SASL-Mechanismusname (RFC 4422 3.1) und nicht „auto“.</translation>
    </message>
    <message>
        <source>The user name may not contain control characters.</source>
        <translation>Der Benutzername darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An account has at most %1 identities.</source>
        <translation>Ein Konto hat höchstens %1 Identitäten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (local-part@domain).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (lokaler-Teil@domain).</translation>
    </message>
    <message>
        <source>The display name &quot;%1&quot; may not contain control characters.</source>
        <translation>Der Anzeigename „%1“ darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Exactly one identity must be the default From (%1 are).</source>
        <translation>Genau eine Identität muss der Standard-Absender (From) sein (es sind %1).</translation>
    </message>
    <message>
        <source>An account has at most %1 trusted certificates.</source>
        <translation>Ein Konto hat höchstens %1 vertrauenswürdige Zertifikate.</translation>
    </message>
    <message>
        <source>A trusted certificate names &quot;%1&quot;, which is not a host name.</source>
        <translation>Ein vertrauenswürdiges Zertifikat nennt „%1“, das kein Hostname ist.</translation>
    </message>
    <message>
        <source>A trusted certificate for %1 needs its SHA-256 fingerprint as 64 lower-case hex digits.</source>
        <translation>Ein vertrauenswürdiges Zertifikat für %1 braucht seinen SHA-256-Fingerabdruck als 64 kleingeschriebene Hex-Ziffern.</translation>
    </message>
    <message>
        <source>A trusted certificate for %1 has no valid date.</source>
        <translation>Ein vertrauenswürdiges Zertifikat für %1 hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The note of a trusted certificate for %1 is too long.</source>
        <translation>Die Notiz eines vertrauenswürdigen Zertifikats für %1 ist zu lang.</translation>
    </message>
    <message>
        <source>The certificate %1 is trusted twice for %2.</source>
        <translation>Das Zertifikat %1 ist für %2 zweimal als vertrauenswürdig eingetragen.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not usable.</source>
        <translation>Der Dateiname „%1“ ist nicht brauchbar.</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>Ein Client-Schlüssel braucht sein Zertifikat.</translation>
    </message>
    <message>
        <source>The source address &quot;%1&quot; is not an IP address.</source>
        <translation>Die Quelladresse „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The source address %1 is not of the chosen IP family (%2).</source>
        <translation>Die Quelladresse %1 gehört nicht zur gewählten IP-Familie (%2).</translation>
    </message>
    <message>
        <source>A source port needs a source address.</source>
        <translation>Ein Quellport braucht eine Quelladresse.</translation>
    </message>
    <message>
        <source>The sandbox server is not running.</source>
        <translation>Der Sandbox-Server läuft nicht.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not usable: %2</source>
        <translation>Das Konto „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than 4 MiB.</source>
        <translation>Die CA-Datei %1 ist größer als 4 MiB.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; would hold a secret; secrets are kept only in the system keychain, never in settings or account files</source>
        <translation>%1: Das Feld „%2“ würde ein Geheimnis enthalten; Geheimnisse liegen nur im Schlüsselbund des Systems, nie in Einstellungen oder Kontodateien</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot;</source>
        <translation>%1 hat keinen „name“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a SHA-256 fingerprint</source>
        <translation>%1: „%2“ ist kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1: „%2“ ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sandbox&apos;s own certificate</source>
        <translation>Das eigene Zertifikat der Sandbox</translation>
    </message>
    <message>
        <source>The subject or issuer kept for a trusted certificate for %1 is not usable.</source>
        <translation>Der für ein vertrauenswürdiges Zertifikat für %1 gespeicherte Inhaber oder Aussteller ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The account has no OAuth provider.</source>
        <translation>Das Konto hat keinen OAuth-Anbieter.</translation>
    </message>
    <message>
        <source>The OAuth settings may not contain control characters.</source>
        <translation>Die OAuth-Einstellungen dürfen keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OAuth provider (%2 or custom).</source>
        <translation>„%1“ ist kein OAuth-Anbieter (%2 oder custom).</translation>
    </message>
    <message>
        <source>OAuth: %1.</source>
        <translation>OAuth: %1.</translation>
    </message>
    <message>
        <source>The certificate %1 is trusted for %2 already.</source>
        <translation>Dem Zertifikat %1 wird für %2 bereits vertraut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; trusts no certificate %2.</source>
        <translation>Das Konto „%1“ vertraut keinem Zertifikat %2.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::AccountStore</name>
    <message>
        <source>The accounts have not been loaded yet.</source>
        <translation>Die Konten sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Postscope can read.</source>
        <translation>Die Einstellungsdatei %1 hat kein Format, das Postscope lesen kann.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The accounts in %1 have no schema version.</source>
        <translation>Die Konten in %1 haben keine Schema-Version.</translation>
    </message>
    <message>
        <source>The accounts&apos; schema version &quot;%1&quot; is not a number.</source>
        <translation>Die Schema-Version „%1“ der Konten ist keine Zahl.</translation>
    </message>
    <message>
        <source>The accounts were written by a newer Postscope (schema %1; this one knows %2). They are shown but not changed.</source>
        <translation>Die Konten wurden von einem neueren Postscope geschrieben (Schema %1; dieses kennt %2). Sie werden angezeigt, aber nicht geändert.</translation>
    </message>
    <message>
        <source>Postscope does not change the stored accounts, so that nothing is lost: %1</source>
        <translation>Postscope ändert die gespeicherten Konten nicht, damit nichts verloren geht: %1</translation>
    </message>
    <message>
        <source>The settings hold %1 accounts; at most %2 are read.</source>
        <translation>Die Einstellungen enthalten %1 Konten; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>a second account is called &quot;%1&quot;</source>
        <translation>ein zweites Konto heißt „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name</source>
        <translation>„%1“ ist der Name der eingebauten Sandbox</translation>
    </message>
    <message>
        <source>Stored account %1: %2</source>
        <translation>Gespeichertes Konto %1: %2</translation>
    </message>
    <message>
        <source>The settings hold more than %1 accounts.</source>
        <translation>Die Einstellungen enthalten mehr als %1 Konten.</translation>
    </message>
    <message>
        <source>the server &quot;%1&quot; has text after &apos;]&apos;</source>
        <translation>der Server „%1“ hat Text nach ‚]‘</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>„%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot;</source>
        <translation>unbekannte Sicherheit „%1“</translation>
    </message>
    <message>
        <source>lmtp must be true or false, not &quot;%1&quot;</source>
        <translation>lmtp muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>die Zeitgrenze „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a From address</source>
        <translation>„%1“ ist keine Absenderadresse (From)</translation>
    </message>
    <message>
        <source>Stored account &quot;%1&quot; (schema 1): %2</source>
        <translation>Gespeichertes Konto „%1“ (Schema 1): %2</translation>
    </message>
    <message>
        <source>The upgraded accounts could not be written: %1</source>
        <translation>Die aktualisierten Konten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox account; it cannot be added or changed.</source>
        <translation>„%1“ ist das eingebaute Sandbox-Konto; es kann weder hinzugefügt noch geändert werden.</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; exists already.</source>
        <translation>Ein Konto namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>There are %1 accounts already; that is the most Postscope keeps.</source>
        <translation>Es gibt schon %1 Konten; mehr behält Postscope nicht.</translation>
    </message>
    <message>
        <source>There is no account called &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The built-in sandbox account cannot be removed.</source>
        <translation>Das eingebaute Sandbox-Konto kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The account file is larger than %1 MiB.</source>
        <translation>Die Kontodatei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The account file is not JSON: %1 (at byte %2).</source>
        <translation>Die Kontodatei ist kein JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The account file is neither a Postscope account export nor a list of accounts.</source>
        <translation>Die Kontodatei ist weder ein Postscope-Kontoexport noch eine Liste von Konten.</translation>
    </message>
    <message>
        <source>The account file has schema %1; this Postscope reads 2 to %2.</source>
        <translation>Die Kontodatei hat Schema %1; dieses Postscope liest 2 bis %2.</translation>
    </message>
    <message>
        <source>The account file holds %1 accounts; at most %2 are read.</source>
        <translation>Die Kontodatei enthält %1 Konten; höchstens %2 werden gelesen.</translation>
    </message>
    <message>
        <source>Entry %1 of the account file is not an object.</source>
        <translation>Eintrag %1 der Kontodatei ist kein Objekt.</translation>
    </message>
    <message>
        <source>Entry %1 of the account file: %2</source>
        <translation>Eintrag %1 der Kontodatei: %2</translation>
    </message>
    <message>
        <source>Entry %1 of the account file is called &quot;%2&quot;, the built-in sandbox&apos;s name.</source>
        <translation>Eintrag %1 der Kontodatei heißt „%2“, wie die eingebaute Sandbox.</translation>
    </message>
    <message>
        <source>The account file names &quot;%1&quot; twice.</source>
        <translation>Die Kontodatei nennt „%1“ zweimal.</translation>
    </message>
    <message>
        <source>An account called &quot;%1&quot; exists already (import with replace to overwrite it).</source>
        <translation>Ein Konto namens „%1“ gibt es schon (mit Ersetzen importieren, um es zu überschreiben).</translation>
    </message>
    <message>
        <source>After the import there would be %1 accounts; at most %2 are kept.</source>
        <translation>Nach dem Import gäbe es %1 Konten; höchstens %2 werden behalten.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::FreshTokenJob</name>
    <message>
        <source>The account has no OAuth access token in the keychain: authorize it first (postscope-cli account authorize NAME).</source>
        <translation>Das Konto hat kein OAuth-Zugriffstoken im Schlüsselbund: Autorisieren Sie es zuerst (postscope-cli account authorize NAME).</translation>
    </message>
    <message>
        <source>Cannot read the OAuth access token: %1</source>
        <translation>Das OAuth-Zugriffstoken kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the OAuth refresh token: %1</source>
        <translation>Das OAuth-Aktualisierungstoken kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The access token was refreshed but could not be stored: %1</source>
        <translation>Das Zugriffstoken wurde erneuert, konnte aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::Reader</name>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: „%2“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false</source>
        <translation>%1: „%2“ muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: „%2“ muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has an unknown value &quot;%3&quot;</source>
        <translation>%1: „%2“ hat einen unbekannten Wert „%3“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation>%1: „%2“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 entries; at most %4 are allowed</source>
        <translation>%1: „%2“ hat %3 Einträge; höchstens %4 sind erlaubt</translation>
    </message>
    <message>
        <source>%1: every entry of &quot;%2&quot; must be an object</source>
        <translation>%1: Jeder Eintrag von „%2“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of strings</source>
        <translation>%1: „%2“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an object</source>
        <translation>%1: „%2“ muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::SecretStore</name>
    <message>
        <source>No system keychain answers, so secrets are not stored and Postscope asks for them each time. %1</source>
        <translation>Kein Schlüsselbund des Systems antwortet, daher werden Geheimnisse nicht gespeichert und Postscope fragt jedes Mal danach. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account name a secret can belong to.</source>
        <translation>„%1“ ist kein Kontoname, zu dem ein Geheimnis gehören kann.</translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation>Ein leeres Geheimnis wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The secret is longer than %1 characters.</source>
        <translation>Das Geheimnis ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The %1 for the account &quot;%2&quot;</source>
        <translation>%1 für das Konto „%2“</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for this account.</source>
        <translation>Der Schlüsselbund enthält kein(e) %1 für dieses Konto.</translation>
    </message>
    <message>
        <source>No secret was given.</source>
        <translation>Es wurde kein Geheimnis angegeben.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::SessionTokens</name>
    <message>
        <source>Not signed in during this session.</source>
        <translation>In dieser Sitzung nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::TokenState</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in; the access token is valid until %1.</source>
        <translation>Angemeldet; das Zugriffstoken ist bis %1 gültig.</translation>
    </message>
    <message>
        <source>Signed in; the provider did not say how long the access token is valid.</source>
        <translation>Angemeldet; der Anbieter hat nicht angegeben, wie lange das Zugriffstoken gültig ist.</translation>
    </message>
    <message>
        <source>Signed in; the access token has expired and is renewed with the refresh token before the next login.</source>
        <translation>Angemeldet; das Zugriffstoken ist abgelaufen und wird vor der nächsten Anmeldung mit dem Aktualisierungstoken erneuert.</translation>
    </message>
    <message>
        <source>The access token expired at %1 and there is no refresh token: sign in again.</source>
        <translation>Das Zugriffstoken ist um %1 abgelaufen, und es gibt kein Aktualisierungstoken: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1</source>
        <translation>Die Tokens konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>postscope::accounts::TokenStorage</name>
    <message>
        <source>The keychain is gone.</source>
        <translation>Der Schlüsselbund ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>postscope::auth</name>
    <message>
        <source>QCA cannot do %1: is the qca-ossl plugin installed? (plugin folders searched: %2)</source>
        <translation>QCA kann %1 nicht: Ist das Plugin qca-ossl installiert? (durchsuchte Plugin-Ordner: %2)</translation>
    </message>
    <message>
        <source>QCA has no SASL provider: is the qca-cyrus-sasl plugin installed? (plugin folders searched: %1)</source>
        <translation>QCA hat keinen SASL-Anbieter: Ist das Plugin qca-cyrus-sasl installiert? (durchsuchte Plugin-Ordner: %1)</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate</source>
        <translation>der Text enthält ein einzelnes Surrogat</translation>
    </message>
    <message>
        <source>the text holds a prohibited character U+%1</source>
        <translation>der Text enthält ein verbotenes Zeichen U+%1</translation>
    </message>
    <message>
        <source>the text mixes right-to-left and left-to-right characters</source>
        <translation>der Text mischt Zeichen von rechts nach links und von links nach rechts</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unbekannter Benutzer „%1“</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>falsches Passwort für Benutzer „%1“</translation>
    </message>
    <message>
        <source> (first %1 of %2 bytes)</source>
        <translation> (erste %1 von %2 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of binary data</source>
        <translation>
            <numerusform>%n Byte Binärdaten</numerusform>
            <numerusform>%n Bytes Binärdaten</numerusform>
        </translation>
    </message>
    <message>
        <source>negotiate</source>
        <translation>Aushandlung</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>authenticate</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message numerus="yes">
        <source>NTLMSSP message type %1 (%2), %n byte(s)</source>
        <translation>
            <numerusform>NTLMSSP-Nachricht Typ %1 (%2), %n Byte</numerusform>
            <numerusform>NTLMSSP-Nachricht Typ %1 (%2), %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>RFC 7677: proves the password with SHA-256 without sending it; the server proves it too</source>
        <translation>RFC 7677: beweist das Passwort mit SHA-256, ohne es zu senden; der Server beweist es ebenfalls</translation>
    </message>
    <message>
        <source>RFC 5802: proves the password with SHA-1 without sending it; the server proves it too</source>
        <translation>RFC 5802: beweist das Passwort mit SHA-1, ohne es zu senden; der Server beweist es ebenfalls</translation>
    </message>
    <message>
        <source>RFC 2195: answers a challenge with HMAC-MD5 of the password</source>
        <translation>RFC 2195: beantwortet eine Challenge mit HMAC-MD5 des Passworts</translation>
    </message>
    <message>
        <source>RFC 4616: sends user and password as they are (TLS only)</source>
        <translation>RFC 4616: sendet Benutzer und Passwort unverändert (nur mit TLS)</translation>
    </message>
    <message>
        <source>draft-murchison-sasl-login: sends user and password as they are (TLS only)</source>
        <translation>draft-murchison-sasl-login: sendet Benutzer und Passwort unverändert (nur mit TLS)</translation>
    </message>
    <message>
        <source>RFC 7628: sends an OAuth 2.0 access token (TLS only)</source>
        <translation>RFC 7628: sendet ein OAuth-2.0-Zugriffstoken (nur mit TLS)</translation>
    </message>
    <message>
        <source>Google&apos;s and Microsoft&apos;s format: sends an OAuth 2.0 access token (TLS only)</source>
        <translation>Format von Google und Microsoft: sendet ein OAuth-2.0-Zugriffstoken (nur mit TLS)</translation>
    </message>
    <message>
        <source>RFC 2831 (obsolete, RFC 6331): a digest challenge and response, through Cyrus SASL</source>
        <translation>RFC 2831 (veraltet, RFC 6331): Digest-Challenge und -Antwort, über Cyrus SASL</translation>
    </message>
    <message>
        <source>Microsoft&apos;s NTLM challenge and response, through Cyrus SASL</source>
        <translation>Microsofts NTLM-Challenge und -Antwort, über Cyrus SASL</translation>
    </message>
    <message>
        <source>Kerberos (RFC 4752 / RFC 5801) with the ticket from kinit, through Cyrus SASL</source>
        <translation>Kerberos (RFC 4752 / RFC 5801) mit dem Ticket von kinit, über Cyrus SASL</translation>
    </message>
    <message>
        <source>through Cyrus SASL</source>
        <translation>über Cyrus SASL</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism (RFC 4954 3). Many servers offer AUTH only after STARTTLS: try --security starttls.</source>
        <translation>Der Server bietet keinen AUTH-Mechanismus an (RFC 4954 3). Viele Server bieten AUTH erst nach STARTTLS an: --security starttls versuchen.</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism (RFC 4954 3).</source>
        <translation>Der Server bietet keinen AUTH-Mechanismus an (RFC 4954 3).</translation>
    </message>
    <message>
        <source>No mechanism is allowed here for this kind of secret with the %1 order (the server offers: %2).</source>
        <translation>Für diese Art Geheimnis ist hier mit der Reihenfolge %1 kein Mechanismus erlaubt (der Server bietet an: %2).</translation>
    </message>
    <message>
        <source>The server offers none of the mechanisms allowed here (allowed: %1; the server offers: %2).</source>
        <translation>Der Server bietet keinen der hier erlaubten Mechanismen an (erlaubt: %1; der Server bietet an: %2).</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>das Zugriffstoken</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is not encrypted, and %1 would cross it readable by anyone on the way (%2 send it as it is). Use TLS (--security starttls or tls), or allow it explicitly with --allow-plaintext-auth (in the window: the account&apos;s &quot;Allow authentication without TLS&quot;).</source>
        <translation>Nichts wurde gesendet: Die Verbindung ist nicht verschlüsselt, und %1 würde sie für jeden auf dem Weg lesbar durchqueren (%2 senden es unverändert). TLS verwenden (--security starttls oder tls) oder es ausdrücklich mit --allow-plaintext-auth erlauben (im Fenster: „Authentifizierung ohne TLS erlauben“ im Konto).</translation>
    </message>
</context>
<context>
    <name>postscope::auth::BearerClientMechanism</name>
    <message>
        <source>AUTH %1 needs an OAuth 2.0 access token, and none was given</source>
        <translation>AUTH %1 braucht ein OAuth-2.0-Zugriffstoken, und es wurde keines angegeben</translation>
    </message>
    <message>
        <source>the access token for AUTH %1 has characters a bearer token cannot have (RFC 6750 2.1)</source>
        <translation>das Zugriffstoken für AUTH %1 enthält Zeichen, die ein Bearer-Token nicht enthalten kann (RFC 6750 2.1)</translation>
    </message>
    <message>
        <source>the server sent AUTH %1 data before the client&apos;s first message</source>
        <translation>der Server hat AUTH-%1-Daten vor der ersten Nachricht des Clients gesendet</translation>
    </message>
    <message>
        <source>the server kept sending AUTH %1 challenges after its error</source>
        <translation>der Server hat nach seinem Fehler weiter AUTH-%1-Challenges gesendet</translation>
    </message>
    <message>
        <source>unexpected AUTH state</source>
        <translation>unerwarteter AUTH-Zustand</translation>
    </message>
</context>
<context>
    <name>postscope::auth::BearerServerMechanism</name>
    <message>
        <source>the AUTH %1 exchange was already started</source>
        <translation>der AUTH-%1-Austausch wurde bereits begonnen</translation>
    </message>
    <message>
        <source>%1 (and the client did not answer the error as AUTH %2 expects)</source>
        <translation>%1 (und der Client hat den Fehler nicht so beantwortet, wie AUTH %2 es erwartet)</translation>
    </message>
    <message>
        <source>AUTH %1 response before the exchange started</source>
        <translation>AUTH-%1-Antwort vor Beginn des Austauschs</translation>
    </message>
    <message>
        <source>AUTH %1 response after the exchange finished</source>
        <translation>AUTH-%1-Antwort nach Ende des Austauschs</translation>
    </message>
    <message>
        <source>no user named in the AUTH %1 message</source>
        <translation>in der AUTH-%1-Nachricht ist kein Benutzer genannt</translation>
    </message>
    <message>
        <source>invalid bearer token for user &quot;%1&quot;</source>
        <translation>ungültiges Bearer-Token für Benutzer „%1“</translation>
    </message>
</context>
<context>
    <name>postscope::auth::CramMd5ClientMechanism</name>
    <message>
        <source>unexpected second challenge from the server during AUTH CRAM-MD5</source>
        <translation>unerwartete zweite Challenge vom Server während AUTH CRAM-MD5</translation>
    </message>
    <message>
        <source>the server sent an empty CRAM-MD5 challenge</source>
        <translation>der Server hat eine leere CRAM-MD5-Challenge gesendet</translation>
    </message>
    <message>
        <source>QCA failed to compute HMAC-MD5</source>
        <translation>QCA konnte HMAC-MD5 nicht berechnen</translation>
    </message>
</context>
<context>
    <name>postscope::auth::CramMd5ServerMechanism</name>
    <message>
        <source>the AUTH CRAM-MD5 exchange was already started</source>
        <translation>der AUTH-CRAM-MD5-Austausch wurde bereits begonnen</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5 does not take an initial response</source>
        <translation>AUTH CRAM-MD5 nimmt keine initiale Antwort an</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5 response before the exchange started</source>
        <translation>AUTH-CRAM-MD5-Antwort vor Beginn des Austauschs</translation>
    </message>
    <message>
        <source>AUTH CRAM-MD5 response after the exchange finished</source>
        <translation>AUTH-CRAM-MD5-Antwort nach Ende des Austauschs</translation>
    </message>
    <message>
        <source>malformed AUTH CRAM-MD5 response (expected user and digest)</source>
        <translation>fehlerhafte AUTH-CRAM-MD5-Antwort (Benutzer und Digest erwartet)</translation>
    </message>
    <message>
        <source>malformed AUTH CRAM-MD5 digest</source>
        <translation>fehlerhafter AUTH-CRAM-MD5-Digest</translation>
    </message>
    <message>
        <source>malformed AUTH CRAM-MD5 user name (not UTF-8)</source>
        <translation>fehlerhafter AUTH-CRAM-MD5-Benutzername (kein UTF-8)</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unbekannter Benutzer „%1“</translation>
    </message>
    <message>
        <source>QCA failed to compute HMAC-MD5</source>
        <translation>QCA konnte HMAC-MD5 nicht berechnen</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>falsches Passwort für Benutzer „%1“</translation>
    </message>
</context>
<context>
    <name>postscope::auth::GuardedClientMechanism</name>
    <message>
        <source>the server sent more than %1 challenges in one AUTH %2 exchange; the client gave up (a broken or hostile server)</source>
        <translation>der Server hat mehr als %1 Challenges in einem AUTH-%2-Austausch gesendet; der Client hat aufgegeben (ein defekter oder feindseliger Server)</translation>
    </message>
    <message>
        <source>the server sent AUTH %1 data before the client&apos;s first message</source>
        <translation>der Server hat AUTH-%1-Daten vor der ersten Nachricht des Clients gesendet</translation>
    </message>
    <message>
        <source>the AUTH %1 response would be longer than the %2 octets RFC 4954 4 allows for one line</source>
        <translation>die AUTH-%1-Antwort wäre länger als die %2 Oktette, die RFC 4954 4 für eine Zeile erlaubt</translation>
    </message>
</context>
<context>
    <name>postscope::auth::LoginClientMechanism</name>
    <message>
        <source>the server keeps asking during AUTH LOGIN</source>
        <translation>der Server fragt während AUTH LOGIN immer weiter</translation>
    </message>
    <message>
        <source>unexpected challenge from the server during AUTH LOGIN</source>
        <translation>unerwartete Challenge vom Server während AUTH LOGIN</translation>
    </message>
</context>
<context>
    <name>postscope::auth::LoginServerMechanism</name>
    <message>
        <source>the AUTH LOGIN exchange was already started</source>
        <translation>der AUTH-LOGIN-Austausch wurde bereits begonnen</translation>
    </message>
    <message>
        <source>AUTH LOGIN with an empty user name</source>
        <translation>AUTH LOGIN mit leerem Benutzernamen</translation>
    </message>
    <message>
        <source>malformed AUTH LOGIN user name (not UTF-8)</source>
        <translation>fehlerhafter AUTH-LOGIN-Benutzername (kein UTF-8)</translation>
    </message>
    <message>
        <source>AUTH LOGIN response before the exchange started</source>
        <translation>AUTH-LOGIN-Antwort vor Beginn des Austauschs</translation>
    </message>
    <message>
        <source>AUTH LOGIN response after the exchange finished</source>
        <translation>AUTH-LOGIN-Antwort nach Ende des Austauschs</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthBearerClientMechanism</name>
    <message>
        <source>AUTH OAUTHBEARER cannot carry control characters in the user or host name</source>
        <translation>AUTH OAUTHBEARER kann keine Steuerzeichen im Benutzer- oder Hostnamen tragen</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthBearerServerMechanism</name>
    <message>
        <source>malformed AUTH OAUTHBEARER message (RFC 7628 3.1)</source>
        <translation>fehlerhafte AUTH-OAUTHBEARER-Nachricht (RFC 7628 3.1)</translation>
    </message>
    <message>
        <source>the client asked for channel binding, which AUTH OAUTHBEARER does not offer here</source>
        <translation>der Client hat Kanalbindung verlangt, die AUTH OAUTHBEARER hier nicht bietet</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER message (bad channel binding flag)</source>
        <translation>fehlerhafte AUTH-OAUTHBEARER-Nachricht (ungültiges Kanalbindungs-Flag)</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER authorisation identity</source>
        <translation>fehlerhafte AUTH-OAUTHBEARER-Autorisierungsidentität</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER key/value pair</source>
        <translation>fehlerhaftes AUTH-OAUTHBEARER-Schlüssel/Wert-Paar</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER message (two auth= pairs)</source>
        <translation>fehlerhafte AUTH-OAUTHBEARER-Nachricht (zwei auth=-Paare)</translation>
    </message>
    <message>
        <source>malformed AUTH OAUTHBEARER message (auth= is missing or not &quot;Bearer&quot; and a token)</source>
        <translation>fehlerhafte AUTH-OAUTHBEARER-Nachricht (auth= fehlt oder ist nicht „Bearer“ mit einem Token)</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthFlow</name>
    <message>
        <source>The authorization server refused: %1</source>
        <translation>Der Autorisierungsserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token endpoint did not answer the refresh in time.</source>
        <translation>Der Token-Endpunkt hat die Aktualisierung nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>No authorization arrived in time: the browser never came back to %1.</source>
        <translation>Keine Autorisierung ist rechtzeitig eingetroffen: Der Browser ist nie zu %1 zurückgekehrt.</translation>
    </message>
    <message>
        <source>Cannot authorize: %1.</source>
        <translation>Autorisierung nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Weiterleitung des Browsers gewartet werden.</translation>
    </message>
    <message>
        <source>Postscope received the authorization. You can close this window.</source>
        <translation>Postscope hat die Autorisierung erhalten. Dieses Fenster kann geschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot refresh: %1.</source>
        <translation>Aktualisierung nicht möglich: %1.</translation>
    </message>
    <message>
        <source>There is no refresh token: authorize again.</source>
        <translation>Es gibt kein Aktualisierungstoken: erneut autorisieren.</translation>
    </message>
    <message>
        <source>The access token expired at %1 and there is no refresh token: authorize the account again.</source>
        <translation>Das Zugriffstoken ist um %1 abgelaufen und es gibt kein Aktualisierungstoken: das Konto erneut autorisieren.</translation>
    </message>
    <message>
        <source>The redirect to 127.0.0.1 carried a state that is not this request&apos;s (RFC 6749 10.12); it was ignored.</source>
        <translation>Die Weiterleitung an 127.0.0.1 trug einen state, der nicht zu dieser Anfrage gehört (RFC 6749 10.12); sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The redirect to 127.0.0.1 carried no authorization code.</source>
        <translation>Die Weiterleitung an 127.0.0.1 trug keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The token endpoint refused: %1</source>
        <translation>Der Token-Endpunkt hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>Der Token-Endpunkt hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Der Token-Endpunkt %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The token request failed: %1</source>
        <translation>Die Token-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The token endpoint issued a &quot;%1&quot; token; mail servers take bearer tokens only.</source>
        <translation>Der Token-Endpunkt hat ein „%1“-Token ausgestellt; Mailserver nehmen nur Bearer-Tokens an.</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthProvider</name>
    <message>
        <source>the %1 is missing or not a URL</source>
        <translation>%1 fehlt oder ist keine URL</translation>
    </message>
    <message>
        <source>the %1 %2 must use https (RFC 6749 3.1 and 3.2)</source>
        <translation>%1 %2 muss https verwenden (RFC 6749 3.1 und 3.2)</translation>
    </message>
    <message>
        <source>authorization endpoint</source>
        <translation>der Autorisierungs-Endpunkt</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>der Token-Endpunkt</translation>
    </message>
    <message>
        <source>no client id: register Postscope as a desktop application with %1 and give its client id</source>
        <translation>keine Client-ID: Postscope bei %1 als Desktop-Anwendung registrieren und dessen Client-ID angeben</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
</context>
<context>
    <name>postscope::auth::OAuthServerError</name>
    <message>
        <source>The server refused the bearer token with a challenge that is not JSON: &quot;%1&quot;.</source>
        <translation>Der Server hat das Bearer-Token mit einer Challenge abgelehnt, die kein JSON ist: „%1“.</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation>Status „%1“</translation>
    </message>
    <message>
        <source>schemes &quot;%1&quot;</source>
        <translation>Schemata „%1“</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>Scope „%1“</translation>
    </message>
    <message>
        <source>openid-configuration &quot;%1&quot;</source>
        <translation>openid-configuration „%1“</translation>
    </message>
    <message>
        <source>The server refused the bearer token (%1): the token is wrong, expired or lacks the scope the server names.</source>
        <translation>Der Server hat das Bearer-Token abgelehnt (%1): Das Token ist falsch, abgelaufen oder hat nicht den Scope, den der Server nennt.</translation>
    </message>
</context>
<context>
    <name>postscope::auth::PlainClientMechanism</name>
    <message>
        <source>unexpected challenge from the server during AUTH PLAIN</source>
        <translation>unerwartete Challenge vom Server während AUTH PLAIN</translation>
    </message>
    <message>
        <source>AUTH PLAIN cannot carry a NUL character in the user name or password</source>
        <translation>AUTH PLAIN kann kein NUL-Zeichen im Benutzernamen oder Passwort tragen</translation>
    </message>
</context>
<context>
    <name>postscope::auth::PlainServerMechanism</name>
    <message>
        <source>AUTH PLAIN response after the exchange finished</source>
        <translation>AUTH-PLAIN-Antwort nach Ende des Austauschs</translation>
    </message>
    <message>
        <source>malformed AUTH PLAIN message (expected three NUL-separated fields)</source>
        <translation>fehlerhafte AUTH-PLAIN-Nachricht (drei durch NUL getrennte Felder erwartet)</translation>
    </message>
    <message>
        <source>malformed AUTH PLAIN message (empty user name or password)</source>
        <translation>fehlerhafte AUTH-PLAIN-Nachricht (leerer Benutzername oder leeres Passwort)</translation>
    </message>
    <message>
        <source>malformed AUTH PLAIN message (not UTF-8)</source>
        <translation>fehlerhafte AUTH-PLAIN-Nachricht (kein UTF-8)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; may not act as &quot;%2&quot;</source>
        <translation>Benutzer „%1“ darf nicht als „%2“ handeln</translation>
    </message>
</context>
<context>
    <name>postscope::auth::QcaSaslClientMechanism</name>
    <message>
        <source>QCA&apos;s SASL provider did not create a context</source>
        <translation>Der SASL-Anbieter von QCA hat keinen Kontext erzeugt</translation>
    </message>
    <message>
        <source>Cyrus SASL did not start AUTH %1 in time</source>
        <translation>Cyrus SASL hat AUTH %1 nicht rechtzeitig begonnen</translation>
    </message>
    <message>
        <source>no Cyrus SASL module on this machine does %1 as a client (Debian: libsasl2-modules, libsasl2-modules-gssapi-mit)</source>
        <translation>kein Cyrus-SASL-Modul auf diesem Rechner beherrscht %1 als Client (Debian: libsasl2-modules, libsasl2-modules-gssapi-mit)</translation>
    </message>
    <message>
        <source>the server&apos;s %1 data does not follow the mechanism&apos;s protocol</source>
        <translation>die %1-Daten des Servers folgen nicht dem Protokoll des Mechanismus</translation>
    </message>
    <message>
        <source>the server failed %1&apos;s mutual authentication: it could not prove that it knows the password</source>
        <translation>der Server hat die gegenseitige Authentifizierung von %1 nicht bestanden: Er konnte nicht beweisen, dass er das Passwort kennt</translation>
    </message>
    <message>
        <source>Cyrus SASL could not go on with %1 (is there a Kerberos ticket for this user? klist shows it, kinit gets one)</source>
        <translation>Cyrus SASL konnte mit %1 nicht weitermachen (gibt es ein Kerberos-Ticket für diesen Benutzer? klist zeigt es, kinit holt eines)</translation>
    </message>
    <message>
        <source>Cyrus SASL could not go on with %1</source>
        <translation>Cyrus SASL konnte mit %1 nicht weitermachen</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>einen Benutzernamen</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>a realm</source>
        <translation>einen Realm</translation>
    </message>
    <message>
        <source>AUTH %1 needs %2, which was not given</source>
        <translation>AUTH %1 braucht %2, das nicht angegeben wurde</translation>
    </message>
    <message>
        <source>more details</source>
        <translation>weitere Einzelheiten</translation>
    </message>
    <message>
        <source>unexpected challenge after the AUTH %1 exchange finished</source>
        <translation>unerwartete Challenge nach Ende des AUTH-%1-Austauschs</translation>
    </message>
    <message>
        <source>Cyrus SASL did not answer the AUTH %1 challenge in time</source>
        <translation>Cyrus SASL hat die AUTH-%1-Challenge nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>the server accepted AUTH %1 before the exchange finished, so it never proved that it knows the password</source>
        <translation>der Server hat AUTH %1 vor Ende des Austauschs angenommen und daher nie bewiesen, dass er das Passwort kennt</translation>
    </message>
</context>
<context>
    <name>postscope::auth::SaslStepDescriber</name>
    <message>
        <source>(empty challenge: the server waits for the client&apos;s message)</source>
        <translation>(leere Challenge: Der Server wartet auf die Nachricht des Clients)</translation>
    </message>
    <message>
        <source>server asks %1</source>
        <translation>Server fragt %1</translation>
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
            <numerusform>salt=%1 (%n Byte)</numerusform>
            <numerusform>salt=%1 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>salt=%1 (not base64)</source>
        <translation>salt=%1 (kein Base64)</translation>
    </message>
    <message>
        <source>iterations=%1</source>
        <translation>iterations=%1</translation>
    </message>
    <message>
        <source>server signature=%1</source>
        <translation>Server-Signatur=%1</translation>
    </message>
    <message>
        <source>server error=%1</source>
        <translation>Server-Fehler=%1</translation>
    </message>
    <message>
        <source>error (not JSON): %1</source>
        <translation>Fehler (kein JSON): %1</translation>
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
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>malformed PLAIN message, %n byte(s)</source>
        <translation>
            <numerusform>fehlerhafte PLAIN-Nachricht, %n Byte</numerusform>
            <numerusform>fehlerhafte PLAIN-Nachricht, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>authzid=%1, user=%2, password=%3</source>
        <translation>authzid=%1, Benutzer=%2, Passwort=%3</translation>
    </message>
    <message>
        <source>password=%1</source>
        <translation>Passwort=%1</translation>
    </message>
    <message>
        <source>user=%1</source>
        <translation>Benutzer=%1</translation>
    </message>
    <message numerus="yes">
        <source>malformed CRAM-MD5 response, %n byte(s)</source>
        <translation>
            <numerusform>fehlerhafte CRAM-MD5-Antwort, %n Byte</numerusform>
            <numerusform>fehlerhafte CRAM-MD5-Antwort, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>user=%1, HMAC-MD5(password, challenge)=%2</source>
        <translation>Benutzer=%1, HMAC-MD5(Passwort, Challenge)=%2</translation>
    </message>
    <message>
        <source>(empty response: acknowledges the server&apos;s final message)</source>
        <translation>(leere Antwort: bestätigt die letzte Nachricht des Servers)</translation>
    </message>
    <message numerus="yes">
        <source>malformed SCRAM message, %n byte(s)</source>
        <translation>
            <numerusform>fehlerhafte SCRAM-Nachricht, %n Byte</numerusform>
            <numerusform>fehlerhafte SCRAM-Nachricht, %n Bytes</numerusform>
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
        <translation>(leere Antwort: beendet den Austausch nach dem Fehler des Servers)</translation>
    </message>
    <message>
        <source>^A: ends the exchange after the server&apos;s error (RFC 7628 3.2.3)</source>
        <translation>^A: beendet den Austausch nach dem Fehler des Servers (RFC 7628 3.2.3)</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message numerus="yes">
        <source>malformed OAUTHBEARER message, %n byte(s)</source>
        <translation>
            <numerusform>fehlerhafte OAUTHBEARER-Nachricht, %n Byte</numerusform>
            <numerusform>fehlerhafte OAUTHBEARER-Nachricht, %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>auth=%1 %2</source>
        <translation>auth=%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n Byte)</numerusform>
            <numerusform>%1 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not base64 (%n byte(s))</source>
        <translation>
            <numerusform>kein Base64 (%n Byte)</numerusform>
            <numerusform>kein Base64 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>not base64: %1</source>
        <translation>kein Base64: %1</translation>
    </message>
    <message>
        <source>* (the client cancels the exchange)</source>
        <translation>* (der Client bricht den Austausch ab)</translation>
    </message>
</context>
<context>
    <name>postscope::auth::ScramClientMechanism</name>
    <message>
        <source>the user name cannot be used with SCRAM (SASLprep, RFC 4013): %1</source>
        <translation>der Benutzername ist mit SCRAM nicht verwendbar (SASLprep, RFC 4013): %1</translation>
    </message>
    <message>
        <source>SCRAM needs a user name</source>
        <translation>SCRAM braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>the SCRAM client nonce is not printable ASCII</source>
        <translation>die SCRAM-Client-Nonce ist kein druckbares ASCII</translation>
    </message>
    <message>
        <source>the server sent SCRAM data before the client&apos;s first message</source>
        <translation>der Server hat SCRAM-Daten vor der ersten Nachricht des Clients gesendet</translation>
    </message>
    <message>
        <source>unexpected challenge after the SCRAM exchange finished</source>
        <translation>unerwartete Challenge nach Ende des SCRAM-Austauschs</translation>
    </message>
    <message>
        <source>unexpected SCRAM state</source>
        <translation>unerwarteter SCRAM-Zustand</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message</source>
        <translation>fehlerhafte server-first-Nachricht von SCRAM</translation>
    </message>
    <message>
        <source>the server refused SCRAM: %1</source>
        <translation>der Server hat SCRAM abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server requires a SCRAM extension this client does not know</source>
        <translation>der Server verlangt eine SCRAM-Erweiterung, die dieser Client nicht kennt</translation>
    </message>
    <message>
        <source>malformed SCRAM server-first message (expected r=, s= and i=)</source>
        <translation>fehlerhafte server-first-Nachricht von SCRAM (r=, s= und i= erwartet)</translation>
    </message>
    <message>
        <source>the SCRAM server nonce does not extend the client nonce</source>
        <translation>die SCRAM-Server-Nonce setzt die Client-Nonce nicht fort</translation>
    </message>
    <message>
        <source>the SCRAM server nonce holds characters that are not allowed</source>
        <translation>die SCRAM-Server-Nonce enthält unzulässige Zeichen</translation>
    </message>
    <message>
        <source>the SCRAM salt is missing or not base64</source>
        <translation>das SCRAM-Salt fehlt oder ist kein Base64</translation>
    </message>
    <message>
        <source>the SCRAM iteration count is not a positive number</source>
        <translation>die SCRAM-Iterationszahl ist keine positive Zahl</translation>
    </message>
    <message>
        <source>the SCRAM iteration count %1 is over this client&apos;s limit of %2</source>
        <translation>die SCRAM-Iterationszahl %1 liegt über der Grenze dieses Clients von %2</translation>
    </message>
    <message>
        <source>the password cannot be used with SCRAM (SASLprep, RFC 4013): %1</source>
        <translation>das Passwort ist mit SCRAM nicht verwendbar (SASLprep, RFC 4013): %1</translation>
    </message>
    <message>
        <source>QCA failed to compute the SCRAM salted password</source>
        <translation>QCA konnte das gesalzene SCRAM-Passwort nicht berechnen</translation>
    </message>
    <message>
        <source>QCA failed to compute the SCRAM proof</source>
        <translation>QCA konnte den SCRAM-Beweis nicht berechnen</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message</source>
        <translation>fehlerhafte server-final-Nachricht von SCRAM</translation>
    </message>
    <message>
        <source>malformed SCRAM server-final message (expected v=)</source>
        <translation>fehlerhafte server-final-Nachricht von SCRAM (v= erwartet)</translation>
    </message>
    <message>
        <source>the SCRAM server signature is not base64</source>
        <translation>die SCRAM-Server-Signatur ist kein Base64</translation>
    </message>
    <message>
        <source>wrong SCRAM server signature: the server could not prove that it knows the password</source>
        <translation>falsche SCRAM-Server-Signatur: Der Server konnte nicht beweisen, dass er das Passwort kennt</translation>
    </message>
    <message>
        <source>the server accepted SCRAM authentication without proving that it knows the password (no server signature)</source>
        <translation>der Server hat die SCRAM-Authentifizierung angenommen, ohne zu beweisen, dass er das Passwort kennt (keine Server-Signatur)</translation>
    </message>
    <message>
        <source>the server ended the SCRAM exchange before it finished</source>
        <translation>der Server hat den SCRAM-Austausch vor dessen Ende beendet</translation>
    </message>
</context>
<context>
    <name>postscope::auth::ScramServerMechanism</name>
    <message>
        <source>the SCRAM exchange was already started</source>
        <translation>der SCRAM-Austausch wurde bereits begonnen</translation>
    </message>
    <message>
        <source>SCRAM response before the exchange started</source>
        <translation>SCRAM-Antwort vor Beginn des Austauschs</translation>
    </message>
    <message>
        <source>SCRAM response after the exchange finished</source>
        <translation>SCRAM-Antwort nach Ende des Austauschs</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message (no gs2 header)</source>
        <translation>fehlerhafte client-first-Nachricht von SCRAM (kein gs2-Header)</translation>
    </message>
    <message>
        <source>the client asked for SCRAM channel binding, which is not offered</source>
        <translation>der Client hat SCRAM-Kanalbindung verlangt, die nicht angeboten wird</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message (bad channel binding flag)</source>
        <translation>fehlerhafte client-first-Nachricht von SCRAM (ungültiges Kanalbindungs-Flag)</translation>
    </message>
    <message>
        <source>malformed SCRAM authorisation identity</source>
        <translation>fehlerhafte SCRAM-Autorisierungsidentität</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message</source>
        <translation>fehlerhafte client-first-Nachricht von SCRAM</translation>
    </message>
    <message>
        <source>the client requires a SCRAM extension this server does not know</source>
        <translation>der Client verlangt eine SCRAM-Erweiterung, die dieser Server nicht kennt</translation>
    </message>
    <message>
        <source>malformed SCRAM client-first message (expected n= and r=)</source>
        <translation>fehlerhafte client-first-Nachricht von SCRAM (n= und r= erwartet)</translation>
    </message>
    <message>
        <source>malformed SCRAM user name</source>
        <translation>fehlerhafter SCRAM-Benutzername</translation>
    </message>
    <message>
        <source>the SCRAM user name is not allowed (SASLprep): %1</source>
        <translation>der SCRAM-Benutzername ist nicht zulässig (SASLprep): %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; may not act as &quot;%2&quot;</source>
        <translation>Benutzer „%1“ darf nicht als „%2“ handeln</translation>
    </message>
    <message>
        <source>malformed SCRAM client nonce</source>
        <translation>fehlerhafte SCRAM-Client-Nonce</translation>
    </message>
    <message>
        <source>the SCRAM iteration count is not set</source>
        <translation>die SCRAM-Iterationszahl ist nicht gesetzt</translation>
    </message>
    <message>
        <source>malformed SCRAM client-final message (no proof)</source>
        <translation>fehlerhafte client-final-Nachricht von SCRAM (kein Beweis)</translation>
    </message>
    <message>
        <source>malformed SCRAM client-final message</source>
        <translation>fehlerhafte client-final-Nachricht von SCRAM</translation>
    </message>
    <message>
        <source>malformed SCRAM client-final message (expected c=, r= and p=)</source>
        <translation>fehlerhafte client-final-Nachricht von SCRAM (c=, r= und p= erwartet)</translation>
    </message>
    <message>
        <source>the SCRAM channel binding data does not match the gs2 header</source>
        <translation>die SCRAM-Kanalbindungsdaten passen nicht zum gs2-Header</translation>
    </message>
    <message>
        <source>the SCRAM nonce in the client-final message does not match</source>
        <translation>die SCRAM-Nonce in der client-final-Nachricht passt nicht</translation>
    </message>
    <message>
        <source>malformed SCRAM client proof</source>
        <translation>fehlerhafter SCRAM-Client-Beweis</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unbekannter Benutzer „%1“</translation>
    </message>
    <message>
        <source>the stored password of user &quot;%1&quot; cannot be used with SCRAM (SASLprep)</source>
        <translation>das gespeicherte Passwort von Benutzer „%1“ ist mit SCRAM nicht verwendbar (SASLprep)</translation>
    </message>
    <message>
        <source>QCA failed to compute the SCRAM salted password</source>
        <translation>QCA konnte das gesalzene SCRAM-Passwort nicht berechnen</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>falsches Passwort für Benutzer „%1“</translation>
    </message>
</context>
<context>
    <name>postscope::auth::XOAuth2ClientMechanism</name>
    <message>
        <source>AUTH XOAUTH2 needs a user name without control characters</source>
        <translation>AUTH XOAUTH2 braucht einen Benutzernamen ohne Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>postscope::auth::XOAuth2ServerMechanism</name>
    <message>
        <source>malformed AUTH XOAUTH2 message (it must end with two ^A)</source>
        <translation>fehlerhafte AUTH-XOAUTH2-Nachricht (sie muss mit zwei ^A enden)</translation>
    </message>
    <message>
        <source>malformed AUTH XOAUTH2 message (unexpected field)</source>
        <translation>fehlerhafte AUTH-XOAUTH2-Nachricht (unerwartetes Feld)</translation>
    </message>
    <message>
        <source>malformed AUTH XOAUTH2 message (it needs user= and auth=)</source>
        <translation>fehlerhafte AUTH-XOAUTH2-Nachricht (user= und auth= nötig)</translation>
    </message>
    <message>
        <source>malformed AUTH XOAUTH2 message (auth= is not &quot;Bearer&quot; and a token)</source>
        <translation>fehlerhafte AUTH-XOAUTH2-Nachricht (auth= ist nicht „Bearer“ mit einem Token)</translation>
    </message>
</context>
<context>
    <name>postscope::cli</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>postscope-cli %1: %2: %3
</source>
        <translation>postscope-cli %1: %2: %3
</translation>
    </message>
    <message>
        <source>Build a message from the message options and write it to a file without sending it; print the envelope it would be sent with and what the lint finds.</source>
        <translation>Eine Nachricht aus den Nachrichtenoptionen bauen und in eine Datei schreiben, ohne sie zu senden; den Umschlag ausgeben, mit dem sie gesendet würde, und was die Prüfung findet.</translation>
    </message>
    <message>
        <source>Write the message here (&quot;-&quot; for stdout).</source>
        <translation>Die Nachricht hierhin schreiben („-“ für stdout).</translation>
    </message>
    <message>
        <source>Encode for a server that offers these: 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (default: none, the 7-bit form any server takes).</source>
        <translation>Für einen Server kodieren, der dies anbietet: 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (Vorgabe: nichts, die 7-Bit-Form, die jeder Server nimmt).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Das Ergebnis als ein JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>compose builds a message: --message is for send</source>
        <translation>compose baut eine Nachricht: --message ist für send</translation>
    </message>
    <message>
        <source>--json and --output - would both write to stdout</source>
        <translation>--json und --output - würden beide nach stdout schreiben</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>kann nicht nach stdout schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>a part could not be read</source>
        <translation>ein Teil konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Check a saved message (and the envelope it would go with) for what a receiving server dislikes. Exit 0 when nothing is an error, 2 when something is (or the file cannot be read).</source>
        <translation>Eine gespeicherte Nachricht (und den Umschlag, mit dem sie ginge) auf das prüfen, was ein empfangender Server ablehnt. Exit 0, wenn nichts ein Fehler ist, 2, wenn etwas einer ist (oder die Datei nicht lesbar ist).</translation>
    </message>
    <message>
        <source>The message (RFC 5322).</source>
        <translation>Die Nachricht (RFC 5322).</translation>
    </message>
    <message>
        <source>MAIL FROM (default: Sender, else From, as smtplib derives it).</source>
        <translation>MAIL FROM (Vorgabe: Sender, sonst From, wie smtplib es ableitet).</translation>
    </message>
    <message>
        <source>Envelope recipient (repeatable; default: To, Cc and Bcc).</source>
        <translation>Empfänger im Umschlag (wiederholbar; Vorgabe: To, Cc und Bcc).</translation>
    </message>
    <message>
        <source>Judge for a server that offers these: 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (default: none).</source>
        <translation>Für einen Server urteilen, der dies anbietet: 8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (Vorgabe: nichts).</translation>
    </message>
    <message>
        <source>give exactly one message file</source>
        <translation>genau eine Nachrichtendatei angeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: no end of the header section in its first MiB</source>
        <translation>%1: kein Ende des Kopfbereichs im ersten MiB</translation>
    </message>
    <message>
        <source>Give --from and --to, or add the missing header fields.</source>
        <translation>--from und --to angeben oder die fehlenden Kopffelder ergänzen.</translation>
    </message>
    <message>
        <source>%1: no findings
</source>
        <translation>%1: keine Befunde
</translation>
    </message>
    <message>
        <source>postscope-cli: unknown command &apos;%1&apos;</source>
        <translation>postscope-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Sender (envelope and From header); &quot;&quot; for the null sender.</source>
        <translation>Absender (Umschlag und From-Kopfzeile); &quot;&quot; für den leeren Absender.</translation>
    </message>
    <message>
        <source>Recipient (repeatable).</source>
        <translation>Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>Kopie-Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>Blind copy recipient: envelope only (repeatable).</source>
        <translation>Blindkopie-Empfänger: nur im Umschlag (wiederholbar).</translation>
    </message>
    <message>
        <source>Sender header: who sent it on From&apos;s behalf (RFC 5322 3.6.2).</source>
        <translation>Sender-Kopfzeile: wer sie im Auftrag von From gesendet hat (RFC 5322 3.6.2).</translation>
    </message>
    <message>
        <source>Reply-To address (repeatable).</source>
        <translation>Reply-To-Adresse (wiederholbar).</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Betreff.</translation>
    </message>
    <message>
        <source>Body text.</source>
        <translation>Text des Nachrichtenkörpers.</translation>
    </message>
    <message>
        <source>Body from a file (big files are streamed from disk).</source>
        <translation>Nachrichtenkörper aus einer Datei (große Dateien werden von der Platte gestreamt).</translation>
    </message>
    <message>
        <source>HTML body; with a text body, multipart/alternative.</source>
        <translation>HTML-Körper; mit einem Textkörper multipart/alternative.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable; big files are read while sending).</source>
        <translation>Eine Datei anhängen (wiederholbar; große Dateien werden beim Senden gelesen).</translation>
    </message>
    <message>
        <source>Inline image for the HTML (multipart/related); the HTML refers to it as cid:FILENAME (repeatable).</source>
        <translation>Eingebettetes Bild für das HTML (multipart/related); das HTML verweist darauf als cid:DATEINAME (wiederholbar).</translation>
    </message>
    <message>
        <source>Attach a saved message as message/rfc822 (repeatable).</source>
        <translation>Eine gespeicherte Nachricht als message/rfc822 anhängen (wiederholbar).</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot; (repeatable).</source>
        <translation>Zusätzliche Kopfzeile „Name: Wert“ (wiederholbar).</translation>
    </message>
    <message>
        <source>Message-ID instead of a generated one.</source>
        <translation>Message-ID statt einer erzeugten.</translation>
    </message>
    <message>
        <source>In-Reply-To: the message this one answers.</source>
        <translation>In-Reply-To: die Nachricht, auf die diese antwortet.</translation>
    </message>
    <message>
        <source>References (repeatable, oldest first).</source>
        <translation>References (wiederholbar, älteste zuerst).</translation>
    </message>
    <message>
        <source>highest, high, normal, low or lowest (X-Priority and Importance).</source>
        <translation>highest, high, normal, low oder lowest (X-Priority und Importance).</translation>
    </message>
    <message>
        <source>Ask for a read receipt (Disposition-Notification-To, RFC 8098).</source>
        <translation>Eine Lesebestätigung anfordern (Disposition-Notification-To, RFC 8098).</translation>
    </message>
    <message>
        <source>Ask for delivery status notifications (DSN: NOTIFY=SUCCESS,FAILURE, RFC 3461).</source>
        <translation>Zustellstatus-Benachrichtigungen anfordern (DSN: NOTIFY=SUCCESS,FAILURE, RFC 3461).</translation>
    </message>
    <message>
        <source>Encrypt the message: S/MIME to --smime-recipient-cert, OpenPGP to --pgp-recipient.</source>
        <translation>Die Nachricht verschlüsseln: S/MIME an --smime-recipient-cert, OpenPGP an --pgp-recipient.</translation>
    </message>
    <message>
        <source>S/MIME certificate (PEM, or PKCS#12 with the key).</source>
        <translation>S/MIME-Zertifikat (PEM oder PKCS#12 mit dem Schlüssel).</translation>
    </message>
    <message>
        <source>S/MIME private key (PEM), when --smime-cert holds none.</source>
        <translation>Privater S/MIME-Schlüssel (PEM), wenn --smime-cert keinen enthält.</translation>
    </message>
    <message>
        <source>Environment variable holding the key&apos;s or PKCS#12 passphrase.</source>
        <translation>Umgebungsvariable mit der Passphrase des Schlüssels oder von PKCS#12.</translation>
    </message>
    <message>
        <source>Certificate to encrypt to (PEM, repeatable).</source>
        <translation>Zertifikat, an das verschlüsselt wird (PEM, wiederholbar).</translation>
    </message>
    <message>
        <source>OpenPGP signing key (fingerprint, key id or address in GNUPGHOME).</source>
        <translation>OpenPGP-Signaturschlüssel (Fingerabdruck, Schlüssel-ID oder Adresse in GNUPGHOME).</translation>
    </message>
    <message>
        <source>OpenPGP key to encrypt to (repeatable; default: every recipient&apos;s address).</source>
        <translation>OpenPGP-Schlüssel, an den verschlüsselt wird (wiederholbar; Vorgabe: die Adresse jedes Empfängers).</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=).</source>
        <translation>DKIM-Signaturdomain (d=).</translation>
    </message>
    <message>
        <source>DKIM selector (s=).</source>
        <translation>DKIM-Selektor (s=).</translation>
    </message>
    <message>
        <source>DKIM private key (PEM): RSA for rsa-sha256, Ed25519 for ed25519-sha256.</source>
        <translation>Privater DKIM-Schlüssel (PEM): RSA für rsa-sha256, Ed25519 für ed25519-sha256.</translation>
    </message>
    <message>
        <source>relaxed (relaxed/relaxed, default) or simple (simple/simple).</source>
        <translation>relaxed (relaxed/relaxed, Vorgabe) oder simple (simple/simple).</translation>
    </message>
    <message>
        <source>A complete RFC 5322 message, sent as it is; the envelope comes from its headers as smtplib&apos;s send_message() derives it, unless --from/--to are given. Bcc fields are removed.</source>
        <translation>Eine vollständige RFC-5322-Nachricht, unverändert gesendet; der Umschlag kommt aus ihren Kopfzeilen, wie send_message() von smtplib ihn ableitet, außer --from/--to sind angegeben. Bcc-Felder werden entfernt.</translation>
    </message>
    <message>
        <source>Send even when the lint finds errors.</source>
        <translation>Auch senden, wenn die Prüfung Fehler findet.</translation>
    </message>
    <message>
        <source>--message sends a complete message: --%1 cannot be used with it</source>
        <translation>--message sendet eine vollständige Nachricht: --%1 kann nicht damit verwendet werden</translation>
    </message>
    <message>
        <source>DKIM needs --dkim-domain, --dkim-selector and --dkim-key together</source>
        <translation>DKIM braucht --dkim-domain, --dkim-selector und --dkim-key zusammen</translation>
    </message>
    <message>
        <source>--dkim-canonicalization is relaxed or simple, not %1</source>
        <translation>--dkim-canonicalization ist relaxed oder simple, nicht %1</translation>
    </message>
    <message>
        <source>choose S/MIME (--smime-*) or OpenPGP (--pgp-*), not both</source>
        <translation>S/MIME (--smime-*) oder OpenPGP (--pgp-*) wählen, nicht beides</translation>
    </message>
    <message>
        <source>--smime-passphrase-env: %1 is not set</source>
        <translation>--smime-passphrase-env: %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--body and --body-file exclude each other</source>
        <translation>--body und --body-file schließen einander aus</translation>
    </message>
    <message>
        <source>--priority is highest, high, normal, low or lowest, not %1</source>
        <translation>--priority ist highest, high, normal, low oder lowest, nicht %1</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not an address</source>
        <translation>--from „%1“ ist keine Adresse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>TLS: %1, %2, certificate %3
</source>
        <translation>TLS: %1, %2, Zertifikat %3
</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>NOT verified, trusted by fingerprint</source>
        <translation>NICHT geprüft, per Fingerabdruck vertraut</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT geprüft</translation>
    </message>
    <message>
        <source>Timings: lookup %1, connect %2, greeting %3, EHLO %4, STARTTLS %5, TLS handshake %6, EHLO after TLS %7
</source>
        <translation>Zeiten: Namensauflösung %1, Verbindung %2, Begrüßung %3, EHLO %4, STARTTLS %5, TLS-Handshake %6, EHLO nach TLS %7
</translation>
    </message>
    <message>
        <source>Findings: none
</source>
        <translation>Befunde: keine
</translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation>Befunde:
</translation>
    </message>
    <message>
        <source>Server: %1 (security %2)
</source>
        <translation>Server: %1 (Sicherheit %2)
</translation>
    </message>
    <message>
        <source>From: %1
</source>
        <translation>Von: %1
</translation>
    </message>
    <message>
        <source>Not reached: %1
</source>
        <translation>Nicht erreicht: %1
</translation>
    </message>
    <message>
        <source>Banner: %1 (after %2 s)
</source>
        <translation>Banner: %1 (nach %2 s)
</translation>
    </message>
    <message>
        <source>Capabilities before TLS:</source>
        <translation>Fähigkeiten vor TLS:</translation>
    </message>
    <message>
        <source>Capabilities after TLS:</source>
        <translation>Fähigkeiten nach TLS:</translation>
    </message>
    <message>
        <source>AUTH before TLS: %1
</source>
        <translation>AUTH vor TLS: %1
</translation>
    </message>
    <message>
        <source>AUTH after TLS: %1
</source>
        <translation>AUTH nach TLS: %1
</translation>
    </message>
    <message>
        <source>AUTH %1 as %2: %3 %4
</source>
        <translation>AUTH %1 als %2: %3 %4
</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Report what a server offers: banner, EHLO before and after TLS, the TLS session and certificate chain, AUTH mechanisms, the time of each step and findings (warnings and errors); with --user, try AUTH.</source>
        <translation>Berichten, was ein Server anbietet: Banner, EHLO vor und nach TLS, die TLS-Sitzung und Zertifikatskette, AUTH-Mechanismen, die Dauer jedes Schritts und Befunde (Warnungen und Fehler); mit --user AUTH versuchen.</translation>
    </message>
    <message>
        <source>the session ended before every command was sent</source>
        <translation>die Sitzung endete, bevor jeder Befehl gesendet war</translation>
    </message>
    <message>
        <source>postscope-cli raw: %1
</source>
        <translation>postscope-cli raw: %1
</translation>
    </message>
    <message>
        <source>Read the greeting, then send each COMMAND as one line, exactly as typed. Nothing else is sent: no EHLO or STARTTLS unless typed (after a typed DATA, arguments are message lines until &quot;.&quot;). --security tls works from the first byte; starttls and opportunistic do not apply.</source>
        <translation>Die Begrüßung lesen, dann jeden BEFEHL als eine Zeile genau wie eingegeben senden. Sonst wird nichts gesendet: kein EHLO oder STARTTLS, wenn nicht eingegeben (nach einem eingegebenen DATA sind Argumente Nachrichtenzeilen bis „.“). --security tls wirkt ab dem ersten Byte; starttls und opportunistic gelten nicht.</translation>
    </message>
    <message>
        <source>Command lines, e.g. &quot;EHLO me&quot; &quot;NOOP&quot; QUIT.</source>
        <translation>Befehlszeilen, z. B. &quot;EHLO me&quot; &quot;NOOP&quot; QUIT.</translation>
    </message>
    <message>
        <source>name at least one command</source>
        <translation>mindestens einen Befehl nennen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a line break or NUL: one argument is one line</source>
        <translation>„%1“ enthält einen Zeilenumbruch oder NUL: ein Argument ist eine Zeile</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is too long for one line</source>
        <translation>„%1...“ ist zu lang für eine Zeile</translation>
    </message>
    <message>
        <source>raw sends only what you type: use --security none or tls (or type STARTTLS)</source>
        <translation>raw sendet nur, was eingegeben wird: --security none oder tls verwenden (oder STARTTLS eingeben)</translation>
    </message>
    <message>
        <source>raw does not authenticate by itself: type the AUTH lines</source>
        <translation>raw authentifiziert sich nicht selbst: die AUTH-Zeilen eingeben</translation>
    </message>
    <message>
        <source>--%1 takes one parameter without spaces: &apos;%2&apos;</source>
        <translation>--%1 nimmt einen Parameter ohne Leerzeichen: „%2“</translation>
    </message>
    <message>
        <source>--%1 holds a line break or NUL: refused (header or command injection)</source>
        <translation>--%1 enthält einen Zeilenumbruch oder NUL: abgelehnt (Kopfzeilen- oder Befehlsinjektion)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not an address</source>
        <translation>--%1 „%2“ ist keine Adresse</translation>
    </message>
    <message>
        <source>at least one --to, --cc or --bcc is required</source>
        <translation>mindestens ein --to, --cc oder --bcc ist erforderlich</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>RCPT accepted, not delivered</source>
        <translation>RCPT angenommen, nicht zugestellt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Message accepted for %1 of %2 recipients: %3
</source>
        <translation>Nachricht für %1 von %2 Empfängern angenommen: %3
</translation>
    </message>
    <message>
        <source>%1 of %2 messages accepted in %3 s (%4 messages/s)
</source>
        <translation>%1 von %2 Nachrichten in %3 s angenommen (%4 Nachrichten/s)
</translation>
    </message>
    <message>
        <source>Send mail through an SMTP or LMTP server, and report the result for every recipient.</source>
        <translation>Mail über einen SMTP- oder LMTP-Server senden und das Ergebnis für jeden Empfänger melden.</translation>
    </message>
    <message>
        <source>MAIL parameter, e.g. RET=HDRS (repeatable).</source>
        <translation>MAIL-Parameter, z. B. RET=HDRS (wiederholbar).</translation>
    </message>
    <message>
        <source>RCPT parameter for every recipient, e.g. NOTIFY=NEVER (repeatable).</source>
        <translation>RCPT-Parameter für jeden Empfänger, z. B. NOTIFY=NEVER (wiederholbar).</translation>
    </message>
    <message>
        <source>Send the message N times over one session (default: 1).</source>
        <translation>Die Nachricht N-mal über eine Sitzung senden (Vorgabe: 1).</translation>
    </message>
    <message>
        <source>--count must be a whole number of at least 1</source>
        <translation>--count muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>(--force sends anyway)</source>
        <translation>(--force sendet trotzdem)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, e.g. 127.0.0.1:2525</source>
        <translation>--listen erwartet ADRESSE:PORT, z. B. 127.0.0.1:2525</translation>
    </message>
    <message>
        <source>--tls-listen wants ADDR:PORT, e.g. 127.0.0.1:4650</source>
        <translation>--tls-listen erwartet ADRESSE:PORT, z. B. 127.0.0.1:4650</translation>
    </message>
    <message>
        <source>--max-size wants a positive number of octets</source>
        <translation>--max-size erwartet eine positive Zahl von Oktetten</translation>
    </message>
    <message>
        <source>--max-recipients wants a positive number</source>
        <translation>--max-recipients erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--max-transaction-bytes wants a positive number of octets</source>
        <translation>--max-transaction-bytes erwartet eine positive Zahl von Oktetten</translation>
    </message>
    <message>
        <source>--max-connections wants a number (0: no limit)</source>
        <translation>--max-connections erwartet eine Zahl (0: keine Grenze)</translation>
    </message>
    <message>
        <source>--max-connections-per-peer wants a number (0: no limit)</source>
        <translation>--max-connections-per-peer erwartet eine Zahl (0: keine Grenze)</translation>
    </message>
    <message>
        <source>--idle-timeout wants a number of seconds above 0, at most 86400</source>
        <translation>--idle-timeout erwartet eine Anzahl Sekunden über 0, höchstens 86400</translation>
    </message>
    <message>
        <source>--command-timeout wants a number of seconds above 0, at most 86400</source>
        <translation>--command-timeout erwartet eine Anzahl Sekunden über 0, höchstens 86400</translation>
    </message>
    <message>
        <source>--data-timeout wants a number of seconds above 0, at most 86400</source>
        <translation>--data-timeout erwartet eine Anzahl Sekunden über 0, höchstens 86400</translation>
    </message>
    <message>
        <source>--bare-lf wants reject, normalize or keep</source>
        <translation>--bare-lf erwartet reject, normalize oder keep</translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation>--cert und --key gehören zusammen</translation>
    </message>
    <message>
        <source>--tls-listen needs TLS; drop --no-tls</source>
        <translation>--tls-listen braucht TLS; --no-tls weglassen</translation>
    </message>
    <message>
        <source>unknown extension &apos;%1&apos; for --disable</source>
        <translation>unbekannte Erweiterung „%1“ für --disable</translation>
    </message>
    <message>
        <source>--fault-seed wants a number</source>
        <translation>--fault-seed erwartet eine Zahl</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>Kann das Protokoll %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation>socketpair ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>--input %1: %2</source>
        <translation>--input %1: %2</translation>
    </message>
    <message>
        <source>--input %1, line %2: too long for one command line (RFC 5321 4.5.3.1.4)</source>
        <translation>--input %1, Zeile %2: zu lang für eine Befehlszeile (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>--input %1: more than %2 lines</source>
        <translation>--input %1: mehr als %2 Zeilen</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>REPLY</source>
        <translation>ANTWORT</translation>
    </message>
    <message>
        <source>Ask the server to expand mailing lists (EXPN, RFC 5321 3.5.2).</source>
        <translation>Den Server bitten, Mailinglisten aufzulösen (EXPN, RFC 5321 3.5.2).</translation>
    </message>
    <message>
        <source>Check addresses: by VRFY (RFC 5321 3.5.1), EXPN, or the RCPT method (MAIL FROM, RCPT TO, RSET; never DATA, so nothing is delivered).</source>
        <translation>Adressen prüfen: per VRFY (RFC 5321 3.5.1), EXPN oder die RCPT-Methode (MAIL FROM, RCPT TO, RSET; nie DATA, also wird nichts zugestellt).</translation>
    </message>
    <message>
        <source>Lists to expand.</source>
        <translation>Aufzulösende Listen.</translation>
    </message>
    <message>
        <source>Addresses or names to check.</source>
        <translation>Zu prüfende Adressen oder Namen.</translation>
    </message>
    <message>
        <source>Read more queries from FILE, one per line (- for standard input).</source>
        <translation>Weitere Anfragen aus DATEI lesen, eine pro Zeile (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Print the results as CSV (RFC 4180).</source>
        <translation>Die Ergebnisse als CSV ausgeben (RFC 4180).</translation>
    </message>
    <message>
        <source>vrfy, expn or rcpt (default: vrfy).</source>
        <translation>vrfy, expn oder rcpt (Vorgabe: vrfy).</translation>
    </message>
    <message>
        <source>MAIL FROM address for the RCPT method (default: the null sender &lt;&gt;).</source>
        <translation>MAIL-FROM-Adresse für die RCPT-Methode (Vorgabe: der leere Absender &lt;&gt;).</translation>
    </message>
    <message>
        <source>RCPT method: recipients per MAIL...RSET group, 1 to 100 (default: 100).</source>
        <translation>RCPT-Methode: Empfänger pro MAIL...RSET-Gruppe, 1 bis 100 (Vorgabe: 100).</translation>
    </message>
    <message>
        <source>--method must be vrfy, expn or rcpt, not &apos;%1&apos;</source>
        <translation>--method muss vrfy, expn oder rcpt sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--from is for --method rcpt</source>
        <translation>--from ist für --method rcpt</translation>
    </message>
    <message>
        <source>--batch-size must be 1 to 100 (RFC 5321 4.5.3.1.8)</source>
        <translation>--batch-size muss 1 bis 100 sein (RFC 5321 4.5.3.1.8)</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json und --csv schließen einander aus</translation>
    </message>
    <message>
        <source>name at least one list</source>
        <translation>mindestens eine Liste nennen</translation>
    </message>
    <message>
        <source>name at least one address</source>
        <translation>mindestens eine Adresse nennen</translation>
    </message>
    <message>
        <source>generated a TLS certificate in %1</source>
        <translation>ein TLS-Zertifikat erzeugt in %1</translation>
    </message>
    <message>
        <source>Type SMTP to a server yourself. The prompt shows where the conversation stands; Tab completes commands with their argument templates (MAIL FROM:&lt;&gt;, RCPT TO:&lt;&gt;, BDAT n LAST); every reply is explained (its class and what to do next, the code, the enhanced code, the RFC); a command the server will refuse gets a warning first (press Enter again to send it anyway). After DATA&apos;s 354 type the message; the console dot-stuffs it and a single dot ends it. STARTTLS upgrades and shows the handshake; AUTH PLAIN, LOGIN, CRAM-MD5 or SCRAM-SHA-256 without a response starts a helper that asks for the user and password. /help lists the console&apos;s own commands (/send, /bytes, /quit). Nothing is sent that you do not type: --security none or tls. History is kept per server in the app data folder.</source>
        <translation>SMTP selbst an einen Server tippen. Die Eingabeaufforderung zeigt, wo das Gespräch steht; Tab vervollständigt Befehle mit ihren Argumentvorlagen (MAIL FROM:&lt;&gt;, RCPT TO:&lt;&gt;, BDAT n LAST); jede Antwort wird erklärt (ihre Klasse und was als Nächstes zu tun ist, der Code, der erweiterte Code, der RFC); ein Befehl, den der Server ablehnen wird, bekommt zuerst eine Warnung (erneut Enter drücken, um ihn trotzdem zu senden). Nach der 354 von DATA die Nachricht eingeben; die Konsole verdoppelt führende Punkte, und ein einzelner Punkt beendet sie. STARTTLS stellt um und zeigt den Handshake; AUTH PLAIN, LOGIN, CRAM-MD5 oder SCRAM-SHA-256 ohne Antwort startet eine Hilfe, die nach Benutzer und Passwort fragt. /help nennt die eigenen Befehle der Konsole (/send, /bytes, /quit). Es wird nichts gesendet, was Sie nicht tippen: --security none oder tls. Der Verlauf wird pro Server im Datenordner der Anwendung gespeichert.</translation>
    </message>
    <message>
        <source>Read the lines from FILE (- for standard input) instead of the terminal; warnings are shown and the line sent.</source>
        <translation>Die Zeilen aus DATEI lesen (- für die Standardeingabe) statt vom Terminal; Warnungen werden angezeigt und die Zeile gesendet.</translation>
    </message>
    <message>
        <source>the console sends only what you type: use --security none or tls (and type STARTTLS)</source>
        <translation>die Konsole sendet nur, was Sie tippen: --security none oder tls verwenden (und STARTTLS tippen)</translation>
    </message>
    <message>
        <source>type AUTH in the console: it asks for the user and password</source>
        <translation>AUTH in der Konsole tippen: Sie fragt nach Benutzer und Passwort</translation>
    </message>
    <message>
        <source>cannot write the transcript to %1: %2</source>
        <translation>kann das Protokoll nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <source>--context wants a number from 0 to 1000</source>
        <translation>--context erwartet eine Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>name two transcripts: postscope-cli diff A B</source>
        <translation>zwei Protokolle nennen: postscope-cli diff A B</translation>
    </message>
    <message>
        <source>--as wants smtplib, swaks or cli</source>
        <translation>--as erwartet smtplib, swaks oder cli</translation>
    </message>
    <message>
        <source>name one transcript file (or - for standard input)</source>
        <translation>eine Protokolldatei nennen (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--server %1: the port is not a number from 1 to 65535</source>
        <translation>--server %1: Der Port ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>--server wants HOST[:PORT]</source>
        <translation>--server erwartet HOST[:PORT]</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>use: lesson list, or lesson run NAME</source>
        <translation>Aufruf: lesson list oder lesson run NAME</translation>
    </message>
    <message>
        <source>no lesson named &apos;%1&apos; (postscope-cli lesson list names them)</source>
        <translation>keine Lektion namens „%1“ (postscope-cli lesson list nennt sie)</translation>
    </message>
    <message>
        <source>cannot make a folder for the sandbox: %1</source>
        <translation>kann keinen Ordner für die Sandbox anlegen: %1</translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Goal reached: every one of the %n check(s) passed.</source>
        <translation>
            <numerusform>Ziel erreicht: Die %n Prüfung ist bestanden.</numerusform>
            <numerusform>Ziel erreicht: Jede der %n Prüfungen ist bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n of the checks did not pass.</source>
        <translation>
            <numerusform>Noch nicht: %n Prüfung ist nicht bestanden.</numerusform>
            <numerusform>Noch nicht: %n der Prüfungen sind nicht bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown misbehaviour &apos;%1&apos; for --misbehave (one of: %2)</source>
        <translation>unbekanntes Fehlverhalten „%1“ für --misbehave (eines von: %2)</translation>
    </message>
    <message>
        <source>--replay plays a recording: it does not go with --fault or --misbehave</source>
        <translation>--replay spielt eine Aufzeichnung ab: Es geht nicht mit --fault oder --misbehave</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;postscope-cli %1 --help&apos;.
</source>
        <translation>Siehe &apos;postscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>name the account</source>
        <translation>das Konto nennen</translation>
    </message>
    <message>
        <source>name one account, not %1</source>
        <translation>ein Konto nennen, nicht %1</translation>
    </message>
    <message>
        <source>added with postscope-cli account --trust-fingerprint</source>
        <translation>hinzugefügt mit postscope-cli account --trust-fingerprint</translation>
    </message>
    <message>
        <source>--identity &apos;%1&apos; is not &quot;Name &lt;address&gt;&quot; or an address</source>
        <translation>--identity „%1“ ist weder „Name &lt;Adresse&gt;“ noch eine Adresse</translation>
    </message>
    <message>
        <source>--no-password and a password option exclude each other</source>
        <translation>--no-password und eine Passwort-Option schließen einander aus</translation>
    </message>
    <message>
        <source>Password for %1 (account %2; empty: none): </source>
        <translation>Passwort für %1 (Konto %2; leer: keines): </translation>
    </message>
    <message>
        <source>no keychain answers (%1). Nothing was stored: a password is kept only in the system keychain. Store the account with --no-password to be asked for the password each time, or give --password-env or --password-file when you use it.</source>
        <translation>kein Schlüsselbund antwortet (%1). Nichts wurde gespeichert: Ein Passwort liegt nur im Schlüsselbund des Systems. Das Konto mit --no-password speichern, um jedes Mal gefragt zu werden, oder beim Verwenden --password-env oder --password-file angeben.</translation>
    </message>
    <message>
        <source>the keychain did not store the password: %1. Nothing was stored.</source>
        <translation>der Schlüsselbund hat das Passwort nicht gespeichert: %1. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; changed.</source>
        <translation>Konto „%1“ geändert.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; added.</source>
        <translation>Konto „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Its password is in the keychain.</source>
        <translation>Sein Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Change an account: the options given replace its settings; --identity replaces its identities.</source>
        <translation>Ein Konto ändern: Die angegebenen Optionen ersetzen seine Einstellungen; --identity ersetzt seine Identitäten.</translation>
    </message>
    <message>
        <source>Add an account (kept where the window keeps it), with the connection and auth options of the client commands; the password goes to the system keychain only.</source>
        <translation>Ein Konto hinzufügen (dort gespeichert, wo das Fenster es speichert), mit den Verbindungs- und Auth-Optionen der Client-Befehle; das Passwort geht nur in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>A From the account sends as, &quot;Name &lt;address&gt;&quot; (repeatable; the first is the default From).</source>
        <translation>Ein From, als das das Konto sendet, „Name &lt;Adresse&gt;“ (wiederholbar; das erste ist der Standard-From).</translation>
    </message>
    <message>
        <source>Store no password (it is asked for, or given with --password-env or --password-file, each time).</source>
        <translation>Kein Passwort speichern (es wird jedes Mal erfragt oder mit --password-env oder --password-file angegeben).</translation>
    </message>
    <message>
        <source>there is no account named &apos;%1&apos;</source>
        <translation>es gibt kein Konto namens „%1“</translation>
    </message>
    <message>
        <source>the sandbox account is built in and cannot be changed</source>
        <translation>das Sandbox-Konto ist eingebaut und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>name the account first, then the options</source>
        <translation>zuerst das Konto nennen, dann die Optionen</translation>
    </message>
    <message>
        <source>--%1 belongs to a run, not to an account</source>
        <translation>--%1 gehört zu einem Lauf, nicht zu einem Konto</translation>
    </message>
    <message>
        <source>an account needs --server HOST[:PORT] or --socket PATH</source>
        <translation>ein Konto braucht --server HOST[:PORT] oder --socket PFAD</translation>
    </message>
    <message>
        <source>there is an account named &apos;%1&apos; already (account edit changes it)</source>
        <translation>es gibt schon ein Konto namens „%1“ (account edit ändert es)</translation>
    </message>
    <message>
        <source>a password needs --user</source>
        <translation>ein Passwort braucht --user</translation>
    </message>
    <message>
        <source>postscope-cli %1: the login is now %2; a password stored earlier was for %3 and stays until --password-env or --password-file replaces it.
</source>
        <translation>postscope-cli %1: Die Anmeldung ist jetzt %2; ein früher gespeichertes Passwort galt für %3 und bleibt, bis --password-env oder --password-file es ersetzt.
</translation>
    </message>
    <message>
        <source>(built in: the window&apos;s)</source>
        <translation>(eingebaut: das des Fensters)</translation>
    </message>
    <message>
        <source>List the accounts (never a secret: those are only in the keychain).</source>
        <translation>Die Konten auflisten (nie ein Geheimnis: Die liegen nur im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Print the accounts as one JSON object.</source>
        <translation>Die Konten als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICHERHEIT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>Ein Konto und seine Geheimnisse aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>the sandbox account is built in and cannot be removed</source>
        <translation>das Sandbox-Konto ist eingebaut und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>postscope-cli %1: the account is removed; no keychain answers (%2), so any password stored for it earlier could not be removed.
</source>
        <translation>postscope-cli %1: Das Konto ist entfernt; kein Schlüsselbund antwortet (%2), daher konnte ein früher dafür gespeichertes Passwort nicht entfernt werden.
</translation>
    </message>
    <message>
        <source>the account is removed, but its secrets are still in the keychain: %1</source>
        <translation>das Konto ist entfernt, aber seine Geheimnisse liegen noch im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; removed.
</source>
        <translation>Konto „%1“ entfernt.
</translation>
    </message>
    <message>
        <source>name the account first: account test NAME [options]</source>
        <translation>zuerst das Konto nennen: account test NAME [Optionen]</translation>
    </message>
    <message>
        <source>Write the accounts (all, or those named) to FILE as JSON, without secrets.</source>
        <translation>Die Konten (alle oder die genannten) als JSON in DATEI schreiben, ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>The file, or - for standard output.</source>
        <translation>Die Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Accounts to export (default: all).</source>
        <translation>Zu exportierende Konten (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>name the file to write (- for standard output)</source>
        <translation>die zu schreibende Datei nennen (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>there is no stored account named &apos;%1&apos;</source>
        <translation>es gibt kein gespeichertes Konto namens „%1“</translation>
    </message>
    <message>
        <source>Add the accounts of an export file (all or nothing). Secrets are not in such files: store each password with account edit NAME --password-env VAR.</source>
        <translation>Die Konten einer Exportdatei hinzufügen (alle oder keines). Geheimnisse stehen nicht in solchen Dateien: jedes Passwort mit account edit NAME --password-env VAR speichern.</translation>
    </message>
    <message>
        <source>The file, or - for standard input.</source>
        <translation>Die Datei, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Replace accounts of the same name.</source>
        <translation>Konten gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <source>Usage: postscope-cli account SUBCOMMAND ...

Subcommands:
</source>
        <translation>Aufruf: postscope-cli account UNTERBEFEHL ...

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
The accounts are kept where the window keeps them (%1); secrets only in the system keychain. Every client command takes --account NAME; the options given there override the account&apos;s settings.
</source>
        <translation>
Die Konten liegen dort, wo das Fenster sie speichert (%1); Geheimnisse nur im Schlüsselbund des Systems. Jeder Client-Befehl nimmt --account NAME; die dort angegebenen Optionen überschreiben die Einstellungen des Kontos.
</translation>
    </message>
    <message>
        <source>postscope-cli account: unknown subcommand &apos;%1&apos;

</source>
        <translation>postscope-cli account: unbekannter Unterbefehl „%1“

</translation>
    </message>
    <message>
        <source>--password-env and --password-file exclude each other</source>
        <translation>--password-env und --password-file schließen einander aus</translation>
    </message>
    <message>
        <source>--password-env: the environment variable &apos;%1&apos; is not set</source>
        <translation>--password-env: die Umgebungsvariable „%1“ ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--password-file %1: %2</source>
        <translation>--password-file %1: %2</translation>
    </message>
    <message>
        <source>--from is required (or --message, or an --account with an identity)</source>
        <translation>--from ist erforderlich (oder --message, oder ein --account mit einer Identität)</translation>
    </message>
    <message>
        <source>Runs the OAuth 2.0 authorization in the browser for an account with an OAuth provider (oauthProvider) and keeps the tokens in the system keychain.</source>
        <translation>Führt die OAuth-2.0-Autorisierung im Browser für ein Konto mit OAuth-Anbieter (oauthProvider) aus und legt die Tokens im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>Only print the authorization URL (open it in a browser on this machine).</source>
        <translation>Nur die Autorisierungs-URL ausgeben (öffnen Sie sie in einem Browser auf diesem Rechner).</translation>
    </message>
    <message>
        <source>How long to wait for the browser (default: 300).</source>
        <translation>Wie lange auf den Browser gewartet wird (Vorgabe: 300).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>give exactly one account NAME</source>
        <translation>geben Sie genau einen Kontonamen NAME an</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein</translation>
    </message>
    <message>
        <source>there is no account named &apos;%1&apos;%2</source>
        <translation>es gibt kein Konto namens &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>account &apos;%1&apos;: %2</source>
        <translation>Konto &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no keychain answers (%1): the tokens could not be kept, so the authorization was not started</source>
        <translation>kein Schlüsselbund antwortet (%1): Die Tokens könnten nicht aufbewahrt werden, daher wurde die Autorisierung nicht gestartet</translation>
    </message>
    <message>
        <source>Open this address in a browser to authorize Postscope:
%1
</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um Postscope zu autorisieren:
%1
</translation>
    </message>
    <message>
        <source>authorization failed: %1</source>
        <translation>Autorisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the tokens could not be stored: %1</source>
        <translation>die Tokens konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; authorized; the access token is in the keychain (the provider sent no refresh token: authorize again when it expires).</source>
        <translation>Konto &apos;%1&apos; autorisiert; das Zugriffstoken liegt im Schlüsselbund (der Anbieter hat kein Aktualisierungstoken gesendet: autorisieren Sie erneut, wenn es abläuft).</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; authorized; the access and refresh tokens are in the keychain.</source>
        <translation>Konto &apos;%1&apos; autorisiert; Zugriffs- und Aktualisierungstoken liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>no TLS certificate was presented</source>
        <translation>es wurde kein TLS-Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>the server presents the certificate %1 (%2), not %3</source>
        <translation>der Server legt das Zertifikat %1 (%2) vor, nicht %3</translation>
    </message>
    <message>
        <source>Trust exactly one certificate (its SHA-256 fingerprint) for the account&apos;s host, although it does not verify. Unless --offline, the server is asked for it first: its subject, issuer and validity are kept, so that a changed certificate can say what changed, and a fingerprint the server does not present is refused.</source>
        <translation>Genau einem Zertifikat (seinem SHA-256-Fingerabdruck) für den Host des Kontos vertrauen, obwohl es sich nicht verifizieren lässt. Ohne --offline wird zuerst der Server danach gefragt: Inhaber, Aussteller und Gültigkeit werden gespeichert, damit ein geändertes Zertifikat sagen kann, was sich geändert hat, und ein Fingerabdruck, den der Server nicht vorlegt, wird abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint: 64 hex digits, colons allowed (as probe shows it).</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats: 64 Hexziffern, Doppelpunkte erlaubt (wie probe ihn anzeigt).</translation>
    </message>
    <message>
        <source>Why it is trusted.</source>
        <translation>Warum ihm vertraut wird.</translation>
    </message>
    <message>
        <source>The host it is trusted for (default: the account&apos;s).</source>
        <translation>Der Host, für den ihm vertraut wird (Vorgabe: der des Kontos).</translation>
    </message>
    <message>
        <source>Do not connect: keep only the fingerprint (a changed certificate then says only that the fingerprint changed).</source>
        <translation>Nicht verbinden: nur den Fingerabdruck speichern (ein geändertes Zertifikat meldet dann nur, dass sich der Fingerabdruck geändert hat).</translation>
    </message>
    <message>
        <source>Print the account as one JSON object afterwards.</source>
        <translation>Das Konto danach als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>needs exactly one account NAME</source>
        <translation>braucht genau einen Kontonamen NAME</translation>
    </message>
    <message>
        <source>needs --fingerprint SHA256</source>
        <translation>braucht --fingerprint SHA256</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot;</source>
        <translation>kein Konto namens „%1“</translation>
    </message>
    <message>
        <source>the sandbox account trusts its own certificate already</source>
        <translation>das Sandbox-Konto vertraut seinem eigenen Zertifikat bereits</translation>
    </message>
    <message>
        <source>--fingerprint needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>--fingerprint braucht einen SHA-256-Fingerabdruck: 64 Hexziffern, Doppelpunkte erlaubt</translation>
    </message>
    <message>
        <source>not trusted: %1 (use --offline to keep the fingerprint without asking the server)</source>
        <translation>nicht vertraut: %1 (mit --offline wird der Fingerabdruck gespeichert, ohne den Server zu fragen)</translation>
    </message>
    <message>
        <source>%1: trusts %2 for %3%4
</source>
        <translation>%1: vertraut %2 für %3%4
</translation>
    </message>
    <message>
        <source>Stop trusting a certificate the account trusts by exception.</source>
        <translation>Einem Zertifikat, dem das Konto per Ausnahme vertraut, nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint (colons allowed).</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>Only the exception for this host.</source>
        <translation>Nur die Ausnahme für diesen Host.</translation>
    </message>
    <message>
        <source>needs an account NAME and a FINGERPRINT</source>
        <translation>braucht einen Kontonamen NAME und einen Fingerabdruck FINGERPRINT</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; with trust exceptions</source>
        <translation>kein Konto namens „%1“ mit Vertrauensausnahmen</translation>
    </message>
    <message>
        <source>%1: no longer trusts %2
</source>
        <translation>%1: vertraut %2 nicht mehr
</translation>
    </message>
    <message>
        <source>the console already goes one command at a time: --step is for send, probe and verify</source>
        <translation>die Konsole arbeitet bereits einen Befehl nach dem anderen ab: --step ist für send, probe und verify</translation>
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
        <translation>Aufruf: postscope-cli COMMAND [Optionen]

Befehle:
  send    [connection] [auth] [message]   Mail senden
  probe   [connection] [auth]             berichten, was ein Server anbietet, mit Befunden
  verify  [connection] [check] ADDRESS... Adressen prüfen: VRFY, EXPN oder die RCPT-Methode
  expn    [connection] [check] LIST...    EXPN für jede Liste
  raw     [connection] COMMAND...         Begrüßung, dann jeder Befehl wie eingegeben
  serve   [server options]                den Sandbox-Server ausführen
  compose [message] --output FILE.eml     eine Nachricht erstellen, ohne sie zu senden
  lint    FILE.eml                        eine Nachricht vor dem Senden prüfen
  export  --as smtplib|swaks|cli FILE     ein Protokoll als Skript, das dasselbe tut
  diff    A B                             zwei Protokolle vergleichen
  console [connection]                    SMTP selbst tippen, jede Antwort erklärt
  lesson  list | run NAME                 SMTP durch Tun lernen, gegen die Sandbox
  account add|edit|list|remove|test|export|import|trust|untrust ...
                                          die Konten, die das Fenster verwendet; jeder
                                          Client-Befehl nimmt --account NAME

postscope-cli COMMAND --help nennt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>TLS handshake failed:
</source>
        <translation>TLS-Handshake fehlgeschlagen:
</translation>
    </message>
    <message>
        <source>TLS versions (each on its own connection):
</source>
        <translation>TLS-Versionen (jede über eine eigene Verbindung):
</translation>
    </message>
    <message>
        <source>Also try TLS 1.0, 1.1, 1.2 and 1.3, each on its own connection, and report which the server accepts (1.0 and 1.1 offered at OpenSSL security level 0 for that connection only).</source>
        <translation>Außerdem TLS 1.0, 1.1, 1.2 und 1.3 versuchen, jede über eine eigene Verbindung, und berichten, welche der Server annimmt (1.0 und 1.1 werden nur für diese Verbindung mit OpenSSL-Sicherheitsstufe 0 angeboten).</translation>
    </message>
    <message>
        <source>--tls-versions needs TLS: --security starttls, tls or opportunistic</source>
        <translation>--tls-versions braucht TLS: --security starttls, tls oder opportunistic</translation>
    </message>
    <message>
        <source>%1: a token line is &quot;bearer USER TOKEN&quot;</source>
        <translation>%1: eine Token-Zeile lautet &quot;bearer USER TOKEN&quot;</translation>
    </message>
    <message>
        <source>%1: a user line is &quot;user:password&quot; or &quot;bearer USER TOKEN&quot;</source>
        <translation>%1: eine Benutzerzeile lautet &quot;user:password&quot; oder &quot;bearer USER TOKEN&quot;</translation>
    </message>
    <message>
        <source>The lowest TLS version to accept: 1.2 or 1.3 (default: what OpenSSL allows, 1.2 on Debian). A server that offers only older versions fails the handshake (exit 6).</source>
        <translation>Die niedrigste akzeptierte TLS-Version: 1.2 oder 1.3 (Vorgabe: was OpenSSL erlaubt, 1.2 unter Debian). Ein Server, der nur ältere Versionen anbietet, scheitert im Handshake (Exit-Code 6).</translation>
    </message>
    <message>
        <source>Present this client certificate when the server asks for one: PEM (with the key, or see --client-key) or PKCS#12 (.p12/.pfx).</source>
        <translation>Dieses Client-Zertifikat vorlegen, wenn der Server danach fragt: PEM (mit dem Schlüssel, oder siehe --client-key) oder PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted client key or PKCS#12 file from this environment variable (never from the command line).</source>
        <translation>Die Passphrase eines verschlüsselten Client-Schlüssels oder einer PKCS#12-Datei aus dieser Umgebungsvariable lesen (nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>--tls-min must be 1.2 or 1.3, not &apos;%1&apos;</source>
        <translation>--tls-min muss 1.2 oder 1.3 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--client-key needs --client-cert</source>
        <translation>--client-key braucht --client-cert</translation>
    </message>
    <message>
        <source>--key-passphrase-env needs --client-cert</source>
        <translation>--key-passphrase-env braucht --client-cert</translation>
    </message>
    <message>
        <source>--client-cert does not apply to --socket (no TLS there)</source>
        <translation>--client-cert gilt nicht für --socket (dort gibt es kein TLS)</translation>
    </message>
    <message>
        <source>--key-passphrase-env: the environment variable %1 is not set</source>
        <translation>--key-passphrase-env: die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>(the keychain gave none for the account &apos;%1&apos;: %2)</source>
        <translation>(der Schlüsselbund lieferte keine für das Konto &apos;%1&apos;: %2)</translation>
    </message>
    <message>
        <source>trusts %1 for %2</source>
        <translation>vertraut %1 für %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>TLS %1 or later</source>
        <translation>TLS %1 oder neuer</translation>
    </message>
    <message>
        <source>the keychain did not store the signing key&apos;s passphrase: %1 Nothing was stored.</source>
        <translation>der Schlüsselbund hat die Passphrase des Signaturschlüssels nicht gespeichert: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>How the account signs and encrypts: smime, openpgp or none (none forgets the S/MIME and OpenPGP settings).</source>
        <translation>Wie das Konto signiert und verschlüsselt: smime, openpgp oder none (none vergisst die S/MIME- und OpenPGP-Einstellungen).</translation>
    </message>
    <message>
        <source>S/MIME signing certificate (PEM, or PKCS#12 with the key).</source>
        <translation>S/MIME-Signaturzertifikat (PEM oder PKCS#12 mit dem Schlüssel).</translation>
    </message>
    <message>
        <source>Environment variable holding the S/MIME key&apos;s or PKCS#12 passphrase (kept in the keychain only).</source>
        <translation>Umgebungsvariable mit der Passphrase des S/MIME-Schlüssels oder von PKCS#12 (nur im Schlüsselbund aufbewahrt).</translation>
    </message>
    <message>
        <source>Certificates to encrypt to: a PEM file or a folder of them (repeatable; replaces the list; each recipient gets the one naming its address).</source>
        <translation>Zertifikate, an die verschlüsselt wird: eine PEM-Datei oder ein Ordner davon (wiederholbar; ersetzt die Liste; jeder Empfänger bekommt das, das seine Adresse nennt).</translation>
    </message>
    <message>
        <source>OpenPGP signing key (fingerprint, key id or address in GNUPGHOME); recipients&apos; keys are found by address.</source>
        <translation>OpenPGP-Signaturschlüssel (Fingerabdruck, Schlüssel-ID oder Adresse in GNUPGHOME); die Schlüssel der Empfänger werden über ihre Adresse gefunden.</translation>
    </message>
    <message>
        <source>Sign every message unless told not to (--no-sign).</source>
        <translation>Jede Nachricht signieren, außer es wird anders verlangt (--no-sign).</translation>
    </message>
    <message>
        <source>Sign only when asked (--sign).</source>
        <translation>Nur auf Verlangen signieren (--sign).</translation>
    </message>
    <message>
        <source>Encrypt every message unless told not to (--no-encrypt).</source>
        <translation>Jede Nachricht verschlüsseln, außer es wird anders verlangt (--no-encrypt).</translation>
    </message>
    <message>
        <source>Encrypt only when asked (--encrypt).</source>
        <translation>Nur auf Verlangen verschlüsseln (--encrypt).</translation>
    </message>
    <message>
        <source>DKIM signing domain (d=); the account then signs all its mail.</source>
        <translation>DKIM-Signaturdomain (d=); das Konto signiert dann alle seine Mails.</translation>
    </message>
    <message>
        <source>Forget the account&apos;s DKIM settings.</source>
        <translation>Die DKIM-Einstellungen des Kontos vergessen.</translation>
    </message>
    <message>
        <source>--message-security is smime, openpgp or none, not &apos;%1&apos;</source>
        <translation>--message-security ist smime, openpgp oder none, nicht „%1“</translation>
    </message>
    <message>
        <source>--message-security none and the --smime-*/--pgp-key options exclude each other</source>
        <translation>--message-security none und die Optionen --smime-*/--pgp-key schließen einander aus</translation>
    </message>
    <message>
        <source>choose S/MIME (--smime-*) or OpenPGP (--pgp-key), or say which with --message-security</source>
        <translation>S/MIME (--smime-*) oder OpenPGP (--pgp-key) wählen oder mit --message-security angeben, welches</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 und --%2 schließen einander aus</translation>
    </message>
    <message>
        <source>--no-dkim and the --dkim-* options exclude each other</source>
        <translation>--no-dkim und die Optionen --dkim-* schließen einander aus</translation>
    </message>
    <message>
        <source>--smime-passphrase-env needs --smime-cert</source>
        <translation>--smime-passphrase-env braucht --smime-cert</translation>
    </message>
    <message>
        <source>    S/MIME: certificate %1%2; encrypts to %3%4
</source>
        <translation>    S/MIME: Zertifikat %1%2; verschlüsselt an %3%4
</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, Schlüssel %1</translation>
    </message>
    <message>
        <source>(no certificates)</source>
        <translation>(keine Zertifikate)</translation>
    </message>
    <message>
        <source>; signs by default</source>
        <translation>; signiert standardmäßig</translation>
    </message>
    <message>
        <source>; encrypts by default</source>
        <translation>; verschlüsselt standardmäßig</translation>
    </message>
    <message>
        <source>    OpenPGP: key %1%2
</source>
        <translation>    OpenPGP: Schlüssel %1%2
</translation>
    </message>
    <message>
        <source>    DKIM: d=%1 s=%2 key %3 (%4)
</source>
        <translation>    DKIM: d=%1 s=%2 Schlüssel %3 (%4)
</translation>
    </message>
    <message>
        <source>Sign the message: S/MIME with --smime-cert, OpenPGP with --pgp-key, else as the --account is set up.</source>
        <translation>Die Nachricht signieren: S/MIME mit --smime-cert, OpenPGP mit --pgp-key, sonst so, wie das --account eingerichtet ist.</translation>
    </message>
    <message>
        <source>Do not sign, although the --account signs by default.</source>
        <translation>Nicht signieren, obwohl das --account standardmäßig signiert.</translation>
    </message>
    <message>
        <source>Do not encrypt, although the --account encrypts by default.</source>
        <translation>Nicht verschlüsseln, obwohl das --account standardmäßig verschlüsselt.</translation>
    </message>
    <message>
        <source>Do not add the --account&apos;s DKIM signature.</source>
        <translation>Die DKIM-Signatur des --account nicht hinzufügen.</translation>
    </message>
    <message>
        <source>--%1 and --no-%1 exclude each other</source>
        <translation>--%1 und --no-%1 schließen einander aus</translation>
    </message>
    <message>
        <source>--sign and --encrypt need --smime-cert/--smime-recipient-cert, --pgp-key/--pgp-recipient, or an --account with S/MIME or OpenPGP</source>
        <translation>--sign und --encrypt brauchen --smime-cert/--smime-recipient-cert, --pgp-key/--pgp-recipient oder ein --account mit S/MIME oder OpenPGP</translation>
    </message>
    <message>
        <source>--sign with S/MIME needs --smime-cert (or an account&apos;s certificate)</source>
        <translation>--sign mit S/MIME braucht --smime-cert (oder das Zertifikat eines Kontos)</translation>
    </message>
    <message>
        <source>--sign with OpenPGP needs --pgp-key (or an account&apos;s key)</source>
        <translation>--sign mit OpenPGP braucht --pgp-key (oder den Schlüssel eines Kontos)</translation>
    </message>
    <message>
        <source>--encrypt with S/MIME needs --smime-recipient-cert (or an account&apos;s recipient certificates)</source>
        <translation>--encrypt mit S/MIME braucht --smime-recipient-cert (oder die Empfängerzertifikate eines Kontos)</translation>
    </message>
</context>
<context>
    <name>postscope::cli::ClientCommand</name>
    <message>
        <source>Server to connect to; IPv6 as [addr]:port (default: localhost).</source>
        <translation>Server, mit dem verbunden wird; IPv6 als [adr]:port (Vorgabe: localhost).</translation>
    </message>
    <message>
        <source>Connect to a Unix-domain socket instead.</source>
        <translation>Stattdessen mit einem Unix-Domain-Socket verbinden.</translation>
    </message>
    <message>
        <source>Speak LMTP (LHLO, one reply per recipient after DATA).</source>
        <translation>LMTP sprechen (LHLO, eine Antwort pro Empfänger nach DATA).</translation>
    </message>
    <message>
        <source>none, starttls (required, fails closed), tls (implicit) or opportunistic (default: starttls).</source>
        <translation>none, starttls (erforderlich, schlägt sicher fehl), tls (implizit) oder opportunistic (Vorgabe: starttls).</translation>
    </message>
    <message>
        <source>Name for EHLO/HELO/LHLO (default: the local FQDN or an address literal).</source>
        <translation>Name für EHLO/HELO/LHLO (Vorgabe: der lokale FQDN oder ein Adressliteral).</translation>
    </message>
    <message>
        <source>Deadline in seconds for the connect, the TLS handshake and each reply, counted from when the wait began (a server that trickles bytes cannot extend it); the message data may take this plus its size at 64 KiB/s, and fails once the server takes none of it for this long (default: 30).</source>
        <translation>Frist in Sekunden für den Verbindungsaufbau, den TLS-Handshake und jede Antwort, gezählt ab Beginn des Wartens (ein Server, der Bytes tröpfeln lässt, kann sie nicht verlängern); die Nachrichtendaten dürfen diese Zeit plus ihre Größe bei 64 KiB/s brauchen und scheitern, sobald der Server so lange nichts davon annimmt (Vorgabe: 30).</translation>
    </message>
    <message>
        <source>Extra trust anchors (PEM).</source>
        <translation>Zusätzliche Vertrauensanker (PEM).</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint despite verification errors.</source>
        <translation>Genau das Zertifikat mit diesem SHA-256-Fingerabdruck trotz Prüffehlern annehmen.</translation>
    </message>
    <message>
        <source>Write the session transcript to FILE (- for standard output).</source>
        <translation>Das Sitzungsprotokoll in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>text (C:/S: lines, control characters escaped as \r, \x1b...) or json (one JSON object per line, exact bytes) (default: text).</source>
        <translation>text (C:/S:-Zeilen, Steuerzeichen maskiert als \r, \x1b...) oder json (ein JSON-Objekt pro Zeile, exakte Bytes) (Vorgabe: text).</translation>
    </message>
    <message>
        <source>smtplib&apos;s debug levels on standard error; 2 adds timestamps.</source>
        <translation>Debug-Stufen von smtplib auf der Standardfehlerausgabe; 2 fügt Zeitstempel hinzu.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>auto or off (default: auto).</source>
        <translation>auto oder off (Vorgabe: auto).</translation>
    </message>
    <message>
        <source>Connect from this local address (and port), like smtplib&apos;s source_address; IPv6 as [addr]:port.</source>
        <translation>Von dieser lokalen Adresse (und diesem Port) aus verbinden, wie source_address von smtplib; IPv6 als [adr]:port.</translation>
    </message>
    <message>
        <source>Use IPv4 addresses of the server only.</source>
        <translation>Nur IPv4-Adressen des Servers verwenden.</translation>
    </message>
    <message>
        <source>Use IPv6 addresses of the server only.</source>
        <translation>Nur IPv6-Adressen des Servers verwenden.</translation>
    </message>
    <message>
        <source>SASL mechanism, or auto for the strongest both sides support (without TLS: only one that does not reveal the password, see --allow-plaintext-auth).</source>
        <translation>SASL-Mechanismus oder auto für den stärksten, den beide Seiten beherrschen (ohne TLS: nur einer, der das Passwort nicht preisgibt, siehe --allow-plaintext-auth).</translation>
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation>Benutzername für AUTH.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Das Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Allow AUTH PLAIN or LOGIN, which send the password itself, over a connection without TLS (security none or opportunistic without STARTTLS, or a Unix socket). Refused otherwise, with nothing sent (exit 11); auto then picks only CRAM-MD5 or SCRAM.</source>
        <translation>AUTH PLAIN oder LOGIN, die das Passwort selbst senden, über eine Verbindung ohne TLS erlauben (Sicherheit none oder opportunistic ohne STARTTLS, oder ein Unix-Socket). Sonst abgelehnt, ohne dass etwas gesendet wird (Exit 11); auto wählt dann nur CRAM-MD5 oder SCRAM.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;postscope-cli %1 --help&apos;.
</source>
        <translation>Siehe &apos;postscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>a password is never taken from the command line (it would show in ps and in the shell history): use --password-env VAR, --password-file FILE or the prompt</source>
        <translation>ein Passwort wird nie von der Befehlszeile genommen (es wäre in ps und im Shell-Verlauf sichtbar): --password-env VAR, --password-file DATEI oder die Abfrage verwenden</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 und -6 schließen einander aus</translation>
    </message>
    <message>
        <source>--source-address, -4 and -6 do not apply to --socket</source>
        <translation>--source-address, -4 und -6 gelten nicht für --socket</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>--source-address „%1“: ‚]‘ fehlt</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>--source-address „%1“: ‚:PORT‘ nach ‚]‘ erwartet</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: not an IP address</source>
        <translation>--source-address „%1“: keine IP-Adresse</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos; is not of the family -4/-6 asks for</source>
        <translation>--source-address „%1“ gehört nicht zur Familie, die -4/-6 verlangt</translation>
    </message>
    <message>
        <source>--source-address &apos;%1&apos;: &apos;%2&apos; is not a port number</source>
        <translation>--source-address „%1“: „%2“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>--server %1 is not of the family -4/-6 asks for</source>
        <translation>--server %1 gehört nicht zur Familie, die -4/-6 verlangt</translation>
    </message>
    <message>
        <source>--security must be none, starttls, tls or opportunistic, not &apos;%1&apos;</source>
        <translation>--security muss none, starttls, tls oder opportunistic sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--server and --socket exclude each other</source>
        <translation>--server und --socket schließen einander aus</translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation>--socket braucht einen Pfad</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>--server „%1“: ‚]‘ fehlt</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>--server „%1“: ‚:PORT‘ nach ‚]‘ erwartet</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: not an IPv6 address in brackets</source>
        <translation>--server „%1“: keine IPv6-Adresse in eckigen Klammern</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: no host</source>
        <translation>--server „%1“: kein Host</translation>
    </message>
    <message>
        <source>--server &apos;%1&apos;: &apos;%2&apos; is not a port number</source>
        <translation>--server „%1“: „%2“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>--helo needs one name without spaces or line breaks</source>
        <translation>--helo braucht einen Namen ohne Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0</source>
        <translation>--timeout muss eine Anzahl Sekunden größer als 0 sein</translation>
    </message>
    <message>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1: %2</translation>
    </message>
    <message>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint: 64 hex digits, colons allowed</source>
        <translation>--trust-fingerprint braucht einen SHA-256-Fingerabdruck: 64 Hex-Ziffern, Doppelpunkte erlaubt</translation>
    </message>
    <message>
        <source>--transcript needs a file name or -</source>
        <translation>--transcript braucht einen Dateinamen oder -</translation>
    </message>
    <message>
        <source>--transcript-format must be text or json</source>
        <translation>--transcript-format muss text oder json sein</translation>
    </message>
    <message>
        <source>--transcript-format needs --transcript</source>
        <translation>--transcript-format braucht --transcript</translation>
    </message>
    <message>
        <source>--debug must be 0, 1 or 2</source>
        <translation>--debug muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <source>--%1 must be auto or off</source>
        <translation>--%1 muss auto oder off sein</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user braucht einen Namen</translation>
    </message>
    <message>
        <source>--auth needs --user</source>
        <translation>--auth braucht --user</translation>
    </message>
    <message>
        <source>--password-env and --password-file need --user</source>
        <translation>--password-env und --password-file brauchen --user</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <source>--user needs a password: --password-env VAR, --password-file FILE, or a terminal to prompt on</source>
        <translation>--user braucht ein Passwort: --password-env VAR, --password-file DATEI oder ein Terminal für die Abfrage</translation>
    </message>
    <message>
        <source>Start from this account&apos;s settings (postscope-cli account list); the options given here override them. The password comes from the keychain unless --password-env or --password-file is given.</source>
        <translation>Von den Einstellungen dieses Kontos ausgehen (postscope-cli account list); die hier angegebenen Optionen überschreiben sie. Das Passwort kommt aus dem Schlüsselbund, außer --password-env oder --password-file ist angegeben.</translation>
    </message>
    <message>
        <source>--account does not apply here</source>
        <translation>--account gilt hier nicht</translation>
    </message>
    <message>
        <source>--account: there is no account named &apos;%1&apos; (see postscope-cli account list)</source>
        <translation>--account: es gibt kein Konto namens „%1“ (siehe postscope-cli account list)</translation>
    </message>
    <message>
        <source>--account %1: %2</source>
        <translation>--account %1: %2</translation>
    </message>
    <message>
        <source>the account&apos;s source address %1 is not of the family -4/-6 asks for: give --source-address too</source>
        <translation>die Quelladresse %1 des Kontos gehört nicht zur Familie, die -4/-6 verlangt: auch --source-address angeben</translation>
    </message>
    <message>
        <source>no password from the keychain for the account &apos;%1&apos;: %2</source>
        <translation>kein Passwort aus dem Schlüsselbund für das Konto „%1“: %2</translation>
    </message>
    <message>
        <source>the keychain holds no password for the account &apos;%1&apos;</source>
        <translation>der Schlüsselbund enthält kein Passwort für das Konto „%1“</translation>
    </message>
    <message>
        <source>Give --password-env VAR or --password-file FILE, or run on a terminal to be asked; postscope-cli account edit %1 --password-env VAR stores one.
</source>
        <translation>--password-env VAR oder --password-file DATEI angeben oder an einem Terminal laufen lassen, um gefragt zu werden; postscope-cli account edit %1 --password-env VAR speichert eines.
</translation>
    </message>
    <message>
        <source>Step mode: before each command say what it is and why, and wait (Enter: send it; c: go on at full speed; q: stop with QUIT); after it, what came back and what it means. One command at a time (no pipelining). On standard error.</source>
        <translation>Schrittmodus: vor jedem Befehl sagen, was er ist und warum, und warten (Enter: senden; c: mit voller Geschwindigkeit weiter; q: mit QUIT anhalten); danach, was zurückkam und was es bedeutet. Ein Befehl nach dem anderen (kein Pipelining). Auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token (XOAUTH2, OAUTHBEARER) from this environment variable.</source>
        <translation>Das OAuth-2.0-Zugriffstoken (XOAUTH2, OAUTHBEARER) aus dieser Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token (XOAUTH2, OAUTHBEARER) from the first line of this file.</source>
        <translation>Das OAuth-2.0-Zugriffstoken (XOAUTH2, OAUTHBEARER) aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>How auto ranks the mechanisms both sides support: postscope (strongest first) or smtplib (CRAM-MD5, PLAIN, LOGIN, as smtplib&apos;s login()). After a failure reply the next one is tried (default: postscope).</source>
        <translation>Wie auto die Mechanismen ordnet, die beide Seiten unterstützen: postscope (stärkster zuerst) oder smtplib (CRAM-MD5, PLAIN, LOGIN, wie login() von smtplib). Nach einer Fehlerantwort wird der nächste versucht (Vorgabe: postscope).</translation>
    </message>
    <message>
        <source>Show the password or token in the decoded AUTH steps of the transcript and --debug (redacted otherwise). The AUTH lines themselves stay redacted.</source>
        <translation>Das Passwort oder Token in den dekodierten AUTH-Schritten des Protokolls und in --debug zeigen (sonst geschwärzt). Die AUTH-Zeilen selbst bleiben geschwärzt.</translation>
    </message>
    <message>
        <source>--auth %1 is not a mechanism this build can do (%2, or auto; --auth list says more)</source>
        <translation>--auth %1 ist kein Mechanismus, den dieser Build beherrscht (%2 oder auto; --auth list sagt mehr)</translation>
    </message>
    <message>
        <source>--token-env and --token-file need --user</source>
        <translation>--token-env und --token-file brauchen --user</translation>
    </message>
    <message>
        <source>--auth-order is postscope or smtplib, not &apos;%1&apos;</source>
        <translation>--auth-order ist postscope oder smtplib, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give a password (--password-env, --password-file) or an access token (--token-env, --token-file), not both</source>
        <translation>geben Sie ein Passwort (--password-env, --password-file) oder ein Zugriffstoken (--token-env, --token-file) an, nicht beides</translation>
    </message>
    <message>
        <source>--auth %1 takes a password; an access token goes with XOAUTH2 or OAUTHBEARER (or auto)</source>
        <translation>--auth %1 nimmt ein Passwort; ein Zugriffstoken gehört zu XOAUTH2 oder OAUTHBEARER (oder auto)</translation>
    </message>
    <message>
        <source>--auth %1 needs an OAuth 2.0 access token: --token-env VAR or --token-file FILE</source>
        <translation>--auth %1 braucht ein OAuth-2.0-Zugriffstoken: --token-env VAR oder --token-file FILE</translation>
    </message>
    <message>
        <source>--%1 and --%2 exclude each other</source>
        <translation>--%1 und --%2 schließen einander aus</translation>
    </message>
    <message>
        <source>--%1: the environment variable &apos;%2&apos; is not set</source>
        <translation>--%1: die Umgebungsvariable &apos;%2&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>--%1: the %2 is empty</source>
        <translation>--%1: %2 ist leer</translation>
    </message>
    <message>
        <source>SASL mechanisms this machine can do (--auth NAME, or auto):
</source>
        <translation>SASL-Mechanismen, die dieser Rechner beherrscht (--auth NAME oder auto):
</translation>
    </message>
    <message>
        <source>auto order: postscope %1; smtplib %2 (--auth-order).
</source>
        <translation>Reihenfolge bei auto: postscope %1; smtplib %2 (--auth-order).
</translation>
    </message>
    <message>
        <source>PLAIN, LOGIN, XOAUTH2 and OAUTHBEARER send the secret as it is: only over TLS unless --allow-plaintext-auth.
</source>
        <translation>PLAIN, LOGIN, XOAUTH2 und OAUTHBEARER senden das Geheimnis unverändert: nur über TLS, außer mit --allow-plaintext-auth.
</translation>
    </message>
</context>
<context>
    <name>postscope::cli::ClientRun</name>
    <message>
        <source>postscope-cli: cannot write the transcript to %1: %2
</source>
        <translation>postscope-cli: kann das Protokoll nicht nach %1 schreiben: %2
</translation>
    </message>
    <message>
        <source>Use --security starttls or tls, or allow it with --allow-plaintext-auth.</source>
        <translation>--security starttls oder tls verwenden, oder es mit --allow-plaintext-auth erlauben.</translation>
    </message>
</context>
<context>
    <name>postscope::cli::TerminalConsole</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>postscope::cli::TerminalStepper</name>
    <message>
        <source>(the message data)</source>
        <translation>(die Nachrichtendaten)</translation>
    </message>
    <message>
        <source>
next: %1
  why: %2
[Enter: send it, c: go on at full speed, q: stop] </source>
        <translation>
nächster: %1
  warum: %2
[Enter: senden, c: mit voller Geschwindigkeit weiter, q: anhalten] </translation>
    </message>
    <message>
        <source>  got:</source>
        <translation>  erhalten:</translation>
    </message>
</context>
<context>
    <name>postscope::cli::account</name>
    <message numerus="yes">
        <source>%n account(s) imported.
</source>
        <translation>
            <numerusform>%n Konto importiert.
</numerusform>
            <numerusform>%n Konten importiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>add an account; the password to the keychain</source>
        <translation>ein Konto hinzufügen; das Passwort in den Schlüsselbund</translation>
    </message>
    <message>
        <source>change an account</source>
        <translation>ein Konto ändern</translation>
    </message>
    <message>
        <source>list the accounts, never a secret</source>
        <translation>die Konten auflisten, nie ein Geheimnis</translation>
    </message>
    <message>
        <source>remove an account and its secrets</source>
        <translation>ein Konto und seine Geheimnisse entfernen</translation>
    </message>
    <message>
        <source>probe the server and log in as the account</source>
        <translation>den Server prüfen und sich als das Konto anmelden</translation>
    </message>
    <message>
        <source>write accounts as JSON, without secrets</source>
        <translation>Konten als JSON schreiben, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>read accounts from an export</source>
        <translation>Konten aus einem Export lesen</translation>
    </message>
    <message>
        <source>OAuth 2.0 in the browser; the tokens to the keychain</source>
        <translation>OAuth 2.0 im Browser; die Tokens in den Schlüsselbund</translation>
    </message>
    <message>
        <source>trust exactly one certificate for the account&apos;s host</source>
        <translation>genau einem Zertifikat für den Host des Kontos vertrauen</translation>
    </message>
    <message>
        <source>stop trusting that certificate</source>
        <translation>diesem Zertifikat nicht mehr vertrauen</translation>
    </message>
</context>
<context>
    <name>postscope::console</name>
    <message numerus="yes">
        <source>the message data, %n octet(s) as they go out: every line ends in CRLF, a leading dot is doubled, and CRLF.CRLF ends it (RFC 5321 4.1.1.4, 4.5.2)</source>
        <translation>
            <numerusform>die Nachrichtendaten, %n Oktett, wie sie hinausgehen: Jede Zeile endet mit CRLF, ein führender Punkt wird verdoppelt, und CRLF.CRLF beendet sie (RFC 5321 4.1.1.4, 4.5.2)</numerusform>
            <numerusform>die Nachrichtendaten, %n Oktette, wie sie hinausgehen: Jede Zeile endet mit CRLF, ein führender Punkt wird verdoppelt, und CRLF.CRLF beendet sie (RFC 5321 4.1.1.4, 4.5.2)</numerusform>
        </translation>
    </message>
    <message>
        <source>introduce the client and ask which extensions the server offers (RFC 5321 4.1.1.1)</source>
        <translation>den Client vorstellen und fragen, welche Erweiterungen der Server anbietet (RFC 5321 4.1.1.1)</translation>
    </message>
    <message>
        <source>introduce the client to the LMTP server and ask for its extensions (RFC 2033 4.1)</source>
        <translation>den Client dem LMTP-Server vorstellen und nach seinen Erweiterungen fragen (RFC 2033 4.1)</translation>
    </message>
    <message>
        <source>introduce the client the RFC 821 way, with no extensions (RFC 5321 4.1.1.1)</source>
        <translation>den Client nach Art von RFC 821 vorstellen, ohne Erweiterungen (RFC 5321 4.1.1.1)</translation>
    </message>
    <message>
        <source>ask to turn the connection into TLS; everything after it is encrypted (RFC 3207)</source>
        <translation>bitten, die Verbindung auf TLS umzustellen; alles danach ist verschlüsselt (RFC 3207)</translation>
    </message>
    <message>
        <source>log in with the SASL mechanism %1 (RFC 4954); the secret is shown as ********</source>
        <translation>mit dem SASL-Mechanismus %1 anmelden (RFC 4954); das Geheimnis wird als ******** gezeigt</translation>
    </message>
    <message>
        <source>answer the server&apos;s SASL challenge (RFC 4954 4)</source>
        <translation>die SASL-Challenge des Servers beantworten (RFC 4954 4)</translation>
    </message>
    <message>
        <source>start a mail transaction: the reverse path, where reports about the message go (RFC 5321 4.1.1.2)</source>
        <translation>eine Mail-Transaktion beginnen: der Rückweg, wohin Berichte über die Nachricht gehen (RFC 5321 4.1.1.2)</translation>
    </message>
    <message>
        <source>name one recipient (RFC 5321 4.1.1.3)</source>
        <translation>einen Empfänger nennen (RFC 5321 4.1.1.3)</translation>
    </message>
    <message>
        <source>ask to send the message; the server answers 354 when it is ready (RFC 5321 4.1.1.4)</source>
        <translation>bitten, die Nachricht zu senden; der Server antwortet 354, wenn er bereit ist (RFC 5321 4.1.1.4)</translation>
    </message>
    <message numerus="yes">
        <source>send a chunk of the message with its size, %n octet(s) after the command line (RFC 3030)</source>
        <translation>
            <numerusform>einen Block der Nachricht mit seiner Größe senden, %n Oktett nach der Befehlszeile (RFC 3030)</numerusform>
            <numerusform>einen Block der Nachricht mit seiner Größe senden, %n Oktette nach der Befehlszeile (RFC 3030)</numerusform>
        </translation>
    </message>
    <message>
        <source>abandon the transaction (RFC 5321 4.1.1.5)</source>
        <translation>die Transaktion aufgeben (RFC 5321 4.1.1.5)</translation>
    </message>
    <message>
        <source>ask whether the server knows this mailbox (RFC 5321 4.1.1.6)</source>
        <translation>fragen, ob der Server dieses Postfach kennt (RFC 5321 4.1.1.6)</translation>
    </message>
    <message>
        <source>ask for the members of this list (RFC 5321 4.1.1.7)</source>
        <translation>nach den Mitgliedern dieser Liste fragen (RFC 5321 4.1.1.7)</translation>
    </message>
    <message>
        <source>ask the server for help text (RFC 5321 4.1.1.8)</source>
        <translation>den Server um einen Hilfetext bitten (RFC 5321 4.1.1.8)</translation>
    </message>
    <message>
        <source>do nothing but get a reply: is the server still there? (RFC 5321 4.1.1.9)</source>
        <translation>nichts tun außer eine Antwort erhalten: Ist der Server noch da? (RFC 5321 4.1.1.9)</translation>
    </message>
    <message>
        <source>end the session; the server answers 221 and closes (RFC 5321 4.1.1.10)</source>
        <translation>die Sitzung beenden; der Server antwortet 221 und schließt (RFC 5321 4.1.1.10)</translation>
    </message>
    <message>
        <source>a line as typed</source>
        <translation>eine Zeile wie eingegeben</translation>
    </message>
</context>
<context>
    <name>postscope::console::ConsoleModel</name>
    <message>
        <source>The connection is closed: nothing you send arrives.</source>
        <translation>Die Verbindung ist geschlossen: Nichts, was Sie senden, kommt an.</translation>
    </message>
    <message>
        <source>%1 is not an SMTP command: expect 500 (RFC 5321 4.2.4).</source>
        <translation>%1 ist kein SMTP-Befehl: 500 erwarten (RFC 5321 4.2.4).</translation>
    </message>
    <message>
        <source>This is LMTP: greet with LHLO, not %1 (RFC 2033 4.1).</source>
        <translation>Das ist LMTP: mit LHLO begrüßen, nicht mit %1 (RFC 2033 4.1).</translation>
    </message>
    <message>
        <source>LHLO is for LMTP; this server speaks SMTP: use EHLO.</source>
        <translation>LHLO ist für LMTP; dieser Server spricht SMTP: EHLO verwenden.</translation>
    </message>
    <message>
        <source>%1 needs your host&apos;s name (RFC 5321 4.1.1.1): expect 501.</source>
        <translation>%1 braucht den Namen Ihres Hosts (RFC 5321 4.1.1.1): 501 erwarten.</translation>
    </message>
    <message>
        <source>%1 needs an argument: a user name or an address.</source>
        <translation>%1 braucht ein Argument: einen Benutzernamen oder eine Adresse.</translation>
    </message>
    <message>
        <source>Greet the server with %1 first (RFC 5321 4.1.4): expect 503.</source>
        <translation>Den Server zuerst mit %1 begrüßen (RFC 5321 4.1.4): 503 erwarten.</translation>
    </message>
    <message>
        <source>TLS is already on: expect 503.</source>
        <translation>TLS ist bereits an: 503 erwarten.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS in its EHLO reply (RFC 3207 4): expect a refusal.</source>
        <translation>Der Server hat STARTTLS in seiner EHLO-Antwort nicht angeboten (RFC 3207 4): eine Ablehnung erwarten.</translation>
    </message>
    <message>
        <source>STARTTLS in the middle of a transaction: expect 503; RSET first.</source>
        <translation>STARTTLS mitten in einer Transaktion: 503 erwarten; zuerst RSET.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH here (RFC 4954 3)%1: expect a refusal.</source>
        <translation>Der Server hat AUTH hier nicht angeboten (RFC 4954 3)%1: eine Ablehnung erwarten.</translation>
    </message>
    <message>
        <source>; it may after STARTTLS</source>
        <translation>; vielleicht nach STARTTLS</translation>
    </message>
    <message>
        <source>You are already authenticated (RFC 4954 4): expect 503.</source>
        <translation>Sie sind bereits authentifiziert (RFC 4954 4): 503 erwarten.</translation>
    </message>
    <message>
        <source>AUTH is not allowed in a mail transaction (RFC 4954 4): expect 503.</source>
        <translation>AUTH ist in einer Mail-Transaktion nicht erlaubt (RFC 4954 4): 503 erwarten.</translation>
    </message>
    <message>
        <source>AUTH needs a mechanism: one of %1.</source>
        <translation>AUTH braucht einen Mechanismus: einen von %1.</translation>
    </message>
    <message>
        <source>The server did not offer %1 (it offers %2): expect 504.</source>
        <translation>Der Server hat %1 nicht angeboten (er bietet %2): 504 erwarten.</translation>
    </message>
    <message>
        <source>A transaction is open already: one MAIL per transaction (RFC 5321 4.1.4); RSET or finish it first. Expect 503.</source>
        <translation>Eine Transaktion ist bereits offen: ein MAIL pro Transaktion (RFC 5321 4.1.4); zuerst RSET oder sie beenden. 503 erwarten.</translation>
    </message>
    <message>
        <source>The syntax is MAIL FROM:&lt;address&gt; [parameters] (RFC 5321 4.1.1.2): %1. Expect 501.</source>
        <translation>Die Syntax ist MAIL FROM:&lt;Adresse&gt; [Parameter] (RFC 5321 4.1.1.2): %1. 501 erwarten.</translation>
    </message>
    <message>
        <source>RCPT comes after MAIL FROM (RFC 5321 4.1.4): expect 503.</source>
        <translation>RCPT kommt nach MAIL FROM (RFC 5321 4.1.4): 503 erwarten.</translation>
    </message>
    <message>
        <source>The syntax is RCPT TO:&lt;address&gt; [parameters] (RFC 5321 4.1.1.3): %1. Expect 501.</source>
        <translation>Die Syntax ist RCPT TO:&lt;Adresse&gt; [Parameter] (RFC 5321 4.1.1.3): %1. 501 erwarten.</translation>
    </message>
    <message>
        <source>The server did not offer CHUNKING (RFC 3030): expect 502.</source>
        <translation>Der Server hat CHUNKING nicht angeboten (RFC 3030): 502 erwarten.</translation>
    </message>
    <message>
        <source>No recipient was accepted: %1 would have nowhere to go (RFC 5321 3.3). Expect 503 or 554.</source>
        <translation>Kein Empfänger wurde angenommen: %1 hätte kein Ziel (RFC 5321 3.3). 503 oder 554 erwarten.</translation>
    </message>
    <message>
        <source>%1 comes after MAIL FROM and at least one accepted RCPT TO (RFC 5321 4.1.4): expect 503.</source>
        <translation>%1 kommt nach MAIL FROM und mindestens einem angenommenen RCPT TO (RFC 5321 4.1.4): 503 erwarten.</translation>
    </message>
    <message>
        <source>The syntax is BDAT size [LAST] (RFC 3030 2): expect 501.</source>
        <translation>Die Syntax ist BDAT Größe [LAST] (RFC 3030 2): 501 erwarten.</translation>
    </message>
    <message>
        <source>Parameters need EHLO (HELO offers no extensions): expect 555.</source>
        <translation>Parameter brauchen EHLO (HELO bietet keine Erweiterungen): 555 erwarten.</translation>
    </message>
    <message>
        <source>A non-ASCII address needs SMTPUTF8 on MAIL (RFC 6531 3.4): expect 553.</source>
        <translation>Eine Nicht-ASCII-Adresse braucht SMTPUTF8 bei MAIL (RFC 6531 3.4): 553 erwarten.</translation>
    </message>
    <message>
        <source>The server does not know the parameter %1: expect 555.</source>
        <translation>Der Server kennt den Parameter %1 nicht: 555 erwarten.</translation>
    </message>
    <message>
        <source>%1 needs the %2 extension, which the server did not offer: expect 555.</source>
        <translation>%1 braucht die Erweiterung %2, die der Server nicht angeboten hat: 555 erwarten.</translation>
    </message>
    <message>
        <source>SIZE=%1 is over the server&apos;s limit of %2 octets (RFC 1870 6.1): expect 552.</source>
        <translation>SIZE=%1 liegt über der Grenze des Servers von %2 Oktetten (RFC 1870 6.1): 552 erwarten.</translation>
    </message>
</context>
<context>
    <name>postscope::console::ConsoleSession</name>
    <message>
        <source>** TLS handshake done: %1, %2</source>
        <translation>** TLS-Handshake fertig: %1, %2</translation>
    </message>
    <message>
        <source>** certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>** Zertifikat: %1, ausgestellt von %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>** the certificate is verified for this host</source>
        <translation>** das Zertifikat ist für diesen Host geprüft</translation>
    </message>
    <message>
        <source>** the certificate is NOT verified</source>
        <translation>** das Zertifikat ist NICHT geprüft</translation>
    </message>
    <message>
        <source>** everything learnt before TLS is forgotten: say EHLO again (RFC 3207 4.2)</source>
        <translation>** alles vor TLS Gelernte ist vergessen: erneut EHLO sagen (RFC 3207 4.2)</translation>
    </message>
    <message>
        <source>** %1: %2 %3</source>
        <translation>** %1: %2 %3</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>!! %1</source>
        <translation>!! %1</translation>
    </message>
    <message>
        <source>user: </source>
        <translation>Benutzer: </translation>
    </message>
    <message>
        <source>password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>send it anyway? [Enter or y: send; anything else: do not] </source>
        <translation>trotzdem senden? [Enter oder y: senden; alles andere: nicht] </translation>
    </message>
    <message>
        <source>** challenge decoded: %1</source>
        <translation>** Challenge dekodiert: %1</translation>
    </message>
    <message>
        <source>!! wait for the server&apos;s reply first</source>
        <translation>!! zuerst auf die Antwort des Servers warten</translation>
    </message>
    <message>
        <source>** not sent</source>
        <translation>** nicht gesendet</translation>
    </message>
    <message>
        <source>!! warning: %1</source>
        <translation>!! Warnung: %1</translation>
    </message>
    <message>
        <source>** sent anyway</source>
        <translation>** trotzdem gesendet</translation>
    </message>
    <message>
        <source>!! /bytes: a broken escape (use \r \n \t \\ \xHH)</source>
        <translation>!! /bytes: eine fehlerhafte Maskierung (\r \n \t \\ \xHH verwenden)</translation>
    </message>
    <message numerus="yes">
        <source>** /bytes: %n octet(s) exactly as written, no dot-stuffing, no line ending added</source>
        <translation>
            <numerusform>** /bytes: %n Oktett genau wie geschrieben, ohne Dot-Stuffing, ohne angehängtes Zeilenende</numerusform>
            <numerusform>** /bytes: %n Oktette genau wie geschrieben, ohne Dot-Stuffing, ohne angehängtes Zeilenende</numerusform>
        </translation>
    </message>
    <message>
        <source>** dot-stuffed (RFC 5321 4.5.2): the line goes out as &quot;%1&quot;</source>
        <translation>** Punkt verdoppelt (RFC 5321 4.5.2): Die Zeile geht als „%1“ hinaus</translation>
    </message>
    <message>
        <source>** end of data: &lt;CRLF&gt;.&lt;CRLF&gt; (RFC 5321 4.1.1.4)</source>
        <translation>** Ende der Daten: &lt;CRLF&gt;.&lt;CRLF&gt; (RFC 5321 4.1.1.4)</translation>
    </message>
    <message>
        <source>!! this build cannot do %1</source>
        <translation>!! dieser Build kann %1 nicht</translation>
    </message>
    <message>
        <source>** AUTH helper: the console asks for the user and the password (not shown) and answers the server&apos;s challenges for %1; each step is decoded below, the secrets are redacted</source>
        <translation>** AUTH-Hilfe: Die Konsole fragt nach Benutzer und Passwort (nicht angezeigt) und beantwortet die Challenges des Servers für %1; jeder Schritt wird unten dekodiert, die Geheimnisse sind geschwärzt</translation>
    </message>
    <message>
        <source>** valid now: %1</source>
        <translation>** jetzt gültig: %1</translation>
    </message>
    <message>
        <source>** /send FROM TO[,TO...]: send a message the way a client does (pipelined MAIL/RCPT/DATA, or BDAT); type its lines, then a single dot</source>
        <translation>** /send VON AN[,AN...]: eine Nachricht senden, wie es ein Client tut (gebündeltes MAIL/RCPT/DATA, oder BDAT); ihre Zeilen eingeben, dann einen einzelnen Punkt</translation>
    </message>
    <message>
        <source>** /bytes TEXT (after DATA&apos;s 354): octets exactly, with \r \n \t \\ \xHH</source>
        <translation>** /bytes TEXT (nach der 354 von DATA): Oktette exakt, mit \r \n \t \\ \xHH</translation>
    </message>
    <message>
        <source>** /quit: say QUIT and close</source>
        <translation>** /quit: QUIT sagen und schließen</translation>
    </message>
    <message>
        <source>!! /send FROM TO[,TO...] (use &lt;&gt; for the null sender)</source>
        <translation>!! /send VON AN[,AN...] (&lt;&gt; für den leeren Absender)</translation>
    </message>
    <message>
        <source>** type the message (header fields, an empty line, the body); a line with a single dot ends it</source>
        <translation>** die Nachricht eingeben (Kopffelder, eine Leerzeile, den Körper); eine Zeile mit nur einem Punkt beendet sie</translation>
    </message>
    <message>
        <source>!! /bytes works only in the message data, after DATA&apos;s 354</source>
        <translation>!! /bytes geht nur in den Nachrichtendaten, nach der 354 von DATA</translation>
    </message>
    <message>
        <source>!! unknown console command %1 (/help lists them)</source>
        <translation>!! unbekannter Konsolenbefehl %1 (/help nennt sie)</translation>
    </message>
    <message>
        <source>** connection closed</source>
        <translation>** Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>postscope::diagnostics</name>
    <message>
        <source>STARTTLS is not offered: mail to this server travels in plaintext (RFC 3207).</source>
        <translation>STARTTLS wird nicht angeboten: Mail an diesen Server reist im Klartext (RFC 3207).</translation>
    </message>
    <message>
        <source>AUTH %1 is offered before TLS: a client may send its password in the clear (RFC 4954 4; RFC 8314 advises TLS first).</source>
        <translation>AUTH %1 wird vor TLS angeboten: ein Client könnte sein Passwort im Klartext senden (RFC 4954 4; RFC 8314 rät zu TLS zuerst).</translation>
    </message>
    <message>
        <source>AUTH before TLS: %1</source>
        <translation>AUTH vor TLS: %1</translation>
    </message>
    <message>
        <source>STARTTLS is offered again after TLS started (RFC 3207 4.2 forbids it).</source>
        <translation>STARTTLS wird nach dem Start von TLS erneut angeboten (RFC 3207 4.2 verbietet das).</translation>
    </message>
    <message>
        <source>TLS could not be used.</source>
        <translation>TLS konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The certificate was not verified; it was accepted only because its SHA-256 fingerprint is the trusted one.</source>
        <translation>Das Zertifikat wurde nicht geprüft; es wurde nur angenommen, weil sein SHA-256-Fingerabdruck der vertraute ist.</translation>
    </message>
    <message>
        <source>The certificate was not verified.</source>
        <translation>Das Zertifikat wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 is outdated (RFC 8996); TLS 1.2 or 1.3 is expected.</source>
        <translation>%1 ist veraltet (RFC 8996); TLS 1.2 oder 1.3 wird erwartet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das Zertifikat des Servers läuft in %n Tag ab.</numerusform>
            <numerusform>Das Zertifikat des Servers läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host name in the greeting (%1) is not one of the certificate&apos;s names.</source>
        <translation>Der Hostname in der Begrüßung (%1) ist keiner der Namen des Zertifikats.</translation>
    </message>
    <message>
        <source>certificate names: %1</source>
        <translation>Namen im Zertifikat: %1</translation>
    </message>
    <message>
        <source>The server announced no ESMTP extension (or answered only HELO).</source>
        <translation>Der Server hat keine ESMTP-Erweiterung angekündigt (oder nur auf HELO geantwortet).</translation>
    </message>
    <message>
        <source>SIZE is not offered: a client learns of a size limit only after sending the whole message (RFC 1870).</source>
        <translation>SIZE wird nicht angeboten: Ein Client erfährt von einer Größengrenze erst nach dem Senden der ganzen Nachricht (RFC 1870).</translation>
    </message>
    <message>
        <source>PIPELINING is not offered: every command costs a round trip (RFC 2920).</source>
        <translation>PIPELINING wird nicht angeboten: Jeder Befehl kostet einen Hin- und Rückweg (RFC 2920).</translation>
    </message>
    <message>
        <source>SMTPUTF8 is not offered: addresses with non-ASCII characters cannot be used (RFC 6531).</source>
        <translation>SMTPUTF8 wird nicht angeboten: Adressen mit Nicht-ASCII-Zeichen sind nicht verwendbar (RFC 6531).</translation>
    </message>
    <message>
        <source>AUTH is not offered%1: fine for a server that takes mail for its own domains, not for submission (RFC 6409).</source>
        <translation>AUTH wird nicht angeboten%1: in Ordnung für einen Server, der Mail für seine eigenen Domains annimmt, nicht für die Einlieferung (RFC 6409).</translation>
    </message>
    <message>
        <source> after TLS</source>
        <translation> nach TLS</translation>
    </message>
    <message>
        <source>Logging in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a line break or NUL: refused</source>
        <translation>&apos;%1&apos; enthält einen Zeilenumbruch oder NUL: abgelehnt</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is too long for one command line (RFC 5321 4.5.3.1.4)</source>
        <translation>&apos;%1...&apos; ist zu lang für eine Befehlszeile (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address (the RCPT method needs one)</source>
        <translation>&apos;%1&apos; ist keine Adresse (die RCPT-Methode braucht eine)</translation>
    </message>
    <message>
        <source>The server still accepts %1, deprecated by RFC 8996.</source>
        <translation>Der Server akzeptiert noch %1, das durch RFC 8996 abgekündigt ist.</translation>
    </message>
    <message>
        <source>The server accepts neither TLS 1.2 nor TLS 1.3 (RFC 9325 3.1.1).</source>
        <translation>Der Server akzeptiert weder TLS 1.2 noch TLS 1.3 (RFC 9325 3.1.1).</translation>
    </message>
</context>
<context>
    <name>postscope::diagnostics::AddressProbe</name>
    <message>
        <source>The session ended before every address was checked.</source>
        <translation>Die Sitzung endete, bevor jede Adresse geprüft war.</translation>
    </message>
</context>
<context>
    <name>postscope::diagnostics::TlsVersionProbe</name>
    <message>
        <source>no TLS session was started</source>
        <translation>es wurde keine TLS-Sitzung gestartet</translation>
    </message>
    <message>
        <source>accepted; the certificate did not verify (%1)</source>
        <translation>akzeptiert; das Zertifikat ließ sich nicht verifizieren (%1)</translation>
    </message>
    <message>
        <source>this machine&apos;s OpenSSL cannot offer TLS %1: %2</source>
        <translation>das OpenSSL dieses Rechners kann TLS %1 nicht anbieten: %2</translation>
    </message>
</context>
<context>
    <name>postscope::engine::ClientEngine</name>
    <message>
        <source>The server (or something on the path) sent plaintext after agreeing to STARTTLS; refusing to continue.</source>
        <translation>Der Server (oder etwas auf dem Weg) hat nach der Zustimmung zu STARTTLS Klartext gesendet; Fortsetzung verweigert.</translation>
    </message>
    <message>
        <source>Malformed reply from the server: %1</source>
        <translation>Fehlerhafte Antwort vom Server: %1</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Timed out waiting for the server.</source>
        <translation>Zeitüberschreitung beim Warten auf den Server.</translation>
    </message>
    <message>
        <source>the reply to %1</source>
        <translation>die Antwort auf %1</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
    <message>
        <source>the reply to the end of the message data</source>
        <translation>die Antwort auf das Ende der Nachrichtendaten</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>eine Antwort</translation>
    </message>
</context>
<context>
    <name>postscope::engine::ClientEngine::Private</name>
    <message>
        <source>EHLO is only possible after the greeting and outside a transaction.</source>
        <translation>EHLO ist nur nach der Begrüßung und außerhalb einer Transaktion möglich.</translation>
    </message>
    <message>
        <source>LMTP has no HELO; it uses LHLO (RFC 2033 4.1).</source>
        <translation>LMTP hat kein HELO; es verwendet LHLO (RFC 2033 4.1).</translation>
    </message>
    <message>
        <source>HELO is only possible after the greeting and outside a transaction.</source>
        <translation>HELO ist nur nach der Begrüßung und außerhalb einer Transaktion möglich.</translation>
    </message>
    <message>
        <source>The connection is already encrypted.</source>
        <translation>Die Verbindung ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <source>STARTTLS needs a successful EHLO first (RFC 3207 4).</source>
        <translation>STARTTLS braucht zuerst ein erfolgreiches EHLO (RFC 3207 4).</translation>
    </message>
    <message>
        <source>AUTH needs a successful EHLO and no transaction under way (RFC 4954 4).</source>
        <translation>AUTH braucht ein erfolgreiches EHLO und keine laufende Transaktion (RFC 4954 4).</translation>
    </message>
    <message>
        <source>Say EHLO or HELO before sending mail (RFC 5321 4.1.4).</source>
        <translation>Vor dem Senden von Mail EHLO oder HELO sagen (RFC 5321 4.1.4).</translation>
    </message>
    <message>
        <source>There is no open conversation.</source>
        <translation>Es gibt kein offenes Gespräch.</translation>
    </message>
    <message>
        <source>VRFY and EXPN need an argument.</source>
        <translation>VRFY und EXPN brauchen ein Argument.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Der Server bietet STARTTLS nicht an.</translation>
    </message>
    <message>
        <source>No SASL mechanism given.</source>
        <translation>Kein SASL-Mechanismus angegeben.</translation>
    </message>
    <message>
        <source>The server does not offer AUTH (RFC 4954).</source>
        <translation>Der Server bietet AUTH nicht an (RFC 4954).</translation>
    </message>
    <message>
        <source>The server does not offer the %1 mechanism (it offers: %2).</source>
        <translation>Der Server bietet den Mechanismus %1 nicht an (er bietet: %2).</translation>
    </message>
    <message>
        <source>AUTH %1 is not available in this build.</source>
        <translation>AUTH %1 ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Refusing AUTH %1: the connection is not encrypted, so the password would travel readable by anyone on the path; nothing was sent. Use TLS (STARTTLS or implicit TLS), a mechanism that does not reveal the password (CRAM-MD5, SCRAM-SHA-256), or allow plaintext authentication explicitly.</source>
        <translation>AUTH %1 abgelehnt: Die Verbindung ist nicht verschlüsselt, das Passwort würde also für jeden auf dem Weg lesbar reisen; nichts wurde gesendet. TLS verwenden (STARTTLS oder implizites TLS), einen Mechanismus, der das Passwort nicht preisgibt (CRAM-MD5, SCRAM-SHA-256), oder Klartext-Authentifizierung ausdrücklich erlauben.</translation>
    </message>
    <message>
        <source>A data line may not hold CR, LF or NUL, nor exceed 998 octets.</source>
        <translation>Eine Datenzeile darf weder CR, LF noch NUL enthalten, noch 998 Oktette überschreiten.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>The message has no data.</source>
        <translation>Die Nachricht hat keine Daten.</translation>
    </message>
    <message>
        <source>The message (%1 octets) is larger than the server accepts (SIZE %2).</source>
        <translation>Die Nachricht (%1 Oktette) ist größer, als der Server annimmt (SIZE %2).</translation>
    </message>
    <message>
        <source>The message holds 8-bit data but the server does not offer 8BITMIME (RFC 6152).</source>
        <translation>Die Nachricht enthält 8-Bit-Daten, aber der Server bietet 8BITMIME nicht an (RFC 6152).</translation>
    </message>
    <message>
        <source>The message needs SMTPUTF8 (international addresses) but the server does not offer it (RFC 6531).</source>
        <translation>Die Nachricht braucht SMTPUTF8 (internationale Adressen), aber der Server bietet es nicht an (RFC 6531).</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Der Server schließt die Verbindung: %1</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>Der Server hat den Absender abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>Der Server hat jeden Empfänger abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the message data: %1</source>
        <translation>Der Server hat die Nachrichtendaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>No recipient took the message.</source>
        <translation>Kein Empfänger hat die Nachricht angenommen.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <source>The server did not greet with 220: %1</source>
        <translation>Der Server hat nicht mit 220 begrüßt: %1</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO: %1</source>
        <translation>Der Server hat EHLO und HELO abgelehnt: %1</translation>
    </message>
    <message>
        <source>Plaintext followed the server&apos;s 220 to STARTTLS (a STARTTLS injection); refusing to start TLS.</source>
        <translation>Auf die 220 des Servers zu STARTTLS folgte Klartext (eine STARTTLS-Injektion); TLS wird nicht gestartet.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server sent a challenge that is not base64; authentication cancelled.</source>
        <translation>Der Server hat eine Challenge gesendet, die kein Base64 ist; Authentifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>Authentication cancelled: %1</source>
        <translation>Authentifizierung abgebrochen: %1</translation>
    </message>
    <message>
        <source>The server said yes, but could not prove it knows the password: %1</source>
        <translation>Der Server hat ja gesagt, konnte aber nicht beweisen, dass er das Passwort kennt: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server refused DATA: %1</source>
        <translation>Der Server hat DATA abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused a BDAT chunk: %1</source>
        <translation>Der Server hat einen BDAT-Block abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>Das Lesen der Nachricht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exact message octets can only follow a typed DATA and its 354.</source>
        <translation>Exakte Nachrichtenoktette können nur einem eingegebenen DATA und seiner 354 folgen.</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3 next, as smtplib&apos;s login() does.</source>
        <translation>%1 fehlgeschlagen (%2); als Nächstes wird %3 versucht, wie login() von smtplib es tut.</translation>
    </message>
    <message>
        <source>client: * (cancelled: %1)</source>
        <translation>Client: * (abgebrochen: %1)</translation>
    </message>
    <message>
        <source>the server sent more than 32 challenges</source>
        <translation>der Server hat mehr als 32 Challenges gesendet</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>503: the server says this session is authenticated already; counted as success, as smtplib&apos;s login() does.</source>
        <translation>503: Der Server sagt, diese Sitzung sei bereits authentifiziert; als Erfolg gewertet, wie login() von smtplib es tut.</translation>
    </message>
</context>
<context>
    <name>postscope::engine::ServerEngine::Private</name>
    <message>
        <source>Duplicate recipient &lt;%1&gt;: the message will be stored once for it</source>
        <translation>Doppelter Empfänger &lt;%1&gt;: die Nachricht wird für ihn einmal gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Message refused: %n bare LF in the data (bare LFs are rejected)</source>
        <translation>
            <numerusform>Nachricht abgelehnt: %n einzelnes LF in den Daten (einzelne LFs werden abgelehnt)</numerusform>
            <numerusform>Nachricht abgelehnt: %n einzelne LFs in den Daten (einzelne LFs werden abgelehnt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bare LF in the data, stored as CRLF</source>
        <translation>
            <numerusform>%n einzelnes LF in den Daten, als CRLF gespeichert</numerusform>
            <numerusform>%n einzelne LFs in den Daten, als CRLF gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bare LF in the data, stored as sent</source>
        <translation>
            <numerusform>%n einzelnes LF in den Daten, wie gesendet gespeichert</numerusform>
            <numerusform>%n einzelne LFs in den Daten, wie gesendet gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postscope::lessons</name>
    <message>
        <source>bad pattern &quot;%1&quot;: %2</source>
        <translation>ungültiges Muster „%1“: %2</translation>
    </message>
    <message>
        <source>unknown check rule type &quot;%1&quot;</source>
        <translation>unbekannter Typ der Prüfregel „%1“</translation>
    </message>
    <message>
        <source>a check rule of type &quot;%1&quot; has no explanation</source>
        <translation>eine Prüfregel vom Typ „%1“ hat keine Erklärung</translation>
    </message>
    <message>
        <source>the check rule &quot;%1&quot; needs &quot;command&quot;</source>
        <translation>die Prüfregel „%1“ braucht „command“</translation>
    </message>
    <message>
        <source>the check rule &quot;sentBefore&quot; needs &quot;then&quot;</source>
        <translation>die Prüfregel „sentBefore“ braucht „then“</translation>
    </message>
    <message>
        <source>the check rule &quot;reply&quot; needs &quot;code&quot;</source>
        <translation>die Prüfregel „reply“ braucht „code“</translation>
    </message>
    <message>
        <source>the check rule &quot;%1&quot; needs &quot;to&quot;</source>
        <translation>die Prüfregel „%1“ braucht „to“</translation>
    </message>
</context>
<context>
    <name>postscope::lessons::Lesson</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a lesson needs &quot;id&quot;, &quot;title&quot; and &quot;goal&quot;</source>
        <translation>eine Lektion braucht „id“, „title“ und „goal“</translation>
    </message>
    <message>
        <source>step %1 has no text</source>
        <translation>Schritt %1 hat keinen Text</translation>
    </message>
    <message>
        <source>a lesson needs steps</source>
        <translation>eine Lektion braucht Schritte</translation>
    </message>
    <message>
        <source>&quot;dialect&quot; is smtp or lmtp</source>
        <translation>„dialect“ ist smtp oder lmtp</translation>
    </message>
    <message>
        <source>a lesson needs a check</source>
        <translation>eine Lektion braucht eine Prüfung</translation>
    </message>
</context>
<context>
    <name>postscope::lessons::SandboxSetup</name>
    <message>
        <source>unknown extension &quot;%1&quot;</source>
        <translation>unbekannte Erweiterung „%1“</translation>
    </message>
    <message>
        <source>unknown misbehaviour &quot;%1&quot;</source>
        <translation>unbekanntes Fehlverhalten „%1“</translation>
    </message>
</context>
<context>
    <name>postscope::mime</name>
    <message>
        <source>the message has more than one Resent- header block</source>
        <translation>die Nachricht hat mehr als einen Resent-Kopfblock</translation>
    </message>
    <message>
        <source>the message names no sender (%1Sender or %1From)</source>
        <translation>die Nachricht nennt keinen Absender (%1Sender oder %1From)</translation>
    </message>
    <message>
        <source>the message names no recipients (%1To, %1Cc or %1Bcc)</source>
        <translation>die Nachricht nennt keine Empfänger (%1To, %1Cc oder %1Bcc)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>the message could not be read to its end</source>
        <translation>die Nachricht konnte nicht bis zu ihrem Ende gelesen werden</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds a line break or NUL (header injection refused)</source>
        <translation>%1 „%2“ enthält einen Zeilenumbruch oder NUL (Kopfzeilen-Injektion abgelehnt)</translation>
    </message>
    <message>
        <source>%1: not an address: %2</source>
        <translation>%1: keine Adresse: %2</translation>
    </message>
    <message>
        <source>%1: groups are not supported here: %2</source>
        <translation>%1: Gruppen werden hier nicht unterstützt: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address of the form local@domain</source>
        <translation>%1: „%2“ ist keine Adresse der Form lokal@domain</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid domain</source>
        <translation>%1: „%2“ ist keine gültige Domain</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for this kind of part</source>
        <translation>%1 ist größer als %2 MiB, die Grenze für diese Art von Teil</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; holds a line break or NUL (header injection refused)</source>
        <translation>Kopfzeile „%1“ enthält einen Zeilenumbruch oder NUL (Kopfzeilen-Injektion abgelehnt)</translation>
    </message>
    <message>
        <source>header %1 is not in the form &quot;Name: value&quot;</source>
        <translation>Kopfzeile %1 hat nicht die Form „Name: Wert“</translation>
    </message>
    <message>
        <source>header %1 has no name</source>
        <translation>Kopfzeile %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>header name %1 is not printable ASCII without spaces</source>
        <translation>Kopfzeilenname %1 ist kein druckbares ASCII ohne Leerzeichen</translation>
    </message>
    <message>
        <source>QCA cannot do %1 here (is its %2 plugin installed?)</source>
        <translation>QCA kann %1 hier nicht (ist sein Plugin %2 installiert?)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key that could be read (--smime-key)</source>
        <translation>%1 enthält keinen lesbaren privaten PEM-Schlüssel (--smime-key)</translation>
    </message>
    <message>
        <source>%1 is neither PEM nor a PKCS#12 bundle that opens with the passphrase given</source>
        <translation>%1 ist weder PEM noch ein PKCS#12-Bündel, das sich mit der angegebenen Passphrase öffnen lässt</translation>
    </message>
    <message>
        <source>the signing or encryption failed (QCA error %1): %2</source>
        <translation>das Signieren oder Verschlüsseln ist fehlgeschlagen (QCA-Fehler %1): %2</translation>
    </message>
    <message>
        <source>the S/MIME signature names no digest algorithm that can be declared</source>
        <translation>die S/MIME-Signatur nennt keinen Digest-Algorithmus, der angegeben werden kann</translation>
    </message>
    <message>
        <source>S/MIME encryption needs the recipients&apos; certificates (--smime-recipient-cert)</source>
        <translation>S/MIME-Verschlüsselung braucht die Zertifikate der Empfänger (--smime-recipient-cert)</translation>
    </message>
    <message>
        <source>S/MIME encryption failed (OpenSSL CMS)</source>
        <translation>S/MIME-Verschlüsselung fehlgeschlagen (OpenSSL CMS)</translation>
    </message>
    <message>
        <source>no OpenPGP secret key matches %1 in the gpg keyring (GNUPGHOME)</source>
        <translation>kein geheimer OpenPGP-Schlüssel im gpg-Schlüsselbund (GNUPGHOME) passt zu %1</translation>
    </message>
    <message>
        <source>no OpenPGP public key matches %1 in the gpg keyring (GNUPGHOME)</source>
        <translation>kein öffentlicher OpenPGP-Schlüssel im gpg-Schlüsselbund (GNUPGHOME) passt zu %1</translation>
    </message>
    <message>
        <source>OpenPGP encryption needs the recipients&apos; keys (--pgp-recipient)</source>
        <translation>OpenPGP-Verschlüsselung braucht die Schlüssel der Empfänger (--pgp-recipient)</translation>
    </message>
    <message>
        <source>DKIM signing failed: %1%2</source>
        <translation>DKIM-Signatur fehlgeschlagen: %1%2</translation>
    </message>
    <message>
        <source>cannot read the DKIM key %1: %2</source>
        <translation>kann den DKIM-Schlüssel %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key</source>
        <translation>%1 ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>%1: DKIM signs with RSA or Ed25519 keys only</source>
        <translation>%1: DKIM signiert nur mit RSA- oder Ed25519-Schlüsseln</translation>
    </message>
    <message>
        <source>the DKIM domain and selector must be plain DNS names: %1</source>
        <translation>DKIM-Domain und -Selektor müssen einfache DNS-Namen sein: %1</translation>
    </message>
    <message>
        <source>libopendkim could not start</source>
        <translation>libopendkim konnte nicht starten</translation>
    </message>
    <message>
        <source>the header section is larger than 1 MiB: not signed</source>
        <translation>der Kopfbereich ist größer als 1 MiB: nicht signiert</translation>
    </message>
    <message>
        <source>the message source stalled while it was being signed</source>
        <translation>die Nachrichtenquelle ist beim Signieren ins Stocken geraten</translation>
    </message>
    <message>
        <source>not a SIZE limit: %1</source>
        <translation>keine SIZE-Grenze: %1</translation>
    </message>
    <message>
        <source>unknown extension %1 (known: 8BITMIME, BINARYMIME, CHUNKING, SMTPUTF8, DSN, SIZE=N)</source>
        <translation>unbekannte Erweiterung %1 (bekannt: 8BITMIME, BINARYMIME, CHUNKING, SMTPUTF8, DSN, SIZE=N)</translation>
    </message>
    <message>
        <source>“%1” has no @: an address is local-part@domain (RFC 5322 3.4.1)</source>
        <translation>„%1“ hat kein @: Eine Adresse ist local-part@domain (RFC 5322 3.4.1)</translation>
    </message>
    <message>
        <source>Nothing before the @ (RFC 5322 3.4.1)</source>
        <translation>Nichts vor dem @ (RFC 5322 3.4.1)</translation>
    </message>
    <message>
        <source>No domain after the @ (RFC 5322 3.4.1)</source>
        <translation>Keine Domain nach dem @ (RFC 5322 3.4.1)</translation>
    </message>
    <message>
        <source>The part before the @ is %1 octets long; servers need only take 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>Der Teil vor dem @ ist %1 Oktette lang; Server müssen nur 64 annehmen (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>The domain is %1 octets long; at most 255 are allowed (RFC 5321 4.5.3.1.2)</source>
        <translation>Die Domain ist %1 Oktette lang; höchstens 255 sind erlaubt (RFC 5321 4.5.3.1.2)</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: labels of letters, digits and hyphens separated by dots (RFC 5321 4.1.2)</source>
        <translation>„%1“ ist kein Domainname: Labels aus Buchstaben, Ziffern und Bindestrichen, durch Punkte getrennt (RFC 5321 4.1.2)</translation>
    </message>
    <message>
        <source>“%1” cannot be sent in MAIL or RCPT: quote the part before the @ or remove the spaces and special characters (RFC 5321 4.1.2)</source>
        <translation>„%1“ kann nicht in MAIL oder RCPT gesendet werden: Setzen Sie den Teil vor dem @ in Anführungszeichen oder entfernen Sie die Leer- und Sonderzeichen (RFC 5321 4.1.2)</translation>
    </message>
    <message>
        <source>Empty address</source>
        <translation>Leere Adresse</translation>
    </message>
    <message>
        <source>A line break or NUL in an address is refused (header injection)</source>
        <translation>Ein Zeilenumbruch oder NUL in einer Adresse wird abgelehnt (Header-Injection)</translation>
    </message>
    <message>
        <source>An angle bracket is not closed: write Name &lt;local@domain&gt; (RFC 5322 3.4)</source>
        <translation>Eine spitze Klammer ist nicht geschlossen: Schreiben Sie Name &lt;local@domain&gt; (RFC 5322 3.4)</translation>
    </message>
    <message>
        <source>Not one mailbox: write local@domain or Name &lt;local@domain&gt; (RFC 5322 3.4)</source>
        <translation>Nicht genau ein Postfach: Schreiben Sie local@domain oder Name &lt;local@domain&gt; (RFC 5322 3.4)</translation>
    </message>
    <message>
        <source>The field is %1 characters long; at most %2 are read</source>
        <translation>Das Feld ist %1 Zeichen lang; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>More than %1 addresses in one field</source>
        <translation>Mehr als %1 Adressen in einem Feld</translation>
    </message>
    <message>
        <source>%1: more than %2 certificate files; the rest are not read</source>
        <translation>%1: mehr als %2 Zertifikatsdateien; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB, not a certificate</source>
        <translation>%1: größer als 1 MiB, kein Zertifikat</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate</source>
        <translation>%1: enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>No S/MIME certificate to encrypt to for: %1 (RFC 8551 3.3 needs one per recipient; add it to the account&apos;s recipient certificates).</source>
        <translation>Kein S/MIME-Zertifikat zum Verschlüsseln für: %1 (RFC 8551 3.3 verlangt eines pro Empfänger; fügen Sie es den Empfängerzertifikaten des Kontos hinzu).</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Nicht gelesen: %1.</translation>
    </message>
</context>
<context>
    <name>postscope::mime::Base64FileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent</source>
        <translation>%1 wurde beim Senden kürzer</translation>
    </message>
</context>
<context>
    <name>postscope::mime::Builder</name>
    <message>
        <source>header name %1 is not printable ASCII without spaces and colons</source>
        <translation>Kopfzeilenname %1 ist kein druckbares ASCII ohne Leerzeichen und Doppelpunkte</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>Sender names exactly one mailbox (RFC 5322 3.6.2)</source>
        <translation>Sender nennt genau ein Postfach (RFC 5322 3.6.2)</translation>
    </message>
    <message>
        <source>a From with several mailboxes needs a Sender (RFC 5322 3.6.2)</source>
        <translation>ein From mit mehreren Postfächern braucht einen Sender (RFC 5322 3.6.2)</translation>
    </message>
    <message>
        <source>an address has a non-ASCII local part: that needs SMTPUTF8 (RFC 6531), which the server does not offer</source>
        <translation>eine Adresse hat einen Nicht-ASCII-lokalen-Teil: das braucht SMTPUTF8 (RFC 6531), das der Server nicht anbietet</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>the file name of %1</source>
        <translation>der Dateiname von %1</translation>
    </message>
    <message>
        <source>internal error: a streamed part went missing while the message was written</source>
        <translation>interner Fehler: ein gestreamter Teil ging beim Schreiben der Nachricht verloren</translation>
    </message>
</context>
<context>
    <name>postscope::mime::BuiltMessage</name>
    <message>
        <source>the message is larger than %1 MiB: too big to hold in memory</source>
        <translation>die Nachricht ist größer als %1 MiB: zu groß für den Speicher</translation>
    </message>
    <message>
        <source>a message part could not be read</source>
        <translation>ein Nachrichtenteil konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>postscope::mime::EmlDocument</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: too big to edit in memory</source>
        <translation>%1 ist größer als %2 MiB: zu groß zum Bearbeiten im Speicher</translation>
    </message>
    <message>
        <source>header %1 holds a line break or NUL (header injection refused)</source>
        <translation>Kopfzeile %1 enthält einen Zeilenumbruch oder NUL (Kopfzeilen-Injektion abgelehnt)</translation>
    </message>
    <message>
        <source>header name %1 is not printable ASCII without spaces and colons</source>
        <translation>Kopfzeilenname %1 ist kein druckbares ASCII ohne Leerzeichen und Doppelpunkte</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>postscope::mime::FileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent</source>
        <translation>%1 wurde beim Senden kürzer</translation>
    </message>
</context>
<context>
    <name>postscope::mime::Linter</name>
    <message numerus="yes">
        <source>%n line(s) end in a bare LF; they are sent as CRLF, which changes the octets (and breaks any signature over them)</source>
        <translation>
            <numerusform>%n Zeile endet mit einem einzelnen LF; sie wird als CRLF gesendet, was die Oktette ändert (und jede Signatur darüber bricht)</numerusform>
            <numerusform>%n Zeilen enden mit einem einzelnen LF; sie werden als CRLF gesendet, was die Oktette ändert (und jede Signatur darüber bricht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the message with CRLF line endings (RFC 5322 2.1).</source>
        <translation>Die Nachricht mit CRLF-Zeilenenden speichern (RFC 5322 2.1).</translation>
    </message>
    <message numerus="yes">
        <source>%n bare CR octet(s) outside a CRLF; they are sent as line breaks</source>
        <translation>
            <numerusform>%n einzelnes CR-Oktett außerhalb eines CRLF; es wird als Zeilenumbruch gesendet</numerusform>
            <numerusform>%n einzelne CR-Oktette außerhalb eines CRLF; sie werden als Zeilenumbrüche gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove lone CRs, or encode the part as base64 or quoted-printable (RFC 5322 2.3).</source>
        <translation>Einzelne CRs entfernen oder den Teil als base64 oder quoted-printable kodieren (RFC 5322 2.3).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are longer than 998 octets</source>
        <translation>
            <numerusform>%n Zeile ist länger als 998 Oktette</numerusform>
            <numerusform>%n Zeilen sind länger als 998 Oktette</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold long header fields and encode long body lines as quoted-printable or base64 (RFC 5322 2.1.1).</source>
        <translation>Lange Kopffelder falten und lange Körperzeilen als quoted-printable oder base64 kodieren (RFC 5322 2.1.1).</translation>
    </message>
    <message>
        <source>the body holds 8-bit octets but the server does not offer 8BITMIME</source>
        <translation>der Körper enthält 8-Bit-Oktette, aber der Server bietet 8BITMIME nicht an</translation>
    </message>
    <message>
        <source>Encode 8-bit parts as quoted-printable or base64 (RFC 6152, RFC 2045 6).</source>
        <translation>8-Bit-Teile als quoted-printable oder base64 kodieren (RFC 6152, RFC 2045 6).</translation>
    </message>
    <message>
        <source>the message is declared BODY=BINARYMIME but the server does not offer BINARYMIME with CHUNKING</source>
        <translation>die Nachricht ist als BODY=BINARYMIME deklariert, aber der Server bietet BINARYMIME mit CHUNKING nicht an</translation>
    </message>
    <message>
        <source>Encode binary parts as base64 (RFC 3030 3).</source>
        <translation>Binäre Teile als base64 kodieren (RFC 3030 3).</translation>
    </message>
    <message>
        <source>the message has no Date field</source>
        <translation>die Nachricht hat kein Date-Feld</translation>
    </message>
    <message>
        <source>Add a Date field (RFC 5322 3.6.1: it is required).</source>
        <translation>Ein Date-Feld hinzufügen (RFC 5322 3.6.1: es ist Pflicht).</translation>
    </message>
    <message>
        <source>the message has no From field</source>
        <translation>die Nachricht hat kein From-Feld</translation>
    </message>
    <message>
        <source>Add a From field (RFC 5322 3.6.2: it is required).</source>
        <translation>Ein From-Feld hinzufügen (RFC 5322 3.6.2: es ist Pflicht).</translation>
    </message>
    <message>
        <source>the message has no Message-ID field</source>
        <translation>die Nachricht hat kein Message-ID-Feld</translation>
    </message>
    <message>
        <source>Add a Message-ID (RFC 5322 3.6.4: every message should have one; many filters score its absence).</source>
        <translation>Eine Message-ID hinzufügen (RFC 5322 3.6.4: jede Nachricht sollte eine haben; viele Filter werten ihr Fehlen negativ).</translation>
    </message>
    <message>
        <source>From (%1) differs from MAIL FROM (%2)</source>
        <translation>From (%1) weicht von MAIL FROM (%2) ab</translation>
    </message>
    <message>
        <source>Use the From address as the envelope sender, or expect SPF/DMARC alignment to fail (RFC 7489 3.1).</source>
        <translation>Die From-Adresse als Umschlag-Absender verwenden, oder damit rechnen, dass die SPF/DMARC-Ausrichtung scheitert (RFC 7489 3.1).</translation>
    </message>
    <message>
        <source>a Bcc field would be sent to every recipient</source>
        <translation>ein Bcc-Feld würde an jeden Empfänger gesendet</translation>
    </message>
    <message>
        <source>Remove the Bcc field; blind recipients belong in the envelope only (RFC 5322 3.6.3).</source>
        <translation>Das Bcc-Feld entfernen; Blindkopie-Empfänger gehören nur in den Umschlag (RFC 5322 3.6.3).</translation>
    </message>
    <message>
        <source>the blind recipient %1 is named in a visible header field</source>
        <translation>der Blindkopie-Empfänger %1 wird in einem sichtbaren Kopffeld genannt</translation>
    </message>
    <message>
        <source>Take the address out of To, Cc and the other visible fields (RFC 5322 3.6.3).</source>
        <translation>Die Adresse aus To, Cc und den anderen sichtbaren Feldern nehmen (RFC 5322 3.6.3).</translation>
    </message>
    <message>
        <source>an HTML part has no plain-text alternative</source>
        <translation>ein HTML-Teil hat keine Klartext-Alternative</translation>
    </message>
    <message>
        <source>Add a text/plain version in multipart/alternative (RFC 2046 5.1.4); spam filters score HTML-only mail.</source>
        <translation>Eine text/plain-Version in multipart/alternative hinzufügen (RFC 2046 5.1.4); Spamfilter werten reine HTML-Mails negativ.</translation>
    </message>
    <message>
        <source>the message (%1 octets) is larger than the server accepts (SIZE %2)</source>
        <translation>die Nachricht (%1 Oktette) ist größer, als der Server annimmt (SIZE %2)</translation>
    </message>
    <message>
        <source>Send less: smaller or fewer attachments (RFC 1870).</source>
        <translation>Weniger senden: kleinere oder weniger Anhänge (RFC 1870).</translation>
    </message>
    <message>
        <source>a header field holds non-ASCII octets but the server does not offer SMTPUTF8</source>
        <translation>ein Kopffeld enthält Nicht-ASCII-Oktette, aber der Server bietet SMTPUTF8 nicht an</translation>
    </message>
    <message>
        <source>Use RFC 2047 encoded words for text and A-labels for domains, or a server with SMTPUTF8 (RFC 6532).</source>
        <translation>Für Text kodierte Wörter nach RFC 2047 und für Domains A-Labels verwenden, oder einen Server mit SMTPUTF8 (RFC 6532).</translation>
    </message>
    <message>
        <source>an envelope address is not ASCII but the server does not offer SMTPUTF8</source>
        <translation>eine Umschlagadresse ist kein ASCII, aber der Server bietet SMTPUTF8 nicht an</translation>
    </message>
    <message>
        <source>Use an ASCII address (A-labels for the domain), or a server with SMTPUTF8 (RFC 6531).</source>
        <translation>Eine ASCII-Adresse verwenden (A-Labels für die Domain) oder einen Server mit SMTPUTF8 (RFC 6531).</translation>
    </message>
    <message>
        <source>delivery status notifications are requested but the server does not offer DSN</source>
        <translation>Zustellstatus-Benachrichtigungen sind angefordert, aber der Server bietet DSN nicht an</translation>
    </message>
    <message>
        <source>Drop the delivery receipt request, or use a server with DSN (RFC 3461).</source>
        <translation>Die Anforderung der Zustellbestätigung weglassen oder einen Server mit DSN verwenden (RFC 3461).</translation>
    </message>
</context>
<context>
    <name>postscope::mime::ParsedMessage</name>
    <message>
        <source>cannot read %1</source>
        <translation>kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>not an RFC 5322 message: no header section could be parsed</source>
        <translation>keine RFC-5322-Nachricht: kein Kopfbereich ließ sich lesen</translation>
    </message>
    <message>
        <source>part %1 has no content of its own</source>
        <translation>Teil %1 hat keinen eigenen Inhalt</translation>
    </message>
    <message>
        <source>part %1 is too large to decode in memory</source>
        <translation>Teil %1 ist zu groß, um im Speicher dekodiert zu werden</translation>
    </message>
</context>
<context>
    <name>postscope::protocol</name>
    <message>
        <source>%1 holds a CR, LF or NUL byte, which could inject a command; refused</source>
        <translation>%1 enthält ein CR-, LF- oder NUL-Byte, das einen Befehl einschleusen könnte; abgelehnt</translation>
    </message>
    <message>
        <source>Command line too long: %1 octets with CRLF, the limit is %2 (RFC 5321 4.5.3.1.4)</source>
        <translation>Befehlszeile zu lang: %1 Oktette mit CRLF, die Grenze ist %2 (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>The argument</source>
        <translation>Das Argument</translation>
    </message>
    <message>
        <source>%1 needs an argument</source>
        <translation>%1 braucht ein Argument</translation>
    </message>
    <message>
        <source>The host name</source>
        <translation>Der Hostname</translation>
    </message>
    <message>
        <source>%1 needs a host name</source>
        <translation>%1 braucht einen Hostnamen</translation>
    </message>
    <message>
        <source>The host name must not contain spaces</source>
        <translation>Der Hostname darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>The address holds a stray &apos;&lt;&apos; or &apos;&gt;&apos;</source>
        <translation>Die Adresse enthält ein verirrtes ‚&lt;‘ oder ‚&gt;‘</translation>
    </message>
    <message>
        <source>The address holds a space outside a quoted string</source>
        <translation>Die Adresse enthält ein Leerzeichen außerhalb einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>RCPT needs a recipient address</source>
        <translation>RCPT braucht eine Empfängeradresse</translation>
    </message>
    <message>
        <source>The address is too long: %1 octets, the limit is %2 (RFC 5321 4.5.3.1.3)</source>
        <translation>Die Adresse ist zu lang: %1 Oktette, die Grenze ist %2 (RFC 5321 4.5.3.1.3)</translation>
    </message>
    <message>
        <source>A parameter</source>
        <translation>Ein Parameter</translation>
    </message>
    <message>
        <source>A MAIL/RCPT parameter must be one word: &quot;%1&quot;</source>
        <translation>Ein MAIL/RCPT-Parameter muss ein einziges Wort sein: „%1“</translation>
    </message>
    <message>
        <source>The mechanism</source>
        <translation>Der Mechanismus</translation>
    </message>
    <message>
        <source>The initial response</source>
        <translation>Die initiale Antwort</translation>
    </message>
    <message>
        <source>The SASL response</source>
        <translation>Die SASL-Antwort</translation>
    </message>
    <message>
        <source>The line</source>
        <translation>Die Zeile</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <translation>Systemstatus oder Systemhilfe-Antwort</translation>
    </message>
    <message>
        <source>Help message for a human reader</source>
        <translation>Hilfetext für einen menschlichen Leser</translation>
    </message>
    <message>
        <source>Service ready (greeting, or go ahead with TLS after STARTTLS)</source>
        <translation>Dienst bereit (Begrüßung, oder weiter mit TLS nach STARTTLS)</translation>
    </message>
    <message>
        <source>Service closing transmission channel</source>
        <translation>Dienst schließt den Übertragungskanal</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <translation>Authentifizierung erfolgreich</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <translation>Angeforderte Mail-Aktion in Ordnung, abgeschlossen</translation>
    </message>
    <message>
        <source>User not local; will forward</source>
        <translation>Benutzer nicht lokal; wird weitergeleitet</translation>
    </message>
    <message>
        <source>Cannot verify the user, but will accept the message and attempt delivery</source>
        <translation>Benutzer kann nicht geprüft werden, die Nachricht wird aber angenommen und die Zustellung versucht</translation>
    </message>
    <message>
        <source>Authentication challenge: send the next SASL response</source>
        <translation>Authentifizierungs-Challenge: die nächste SASL-Antwort senden</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <translation>Mail-Eingabe beginnen; mit &lt;CRLF&gt;.&lt;CRLF&gt; beenden</translation>
    </message>
    <message>
        <source>Service not available, closing transmission channel</source>
        <translation>Dienst nicht verfügbar, Übertragungskanal wird geschlossen</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Ein Passwortwechsel ist nötig</translation>
    </message>
    <message>
        <source>Mailbox unavailable (busy or temporarily blocked); try again later</source>
        <translation>Postfach nicht verfügbar (belegt oder vorübergehend gesperrt); später erneut versuchen</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <translation>Angeforderte Aktion abgebrochen: lokaler Verarbeitungsfehler</translation>
    </message>
    <message>
        <source>Insufficient system storage (or too many recipients)</source>
        <translation>Unzureichender Systemspeicher (oder zu viele Empfänger)</translation>
    </message>
    <message>
        <source>Temporary failure: TLS not available now, or temporary authentication failure</source>
        <translation>Vorübergehender Fehler: TLS gerade nicht verfügbar, oder vorübergehender Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <translation>Server kann die Parameter nicht berücksichtigen</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized (or line too long)</source>
        <translation>Syntaxfehler, Befehl nicht erkannt (oder Zeile zu lang)</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <translation>Syntaxfehler in Parametern oder Argumenten</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Befehl nicht implementiert</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Falsche Befehlsreihenfolge</translation>
    </message>
    <message>
        <source>Command parameter not implemented (e.g. unknown AUTH mechanism)</source>
        <translation>Befehlsparameter nicht implementiert (z. B. unbekannter AUTH-Mechanismus)</translation>
    </message>
    <message>
        <source>This host does not accept mail</source>
        <translation>Dieser Host nimmt keine Mail an</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Verschlüsselung nötig</translation>
    </message>
    <message>
        <source>Authentication required (or STARTTLS first)</source>
        <translation>Authentifizierung erforderlich (oder zuerst STARTTLS)</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Authentifizierungsmechanismus ist zu schwach</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Anmeldedaten ungültig</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism</source>
        <translation>Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich</translation>
    </message>
    <message>
        <source>Mailbox unavailable (not found, no access, or refused by policy)</source>
        <translation>Postfach nicht verfügbar (nicht gefunden, kein Zugriff oder durch Richtlinie abgelehnt)</translation>
    </message>
    <message>
        <source>User not local; please try the forward path given</source>
        <translation>Benutzer nicht lokal; bitte den angegebenen Weiterleitungspfad versuchen</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <translation>Angeforderte Mail-Aktion abgebrochen: Speicherzuteilung überschritten</translation>
    </message>
    <message>
        <source>Mailbox name not allowed (e.g. bad syntax)</source>
        <translation>Postfachname nicht erlaubt (z. B. falsche Syntax)</translation>
    </message>
    <message>
        <source>Transaction failed (or, as a greeting: no SMTP service here)</source>
        <translation>Transaktion fehlgeschlagen (oder, als Begrüßung: hier kein SMTP-Dienst)</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <translation>MAIL-FROM-/RCPT-TO-Parameter nicht erkannt oder nicht implementiert</translation>
    </message>
    <message>
        <source>Positive preliminary reply (not used by SMTP)</source>
        <translation>Positive vorläufige Antwort (von SMTP nicht verwendet)</translation>
    </message>
    <message>
        <source>Positive completion reply: the action succeeded</source>
        <translation>Positive Abschlussantwort: die Aktion ist gelungen</translation>
    </message>
    <message>
        <source>Positive intermediate reply: send more information</source>
        <translation>Positive Zwischenantwort: weitere Informationen senden</translation>
    </message>
    <message>
        <source>Transient negative reply: try again later</source>
        <translation>Vorübergehende negative Antwort: später erneut versuchen</translation>
    </message>
    <message>
        <source>Permanent negative reply: do not repeat as is</source>
        <translation>Dauerhafte negative Antwort: nicht unverändert wiederholen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Temporary security failure (e.g. temporary authentication failure)</source>
        <translation>Vorübergehender Sicherheitsfehler (z. B. vorübergehender Authentifizierungsfehler)</translation>
    </message>
    <message>
        <source>Refused for security or policy reasons (e.g. authentication required)</source>
        <translation>Aus Sicherheits- oder Richtliniengründen abgelehnt (z. B. Authentifizierung erforderlich)</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Anderer oder undefinierter Status</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Anderer Adressstatus</translation>
    </message>
    <message>
        <source>Bad destination mailbox address (no such user)</source>
        <translation>Falsche Zielpostfachadresse (kein solcher Benutzer)</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Falsche Zielsystemadresse</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Falsche Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Zielpostfachadresse mehrdeutig</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Zielpostfach ist umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Falsche Syntax der Absenderpostfachadresse</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Falsche Systemadresse des Absenders</translation>
    </message>
    <message>
        <source>Message relayed to a non-compliant mailer</source>
        <translation>Nachricht an einen nicht konformen Mailer weitergegeben</translation>
    </message>
    <message>
        <source>Recipient address has a null MX</source>
        <translation>Empfängeradresse hat einen Null-MX</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Anderer oder undefinierter Postfachstatus</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>Nachrichtenlänge überschreitet die administrative Grenze</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Mailingliste</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Anderer oder undefinierter Mailsystemstatus</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>System nimmt keine Netzwerknachrichten an</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>System beherrscht die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>Angeforderte Priorität wurde geändert</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Anderer oder undefinierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Schlechte Verbindung</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routing nicht möglich</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Anderer oder undefinierter Protokollstatus</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>Zeile des Authentifizierungsaustauschs ist zu lang</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Anderer oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Medium nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Konvertierung erforderlich und verboten</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Konvertierung erforderlich, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Konvertierung mit Verlust durchgeführt</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Message content not available (BURL)</source>
        <translation>Nachrichteninhalt nicht verfügbar (BURL)</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender or recipient</source>
        <translation>Nicht-ASCII-Adressen für diesen Absender oder Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client</source>
        <translation>UTF-8-Antwort erforderlich, aber vom Client nicht erlaubt</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation>Nachricht mit UTF-8-Kopfzeilen kann an einen oder mehrere Empfänger nicht übertragen werden</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Anderer oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Zustellung nicht autorisiert, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Mailingliste verboten</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Fehler der Nachrichtenintegrität</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation>Prioritätsstufe ist zu niedrig</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Nachricht ist für die angegebene Priorität zu groß</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Inhaber des Postfachs hat gewechselt</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Inhaber der Domain hat gewechselt</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>RRVS-Test kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Keine gültige DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Keine akzeptable DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Fehler bei der SPF-Prüfung</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Prüfung des Reverse-DNS fehlgeschlagen</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sender address has a null MX</source>
        <translation>Absenderadresse hat einen Null-MX</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Unterstützung für REQUIRETLS erforderlich</translation>
    </message>
    <message>
        <source>Persistent transient failure: may succeed later</source>
        <translation>Anhaltender vorübergehender Fehler: kann später gelingen</translation>
    </message>
    <message>
        <source>Permanent failure: will not succeed if resent as is</source>
        <translation>Dauerhafter Fehler: gelingt nicht, wenn unverändert erneut gesendet</translation>
    </message>
    <message>
        <source>Message size declaration; the parameter is the largest message accepted, in octets</source>
        <translation>Angabe der Nachrichtengröße; der Parameter ist die größte angenommene Nachricht in Oktetten</translation>
    </message>
    <message>
        <source>Commands may be sent in groups without waiting for each reply</source>
        <translation>Befehle dürfen in Gruppen gesendet werden, ohne auf jede Antwort zu warten</translation>
    </message>
    <message>
        <source>Message data may be sent in BDAT chunks instead of DATA</source>
        <translation>Nachrichtendaten dürfen in BDAT-Blöcken statt mit DATA gesendet werden</translation>
    </message>
    <message>
        <source>Binary MIME bodies (BODY=BINARYMIME) accepted with BDAT</source>
        <translation>Binäre MIME-Körper (BODY=BINARYMIME) werden mit BDAT angenommen</translation>
    </message>
    <message>
        <source>8-bit message bodies (BODY=8BITMIME) accepted</source>
        <translation>8-Bit-Nachrichtenkörper (BODY=8BITMIME) werden angenommen</translation>
    </message>
    <message>
        <source>UTF-8 addresses and headers accepted (MAIL ... SMTPUTF8)</source>
        <translation>UTF-8-Adressen und -Kopfzeilen werden angenommen (MAIL ... SMTPUTF8)</translation>
    </message>
    <message>
        <source>Delivery status notifications can be requested (NOTIFY, RET, ENVID, ORCPT)</source>
        <translation>Zustellstatus-Benachrichtigungen können angefordert werden (NOTIFY, RET, ENVID, ORCPT)</translation>
    </message>
    <message>
        <source>Replies carry enhanced status codes such as 5.1.1</source>
        <translation>Antworten tragen erweiterte Statuscodes wie 5.1.1</translation>
    </message>
    <message>
        <source>The connection can be upgraded to TLS</source>
        <translation>Die Verbindung kann auf TLS umgestellt werden</translation>
    </message>
    <message>
        <source>SMTP authentication; the parameters are the SASL mechanisms offered</source>
        <translation>SMTP-Authentifizierung; die Parameter sind die angebotenen SASL-Mechanismen</translation>
    </message>
    <message>
        <source>Old, pre-RFC spelling of AUTH kept for early clients; same mechanisms</source>
        <translation>Alte Schreibweise von AUTH aus der Zeit vor dem RFC, für frühe Clients beibehalten; dieselben Mechanismen</translation>
    </message>
    <message>
        <source>Delivery within a given time can be requested (MAIL ... BY=)</source>
        <translation>Zustellung innerhalb einer bestimmten Zeit kann angefordert werden (MAIL ... BY=)</translation>
    </message>
    <message>
        <source>The message can require TLS on every hop (MAIL ... REQUIRETLS)</source>
        <translation>Die Nachricht kann TLS auf jeder Etappe verlangen (MAIL ... REQUIRETLS)</translation>
    </message>
    <message>
        <source>Remote queue start: the client may ask for queued mail to be sent</source>
        <translation>Entfernter Warteschlangenstart: der Client darf das Senden wartender Mail anfordern</translation>
    </message>
    <message>
        <source>Authenticated turn: roles reverse for on-demand mail relay</source>
        <translation>Authentifizierter Rollentausch für Mail-Relay auf Abruf</translation>
    </message>
    <message>
        <source>Obsolete role reversal; unsafe and not to be used</source>
        <translation>Veralteter Rollentausch; unsicher und nicht zu verwenden</translation>
    </message>
    <message>
        <source>VRFY can be used to check an address</source>
        <translation>Mit VRFY kann eine Adresse geprüft werden</translation>
    </message>
    <message>
        <source>EXPN can be used to expand a mailing list</source>
        <translation>Mit EXPN kann eine Mailingliste aufgelöst werden</translation>
    </message>
    <message>
        <source>HELP gives information for a human reader</source>
        <translation>HELP gibt Informationen für einen menschlichen Leser</translation>
    </message>
    <message>
        <source>Postfix: a trusted proxy may override the client&apos;s name and address</source>
        <translation>Postfix: Ein vertrauenswürdiger Proxy darf Namen und Adresse des Clients ersetzen</translation>
    </message>
    <message>
        <source>Postfix: a trusted proxy may pass the original client&apos;s details for logging</source>
        <translation>Postfix: Ein vertrauenswürdiger Proxy darf die Angaben des ursprünglichen Clients für die Protokollierung weitergeben</translation>
    </message>
    <message>
        <source>Message tracking can be requested</source>
        <translation>Nachrichtenverfolgung kann angefordert werden</translation>
    </message>
    <message>
        <source>Delivery can be held until a given time (MAIL ... HOLDFOR/HOLDUNTIL)</source>
        <translation>Die Zustellung kann bis zu einer bestimmten Zeit zurückgehalten werden (MAIL ... HOLDFOR/HOLDUNTIL)</translation>
    </message>
    <message>
        <source>The server announces its limits (RCPTMAX, MAILMAX, RCPTDOMAINMAX)</source>
        <translation>Der Server gibt seine Grenzen bekannt (RCPTMAX, MAILMAX, RCPTDOMAINMAX)</translation>
    </message>
    <message>
        <source>Message transfer priorities can be requested</source>
        <translation>Prioritäten für die Nachrichtenübertragung können angefordert werden</translation>
    </message>
    <message>
        <source>Message data can be fetched by the server from an IMAP URL</source>
        <translation>Nachrichtendaten können vom Server über eine IMAP-URL geholt werden</translation>
    </message>
    <message>
        <source>The server states which kinds of solicitation it refuses</source>
        <translation>Der Server gibt an, welche Arten unerwünschter Werbung er ablehnt</translation>
    </message>
    <message>
        <source>Require-recipient-valid-since: refuse if the mailbox changed owner</source>
        <translation>Require-recipient-valid-since: ablehnen, wenn das Postfach den Inhaber gewechselt hat</translation>
    </message>
    <message>
        <source>Checkpoint/restart of interrupted transfers</source>
        <translation>Checkpoint/Neustart unterbrochener Übertragungen</translation>
    </message>
    <message>
        <source>The responsible submitter can be named (MAIL ... SUBMITTER=)</source>
        <translation>Der verantwortliche Einlieferer kann genannt werden (MAIL ... SUBMITTER=)</translation>
    </message>
    <message>
        <source>Content conversion permission can be stated</source>
        <translation>Die Erlaubnis zur Inhaltskonvertierung kann angegeben werden</translation>
    </message>
    <message>
        <source>Content negotiation with the recipient is supported</source>
        <translation>Inhaltsaushandlung mit dem Empfänger wird unterstützt</translation>
    </message>
    <message>
        <source>Experimental predecessor of SMTPUTF8</source>
        <translation>Experimenteller Vorgänger von SMTPUTF8</translation>
    </message>
    <message>
        <source>Sendmail: verbose mode for debugging delivery</source>
        <translation>Sendmail: ausführlicher Modus zur Fehlersuche bei der Zustellung</translation>
    </message>
    <message>
        <source>Sendmail: one message per connection</source>
        <translation>Sendmail: eine Nachricht pro Verbindung</translation>
    </message>
    <message>
        <source>Malformed reply: a line must start with a three-digit code, got %1</source>
        <translation>Fehlerhafte Antwort: Eine Zeile muss mit einem dreistelligen Code beginnen, erhalten: %1</translation>
    </message>
    <message>
        <source>Malformed reply: line too short for a reply code: %1</source>
        <translation>Fehlerhafte Antwort: Zeile zu kurz für einen Antwortcode: %1</translation>
    </message>
    <message>
        <source>Malformed reply: code %1 is outside 100..599</source>
        <translation>Fehlerhafte Antwort: Code %1 liegt außerhalb von 100..599</translation>
    </message>
    <message>
        <source>Malformed reply: code %1 in the middle of a multiline %2 reply</source>
        <translation>Fehlerhafte Antwort: Code %1 mitten in einer mehrzeiligen %2-Antwort</translation>
    </message>
    <message>
        <source>Malformed reply: expected a space or &apos;-&apos; after the code, got %1</source>
        <translation>Fehlerhafte Antwort: nach dem Code ein Leerzeichen oder ‚-‘ erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>postscope::protocol::ReplyParser</name>
    <message>
        <source>Reply too long: more than %1 bytes without a complete reply</source>
        <translation>Antwort zu lang: mehr als %1 Bytes ohne vollständige Antwort</translation>
    </message>
    <message>
        <source>Reply line too long: more than %1 bytes</source>
        <translation>Antwortzeile zu lang: mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>Reply too long: more than %1 lines</source>
        <translation>Antwort zu lang: mehr als %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>postscope::protocol::commands</name>
    <message>
        <source>AUTH needs one mechanism name</source>
        <translation>AUTH braucht genau einen Mechanismusnamen</translation>
    </message>
    <message>
        <source>The initial response must not contain spaces</source>
        <translation>Die initiale Antwort darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>A SASL response must not contain spaces</source>
        <translation>Eine SASL-Antwort darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>BDAT needs a chunk size of zero or more</source>
        <translation>BDAT braucht eine Blockgröße von null oder mehr</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox</name>
    <message>
        <source>OpenSSL could not generate an RSA key</source>
        <translation>OpenSSL konnte keinen RSA-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate</source>
        <translation>OpenSSL konnte kein Zertifikat erstellen</translation>
    </message>
    <message>
        <source>OpenSSL could not make a serial number</source>
        <translation>OpenSSL konnte keine Seriennummer erstellen</translation>
    </message>
    <message>
        <source>OpenSSL could not add a certificate extension</source>
        <translation>OpenSSL konnte keine Zertifikatserweiterung hinzufügen</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL konnte das Zertifikat nicht signieren</translation>
    </message>
    <message>
        <source>OpenSSL could not write the certificate as PEM</source>
        <translation>OpenSSL konnte das Zertifikat nicht als PEM schreiben</translation>
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
        <translation>Fehlerregeln: ZIEL[=ADRESSE]:AKTION[:MODIFIKATOR...][:TEXT]
  ZIEL     GREETING, ein Befehl (EHLO, MAIL, RCPT, DATA, BDAT, AUTH, ...),
           BODY (die Nachrichtendaten haben begonnen: mitten in DATA), DELIVER
           (pro Empfänger bei der Zustellung; bei LMTP die Antwort für diesen
           Empfänger) oder * (jeder Befehl und die Begrüßung)
  =ADRESSE nur wenn die Adresse des Befehls (MAIL/RCPT/VRFY/EXPN oder der
           DELIVER-Empfänger) ADRESSE ist
  AKTION   NNN          stattdessen mit Code NNN antworten (dann TEXT, der mit
                        einem erweiterten Code beginnen darf: 550:5.1.1 No such user)
           disconnect   die Verbindung ohne Antwort schließen
           delay=MS     zuerst MS Millisekunden warten (allein: dann weitermachen)
           tarpit=MS    vor jeder passenden Antwort MS Millisekunden warten
  MODIFIKATOR @N oder n=N  nur das N-te passende Ereignis (über alle Sitzungen gezählt)
           p=X          mit Wahrscheinlichkeit X (0..1; --fault-seed macht es wiederholbar)
  Beispiele: RCPT:550:5.1.1 No such user   DATA:delay=2000   MAIL:disconnect
            greeting:421   RCPT:550@2   MAIL:451:p=0.5   BODY:disconnect
            DELIVER=bob@example.test:452:4.2.2 Mailbox full   *:tarpit=500</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::FaultRule</name>
    <message>
        <source>A fault rule is TARGET:ACTION, e.g. RCPT:550 or DATA:delay=2000</source>
        <translation>Eine Fehlerregel ist ZIEL:AKTION, z. B. RCPT:550 oder DATA:delay=2000</translation>
    </message>
    <message>
        <source>Bad occurrence in &apos;%1&apos;: use @N with N &gt;= 1</source>
        <translation>Ungültiges Vorkommen in „%1“: @N mit N &gt;= 1 verwenden</translation>
    </message>
    <message>
        <source>Bad delay in &apos;%1&apos;: use delay=MILLISECONDS</source>
        <translation>Ungültige Verzögerung in „%1“: delay=MILLISEKUNDEN verwenden</translation>
    </message>
    <message>
        <source>Bad tarpit delay in &apos;%1&apos;: use tarpit=MILLISECONDS</source>
        <translation>Ungültige Tarpit-Verzögerung in „%1“: tarpit=MILLISEKUNDEN verwenden</translation>
    </message>
    <message>
        <source>Bad probability in &apos;%1&apos;: use p=0..1</source>
        <translation>Ungültige Wahrscheinlichkeit in „%1“: p=0..1 verwenden</translation>
    </message>
    <message>
        <source>Bad occurrence in &apos;%1&apos;: use n=N with N &gt;= 1</source>
        <translation>Ungültiges Vorkommen in „%1“: n=N mit N &gt;= 1 verwenden</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; in fault rule &apos;%2&apos;</source>
        <translation>Unbekanntes Feld „%1“ in der Fehlerregel „%2“</translation>
    </message>
    <message>
        <source>The fault rule &apos;%1&apos; has no action (a code, delay=, tarpit= or disconnect)</source>
        <translation>Die Fehlerregel „%1“ hat keine Aktion (einen Code, delay=, tarpit= oder disconnect)</translation>
    </message>
    <message>
        <source>tarpit applies to commands, not to message data</source>
        <translation>tarpit gilt für Befehle, nicht für Nachrichtendaten</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::MailStore</name>
    <message>
        <source>Cannot create the Maildir %1</source>
        <translation>Kann das Maildir %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into new/</source>
        <translation>Kann %1 nicht nach new/ verschieben</translation>
    </message>
    <message>
        <source>Cannot write the envelope %1: %2</source>
        <translation>Kann den Umschlag %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::ReplayEngine</name>
    <message>
        <source>Discarded %1 octets received before the TLS handshake</source>
        <translation>%1 Oktette verworfen, die vor dem TLS-Handshake empfangen wurden</translation>
    </message>
    <message>
        <source>Replay: a line longer than %1 octets</source>
        <translation>Wiedergabe: eine Zeile länger als %1 Oktette</translation>
    </message>
    <message>
        <source>Replay: the recording has ended; the client sent &quot;%1&quot;</source>
        <translation>Wiedergabe: Die Aufzeichnung ist zu Ende; der Client hat „%1“ gesendet</translation>
    </message>
    <message>
        <source>Replay: the client quit where the recording has &quot;%1&quot;</source>
        <translation>Wiedergabe: Der Client hat beendet, wo die Aufzeichnung „%1“ hat</translation>
    </message>
    <message>
        <source>Replay: the client sent &quot;%1&quot; where the recording has &quot;%2&quot;</source>
        <translation>Wiedergabe: Der Client hat „%1“ gesendet, wo die Aufzeichnung „%2“ hat</translation>
    </message>
    <message>
        <source>Replay: the recording started TLS, but this listener has none</source>
        <translation>Wiedergabe: Die Aufzeichnung hat TLS gestartet, aber dieser Listener hat keines</translation>
    </message>
    <message>
        <source>Replay: the message is much bigger than the recorded one (%1 octets)</source>
        <translation>Wiedergabe: Die Nachricht ist viel größer als die aufgezeichnete (%1 Oktette)</translation>
    </message>
    <message>
        <source>Replay: the message differs from the recorded one at line %1: &quot;%2&quot; where the recording has &quot;%3&quot;</source>
        <translation>Wiedergabe: Die Nachricht weicht in Zeile %1 von der aufgezeichneten ab: „%2“, wo die Aufzeichnung „%3“ hat</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::ReplayScript</name>
    <message>
        <source>the transcript holds no conversation to replay</source>
        <translation>das Protokoll enthält kein Gespräch zum Abspielen</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxCertificate</name>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Kann das Zertifikat %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Kann den Schlüssel %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>No usable PEM private key in %1</source>
        <translation>Kein brauchbarer privater PEM-Schlüssel in %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot write the key %1: %2</source>
        <translation>Kann den Schlüssel %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot write the certificate %1: %2</source>
        <translation>Kann das Zertifikat %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxConnection</name>
    <message>
        <source>Connection %1: the client did not take the last replies</source>
        <translation>Verbindung %1: Der Client hat die letzten Antworten nicht abgenommen</translation>
    </message>
    <message>
        <source>Socket error: %1</source>
        <translation>Socket-Fehler: %1</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>Connection %1 from %2 (%3)</source>
        <translation>Verbindung %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Connection %1 refused: %2</source>
        <translation>Verbindung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>TLS started: %1, %2</source>
        <translation>TLS gestartet: %1, %2</translation>
    </message>
    <message>
        <source>Connection %1 closed</source>
        <translation>Verbindung %1 geschlossen</translation>
    </message>
    <message>
        <source>Connection %1 aborted</source>
        <translation>Verbindung %1 abgebrochen</translation>
    </message>
    <message>
        <source>Connection %1: %2, closing</source>
        <translation>Verbindung %1: %2, wird geschlossen</translation>
    </message>
    <message>
        <source>TLS requested on a connection that cannot carry it; closing</source>
        <translation>TLS auf einer Verbindung angefordert, die es nicht tragen kann; wird geschlossen</translation>
    </message>
    <message>
        <source>Discarded %1 octets sent in plaintext after STARTTLS</source>
        <translation>%1 Oktette verworfen, die nach STARTTLS im Klartext gesendet wurden</translation>
    </message>
    <message>
        <source>Authenticated as %1</source>
        <translation>Authentifiziert als %1</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxInbox</name>
    <message>
        <source>(later lines of this conversation are not kept)</source>
        <translation>(spätere Zeilen dieses Gesprächs werden nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>No such message in the inbox.</source>
        <translation>Keine solche Nachricht im Posteingang.</translation>
    </message>
</context>
<context>
    <name>postscope::sandbox::SandboxServer</name>
    <message>
        <source>No TLS certificate: %1</source>
        <translation>Kein TLS-Zertifikat: %1</translation>
    </message>
    <message>
        <source>Cannot create the Maildir folder %1</source>
        <translation>Kann den Maildir-Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Implicit TLS needs a certificate</source>
        <translation>Implizites TLS braucht ein Zertifikat</translation>
    </message>
    <message>
        <source>Cannot listen on the socket %1: %2</source>
        <translation>Kann nicht auf dem Socket %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Removed again: the message could not be stored for every recipient</source>
        <translation>Wieder entfernt: die Nachricht konnte nicht für jeden Empfänger gespeichert werden</translation>
    </message>
    <message>
        <source>Misbehaviour (--misbehave) is allowed on loopback addresses only</source>
        <translation>Fehlverhalten (--misbehave) ist nur auf Loopback-Adressen erlaubt</translation>
    </message>
</context>
<context>
    <name>postscope::send</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no end of the header section in its first MiB</source>
        <translation>%1: kein Ende des Kopfbereichs im ersten MiB</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>“%1” is not a list of at most %2 texts</source>
        <translation>„%1“ ist keine Liste von höchstens %2 Texten</translation>
    </message>
    <message>
        <source>“%1” holds something that is not a text</source>
        <translation>„%1“ enthält etwas, das kein Text ist</translation>
    </message>
    <message>
        <source>More than %1 attachments or header fields</source>
        <translation>Mehr als %1 Anhänge oder Header-Felder</translation>
    </message>
    <message>
        <source>An attachment names no file</source>
        <translation>Ein Anhang nennt keine Datei</translation>
    </message>
    <message>
        <source>A header field is not a name and a value</source>
        <translation>Ein Header-Feld ist kein Name mit Wert</translation>
    </message>
</context>
<context>
    <name>postscope::send::LazyFileSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>postscope::send::MessageFolder</name>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>“%1” is not a name for a stored message</source>
        <translation>„%1“ ist kein Name für eine gespeicherte Nachricht</translation>
    </message>
    <message>
        <source>The message is too big to keep as a draft (%1 octets)</source>
        <translation>Die Nachricht ist zu groß, um sie als Entwurf aufzubewahren (%1 Oktette)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is bigger than %2 octets</source>
        <translation>%1 ist größer als %2 Oktette</translation>
    </message>
    <message>
        <source>%1 is not a stored message: %2</source>
        <translation>%1 ist keine gespeicherte Nachricht: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>postscope::send::SendJob</name>
    <message>
        <source>The lint found errors in the message; nothing was sent.</source>
        <translation>Die Prüfung hat Fehler in der Nachricht gefunden; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The session ended before every message was sent.</source>
        <translation>Die Sitzung endete, bevor jede Nachricht gesendet war.</translation>
    </message>
</context>
<context>
    <name>postscope::send::StoredMessage</name>
    <message>
        <source>An attached file is gone and no copy of the message was kept</source>
        <translation>Eine angehängte Datei ist nicht mehr da, und es wurde keine Kopie der Nachricht aufbewahrt</translation>
    </message>
    <message>
        <source>The kept copy of the message (%1) is gone</source>
        <translation>Die aufbewahrte Kopie der Nachricht (%1) ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>postscope::session</name>
    <message>
        <source>The client certificate file %1 cannot be read: %2</source>
        <translation>Die Client-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 1 MiB: not a certificate or key.</source>
        <translation>Die Datei %1 ist größer als 1 MiB: kein Zertifikat oder Schlüssel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 needs its passphrase (--key-passphrase-env, or the account&apos;s key passphrase in the keychain).</source>
        <translation>Die PKCS#12-Datei %1 braucht ihre Passphrase (--key-passphrase-env oder die Schlüssel-Passphrase des Kontos im Schlüsselbund).</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 could not be opened with the passphrase given (a wrong passphrase, or not PKCS#12).</source>
        <translation>Die PKCS#12-Datei %1 konnte mit der angegebenen Passphrase nicht geöffnet werden (falsche Passphrase oder kein PKCS#12).</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 holds no certificate.</source>
        <translation>Die PKCS#12-Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 holds no private key.</source>
        <translation>Die PKCS#12-Datei %1 enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>Ein Client-Schlüssel braucht sein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is PKCS#12 and holds its key: leave out the separate key file.</source>
        <translation>%1 ist PKCS#12 und enthält seinen Schlüssel: Lassen Sie die separate Schlüsseldatei weg.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no private key: name the key file (--client-key).</source>
        <translation>%1 enthält keinen privaten Schlüssel: Nennen Sie die Schlüsseldatei (--client-key).</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key.</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key %1 is encrypted and needs its passphrase (--key-passphrase-env, or the account&apos;s key passphrase in the keychain).</source>
        <translation>Der private Schlüssel %1 ist verschlüsselt und braucht seine Passphrase (--key-passphrase-env oder die Schlüssel-Passphrase des Kontos im Schlüsselbund).</translation>
    </message>
    <message>
        <source>The private key %1 did not decrypt with the passphrase given.</source>
        <translation>Der private Schlüssel %1 ließ sich mit der angegebenen Passphrase nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used (Qt takes RSA, EC, DSA and DH keys).</source>
        <translation>Der private Schlüssel %1 kann nicht verwendet werden (Qt nimmt RSA-, EC-, DSA- und DH-Schlüssel).</translation>
    </message>
    <message>
        <source>SASL %1</source>
        <translation>SASL %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>validity: %1</source>
        <translation>Gültigkeit: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>postscope::session::DeviceSource</name>
    <message>
        <source>the message could not be read</source>
        <translation>die Nachricht konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>postscope::session::SessionJob</name>
    <message>
        <source>Authentication failed: %1 %2</source>
        <translation>Authentifizierung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>No OAuth access token for the login.</source>
        <translation>Kein OAuth-Zugriffstoken für die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>postscope::session::SmtpSession</name>
    <message>
        <source>STARTTLS is required but not possible over a Unix-domain socket (use --security none)</source>
        <translation>STARTTLS ist verlangt, über einen Unix-Domain-Socket aber nicht möglich (--security none verwenden)</translation>
    </message>
    <message>
        <source>Unix-domain socket: no TLS (the connection does not leave this machine)</source>
        <translation>Unix-Domain-Socket: kein TLS (die Verbindung verlässt diesen Rechner nicht)</translation>
    </message>
    <message>
        <source>STARTTLS not offered; going on without TLS</source>
        <translation>STARTTLS nicht angeboten; weiter ohne TLS</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS nicht angeboten</translation>
    </message>
    <message>
        <source>STARTTLS refused (%1); going on without TLS</source>
        <translation>STARTTLS abgelehnt (%1); weiter ohne TLS</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>TLS is not available over a Unix-domain socket</source>
        <translation>TLS ist über einen Unix-Domain-Socket nicht verfügbar</translation>
    </message>
    <message>
        <source>plaintext injected after STARTTLS: %1 byte(s) followed the 220 reply</source>
        <translation>Klartext nach STARTTLS eingeschleust: %1 Byte(s) folgten der Antwort 220</translation>
    </message>
    <message>
        <source>TLS started: %1, %2, peer %3</source>
        <translation>TLS gestartet: %1, %2, Gegenstelle %3</translation>
    </message>
    <message>
        <source>Certificate NOT verified (%1); accepted only because its SHA-256 fingerprint matches the trusted one</source>
        <translation>Zertifikat NICHT geprüft (%1); nur angenommen, weil sein SHA-256-Fingerabdruck zum vertrauten passt</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>TLS certificate verification failed for %1: %2</source>
        <translation>TLS-Zertifikatsprüfung für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> (the certificate&apos;s SHA-256 fingerprint %1 is not the trusted one)</source>
        <translation> (der SHA-256-Fingerabdruck %1 des Zertifikats ist nicht der vertraute)</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: no address found</source>
        <translation>Keine Verbindung zu %1 möglich: keine Adresse gefunden</translation>
    </message>
    <message>
        <source>Could not connect to %1: it has no %2 address</source>
        <translation>Keine Verbindung zu %1 möglich: es hat keine %2-Adresse</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; trying the first %3</source>
        <translation>%1 hat %2 Adressen; die ersten %3 werden versucht</translation>
    </message>
    <message>
        <source>Could not use the source address %1: %2</source>
        <translation>Die Quelladresse %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: every address failed (%2)</source>
        <translation>Keine Verbindung zu %1 möglich: jede Adresse ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Verbinden mit %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) from %3</source>
        <translation>Verbunden mit %1 (%2) von %3</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s looking up %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Nachschlagen von %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Timed out after %1 s in the TLS handshake with %2</source>
        <translation>Zeitüberschreitung nach %1 s im TLS-Handshake mit %2</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf %2</translation>
    </message>
    <message>
        <source>Timed out sending the message data: the server took none of it for %1 s (%2 octets taken so far)</source>
        <translation>Zeitüberschreitung beim Senden der Nachrichtendaten: Der Server hat %1 s lang nichts davon angenommen (bisher %2 Oktette angenommen)</translation>
    </message>
    <message>
        <source>Timed out after %1 s sending the message data: the server took only %2 octets, slower than the least rate allowed (%3 octets/s beyond the %4 s timeout)</source>
        <translation>Zeitüberschreitung nach %1 s beim Senden der Nachrichtendaten: Der Server hat nur %2 Oktette angenommen, langsamer als die geringste erlaubte Rate (%3 Oktette/s über die Zeitgrenze von %4 s hinaus)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The connection was closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source> (the certificate&apos;s SHA-256 fingerprint %1 is not the trusted one; the certificate changed since it was trusted: %2)</source>
        <translation> (der SHA-256-Fingerabdruck %1 des Zertifikats ist nicht der vertrauenswürdige; das Zertifikat hat sich geändert, seit ihm vertraut wurde: %2)</translation>
    </message>
    <message>
        <source> (no TLS version in common: this connection allows %1)</source>
        <translation> (keine gemeinsame TLS-Version: Diese Verbindung erlaubt %1)</translation>
    </message>
    <message>
        <source> (this connection allows %1; a server that does not offer it ends the handshake like this)</source>
        <translation> (diese Verbindung erlaubt %1; ein Server, der das nicht anbietet, beendet den Handshake so)</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake, before its first reply over TLS: it probably requires a client certificate, and none was sent (--client-cert).</source>
        <translation>Der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen, vor seiner ersten Antwort über TLS: Vermutlich verlangt er ein Client-Zertifikat, und es wurde keines gesendet (--client-cert).</translation>
    </message>
    <message>
        <source>The server closed the connection right after the TLS handshake, before its first reply over TLS: it probably did not accept the client certificate sent (%1).</source>
        <translation>Der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen, vor seiner ersten Antwort über TLS: Vermutlich hat er das gesendete Client-Zertifikat nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>only TLS %1</source>
        <translation>nur TLS %1</translation>
    </message>
    <message>
        <source>TLS %1 or later (--tls-min)</source>
        <translation>TLS %1 oder neuer (--tls-min)</translation>
    </message>
    <message>
        <source>the message data</source>
        <translation>die Nachrichtendaten</translation>
    </message>
    <message>
        <source>Stopped in step mode: %1 was not sent</source>
        <translation>Im Schrittmodus angehalten: %1 wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Stopped in step mode before %1 was sent.</source>
        <translation>Im Schrittmodus angehalten, bevor %1 gesendet wurde.</translation>
    </message>
    <message>
        <source>The server is reading message data: QUIT would become part of the message, so the connection is closed without the end of data, and nothing is delivered (RFC 5321 4.1.1.4)</source>
        <translation>Der Server liest Nachrichtendaten: QUIT würde Teil der Nachricht, daher wird die Verbindung ohne Datenende geschlossen, und nichts wird zugestellt (RFC 5321 4.1.1.4)</translation>
    </message>
</context>
<context>
    <name>postscope::session::TlsReport</name>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>NOT verified, trusted by its exact SHA-256 fingerprint</source>
        <translation>NICHT verifiziert, vertraut über den exakten SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>verification FAILED</source>
        <translation>Verifizierung FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>no certificate seen</source>
        <translation>kein Zertifikat gesehen</translation>
    </message>
    <message>
        <source>certificate for %1: %2</source>
        <translation>Zertifikat für %1: %2</translation>
    </message>
    <message>
        <source> [certificate %1]</source>
        <translation> [Zertifikat %1]</translation>
    </message>
    <message>
        <source>error %1: %2%3</source>
        <translation>Fehler %1: %2%3</translation>
    </message>
    <message>
        <source>changed since trusted: %1</source>
        <translation>geändert, seit vertraut: %1</translation>
    </message>
    <message>
        <source>[%1] subject: %2</source>
        <translation>[%1] Inhaber: %2</translation>
    </message>
    <message>
        <source>names:   %1</source>
        <translation>Namen:   %1</translation>
    </message>
    <message>
        <source>issuer:  %1%2</source>
        <translation>Aussteller: %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source> (EXPIRED)</source>
        <translation> (ABGELAUFEN)</translation>
    </message>
    <message>
        <source> (NOT YET VALID)</source>
        <translation> (NOCH NICHT GÜLTIG)</translation>
    </message>
    <message>
        <source>valid:   %1</source>
        <translation>gültig:  %1</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>, signed with %1</source>
        <translation>, signiert mit %1</translation>
    </message>
    <message>
        <source>key:     %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>sha256:  %1</source>
        <translation>sha256:  %1</translation>
    </message>
</context>
<context>
    <name>postscope::transcript</name>
    <message>
        <source>smtplib has no AUTH %1: the script logs in with the best mechanism smtplib knows</source>
        <translation>smtplib hat kein AUTH %1: Das Skript meldet sich mit dem besten Mechanismus an, den smtplib kennt</translation>
    </message>
    <message>
        <source>a line with a secret cannot be repeated: %1</source>
        <translation>eine Zeile mit einem Geheimnis kann nicht wiederholt werden: %1</translation>
    </message>
    <message>
        <source>not repeated (the format sends mail only): %1</source>
        <translation>nicht wiederholt (das Format sendet nur Mail): %1</translation>
    </message>
    <message>
        <source>a transaction without message data is not repeated: %1</source>
        <translation>eine Transaktion ohne Nachrichtendaten wird nicht wiederholt: %1</translation>
    </message>
    <message>
        <source>the message does not end with a line break: the command adds one</source>
        <translation>die Nachricht endet nicht mit einem Zeilenumbruch: Der Befehl fügt einen hinzu</translation>
    </message>
    <message>
        <source>recipients had different RCPT parameters: every recipient gets the first one&apos;s</source>
        <translation>Empfänger hatten unterschiedliche RCPT-Parameter: Jeder Empfänger bekommt die des ersten</translation>
    </message>
    <message>
        <source>swaks cannot send MAIL parameters: %1</source>
        <translation>swaks kann keine MAIL-Parameter senden: %1</translation>
    </message>
    <message>
        <source>the message holds text swaks replaces (%TOKEN% or \n): what swaks sends will differ</source>
        <translation>die Nachricht enthält Text, den swaks ersetzt (%TOKEN% oder \n): Was swaks sendet, wird abweichen</translation>
    </message>
    <message>
        <source>the transcript holds no message that was sent, nothing to export</source>
        <translation>das Protokoll enthält keine gesendete Nachricht, nichts zu exportieren</translation>
    </message>
    <message>
        <source>the transcript holds no conversation</source>
        <translation>das Protokoll enthält kein Gespräch</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;base64&quot; is not base64</source>
        <translation>„base64“ ist kein Base64</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be client, server or note</source>
        <translation>„direction“ muss client, server oder note sein</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: not a transcript line (C:, S:, ** or #, after an optional HH:mm:ss.zzz time)</source>
        <translation>Zeile %1: keine Protokollzeile (C:, S:, ** oder #, nach einer optionalen Zeit HH:mm:ss.zzz)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is bigger than %2 MiB: not read</source>
        <translation>%1 ist größer als %2 MiB: nicht gelesen</translation>
    </message>
</context>
<context>
    <name>postscope::transcript::ConversationBuilder</name>
    <message>
        <source>Message data with no DATA or BDAT before it</source>
        <translation>Nachrichtendaten ohne vorangehendes DATA oder BDAT</translation>
    </message>
    <message>
        <source>The message data never ended</source>
        <translation>Die Nachrichtendaten endeten nie</translation>
    </message>
    <message>
        <source>A BDAT chunk is shorter than its size</source>
        <translation>Ein BDAT-Block ist kürzer als seine Größe</translation>
    </message>
</context>
<context>
    <name>postscope::transcript::Transcript</name>
    <message>
        <source>TLS started: %1, %2, peer %3</source>
        <translation>TLS gestartet: %1, %2, Gegenstelle %3</translation>
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
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate Account “%1”</source>
        <translation>Konto „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Identities</source>
        <translation>&amp;Identitäten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test Connection lists here what the server offers.</source>
        <translation>„Verbindung testen“ listet hier auf, was der Server anbietet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>work, Postfix test, …</source>
        <translation>Arbeit, Postfix-Test, …</translation>
    </message>
    <message>
        <source>The account&apos;s name: unique, and how the command line names it (postscope-cli --account NAME)</source>
        <translation>Der Name des Kontos: eindeutig, und so nennt es die Kommandozeile (postscope-cli --account NAME)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>STARTTLS, required (submission, port 587)</source>
        <translation>STARTTLS, erforderlich (Submission, Port 587)</translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465)</source>
        <translation>TLS ab dem ersten Byte (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS when the server offers it</source>
        <translation>STARTTLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>None: plain text (port 25)</source>
        <translation>Keine: Klartext (Port 25)</translation>
    </message>
    <message>
        <source>RFC 3207 (STARTTLS) and RFC 8314 (TLS from the first byte). A required TLS setting fails closed when the server cannot do it.</source>
        <translation>RFC 3207 (STARTTLS) und RFC 8314 (TLS ab dem ersten Byte). Eine erforderliche TLS-Einstellung bricht sicher ab, wenn der Server sie nicht beherrscht.</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Filled in for the security and protocol chosen until you change it</source>
        <translation>Passend zur gewählten Sicherheit und zum Protokoll ausgefüllt, bis Sie ihn ändern</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>LMTP (local delivery, RFC 2033)</source>
        <translation>LMTP (lokale Zustellung, RFC 2033)</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>Protok&amp;oll:</translation>
    </message>
    <message>
        <source>Automatic: the strongest the server offers</source>
        <translation>Automatisch: das stärkste, das der Server anbietet</translation>
    </message>
    <message>
        <source>The SASL mechanism for AUTH (RFC 4954)</source>
        <translation>Der SASL-Mechanismus für AUTH (RFC 4954)</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>Empty: no login</source>
        <translation>Leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Without TLS these mechanisms send the password readable by anyone on the path (RFC 4954 4). Only for test servers on your own network.</source>
        <translation>Ohne TLS senden diese Mechanismen das Passwort für jeden auf dem Weg lesbar (RFC 4954 4). Nur für Testserver im eigenen Netz.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Default From</source>
        <translation>Standard-Absender</translation>
    </message>
    <message>
        <source>Who this account sends as (RFC 5322 From): a name and an address; the default one is used unless you choose another</source>
        <translation>Als wer dieses Konto sendet (RFC 5322 From): ein Name und eine Adresse; die Standardidentität gilt, wenn Sie keine andere wählen</translation>
    </message>
    <message>
        <source>A&amp;dd Identity</source>
        <translation>Identität &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Identity</source>
        <translation>Identität ent&amp;fernen</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s name</source>
        <translation>Leer: der Name dieses Computers</translation>
    </message>
    <message>
        <source>The name the client gives in EHLO (RFC 5321 4.1.1.1)</source>
        <translation>Der Name, den der Client in EHLO nennt (RFC 5321 4.1.1.1)</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>E&amp;HLO-Name:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for each reply</source>
        <translation>Wie lange auf jede Antwort gewartet wird</translation>
    </message>
    <message>
        <source>&amp;Reply timeout:</source>
        <translation>Antwort-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>How long to wait for the connection and the TLS handshake</source>
        <translation>Wie lange auf die Verbindung und den TLS-Handshake gewartet wird</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Extra trust anchors (PEM), like --ca-file</source>
        <translation>Zusätzliche Vertrauensanker (PEM), wie --ca-file</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Eine CA-Datei wählen</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>/run/dovecot/lmtp</source>
        <translation>/run/dovecot/lmtp</translation>
    </message>
    <message>
        <source>A Unix-domain socket instead of host and port (LMTP&apos;s usual home); it carries no TLS</source>
        <translation>Ein Unix-Domain-Socket statt Host und Port (wo LMTP meist zu Hause ist); er trägt kein TLS</translation>
    </message>
    <message>
        <source>Empty: any</source>
        <translation>Leer: beliebig</translation>
    </message>
    <message>
        <source>The local address to connect from, on a computer with several</source>
        <translation>Die lokale Adresse, von der aus verbunden wird, auf einem Computer mit mehreren</translation>
    </message>
    <message>
        <source>Source a&amp;ddress:</source>
        <translation>&amp;Quelladresse:</translation>
    </message>
    <message>
        <source>IPv4 or IPv6</source>
        <translation>IPv4 oder IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>Address &amp;family:</source>
        <translation>Adress&amp;familie:</translation>
    </message>
    <message>
        <source>Empty: none</source>
        <translation>Leer: keines</translation>
    </message>
    <message>
        <source>A TLS client certificate (PEM); its key&apos;s passphrase is kept in the keychain</source>
        <translation>Ein TLS-Client-Zertifikat (PEM); die Passphrase seines Schlüssels liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>Empty: in the certificate file</source>
        <translation>Leer: in der Zertifikatsdatei</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (Kopie %1)</translation>
    </message>
    <message>
        <source>An account named “%1” exists already.</source>
        <translation>Ein Konto namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file. Leave it empty to keep the stored one.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems, nie in der Einstellungsdatei. Leer lassen, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Asked for each time</source>
        <translation>Wird jedes Mal erfragt</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”. No keychain is available: Postscope will ask for the password each time.</source>
        <translation>„%1“ gespeichert. Kein Schlüsselbund verfügbar: Postscope fragt jedes Mal nach dem Passwort.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <source>The account was saved, but the system keychain did not take its secrets: %1 Try again with Save, or Cancel to keep the account without them.</source>
        <translation>Das Konto wurde gespeichert, aber der Schlüsselbund des Systems hat seine Geheimnisse nicht angenommen: %1 Versuchen Sie es mit „Speichern“ erneut, oder behalten Sie das Konto mit „Abbrechen“ ohne sie.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Allow a plaintext login (PLAIN, LOGIN) without TLS</source>
        <translation>Klartext-Anmeldung (PLAIN, LOGIN) ohne TLS &amp;zulassen</translation>
    </message>
    <message>
        <source>Unix soc&amp;ket:</source>
        <translation>Unix-Soc&amp;ket:</translation>
    </message>
    <message>
        <source>Clie&amp;nt certificate:</source>
        <translation>C&amp;lient-Zertifikat:</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>Client-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>The usual ports: 587 for submission with STARTTLS (RFC 6409), 465 for submission over TLS (RFC 8314), 25 between mail servers (RFC 5321), 24 for LMTP.</source>
        <translation>Die üblichen Ports: 587 für Submission mit STARTTLS (RFC 6409), 465 für Submission über TLS (RFC 8314), 25 zwischen Mailservern (RFC 5321), 24 für LMTP.</translation>
    </message>
    <message>
        <source>No system keychain is available, and Postscope never writes a password anywhere else: it will ask for the password each time it connects.</source>
        <translation>Kein Schlüsselbund des Systems ist verfügbar, und Postscope schreibt ein Passwort nirgendwo anders hin: Es fragt bei jeder Verbindung nach dem Passwort.</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation>&amp;Test anhalten</translation>
    </message>
    <message>
        <source>Close the test connection now</source>
        <translation>Die Testverbindung jetzt schließen</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Zertifikat…</translation>
    </message>
    <message>
        <source>The certificate chain the server showed in the last test, and this account&apos;s trust exceptions</source>
        <translation>Die Zertifikatskette, die der Server beim letzten Test gezeigt hat, und die Vertrauensausnahmen dieses Kontos</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Connect to the server now and list what it offers, before the account is saved (no login, no mail)</source>
        <translation>Jetzt mit dem Server verbinden und auflisten, was er anbietet, bevor das Konto gespeichert wird (keine Anmeldung, keine Mail)</translation>
    </message>
    <message>
        <source>Testing is not available here</source>
        <translation>Testen ist hier nicht verfügbar</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Test nicht möglich: %1</translation>
    </message>
    <message>
        <source>Timings: %1</source>
        <translation>Zeiten: %1</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test angehalten.</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected with %1 (%2).</source>
        <translation>Verbunden mit %1 (%2).</translation>
    </message>
    <message>
        <source>Connected without TLS.</source>
        <translation>Verbunden ohne TLS.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>This account now trusts the certificate %1 for %2. Test again to see it accepted; it is kept when you save.</source>
        <translation>Dieses Konto vertraut nun dem Zertifikat %1 für %2. Testen Sie erneut, um es akzeptiert zu sehen; es wird beim Speichern übernommen.</translation>
    </message>
    <message>
        <source>%1 logs in with an OAuth access token: choose the OAuth provider that issues it (Login tab).</source>
        <translation>%1 meldet sich mit einem OAuth-Zugriffstoken an: Wählen Sie den OAuth-Anbieter, der es ausstellt (Reiter „Anmeldung“).</translation>
    </message>
    <message>
        <source>The tokens are kept in the system keychain when you save, never in the settings file.</source>
        <translation>Die Tokens werden beim Speichern im Schlüsselbund des Systems aufbewahrt, niemals in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No system keychain is available: the tokens of a sign-in are held in memory for this session only, never written anywhere; sign in again after Postscope restarts.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Die Tokens einer Anmeldung werden nur für diese Sitzung im Speicher gehalten und nirgends geschrieben; melden Sie sich nach einem Neustart von Postscope erneut an.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
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
        <translation>Eigene Endpunkte</translation>
    </message>
    <message>
        <source>Who issues the access tokens for XOAUTH2 and OAUTHBEARER (RFC 7628)</source>
        <translation>Wer die Zugriffstokens für XOAUTH2 und OAUTHBEARER (RFC 7628) ausstellt</translation>
    </message>
    <message>
        <source>&amp;OAuth provider:</source>
        <translation>&amp;OAuth-Anbieter:</translation>
    </message>
    <message>
        <source>OAuth 2.0 sign-in</source>
        <translation>OAuth-2.0-Anmeldung</translation>
    </message>
    <message>
        <source>From your registration with the provider</source>
        <translation>Aus Ihrer Registrierung beim Anbieter</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Space-separated scopes (RFC 6749 3.3); empty: the provider&apos;s mail scope</source>
        <translation>Durch Leerzeichen getrennte Scopes (RFC 6749 3.3); leer: der Mail-Scope des Anbieters</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>https://login.example.com/authorize</source>
        <translation>https://login.example.com/authorize</translation>
    </message>
    <message>
        <source>The authorization endpoint (RFC 6749 3.1): https, or http on this computer only</source>
        <translation>Der Autorisierungs-Endpunkt (RFC 6749 3.1): https, oder http nur auf diesem Rechner</translation>
    </message>
    <message>
        <source>Authori&amp;zation endpoint:</source>
        <translation>Auto&amp;risierungs-Endpunkt:</translation>
    </message>
    <message>
        <source>https://login.example.com/token</source>
        <translation>https://login.example.com/token</translation>
    </message>
    <message>
        <source>The token endpoint (RFC 6749 3.2): https, or http on this computer only</source>
        <translation>Der Token-Endpunkt (RFC 6749 3.2): https, oder http nur auf diesem Rechner</translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation>To&amp;ken-Endpunkt:</translation>
    </message>
    <message>
        <source>Si&amp;gn In…</source>
        <translation>Anme&amp;lden…</translation>
    </message>
    <message>
        <source>Sign in at the provider in your browser; Postscope receives the tokens on this computer (127.0.0.1)</source>
        <translation>Melden Sie sich in Ihrem Browser beim Anbieter an; Postscope empfängt die Tokens auf diesem Rechner (127.0.0.1)</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sig&amp;n Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Remove this account&apos;s tokens from the keychain</source>
        <translation>Die Tokens dieses Kontos aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>If no browser opened, open this address in a browser on this computer:</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse in einem Browser auf diesem Rechner:</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Autorisierungsadresse</translation>
    </message>
    <message>
        <source>Where the tokens are kept</source>
        <translation>Wo die Tokens aufbewahrt werden</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Warte auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below. Waiting for the sign-in…</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie die Adresse unten. Warte auf die Anmeldung…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The tokens are kept with the account when you save it.</source>
        <translation>Die Tokens werden beim Speichern mit dem Konto aufbewahrt.</translation>
    </message>
    <message>
        <source>Removing the tokens from the keychain…</source>
        <translation>Die Tokens werden aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>The tokens could not be removed from the keychain: %1</source>
        <translation>Die Tokens konnten nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The account was saved, but its OAuth tokens were not kept: %1 Try again with Save.</source>
        <translation>Das Konto wurde gespeichert, seine OAuth-Tokens wurden aber nicht aufbewahrt: %1 Versuchen Sie es mit „Speichern“ erneut.</translation>
    </message>
    <message>
        <source>Saved “%1”; its OAuth tokens are in the system keychain.</source>
        <translation>„%1“ gespeichert; seine OAuth-Tokens liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved “%1”. No keychain is available: its OAuth tokens are held in memory until Postscope quits.</source>
        <translation>„%1“ gespeichert. Kein Schlüsselbund verfügbar: Seine OAuth-Tokens werden im Speicher gehalten, bis Postscope beendet wird.</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>Sic&amp;herheit</translation>
    </message>
    <message>
        <source>Empty: keep the stored one, or none</source>
        <translation>Leer: die gespeicherte behalten, oder keine</translation>
    </message>
    <message>
        <source>The client key&apos;s passphrase; saved to the system keychain, never to the settings</source>
        <translation>Die Passphrase des Client-Schlüssels; sie wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Key passp&amp;hrase:</source>
        <translation>Passp&amp;hrase des Schlüssels:</translation>
    </message>
    <message>
        <source>Saved “%1”; its secrets are in the system keychain.</source>
        <translation>„%1“ gespeichert; seine Geheimnisse liegen im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AccountListModel</name>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
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
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>built-in test server, not running</source>
        <translation>eingebauter Testserver, läuft nicht</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The built-in test server on this computer: mail sent to it stays here.</source>
        <translation>Der eingebaute Testserver auf diesem Computer: An ihn gesendete Mails bleiben hier.</translation>
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
        <translation>%1 Melden Sie sich über „Konto bearbeiten“ an (Reiter „Anmeldung“).</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AddressProbeView</name>
    <message>
        <source>Address probe</source>
        <translation>Adressprüfung</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>One address per line: type, paste, or load a file</source>
        <translation>Eine Adresse pro Zeile: tippen, einfügen oder aus einer Datei laden</translation>
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
        <translation>RCPT TO, nie DATA (wenn VRFY aus ist)</translation>
    </message>
    <message>
        <source>VRFY and EXPN ask the server; the RCPT method starts a transaction, names each address and resets it: nothing is sent</source>
        <translation>VRFY und EXPN fragen den Server; die RCPT-Methode beginnt eine Transaktion, nennt jede Adresse und setzt sie zurück: Nichts wird gesendet</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>empty: the null sender &lt;&gt;</source>
        <translation>leer: der Null-Absender &lt;&gt;</translation>
    </message>
    <message>
        <source>The MAIL FROM of the RCPT method (RFC 5321 4.1.1.2)</source>
        <translation>Das MAIL FROM der RCPT-Methode (RFC 5321 4.1.1.2)</translation>
    </message>
    <message>
        <source>MAIL &amp;FROM:</source>
        <translation>MAIL &amp;FROM:</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Read addresses from a text file, one per line</source>
        <translation>Adressen aus einer Textdatei lesen, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the selected account&apos;s server about each address (Ctrl+R)</source>
        <translation>Den Server des ausgewählten Kontos zu jeder Adresse befragen (Strg+R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Close the connection now; the unanswered rows say so</source>
        <translation>Die Verbindung jetzt schließen; die unbeantworteten Zeilen sagen es</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the table as CSV (RFC 4180)</source>
        <translation>Die Tabelle als CSV schreiben (RFC 4180)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Checks go to %1&apos;s server.</source>
        <translation>Prüfungen gehen an den Server von %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: too long for one command line (RFC 5321 4.5.3.1.4)</source>
        <translation>%1, Zeile %2: zu lang für eine Befehlszeile (RFC 5321 4.5.3.1.4)</translation>
    </message>
    <message>
        <source>%1: more than %2 addresses; postscope-cli verify takes longer lists</source>
        <translation>%1: mehr als %2 Adressen; postscope-cli verify nimmt längere Listen</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) loaded from %1.</source>
        <translation>
            <numerusform>%n Adresse aus %1 geladen.</numerusform>
            <numerusform>%n Adressen aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Type or load at least one address.</source>
        <translation>Tippen oder laden Sie mindestens eine Adresse.</translation>
    </message>
    <message>
        <source>More than %1 addresses; postscope-cli verify takes longer lists.</source>
        <translation>Mehr als %1 Adressen; postscope-cli verify nimmt längere Listen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>MAIL FROM: %1</source>
        <translation>MAIL FROM: %1</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 answered.</source>
        <translation>Angehalten: %1 von %2 beantwortet.</translation>
    </message>
    <message>
        <source>The check stopped early: %1</source>
        <translation>Die Prüfung endete vorzeitig: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered%3.</source>
        <translation>%1 von %2 beantwortet%3.</translation>
    </message>
    <message>
        <source>, pipelined</source>
        <translation>, mit Pipelining</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n address(es) on %1…</source>
        <translation>
            <numerusform>Prüfe %n Adresse auf %1…</numerusform>
            <numerusform>Prüfe %n Adressen auf %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Addresses</source>
        <translation>Adressen laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::AddressResultModel</name>
    <message>
        <source>Exists</source>
        <translation>Existiert</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>Erweiterter Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Server text</source>
        <translation>Servertext</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>postscope::ui::CapabilitiesView</name>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>The extensions the server announced in its reply to EHLO</source>
        <translation>Die Erweiterungen, die der Server in seiner Antwort auf EHLO angekündigt hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remarks on the capabilities</source>
        <translation>Hinweise zu den Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>keine feste Grenze</translation>
    </message>
    <message numerus="yes">
        <source>%n octets</source>
        <translation>
            <numerusform>%n Oktett</numerusform>
            <numerusform>%n Oktette</numerusform>
        </translation>
    </message>
    <message>
        <source>RFC 1870 4: 0 means no fixed maximum message size</source>
        <translation>RFC 1870 4: 0 bedeutet keine feste Höchstgröße für Nachrichten</translation>
    </message>
    <message>
        <source>The largest message accepted: %1 octets (RFC 1870 4)</source>
        <translation>Die größte angenommene Nachricht: %1 Oktette (RFC 1870 4)</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Vor TLS</translation>
    </message>
    <message>
        <source>Without TLS</source>
        <translation>Ohne TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Nach TLS</translation>
    </message>
    <message>
        <source>Over TLS</source>
        <translation>Über TLS</translation>
    </message>
    <message>
        <source>Change with TLS</source>
        <translation>Änderung mit TLS</translation>
    </message>
    <message>
        <source>Nothing yet: connect (Ctrl+K) or send a message to see what the server offers.</source>
        <translation>Noch nichts: Verbinden Sie sich (Strg+K) oder senden Sie eine Nachricht, um zu sehen, was der Server anbietet.</translation>
    </message>
    <message>
        <source>The first line of the EHLO reply: the server&apos;s name and greeting, as it sent them</source>
        <translation>Die erste Zeile der EHLO-Antwort: Name und Begrüßung des Servers, wie er sie gesendet hat</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>before TLS</source>
        <translation>vor TLS</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>ohne TLS</translation>
    </message>
    <message>
        <source>only after TLS</source>
        <translation>nur nach TLS</translation>
    </message>
    <message>
        <source>only before TLS</source>
        <translation>nur vor TLS</translation>
    </message>
    <message>
        <source>parameters changed</source>
        <translation>Parameter geändert</translation>
    </message>
    <message>
        <source>AUTH offered %1: a login here sends the user name, and with PLAIN or LOGIN the password, unencrypted (RFC 4954 4).</source>
        <translation>AUTH %1 angeboten: Eine Anmeldung hier sendet den Benutzernamen und mit PLAIN oder LOGIN das Passwort unverschlüsselt (RFC 4954 4).</translation>
    </message>
    <message>
        <source>%1 sends the password itself; offered %2, anyone on the path could read it (RFC 4954 4).</source>
        <translation>%1 sendet das Passwort selbst; %2 angeboten, könnte es jeder auf dem Weg lesen (RFC 4954 4).</translation>
    </message>
    <message>
        <source>The server offers AUTH (%1) before TLS.</source>
        <translation>Der Server bietet AUTH (%1) vor TLS an.</translation>
    </message>
    <message>
        <source>The server offers AUTH (%1) on a connection without TLS.</source>
        <translation>Der Server bietet AUTH (%1) auf einer Verbindung ohne TLS an.</translation>
    </message>
    <message>
        <source>A client that logs in there sends its user name, and with PLAIN or LOGIN its password, readable by anyone on the path. RFC 4954 4 asks servers not to offer plaintext mechanisms without TLS.</source>
        <translation>Ein Client, der sich dort anmeldet, sendet seinen Benutzernamen und mit PLAIN oder LOGIN sein Passwort für jeden auf dem Weg lesbar. RFC 4954 4 verlangt von Servern, Klartext-Mechanismen nicht ohne TLS anzubieten.</translation>
    </message>
    <message>
        <source>The server calls itself “%1” before TLS, “%2” after TLS.</source>
        <translation>Der Server nennt sich vor TLS „%1“, nach TLS „%2“.</translation>
    </message>
    <message>
        <source>The server calls itself “%1”.</source>
        <translation>Der Server nennt sich „%1“.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::CertificateView</name>
    <message>
        <source>(no subject name)</source>
        <translation>(kein Inhabername)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>The chain the server sent: the issuer above, the server&apos;s own certificate at the bottom</source>
        <translation>Die Kette, die der Server gesendet hat: der Aussteller oben, das eigene Zertifikat des Servers unten</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verifizierungsergebnis</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate for This Host</source>
        <translation>Diesem Zertifikat für diesen Host &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust exceptions</source>
        <translation>Vertrauensausnahmen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Certificates this account accepts although they do not verify: exactly these, for exactly these hosts</source>
        <translation>Zertifikate, die dieses Konto akzeptiert, obwohl sie sich nicht verifizieren lassen: genau diese, für genau diese Hosts</translation>
    </message>
    <message>
        <source>Re&amp;move Exception</source>
        <translation>Ausnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Dem ausgewählten Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Trust exceptions of this account:</source>
        <translation>Vertrauensausnahmen dieses Kontos:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bits</source>
        <translation>
            <numerusform>%1, %n Bit</numerusform>
            <numerusform>%1, %n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate yet: test the connection or probe the server.</source>
        <translation>Noch kein Zertifikat: Testen Sie die Verbindung oder prüfen Sie den Server.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate chain %1 presented (%n certificate(s)).</source>
        <translation>
            <numerusform>Die Zertifikatskette, die %1 vorgelegt hat (%n Zertifikat).</numerusform>
            <numerusform>Die Zertifikatskette, die %1 vorgelegt hat (%n Zertifikate).</numerusform>
        </translation>
    </message>
    <message>
        <source>Server certificate: %1</source>
        <translation>Serverzertifikat: %1</translation>
    </message>
    <message>
        <source>Issuer certificate: %1</source>
        <translation>Ausstellerzertifikat: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified:&lt;/b&gt; the chain leads to a trusted authority and names %1.</source>
        <translation>&lt;b&gt;Verifiziert:&lt;/b&gt; Die Kette führt zu einer vertrauenswürdigen Zertifizierungsstelle und nennt %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt;, accepted only because this account trusts exactly this certificate (its SHA-256 fingerprint):</source>
        <translation>&lt;b&gt;Nicht verifiziert&lt;/b&gt;, nur akzeptiert, weil dieses Konto genau diesem Zertifikat (seinem SHA-256-Fingerabdruck) vertraut:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verification failed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verifizierung fehlgeschlagen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (certificate “%1”)</source>
        <translation> (Zertifikat „%1“)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund genannt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with SHA-256 %1 for %2 from now on, although it does not verify. Any other certificate for this host is still checked.</source>
        <translation>Ab jetzt genau das Zertifikat mit SHA-256 %1 für %2 akzeptieren, obwohl es sich nicht verifizieren lässt. Jedes andere Zertifikat für diesen Host wird weiterhin geprüft.</translation>
    </message>
    <message>
        <source>Nothing to trust: no failed certificate, or it is trusted already</source>
        <translation>Nichts zu vertrauen: kein fehlgeschlagenes Zertifikat, oder ihm wird bereits vertraut</translation>
    </message>
    <message>
        <source>Trusted in the certificate view: %1</source>
        <translation>In der Zertifikatsansicht vertraut: %1</translation>
    </message>
    <message>
        <source>TLS connection</source>
        <translation>TLS-Verbindung</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2, server name (SNI) %3</source>
        <translation>TLS: %1, Cipher %2, Servername (SNI) %3</translation>
    </message>
    <message>
        <source>TLS: the handshake did not complete; server name (SNI) %1</source>
        <translation>TLS: Der Handshake wurde nicht abgeschlossen; Servername (SNI) %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not the certificate this account trusts;&lt;/b&gt; what changed:</source>
        <translation>&lt;b&gt;Nicht das Zertifikat, dem dieses Konto vertraut;&lt;/b&gt; was sich geändert hat:</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>jetzt gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
</context>
<context>
    <name>postscope::ui::CompareDialog</name>
    <message>
        <source>Compare Transcripts</source>
        <translation>Protokolle vergleichen</translation>
    </message>
    <message>
        <source>First transcript</source>
        <translation>Erstes Protokoll</translation>
    </message>
    <message>
        <source>Second transcript</source>
        <translation>Zweites Protokoll</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.log *.jsonl *.json);;All files (*)</source>
        <translation>Protokolle (*.txt *.log *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Erstes:</translation>
    </message>
    <message>
        <source>&amp;Second:</source>
        <translation>&amp;Zweites:</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>The transcripts are the same, apart from what changes from run to run.</source>
        <translation>Die Protokolle sind gleich, abgesehen von dem, was sich von Lauf zu Lauf ändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n rows are shown.</source>
        <translation>
            <numerusform>Nur die erste Zeile wird gezeigt.</numerusform>
            <numerusform>Nur die ersten %n Zeilen werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two transcripts side by side</source>
        <translation>Die beiden Protokolle nebeneinander</translation>
    </message>
</context>
<context>
    <name>postscope::ui::ComposerWidget</name>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Send progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the send; the message stays here as a draft</source>
        <translation>Das Senden abbrechen; die Nachricht bleibt hier als Entwurf</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Who the message is from: one of the account&apos;s identities, or any mailbox you type</source>
        <translation>Von wem die Nachricht ist: eine der Identitäten des Kontos oder ein beliebiges Postfach, das Sie eingeben</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>name@example.test, Other &lt;other@example.test&gt;</source>
        <translation>name@example.test, Andere &lt;other@example.test&gt;</translation>
    </message>
    <message>
        <source>Blind copies: in the envelope (RCPT TO) only, never in a header field</source>
        <translation>Blindkopien: nur im Umschlag (RCPT TO), nie in einem Header-Feld</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>The text/plain body</source>
        <translation>Der text/plain-Text</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML-Quelltext</translation>
    </message>
    <message>
        <source>&lt;p&gt;An HTML body, sent next to the plain text (multipart/alternative). Inline images: &lt;img src=&quot;cid:NAME&quot;&gt;</source>
        <translation>&lt;p&gt;Ein HTML-Text, gesendet neben dem Klartext (multipart/alternative). Eingebettete Bilder: &lt;img src=&quot;cid:NAME&quot;&gt;</translation>
    </message>
    <message>
        <source>HTML preview</source>
        <translation>HTML-Vorschau</translation>
    </message>
    <message>
        <source>How the HTML body looks. Remote images and style sheets are never loaded; only the message&apos;s own inline images show.</source>
        <translation>Wie der HTML-Text aussieht. Entfernte Bilder und Stylesheets werden nie geladen; nur die eigenen eingebetteten Bilder der Nachricht werden angezeigt.</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Extra header fields</source>
        <translation>Zusätzliche Header-Felder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header fields added to the message as written (RFC 5322 2.2); a line break in a value is refused (header injection)</source>
        <translation>Header-Felder, die der Nachricht wie geschrieben hinzugefügt werden (RFC 5322 2.2); ein Zeilenumbruch in einem Wert wird abgelehnt (Header-Injection)</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove Fi&amp;eld</source>
        <translation>F&amp;eld entfernen</translation>
    </message>
    <message>
        <source>Header F&amp;ields</source>
        <translation>Header-Fel&amp;der</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Eingebettet</translation>
    </message>
    <message>
        <source>Files sent with the message; drop files here or on the composer</source>
        <translation>Dateien, die mit der Nachricht gesendet werden; Dateien hier oder auf dem Editor ablegen</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Anh&amp;ängen…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>Dateien zur Nachricht hinzufügen</translation>
    </message>
    <message>
        <source>Inline &amp;Image…</source>
        <translation>Eingebettetes B&amp;ild…</translation>
    </message>
    <message>
        <source>Add an image the HTML body shows with &lt;img src=&quot;cid:FILE&quot;&gt; (multipart/related, RFC 2387)</source>
        <translation>Ein Bild hinzufügen, das der HTML-Text mit &lt;img src=&quot;cid:FILE&quot;&gt; zeigt (multipart/related, RFC 2387)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Remove the selected attachments from the message</source>
        <translation>Die ausgewählten Anhänge aus der Nachricht entfernen</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>Si&amp;gnieren</translation>
    </message>
    <message>
        <source>En&amp;crypt</source>
        <translation>Verschl&amp;üsseln</translation>
    </message>
    <message>
        <source>&amp;DKIM</source>
        <translation>&amp;DKIM</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Exactly the MAIL FROM and RCPT TO commands the send will write (RFC 5321 3.3)</source>
        <translation>Genau die Befehle MAIL FROM und RCPT TO, die das Senden schreiben wird (RFC 5321 3.3)</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Umschlag</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Wie man es behebt</translation>
    </message>
    <message>
        <source>What a receiving server may dislike about this message; errors stop the send</source>
        <translation>Was ein empfangender Server an dieser Nachricht nicht mögen könnte; Fehler verhindern das Senden</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>Rohquelltext</translation>
    </message>
    <message>
        <source>The exact octets of the message as they will leave</source>
        <translation>Die exakten Oktette der Nachricht, wie sie hinausgehen</translation>
    </message>
    <message>
        <source>Show A&amp;ll</source>
        <translation>A&amp;lles zeigen</translation>
    </message>
    <message>
        <source>Show the whole source (up to %1; save it as .eml for more)</source>
        <translation>Den ganzen Quelltext zeigen (bis zu %1; für mehr als .eml speichern)</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Als .eml speichern…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Result per recipient</source>
        <translation>Ergebnis pro Empfänger</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Server said</source>
        <translation>Server sagte</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4
%5</source>
        <translation>%1: %2 %3 %4
%5</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>E&amp;rgebnis</translation>
    </message>
    <message>
        <source>Send the message through %1</source>
        <translation>Die Nachricht über %1 senden</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep the message as a draft now (it is also kept every few seconds after a change)</source>
        <translation>Die Nachricht jetzt als Entwurf aufbewahren (sie wird auch alle paar Sekunden nach einer Änderung aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>.eml ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a saved message into the composer</source>
        <translation>Eine gespeicherte Nachricht in den Editor laden</translation>
    </message>
    <message>
        <source>Save &amp;As .eml…</source>
        <translation>Als .e&amp;ml speichern…</translation>
    </message>
    <message>
        <source>Write the exact octets of the message to a file</source>
        <translation>Die exakten Oktette der Nachricht in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Sign the message (S/MIME, RFC 8551, or OpenPGP, RFC 3156)</source>
        <translation>Die Nachricht signieren (S/MIME, RFC 8551, oder OpenPGP, RFC 3156)</translation>
    </message>
    <message>
        <source>No signing certificate or key is set up for %1</source>
        <translation>Für %1 ist kein Signaturzertifikat oder -schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>Encrypt the message to its recipients&apos; keys</source>
        <translation>Die Nachricht mit den Schlüsseln ihrer Empfänger verschlüsseln</translation>
    </message>
    <message>
        <source>No recipient certificates or keys are set up for %1</source>
        <translation>Für %1 sind keine Empfängerzertifikate oder -schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>Sign as %1 with selector %2 (DKIM, RFC 6376)</source>
        <translation>Als %1 mit Selektor %2 signieren (DKIM, RFC 6376)</translation>
    </message>
    <message>
        <source>No DKIM key is set up for %1</source>
        <translation>Für %1 ist kein DKIM-Schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>These attached files are gone: %1</source>
        <translation>Diese angehängten Dateien sind nicht mehr da: %1</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Only one mailbox may be the sender</source>
        <translation>Nur ein Postfach darf der Absender sein</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Header field %1: %2</source>
        <translation>Header-Feld %1: %2</translation>
    </message>
    <message>
        <source>No recipient: fill in To, Cc or Bcc</source>
        <translation>Kein Empfänger: Füllen Sie An, Cc oder Bcc aus</translation>
    </message>
    <message>
        <source>No sender: fill in From</source>
        <translation>Kein Absender: Füllen Sie Von aus</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>At most %1 attachments</source>
        <translation>Höchstens %1 Anhänge</translation>
    </message>
    <message>
        <source>Inline: shown by the HTML body as cid:%1</source>
        <translation>Eingebettet: vom HTML-Text als cid:%1 angezeigt</translation>
    </message>
    <message>
        <source>Inline Image</source>
        <translation>Eingebettetes Bild</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Nothing can be sent yet:
%1</source>
        <translation>Noch kann nichts gesendet werden:
%1</translation>
    </message>
    <message>
        <source>The message cannot be built: %1</source>
        <translation>Die Nachricht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source># Assumed server: %1 (connect to the account to see its own)
</source>
        <translation># Angenommener Server: %1 (verbinden Sie sich mit dem Konto, um dessen eigenen zu sehen)
</translation>
    </message>
    <message>
        <source># Server offers: %1
</source>
        <translation># Server bietet an: %1
</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&amp;Lint (%1)</source>
        <translation>&amp;Prüfung (%1)</translation>
    </message>
    <message>
        <source>Building the source…</source>
        <translation>Quelltext wird erstellt…</translation>
    </message>
    <message>
        <source>The source could not be read: %1</source>
        <translation>Der Quelltext konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2</source>
        <translation>Die ersten %1 von %2</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>No folder for drafts</source>
        <translation>Kein Ordner für Entwürfe</translation>
    </message>
    <message>
        <source>(The body of %1 is attached as it was: %2)
</source>
        <translation>(Der Text von %1 ist unverändert angehängt: %2)
</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml);;All files (*)</source>
        <translation>Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>The message is already on its way.</source>
        <translation>Die Nachricht ist bereits unterwegs.</translation>
    </message>
    <message>
        <source>The account “%1” is gone; choose another.</source>
        <translation>Das Konto „%1“ ist nicht mehr da; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Senden über %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Cancelled before connecting; the message is still here.</source>
        <translation>Vor dem Verbinden abgebrochen; die Nachricht ist noch hier.</translation>
    </message>
    <message>
        <source>No login for %1: %2</source>
        <translation>Keine Anmeldung für %1: %2</translation>
    </message>
    <message>
        <source>Connected; sending…</source>
        <translation>Verbunden; senden…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Accepted, then not delivered</source>
        <translation>Angenommen, dann nicht zugestellt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sent: %1 of %2 recipients accepted. The server said: %3</source>
        <translation>Gesendet: %1 von %2 Empfängern angenommen. Der Server sagte: %3</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Cancelled: %1. The message is still here.</source>
        <translation>Abgebrochen: %1. Die Nachricht ist noch hier.</translation>
    </message>
    <message>
        <source>It is kept in the outbox.</source>
        <translation>Sie wird im Postausgang aufbewahrt.</translation>
    </message>
    <message>
        <source>The outbox could not keep it (%1); it stays here as a draft.</source>
        <translation>Der Postausgang konnte sie nicht aufbewahren (%1); sie bleibt hier als Entwurf.</translation>
    </message>
    <message>
        <source>It stays here as a draft.</source>
        <translation>Sie bleibt hier als Entwurf.</translation>
    </message>
    <message>
        <source>Not sent: %1. %2</source>
        <translation>Nicht gesendet: %1. %2</translation>
    </message>
    <message>
        <source>Encrypt: %1</source>
        <translation>Verschlüsseln: %1</translation>
    </message>
    <message>
        <source>Sent: the first %1 of %2</source>
        <translation>Gesendet: die ersten %1 von %2</translation>
    </message>
    <message>
        <source>Sent: all %1, exactly these octets</source>
        <translation>Gesendet: alle %1, genau diese Oktette</translation>
    </message>
</context>
<context>
    <name>postscope::ui::ConsolePane</name>
    <message>
        <source>&amp;Open Console</source>
        <translation>Konsole ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;QUIT</source>
        <translation>&amp;QUIT</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type a command; Tab completes, Up and Down recall</source>
        <translation>Einen Befehl eingeben; Tab ergänzt, Auf und Ab holen frühere zurück</translation>
    </message>
    <message>
        <source>Connect a console to the selected account</source>
        <translation>Eine Konsole mit dem gewählten Konto verbinden</translation>
    </message>
    <message>
        <source>Say QUIT and close the console&apos;s connection</source>
        <translation>QUIT sagen und die Verbindung der Konsole schließen</translation>
    </message>
    <message>
        <source>A console is open already: say QUIT first.</source>
        <translation>Eine Konsole ist schon offen: zuerst QUIT sagen.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Zuerst ein Konto wählen.</translation>
    </message>
    <message>
        <source>Account: %1. Open a console to type SMTP to it.</source>
        <translation>Konto: %1. Eine Konsole öffnen, um ihm SMTP zu tippen.</translation>
    </message>
    <message>
        <source>Valid now: %1</source>
        <translation>Jetzt gültig: %1</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>AUTH helper</source>
        <translation>AUTH-Helfer</translation>
    </message>
    <message>
        <source>The console answers the server&apos;s challenges with these; the transcript shows them redacted.</source>
        <translation>Die Konsole beantwortet damit die Herausforderungen des Servers; das Protokoll zeigt sie geschwärzt.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>postscope::ui::DiagnosticsTabs</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Server &amp;Probe</source>
        <translation>Server&amp;prüfung</translation>
    </message>
    <message>
        <source>Probe the selected account&apos;s server: findings and timings</source>
        <translation>Den Server des ausgewählten Kontos prüfen: Befunde und Zeiten</translation>
    </message>
    <message>
        <source>C&amp;ertificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>The certificate chain of the last probe</source>
        <translation>Die Zertifikatskette der letzten Prüfung</translation>
    </message>
    <message>
        <source>A&amp;ddress Probe</source>
        <translation>A&amp;dressprüfung</translation>
    </message>
    <message>
        <source>Check addresses with VRFY, EXPN or RCPT</source>
        <translation>Adressen mit VRFY, EXPN oder RCPT prüfen</translation>
    </message>
    <message>
        <source>Sandbox &amp;Inbox</source>
        <translation>Sandbox-&amp;Posteingang</translation>
    </message>
    <message>
        <source>The messages the sandbox received</source>
        <translation>Die Nachrichten, die die Sandbox empfangen hat</translation>
    </message>
    <message>
        <source>Sandbox Setti&amp;ngs</source>
        <translation>Sandbox-Einstellu&amp;ngen</translation>
    </message>
    <message>
        <source>Extensions, users, mailboxes, faults, port</source>
        <translation>Erweiterungen, Benutzer, Postfächer, Fehler, Port</translation>
    </message>
    <message>
        <source>The sandbox restarted on %1.</source>
        <translation>Die Sandbox wurde auf %1 neu gestartet.</translation>
    </message>
    <message>
        <source>The sandbox could not restart with these settings; see the transcript.</source>
        <translation>Die Sandbox konnte mit diesen Einstellungen nicht neu starten; siehe das Protokoll.</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>postscope::ui::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>postscope::ui::InboxView</name>
    <message>
        <source>Sandbox inbox</source>
        <translation>Sandbox-Posteingang</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Header-Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message parts</source>
        <translation>Nachrichtenteile</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>&amp;Save Attachment…</source>
        <translation>Anhang &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the selected part, decoded, to a file</source>
        <translation>Den ausgewählten Teil dekodiert in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>Rohquelltext</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Server conversation</source>
        <translation>Servergespräch</translation>
    </message>
    <message>
        <source>Message views</source>
        <translation>Nachrichtenansichten</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Parts</source>
        <translation>&amp;Teile</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>&amp;Umschlag</translation>
    </message>
    <message>
        <source>Con&amp;versation</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected message from the sandbox&apos;s mail folder</source>
        <translation>Die ausgewählte Nachricht aus dem Mailordner der Sandbox löschen</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Alle löschen</translation>
    </message>
    <message>
        <source>Delete every message listed here</source>
        <translation>Jede hier aufgeführte Nachricht löschen</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Posteingangsstatus</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n Nachricht.</numerusform>
            <numerusform>%n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing received yet: send a message to the sandbox.</source>
        <translation>Noch nichts empfangen: Senden Sie eine Nachricht an die Sandbox.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>The message was not stored.</source>
        <translation>Die Nachricht wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Die Nachricht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No text part: see Parts.</source>
        <translation>Kein Textteil: siehe Teile.</translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) of this message were not loaded.</source>
        <translation>
            <numerusform>%n entfernte Ressource dieser Nachricht wurde nicht geladen.</numerusform>
            <numerusform>%n entfernte Ressourcen dieser Nachricht wurden nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>
… (%1 more; the file %2 holds it all)</source>
        <translation>
… (%1 mehr; die Datei %2 enthält alles)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Authenticated as: %1</source>
        <translation>Authentifiziert als: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Transfer: %1</source>
        <translation>Übertragung: %1</translation>
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
        <translation>Größe: %1 Oktette</translation>
    </message>
    <message>
        <source>Queue id: %1</source>
        <translation>Queue-ID: %1</translation>
    </message>
    <message>
        <source>Stored for %1: %2</source>
        <translation>Gespeichert für %1: %2</translation>
    </message>
    <message>
        <source>Not stored for %1: %2</source>
        <translation>Nicht gespeichert für %1: %2</translation>
    </message>
    <message>
        <source>No such part.</source>
        <translation>Kein solcher Teil.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Reading the message (%1)…</source>
        <translation>Die Nachricht wird gelesen (%1)…</translation>
    </message>
</context>
<context>
    <name>postscope::ui::LessonBrowser</name>
    <message>
        <source>&amp;Start Lesson</source>
        <translation>Lektion &amp;starten</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Start a sandbox set up for this lesson and a console to it</source>
        <translation>Eine für diese Lektion eingerichtete Sandbox und eine Konsole dazu starten</translation>
    </message>
    <message>
        <source>Some lessons could not be read: %1</source>
        <translation>Einige Lektionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: bestanden</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>You have passed this lesson.</source>
        <translation>Sie haben diese Lektion bestanden.</translation>
    </message>
    <message>
        <source>There is no lesson named “%1”.</source>
        <translation>Es gibt keine Lektion namens „%1“.</translation>
    </message>
    <message>
        <source>Choose a lesson first.</source>
        <translation>Zuerst eine Lektion wählen.</translation>
    </message>
    <message>
        <source>No folder for the lesson&apos;s sandbox: %1</source>
        <translation>Kein Ordner für die Sandbox der Lektion: %1</translation>
    </message>
    <message>
        <source>The lesson&apos;s sandbox did not start: %1</source>
        <translation>Die Sandbox der Lektion ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Lesson under way: follow the steps; QUIT ends it and checks it.</source>
        <translation>Lektion läuft: den Schritten folgen; QUIT beendet und prüft sie.</translation>
    </message>
    <message numerus="yes">
        <source>Goal reached: every one of the %n check(s) passed.</source>
        <translation>
            <numerusform>Ziel erreicht: die Prüfung ist bestanden.</numerusform>
            <numerusform>Ziel erreicht: alle %n Prüfungen sind bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n of the checks did not pass.</source>
        <translation>
            <numerusform>Noch nicht: %n Prüfung ist nicht bestanden.</numerusform>
            <numerusform>Noch nicht: %n Prüfungen sind nicht bestanden.</numerusform>
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
        <translation>Protokoll &amp;speichern unter …</translation>
    </message>
    <message>
        <source>Remove every line from the transcript</source>
        <translation>Alle Zeilen aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Show the time of every line in the transcript</source>
        <translation>Die Uhrzeit jeder Zeile im Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Postscope</source>
        <translation>Postscope beenden</translation>
    </message>
    <message>
        <source>&amp;About Postscope</source>
        <translation>&amp;Über Postscope</translation>
    </message>
    <message>
        <source>Show the version of Postscope</source>
        <translation>Die Version von Postscope anzeigen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of the Qt toolkit</source>
        <translation>Die Version des Qt-Toolkits anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Die Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation>Sandbox: läuft nicht</translation>
    </message>
    <message>
        <source>The built-in test server on this computer: mail sent to it stays here</source>
        <translation>Der eingebaute Testserver auf diesem Computer: an ihn gesendete Mails bleiben hier</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Protokoll in %1 gespeichert</translation>
    </message>
    <message>
        <source>About Postscope</source>
        <translation>Über Postscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postscope %1&lt;/h3&gt;&lt;p&gt;A workbench for SMTP: send test mail, watch every line of the conversation and what the server can do, and learn SMTP by doing it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für SMTP: Testmails senden, jede Zeile des Dialogs und die Fähigkeiten des Servers verfolgen und SMTP durch Ausprobieren lernen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Neue Nachricht …</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Send a short test message to the sandbox server and watch the conversation</source>
        <translation>Eine kurze Testnachricht an den Sandbox-Server senden und den Dialog verfolgen</translation>
    </message>
    <message>
        <source>Sandbox: listening on %1</source>
        <translation>Sandbox: lauscht auf %1</translation>
    </message>
    <message>
        <source>Sandbox server listening on %1</source>
        <translation>Sandbox-Server lauscht auf %1</translation>
    </message>
    <message>
        <source>The sandbox server could not start: %1</source>
        <translation>Der Sandbox-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>The accounts could not all be read: %1</source>
        <translation>Die Konten konnten nicht alle gelesen werden: %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Write the transcript (the lines the filters show) to a text or JSON Lines file</source>
        <translation>Das Protokoll (die Zeilen, die die Filter zeigen) in eine Text- oder JSON-Lines-Datei schreiben</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Choose the language and how much the transcript keeps</source>
        <translation>Die Sprache wählen und wie viel das Protokoll behält</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected transcript lines as text</source>
        <translation>Die gewählten Protokollzeilen als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find text in the transcript</source>
        <translation>Text im Protokoll suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Go to the next line that matches</source>
        <translation>Zur nächsten passenden Zeile gehen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to the previous line that matches</source>
        <translation>Zur vorigen passenden Zeile gehen</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neues Konto …</translation>
    </message>
    <message>
        <source>Set up an account for a mail server</source>
        <translation>Ein Konto für einen Mailserver einrichten</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected account</source>
        <translation>Das gewählte Konto ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>Konto &amp;duplizieren …</translation>
    </message>
    <message>
        <source>Set up a new account from a copy of the selected one</source>
        <translation>Ein neues Konto als Kopie des gewählten einrichten</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected account and its secrets</source>
        <translation>Das gewählte Konto und seine Geheimnisse entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the selected account&apos;s server and see what it offers (no login, no mail)</source>
        <translation>Mit dem Server des gewählten Kontos verbinden und sehen, was er anbietet (keine Anmeldung, keine Mail)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Say QUIT and close the selected account&apos;s connection</source>
        <translation>QUIT sagen und die Verbindung des gewählten Kontos schließen</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>Konten &amp;importieren …</translation>
    </message>
    <message>
        <source>Add accounts from a JSON file exported by Postscope</source>
        <translation>Konten aus einer von Postscope exportierten JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Accounts…</source>
        <translation>Konten e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write your accounts to a JSON file, without passwords</source>
        <translation>Ihre Konten in eine JSON-Datei schreiben, ohne Passwörter</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Show the transcript of every session</source>
        <translation>Das Protokoll aller Sitzungen zeigen</translation>
    </message>
    <message>
        <source>C&amp;apabilities</source>
        <translation>&amp;Fähigkeiten</translation>
    </message>
    <message>
        <source>Show what the selected account&apos;s server offers, before and after TLS</source>
        <translation>Zeigen, was der Server des gewählten Kontos vor und nach TLS anbietet</translation>
    </message>
    <message>
        <source>Show T&amp;imestamps</source>
        <translation>&amp;Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Show Acc&amp;ounts</source>
        <translation>K&amp;onten anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of accounts</source>
        <translation>Die Kontenliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>before and after STARTTLS</source>
        <translation>vor und nach STARTTLS</translation>
    </message>
    <message>
        <source>over TLS from the first byte</source>
        <translation>über TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>ohne TLS</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, %3</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its password from the keychain?</source>
        <translation>Das Konto „%1“ und sein Passwort aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Das Konto „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed the account “%1”; its secrets could not be removed from the keychain: %2</source>
        <translation>Das Konto „%1“ wurde entfernt; seine Geheimnisse konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Postscope accounts (*.json);;All files (*)</source>
        <translation>Postscope-Konten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An account in the file may have the name of one you have. Replace yours with those from the file, or import only new ones?</source>
        <translation>Ein Konto in der Datei kann den Namen eines Ihrer Konten tragen. Ihre durch die aus der Datei ersetzen oder nur neue importieren?</translation>
    </message>
    <message>
        <source>Only &amp;New Accounts</source>
        <translation>Nur &amp;neue Konten</translation>
    </message>
    <message>
        <source>&amp;Replace Same Names</source>
        <translation>Gleichnamige &amp;ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>Accounts exported to %1 (without passwords).</source>
        <translation>Konten nach %1 exportiert (ohne Passwörter).</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Zuerst ein Konto wählen.</translation>
    </message>
    <message>
        <source>Step Mode</source>
        <translation>Schrittmodus</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>K&amp;onsole</translation>
    </message>
    <message>
        <source>Type SMTP to the selected account, every reply explained</source>
        <translation>SMTP an das gewählte Konto tippen, jede Antwort erklärt</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Learn SMTP by doing it</source>
        <translation>SMTP durch Ausprobieren lernen</translation>
    </message>
    <message>
        <source>E&amp;xport Session As…</source>
        <translation>Sitzung e&amp;xportieren als …</translation>
    </message>
    <message>
        <source>Write a finished session as a Python smtplib script, a swaks command or postscope-cli commands</source>
        <translation>Eine beendete Sitzung als Python-smtplib-Skript, swaks-Befehl oder postscope-cli-Befehle schreiben</translation>
    </message>
    <message>
        <source>&amp;Compare Transcripts…</source>
        <translation>Protokolle &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Show two transcript files side by side, with what changes from run to run masked</source>
        <translation>Zwei Protokolldateien nebeneinander zeigen, was sich von Lauf zu Lauf ändert, ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;Step Mode</source>
        <translation>&amp;Schrittmodus</translation>
    </message>
    <message>
        <source>Send one command at a time: what goes out and why before each, what came back after it</source>
        <translation>Einen Befehl nach dem anderen senden: vor jedem, was hinausgeht und warum, danach, was zurückkam</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <source>The transcript holds no session “%1”.</source>
        <translation>Das Protokoll enthält keine Sitzung „%1“.</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>No session has been recorded yet.</source>
        <translation>Es wurde noch keine Sitzung aufgezeichnet.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Python smtplib script</source>
        <translation>Python-smtplib-Skript</translation>
    </message>
    <message>
        <source>swaks command line</source>
        <translation>swaks-Befehlszeile</translation>
    </message>
    <message>
        <source>postscope-cli commands</source>
        <translation>postscope-cli-Befehle</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;Als:</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsent draft(s).</source>
        <translation>
            <numerusform>%n nicht gesendeter Entwurf wiederhergestellt.</numerusform>
            <numerusform>%n nicht gesendete Entwürfe wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a message and send it through the selected account</source>
        <translation>Eine Nachricht schreiben und über das ausgewählte Konto senden</translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation>Nachricht &amp;schließen</translation>
    </message>
    <message>
        <source>Close the message being written (asks to keep it)</source>
        <translation>Die Nachricht schließen, die gerade geschrieben wird (fragt, ob sie aufbewahrt werden soll)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>A message through %1</source>
        <translation>Eine Nachricht über %1</translation>
    </message>
    <message>
        <source>Close this message (%1)</source>
        <translation>Diese Nachricht schließen (%1)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Nachricht schließen</translation>
    </message>
    <message>
        <source>Close Message</source>
        <translation>Nachricht schließen</translation>
    </message>
    <message>
        <source>Keep “%1” as a draft? It comes back the next time Postscope starts.</source>
        <translation>„%1“ als Entwurf aufbewahren? Er kommt beim nächsten Start von Postscope zurück.</translation>
    </message>
    <message>
        <source>&amp;Keep Draft</source>
        <translation>Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>There is no account “%1” any more; open the message and choose another.</source>
        <translation>Es gibt kein Konto „%1“ mehr; öffnen Sie die Nachricht und wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Could not send it again: %1</source>
        <translation>Konnte nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Show Out&amp;box</source>
        <translation>Post&amp;ausgang anzeigen</translation>
    </message>
    <message>
        <source>Show the messages that could not be sent</source>
        <translation>Die Nachrichten anzeigen, die nicht gesendet werden konnten</translation>
    </message>
    <message>
        <source>Server views</source>
        <translation>Serveransichten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sandbox views</source>
        <translation>Sandbox-Ansichten</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>Na&amp;chrichten</translation>
    </message>
    <message>
        <source>Show the messages being written, with the live transcript of their sends</source>
        <translation>Die Nachrichten in Bearbeitung anzeigen, mit dem Live-Protokoll ihres Versands</translation>
    </message>
    <message>
        <source>Messages being written</source>
        <translation>Nachrichten in Bearbeitung</translation>
    </message>
    <message>
        <source>No message is being written. File ▸ New Message (%1) starts one.</source>
        <translation>Keine Nachricht in Bearbeitung. Datei ▸ Neue Nachricht (%1) beginnt eine.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Live-Protokoll</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>postscope::ui::MessageBrowser</name>
    <message>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>postscope::ui::OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open in Composer</source>
        <translation>Im &amp;Editor öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Nicht gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Warum sie nicht gesendet wurde</translation>
    </message>
    <message>
        <source>Messages that could not be sent. They stay here until they are sent or deleted.</source>
        <translation>Nachrichten, die nicht gesendet werden konnten. Sie bleiben hier, bis sie gesendet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Send the selected message again through its account</source>
        <translation>Die ausgewählte Nachricht erneut über ihr Konto senden</translation>
    </message>
    <message>
        <source>Edit the selected message before sending it again</source>
        <translation>Die ausgewählte Nachricht bearbeiten, bevor sie erneut gesendet wird</translation>
    </message>
    <message>
        <source>Remove the selected message for good</source>
        <translation>Die ausgewählte Nachricht endgültig entfernen</translation>
    </message>
    <message>
        <source>Nothing waits in the outbox.</source>
        <translation>Im Postausgang wartet nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent.</source>
        <translation>
            <numerusform>%n Nachricht nicht gesendet.</numerusform>
            <numerusform>%n Nachrichten nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from the outbox? It was never sent.</source>
        <translation>„%1“ aus dem Postausgang löschen? Sie wurde nie gesendet.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>postscope::ui::PasswordPrompt</name>
    <message>
        <source>Password for “%1”</source>
        <translation>Passwort für „%1“</translation>
    </message>
</context>
<context>
    <name>postscope::ui::ProbeRunner</name>
    <message>
        <source>A test is already running.</source>
        <translation>Ein Test läuft bereits.</translation>
    </message>
    <message>
        <source>Connected; waiting for the greeting…</source>
        <translation>Verbunden; warte auf die Begrüßung…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SandboxAccount</name>
    <message>
        <source>Test message from Postscope</source>
        <translation>Testnachricht von Postscope</translation>
    </message>
    <message>
        <source>Hello from Postscope.

This message went to the built-in sandbox server on this computer;
the transcript shows every line of the conversation.
</source>
        <translation>Hallo von Postscope.

Diese Nachricht ging an den eingebauten Sandbox-Server
auf diesem Computer; das Protokoll zeigt jede Zeile des Dialogs.
</translation>
    </message>
    <message>
        <source>The sandbox server is not running.</source>
        <translation>Der Sandbox-Server läuft nicht.</translation>
    </message>
    <message>
        <source>A message is already on its way.</source>
        <translation>Eine Nachricht ist bereits unterwegs.</translation>
    </message>
    <message>
        <source>Sent: %1 of %2 recipients accepted. The server said: %3</source>
        <translation>Gesendet: %1 von %2 Empfängern angenommen. Der Server sagte: %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the connection closed</source>
        <translation>Nicht gesendet: Die Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SandboxControls</name>
    <message>
        <source>Sandbox settings</source>
        <translation>Sandbox-Einstellungen</translation>
    </message>
    <message>
        <source>Extensions offered in EHLO</source>
        <translation>In EHLO angebotene Erweiterungen</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 anbieten</translation>
    </message>
    <message>
        <source>Unticked: the sandbox does not offer %1 (VRFY/EXPN then answer 252, RFC 5321 3.5.3)</source>
        <translation>Nicht angehakt: Die Sandbox bietet %1 nicht an (VRFY/EXPN antworten dann mit 252, RFC 5321 3.5.3)</translation>
    </message>
    <message>
        <source>Users for AUTH</source>
        <translation>Benutzer für AUTH</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Who may log in to the sandbox (AUTH is offered only with users). Test passwords: kept in memory, never saved.</source>
        <translation>Wer sich bei der Sandbox anmelden darf (AUTH wird nur mit Benutzern angeboten). Testpasswörter: im Speicher gehalten, nie gespeichert.</translation>
    </message>
    <message>
        <source>Add &amp;User</source>
        <translation>&amp;Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove U&amp;ser</source>
        <translation>Ben&amp;utzer entfernen</translation>
    </message>
    <message>
        <source>Mailboxes for VRFY and EXPN</source>
        <translation>Postfächer für VRFY und EXPN</translation>
    </message>
    <message>
        <source>alice@sandbox.test
list: staff = alice@sandbox.test, bob@sandbox.test</source>
        <translation>alice@sandbox.test
list: staff = alice@sandbox.test, bob@sandbox.test</translation>
    </message>
    <message>
        <source>One mailbox per line; &quot;list: NAME = a, b&quot; makes a list EXPN expands</source>
        <translation>Ein Postfach pro Zeile; &quot;list: NAME = a, b&quot; ergibt eine Liste, die EXPN auflöst</translation>
    </message>
    <message>
        <source>Refuse &amp;recipients not listed (550 5.1.1)</source>
        <translation>Nicht aufgeführte Empfänger a&amp;blehnen (550 5.1.1)</translation>
    </message>
    <message>
        <source>Fault rules</source>
        <translation>Fehlerregeln</translation>
    </message>
    <message>
        <source>One rule per line, e.g. RCPT:450:4.2.0 Try later</source>
        <translation>Eine Regel pro Zeile, z. B. RCPT:450:4.2.0 Try later</translation>
    </message>
    <message>
        <source>Fi&amp;xed port:</source>
        <translation>Fe&amp;ster Port:</translation>
    </message>
    <message>
        <source>Unticked: a free port the system picks at each start</source>
        <translation>Nicht angehakt: ein freier Port, den das System bei jedem Start wählt</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Apply and Restart</source>
        <translation>&amp;Übernehmen und neu starten</translation>
    </message>
    <message>
        <source>Restart the sandbox server with these settings (open connections to it are closed)</source>
        <translation>Den Sandbox-Server mit diesen Einstellungen neu starten (offene Verbindungen zu ihm werden geschlossen)</translation>
    </message>
    <message>
        <source>&amp;Copy Connection Settings</source>
        <translation>Verbindungseinstellungen &amp;kopieren</translation>
    </message>
    <message>
        <source>Host, port, security and user, with swaks and Python smtplib commands, to the clipboard</source>
        <translation>Host, Port, Sicherheit und Benutzer, mit swaks- und Python-smtplib-Befehlen, in die Zwischenablage</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>Sandbox-Status</translation>
    </message>
    <message>
        <source>User row %1: both a user and a password are needed.</source>
        <translation>Benutzerzeile %1: Sowohl ein Benutzer als auch ein Passwort werden benötigt.</translation>
    </message>
    <message>
        <source>More than %1 mailboxes.</source>
        <translation>Mehr als %1 Postfächer.</translation>
    </message>
    <message>
        <source>“%1”: a list is written “list: NAME = a@x, b@y”.</source>
        <translation>„%1“: Eine Liste wird „list: NAME = a@x, b@y“ geschrieben.</translation>
    </message>
    <message>
        <source>More than %1 fault rules.</source>
        <translation>Mehr als %1 Fehlerregeln.</translation>
    </message>
    <message>
        <source>Fault rule “%1”: %2</source>
        <translation>Fehlerregel „%1“: %2</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Host: 127.0.0.1</source>
        <translation>Host: 127.0.0.1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>STARTTLS (the sandbox&apos;s own certificate)</source>
        <translation>STARTTLS (das eigene Zertifikat der Sandbox)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>none (no AUTH)</source>
        <translation>keiner (kein AUTH)</translation>
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
        <translation>Verbindungseinstellungen kopiert.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SecurityPage</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <translation>Wie der Editor für dieses Konto signiert und verschlüsselt (S/MIME, RFC 8551, oder OpenPGP/MIME, RFC 3156)</translation>
    </message>
    <message>
        <source>Sign and encr&amp;ypt with:</source>
        <translation>Signieren und &amp;verschlüsseln mit:</translation>
    </message>
    <message>
        <source>Sign &amp;every message</source>
        <translation>&amp;Jede Nachricht signieren</translation>
    </message>
    <message>
        <source>Encrypt every &amp;message</source>
        <translation>Jede &amp;Nachricht verschlüsseln</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 holding the key too</source>
        <translation>PEM oder PKCS#12, das auch den Schlüssel enthält</translation>
    </message>
    <message>
        <source>Your certificate; a PKCS#12 file&apos;s passphrase is kept in the keychain</source>
        <translation>Ihr Zertifikat; die Passphrase einer PKCS#12-Datei wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Your ce&amp;rtificate:</source>
        <translation>Ihr &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Empty: in the certificate file</source>
        <translation>Leer: in der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Your &amp;key:</source>
        <translation>Ihr &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recipients&apos; certificates</source>
        <translation>Zertifikate der Empfänger</translation>
    </message>
    <message>
        <source>PEM files and folders of them: each recipient gets the certificate that names its address (subject or SAN)</source>
        <translation>PEM-Dateien und Ordner davon: Jeder Empfänger bekommt das Zertifikat, das seine Adresse nennt (Subject oder SAN)</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>O&amp;rdner hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Fingerprint, key id or address of your secret key in GnuPG; recipients&apos; keys are found by their addresses</source>
        <translation>Fingerabdruck, Schlüssel-ID oder Adresse Ihres geheimen Schlüssels in GnuPG; die Schlüssel der Empfänger werden über ihre Adressen gefunden</translation>
    </message>
    <message>
        <source>Your &amp;OpenPGP key:</source>
        <translation>Ihr &amp;OpenPGP-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;List Keys</source>
        <translation>Schlüssel &amp;auflisten</translation>
    </message>
    <message>
        <source>DKIM (RFC 6376): sign every message</source>
        <translation>DKIM (RFC 6376): jede Nachricht signieren</translation>
    </message>
    <message>
        <source>example.org (d=)</source>
        <translation>example.org (d=)</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <source>selector (s=)</source>
        <translation>Selektor (s=)</translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation>Se&amp;lektor:</translation>
    </message>
    <message>
        <source>PEM: RSA (rsa-sha256) or Ed25519 (ed25519-sha256)</source>
        <translation>PEM: RSA (rsa-sha256) oder Ed25519 (ed25519-sha256)</translation>
    </message>
    <message>
        <source>Private ke&amp;y:</source>
        <translation>Privater Schl&amp;üssel:</translation>
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
        <translation>&amp;Kanonisierung:</translation>
    </message>
    <message>
        <source>&amp;Test Signing</source>
        <translation>Signieren &amp;testen</translation>
    </message>
    <message>
        <source>Sign a tiny message with these settings (nothing is sent)</source>
        <translation>Eine winzige Nachricht mit diesen Einstellungen signieren (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Recipients&apos; Certificates</source>
        <translation>Zertifikate der Empfänger</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder of Recipients&apos; Certificates</source>
        <translation>Ordner mit Zertifikaten der Empfänger</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>there is nothing to sign with: choose a certificate, an OpenPGP key or DKIM.</source>
        <translation>es gibt nichts, womit signiert werden kann: Wählen Sie ein Zertifikat, einen OpenPGP-Schlüssel oder DKIM.</translation>
    </message>
    <message>
        <source>Postscope signing test</source>
        <translation>Postscope-Signaturtest</translation>
    </message>
    <message>
        <source>signed with S/MIME</source>
        <translation>mit S/MIME signiert</translation>
    </message>
    <message>
        <source>signed with OpenPGP</source>
        <translation>mit OpenPGP signiert</translation>
    </message>
    <message>
        <source>DKIM-Signature d=%1 s=%2</source>
        <translation>DKIM-Signature d=%1 s=%2</translation>
    </message>
    <message>
        <source>Asking gpg…</source>
        <translation>gpg wird gefragt…</translation>
    </message>
    <message>
        <source>gpg did not answer within %1 s.</source>
        <translation>gpg hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>gpg could not list the keys (exit %1).</source>
        <translation>gpg konnte die Schlüssel nicht auflisten (Exit-Code %1).</translation>
    </message>
    <message>
        <source>gpg has no secret key here.</source>
        <translation>gpg hat hier keinen geheimen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) in GnuPG.</source>
        <translation>
            <numerusform>%n geheimer Schlüssel in GnuPG.</numerusform>
            <numerusform>%n geheime Schlüssel in GnuPG.</numerusform>
        </translation>
    </message>
    <message>
        <source>gpg is not installed: type the key&apos;s fingerprint.</source>
        <translation>gpg ist nicht installiert: Geben Sie den Fingerabdruck des Schlüssels ein.</translation>
    </message>
    <message>
        <source>Empty: keep the stored one, or none</source>
        <translation>Leer: die gespeicherte behalten, oder keine</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted key or PKCS#12 file; saved to the system keychain, never to the settings</source>
        <translation>Die Passphrase eines verschlüsselten Schlüssels oder einer PKCS#12-Datei; sie wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Key pa&amp;ssphrase:</source>
        <translation>Passphra&amp;se des Schlüssels:</translation>
    </message>
</context>
<context>
    <name>postscope::ui::ServerProbeView</name>
    <message>
        <source>Server probe</source>
        <translation>Serverprüfung</translation>
    </message>
    <message>
        <source>&amp;Probe Server</source>
        <translation>Server &amp;prüfen</translation>
    </message>
    <message>
        <source>Connect to the selected account&apos;s server and report what it offers, its TLS and certificate, and how long each step took (no login, no mail)</source>
        <translation>Mit dem Server des ausgewählten Kontos verbinden und berichten, was er anbietet, sein TLS und Zertifikat und wie lange jeder Schritt gedauert hat (keine Anmeldung, keine Mail)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Close the probe&apos;s connection now</source>
        <translation>Die Verbindung der Prüfung jetzt schließen</translation>
    </message>
    <message>
        <source>Show &amp;Certificate</source>
        <translation>&amp;Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>Probe status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Probe summary</source>
        <translation>Prüfungszusammenfassung</translation>
    </message>
    <message>
        <source>Probe the server to list what it found.</source>
        <translation>Prüfen Sie den Server, um aufzulisten, was die Prüfung gefunden hat.</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Probe %1&apos;s server.</source>
        <translation>Den Server von %1 prüfen.</translation>
    </message>
    <message>
        <source>Cannot probe: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Probe stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message>
        <source>The probe stopped early: %1</source>
        <translation>Die Prüfung endete vorzeitig: %1</translation>
    </message>
    <message>
        <source>Probe finished.</source>
        <translation>Prüfung abgeschlossen.</translation>
    </message>
    <message>
        <source>%1, %2, certificate verified</source>
        <translation>%1, %2, Zertifikat verifiziert</translation>
    </message>
    <message>
        <source>%1, %2, certificate trusted by its fingerprint only</source>
        <translation>%1, %2, Zertifikat nur über seinen Fingerabdruck vertraut</translation>
    </message>
    <message>
        <source>%1, %2, certificate NOT verified</source>
        <translation>%1, %2, Zertifikat NICHT verifiziert</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>%1 (%2), security %3: %4. Greeting: %5</source>
        <translation>%1 (%2), Sicherheit %3: %4. Begrüßung: %5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
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
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO nach TLS</translation>
    </message>
    <message>
        <source>What %1 offers, before and after TLS</source>
        <translation>Was %1 anbietet, vor und nach TLS</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SessionHub</name>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected, not encrypted</source>
        <translation>verbunden, unverschlüsselt</translation>
    </message>
    <message>
        <source>connected with TLS</source>
        <translation>mit TLS verbunden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is connected already.</source>
        <translation>Das Konto „%1“ ist bereits verbunden.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>The transcript view drops its oldest lines beyond this; saving the transcript still writes every line the transcript keeps</source>
        <translation>Darüber hinaus verwirft die Protokollansicht ihre ältesten Zeilen; beim Speichern werden trotzdem alle Zeilen geschrieben, die das Protokoll behält</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Transcript &amp;lines kept in view:</source>
        <translation>Protokoll&amp;zeilen in der Ansicht:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The language follows the system unless you choose one.</source>
        <translation>Die Sprache folgt dem System, sofern Sie keine wählen.</translation>
    </message>
    <message>
        <source>The new language applies when Postscope starts again.</source>
        <translation>Die neue Sprache gilt beim nächsten Start von Postscope.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::StateDiagram</name>
    <message>
        <source>Protocol state</source>
        <translation>Protokollzustand</translation>
    </message>
</context>
<context>
    <name>postscope::ui::StepPanel</name>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Send this step (F10)</source>
        <translation>Diesen Schritt senden (F10)</translation>
    </message>
    <message>
        <source>Go on at full speed (F5)</source>
        <translation>Mit voller Geschwindigkeit weiter (F5)</translation>
    </message>
    <message>
        <source>Do not send this step: say QUIT (Shift+F5)</source>
        <translation>Diesen Schritt nicht senden: QUIT sagen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Turn on Tools &gt; Step Mode and send: each command waits here.</source>
        <translation>Extras &gt; Schrittmodus einschalten und senden: jeder Befehl wartet hier.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>(the message data)</source>
        <translation>(die Nachrichtendaten)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message numerus="yes">
        <source>C: (%n octet(s) of message data)</source>
        <translation>
            <numerusform>C: (%n Oktett Nachrichtendaten)</numerusform>
            <numerusform>C: (%n Oktette Nachrichtendaten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>[… %n more octets; the export has the whole line]</source>
        <translation>
            <numerusform>[… %n weiteres Oktett; der Export enthält die ganze Zeile]</numerusform>
            <numerusform>[… %n weitere Oktette; der Export enthält die ganze Zeile]</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside TLS: encrypted on the wire</source>
        <translation>Innerhalb von TLS: verschlüsselt übertragen</translation>
    </message>
    <message>
        <source>Not encrypted on the wire</source>
        <translation>Unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>The secret of this line is never shown or saved</source>
        <translation>Das Geheimnis dieser Zeile wird nie gezeigt oder gespeichert</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1, inside TLS</source>
        <translation>%1, innerhalb von TLS</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptPane</name>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Show the lines the client sent (C:)</source>
        <translation>Die Zeilen zeigen, die der Client gesendet hat (C:)</translation>
    </message>
    <message>
        <source>Show the lines the server answered (S:)</source>
        <translation>Die Zeilen zeigen, die der Server geantwortet hat (S:)</translation>
    </message>
    <message>
        <source>Show Postscope&apos;s own notes (**): connections, TLS, errors</source>
        <translation>Postscopes eigene Notizen zeigen (**): Verbindungen, TLS, Fehler</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Sit&amp;zung:</translation>
    </message>
    <message>
        <source>Show the lines of one session only</source>
        <translation>Nur die Zeilen einer Sitzung zeigen</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find text in the shown lines: Enter or F3 for the next match, Shift+Enter or Shift+F3 for the previous one</source>
        <translation>Text in den gezeigten Zeilen suchen: Eingabe oder F3 für den nächsten Treffer, Umschalt+Eingabe oder Umschalt+F3 für den vorigen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Voriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Voriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Gewählte Zeile</translation>
    </message>
    <message>
        <source>Select a line to see it whole; for a server&apos;s reply, what its code means.</source>
        <translation>Wählen Sie eine Zeile, um sie ganz zu sehen; bei einer Serverantwort auch, was ihr Code bedeutet.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Save Transcript As… still writes every line the transcript keeps: the newest %1 entries, %2 at most.</source>
        <translation>„Protokoll speichern unter …“ schreibt trotzdem jede Zeile, die das Protokoll behält: die neuesten %1 Einträge, höchstens %2.</translation>
    </message>
    <message>
        <source>Save Transcript As… still writes every line of the transcript.</source>
        <translation>„Protokoll speichern unter …“ schreibt trotzdem jede Zeile des Protokolls.</translation>
    </message>
    <message>
        <source>%1 older lines were dropped from this view, which keeps the newest %2. %3</source>
        <translation>%1 ältere Zeilen wurden aus dieser Ansicht entfernt, die die neuesten %2 behält. %3</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>postscope::ui::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
</context>
</TS>
