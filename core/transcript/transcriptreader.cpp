#include "transcript/transcriptreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace postscope::transcript {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::transcript::TranscriptReader", text);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "HH:mm:ss.zzz " at the start of a text line.
bool hasTimestamp(QByteArrayView line)
{
    if (line.size() < 13 || line[2] != ':' || line[5] != ':' || line[8] != '.' || line[12] != ' ')
        return false;
    for (int i : {0, 1, 3, 4, 6, 7, 9, 10, 11}) {
        if (!isDigit(line[i]))
            return false;
    }
    return true;
}

// Feeds one line (direction known) to the builder and keeps the entry.
struct Assembler
{
    ReadTranscript result;
    ConversationBuilder builder;

    QString session; // the line's "[label]" (text) or "session" (JSON)
    bool tls = false; // JSON "tls"

    Entry make(const QDateTime &time)
    {
        Entry e;
        e.time = time;
        e.session = session;
        e.tls = tls;
        return e;
    }

    void client(const QDateTime &time, const QByteArray &text, Entry::Kind hint, bool exact)
    {
        const int index = int(result.entries.size());
        Entry e = make(time);
        e.direction = Entry::Direction::Client;
        e.kind = builder.addClient(text, hint, false, index, exact);
        if (e.kind == Entry::Kind::Data) {
            e.raw = builder.lastDataOctets();
        } else {
            e.raw = exact ? text : text + "\r\n";
            // The recorded line already is the redacted form of a secret
            // (protocol::redactClientLine() puts "********" in its place).
            const QByteArray line = e.raw.chopped(e.raw.endsWith("\r\n") ? 2 : 0);
            if (line.contains("********"))
                e.redacted = line;
        }
        result.entries.append(e);
    }

    void server(const QDateTime &time, const QByteArray &line)
    {
        const int index = int(result.entries.size());
        Entry e = make(time);
        e.direction = Entry::Direction::Server;
        e.kind = Entry::Kind::Reply;
        e.raw = line + "\r\n";
        result.entries.append(e);
        builder.addServer(line, index);
    }

    void note(const QDateTime &time, const QByteArray &text)
    {
        Entry e = make(time);
        e.direction = Entry::Direction::Note;
        e.kind = Entry::Kind::Note;
        e.raw = text;
        result.entries.append(e);
        builder.addNote(QString::fromUtf8(text));
    }
};

bool readTextLine(Assembler &a, QByteArrayView line)
{
    static const QDate day = QDate::currentDate();
    QDateTime time;
    if (hasTimestamp(line)) {
        time = QDateTime(
            day,
            QTime::fromString(QString::fromLatin1(line.first(12)), QStringLiteral("HH:mm:ss.zzz")));
        line = line.sliced(13);
    }
    // "[work #2] ": the session a line belongs to, when one transcript
    // records several.
    a.session.clear();
    if (line.startsWith('[')) {
        const qsizetype close = line.indexOf(QByteArrayView("] "));
        if (close > 0) {
            a.session = QString::fromUtf8(line.sliced(1, close - 1));
            line = line.sliced(close + 2);
        }
    }
    auto marked = [&line](QByteArrayView marker, QByteArray *rest) {
        if (line.startsWith(marker) && line.size() > marker.size() && line[marker.size()] == ' ') {
            *rest = line.sliced(marker.size() + 1).toByteArray();
            return true;
        }
        if (line == marker) {
            *rest = QByteArray();
            return true;
        }
        return false;
    };
    QByteArray rest;
    if (marked("C:", &rest))
        a.client(time, rest, Entry::Kind::Note, false);
    else if (marked("S:", &rest))
        a.server(time, rest);
    else if (marked("**", &rest) || marked("#", &rest))
        a.note(time, rest);
    else
        return false;
    return true;
}

bool readJsonLine(Assembler &a, QByteArrayView line, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (!doc.isObject()) {
        *why = error.error != QJsonParseError::NoError ? error.errorString()
                                                       : tr("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    const QString direction = o.value(QLatin1String("direction")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString();
    const QDateTime time
        = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    const QString base64 = o.value(QLatin1String("base64")).toString();
    a.session = o.value(QLatin1String("session")).toString();
    a.tls = o.value(QLatin1String("tls")).toBool();
    QByteArray text = o.value(QLatin1String("text")).toString().toUtf8();
    bool exact = false;
    if (!base64.isEmpty()) {
        // The exact octets, where "text" could not carry them.
        const auto decoded = QByteArray::fromBase64Encoding(
            base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *why = tr("\"base64\" is not base64");
            return false;
        }
        text = *decoded;
        exact = true;
    }
    if (direction == QLatin1String("client")) {
        const Entry::Kind hint
            = kind == QLatin1String("data") ? Entry::Kind::Data : Entry::Kind::Command;
        a.client(time, text, hint, exact);
    } else if (direction == QLatin1String("server")) {
        if (exact && text.endsWith("\r\n"))
            text.chop(2);
        a.server(time, text);
    } else if (direction == QLatin1String("note")) {
        a.note(time, text);
    } else {
        *why = tr("\"direction\" must be client, server or note");
        return false;
    }
    return true;
}

} // namespace

ReadTranscript readTranscript(QByteArrayView bytes)
{
    Assembler a;
    qsizetype pos = 0;
    int lineNumber = 0;
    bool formatKnown = false;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!formatKnown) {
            formatKnown = true;
            if (line.startsWith('{'))
                a.result.format = ReadTranscript::Format::JsonLines;
        }
        QString why;
        const bool ok = a.result.format == ReadTranscript::Format::JsonLines
            ? readJsonLine(a, line, &why)
            : readTextLine(a, line);
        if (!ok) {
            a.result.error = a.result.format == ReadTranscript::Format::JsonLines
                ? tr("line %1: %2").arg(lineNumber).arg(why)
                : tr("line %1: not a transcript line (C:, S:, ** or #, after an optional "
                     "HH:mm:ss.zzz time)")
                      .arg(lineNumber);
            a.result.errorLine = lineNumber;
            break;
        }
    }
    a.result.conversation = a.builder.finish();
    return std::move(a.result);
}

ReadTranscript readTranscriptFile(const QString &path)
{
    ReadTranscript result;
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    // Bounded: one more octet than allowed tells a file that is too big.
    const QByteArray bytes = file.read(maxTranscriptBytes + 1);
    if (bytes.size() > maxTranscriptBytes) {
        result.error = tr("%1 is bigger than %2 MiB: not read")
                           .arg(path)
                           .arg(maxTranscriptBytes / (1024 * 1024));
        return result;
    }
    return readTranscript(bytes);
}

} // namespace postscope::transcript
