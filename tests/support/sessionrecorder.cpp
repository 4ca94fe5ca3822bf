#include "sessionrecorder.h"

#include <QFile>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POSTSCOPE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define POSTSCOPE_ASAN 1
#endif
#ifdef POSTSCOPE_ASAN
// ASan keeps freed blocks in a 256 MiB quarantine, where they stay resident:
// a small one keeps the peak-memory checks of big messages meaningful. It is
// in the object file that peakRssKiB() pulls into a test, so every test that
// measures memory gets it.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=2";
}
#endif

namespace postscope::testsupport {

namespace {

template<typename T> void keep(QList<T> &list, const T &value)
{
    if (list.size() < SessionRecorder::maxKept)
        list.append(value);
}

} // namespace

void SessionRecorder::attach(session::SmtpSession *s)
{
    using session::SmtpSession;
    QObject::connect(s, &SmtpSession::errorOccurred, s, [this](const engine::SmtpError &e) {
        keep(errors, e);
        keep(order, QStringLiteral("error"));
    });
    QObject::connect(s, &SmtpSession::tlsEstablished, s,
                     [this](const session::TlsInfo &i) { keep(tls, i); });
    QObject::connect(s, &SmtpSession::commandSent, s,
                     [this](const protocol::Command &c) { keep(commands, c.display()); });
    QObject::connect(s, &SmtpSession::replyReceived, s,
                     [this](const protocol::Reply &r) { keep(replies, r); });
    QObject::connect(s, &SmtpSession::transactionFinished, s,
                     [this](const engine::TransactionResult &t) {
                         keep(transactions, t);
                         keep(order, QStringLiteral("transaction"));
                     });
    QObject::connect(s, &SmtpSession::note, s, [this](const QString &n) { keep(notes, n); });
    QObject::connect(s, &SmtpSession::dataSent, s,
                     [this](const QByteArray &d) { dataBytes += d.size(); });
    QObject::connect(s, &SmtpSession::connected, s, [this] { ++connected; });
    QObject::connect(s, &SmtpSession::ready, s, [this] {
        ++ready;
        keep(order, QStringLiteral("ready"));
    });
    QObject::connect(s, &SmtpSession::closed, s, [this] {
        ++closed;
        keep(order, QStringLiteral("closed"));
    });
}

QString SessionRecorder::errorText() const
{
    QStringList out;
    for (const engine::SmtpError &e : errors)
        out.append(engine::SmtpError::kindName(e.kind) + QStringLiteral(": ") + e.message);
    return out.join(QLatin1Char('\n'));
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace postscope::testsupport
