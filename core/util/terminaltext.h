#pragma once

#include <QString>

namespace ds::core {

// One value from outside the program (a certificate's subject, a workspace's server name, a
// server's banner) made safe to print on a terminal, so that it cannot move the cursor, clear
// the screen, retitle the window or reorder what follows it. Visible escapes replace
//   C0 controls U+0000..U+001F (tab, CR and LF included: one value stays on one line) and DEL:
//     \x1b, \x09, \x0d, \x7f
//   C1 controls U+0080..U+009F (U+009B is a one-character CSI), the line and paragraph separators
//   U+2028/U+2029 and the bidirectional embeddings, overrides and isolates U+202A..U+202E,
//   U+2066..U+2069: \u009b, \u202e
// Everything else, backslashes included, is unchanged: an escape in the output can also be the
// value's own text, which is a price for leaving RFC 4514 names ("CN=a\,b") readable. For text
// only: JSON output stays exact, as JSON escapes controls itself.
QString terminalSafe(const QString& text);

} // namespace ds::core
