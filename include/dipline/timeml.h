// TimeML documents (TempEval-3 style): reading the document creation time and the TIMEX3 tags
// of <TEXT>, writing <TEXT> back with new TIMEX3 tags, and the TempEval-3 timex metric.
// The text of <TEXT> is kept byte for byte: only TIMEX3, EVENT and SIGNAL tags are removed or
// inserted; other markup stays as it is.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dipline/edtf.h"
#include "dipline/result.h"
#include "dipline/text.h"

namespace dipline {

/// A TIMEX3 over [begin, end) of the plain text of <TEXT> (tags removed).
struct Timex {
  size_t begin = 0, end = 0;
  std::string type;   ///< DATE TIME DURATION SET
  std::string value;  ///< TIMEX3 value
  friend bool operator==(const Timex&, const Timex&) = default;
};

struct TimeMLDocument {
  std::string raw;        ///< the whole file
  size_t text_begin = 0;  ///< raw offsets of the content of <TEXT>
  size_t text_end = 0;
  std::string plain;           ///< the content of <TEXT> without tags
  std::string dct;             ///< value of the CREATION_TIME TIMEX3 (may carry a time)
  std::vector<Timex> timexes;  ///< TIMEX3 tags found in <TEXT>
};

/// Reads a TimeML document. Errors (no <TEXT>, no DCT) name the file and position.
Result<TimeMLDocument> parse_timeml(const SourceText& src);

/// The document with <TEXT> replaced by its plain text carrying `timexes` as TIMEX3 tags
/// (tid t1, t2, ...); everything outside <TEXT> is kept as it was.
std::string write_timeml(const TimeMLDocument& doc, const std::vector<Timex>& timexes);

/// The publication day of a DCT value ("1998-02-13T14:35:00" -> 1998-02-13).
std::optional<CalendarDate> dct_day(const std::string& dct);

/// TempEval-3 timex scores over a set of documents.
struct TimexCounts {
  size_t gold = 0, system = 0;
  size_t strict = 0;   ///< pairs with identical extent
  size_t relaxed = 0;  ///< pairs with overlapping extent (one-to-one, left to right)
  size_t value = 0;    ///< relaxed pairs with the gold value
  size_t type = 0;     ///< relaxed pairs with the gold type
  void add(const TimexCounts& o);
  double precision(size_t n) const {
    return system ? 100.0 * static_cast<double>(n) / static_cast<double>(system) : 0;
  }
  double recall(size_t n) const {
    return gold ? 100.0 * static_cast<double>(n) / static_cast<double>(gold) : 0;
  }
  /// F1 = 2·n/(gold+system), as TempEval-3 computes it.
  double f1(size_t n) const {
    return gold + system ? 200.0 * static_cast<double>(n) / static_cast<double>(gold + system) : 0;
  }
};

/// One difference between gold and system, for error analysis.
struct TimexError {
  std::string kind;  ///< missed, spurious, extent, type, value
  std::optional<Timex> gold, system;
};

/// Pairs system timexes with gold ones (overlap, one-to-one, left to right) and counts.
TimexCounts score_timexes(const std::vector<Timex>& gold, const std::vector<Timex>& system,
                          std::vector<TimexError>* errors = nullptr);

}  // namespace dipline
