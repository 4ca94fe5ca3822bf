#pragma once
// The app's own settings: the language (the system's by default; a change
// takes effect at the next start) and how many lines the transcript view
// keeps. Stored in QSettings (ui/common/uihelpers.h settingskeys).

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace postscope::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" (the system's), "en", "de", "fr".
    QString language() const;
    int transcriptLines() const;

    // The languages Postscope has, as codes and in their own words.
    static QList<QPair<QString, QString>> languages();

public slots:
    void accept() override;

signals:
    void transcriptLinesChanged(int lines);

private:
    void updateRestartNote();

    QComboBox *m_languageCombo;
    QSpinBox *m_linesSpin;
    QLabel *m_restartNote;
    QString m_startLanguage;
};

} // namespace postscope::ui
