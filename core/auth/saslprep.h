#pragma once
// SASLprep (RFC 4013), the string preparation SCRAM applies to user names
// and passwords (RFC 5802 2.2) so that the same password typed in another
// Unicode form still matches.

#include <QString>
#include <optional>

namespace postscope::auth {

// Maps, normalises (NFKC) and checks text as RFC 4013 says for a "query"
// (unassigned code points allowed, RFC 3454 7). Returns nullopt, with a
// reason in *error, when the text holds a prohibited character or breaks
// the bidirectional rule. Plain ASCII without control characters comes
// back unchanged.
std::optional<QString> saslPrep(const QString &text, QString *error = nullptr);

} // namespace postscope::auth
