#include "transcript/transcriptdiff.h"

#include "protocol/commandparser.h"

#include <QRegularExpression>

#include <utility>
#include <vector>

namespace postscope::transcript {

namespace {

QByteArray replaceAll(const QByteArray &text, const QRegularExpression &re, const QByteArray &with)
{
    QString s = QString::fromUtf8(text);
    s.replace(re, QString::fromUtf8(with));
    return s.toUtf8();
}

// What differs between two runs of the same conversation by nature.
struct Masks
{
    QByteArray clientName;
    QList<QByteArray> boundaries;

    QByteArray server(QByteArray text, bool endOfData) const
    {
        // RFC 5322 3.3 dates (Sendmail puts one in its greeting), and ISO 8601.
        static const QRegularExpression rfcDate(
            QStringLiteral("(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s+)?\\d{1,2}\\s+"
                           "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+\\d{2,4}\\s+"
                           "\\d{2}:\\d{2}(?::\\d{2})?(?:\\s+[+-]\\d{4})?(?:\\s+\\([A-Za-z]+\\))?"));
        static const QRegularExpression isoDate(
            QStringLiteral("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                           "(?:Z|[+-]\\d{2}:?\\d{2})?"));
        // The client's address as the server saw it (RFC 5321 4.1.4's
        // "Hello" line, a Received: line): an IPv4 or IPv6 literal.
        static const QRegularExpression address(
            QStringLiteral("\\[IPv6:[0-9A-Fa-f:.]+\\]|\\[?\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b\\]?"));
        static const QRegularExpression queued(QStringLiteral("(queued as\\s+|id=)\\S+"),
                                               QRegularExpression::CaseInsensitiveOption);
        // Anything like a queue id in the reply to the end of the data: a
        // token of 8 or more letters and digits with both in it.
        static const QRegularExpression idToken(
            QStringLiteral("\\b(?=[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,}\\b"));
        text = replaceAll(text, rfcDate, "<date>");
        text = replaceAll(text, isoDate, "<date>");
        text = replaceAll(text, address, "<address>");
        if (!clientName.isEmpty())
            text.replace(clientName, "<client-name>");
        if (endOfData) {
            QString s = QString::fromUtf8(text);
            s.replace(queued, QStringLiteral("\\1<queue-id>"));
            s.replace(idToken, QStringLiteral("<queue-id>"));
            text = s.toUtf8();
        }
        return text;
    }

    QByteArray data(QByteArray line) const
    {
        for (int i = 0; i < boundaries.size(); ++i)
            line.replace(boundaries[i], "<boundary-" + QByteArray::number(i + 1) + '>');
        return line;
    }
};

// RFC 2046 5.1.1: boundary="..." or boundary=token in a Content-Type.
void collectBoundaries(const QByteArray &data, QList<QByteArray> *out)
{
    static const QRegularExpression re(
        QStringLiteral("boundary=(?:\"([^\"\\r\\n]+)\"|([^\\s;\"]+))"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(QString::fromUtf8(data));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray b = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toUtf8();
        if (!b.isEmpty() && !out->contains(b))
            out->append(b);
    }
}

QList<QByteArray> dataLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

void addReplies(QList<QByteArray> *out, const Exchange &e, const Masks &masks, bool endOfData)
{
    for (const protocol::Reply &r : e.replies) {
        for (qsizetype i = 0; i < r.lines.size(); ++i) {
            const char sep = i + 1 < r.lines.size() ? '-' : ' ';
            // RFC 4954 4: a challenge is new every time.
            const QByteArray text
                = r.code == 334 ? QByteArray("<challenge>") : masks.server(r.lines[i], endOfData);
            out->append("S: " + QByteArray::number(r.code) + sep + text);
        }
    }
}

void addMessage(QList<QByteArray> *out, const QByteArray &data, const Masks &masks)
{
    // RFC 5322 3.6.1 / 3.6.4: Date and Message-ID are made new for every
    // message; their folded continuation lines go with them.
    bool inHeader = true;
    bool masking = false;
    for (const QByteArray &line : dataLines(data)) {
        if (inHeader && line.isEmpty())
            inHeader = false;
        if (inHeader) {
            const bool continuation = line.startsWith(' ') || line.startsWith('\t');
            if (continuation && masking)
                continue;
            masking = false;
            const QByteArray lower = line.toLower();
            if (lower.startsWith("date:")) {
                out->append("D: Date: <date>");
                masking = true;
                continue;
            }
            if (lower.startsWith("message-id:")) {
                out->append("D: Message-ID: <message-id>");
                masking = true;
                continue;
            }
        }
        out->append("D: " + masks.data(line));
    }
}

} // namespace

QByteArray comparableCommand(const QByteArray &line, bool redacted)
{
    const protocol::CommandLine cmd = protocol::splitCommandLine(line);
    if (cmd.verb == "EHLO" || cmd.verb == "HELO" || cmd.verb == "LHLO") {
        // RFC 5321 4.1.1.1: the client's own name, different on every
        // machine (and echoed by the server).
        return cmd.verb + " <client-name>";
    }
    const QByteArray hidden = protocol::redactClientLine(line);
    // RFC 5321 2.4: verbs are case-insensitive.
    QByteArray out = !hidden.isEmpty()
        ? hidden
        : cmd.verb + (cmd.argument.isEmpty() ? QByteArray() : " " + cmd.argument);
    if (redacted && hidden.isEmpty())
        out = line;
    // Sizes follow the message, whose changing headers (Date, Message-ID)
    // are masked: the message's own lines show a real change.
    static const QRegularExpression size(QStringLiteral("\\bSIZE=\\d+"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bdat(QStringLiteral("^BDAT \\d+"));
    if (cmd.verb == "MAIL")
        out = replaceAll(out, size, "SIZE=<size>");
    if (cmd.verb == "BDAT")
        out = replaceAll(out, bdat, "BDAT <size>");
    return out;
}

QList<QByteArray> comparableMessage(const QByteArray &content)
{
    Masks masks;
    collectBoundaries(content, &masks.boundaries);
    QList<QByteArray> lines;
    addMessage(&lines, content, masks);
    for (QByteArray &l : lines)
        l.remove(0, 3); // "D: "
    return lines;
}

QList<QByteArray> comparableLines(const Conversation &conversation)
{
    Masks masks;
    for (const Exchange &e : conversation.exchanges) {
        if (e.kind == Exchange::Kind::MessageData || e.verb == "BDAT")
            collectBoundaries(e.data, &masks.boundaries);
    }
    QList<QByteArray> out;
    bool tls = conversation.implicitTls;
    if (tls)
        out.append("** TLS");
    bool previousBdat = false;
    for (const Exchange &e : conversation.exchanges) {
        const bool bdatBefore = std::exchange(previousBdat, e.verb == "BDAT");
        if (e.tls && !tls) {
            out.append("** TLS");
            tls = true;
        }
        switch (e.kind) {
        case Exchange::Kind::Greeting:
        case Exchange::Kind::Unsolicited:
            addReplies(&out, e, masks, false);
            break;
        case Exchange::Kind::SaslResponse:
            out.append("C: ********");
            addReplies(&out, e, masks, false);
            break;
        case Exchange::Kind::MessageData:
            addMessage(&out, e.data, masks);
            addReplies(&out, e, masks, true);
            break;
        case Exchange::Kind::Command: {
            if (e.verb == "EHLO" || e.verb == "HELO" || e.verb == "LHLO")
                masks.clientName = e.argument.trimmed();
            const QByteArray line = comparableCommand(e.line, e.redacted);
            out.append("C: " + line);
            // A message's header section is in its first chunk (RFC 3030 2).
            if (e.verb == "BDAT" && !bdatBefore)
                addMessage(&out, e.data, masks);
            else
                for (const QByteArray &d : dataLines(e.data))
                    out.append("D: " + masks.data(d));
            const bool last = e.verb == "BDAT" && e.argument.toUpper().contains("LAST");
            addReplies(&out, e, masks, last);
            break;
        }
        }
    }
    return out;
}

bool TranscriptDiff::identical() const
{
    for (const DiffLine &l : lines) {
        if (l.op != DiffLine::Op::Same)
            return false;
    }
    return true;
}

TranscriptDiff diffConversations(const Conversation &ca, const Conversation &cb)
{
    TranscriptDiff d;
    d.a = comparableLines(ca);
    d.b = comparableLines(cb);
    const QList<QByteArray> &a = d.a;
    const QList<QByteArray> &b = d.b;
    const int n = int(a.size());
    const int m = int(b.size());
    int head = 0;
    while (head < n && head < m && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail])
        ++tail;
    for (int i = 0; i < head; ++i)
        d.lines.append({DiffLine::Op::Same, a[i], i, i});

    const int na = n - head - tail;
    const int nb = m - head - tail;
    if (qint64(na + 1) * (nb + 1) > maxDiffCells) {
        for (int i = 0; i < na; ++i)
            d.lines.append({DiffLine::Op::Removed, a[head + i], head + i, -1});
        for (int j = 0; j < nb; ++j)
            d.lines.append({DiffLine::Op::Added, b[head + j], -1, head + j});
    } else {
        // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
        std::vector<int> lcs(size_t(na + 1) * size_t(nb + 1), 0);
        auto at
            = [&](int i, int j) -> int & { return lcs[size_t(i) * size_t(nb + 1) + size_t(j)]; };
        for (int i = na - 1; i >= 0; --i) {
            for (int j = nb - 1; j >= 0; --j) {
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                      : qMax(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < na || j < nb) {
            if (i < na && j < nb && a[head + i] == b[head + j]) {
                d.lines.append({DiffLine::Op::Same, a[head + i], head + i, head + j});
                ++i;
                ++j;
            } else if (i < na && (j == nb || at(i + 1, j) >= at(i, j + 1))) {
                // Removed lines first, as diff -u shows a change.
                d.lines.append({DiffLine::Op::Removed, a[head + i], head + i, -1});
                ++i;
            } else {
                d.lines.append({DiffLine::Op::Added, b[head + j], -1, head + j});
                ++j;
            }
        }
    }
    for (int k = tail; k > 0; --k)
        d.lines.append({DiffLine::Op::Same, a[n - k], n - k, m - k});
    return d;
}

QByteArray TranscriptDiff::unified(const QString &nameA, const QString &nameB, int context) const
{
    if (identical())
        return {};
    context = qMax(0, context);
    QByteArray out = "--- " + nameA.toUtf8() + "\n+++ " + nameB.toUtf8() + "\n";
    const int total = int(lines.size());
    int k = 0;
    while (k < total) {
        // The next change, and the hunk around it (changes closer than
        // twice the context join one hunk).
        while (k < total && lines[k].op == DiffLine::Op::Same)
            ++k;
        if (k >= total)
            break;
        const int start = qMax(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < total) {
            if (lines[end].op != DiffLine::Op::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = qMin(total, lastChange + context + 1);
        // Header: the first line of each side in the hunk (1-based), counts.
        int firstA = -1, firstB = -1, countA = 0, countB = 0;
        int beforeA = 0, beforeB = 0; // lines of each side before the hunk
        for (int x = 0; x < start; ++x) {
            beforeA += lines[x].op != DiffLine::Op::Added;
            beforeB += lines[x].op != DiffLine::Op::Removed;
        }
        QByteArray body;
        for (int x = start; x < end; ++x) {
            const DiffLine &l = lines[x];
            switch (l.op) {
            case DiffLine::Op::Same:
                body += ' ' + l.text + '\n';
                ++countA;
                ++countB;
                break;
            case DiffLine::Op::Removed:
                body += '-' + l.text + '\n';
                ++countA;
                break;
            case DiffLine::Op::Added:
                body += '+' + l.text + '\n';
                ++countB;
                break;
            }
        }
        firstA = countA ? beforeA + 1 : beforeA;
        firstB = countB ? beforeB + 1 : beforeB;
        out += "@@ -" + QByteArray::number(firstA) + ',' + QByteArray::number(countA) + " +"
            + QByteArray::number(firstB) + ',' + QByteArray::number(countB) + " @@\n" + body;
        k = end;
    }
    return out;
}

} // namespace postscope::transcript
