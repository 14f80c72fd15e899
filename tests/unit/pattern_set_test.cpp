#include "pattern_set.h"

#include <gtest/gtest.h>

#include <thread>

namespace dipline::detail {
namespace {

TEST(PatternSet, GivesEveryPatternThatMatches) {
  PatternSet set({R"(\bmet\b)", R"(\bspoke (?:by phone|with @a)\b)", R"(\bvisit(?:ed|s)?\b)",
                  "(unclosed", R"(\btalks? with @a)"});
  std::vector<int> out;
  set.candidates("biden spoke with @a on @t and met @a", out);
  EXPECT_EQ(out, (std::vector<int>{0, 1}));
  set.candidates("the visits went on; talk with @a", out);
  EXPECT_EQ(out, (std::vector<int>{2, 4}));
  set.candidates("nothing to see here", out);
  EXPECT_TRUE(out.empty());
  // A prefilter: "metal" holds the literal of \bmet\b, so that pattern may be offered; its own
  // RE2 then finds no match.
  set.candidates("metal", out);
  EXPECT_TRUE(out.empty() || out == std::vector<int>{0});
  // The invalid pattern is never a candidate.
  set.candidates("(unclosed", out);
  EXPECT_TRUE(out.empty());
  std::printf("[          ] atoms found by: %s\n", set.uses_hyperscan() ? "Hyperscan" : "search");
}

TEST(PatternSet, PatternsWithoutLiteralsAreAlwaysCandidates) {
  // Nothing literal to look for: the pattern is offered for every text (its RE2 decides).
  PatternSet set({R"(\bmet\b)", R"(\w+ed\b)"});
  std::vector<int> out;
  set.candidates("no meeting", out);
  EXPECT_EQ(out, (std::vector<int>{1}));
  set.candidates("they met", out);
  EXPECT_EQ(out, (std::vector<int>{0, 1}));
}

TEST(PatternSet, NoValidPatternGivesNoCandidates) {
  PatternSet set({"(unclosed"});
  std::vector<int> out{7};
  set.candidates("anything", out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(set.regex(0), nullptr);
}

TEST(PatternSet, ThreadsScanAtOnce) {
  PatternSet set({R"(\bmet\b)", R"(\bcalled\b)"});
  auto work = [&](std::string text, int expect, int* ok) {
    std::vector<int> out;
    for (int i = 0; i < 200; ++i) {
      set.candidates(text, out);
      if (out.size() == 1 && out[0] == expect) ++*ok;
    }
  };
  int a = 0, b = 0;
  std::thread t1(work, "they met today", 0, &a);
  std::thread t2(work, "she called him", 1, &b);
  t1.join();
  t2.join();
  EXPECT_EQ(a, 200);
  EXPECT_EQ(b, 200);
}

}  // namespace
}  // namespace dipline::detail
