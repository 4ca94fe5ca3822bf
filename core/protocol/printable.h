#pragma once
// The one rendering of untrusted text for a terminal or a text view: a
// server's words (and anything else that crosses the wire) may hold escape
// sequences, BEL, NUL or a bare CR that would retitle, clear or rewrite the
// reader's terminal. Every text writer (the transcript's text form, the
// CLI's standard output and error, the GUI's transcript view, error
// messages that quote a server) goes through printable(). Pure: no I/O.
//
// The notation (docs/CLI.md "Control characters"):
//   CR -> \r, LF -> \n (unless line breaks are kept), any other C0 control
//   character and DEL -> \xHH (two lower-case hex digits: ESC is \x1b, BEL
//   \x07, NUL \x00), a C1 control character U+0080..U+009F -> \u00HH, and a
//   byte that is not part of valid UTF-8 -> \xHH. TAB stays as it is, and so
//   does a backslash: the result is meant to be read, not parsed back (the
//   JSON forms are exact). Applying printable() twice changes nothing more.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace postscope::protocol {

enum class LineBreaks {
    Escape, // one wire line or one field: LF becomes \n too
    Keep, // text made of lines (a message for a person): LF stays a line break
};

QByteArray printable(QByteArrayView bytes, LineBreaks lineBreaks = LineBreaks::Escape);
QString printable(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);

// True when printable() would change nothing.
bool isPrintable(QByteArrayView bytes, LineBreaks lineBreaks = LineBreaks::Escape);

// JSON text (as QJsonDocument writes it) made safe for a terminal: JSON
// already escapes U+0000..U+001F, but not DEL and the C1 controls, which
// become \u007f and \u0080..\u009f -- the same characters for a JSON reader.
QByteArray terminalSafeJson(QByteArrayView json);

} // namespace postscope::protocol
