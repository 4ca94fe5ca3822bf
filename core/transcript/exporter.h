#pragma once
// A finished session, read back from its transcript, as something others
// can run: a Python smtplib script that repeats every command, a swaks
// command line, or postscope-cli commands that send the same mail. Secrets
// never come out of a transcript (it holds "********"): the scripts read
// them from the environment (POSTSCOPE_USER, POSTSCOPE_PASSWORD). Pure.

#include "transcript/conversation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postscope::transcript {

struct ExportOptions
{
    enum class Format { Smtplib, Swaks, Cli };
    Format format = Format::Smtplib;
    // Where to connect. Empty host: the "Connected to HOST (ADDRESS)" note of
    // the transcript, else localhost; port 0: the note's, else the default
    // for the security and dialect.
    QString host;
    quint16 port = 0;
    QString caFile; // trust anchors for TLS (PEM); empty: the system store
    QString transcriptName; // named in the generated file's header
};

struct ExportResult
{
    QByteArray text; // the script, ready to run
    QStringList warnings; // what the format cannot repeat, in sentences
    QString error; // nothing could be exported
    bool ok() const { return error.isEmpty(); }
};

// "smtplib", "swaks", "cli"; false when unknown.
bool parseExportFormat(const QString &name, ExportOptions::Format *out);

ExportResult exportConversation(const Conversation &conversation, const ExportOptions &options);

// The environment variables the exported scripts read secrets from.
constexpr char userVariable[] = "POSTSCOPE_USER";
constexpr char passwordVariable[] = "POSTSCOPE_PASSWORD";

} // namespace postscope::transcript
