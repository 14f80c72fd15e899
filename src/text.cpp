#include "dipline/text.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <ostream>
#include <utility>

#include "util.h"

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
  return Diagnostic{severity, src.name, loc, std::move(message),
                    sanitize_utf8(line_at(src.text, loc))};
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

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
  if (n == 2 && c < 0xc2) return 0;                          // overlong
  if (n == 3 && c == 0xe0 && byte(i + 1) < 0xa0) return 0;   // overlong
  if (n == 3 && c == 0xed && byte(i + 1) >= 0xa0) return 0;  // surrogates
  if (n == 4 &&
      (c > 0xf4 || (c == 0xf0 && byte(i + 1) < 0x90) || (c == 0xf4 && byte(i + 1) >= 0x90)))
    return 0;
  return n;
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    // Runs of ASCII, most of a news text, are skipped 8 bytes at a time (this is run on the
    // sentence of every piece of evidence).
    for (uint64_t block; i + 8 <= s.size(); i += 8) {
      std::memcpy(&block, s.data() + i, 8);
      if (block & 0x8080808080808080) break;
    }
    if (i == s.size()) break;
    size_t n = utf8_sequence(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string sanitize_utf8(std::string_view s) {
  if (find_invalid_utf8(s) == std::string_view::npos) return std::string(s);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_sequence(s, i);
    if (n == 0) {
      out += "\uFFFD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

namespace {

// Characters with no decomposition that Latin-ASCII writes as ASCII: the curly quotes and
// apostrophes of news copy and names, and the Latin letters of names ("Radosław", "Støre",
// "Đukanović", "Straße"). A unit test compares each with ICU's own transform.
constexpr std::pair<UChar32, std::string_view> kAsciiForms[] = {
    {0x2018, "'"},  {0x2019, "'"},  {0x02BB, "'"},  {0x02BC, "'"},   // ‘ ’ ʻ ʼ
    {0x201C, "\""}, {0x201D, "\""},                                  // “ ”
    {0x00C6, "AE"}, {0x00E6, "ae"}, {0x00D0, "D"},  {0x00F0, "d"},   // Æ æ Ð ð
    {0x00D8, "O"},  {0x00F8, "o"},  {0x00DE, "TH"}, {0x00FE, "th"},  // Ø ø Þ þ
    {0x00DF, "ss"}, {0x0110, "D"},  {0x0111, "d"},  {0x0126, "H"},   // ß Đ đ Ħ
    {0x0127, "h"},  {0x0131, "i"},  {0x0141, "L"},  {0x0142, "l"},   // ħ ı Ł ł
    {0x0152, "OE"}, {0x0153, "oe"},                                  // Œ œ
};

std::string_view ascii_form(UChar32 c) {
  for (const auto& [from, to] : kAsciiForms)
    if (from == c) return to;
  return {};
}

}  // namespace

namespace detail {

std::optional<std::string> fold_by_decomposition(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  out.reserve(s.size());
  icu::UnicodeString parts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return std::nullopt;  // invalid UTF-8
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    if (std::string_view a = ascii_form(c); !a.empty()) {
      out += a;
      continue;
    }
    // A letter that decomposes into an ASCII letter and combining diacritical marks: the letter.
    if (!nfd->getDecomposition(c, parts) || parts.length() < 2) return std::nullopt;
    char16_t base = parts.charAt(0);
    if (!((base >= u'a' && base <= u'z') || (base >= u'A' && base <= u'Z'))) return std::nullopt;
    for (int32_t k = 1; k < parts.length(); ++k)
      if (parts.charAt(k) < 0x300 || parts.charAt(k) > 0x36F) return std::nullopt;
    out += static_cast<char>(base);
  }
  return out;
}

std::string fold_by_transliteration(std::string_view s) {
  // ICU's Latin-ASCII transform; one instance per thread (a Transliterator is not shareable).
  thread_local std::unique_ptr<icu::Transliterator> latin_ascii = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (!latin_ascii) return std::string(s);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  latin_ascii->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace detail

std::string fold_to_ascii(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(s);
  // Most text that is not ASCII has accented letters and curly quotes only, which the Unicode
  // decomposition of each letter folds as Latin-ASCII does; the transliterator, whose creation
  // alone costs some 150 million instructions, is made for the rest.
  if (auto folded = detail::fold_by_decomposition(s)) return std::move(*folded);
  return detail::fold_by_transliteration(s);
}

std::ostream& operator<<(std::ostream& os, const SourceLoc& loc) {
  return os << loc.line << ':' << loc.column;
}

std::ostream& operator<<(std::ostream& os, const Diagnostic& d) {
  return os << format_diagnostic(d);
}

}  // namespace dipline
