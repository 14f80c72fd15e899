// Source text with a name, and positions in it: byte offset -> 1-based line:column, and
// GNU-style diagnostics ("file:line:col: error: message" + the line + a caret).
// Columns count bytes, as GCC does.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dipline {

/// A named text: an article, a timeline file, a lexicon.
struct SourceText {
  std::string name;  ///< file name as given by the user; "-" or "<stdin>" for stdin
  std::string text;
};

/// 1-based line and column (bytes).
struct SourceLoc {
  size_t line = 1;
  size_t column = 1;
  friend bool operator==(const SourceLoc&, const SourceLoc&) = default;
};

/// The line and column of a byte offset (offsets past the end give the end).
SourceLoc locate(std::string_view text, size_t offset);
/// The byte offset of a 1-based line and column (clamped to the text).
size_t offset_of(std::string_view text, SourceLoc loc);

enum class Severity { kError, kWarning, kNote };

/// A problem found in a named input, at a position.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;
  SourceLoc loc;
  std::string message;
  std::string line_text;  ///< the source line, for the caret display; may be empty

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// A diagnostic at a byte offset of `src`.
Diagnostic make_diagnostic(const SourceText& src, size_t offset, Severity severity,
                           std::string message);
/// A diagnostic at a line:column of `src`.
Diagnostic make_diagnostic_at(const SourceText& src, SourceLoc loc, Severity severity,
                              std::string message);

/// "file:line:col: error: message\n  <line>\n  ^\n"
std::string format_diagnostic(const Diagnostic& d);

/// The offset of the first byte that is not part of valid UTF-8, or npos.
size_t find_invalid_utf8(std::string_view s);
/// `s` with every invalid UTF-8 byte replaced by U+FFFD.
std::string sanitize_utf8(std::string_view s);
/// Latin letters with diacritics as plain ASCII ("Orbán" -> "Orban", "Radosław" -> "Radoslaw",
/// "Erdoğan" -> "Erdogan", "Straße" -> "Strasse"); other text unchanged. Valid UTF-8 in and out.
std::string fold_to_ascii(std::string_view s);

std::ostream& operator<<(std::ostream& os, const SourceLoc& loc);
std::ostream& operator<<(std::ostream& os, const Diagnostic& d);

}  // namespace dipline
