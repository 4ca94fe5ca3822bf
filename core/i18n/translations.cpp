#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace postscope::i18n {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings (standard buttons, device errors) from the system's Qt translations.
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

} // namespace postscope::i18n
