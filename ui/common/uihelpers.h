#pragma once
// Small helpers every view uses: icons (the desktop theme's where it has
// one, else the SVG shipped in resources/icons), accessible names taken
// from the visible label, and the keys of the app's own settings.

#include <QIcon>
#include <QString>

class QAction;
class QWidget;

namespace postscope::ui {

// A theme icon where the desktop has one, else ":/icons/NAME.svg".
QIcon themedIcon(const QString &name);
// Only the shipped ":/icons/NAME.svg" (state markers that must look the same everywhere).
QIcon shippedIcon(const QString &name);

// The label text a person sees ("&Host:") as an accessible name ("Host").
QString accessibleText(const QString &label);
// Sets the widget's accessible name from a label text, and its object name.
void nameControl(QWidget *widget, const QString &objectName, const QString &label);

// "Status tip (Ctrl+K)": tooltips name the shortcut, so that people learn them.
void setToolTipWithShortcut(QAction *action);

namespace settingskeys {
inline const QString language = QStringLiteral("General/language"); // "", "en", "de", "fr"
inline const QString transcriptMaxLines = QStringLiteral("Transcript/maxLines");
inline const QString timestamps = QStringLiteral("Transcript/timestamps");
} // namespace settingskeys

} // namespace postscope::ui
