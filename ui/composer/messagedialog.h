#pragma once
// A simple plain-text message for the current account: from, to, subject,
// body. The full composer (HTML, attachments, headers) comes later.

#include "mime/messagebuilder.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace postscope::ui {

class MessageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MessageDialog(const mime::MessageSpec &initial, const QString &accountName,
                           QWidget *parent = nullptr);

    mime::MessageSpec message() const;

private:
    void updateSendButton();

    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QDialogButtonBox *m_buttons;
    QByteArray m_messageIdDomain;
};

} // namespace postscope::ui
