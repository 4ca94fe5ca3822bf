#pragma once
// What the server said it can do (RFC 5321 4.1.1.1): every ESMTP keyword of
// its EHLO reply with the parameters, a one-line explanation with its RFC,
// before and after TLS side by side with the differences marked (RFC 3207
// 4.2: the client must forget what it learnt before TLS), SIZE in human
// units (RFC 1870), and AUTH mechanisms offered outside TLS flagged
// (RFC 4954 4). AUTH lists each mechanism as a child row.

#include "common/findingsview.h"
#include "protocol/capabilities.h"

#include <QTreeWidget>
#include <QWidget>

class QLabel;

namespace postscope::ui {

class CapabilitiesView : public QWidget
{
    Q_OBJECT
public:
    enum Column { KeywordColumn, BeforeColumn, AfterColumn, ChangeColumn, MeaningColumn };
    enum class Change { None, Added, Removed, Changed };
    // Qt::UserRole on KeywordColumn: the Change as int. UserRole + 1 on the
    // Before/After columns: true where a mechanism is offered outside TLS.
    static constexpr int ChangeRole = Qt::UserRole;
    static constexpr int FlaggedRole = Qt::UserRole + 1;

    explicit CapabilitiesView(QWidget *parent = nullptr);

    // beforeTls: the EHLO reply in the clear; afterTls: the one after
    // STARTTLS, or over implicit TLS (beforeTls empty then). Either may be
    // empty. server names where they came from ("127.0.0.1:25").
    void setCapabilities(const protocol::Capabilities &beforeTls,
                         const protocol::Capabilities &afterTls, const QString &server = {});
    void clearCapabilities();
    // The line above the table ("work: 127.0.0.1:25, before and after STARTTLS").
    void setTitle(const QString &title);

    const protocol::Capabilities &beforeTls() const { return m_before; }
    const protocol::Capabilities &afterTls() const { return m_after; }
    QTreeWidget *tree() const { return m_tree; }
    // "The server calls itself …": the first line of the EHLO reply.
    QLabel *serverName() const { return m_serverName; }
    FindingsView *remarks() const { return m_remarks; }
    // The top-level row of a keyword, or nullptr.
    QTreeWidgetItem *rowFor(const QString &keyword) const;

    // "100 MiB" for a SIZE parameter (RFC 1870), and the exact octets for its tooltip.
    static QString sizeText(const QByteArray &parameter);
    static QString sizeDetail(const QByteArray &parameter);

private:
    void rebuild();

    QLabel *m_title;
    QLabel *m_serverName;
    FindingsView *m_remarks;
    QTreeWidget *m_tree;
    protocol::Capabilities m_before;
    protocol::Capabilities m_after;
    QString m_server;
};

} // namespace postscope::ui
