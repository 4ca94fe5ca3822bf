#include "outboxview.h"

#include "common/uihelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postscope::ui {

OutboxView::OutboxView(send::MessageFolder *outbox, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_list(new QTreeWidget(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(themedIcon(QStringLiteral("mail-send")), tr("&Retry"), this))
    , m_open(new QPushButton(themedIcon(QStringLiteral("document-edit")), tr("&Open in Composer"),
                             this))
    , m_delete(new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("outboxView"));
    setAccessibleName(tr("Outbox"));
    nameControl(m_list, QStringLiteral("outboxList"), tr("Messages not sent"));
    m_list->setHeaderLabels({tr("Saved"), tr("Account"), tr("Subject"), tr("To"), tr("Tries"),
                             tr("Why it was not sent")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Messages that could not be sent. They stay here until they are sent "
                          "or deleted."));
    nameControl(m_retry, QStringLiteral("retryButton"), tr("&Retry"));
    m_retry->setToolTip(tr("Send the selected message again through its account"));
    nameControl(m_open, QStringLiteral("openButton"), tr("&Open in Composer"));
    m_open->setToolTip(tr("Edit the selected message before sending it again"));
    nameControl(m_delete, QStringLiteral("deleteButton"), tr("&Delete…"));
    m_delete->setToolTip(tr("Remove the selected message for good"));
    m_label->setObjectName(QStringLiteral("outboxLabel"));

    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxView::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const send::StoredMessage *m = current())
            emit openRequested(*m);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const send::StoredMessage *m = current())
            emit retryRequested(*m);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const send::StoredMessage *m = current())
            emit openRequested(*m);
    });
    connect(m_delete, &QPushButton::clicked, this, &OutboxView::confirmDelete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_label, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    reload();
}

int OutboxView::count() const
{
    return m_entries.size();
}

void OutboxView::reload()
{
    const QString keep = currentId();
    QStringList errors;
    m_entries = m_outbox ? m_outbox->list(&errors) : QList<send::StoredMessage> {};
    m_list->clear();
    const QLocale locale;
    for (const send::StoredMessage &m : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(0, locale.toString(m.saved.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, m.account);
        item->setText(2, m.spec.subject);
        item->setText(3, (m.spec.to + m.spec.cc + m.spec.bcc).join(QStringLiteral(", ")));
        item->setText(4, QString::number(m.attempts));
        item->setText(5, m.lastError);
        item->setToolTip(5, m.lastError);
    }
    QString text = m_entries.isEmpty() ? tr("Nothing waits in the outbox.")
                                       : tr("%n message(s) not sent.", nullptr, m_entries.size());
    if (!errors.isEmpty())
        text += QLatin1Char(' ') + tr("%n entry(s) could not be read.", nullptr, errors.size());
    m_label->setText(text);
    m_label->setToolTip(errors.join(QLatin1Char('\n')));
    if (!selectId(keep) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    emit countChanged(m_entries.size());
}

QString OutboxView::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool OutboxView::selectId(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!id.isEmpty() && m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const send::StoredMessage *OutboxView::current() const
{
    const QString id = currentId();
    for (const send::StoredMessage &m : m_entries) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void OutboxView::updateButtons()
{
    const bool any = current() != nullptr;
    m_retry->setEnabled(any);
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
}

bool OutboxView::removeEntry(const QString &id, QString *error)
{
    if (!m_outbox || !m_outbox->remove(id, error))
        return false;
    reload();
    return true;
}

void OutboxView::confirmDelete()
{
    const send::StoredMessage *m = current();
    if (!m)
        return;
    const QString id = m->id;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete Message"),
        tr("Delete “%1” from the outbox? It was never sent.").arg(m->spec.subject),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteOutboxConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            removeEntry(id);
    });
    box->open();
}

} // namespace postscope::ui
