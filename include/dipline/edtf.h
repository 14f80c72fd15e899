// Dates of events as EDTF (ISO 8601-2 / Library of Congress Extended Date/Time Format), the
// subset dipline writes: a day, month or year, optionally approximate (~), uncertain (?) or
// both (%), and intervals of those with an open start or end (..). The type keeps the
// precision; it covers years 0000..9999 (Boost.Date_Time, used for day arithmetic, does not
// need to be able to represent a stored date).
#pragma once

#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace dipline {

enum class Precision { kYear, kMonth, kDay };

/// A calendar date with a precision: 2022, 2022-02 or 2022-02-14.
struct CalendarDate {
  int year = 0;
  int month = 0;  ///< 1..12, 0 when the precision is a year
  int day = 0;    ///< 1..31, 0 when the precision is a year or month

  Precision precision() const {
    return month == 0 ? Precision::kYear : day == 0 ? Precision::kMonth : Precision::kDay;
  }
  /// The first and last day this date covers (e.g. 2022-02 -> 2022-02-01, 2022-02-28).
  CalendarDate first_day() const;
  CalendarDate last_day() const;
  /// Whether the date exists (month 1..12, day within the month, year 0..9999).
  bool valid() const;

  static CalendarDate ymd(int y, int m, int d) { return CalendarDate{y, m, d}; }

  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
  /// Orders by first day, then by precision (a year sorts before its first month).
  friend std::strong_ordering operator<=>(const CalendarDate& a, const CalendarDate& b);
};

int days_in_month(int year, int month);
bool is_leap_year(int year);
/// Days from 1970-01-01 to the first day `d` covers (negative before).
long day_number(const CalendarDate& d);
/// The day `n` days after the first day `d` covers (before it, for n < 0).
CalendarDate plus_days(const CalendarDate& d, long n);

/// "2022", "2022-02", "2022-02-14"
std::string to_string(const CalendarDate& d);

/// One end of an EDTF value: a date with its qualifiers.
struct EdtfPoint {
  CalendarDate date;
  bool approximate = false;  ///< ~
  bool uncertain = false;    ///< ?
  friend bool operator==(const EdtfPoint&, const EdtfPoint&) = default;
};

/// An EDTF value: a single point, or an interval whose ends may be open ("..").
struct Edtf {
  bool interval = false;
  std::optional<EdtfPoint> start;  ///< the point itself when !interval; nullopt = open start
  std::optional<EdtfPoint> end;    ///< interval end; nullopt = open end; unused for a point

  static Edtf point(CalendarDate d, bool approximate = false, bool uncertain = false);
  static Edtf range(CalendarDate a, CalendarDate b);
  static Edtf on_or_before(CalendarDate d);  ///< "../d"
  static Edtf on_or_after(CalendarDate d);   ///< "d/.."

  /// The earliest and latest day the value can denote (open ends: nullopt).
  std::optional<CalendarDate> earliest_day() const;
  std::optional<CalendarDate> latest_day() const;

  friend bool operator==(const Edtf&, const Edtf&) = default;
};

/// Parse an EDTF string; on failure returns nullopt and sets *why (if given).
std::optional<Edtf> parse_edtf(std::string_view s, std::string* why = nullptr);
std::string to_string(const Edtf& e);

/// Sort order of event dates: by earliest day (open start: by the end), then by latest day,
/// then by text.
bool edtf_less(const Edtf& a, const Edtf& b);

/// What edtf_less compares, made once for a value that a sort compares many times: `a < b` of
/// two of them is edtf_less of their values.
struct EdtfOrder {
  CalendarDate earliest, latest;
  std::string text;
  friend std::strong_ordering operator<=>(const EdtfOrder&, const EdtfOrder&) = default;
  friend bool operator==(const EdtfOrder&, const EdtfOrder&) = default;
};
EdtfOrder edtf_order(const Edtf& e);

std::ostream& operator<<(std::ostream& os, const CalendarDate& d);
std::ostream& operator<<(std::ostream& os, const Edtf& e);

}  // namespace dipline
