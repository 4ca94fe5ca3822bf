#pragma once
// The transcript table: monospace rows, client, server and note lines in
// colours taken from the palette (light or dark), a lock on lines that went
// inside TLS. It keeps following the newest line while that line is in
// sight; scrolled up, it stays on what the person reads.

#include "transcript/transcript.h"

#include <QPalette>
#include <QStyledItemDelegate>
#include <QTableView>

namespace postscope::ui {

// The colour of a line of this side and kind (a reply of class 4 or 5 is
// marked) for a palette; it follows a dark or light Base colour.
QColor transcriptColor(transcript::Entry::Direction direction, transcript::Entry::Kind kind,
                       int replyCode, const QPalette &palette);

class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

class TranscriptView : public QTableView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Source rows of the selected lines, in order.
    QList<int> selectedSourceRows() const;
    bool isFollowingTail() const { return m_followTail; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void rowsAboutToBeInserted();
    void rowsInserted();
    void rowsRemoved(const QModelIndex &parent, int first, int last);

    bool m_followTail = true;
    bool m_wasAtBottom = true;
};

} // namespace postscope::ui
