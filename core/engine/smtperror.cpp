#include "engine/smtperror.h"

namespace postscope::engine {

SmtpError SmtpError::make(Kind kind, QString message, const protocol::Reply &reply)
{
    SmtpError error;
    error.kind = kind;
    error.message = std::move(message);
    if (reply.isValid()) {
        error.code = reply.code;
        error.enhanced = reply.enhanced;
    }
    return error;
}

QString SmtpError::kindName(Kind kind)
{
    // Stable names: JSON output and scripts rely on them (CLI.md).
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::Usage: return QStringLiteral("Usage");
    case Kind::ConnectFailed: return QStringLiteral("ConnectFailed");
    case Kind::Disconnected: return QStringLiteral("Disconnected");
    case Kind::HeloRefused: return QStringLiteral("HeloRefused");
    case Kind::TlsFailed: return QStringLiteral("TlsFailed");
    case Kind::AuthFailed: return QStringLiteral("AuthFailed");
    case Kind::SenderRefused: return QStringLiteral("SenderRefused");
    case Kind::RecipientsRefused: return QStringLiteral("RecipientsRefused");
    case Kind::DataRefused: return QStringLiteral("DataRefused");
    case Kind::NotSupported: return QStringLiteral("NotSupported");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::ProtocolViolation: return QStringLiteral("ProtocolViolation");
    }
    return QStringLiteral("Unknown");
}

int SmtpError::exitCode(Kind kind)
{
    // CLI.md "Exit codes".
    switch (kind) {
    case Kind::None: return 0;
    case Kind::Usage: return 2;
    case Kind::ConnectFailed: return 3;
    case Kind::Disconnected: return 4;
    case Kind::HeloRefused: return 5;
    case Kind::TlsFailed: return 6;
    case Kind::AuthFailed: return 7;
    case Kind::SenderRefused: return 8;
    case Kind::RecipientsRefused: return 9;
    case Kind::DataRefused: return 10;
    case Kind::NotSupported: return 11;
    case Kind::Timeout: return 12;
    case Kind::ProtocolViolation: return 13;
    }
    return 13;
}

} // namespace postscope::engine
