#include "capabilitiesview.h"

#include "common/uihelpers.h"
#include "protocol/explain.h"
#include "transcript/transcriptmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

// The server's words as the transcript shows them: control characters escaped.
QString shown(const QByteArray &serverText)
{
    return escapedForDisplay(serverText);
}

const protocol::Capabilities::Keyword *findKeyword(const protocol::Capabilities &capabilities,
                                                   const QByteArray &name)
{
    for (const protocol::Capabilities::Keyword &keyword : capabilities.keywords()) {
        if (keyword.name == name)
            return &keyword;
    }
    return nullptr;
}

// RFC 4954 4 and RFC 4616 9: these mechanisms carry the password itself.
bool sendsPassword(const QByteArray &mechanism)
{
    return mechanism == "PLAIN" || mechanism == "LOGIN";
}

const QString offeredMark = QStringLiteral("✓");
const QString absentMark = QStringLiteral("—");

} // namespace

CapabilitiesView::CapabilitiesView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_serverName(new QLabel(this))
    , m_remarks(new FindingsView(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("capabilitiesView"));
    m_title->setObjectName(QStringLiteral("capabilitiesTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverName->setObjectName(QStringLiteral("capabilitiesServerName"));
    m_serverName->setWordWrap(true);
    m_serverName->setTextFormat(Qt::PlainText);
    m_serverName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remarks->setObjectName(QStringLiteral("capabilitiesRemarks"));
    m_remarks->setAccessibleName(tr("Remarks on the capabilities"));
    m_remarks->setMaximumHeight(m_remarks->fontMetrics().lineSpacing() * 5);

    m_tree->setObjectName(QStringLiteral("capabilitiesTree"));
    m_tree->setAccessibleName(tr("Capabilities"));
    m_tree->setColumnCount(5);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    for (int column : {KeywordColumn, BeforeColumn, AfterColumn, ChangeColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("The extensions the server announced in its reply to EHLO"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_serverName);
    layout->addWidget(m_remarks);
    layout->addWidget(m_tree, 1);
    clearCapabilities();
}

void CapabilitiesView::setCapabilities(const protocol::Capabilities &beforeTls,
                                       const protocol::Capabilities &afterTls,
                                       const QString &server)
{
    m_before = beforeTls;
    m_after = afterTls;
    m_server = server;
    rebuild();
}

void CapabilitiesView::clearCapabilities()
{
    setCapabilities({}, {}, {});
}

void CapabilitiesView::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

QTreeWidgetItem *CapabilitiesView::rowFor(const QString &keyword) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->text(KeywordColumn) == keyword)
            return item;
    }
    return nullptr;
}

QString CapabilitiesView::sizeText(const QByteArray &parameter)
{
    bool ok = false;
    const qint64 octets = parameter.toLongLong(&ok);
    if (!ok || octets < 0)
        return shown(parameter);
    // RFC 1870 4: zero (or no parameter) means no fixed maximum.
    if (octets == 0)
        return tr("no fixed limit");
    const QLocale locale;
    if (octets < 1024)
        return tr("%n octets", nullptr, int(octets));
    qint64 unit = 1024;
    while (unit <= octets / 1024)
        unit *= 1024;
    const int precision = octets % unit == 0 ? 0 : 1;
    return locale.formattedDataSize(octets, precision, QLocale::DataSizeIecFormat);
}

QString CapabilitiesView::sizeDetail(const QByteArray &parameter)
{
    bool ok = false;
    const qint64 octets = parameter.toLongLong(&ok);
    if (!ok || octets <= 0)
        return tr("RFC 1870 4: 0 means no fixed maximum message size");
    return tr("The largest message accepted: %1 octets (RFC 1870 4)")
        .arg(QLocale().toString(octets));
}

void CapabilitiesView::rebuild()
{
    m_tree->clear();
    const bool hasBefore = !m_before.isEmpty();
    const bool hasAfter = !m_after.isEmpty();
    const bool both = hasBefore && hasAfter;
    m_tree->setHeaderLabels({tr("Extension"), hasAfter ? tr("Before TLS") : tr("Without TLS"),
                             hasBefore ? tr("After TLS") : tr("Over TLS"), tr("Change with TLS"),
                             tr("Meaning")});
    m_tree->setColumnHidden(BeforeColumn, !hasBefore && hasAfter);
    m_tree->setColumnHidden(AfterColumn, !hasAfter);
    m_tree->setColumnHidden(ChangeColumn, !both);

    if (!hasBefore && !hasAfter) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(KeywordColumn,
                      tr("Nothing yet: connect (Ctrl+K) or send a message to see what the "
                         "server offers."));
        item->setForeground(KeywordColumn, palette().brush(QPalette::PlaceholderText));
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        m_remarks->setFindings({});
        m_remarks->setVisible(false);
        m_serverName->clear();
        m_serverName->setVisible(false);
        return;
    }

    // The server's name and greeting (RFC 5321 4.1.1.1: the first line of
    // the EHLO reply), above the table: it is no keyword, and long.
    const QString before = shown(m_before.domainLine());
    const QString after = shown(m_after.domainLine());
    if (both && before != after)
        m_serverName->setText(
            tr("The server calls itself “%1” before TLS, “%2” after TLS.").arg(before, after));
    else
        m_serverName->setText(tr("The server calls itself “%1”.").arg(hasBefore ? before : after));
    m_serverName->setToolTip(tr("The first line of the EHLO reply: the server's name and "
                                "greeting, as it sent them"));
    m_serverName->setVisible(true);

    QList<QByteArray> names;
    for (const auto *side : {&m_before, &m_after}) {
        for (const protocol::Capabilities::Keyword &keyword : side->keywords()) {
            if (!names.contains(keyword.name))
                names.append(keyword.name);
        }
    }

    auto cellFor = [](const protocol::Capabilities::Keyword *keyword) {
        if (!keyword)
            return absentMark;
        if (keyword->params.isEmpty())
            return offeredMark;
        if (keyword->name == "SIZE")
            return sizeText(keyword->params.first());
        QStringList params;
        for (const QByteArray &param : keyword->params)
            params.append(shown(param));
        return params.join(QLatin1Char(' '));
    };
    auto setCell = [](QTreeWidgetItem *item, int column, const QString &text) {
        item->setText(column, text);
        if (text == offeredMark)
            item->setData(column, Qt::AccessibleTextRole, tr("offered"));
        else if (text == absentMark)
            item->setData(column, Qt::AccessibleTextRole, tr("not offered"));
    };
    // AUTH outside TLS (RFC 4954 4): a login there travels unencrypted.
    const QString outsideTls = hasAfter ? tr("before TLS") : tr("without TLS");
    auto flag = [](QTreeWidgetItem *item, int column, const QString &why) {
        item->setIcon(column, themedIcon(QStringLiteral("dialog-warning")));
        item->setData(column, FlaggedRole, true);
        item->setToolTip(column, why);
    };

    for (const QByteArray &name : std::as_const(names)) {
        const auto *before = findKeyword(m_before, name);
        const auto *after = findKeyword(m_after, name);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(KeywordColumn, shown(name));
        setCell(item, BeforeColumn, cellFor(before));
        setCell(item, AfterColumn, cellFor(after));
        for (const auto &[keyword, column] :
             {std::pair {before, int(BeforeColumn)}, std::pair {after, int(AfterColumn)}}) {
            if (!keyword)
                continue;
            if (keyword->name == "SIZE" && !keyword->params.isEmpty())
                item->setToolTip(column, sizeDetail(keyword->params.first()));
            else
                item->setToolTip(column, shown(keyword->line));
        }

        Change change = Change::None;
        if (both) {
            if (before && !after)
                change = Change::Removed;
            else if (!before && after)
                change = Change::Added;
            else if (before->params != after->params)
                change = Change::Changed;
        }
        item->setData(KeywordColumn, ChangeRole, int(change));
        if (change != Change::None) {
            const QString text = change == Change::Added ? tr("only after TLS")
                : change == Change::Removed              ? tr("only before TLS")
                                                         : tr("parameters changed");
            item->setText(ChangeColumn, text);
            QFont bold = item->font(KeywordColumn);
            bold.setBold(true);
            for (int column : {KeywordColumn, ChangeColumn})
                item->setFont(column, bold);
            item->setIcon(ChangeColumn, themedIcon(QStringLiteral("dialog-information")));
        }

        const protocol::Explanation explanation = protocol::explainExtension(name);
        if (explanation.isKnown()) {
            item->setText(MeaningColumn,
                          explanation.reference.isEmpty()
                              ? explanation.summary
                              : tr("%1 (%2)").arg(explanation.summary, explanation.reference));
            item->setToolTip(MeaningColumn, item->text(MeaningColumn));
        }

        if (name == "AUTH") {
            if (before) {
                flag(item, BeforeColumn,
                     tr("AUTH offered %1: a login here sends the user name, and with PLAIN or "
                        "LOGIN the password, unencrypted (RFC 4954 4).")
                         .arg(outsideTls));
            }
            QList<QByteArray> mechanisms = m_before.authMechanisms();
            for (const QByteArray &mechanism : m_after.authMechanisms()) {
                if (!mechanisms.contains(mechanism))
                    mechanisms.append(mechanism);
            }
            const QList<QByteArray> beforeMechanisms = m_before.authMechanisms();
            const QList<QByteArray> afterMechanisms = m_after.authMechanisms();
            for (const QByteArray &mechanism : std::as_const(mechanisms)) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(KeywordColumn, shown(mechanism));
                const bool inBefore = beforeMechanisms.contains(mechanism);
                setCell(child, BeforeColumn, inBefore ? offeredMark : absentMark);
                setCell(child, AfterColumn,
                        afterMechanisms.contains(mechanism) ? offeredMark : absentMark);
                if (inBefore && sendsPassword(mechanism)) {
                    flag(child, BeforeColumn,
                         tr("%1 sends the password itself; offered %2, anyone on the path "
                            "could read it (RFC 4954 4).")
                             .arg(shown(mechanism), outsideTls));
                }
            }
            item->setExpanded(true);
        }
    }

    QList<Finding> remarks;
    if (const QList<QByteArray> offered = m_before.authMechanisms(); !offered.isEmpty()) {
        QStringList list;
        bool password = false;
        for (const QByteArray &mechanism : offered) {
            list.append(shown(mechanism));
            password = password || sendsPassword(mechanism);
        }
        Finding finding;
        finding.severity = password ? Finding::Severity::Warning : Finding::Severity::Info;
        finding.message = hasAfter
            ? tr("The server offers AUTH (%1) before TLS.").arg(list.join(QStringLiteral(", ")))
            : tr("The server offers AUTH (%1) on a connection without TLS.")
                  .arg(list.join(QStringLiteral(", ")));
        finding.detail = tr("A client that logs in there sends its user name, and with PLAIN or "
                            "LOGIN its password, readable by anyone on the path. RFC 4954 4 asks "
                            "servers not to offer plaintext mechanisms without TLS.");
        remarks.append(finding);
    }
    m_remarks->setFindings(remarks);
    m_remarks->setVisible(!remarks.isEmpty());
}

} // namespace postscope::ui
