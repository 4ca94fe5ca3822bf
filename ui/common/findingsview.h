#pragma once
// A list of findings: what a check found, each with a severity, one
// sentence and an optional detail (shown as a child row and a tooltip).
// The account dialog shows the server probe's findings in it, the
// capabilities view its own remarks (AUTH offered before TLS). The items
// are plain values, so that core's diagnostics can be mapped onto them.

#include <QList>
#include <QString>
#include <QTreeWidget>

namespace postscope::ui {

struct Finding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString message; // one translated sentence
    QString detail; // more words, a server's reply, the RFC; may be empty
    bool operator==(const Finding &) const = default;
};

class FindingsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // Shown in place of the list while it is empty.
    void setPlaceholder(const QString &text);
    // The severity as a word ("Warning"), for accessible text and tests.
    static QString severityName(Finding::Severity severity);

private:
    void rebuild();

    QList<Finding> m_findings;
    QString m_placeholder;
};

} // namespace postscope::ui
