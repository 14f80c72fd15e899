#include "dipline/temporal.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "util.h"

namespace dipline {

using detail::concat;
using detail::ends_with;
using detail::is_one_of;
using detail::starts_with;

namespace greg = boost::gregorian;

std::string_view to_string(TimexType t) {
  switch (t) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

namespace {

// Nouns that follow a count, not a year: "1500 troops".
bool is_count_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "troops",   "soldiers", "people",        "men",        "women",      "workers",
      "jobs",     "shares",   "units",         "cars",       "tons",       "barrels",
      "cases",    "votes",    "members",       "employees",  "dollars",    "points",
      "miles",    "feet",     "meters",        "metres",     "acres",      "residents",
      "refugees", "children", "students",      "passengers", "pounds",     "copies",
      "planes",   "tanks",    "delegates",     "homes",      "houses",     "companies",
      "families", "seats",    "lives",         "deaths",     "dead",       "police",
      "officers", "marines",  "personnel",     "kilometers", "kilometres", "yards",
      "rounds",   "games",    "bags",          "sheep",      "cattle",     "head",
      "patients", "victims",  "demonstrators", "protesters", "prisoners",  "inmates",
      "ships",    "vehicles", "machines",      "stores",     "pages"};
  return kNouns.count(w) > 0;
}

// ---- words -----------------------------------------------------------------------------------

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> kOrdinalWords = {
    "first",   "second", "third", "fourth", "fifth",    "sixth",
    "seventh", "eighth", "ninth", "tenth",  "eleventh", "twelfth"};

int month_of(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (size_t i = 0; i < 12; ++i)
    if (w == kMonthNames[i] || w == kMonthAbbreviations[i]) return static_cast<int>(i) + 1;
  if (w == "sept") return 9;
  return 0;
}

// 0 = Sunday .. 6 = Saturday, as boost; -1 when not a weekday.
int weekday_of(std::string_view w) {
  for (size_t i = 0; i < 7; ++i)
    if (w == kWeekdayNames[i]) return static_cast<int>(i);
  return -1;
}

// Cardinal numbers in words: "three", "twenty", "dozen"; -1 for an unknown amount ("several",
// "a few", "many").
const std::unordered_map<std::string_view, double>& number_words() {
  static const std::unordered_map<std::string_view, double> kWords = [] {
    std::unordered_map<std::string_view, double> m;
    static constexpr std::array<std::string_view, 20> kSmall = {
        "zero",     "one",     "two",     "three",     "four",     "five",    "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::array<std::string_view, 8> kTens = {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (size_t i = 0; i < kSmall.size(); ++i) m.emplace(kSmall[i], static_cast<double>(i));
    for (size_t i = 0; i < kTens.size(); ++i) m.emplace(kTens[i], static_cast<double>(20 + 10 * i));
    for (auto a : {"a", "an"}) m.emplace(a, 1);
    m.emplace("dozen", 12);
    m.emplace("hundred", 100);
    for (auto x : {"several", "few", "many", "some", "numerous"}) m.emplace(x, -1);
    return m;
  }();
  return kWords;
}

// Cardinal numbers in words and digits: "three", "twenty-five", "12", "1,000". -1: unknown
// amount ("several", "a few", "many"), nullopt: not a number.
std::optional<double> number_word(std::string_view w) {
  if (w.empty()) return std::nullopt;
  if (w.front() < '0' || w.front() > '9') {
    // Words: one lookup.
    static const detail::WordMap<double> kWords(number_words());
    if (const double* v = kWords.find(w)) return *v;
    // "twenty-five"
    if (size_t dash = w.find('-'); dash != std::string_view::npos && dash + 1 < w.size()) {
      const double* tens = kWords.find(w.substr(0, dash));
      const double* unit = kWords.find(w.substr(dash + 1));
      if (tens && unit && *tens >= 20 && *tens <= 90 && static_cast<int>(*tens) % 10 == 0 &&
          *unit >= 1 && *unit <= 9)
        return *tens + *unit;
    }
    return std::nullopt;
  }
  // Digits, with thousands commas and one decimal point: "12", "1,000", "2.5".
  double v = 0, scale = 0;
  for (char c : w) {
    if (c == ',') continue;
    if (c == '.' && scale == 0) {
      scale = 1;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (scale > 0) {
      scale /= 10;
      v += (c - '0') * scale;
    } else {
      v = v * 10 + (c - '0');
    }
  }
  return v;
}

int ordinal_of(std::string_view w) {
  for (size_t i = 0; i < kOrdinalWords.size(); ++i)
    if (w == kOrdinalWords[i]) return static_cast<int>(i) + 1;
  if (w == "1st") return 1;
  if (w == "2nd") return 2;
  if (w == "3rd") return 3;
  if (w == "4th") return 4;
  return 0;
}

// "14", "14th", "1st" -> 14, 1
std::optional<int> day_number(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return std::nullopt;
  std::string_view suffix = w.substr(n);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
    return std::nullopt;
  int d = 0;
  std::from_chars(w.data(), w.data() + n, d);
  if (d < 1 || d > 31) return std::nullopt;
  return d;
}

// Years in words: "nineteen ninety-six", "two thousand", "two thousand one". Returns the year
// and how many words it took.
std::optional<std::pair<int, size_t>> spelled_year(std::string_view a, std::string_view b,
                                                   std::string_view c) {
  auto n = [](std::string_view w) -> int {
    auto v = number_word(w);
    return v && *v >= 0 ? static_cast<int>(*v) : -1;
  };
  if (a == "two" && b == "thousand") {
    int u = n(c);
    if (u >= 1 && u <= 99 && c != "a" && c != "an") return std::pair(2000 + u, size_t{3});
    return std::pair(2000, size_t{2});
  }
  int century = n(a), rest = n(b);
  if (century >= 11 && century <= 20 && rest >= 10 && rest <= 99 && b != "a")
    return std::pair(century * 100 + rest, size_t{2});
  return std::nullopt;
}

std::optional<int> year_number(std::string_view w) {
  if (w.size() != 4 ||
      !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int y = 0;
  std::from_chars(w.data(), w.data() + 4, y);
  return y;
}

// Duration units: the TIMEX3 letter, whether it is a time unit (PT...), and a factor.
struct Unit {
  char letter;
  bool time;
  int factor;  // decade = 10 years, century = 100 years
};

std::optional<Unit> unit_of(std::string_view w) {
  if (ends_with(w, "s") && w != "s") w.remove_suffix(1);
  if (w == "centurie") w = "century";
  if (w == "second") return Unit{'S', true, 1};
  if (w == "minute") return Unit{'M', true, 1};
  if (w == "hour") return Unit{'H', true, 1};
  if (w == "day") return Unit{'D', false, 1};
  if (w == "night") return Unit{'D', false, 1};
  if (w == "week") return Unit{'W', false, 1};
  if (w == "month") return Unit{'M', false, 1};
  if (w == "quarter") return Unit{'M', false, 3};  // TimeBank writes quarters as months
  if (w == "year") return Unit{'Y', false, 1};
  if (w == "decade") return Unit{'Y', false, 10};
  if (w == "century") return Unit{'Y', false, 100};
  return std::nullopt;
}

std::string duration_value(double n, Unit u) {
  std::string amount;
  if (n < 0) {
    amount = "X";
  } else {
    double v = n * u.factor;
    // A fraction goes into the next smaller unit: "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M.
    struct Smaller {
      char letter;
      bool time;
      int per;
    };
    std::optional<Smaller> sub;
    if (u.letter == 'Y') sub = Smaller{'M', false, 12};
    if (u.letter == 'D' && !u.time) sub = Smaller{'H', true, 24};
    if (u.letter == 'H') sub = Smaller{'M', true, 60};
    if (u.letter == 'M' && u.time) sub = Smaller{'S', true, 60};
    double whole = std::floor(v), part = sub ? (v - whole) * sub->per : 0;
    if (v != whole && sub && part == std::floor(part)) {
      std::string out = u.time ? "PT" : "P";
      if (whole > 0) out += fmt::format("{}{}", static_cast<long long>(whole), u.letter);
      if (sub->time && !u.time) out += "T";
      return out + fmt::format("{}{}", static_cast<long long>(part), sub->letter);
    }
    amount =
        v == std::floor(v) ? fmt::format("{}", static_cast<long long>(v)) : fmt::format("{}", v);
  }
  if (n < 0 && u.factor == 10) return "P" + std::string("XY");  // decades of unknown count
  return std::string(u.time ? "PT" : "P") + amount + u.letter;
}

// ---- calendar --------------------------------------------------------------------------------

greg::date to_greg(const CalendarDate& d) {
  return greg::date(static_cast<unsigned short>(d.year), static_cast<unsigned short>(d.month),
                    static_cast<unsigned short>(d.day));
}

CalendarDate from_greg(const greg::date& d) {
  return CalendarDate{static_cast<int>(d.year()), static_cast<int>(d.month().as_number()),
                      static_cast<int>(d.day().as_number())};
}

std::string day_value(const greg::date& d) { return to_string(from_greg(d)); }

// A year as a value, what fmt::format("{:04}", y) gives: written by hand (to_string of a date)
// for the years 0..9999, as every year and quarter the tagger finds is.
std::string year_value(int y) { return to_string(CalendarDate{y, 0, 0}); }

// ISO 8601 week "2022-W06" of a day.
std::string iso_week(const greg::date& d) {
  int dow = (d.day_of_week().as_number() + 6) % 7;  // Monday = 0
  greg::date thursday = d + greg::days(3 - dow);
  return fmt::format("{:04}-W{:02}", static_cast<int>(thursday.year()), d.week_number());
}

greg::date monday_of(const greg::date& d) {
  int dow = (d.day_of_week().as_number() + 6) % 7;
  return d - greg::days(dow);
}

Edtf quarter_span(int year, int q) {
  return Edtf::range(CalendarDate{year, 3 * q - 2, 0}, CalendarDate{year, 3 * q, 0});
}

using detail::WordSet;

// ---- tense -----------------------------------------------------------------------------------

enum class Tense { kPast, kFuture, kUnknown };

// The tense classes of a word, one bit each: every set that tense_word and tense_of test a word
// against, in one table, so that a word is looked up once (most words are in none of them).
enum TenseClass : unsigned {
  kFutureWord = 1U << 0,
  kPostponedWord = 1U << 1,
  kIntentionWord = 1U << 2,
  kPastWord = 1U << 3,
  kUnPastWord = 1U << 4,
  kEedPastWord = 1U << 5,
  kEdNotPastWord = 1U << 6,
  kScheduleWord = 1U << 7,
};

unsigned tense_classes(std::string_view w) {
  static const detail::WordMap<unsigned> kClasses([] {
    std::unordered_map<std::string_view, unsigned> m;
    auto add = [&m](std::initializer_list<std::string_view> words, unsigned c) {
      for (auto x : words) m[x] |= c;
    };
    add({"will", "shall", "'ll", "upcoming", "tomorrow", "next", "wo", "would", "scheduled", "soon",
         "planning", "slated"},
        kFutureWord);
    add({"postponed", "delayed", "adjourned", "deferred", "extended"}, kPostponedWord);
    add({"due", "expected", "scheduled", "plans", "plan", "planning", "set", "going", "intends",
         "intend", "hopes", "hope", "expects", "expect", "aims", "aim", "wants", "want", "ready"},
        kIntentionWord);
    add({"said", "told", "was", "were", "had", "did", "ago", "last", "spoke", "met", "held", "made",
         "took", "gave", "began", "came", "went", "sent", "saw", "wrote", "won", "lost", "left",
         "fell", "rose", "struck", "agreed", "since", "earlier", "grew", "paid", "sold", "bought",
         "ended", "reported", "posted",
         // Irregular past tenses that are no participle or adjective ("talks broke down in
         // May"; not "frozen assets", "the fallen", "prisoners caught in the fighting").
         "broke", "threw", "drove", "flew", "withdrew", "chose", "shook", "knew", "overthrew",
         "undertook", "oversaw", "swore", "tore", "sank", "arose", "stole", "drew", "blew",
         "became", "forgot"},
        kPastWord);
    add({"unveiled", "unleashed", "unfolded", "unraveled", "united", "unloaded", "unlocked",
         "unearthed", "unsealed", "unseated", "unnerved"},
        kUnPastWord);
    add({"agreed", "freed", "decreed", "guaranteed", "disagreed"}, kEedPastWord);
    add({"hundred", "kindred", "sacred", "naked", "wicked", "rugged", "beloved"}, kEdNotPastWord);
    add({"meet",   "meets",  "resume",  "resumes", "convene", "convenes", "begin",
         "begins", "arrive", "arrives", "depart",  "departs", "flies",    "travels",
         "opens",  "starts", "ends",    "closes",  "reopens", "leaves",   "sails"},
        kScheduleWord);
    return m;
  }());
  const unsigned* c = kClasses.find(w);
  return c ? *c : 0;
}

// The tense a word marks, from its classes `c` (tense_classes of t.lower).
Tense tense_word(const Token& t, const Token* next, unsigned c) {
  std::string_view w = t.lower;
  if (w == "next" && next && next->lower == "to") return Tense::kUnknown;  // "next to the embassy"
  // "as soon as Tuesday". A plan or a postponement points ahead: "planning a rally Saturday",
  // "the slated visit", "postponed until Tuesday morning". ("planned" does not: "the service
  // planned for Saturday was canceled".)
  if (c & kFutureWord) return Tense::kFuture;
  // A possibility points ahead: "could meet in Asuncion in June", "may vote on Friday" (not
  // "could have met", "could not reach him", "might not").
  if (is_one_of(w, "could", "may", "might") && !t.capitalized && next &&
      next->kind == TokenKind::kWord &&
      !is_one_of(next->lower, "have", "not", "n't", "never", "hardly", "only", "well", "also"))
    return Tense::kFuture;
  if (next && (next->lower == "until" || next->lower == "till") && (c & kPostponedWord))
    return Tense::kFuture;
  if (w == "early" && next && next->lower == "as") return Tense::kFuture;  // "as early as"
  // "is to resume", "are to meet in Suva in July"
  if ((w == "is" || w == "are") && next && next->lower == "to") return Tense::kFuture;
  if (w == "due" && !(next && next->lower == "to")) return Tense::kFuture;  // "due at 10 a.m."
  // "is due to", "plans to", "is set to", "is expected to", "is scheduled for"
  if (next && (next->lower == "to" || next->lower == "for") && (c & kIntentionWord))
    return Tense::kFuture;
  if (c & kPastWord) return Tense::kPast;
  // A past participle or past tense in "-ed"; not names ("United States", "Mohammed"), "-eed"
  // verbs ("will succeed", "proceed", "need"), "hundred", nor adjectives in "un-" ("a still
  // unspecified date", "unidentified officials").
  if (t.kind == TokenKind::kWord && !t.capitalized && w.size() > 4 && ends_with(w, "ed") &&
      !(starts_with(w, "un") && !starts_with(w, "under") && !(c & kUnPastWord)) &&
      !(ends_with(w, "eed") && !(c & kEedPastWord)) && !(c & kEdNotPastWord))
    return Tense::kPast;
  return Tense::kUnknown;
}

bool clause_break(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  std::string_view s = text.substr(t.begin, t.end - t.begin);
  return s == ";" || s == "\u2014" || s == ":" || is_quote(text, t);
}

// A marker for the tense at token k (the word before it decides "will be paid": a participle after
// "be" is passive and carries no tense).
Tense tense_of(const Tokens& toks, size_t first, size_t last, size_t k) {
  const unsigned c = tense_classes(toks[k].lower);
  Tense x = tense_word(toks[k], k + 1 < last ? &toks[k + 1] : nullptr, c);
  if (x == Tense::kPast && k > first && toks[k - 1].lower == "be") return Tense::kUnknown;
  // ("signed an action plan for a strategic partnership during a visit in February": a
  // document, no intention.)
  if (x == Tense::kFuture && is_one_of(toks[k].lower, "plan", "plans") && k > first &&
      toks[k - 1].lower == "action")
    return Tense::kUnknown;
  // (A possibility reported with a time of its own before the report looks ahead from then,
  // not from the publication: "In January, officials said the EU could impose new sanctions
  // on Iran in February".)
  if (x == Tense::kFuture && is_one_of(toks[k].lower, "could", "may", "might"))
    for (size_t j = k; j > first && k - j < 14; --j)
      if (is_one_of(toks[j - 1].lower, "said", "told", "added", "announced", "stated", "reported",
                    "suggested", "wrote")) {
        for (size_t i = first; i + 1 < j; ++i)
          if (is_one_of(toks[i].lower, "year", "month") ||
              std::find(kMonthNames.begin(), kMonthNames.end(), toks[i].lower) != kMonthNames.end())
            return Tense::kUnknown;
        break;
      }
  // "As early as Sunday morning the President asked": opening the sentence, "as early as" tells
  // no tense; the verb after the date does.
  // (But "As early as Monday, the EU could impose sanctions": a modal or a plan after it is
  // ahead.)
  if (x == Tense::kFuture && toks[k].lower == "early" && k == first + 1 &&
      toks[first].lower == "as") {
    for (size_t j = k + 2; j < last && j < k + 14; ++j) {
      if (is_one_of(toks[j].lower, "will", "would", "could", "might", "may", "can", "should",
                    "must", "shall", "'ll", "set", "due", "expected", "plans", "planned", "intends",
                    "hopes", "is", "are"))
        return Tense::kFuture;
      if (tense_word(toks[j], j + 1 < last ? &toks[j + 1] : nullptr,
                     tense_classes(toks[j].lower)) == Tense::kPast)
        return Tense::kUnknown;
    }
    return Tense::kFuture;
  }
  // A verb of meeting, starting or travelling in the simple present is a schedule: "Arafat and
  // Netanyahu meet separately Monday", "talks resume Tuesday", "Pompeo flies to Seoul on
  // Wednesday"; not after "to" or "not" ("failed to meet"), nor a noun ("during his travels").
  static const WordSet kNoSchedule = {"to",  "not", "n't",    "did",  "never", "could", "might",
                                      "may", "can", "should", "must", "his",   "her",   "their",
                                      "its", "the", "our",    "my",   "your"};
  if (c & kScheduleWord)
    return k > first && kNoSchedule.contains(toks[k - 1].lower) ? Tense::kUnknown : Tense::kFuture;
  // "is expected in Kampala on Monday" (not "was expected in Ankara on Monday").
  if (toks[k].lower == "expected" && k + 1 < last &&
      is_one_of(toks[k + 1].lower, "in", "at", "back", "home") && k > first &&
      is_one_of(toks[k - 1].lower, "is", "are", "'s", "be"))
    return Tense::kFuture;
  // A plan in the past perfect is past: "had been scheduled to expire at midnight Friday",
  // "despite having been expected in Moscow on May 9".
  if (x == Tense::kFuture && k >= first + 2 && toks[k - 1].lower == "been" &&
      is_one_of(toks[k - 2].lower, "had", "having"))
    return Tense::kPast;
  return x;
}

// A verb that reports what was said ("the ministry said"): its tense is the report's.
bool report_verb(std::string_view w) {
  return is_one_of(w, "said", "says", "told", "added", "reported", "announced", "stated",
                   "confirmed");
}

// The tense governing a time expression at tokens [b, e): the nearest marker to its left within
// the clause, else to its right, else a future marker farther left in the clause ("will almost
// double its flights between Australia and India by August").
Tense tense_at(std::string_view text, const Tokens& toks, size_t first, size_t last, size_t b,
               size_t e) {
  size_t k = b;
  bool clause_start = false;
  // ("Diplomats expect the Council to meet on Monday", "wants Rusk to visit Moscow on Friday":
  // what someone expects another to do, an infinitive after its object, is ahead.)
  bool infinitive = false;
  for (size_t n = 0; k > first && n < 8; --k, ++n) {
    if (k < b && toks[k - 1].lower == "to" && toks[k].kind == TokenKind::kWord &&
        !toks[k].capitalized)
      infinitive = true;
    if (infinitive && is_one_of(toks[k - 1].lower, "expect", "expects", "want", "wants"))
      return Tense::kFuture;
    // (A short quoted phrase with no verb of its own is passed over: 'called the bombing
    // "deplorable" on Friday but would not be drawn' is past.)
    if (is_quote(text, toks[k - 1]) && k - 1 > first + 1) {
      size_t open = 0;
      bool verb = false;
      for (size_t m = k - 1, d = 0; m > first + 1 && d < 6 && !verb && !open; --m, ++d) {
        if (is_quote(text, toks[m - 1]))
          open = m - 1;
        else
          verb = tense_of(toks, first, last, m - 1) != Tense::kUnknown;
      }
      if (open && !verb && toks[open - 1].kind == TokenKind::kWord) {
        k = open + 1;  // (the loop steps to the word before the opening quote)
        continue;
      }
    }
    if (clause_break(text, toks[k - 1])) {
      clause_start = true;
      break;
    }
    if (Tense x = tense_of(toks, first, last, k - 1); x != Tense::kUnknown) return x;
  }
  // (Past a comma, the verb of an attribution that ends the sentence is the report's, not the
  // act's: "is due to fly them home from Minsk on Thursday, the ministry said.")
  bool comma = false;
  for (size_t j = e, n = 0; j < last && n < 6; ++j, ++n) {
    if (clause_break(text, toks[j])) break;
    // (Nor past the "that" of what was said: "warned him in a telephone conversation on
    // Wednesday that a veto would have consequences"; a relative "that" with its verb right
    // after it is the time's own clause: "a visit on Friday that will focus on migration".)
    if (toks[j].lower == "that" &&
        !(j + 1 < last &&
          is_one_of(toks[j + 1].lower, "will", "would", "is", "are", "was", "were", "has", "have",
                    "had", "could", "can", "may", "might", "should", "must", "shall")))
      break;
    comma = comma || toks[j].lower == ",";
    // (Not the sentence's own verb: "speaking in Tehran on Monday, said his country would".)
    if (comma && toks[j - 1].lower != "," &&
        (j + 1 == last || toks[j + 1].kind == TokenKind::kPunct) && report_verb(toks[j].lower))
      continue;
    if (Tense x = tense_of(toks, first, last, j); x != Tense::kUnknown) return x;
  }
  // (A past verb before it is nearer: "Kasuri, who is due to visit Beijing next month, spoke to
  // his Chinese counterpart Yang Jiechi by telephone on Sunday night".)
  // (Not the verb of a report set off before it: "Putin will visit Pyongyang, the Kremlin said,
  // and sign a partnership treaty ... on Wednesday".)
  for (; !clause_start && k > first && !clause_break(text, toks[k - 1]); --k)
    if (Tense x = tense_of(toks, first, last, k - 1);
        x != Tense::kUnknown && !(x == Tense::kPast && report_verb(toks[k - 1].lower)))
      return x == Tense::kFuture ? x : Tense::kUnknown;
  return Tense::kUnknown;
}

// ---- matcher ---------------------------------------------------------------------------------

struct Match {
  size_t first = 0, last = 0;  // token range
  TimexType type = TimexType::kDate;
  std::string value;
  std::optional<Edtf> date;
  std::string anchor;
};

// The anchor of a date whose year the text left out and the publication date gave ("in March",
// "on May 8"), and the test for it: such a year is no year the text named ("that year").
constexpr std::string_view kYearFromPublication = " from the publication date";
std::string year_from_publication(int y) {
  return concat({"year ", std::to_string(y), kYearFromPublication});
}
bool year_from_publication(std::string_view anchor) {
  return anchor.starts_with("year ") && anchor.ends_with(kYearFromPublication);
}

}  // namespace

/// What earlier sentences of a document said, for expressions that refer back to it
/// ("a year earlier" after "the third quarter", "the next day" after a dated sentence).
struct TemporalState {
  std::optional<std::pair<int, int>> quarter;  ///< last (year, quarter) mentioned
  std::optional<CalendarDate> day;             ///< last day mentioned
  std::optional<int> year;                     ///< year of the last explicit date ("that year")
  std::optional<std::pair<int, int>> month;    ///< (year, month) of the last dated day or month
};

namespace {

class Matcher {
 public:
  /// A Matcher of the tokens [first, last), whose first temporal word is `first_temporal`
  /// (first_temporal_word: a sentence without one needs no Matcher).
  Matcher(std::string_view text, const Tokens& toks, size_t first, size_t last,
          size_t first_temporal, const DateContext& ctx, TemporalState& state)
      : text_(text),
        toks_(toks),
        tok_(toks.begin()),
        first_(first),
        last_(last),
        ctx_(ctx),
        dct_ok_(ctx.published.year > 1400 && ctx.published.year < 9999),
        dct_(dct_ok_ ? to_greg(ctx.published) : greg::date(2000, 1, 1)),
        state_(state),
        size_(last - first),
        next_temporal_(first_temporal) {}

  /// The first temporal word of the tokens [first, last) (is_temporal_word); last when there is
  /// none: no expression can start in them. (No table of the words is made: the Matcher reads
  /// them off the tokens, only where an expression may start.)
  static size_t first_temporal_word(const Tokens& toks, size_t first, size_t last) {
    const Token* t = toks.begin();
    while (first < last && !temporal_word(t[first])) ++first;
    return first;
  }

  /// The first token at or after i where an expression can start: an expression has a temporal
  /// word within its first six tokens, so most tokens of news text are skipped at once. last_
  /// when no temporal word follows.
  size_t next_start(size_t i) {
    if (next_temporal_ < i) next_temporal_ = next_temporal_word(i);
    if (next_temporal_ >= last_) return last_;
    return std::max(i, next_temporal_ >= 5 ? next_temporal_ - 5 : 0);
  }

  /// The expression that starts at token i, a start that next_start gave.
  std::optional<Match> at(size_t i) {
    // No temporal word lies between the token the scan for next_temporal_ began at and
    // next_temporal_, and i lies in that range: token i is a temporal word if and only if it is
    // next_temporal_ (not tested again).
    assert(i <= next_temporal_ && is_temporal_word(i) == (i == next_temporal_));
    if (i != next_temporal_ && !can_start(i)) return std::nullopt;
    static const WordSet kApproximately = {"about",  "around",  "nearly",
                                           "almost", "roughly", "approximately"};
    // Modifiers that TimeBank keeps in the extent: "the end of 1990", "mid-1996", "more than 20
    // years", "nearly four years ago", "nearly two years", "early next year", "late November",
    // "early Tuesday", "late yesterday". Otherwise ("about five hours", "early 1990") the
    // modifier stays outside.
    std::string_view a = w(i);
    size_t k = i;
    enum { kNone, kPart, kQuantity, kApprox, kEarlyLate } kind = kNone;
    if (a == "the" && is_one_of(w(i + 1), "end", "beginning", "middle", "start") &&
        w(i + 2) == "of") {
      kind = kPart;
      k = i + 3;
    } else if (a == "mid" && punct(i + 1, "-")) {
      kind = kPart;
      k = i + 2;
    } else if (((a == "more" || a == "less" || a == "fewer") && w(i + 1) == "than") ||
               (a == "at" && (w(i + 1) == "least" || w(i + 1) == "most")) ||
               (a == "up" && w(i + 1) == "to")) {
      kind = kQuantity;
      k = i + 2;
    } else if (kApproximately.contains(a)) {
      kind = kApprox;
      k = i + 1;
    } else if (a == "early" || a == "late") {
      kind = kEarlyLate;
      k = i + 1;
    }
    if (kind != kNone) {
      if (auto m = core(k)) {
        bool keep = kind == kPart       ? m->type == TimexType::kDate
                    : kind == kQuantity ? m->type == TimexType::kDuration
                    : kind == kApprox
                        ? w(m->last - 1) == "ago" ||
                              (a == "nearly" && m->type == TimexType::kDuration) ||
                              (a == "around" && year_end(k))
                        : is_one_of(w(k), "next", "this", "last") || month_of(w(k)) > 0 ||
                              weekday_of(w(k)) >= 0 || is_one_of(w(k), "yesterday", "today");
        if (keep) {
          m->first = i;
          return m;
        }
        return std::nullopt;  // the core is found when the scan reaches it
      }
    }
    auto m = core(i);
    if (m && programme_title(*m)) return std::nullopt;
    return m;
  }

 private:
  // The title of a broadcast programme, not a time: Title Case in quotes after a possessive
  // ("ABC News' "This Week,"", "CBS's ''60 Minutes''") or glued to an acronym ("This is VOA
  // Today.").
  bool programme_title(const Match& m) const {
    if (m.first <= first_ + 1) return false;
    for (size_t k = m.first; k < m.last; ++k)
      if (!capitalized(k) && toks_[k].kind != TokenKind::kNumber) return false;
    size_t q = m.first - 1;
    if (toks_[q].kind == TokenKind::kPunct && is_quote(text_, toks_[q])) {
      size_t p = q >= first_ + 2 ? q - 2 : q - 1;  // "News' ": the apostrophe may be a token
      std::string_view before = text_.substr(toks_[p].begin, toks_[q].begin - toks_[p].begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      return ends_with(before, "'s") || ends_with(before, "s'") || ends_with(before, "\u2019s");
    }
    if (m.last - m.first != 1 || w(m.first) != "today") return false;
    std::string_view prev = text_.substr(toks_[q].begin, toks_[q].end - toks_[q].begin);
    return prev.size() >= 2 &&
           std::all_of(prev.begin(), prev.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // The first temporal word at or after i; last_ when there is none.
  size_t next_temporal_word(size_t i) const {
    while (i < last_ && !temporal_word(tok_[i])) ++i;
    return i;
  }

  // Whether an expression can begin with token i, which is no temporal word: a word that leads
  // into one ("the", "last", "early", "about", "two", ...). Rejects most words at once.
  bool can_start(size_t i) const {
    static const WordSet kLeads = {"the",          "a",
                                   "an",           "this",
                                   "last",         "next",
                                   "past",         "early",
                                   "late",         "mid",
                                   "about",        "around",
                                   "nearly",       "almost",
                                   "roughly",      "approximately",
                                   "more",         "less",
                                   "fewer",        "at",
                                   "up",           "that",
                                   "its",          "their",
                                   "his",          "her",
                                   "these",        "later",
                                   "earlier",      "both",
                                   "some",         "several",
                                   "few",          "many",
                                   "couple",       "half",
                                   "one",          "two",
                                   "three",        "four",
                                   "five",         "six",
                                   "seven",        "eight",
                                   "nine",         "ten",
                                   "eleven",       "twelve",
                                   "thirteen",     "fourteen",
                                   "fifteen",      "sixteen",
                                   "seventeen",    "eighteen",
                                   "nineteen",     "twenty",
                                   "thirty",       "forty",
                                   "fifty",        "sixty",
                                   "seventy",      "eighty",
                                   "ninety",       "dozen",
                                   "hundred",      "nineteen",
                                   "first",        "second",
                                   "third",        "fourth",
                                   "latest",       "coming",
                                   "following",    "previous",
                                   "same",         "comparable",
                                   "most",         "prior",
                                   "fiscal",       "every",
                                   "each",         "per",
                                   "thanksgiving", "christmas",
                                   "new",          "independence",
                                   "halloween",    "tonight",
                                   "today",        "yesterday",
                                   "tomorrow",     "now",
                                   "currently",    "current",
                                   "recent",       "recently",
                                   "lately",       "nowadays",
                                   "future",       "noon",
                                   "midnight",     "midday",
                                   "year-ago",     "year-earlier"};
    std::string_view a = w(i);
    if (kLeads.contains(a)) return true;
    // "twenty-five", "third-quarter", "two-year", "mid-November"
    if (toks_[i].hyphenated) return kLeads.contains(a.substr(0, a.find('-')));
    return false;
  }

  // Whether token i is a number or a word that can be the head of a temporal expression.
  bool is_temporal_word(size_t i) const { return temporal_word(tok_[i]); }

  // Whether a token, as its word (its possessive cut), is a number or a temporal word, or a
  // hyphenated word with one: "mid-November", "two-year", "third-quarter". Most words are
  // rejected by kTemporalWords' word filter, without hashing.
  static bool temporal_word(const Token& t) {
    // The kind, paragraph_before, hyphenated and possessive, read as one 32-bit word: a word
    // neither hyphenated nor possessive (most tokens) is told in one compare.
    static_assert(offsetof(Token, paragraph_before) == offsetof(Token, kind) + 1 &&
                  offsetof(Token, hyphenated) == offsetof(Token, kind) + 2 &&
                  offsetof(Token, possessive) == offsetof(Token, kind) + 3 &&
                  static_cast<int>(TokenKind::kWord) == 0 &&
                  std::endian::native == std::endian::little);
    uint32_t head;
    std::memcpy(&head, &t.kind, sizeof head);
    if (t.lower.empty()) __builtin_unreachable();  // (a token never is: no test for it)
    if ((head & 0xFFFF00FF) == 0) return kTemporalWords.contains(t.lower);
    if (t.kind != TokenKind::kWord) return t.kind == TokenKind::kNumber;
    return temporal_word_slow(t);
  }

  [[gnu::noinline]] static bool temporal_word_slow(const Token& t) {
    std::string_view a = word_of(t);
    if (kTemporalWords.contains(a)) return true;
    if (t.hyphenated) {
      size_t dash = a.find('-');
      std::string_view head = a.substr(0, dash), tail = a.substr(dash + 1);
      return kTemporalWords.contains(head) || kTemporalWords.contains(tail) ||
             (tail.size() > 5 && kTemporalWords.contains(tail.substr(0, tail.find('-'))));
    }
    return false;
  }

  // Every word that can be the head of a temporal expression; modifiers ("the", "early",
  // "about") are reached from them.
  static inline const WordSet kTemporalWords = {
      "january",      "february",  "march",        "april",    "may",          "june",
      "july",         "august",    "september",    "october",  "november",     "december",
      "jan.",         "feb.",      "mar.",         "apr.",     "jun.",         "jul.",
      "aug.",         "sep.",      "sept.",        "oct.",     "nov.",         "dec.",
      "jan",          "feb",       "apr",          "jun",      "jul",          "aug",
      "sept",         "oct",       "nov",          "dec",      "monday",       "tuesday",
      "wednesday",    "thursday",  "friday",       "saturday", "sunday",       "second",
      "seconds",      "minute",    "minutes",      "hour",     "hours",        "day",
      "days",         "night",     "nights",       "week",     "weeks",        "weekend",
      "month",        "months",    "quarter",      "quarters", "half",         "year",
      "years",        "decade",    "decades",      "century",  "centuries",    "today",
      "yesterday",    "tomorrow",  "tonight",      "now",      "currently",    "current",
      "nowadays",     "recent",    "recently",     "lately",   "past",         "future",
      "present",      "daily",     "weekly",       "monthly",  "annually",     "yearly",
      "ago",          "earlier",   "spring",       "summer",   "fall",         "autumn",
      "winter",       "morning",   "afternoon",    "evening",  "noon",         "midnight",
      "midday",       "christmas", "thanksgiving", "new",      "independence", "halloween",
      "fiscal",       "period",    "every",        "each",     "per",          "year-ago",
      "year-earlier", "these",     "mid",          "coming",   "nineteen",     "term",
      "to-day",       "to-night",  "to-morrow"};

  // --- token access
  // A token's word without its possessive ending: "year's" -> "year".
  [[gnu::always_inline]] static std::string_view word_of(const Token& t) {
    return std::string_view(t.lower.data(), t.lower.size() - t.possessive);
  }
  [[gnu::always_inline]] std::string_view w(size_t i) const {
    size_t k = i - first_;  // wraps around below first_
    return k < size_ ? word_of(tok_[i]) : std::string_view();
  }
  [[gnu::always_inline]] bool is(size_t i, std::string_view s) const { return w(i) == s; }
  template <size_t N>  // a literal: compared inline (detail::equals)
  [[gnu::always_inline]] bool is(size_t i, const char (&s)[N]) const {
    return w(i) == s;
  }
  bool punct(size_t i, std::string_view s) const {
    return i < last_ && toks_[i].kind == TokenKind::kPunct &&
           text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin) == s;
  }
  bool capitalized(size_t i) const { return i < last_ && toks_[i].capitalized; }
  Tense tense(size_t b, size_t e) const { return tense_at(text_, toks_, first_, last_, b, e); }
  const std::string& dct_str() const {
    if (dct_text_.empty()) dct_text_ = to_string(ctx_.published);
    return dct_text_;
  }

  Match day_match(size_t b, size_t e, const greg::date& d, std::string anchor) const {
    return Match{
        b, e, TimexType::kDate, day_value(d), Edtf::point(from_greg(d)), std::move(anchor)};
  }
  Match year_match(size_t b, size_t e, int y, std::string anchor) const {
    return Match{b,
                 e,
                 TimexType::kDate,
                 year_value(y),
                 Edtf::point(CalendarDate{y, 0, 0}),
                 std::move(anchor)};
  }
  Match month_match(size_t b, size_t e, int y, int m, std::string anchor) const {
    CalendarDate d{y, m, 0};
    return Match{b, e, TimexType::kDate, to_string(d), Edtf::point(d), std::move(anchor)};
  }
  Match ref(size_t b, size_t e, std::string_view value) const {
    std::optional<Edtf> date;
    if (value == "PRESENT_REF") date = Edtf::point(ctx_.published);
    if (value == "PAST_REF") date = Edtf::on_or_before(ctx_.published);
    return Match{
        b, e, TimexType::kDate, std::string(value), date, "relative to the publication date"};
  }

  // "Monday night" -> TIME 2022-02-14TNI.
  void part_of_day(Match& m) const {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kParts = {
        {{"morning", "MO"},
         {"afternoon", "AF"},
         {"evening", "EV"},
         {"night", "NI"},
         {"overnight", "NI"}}};
    for (auto [word, code] : kParts) {
      if (is(m.last, word)) {
        m.value += "T" + std::string(code);
        m.type = TimexType::kTime;
        ++m.last;
        return;
      }
    }
  }

  // Whether the date at token i is the object of "on" or "in" right after a verb in the past
  // ("erupted on January 1", "was signed in March"): then the day is no later than the
  // publication, which the nearest-verb tense alone cannot promise (see below).
  // Also past a name the verb takes ("visited Rangoon in June", "met Jiang Zemin in March",
  // "toured the United States in May").
  bool right_after_past_verb(size_t i) const {
    if (i < first_ + 2 || !is_one_of(w(i - 1), "on", "in")) return false;
    size_t k = i - 2;
    for (size_t n = 0;
         n < 5 && k > first_ && toks_[k].kind == TokenKind::kWord && toks_[k].capitalized; ++n)
      --k;
    if (k < i - 2 && k > first_ && w(k) == "the") --k;
    // Past the particle of a phrasal verb: "talks broke down in May", "fighting flared up in
    // June", "they pulled out in March".
    if (k == i - 2 && k > first_ && is_one_of(w(k), "down", "off", "up", "out", "back", "away"))
      --k;
    // (Not a verb that looks ahead: "expected Than Shwe in June", "invited Putin in June".)
    if (k < i - 2 && is_one_of(w(k), "expected", "invited", "asked", "urged", "scheduled",
                               "planned", "proposed", "offered", "wanted", "called", "told",
                               "advised", "encouraged", "allowed", "awaited"))
      return false;
    if (tense_of(toks_, first_, last_, k) != Tense::kPast) return false;
    return !(k >= first_ + 1 && is_one_of(w(k - 1), "is", "are", "be", "will", "to", "would"));
  }

  // The year of a day written without one at token i, when the sentence wrote a year in full
  // before it, in a clause of its own ("landed in 1982, and retook the islands on 14 June"; not
  // "the deal they signed in 2011 expired on September 14"): only a year two or more away from
  // the publication's (nearer ones the tense decides).
  std::optional<int> year_before(size_t i) const {
    // A day named in full before it in the sentence, two or more years from the publication's:
    // "recognized them on August 26, 2008, two weeks after a ceasefire ended the war on August 12".
    if (sentence_day_ && std::abs(sentence_day_->year - ctx_.published.year) >= 2)
      return sentence_day_->year;
    if (!sentence_year_ || std::abs(sentence_year_->first - ctx_.published.year) <= 1)
      return std::nullopt;
    // (A clause of its own begins with ", and" or ";": not "Putin, who came to power in 2000,
    // met Xi on May 8".)
    for (size_t k = sentence_year_->second; k + 1 < i; ++k)
      if ((punct(k, ",") && w(k + 1) == "and") || punct(k, ";")) return sentence_year_->first;
    return std::nullopt;
  }

  // The year of day `day` of month `m` written without one at tokens [i, j), and what gave it.
  std::pair<int, std::string> year_of_day(size_t i, size_t j, int m, int day) const {
    if (auto y = year_before(i))
      return {*y, concat({"year ", std::to_string(*y), " from earlier in the sentence"})};
    int y = infer_year_for_day(m, day, tense(i, j), right_after_past_verb(i));
    return {y, year_from_publication(y)};
  }

  int infer_year_for_day(int month, int day, Tense t, bool done = false) const {
    int best = ctx_.published.year;
    long best_dist = -1;
    for (int y = ctx_.published.year - 1; y <= ctx_.published.year + 1; ++y) {
      if (day > days_in_month(y, month)) continue;
      long dist = (to_greg(CalendarDate{y, month, day}) - dct_).days();
      // The tense is read off the nearest verb, which is often another clause's: a past
      // verb still allows a day up to two months ahead ("said it would pay on Dec. 7"), a
      // future one a day up to a month back ("will meet on Dec. 14" in February is next
      // December).
      if (t == Tense::kPast && dist > (done ? 0 : 61)) continue;
      if (t == Tense::kFuture && dist < -31) continue;
      if (best_dist < 0 || std::labs(dist) < best_dist) {
        best_dist = std::labs(dist);
        best = y;
      }
    }
    return best;
  }

  int infer_year_for_month(int m, Tense tn, bool done = false) const {
    int y = ctx_.published.year, pm = ctx_.published.month;
    int ahead = ((m - pm) % 12 + 12) % 12;  // months from the publication month to m
    if (tn == Tense::kFuture) return m < pm && ahead > 0 ? y + 1 : y;
    if (tn == Tense::kPast) {
      // "mid-November" in late October
      if (ahead > 0 && ahead <= 2 && !done) return m < pm ? y + 1 : y;
      return m > pm ? y - 1 : y;
    }
    // No tense: news mostly looks back; a month just ahead is still this year's (or next's).
    if (ahead > 0 && ahead <= 2) return m < pm ? y + 1 : y;
    return m > pm ? y - 1 : y;
  }

  std::optional<Match> core(size_t i) {
    if (i >= last_) return std::nullopt;
    // Boost.Date_Time covers 1400..9999: outside it only what needs no arithmetic is resolved.
    if (!dct_ok_) {
      if (auto m = explicit_date(i)) return m;
      return reference(i);
    }
    // Only the rule families that can begin with the first word are tried, in a fixed order.
    const unsigned f = families(i);
    auto can = [f](Family x) { return (f & x) != 0; };
    if (auto m = can(kTimeOfDay) ? time_of_day(i) : std::nullopt) return m;
    if (auto m = can(kExplicitDate) ? explicit_date(i) : std::nullopt) {
      // (A year the text gave: not one a month took from the publication date, "in March".)
      if (m->date && !m->date->interval && m->date->start && !year_from_publication(m->anchor))
        state_.year = m->date->start->date.year;
      return m;
    }
    if (auto m = can(kAgo) ? ago(i) : std::nullopt) return m;
    if (auto m = can(kCalendarPart) ? calendar_part(i) : std::nullopt) return m;
    if (auto m = can(kRelativeDay) ? relative_day(i) : std::nullopt) return m;
    if (auto m = can(kDuration) ? duration(i) : std::nullopt) return m;
    if (auto m = can(kSet) ? set(i) : std::nullopt) return m;
    if (auto m = can(kWeekday) ? weekday(i) : std::nullopt) return m;
    if (auto m = can(kWeekend) ? weekend(i) : std::nullopt) return m;
    if (auto m = can(kRelativePeriod) ? relative_period(i) : std::nullopt) return m;
    if (auto m = can(kReference) ? reference(i) : std::nullopt) return m;
    return std::nullopt;
  }

  // The rule families of core(), one bit each.
  enum Family : unsigned {
    kTimeOfDay = 1U << 0,
    kExplicitDate = 1U << 1,
    kAgo = 1U << 2,
    kCalendarPart = 1U << 3,
    kRelativeDay = 1U << 4,
    kDuration = 1U << 5,
    kSet = 1U << 6,
    kWeekday = 1U << 7,
    kWeekend = 1U << 8,
    kRelativePeriod = 1U << 9,
    kReference = 1U << 10,
  };

  // The families that can match at token i, read from its first word: every word each family
  // tests its first token against. A superset (a family may still fail), never less.
  unsigned families(size_t i) const {
    static const detail::WordMap<unsigned> kFirstWords([] {
      std::unordered_map<std::string_view, unsigned> m;
      auto add = [&m](std::initializer_list<std::string_view> words, unsigned f) {
        for (auto x : words) m[x] |= f;
      };
      auto add_all = [&m](const auto& words, unsigned f) {
        for (std::string_view x : words) m[x] |= f;
      };
      add({"noon", "midnight", "midday"}, kTimeOfDay);
      add_all(kMonthNames, kExplicitDate);
      add_all(kMonthAbbreviations, kExplicitDate);
      add({"sept", "eighteen", "nineteen"}, kExplicitDate);
      for (const auto& [x, n] : number_words()) m[x] |= kAgo | kDuration;
      add({"the", "year-ago", "year-earlier"}, kAgo);
      add_all(kOrdinalWords, kCalendarPart);
      add({"year-end",   "year",     "later",  "earlier", "that",    "this", "the",    "its",
           "last",       "next",     "fiscal", "latest",  "current", "most", "recent", "same",
           "comparable", "previous", "prior",  "spring",  "summer",  "fall", "autumn", "winter"},
          kCalendarPart);
      add({"today",        "yesterday",    "tomorrow", "tonight", "to-day",    "to-night",
           "to-morrow",    "last",         "this",     "later",   "earlier",   "mid-afternoon",
           "mid-morning",  "mid",          "the",      "that",    "christmas", "new",
           "thanksgiving", "independence", "halloween"},
          kRelativeDay);
      add({"the", "its", "past", "last", "next", "half", "years", "months", "weeks", "days",
           "hours", "decades", "minutes"},
          kDuration);
      add({"daily", "weekly", "monthly", "annually", "yearly", "every", "each", "per"}, kSet);
      add_all(kWeekdayNames, kWeekday);
      add({"the", "last", "next", "this", "past", "coming"}, kWeekday);
      add({"the", "this", "last", "next", "past", "coming"}, kWeekend);
      add({"earlier", "later", "last", "this", "next", "past", "coming"}, kRelativePeriod);
      add({"now", "currently", "nowadays", "current", "these", "at", "recently", "lately", "recent",
           "the", "future", "coming"},
          kReference);
      return m;
    }());
    if (toks_[i].kind == TokenKind::kNumber) return families_of_number(i);
    std::string_view a = w(i);
    if (a.ends_with('.')) a.remove_suffix(1);  // "Feb.", as month_of reads it
    if (a == "the") return families_after_the(i + 1);
    const unsigned* found = kFirstWords.find(a);
    unsigned f = found ? *found : 0;
    if (toks_[i].hyphenated) {
      f |= kAgo | kDuration;  // "twenty-five", "two-year"
      if (starts_with(a, "mid-") || starts_with(a, "late-") || starts_with(a, "early-"))
        f |= kExplicitDate;
      if (ends_with(a, "-quarter") || ends_with(a, "-half")) f |= kCalendarPart;
    }
    return f;
  }

  // A number opens five families; three of them need a particular number or next word.
  unsigned families_of_number(size_t i) const {
    unsigned f = kTimeOfDay | kExplicitDate;
    bool unit_next = unit_of(w(i + 1)).has_value();
    if (unit_next) f |= kAgo;  // "two years ago", "2 days later"
    // "30-year", "3 days", "2 1/2 years", "two to three weeks", "five more days"
    if (toks_[i].hyphenated || unit_next ||
        is_one_of(w(i + 1), "1/2", "1/4", "3/4", "to", "or", "and", "more", "additional", "extra",
                  "trading", "business"))
      f |= kDuration;
    // "1990's third quarter", "3rd quarter", "1st-half"
    if (toks_[i].hyphenated || ends_with(toks_[i].lower, "'s") || ordinal_of(w(i)) > 0)
      f |= kCalendarPart;
    return f;
  }

  // "the" opens seven families, and each needs one of a few words after it: the families that
  // the word at k, after "the", still allows. A superset, like families().
  unsigned families_after_the(size_t k) const {
    static const detail::WordMap<unsigned> kSecondWords([] {
      std::unordered_map<std::string_view, unsigned> m;
      auto add = [&m](std::initializer_list<std::string_view> words, unsigned f) {
        for (auto x : words) m[x] |= f;
      };
      add({"year-ago", "year-earlier", "comparable"}, kAgo);
      add({"full",       "week",     "fiscal", "current", "latest", "most", "recent", "same",
           "comparable", "previous", "prior",  "quarter", "first",  "past", "last",   "year",
           "spring",     "summer",   "fall",   "autumn",  "winter", "month"},
          kCalendarPart);
      for (std::string_view x : kOrdinalWords) m[x] |= kCalendarPart;
      for (const auto& [x, n] : number_words()) m[x] |= kCalendarPart;  // "the nine months"
      add({"next", "following", "day", "previous", "same"}, kRelativeDay);
      add({"past", "last", "next", "previous", "coming", "following", "first"}, kDuration);
      add({"previous", "preceding", "following"}, kWeekday);
      add({"weekend"}, kWeekend);
      add({"past", "future", "near", "short", "long"}, kReference);
      return m;
    }());
    const unsigned* found = kSecondWords.find(w(k));
    unsigned f = found ? *found : 0;
    // "the 1988 second quarter", "the 1990s", "the third-quarter loss", "the twenty-five years"
    if (k < last_ && (toks_[k].kind == TokenKind::kNumber || toks_[k].hyphenated))
      f |= kCalendarPart;
    if (k < last_ && toks_[k].kind == TokenKind::kNumber && ordinal_day(k)) f |= kRelativeDay;
    return f;
  }

  // A day of the month written as an ordinal in figures, "2nd", "15th" (not "2", "1990").
  std::optional<int> ordinal_day(size_t k) const {
    std::string_view n = w(k);
    if (n.size() < 3 || !(n.back() >= 'a' && n.back() <= 'z')) return std::nullopt;
    return day_number(n);
  }

  // --- times of day: "10 a.m.", "3:30 p.m. EST", "noon"
  // The day a time of day belongs to: a weekday or date right after it ("9 a.m. Tuesday", "5 p.m.
  // EST, Nov. 9": part of the expression, j moves past it) or after "on" ("at 10:30 a.m. on
  // Thursday": a separate expression), else the day named before in the sentence, else the
  // publication date.
  // The tense of a weekday after a time is read from the start of the time ("will leave at 4
  // a.m. EDT Thursday").
  CalendarDate day_of_time(size_t b, size_t& j, std::string& anchor) const {
    anchor = sentence_day_ ? "a time on the day named before" : "a time on the publication date";
    size_t k = punct(j, ",") ? j + 1 : j;
    if (weekday_of(w(k)) >= 0 && capitalized(k) && k == j) {
      if (auto wd = weekday(k, b)) {
        j = wd->last;
        anchor = "a time on " + wd->anchor;
        return wd->date->start->date;
      }
    }
    if (month_of(w(k)) > 0 && day_number(w(k + 1))) {
      if (auto d = explicit_date(k)) {
        j = d->last;
        anchor = "a time on the date after it";
        return d->date->start->date;
      }
    }
    if (w(j) == "on" && weekday_of(w(j + 1)) >= 0 && capitalized(j + 1)) {
      if (auto wd = weekday(j + 1)) {
        anchor = "a time on " + wd->anchor;
        return wd->date->start->date;
      }
    }
    // ("shortly after midnight on September 13": the date is a separate expression.)
    if (w(j) == "on" && ((month_of(w(j + 1)) > 0 && capitalized(j + 1) && day_number(w(j + 2))) ||
                         (day_number(w(j + 1)) && month_of(w(j + 2)) > 0))) {
      if (auto d = explicit_date(j + 1); d && d->date && d->date->start) {
        anchor = "a time on the date after it";
        return d->date->start->date;
      }
    }
    // ("at about 3:26 a.m. on the 1st")
    if (w(j) == "on" && w(j + 1) == "the" && ordinal_day(j + 2)) {
      if (auto d = relative_day(j + 1); d && d->date && d->date->start) {
        anchor = "a time on the date after it";
        return d->date->start->date;
      }
    }
    if (sentence_day_) return *sentence_day_;
    // ("Police detained 40 people on Tuesday. ... At 4 p.m. the ambassador was summoned": the
    // day the story is telling, where a sentence before named one in the last week.)
    if (state_.day) {
      greg::date d = to_greg(*state_.day);
      if (d <= dct_ && d + greg::days(7) >= dct_) {
        anchor = "a time on the day last named";
        return *state_.day;
      }
    }
    return ctx_.published;
  }

  // --- times of day: "10 a.m.", "3:30 p.m. EST", "10am", "noon Thursday"
  std::optional<Match> time_of_day(size_t i) const {
    std::string_view a = w(i);
    std::string anchor;
    if (a == "noon" || a == "midnight" || a == "midday") {
      size_t j = i + 1;
      bool day_follows = weekday_of(w(j)) >= 0 && capitalized(j);
      if (!day_follows && !(i > first_ && is_one_of(w(i - 1), "at", "by", "until", "before",
                                                    "after", "around", "about")))
        return std::nullopt;
      CalendarDate day = day_of_time(i, j, anchor);
      return Match{i,
                   j,
                   TimexType::kTime,
                   to_string(day) + (a == "midnight" ? "T24:00" : "T12:00"),
                   Edtf::point(day),
                   anchor};
    }
    if (toks_[i].kind != TokenKind::kNumber) return std::nullopt;
    // Hours, minutes and a glued am/pm: "10", "10:30", "10am", "10:30pm".
    size_t digits_end = 0;
    while (digits_end < a.size() &&
           ((a[digits_end] >= '0' && a[digits_end] <= '9') || a[digits_end] == ':'))
      ++digits_end;
    std::string_view number = a.substr(0, digits_end), suffix = a.substr(digits_end);
    int hour = -1, minute = 0;
    size_t colon = number.find(':');
    std::string_view hs = number.substr(0, colon);
    if (hs.empty() || hs.size() > 2 ||
        std::from_chars(hs.data(), hs.data() + hs.size(), hour).ec != std::errc())
      return std::nullopt;
    if (colon != std::string_view::npos) {
      std::string_view ms = number.substr(colon + 1);
      if (ms.size() != 2 || std::from_chars(ms.data(), ms.data() + 2, minute).ec != std::errc())
        return std::nullopt;
    }
    size_t j = i + 1;
    std::string_view ampm;
    if (!suffix.empty()) {
      if (!is_one_of(suffix, "am", "pm", "a.m.", "p.m.")) return std::nullopt;
      ampm = suffix;
    } else if (is_one_of(w(j), "a.m.", "p.m.", "am", "pm", "a.m", "p.m")) {
      ampm = w(j);
      ++j;
    } else if (colon == std::string_view::npos) {
      return std::nullopt;
    }
    if (!ampm.empty() && (hour < 1 || hour > 12)) return std::nullopt;  // "13 p.m."
    if (starts_with(ampm, "p") && hour < 12) hour += 12;
    if (starts_with(ampm, "a") && hour == 12) hour = 0;
    if (hour < 0 || hour > 24 || minute > 59) return std::nullopt;
    if (is_one_of(w(j), "est", "edt", "et", "gmt", "pst", "pdt", "cst", "cdt", "utc", "bst")) ++j;
    CalendarDate day = day_of_time(i, j, anchor);
    return Match{i,
                 j,
                 TimexType::kTime,
                 fmt::format("{}T{:02}:{:02}", to_string(day), hour, minute),
                 Edtf::point(day),
                 anchor};
  }

  std::optional<Match> explicit_date(size_t i) const {
    const Token& t = toks_[i];
    std::string_view a = w(i);
    if (t.kind == TokenKind::kNumber) {
      // ISO 2022-02-14 and numeric 2/14/2022.
      if (a.find_first_of("-/") != std::string_view::npos) {
        if (auto d = parse_full_date(text_.substr(t.begin, t.end - t.begin)))
          return Match{
              i, i + 1, TimexType::kDate, to_string(*d), Edtf::point(*d), "written in full"};
      }
      // 14 February [2022] / 14th of February
      if (auto day = day_number(a)) {
        size_t j = i + 1;
        if (is(j, "of")) ++j;
        if (int m = month_of(w(j)); m > 0 && capitalized(j)) {
          ++j;
          if (punct(j, ",")) ++j;
          if (auto y = year_number(w(j))) {
            CalendarDate d{*y, m, *day};
            if (d.valid())
              return Match{
                  i, j + 1, TimexType::kDate, to_string(d), Edtf::point(d), "written in full"};
          }
          if (punct(j - 1, ",")) --j;
          auto [y, anchor] = year_of_day(i, j, m, *day);
          CalendarDate d{y, m, *day};
          if (d.valid())
            return Match{i, j, TimexType::kDate, to_string(d), Edtf::point(d), std::move(anchor)};
        }
      }
      // Years: "1998", "fiscal 1989", "its 1990 invasion"; not "1500 troops".
      if (auto y = year_number(a); y && *y >= 1600 && *y <= 2100 && toks_[i].lower.size() >= 4) {
        bool counted =
            i + 1 < last_ && toks_[i + 1].kind == TokenKind::kWord && is_count_noun(w(i + 1));
        bool modern = *y >= 1900 && *y <= 2030;
        bool prep =
            i > first_ && is_one_of(w(i - 1), "in", "since", "by", "until", "of", "from", "to",
                                    "before", "after", "during", "early", "late", "mid", "through",
                                    "till", "year", "fiscal", "and", "or", "between", "for", "the",
                                    "both", "its", "his", "her", "their", "a", "that", "this");
        if (!counted && (prep || modern)) {
          size_t b = i;
          if (i > first_ && w(i - 1) == "fiscal") b = i - 1;
          return year_match(b, i + 1, *y, "written in full");
        }
      }
      // Decades: "the 1990s", "the '90s", "1980s".
      if (a.size() == 5 && ends_with(a, "0s")) {
        if (auto y = year_number(a.substr(0, 4))) {
          size_t b = i > first_ && w(i - 1) == "the" ? i - 1 : i;
          return Match{b,
                       i + 1,
                       TimexType::kDate,
                       std::string(a.substr(0, 3)),
                       Edtf::range(CalendarDate{*y, 0, 0}, CalendarDate{*y + 9, 0, 0}),
                       "decade"};
        }
      }
      // Centuries: "the 20th century".
      if (ends_with(a, "th") && is(i + 1, "century")) {
        int c = 0;
        std::from_chars(a.data(), a.data() + a.size() - 2, c);
        if (c >= 1 && c <= 21) {
          size_t b = i > first_ && w(i - 1) == "the" ? i - 1 : i;
          return Match{b,
                       i + 2,
                       TimexType::kDate,
                       fmt::format("{:02}", c - 1),
                       Edtf::range(CalendarDate{(c - 1) * 100, 0, 0},
                                   CalendarDate{(c - 1) * 100 + 99, 0, 0}),
                       "century"};
        }
      }
      return std::nullopt;
    }
    // Years in words, as broadcast transcripts write them: "in nineteen ninety-six".
    if (is_one_of(a, "eighteen", "nineteen")) {
      if (auto sy = spelled_year(a, w(i + 1), w(i + 2));
          sy && toks_[i + 1].kind == TokenKind::kWord && !unit_of(w(i + 2)) &&
          !(i + 2 < last_ && toks_[i + 2].kind == TokenKind::kWord && is_count_noun(w(i + 2))))
        return year_match(i, i + sy->second, sy->first, "written in words");
    }
    // "mid-November", "late-November"
    for (std::string_view pre : {"mid-", "late-", "early-"}) {
      if (a.starts_with(pre)) {
        if (int m = month_of(a.substr(pre.size())); m > 0) {
          int y = infer_year_for_month(m, tense(i, i + 1));
          if (auto yy = year_number(w(i + 1)))
            return month_match(i, i + 2, *yy, m, "written in full");
          return month_match(i, i + 1, y, m, year_from_publication(y));
        }
      }
    }
    int m = month_of(a);
    if (m == 0 || !capitalized(i)) return std::nullopt;
    // "Feb" without its period: only before a day or a year ("Feb 13, 1998").
    if (!ends_with(a, ".") && a.size() <= 4 && a != "may" && a != "june" && a != "july" &&
        !day_number(w(i + 1)) && !year_number(w(i + 1)))
      return std::nullopt;
    // "May" and "March" are also common words: require a number after or a preposition before.
    bool ambiguous = a == "may" || a == "march";
    size_t j = i + 1;
    if (auto day = day_number(w(j))) {
      ++j;
      size_t k = j;
      if (punct(k, ",")) ++k;
      if (auto y = year_number(w(k))) {
        CalendarDate d{*y, m, *day};
        if (d.valid())
          return Match{i, k + 1, TimexType::kDate, to_string(d), Edtf::point(d), "written in full"};
      }
      // "on April 15 this year", "on June 3 last year": the day of the year named after it.
      if (is_one_of(w(j), "this", "last", "next") && is(j + 1, "year") &&
          !ends_with(toks_[j + 1].lower, "'s")) {
        CalendarDate d{ctx_.published.year + (is(j, "last") ? -1 : is(j, "next") ? 1 : 0), m, *day};
        if (d.valid())
          return Match{i,
                       j + 2,
                       TimexType::kDate,
                       to_string(d),
                       Edtf::point(d),
                       concat({w(j), " year of ", dct_str()})};
      }
      auto [y, anchor] = year_of_day(i, j, m, *day);
      CalendarDate d{y, m, *day};
      if (!d.valid()) return std::nullopt;
      return Match{i, j, TimexType::kDate, to_string(d), Edtf::point(d), std::move(anchor)};
    }
    if (auto y = year_number(w(j))) return month_match(i, j + 1, *y, m, "written in full");
    if (auto sy = spelled_year(w(j), w(j + 1), w(j + 2)))
      return month_match(i, j + sy->second, sy->first, m, "written in words");
    if (is(j, "of") && year_number(w(j + 1)))
      return month_match(i, j + 2, *year_number(w(j + 1)), m, "written in full");
    // "in August, 1954," (the older style); not "in May, 2000 troops": the year ends a clause.
    if (is(j, ",") && year_number(w(j + 1)) && *year_number(w(j + 1)) >= 1800 &&
        (j + 2 >= last_ || is_one_of(w(j + 2), ",", ".", ";", ":", ")", "and", "but", "when")))
      return month_match(i, j + 2, *year_number(w(j + 1)), m, "written in full");
    // "signed in 1973 ... in March of that year", "in June that year": the year last named.
    if (size_t k = is(j, "of") ? j + 1 : j;
        is(k, "that") && is(k + 1, "year") && state_.year && !ends_with(toks_[k + 1].lower, "'s"))
      return month_match(i, k + 2, *state_.year, m, "the year last named");
    // "June last year", "April next year": the year of the month, relative to publication.
    if (is_one_of(w(j), "this", "last", "next") && is(j + 1, "year") &&
        !ends_with(toks_[j + 1].lower, "'s")) {
      int y = ctx_.published.year + (is(j, "last") ? -1 : is(j, "next") ? 1 : 0);
      return month_match(i, j + 2, y, m, concat({w(j), " year of ", dct_str()}));
    }
    // ("scheduled for March"; not "for May", who may be Theresa May: "support for May")
    if (ambiguous &&
        !(i > first_ && is_one_of(w(i - 1), "in", "since", "until", "by", "early", "late", "mid",
                                  "last", "next", "this", "of", "from", "through", "during")) &&
        !(a == "march" && i > first_ && w(i - 1) == "for"))
      return std::nullopt;
    // "last November", "this March"
    size_t b = i;
    Tense tn = tense(i, j);
    if (i > first_ && is_one_of(w(i - 1), "last", "next", "this", "past", "coming")) {
      b = i - 1;
      if (w(b) == "last" || w(b) == "past") tn = Tense::kPast;
      if (w(b) == "next" || w(b) == "coming") tn = Tense::kFuture;
    }
    int y = infer_year_for_month(m, tn, b == i && right_after_past_verb(i));
    if (w(b) == "last" && m >= ctx_.published.month) y = ctx_.published.year - 1;
    if (w(b) == "next" && m <= ctx_.published.month) y = ctx_.published.year + 1;
    return month_match(b, j, y, m, year_from_publication(y));
  }

  // --- "two years ago", "a year earlier", "year-ago", "the year-earlier quarter"
  std::optional<Match> ago(size_t i) {
    auto n = number_word(w(i));
    size_t j = i + 1;
    if (is(i, "a") && is(j, "few")) {
      n = -1;
      ++j;
    }
    std::optional<Unit> u;
    if (n) u = unit_of(w(j));
    if (n && *n > 10000) return std::nullopt;  // "99999 months ago" is no date
    if (n && u && (is(j + 1, "ago") || (is(j + 1, "or") && is(j + 2, "so") && is(j + 3, "ago")))) {
      size_t e = is(j + 1, "ago") ? j + 2 : j + 4;
      std::string anchor = fmt::format(
          "{} before {}", text_.substr(toks_[i].begin, toks_[j].end - toks_[i].begin), dct_str());
      if (*n < 0) return ref(i, e, "PAST_REF");
      int k = static_cast<int>(*n) * u->factor;
      switch (u->letter) {
        case 'D':
          return day_match(i, e, dct_ - greg::days(k), anchor);
        case 'W': {
          Match m = day_match(i, e, dct_ - greg::days(7 * k), anchor);
          m.value = iso_week(dct_ - greg::days(7 * k));
          return m;
        }
        case 'M': {
          CalendarDate c = from_greg(dct_ - greg::months(k));
          return month_match(i, e, c.year, c.month, anchor);
        }
        case 'Y':
          if (u->factor == 10) {
            int y = ctx_.published.year - k;
            if (y < 0) return std::nullopt;
            return Match{
                i,
                e,
                TimexType::kDate,
                fmt::format("{:03}", y / 10),
                Edtf::range(CalendarDate{y / 10 * 10, 0, 0}, CalendarDate{y / 10 * 10 + 9, 0, 0}),
                anchor};
          }
          if (k == 1 && u->factor == 1 && state_.quarter && is(i, "a"))
            return quarter_match(i, e, state_.quarter->first - 1, state_.quarter->second,
                                 "the same quarter a year before", false);
          if (ctx_.published.year - k < 1) return std::nullopt;
          return year_match(i, e, ctx_.published.year - k, anchor);
        default:
          return std::nullopt;
      }
    }
    // "two days later", "a week earlier": from the day the story last named.
    if (n && *n > 0 && u && state_.day && (u->letter == 'D' || u->letter == 'W') && !u->time &&
        (is(j + 1, "later") || is(j + 1, "earlier"))) {
      int k = static_cast<int>(*n) * (u->letter == 'W' ? 7 : 1) * (is(j + 1, "later") ? 1 : -1);
      return day_match(i, j + 2, to_greg(*state_.day) + greg::days(k),
                       concat({text_.substr(toks_[i].begin, toks_[j + 1].end - toks_[i].begin),
                               " from ", to_string(*state_.day)}));
    }
    // "a year earlier": the reference quarter or year, a year before.
    if (is(i, "a") && is(i + 1, "year") && is_one_of(w(i + 2), "earlier", "before")) {
      if (state_.quarter)
        return quarter_match(i, i + 3, state_.quarter->first - 1, state_.quarter->second,
                             "the same quarter a year before", false);
      return year_match(i, i + 3, ctx_.published.year - 1, "a year before the publication date");
    }
    // "year-ago", "year-earlier" (adjectives), with the noun they modify when it is a period.
    if (is_one_of(w(i), "year-ago", "year-earlier") ||
        (is(i, "the") && is_one_of(w(i + 1), "year-ago", "year-earlier")) ||
        (is(i, "the") && is(i + 1, "comparable") &&
         is_one_of(w(i + 2), "year-ago", "year-earlier"))) {
      size_t k = i;
      while (!is_one_of(w(k), "year-ago", "year-earlier")) ++k;
      size_t e = k + 1;
      bool noun = is_one_of(w(e), "quarter", "period");
      if (ordinal_of(w(e)) && is(e + 1, "quarter")) {
        e += 2;
      } else if (noun) {
        ++e;
      }
      size_t b = is(i, "the") ? i : k;
      if (!noun && e == k + 1) b = k;  // the adjective alone
      if (state_.quarter)
        return quarter_match(b, e, state_.quarter->first - 1, state_.quarter->second,
                             "the same quarter a year before", false);
      return year_match(b, e, ctx_.published.year - 1, "a year before the publication date");
    }
    return std::nullopt;
  }

  Match quarter_match(size_t b, size_t e, int year, int q, std::string anchor,
                      bool reference = true) {
    // The quarter under report is a past or current one ("the third quarter of 1990" is not).
    int cq = (ctx_.published.month - 1) / 3 + 1;
    if (reference && std::pair(year, q) <= std::pair(ctx_.published.year, cq))
      state_.quarter = std::pair(year, q);
    return Match{b,
                 e,
                 TimexType::kDate,
                 concat({year_value(year), "-Q", std::to_string(q)}),
                 quarter_span(year, q),
                 std::move(anchor)};
  }

  // The quarter most recently ended at publication (for "the quarter", "the latest quarter").
  std::pair<int, int> last_quarter() const {
    int cq = (ctx_.published.month - 1) / 3 + 1;
    return cq == 1 ? std::pair(ctx_.published.year - 1, 4) : std::pair(ctx_.published.year, cq - 1);
  }

  // "year-end", "year end", "year's end" after a preposition of time: the end of the current
  // year ("since year-end": of the year before). Returns the end token, or 0.
  size_t year_end(size_t i) const {
    if (i <= first_ || !is_one_of(w(i - 1), "by", "since", "until", "till", "around", "at",
                                  "before", "after", "through", "toward", "towards"))
      return 0;
    if (is(i, "year-end") && !(i + 1 < last_ && toks_[i + 1].kind == TokenKind::kWord &&
                               !is_one_of(w(i + 1), "and", "or", "to")))
      return i + 1;
    if (is(i, "year") && is(i + 1, "end")) return i + 2;
    return 0;
  }

  // --- quarters, halves, seasons, "the year", "fiscal 1990"
  std::optional<Match> calendar_part(size_t i) {
    if (size_t e = year_end(i)) {
      int y = ctx_.published.year - (w(i - 1) == "since" ? 1 : 0);
      return year_match(i, e, y, "the end of the year");
    }
    // "that year", "later that year", "that quarter": the year or quarter the story last named.
    {
      size_t k = is_one_of(w(i), "later", "earlier") && is(i + 1, "that") ? i + 1 : i;
      if (is(k, "that") && is(k + 1, "year") && state_.year && !ends_with(toks_[k + 1].lower, "'s"))
        return year_match(i, k + 2, *state_.year, "the year last named");
      // ("became NATO's 30th member the same month", "that same year")
      size_t same = (is(i, "the") || is(i, "that")) && is(i + 1, "same") ? i + 2 : 0;
      // (Not a comparison: "from the same month last year", "in the same month a year later".)
      if (same && (is_one_of(w(same + 1), "last", "next", "a", "of", "in", "the", "previous") ||
                   (same + 1 < last_ && toks_[same + 1].kind == TokenKind::kNumber)))
        same = 0;
      if (same && is(same, "month") && state_.month && !ends_with(toks_[same].lower, "'s"))
        return month_match(i, same + 1, state_.month->first, state_.month->second,
                           "the month last named");
      if (same && is(same, "year") && state_.year && !ends_with(toks_[same].lower, "'s"))
        return year_match(i, same + 1, *state_.year, "the year last named");
      if (k == i && is(k, "that") && is(k + 1, "quarter") && state_.quarter)
        return quarter_match(i, k + 2, state_.quarter->first, state_.quarter->second,
                             "the quarter last named", false);
    }
    // "this century": the century of publication.
    if (is(i, "this") && is(i + 1, "century")) {
      int c = ctx_.published.year / 100;
      return Match{i,
                   i + 2,
                   TimexType::kDate,
                   fmt::format("{:02}", c),
                   Edtf::range(CalendarDate{c * 100, 0, 0}, CalendarDate{c * 100 + 99, 0, 0}),
                   "the century of publication"};
    }
    // "by the end of the month", "before the end of this month": the month of publication (only
    // as a part of it; "the month" alone is a month the story names).
    if (i >= first_ + 3 && is_one_of(w(i), "the", "this") && is(i + 1, "month") &&
        !ends_with(toks_[i + 1].lower, "'s") && w(i - 1) == "of" &&
        is_one_of(w(i - 2), "end", "beginning", "middle", "start") && w(i - 3) == "the")
      return month_match(i, i + 2, ctx_.published.year, ctx_.published.month,
                         "the month of publication");
    // "Sales for the full year": the current (reporting) year.
    if (is(i, "the") && is(i + 1, "full") && is(i + 2, "year") && !is(i + 3, "ago"))
      return year_match(i, i + 3, ctx_.published.year, "the year of publication");
    // "For the week", "the week's most active session": the week of the day last named;
    // "the week of March 6": the week of that day.
    if (is(i, "the") && is(i + 1, "week") && !is_one_of(w(i + 2), "before", "after", "earlier")) {
      greg::date d = state_.day ? to_greg(*state_.day) : dct_;
      size_t e = i + 2;
      if (is(e, "of")) {
        auto date = month_of(w(e + 1)) > 0 ? explicit_date(e + 1) : std::nullopt;
        if (!date || !date->date || date->date->interval || !date->date->start ||
            date->date->start->date.precision() != Precision::kDay)
          return std::nullopt;
        d = to_greg(date->date->start->date);
        e = date->last;
      }
      return Match{i,
                   e,
                   TimexType::kDate,
                   iso_week(d),
                   Edtf::range(from_greg(monday_of(d)), from_greg(monday_of(d) + greg::days(6))),
                   "the week"};
    }
    size_t b = i, j = i;
    // "this year's third quarter", "last year's fourth quarter", "the 1988 second quarter"
    std::optional<int> year_of;
    if (is_one_of(w(j), "this", "last", "next") && is(j + 1, "year") &&
        ends_with(toks_[j + 1].lower, "'s")) {
      year_of = ctx_.published.year + (is(j, "last") ? -1 : is(j, "next") ? 1 : 0);
      j += 2;
    }
    bool the = !year_of &&
               (is(j, "the") || is(j, "its") || is(j, "this") || is(j, "last") || is(j, "next"));
    std::string_view det = the ? std::string_view(w(j)) : std::string_view();
    if (the) ++j;
    // A possessive is no part of the expression: "its fourth quarter" (TimeBank tags
    // "fourth quarter").
    if (det == "its") b = j;
    if (auto y = year_number(w(j));
        y && !year_of &&
        (ends_with(toks_[j].lower, "'s") ||
         (det == "the" && (ordinal_of(w(j + 1)) || is_one_of(w(j + 1), "quarter", "period"))))) {
      year_of = *y;
      ++j;
    }
    if (year_of && is_one_of(w(j), "quarter", "period")) {
      int q = state_.quarter ? state_.quarter->second : last_quarter().second;
      return quarter_match(b, j + 1, *year_of, q, "the quarter under report, in that year", false);
    }
    if (is(j, "fiscal")) ++j;
    // "the current year", "the current fiscal year"
    if (det == "the" && is(j, "current") &&
        (is(j + 1, "year") || (is(j + 1, "fiscal") && is(j + 2, "year")))) {
      size_t e = j + (is(j + 1, "year") ? 2 : 3);
      return year_match(b, e, ctx_.published.year, "the year of publication");
    }
    if (is_one_of(w(j), "latest", "current", "most", "recent", "same", "comparable", "previous",
                  "prior")) {
      if (is(j, "most") && is(j + 1, "recent")) ++j;
      std::string_view mod = w(j);
      if (is(j + 1, "quarter") || (is(j + 1, "fiscal") && is(j + 2, "quarter"))) {
        size_t e = j + (is(j + 1, "fiscal") ? 3 : 2);
        auto [y, q] = state_.quarter && (mod == "same" || mod == "comparable") ? *state_.quarter
                                                                               : last_quarter();
        if (mod == "current") {
          y = ctx_.published.year;
          q = (ctx_.published.month - 1) / 3 + 1;
        }
        if (mod == "previous" || mod == "prior") {
          q = q == 1 ? 4 : q - 1;
          if (q == 4) --y;
        }
        return quarter_match(b, e, y, q, "the latest quarter before publication");
      }
      if ((mod == "latest" || mod == "current") && is(j + 1, "period"))
        return quarter_match(b, j + 2, last_quarter().first, last_quarter().second,
                             "the latest quarter");
    }
    // "the third quarter", "third-quarter", "the first half", "the fourth quarter of 1997"
    int ord = ordinal_of(w(j));
    std::string_view part;
    size_t e = j + 1;
    if (ord && is_one_of(w(j + 1), "quarter", "half")) {
      part = w(j + 1);
      e = j + 2;
    } else {
      for (std::string_view suffix : {"-quarter", "-half"}) {
        if (w(j).ends_with(suffix)) {
          ord = ordinal_of(std::string_view(w(j)).substr(0, w(j).size() - suffix.size()));
          part = suffix.substr(1);
        }
      }
    }
    if (ord && !part.empty() && ord <= (part == "quarter" ? 4 : 2)) {
      // "the third-quarter loss": the article belongs to the noun the adjective modifies.
      if (det == "the" && e == j + 1 && !year_of) b = i + 1;
      int y = ctx_.published.year;
      if (year_of) y = *year_of;
      if ((is(e, "of") || is(e, "in")) && year_number(w(e + 1))) {
        y = *year_number(w(e + 1));
        e += 2;
      } else if (auto yy = year_number(w(e)); yy && part == "quarter" && !the) {
        y = *yy;  // "third-quarter 1989"
      } else if (!year_of) {
        int current = part == "quarter" ? (ctx_.published.month - 1) / 3 + 1
                                        : (ctx_.published.month - 1) / 6 + 1;
        Tense tn = tense(b, e);
        if (det == "last")
          --y;
        else if (det == "next")
          ++y;
        else if (ord > current && tn == Tense::kPast)
          --y;
      }
      if (part == "quarter") return quarter_match(b, e, y, ord, "quarter of the year");
      return Match{b,
                   e,
                   TimexType::kDate,
                   fmt::format("{:04}-H{}", y, ord),
                   Edtf::range(CalendarDate{y, ord * 6 - 5, 0}, CalendarDate{y, ord * 6, 0}),
                   "half of the year"};
    }
    // "the quarter"
    if (det == "the" && is(j, "quarter") && !is(j + 1, "of") && !is(j + 1, "century")) {
      auto [y, q] = state_.quarter ? *state_.quarter : last_quarter();
      return quarter_match(b, j + 1, y, q, "the quarter under report");
    }
    if ((det == "this" || det == "last" || det == "next") && is(j, "quarter")) {
      int cq = (ctx_.published.month - 1) / 3 + 1, y = ctx_.published.year;
      int q = cq + (det == "last" ? -1 : det == "next" ? 1 : 0);
      if (q == 0) {
        q = 4;
        --y;
      }
      if (q == 5) {
        q = 1;
        ++y;
      }
      return quarter_match(b, j + 1, y, q, concat({det, " quarter"}));
    }
    // "the nine months", "the first nine months", "the six months" (reporting periods)
    if (det == "the" || det == "its") {
      size_t k = j;
      if (is_one_of(w(k), "first", "latest", "past", "last")) ++k;
      if (auto n = number_word(w(k)); n && *n > 1 && is(k + 1, "months") && w(k) != "a") {
        if (is(k + 2, "ago")) return std::nullopt;
        return Match{b,
                     k + 2,
                     TimexType::kDuration,
                     duration_value(*n, Unit{'M', false, 1}),
                     std::nullopt,
                     "a reporting period"};
      }
    }
    // Seasons: "last fall", "this summer", "the spring"
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSeasons = {
        {{"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"}, {"winter", "WI"}}};
    for (auto [name, code] : kSeasons) {
      if (!is(j, name) ||
          (det.empty() && !(i > first_ && is_one_of(w(i - 1), "in", "since", "until", "by",
                                                    "during", "early", "late", "this"))))
        continue;
      if (name == "fall" && det.empty()) continue;  // "in fall" is rare; "fall" is mostly a verb
      static constexpr std::array<int, 12> kSeasonOfMonth = {3, 3, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3};
      int index = name == "spring" ? 0 : name == "summer" ? 1 : code == "FA" ? 2 : 3;
      int current = kSeasonOfMonth[static_cast<size_t>(ctx_.published.month - 1)];
      int y = ctx_.published.year;
      // In January and February the winter under way is the last year's: every other season
      // of this year is still to come ("last fall" in February is the year before's).
      const bool winter_of_last_year = ctx_.published.month <= 2;
      if (winter_of_last_year) current = -1;
      size_t e2 = j + 1;
      if (auto yy = year_number(w(e2))) {
        y = *yy;
        ++e2;
      } else if (is(e2, "of") && year_number(w(e2 + 1))) {
        y = *year_number(w(e2 + 1));
        e2 += 2;
      } else if (auto sy =
                     is(e2, "of") ? spelled_year(w(e2 + 1), w(e2 + 2), w(e2 + 3)) : std::nullopt) {
        y = sy->first;  // "the winter of nineteen ninety-four"
        e2 += 1 + sy->second;
      } else {
        Tense tn = det == "last" ? Tense::kPast : det == "next" ? Tense::kFuture : tense(b, e2);
        if (tn == Tense::kPast && index >= current && det != "this") --y;
        if (tn == Tense::kFuture && index < current) ++y;
        // ("this winter" in February is the one under way, "last winter" the one before.)
        if (det == "this" && winter_of_last_year && index == 3) --y;
        if (det == "last" && winter_of_last_year && index == 3) --y;
      }
      if (det.empty() || det == "its") b = j;
      return Match{b,       e2, TimexType::kDate, fmt::format("{:04}-{}", y, code), std::nullopt,
                   "season"};
    }
    // "the year", "the fiscal year", "the current fiscal year"
    if ((det == "the" || det == "its") && (is(j, "year") || is(j, "fiscal"))) {
      size_t k = j;
      if (is(k, "fiscal")) ++k;
      if (is(k, "year") && !is(k + 1, "'s") &&
          !is_one_of(w(k + 1), "ago", "earlier", "before", "later", "after")) {
        if (auto yy = year_number(w(k + 1))) return year_match(b, k + 2, *yy, "written in full");
        if (auto sy = spelled_year(w(k + 1), w(k + 2), w(k + 3)))
          return year_match(b, k + 1 + sy->second, sy->first, "written in words");
        // "the year ended Sept. 30": a twelve-month reporting period, a length of time.
        if (is_one_of(w(k + 1), "ended", "ending"))
          return Match{b, k + 1, TimexType::kDuration, "P1Y", std::nullopt, "a reporting year"};
        return year_match(b, k + 1, ctx_.published.year, "the year of publication");
      }
    }
    return std::nullopt;
  }

  // Whether the tokens before j are a quantity that a rate divides: "$55", "20%", "$2 million",
  // "700 seats", "15 million instructions".
  bool quantity_before(size_t j) const {
    auto amount = [&](size_t k) {
      auto n = number_word(w(k));
      return toks_[k].kind == TokenKind::kNumber || (n && *n > 1) ||
             is_one_of(w(k), "million", "billion", "thousand", "hundred", "percent", "%", "dollars",
                       "cents", "barrels", "tons");
    };
    if (j <= first_) return false;
    if (amount(j - 1)) return true;
    return j - 1 > first_ && toks_[j - 1].kind == TokenKind::kWord && ends_with(w(j - 1), "s") &&
           !unit_of(w(j - 1)) && amount(j - 2);
  }

  // --- durations: "three years", "the past two months", "two-year", "several days"
  std::optional<Match> duration(size_t i) const {
    size_t b = i, j = i;
    bool span_start = false;  // "the past", "the last", "the next"
    if ((is(j, "the") || is(j, "its")) &&
        is_one_of(w(j + 1), "past", "last", "next", "previous", "coming", "following", "first")) {
      j += 2;
      span_start = true;
    } else if (is_one_of(w(j), "past", "last", "next")) {
      ++j;
      span_start = true;
    }
    // Adjectives: "two-year", "30-year", "16-hour", "decades-long"
    std::string_view a = w(j);
    if (size_t dash = a.find('-'); dash != std::string_view::npos && !ends_with(a, "-old")) {
      std::string_view num = a.substr(0, dash), rest = a.substr(dash + 1);
      if (ends_with(rest, "-long")) rest.remove_suffix(5);
      auto n = number_word(num);
      auto u = unit_of(rest);
      if (!n && u && rest != a.substr(dash + 1)) n = -1;  // decades-long
      if (n && u && !is(j + 1, "old") && rest.find('-') == std::string_view::npos &&
          (rest.back() != 's' || *n < 0))
        return Match{b,
                     j + 1,
                     TimexType::kDuration,
                     duration_value(*n, *u),
                     std::nullopt,
                     "a length of time"};
    }
    std::optional<double> n;
    size_t k = j;
    if (is(k, "a") && is_one_of(w(k + 1), "few", "couple")) {
      n = is(k + 1, "few") ? -1 : 2;
      k += 2;
      if (is(k, "of")) ++k;
    } else if (is(k, "half") && is_one_of(w(k + 1), "a", "an")) {
      n = 0.5;
      k += 2;
    } else {
      n = number_word(w(k));
      if (n) ++k;
      // "twenty four hours": tens and ones as two words.
      if (n && *n >= 20 && *n <= 90 && std::fmod(*n, 10) == 0 &&
          toks_[k - 1].kind == TokenKind::kWord && k < last_ && toks_[k].kind == TokenKind::kWord &&
          !is_one_of(w(k), "a", "an")) {
        if (auto ones = number_word(w(k)); ones && *ones >= 1 && *ones <= 9) {
          *n += *ones;
          ++k;
        }
      }
      // "a hundred years", "two thousand years"
      if (n && *n > 0 && is_one_of(w(k), "hundred", "thousand") &&
          toks_[k - 1].kind == TokenKind::kWord) {
        *n *= is(k, "hundred") ? 100 : 1000;
        ++k;
      }
      // "2 1/2 years"
      if (n && *n >= 1 && toks_[k - 1].kind == TokenKind::kNumber &&
          is_one_of(w(k), "1/2", "1/4", "3/4")) {
        *n += is(k, "1/2") ? 0.5 : is(k, "1/4") ? 0.25 : 0.75;
        ++k;
      }
      // "two to three weeks", "12 to 18 months": the range, valued by its first number.
      if (n && is_one_of(w(k), "to", "or") && number_word(w(k + 1)) && unit_of(w(k + 2))) k += 2;
      if (n && *n >= 1 && is(k, "and") && is(k + 1, "a") && is(k + 2, "half")) {
        *n += 0.5;
        k += 3;
      }
    }
    if (n && toks_[j].kind == TokenKind::kNumber && toks_[j].lower.find(':') != std::string::npos)
      return std::nullopt;
    // "two more weeks", "an additional year", "eight trading days": the count is of the unit.
    size_t counted_from = k;
    if (n && is_one_of(w(k), "more", "additional", "extra", "trading", "business") &&
        unit_of(w(k + 1)) && k > j)
      ++k;
    auto u = unit_of(w(k));
    if (n && *n > 1e6) return std::nullopt;  // "99999999999 years" is no duration
    if (n && u) {
      if (is(k + 1, "ago")) return std::nullopt;
      if (is(k + 1, "old") || is(k + 1, "older")) return std::nullopt;
      bool article = is(j, "a") || is(j, "an");
      if (article && w(k) == "second") return std::nullopt;  // "a second term", not one second
      // "twice a week", "three times a day": a frequency. "$55 a night", "700 seats a week": the
      // unit of a rate after a quantity, no time expression.
      if (article && k == j + 1 && quantity_before(j)) return std::nullopt;
      if (article && k == j + 1 && j > first_ &&
          is_one_of(w(j - 1), "twice", "thrice", "once", "times"))
        return Match{b, k + 1, TimexType::kSet, duration_value(1, *u), std::nullopt, "a rate"};
      // "a year" in "a year earlier" is handled by ago(); singular units need "a"/"one"/number 1.
      bool plural = ends_with(w(k), "s");
      if (*n == 1 && plural && toks_[j].kind != TokenKind::kNumber) return std::nullopt;
      // "a five year low", "the two day rally": a singular unit modifies the noun after it.
      bool premodifier = j == b && j > first_ && is_one_of(w(j - 1), "a", "an", "the") &&
                         counted_from == k && k + 1 < last_ &&
                         toks_[k + 1].kind == TokenKind::kWord && !capitalized(k + 1) &&
                         !is_one_of(w(k + 1), "of", "to", "for", "in", "on", "at", "by", "and",
                                    "or", "ago", "earlier", "later", "before", "after", "that",
                                    "when", "which", "the", "a", "is", "was");
      if (*n != 1 && *n > 0 && !plural && w(k) != "century" &&
          toks_[j].kind != TokenKind::kNumber && !premodifier)
        return std::nullopt;
      if (is(j, "a") && is(k + 1, "earlier")) return std::nullopt;
      size_t e = k + 1;
      // "a minute and a half"
      if (*n >= 1 && is(e, "and") && is(e + 1, "a") && is(e + 2, "half")) {
        *n += 0.5;
        e += 3;
      }
      return Match{
          b, e, TimexType::kDuration, duration_value(*n, *u), std::nullopt, "a length of time"};
    }
    if (span_start && (w(b) == "the") && w(b + 1) == "past" && w(j) == "year")
      return Match{b,
                   j + 1,
                   TimexType::kDate,
                   fmt::format("{:04}", ctx_.published.year - 1),
                   Edtf::point(CalendarDate{ctx_.published.year - 1, 0, 0}),
                   "the year before publication"};
    // "the past year", "the last decade", "the next several days" (n unknown handled above)
    if (span_start) {
      if (auto u2 = unit_of(w(j)); u2 && !ends_with(w(j), "s") && w(j) != "quarter") {
        if (w(b) != "the" && w(b) != "its" && (is(b, "last") || is(b, "next")) && u2->letter != 'Y')
          return std::nullopt;
        if (!(w(b) == "the" || w(b) == "its" || is(b, "past"))) return std::nullopt;
        return Match{b,
                     j + 1,
                     TimexType::kDuration,
                     duration_value(1, *u2),
                     std::nullopt,
                     "a length of time"};
      }
    }
    // Bare plurals after a preposition: "for years", "in months", "within days"
    if (!span_start && i > first_ &&
        is_one_of(w(i - 1), "for", "in", "within", "over", "recent", "coming") &&
        is_one_of(w(i), "years", "months", "weeks", "days", "hours", "decades", "minutes")) {
      if (w(i - 1) == "recent" || w(i - 1) == "coming")
        return std::nullopt;  // reference() takes them
      return Match{i,
                   i + 1,
                   TimexType::kDuration,
                   duration_value(-1, *unit_of(w(i))),
                   std::nullopt,
                   "a length of time"};
    }
    return std::nullopt;
  }

  // --- sets: "daily", "every Monday", "each year", "twice a week"
  std::optional<Match> set(size_t i) const {
    std::string_view a = w(i);
    // "rise 8.5% annually", "average daily volume": part of a rate, no time expression.
    if (is_one_of(a, "daily", "weekly", "monthly", "annually", "yearly") && i > first_ &&
        (is_one_of(w(i - 1), "%", "percent") || (a == "daily" && w(i - 1) == "average")))
      return std::nullopt;
    if (a == "per" && quantity_before(i)) return std::nullopt;
    if (a == "daily") return Match{i, i + 1, TimexType::kSet, "P1D", std::nullopt, "every day"};
    if (a == "weekly") return Match{i, i + 1, TimexType::kSet, "P1W", std::nullopt, "every week"};
    if (a == "monthly") return Match{i, i + 1, TimexType::kSet, "P1M", std::nullopt, "every month"};
    if (a == "annually" || a == "yearly")
      return Match{i, i + 1, TimexType::kSet, "P1Y", std::nullopt, "every year"};
    if (a == "every" || a == "each" || a == "per") {
      if (auto u = unit_of(w(i + 1)); u && !ends_with(w(i + 1), "s"))
        return Match{i,
                     i + 2,
                     TimexType::kSet,
                     duration_value(1, *u),
                     std::nullopt,
                     "every " + std::string(w(i + 1))};
      if (int wd = weekday_of(w(i + 1)); wd >= 0)
        return Match{i,
                     i + 2,
                     TimexType::kSet,
                     fmt::format("XXXX-WXX-{}", wd == 0 ? 7 : wd),
                     std::nullopt,
                     "every week"};
      if (int m = month_of(w(i + 1)); m > 0 && capitalized(i + 1))
        return Match{
            i, i + 2, TimexType::kSet, fmt::format("XXXX-{:02}", m), std::nullopt, "every year"};
    }
    return std::nullopt;
  }

  std::optional<Match> relative_day(size_t i) const {
    std::string_view a = w(i);
    // The older spellings: "to-day", "to-night", "to-morrow".
    if (a == "to-day") a = "today";
    if (a == "to-night") a = "tonight";
    if (a == "to-morrow") a = "tomorrow";
    const std::string& dct = dct_str();
    // "on the 2nd", "since the 15th": a day of the month the paper names by its number alone
    // (Korean and Japanese papers, older British ones): of the publication's month, or -- told
    // as past and later in the month than the paper, or as to come and earlier -- of the month
    // before or after. (Not an ordinal before a noun, "on the 2nd floor", "by the 15th
    // century"; "the 14th of February" is a date of its own.)
    if (a == "the" && i > first_ &&
        is_one_of(w(i - 1), "on", "since", "until", "till", "by", "from", "to", "through", "before",
                  "after")) {
      std::optional<int> day = ordinal_day(i + 1);
      size_t e = i + 2;
      // (The word after an ordinal that ends a day: a mark, a word of the clause, a participle.)
      auto ends_day = [&](size_t k) {
        return k >= last_ || toks_[k].kind != TokenKind::kWord ||
               is_one_of(w(k), "that", "and", "at", "in", "when", "after", "before", "with", "to",
                         "for", "but", "or", "while", "during", "as", "until", "local", "without",
                         "amid", "over", "under", "following") ||
               // ("a rally on the 2nd denouncing the Soviet Union"; not "the 2nd meeting")
               (ends_with(w(k), "ing") &&
                !is_one_of(w(k), "meeting", "building", "hearing", "briefing", "sitting", "evening",
                           "morning", "landing", "wedding", "gathering", "opening", "offering",
                           "setting", "ranking", "ring", "king", "wing", "spring", "string"));
      };
      bool ends = ends_day(e);
      // ("the 3rd and 4th Infantry Divisions", "the 2nd and 3rd floors": ordinals listed before
      // their noun; "the 2nd and 3rd of March": the month the second one names is left to it.)
      if (ends && is_one_of(w(e), "and", "or", "to", "through")) {
        size_t n = e + 1 < last_ && w(e + 1) == "the" ? e + 2 : e + 1;
        if (ordinal_day(n) && (!ends_day(n + 1) || (w(n + 1) == "of" && month_of(w(n + 2)) > 0)))
          ends = false;
      }
      if (day && ends && month_of(w(e)) == 0) {
        greg::date d = dct_;
        int y = d.year(), m = d.month();
        Tense tn = tense(i, e);
        // ("ordered to leave by the 25th", "closed until the 20th", "from the 14th to the 24th":
        // a limit or a span is of the paper's month, whatever the tense of the verb.)
        const bool limit = is_one_of(w(i - 1), "by", "until", "till", "from", "to", "through");
        if (!limit && *day > d.day() && tn != Tense::kFuture) {
          if (--m == 0) m = 12, --y;
        } else if (!limit && *day < d.day() && tn == Tense::kFuture) {
          if (++m == 13) m = 1, ++y;
        }
        if (*day > days_in_month(y, m)) return std::nullopt;
        return day_match(i, e,
                         greg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                    static_cast<unsigned short>(*day)),
                         *day == d.day() && m == d.month() ? "the publication date"
                                                           : "a day of the month, by its number");
      }
    }
    if (a == "today") return day_match(i, i + 1, dct_, "the publication date");
    if (a == "yesterday") return day_match(i, i + 1, dct_ - greg::days(1), "the day before " + dct);
    if (a == "tomorrow") return day_match(i, i + 1, dct_ + greg::days(1), "the day after " + dct);
    if (a == "tonight") return day_match(i, i + 1, dct_, "the publication date (tonight)");
    if (a == "last" && is(i + 1, "night")) {
      Match m = day_match(i, i + 2, dct_ - greg::days(1), "the night before " + dct);
      m.type = TimexType::kTime;
      m.value += "TNI";
      return m;
    }
    if ((a == "this" || a == "later" || a == "earlier") &&
        is_one_of(w(i + 1), "morning", "afternoon", "evening")) {
      Match m = day_match(i, i + 1, dct_, "the publication date");
      part_of_day(m);
      return m;
    }
    if ((a == "earlier" || a == "later") && is(i + 1, "today"))
      return day_match(i, i + 2, dct_, "the publication date");
    // "mid-afternoon yesterday", "by mid afternoon": a part of the day named after it, else of
    // the day the sentence is about.
    if (a == "mid-afternoon" || a == "mid-morning" ||
        (a == "mid" && is_one_of(w(i + 1), "afternoon", "morning"))) {
      size_t e = a == "mid" ? i + 2 : i + 1;
      std::string_view part = a == "mid" ? w(i + 1) : a.substr(4);
      greg::date d = sentence_day_ ? to_greg(*sentence_day_) : dct_;
      if (is(e, "yesterday")) d = dct_ - greg::days(1);
      if (is_one_of(w(e), "yesterday", "today")) ++e;
      Match m = day_match(i, e, d, "a part of the day");
      m.type = TimexType::kTime;
      m.value += part == "afternoon" ? "TAF" : "TMO";
      return m;
    }
    // "the next day", "the following day", "the day before", "that day": from the last day named.
    if (a != "the" && a != "that") return holiday(i);
    greg::date base = state_.day ? to_greg(*state_.day) : dct_;
    std::string from =
        state_.day ? "the day last named, " + to_string(*state_.day) : "the publication date";
    if ((a == "the" && is_one_of(w(i + 1), "next", "following") &&
         is_one_of(w(i + 2), "day", "morning")))
      return day_match(i, i + 3, base + greg::days(1), "the day after " + from);
    if (a == "the" && is(i + 1, "day") && is_one_of(w(i + 2), "before", "after") &&
        !(i + 3 < last_ && toks_[i + 3].kind == TokenKind::kWord && w(i + 3) != "yesterday"))
      return day_match(i, i + 3, base + greg::days(is(i + 2, "after") ? 1 : -1),
                       "a day from " + from);
    // "the following year": the year after the one of the last explicit date ("On May 22, 1995,
    // ..., and the following year he was appointed").
    if (a == "the" && is(i + 1, "following") && is(i + 2, "year") && state_.year &&
        !ends_with(toks_[i + 2].lower, "'s"))
      return year_match(i, i + 3, *state_.year + 1, "the year after the year last named");
    // "the following month", "the previous month": from the month of the last dated day or month
    // ("since July 2010, when ... Santos and Chavez restored relations the following month").
    if (a == "the" && is_one_of(w(i + 1), "following", "previous", "preceding") &&
        is(i + 2, "month") && state_.month && !ends_with(toks_[i + 2].lower, "'s")) {
      auto [y, mo] = *state_.month;
      int step = is(i + 1, "following") ? 1 : -1;
      int n = y * 12 + (mo - 1) + step;
      return month_match(i, i + 3, n / 12, n % 12 + 1,
                         step > 0 ? "the month after the month last named"
                                  : "the month before the month last named");
    }
    if (a == "the" && is(i + 1, "previous") && is(i + 2, "day"))
      return day_match(i, i + 3, base - greg::days(1), "the day before " + from);
    if ((a == "that" || (a == "the" && is(i + 1, "same"))) &&
        is(i + (a == "that" ? 1 : 2), "day") && state_.day)
      return day_match(i, i + (a == "that" ? 2 : 3), base, from);
    // "the same evening", "the same night": a part of the day last named, in the days of the
    // news (not a treaty's day of the background), and not after "last night" or "overnight",
    // which name no day of their own to it.
    auto recent = [&] {
      for (size_t k = first_; k < i; ++k)
        if (is(k, "overnight") || (is(k, "last") && is(k + 1, "night")) ||
            (is(k, "this") && is(k + 1, "week")))
          return false;
      return std::abs((base - dct_).days()) <= 10;
    };
    if (a == "the" && is(i + 1, "same") &&
        is_one_of(w(i + 2), "morning", "afternoon", "evening", "night") && state_.day &&
        !ends_with(toks_[i + 2].lower, "'s") && !is(i + 3, "that") && !is(i + 3, "as") &&
        recent()) {
      Match m = day_match(i, i + 2, base, from);
      part_of_day(m);
      return m;
    }
    return std::nullopt;
  }

  // Holidays of fixed or computable date: "Christmas", "Thanksgiving Day".
  std::optional<Match> holiday(size_t i) const {
    std::string_view a = w(i);
    struct Holiday {
      std::string_view w1, w2;
      int month, day;  // day < 0: the nth weekday rule below
    };
    static constexpr std::array<Holiday, 6> kHolidays = {{{"christmas", "eve", 12, 24},
                                                          {"christmas", "", 12, 25},
                                                          {"new", "year", 1, 1},
                                                          {"thanksgiving", "", 11, -1},
                                                          {"independence", "day", 7, 4},
                                                          {"halloween", "", 10, 31}}};
    for (const auto& h : kHolidays) {
      if (a != h.w1 || !capitalized(i)) continue;
      size_t e = i + 1;
      if (!h.w2.empty()) {
        if (!is(e, h.w2)) continue;
        ++e;
      }
      if (is(e, "day")) ++e;
      if (h.w1 == "new" && !is(e - 1, "day")) continue;
      int y = ctx_.published.year;
      if (auto yy = year_number(w(e))) {
        y = *yy;
        ++e;
      } else {
        Tense tn = i > first_ && w(i - 1) == "last" ? Tense::kPast : tense(i, e);
        if (tn == Tense::kPast && (h.month > ctx_.published.month)) --y;
      }
      greg::date d;
      if (h.day > 0) {
        d = greg::date(static_cast<unsigned short>(y), static_cast<unsigned short>(h.month),
                       static_cast<unsigned short>(h.day));
      } else {  // fourth Thursday of November
        greg::nth_day_of_the_week_in_month rule(greg::nth_day_of_the_week_in_month::fourth,
                                                greg::Thursday, greg::Nov);
        d = rule.get_date(static_cast<unsigned short>(y));
      }
      size_t b = i > first_ && w(i - 1) == "last" ? i - 1 : i;
      return day_match(b, e, d, "holiday");
    }
    return std::nullopt;
  }

  // `from`: where the expression that holds the weekday starts, for its tense.
  std::optional<Match> weekday(size_t i, size_t from = SIZE_MAX) const {
    // "the previous Friday", "the following Monday": the one before or after the day last named
    // (else the publication date).
    if (w(i) == "the" && is_one_of(w(i + 1), "previous", "preceding", "following")) {
      int wd = weekday_of(w(i + 2));
      if (wd < 0 || !capitalized(i + 2)) return std::nullopt;
      greg::date base = state_.day ? to_greg(*state_.day) : dct_;
      int base_wd = base.day_of_week().as_number();
      bool after = is(i + 1, "following");
      int diff = after ? (wd - base_wd + 7) % 7 : (base_wd - wd + 7) % 7;
      if (diff == 0) diff = 7;
      greg::date d = after ? base + greg::days(diff) : base - greg::days(diff);
      Match m = day_match(i, i + 3, d,
                          concat({"the ", w(i + 2), after ? " after " : " before ",
                                  state_.day ? "the day last named" : "the publication date"}));
      if (is_one_of(w(i + 3), "morning", "afternoon", "evening", "night")) ++m.last;
      return m;
    }
    size_t b = i;
    std::string_view mod;
    if (is_one_of(w(i), "last", "next", "this", "past", "coming")) {
      mod = w(i);
      ++i;
    }
    int wd = weekday_of(w(i));
    if (wd < 0 || !capitalized(i)) return std::nullopt;
    if (mod.empty()) {
      size_t k = punct(i + 1, ",") ? i + 2 : i + 1;
      // ("Wednesday, September 19"; "Wednesday 19 September", as British and French papers
      // write it)
      if ((month_of(w(k)) > 0 && day_number(w(k + 1))) ||
          (day_number(w(k)) && month_of(w(k + 1)) > 0)) {
        if (auto m = explicit_date(k)) {
          m->first = b;
          return m;
        }
      }
    }
    // "on Friday last week", "Tuesday next week": that day of the week before or after the
    // publication's (Monday to Sunday).
    if (mod.empty() && is_one_of(w(i + 1), "last", "next") && is(i + 2, "week")) {
      greg::date mon = monday_of(dct_) + greg::days(is(i + 1, "next") ? 7 : -7);
      greg::date d = mon + greg::days((wd + 6) % 7);
      Match m = day_match(b, i + 3, d, concat({"the ", w(i), " of ", w(i + 1), " week"}));
      return m;
    }
    int dct_wd = dct_.day_of_week().as_number();
    Tense tn = mod == "next" || mod == "coming" ? Tense::kFuture
               : mod == "last" || mod == "past" ? Tense::kPast
                                                : tense(std::min(b, from), i + 1);
    greg::date d = dct_;
    std::string day_name(text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin));
    std::string anchor;
    if (wd == dct_wd && mod != "next" && mod != "last") {
      anchor = concat({"the publication date, a ", w(i)});
    } else if (tn == Tense::kFuture) {
      int diff = (wd - dct_wd + 7) % 7;
      d = dct_ + greg::days(diff == 0 ? 7 : diff);
      anchor = concat({"the ", day_name, " after ", dct_str()});
    } else {
      int diff = (dct_wd - wd + 7) % 7;
      d = dct_ - greg::days(diff == 0 ? 7 : diff);
      anchor = concat({"the ", day_name, " before ", dct_str()});
    }
    Match m = day_match(b, i + 1, d, anchor);
    if (is_one_of(w(i + 1), "morning", "afternoon", "evening", "night")) ++m.last;
    return m;
  }

  std::optional<Match> weekend(size_t i) const {
    size_t b = i;
    std::string_view mod;
    if (is_one_of(w(i), "the", "this", "last", "next", "past", "coming")) {
      mod = w(i);
      ++i;
    }
    if (!is(i, "weekend") || mod.empty()) return std::nullopt;
    int dct_wd = dct_.day_of_week().as_number();  // 0 Sunday .. 6 Saturday
    Tense tn = mod == "next" || mod == "coming" ? Tense::kFuture
               : mod == "last" || mod == "past" ? Tense::kPast
                                                : tense(b, i + 1);
    bool in_weekend = dct_wd == 6 || dct_wd == 0;
    greg::date this_sat = dct_ - greg::days((dct_wd + 1) % 7);  // latest Saturday, maybe today
    greg::date sat;
    if (mod == "next" || mod == "coming")
      sat = in_weekend ? this_sat + greg::days(7) : dct_ + greg::days(6 - dct_wd);
    else if (mod == "last" || mod == "past")
      sat = in_weekend ? this_sat - greg::days(7) : this_sat;
    else if (in_weekend)
      sat = this_sat;
    else
      sat = tn == Tense::kFuture ? dct_ + greg::days(6 - dct_wd) : this_sat;
    greg::date sun = sat + greg::days(1);
    return Match{b,
                 i + 1,
                 TimexType::kDate,
                 iso_week(sat) + "-WE",
                 Edtf::range(from_greg(sat), from_greg(sun)),
                 fmt::format("the weekend of {} ({})", day_value(sat),
                             tn == Tense::kFuture ? "future tense" : "past tense")};
  }

  std::optional<Match> relative_period(size_t i) const {
    size_t b = i;
    if (is_one_of(w(i), "earlier", "later") && is(i + 1, "this")) ++i;
    std::string_view mod = w(i);
    if (!is_one_of(mod, "last", "this", "next", "past", "coming")) return std::nullopt;
    std::string_view unit = w(i + 1);
    int shift = mod == "last" || mod == "past" ? -1 : mod == "next" || mod == "coming" ? 1 : 0;
    if (mod == "past" && unit != "week") return std::nullopt;
    if (unit != "week" && unit != "month" && unit != "year") return std::nullopt;
    std::string anchor = concat({mod, " ", unit, " of ", dct_str()});
    // "earlier this month", "later this week": the part of the period before or after the
    // publication date, as an event's date (the TIMEX3 value is the period's).
    const bool earlier = b < i && w(b) == "earlier", later = b < i && w(b) == "later";
    auto part = [&](Match m) {
      auto from = m.date->earliest_day(), to = m.date->latest_day();
      if (earlier && from && to_greg(*from) < dct_)
        m.date = Edtf::range(*from, from_greg(dct_ - greg::days(1)));
      if (later && to && dct_ < to_greg(*to))
        m.date = Edtf::range(from_greg(dct_ + greg::days(1)), *to);
      return m;
    };
    if (unit == "week") {
      // "will travel to the United States this week" (or "later this week") in a Sunday paper:
      // the week ahead.
      if (mod == "this" && (b == i || later) && dct_.day_of_week().as_number() == 0 &&
          tense(b, i + 2) == Tense::kFuture)
        shift = 1;
      greg::date mon = monday_of(dct_) + greg::days(7 * shift);
      return part(Match{b, i + 2, TimexType::kDate, iso_week(mon),
                        Edtf::range(from_greg(mon), from_greg(mon + greg::days(6))), anchor});
    }
    if (unit == "month") {
      int y = ctx_.published.year, m = ctx_.published.month + shift;
      if (m == 0) {
        m = 12;
        --y;
      }
      if (m == 13) {
        m = 1;
        ++y;
      }
      return part(month_match(b, i + 2, y, m, anchor));
    }
    if (unit == "year") return part(year_match(b, i + 2, ctx_.published.year + shift, anchor));
    return std::nullopt;
  }

  // --- "now", "currently", "recently", "the past", "the future", "recent years"
  std::optional<Match> reference(size_t i) const {
    std::string_view a = w(i);
    if (a == "now" && !is(i + 1, "that")) return ref(i, i + 1, "PRESENT_REF");
    if (a == "currently" || a == "nowadays") return ref(i, i + 1, "PRESENT_REF");
    if (a == "current" && !is_one_of(w(i + 1), "account", "accounts", "affairs", "events"))
      return ref(i, i + 1, "PRESENT_REF");
    if (a == "these" && is(i + 1, "days")) return ref(i, i + 2, "PRESENT_REF");
    if (a == "at" && is(i + 1, "present")) return ref(i + 1, i + 2, "PRESENT_REF");
    if (a == "recently" || a == "lately") {
      size_t b = i > first_ && is_one_of(w(i - 1), "more", "most", "only", "until") ? i - 1 : i;
      if (b < i && w(b) == "until") b = i;
      return ref(b, i + 1, "PAST_REF");
    }
    if (a == "recent") {
      if (is_one_of(w(i + 1), "years", "decades")) return ref(i, i + 2, "PAST_REF");
      if (auto u = unit_of(w(i + 1)); u && ends_with(w(i + 1), "s"))
        return Match{i,       i + 2, TimexType::kDuration, duration_value(-1, *u), std::nullopt,
                     "recent"};
      return ref(i, i + 1, "PAST_REF");
    }
    if (a == "the" && is(i + 1, "past") && !number_word(w(i + 2)) && !unit_of(w(i + 2)))
      return ref(i, i + 2, "PAST_REF");
    if (a == "the" && is(i + 1, "future")) return ref(i, i + 2, "FUTURE_REF");
    if (a == "the" && is(i + 1, "near") && is(i + 2, "future")) return ref(i, i + 3, "FUTURE_REF");
    // "the challenges of the near term", "in the short term"; not "the long term savings".
    if (a == "the" && is_one_of(w(i + 1), "near", "short", "long") && is(i + 2, "term") &&
        !(i + 3 < last_ && toks_[i + 3].kind == TokenKind::kWord &&
          !is_one_of(w(i + 3), "and", "but", "or", "as", "of", "in", "for", "to", "on", "at", "by",
                     "than", "while", "because", "is", "was", "will")))
      return ref(i, i + 3, "FUTURE_REF");
    if (a == "future" && is_one_of(w(i + 1), "years", "quarters", "months"))
      return ref(i, i + 2, "FUTURE_REF");
    if (a == "coming" && is_one_of(w(i + 1), "years", "months", "weeks", "days"))
      return Match{i,
                   i + 2,
                   TimexType::kDuration,
                   duration_value(-1, *unit_of(w(i + 1))),
                   std::nullopt,
                   "coming"};
    return std::nullopt;
  }

  std::string_view text_;
  const Tokens& toks_;
  const Token* tok_;  // toks_.begin()
  size_t first_, last_;
  const DateContext& ctx_;
  bool dct_ok_;
  greg::date dct_;
  TemporalState& state_;
  size_t size_;                   // last_ - first_
  size_t next_temporal_;          // the first temporal word at or after the last start looked at
  mutable std::string dct_text_;  // the publication date as text, made when first needed

 public:
  std::optional<CalendarDate> sentence_day_;  ///< the last day named in this sentence
  /// A year written in full earlier in this sentence ("landed in 1982, and retook the islands
  /// on 14 June"): a day without a year after it is of that year.
  std::optional<std::pair<int, size_t>> sentence_year_;  ///< (year, the token after it)
};

bool is_preposition(std::string_view w) {
  static const WordSet kPrepositions = {"on",         "over",  "during", "in",    "at",   "by",
                                        "since",      "until", "before", "after", "from", "through",
                                        "throughout", "till",  "within", "for"};
  return kPrepositions.contains(w);
}

// Appends the expressions of the sentence tokens[first, last) to `out`.
void find_dates_with(std::string_view text, const Tokens& tokens, size_t first, size_t last,
                     const DateContext& ctx, TemporalState& state, std::vector<TimeMention>& out) {
  // A sentence without a temporal word yields nothing and leaves the state as it was.
  size_t first_temporal = Matcher::first_temporal_word(tokens, first, last);
  if (first_temporal == last) return;
  if (!ctx.published.valid() || ctx.published.precision() != Precision::kDay) return;
  Matcher matcher(text, tokens, first, last, first_temporal, ctx, state);
  // The match at a start, made in place (a std::optional<Match> assigned at each of the ~7,000
  // starts of a pass over TBAQ cost ~70 instructions each).
  auto match_at = [&matcher](size_t i) -> std::optional<Match> {
    try {
      return matcher.at(i);
    } catch (const std::out_of_range&) {
      return std::nullopt;  // date arithmetic left Boost's range (years 1400..9999): no date
    }
  };
  for (size_t i = matcher.next_start(first); i < last; i = matcher.next_start(i)) {
    std::optional<Match> m = match_at(i);
    if (!m) {
      ++i;
      continue;
    }
    TimeMention t;
    t.first_token = m->first;
    t.last_token = m->last;
    t.begin = tokens[m->first].begin;
    t.end = tokens[m->last - 1].end;
    // "last year's": the possessive ending is not part of the expression.
    std::string_view tail =
        text.substr(tokens[m->last - 1].begin, t.end - tokens[m->last - 1].begin);
    if (tail.size() > 2 && (ends_with(tail, "'s") || ends_with(tail, "s'")))
      t.end -= ends_with(tail, "'s") ? 2 : 1;
    else if (tail.size() > 4 && ends_with(tail, "\u2019s"))
      t.end -= 4;
    t.phrase_begin = t.begin;
    if (m->first > first && is_preposition(tokens[m->first - 1].lower))
      t.phrase_begin = tokens[m->first - 1].begin;
    t.type = m->type;
    t.value = std::move(m->value);
    t.date = std::move(m->date);
    t.anchor = std::move(m->anchor);
    if (t.date && !t.date->interval && t.date->start &&
        t.date->start->date.precision() == Precision::kDay && t.type == TimexType::kDate) {
      state.day = t.date->start->date;
      matcher.sentence_day_ = state.day;
    }
    if (t.date && !t.date->interval && t.date->start && t.type == TimexType::kDate &&
        (t.date->start->date.precision() == Precision::kDay ||
         t.date->start->date.precision() == Precision::kMonth))
      state.month = std::pair(t.date->start->date.year, t.date->start->date.month);
    // (A year "in 1982", not one that modifies a noun, "the 2015 nuclear deal", or "born in".)
    if (t.date && !t.date->interval && t.date->start && t.type == TimexType::kDate &&
        t.date->start->date.precision() == Precision::kYear && t.anchor == "written in full" &&
        m->first > first && tokens[m->first - 1].lower == "in" &&
        !(m->first > first + 1 && tokens[m->first - 2].lower == "born"))
      matcher.sentence_year_ = std::pair(t.date->start->date.year, t.last_token);
    out.push_back(std::move(t));
    i = m->last;
  }
}

}  // namespace

std::vector<TimeMention> find_dates(std::string_view text, const Tokens& tokens, size_t first,
                                    size_t last, const DateContext& ctx) {
  TemporalState state;
  std::vector<TimeMention> out;
  find_dates_with(text, tokens, first, last, ctx, state, out);
  return out;
}

TemporalTagger::TemporalTagger(DateContext ctx)
    : ctx_(ctx), state_(std::make_unique<TemporalState>()) {}
TemporalTagger::~TemporalTagger() = default;

std::vector<TimeMention> TemporalTagger::sentence(std::string_view text, const Tokens& tokens,
                                                  size_t first, size_t last) {
  std::vector<TimeMention> out;
  find_dates_with(text, tokens, first, last, ctx_, *state_, out);
  return out;
}

std::vector<TimeMention> find_timexes(std::string_view text, size_t begin, size_t end,
                                      const DateContext& ctx) {
  auto toks = tokenize(text, begin, end);
  // The sentences in turn, as a TemporalTagger reads them, into one vector.
  TemporalState state;
  std::vector<TimeMention> out;
  for (const auto& s : split_sentences(text, toks))
    find_dates_with(text, toks, s.first_token, s.last_token, ctx, state, out);
  return out;
}

namespace {

// "7-8" as two days of the month, or {0, 0}.
std::pair<int, int> day_pair(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return {0, 0};
  int a = day_number(w.substr(0, dash)).value_or(0);
  int b = day_number(w.substr(dash + 1)).value_or(0);
  return a && b && a < b ? std::pair(a, b) : std::pair(0, 0);
}

}  // namespace

void join_day_ranges(std::string_view text, const Tokens& toks, size_t first, size_t last,
                     std::vector<TimeMention>& times) {
  auto word = [&](size_t i) { return text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  auto set_range = [&](TimeMention& t, CalendarDate a, int last_day, size_t end_token) {
    CalendarDate b = CalendarDate::ymd(a.year, a.month, last_day);
    if (!a.valid() || !b.valid()) return;
    t.date = Edtf::range(a, b);
    t.value = to_string(a);
    t.end = toks[end_token - 1].end;
    t.last_token = end_token;
  };
  // A range whose first day is written before the mention: it starts at token `from`.
  auto start_earlier = [&](TimeMention& t, size_t from, CalendarDate start, int last_day) {
    size_t end_token = t.last_token;
    t.first_token = from;
    t.begin = toks[from].begin;
    t.phrase_begin = std::min(t.phrase_begin, t.begin);
    set_range(t, start, last_day, end_token);
  };
  auto joint = [](std::string_view w) {
    return is_one_of(w, "to", "through", "until", "till", "and", "-", "\u2013");
  };
  for (size_t k = 0; k < times.size(); ++k) {
    TimeMention& t = times[k];
    if (!t.date || t.date->interval || !t.date->start) continue;
    CalendarDate d = t.date->start->date;
    size_t after = t.last_token;
    bool free_after = k + 1 == times.size() || times[k + 1].first_token > after + 1;
    bool free_before = k == 0 || times[k - 1].last_token < t.first_token - 1;
    if (d.precision() == Precision::kDay && after + 1 < last && free_after) {
      // "March 6 to 10", "December 14 and 15", "June 3-5" written as "June 3 - 5".
      int to = day_number(word(after + 1)).value_or(0);
      // ("on March 6 and 10 people died": the number counts something.)
      bool ends = after + 2 == last || toks[after + 2].kind == TokenKind::kPunct ||
                  is_one_of(toks[after + 2].lower, "in", "at", "for", "to", "and", "with", "on",
                            "when", "as", "but", "after", "before");
      if (joint(toks[after].lower) && to > d.day && ends) set_range(t, d, to, after + 2);
    } else if (d.precision() == Precision::kMonth && after < last && free_after) {
      // "July 7-8"
      if (auto [a, b] = day_pair(word(after)); a)
        set_range(t, CalendarDate::ymd(d.year, d.month, a), b, after + 1);
    }
    // "6 to 10 March", "the night of 26 to 27 September": the first day before the joint.
    if (d.precision() == Precision::kDay && t.first_token >= first + 2 && free_before &&
        joint(toks[t.first_token - 1].lower) &&
        day_number(word(t.first_token)).value_or(0) == d.day) {
      int from = day_number(word(t.first_token - 2)).value_or(0);
      // (Not a sum or a count: "$5 to 10 March", "1,5 to 10 March"; nor a day moved to
      // another: "postponed from 6 to 10 March".)
      bool counted = t.first_token >= first + 3 &&
                     (toks[t.first_token - 3].kind == TokenKind::kNumber ||
                      is_one_of(toks[t.first_token - 3].lower, "$", "£", "€", ".") ||
                      (toks[t.first_token - 3].lower == "from" && t.first_token >= first + 4 &&
                       is_one_of(toks[t.first_token - 4].lower, "postponed", "moved", "delayed",
                                 "shifted", "rescheduled", "put", "brought", "pushed", "changed")));
      if (from && from < d.day && !counted)
        start_earlier(t, t.first_token - 2, CalendarDate::ymd(d.year, d.month, from), d.day);
    }
    if (d.precision() == Precision::kMonth && t.first_token > first && free_before) {
      // "7-8 July"
      if (auto [a, b] = day_pair(word(t.first_token - 1)); a)
        start_earlier(t, t.first_token - 1, CalendarDate::ymd(d.year, d.month, a), b);
    }
  }
}

std::optional<CalendarDate> parse_full_date(std::string_view s) {
  auto num = [](std::string_view x, int& out) {
    if (x.empty()) return false;
    auto r = std::from_chars(x.data(), x.data() + x.size(), out);
    return r.ec == std::errc() && r.ptr == x.data() + x.size();
  };
  auto trim_end = [](std::string_view x) {
    while (!x.empty() && (x.back() == ' ' || x.back() == ',' || x.back() == '.'))
      x.remove_suffix(1);
    return x;
  };
  size_t n = 0;
  while (n < s.size() && ((s[n] >= '0' && s[n] <= '9') || s[n] == '-' || s[n] == '/')) ++n;
  std::string_view head = s.substr(0, n);
  if (head.size() == 10 && head[4] == '-' && head[7] == '-') {
    CalendarDate d;
    if (num(head.substr(0, 4), d.year) && num(head.substr(5, 2), d.month) &&
        num(head.substr(8, 2), d.day) && d.valid())
      return d;
    return std::nullopt;
  }
  if (auto a = head.find('/'); a != std::string_view::npos) {
    auto b = head.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    int x = 0, y = 0, z = 0;
    if (!num(head.substr(0, a), x) || !num(head.substr(a + 1, b - a - 1), y) ||
        !num(head.substr(b + 1), z) || head.size() - b - 1 != 4)
      return std::nullopt;
    CalendarDate d = x > 12 ? CalendarDate{z, y, x} : CalendarDate{z, x, y};  // US order first
    if (d.valid()) return d;
    return std::nullopt;
  }
  // Word forms: [Weekday,] Month D[,] YYYY | D Month YYYY
  std::vector<std::string> words;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
      if (words.size() >= 5) break;
    } else {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!cur.empty()) words.push_back(cur);
  size_t i = 0;
  if (!words.empty() && weekday_of(trim_end(words[0])) >= 0) ++i;
  if (words.size() < i + 3) return std::nullopt;
  std::string_view a = trim_end(words[i]), b = trim_end(words[i + 1]), c = trim_end(words[i + 2]);
  CalendarDate d;
  if (int m = month_of(a); m > 0) {
    auto day = day_number(b);
    auto year = year_number(c);
    if (day && year) d = CalendarDate{*year, m, *day};
  } else if (int m2 = month_of(b); m2 > 0) {
    auto day = day_number(a);
    auto year = year_number(c);
    if (day && year) d = CalendarDate{*year, m2, *day};
  }
  if (d.year > 0 && d.valid()) return d;
  return std::nullopt;
}

std::optional<CalendarDate> parse_filing_day(std::string_view s, CalendarDate published) {
  auto usable = [](const CalendarDate& d) {  // boost's calendar starts in 1400 (a week's room)
    return d.valid() && d.precision() == Precision::kDay && d.year >= 1401;
  };
  if (!usable(published)) return std::nullopt;
  const greg::date pub = to_greg(published);
  // Within the week before publication: a story is not filed later than it is printed, nor
  // printed weeks after it is filed.
  auto in_week = [&](const CalendarDate& d) -> std::optional<CalendarDate> {
    if (!usable(d)) return std::nullopt;
    greg::date g = to_greg(d);
    if (g <= pub && pub - g <= greg::days(7)) return d;
    return std::nullopt;
  };
  if (auto full = parse_full_date(s)) return in_week(*full);
  std::vector<std::string> words;  // the first three words, lower case, without "." and ","
  std::string cur;
  for (size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    const bool at_end = k + 1 == s.size();
    // ("RAWALPINDI, May 15: President ...", as South Asian papers close a dateline.)
    // (Not a clock's: "WASHINGTON, Oct. 10:30 a.m.".)
    bool sep =
        c == ' ' || c == ',' || c == '.' || c == '\t' || (c == ':' && (at_end || s[k + 1] == ' '));
    if (!sep) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (sep || at_end) {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
      if (words.size() == 3) break;
    }
  }
  if (words.empty()) return std::nullopt;
  // "Mon.", "Tues", "Thursday": the latest such day up to publication, at most two days
  // before it (a "Tues." in Monday's paper is a date written a day ahead, not last week's);
  // not a word of a name ("MAWLAMYINE, Mon State", "MARK SMITH, SUN STAFF WRITER").
  int wd = weekday_of(words[0]);
  for (auto [abbr, n] : {std::pair{"mon", 1},
                         {"tue", 2},
                         {"tues", 2},
                         {"wed", 3},
                         {"thu", 4},
                         {"thur", 4},
                         {"thurs", 4},
                         {"fri", 5},
                         {"sat", 6},
                         {"sun", 0}})
    if (words[0] == abbr) wd = n;
  size_t after = s.find_first_not_of(' ');
  after = after == std::string_view::npos ? s.size() : s.find_first_of(" .,", after);
  while (after < s.size() && (s[after] == ' ' || s[after] == '.')) ++after;
  bool word_follows = after < s.size() && std::isalpha(static_cast<unsigned char>(s[after]));
  if (wd >= 0 && !word_follows) {
    greg::date g = pub;
    for (int back = 0; back <= 2; ++back, g -= greg::days(1))
      if (g.day_of_week().as_number() == wd) return from_greg(g);
    return std::nullopt;
  }
  // "MADRID, 6. --", "ROME, 6 (Reuters) -": the day of the month alone, as Spanish, Italian and
  // French papers date their wires: of the paper's month, or the month before when the number is
  // past the paper's day. (Only a number closed by a full stop, a bracket or a dash: not "KYIV,
  // 3 soldiers".)
  if (wd < 0) {
    std::string_view t = s.substr(std::min(s.size(), s.find_first_not_of(' ')));
    size_t n = 0;
    while (n < t.size() && n < 3 && t[n] >= '0' && t[n] <= '9') ++n;
    std::string_view rest = t.substr(n);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::optional<int> dom = n > 0 && n <= 2 ? day_number(t.substr(0, n)) : std::nullopt;
    // (Not a score or a clock: "2-1 down", "10.30 a.m.".)
    bool closed = n < t.size() && (t[n] == '.' || t[n] == ' ') &&
                  !(t[n] == '.' && n + 1 < t.size() && t[n + 1] >= '0' && t[n + 1] <= '9');
    if (dom && closed &&
        (rest.starts_with(".") || rest.starts_with("(") || rest.starts_with("-") ||
         rest.starts_with("\u2014") || rest.starts_with("\u2013"))) {
      greg::date g(greg::date(pub.year(), pub.month(), 1));
      if (*dom > published.day) g -= greg::months(1);
      if (*dom > static_cast<int>(g.end_of_month().day())) return std::nullopt;
      return in_week(CalendarDate{static_cast<int>(g.year()), static_cast<int>(g.month()), *dom});
    }
  }
  // "Dec 22", "22 December": in the year of publication, or the one before in early January.
  size_t i = wd >= 0 ? 1 : 0;
  if (words.size() < i + 2) return std::nullopt;
  int month = month_of(words[i]);
  std::optional<int> day = month > 0 ? day_number(words[i + 1]) : std::nullopt;
  if (month == 0 && (month = month_of(words[i + 1])) > 0) day = day_number(words[i]);
  if (month == 0 || !day) return std::nullopt;
  int year = published.year - (month > published.month ? 1 : 0);
  return in_week(CalendarDate{year, month, *day});
}

}  // namespace dipline
