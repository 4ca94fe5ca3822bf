#pragma once
// What the app sets up once before its first window: the compiled-in
// resources (icons) and the translations for the user's language.

#include <QLocale>

class QCoreApplication;

namespace postscope::ui {

// Makes ":/icons/..." available (the resources live in a static library).
void initResources();

// Installs Qt's own translations and Postscope's (embedded as ":/i18n/
// postscope_<lang>.qm") for the locale. Returns true when Postscope's
// translation for that language was found; English needs none.
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

// The language chosen in Settings (General/language), or the system's when
// none is chosen.
QLocale configuredLocale();

// The app's desktop id (reverse DNS, as the .desktop and AppStream files are named).
inline constexpr char desktopId[] = "io.github.postscope.Postscope";

} // namespace postscope::ui
