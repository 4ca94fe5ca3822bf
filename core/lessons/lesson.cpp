#include "lessons/lesson.h"

#include "engine/serverengine.h"
#include "protocol/commandparser.h"
#include "sandbox/faultplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace postscope::lessons {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::lessons::Lesson", text);
}

struct RuleName
{
    CheckRule::Type type;
    const char *name;
};
constexpr RuleName ruleNames[] = {
    {CheckRule::Type::Sent, "sent"},
    {CheckRule::Type::NotSent, "notSent"},
    {CheckRule::Type::SentBefore, "sentBefore"},
    {CheckRule::Type::Reply, "reply"},
    {CheckRule::Type::Multiline, "multiline"},
    {CheckRule::Type::DataReplies, "dataReplies"},
    {CheckRule::Type::Delivered, "delivered"},
    {CheckRule::Type::NotDelivered, "notDelivered"},
    {CheckRule::Type::DataStartsWith, "dataStartsWith"},
    {CheckRule::Type::Tls, "tls"},
    {CheckRule::Type::NotTls, "notTls"},
    {CheckRule::Type::Authenticated, "authenticated"},
    {CheckRule::Type::Pipelined, "pipelined"},
};

QRegularExpression pattern(const QJsonValue &value, QString *error)
{
    // RFC 5321 2.4: verbs in any case; the lessons' patterns say ^MAIL.
    QRegularExpression re(value.toString(),
                          QRegularExpression::CaseInsensitiveOption
                              | QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        *error = tr("bad pattern \"%1\": %2").arg(value.toString(), re.errorString());
    return re;
}

QList<QByteArray> byteList(const QJsonValue &value)
{
    QList<QByteArray> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString().toUtf8());
    return out;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

bool parseRule(const QJsonObject &o, CheckRule *rule, QString *error)
{
    const QString type = o.value(QLatin1String("type")).toString();
    bool known = false;
    for (const RuleName &r : ruleNames) {
        if (type == QLatin1String(r.name)) {
            rule->type = r.type;
            known = true;
        }
    }
    if (!known) {
        *error = tr("unknown check rule type \"%1\"").arg(type);
        return false;
    }
    rule->explain = o.value(QLatin1String("explain")).toString();
    if (rule->explain.isEmpty()) {
        *error = tr("a check rule of type \"%1\" has no explanation").arg(type);
        return false;
    }
    if (o.contains(QLatin1String("command")))
        rule->command = pattern(o.value(QLatin1String("command")), error);
    if (o.contains(QLatin1String("then")))
        rule->then = pattern(o.value(QLatin1String("then")), error);
    if (!error->isEmpty())
        return false;
    rule->code = o.value(QLatin1String("code")).toString();
    for (const QString &c :
         o.value(QLatin1String("codes")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        rule->codes.append(c.trimmed().toInt());
    rule->to = o.value(QLatin1String("to")).toString().toUtf8();
    rule->from = o.value(QLatin1String("from")).toString().toUtf8();
    rule->text = o.value(QLatin1String("text")).toString().toUtf8();
    rule->count = o.value(QLatin1String("count")).toInt(o.value(QLatin1String("lines")).toInt(1));
    using T = CheckRule::Type;
    const bool needsCommand = rule->type == T::Sent || rule->type == T::NotSent
        || rule->type == T::SentBefore || rule->type == T::Reply || rule->type == T::Multiline;
    if (needsCommand && rule->command.pattern().isEmpty()) {
        *error = tr("the check rule \"%1\" needs \"command\"").arg(type);
        return false;
    }
    if (rule->type == T::SentBefore && rule->then.pattern().isEmpty()) {
        *error = tr("the check rule \"sentBefore\" needs \"then\"");
        return false;
    }
    if (rule->type == T::Reply && rule->code.isEmpty()) {
        *error = tr("the check rule \"reply\" needs \"code\"");
        return false;
    }
    if ((rule->type == T::Delivered || rule->type == T::NotDelivered) && rule->to.isEmpty()) {
        *error = tr("the check rule \"%1\" needs \"to\"").arg(type);
        return false;
    }
    return true;
}

// "250", "2xx", "55x": x stands for any digit.
bool codeMatches(const QString &pattern, int code)
{
    const QString digits = QString::number(code);
    if (pattern.size() != 3 || digits.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (pattern[i] != QLatin1Char('x') && pattern[i] != digits[i])
            return false;
    }
    return true;
}

bool matches(const QRegularExpression &re, const QByteArray &line)
{
    return re.match(QString::fromUtf8(line)).hasMatch();
}

bool sameAddress(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The longest run of commands sent with no reply (and no message data)
// between them: commands that went out together (RFC 2920 3.1).
int longestPipelinedRun(const SessionRecord &r)
{
    QSet<int> commandEntries;
    for (const transcript::Exchange &e : r.conversation.exchanges) {
        if (e.kind == transcript::Exchange::Kind::Command && e.entryIndex >= 0)
            commandEntries.insert(e.entryIndex);
    }
    int best = 0;
    int run = 0;
    for (int i = 0; i < r.entries.size(); ++i) {
        if (commandEntries.contains(i))
            best = qMax(best, ++run);
        else if (r.entries[i].direction != transcript::Entry::Direction::Note)
            run = 0;
    }
    return best;
}

bool evaluate(const CheckRule &rule, const SessionRecord &r)
{
    using T = CheckRule::Type;
    using transcript::Exchange;
    const QList<Exchange> &ex = r.conversation.exchanges;
    auto commandAt = [&ex](qsizetype i, const QRegularExpression &re) {
        return ex[i].kind == Exchange::Kind::Command && matches(re, ex[i].line);
    };
    switch (rule.type) {
    case T::Sent:
    case T::NotSent: {
        bool found = false;
        for (qsizetype i = 0; i < ex.size() && !found; ++i)
            found = commandAt(i, rule.command);
        return rule.type == T::Sent ? found : !found;
    }
    case T::SentBefore:
        for (qsizetype i = 0; i < ex.size(); ++i) {
            if (!commandAt(i, rule.command))
                continue;
            for (qsizetype j = i + 1; j < ex.size(); ++j) {
                if (commandAt(j, rule.then))
                    return true;
            }
        }
        return false;
    case T::Reply:
    case T::Multiline:
        for (qsizetype i = 0; i < ex.size(); ++i) {
            if (!commandAt(i, rule.command) || ex[i].replies.isEmpty())
                continue;
            const protocol::Reply &reply = ex[i].replies.first();
            if (rule.type == T::Reply && codeMatches(rule.code, reply.code))
                return true;
            if (rule.type == T::Multiline && reply.klass() == 2 && reply.lines.size() >= rule.count)
                return true;
        }
        return false;
    case T::DataReplies:
        for (const Exchange &e : ex) {
            const bool endOfData = e.kind == Exchange::Kind::MessageData
                || (e.verb == "BDAT" && e.argument.toUpper().contains("LAST"));
            if (!endOfData)
                continue;
            QList<int> codes;
            for (const protocol::Reply &reply : e.replies)
                codes.append(reply.code);
            if (codes == rule.codes)
                return true;
        }
        return false;
    case T::Delivered:
    case T::NotDelivered: {
        int n = 0;
        for (const Delivery &d : r.deliveries) {
            if (sameAddress(d.to, rule.to)
                && (rule.from.isEmpty() || sameAddress(d.from, rule.from)))
                ++n;
        }
        return rule.type == T::Delivered ? n >= qMax(1, rule.count) : n == 0;
    }
    case T::DataStartsWith:
        for (const Delivery &d : r.deliveries) {
            if (d.data.startsWith(rule.text))
                return true;
        }
        return false;
    case T::Tls:
        return r.tlsEstablished;
    case T::NotTls:
        return !r.tlsEstablished;
    case T::Authenticated:
        for (const Exchange &e : ex) {
            if ((e.verb == "AUTH" || e.kind == Exchange::Kind::SaslResponse) && e.code() == 235)
                return true;
        }
        return false;
    case T::Pipelined:
        return longestPipelinedRun(r) >= rule.count;
    }
    return false;
}

} // namespace

bool SandboxSetup::apply(sandbox::SandboxConfig *config, QString *error) const
{
    engine::ServerConfig &s = config->server;
    s.dialect = dialect;
    if (!hostname.isEmpty())
        s.hostname = hostname;
    for (const QString &name : disabled) {
        engine::ServerExtension ext;
        if (!engine::parseServerExtension(name.toLatin1(), &ext)) {
            *error = tr("unknown extension \"%1\"").arg(name);
            return false;
        }
        s.extensions &= ~engine::ServerExtensions(ext);
    }
    config->users = users;
    s.requireTlsForAuth = requireTlsForAuth;
    s.directory.mailboxes = mailboxes;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        s.directory.lists.insert(it.key().toLower(), it.value());
    s.rejectUnknownRecipients = rejectUnknown;
    for (const QString &text : faults) {
        QString why;
        const sandbox::FaultRule rule = sandbox::FaultRule::parse(text, &why);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
        config->faults.addRule(rule);
    }
    for (const QString &name : misbehave) {
        engine::Misbehaviour m;
        if (!engine::parseMisbehaviour(name.toLatin1(), &m)) {
            *error = tr("unknown misbehaviour \"%1\"").arg(name);
            return false;
        }
        s.misbehaviours |= m;
    }
    if (maxSize > 0)
        s.maxMessageSize = maxSize;
    // Lessons run on this machine only (and misbehaviour needs loopback).
    config->address = QHostAddress::LocalHost;
    config->port = 0;
    return true;
}

SessionRecord SessionRecord::fromEntries(const QList<transcript::Entry> &entries)
{
    SessionRecord r;
    r.entries = entries;
    transcript::ConversationBuilder builder;
    for (int i = 0; i < entries.size(); ++i) {
        const transcript::Entry &e = entries.at(i);
        switch (e.direction) {
        case transcript::Entry::Direction::Client:
            if (e.kind == transcript::Entry::Kind::Data)
                builder.addClient(e.raw, transcript::Entry::Kind::Data, false, i, true);
            else // a typed line: command or message line, as the conversation says
                builder.addClient(e.display(), transcript::Entry::Kind::Note, !e.redacted.isEmpty(),
                                  i);
            break;
        case transcript::Entry::Direction::Server:
            builder.addServer(e.display(), i);
            break;
        case transcript::Entry::Direction::Note:
            builder.addNote(QString::fromUtf8(e.raw));
            break;
        }
    }
    r.conversation = builder.finish();
    return r;
}

QString Lesson::text(const QString &source) const
{
    if (source.isEmpty())
        return source;
    const QByteArray context = "lesson " + id.toUtf8();
    return QCoreApplication::translate(context.constData(), source.toUtf8().constData());
}

QList<QByteArray> Lesson::script() const
{
    QList<QByteArray> out;
    for (const LessonStep &s : steps) {
        if (!s.command.isEmpty())
            out.append(s.command);
        out.append(s.lines);
    }
    return out;
}

Verdict Lesson::check(const SessionRecord &record) const
{
    Verdict v;
    v.rules = int(rules.size());
    for (const CheckRule &rule : rules) {
        if (!evaluate(rule, record))
            v.failures.append(text(rule.explain));
    }
    v.passed = v.failures.isEmpty();
    return v;
}

Lesson Lesson::fromJson(const QByteArray &json, QString *error)
{
    Lesson l;
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : tr("not a JSON object");
        return l;
    }
    const QJsonObject o = doc.object();
    l.id = o.value(QLatin1String("id")).toString();
    l.title = o.value(QLatin1String("title")).toString();
    l.reference = o.value(QLatin1String("reference")).toString();
    l.goal = o.value(QLatin1String("goal")).toString();
    if (l.id.isEmpty() || l.title.isEmpty() || l.goal.isEmpty()) {
        *error = tr("a lesson needs \"id\", \"title\" and \"goal\"");
        return l;
    }
    for (const QJsonValue &v : o.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        LessonStep step;
        step.text = s.value(QLatin1String("text")).toString();
        step.command = s.value(QLatin1String("command")).toString().toUtf8();
        step.lines = byteList(s.value(QLatin1String("lines")));
        if (step.text.isEmpty()) {
            *error = tr("step %1 has no text").arg(l.steps.size() + 1);
            return l;
        }
        l.steps.append(step);
    }
    if (l.steps.isEmpty()) {
        *error = tr("a lesson needs steps");
        return l;
    }
    l.hints = stringList(o.value(QLatin1String("hints")));

    const QJsonObject sb = o.value(QLatin1String("sandbox")).toObject();
    SandboxSetup &setup = l.sandbox;
    const QString dialect = sb.value(QLatin1String("dialect")).toString(QStringLiteral("smtp"));
    if (dialect != QLatin1String("smtp") && dialect != QLatin1String("lmtp")) {
        *error = tr("\"dialect\" is smtp or lmtp");
        return l;
    }
    setup.dialect
        = dialect == QLatin1String("lmtp") ? engine::Dialect::Lmtp : engine::Dialect::Smtp;
    setup.hostname = sb.value(QLatin1String("hostname")).toString().toUtf8();
    setup.disabled = stringList(sb.value(QLatin1String("disable")));
    const QJsonObject users = sb.value(QLatin1String("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it)
        setup.users.insert(it.key(), it.value().toString());
    setup.requireTlsForAuth = sb.value(QLatin1String("requireTlsForAuth")).toBool();
    setup.mailboxes = byteList(sb.value(QLatin1String("mailboxes")));
    const QJsonObject lists = sb.value(QLatin1String("lists")).toObject();
    for (auto it = lists.begin(); it != lists.end(); ++it)
        setup.lists.insert(it.key().toUtf8(), byteList(it.value()));
    setup.rejectUnknown = sb.value(QLatin1String("rejectUnknown")).toBool();
    setup.faults = stringList(sb.value(QLatin1String("faults")));
    setup.misbehave = stringList(sb.value(QLatin1String("misbehave")));
    setup.maxSize = sb.value(QLatin1String("maxSize")).toInteger();
    sandbox::SandboxConfig probe;
    if (!setup.apply(&probe, error))
        return l;

    for (const QJsonValue &v : o.value(QLatin1String("check")).toArray()) {
        CheckRule rule;
        if (!parseRule(v.toObject(), &rule, error))
            return l;
        l.rules.append(rule);
    }
    if (l.rules.isEmpty()) {
        *error = tr("a lesson needs a check");
        return l;
    }
    const QJsonObject wrong = o.value(QLatin1String("wrong")).toObject();
    l.wrongScript = byteList(wrong.value(QLatin1String("script")));
    l.wrongFails = wrong.value(QLatin1String("fails")).toString();
    return l;
}

QList<Lesson> builtInLessons(QString *error)
{
    QList<Lesson> out;
    const QDir dir(QStringLiteral(":/lessons"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QString why;
        Lesson l;
        if (f.open(QIODevice::ReadOnly))
            l = Lesson::fromJson(f.readAll(), &why);
        else
            why = f.errorString();
        if (!why.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("%1: %2").arg(name, why);
            continue;
        }
        out.append(l);
    }
    return out;
}

const Lesson *findLesson(const QList<Lesson> &lessons, const QString &id)
{
    for (const Lesson &l : lessons) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

} // namespace postscope::lessons
