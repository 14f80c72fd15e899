#include "dipline/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipline {
namespace {

// Tokens as "text/lower/kind" (kind: w word, n number, p punctuation), space-separated.
std::string show(std::string_view text, const Tokens& toks) {
  std::string out;
  for (const auto& t : toks) {
    if (!out.empty()) out += ' ';
    out += text.substr(t.begin, t.end - t.begin);
    if (t.lower != text.substr(t.begin, t.end - t.begin)) out += "/" + std::string(t.lower);
    out += t.kind == TokenKind::kWord ? ":w" : t.kind == TokenKind::kNumber ? ":n" : ":p";
  }
  return out;
}

TEST(Tokenize, WordsNumbersAndMarks) {
  std::string text = "U.S. envoy's 3:30pm talks on Feb. 14, 2022, cost $1,000.50 (30-year).";
  Tokens toks = tokenize(text, 0, text.size());
  EXPECT_EQ(show(text, toks),
            "U.S./u.s.:w envoy's:w 3:30pm:n talks:w on:w Feb./feb.:w 14:n ,:p 2022:n ,:p cost:w "
            "$:p 1,000.50:n (:p 30-year:n ):p .:p");
  std::string team = "Team No. 225 said no. Then";
  EXPECT_EQ(show(team, tokenize(team, 0, team.size())),
            "Team/team:w No./no.:w 225:n said:w no:w .:p Then/then:w");
  // Currency signs outside ASCII are marks, like "$".
  std::string euros = "a further \u20ac1.9 billion (\u00a31.6 billion)";
  EXPECT_EQ(show(euros, tokenize(euros, 0, euros.size())),
            "a:w further:w \u20ac:p 1.9:n billion:w (:p \u00a3:p 1.6:n billion:w ):p");
}

// Runs of letters are scanned in blocks of 16 bytes: words of every length up to three blocks,
// ending at the end of the range or at the end of a sub-range of a longer text, come out whole.
TEST(Tokenize, WordsOfAnyLengthAtTheEnd) {
  for (size_t n = 1; n <= 48; ++n) {
    std::string word(n, 'a');
    word[0] = 'B';
    std::string text = "x " + word;
    EXPECT_EQ(show(text, tokenize(text, 0, text.size())),
              "x:w " + word + "/b" + word.substr(1) + ":w");
    std::string longer = text + "zz9 more";
    EXPECT_EQ(show(longer, tokenize(longer, 0, text.size())),
              "x:w " + word + "/b" + word.substr(1) + ":w");
  }
}

TEST(Tokenize, QuotesDashesAndApostrophes) {
  std::string text = "``Russia\u2019s move,'' he said \u2014 \u201cno.\u201d";
  Tokens toks = tokenize(text, 0, text.size());
  EXPECT_EQ(show(text, toks),
            "``:p Russia\u2019s/russia's:w move:w ,:p '':p he:w said:w \u2014:p \u201c:p "
            "no:w .:p \u201d:p");
  EXPECT_TRUE(is_quote(text, toks[0]));
  EXPECT_TRUE(is_quote(text, toks[4]));
  // Typographic apostrophes read as ASCII ones; the spans stay those of the text.
  std::string curly = "Yerevan\u2019s O\u2019Brien\u2019s Houthis\u2019 ships";
  Tokens c = tokenize(curly, 0, curly.size());
  EXPECT_EQ(show(curly, c),
            "Yerevan\u2019s/yerevan's:w O\u2019Brien\u2019s/o'brien's:w Houthis/houthis:w "
            "\u2019:p ships:w");
  EXPECT_EQ(c[1].end - c[1].begin, 13u);  // O ’ Brien ’ s
}

TEST(Tokenize, HyphenatedTokens) {
  std::string text = "twenty-five 30-year 2022-02-14 mid - 1990s U.S.";
  Tokens toks = tokenize(text, 0, text.size());
  ASSERT_EQ(toks.size(), 7u);
  std::vector<bool> hyphenated;
  for (const auto& t : toks) hyphenated.push_back(t.hyphenated);
  EXPECT_EQ(hyphenated, (std::vector<bool>{true, true, true, false, true, false, false}));
}

TEST(Tokenize, ARangeOfTheTextAndLineBreaks) {
  std::string text = "Skip this. Kyiv said\n\nMoscow replied";
  Tokens toks = tokenize(text, 11, text.size());
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].begin, 11u);
  EXPECT_EQ(toks[0].lower, "kyiv");
  EXPECT_TRUE(toks[0].capitalized);
  EXPECT_TRUE(toks[2].newline_before);
  EXPECT_TRUE(toks[2].paragraph_before);
  EXPECT_FALSE(toks[3].newline_before);
  // The lowercase views live as long as the container, also after a move.
  Tokens moved = std::move(toks);
  EXPECT_EQ(moved[2].lower, "moscow");
}

// Uppercase Latin letters of two UTF-8 bytes capitalize a word as ASCII ones do.
TEST(Tokenize, CapitalsBeyondAscii) {
  std::string text =
      "\u00c1rni \u00e9t\u00e9 \u0141ukasz \u0142\u00f3d\u017a \u017darko \u00d7 \u0130zmir";
  Tokens toks = tokenize(text, 0, text.size());
  ASSERT_EQ(toks.size(), 7u);
  std::vector<bool> caps;
  for (const auto& t : toks) caps.push_back(t.capitalized);
  EXPECT_EQ(caps, (std::vector<bool>{true, false, true, false, true, false, true}));
}

// The tokenizer gives each token the length of its possessive ending, which the tagger cuts:
// "'s" and "’s" (read as "'s"), and, in invalid UTF-8 where a lead byte takes the next bytes
// along, what such a byte leaves at the end ("s'", "’s" as bytes).
TEST(Tokenize, PossessiveEndings) {
  std::string text =
      "the year's end, Russia\u2019s talks, Jones' car, boss, it's, x\xE2s' y\xE2\xE2\x80\x99s";
  Tokens toks = tokenize(text, 0, text.size());
  std::vector<std::pair<std::string, int>> got;
  for (const auto& t : toks) got.emplace_back(std::string(t.lower), t.possessive);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"the", 0},
                                                           {"year's", 2},
                                                           {"end", 0},
                                                           {",", 0},
                                                           {"russia's", 2},
                                                           {"talks", 0},
                                                           {",", 0},
                                                           {"jones", 0},
                                                           {"'", 0},
                                                           {"car", 0},
                                                           {",", 0},
                                                           {"boss", 0},
                                                           {",", 0},
                                                           {"it's", 2},
                                                           {",", 0},
                                                           {"x\xE2s'", 1},
                                                           {"y\xE2\xE2\x80\x99s", 4}}));
}

// Tokens are written into a buffer with room for one per 4 bytes, which doubles when a text
// has more (marks without spaces); every token comes out, in order, with its own span.
TEST(Tokenize, MoreTokensThanTheFirstBufferHolds) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += i % 2 ? "(" : "a";
  Tokens toks = tokenize(text, 0, text.size());
  ASSERT_EQ(toks.size(), 1000u);
  for (size_t i = 0; i < toks.size(); ++i) {
    EXPECT_EQ(toks[i].begin, i);
    EXPECT_EQ(toks[i].end, i + 1);
    EXPECT_EQ(toks[i].lower, i % 2 ? "(" : "a");
  }
}

TEST(SplitSentences, AtStopsBeforeCapitalsAndAtBlankLines) {
  std::string text =
      "Mr. Smith met Gen. Lee in the U.S. on Monday. ``We agreed,'' he said. talks go on\n\n"
      "New line";
  Tokens toks = tokenize(text, 0, text.size());
  std::vector<std::string> got;
  for (const auto& s : split_sentences(text, toks))
    got.emplace_back(text.substr(s.begin, s.end - s.begin));
  EXPECT_EQ(got, (std::vector<std::string>{"Mr. Smith met Gen. Lee in the U.S. on Monday.",
                                           "``We agreed,'' he said. talks go on", "New line"}));
}

std::vector<std::string> sentences_of(const std::string& text) {
  Tokens toks = tokenize(text, 0, text.size());
  std::vector<std::string> got;
  for (const auto& s : split_sentences(text, toks))
    got.emplace_back(text.substr(s.begin, s.end - s.begin));
  return got;
}

TEST(SplitSentences, AtLineBreaksWhenLinesAreParagraphs) {
  // Text copied from a web page: each line a paragraph, a heading or page furniture. A line
  // that asks for more ("and", a comma) goes on; so does one before a word in lowercase. The
  // number of a list item opens its line's sentence.
  EXPECT_EQ(
      sentences_of("Skip to main content\nWorld\nTwo states agree to talk\n"
                   "By Jane Roe and\nJohn Doe\nTOKYO - They agreed on Monday. It was new.\n"
                   "Most read\n1. Leader to visit Ireland in April\n2. Talks in Moscow\n"
                   "10. Ten\nthe end"),
      (std::vector<std::string>{"Skip to main content", "World", "Two states agree to talk",
                                "By Jane Roe and\nJohn Doe", "TOKYO - They agreed on Monday.",
                                "It was new.", "Most read", "1. Leader to visit Ireland in April",
                                "2. Talks in Moscow", "10. Ten\nthe end"}));
}

TEST(SplitSentences, NotAtLineBreaksOfWrappedText) {
  // Lines that go on in the next, in lowercase, again and again: the text is wrapped, and its
  // sentences run from line to line ("President\nClinton" included).
  EXPECT_EQ(sentences_of("The ministers met in Geneva on Monday and\nagreed to resume talks that\n"
                         "were suspended last year, said President\nClinton, who hailed the\n"
                         "deal as historic. Both sides\nwelcomed it."),
            (std::vector<std::string>{
                "The ministers met in Geneva on Monday and\nagreed to resume talks that\n"
                "were suspended last year, said President\nClinton, who hailed the\n"
                "deal as historic.",
                "Both sides\nwelcomed it."}));
}

}  // namespace
}  // namespace dipline
