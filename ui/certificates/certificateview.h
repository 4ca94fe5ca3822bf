#pragma once
// A server's certificate chain as the TLS handshake showed it: the chain as
// a tree (the root at the top, the server's own certificate at the bottom),
// and for the selected certificate its subject, alternative names (RFC 5280
// 4.2.1.6), issuer, validity, key and SHA-256 fingerprint. Below, the
// verification result with every error named, and the account's trust
// exceptions (host + the exact SHA-256 of one leaf, never a CA), removable.
// "Trust this certificate for this host" is explicit and per fingerprint:
// it emits the exception; the caller adds it to the account it edits.

#include "accounts/account.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
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

    // chain: leaf first, as QSslSocket gives it. verified: the chain and the
    // host name verified without help; trustedByFingerprint: accepted only
    // because of a trust exception.
    void setChain(const QString &host, const QList<QSslCertificate> &chain,
                  const QList<QSslError> &errors, bool verified, bool trustedByFingerprint);
    void clearChain();
    void setTrustExceptions(const QList<accounts::TrustException> &exceptions);
    const QList<accounts::TrustException> &trustExceptions() const { return m_exceptions; }
    // Whether "Trust this certificate" may be offered at all (an account to
    // add the exception to).
    void setTrustAllowed(bool allowed);

    QString host() const { return m_host; }
    const QList<QSslCertificate> &chain() const { return m_chain; }
    QTreeWidget *chainTree() const { return m_chainTree; }
    QTreeWidget *details() const { return m_details; }
    QLabel *verification() const { return m_verification; }
    QTreeWidget *exceptionList() const { return m_exceptionList; }
    QPushButton *trustButton() const { return m_trustButton; }
    QPushButton *removeExceptionButton() const { return m_removeButton; }
    // Shows the details of chain[index].
    void selectCertificate(int index);

    // "AB:CD:…" (upper-case hex pairs), the form `openssl x509 -fingerprint` prints.
    static QString fingerprintText(const QSslCertificate &certificate);
    // "RSA, 2048 bits", "EC, 256 bits".
    static QString keyText(const QSslCertificate &certificate);
    // "DNS: mail.example.test, IP: 192.0.2.1".
    static QStringList alternativeNames(const QSslCertificate &certificate);

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

    QString m_host;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_errors;
    bool m_verified = false;
    bool m_trustedByFingerprint = false;
    bool m_trustAllowed = true;
    QList<accounts::TrustException> m_exceptions;

    QLabel *m_title;
    QTreeWidget *m_chainTree;
    QTreeWidget *m_details;
    QLabel *m_verification;
    QPushButton *m_trustButton;
    QTreeWidget *m_exceptionList;
    QPushButton *m_removeButton;
};

} // namespace postscope::ui
