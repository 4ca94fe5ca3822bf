// Transcript::attach() lives apart from the rest of the transcript so that
// the model and its writers build and test without the session layer.

#include "session/smtpsession.h"
#include "transcript/transcript.h"

#include <QSslCertificate>

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

    connect(session, &SmtpSession::commandSent, this, [this](const protocol::Command &command) {
        Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.direction = Entry::Direction::Client;
        entry.kind = Entry::Kind::Command;
        entry.raw = command.wire;
        // AUTH lines carry their redacted form (RFC 4954 responses are
        // credentials); the writers show only that.
        entry.redacted = command.redacted;
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

    connect(session, &SmtpSession::dataSent, this, [this](qint64 bytes) {
        // The session reports how much message data went out, not the bytes
        // themselves (a 50 MiB message must not be copied into the model).
        Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.direction = Entry::Direction::Client;
        entry.kind = Entry::Kind::Data;
        entry.raw = QByteArrayLiteral("<") + QByteArray::number(bytes)
                + QByteArrayLiteral(" octets of message data>");
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
