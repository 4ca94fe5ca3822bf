#include "comparedialog.h"

#include "transcript/transcriptdiff.h"
#include "transcript/transcriptreader.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

// Rows shown at most; a longer comparison says how many were left out.
constexpr int maxRows = 100000;

} // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_pathA(new QLineEdit(this))
    , m_pathB(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Transcripts"));
    m_pathA->setObjectName(QStringLiteral("comparePathA"));
    m_pathA->setAccessibleName(tr("First transcript"));
    m_pathB->setObjectName(QStringLiteral("comparePathB"));
    m_pathB->setAccessibleName(tr("Second transcript"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("The two transcripts side by side"));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("First transcript"), tr("Line"), tr("Second transcript")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setObjectName(QStringLiteral("compareSummary"));

    auto browse = [this](QLineEdit *edit) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Transcript"), edit->text(),
            tr("Transcripts (*.txt *.log *.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    };
    auto *browseA = new QPushButton(tr("&Browse…"), this);
    auto *browseB = new QPushButton(tr("B&rowse…"), this);
    connect(browseA, &QPushButton::clicked, this, [=] { browse(m_pathA); });
    connect(browseB, &QPushButton::clicked, this, [=] { browse(m_pathB); });
    auto *compareButton = new QPushButton(tr("&Compare"), this);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    compareButton->setDefault(true);
    connect(compareButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!compare(m_pathA->text(), m_pathB->text(), &error))
            m_summary->setText(error);
    });

    auto *files = new QGridLayout;
    files->addWidget(new QLabel(tr("&First:"), this), 0, 0);
    files->addWidget(m_pathA, 0, 1);
    files->addWidget(browseA, 0, 2);
    files->addWidget(new QLabel(tr("&Second:"), this), 1, 0);
    files->addWidget(m_pathB, 1, 1);
    files->addWidget(browseB, 1, 2);
    files->addWidget(compareButton, 0, 3, 2, 1);
    static_cast<QLabel *>(files->itemAtPosition(0, 0)->widget())->setBuddy(m_pathA);
    static_cast<QLabel *>(files->itemAtPosition(1, 0)->widget())->setBuddy(m_pathB);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1000, 600);
}

bool CompareDialog::compare(const QString &pathA, const QString &pathB, QString *error)
{
    m_pathA->setText(pathA);
    m_pathB->setText(pathB);
    m_table->setRowCount(0);
    m_differences = 0;
    const transcript::ReadTranscript a = transcript::readTranscriptFile(pathA);
    const transcript::ReadTranscript b = transcript::readTranscriptFile(pathB);
    for (const auto &[read, path] : {std::pair {&a, pathA}, std::pair {&b, pathB}}) {
        if (!read->ok()) {
            if (error)
                *error = tr("%1, line %2: %3").arg(path).arg(read->errorLine).arg(read->error);
            return false;
        }
    }
    const transcript::TranscriptDiff diff
        = transcript::diffConversations(a.conversation, b.conversation);

    const QColor removed(255, 220, 220);
    const QColor added(220, 255, 220);
    auto cell = [](const QString &text, const QColor &background = {}) {
        auto *item = new QTableWidgetItem(text);
        if (background.isValid()) {
            item->setBackground(background);
            item->setForeground(Qt::black);
        }
        return item;
    };
    // A run of removed lines and the run of added lines after it share rows,
    // so what changed stands side by side.
    const QList<transcript::DiffLine> &lines = diff.lines;
    int row = 0;
    qsizetype i = 0;
    while (i < lines.size() && row < maxRows) {
        using Op = transcript::DiffLine::Op;
        if (lines.at(i).op == Op::Same) {
            const transcript::DiffLine &l = lines.at(i++);
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(QString::number(l.lineA + 1)));
            m_table->setItem(row, 1, cell(QString::fromUtf8(l.text)));
            m_table->setItem(row, 2, cell(QString::number(l.lineB + 1)));
            m_table->setItem(row, 3, cell(QString::fromUtf8(l.text)));
            ++row;
            continue;
        }
        QList<const transcript::DiffLine *> left;
        QList<const transcript::DiffLine *> right;
        while (i < lines.size() && lines.at(i).op == Op::Removed)
            left.append(&lines.at(i++));
        while (i < lines.size() && lines.at(i).op == Op::Added)
            right.append(&lines.at(i++));
        m_differences += int(left.size() + right.size());
        for (qsizetype k = 0; k < qMax(left.size(), right.size()) && row < maxRows; ++k, ++row) {
            m_table->insertRow(row);
            if (k < left.size()) {
                m_table->setItem(row, 0, cell(QString::number(left.at(k)->lineA + 1), removed));
                m_table->setItem(row, 1, cell(QString::fromUtf8(left.at(k)->text), removed));
            }
            if (k < right.size()) {
                m_table->setItem(row, 2, cell(QString::number(right.at(k)->lineB + 1), added));
                m_table->setItem(row, 3, cell(QString::fromUtf8(right.at(k)->text), added));
            }
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    QString text = diff.identical()
        ? tr("The transcripts are the same, apart from what changes from run to run.")
        : tr("%n line(s) differ.", nullptr, m_differences);
    if (i < lines.size())
        text += QLatin1Char(' ') + tr("Only the first %n rows are shown.", nullptr, maxRows);
    m_summary->setText(text);
    return true;
}

} // namespace postscope::ui
