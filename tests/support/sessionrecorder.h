#pragma once
// What the session tests share (tst_smtpsession, tst_hostileserver): a
// recorder of everything an SmtpSession signals, and the process's peak
// memory for the "memory stays flat" checks. Linking this file also gives
// ASan a small quarantine (see sessionrecorder.cpp).

#include "session/smtpsession.h"

#include <QList>
#include <QStringList>

namespace postscope::testsupport {

// Everything a session says, kept for the checks. A hostile server may make
// a session say a lot: each list keeps its first maxKept entries (the counts
// go on), so a flood cannot grow the test's own memory.
struct SessionRecorder
{
    static constexpr qsizetype maxKept = 10000;

    QList<engine::SmtpError> errors;
    QList<session::TlsInfo> tls;
    QList<QByteArray> commands;
    QList<protocol::Reply> replies;
    QList<engine::TransactionResult> transactions;
    QStringList notes;
    QStringList order; // "error", "transaction", "ready", "closed" as they came
    qint64 dataBytes = 0;
    int connected = 0;
    int ready = 0;
    int closed = 0;

    void attach(session::SmtpSession *s);
    // Every error as "kind: message", one a line.
    QString errorText() const;
};

// The peak resident set of this process in KiB (Linux VmHWM), -1 if unknown.
qint64 peakRssKiB();
// Linux: writing 5 to clear_refs resets the peak RSS to the current RSS.
bool resetPeakRss();

} // namespace postscope::testsupport
