#pragma once
// What a receiving server offers that changes how a message is encoded and
// checked: 8BITMIME (RFC 6152), BINARYMIME with CHUNKING (RFC 3030),
// SMTPUTF8 (RFC 6531), DSN (RFC 3461) and SIZE (RFC 1870). A plain struct so
// that compose and lint can state it without a server.

#include <QByteArray>
#include <QString>

namespace postscope::protocol {
class Capabilities;
}

namespace postscope::mime {

struct TransportCapabilities
{
    bool eightBitMime = false;
    bool binaryMime = false;
    bool chunking = false;
    bool smtpUtf8 = false;
    bool dsn = false;
    qint64 sizeLimit = -1; // -1: SIZE not offered; 0: offered without a limit

    // From an EHLO reply. chunkingUsed: the client will really use BDAT
    // (CHUNKING offered and not switched off).
    static TransportCapabilities from(const protocol::Capabilities &caps, bool chunkingUsed);
    // "8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N" (case-insensitive,
    // comma or space separated); *error set on an unknown name.
    static TransportCapabilities parse(const QString &list, QString *error);
    QString toString() const;

    // RFC 3030 3: BINARYMIME is only usable over BDAT.
    bool binaryAllowed() const { return binaryMime && chunking; }
};

// The BODY= value a message needs (RFC 6152, RFC 3030).
enum class BodyType { SevenBit, EightBit, BinaryMime };

// The MAIL parameter for a body type, empty for 7bit.
QByteArray bodyParameter(BodyType type);

} // namespace postscope::mime
