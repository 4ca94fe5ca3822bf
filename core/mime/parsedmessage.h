#pragma once
// A received or saved message taken apart for display (the inbox view, `lint`,
// tests): its header fields, the tree of MIME parts with where each came
// from (byte offsets into the source), decoded text and HTML, and the
// attachments. GMime parses; a file is parsed in place (its part bodies are
// not read into memory until asked for).

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace postscope::mime {

struct ParsedHeader
{
    QByteArray name;
    QByteArray rawValue; // as written, unfolded
    QString value; // RFC 2047 words decoded (UTF-8 fields as they are)
    qint64 offset = -1; // where the field starts in the source
};

struct ParsedPart
{
    int parent = -1; // index into parts(), -1 for the top entity
    int depth = 0;
    QByteArray contentType; // lower-case "type/subtype"
    QByteArray charset;
    QByteArray transferEncoding; // lower-case, "" when absent (7bit)
    QByteArray disposition; // "attachment", "inline" or ""
    QString fileName; // RFC 2231 decoded
    QByteArray contentId; // without angle brackets
    QList<ParsedHeader> headers; // the part's own fields
    qint64 begin = -1; // first octet of the part (its header), in the source
    qint64 bodyBegin = -1; // first octet of its body (leaves)
    qint64 end = -1; // one past its last octet
    bool isMultipart() const { return contentType.startsWith("multipart/"); }
    bool isMessage() const
    {
        return contentType == "message/rfc822" || contentType == "message/global";
    }
    bool isAttachment() const { return disposition == "attachment" || !fileName.isEmpty(); }
};

class ParsedMessage
{
public:
    static ParsedMessage fromBytes(const QByteArray &data);
    static ParsedMessage fromFile(const QString &path);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    const QList<ParsedHeader> &headers() const { return m_headers; }
    QString header(QByteArrayView name) const; // first field of that name, decoded
    const QList<ParsedPart> &parts() const { return m_parts; } // pre-order; [0] is the top entity
    // The decoded body of a leaf part (transfer encoding undone); at most
    // maxBytes, *error when it cannot be decoded.
    QByteArray content(int part, QString *error = nullptr,
                       qint64 maxBytes = qint64(64) << 20) const;
    // The part's text in Unicode (charset converted).
    QString text(int part) const;
    // The first text/plain and text/html bodies that are not attachments,
    // or -1.
    int textPart() const { return m_textPart; }
    int htmlPart() const { return m_htmlPart; }
    QList<int> attachments() const;
    // "multipart/mixed\n  text/plain\n  application/pdf (x.pdf)\n": for
    // display and for tests.
    QString tree() const;

private:
    static ParsedMessage parseStream(ParsedMessage m);
    struct Private;
    std::shared_ptr<Private> d;
    QString m_error;
    QList<ParsedHeader> m_headers;
    QList<ParsedPart> m_parts;
    int m_textPart = -1;
    int m_htmlPart = -1;
    Q_DECLARE_TR_FUNCTIONS(postscope::mime::ParsedMessage)
};

} // namespace postscope::mime
