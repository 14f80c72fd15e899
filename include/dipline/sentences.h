// Tokens and sentences of an article body, with byte spans into the source text. Tokens are
// words (letters, with inner apostrophes, hyphens and abbreviation dots: "U.S.", "Feb."),
// numbers (with inner , . : / -) and single punctuation marks (UTF-8 quotes and dashes count as
// one mark). Sentences end at . ! ? (after closing quotes) before a capital, and at blank lines.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dipline {

enum class TokenKind : unsigned char { kWord, kNumber, kPunct };

// 40 bytes: the kind and the flags share the last word.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  std::string_view lower;  ///< lowercased text (ASCII letters folded, ’ inside a word as ')
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;       ///< starts with an uppercase ASCII letter
  bool hyphenated = false;        ///< `lower` holds a '-' ("twenty-five", "30-year", "-")
  bool newline_before = false;    ///< a line break lies between this token and the previous one
  bool paragraph_before = false;  ///< a blank line lies between this token and the previous one
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
  const Token& operator[](size_t i) const { return list_[i]; }
  size_t size() const { return list_.size(); }
  bool empty() const { return list_.empty(); }
  const Token& back() const { return list_.back(); }
  std::vector<Token>::const_iterator begin() const { return list_.begin(); }
  std::vector<Token>::const_iterator end() const { return list_.end(); }

 private:
  friend Tokens tokenize(std::string_view text, size_t begin, size_t end);
  std::unique_ptr<char[]> lowered_;
  std::vector<Token> list_;
};

/// Tokens of text[begin, end).
Tokens tokenize(std::string_view text, size_t begin, size_t end);
/// Sentences over `tokens` (as made by tokenize).
std::vector<Sentence> split_sentences(std::string_view text, const Tokens& tokens);

/// Whether a token is an opening or closing quotation mark (" “ ” « » and newswire `` '').
bool is_quote(std::string_view text, const Token& t);

}  // namespace dipline
