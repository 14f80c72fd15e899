#include "dipline/article.h"

#include <gtest/gtest.h>

namespace dipline {
namespace {

std::string error_text(const Result<Article>& r) {
  std::string out;
  for (const auto& d : r.error().diagnostics) out += format_diagnostic(d);
  return out;
}

TEST(Article, FrontMatterGivesTheMetadata) {
  auto a =
      parse_article(SourceText{"a.md",
                               "---\ntitle: Talks\noutlet: Example Wire\nurl: https://x.test/a\n"
                               "published: 2022-02-14\n---\nBody starts here.\n"});
  ASSERT_TRUE(a.ok()) << error_text(a);
  EXPECT_EQ(a->title, "Talks");
  EXPECT_EQ(a->outlet, "Example Wire");
  EXPECT_EQ(a->published, CalendarDate::ymd(2022, 2, 14));
  EXPECT_EQ(a->published_from, "front matter");
  EXPECT_EQ(a->source.text.substr(a->body_begin), "Body starts here.\n");
  EXPECT_EQ(a->id, "example-wire-2022-02-14");
}

TEST(Article, PublishedOptionWinsOverFrontMatter) {
  auto a = parse_article(SourceText{"a.md", "---\npublished: 2022-02-14\n---\nBody.\n"},
                         CalendarDate::ymd(2022, 3, 1));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, CalendarDate::ymd(2022, 3, 1));
  EXPECT_EQ(a->published_from, "--published");
  EXPECT_EQ(a->id, "a-2022-03-01");
}

TEST(Article, DatelineOrPublishedLine) {
  auto a =
      parse_article(SourceText{"wire.txt", "Talks go on\nPublished: 14 February 2022\n\nBody.\n"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, CalendarDate::ymd(2022, 2, 14));
  EXPECT_EQ(a->published_from, "dateline at line 2");
  auto b = parse_article(SourceText{"wire.txt", "KYIV, Feb. 14, 2022 - Talks went on.\n"});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->published, CalendarDate::ymd(2022, 2, 14));
}

// A dateline that names the day the story was filed, before the paper came out: "today" and
// "yesterday" are read from that day. A day outside the week before publication is no filing day.
TEST(Article, DatelineDayIsTheFilingDay) {
  auto filed = [](std::string body) {
    auto a = parse_article(SourceText{"a.md", "---\npublished: 1992-11-10\n---\n" + body});
    EXPECT_TRUE(a.ok());
    return a.ok() ? to_string(a->filed) : std::string();
  };
  EXPECT_EQ(filed("PAPER\n\nKUALA LUMPUR, Mon. - Malaysia has barred the ship.\n"), "1992-11-09");
  EXPECT_EQ(filed("JHAPA, Nov 6 - Officials met.\n"), "1992-11-06");
  EXPECT_EQ(filed("PORT LOUIS, Mauritius, Sunday - Officials met.\n"), "1992-11-08");
  EXPECT_EQ(filed("TOKYO, Nov. 9, 1992 (AP) - Officials met.\n"), "1992-11-09");
  EXPECT_EQ(filed("TOKYO, Tues. - Officials met.\n"), "1992-11-10");
  EXPECT_EQ(filed("TOKYO, Oct 9 - Officials met.\n"), "1992-11-10");   // a month before
  EXPECT_EQ(filed("TOKYO, Nov 12 - Officials met.\n"), "1992-11-10");  // after the paper
  // The day of the month alone, as Spanish and Italian wires date theirs.
  EXPECT_EQ(filed("MADRID, 6. -- Officials met.\n"), "1992-11-06");
  EXPECT_EQ(filed("ROME, 9 (Reuters) - Officials met.\n"), "1992-11-09");
  EXPECT_EQ(filed("ROME, 3 soldiers were hurt.\n"), "1992-11-10");
  EXPECT_EQ(filed("ROME, 28. -- Officials met.\n"), "1992-11-10");  // weeks before the paper
  // A correspondent's report headed with a place in title case and the date.
  EXPECT_EQ(filed("Belgrade, 9 November. (Tel. from our correspondent)\n\nOfficials met.\n"),
            "1992-11-09");
  EXPECT_EQ(filed("Tuesday, November 10, 1992 · Lagos\n\nOfficials met.\n"), "1992-11-10");
  EXPECT_EQ(filed("Lagos, the capital, is calm.\n"), "1992-11-10");
  EXPECT_EQ(filed("Top Stories\n\nOfficials met.\n"), "1992-11-10");  // a short line, no comma
  EXPECT_EQ(
      filed("Barcelona, Tuesday, 10 November 1992 · Page 5\n\nMADRID, 9. -- Officials met.\n"),
      "1992-11-09");
  // A masthead in capitals with the year is the paper's date; the story's dateline follows.
  EXPECT_EQ(filed("THE SUN\n\nBALTIMORE, TUESDAY, NOVEMBER 10, 1992\n\nNICOSIA, Cyprus, Nov. 9 -- "
                  "Officials met.\n"),
            "1992-11-09");
  EXPECT_EQ(filed("TOKYO - Officials met on Monday, Nov 9.\n"), "1992-11-10");  // no dateline date
  EXPECT_EQ(filed("Tokyo, Mon. - Officials met.\n"), "1992-11-10");  // no place in capitals
  // A dateline closed by a colon, as South Asian papers write it.
  EXPECT_EQ(filed("RAWALPINDI, Nov. 9: The two foreign ministers met in the capital.\n"),
            "1992-11-09");
  EXPECT_EQ(filed("RAWALPINDI, 10:30 Officials met.\n"), "1992-11-10");  // a clock, no day
  EXPECT_EQ(filed("WASHINGTON, Nov. 9:30 a.m. -- Officials met.\n"), "1992-11-10");
  // (Nor a heading closed by a colon.)
  EXPECT_EQ(filed("KEY DATES, Nov. 7: Talks began.\n\nOfficials met.\n"), "1992-11-10");
  EXPECT_EQ(filed("Live Updates, Nov. 9: Talks resume\n\nOfficials met.\n"), "1992-11-10");
  // A place in title case and the day before a dash, then the story.
  EXPECT_EQ(filed("Nairobi, 9 November 1992 -- Kenya today recalled its ambassador.\n"),
            "1992-11-09");
  EXPECT_EQ(filed("Madrid, Nov. 9 (EFE) - Spain today recalled its ambassador.\n"), "1992-11-09");
  // (Not a paper's masthead in title case: no story after its dash.)
  EXPECT_EQ(filed("Mexico City, Monday, November 9, 1992 -- Year XLIX\n\nOfficials met.\n"),
            "1992-11-10");
  EXPECT_EQ(filed("Monday, November 9, 1992 -- 50 Satang\n\nOfficials met.\n"), "1992-11-10");
  // A broadcast monitor's header on a line of its own, after a headline in capitals with a
  // comma (no dateline).
  EXPECT_EQ(filed("PRAGUE RETURNS U.S. NOTE, ORDERS TWO OUT\n\nPrague, Czechoslovak Home Service, "
                  "in Czech, 1730 GMT, 9 November 1992--(Text)\n\nThe Ministry today rejected "
                  "the note.\n"),
            "1992-11-09");
}

TEST(Article, NoDateIsAnErrorNeverToday) {
  auto a = parse_article(SourceText{"a.txt", "Talks went on on Monday.\n"});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(error_text(a),
            "a.txt:1:1: error: no publication date: give --published YYYY-MM-DD or 'published:' in "
            "the front matter (relative dates such as 'on Monday' need it)\n"
            "  Talks went on on Monday.\n"
            "  ^\n");
}

TEST(Article, BadFrontMatterDateSaysWhere) {
  auto a = parse_article(SourceText{"a.md", "---\ntitle: x\npublished: 2022-02-30\n---\nBody.\n"});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(error_text(a),
            "a.md:3:12: error: 'published' is not a date: '2022-02-30' (write YYYY-MM-DD)\n"
            "  published: 2022-02-30\n"
            "             ^\n");
}

TEST(Article, UnclosedFrontMatter) {
  auto a = parse_article(SourceText{"a.md", "---\ntitle: x\nBody.\n"});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(error_text(a),
            "a.md:1:1: error: front matter opened by '---' is never closed by a '---' line\n"
            "  ---\n"
            "  ^\n");
}

TEST(Article, Slugify) {
  EXPECT_EQ(slugify("Al Jazeera"), "al-jazeera");
  EXPECT_EQ(slugify("  The N.Y. Times! "), "the-n-y-times");
  // Latin letters fold to ASCII; apostrophes go; other scripts are dropped.
  EXPECT_EQ(slugify("Radosław Sikorski"), "radoslaw-sikorski");
  EXPECT_EQ(slugify("Viktor Orbán"), "viktor-orban");
  EXPECT_EQ(slugify("Faure Gnassingbé"), "faure-gnassingbe");
  EXPECT_EQ(slugify("Conan O'Brien"), "conan-obrien");
  EXPECT_EQ(slugify("Путин Putin"), "putin");
}

}  // namespace
}  // namespace dipline
