// postscope: the desktop workbench.
#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postscope"));
    QApplication::setOrganizationName(QStringLiteral("Postscope"));
    QApplication::setApplicationVersion(QStringLiteral(POSTSCOPE_VERSION));
    postscope::ui::MainWindow window;
    window.show();
    return app.exec();
}
