#include "dipline/edtf.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <ostream>
#include <tuple>

namespace dipline {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

long day_number(const CalendarDate& d) {
  const CalendarDate f = d.first_day();
  return std::chrono::sys_days{std::chrono::year{f.year} /
                               std::chrono::month{static_cast<unsigned>(f.month)} /
                               std::chrono::day{static_cast<unsigned>(f.day)}}
      .time_since_epoch()
      .count();
}

CalendarDate plus_days(const CalendarDate& d, long n) {
  const std::chrono::year_month_day ymd{
      std::chrono::sys_days{std::chrono::days{day_number(d) + n}}};
  return CalendarDate::ymd(static_cast<int>(ymd.year()), static_cast<int>(unsigned{ymd.month()}),
                           static_cast<int>(unsigned{ymd.day()}));
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

bool CalendarDate::valid() const {
  if (year < 0 || year > 9999) return false;
  if (month == 0) return day == 0;
  if (month < 1 || month > 12) return false;
  return day == 0 || (day >= 1 && day <= days_in_month(year, month));
}

CalendarDate CalendarDate::first_day() const {
  return {year, month == 0 ? 1 : month, day == 0 ? 1 : day};
}

CalendarDate CalendarDate::last_day() const {
  int m = month == 0 ? 12 : month;
  return {year, m, day == 0 ? days_in_month(year, m) : day};
}

std::strong_ordering operator<=>(const CalendarDate& a, const CalendarDate& b) {
  CalendarDate fa = a.first_day(), fb = b.first_day();
  auto key = [](const CalendarDate& d, Precision p) {
    return std::tuple(d.year, d.month, d.day, static_cast<int>(p));
  };
  return key(fa, a.precision()) <=> key(fb, b.precision());
}

std::string to_string(const CalendarDate& d) {
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) {
    switch (d.precision()) {
      case Precision::kYear:
        return fmt::format("{:04}", d.year);
      case Precision::kMonth:
        return fmt::format("{:04}-{:02}", d.year, d.month);
      case Precision::kDay:
        break;
    }
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
  }
  // The common case by hand: this runs for every date the temporal tagger considers.
  char buf[10];
  auto put = [&](size_t at, int v, int width) {
    for (int k = width - 1; k >= 0; --k, v /= 10)
      buf[at + static_cast<size_t>(k)] = static_cast<char>('0' + v % 10);
  };
  put(0, d.year, 4);
  size_t n = 4;
  if (d.precision() != Precision::kYear) {
    buf[4] = '-';
    put(5, d.month, 2);
    n = 7;
    if (d.precision() == Precision::kDay) {
      buf[7] = '-';
      put(8, d.day, 2);
      n = 10;
    }
  }
  return std::string(buf, n);
}

Edtf Edtf::point(CalendarDate d, bool approximate, bool uncertain) {
  return Edtf{false, EdtfPoint{d, approximate, uncertain}, std::nullopt};
}

Edtf Edtf::range(CalendarDate a, CalendarDate b) { return Edtf{true, EdtfPoint{a}, EdtfPoint{b}}; }

Edtf Edtf::on_or_before(CalendarDate d) { return Edtf{true, std::nullopt, EdtfPoint{d}}; }
Edtf Edtf::on_or_after(CalendarDate d) { return Edtf{true, EdtfPoint{d}, std::nullopt}; }

std::optional<CalendarDate> Edtf::earliest_day() const {
  if (!start) return std::nullopt;
  return start->date.first_day();
}

std::optional<CalendarDate> Edtf::latest_day() const {
  const auto& p = interval ? end : start;
  if (!p) return std::nullopt;
  return p->date.last_day();
}

namespace {

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc();
}

std::optional<EdtfPoint> parse_point(std::string_view s, std::string* why) {
  EdtfPoint p;
  if (!s.empty() && (s.back() == '~' || s.back() == '?' || s.back() == '%')) {
    char q = s.back();
    p.approximate = q == '~' || q == '%';
    p.uncertain = q == '?' || q == '%';
    s.remove_suffix(1);
  }
  auto fail = [&](std::string msg) -> std::optional<EdtfPoint> {
    if (why) *why = std::move(msg);
    return std::nullopt;
  };
  // YYYY, YYYY-MM, YYYY-MM-DD
  if (s.size() != 4 && s.size() != 7 && s.size() != 10)
    return fail(fmt::format("'{}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", s));
  if (!parse_int(s.substr(0, 4), p.date.year))
    return fail(fmt::format("'{}' is not a date (expected a 4-digit year)", s));
  if (s.size() >= 7) {
    if (s[4] != '-' || !parse_int(s.substr(5, 2), p.date.month))
      return fail(fmt::format("'{}' is not a date (expected YYYY-MM)", s));
    if (p.date.month < 1 || p.date.month > 12)
      return fail(fmt::format("month {} does not exist in '{}'", p.date.month, s));
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !parse_int(s.substr(8, 2), p.date.day))
      return fail(fmt::format("'{}' is not a date (expected YYYY-MM-DD)", s));
    if (p.date.day < 1 || p.date.day > days_in_month(p.date.year, p.date.month))
      return fail(fmt::format("day {} does not exist in {:04}-{:02}", p.date.day, p.date.year,
                              p.date.month));
  }
  return p;
}

std::string point_string(const EdtfPoint& p) {
  std::string s = to_string(p.date);
  if (p.approximate && p.uncertain)
    s += '%';
  else if (p.approximate)
    s += '~';
  else if (p.uncertain)
    s += '?';
  return s;
}

}  // namespace

std::optional<Edtf> parse_edtf(std::string_view s, std::string* why) {
  size_t slash = s.find('/');
  if (slash == std::string_view::npos) {
    auto p = parse_point(s, why);
    if (!p) return std::nullopt;
    return Edtf{false, *p, std::nullopt};
  }
  std::string_view a = s.substr(0, slash), b = s.substr(slash + 1);
  Edtf e;
  e.interval = true;
  if (a != "..") {
    e.start = parse_point(a, why);
    if (!e.start) return std::nullopt;
  }
  if (b != "..") {
    e.end = parse_point(b, why);
    if (!e.end) return std::nullopt;
  }
  if (!e.start && !e.end) {
    if (why) *why = "an interval needs at least one end ('../..' says nothing)";
    return std::nullopt;
  }
  if (e.start && e.end && e.end->date.last_day() < e.start->date.first_day()) {
    if (why)
      *why = fmt::format("interval ends before it starts ('{}' is after '{}')",
                         to_string(e.start->date), to_string(e.end->date));
    return std::nullopt;
  }
  return e;
}

std::string to_string(const Edtf& e) {
  if (!e.interval) return e.start ? point_string(*e.start) : "..";
  return (e.start ? point_string(*e.start) : "..") + "/" + (e.end ? point_string(*e.end) : "..");
}

namespace {

// The earliest and the latest day edtf_less orders by.
std::pair<CalendarDate, CalendarDate> days_of(const Edtf& e) {
  auto lo = e.earliest_day() ? e.earliest_day() : e.latest_day();
  auto hi = e.latest_day() ? e.latest_day() : e.earliest_day();
  return std::pair(lo.value_or(CalendarDate{}), hi.value_or(CalendarDate{}));
}

}  // namespace

bool edtf_less(const Edtf& a, const Edtf& b) {
  // The texts only when the days tie: made for every comparison, they were most of the cost of
  // sorting a timeline.
  if (auto order = days_of(a) <=> days_of(b); order != 0) return order < 0;
  return to_string(a) < to_string(b);
}

EdtfOrder edtf_order(const Edtf& e) {
  auto [earliest, latest] = days_of(e);
  return EdtfOrder{earliest, latest, to_string(e)};
}

std::ostream& operator<<(std::ostream& os, const CalendarDate& d) { return os << to_string(d); }
std::ostream& operator<<(std::ostream& os, const Edtf& e) { return os << to_string(e); }

}  // namespace dipline
