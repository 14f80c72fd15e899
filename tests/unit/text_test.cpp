#include "dipline/text.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include "util.h"

namespace dipline {
namespace {

TEST(Text, FoldsLatinLettersToAscii) {
  EXPECT_EQ(fold_to_ascii("Erdo\u011fan, Stra\u00dfe, \u00c9lys\u00e9e"),
            "Erdogan, Strasse, Elysee");
  EXPECT_EQ(fold_to_ascii("Russia\u2019s"), "Russia's");
  EXPECT_EQ(fold_to_ascii("plain ASCII"), "plain ASCII");
  EXPECT_EQ(fold_to_ascii("\u041c\u043e\u0441\u043a\u0432\u0430"),
            "\u041c\u043e\u0441\u043a\u0432\u0430");  // not Latin
}

// The fast fold (each letter's decomposition) gives what ICU's Latin-ASCII transliterator gives,
// wherever it folds at all: every code point of the Latin blocks and the quotation marks, alone
// and in a word.
TEST(Text, FoldByDecompositionAgreesWithTransliteration) {
  size_t folded = 0;
  for (auto [first, last] :
       {std::pair{0xA0, 0x36F}, std::pair{0x1E00, 0x1EFF}, std::pair{0x2010, 0x2027}}) {
    for (UChar32 c = first; c <= last; ++c) {
      char buf[4];
      int32_t n = 0;
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, error);
      ASSERT_FALSE(error);
      std::string word = "x" + std::string(buf, static_cast<size_t>(n)) + "y";
      if (auto fast = detail::fold_by_decomposition(word)) {
        EXPECT_EQ(*fast, detail::fold_by_transliteration(word)) << std::hex << c;
        ++folded;
      }
    }
  }
  EXPECT_GE(folded, 300u);  // most accented letters take the fast way
  EXPECT_EQ(detail::fold_by_decomposition("Radosław Støre Straße"), "Radoslaw Store Strasse");
  EXPECT_EQ(detail::fold_by_decomposition("Ǆ"), std::nullopt);  // a compatibility ligature
  EXPECT_EQ(fold_to_ascii("Ǆ"), "DZ");
  EXPECT_EQ(detail::fold_by_decomposition("\xC3("), std::nullopt);  // invalid UTF-8
}

TEST(Text, LocatesOffsets) {
  std::string t = "ab\ncde\n\nf";
  EXPECT_EQ(locate(t, 0), (SourceLoc{1, 1}));
  EXPECT_EQ(locate(t, 2), (SourceLoc{1, 3}));
  EXPECT_EQ(locate(t, 3), (SourceLoc{2, 1}));
  EXPECT_EQ(locate(t, 8), (SourceLoc{4, 1}));
  EXPECT_EQ(locate(t, 100), (SourceLoc{4, 2}));
  EXPECT_EQ(offset_of(t, SourceLoc{2, 2}), 4u);
  EXPECT_EQ(offset_of(t, SourceLoc{2, 99}), 6u);
}

TEST(Text, FormatsDiagnosticsWithLineAndCaret) {
  SourceText src{"t.yaml", "dipline: 1\nevents:\n  - id: x\n    dat: 2022\n"};
  Diagnostic d = make_diagnostic_at(src, SourceLoc{4, 5}, Severity::kError, "unknown key 'dat'");
  EXPECT_EQ(format_diagnostic(d),
            "t.yaml:4:5: error: unknown key 'dat'\n"
            "      dat: 2022\n"
            "      ^\n");
  Diagnostic w = make_diagnostic(src, 0, Severity::kWarning, "odd");
  EXPECT_EQ(format_diagnostic(w), "t.yaml:1:1: warning: odd\n  dipline: 1\n  ^\n");
}

}  // namespace
}  // namespace dipline
