#include "mime/emldocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

} // namespace

EmlDocument EmlDocument::fromBytes(QByteArray data)
{
    EmlDocument d;
    d.m_data = std::move(data);
    return d;
}

EmlDocument EmlDocument::load(const QString &path, QString *error, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 is larger than %2 MiB: too big to edit in memory")
                     .arg(path)
                     .arg(maxBytes >> 20);
        return {};
    }
    return fromBytes(file.readAll());
}

QList<HeaderField> EmlDocument::fields() const
{
    return parseHeaderFields(QByteArrayView(m_data).first(headerSectionLength(m_data, true)));
}

QByteArray EmlDocument::value(QByteArrayView name) const
{
    for (const HeaderField &f : fields()) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.value;
    }
    return {};
}

QByteArray EmlDocument::newline() const
{
    // Keep the file's own convention.
    const qsizetype lf = m_data.indexOf('\n');
    return lf > 0 && m_data.at(lf - 1) == '\r' ? QByteArrayLiteral("\r\n")
                                               : QByteArrayLiteral("\n");
}

QString EmlDocument::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (const QByteArray &v : {name, value}) {
        if (v.contains('\r') || v.contains('\n') || v.contains('\0'))
            return tr("header %1 holds a line break or NUL (header injection refused)")
                .arg(QString::fromUtf8(name));
    }
    if (name.isEmpty() || std::any_of(name.begin(), name.end(), [](char c) {
            return c < 33 || c > 126 || c == ':';
        }))
        return tr("header name %1 is not printable ASCII without spaces and colons")
            .arg(QString::fromUtf8(name));
    const QByteArray line = name + ": " + value + newline();
    for (const HeaderField &f : fields()) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_data.replace(f.offset, f.length, line);
            return {};
        }
    }
    // Before the empty line that ends the header section (CRLF or LF,
    // whatever ended the line before it); at the end when there is none.
    const qsizetype end = headerSectionLength(m_data, true);
    const QByteArrayView head(m_data.constData(), end);
    qsizetype at = end;
    QByteArray insert = line;
    if (head.endsWith("\n\r\n") || head == "\r\n")
        at = end - 2;
    else if (head.endsWith("\n\n") || head == "\n")
        at = end - 1;
    else if (end > 0 && !head.endsWith("\n"))
        insert.prepend(newline()); // a last field without its line ending
    m_data.insert(at, insert);
    return {};
}

void EmlDocument::removeHeader(QByteArrayView name)
{
    const QList<HeaderField> all = fields();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (all.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            m_data.remove(all.at(i).offset, all.at(i).length);
    }
}

QByteArray EmlDocument::body() const
{
    return m_data.mid(headerSectionLength(m_data, true));
}

bool EmlDocument::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_data) != m_data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace postscope::mime
