#pragma once
// The console's protocol state as a small diagram (issue 11): the states of
// an SMTP conversation as RFC 5321 4.1.4 and 3.3 order them, the current one
// lit. It only draws what core/console's ConsoleModel says.

#include "console/consolemodel.h"

#include <QWidget>

namespace postscope::ui {

class StateDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit StateDiagram(QWidget *parent = nullptr);

    void setState(console::ConsoleState state);
    console::ConsoleState state() const { return m_state; }
    // The states drawn, left to right (SASL and TLS sit under the
    // conversation they interrupt).
    static QList<console::ConsoleState> states();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    console::ConsoleState m_state = console::ConsoleState::Connecting;
};

} // namespace postscope::ui
