#pragma once
// What a receiving server will dislike about a message, found before
// anything leaves: a pure check of the exact octets, the envelope and what
// the server offers. The octets are fed in pieces (a 1 GiB message is
// checked in bounded memory); header sections of the message and of every
// MIME part are followed so that the structure can be judged too.
// `send` refuses on errors unless --force; `lint FILE.eml` runs it alone.

#include "engine/clientengine.h"
#include "mime/messagebuilder.h"
#include "mime/transport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace postscope::mime {

struct LintFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Warning;
    QByteArray id; // stable, e.g. "line-too-long" (docs/CLI.md lists them)
    QString message; // what is wrong (translated)
    QString fix; // how to fix it (translated)
    bool needsExtension = false; // the server lacks an extension the message needs (exit 11)
    static QString severityName(Severity s)
    {
        return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
};

struct LintContext
{
    engine::Envelope envelope; // as it will be sent
    QList<QByteArray> blindRecipients; // the Bcc recipients among envelope.recipients
    TransportCapabilities server;
};

class Linter
{
public:
    explicit Linter(LintContext context);
    ~Linter();
    void feed(QByteArrayView data); // the message octets in order
    // Body lines the caller already knows (a streamed attachment's base64
    // lines, a scanned body file read with CRLF endings): they start where
    // a line starts, end with CRLF and hold no MIME delimiter. Counted from
    // their facts, not read, so a big file is not read a second time.
    void skipLines(qint64 octets, qint64 maxLineLength, bool eightBit);
    QList<LintFinding> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
    Q_DECLARE_TR_FUNCTIONS(postscope::mime::Linter)
};

// The same for a message in memory, or read from a source to its end
// (*error when the source fails).
QList<LintFinding> lintMessage(QByteArrayView message, const LintContext &context);
QList<LintFinding> lintMessage(engine::MessageSource &source, const LintContext &context,
                               QString *error);

// A built message: its streamed segments are judged from what the builder
// knows of them (base64 lines; a scanned text file), not read again.
QList<LintFinding> lintMessage(const BuiltMessage &message, const LintContext &context,
                               QString *error);

bool hasErrors(const QList<LintFinding> &findings);

} // namespace postscope::mime
