#pragma once
// The outbox: messages whose send failed, kept until they are sent or
// deleted (send::MessageFolder). Each row says when, through which account,
// to whom and why it failed; Retry sends it again (the window opens it in a
// composer), Delete removes it after asking.

#include "send/messagefolder.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace postscope::ui {

class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(send::MessageFolder *outbox, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *deleteButton() const { return m_delete; }
    int count() const;
    // The entries as last read (newest first).
    const QList<send::StoredMessage> &entries() const { return m_entries; }
    QString currentId() const;
    bool selectId(const QString &id);
    // Removes without asking (the Delete button asks first).
    bool removeEntry(const QString &id, QString *error = nullptr);

public slots:
    void reload();

signals:
    void retryRequested(const postscope::send::StoredMessage &message);
    void openRequested(const postscope::send::StoredMessage &message);
    void countChanged(int count);

private:
    void updateButtons();
    const send::StoredMessage *current() const;
    void confirmDelete();

    send::MessageFolder *m_outbox;
    QList<send::StoredMessage> m_entries;
    QTreeWidget *m_list;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace postscope::ui
