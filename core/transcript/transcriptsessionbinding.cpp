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

void Transcript::attach(session::SmtpSession *session, const QString &label)
{
    using session::SmtpSession;
    if (!session)
        return;

    // Every entry of this session: its label, and whether it crossed the
    // wire inside TLS (RFC 3207 4.2: after the handshake, or from the first
    // byte with implicit TLS, RFC 8314 3.3).
    auto make = [session, label](Entry::Direction direction, Entry::Kind kind) {
        Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.direction = direction;
        entry.kind = kind;
        entry.session = label;
        entry.tls = session->isEncrypted();
        return entry;
    };
    auto note = [this, make](const QString &text) {
        Entry entry = make(Entry::Direction::Note, Entry::Kind::Note);
        entry.raw = text.toUtf8();
        append(entry);
    };

    // Message data arrives in chunks that may end inside a line; a partial
    // line waits here until its end, or until a command follows it (BDAT
    // chunks end anywhere), so each text line is one wire line.
    auto partial = std::make_shared<QByteArray>();
    auto flushPartial = [this, partial, make]() {
        if (partial->isEmpty())
            return;
        Entry entry = make(Entry::Direction::Client, Entry::Kind::Data);
        entry.raw.swap(*partial);
        append(entry);
    };

    connect(session, &SmtpSession::commandSent, this,
            [this, flushPartial, make](const protocol::Command &command) {
                flushPartial();
                Entry entry = make(Entry::Direction::Client, Entry::Kind::Command);
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

    connect(session, &SmtpSession::replyReceived, this, [this, make](const protocol::Reply &reply) {
        const QByteArray raw = reply.raw.isEmpty() ? reply.toWire() : reply.raw;
        Entry entry = make(Entry::Direction::Server, Entry::Kind::Reply);
        entry.replyCode = reply.code;
        entry.enhanced = reply.enhanced;
        for (const QByteArray &line : wireLines(raw)) {
            entry.raw = line;
            append(entry);
        }
    });

    connect(session, &SmtpSession::dataSent, this, [this, partial, make](const QByteArray &data) {
        // Every octet of the message as it went out (dot-stuffed, CRLF), one
        // entry per chunk of whole lines. Keep limits (setMaxEntries, setMaxBytes) where
        // big messages are expected.
        const qsizetype lastNewline = data.lastIndexOf('\n');
        if (lastNewline < 0) {
            *partial += data;
            return;
        }
        Entry entry = make(Entry::Direction::Client, Entry::Kind::Data);
        if (partial->isEmpty() && lastNewline == data.size() - 1) {
            entry.raw = data;   // the usual case: shared, not copied
        } else {
            entry.raw = *partial + data.first(lastNewline + 1);
            *partial = data.sliced(lastNewline + 1);
        }
        append(entry);
    });

    connect(session, &SmtpSession::tlsEstablished, this,
            [session, note](const session::TlsInfo &info) {
                const QString peer = info.chain.isEmpty()
                        ? session->options().host
                        : info.chain.first()
                                  .subjectInfo(QSslCertificate::CommonName)
                                  .join(QLatin1Char(' '));
                note(tr("TLS started: %1, %2, peer %3").arg(info.protocol, info.cipher, peer));
            });

    connect(session, &SmtpSession::note, this, [this, note, label](const QString &text) {
        // The session may announce TLS itself too; the same note twice in a
        // row tells nothing new.
        if (!m_entries.isEmpty() && m_entries.constLast().kind == Entry::Kind::Note
            && m_entries.constLast().session == label && m_entries.constLast().raw == text.toUtf8())
            return;
        note(text);
    });
}

} // namespace postscope::transcript
