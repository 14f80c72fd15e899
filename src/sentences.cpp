#include "dipline/sentences.h"

#include <algorithm>
#include <array>
#include <set>

#include "util.h"

namespace dipline {

using detail::lower_ascii;

namespace {

bool is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Multi-byte punctuation that must not be taken for letters.
constexpr std::array<std::string_view, 10> kUtf8Punct = {"\u2014", "\u2013", "\u201c", "\u201d",
                                                         "\u2018", "\u2019", "\u00ab", "\u00bb",
                                                         "\u2026", "\u00a0"};

size_t utf8_punct_len(std::string_view s, size_t i) {
  for (auto p : kUtf8Punct)
    if (s.substr(i, p.size()) == p) return p.size();
  return 0;
}

size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xe) return 3;
  if ((c >> 3) == 0x1e) return 4;
  return 1;
}

// Abbreviations whose final dot belongs to the word.
const std::set<std::string, std::less<>>& abbreviations() {
  static const std::set<std::string, std::less<>> kAbbr = {
      "mr",  "mrs",  "ms",    "dr",   "prof", "gen", "lt",   "col",  "sgt",    "capt", "gov",
      "sen", "rep",  "rev",   "st",   "jr",   "sr",  "jan",  "feb",  "mar",    "apr",  "jun",
      "jul", "aug",  "sep",   "sept", "oct",  "nov", "dec",  "mon",  "tue",    "tues", "wed",
      "thu", "thur", "thurs", "fri",  "sat",  "sun", "no",   "vs",   "etc",    "inc",  "corp",
      "co",  "ltd",  "adm",   "maj",  "pres", "amb", "atty", "supt", "messrs", "a.m",  "p.m"};
  return kAbbr;
}

Token make_token(size_t b, size_t e, TokenKind k) {
  Token t;
  t.begin = b;
  t.end = e;
  t.kind = k;
  return t;
}

}  // namespace

bool is_quote(std::string_view text, const Token& t) {
  std::string_view s = text.substr(t.begin, t.end - t.begin);
  return s == "\"" || s == "\u201c" || s == "\u201d" || s == "\u00ab" || s == "\u00bb";
}

std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 8);  // news averages a token per 5-6 bytes
  size_t i = begin;
  size_t newlines = 0;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
      if (c == '\n') ++newlines;
      ++i;
      continue;
    }
    if (size_t n = c >= 0x80 ? utf8_punct_len(text, i) : 0; n > 0) {
      if (text.substr(i, n) == "\u00a0") {  // no-break space
        i += n;
        continue;
      }
      Token t;
      t.begin = i;
      t.end = i + n;
      t.kind = TokenKind::kPunct;
      // A right single quote inside a word is an apostrophe: handled by the word scanner.
      out.push_back(std::move(t));
      i += n;
    } else if (is_alpha(c)) {
      size_t j = i;
      while (j < end) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (d >= 0x80 && utf8_punct_len(text, j) > 0) {
          // ’ between letters is an apostrophe (Russia’s).
          if (text.substr(j, 3) == "\u2019" && j + 3 < end &&
              is_alpha(static_cast<unsigned char>(text[j + 3])))
            j += 3;
          else
            break;
        } else if (is_alpha(d) || is_digit(d)) {
          j = std::min(j + utf8_len(d), end);
        } else if ((d == '\'' || d == '-') && j + 1 < end &&
                   is_alpha(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
        } else if (d == '.' && j + 1 < end && is_alpha(static_cast<unsigned char>(text[j + 1])) &&
                   j + 2 <= end && (j + 2 == end || text[j + 2] == '.')) {
          j += 2;  // U.S. / U.N. / D.C.: letter-dot-letter
        } else {
          break;
        }
      }
      // A final dot belongs to abbreviations and dotted initials (U.S., Feb.).
      if (j < end && text[j] == '.') {
        std::string_view w = text.substr(i, j - i);
        bool dotted = w.find('.') != std::string_view::npos;
        bool initial = w.size() == 1 && c >= 'A' && c <= 'Z';
        if (dotted || initial || abbreviations().count(lower_ascii(w))) ++j;
      }
      out.push_back(make_token(i, j, TokenKind::kWord));
      i = j;
    } else if (is_digit(c)) {
      size_t j = i;
      while (j < end) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (is_digit(d)) {
          ++j;
        } else if ((d == ',' || d == '.' || d == ':' || d == '/' || d == '-') && j + 1 < end &&
                   is_digit(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
        } else if (is_alpha(d) && d < 0x80) {
          ++j;  // 14th, 1990s, 12pm
        } else if (d == '-' && j + 1 < end && is_alpha(static_cast<unsigned char>(text[j + 1])) &&
                   static_cast<unsigned char>(text[j + 1]) < 0x80) {
          ++j;  // 30-year, 16-hour
        } else {
          break;
        }
      }
      out.push_back(make_token(i, j, TokenKind::kNumber));
      i = j;
    } else {
      size_t n = std::min(utf8_len(c), end - i);
      out.push_back(make_token(i, i + n, TokenKind::kPunct));
      i += n;
    }
    Token& t = out.back();
    t.lower = lower_ascii(text.substr(t.begin, t.end - t.begin));
    t.capitalized = text[t.begin] >= 'A' && text[t.begin] <= 'Z';
    t.newline_before = newlines > 0;
    t.paragraph_before = newlines > 1;
    newlines = 0;
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  size_t start = 0;
  auto close = [&](size_t last) {  // last: one past the final token
    if (last > start)
      out.push_back(Sentence{tokens[start].begin, tokens[last - 1].end, start, last});
    start = last;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > start && tokens[i].paragraph_before) close(i);
    const Token& t = tokens[i];
    std::string_view s = text.substr(t.begin, t.end - t.begin);
    bool stop = t.kind == TokenKind::kPunct && (s == "." || s == "!" || s == "?" || s == "\u2026");
    if (!stop) continue;
    size_t j = i + 1;
    // Closing quotes and brackets stay with the sentence they close.
    while (j < tokens.size() && tokens[j].begin == tokens[j - 1].end &&
           (is_quote(text, tokens[j]) || text.substr(tokens[j].begin, 1) == ")" ||
            text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin) == "\u2019" ||
            text.substr(tokens[j].begin, 1) == "'"))
      ++j;
    if (j >= tokens.size()) {
      close(j);
      i = j - 1;
      continue;
    }
    const Token& next = tokens[j];
    bool starts_new = next.capitalized || is_quote(text, next) || next.kind == TokenKind::kNumber ||
                      next.newline_before;
    if (starts_new) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.size());
  return out;
}

}  // namespace dipline
