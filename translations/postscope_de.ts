<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&amp;User:</source>
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
        <source>Connect to the server now and list what it offers, before the account is saved</source>
        <translation>Jetzt mit dem Server verbinden und auflisten, was er anbietet, bevor das Konto gespeichert wird</translation>
    </message>
    <message>
        <source>Comes with the server probe</source>
        <translation>Kommt mit der Serverprüfung</translation>
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
        <source>Saved “%1”; its password is in the system keychain.</source>
        <translation>„%1“ gespeichert; sein Passwort liegt im Schlüsselbund des Systems.</translation>
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
        <source>Write a message and send it to the sandbox server</source>
        <translation>Eine Nachricht schreiben und an den Sandbox-Server senden</translation>
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
        <source>sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
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
</context>
<context>
    <name>postscope::ui::MessageDialog</name>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>name@example.test, other@example.test</source>
        <translation>name@example.test, andere@example.test</translation>
    </message>
    <message>
        <source>One or more addresses, separated by commas</source>
        <translation>Eine oder mehrere Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send through %1 (%2)</source>
        <translation>Über %1 senden (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
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
