// Tokens and sentences of an article body, with byte spans into the source text. Tokens are
// words (letters, with inner apostrophes, hyphens and abbreviation dots: "U.S.", "Feb."),
// numbers (with inner , . : / -) and single punctuation marks (UTF-8 quotes and dashes count as
// one mark). Sentences end at . ! ? (after closing quotes) before a capital, and at blank lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dipline {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  size_t begin = 0;
  size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::string lower;              ///< lowercased text (ASCII letters only are folded)
  bool capitalized = false;       ///< starts with an uppercase ASCII letter
  bool newline_before = false;    ///< a line break lies between this token and the previous one
  bool paragraph_before = false;  ///< a blank line lies between this token and the previous one
};

struct Sentence {
  size_t begin = 0;  ///< byte span in the source text
  size_t end = 0;
  size_t first_token = 0;  ///< index into the token vector
  size_t last_token = 0;   ///< one past the last token
};

/// Tokens of text[begin, end).
std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end);
/// Sentences over `tokens` (as made by tokenize).
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

/// Whether a token is an opening or closing quotation mark (" “ ” ‘ ’ « »).
bool is_quote(std::string_view text, const Token& t);

}  // namespace dipline
