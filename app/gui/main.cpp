// postscope: the desktop workbench.
#include "common/appsetup.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postscope"));
    QApplication::setOrganizationName(QStringLiteral("Postscope"));
    QApplication::setApplicationVersion(QStringLiteral(POSTSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1String(postscope::ui::desktopId));

    postscope::ui::initResources();
    // The language chosen in Settings, else the system's.
    postscope::ui::installTranslations(&app, postscope::ui::configuredLocale());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postscope.svg")));

    postscope::ui::MainWindow window;
    window.show();
    // The sandbox may generate its certificate on first use: after the first paint.
    QTimer::singleShot(0, &window, [&window] { window.startSandbox(); });
    return app.exec();
}
