#include "dipline/sentences.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstring>
#include <span>

#include "util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dipline {

namespace {

bool is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Multi-byte punctuation and currency signs that must not be taken for letters ("\u20ac1.9
// billion" is a sign and a number, not a word "\u20ac1" and a full stop).
constexpr std::array<std::string_view, 15> kUtf8Punct = {
    "\u2014", "\u2013", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb",
    "\u2026", "\u00a0", "\u20ac", "\u00a3", "\u00a5", "\u20b9", "\u20bd"};
static_assert(std::all_of(kUtf8Punct.begin(), kUtf8Punct.end(),
                          [](std::string_view p) { return p[0] == '\xE2' || p[0] == '\xC2'; }));

size_t utf8_punct_len(std::string_view s, size_t i) {
  // Each of them begins with 0xE2 or 0xC2: most letters with diacritics are rejected at once.
  if (auto c = static_cast<unsigned char>(s[i]); c != 0xE2 && c != 0xC2) return 0;
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
const detail::WordSet& abbreviations() {
  static const detail::WordSet kAbbr = {
      "mr",  "mrs",  "ms",    "dr",   "prof", "gen", "lt",   "col",  "sgt",    "capt", "gov",
      "sen", "rep",  "rev",   "st",   "jr",   "sr",  "jan",  "feb",  "mar",    "apr",  "jun",
      "jul", "aug",  "sep",   "sept", "oct",  "nov", "dec",  "mon",  "tue",    "tues", "wed",
      "thu", "thur", "thurs", "fri",  "sat",  "sun", "no",   "vs",   "etc",    "inc",  "corp",
      "co",  "ltd",  "adm",   "maj",  "pres", "amb", "atty", "supt", "messrs", "a.m",  "p.m"};
  return kAbbr;
}

enum CharClass : unsigned char { kOther, kSpace, kLetter, kDigit, kHigh };

constexpr std::array<CharClass, 256> kClass = [] {
  std::array<CharClass, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f')
      t[c] = kSpace;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      t[c] = kLetter;
    else if (c >= '0' && c <= '9')
      t[c] = kDigit;
    else if (c >= 0x80)
      t[c] = kHigh;
  }
  return t;
}();

// Rewrites each "\u2019" in word[0, n) as "'" in place; the shortened word.
std::string_view ascii_apostrophes(char* word, size_t n) {
  static constexpr std::string_view kRight = "\u2019";
  size_t out = 0;
  for (size_t in = 0; in < n;) {
    if (std::string_view(word + in, n - in).starts_with(kRight)) {
      word[out++] = '\'';
      in += kRight.size();
    } else {
      word[out++] = word[in++];
    }
  }
  return std::string_view(word, out);
}

// The length of the possessive ending of a lowercased word ("year's" -> 2), 0 when none. It
// also takes what follows a lead byte in invalid UTF-8 as the tagger always has ("’s", "s'").
size_t possessive_length(std::string_view w) {
  size_t n = w.size();
  if (detail::ends_with(w, "'s")) w.remove_suffix(2);
  if (detail::ends_with(w, "\u2019s")) w.remove_suffix(4);
  if (detail::ends_with(w, "s'")) w.remove_suffix(1);
  return n - w.size();
}

constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> t{};
  for (size_t c = 0; c < 256; ++c) t[c] = kClass[c] == kLetter || kClass[c] == kDigit;
  return t;
}();

// The bytes that may continue a word after a run of letters and digits, or end it with a dot:
// an apostrophe, a hyphen, a dot, and the bytes of UTF-8.
constexpr std::array<bool, 256> kMayJoin = [] {
  std::array<bool, 256> t{};
  for (size_t c = 0; c < 256; ++c) t[c] = c == '\'' || c == '-' || c == '.' || c >= 0x80;
  return t;
}();

// NULs after the lowercased copy of the text: at least one, and enough for a block of alnum_run.
constexpr size_t kRunPadding = 16;

// The length of the run of ASCII letters and digits at `p`, in lowercased text that a NUL ends
// and that can be read kRunPadding - 1 bytes past that NUL. Most of a tokenizer's time goes into
// these runs; SSE2 (part of every x86-64) tests 16 bytes at once.
size_t alnum_run(const char* p) {
#if defined(__SSE2__)
  for (size_t n = 0;; n += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n));
    // c is in [lo, lo + len) when min(c - lo, len - 1) == c - lo, bytes taken as unsigned.
    auto in_range = [v](char lo, char len) {
      __m128i d = _mm_sub_epi8(v, _mm_set1_epi8(lo));
      return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(static_cast<char>(len - 1))), d);
    };
    auto alnum = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(in_range('a', 26), in_range('0', 10))));
    if (alnum != 0xFFFF) return n + static_cast<size_t>(std::countr_one(alnum));
  }
#else
  size_t n = 0;
  while (kAlnum[static_cast<unsigned char>(p[n])]) ++n;
  return n;
#endif
}

}  // namespace

bool is_quote(std::string_view text, const Token& t) {
  std::string_view s = text.substr(t.begin, t.end - t.begin);
  return s == "\"" || s == "\u201c" || s == "\u201d" || s == "\u00ab" || s == "\u00bb" ||
         s == "``" || s == "''";
}

namespace {

// Whether a word opens with an uppercase Latin letter written in two bytes of UTF-8, from
// U+00C0 to U+017F: "Árni", "Élysée", "Ömer", "Łukasz", "Žarko" are capitalized as "Arni" is.
bool upper_latin(const char* p) {
  auto b0 = static_cast<unsigned char>(p[0]), b1 = static_cast<unsigned char>(p[1]);
  if ((b1 & 0xC0) != 0x80) return false;
  unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // (not the multiplication sign)
  if (cp == 0x130 || cp == 0x178) return true;      // İ, Ÿ
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
  return ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 0;
}

}  // namespace

Tokens tokenize(std::string_view text, size_t begin, size_t end) {
  Tokens result;
  end = std::min({end, text.size(), size_t{UINT32_MAX}});  // Token offsets are 32-bit
  begin = std::min(begin, end);
  // One lowercased copy of the range; every token's `lower` is a view into it.
  // It ends in kRunPadding NULs, which end every run of letters and digits at the end of the
  // range and let alnum_run read whole blocks past it.
  result.lowered_ = std::make_unique_for_overwrite<char[]>(end - begin + kRunPadding);
  char* lowered = result.lowered_.get();
  const char* src = text.data() + begin;
  for (size_t i = 0, n = end - begin; i < n; ++i) {  // vectorizes
    auto c = static_cast<unsigned char>(src[i]);
    lowered[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  }
  std::fill_n(lowered + (end - begin), kRunPadding, '\0');
  // Room for a token per 4 bytes (news averages one per 5-6 bytes; some texts have more, and
  // the buffer then doubles). Tokens are written whole into it, never cleared first.
  auto allocate = [&result](size_t n) {
    result.list_.reset(static_cast<Token*>(::operator new(n * sizeof(Token))));
    return result.list_.get();
  };
  size_t capacity = (end - begin) / 4 + 8;
  Token* next = allocate(capacity);  // where the next token goes
  Token* limit = next + capacity;
  // Positions from here on count from `begin`, as in `lowered` (`src` is the range in the text;
  // the UTF-8 marks, which may reach past the range, are looked up in the whole text).
  const size_t size = end - begin;
  size_t i = 0;
  size_t newlines = 0;
  auto at = [src](size_t j) { return static_cast<unsigned char>(src[j]); };
  while (i < size) {
    unsigned char c = at(i);
    CharClass cls = kClass[c];
    if (cls == kSpace) {
      if (c == '\n') ++newlines;
      ++i;
      continue;
    }
    size_t j = i;
    size_t apostrophes = 0;  // typographic ones (’), to be rewritten in `lower`
    // Whether the word may have a possessive ending: it holds a "'" or a byte of UTF-8. Other
    // tokens never have one (punctuation marks included).
    bool apostrophe = false;
    bool hyphenated = false;
    TokenKind kind = TokenKind::kWord;
    // Letters first (most tokens); a byte of UTF-8 is a mark (kUtf8Punct) or part of a word.
    size_t n = 0;  // the length of the mark at i
    if (cls == kLetter || (cls == kHigh && (n = utf8_punct_len(text, begin + i)) == 0)) {
      unsigned char d;  // the byte after the word so far; a NUL at the end of the range
      for (;;) {
        // Letters and digits, most of a word, a block at a time; then what may continue it.
        // Most words end at a byte that cannot (a space, a comma), tested once.
        j += alnum_run(lowered + j);
        d = static_cast<unsigned char>(lowered[j]);  // as in the text: not a letter
        if (!kMayJoin[d]) break;
        CharClass dc = kClass[d];
        if (dc == kHigh) {
          if (utf8_punct_len(text, begin + j) > 0) {
            // ’ between letters is an apostrophe (Russia’s).
            if (text.substr(begin + j, 3) == "\u2019" && j + 3 < size && is_alpha(at(j + 3))) {
              j += 3;
              ++apostrophes;
              apostrophe = true;
            } else
              break;
          } else {
            j = std::min(j + utf8_len(d), size);
            apostrophe = true;  // in invalid UTF-8, a lead byte takes an ASCII ' along
          }
        } else if ((d == '\'' || d == '-') && j + 1 < size && is_alpha(at(j + 1))) {
          hyphenated |= d == '-';
          apostrophe |= d == '\'';
          ++j;
        } else if (d == '.' && j + 1 < size && is_alpha(at(j + 1)) &&
                   (j + 2 == size || src[j + 2] == '.')) {
          j += 2;  // U.S. / U.N. / D.C.: letter-dot-letter
        } else {
          break;
        }
      }
      // A final dot belongs to abbreviations and dotted initials (U.S., Feb.).
      if (d == '.') {
        std::string_view w(lowered + i, j - i);
        bool dotted = w.find('.') != std::string_view::npos;
        bool initial = w.size() == 1 && c >= 'A' && c <= 'Z';
        // "No. 225" abbreviates number; "he said no." ends a sentence.
        bool number_sign =
            w == "no" && j + 2 < size && src[j + 1] == ' ' && kClass[at(j + 2)] == kDigit;
        if (dotted || initial || (w == "no" ? number_sign : abbreviations().contains(w))) ++j;
      }
    } else if (n > 0) {
      if (text.substr(begin + i, n) == "\u00a0") {  // no-break space
        i += n;
        continue;
      }
      // A right single quote inside a word is an apostrophe: handled by the word scanner.
      kind = TokenKind::kPunct;
      j = i + n;
    } else if (cls == kDigit) {
      kind = TokenKind::kNumber;
      while (j < size) {
        unsigned char d = at(j);
        CharClass dc = kClass[d];
        if (dc == kDigit || dc == kLetter) {
          ++j;  // 14th, 1990s, 12pm
        } else if ((d == ',' || d == '.' || d == ':' || d == '/' || d == '-') && j + 1 < size &&
                   kClass[at(j + 1)] == kDigit) {
          hyphenated |= d == '-';
          ++j;
        } else if (d == '-' && j + 1 < size && kClass[at(j + 1)] == kLetter) {
          hyphenated = true;
          ++j;  // 30-year, 16-hour
        } else {
          break;
        }
      }
    } else {
      kind = TokenKind::kPunct;
      hyphenated = c == '-';
      j = i + 1;
      // Newswire quotes in ASCII: ``opening'' and closing.
      if ((c == '`' || c == '\'') && j < size && src[j] == src[i]) ++j;
    }
    if (next == limit) [[unlikely]] {
      auto full = std::move(result.list_);
      next = std::copy_n(full.get(), capacity, allocate(2 * capacity));
      capacity *= 2;
      limit = result.list_.get() + capacity;
    }
    Token& t = *next++;
    t.lower = std::string_view(lowered + i, j - i);
    t.begin = static_cast<uint32_t>(begin + i);
    t.end = static_cast<uint32_t>(begin + j);
    t.kind = kind;
    t.paragraph_before = newlines > 1;
    t.hyphenated = hyphenated;
    t.possessive = 0;
    t.capitalized =
        (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5 && i + 1 < size && upper_latin(src + i));
    t.newline_before = newlines > 0;
    newlines = 0;
    if (apostrophe) {  // rare: words with an apostrophe or with UTF-8
      // A typographic apostrophe reads as the ASCII one ("Russia’s" as "russia's"): the word's
      // lowered bytes close up over the two bytes it saves, within the token's own slot.
      if (apostrophes > 0) t.lower = ascii_apostrophes(lowered + i, j - i);
      t.possessive = static_cast<unsigned char>(possessive_length(t.lower));
    }
    i = j;
    // The usual single space, skipped here at once. (Read in the lowercased copy, whose NULs
    // end the range: j may lie a few bytes past it, after a UTF-8 mark cut by its end.)
    if (lowered[i] == ' ') ++i;
  }
  result.size_ = static_cast<size_t>(next - result.list_.get());
  return result;
}

std::vector<Sentence> split_sentences(std::string_view text, const Tokens& all) {
  // A span, not the container: its bounds stay in registers while `out` grows.
  std::span<const Token> tokens(all.begin(), all.end());
  std::vector<Sentence> out;
  out.reserve(tokens.size() / 16 + 1);  // news averages a sentence per 20-25 tokens
  size_t start = 0;
  auto close = [&](size_t last) {  // last: one past the final token
    if (last > start)
      out.push_back(Sentence{tokens[start].begin, tokens[last - 1].end, start, last});
    start = last;
  };
  // A token's kind and its paragraph_before flag, side by side, read as one 16-bit word: below 2
  // it is a word or a number after no blank line, which neither ends nor opens a sentence.
  static_assert(
      offsetof(Token, paragraph_before) == offsetof(Token, kind) + 1 &&
      static_cast<int>(TokenKind::kWord) < 2 && static_cast<int>(TokenKind::kNumber) < 2 &&
      static_cast<int>(TokenKind::kPunct) >= 2 && std::endian::native == std::endian::little);
  // A line break ends a sentence too when the text's lines are its paragraphs, headings and
  // page furniture ("Skip to main content", "Most read", a headline, a byline), as in text
  // copied from a web page: not when it is wrapped, its sentences going on from line to line
  // (a line that ends with no full stop, the next one opening in lowercase, again and again).
  auto lowercase_word = [](const Token& t) {
    return t.kind == TokenKind::kWord && !t.lower.empty() && t.lower[0] >= 'a' &&
           t.lower[0] <= 'z' && !t.capitalized;
  };
  auto ends_sentence = [](const Token& t) {
    return t.kind == TokenKind::kPunct &&
           (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "\u2026");
  };
  size_t continued = 0;  // lines that go on in the next one
  for (size_t i = 1; i < tokens.size() && continued < 3; ++i)
    if (tokens[i].newline_before && !tokens[i].paragraph_before && lowercase_word(tokens[i]) &&
        !ends_sentence(tokens[i - 1]))
      ++continued;
  const bool lines_are_paragraphs = continued < 3;
  // Whether the line break before token i ends a sentence: not after a word or mark that asks
  // for more ("and", "of", a comma) nor before a word in lowercase.
  auto line_ends = [&](size_t i) {
    std::string_view before = tokens[i - 1].lower;
    return !lowercase_word(tokens[i]) &&
           !detail::is_one_of(before, ",", ";", "-", "\u2013", "\u2014", "(", "&", "/", "and", "or",
                              "of", "the", "a", "an", "to", "in", "on", "for", "with", "by", "at",
                              "from");
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    // Most tokens, skipped in a loop of their own: one load and one compare each.
    for (uint16_t kind_and_paragraph;; ++i) {
      if (i == tokens.size()) break;
      std::memcpy(&kind_and_paragraph, &tokens[i].kind, sizeof kind_and_paragraph);
      if (kind_and_paragraph >= 2 || (tokens[i].newline_before && lines_are_paragraphs)) break;
    }
    if (i == tokens.size()) break;
    if (i > start && (tokens[i].paragraph_before ||
                      (lines_are_paragraphs && tokens[i].newline_before && line_ends(i))))
      close(i);
    const Token& t = tokens[i];
    if (!ends_sentence(t)) continue;
    std::string_view s = t.lower;  // punctuation is its own lowercase
    // The number of an item of a list that opens a line ("1. Biden to visit Ireland") opens
    // its sentence rather than ending one.
    if (s == "." && i > start && i - 1 == start && tokens[i - 1].kind == TokenKind::kNumber &&
        tokens[i - 1].lower.size() <= 2 && tokens[i - 1].end == t.begin &&
        (i - 1 == 0 || tokens[i - 1].newline_before))
      continue;
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
