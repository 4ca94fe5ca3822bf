#pragma once
// The transcript pane: the table of every line of every session, with the
// filters (side, session), search (Ctrl+F, F3), a note when the view's
// bound has dropped older lines, and below the table the selected line in
// full with what its reply code and enhanced code mean.

#include "transcript/transcript.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QIODevice;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;

namespace postscope::ui {

class TranscriptFilterModel;
class TranscriptModel;
class TranscriptView;

class TranscriptPane : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Text, JsonLines };

    explicit TranscriptPane(QWidget *parent = nullptr);

    void setTranscript(transcript::Transcript *transcript);
    transcript::Transcript *transcript() const { return m_transcript; }
    TranscriptModel *model() const { return m_model; }
    TranscriptFilterModel *filter() const { return m_filter; }
    TranscriptView *view() const { return m_view; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QComboBox *sessionCombo() const { return m_sessionCombo; }

    void setTimestamps(bool on);
    bool timestamps() const { return m_timestamps; }

    // Searches the shown lines for text (case-insensitive) from the current
    // line on, wrapping around; selects the line found. False when none.
    bool find(const QString &text, bool backward = false);
    QTextBrowser *detailView() const { return m_detail; }
    // The selected lines in the transcript's text form.
    QByteArray selectedText() const;
    // Writes the entries core's transcript keeps that the filters let
    // through, with core's writers (so also lines the view has dropped).
    qint64 write(QIODevice *device, Format format) const;
    // Empties core's transcript and the view.
    void clear();

public slots:
    void focusFind();
    void findNext();
    void findPrevious();
    void copySelection();

signals:
    void currentExplanationChanged(const QString &text);

private:
    void updateSessions();
    void updateSides();
    void updateDropped(qint64 dropped);
    void updateDetail();
    bool search(const QString &text, bool backward, bool includeCurrent);

    QPointer<transcript::Transcript> m_transcript;
    TranscriptModel *m_model;
    TranscriptFilterModel *m_filter;
    TranscriptView *m_view;
    QCheckBox *m_clientBox;
    QCheckBox *m_serverBox;
    QCheckBox *m_notesBox;
    QComboBox *m_sessionCombo;
    QLineEdit *m_findEdit;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_findStatus;
    QLabel *m_droppedLabel;
    QTextBrowser *m_detail;
    bool m_timestamps = true;
};

} // namespace postscope::ui
