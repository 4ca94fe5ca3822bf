// For tst_composer's draftRestoredAfterKill: the real main window with a
// composer, typed into through its widgets; once the draft is written it
// prints "DRAFT <id>" and keeps running until the test kills it (SIGKILL).
// XDG_DATA_HOME and XDG_CONFIG_HOME come from the test.
#include "composer/composerwidget.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PostscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
    postscope::ui::MainWindow window;
    window.show();
    postscope::ui::ComposerWidget *composer = window.openComposer(QStringLiteral("sandbox"));
    if (!composer)
        return 2;
    QObject::connect(composer, &postscope::ui::ComposerWidget::draftSaved, [](const QString &id) {
        std::printf("DRAFT %s\n", qPrintable(id));
        std::fflush(stdout);
    });
    QTest::keyClicks(composer->toEdit(), QStringLiteral("someone@sandbox.test"));
    QTest::keyClicks(composer->subjectEdit(), QStringLiteral("Typed before the crash"));
    QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Every word of this."));
    return app.exec();
}
