#include "dipline/temporal.h"

#include <gtest/gtest.h>

#include <unordered_map>

#include "util.h"

namespace dipline {
namespace {

// "text -> value | edtf" for each expression found in `sentence`, published on `dct`.
std::string dates_in(std::string_view sentence, CalendarDate dct = CalendarDate::ymd(2022, 2, 14)) {
  std::string text(sentence);
  auto toks = tokenize(text, 0, text.size());
  std::string out;
  for (const auto& m : find_dates(text, toks, 0, toks.size(), DateContext{dct})) {
    if (!out.empty()) out += "; ";
    out += text.substr(m.begin, m.end - m.begin) + " -> " + m.value + " | " +
           (m.date ? to_string(*m.date) : "-");
  }
  return out;
}

// As dates_in, with day ranges joined for dating events.
std::string ranges_in(std::string_view sentence,
                      CalendarDate dct = CalendarDate::ymd(2022, 2, 14)) {
  std::string text(sentence);
  auto toks = tokenize(text, 0, text.size());
  auto times = find_dates(text, toks, 0, toks.size(), DateContext{dct});
  join_day_ranges(text, toks, 0, toks.size(), times);
  std::string out;
  for (const auto& m : times) {
    if (!out.empty()) out += "; ";
    out += text.substr(m.begin, m.end - m.begin) + " | " + (m.date ? to_string(*m.date) : "-");
  }
  return out;
}

// A plan farther left in the clause governs a weekday only if no verb comes between: "spoke"
// is nearer than "is due to visit".
TEST(Temporal, ANearerPastVerbHidesAPlanFartherLeft) {
  EXPECT_EQ(dates_in("Kasuri, who is due to visit Beijing next month, spoke to his Chinese "
                     "counterpart Yang Jiechi by telephone on Sunday night, the ministry said."),
            "next month -> 2022-03 | 2022-03; Sunday night -> 2022-02-13 | 2022-02-13");
  EXPECT_EQ(dates_in("The minister will almost double its flights between Australia and India by "
                     "Friday."),
            "Friday -> 2022-02-18 | 2022-02-18");
  // (Not the verb of a report set off between them.)
  EXPECT_EQ(dates_in("Putin will visit Pyongyang, the Kremlin said, and sign a partnership treaty "
                     "with Kim Jong-un on Wednesday."),
            "Wednesday -> 2022-02-16 | 2022-02-16");
}

// "Wednesday 19 September", "Tuesday, 18 September": a weekday before the day and the month (as
// British and French papers write it) is that date, one expression, not the last Wednesday.
TEST(Temporal, AWeekdayBeforeDayAndMonthIsThatDate) {
  EXPECT_EQ(dates_in("Crowds marched to the consulate on Wednesday 9 February, the paper said."),
            "Wednesday 9 February -> 2022-02-09 | 2022-02-09");
  EXPECT_EQ(dates_in("The frontier has been closed since Saturday, 5 February 2022."),
            "Saturday, 5 February 2022 -> 2022-02-05 | 2022-02-05");
  // (Not a weekday before a number that is no day: "on Monday 3 ministers resigned".)
  EXPECT_EQ(dates_in("On Monday 3 ministers resigned."), "Monday -> 2022-02-14 | 2022-02-14");
}

// "Jun 1", "Jul 3", "Apr 30": the short months without a stop, with a day; not a name ("Jun
// Ji-hyun") nor a bare "in Apr".
TEST(Temporal, ShortMonthsWithoutAStopTakeADay) {
  CalendarDate dct = CalendarDate::ymd(2018, 6, 5);
  EXPECT_EQ(dates_in("Kim travelled to Washington on Jun 1.", dct),
            "Jun 1 -> 2018-06-01 | 2018-06-01");
  EXPECT_EQ(dates_in("The talks were held on Apr 30.", dct), "Apr 30 -> 2018-04-30 | 2018-04-30");
  EXPECT_EQ(dates_in("He met Jun Ji-hyun and Lee Jun in Seoul.", dct), "");
}

TEST(Temporal, ADateRightAfterAPastVerbIsNotAhead) {
  // Published in mid-December: "January 1" after a verb in the past is the January before.
  CalendarDate dct = CalendarDate::ymd(2024, 12, 13);
  EXPECT_EQ(dates_in("The row erupted on January 1 when the deal was signed.", dct),
            "January 1 -> 2024-01-01 | 2024-01-01");
  EXPECT_EQ(dates_in("The pact was signed in January.", dct), "January -> 2024-01 | 2024-01");
  // A verb further off still allows the coming weeks ("said it would pay on January 7").
  EXPECT_EQ(dates_in("The ministry said it would pay on January 7.", dct),
            "January 7 -> 2025-01-07 | 2025-01-07");
  EXPECT_EQ(dates_in("The talks are expected on January 7.", dct),
            "January 7 -> 2025-01-07 | 2025-01-07");
}

// So is one after the name a past verb takes ("visited Rangoon in June" in May is last June);
// a name after a future verb leaves the coming month ahead.
TEST(Temporal, ADateAfterAPastVerbAndItsObjectIsNotAhead) {
  CalendarDate dct = CalendarDate::ymd(2002, 5, 25);
  EXPECT_EQ(dates_in("Thaksin visited Rangoon in June.", dct), "June -> 2001-06 | 2001-06");
  EXPECT_EQ(dates_in("Thaksin met Than Shwe in June.", dct), "June -> 2001-06 | 2001-06");
  EXPECT_EQ(dates_in("Thaksin toured the United States in June.", dct),
            "June -> 2001-06 | 2001-06");
  EXPECT_EQ(dates_in("Thaksin will visit Rangoon in June.", dct), "June -> 2002-06 | 2002-06");
  EXPECT_EQ(dates_in("Thaksin met Senior General Than Shwe in June.", dct),
            "June -> 2001-06 | 2001-06");
  // (A verb that looks ahead: "expected Than Shwe in June".)
  EXPECT_EQ(dates_in("Thailand said it expected Than Shwe in June.", dct),
            "June -> 2002-06 | 2002-06");
  EXPECT_EQ(dates_in("Thaksin said he would visit Rangoon in June.", dct),
            "June -> 2002-06 | 2002-06");
}

// A month just ahead right after a past verb's particle is last year's ("broke down in May" in
// March); not after a present passive, in a clause of its own, nor with frozen or fallen
// things on a day to come.
TEST(Temporal, AMonthJustAheadPastAPastVerbsParticleIsLastYears) {
  CalendarDate dct = CalendarDate::ymd(2020, 3, 5);
  EXPECT_EQ(dates_in("Talks between Ethiopia and Egypt broke down in May.", dct),
            "May -> 2019-05 | 2019-05");
  EXPECT_EQ(dates_in("Fighting flared up in April.", dct), "April -> 2019-04 | 2019-04");
  EXPECT_EQ(dates_in("The relatives could lose when the case is heard in May.", dct),
            "May -> 2020-05 | 2020-05");
  EXPECT_EQ(dates_in("Congress passed a bill that takes effect in April.", dct),
            "April -> 2020-04 | 2020-04");
  EXPECT_EQ(dates_in("The European Union extended its sanctions through April.", dct),
            "April -> 2020-04 | 2020-04");
  EXPECT_EQ(dates_in("Iran will receive its frozen assets on Monday.", dct),
            "Monday -> 2020-03-09 | 2020-03-09");
  EXPECT_EQ(dates_in("They will honour fallen soldiers on Sunday.", dct),
            "Sunday -> 2020-03-08 | 2020-03-08");
}

TEST(Temporal, DayRangesAroundOneDate) {
  EXPECT_EQ(ranges_in("Leaders will meet in Ankara on July 7-8."),
            "July 7-8 | 2022-07-07/2022-07-08");
  EXPECT_EQ(ranges_in("Leaders will meet in Ankara on 7-8 July."),
            "7-8 July | 2022-07-07/2022-07-08");
  EXPECT_EQ(ranges_in("The talks will run from March 6 to 10 in Geneva."),
            "March 6 to 10 | 2022-03-06/2022-03-10");
  EXPECT_EQ(ranges_in("They will return on December 14 and 15."),
            "December 14 and 15 | 2022-12-14/2022-12-15");
  // A number that counts something is no day.
  EXPECT_EQ(ranges_in("On March 6 and 10 people will vote."), "March 6 | 2022-03-06");
  // Two dates stay two.
  EXPECT_EQ(ranges_in("from March 30 to April 2"), "March 30 | 2022-03-30; April 2 | 2022-04-02");
}

// 2022-02-14 is a Monday.
TEST(Temporal, WeekdayOfThePublicationDayIsThatDay) {
  EXPECT_EQ(dates_in("The United States said on Monday it would move."),
            "Monday -> 2022-02-14 | 2022-02-14");
}

TEST(Temporal, WeekdayFollowsTheTense) {
  EXPECT_EQ(dates_in("Biden spoke with Putin on Saturday."), "Saturday -> 2022-02-12 | 2022-02-12");
  EXPECT_EQ(dates_in("Scholz will visit Moscow on Tuesday."), "Tuesday -> 2022-02-15 | 2022-02-15");
  EXPECT_EQ(dates_in("Ministers are due to meet on Wednesday."),
            "Wednesday -> 2022-02-16 | 2022-02-16");
  EXPECT_EQ(dates_in("They met last Monday."), "last Monday -> 2022-02-07 | 2022-02-07");
  EXPECT_EQ(dates_in("They meet next Monday."), "next Monday -> 2022-02-21 | 2022-02-21");
  EXPECT_EQ(dates_in("in a statement after Monday's call"), "Monday -> 2022-02-14 | 2022-02-14");
  // "are to meet", "hope to sign": ahead, like "is to" and "hopes to".
  EXPECT_EQ(dates_in("Forum leaders are to meet in Suva in July.", CalendarDate::ymd(2023, 8, 11)),
            "July -> 2024-07 | 2024-07");
  EXPECT_EQ(
      dates_in("The two sides hope to sign the deal in March.", CalendarDate::ymd(2023, 8, 11)),
      "March -> 2024-03 | 2024-03");
  // What someone expects or wants another to do: ahead (not what was asked or urged, often
  // told on its own day).
  EXPECT_EQ(dates_in("Diplomats expect the Council to meet on Wednesday."),
            "Wednesday -> 2022-02-16 | 2022-02-16");
  EXPECT_EQ(dates_in("Washington wants Seoul to sign the deal on Friday."),
            "Friday -> 2022-02-18 | 2022-02-18");
  EXPECT_EQ(dates_in("Britain urged Iran to release the sailors on Friday."),
            "Friday -> 2022-02-11 | 2022-02-11");
}

// "on the 2nd": a day of the month by its number, of the paper's month, or of the month before
// when told as past and later than the paper's day, or of the month after when told as to come
// and earlier; an ordinal before a noun is no date.
TEST(Temporal, DayOfTheMonthByItsNumber) {
  const CalendarDate sep3 = CalendarDate::ymd(1983, 9, 3);
  EXPECT_EQ(dates_in("Chun said in a statement on the 2nd that the nation would not forget.", sep3),
            "the 2nd -> 1983-09-02 | 1983-09-02");
  EXPECT_EQ(dates_in("Shultz is to meet Gromyko in Madrid on the 8th.", sep3),
            "the 8th -> 1983-09-08 | 1983-09-08");
  EXPECT_EQ(dates_in("The talks ended on the 28th without agreement.", sep3),
            "the 28th -> 1983-08-28 | 1983-08-28");
  EXPECT_EQ(dates_in("They will meet again on the 1st.", CalendarDate::ymd(1983, 9, 20)),
            "the 1st -> 1983-10-01 | 1983-10-01");
  EXPECT_EQ(dates_in("The plane was shot down at 3:26 a.m. on the 1st.", sep3),
            "3:26 a.m. -> 1983-09-01T03:26 | 1983-09-01; the 1st -> 1983-09-01 | 1983-09-01");
  EXPECT_EQ(dates_in("Students held a rally on the 2nd denouncing the attack.", sep3),
            "the 2nd -> 1983-09-02 | 1983-09-02");
  EXPECT_EQ(dates_in("It was discussed on the 2nd meeting of the council.", sep3), "");
  EXPECT_EQ(dates_in("They appealed to the 11th Circuit Court of Appeals.", sep3), "");
  // Ordinals listed before their noun; limits and spans ahead; a month named after the second.
  const CalendarDate mar10 = CalendarDate::ymd(2023, 3, 10);
  EXPECT_EQ(dates_in("Soldiers from the 3rd and 4th Infantry Divisions crossed.", mar10), "");
  EXPECT_EQ(dates_in("Russia ordered the diplomats to leave the country by the 25th.", mar10),
            "the 25th -> 2023-03-25 | 2023-03-25");
  EXPECT_EQ(dates_in("The border will stay closed until the 5th.", mar10),
            "the 5th -> 2023-03-05 | 2023-03-05");
  EXPECT_EQ(
      dates_in("The talks were held on the 2nd and 3rd of March.", CalendarDate::ymd(2023, 4, 10)),
      "3rd of March -> 2023-03-03 | 2023-03-03");
  EXPECT_EQ(dates_in("The office is on the 2nd floor.", sep3), "");
  EXPECT_EQ(dates_in("They marked it on the 15th anniversary of the treaty.", sep3), "");
}

// "-ed" marks the past, but not in names ("the United States") nor in "-eed" verbs ("succeed").
TEST(Temporal, EdWordsThatAreNotPastTense) {
  EXPECT_EQ(dates_in("The father would be traveling to the United States Thursday."),
            "Thursday -> 2022-02-17 | 2022-02-17");
  EXPECT_EQ(dates_in("Schwarz will succeed Davison Feb. 1.", CalendarDate::ymd(1989, 10, 26)),
            "Feb. 1 -> 1990-02-01 | 1990-02-01");
  EXPECT_EQ(dates_in("The talks ended Thursday."), "Thursday -> 2022-02-10 | 2022-02-10");
}

// A future marker anywhere before in the clause decides when none is near; a passive participle
// ("would be paid"), "next to" and adjectives in "un-" are no tense markers.
TEST(Temporal, FutureMarkerEarlierInTheClause) {
  EXPECT_EQ(
      dates_in("Qantas will almost double its flights between Australia and India by August."),
      "August -> 2022-08 | 2022-08");
  EXPECT_EQ(dates_in("The split would be paid on a still unspecified date in January.",
                     CalendarDate::ymd(1989, 10, 26)),
            "January -> 1990-01 | 1990-01");
  EXPECT_EQ(dates_in("Over 100 people have been killed in the blasts next to the U.S. embassies in "
                     "Kenya and Tanzania on Friday."),
            "Friday -> 2022-02-11 | 2022-02-11");
  EXPECT_EQ(dates_in("He will go; the flights between Australia and India doubled by August."),
            "August -> 2021-08 | 2021-08");
}

TEST(Temporal, PostponedUntilPointsAhead) {
  EXPECT_EQ(dates_in("Officials postponed until Tuesday morning any action on the case."),
            "Tuesday morning -> 2022-02-15 | 2022-02-15");
}

TEST(Temporal, PlanInThePastPerfectIsPast) {
  EXPECT_EQ(dates_in("The offer had been scheduled to expire Friday."),
            "Friday -> 2022-02-11 | 2022-02-11");
  EXPECT_EQ(dates_in("The offer is scheduled to expire Friday."),
            "Friday -> 2022-02-18 | 2022-02-18");
}

TEST(Temporal, SimplePresentOfMeetingIsASchedule) {
  EXPECT_EQ(dates_in("He and Arafat meet separately Thursday with Albright."),
            "Thursday -> 2022-02-17 | 2022-02-17");
  EXPECT_EQ(dates_in("They failed to meet Thursday."), "Thursday -> 2022-02-10 | 2022-02-10");
  EXPECT_EQ(dates_in("The talks begin Thursday."), "Thursday -> 2022-02-17 | 2022-02-17");
  EXPECT_EQ(dates_in("The delegations arrive Thursday."), "Thursday -> 2022-02-17 | 2022-02-17");
}

// In the past tense a day and month lies at most two months after publication.
TEST(Temporal, PastDayOfMonthAtMostTwoMonthsAhead) {
  EXPECT_EQ(
      dates_in("In the fiscal year ended Jan. 31, sales rose.", CalendarDate::ymd(1989, 10, 31)),
      "the fiscal year -> P1Y | -; Jan. 31 -> 1989-01-31 | 1989-01-31");
}

// The weekday of a time takes the tense from the start of the time.
TEST(Temporal, WeekdayAfterATimeTakesTheTenseBeforeTheTime) {
  EXPECT_EQ(dates_in("He will leave at 4 in the morning (4 a.m. EDT Thursday)."),
            "4 a.m. EDT Thursday -> 2022-02-17T04:00 | 2022-02-17");
}

// A weekday with a part of day is that day (DATE; TimeBank is split between this and a
// TNI/TEV/TMO suffix); "last night", "this evening" are times of a day (TIME with TNI, TEV). A time
// belongs to the day named with it, before or after.
TEST(Temporal, PartsOfDay) {
  EXPECT_EQ(dates_in("They talked on Sunday night."), "Sunday night -> 2022-02-13 | 2022-02-13");
  EXPECT_EQ(dates_in("He said last night that it was over."),
            "last night -> 2022-02-13TNI | 2022-02-13");
  EXPECT_EQ(dates_in("She will speak this evening."), "this evening -> 2022-02-14TEV | 2022-02-14");
  EXPECT_EQ(dates_in("He arrives tonight."), "tonight -> 2022-02-14 | 2022-02-14");
  EXPECT_EQ(dates_in("The vote is due at 10:30 p.m. EST on Friday."),
            "10:30 p.m. EST -> 2022-02-18T22:30 | 2022-02-18; Friday -> 2022-02-18 | 2022-02-18");
  EXPECT_EQ(dates_in("On Friday, the vote came at 10 a.m."),
            "Friday -> 2022-02-11 | 2022-02-11; 10 a.m. -> 2022-02-11T10:00 | 2022-02-11");
}

TEST(Temporal, TimesOfDay) {
  EXPECT_EQ(dates_in("It ended at 10am, resumed at 10:30pm and at noon Thursday."),
            "10am -> 2022-02-14T10:00 | 2022-02-14; 10:30pm -> 2022-02-14T22:30 | 2022-02-14; noon "
            "Thursday -> 2022-02-10T12:00 | 2022-02-10");
  EXPECT_EQ(dates_in("Not 13 p.m., but 5 p.m. EST, Nov. 9."),
            "5 p.m. EST, Nov. 9 -> 2021-11-09T17:00 | 2021-11-09");
  EXPECT_EQ(
      dates_in("On Christmas Eve 2021 and Feb 13, 1998; for 99999999999999999999 years."),
      "Christmas Eve 2021 -> 2021-12-24 | 2021-12-24; Feb 13, 1998 -> 1998-02-13 | 1998-02-13");
}

TEST(Temporal, RelativeDays) {
  EXPECT_EQ(dates_in("It happened yesterday, not today; tomorrow is next."),
            "yesterday -> 2022-02-13 | 2022-02-13; today -> 2022-02-14 | 2022-02-14; tomorrow -> "
            "2022-02-15 | 2022-02-15");
  EXPECT_EQ(dates_in("They met three days ago."), "three days ago -> 2022-02-11 | 2022-02-11");
}

// "The end of the month" is the month of publication ("the month" alone is not a date).
TEST(Temporal, TheEndOfTheMonthIsThePublicationMonth) {
  EXPECT_EQ(dates_in("They will sign it by the end of the month."),
            "the end of the month -> 2022-02 | 2022-02");
  EXPECT_EQ(dates_in("Prices rose during the month."), "");
}

TEST(Temporal, WeekendIsAnInterval) {
  EXPECT_EQ(dates_in("Biden talked with Putin over the weekend."),
            "the weekend -> 2022-W06-WE | 2022-02-12/2022-02-13");
  EXPECT_EQ(dates_in("They will meet over the weekend."),
            "the weekend -> 2022-W07-WE | 2022-02-19/2022-02-20");
  // Published on a Sunday, "this weekend" is the current one.
  EXPECT_EQ(dates_in("Talks took place this weekend.", CalendarDate::ymd(2022, 2, 13)),
            "this weekend -> 2022-W06-WE | 2022-02-12/2022-02-13");
}

// In a Sunday paper, what "will" happen "this week" happens in the week ahead; what happened
// "this week" is the week that ends that day.
TEST(Temporal, ThisWeekInASundayPaper) {
  EXPECT_EQ(dates_in("The minister will fly to Ottawa this week.", CalendarDate::ymd(2022, 2, 13)),
            "this week -> 2022-W07 | 2022-02-14/2022-02-20");
  EXPECT_EQ(dates_in("The minister flew to Ottawa this week.", CalendarDate::ymd(2022, 2, 13)),
            "this week -> 2022-W06 | 2022-02-07/2022-02-13");
  EXPECT_EQ(dates_in("The minister will fly to Ottawa this week."),
            "this week -> 2022-W07 | 2022-02-14/2022-02-20");
}

TEST(Temporal, WeeksMonthsYears) {
  EXPECT_EQ(dates_in("Macron held talks in Moscow last week."),
            "last week -> 2022-W06 | 2022-02-07/2022-02-13");
  EXPECT_EQ(dates_in("It was agreed earlier this month and will end next year."),
            "earlier this month -> 2022-02 | 2022-02-01/2022-02-13; next year -> 2023 | 2023");
  // Earlier or later in the period: its part before or after the publication date, as an
  // event's date (the TIMEX3 value stays the period's).
  EXPECT_EQ(dates_in("They will meet later this week and vote later this year."),
            "later this week -> 2022-W07 | 2022-02-15/2022-02-20; later this year -> 2022 | "
            "2022-02-15/2022-12-31");
  EXPECT_EQ(dates_in("It began earlier this week and ends later this month."),
            "earlier this week -> 2022-W07 | 2022-02-14/2022-02-20; later this month -> 2022-02 "
            "| 2022-02-15/2022-02-28");
  // (In a Sunday paper, "later this week" is the week ahead, as "this week" is.)
  EXPECT_EQ(dates_in("They will meet later this week.", CalendarDate::ymd(2022, 2, 20)),
            "later this week -> 2022-W08 | 2022-02-21/2022-02-27");
  EXPECT_EQ(dates_in("Talks resume next week."), "next week -> 2022-W08 | 2022-02-21/2022-02-27");
}

TEST(Temporal, ExplicitDates) {
  EXPECT_EQ(dates_in("On February 16, 2022, ministers meet."),
            "February 16, 2022 -> 2022-02-16 | 2022-02-16");
  EXPECT_EQ(dates_in("Signed on 14 February 2022 in Minsk."),
            "14 February 2022 -> 2022-02-14 | 2022-02-14");
  EXPECT_EQ(dates_in("Ministers meet on Feb. 16."), "Feb. 16 -> 2022-02-16 | 2022-02-16");
  EXPECT_EQ(dates_in("The deal of 2/14/2022 and 2022-02-10."),
            "2/14/2022 -> 2022-02-14 | 2022-02-14; 2022-02-10 -> 2022-02-10 | 2022-02-10");
  EXPECT_EQ(dates_in("It was annexed in 2014 and in March 2014."),
            "2014 -> 2014 | 2014; March 2014 -> 2014-03 | 2014-03");
  EXPECT_EQ(dates_in("It happened in the 1990s."), "the 1990s -> 199 | 1990/1999");
  // A comma between month and year, in the older style; not a count after a month.
  EXPECT_EQ(dates_in("Greece took it to the UN in August, 1954, and lost."),
            "August, 1954 -> 1954-08 | 1954-08");
  EXPECT_EQ(dates_in("In May, 2000 troops were sent."), "May -> 2021-05 | 2021-05");
  // A day with the year named after it is one expression: "on April 15 this year".
  EXPECT_EQ(dates_in("Mexico voted on April 15 this year and on June 3 last year."),
            "April 15 this year -> 2022-04-15 | 2022-04-15; June 3 last year -> 2021-06-03 | "
            "2021-06-03");
}

// A short quoted phrase with no verb in it does not hide the verb before it from the date
// after it: "called the bombing "deplorable" on Friday" is past, whatever comes after.
TEST(Temporal, AQuotedPhraseDoesNotHideTheVerbBeforeIt) {
  EXPECT_EQ(dates_in("He called the bombing \"deplorable\" on Friday but would not be drawn."),
            "Friday -> 2022-02-11 | 2022-02-11");
  EXPECT_EQ(dates_in("He will call the plan \"a disgrace\" on Friday."),
            "Friday -> 2022-02-18 | 2022-02-18");
}

TEST(Temporal, MonthWithoutYearTakesTheNearestYearByTense) {
  EXPECT_EQ(dates_in("The summit took place in December."), "December -> 2021-12 | 2021-12");
  EXPECT_EQ(dates_in("The summit will take place in December."), "December -> 2022-12 | 2022-12");
  EXPECT_EQ(dates_in("They met on December 20."), "December 20 -> 2021-12-20 | 2021-12-20");
  EXPECT_EQ(dates_in("They will meet on December 14."), "December 14 -> 2022-12-14 | 2022-12-14");
}

TEST(Temporal, DurationsSetsAndReferences) {
  EXPECT_EQ(dates_in("The talks lasted three hours over two days, after a two-year freeze."),
            "three hours -> PT3H | -; two days -> P2D | -; two-year -> P2Y | -");
  EXPECT_EQ(dates_in("They meet daily and every Monday, for the past two months."),
            "daily -> P1D | -; every Monday -> XXXX-WXX-1 | -; the past two months -> P2M | -");
  EXPECT_EQ(dates_in("Prices are now higher than in recent years."),
            "now -> PRESENT_REF | 2022-02-14; recent years -> PAST_REF | ../2022-02-14");
  EXPECT_EQ(dates_in("Sales fell in the third quarter and rose in the first half of 2021."),
            "the third quarter -> 2021-Q3 | 2021-07/2021-09; the first half of 2021 -> 2021-H1 | "
            "2021-01/2021-06");
  EXPECT_EQ(dates_in("It was agreed two years ago, in the 20th century."),
            "two years ago -> 2020 | 2020; the 20th century -> 19 | 1900/1999");
}

TEST(Temporal, DurationNumberGrammar) {
  EXPECT_EQ(dates_in("In the last twenty four hours, after almost a hundred years."),
            "the last twenty four hours -> PT24H | -; a hundred years -> P100Y | -");
  EXPECT_EQ(dates_in("They lived in camps for 2 1/2 years and waited 5 1/2 hours."),
            "2 1/2 years -> P2Y6M | -; 5 1/2 hours -> PT5H30M | -");
  EXPECT_EQ(dates_in("But a minute and a half later, a pilot called."),
            "a minute and a half -> PT1M30S | -");
  EXPECT_EQ(dates_in("He stays for two more weeks and an additional year."),
            "two more weeks -> P2W | -; an additional year -> P1Y | -");
  EXPECT_EQ(dates_in("Stocks hit a five year low after a two day rally."),
            "five year -> P5Y | -; two day -> P2D | -");
  EXPECT_EQ(dates_in("Talks were cut off for nearly two years."), "nearly two years -> P2Y | -");
}

TEST(Temporal, RatesAfterAQuantityAreNoTimexes) {
  EXPECT_EQ(dates_in("Rooms cost $55 a night; it adds 700 seats a week and four flights a week."),
            "");
  EXPECT_EQ(dates_in("It saves $2 million a year and runs 15 million instructions per second."),
            "");
  EXPECT_EQ(dates_in("Sales rise 8.5% annually; the average daily volume fell."), "");
  EXPECT_EQ(dates_in("They meet twice a week and publish annually."),
            "a week -> P1W | -; annually -> P1Y | -");
}

TEST(Temporal, EarlyLateMidBelongToMonthsAndDays) {
  EXPECT_EQ(dates_in("He was rescued in late November."), "late November -> 2021-11 | 2021-11");
  EXPECT_EQ(dates_in("A spokesman said late yesterday that crowds gathered early Saturday."),
            "late yesterday -> 2022-02-13 | 2022-02-13; early Saturday -> 2022-02-12 | 2022-02-12");
  EXPECT_EQ(dates_in("In London at mid-afternoon yesterday, shares rose."),
            "mid-afternoon yesterday -> 2022-02-13TAF | 2022-02-13");
  EXPECT_EQ(dates_in("It began in early 1990."), "1990 -> 1990 | 1990");
}

TEST(Temporal, QuartersWithoutPossessiveOrTheArticleOfTheirNoun) {
  EXPECT_EQ(dates_in("It reported a loss for its fourth quarter.", CalendarDate::ymd(1989, 11, 2)),
            "fourth quarter -> 1989-Q4 | 1989-10/1989-12");
  EXPECT_EQ(
      dates_in("A factor in the third-quarter loss was rain.", CalendarDate::ymd(1989, 11, 2)),
      "third-quarter -> 1989-Q3 | 1989-07/1989-09");
  EXPECT_EQ(dates_in("Sales fell in the third quarter.", CalendarDate::ymd(1989, 11, 2)),
            "the third quarter -> 1989-Q3 | 1989-07/1989-09");
}

TEST(Temporal, MonthWithARelativeYearIsOneExpression) {
  EXPECT_EQ(dates_in("But in June last year, the leadership fell out."),
            "June last year -> 2021-06 | 2021-06");
  EXPECT_EQ(dates_in("They join in April next year."), "April next year -> 2023-04 | 2023-04");
}

TEST(Temporal, SpelledYearsAndYearEnd) {
  EXPECT_EQ(dates_in("In nineteen ninety-one Keating was convicted; nineteen people died."),
            "nineteen ninety-one -> 1991 | 1991");
  EXPECT_EQ(dates_in("Prices fell in the winter of nineteen ninety-four."),
            "the winter of nineteen ninety-four -> 1994-WI | -");
  EXPECT_EQ(dates_in("The deal should close by year-end or around year end."),
            "year-end -> 2022 | 2022; around year end -> 2022 | 2022");
  EXPECT_EQ(dates_in("Its year-end net was below that."), "");
}

TEST(Temporal, SeasonsEarlyInTheYearAreLastYearsWhenPast) {
  const auto feb = CalendarDate::ymd(1998, 2, 6);
  EXPECT_EQ(dates_in("He came last fall and will return next fall.", feb),
            "last fall -> 1997-FA | -; next fall -> 1998-FA | -");
  EXPECT_EQ(dates_in("It snowed this winter, as it did last summer.", feb),
            "this winter -> 1997-WI | -; last summer -> 1997-SU | -");
  EXPECT_EQ(dates_in("Relations froze last winter.", feb), "last winter -> 1996-WI | -");
  EXPECT_EQ(dates_in("He came last fall.", CalendarDate::ymd(1998, 12, 6)),
            "last fall -> 1998-FA | -");
}

// The expressions of a whole document, tagged sentence by sentence in order (so that references
// back resolve): "text -> value; " each.
std::string document_dates(const std::string& text, CalendarDate published) {
  auto toks = tokenize(text, 0, text.size());
  TemporalTagger tagger(DateContext{published});
  std::string out;
  for (const auto& s : split_sentences(text, toks))
    for (const auto& m : tagger.sentence(text, toks, s.first_token, s.last_token))
      out += text.substr(m.begin, m.end - m.begin) + " -> " + m.value + "; ";
  return out;
}

TEST(Temporal, ReferencesBackWithinADocument) {
  std::string text =
      "Earnings rose in the third quarter. A year earlier, they fell. The talks opened on May 3, "
      "2021. The next day, they broke off. Two days later, they resumed.";
  EXPECT_EQ(
      document_dates(text, CalendarDate::ymd(2021, 11, 2)),
      "the third quarter -> 2021-Q3; A year earlier -> 2020-Q3; May 3, 2021 -> 2021-05-03; The "
      "next day -> 2021-05-04; Two days later -> 2021-05-06; ");
}

// "the previous Friday" is the Friday before the day last named; "the following year" the year
// after the last explicit date.
TEST(Temporal, PreviousAndFollowingFromTheDayLastNamed) {
  std::string text =
      "Shares closed lower Friday, down 4.5% from the previous Friday. On May 22, 1995, he was "
      "promoted, and the following year he was appointed attache.";
  EXPECT_EQ(document_dates(text, CalendarDate::ymd(1989, 10, 30)),
            "Friday -> 1989-10-27; the previous Friday -> 1989-10-20; May 22, 1995 -> 1995-05-22; "
            "the following year -> 1996; ");
}

// "Friday last week" is the Friday of the week before the publication's (not the publication's
// own Friday); a day written without a year takes the year of a day written in full before it in
// the sentence when that year is not the publication's or the one before or after.
TEST(Temporal, WeekdayOfLastOrNextWeekAndYearFromTheSentence) {
  std::string text =
      "The Commission spoke on Friday last week, and the presidency the following day. They meet "
      "Tuesday next week. Russia recognized them on August 26, 2008, two weeks after a ceasefire "
      "ended the war on August 12.";
  EXPECT_EQ(document_dates(text, CalendarDate::ymd(2002, 7, 19)),
            "Friday last week -> 2002-07-12; the following day -> 2002-07-13; Tuesday next week "
            "-> 2002-07-23; August 26, 2008 -> 2008-08-26; two weeks -> P2W; August 12 -> "
            "2008-08-12; ");
}

// "in March of that year": a month of the year the text last gave; a month whose year came from
// the publication date gives "that year" none.
TEST(Temporal, AMonthOfThatYear) {
  EXPECT_EQ(document_dates("Under the 1973 treaty, signed in Kabul in March of that year, water "
                           "flows. In May, talks resumed; later that year they failed.",
                           CalendarDate::ymd(2024, 5, 14)),
            "1973 -> 1973; March of that year -> 1973-03; May -> 2024-05; later that year -> "
            "1973; ");
}

// "the same month" is the month of the day or month last named; "that same year" the year of
// the last explicit date.
TEST(Temporal, TheSameMonthAndThatSameYear) {
  EXPECT_EQ(document_dates("Talks opened on March 3, 2020. Skopje joined the same month. Polls "
                           "were held in May 2019; the president resigned that same year.",
                           CalendarDate::ymd(2020, 11, 18)),
            "March 3, 2020 -> 2020-03-03; the same month -> 2020-03; May 2019 -> 2019-05; that "
            "same year -> 2019; ");
}

// The older spellings "to-day", "to-night" and "to-morrow" are today, tonight and tomorrow.
TEST(Temporal, OlderHyphenatedSpellingsOfTodayTonightTomorrow) {
  EXPECT_EQ(document_dates("Troops landed to-day. Cairo Radio said to-night that it objected. The "
                           "Council meets to-morrow.",
                           CalendarDate::ymd(1961, 7, 3)),
            "to-day -> 1961-07-03; to-night -> 1961-07-03; to-morrow -> 1961-07-04; ");
}

TEST(Temporal, AnaphoricAndFinancialPeriods) {
  EXPECT_EQ(dates_in("She fled in June 1998 and returned later that year."),
            "June 1998 -> 1998-06 | 1998-06; later that year -> 1998 | 1998");
  EXPECT_EQ(dates_in("Sales for the full year rose; for the week, the index fell."),
            "the full year -> 2022 | 2022; the week -> 2022-W07 | 2022-02-14/2022-02-20");
  EXPECT_EQ(dates_in("A hearing is set for the week of March 7."),
            "the week of March 7 -> 2022-W10 | 2022-03-07/2022-03-13");
  EXPECT_EQ(dates_in("We see challenges in the near term, not long term savings."),
            "the near term -> FUTURE_REF | -");
  EXPECT_EQ(dates_in("The disasters of this century."), "this century -> 20 | 2000/2099");
}

TEST(Temporal, ReportingYearEndedIsADuration) {
  EXPECT_EQ(dates_in("For the year ended Sept. 30, it earned $5 million; sales for the year rose.",
                     CalendarDate::ymd(1989, 11, 2)),
            "the year -> P1Y | -; Sept. 30 -> 1989-09-30 | 1989-09-30; the year -> 1989 | 1989");
}

TEST(Temporal, CommonWordsAreNotDates) {
  EXPECT_EQ(dates_in("Russia may march on; the 100,000 troops may stay."), "");
  EXPECT_EQ(dates_in("He said 2014 troops were there."), "");
}

TEST(Temporal, ProgrammeTitlesAreNoTimes) {
  EXPECT_EQ(dates_in("Baker, speaking on ABC News' \"This Week,\" said so. Gonzalez said on CBS's "
                     "''60 Minutes.'' This is VOA Today."),
            "");
  EXPECT_EQ(dates_in("He said ``Today is a sad day.''"), "Today -> 2022-02-14 | 2022-02-14");
}

TEST(Temporal, ParsesFullDates) {
  EXPECT_EQ(parse_full_date("2022-02-14"), CalendarDate::ymd(2022, 2, 14));
  EXPECT_EQ(parse_full_date("Monday, February 14, 2022 10:32 GMT"), CalendarDate::ymd(2022, 2, 14));
  EXPECT_EQ(parse_full_date("14 Feb 2022"), CalendarDate::ymd(2022, 2, 14));
  EXPECT_EQ(parse_full_date("14/2/2022"), CalendarDate::ymd(2022, 2, 14));
  EXPECT_EQ(parse_full_date("February 30, 2022"), std::nullopt);
  EXPECT_EQ(parse_full_date("Monday"), std::nullopt);
}

}  // namespace
}  // namespace dipline

// The tagger's word tables (first words of rule families, number words) are WordMaps.
TEST(WordMap, FindsEachWordsValueAndNoOtherWord) {
  std::unordered_map<std::string_view, int> m = {{"the", 1}, {"year", 2}, {"years", 3}, {"", 4}};
  dipline::detail::WordMap<int> map(m);
  for (auto [w, v] : m) {
    if (w.empty()) continue;
    ASSERT_NE(map.find(w), nullptr) << w;
    EXPECT_EQ(*map.find(w), v);
  }
  for (std::string_view w : {"", "th", "then", "yea", "yearss", "Year", "tHe"})
    EXPECT_EQ(map.find(w), nullptr) << w;
}

// The shadow sentence of the event matcher is written with copy_short.
TEST(CopyShort, CopiesEveryLengthAndNothingMore) {
  const std::string source = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (size_t n = 0; n <= source.size(); ++n) {
    std::string out(source.size() + 2, '#');
    char* end = dipline::detail::copy_short(out.data() + 1, std::string_view(source).substr(0, n));
    EXPECT_EQ(end, out.data() + 1 + n);
    EXPECT_EQ(out, "#" + source.substr(0, n) + std::string(source.size() + 1 - n, '#')) << n;
  }
}

// The word tests every stage makes against literals, compared inline; the same answers as
// std::string_view's own (a word shorter than the literal, the empty word, a view without data).
TEST(LiteralWords, EqualsStartsEndsAndOneOf) {
  using namespace dipline::detail;
  for (std::string_view w :
       {std::string_view(), std::string_view(""), std::string_view("a"), std::string_view("the"),
        std::string_view("them"), std::string_view("year's"), std::string_view("'s")}) {
    EXPECT_EQ(equals(w, "the"), w == std::string_view("the")) << w;
    EXPECT_EQ(equals(w, ""), w.empty()) << w;
    EXPECT_EQ(starts_with(w, "th"), w.starts_with(std::string_view("th"))) << w;
    EXPECT_EQ(ends_with(w, "'s"), w.ends_with(std::string_view("'s"))) << w;
    EXPECT_EQ(is_one_of(w, "a", "the", "an"), w == "a" || w == "the" || w == "an") << w;
    EXPECT_EQ(dipline::operator==(w, "them"), w.compare("them") == 0) << w;
  }
  EXPECT_EQ(concat({"the ", "Friday", " after ", "1998-02-13"}), "the Friday after 1998-02-13");
  EXPECT_EQ(concat({}), "");
}
