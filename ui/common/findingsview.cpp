#include "findingsview.h"

#include "uihelpers.h"

#include <QHeaderView>

namespace postscope::ui {

namespace {

QString iconName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return QStringLiteral("dialog-information");
    case Finding::Severity::Warning:
        return QStringLiteral("dialog-warning");
    case Finding::Severity::Error:
        break;
    }
    return QStringLiteral("dialog-error");
}

} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("findingsView"));
    setAccessibleName(tr("Findings"));
    setColumnCount(1);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    rebuild();
}

QString FindingsView::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return tr("Information");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Error:
        break;
    }
    return tr("Error");
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    rebuild();
}

void FindingsView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    rebuild();
}

void FindingsView::rebuild()
{
    clear();
    if (m_findings.isEmpty()) {
        if (m_placeholder.isEmpty())
            return;
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, m_placeholder);
        item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Finding &finding : std::as_const(m_findings)) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, finding.message);
        item->setIcon(0, themedIcon(iconName(finding.severity)));
        item->setData(0, Qt::UserRole, int(finding.severity));
        // The icon alone says nothing to a screen reader.
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1: %2").arg(severityName(finding.severity), finding.message));
        if (!finding.detail.isEmpty()) {
            item->setToolTip(0, finding.detail);
            auto *detail = new QTreeWidgetItem(item);
            detail->setText(0, finding.detail);
            detail->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
}

} // namespace postscope::ui
