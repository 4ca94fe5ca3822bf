#include "mainwindow.h"

namespace postscope::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Postscope"));
    resize(1000, 700);
}

} // namespace postscope::ui
