#pragma once
// Tools > Compare transcripts (issue 11): two transcript files side by side
// as core's diff sees them (transcript::diffConversations): what changes
// from run to run (times, queue ids, EHLO names, Message-IDs...) masked,
// lines only in the first on the left in red, lines only in the second on
// the right in green.

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace postscope::ui {

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);

    // Reads both files and shows the comparison. False and *error when a
    // file cannot be read.
    bool compare(const QString &pathA, const QString &pathB, QString *error = nullptr);
    int differences() const { return m_differences; }

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLineEdit *firstPath() const { return m_pathA; }
    QLineEdit *secondPath() const { return m_pathB; }

private:
    QLineEdit *m_pathA;
    QLineEdit *m_pathB;
    QTableWidget *m_table;
    QLabel *m_summary;
    int m_differences = 0;
};

} // namespace postscope::ui
