#include "certificateview.h"

#include "common/uihelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

QString displayName(const session::CertificateDetail &c)
{
    const QString name = c.commonName.isEmpty() ? c.subject : c.commonName;
    return name.isEmpty()
        ? QCoreApplication::translate("postscope::ui::CertificateView", "(no subject name)")
        : name;
}

QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
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
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("certificateConnection"));
    m_connection->setAccessibleName(tr("TLS connection"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    layout->addWidget(m_connection);
    layout->addWidget(split, 1);
    layout->addWidget(m_verification);
    layout->addLayout(trustRow);
    layout->addWidget(exceptionsLabel);
    layout->addWidget(m_exceptionList);
    layout->addLayout(removeRow);

    clearChain();
    rebuildExceptions();
}

QString CertificateView::fingerprintText(const QByteArray &sha256Hex)
{
    QString out;
    for (qsizetype i = 0; i + 1 < sha256Hex.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    }
    return out;
}

QString CertificateView::keyText(const session::CertificateDetail &certificate)
{
    if (certificate.keyType.isEmpty() || certificate.keyType == QLatin1String("unknown"))
        return tr("unknown");
    if (certificate.keyBits < 0)
        return certificate.keyType;
    return tr("%1, %n bits", nullptr, certificate.keyBits).arg(certificate.keyType);
}

void CertificateView::setReport(const QString &host, const session::TlsReport &report)
{
    m_host = host.isEmpty() ? report.peerName : host;
    m_report = report;
    rebuildChain();
}

void CertificateView::clearChain()
{
    m_host.clear();
    m_report = session::TlsReport();
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

bool CertificateView::isVerified() const
{
    return m_report.verification == session::TlsReport::Verification::Verified;
}

void CertificateView::rebuildChain()
{
    m_chainTree->clear();
    const QList<session::CertificateDetail> &chain = m_report.chain;
    if (chain.isEmpty()) {
        m_title->setText(tr("No certificate yet: test the connection or probe the server."));
        m_connection->clear();
        m_connection->hide();
        m_verification->clear();
        m_details->clear();
        updateTrustButton();
        return;
    }
    m_title->setText(
        tr("The certificate chain %1 presented (%n certificate(s)).", nullptr, int(chain.size()))
            .arg(m_host));
    // RFC 6066 3: the name sent as SNI is the one the chain was checked against.
    const QString sni = m_report.peerName.isEmpty() ? tr("none") : m_report.peerName;
    m_connection->setText(
        m_report.established
            ? tr("TLS: %1, cipher %2, server name (SNI) %3")
                  .arg(m_report.protocol, m_report.cipher, sni)
            : tr("TLS: the handshake did not complete; server name (SNI) %1").arg(sni));
    m_connection->show();
    // The root (the chain's last) at the top, each issued certificate below
    // its issuer.
    QTreeWidgetItem *parent = nullptr;
    QTreeWidgetItem *leaf = nullptr;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const session::CertificateDetail &c = chain.at(i);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_chainTree);
        item->setText(0, displayName(c));
        item->setText(1, c.notAfter.toUTC().date().toString(Qt::ISODate));
        item->setData(0, ChainIndexRole, int(i));
        bool failed = c.validity != session::CertificateDetail::Validity::Valid;
        for (const session::VerificationError &e : m_report.errors)
            failed = failed || e.certificateIndex == i;
        item->setIcon(
            0, themedIcon(failed ? QStringLiteral("dialog-warning") : QStringLiteral("state-tls")));
        item->setToolTip(0, c.subject);
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
    if (isVerified()) {
        text = tr("<b>Verified:</b> the chain leads to a trusted authority and names %1.")
                   .arg(m_host.toHtmlEscaped());
    } else {
        text = m_report.verification == session::TlsReport::Verification::TrustedByFingerprint
            ? tr("<b>Not verified</b>, accepted only because this account trusts exactly this "
                 "certificate (its SHA-256 fingerprint):")
            : tr("<b>Verification failed:</b>");
        QStringList items;
        // Every error by its name (the same names probe --json gives) and Qt's sentence.
        for (const session::VerificationError &e : m_report.errors) {
            QString line = QStringLiteral("<b>%1</b>: %2")
                               .arg(e.name.toHtmlEscaped(), e.text.toHtmlEscaped());
            if (e.certificateIndex >= 0 && e.certificateIndex < chain.size())
                line += tr(" (certificate “%1”)")
                            .arg(displayName(chain.at(e.certificateIndex)).toHtmlEscaped());
            items << QStringLiteral("<li>%1</li>").arg(line);
        }
        if (items.isEmpty())
            items << QStringLiteral("<li>%1</li>").arg(tr("no reason was given"));
        text += QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items.join(QString()));
    }
    if (!m_report.trustChanges.isEmpty()) {
        QStringList changes;
        for (const QString &line : m_report.trustChanges)
            changes << QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        text += tr("<b>Not the certificate this account trusts;</b> what changed:")
            + QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(changes.join(QString()));
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
    if (index < 0 || index >= m_report.chain.size())
        return;
    const session::CertificateDetail &c = m_report.chain.at(index);
    auto add = [this](const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem(m_details, {field, value});
        item->setToolTip(1, value);
        item->setData(1, Qt::AccessibleTextRole, field + QLatin1Char(' ') + value);
    };
    add(tr("Subject"), c.subject);
    add(tr("Alternative names"),
        c.subjectAltNames.isEmpty() ? tr("none") : c.subjectAltNames.join(QStringLiteral(", ")));
    add(tr("Issuer"), c.issuer);
    add(tr("Valid from"), dateText(c.notBefore));
    add(tr("Valid until"), dateText(c.notAfter));
    QString validity;
    switch (c.validity) {
    case session::CertificateDetail::Validity::Valid:
        validity = tr("valid now");
        break;
    case session::CertificateDetail::Validity::Expired:
        validity = tr("expired");
        break;
    case session::CertificateDetail::Validity::NotYetValid:
        validity = tr("not valid yet");
        break;
    }
    add(tr("Validity"), validity);
    add(tr("Key"), keyText(c));
    add(tr("Signature algorithm"),
        c.signatureAlgorithm.isEmpty() ? tr("unknown") : c.signatureAlgorithm);
    add(tr("SHA-256"), fingerprintText(c.sha256));
    add(tr("Serial number"), c.serialNumber);
    add(tr("Self-signed"), c.selfSigned ? tr("yes") : tr("no"));
    m_details->resizeColumnToContents(0);
}

void CertificateView::rebuildExceptions()
{
    m_exceptionList->clear();
    for (const accounts::TrustException &t : m_exceptions) {
        auto *item = new QTreeWidgetItem(
            m_exceptionList,
            {t.host, fingerprintText(t.sha256),
             t.added.isValid() ? t.added.toUTC().toString(Qt::ISODate) : QString(), t.note});
        item->setToolTip(1, fingerprintText(t.sha256));
    }
    m_removeButton->setEnabled(false);
}

void CertificateView::updateTrustButton()
{
    const QList<session::CertificateDetail> &chain = m_report.chain;
    bool offer = m_trustAllowed && !chain.isEmpty() && !isVerified() && !m_host.isEmpty();
    QString tip;
    if (offer) {
        const QByteArray &sha = chain.first().sha256;
        for (const accounts::TrustException &t : m_exceptions) {
            if (t.sha256 == sha && t.host.compare(m_host, Qt::CaseInsensitive) == 0)
                offer = false;
        }
        tip = tr("Accept exactly the certificate with SHA-256 %1 for %2 from now on, although "
                 "it does not verify. Any other certificate for this host is still checked.")
                  .arg(fingerprintText(sha), m_host);
    }
    m_trustButton->setVisible(!chain.isEmpty() && !isVerified());
    m_trustButton->setEnabled(offer);
    m_trustButton->setToolTip(offer ? tip
                                    : tr("Nothing to trust: no failed certificate, or it is "
                                         "trusted already"));
}

void CertificateView::trustLeaf()
{
    if (m_report.chain.isEmpty() || m_host.isEmpty())
        return;
    // What the leaf looked like is kept with the exception, so that a
    // changed certificate can say what changed (session::certificateChanges).
    const session::CertificateDetail &leaf = m_report.chain.first();
    accounts::TrustException t;
    t.host = m_host;
    t.sha256 = leaf.sha256;
    t.subject = leaf.subject;
    t.issuer = leaf.issuer;
    t.notBefore = leaf.notBefore;
    t.notAfter = leaf.notAfter;
    t.added = QDateTime::currentDateTimeUtc();
    QStringList errors;
    for (const session::VerificationError &e : m_report.errors)
        errors << e.name;
    t.note = tr("Trusted in the certificate view: %1").arg(errors.join(QStringLiteral(", ")));
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
