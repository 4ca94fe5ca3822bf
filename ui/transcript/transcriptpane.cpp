#include "transcriptpane.h"

#include "common/uihelpers.h"
#include "transcriptfiltermodel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace postscope::ui {

TranscriptPane::TranscriptPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_filter(new TranscriptFilterModel(this))
    , m_view(new TranscriptView(this))
    , m_clientBox(new QCheckBox(tr("&Client"), this))
    , m_serverBox(new QCheckBox(tr("Se&rver"), this))
    , m_notesBox(new QCheckBox(tr("N&otes"), this))
    , m_sessionCombo(new QComboBox(this))
    , m_findEdit(new QLineEdit(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_findStatus(new QLabel(this))
    , m_droppedLabel(new QLabel(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("transcriptPane"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);

    nameControl(m_clientBox, QStringLiteral("showClientLines"), m_clientBox->text());
    nameControl(m_serverBox, QStringLiteral("showServerLines"), m_serverBox->text());
    nameControl(m_notesBox, QStringLiteral("showNotes"), m_notesBox->text());
    m_clientBox->setToolTip(tr("Show the lines the client sent (C:)"));
    m_serverBox->setToolTip(tr("Show the lines the server answered (S:)"));
    m_notesBox->setToolTip(tr("Show Postscope's own notes (**): connections, TLS, errors"));
    for (QCheckBox *box : {m_clientBox, m_serverBox, m_notesBox}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &TranscriptPane::updateSides);
    }

    auto *sessionLabel = new QLabel(tr("Sess&ion:"), this);
    sessionLabel->setBuddy(m_sessionCombo);
    nameControl(m_sessionCombo, QStringLiteral("sessionFilter"), sessionLabel->text());
    m_sessionCombo->setToolTip(tr("Show the lines of one session only"));
    m_sessionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sessionCombo->setMinimumContentsLength(12);
    connect(m_sessionCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSession(m_sessionCombo->currentData().toString()); });

    nameControl(m_findEdit, QStringLiteral("findEdit"), tr("Find in transcript"));
    m_findEdit->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setToolTip(tr("Find text in the shown lines: Enter or F3 for the next match, "
                              "Shift+Enter or Shift+F3 for the previous one"));
    connect(m_findEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { search(text, false, true); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    m_previousButton->setIcon(themedIcon(QStringLiteral("go-up")));
    nameControl(m_previousButton, QStringLiteral("findPreviousButton"), tr("Previous match"));
    m_previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    connect(m_previousButton, &QToolButton::clicked, this, &TranscriptPane::findPrevious);
    m_nextButton->setIcon(themedIcon(QStringLiteral("go-down")));
    nameControl(m_nextButton, QStringLiteral("findNextButton"), tr("Next match"));
    m_nextButton->setToolTip(tr("Next match (F3)"));
    connect(m_nextButton, &QToolButton::clicked, this, &TranscriptPane::findNext);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));

    m_droppedLabel->setObjectName(QStringLiteral("droppedNote"));
    m_droppedLabel->setWordWrap(true);
    m_droppedLabel->setVisible(false);
    m_droppedLabel->setForegroundRole(QPalette::PlaceholderText);

    m_detail->setObjectName(QStringLiteral("lineDetail"));
    m_detail->setAccessibleName(tr("Selected line"));
    m_detail->setOpenLinks(false);
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setPlaceholderText(
        tr("Select a line to see it whole; for a server's reply, what its code means."));
    m_detail->setFrameShape(QFrame::StyledPanel);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_clientBox);
    bar->addWidget(m_serverBox);
    bar->addWidget(m_notesBox);
    bar->addSpacing(12);
    bar->addWidget(sessionLabel);
    bar->addWidget(m_sessionCombo);
    bar->addStretch(1);
    bar->addWidget(m_findEdit, 2);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addWidget(m_findStatus);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("transcriptSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    const int lineHeight = m_detail->fontMetrics().lineSpacing();
    splitter->setSizes({600, 4 * lineHeight + 12});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_droppedLabel);
    layout->addWidget(splitter, 1);

    connect(m_model, &TranscriptModel::sessionsChanged, this, &TranscriptPane::updateSessions);
    connect(m_model, &TranscriptModel::droppedRowsChanged, this, &TranscriptPane::updateDropped);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TranscriptPane::updateDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TranscriptPane::updateDetail);
    updateSessions();
}

void TranscriptPane::setTranscript(transcript::Transcript *transcript)
{
    m_transcript = transcript;
    m_model->setTranscript(transcript);
}

void TranscriptPane::setTimestamps(bool on)
{
    m_timestamps = on;
    m_view->setColumnHidden(TranscriptModel::TimeColumn, !on);
}

void TranscriptPane::updateSides()
{
    TranscriptFilterModel::Sides sides;
    if (m_clientBox->isChecked())
        sides |= TranscriptFilterModel::ClientSide;
    if (m_serverBox->isChecked())
        sides |= TranscriptFilterModel::ServerSide;
    if (m_notesBox->isChecked())
        sides |= TranscriptFilterModel::Notes;
    m_filter->setSides(sides);
}

void TranscriptPane::updateSessions()
{
    const QString current = m_sessionCombo->currentData().toString();
    const QSignalBlocker blocker(m_sessionCombo);
    m_sessionCombo->clear();
    m_sessionCombo->addItem(tr("All sessions"), QString());
    for (const QString &label : m_model->sessions())
        m_sessionCombo->addItem(label, label);
    const int index = m_sessionCombo->findData(current);
    m_sessionCombo->setCurrentIndex(qMax(0, index));
    // A session that is no longer listed: show everything again.
    if (index < 0 && !current.isEmpty())
        m_filter->setSession({});
}

void TranscriptPane::updateDropped(qint64 dropped)
{
    if (dropped <= 0) {
        m_droppedLabel->setVisible(false);
        return;
    }
    const QLocale locale;
    QString kept;
    if (m_transcript && (m_transcript->maxEntries() > 0 || m_transcript->maxBytes() > 0)) {
        kept = tr("Save Transcript As… still writes every line the transcript keeps: "
                  "the newest %1 entries, %2 at most.")
                   .arg(locale.toString(m_transcript->maxEntries()),
                        locale.formattedDataSize(m_transcript->maxBytes(), 0,
                                                 QLocale::DataSizeIecFormat));
    } else {
        kept = tr("Save Transcript As… still writes every line of the transcript.");
    }
    m_droppedLabel->setText(
        tr("%1 older lines were dropped from this view, which keeps the newest %2. %3")
            .arg(locale.toString(dropped), locale.toString(m_model->maxRows()), kept));
    m_droppedLabel->setVisible(true);
}

void TranscriptPane::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        emit currentExplanationChanged({});
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    const QModelIndex source = m_model->index(row, TranscriptModel::TextColumn);
    const QString explanation = source.data(TranscriptModel::ExplanationRole).toString();
    const QString line = m_model->index(row, TranscriptModel::DirectionColumn).data().toString()
        + QLatin1Char(' ') + m_model->displayText(row);
    QString html
        = QStringLiteral("<p style=\"font-family: monospace\">%1</p>").arg(line.toHtmlEscaped());
    if (!explanation.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(explanation.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                             QStringLiteral("<br>")));
    }
    m_detail->setHtml(html);
    emit currentExplanationChanged(explanation);
}

void TranscriptPane::focusFind()
{
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void TranscriptPane::findNext()
{
    search(m_findEdit->text(), false, false);
}

void TranscriptPane::findPrevious()
{
    search(m_findEdit->text(), true, false);
}

bool TranscriptPane::find(const QString &text, bool backward)
{
    return search(text, backward, false);
}

bool TranscriptPane::search(const QString &text, bool backward, bool includeCurrent)
{
    m_findStatus->clear();
    if (text.isEmpty())
        return false;
    const int rows = m_filter->rowCount();
    const QModelIndex current = m_view->currentIndex();
    int start = current.isValid() ? current.row() : (backward ? rows : -1);
    if (includeCurrent && current.isValid())
        start += backward ? 1 : -1;
    for (int i = 1; i <= rows; ++i) {
        const int row = ((start + (backward ? -i : i)) % rows + rows) % rows;
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (m_model->displayText(source).contains(text, Qt::CaseInsensitive)) {
            const QModelIndex found = m_filter->index(row, TranscriptModel::TextColumn);
            m_view->selectionModel()->setCurrentIndex(
                found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(found);
            return true;
        }
    }
    m_findStatus->setText(tr("No match"));
    return false;
}

QByteArray TranscriptPane::selectedText() const
{
    return m_model->text(m_view->selectedSourceRows(), m_timestamps);
}

void TranscriptPane::copySelection()
{
    const QByteArray text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(text));
}

qint64 TranscriptPane::write(QIODevice *device, Format format) const
{
    if (!m_transcript)
        return 0;
    // Core's writers: the redacted form only, so no secret reaches the file.
    transcript::TextWriter text(device, m_timestamps);
    transcript::JsonWriter json(device);
    qint64 written = 0;
    for (const transcript::Entry &entry : m_transcript->entries()) {
        if (!m_filter->accepts(entry))
            continue;
        if (format == Format::Text)
            text.write(entry);
        else
            json.write(entry);
        ++written;
    }
    return written;
}

void TranscriptPane::clear()
{
    if (m_transcript)
        m_transcript->clear();
    m_model->clear();
}

} // namespace postscope::ui
