#pragma once
// A server's certificate chain as the TLS handshake showed it, read from
// core's session::TlsReport (the model `postscope-cli probe` prints, so the
// window and the CLI show the same facts): the version, cipher and SNI name,
// the chain as a tree (the root at the top, the server's own certificate at
// the bottom), and for the selected certificate its subject, alternative
// names (RFC 5280 4.2.1.6), issuer, validity, key, signature algorithm and
// SHA-256 fingerprint. Below, the verification result with every error by
// its name, what changed since a trusted certificate, and the account's trust
// exceptions (host + the exact SHA-256 of one leaf, never a CA), removable.
// "Trust this certificate for this host" is explicit and per fingerprint:
// it emits the exception; the caller adds it to the account it edits.

#include "accounts/account.h"
#include "session/tlsreport.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace postscope::ui {

class CertificateView : public QWidget
{
    Q_OBJECT
public:
    // Qt::UserRole on a chain item: its index in the chain (0: the leaf).
    static constexpr int ChainIndexRole = Qt::UserRole;

    explicit CertificateView(QWidget *parent = nullptr);

    // host: the name the account connects to (a trust exception is for it;
    // the report's peerName when empty). report: what the handshake showed.
    void setReport(const QString &host, const session::TlsReport &report);
    void clearChain();
    void setTrustExceptions(const QList<accounts::TrustException> &exceptions);
    const QList<accounts::TrustException> &trustExceptions() const { return m_exceptions; }
    // Whether "Trust this certificate" may be offered at all (an account to
    // add the exception to).
    void setTrustAllowed(bool allowed);

    QString host() const { return m_host; }
    const session::TlsReport &report() const { return m_report; }
    // Leaf first, as the server sent it.
    const QList<session::CertificateDetail> &chain() const { return m_report.chain; }
    QTreeWidget *chainTree() const { return m_chainTree; }
    QTreeWidget *details() const { return m_details; }
    QLabel *verification() const { return m_verification; }
    // "TLSv1.3, TLS_AES_256_GCM_SHA384, SNI mx.example.test".
    QLabel *connectionLabel() const { return m_connection; }
    QTreeWidget *exceptionList() const { return m_exceptionList; }
    QPushButton *trustButton() const { return m_trustButton; }
    QPushButton *removeExceptionButton() const { return m_removeButton; }
    // Shows the details of chain[index].
    void selectCertificate(int index);

    // "AB:CD:…" (upper-case hex pairs of the lower-case hex digest), the
    // form `openssl x509 -fingerprint` prints.
    static QString fingerprintText(const QByteArray &sha256Hex);
    // "RSA, 2048 bits", "EC, 256 bits".
    static QString keyText(const session::CertificateDetail &certificate);

signals:
    // The person asked to trust chain[0] for host(): the exception to add.
    void trustRequested(const postscope::accounts::TrustException &exception);
    // After a removal: the list as it is now.
    void trustExceptionsChanged(const QList<postscope::accounts::TrustException> &exceptions);

private:
    void rebuildChain();
    void showDetails(int index);
    void rebuildExceptions();
    void updateTrustButton();
    void trustLeaf();
    void removeSelectedException();

    bool isVerified() const;

    QString m_host;
    session::TlsReport m_report;
    bool m_trustAllowed = true;
    QList<accounts::TrustException> m_exceptions;

    QLabel *m_title;
    QLabel *m_connection;
    QTreeWidget *m_chainTree;
    QTreeWidget *m_details;
    QLabel *m_verification;
    QPushButton *m_trustButton;
    QTreeWidget *m_exceptionList;
    QPushButton *m_removeButton;
};

} // namespace postscope::ui
