#pragma once
// Lessons: learning SMTP by doing it (issue 11). A lesson is a data file
// (resources/lessons/*.json, built into postscope_core as :/lessons/): a
// goal, steps (what to type and why), the sandbox it needs, hints, and a
// check that reads the session (the client's transcript as a Conversation,
// and what the sandbox stored) and says whether the goal was reached and,
// if not, what went wrong in the lesson's own words. Both front ends use
// it: `postscope-cli lesson` and the window's lesson browser.
//
// Every sentence of a lesson is translatable: lessonstrings.cpp (made by
// scripts/lesson-strings.py, checked by tst_lessons) lists them for Qt
// Linguist under the context "lesson ID"; text() translates at run time.

#include "engine/clientengine.h"
#include "sandbox/sandboxserver.h"
#include "transcript/conversation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace postscope::lessons {

struct LessonStep
{
    QString text; // why (translatable)
    QByteArray command; // what to type; empty for a step that only explains
    QList<QByteArray> lines; // typed after it: message lines, or the answers a helper asks for
};

// What the sandbox must be for the lesson.
struct SandboxSetup
{
    engine::Dialect dialect = engine::Dialect::Smtp;
    QByteArray hostname; // empty: the sandbox's default
    QStringList disabled; // extensions switched off ("CHUNKING")
    QHash<QString, QString> users; // AUTH user -> password
    bool requireTlsForAuth = false;
    QList<QByteArray> mailboxes;
    QHash<QByteArray, QList<QByteArray>> lists;
    bool rejectUnknown = false;
    QStringList faults; // FaultRule syntax
    QStringList misbehave; // engine::misbehaviourNames()
    qint64 maxSize = 0; // 0: the sandbox's default

    // The sandbox configuration (listening on 127.0.0.1, an ephemeral port);
    // maildir and certificate folder are the caller's. False and *error
    // when the lesson asks for something the sandbox does not know.
    bool apply(sandbox::SandboxConfig *config, QString *error) const;
};

// One rule of a lesson's check.
struct CheckRule
{
    enum class Type {
        Sent, // a command matching `command` was sent
        NotSent, // none was
        SentBefore, // one matching `command`, and later one matching `then`
        Reply, // a command matching `command` got a reply whose code matches `code`
        Multiline, // ... and that reply had at least `count` lines
        DataReplies, // the replies to the end of some message data were exactly `codes`
        Delivered, // the sandbox stored at least `count` messages for `to` (from `from`)
        NotDelivered, // it stored none for `to`
        DataStartsWith, // a stored message begins with `text`
        Tls, // the TLS handshake completed
        NotTls, // it did not
        Authenticated, // an AUTH exchange ended with 235
        Pipelined, // `count` commands went out before any of their replies
    };
    Type type = Type::Sent;
    QRegularExpression command;
    QRegularExpression then;
    QString code; // "250", "2xx", "55x"
    QList<int> codes; // DataReplies
    QByteArray to;
    QByteArray from;
    QByteArray text;
    int count = 1;
    QString explain; // why it failed, in the lesson's words (translatable)
};

// A message the sandbox stored, for the check.
struct Delivery
{
    QByteArray from;
    QByteArray to;
    QByteArray data;
};

// What a session left behind.
struct SessionRecord
{
    QList<transcript::Entry> entries; // the client's transcript
    transcript::Conversation conversation;
    bool tlsEstablished = false;
    QList<Delivery> deliveries;
    // The conversation read from the entries with the kinds inferred (a
    // console sends message lines as typed lines, which its transcript
    // records as commands).
    static SessionRecord fromEntries(const QList<transcript::Entry> &entries);
};

struct Verdict
{
    bool passed = false;
    QStringList failures; // the explanations of the rules that failed, translated
    int rules = 0;
};

struct Lesson
{
    QString id;
    QString title; // translatable
    QString reference; // "RFC 5321 Appendix D.1"; never translated
    QString goal; // translatable
    QList<LessonStep> steps;
    QStringList hints; // translatable
    SandboxSetup sandbox;
    QList<CheckRule> rules;
    // For the tests: what a learner who gets it wrong types, and words of
    // the explanation that must be among the failures.
    QList<QByteArray> wrongScript;
    QString wrongFails;

    // The lesson's own sentence, translated (context "lesson ID").
    QString text(const QString &source) const;
    // What a learner who follows the steps types, line by line.
    QList<QByteArray> script() const;
    Verdict check(const SessionRecord &record) const;

    static Lesson fromJson(const QByteArray &json, QString *error);
};

// The lessons built into postscope_core (:/lessons/), in file name order;
// *error names the first file that could not be read.
QList<Lesson> builtInLessons(QString *error = nullptr);
// One of them by id; nullptr when there is none.
const Lesson *findLesson(const QList<Lesson> &lessons, const QString &id);

} // namespace postscope::lessons
