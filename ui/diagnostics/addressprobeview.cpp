#include "addressprobeview.h"

#include "common/uihelpers.h"
#include "mime/messagebuilder.h"
#include "protocol/explain.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace postscope::ui {

using diagnostics::AddressMethod;
using diagnostics::AddressResult;
using diagnostics::Verdict;

namespace {

// The window takes fewer addresses than the command line: each is a table
// row. A file is read line by line, never whole.
constexpr qsizetype maxWindowQueries = 100000;
constexpr qint64 maxLineBytes = 64 * 1024;

} // namespace

// --- the table

AddressResultModel::AddressResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AddressResultModel::setResults(const QList<AddressResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void AddressResultModel::updateResult(int row, const AddressResult &result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AddressResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int AddressResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AddressResultModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Exists:
        return tr("Exists");
    case Verdict::CannotVerify:
        return tr("Cannot verify");
    case Verdict::Unknown:
        return tr("Unknown");
    case Verdict::Refused:
        return tr("Refused");
    case Verdict::NotSupported:
        return tr("Not supported");
    case Verdict::TemporaryFailure:
        return tr("Temporary failure");
    case Verdict::Unanswered:
        break;
    }
    return tr("No answer");
}

QVariant AddressResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const AddressResult &r = m_results.at(index.row());
    const bool answered = r.reply.isValid();
    if (role == VerdictRole)
        return diagnostics::verdictName(r.verdict);
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AddressColumn:
            return r.query;
        case ResultColumn:
            if (role == SortRole)
                return int(r.verdict);
            if (!answered && !r.error && r.elapsedMs < 0)
                return role == Qt::DisplayRole ? tr("…") : QVariant();
            return verdictText(r.verdict);
        case CodeColumn:
            if (role == SortRole)
                return answered ? r.reply.code : 0;
            return answered ? QString::number(r.reply.code) : QString();
        case EnhancedColumn:
            if (role == SortRole)
                return r.reply.enhanced.klass * 1000000 + r.reply.enhanced.subject * 1000
                    + r.reply.enhanced.detail;
            return r.reply.enhanced.toString();
        case MeaningColumn:
            return answered ? diagnostics::meaningOf(r.reply) : QString();
        case TextColumn:
            return answered ? QString::fromUtf8(r.reply.text(true)) : r.error.message;
        case TimeColumn:
            if (role == SortRole)
                return r.elapsedMs;
            return r.elapsedMs >= 0 ? tr("%1 ms").arg(r.elapsedMs) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == CodeColumn || index.column() == TimeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == ResultColumn) {
        switch (r.verdict) {
        case Verdict::Exists:
            return themedIcon(QStringLiteral("state-connected"));
        case Verdict::Unknown:
        case Verdict::Refused:
            return themedIcon(QStringLiteral("dialog-error"));
        case Verdict::CannotVerify:
        case Verdict::NotSupported:
        case Verdict::TemporaryFailure:
            return themedIcon(QStringLiteral("dialog-warning"));
        case Verdict::Unanswered:
            break;
        }
    }
    return {};
}

QVariant AddressResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case ResultColumn:
        return tr("Result");
    case CodeColumn:
        return tr("Code");
    case EnhancedColumn:
        return tr("Enhanced code");
    case MeaningColumn:
        return tr("Meaning");
    case TextColumn:
        return tr("Server text");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

// --- the view

AddressProbeView::AddressProbeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AddressResultModel(this))
    , m_sort(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("addressProbeView"));
    setAccessibleName(tr("Address probe"));

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("addressInput"));
    m_input->setAccessibleName(tr("Addresses"));
    m_input->setPlaceholderText(tr("One address per line: type, paste, or load a file"));
    m_input->setToolTip(m_input->placeholderText());
    m_input->setTabChangesFocus(true);

    m_method = new QComboBox(this);
    m_method->addItem(tr("VRFY (RFC 5321 3.5.1)"), int(AddressMethod::Vrfy));
    m_method->addItem(tr("EXPN (RFC 5321 3.5.2)"), int(AddressMethod::Expn));
    m_method->addItem(tr("RCPT TO, never DATA (when VRFY is off)"), int(AddressMethod::Rcpt));
    m_method->setToolTip(tr("VRFY and EXPN ask the server; the RCPT method starts a "
                            "transaction, names each address and resets it: nothing is sent"));
    nameControl(m_method, QStringLiteral("methodCombo"), tr("&Method:"));
    connect(m_method, &QComboBox::currentIndexChanged, this, &AddressProbeView::methodChanged);

    m_sender = new QLineEdit(this);
    m_sender->setPlaceholderText(tr("empty: the null sender <>"));
    m_sender->setMaxLength(int(diagnostics::maxQueryBytes));
    m_sender->setToolTip(tr("The MAIL FROM of the RCPT method (RFC 5321 4.1.1.2)"));
    nameControl(m_sender, QStringLiteral("senderEdit"), tr("MAIL &FROM:"));

    m_loadButton
        = new QPushButton(themedIcon(QStringLiteral("document-import")), tr("&Load File…"), this);
    nameControl(m_loadButton, QStringLiteral("loadAddressesButton"), m_loadButton->text());
    m_loadButton->setToolTip(tr("Read addresses from a text file, one per line"));
    connect(m_loadButton, &QPushButton::clicked, this, &AddressProbeView::loadFromFileDialog);
    m_runButton
        = new QPushButton(themedIcon(QStringLiteral("network-connect")), tr("&Check"), this);
    nameControl(m_runButton, QStringLiteral("runAddressProbeButton"), m_runButton->text());
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runButton->setToolTip(tr("Ask the selected account's server about each address (Ctrl+R)"));
    connect(m_runButton, &QPushButton::clicked, this, &AddressProbeView::run);
    m_cancelButton
        = new QPushButton(themedIcon(QStringLiteral("network-disconnect")), tr("S&top"), this);
    nameControl(m_cancelButton, QStringLiteral("cancelAddressProbeButton"), m_cancelButton->text());
    m_cancelButton->setToolTip(tr("Close the connection now; the unanswered rows say so"));
    connect(m_cancelButton, &QPushButton::clicked, this, &AddressProbeView::cancel);
    m_exportButton
        = new QPushButton(themedIcon(QStringLiteral("document-export")), tr("E&xport CSV…"), this);
    nameControl(m_exportButton, QStringLiteral("exportCsvButton"), m_exportButton->text());
    m_exportButton->setToolTip(tr("Write the table as CSV (RFC 4180)"));
    connect(m_exportButton, &QPushButton::clicked, this, &AddressProbeView::exportFromFileDialog);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("addressProbeProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("addressProbeStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);

    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(AddressResultModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("addressResults"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order given until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AddressResultModel::TextColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(AddressResultModel::AddressColumn, 220);
    m_table->setColumnWidth(AddressResultModel::MeaningColumn, 220);

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("MAIL &FROM:"), m_sender);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_loadButton);
    buttons->addStretch(1);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_input, 1);
    leftLayout->addLayout(form);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_exportButton);
    rightLayout->addLayout(statusRow);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_table, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("addressProbeSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    methodChanged();
    updateButtons();
}

AddressProbeView::~AddressProbeView()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->session().abort();
        m_probe->deleteLater();
    }
}

void AddressProbeView::setAccount(const std::optional<accounts::Account> &account)
{
    m_account = account;
    if (!isRunning())
        m_status->setText(account ? tr("Checks go to %1's server.").arg(account->name) : QString());
    updateButtons();
}

QStringList AddressProbeView::queries() const
{
    QStringList out;
    const QStringList lines = m_input->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString q = line.trimmed();
        if (!q.isEmpty())
            out << q;
    }
    return out;
}

void AddressProbeView::setQueries(const QStringList &queries)
{
    m_input->setPlainText(queries.join(QLatin1Char('\n')));
}

bool AddressProbeView::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringList list;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(maxLineBytes);
        ++lineNumber;
        const QString query = QString::fromUtf8(line).trimmed();
        if (query.isEmpty())
            continue;
        if (query.toUtf8().size() > diagnostics::maxQueryBytes) {
            *error = tr("%1, line %2: too long for one command line (RFC 5321 4.5.3.1.4)")
                         .arg(path)
                         .arg(lineNumber);
            return false;
        }
        if (list.size() >= maxWindowQueries) {
            *error = tr("%1: more than %2 addresses; postscope-cli verify takes longer lists")
                         .arg(path)
                         .arg(maxWindowQueries);
            return false;
        }
        list << query;
    }
    setQueries(list);
    m_status->setText(tr("%n address(es) loaded from %1.", nullptr, int(list.size())).arg(path));
    return true;
}

bool AddressProbeView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The rows in the order the table shows them.
    QList<AddressResult> rows;
    rows.reserve(m_sort->rowCount());
    for (int row = 0; row < m_sort->rowCount(); ++row)
        rows << m_model->results().at(m_sort->mapToSource(m_sort->index(row, 0)).row());
    file.write(diagnostics::resultsCsv(rows, true).toUtf8());
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AddressProbeView::run()
{
    if (!m_account || isRunning())
        return;
    const auto method = AddressMethod(m_method->currentData().toInt());
    const QStringList list = queries();
    if (list.isEmpty()) {
        m_status->setText(tr("Type or load at least one address."));
        return;
    }
    if (list.size() > maxWindowQueries) {
        m_status->setText(tr("More than %1 addresses; postscope-cli verify takes longer lists.")
                              .arg(maxWindowQueries));
        return;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (const QString why = diagnostics::checkQuery(list.at(i), method); !why.isEmpty()) {
            m_status->setText(tr("Line %1: %2").arg(i + 1).arg(why));
            return;
        }
    }
    diagnostics::AddressProbeOptions options;
    options.method = method;
    if (method == AddressMethod::Rcpt) {
        const QString sender = m_sender->text().trimmed();
        if (!sender.isEmpty()) {
            if (const QString why = diagnostics::checkQuery(sender, method); !why.isEmpty()) {
                m_status->setText(tr("MAIL FROM: %1").arg(why));
                return;
            }
        }
        options.sender = sender.isEmpty() ? QByteArray() : mime::addressOf(sender);
    }
    QString why;
    const std::optional<session::SessionOptions> session = m_account->sessionOptions(&why);
    if (!session) {
        m_status->setText(tr("Cannot check: %1").arg(why));
        return;
    }
    QList<AddressResult> rows;
    rows.reserve(list.size());
    for (const QString &q : list) {
        AddressResult r;
        r.query = q;
        rows << r;
    }
    m_model->setResults(rows);
    m_progress->setRange(0, int(list.size()));
    m_progress->setValue(0);
    m_cancelled = false;

    auto *probe = new diagnostics::AddressProbe(*session, {}, options, list, this);
    m_probe = probe;
    connect(probe, &diagnostics::AddressProbe::resultReady, this, [this, probe](int index) {
        m_model->updateResult(index, probe->results().at(index));
        m_progress->setValue(probe->answered());
    });
    connect(probe, &diagnostics::AddressProbe::finished, this, [this, probe] {
        m_model->setResults(probe->results());
        m_progress->setValue(probe->answered());
        const engine::SmtpError error = probe->error();
        if (m_cancelled)
            m_status->setText(tr("Stopped: %1 of %2 answered.")
                                  .arg(probe->answered())
                                  .arg(probe->results().size()));
        else if (error)
            m_status->setText(tr("The check stopped early: %1").arg(error.message));
        else
            m_status->setText(tr("%1 of %2 answered%3.")
                                  .arg(probe->answered())
                                  .arg(probe->results().size())
                                  .arg(probe->pipelined() ? tr(", pipelined") : QString()));
        probe->deleteLater();
        m_probe.clear();
        updateButtons();
        emit probeFinished();
    });
    emit sessionStarted(m_account->name, &probe->session());
    m_status->setText(
        tr("Checking %n address(es) on %1…", nullptr, int(list.size())).arg(m_account->name));
    probe->start();
    updateButtons();
}

void AddressProbeView::cancel()
{
    if (!m_probe)
        return;
    m_cancelled = true;
    m_probe->session().abort();
}

void AddressProbeView::methodChanged()
{
    m_sender->setEnabled(AddressMethod(m_method->currentData().toInt()) == AddressMethod::Rcpt);
}

void AddressProbeView::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(m_account.has_value() && !running);
    m_cancelButton->setEnabled(running);
    m_loadButton->setEnabled(!running);
    m_input->setReadOnly(running);
    m_method->setEnabled(!running);
    m_exportButton->setEnabled(!running);
}

void AddressProbeView::loadFromFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Addresses"), QString(), tr("Text files (*.txt *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadFile(path, &error))
        m_status->setText(error);
}

void AddressProbeView::exportFromFileDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Results"), QStringLiteral("addresses.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        m_status->setText(error);
    else
        m_status->setText(tr("Wrote %1.").arg(path));
}

} // namespace postscope::ui
