#include "uihelpers.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QKeySequence>
#include <QWidget>

namespace postscope::ui {

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, shippedIcon(name));
}

QIcon shippedIcon(const QString &name)
{
    // One QIcon per name: a new one has an empty pixmap cache, so a model
    // that returns it from data() made every repaint parse and render the
    // SVG again (the transcript's TLS column, while a big send scrolls).
    // The GUI thread's alone, as painting is.
    static QHash<QString, QIcon> icons;
    auto it = icons.constFind(name);
    if (it == icons.cend())
        it = icons.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QString accessibleText(const QString &label)
{
    QString text = label;
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

void nameControl(QWidget *widget, const QString &objectName, const QString &label)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleText(label));
}

void setToolTipWithShortcut(QAction *action)
{
    const QString tip
        = action->statusTip().isEmpty() ? accessibleText(action->text()) : action->statusTip();
    if (action->shortcut().isEmpty()) {
        action->setToolTip(tip);
        return;
    }
    action->setToolTip(QCoreApplication::translate("postscope::ui", "%1 (%2)")
                           .arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace postscope::ui
