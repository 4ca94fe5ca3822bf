#include "settingsdialog.h"

#include "common/uihelpers.h"
#include "transcript/transcriptmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace postscope::ui {

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each language in its own words: a person who cannot read the current
    // one still finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
    , m_linesSpin(new QSpinBox(this))
    , m_restartNote(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    const QSettings settings;

    m_languageCombo->addItem(tr("The system's language"), QString());
    for (const auto &[code, name] : languages())
        m_languageCombo->addItem(name, code);
    m_startLanguage = settings.value(settingskeys::language).toString();
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_startLanguage)));
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateRestartNote);

    m_linesSpin->setRange(1000, 1000000);
    m_linesSpin->setSingleStep(10000);
    m_linesSpin->setGroupSeparatorShown(true);
    m_linesSpin->setValue(
        settings.value(settingskeys::transcriptMaxLines, TranscriptModel::defaultMaxRows).toInt());
    m_linesSpin->setToolTip(tr("The transcript view drops its oldest lines beyond this; saving "
                               "the transcript still writes every line the transcript keeps"));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    const QString languageLabel = tr("&Language:");
    nameControl(m_languageCombo, QStringLiteral("languageCombo"), languageLabel);
    form->addRow(languageLabel, m_languageCombo);
    form->addRow(QString(), m_restartNote);
    const QString linesLabel = tr("Transcript &lines kept in view:");
    nameControl(m_linesSpin, QStringLiteral("transcriptLinesSpin"), linesLabel);
    form->addRow(linesLabel, m_linesSpin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateRestartNote();
}

QString SettingsDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

int SettingsDialog::transcriptLines() const
{
    return m_linesSpin->value();
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setText(language() == m_startLanguage
                               ? tr("The language follows the system unless you choose one.")
                               : tr("The new language applies when Postscope starts again."));
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(settingskeys::language, language());
    settings.setValue(settingskeys::transcriptMaxLines, transcriptLines());
    emit transcriptLinesChanged(transcriptLines());
    QDialog::accept();
}

} // namespace postscope::ui
