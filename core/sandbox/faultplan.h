#pragma once
// The sandbox's fault plan: rules that make the server misbehave on purpose
// (delay, refuse, disconnect, tarpit) at the greeting, at a command, in the
// middle of the message data or at delivery, always, on the Nth occurrence
// or with a probability. Drives the server engine's intervention hook.

#include "engine/serverengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace postscope::sandbox {

struct FaultRule
{
    enum class Kind { Delay, Reply, Disconnect, Tarpit };

    // "GREETING", a command verb ("MAIL", "RCPT", ...), "BODY" (the message
    // data has begun), "DELIVER" (per recipient, at delivery) or "*" (every
    // command and the greeting).
    QByteArray target;
    QByteArray address;     // only when the command's address is this (case-insensitive); empty: any
    Kind kind = Kind::Reply;
    int delayMs = 0;        // Delay and Tarpit; also a delay before a Reply or Disconnect
    int code = 0;           // Reply
    QByteArray text;        // Reply: text after the code (may start with an enhanced code)
    int occurrence = 0;     // 0: every time; N: only the Nth matching event
    double probability = 1.0;

    // The compact syntax of `postscope-cli serve --fault` (see syntaxHelp()).
    static FaultRule parse(const QString &text, QString *error);
    QString toString() const;
    Q_DECLARE_TR_FUNCTIONS(postscope::sandbox::FaultRule)
};

class FaultPlan
{
public:
    FaultPlan() = default;
    explicit FaultPlan(QList<FaultRule> rules, quint32 seed = 0);

    void addRule(const FaultRule &rule);
    const QList<FaultRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Seeds the generator used by probability rules (tests want repeatable runs).
    void setSeed(quint32 seed);

    // What to do at this checkpoint. Occurrences are counted per rule across
    // every session of the server, in the order the events happen.
    engine::Intervention decide(const engine::Checkpoint &checkpoint, bool enhancedCodes);
    // DELIVER rules for one recipient: an invalid reply means "deliver".
    protocol::Reply decideDelivery(const QByteArray &recipient, bool enhancedCodes);

    static QString syntaxHelp();

private:
    protocol::Reply replyFor(const FaultRule &rule, bool enhancedCodes) const;
    bool fires(int index);

    QList<FaultRule> m_rules;
    QList<int> m_counts;
    QRandomGenerator m_random{0x5eed};
    Q_DECLARE_TR_FUNCTIONS(postscope::sandbox::FaultPlan)
};

} // namespace postscope::sandbox
