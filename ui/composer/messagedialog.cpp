#include "messagedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postscope::ui {

MessageDialog::MessageDialog(const mime::MessageSpec &initial, const QString &accountName,
                             QWidget *parent)
    : QDialog(parent)
    , m_from(new QLineEdit(initial.from, this))
    , m_to(new QLineEdit(initial.to.join(QStringLiteral(", ")), this))
    , m_subject(new QLineEdit(initial.subject, this))
    , m_body(new QPlainTextEdit(initial.body, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_messageIdDomain(initial.messageIdDomain)
{
    setObjectName(QStringLiteral("messageDialog"));
    setWindowTitle(tr("New Message"));
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_to->setPlaceholderText(tr("name@example.test, other@example.test"));
    m_to->setToolTip(tr("One or more addresses, separated by commas"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Subject:"), m_subject);

    QPushButton *send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setDefault(true);
    send->setIcon(QIcon::fromTheme(QStringLiteral("mail-send"),
                                   QIcon(QStringLiteral(":/icons/mail-send.svg"))));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    send->setToolTip(tr("Send through %1 (%2)")
                         .arg(accountName, send->shortcut().toString(QKeySequence::NativeText)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *account = new QLabel(tr("Account: %1").arg(accountName), this);
    account->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_buttons);

    connect(m_from, &QLineEdit::textChanged, this, &MessageDialog::updateSendButton);
    connect(m_to, &QLineEdit::textChanged, this, &MessageDialog::updateSendButton);
    updateSendButton();
    resize(640, 440);
}

mime::MessageSpec MessageDialog::message() const
{
    mime::MessageSpec spec;
    spec.from = m_from->text().trimmed();
    for (const QString &part : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            spec.to.append(part.trimmed());
    }
    spec.subject = m_subject->text();
    spec.body = m_body->toPlainText();
    if (!spec.body.endsWith(QLatin1Char('\n')))
        spec.body.append(QLatin1Char('\n'));
    spec.messageIdDomain = m_messageIdDomain;
    return spec;
}

void MessageDialog::updateSendButton()
{
    const bool complete = !m_from->text().trimmed().isEmpty() && !m_to->text().trimmed().isEmpty();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(complete);
    }
}

} // namespace postscope::ui
