#pragma once
// The sandbox's own settings from the window: ESMTP extensions switched off
// (they vanish from its EHLO), users for AUTH, mailboxes for VRFY/EXPN (and
// refusing unknown recipients), fault rules (the syntax of postscope-cli
// serve --fault), a fixed or an ephemeral port; Apply restarts the server
// with them (on 127.0.0.1 only). "Copy Connection Settings" puts host, port,
// security and user on the clipboard, with swaks and smtplib snippets, for
// using the sandbox from other programs. The sandbox users' passwords are
// throw-away test secrets kept in memory only, never in the settings.

#include "sandbox/sandboxserver.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace postscope::ui {

class SandboxControls : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxControls(QWidget *parent = nullptr);

    // The fields as a config (starting from base: folders, limits); false
    // and *error when a field does not parse (a fault rule, a user row).
    bool config(const sandbox::SandboxConfig &base, sandbox::SandboxConfig *out,
                QString *error) const;
    // Fills the fields from a running server's config.
    void load(const sandbox::SandboxConfig &config);
    // Where the sandbox listens now (for the connection settings).
    void setServer(const sandbox::SandboxServer *server);
    // Host, port, security, user; then swaks and smtplib snippets.
    QString connectionSettings() const;
    void copyConnectionSettings();

    QCheckBox *extensionCheck(const QByteArray &name) const;
    QTableWidget *userTable() const { return m_users; }
    QPlainTextEdit *mailboxEdit() const { return m_mailboxes; }
    QCheckBox *rejectUnknownCheck() const { return m_rejectUnknown; }
    QPlainTextEdit *faultEdit() const { return m_faults; }
    QCheckBox *fixedPortCheck() const { return m_fixedPort; }
    QSpinBox *portSpin() const { return m_port; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QLabel *status() const { return m_status; }
    void setStatus(const QString &text);

signals:
    void applyRequested(const postscope::sandbox::SandboxConfig &config);

private:
    void apply();
    void addUserRow(const QString &user = {}, const QString &password = {});

    const sandbox::SandboxServer *m_server = nullptr;
    QList<QPair<QByteArray, QCheckBox *>> m_extensions;
    QTableWidget *m_users;
    QPlainTextEdit *m_mailboxes;
    QCheckBox *m_rejectUnknown;
    QPlainTextEdit *m_faults;
    QCheckBox *m_fixedPort;
    QSpinBox *m_port;
    QPushButton *m_applyButton;
    QPushButton *m_copyButton;
    QPlainTextEdit *m_connection;
    QLabel *m_status;
};

} // namespace postscope::ui
