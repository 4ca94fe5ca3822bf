#pragma once
// Loads the translations of Postscope's sentences (window, core and command
// line alike, embedded as ":/i18n/postscope_<lang>.qm") and Qt's own, for
// a locale. Both front ends call it at start-up; with no translation for
// the locale (LANG=C, English) nothing is installed and English stays.

#include <QLocale>

class QCoreApplication;

namespace postscope::i18n {

// True when Postscope's translation for locale was found and installed.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace postscope::i18n
