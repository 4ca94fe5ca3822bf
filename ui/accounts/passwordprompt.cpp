#include "passwordprompt.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>

namespace postscope::ui {

accounts::SecretStore::Asker passwordAsker(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const accounts::SecretPrompt &prompt,
                   std::function<void(std::optional<QString>)> answer) {
        auto *dialog = new QInputDialog(owner);
        dialog->setObjectName(QStringLiteral("passwordPrompt"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(
            QCoreApplication::translate("postscope::ui::PasswordPrompt", "Password for “%1”")
                .arg(prompt.account));
        dialog->setInputMode(QInputDialog::TextInput);
        dialog->setTextEchoMode(QLineEdit::Password);
        dialog->setLabelText(prompt.reason.isEmpty()
                                 ? prompt.text
                                 : QStringLiteral("%1\n\n%2").arg(prompt.text, prompt.reason));
        dialog->setAccessibleName(dialog->windowTitle());
        dialog->setWindowModality(owner ? Qt::WindowModal : Qt::ApplicationModal);
        // Exactly one answer, whichever way the dialog ends.
        auto answered = std::make_shared<bool>(false);
        QObject::connect(dialog, &QInputDialog::finished, dialog,
                         [dialog, answer, answered](int result) {
                             if (*answered)
                                 return;
                             *answered = true;
                             if (result == QDialog::Accepted)
                                 answer(dialog->textValue());
                             else
                                 answer(std::nullopt);
                         });
        QObject::connect(dialog, &QObject::destroyed, [answer, answered] {
            if (!*answered) {
                *answered = true;
                answer(std::nullopt);
            }
        });
        dialog->open();
    };
}

} // namespace postscope::ui
