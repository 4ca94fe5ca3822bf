#include "appsetup.h"

#include "uihelpers.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QSettings>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPostscopeResources()
{
    Q_INIT_RESOURCE(postscope);
}

namespace postscope::ui {

void initResources()
{
    initPostscopeResources();
}

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    return i18n::installTranslations(app, locale);
}

QLocale configuredLocale()
{
    const QString language = QSettings().value(settingskeys::language).toString();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace postscope::ui
