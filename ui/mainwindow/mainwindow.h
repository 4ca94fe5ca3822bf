#pragma once
// The main window: for now a shell that later features dock into.

#include <QMainWindow>

namespace postscope::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace postscope::ui
