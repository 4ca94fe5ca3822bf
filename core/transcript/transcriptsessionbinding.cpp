// Transcript::attach() lives apart from the rest of the transcript so that
// the model and its writers build and test without the session layer.

#include "session/smtpsession.h"
#include "transcript/transcript.h"

#include <QSslCertificate>

#include <memory>

namespace postscope::transcript {

namespace {

// Splits a reply's exact bytes into wire lines, each keeping its line ending.
QList<QByteArray> wireLines(const QByteArray &raw)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        end = end < 0 ? raw.size() : end + 1;
        lines.append(raw.mid(start, end - start));
        start = end;
    }
    return lines;
}

} // namespace

void Transcript::attach(session::SmtpSession *session)
{
    using session::SmtpSession;
    if (!session)
        return;

    // Message data arrives in chunks that may end inside a line; a partial
    // line waits here until its end, or until a command follows it (BDAT
    // chunks end anywhere), so each text line is one wire line.
    auto partial = std::make_shared<QByteArray>();
    auto flushPartial = [this, partial]() {
        if (partial->isEmpty())
            return;
        Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.direction = Entry::Direction::Client;
        entry.kind = Entry::Kind::Data;
        entry.raw.swap(*partial);
        append(entry);
    };

    connect(session, &SmtpSession::commandSent, this,
            [this, flushPartial](const protocol::Command &command) {
                flushPartial();
                Entry entry;
                entry.time = QDateTime::currentDateTime();
                entry.direction = Entry::Direction::Client;
                entry.kind = Entry::Kind::Command;
                // AUTH lines carry credentials (RFC 4954 4): only their redacted
                // form enters the model, so no view or writer can show a secret.
                if (command.redacted.isEmpty()) {
                    entry.raw = command.wire;
                } else {
                    entry.raw = command.redacted + "\r\n";
                    entry.redacted = command.redacted;
                }
                append(entry);
            });

    connect(session, &SmtpSession::replyReceived, this, [this](const protocol::Reply &reply) {
        const QDateTime now = QDateTime::currentDateTime();
        const QByteArray raw = reply.raw.isEmpty() ? reply.toWire() : reply.raw;
        for (const QByteArray &line : wireLines(raw)) {
            Entry entry;
            entry.time = now;
            entry.direction = Entry::Direction::Server;
            entry.kind = Entry::Kind::Reply;
            entry.raw = line;
            append(entry);
        }
    });

    connect(session, &SmtpSession::dataSent, this, [this, partial](const QByteArray &data) {
        // Every octet of the message as it went out (dot-stuffed, CRLF), one
        // entry per chunk of whole lines. Keep a limit (setMaxEntries) where
        // big messages are expected.
        const qsizetype lastNewline = data.lastIndexOf('\n');
        if (lastNewline < 0) {
            *partial += data;
            return;
        }
        Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.direction = Entry::Direction::Client;
        entry.kind = Entry::Kind::Data;
        if (partial->isEmpty() && lastNewline == data.size() - 1) {
            entry.raw = data;   // the usual case: shared, not copied
        } else {
            entry.raw = *partial + data.first(lastNewline + 1);
            *partial = data.sliced(lastNewline + 1);
        }
        append(entry);
    });

    connect(session, &SmtpSession::tlsEstablished, this,
            [this, session](const session::TlsInfo &info) {
                const QString peer = info.chain.isEmpty()
                        ? session->options().host
                        : info.chain.first()
                                  .subjectInfo(QSslCertificate::CommonName)
                                  .join(QLatin1Char(' '));
                addNote(tr("TLS started: %1, %2, peer %3").arg(info.protocol, info.cipher, peer));
            });

    connect(session, &SmtpSession::note, this, [this](const QString &text) {
        // The session may announce TLS itself too; the same note twice in a
        // row tells nothing new.
        if (!m_entries.isEmpty() && m_entries.constLast().kind == Entry::Kind::Note
            && m_entries.constLast().raw == text.toUtf8())
            return;
        addNote(text);
    });
}

} // namespace postscope::transcript
