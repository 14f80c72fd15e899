#include "dipline/text.h"

#include <gtest/gtest.h>

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
