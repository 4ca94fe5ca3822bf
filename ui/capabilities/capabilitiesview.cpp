#include "capabilitiesview.h"

#include "protocol/explain.h"
#include "protocol/printable.h"

#include <QHeaderView>

namespace postscope::ui {

namespace {

// The server's words as the transcript shows them: control characters
// escaped (protocol/printable.h).
QString shown(const QByteArray &serverText)
{
    return QString::fromUtf8(protocol::printable(serverText));
}

} // namespace

CapabilitiesView::CapabilitiesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("capabilitiesView"));
    setColumnCount(3);
    setHeaderLabels({tr("Extension"), tr("Parameters"), tr("Meaning")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(KeywordColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ParametersColumn, QHeaderView::ResizeToContents);
    setToolTip(tr("The extensions the server announced in its reply to EHLO"));
    clearCapabilities();
}

void CapabilitiesView::setCapabilities(const protocol::Capabilities &capabilities,
                                       const QString &server)
{
    m_capabilities = capabilities;
    clear();
    if (capabilities.isEmpty()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(KeywordColumn, tr("Nothing yet: send a message to see what the server offers."));
        item->setForeground(KeywordColumn, palette().brush(QPalette::PlaceholderText));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        return;
    }
    if (!capabilities.domainLine().isEmpty()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(KeywordColumn, server.isEmpty() ? tr("Server") : server);
        // The server's own words, never translated.
        item->setText(MeaningColumn, shown(capabilities.domainLine()));
        item->setToolTip(MeaningColumn, item->text(MeaningColumn));
    }
    for (const protocol::Capabilities::Keyword &keyword : capabilities.keywords()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(KeywordColumn, shown(keyword.name));
        QStringList params;
        for (const QByteArray &param : keyword.params)
            params.append(shown(param));
        item->setText(ParametersColumn, params.join(QLatin1Char(' ')));
        const protocol::Explanation explanation = protocol::explainExtension(keyword.name);
        if (explanation.isKnown()) {
            item->setText(MeaningColumn, explanation.reference.isEmpty()
                                             ? explanation.summary
                                             : tr("%1 (%2)").arg(explanation.summary,
                                                                 explanation.reference));
        }
        item->setToolTip(KeywordColumn, shown(keyword.line));
        item->setToolTip(MeaningColumn, item->text(MeaningColumn));
        if (keyword.name == "AUTH") {
            for (const QByteArray &mechanism : capabilities.authMechanisms()) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(KeywordColumn, shown(mechanism));
            }
            item->setExpanded(true);
        }
    }
}

void CapabilitiesView::clearCapabilities()
{
    setCapabilities(protocol::Capabilities());
}

} // namespace postscope::ui
