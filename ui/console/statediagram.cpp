#include "statediagram.h"

#include <QPainter>
#include <QPainterPath>

namespace postscope::ui {

using console::ConsoleState;

namespace {

// The main line of the conversation, then the detours.
const QList<ConsoleState> mainLine
    = {ConsoleState::Connecting, ConsoleState::Greeted,         ConsoleState::Identified,
       ConsoleState::MailGiven,  ConsoleState::RecipientsGiven, ConsoleState::Data,
       ConsoleState::Closed};

} // namespace

StateDiagram::StateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consoleStateDiagram"));
    setAccessibleName(tr("Protocol state"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QList<ConsoleState> StateDiagram::states()
{
    return mainLine + QList<ConsoleState> {ConsoleState::StartingTls, ConsoleState::Sasl};
}

void StateDiagram::setState(ConsoleState state)
{
    if (state == m_state)
        return;
    m_state = state;
    setAccessibleDescription(console::consoleStateName(state));
    update();
}

QSize StateDiagram::sizeHint() const
{
    const QFontMetrics fm(font());
    return {int(mainLine.size()) * (fm.horizontalAdvance(QStringLiteral("recipients")) + 24),
            fm.height() * 5};
}

QSize StateDiagram::minimumSizeHint() const
{
    return {200, QFontMetrics(font()).height() * 5};
}

void StateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int rowHeight = fm.height() + 8;
    const int n = int(mainLine.size());
    const qreal cell = qreal(width()) / n;
    const qreal boxWidth = cell - 14;

    auto box = [&](ConsoleState state, QRectF rect) {
        const bool lit = state == m_state;
        p.setPen(QPen(lit ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
                      lit ? 2 : 1));
        p.setBrush(lit ? palette().color(QPalette::Highlight) : palette().color(QPalette::Base));
        p.drawRoundedRect(rect, 6, 6);
        p.setPen(lit ? palette().color(QPalette::HighlightedText)
                     : palette().color(QPalette::Text));
        p.drawText(
            rect, Qt::AlignCenter,
            fm.elidedText(console::consoleStateName(state), Qt::ElideRight, int(rect.width()) - 4));
    };

    // The main line with arrows between the boxes.
    const qreal top = 4;
    for (int i = 0; i < n; ++i) {
        const QRectF rect(i * cell + 7, top, boxWidth, rowHeight);
        box(mainLine.at(i), rect);
        if (i + 1 < n) {
            p.setPen(palette().color(QPalette::Mid));
            const qreal y = rect.center().y();
            p.drawLine(QPointF(rect.right() + 1, y), QPointF(rect.right() + 13, y));
            p.drawLine(QPointF(rect.right() + 13, y), QPointF(rect.right() + 9, y - 3));
            p.drawLine(QPointF(rect.right() + 13, y), QPointF(rect.right() + 9, y + 3));
        }
    }
    // STARTTLS and AUTH leave the conversation where it was identified.
    const qreal second = top + rowHeight + 14;
    box(ConsoleState::StartingTls, QRectF(1 * cell + 7, second, boxWidth, rowHeight));
    box(ConsoleState::Sasl, QRectF(3 * cell + 7, second, boxWidth, rowHeight));
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    const qreal identifiedX = 2 * cell + 7 + boxWidth / 2;
    p.drawLine(QPointF(identifiedX, top + rowHeight), QPointF(1 * cell + 7 + boxWidth, second));
    p.drawLine(QPointF(identifiedX, top + rowHeight), QPointF(3 * cell + 7, second));
}

} // namespace postscope::ui
