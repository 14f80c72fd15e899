#include "dipline/text.h"

#include <algorithm>
#include <ostream>

namespace dipline {

SourceLoc locate(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  SourceLoc loc;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++loc.line;
      line_start = i + 1;
    }
  }
  loc.column = offset - line_start + 1;
  return loc;
}

size_t offset_of(std::string_view text, SourceLoc loc) {
  size_t line = 1;
  size_t i = 0;
  while (i < text.size() && line < loc.line) {
    if (text[i] == '\n') ++line;
    ++i;
  }
  size_t end = text.find('\n', i);
  if (end == std::string_view::npos) end = text.size();
  return std::min(i + (loc.column > 0 ? loc.column - 1 : 0), end);
}

namespace {

std::string line_at(std::string_view text, SourceLoc loc) {
  size_t start = offset_of(text, SourceLoc{loc.line, 1});
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  std::string line(text.substr(start, end - start));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

Diagnostic make_diagnostic_at(const SourceText& src, SourceLoc loc, Severity severity,
                              std::string message) {
  return Diagnostic{severity, src.name, loc, std::move(message), line_at(src.text, loc)};
}

Diagnostic make_diagnostic(const SourceText& src, size_t offset, Severity severity,
                           std::string message) {
  return make_diagnostic_at(src, locate(src.text, offset), severity, std::move(message));
}

std::string format_diagnostic(const Diagnostic& d) {
  const char* kind = d.severity == Severity::kError     ? "error"
                     : d.severity == Severity::kWarning ? "warning"
                                                        : "note";
  std::string out = d.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) +
                    ": " + kind + ": " + d.message + "\n";
  if (!d.line_text.empty()) {
    out += "  " + d.line_text + "\n  ";
    // Keep tabs so the caret lines up under the same bytes.
    for (size_t i = 0; i + 1 < d.loc.column && i < d.line_text.size(); ++i)
      out += d.line_text[i] == '\t' ? '\t' : ' ';
    out += "^\n";
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, const SourceLoc& loc) {
  return os << loc.line << ':' << loc.column;
}

std::ostream& operator<<(std::ostream& os, const Diagnostic& d) {
  return os << format_diagnostic(d);
}

}  // namespace dipline
