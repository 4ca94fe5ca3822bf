#pragma once
// Which transcript lines are shown: by side (client, server, notes) and by
// session. The same rule decides which entries an export writes, so that
// "what you see" and "what you save" agree.

#include "transcript/transcript.h"

#include <QSortFilterProxyModel>

namespace postscope::ui {

class TranscriptFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Side { ClientSide = 0x1, ServerSide = 0x2, Notes = 0x4, AllSides = 0x7 };
    Q_DECLARE_FLAGS(Sides, Side)

    explicit TranscriptFilterModel(QObject *parent = nullptr);

    void setSides(Sides sides);
    Sides sides() const { return m_sides; }
    // A session's label; empty: every session.
    void setSession(const QString &label);
    QString session() const { return m_session; }
    bool isFiltering() const { return m_sides != AllSides || !m_session.isEmpty(); }

    bool accepts(transcript::Entry::Direction direction, const QString &session) const;
    bool accepts(const transcript::Entry &entry) const
    {
        return accepts(entry.direction, entry.session);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Sides m_sides = AllSides;
    QString m_session;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TranscriptFilterModel::Sides)

} // namespace postscope::ui
