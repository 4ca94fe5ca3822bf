#include "transcriptview.h"

#include "transcriptmodel.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace postscope::ui {

using Direction = transcript::Entry::Direction;
using Kind = transcript::Entry::Kind;

QColor transcriptColor(Direction direction, Kind kind, int replyCode, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (direction) {
    case Direction::Client:
        if (kind == Kind::Data)
            return dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x4b, 0x5a, 0x6b);
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0);
    case Direction::Server:
        // RFC 5321 4.2.1: 4yz and 5yz replies say no; make them stand out.
        if (replyCode >= 400)
            return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x34);
    case Direction::Note:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

void TranscriptDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto direction = Direction(index.data(TranscriptModel::DirectionRole).toInt());
    const auto kind = Kind(index.data(TranscriptModel::KindRole).toInt());
    const int code = index.data(TranscriptModel::ReplyCodeRole).toInt();
    if (index.column() == TranscriptModel::TimeColumn
        || index.column() == TranscriptModel::SessionColumn) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    } else {
        option->palette.setColor(QPalette::Text,
                                 transcriptColor(direction, kind, code, option->palette));
    }
    if (direction == Direction::Note)
        option->font.setItalic(true);
}

TranscriptView::TranscriptView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setAccessibleName(tr("Transcript"));
    setItemDelegate(new TranscriptDelegate(this));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Every row has the height of one line: the view never measures 100,000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail)
            bar->setValue(max);
    });
    updateMetrics();
}

void TranscriptView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &TranscriptView::rowsAboutToBeInserted);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::rowsInserted);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TranscriptView::rowsRemoved);
    updateMetrics();
}

void TranscriptView::updateMetrics()
{
    const QFontMetrics metrics(font());
    verticalHeader()->setDefaultSectionSize(metrics.height() + 4);
    verticalHeader()->setMinimumSectionSize(metrics.height() + 2);
    if (!model())
        return;
    const int pad = metrics.horizontalAdvance(QLatin1Char('0')) * 2;
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setColumnWidth(TranscriptModel::TimeColumn,
                   metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    setColumnWidth(TranscriptModel::SessionColumn,
                   metrics.horizontalAdvance(QStringLiteral("sandbox #00")) + pad);
    setColumnWidth(TranscriptModel::DirectionColumn,
                   metrics.horizontalAdvance(QStringLiteral("S:")) + icon + 2 * pad);
}

void TranscriptView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMetrics();
}

void TranscriptView::rowsAboutToBeInserted()
{
    m_wasAtBottom = m_followTail;
}

void TranscriptView::rowsInserted()
{
    if (m_wasAtBottom) {
        m_followTail = true;
        scrollToBottom();
    }
}

void TranscriptView::rowsRemoved(const QModelIndex &parent, int first, int last)
{
    // The ring dropped the oldest lines: someone reading further up keeps
    // the same lines in sight instead of sliding forward.
    if (parent.isValid() || first != 0 || m_followTail)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int rowHeight = qMax(1, verticalHeader()->defaultSectionSize());
    const int delta = verticalScrollMode() == ScrollPerItem ? last + 1 : (last + 1) * rowHeight;
    bar->setValue(qMax(0, bar->value() - delta));
}

QList<int> TranscriptView::selectedSourceRows() const
{
    QList<int> rows;
    const QItemSelectionModel *selection = selectionModel();
    if (!selection)
        return rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    for (const QModelIndex &index : selection->selectedRows())
        rows.append(proxy ? proxy->mapToSource(index).row() : index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace postscope::ui
