#include "sandboxcontrols.h"

#include "common/uihelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

// Bounds no pasted text can stretch.
constexpr int maxUsers = 100;
constexpr int maxMailboxes = 10000;
constexpr int maxFaultRules = 100;

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}

} // namespace

SandboxControls::SandboxControls(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sandboxControls"));
    setAccessibleName(tr("Sandbox settings"));

    auto *extensionsBox = new QGroupBox(tr("Extensions offered in EHLO"), this);
    auto *grid = new QGridLayout(extensionsBox);
    const QList<QByteArray> names = engine::serverExtensionNames();
    for (int i = 0; i < names.size(); ++i) {
        auto *check = new QCheckBox(QString::fromLatin1(names.at(i)), extensionsBox);
        check->setObjectName(QStringLiteral("extension_") + QString::fromLatin1(names.at(i)));
        check->setAccessibleName(tr("Offer %1").arg(QString::fromLatin1(names.at(i))));
        check->setChecked(true);
        check->setToolTip(tr("Unticked: the sandbox does not offer %1 (VRFY/EXPN then answer "
                             "252, RFC 5321 3.5.3)")
                              .arg(QString::fromLatin1(names.at(i))));
        grid->addWidget(check, i / 4, i % 4);
        m_extensions.append({names.at(i), check});
    }

    m_users = new QTableWidget(0, 2, this);
    m_users->setObjectName(QStringLiteral("sandboxUsers"));
    m_users->setAccessibleName(tr("Users for AUTH"));
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Password")});
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->verticalHeader()->setVisible(false);
    m_users->setToolTip(tr("Who may log in to the sandbox (AUTH is offered only with users). "
                           "Test passwords: kept in memory, never saved."));
    auto *addUser = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Add &User"), this);
    nameControl(addUser, QStringLiteral("addSandboxUserButton"), addUser->text());
    connect(addUser, &QPushButton::clicked, this, [this] { addUserRow(); });
    auto *removeUser
        = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Remove U&ser"), this);
    nameControl(removeUser, QStringLiteral("removeSandboxUserButton"), removeUser->text());
    connect(removeUser, &QPushButton::clicked, this, [this] {
        if (m_users->currentRow() >= 0)
            m_users->removeRow(m_users->currentRow());
    });
    auto *usersBox = new QGroupBox(tr("Users for AUTH"), this);
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->addWidget(m_users);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(addUser);
    userButtons->addWidget(removeUser);
    userButtons->addStretch(1);
    usersLayout->addLayout(userButtons);

    m_mailboxes = new QPlainTextEdit(this);
    m_mailboxes->setObjectName(QStringLiteral("sandboxMailboxes"));
    m_mailboxes->setAccessibleName(tr("Mailboxes for VRFY and EXPN"));
    m_mailboxes->setPlaceholderText(tr("alice@sandbox.test\nlist: staff = alice@sandbox.test, "
                                       "bob@sandbox.test"));
    m_mailboxes->setToolTip(tr("One mailbox per line; \"list: NAME = a, b\" makes a list EXPN "
                               "expands"));
    m_rejectUnknown = new QCheckBox(tr("Refuse &recipients not listed (550 5.1.1)"), this);
    m_rejectUnknown->setObjectName(QStringLiteral("rejectUnknownCheck"));
    auto *mailboxBox = new QGroupBox(tr("Mailboxes for VRFY and EXPN"), this);
    auto *mailboxLayout = new QVBoxLayout(mailboxBox);
    mailboxLayout->addWidget(m_mailboxes);
    mailboxLayout->addWidget(m_rejectUnknown);

    m_faults = new QPlainTextEdit(this);
    m_faults->setObjectName(QStringLiteral("sandboxFaults"));
    m_faults->setAccessibleName(tr("Fault rules"));
    m_faults->setPlaceholderText(tr("One rule per line, e.g. RCPT:450:4.2.0 Try later"));
    m_faults->setToolTip(sandbox::FaultPlan::syntaxHelp());
    auto *faultBox = new QGroupBox(tr("Fault rules"), this);
    auto *faultLayout = new QVBoxLayout(faultBox);
    faultLayout->addWidget(m_faults);

    m_fixedPort = new QCheckBox(tr("Fi&xed port:"), this);
    m_fixedPort->setObjectName(QStringLiteral("fixedPortCheck"));
    m_fixedPort->setToolTip(tr("Unticked: a free port the system picks at each start"));
    m_port = new QSpinBox(this);
    m_port->setRange(1024, 65535);
    m_port->setValue(2525);
    m_port->setEnabled(false);
    nameControl(m_port, QStringLiteral("sandboxPortSpin"), tr("Port"));
    connect(m_fixedPort, &QCheckBox::toggled, m_port, &QWidget::setEnabled);

    m_applyButton = new QPushButton(themedIcon(QStringLiteral("network-server")),
                                    tr("&Apply and Restart"), this);
    nameControl(m_applyButton, QStringLiteral("applySandboxButton"), m_applyButton->text());
    m_applyButton->setToolTip(tr("Restart the sandbox server with these settings (open "
                                 "connections to it are closed)"));
    connect(m_applyButton, &QPushButton::clicked, this, &SandboxControls::apply);
    m_copyButton = new QPushButton(themedIcon(QStringLiteral("edit-copy")),
                                   tr("&Copy Connection Settings"), this);
    nameControl(m_copyButton, QStringLiteral("copyConnectionButton"), m_copyButton->text());
    m_copyButton->setToolTip(tr("Host, port, security and user, with swaks and Python smtplib "
                                "commands, to the clipboard"));
    connect(m_copyButton, &QPushButton::clicked, this, &SandboxControls::copyConnectionSettings);

    m_connection = new QPlainTextEdit(this);
    m_connection->setObjectName(QStringLiteral("sandboxConnection"));
    m_connection->setAccessibleName(tr("Connection settings"));
    m_connection->setReadOnly(true);
    m_connection->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sandboxControlsStatus"));
    m_status->setAccessibleName(tr("Sandbox status"));
    m_status->setWordWrap(true);

    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_fixedPort);
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    portRow->addWidget(m_applyButton);

    auto *left = new QVBoxLayout;
    left->addWidget(extensionsBox);
    left->addWidget(usersBox);
    left->addWidget(mailboxBox);
    auto *right = new QVBoxLayout;
    right->addWidget(faultBox);
    right->addWidget(m_copyButton);
    right->addWidget(m_connection, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(portRow);
    layout->addWidget(m_status);
}

void SandboxControls::setStatus(const QString &text)
{
    m_status->setText(text);
}

QCheckBox *SandboxControls::extensionCheck(const QByteArray &name) const
{
    for (const auto &pair : m_extensions) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return nullptr;
}

void SandboxControls::addUserRow(const QString &user, const QString &password)
{
    if (m_users->rowCount() >= maxUsers)
        return;
    const int row = m_users->rowCount();
    m_users->insertRow(row);
    m_users->setItem(row, 0, new QTableWidgetItem(user));
    m_users->setItem(row, 1, new QTableWidgetItem(password));
    m_users->setCurrentCell(row, 0);
}

bool SandboxControls::config(const sandbox::SandboxConfig &base, sandbox::SandboxConfig *out,
                             QString *error) const
{
    sandbox::SandboxConfig c = base;
    engine::ServerExtensions extensions;
    for (const auto &pair : m_extensions) {
        engine::ServerExtension e;
        if (pair.second->isChecked() && engine::parseServerExtension(pair.first, &e))
            extensions |= e;
    }
    c.server.extensions = extensions;

    c.users.clear();
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const QString user
            = m_users->item(row, 0) ? m_users->item(row, 0)->text().trimmed() : QString();
        const QString password = m_users->item(row, 1) ? m_users->item(row, 1)->text() : QString();
        if (user.isEmpty() && password.isEmpty())
            continue;
        if (user.isEmpty() || password.isEmpty()) {
            *error = tr("User row %1: both a user and a password are needed.").arg(row + 1);
            return false;
        }
        c.users.insert(user, password);
    }

    engine::Directory directory;
    const QStringList mailboxLines = lines(m_mailboxes);
    if (mailboxLines.size() > maxMailboxes) {
        *error = tr("More than %1 mailboxes.").arg(maxMailboxes);
        return false;
    }
    for (const QString &line : mailboxLines) {
        if (line.startsWith(QLatin1String("list:"), Qt::CaseInsensitive)) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            const QString name = line.mid(5, eq < 0 ? -1 : eq - 5).trimmed();
            if (eq < 0 || name.isEmpty()) {
                *error = tr("“%1”: a list is written “list: NAME = a@x, b@y”.").arg(line);
                return false;
            }
            QList<QByteArray> members;
            for (const QString &m : line.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                members << m.trimmed().toUtf8();
            directory.lists.insert(name.toLower().toUtf8(), members);
        } else {
            directory.mailboxes << line.toUtf8();
        }
    }
    c.server.directory = directory;
    c.server.rejectUnknownRecipients = m_rejectUnknown->isChecked() && !directory.isEmpty();

    const QStringList faultLines = lines(m_faults);
    if (faultLines.size() > maxFaultRules) {
        *error = tr("More than %1 fault rules.").arg(maxFaultRules);
        return false;
    }
    sandbox::FaultPlan plan;
    for (const QString &line : faultLines) {
        QString why;
        const sandbox::FaultRule rule = sandbox::FaultRule::parse(line, &why);
        if (!why.isEmpty()) {
            *error = tr("Fault rule “%1”: %2").arg(line, why);
            return false;
        }
        plan.addRule(rule);
    }
    c.faults = plan;
    c.port = m_fixedPort->isChecked() ? quint16(m_port->value()) : 0;
    *out = c;
    return true;
}

void SandboxControls::load(const sandbox::SandboxConfig &c)
{
    for (const auto &pair : m_extensions) {
        engine::ServerExtension e;
        if (engine::parseServerExtension(pair.first, &e))
            pair.second->setChecked(c.server.extensions.testFlag(e));
    }
    m_users->setRowCount(0);
    for (auto it = c.users.cbegin(); it != c.users.cend(); ++it)
        addUserRow(it.key(), it.value());
    QStringList mailboxLines;
    for (const QByteArray &m : c.server.directory.mailboxes)
        mailboxLines << QString::fromUtf8(m);
    for (auto it = c.server.directory.lists.cbegin(); it != c.server.directory.lists.cend(); ++it) {
        QStringList members;
        for (const QByteArray &m : it.value())
            members << QString::fromUtf8(m);
        mailboxLines << QStringLiteral("list: %1 = %2")
                            .arg(QString::fromUtf8(it.key()), members.join(QStringLiteral(", ")));
    }
    m_mailboxes->setPlainText(mailboxLines.join(QLatin1Char('\n')));
    m_rejectUnknown->setChecked(c.server.rejectUnknownRecipients);
    QStringList faultLines;
    for (const sandbox::FaultRule &r : c.faults.rules())
        faultLines << r.toString();
    m_faults->setPlainText(faultLines.join(QLatin1Char('\n')));
    m_fixedPort->setChecked(c.port != 0);
    if (c.port != 0)
        m_port->setValue(c.port);
}

void SandboxControls::setServer(const sandbox::SandboxServer *server)
{
    m_server = server;
    m_connection->setPlainText(connectionSettings());
}

QString SandboxControls::connectionSettings() const
{
    if (!m_server || !m_server->isRunning())
        return tr("The sandbox is not running.");
    const quint16 port = m_server->port();
    const bool tls = m_server->certificate().isValid()
        && m_server->config().server.extensions.testFlag(engine::ServerExtension::StartTls);
    QString user;
    QString password;
    if (!m_server->config().users.isEmpty()) {
        user = m_server->config().users.constBegin().key();
        password = m_server->config().users.constBegin().value();
    }
    QStringList out;
    out << tr("Host: 127.0.0.1");
    out << tr("Port: %1").arg(port);
    out << tr("Security: %1")
               .arg(tls ? tr("STARTTLS (the sandbox's own certificate)") : tr("none"));
    out << tr("User: %1").arg(user.isEmpty() ? tr("none (no AUTH)") : user);
    out << QString();
    out << tr("# swaks");
    QString swaks = QStringLiteral("swaks --server 127.0.0.1:%1 --to inbox@sandbox.test "
                                   "--from you@sandbox.test")
                        .arg(port);
    if (tls)
        swaks += QStringLiteral(" --tls");
    if (!user.isEmpty())
        swaks += QStringLiteral(" --auth-user '%1' --auth-password '%2'").arg(user, password);
    out << swaks;
    out << QString();
    out << tr("# Python smtplib");
    out << QStringLiteral("import smtplib, ssl");
    out << QStringLiteral("with smtplib.SMTP('127.0.0.1', %1) as s:").arg(port);
    if (tls) {
        out << QStringLiteral("    ctx = ssl.create_default_context(cafile='%1')")
                   .arg(m_server->certificate().certificatePath);
        out << QStringLiteral("    s.starttls(context=ctx)");
    }
    if (!user.isEmpty())
        out << QStringLiteral("    s.login('%1', '%2')").arg(user, password);
    out << QStringLiteral("    s.sendmail('you@sandbox.test', ['inbox@sandbox.test'], "
                          "'Subject: hello\\r\\n\\r\\nHello.\\r\\n')");
    return out.join(QLatin1Char('\n'));
}

void SandboxControls::copyConnectionSettings()
{
    const QString text = connectionSettings();
    m_connection->setPlainText(text);
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("Connection settings copied."));
}

void SandboxControls::apply()
{
    sandbox::SandboxConfig c;
    QString error;
    if (!config(m_server ? m_server->config() : sandbox::SandboxConfig(), &c, &error)) {
        m_status->setText(error);
        return;
    }
    emit applyRequested(c);
}

} // namespace postscope::ui
