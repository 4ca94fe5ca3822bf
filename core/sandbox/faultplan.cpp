#include "sandbox/faultplan.h"

#include <QCoreApplication>

namespace postscope::sandbox {

namespace {

bool parseInt(const QString &s, int *out)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

bool isCode(const QString &s)
{
    return s.size() == 3 && s[0] >= QLatin1Char('2') && s[0] <= QLatin1Char('5') && s[1].isDigit() && s[2].isDigit();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::sandbox", text);
}

} // namespace

FaultRule FaultRule::parse(const QString &text, QString *error)
{
    FaultRule rule;
    error->clear();
    const QStringList fields = text.split(QLatin1Char(':'));
    if (fields.size() < 2 || fields[0].trimmed().isEmpty()) {
        *error = tr("A fault rule is TARGET:ACTION, e.g. RCPT:550 or DATA:delay=2000");
        return rule;
    }
    QString target = fields[0].trimmed();
    const int eq = target.indexOf(QLatin1Char('='));
    if (eq >= 0) {
        rule.address = target.mid(eq + 1).trimmed().toUtf8();
        target = target.left(eq);
    }
    rule.target = target.toUpper().toLatin1();
    if (rule.target == "DATA-BODY" || rule.target == "MID-DATA")
        rule.target = "BODY";

    bool haveAction = false;
    for (int i = 1; i < fields.size(); ++i) {
        QString f = fields[i].trimmed();
        // "@N" after an action or on its own: the Nth occurrence only.
        const int at = f.indexOf(QLatin1Char('@'));
        if (at >= 0 && !f.contains(QLatin1Char(' ')) && (isCode(f.left(at)) || f.left(at) == QLatin1String("disconnect") || at == 0)) {
            if (!parseInt(f.mid(at + 1), &rule.occurrence) || rule.occurrence == 0) {
                *error = tr("Bad occurrence in '%1': use @N with N >= 1").arg(f);
                return rule;
            }
            f = f.left(at);
            if (f.isEmpty())
                continue;
        }
        if (isCode(f)) {
            rule.kind = Kind::Reply;
            rule.code = f.toInt();
            haveAction = true;
        } else if (f.compare(QLatin1String("disconnect"), Qt::CaseInsensitive) == 0) {
            rule.kind = Kind::Disconnect;
            haveAction = true;
        } else if (f.startsWith(QLatin1String("delay="), Qt::CaseInsensitive)) {
            if (!parseInt(f.mid(6), &rule.delayMs)) {
                *error = tr("Bad delay in '%1': use delay=MILLISECONDS").arg(f);
                return rule;
            }
            if (!haveAction)
                rule.kind = Kind::Delay;
        } else if (f.startsWith(QLatin1String("tarpit="), Qt::CaseInsensitive)) {
            if (!parseInt(f.mid(7), &rule.delayMs)) {
                *error = tr("Bad tarpit delay in '%1': use tarpit=MILLISECONDS").arg(f);
                return rule;
            }
            rule.kind = Kind::Tarpit;
            haveAction = true;
        } else if (f.startsWith(QLatin1String("p="), Qt::CaseInsensitive)) {
            bool ok = false;
            rule.probability = f.mid(2).toDouble(&ok);
            if (!ok || rule.probability < 0 || rule.probability > 1) {
                *error = tr("Bad probability in '%1': use p=0..1").arg(f);
                return rule;
            }
        } else if (f.startsWith(QLatin1String("n="), Qt::CaseInsensitive)) {
            if (!parseInt(f.mid(2), &rule.occurrence) || rule.occurrence == 0) {
                *error = tr("Bad occurrence in '%1': use n=N with N >= 1").arg(f);
                return rule;
            }
        } else if (rule.kind == Kind::Reply && rule.code != 0 && rule.text.isEmpty()) {
            // The reply text runs to the end: it may itself hold colons.
            rule.text = fields.mid(i).join(QLatin1Char(':')).trimmed().toUtf8();
            break;
        } else {
            *error = tr("Unknown field '%1' in fault rule '%2'").arg(f, text);
            return rule;
        }
    }
    if (!haveAction && rule.kind != Kind::Delay) {
        *error = tr("The fault rule '%1' has no action (a code, delay=, tarpit= or disconnect)").arg(text);
        return rule;
    }
    if (rule.target == "BODY" && rule.kind == Kind::Tarpit) {
        *error = tr("tarpit applies to commands, not to message data");
        return rule;
    }
    return rule;
}

QString FaultRule::toString() const
{
    QString s = QString::fromLatin1(target);
    if (!address.isEmpty())
        s += QLatin1Char('=') + QString::fromUtf8(address);
    switch (kind) {
    case Kind::Delay: s += QStringLiteral(":delay=%1").arg(delayMs); break;
    case Kind::Tarpit: s += QStringLiteral(":tarpit=%1").arg(delayMs); break;
    case Kind::Disconnect:
        if (delayMs)
            s += QStringLiteral(":delay=%1").arg(delayMs);
        s += QStringLiteral(":disconnect");
        break;
    case Kind::Reply:
        if (delayMs)
            s += QStringLiteral(":delay=%1").arg(delayMs);
        s += QStringLiteral(":%1").arg(code);
        break;
    }
    if (occurrence)
        s += QStringLiteral("@%1").arg(occurrence);
    if (probability < 1.0)
        s += QStringLiteral(":p=%1").arg(probability);
    if (!text.isEmpty())
        s += QLatin1Char(':') + QString::fromUtf8(text);
    return s;
}

FaultPlan::FaultPlan(QList<FaultRule> rules, quint32 seed) : m_rules(std::move(rules)), m_random(seed)
{
    m_counts.fill(0, m_rules.size());
}

void FaultPlan::addRule(const FaultRule &rule)
{
    m_rules.append(rule);
    m_counts.append(0);
}

void FaultPlan::setSeed(quint32 seed)
{
    m_random.seed(seed);
}

bool FaultPlan::fires(int index)
{
    const FaultRule &rule = m_rules[index];
    const int n = ++m_counts[index];
    if (rule.kind == FaultRule::Kind::Tarpit)
        return true;
    if (rule.occurrence > 0 && n != rule.occurrence)
        return false;
    if (rule.probability < 1.0)
        return m_random.generateDouble() < rule.probability;
    return true;
}

protocol::Reply FaultPlan::replyFor(const FaultRule &rule, bool enhancedCodes) const
{
    QByteArray text = rule.text;
    if (text.isEmpty()) {
        text = "Fault injected by the sandbox (" + rule.target + ")";
        if (enhancedCodes)
            text = QByteArray::number(rule.code / 100) + ".0.0 " + text;
    }
    return protocol::Reply::make(rule.code, text);
}

engine::Intervention FaultPlan::decide(const engine::Checkpoint &checkpoint, bool enhancedCodes)
{
    engine::Intervention iv;
    bool decided = false;
    for (int i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules[i];
        if (rule.target == "DELIVER")
            continue;
        const bool targetMatches = rule.target == checkpoint.verb
            || (rule.target == "*" && checkpoint.stage != engine::Checkpoint::Stage::Body);
        if (!targetMatches)
            continue;
        if (!rule.address.isEmpty() && QByteArrayView(rule.address).compare(checkpoint.address, Qt::CaseInsensitive) != 0)
            continue;
        if (!fires(i))
            continue;
        iv.delayMs += rule.delayMs;
        if (decided)
            continue;
        if (rule.kind == FaultRule::Kind::Reply) {
            iv.action = engine::Intervention::Action::Reply;
            iv.reply = replyFor(rule, enhancedCodes);
            decided = true;
        } else if (rule.kind == FaultRule::Kind::Disconnect) {
            iv.action = engine::Intervention::Action::Disconnect;
            decided = true;
        }
    }
    return iv;
}

protocol::Reply FaultPlan::decideDelivery(const QByteArray &recipient, bool enhancedCodes)
{
    for (int i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules[i];
        if (rule.target != "DELIVER" || rule.kind != FaultRule::Kind::Reply)
            continue;
        if (!rule.address.isEmpty() && QByteArrayView(rule.address).compare(recipient, Qt::CaseInsensitive) != 0)
            continue;
        if (fires(i))
            return replyFor(rule, enhancedCodes);
    }
    return {};
}

QString FaultPlan::syntaxHelp()
{
    return tr(
        "Fault rules: TARGET[=ADDRESS]:ACTION[:MODIFIER...][:TEXT]\n"
        "  TARGET   GREETING, a command (EHLO, MAIL, RCPT, DATA, BDAT, AUTH, ...),\n"
        "           BODY (the message data has begun: mid-DATA), DELIVER (per\n"
        "           recipient at delivery; for LMTP that recipient's reply), or *\n"
        "           (every command and the greeting)\n"
        "  =ADDRESS only when the command's address (MAIL/RCPT/VRFY/EXPN, or the\n"
        "           DELIVER recipient) is ADDRESS\n"
        "  ACTION   NNN          reply with code NNN instead (then TEXT, which may\n"
        "                        start with an enhanced code: 550:5.1.1 No such user)\n"
        "           disconnect   close the connection without a reply\n"
        "           delay=MS     wait MS milliseconds first (alone: then carry on)\n"
        "           tarpit=MS    wait MS milliseconds before every matching reply\n"
        "  MODIFIER @N or n=N    only the Nth matching event (counted over all sessions)\n"
        "           p=X          with probability X (0..1; --fault-seed makes it repeatable)\n"
        "  Examples: RCPT:550:5.1.1 No such user   DATA:delay=2000   MAIL:disconnect\n"
        "            greeting:421   RCPT:550@2   MAIL:451:p=0.5   BODY:disconnect\n"
        "            DELIVER=bob@example.test:452:4.2.2 Mailbox full   *:tarpit=500");
}

} // namespace postscope::sandbox
