#pragma once
// The address probe for the selected account: addresses typed, pasted or
// loaded from a file (one per line), a method (VRFY, EXPN, or the RCPT
// method with its MAIL FROM), and a sortable table of what the server said
// about each (address, result, code, enhanced code, meaning, server text,
// time), exportable as CSV. Core's AddressProbe does the talking and the
// classifying (diagnostics/addressprobe.h).

#include "accounts/account.h"
#include "diagnostics/addressprobe.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace postscope::ui {

class AddressResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        ResultColumn,
        CodeColumn,
        EnhancedColumn,
        MeaningColumn,
        TextColumn,
        TimeColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole; // numbers as numbers
    static constexpr int VerdictRole = Qt::UserRole + 1; // verdictName()

    explicit AddressResultModel(QObject *parent = nullptr);
    void setResults(const QList<diagnostics::AddressResult> &results);
    void updateResult(int row, const diagnostics::AddressResult &result);
    const QList<diagnostics::AddressResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "exists" -> "Exists", translated, for the table.
    static QString verdictText(diagnostics::Verdict verdict);

private:
    QList<diagnostics::AddressResult> m_results;
};

class AddressProbeView : public QWidget
{
    Q_OBJECT
public:
    explicit AddressProbeView(QWidget *parent = nullptr);
    ~AddressProbeView() override;

    void setAccount(const std::optional<accounts::Account> &account);
    // The addresses of the input box, one per line (blank lines skipped).
    QStringList queries() const;
    void setQueries(const QStringList &queries);
    // One address per line; false and *error past the bounds.
    bool loadFile(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error) const;
    void run();
    void cancel();
    bool isRunning() const { return !m_probe.isNull(); }

    QPlainTextEdit *input() const { return m_input; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *senderEdit() const { return m_sender; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTableView *table() const { return m_table; }
    AddressResultModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sort; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *status() const { return m_status; }

signals:
    void sessionStarted(const QString &account, postscope::session::SmtpSession *session);
    void probeFinished();

private:
    void methodChanged();
    void updateButtons();
    void loadFromFileDialog();
    void exportFromFileDialog();

    std::optional<accounts::Account> m_account;
    QPointer<diagnostics::AddressProbe> m_probe;
    bool m_cancelled = false;
    QPlainTextEdit *m_input;
    QComboBox *m_method;
    QLineEdit *m_sender;
    QPushButton *m_loadButton;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
    AddressResultModel *m_model;
    QSortFilterProxyModel *m_sort;
};

} // namespace postscope::ui
