#include "dipline/temporal.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <charconv>

namespace dipline {

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

// ---- words -----------------------------------------------------------------------------------

int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (int i = 0; i < 12; ++i)
    if (w == kFull[static_cast<size_t>(i)] || w == kShort[static_cast<size_t>(i)]) return i + 1;
  if (w == "sept") return 9;
  return 0;
}

// 0 = Sunday .. 6 = Saturday, as boost; -1 when not a weekday.
int weekday_of(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[static_cast<size_t>(i)]) return i;
  return -1;
}

std::optional<int> small_number(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (size_t i = 0; i < kWords.size(); ++i)
    if (w == kWords[i]) return static_cast<int>(i);
  if (w == "a" || w == "an") return 1;
  int n = 0;
  auto r = std::from_chars(w.data(), w.data() + w.size(), n);
  if (r.ec == std::errc() && r.ptr == w.data() + w.size()) return n;
  return std::nullopt;
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

std::optional<int> year_number(std::string_view w) {
  if (w.size() != 4 ||
      !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int y = 0;
  std::from_chars(w.data(), w.data() + 4, y);
  return y;
}

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
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

// ---- tense -----------------------------------------------------------------------------------

enum class Tense { kPast, kFuture, kUnknown };

Tense tense_word(const Token& t) {
  const std::string& w = t.lower;
  if (is_one_of(w, {"will", "shall", "'ll", "would", "due", "expected", "scheduled", "plans",
                    "plan", "planned", "planning", "set", "going", "upcoming", "tomorrow", "next",
                    "intends", "hopes", "to"}))
    return w == "to" ? Tense::kUnknown : Tense::kFuture;
  if (is_one_of(w, {"said", "told",  "was",  "were", "had",  "did",   "ago",  "last",   "spoke",
                    "met",  "held",  "made", "took", "gave", "began", "came", "went",   "sent",
                    "saw",  "wrote", "won",  "lost", "left", "fell",  "rose", "struck", "agreed"}))
    return Tense::kPast;
  if (t.kind == TokenKind::kWord && w.size() > 4 && w.ends_with("ed")) return Tense::kPast;
  return Tense::kUnknown;
}

bool clause_break(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  std::string_view s = text.substr(t.begin, t.end - t.begin);
  return s == ";" || s == "\u2014" || s == ":" || is_quote(text, t);
}

// The tense governing a time expression at tokens [b, e): the nearest marker to its left within
// the clause, else to its right.
Tense tense_at(std::string_view text, const std::vector<Token>& toks, size_t first, size_t last,
               size_t b, size_t e) {
  for (size_t k = b, n = 0; k > first && n < 8; --k, ++n) {
    const Token& t = toks[k - 1];
    if (clause_break(text, t)) break;
    if (Tense x = tense_word(t); x != Tense::kUnknown) return x;
  }
  for (size_t k = e, n = 0; k < last && n < 6; ++k, ++n) {
    const Token& t = toks[k];
    if (clause_break(text, t)) break;
    if (Tense x = tense_word(t); x != Tense::kUnknown) return x;
  }
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

class Matcher {
 public:
  Matcher(std::string_view text, const std::vector<Token>& toks, size_t first, size_t last,
          const DateContext& ctx)
      : text_(text),
        toks_(toks),
        first_(first),
        last_(last),
        ctx_(ctx),
        dct_(to_greg(ctx.published)) {}

  std::optional<Match> at(size_t i) {
    if (auto m = explicit_date(i)) return m;
    if (auto m = relative_day(i)) return m;
    if (auto m = weekday(i)) return m;
    if (auto m = weekend(i)) return m;
    if (auto m = relative_period(i)) return m;
    if (auto m = ago(i)) return m;
    return std::nullopt;
  }

 private:
  const std::string& w(size_t i) const {
    static const std::string kEmpty;
    return i < last_ ? toks_[i].lower : kEmpty;
  }
  bool is(size_t i, std::string_view s) const { return i < last_ && toks_[i].lower == s; }
  bool is_punct(size_t i, std::string_view s) const {
    return i < last_ && toks_[i].kind == TokenKind::kPunct &&
           text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin) == s;
  }
  Tense tense(size_t b, size_t e) const { return tense_at(text_, toks_, first_, last_, b, e); }

  Match day_match(size_t b, size_t e, const greg::date& d, std::string anchor) const {
    return Match{
        b, e, TimexType::kDate, day_value(d), Edtf::point(from_greg(d)), std::move(anchor)};
  }

  // Part of day after a day expression: "Monday night" -> TIME 2022-02-14TNI.
  void part_of_day(Match& m) const {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kParts = {
        {{"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}}};
    for (auto [word, code] : kParts) {
      if (is(m.last, word)) {
        m.value += "T" + std::string(code);
        m.type = TimexType::kTime;
        ++m.last;
        return;
      }
    }
  }

  int infer_year_for_day(int month, int day, Tense t) const {
    int best = ctx_.published.year;
    long best_dist = -1;
    for (int y = ctx_.published.year - 1; y <= ctx_.published.year + 1; ++y) {
      if (day > days_in_month(y, month)) continue;
      long dist = (to_greg(CalendarDate{y, month, day}) - dct_).days();
      if (t == Tense::kPast && dist > 31) continue;
      if (t == Tense::kFuture && dist < -31) continue;
      if (best_dist < 0 || std::labs(dist) < best_dist) {
        best_dist = std::labs(dist);
        best = y;
      }
    }
    return best;
  }

  std::optional<Match> explicit_date(size_t i) const {
    const Token& t = toks_[i];
    // ISO 2022-02-14 and numeric 2/14/2022.
    if (t.kind == TokenKind::kNumber) {
      if (auto d = parse_full_date(text_.substr(t.begin, t.end - t.begin));
          d &&
          text_.substr(t.begin, t.end - t.begin).find_first_of("-/") != std::string_view::npos) {
        return Match{i, i + 1, TimexType::kDate, to_string(*d), Edtf::point(*d), "written in full"};
      }
      // 14 February [2022] / 14th of February
      if (auto day = day_number(t.lower)) {
        size_t j = i + 1;
        if (is(j, "of")) ++j;
        if (int m = month_of(w(j)); m > 0 && toks_[j].capitalized) {
          ++j;
          if (auto y = year_number(w(j))) {
            CalendarDate d{*y, m, *day};
            if (d.valid())
              return Match{
                  i, j + 1, TimexType::kDate, to_string(d), Edtf::point(d), "written in full"};
          }
          int y = infer_year_for_day(m, *day, tense(i, j));
          CalendarDate d{y, m, *day};
          if (d.valid())
            return Match{i,
                         j,
                         TimexType::kDate,
                         to_string(d),
                         Edtf::point(d),
                         fmt::format("year {} from the publication date", y)};
        }
      }
      // Years: "in 1998", "since 2014".
      if (auto y = year_number(t.lower);
          y && *y >= 1800 && *y <= 2100 && i > first_ &&
          is_one_of(w(i - 1), {"in", "since", "by", "until", "of", "from", "to", "before", "after",
                               "during", "early", "late", "mid", "through", "till", "year"})) {
        CalendarDate d{*y, 0, 0};
        return Match{i, i + 1, TimexType::kDate, to_string(d), Edtf::point(d), "written in full"};
      }
      // Decades: "the 1990s".
      if (t.lower.size() == 5 && t.lower.ends_with("0s")) {
        if (auto y = year_number(t.lower.substr(0, 4))) {
          return Match{i,
                       i + 1,
                       TimexType::kDate,
                       t.lower.substr(0, 3),
                       Edtf::range(CalendarDate{*y, 0, 0}, CalendarDate{*y + 9, 0, 0}),
                       "decade"};
        }
      }
      return std::nullopt;
    }
    int m = month_of(t.lower);
    if (m == 0 || !t.capitalized) return std::nullopt;
    // "May" and "March" are also common words: require a number after or a preposition before.
    bool ambiguous = t.lower == "may" || t.lower == "march";
    size_t j = i + 1;
    if (auto day = day_number(w(j))) {
      ++j;
      size_t k = j;
      if (is_punct(k, ",")) ++k;
      if (auto y = year_number(w(k))) {
        CalendarDate d{*y, m, *day};
        if (d.valid())
          return Match{i, k + 1, TimexType::kDate, to_string(d), Edtf::point(d), "written in full"};
      }
      int y = infer_year_for_day(m, *day, tense(i, j));
      CalendarDate d{y, m, *day};
      if (!d.valid()) return std::nullopt;
      return Match{i,
                   j,
                   TimexType::kDate,
                   to_string(d),
                   Edtf::point(d),
                   fmt::format("year {} from the publication date", y)};
    }
    if (auto y = year_number(w(j))) {
      CalendarDate d{*y, m, 0};
      return Match{i, j + 1, TimexType::kDate, to_string(d), Edtf::point(d), "written in full"};
    }
    if (ambiguous && !(i > first_ && is_one_of(w(i - 1), {"in", "since", "until", "by", "early",
                                                          "late", "mid", "last", "next", "this"})))
      return std::nullopt;
    // A month alone: the last such month (past) or the next (future), relative to publication.
    int y = ctx_.published.year;
    Tense tn = tense(i, j);
    if (tn == Tense::kFuture && m < ctx_.published.month) ++y;
    if (tn != Tense::kFuture && m > ctx_.published.month) --y;
    CalendarDate d{y, m, 0};
    return Match{i,
                 j,
                 TimexType::kDate,
                 to_string(d),
                 Edtf::point(d),
                 fmt::format("year {} from the publication date", y)};
  }

  std::optional<Match> relative_day(size_t i) const {
    const std::string& a = w(i);
    auto dct_str = to_string(ctx_.published);
    if (a == "today") return day_match(i, i + 1, dct_, "the publication date");
    if (a == "yesterday")
      return day_match(i, i + 1, dct_ - greg::days(1), "the day before " + dct_str);
    if (a == "tomorrow")
      return day_match(i, i + 1, dct_ + greg::days(1), "the day after " + dct_str);
    if (a == "tonight") {
      Match m = day_match(i, i + 1, dct_, "the publication date");
      m.type = TimexType::kTime;
      m.value += "TNI";
      return m;
    }
    if (a == "last" && is(i + 1, "night")) {
      Match m = day_match(i, i + 2, dct_ - greg::days(1), "the night before " + dct_str);
      m.type = TimexType::kTime;
      m.value += "TNI";
      return m;
    }
    if (a == "this" && is_one_of(w(i + 1), {"morning", "afternoon", "evening"})) {
      Match m = day_match(i, i + 1, dct_, "the publication date");
      part_of_day(m);
      return m;
    }
    return std::nullopt;
  }

  std::optional<Match> weekday(size_t i) const {
    size_t b = i;
    std::string_view mod;
    if (is_one_of(w(i), {"last", "next", "this", "past", "coming"})) {
      mod = w(i);
      ++i;
    }
    std::string_view word = w(i);
    if (word.ends_with("'s")) word.remove_suffix(2);  // "after Monday's call"
    if (word.ends_with("\u2019s")) word.remove_suffix(4);
    int wd = weekday_of(word);
    if (wd < 0 || !toks_[i].capitalized) return std::nullopt;
    int dct_wd = dct_.day_of_week().as_number();
    Tense tn = mod == "next" || mod == "coming" ? Tense::kFuture
               : mod == "last" || mod == "past" ? Tense::kPast
                                                : tense(b, i + 1);
    greg::date d = dct_;
    std::string anchor;
    if (wd == dct_wd && mod != "next" && mod != "last") {
      anchor = fmt::format("the publication date, a {}", word);
    } else if (tn == Tense::kFuture) {
      int diff = (wd - dct_wd + 7) % 7;
      d = dct_ + greg::days(diff == 0 ? 7 : diff);
      anchor = fmt::format("the {} after {}",
                           text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin),
                           to_string(ctx_.published));
    } else {
      int diff = (dct_wd - wd + 7) % 7;
      d = dct_ - greg::days(diff == 0 ? 7 : diff);
      anchor = fmt::format("the {} before {}",
                           text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin),
                           to_string(ctx_.published));
    }
    Match m = day_match(b, i + 1, d, anchor);
    part_of_day(m);
    return m;
  }

  std::optional<Match> weekend(size_t i) const {
    size_t b = i;
    std::string_view mod;
    if (is_one_of(w(i), {"the", "this", "last", "next", "past", "coming"})) {
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
    bool earlier = false;
    if (is_one_of(w(i), {"earlier", "later"}) && is(i + 1, "this")) {
      earlier = true;
      ++i;
    }
    std::string_view mod = w(i);
    if (!is_one_of(mod, {"last", "this", "next", "past", "coming"})) return std::nullopt;
    std::string_view unit = w(i + 1);
    int shift = mod == "last" || mod == "past" ? -1 : mod == "next" || mod == "coming" ? 1 : 0;
    std::string anchor = fmt::format("{} {} of {}", mod, unit, to_string(ctx_.published));
    (void)earlier;
    if (unit == "week") {
      greg::date mon = monday_of(dct_) + greg::days(7 * shift);
      return Match{b,
                   i + 2,
                   TimexType::kDate,
                   iso_week(mon),
                   Edtf::range(from_greg(mon), from_greg(mon + greg::days(6))),
                   anchor};
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
      CalendarDate d{y, m, 0};
      return Match{b, i + 2, TimexType::kDate, to_string(d), Edtf::point(d), anchor};
    }
    if (unit == "year") {
      CalendarDate d{ctx_.published.year + shift, 0, 0};
      return Match{b, i + 2, TimexType::kDate, to_string(d), Edtf::point(d), anchor};
    }
    return std::nullopt;
  }

  std::optional<Match> ago(size_t i) const {
    auto n = small_number(w(i));
    if (!n) return std::nullopt;
    std::string unit = w(i + 1);
    if (unit.ends_with("s")) unit.pop_back();
    if (!is(i + 2, "ago")) return std::nullopt;
    std::string anchor = fmt::format("{} {}(s) before {}", *n, unit, to_string(ctx_.published));
    if (unit == "day") return day_match(i, i + 3, dct_ - greg::days(*n), anchor);
    if (unit == "week") return day_match(i, i + 3, dct_ - greg::days(7 * *n), anchor);
    if (unit == "month") {
      greg::date d = dct_ - greg::months(*n);
      CalendarDate c = from_greg(d);
      c.day = 0;
      return Match{i, i + 3, TimexType::kDate, to_string(c), Edtf::point(c), anchor};
    }
    if (unit == "year") {
      CalendarDate c{ctx_.published.year - *n, 0, 0};
      return Match{i, i + 3, TimexType::kDate, to_string(c), Edtf::point(c), anchor};
    }
    return std::nullopt;
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  size_t first_, last_;
  const DateContext& ctx_;
  greg::date dct_;
};

bool is_preposition(std::string_view w) {
  return is_one_of(w, {"on", "over", "during", "in", "at", "by", "since", "until", "before",
                       "after", "from", "through", "throughout", "early", "late", "till"});
}

}  // namespace

std::vector<TimeMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    size_t first, size_t last, const DateContext& ctx) {
  std::vector<TimeMention> out;
  if (!ctx.published.valid() || ctx.published.precision() != Precision::kDay) return out;
  Matcher matcher(text, tokens, first, last, ctx);
  for (size_t i = first; i < last;) {
    auto m = matcher.at(i);
    if (!m) {
      ++i;
      continue;
    }
    TimeMention t;
    t.first_token = m->first;
    t.last_token = m->last;
    // TimeML extents leave out a leading "the" of "the weekend" only when it is a determiner of
    // a bare noun; keep it as annotators do ("the weekend").
    t.begin = tokens[m->first].begin;
    t.end = tokens[m->last - 1].end;
    t.phrase_begin = t.begin;
    if (m->first > first && is_preposition(tokens[m->first - 1].lower))
      t.phrase_begin = tokens[m->first - 1].begin;
    t.type = m->type;
    t.value = std::move(m->value);
    t.date = std::move(m->date);
    t.anchor = std::move(m->anchor);
    out.push_back(std::move(t));
    i = m->last;
  }
  return out;
}

std::vector<TimeMention> find_timexes(std::string_view text, size_t begin, size_t end,
                                      const DateContext& ctx) {
  auto toks = tokenize(text, begin, end);
  std::vector<TimeMention> out;
  for (const auto& s : split_sentences(text, toks)) {
    auto t = find_dates(text, toks, s.first_token, s.last_token, ctx);
    out.insert(out.end(), std::make_move_iterator(t.begin()), std::make_move_iterator(t.end()));
  }
  return out;
}

std::optional<CalendarDate> parse_full_date(std::string_view s) {
  // ISO 2022-02-14
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
  {
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
  }
  return std::nullopt;
}

}  // namespace dipline
