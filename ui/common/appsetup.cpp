#include "appsetup.h"

#include "uihelpers.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

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
    // Qt's own strings (standard buttons, About Qt) from the system's Qt translations.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("postscope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        app->installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

QLocale configuredLocale()
{
    const QString language = QSettings().value(settingskeys::language).toString();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace postscope::ui
