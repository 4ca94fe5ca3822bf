#include "certificateview.h"

#include "common/uihelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSslKey>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

QString joinedInfo(const QSslCertificate &c, QSslCertificate::SubjectInfo info, bool issuer)
{
    const QStringList values = issuer ? c.issuerInfo(info) : c.subjectInfo(info);
    return values.join(QStringLiteral(", "));
}

QString displayName(const QSslCertificate &c)
{
    QString name = joinedInfo(c, QSslCertificate::CommonName, false);
    if (name.isEmpty())
        name = c.subjectDisplayName();
    return name.isEmpty()
        ? QCoreApplication::translate("postscope::ui::CertificateView", "(no subject name)")
        : name;
}

QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString hexPairs(const QByteArray &hex)
{
    QString out;
    for (int i = 0; i + 1 < hex.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += QString::fromLatin1(hex.mid(i, 2)).toUpper();
    }
    return out;
}

} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificateView"));
    setAccessibleName(tr("Certificate"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("certificateTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_chainTree = new QTreeWidget(this);
    m_chainTree->setObjectName(QStringLiteral("certificateChain"));
    m_chainTree->setAccessibleName(tr("Certificate chain"));
    m_chainTree->setHeaderLabels({tr("Certificate"), tr("Valid until")});
    m_chainTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chainTree->header()->setStretchLastSection(false);
    m_chainTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_chainTree->setToolTip(tr("The chain the server sent: the issuer above, the server's own "
                               "certificate at the bottom"));
    connect(m_chainTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showDetails(item ? item->data(0, ChainIndexRole).toInt() : -1);
    });

    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setHeaderLabels({tr("Field"), tr("Value")});
    m_details->setRootIsDecorated(false);
    m_details->setWordWrap(true);
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("certificateSplitter"));
    split->addWidget(m_chainTree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("certificateVerification"));
    m_verification->setAccessibleName(tr("Verification result"));
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::RichText);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_trustButton = new QPushButton(themedIcon(QStringLiteral("state-tls")),
                                    tr("T&rust This Certificate for This Host"), this);
    nameControl(m_trustButton, QStringLiteral("trustCertificateButton"), m_trustButton->text());
    connect(m_trustButton, &QPushButton::clicked, this, &CertificateView::trustLeaf);

    m_exceptionList = new QTreeWidget(this);
    m_exceptionList->setObjectName(QStringLiteral("trustExceptionList"));
    m_exceptionList->setAccessibleName(tr("Trust exceptions"));
    m_exceptionList->setHeaderLabels({tr("Host"), tr("SHA-256"), tr("Added"), tr("Note")});
    m_exceptionList->setRootIsDecorated(false);
    m_exceptionList->setToolTip(tr("Certificates this account accepts although they do not "
                                   "verify: exactly these, for exactly these hosts"));
    m_exceptionList->setMaximumHeight(m_exceptionList->fontMetrics().lineSpacing() * 6 + 10);
    m_removeButton
        = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Re&move Exception"), this);
    nameControl(m_removeButton, QStringLiteral("removeTrustExceptionButton"),
                m_removeButton->text());
    m_removeButton->setToolTip(tr("Stop trusting the selected certificate"));
    connect(m_removeButton, &QPushButton::clicked, this, &CertificateView::removeSelectedException);
    connect(m_exceptionList, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_exceptionList->selectedItems().isEmpty()); });

    auto *exceptionsLabel = new QLabel(tr("Trust exceptions of this account:"), this);
    exceptionsLabel->setBuddy(m_exceptionList);

    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustButton);
    trustRow->addStretch(1);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    layout->addWidget(m_verification);
    layout->addLayout(trustRow);
    layout->addWidget(exceptionsLabel);
    layout->addWidget(m_exceptionList);
    layout->addLayout(removeRow);

    clearChain();
    rebuildExceptions();
}

QString CertificateView::fingerprintText(const QSslCertificate &certificate)
{
    return hexPairs(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificateView::keyText(const QSslCertificate &certificate)
{
    const QSslKey key = certificate.publicKey();
    QString algorithm;
    switch (key.algorithm()) {
    case QSsl::Rsa:
        algorithm = QStringLiteral("RSA");
        break;
    case QSsl::Dsa:
        algorithm = QStringLiteral("DSA");
        break;
    case QSsl::Ec:
        algorithm = QStringLiteral("EC");
        break;
    case QSsl::Dh:
        algorithm = QStringLiteral("DH");
        break;
    case QSsl::Opaque:
        algorithm = tr("other");
        break;
    }
    if (key.isNull())
        return tr("unknown");
    return tr("%1, %n bits", nullptr, key.length()).arg(algorithm);
}

QStringList CertificateView::alternativeNames(const QSslCertificate &certificate)
{
    QStringList out;
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QString kind;
        switch (it.key()) {
        case QSsl::DnsEntry:
            kind = QStringLiteral("DNS");
            break;
        case QSsl::IpAddressEntry:
            kind = QStringLiteral("IP");
            break;
        case QSsl::EmailEntry:
            kind = QStringLiteral("email");
            break;
        }
        out << QStringLiteral("%1: %2").arg(kind, it.value());
    }
    return out;
}

void CertificateView::setChain(const QString &host, const QList<QSslCertificate> &chain,
                               const QList<QSslError> &errors, bool verified,
                               bool trustedByFingerprint)
{
    m_host = host;
    m_chain = chain;
    m_errors = errors;
    m_verified = verified;
    m_trustedByFingerprint = trustedByFingerprint;
    rebuildChain();
}

void CertificateView::clearChain()
{
    m_host.clear();
    m_chain.clear();
    m_errors.clear();
    m_verified = false;
    m_trustedByFingerprint = false;
    rebuildChain();
}

void CertificateView::setTrustExceptions(const QList<accounts::TrustException> &exceptions)
{
    m_exceptions = exceptions;
    rebuildExceptions();
    updateTrustButton();
}

void CertificateView::setTrustAllowed(bool allowed)
{
    m_trustAllowed = allowed;
    updateTrustButton();
}

void CertificateView::rebuildChain()
{
    m_chainTree->clear();
    if (m_chain.isEmpty()) {
        m_title->setText(tr("No certificate yet: test the connection or probe the server."));
        m_verification->clear();
        m_details->clear();
        updateTrustButton();
        return;
    }
    m_title->setText(
        tr("The certificate chain %1 presented (%n certificate(s)).", nullptr, int(m_chain.size()))
            .arg(m_host));
    // The root (the chain's last) at the top, each issued certificate below
    // its issuer.
    QTreeWidgetItem *parent = nullptr;
    QTreeWidgetItem *leaf = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = m_chain.size() - 1; i >= 0; --i) {
        const QSslCertificate &c = m_chain.at(i);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_chainTree);
        item->setText(0, displayName(c));
        item->setText(1, c.expiryDate().toUTC().date().toString(Qt::ISODate));
        item->setData(0, ChainIndexRole, int(i));
        const bool expired = now > c.expiryDate() || now < c.effectiveDate();
        bool failed = expired;
        for (const QSslError &e : m_errors)
            failed = failed || (!e.certificate().isNull() && e.certificate() == c);
        item->setIcon(
            0, themedIcon(failed ? QStringLiteral("dialog-warning") : QStringLiteral("state-tls")));
        item->setToolTip(0, c.subjectDisplayName());
        item->setData(0, Qt::AccessibleTextRole,
                      i == 0 ? tr("Server certificate: %1").arg(item->text(0))
                             : tr("Issuer certificate: %1").arg(item->text(0)));
        parent = item;
        if (i == 0)
            leaf = item;
    }
    m_chainTree->expandAll();
    m_chainTree->setCurrentItem(leaf);

    QString text;
    if (m_verified) {
        text = tr("<b>Verified:</b> the chain leads to a trusted authority and names %1.")
                   .arg(m_host.toHtmlEscaped());
    } else {
        text = m_trustedByFingerprint
            ? tr("<b>Not verified</b>, accepted only because this account trusts exactly this "
                 "certificate (its SHA-256 fingerprint):")
            : tr("<b>Verification failed:</b>");
        QStringList items;
        for (const QSslError &e : m_errors) {
            QString line = e.errorString().toHtmlEscaped();
            if (!e.certificate().isNull())
                line += tr(" (certificate “%1”)").arg(displayName(e.certificate()).toHtmlEscaped());
            items << QStringLiteral("<li>%1</li>").arg(line);
        }
        if (items.isEmpty())
            items << QStringLiteral("<li>%1</li>").arg(tr("no reason was given"));
        text += QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items.join(QString()));
    }
    m_verification->setText(text);
    updateTrustButton();
}

void CertificateView::selectCertificate(int index)
{
    QTreeWidgetItemIterator it(m_chainTree);
    for (; *it; ++it) {
        if ((*it)->data(0, ChainIndexRole).toInt() == index) {
            m_chainTree->setCurrentItem(*it);
            return;
        }
    }
}

void CertificateView::showDetails(int index)
{
    m_details->clear();
    if (index < 0 || index >= m_chain.size())
        return;
    const QSslCertificate &c = m_chain.at(index);
    auto add = [this](const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem(m_details, {field, value});
        item->setToolTip(1, value);
        item->setData(1, Qt::AccessibleTextRole, field + QLatin1Char(' ') + value);
    };
    add(tr("Subject"), c.subjectDisplayName());
    add(tr("Subject (full)"),
        QStringList {joinedInfo(c, QSslCertificate::CommonName, false),
                     joinedInfo(c, QSslCertificate::Organization, false),
                     joinedInfo(c, QSslCertificate::CountryName, false)}
            .filter(QRegularExpression(QStringLiteral(".")))
            .join(QStringLiteral(", ")));
    const QStringList sans = alternativeNames(c);
    add(tr("Alternative names"), sans.isEmpty() ? tr("none") : sans.join(QStringLiteral(", ")));
    add(tr("Issuer"), c.issuerDisplayName());
    add(tr("Valid from"), dateText(c.effectiveDate()));
    add(tr("Valid until"), dateText(c.expiryDate()));
    add(tr("Key"), keyText(c));
    add(tr("SHA-256"), fingerprintText(c));
    add(tr("Serial number"), QString::fromLatin1(c.serialNumber()));
    add(tr("Self-signed"), c.isSelfSigned() ? tr("yes") : tr("no"));
    m_details->resizeColumnToContents(0);
}

void CertificateView::rebuildExceptions()
{
    m_exceptionList->clear();
    for (const accounts::TrustException &t : m_exceptions) {
        auto *item = new QTreeWidgetItem(
            m_exceptionList,
            {t.host, hexPairs(t.sha256),
             t.added.isValid() ? t.added.toUTC().toString(Qt::ISODate) : QString(), t.note});
        item->setToolTip(1, hexPairs(t.sha256));
    }
    m_removeButton->setEnabled(false);
}

void CertificateView::updateTrustButton()
{
    bool offer = m_trustAllowed && !m_chain.isEmpty() && !m_verified && !m_host.isEmpty();
    QString tip;
    if (offer) {
        const QByteArray sha = m_chain.first().digest(QCryptographicHash::Sha256).toHex();
        for (const accounts::TrustException &t : m_exceptions) {
            if (t.sha256 == sha && t.host.compare(m_host, Qt::CaseInsensitive) == 0)
                offer = false;
        }
        tip = tr("Accept exactly the certificate with SHA-256 %1 for %2 from now on, although "
                 "it does not verify. Any other certificate for this host is still checked.")
                  .arg(fingerprintText(m_chain.first()), m_host);
    }
    m_trustButton->setVisible(!m_chain.isEmpty() && !m_verified);
    m_trustButton->setEnabled(offer);
    m_trustButton->setToolTip(offer ? tip
                                    : tr("Nothing to trust: no failed certificate, or it is "
                                         "trusted already"));
}

void CertificateView::trustLeaf()
{
    if (m_chain.isEmpty() || m_host.isEmpty())
        return;
    accounts::TrustException t;
    t.host = m_host;
    t.setFingerprint(fingerprintText(m_chain.first()));
    t.added = QDateTime::currentDateTimeUtc();
    QStringList errors;
    for (const QSslError &e : m_errors)
        errors << e.errorString();
    t.note = tr("Trusted in the certificate view: %1").arg(errors.join(QStringLiteral("; ")));
    t.note.truncate(accounts::maxTextLength);
    m_exceptions.append(t);
    rebuildExceptions();
    updateTrustButton();
    emit trustRequested(t);
}

void CertificateView::removeSelectedException()
{
    QTreeWidgetItem *item = m_exceptionList->currentItem();
    if (!item)
        return;
    const int row = m_exceptionList->indexOfTopLevelItem(item);
    if (row < 0 || row >= m_exceptions.size())
        return;
    m_exceptions.removeAt(row);
    rebuildExceptions();
    updateTrustButton();
    emit trustExceptionsChanged(m_exceptions);
}

} // namespace postscope::ui
