// postscope-cli diff: two transcripts compared with what changes from run
// to run masked (core/transcript/transcriptdiff.h). Exit 0 same, 1 differ,
// 2 when a file cannot be read.
#include "commands.h"

#include "transcript/transcriptdiff.h"
#include "transcript/transcriptreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::diff", text);
}

const char helpText[] = "Usage: postscope-cli diff [options] A B\n"
                        "\n"
                        "Compares two transcripts (written with --transcript, text or JSON) as\n"
                        "conversations: C: commands, S: replies, D: message data, ** TLS. What\n"
                        "changes from run to run is masked first: times, the client's EHLO name\n"
                        "and address, dates, queue ids, Message-ID and Date headers, MIME\n"
                        "boundaries, SASL challenges and responses, TLS details and notes.\n"
                        "Prints a unified diff; exit 0 when they are the same, 1 when they\n"
                        "differ, 2 when one cannot be read.\n"
                        "\n"
                        "Options:\n"
                        "  -U, --context N   lines of context around each change (default 3)\n";

} // namespace

int runDiff(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption context(QStringList {QStringLiteral("U"), QStringLiteral("context")},
                                     {}, QStringLiteral("N"), QStringLiteral("3"));
    p.addOptions({help, context});
    if (!p.parse(QStringList {QStringLiteral("diff")} + args)) {
        fprintf(stderr, "postscope-cli diff: %s\n", qPrintable(p.errorText()));
        return 2;
    }
    if (p.isSet(help)) {
        fputs(helpText, stdout);
        return 0;
    }
    bool ok = false;
    const int lines = p.value(context).toInt(&ok);
    if (!ok || lines < 0 || lines > 1000) {
        fprintf(stderr, "postscope-cli diff: %s\n",
                qPrintable(tr("--context wants a number from 0 to 1000")));
        return 2;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() != 2) {
        fprintf(stderr, "postscope-cli diff: %s\n",
                qPrintable(tr("name two transcripts: postscope-cli diff A B")));
        return 2;
    }
    transcript::ReadTranscript read[2];
    for (int i = 0; i < 2; ++i) {
        read[i] = transcript::readTranscriptFile(files[i]);
        if (!read[i].ok()) {
            fprintf(stderr, "postscope-cli diff: %s: %s\n", qPrintable(files[i]),
                    qPrintable(read[i].error));
            return 2;
        }
    }
    const transcript::TranscriptDiff diff
        = transcript::diffConversations(read[0].conversation, read[1].conversation);
    if (diff.identical())
        return 0;
    const QByteArray text = diff.unified(files[0], files[1], lines);
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return 1;
}

} // namespace postscope::cli
