#include "transcriptfiltermodel.h"

#include "transcriptmodel.h"

namespace postscope::ui {

TranscriptFilterModel::TranscriptFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows come in order and stay in order: no sorting, only filtering.
    setDynamicSortFilter(false);
}

void TranscriptFilterModel::setSides(Sides sides)
{
    if (m_sides == sides)
        return;
    m_sides = sides;
    invalidateFilter();
}

void TranscriptFilterModel::setSession(const QString &label)
{
    if (m_session == label)
        return;
    m_session = label;
    invalidateFilter();
}

bool TranscriptFilterModel::accepts(transcript::Entry::Direction direction,
                                    const QString &session) const
{
    if (!m_session.isEmpty() && session != m_session)
        return false;
    switch (direction) {
    case transcript::Entry::Direction::Client:
        return m_sides.testFlag(ClientSide);
    case transcript::Entry::Direction::Server:
        return m_sides.testFlag(ServerSide);
    case transcript::Entry::Direction::Note:
        break;
    }
    return m_sides.testFlag(Notes);
}

bool TranscriptFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return accepts(transcript::Entry::Direction(index.data(TranscriptModel::DirectionRole).toInt()),
                   index.data(TranscriptModel::SessionRole).toString());
}

} // namespace postscope::ui
