#include "dipline/edtf.h"

#include <gtest/gtest.h>

namespace dipline {
namespace {

std::string round_trip(std::string_view s) {
  std::string why;
  auto e = parse_edtf(s, &why);
  return e ? to_string(*e) : "error: " + why;
}

TEST(Edtf, ParsesAndPrintsEveryForm) {
  for (const char* s : {"2022", "2022-02", "2022-02-14", "2022-02-14~", "2022-02-14?", "2022-02%",
                        "2022-02-12/2022-02-13", "../2022-02-14", "2022-02-14/..", "2022/2023-06",
                        "0001-01-01", "9999-12-31", "1399-05-02"})
    EXPECT_EQ(round_trip(s), s);
}

TEST(Edtf, RejectsImpossibleDatesWithAReason) {
  EXPECT_EQ(round_trip("2022-02-30"), "error: day 30 does not exist in 2022-02");
  EXPECT_EQ(round_trip("2022-13"), "error: month 13 does not exist in '2022-13'");
  EXPECT_EQ(round_trip("2021-02-29"), "error: day 29 does not exist in 2021-02");
  EXPECT_EQ(round_trip("2024-02-29"), "2024-02-29");
  EXPECT_EQ(round_trip("1900-02-29"), "error: day 29 does not exist in 1900-02");
  EXPECT_EQ(round_trip("2000-02-29"), "2000-02-29");
  EXPECT_EQ(round_trip("22-02-14"),
            "error: '22-02-14' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  EXPECT_EQ(round_trip("February"),
            "error: 'February' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  EXPECT_EQ(round_trip(""), "error: '' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
}

TEST(Edtf, RejectsReversedAndEmptyIntervals) {
  EXPECT_EQ(round_trip("2022-02-14/2022-02-12"),
            "error: interval ends before it starts ('2022-02-14' is after '2022-02-12')");
  EXPECT_EQ(round_trip("../.."),
            "error: an interval needs at least one end ('../..' says nothing)");
  // A month that contains the day is not reversed.
  EXPECT_EQ(round_trip("2022-02-14/2022-02"), "2022-02-14/2022-02");
}

TEST(Edtf, KeepsPrecision) {
  auto e = parse_edtf("2022-02");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->start->date.precision(), Precision::kMonth);
  EXPECT_EQ(e->earliest_day(), CalendarDate::ymd(2022, 2, 1));
  EXPECT_EQ(e->latest_day(), CalendarDate::ymd(2022, 2, 28));
  auto open = parse_edtf("../2022-02-14");
  ASSERT_TRUE(open);
  EXPECT_FALSE(open->earliest_day());
  EXPECT_EQ(open->latest_day(), CalendarDate::ymd(2022, 2, 14));
}

TEST(Edtf, OrdersByEarliestDayThenLatest) {
  auto p = [](const char* s) { return *parse_edtf(s); };
  EXPECT_TRUE(edtf_less(p("2022-02-12/2022-02-13"), p("2022-02-13")));
  EXPECT_TRUE(edtf_less(p("2022-02-01"), p("2022-02")));  // same first day: the shorter first
  EXPECT_TRUE(edtf_less(p("2022-02"), p("2022-02-02")));
  EXPECT_TRUE(edtf_less(p("2022-02-01"), p("2022-02-14")));
  EXPECT_TRUE(edtf_less(p("../2022-02-14"), p("2022-02-14")));
  EXPECT_TRUE(edtf_less(p("2022-02-13"), p("../2022-02-14")));
  EXPECT_FALSE(edtf_less(p("2022-02-14"), p("2022-02-14")));
}

TEST(Edtf, CoversYearsBoostCannot) {
  auto e = parse_edtf("0800-12-25");
  ASSERT_TRUE(e);
  EXPECT_EQ(to_string(*e), "0800-12-25");
  EXPECT_TRUE(CalendarDate::ymd(1200, 2, 29).valid());
  EXPECT_FALSE(CalendarDate::ymd(1300, 2, 29).valid());
}

// Day arithmetic across months, leap days and years; a month or year counts from its first day.
TEST(Edtf, DayNumbersAndDaysAdded) {
  EXPECT_EQ(day_number(CalendarDate::ymd(1970, 1, 1)), 0);
  EXPECT_EQ(day_number(CalendarDate::ymd(1969, 12, 31)), -1);
  EXPECT_EQ(day_number(CalendarDate::ymd(2022, 2, 0)), day_number(CalendarDate::ymd(2022, 2, 1)));
  EXPECT_EQ(plus_days(CalendarDate::ymd(1969, 7, 18), -4), CalendarDate::ymd(1969, 7, 14));
  EXPECT_EQ(plus_days(CalendarDate::ymd(2024, 2, 28), 1), CalendarDate::ymd(2024, 2, 29));
  EXPECT_EQ(plus_days(CalendarDate::ymd(2023, 12, 25), 14), CalendarDate::ymd(2024, 1, 8));
  EXPECT_EQ(plus_days(CalendarDate::ymd(1990, 1, 0), -1), CalendarDate::ymd(1989, 12, 31));
}

}  // namespace
}  // namespace dipline
