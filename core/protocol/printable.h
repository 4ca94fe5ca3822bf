#pragma once
// The one rendering of untrusted text for a terminal or a text view: a
// server's words (and anything else that crosses the wire) may hold escape
// sequences, BEL, NUL or a bare CR that would retitle, clear or rewrite the
// reader's terminal. Every text writer (the transcript's text form, the
// CLI's standard output and error, the GUI's transcript view, error
// messages that quote a server) goes through printable(). Pure: no I/O.
//
// The notation (docs/CLI.md "Control characters in output"):
//   CR -> \r, LF -> \n (unless line breaks are kept), any other C0 control
//   character and DEL -> \xHH (two lower-case hex digits: ESC is \x1b, BEL
//   \x07, NUL \x00), a byte that is not part of valid UTF-8 -> \xHH, and a
//   character that acts on the display instead of showing -> \uHHHH: the C1
//   controls U+0080..U+009F, the line and paragraph separators U+2028 and
//   U+2029, and the bidirectional controls (U+061C, U+200E, U+200F,
//   U+202A..U+202E, U+2066..U+2069). TAB stays as it is, and so does a
//   backslash: the result is meant to be read, not parsed back (the JSON
//   forms are exact). Applying printable() twice changes nothing more.

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
// already escapes U+0000..U+001F, but not DEL and the display controls
// above, which become \u007f, \u009b, \u202e... -- the same characters for
// a JSON reader.
QByteArray terminalSafeJson(QByteArrayView json);

} // namespace postscope::protocol
