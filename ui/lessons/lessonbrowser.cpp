#include "lessonbrowser.h"

#include "console/consolepane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

QString progressKey(const QString &id)
{
    return QStringLiteral("Lessons/passed/") + id;
}

} // namespace

LessonBrowser::LessonBrowser(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_console(new ConsolePane(this))
    , m_verdict(new QLabel(this))
    , m_start(new QPushButton(tr("&Start Lesson"), this))
{
    setObjectName(QStringLiteral("lessonBrowser"));
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setAccessibleName(tr("Lessons"));
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setAccessibleName(tr("Lesson"));
    m_text->setOpenLinks(false); // nothing is loaded from anywhere
    m_verdict->setObjectName(QStringLiteral("lessonVerdict"));
    m_verdict->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("lessonStart"));
    m_start->setToolTip(tr("Start a sandbox set up for this lesson and a console to it"));
    // The lesson's console talks to the lesson's sandbox only.
    m_console->connectButton()->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_start);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_text, 1);
    middleLayout->addWidget(m_verdict);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_console);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({240, 380, 600}); // the titles and the text readable at once
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    QString error;
    m_lessons = lessons::builtInLessons(&error);
    if (!error.isEmpty())
        m_verdict->setText(tr("Some lessons could not be read: %1").arg(error));
    fillList();
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonBrowser::showLesson);
    connect(m_list, &QListWidget::itemActivated, this, [this] { startLesson({}); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        QString why;
        if (!startLesson({}, &why))
            m_verdict->setText(why);
    });
    connect(m_console, &ConsolePane::sessionStarted, this, &LessonBrowser::sessionStarted);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

LessonBrowser::~LessonBrowser()
{
    m_console->attach(nullptr, {});
    m_run.reset();
}

bool LessonBrowser::isPassed(const QString &id)
{
    return QSettings().value(progressKey(id), false).toBool();
}

void LessonBrowser::fillList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const lessons::Lesson &l : m_lessons) {
        const bool passed = isPassed(l.id);
        auto *item = new QListWidgetItem(
            (passed ? QStringLiteral("\u2713 ") : QStringLiteral("   ")) + l.text(l.title), m_list);
        item->setData(Qt::UserRole, l.id);
        item->setToolTip(passed ? tr("%1: passed").arg(l.reference) : l.reference);
    }
    if (row >= 0)
        m_list->setCurrentRow(row);
}

QString LessonBrowser::selectedLesson() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool LessonBrowser::selectLesson(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void LessonBrowser::showLesson()
{
    const lessons::Lesson *l = lessons::findLesson(m_lessons, selectedLesson());
    if (!l) {
        m_text->clear();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i></p><p><b>%3</b> %4</p><ol>")
                       .arg(l->text(l->title).toHtmlEscaped(), l->reference.toHtmlEscaped(),
                            tr("Goal:").toHtmlEscaped(), l->text(l->goal).toHtmlEscaped());
    for (const lessons::LessonStep &s : l->steps) {
        html += QStringLiteral("<li>") + l->text(s.text).toHtmlEscaped();
        if (!s.command.isEmpty() || !s.lines.isEmpty()) {
            QStringList typed;
            if (!s.command.isEmpty())
                typed << QString::fromUtf8(s.command).toHtmlEscaped();
            for (const QByteArray &line : s.lines)
                typed << QString::fromUtf8(line).toHtmlEscaped();
            html += QStringLiteral("<pre>%1</pre>").arg(typed.join(QLatin1Char('\n')));
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    for (const QString &h : l->hints)
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(tr("Hint:").toHtmlEscaped(), l->text(h).toHtmlEscaped());
    m_text->setHtml(html);
    if (!m_run)
        m_verdict->setText(isPassed(l->id) ? tr("You have passed this lesson.") : QString());
}

bool LessonBrowser::startLesson(const QString &id, QString *error)
{
    if (!id.isEmpty() && !selectLesson(id)) {
        if (error)
            *error = tr("There is no lesson named “%1”.").arg(id);
        return false;
    }
    const lessons::Lesson *l = lessons::findLesson(m_lessons, selectedLesson());
    if (!l) {
        if (error)
            *error = tr("Choose a lesson first.");
        return false;
    }
    m_console->attach(nullptr, {});
    m_run.reset();
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        if (error)
            *error = tr("No folder for the lesson's sandbox: %1").arg(m_folder->errorString());
        return false;
    }
    m_run = std::make_unique<lessons::LessonRun>(*l, m_folder->path(), m_certificateFolder);
    QString why;
    if (!m_run->start(&why)) {
        m_run.reset();
        if (error)
            *error = tr("The lesson's sandbox did not start: %1").arg(why);
        return false;
    }
    emit sessionStarted(&m_run->console()->session());
    m_console->attach(m_run->console(), QStringLiteral("lesson-") + l->id);
    m_console->output()->clear();
    m_verdict->setText(tr("Lesson under way: follow the steps; QUIT ends it and checks it."));
    connect(m_run.get(), &lessons::LessonRun::finished, this, &LessonBrowser::finishRun);
    m_console->commandLine()->setFocus();
    return true;
}

void LessonBrowser::finishRun()
{
    if (!m_run)
        return;
    const lessons::Verdict verdict = m_run->verdict();
    const QString id = m_run->lesson().id;
    if (verdict.passed) {
        QSettings().setValue(progressKey(id), true);
        m_verdict->setText(
            tr("Goal reached: every one of the %n check(s) passed.", nullptr, verdict.rules));
    } else {
        QStringList items;
        for (const QString &f : verdict.failures)
            items << QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
        m_verdict->setText(
            tr("Not yet: %n of the checks did not pass.", nullptr, int(verdict.failures.size()))
            + QStringLiteral("<ul>%1</ul>").arg(items.join(QString())));
    }
    fillList();
    emit verdictReady(verdict.passed);
}

} // namespace postscope::ui
