// Tokens and sentences of an article body, with byte spans into the source text. Tokens are
// words (letters, with inner apostrophes, hyphens and abbreviation dots: "U.S.", "Feb."),
// numbers (with inner , . : / -) and single punctuation marks (UTF-8 quotes and dashes count as
// one mark). Sentences end at . ! ? (after closing quotes) before a capital, and at blank lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

namespace dipline {

enum class TokenKind : unsigned char { kWord, kNumber, kPunct };

// 32 bytes, written once by tokenize: byte offsets are 32-bit (tokenize reads at most the first
// 4 GiB of a text), and the kind and the flags share the last word. (Some are read together:
// the kind and paragraph_before by split_sentences, these and hyphenated and possessive by the
// tagger.)
struct Token {
  std::string_view lower;  ///< lowercased text (ASCII letters folded, ’ inside a word as ')
  uint32_t begin;          ///< byte span in the source text
  uint32_t end;
  TokenKind kind;
  bool paragraph_before;     ///< a blank line lies between this token and the previous one
  bool hyphenated;           ///< `lower` holds a '-' ("twenty-five", "30-year", "-")
  unsigned char possessive;  ///< bytes of a possessive ending of `lower`: 2 in "year's", or 0
  bool capitalized;          ///< starts with an uppercase Latin letter (ASCII, or U+00C0-U+017F)
  bool newline_before;       ///< a line break lies between this token and the previous one
};

struct Sentence {
  size_t begin = 0;  ///< byte span in the source text
  size_t end = 0;
  size_t first_token = 0;  ///< index into the token vector
  size_t last_token = 0;   ///< one past the last token
};

/// The tokens of a text, in order, together with the lowercased copy of the text that their
/// `lower` views point into (it moves with the container, never with a copy of a Token).
class Tokens {
 public:
  Tokens() = default;
  const Token& operator[](size_t i) const { return list_.get()[i]; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Token& back() const { return list_.get()[size_ - 1]; }
  const Token* begin() const { return list_.get(); }
  const Token* end() const { return list_.get() + size_; }

 private:
  friend Tokens tokenize(std::string_view text, size_t begin, size_t end);
  // Raw memory, not a std::vector: tokenize writes each token's fields once, into storage that
  // nothing cleared before (a vector value-initializes what it adds).
  struct Free {
    void operator()(Token* p) const noexcept { ::operator delete(p); }
  };
  std::unique_ptr<char[]> lowered_;
  std::unique_ptr<Token, Free> list_;
  size_t size_ = 0;
};

/// Tokens of text[begin, end); of at most its first 4 GiB (offsets are 32-bit).
Tokens tokenize(std::string_view text, size_t begin, size_t end);
/// Sentences over `tokens` (as made by tokenize).
std::vector<Sentence> split_sentences(std::string_view text, const Tokens& tokens);

/// Whether a token is an opening or closing quotation mark (" “ ” « » and newswire `` '').
bool is_quote(std::string_view text, const Token& t);

}  // namespace dipline
