#include "dipline/timeml.h"

#include <gtest/gtest.h>

namespace dipline {
namespace {

const char* kDoc =
    "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13T14:35:00\" "
    "functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n<TEXT>\nIt <EVENT "
    "eid=\"e1\">fell</EVENT> "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-12\">Thursday</TIMEX3> &amp; "
    "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3W\">three weeks</TIMEX3> ago.\n</TEXT>\n"
    "</TimeML>\n";

TEST(TimeML, ReadsTextDctAndTimexes) {
  auto doc = parse_timeml(SourceText{"d.tml", kDoc});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->plain, "\nIt fell Thursday &amp; three weeks ago.\n");
  EXPECT_EQ(doc->dct, "1998-02-13T14:35:00");
  EXPECT_EQ(dct_day(doc->dct), CalendarDate::ymd(1998, 2, 13));
  ASSERT_EQ(doc->timexes.size(), 2u);
  EXPECT_EQ(doc->timexes[0], (Timex{9, 17, "DATE", "1998-02-12"}));
  EXPECT_EQ(doc->plain.substr(doc->timexes[1].begin, doc->timexes[1].end - doc->timexes[1].begin),
            "three weeks");
}

TEST(TimeML, WritesNewTagsKeepingTheText) {
  auto doc = parse_timeml(SourceText{"d.tml", kDoc});
  ASSERT_TRUE(doc.ok());
  std::string out = write_timeml(*doc, {Timex{9, 17, "DATE", "1998-02-12"}});
  EXPECT_NE(
      out.find("<TEXT>\nIt fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-12\">Thursday"
               "</TIMEX3> &amp; three weeks ago.\n</TEXT>"),
      std::string::npos)
      << out;
  auto again = parse_timeml(SourceText{"o.tml", out});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->plain, doc->plain);
  EXPECT_EQ(again->dct, doc->dct);
}

TEST(TimeML, ErrorsSayWhere) {
  auto doc = parse_timeml(SourceText{"d.tml", "<TimeML>\n<TEXT>x</TEXT>\n"});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(format_diagnostic(doc.error().diagnostics.at(0)),
            "d.tml:1:1: error: no document creation time (a TIMEX3 with "
            "functionInDocument=\"CREATION_TIME\")\n  <TimeML>\n  ^\n");
}

TEST(TimeML, ScoresTheTempEval3Way) {
  std::vector<Timex> gold = {
      {0, 8, "DATE", "1998-02-12"}, {20, 31, "DURATION", "P3W"}, {40, 45, "DATE", "PRESENT_REF"}};
  std::vector<Timex> sys = {{0, 8, "DATE", "1998-02-12"},  // strict, right value
                            {16, 31, "DURATION", "P2W"},   // overlap, wrong value
                            {50, 55, "DATE", "1998"}};     // spurious
  std::vector<TimexError> errors;
  TimexCounts c = score_timexes(gold, sys, &errors);
  EXPECT_EQ(c.gold, 3u);
  EXPECT_EQ(c.system, 3u);
  EXPECT_EQ(c.strict, 1u);
  EXPECT_EQ(c.relaxed, 2u);
  EXPECT_EQ(c.value, 1u);
  EXPECT_EQ(c.type, 2u);
  EXPECT_DOUBLE_EQ(c.f1(c.relaxed), 200.0 * 2 / 6);
  ASSERT_EQ(errors.size(), 4u);  // value + extent of the second, missed third, spurious
  EXPECT_EQ(errors[0].kind, "value");
  EXPECT_EQ(errors[1].kind, "extent");
  EXPECT_EQ(errors[2].kind, "missed");
  EXPECT_EQ(errors[3].kind, "spurious");
}

TEST(TimeML, PairsOneToOneLeftToRight) {
  // One system timex overlapping two gold ones pairs with the first only.
  std::vector<Timex> gold = {{0, 5, "DATE", "a"}, {6, 10, "DATE", "b"}};
  std::vector<Timex> sys = {{0, 10, "DATE", "b"}};
  TimexCounts c = score_timexes(gold, sys);
  EXPECT_EQ(c.relaxed, 1u);
  EXPECT_EQ(c.value, 0u);
}

}  // namespace
}  // namespace dipline
