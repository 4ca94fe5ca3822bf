#pragma once
// The one error type of the client side. Its kinds mirror smtplib's exception
// classes (ARCHITECTURE.md "Errors") and map to postscope-cli's exit codes.

#include "protocol/reply.h"

#include <QString>

namespace postscope::engine {

struct SmtpError
{
    enum class Kind {
        None,
        Usage,             // bad input from the caller: nothing was sent (exit 2)
        ConnectFailed,     // no connection, or no 220 greeting (exit 3)
        Disconnected,      // the server closed the connection unexpectedly (exit 4)
        HeloRefused,       // EHLO and HELO refused (exit 5)
        TlsFailed,         // STARTTLS missing, handshake/certificate failure, injection (exit 6)
        AuthFailed,        // exit 7
        SenderRefused,     // exit 8
        RecipientsRefused, // every recipient refused (exit 9)
        DataRefused,       // exit 10
        NotSupported,      // a needed extension is not offered (exit 11)
        Timeout,           // exit 12
        ProtocolViolation, // malformed or unexpected reply (exit 13)
    };

    Kind kind = Kind::None;
    int code = 0;                    // reply code, 0 when there was no reply
    protocol::EnhancedCode enhanced;
    QString message;                 // what went wrong, for a person; quotes the server's text

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static SmtpError make(Kind kind, QString message, const protocol::Reply &reply = {});
    static QString kindName(Kind kind); // "SenderRefused", ... (stable, used in JSON)
    static int exitCode(Kind kind);     // CLI.md exit codes
};

} // namespace postscope::engine
