#include "script.h"

#include <QFile>

namespace postscope::testsupport {

QByteArray ScriptRun::wire() const
{
    QByteArray out;
    for (const ScriptLine &line : lines)
        out += line.text + "\r\n";
    return out;
}

QList<ScriptRun> Script::runs() const
{
    QList<ScriptRun> out;
    for (const ScriptLine &line : lines) {
        if (out.isEmpty() || out.last().tag != line.tag)
            out.append(ScriptRun {line.tag, {}});
        out.last().lines.append(line);
    }
    return out;
}

Script readScript(QByteArrayView text, const QList<QByteArray> &tags)
{
    Script script;
    int number = 0;
    for (QByteArray line : QByteArray(text.data(), text.size()).split('\n')) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray tag = line.left(2);
        // "TAG text" or a bare "TAG"; "TAGtext" is not a line of the form.
        const bool wellFormed = line.size() == 2 || line.at(2) == ' ';
        if (!wellFormed || !tags.contains(tag)) {
            if (script.error.isEmpty()) {
                script.error = QStringLiteral("line %1: cannot read \"%2\"")
                                   .arg(number)
                                   .arg(QString::fromUtf8(line));
            }
            continue;
        }
        script.lines.append(ScriptLine {tag, line.mid(3), number});
    }
    return script;
}

Script loadScript(const QString &path, const QList<QByteArray> &tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Script script;
        script.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return script;
    }
    Script script = readScript(file.readAll(), tags);
    if (!script.error.isEmpty())
        script.error = path + QStringLiteral(": ") + script.error;
    return script;
}

} // namespace postscope::testsupport
