#pragma once
// A saved .eml message opened for editing and sending again: header fields
// can be set or removed, and every octet the edit does not touch stays as
// it was (the body, the other fields, their folding and line endings).

#include "mime/envelope.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace postscope::mime {

class EmlDocument
{
public:
    static EmlDocument fromBytes(QByteArray data);
    // *error when the file cannot be read or is over maxBytes.
    static EmlDocument load(const QString &path, QString *error,
                            qint64 maxBytes = qint64(64) << 20);

    QList<HeaderField> fields() const;
    QByteArray value(QByteArrayView name) const; // the first field's unfolded value
    // Replaces the first field of that name where it stands (appends it to
    // the header section when absent). Refuses CR, LF and NUL (header
    // injection) and a name that is not RFC 5322 ftext: returns an error.
    QString setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(QByteArrayView name); // every field of that name
    QByteArray body() const;
    QByteArray bytes() const { return m_data; }
    bool save(const QString &path, QString *error) const;

private:
    QByteArray newline() const;
    QByteArray m_data;
    Q_DECLARE_TR_FUNCTIONS(postscope::mime::EmlDocument)
};

} // namespace postscope::mime
