<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>postscope::ui::CapabilitiesView</name>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
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
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing yet: send a message to see what the server offers.</source>
        <translation>Noch nichts: Senden Sie eine Nachricht, um zu sehen, was der Server anbietet.</translation>
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
        <source>Write the transcript to a text file</source>
        <translation>Das Protokoll in eine Textdatei schreiben</translation>
    </message>
    <message>
        <source>&amp;Clear Transcript</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Remove every line from the transcript</source>
        <translation>Alle Zeilen aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>&amp;Zeitstempel anzeigen</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
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
        <source>Show &amp;Capabilities</source>
        <translation>&amp;Fähigkeiten anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what the server can do</source>
        <translation>Ein- oder ausblenden, was der Server kann</translation>
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
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
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
        <source>Not an email address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
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
    <name>postscope::ui::TranscriptView</name>
    <message>
        <source>The conversation with the server appears here, line by line:
C: what the client sent, S: what the server answered.

Press Ctrl+Return to send a test message to the built-in sandbox server.</source>
        <translation>Hier erscheint der Dialog mit dem Server, Zeile für Zeile:
C: was der Client gesendet hat, S: was der Server geantwortet hat.

Drücken Sie Strg+Eingabe, um eine Testnachricht an den eingebauten Sandbox-Server zu senden.</translation>
    </message>
    <message>
        <source>Every line that crosses the wire. Passwords are never shown.</source>
        <translation>Jede Zeile, die über die Leitung geht. Passwörter werden nie angezeigt.</translation>
    </message>
</context>
</TS>
