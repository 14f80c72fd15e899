// Temporal expressions in English news: recognition of dates, relative days, weeks and parts of
// day, and their normalization against the publication date (the document creation time).
// Each expression gets a TIMEX3 type and value (TimeML) and, where it denotes a span of
// calendar time, the EDTF value an event dated by it takes. No I/O.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dipline/edtf.h"
#include "dipline/sentences.h"

namespace dipline {

enum class TimexType { kDate, kTime, kDuration, kSet };
std::string_view to_string(TimexType t);

/// What relative expressions are resolved against.
struct DateContext {
  CalendarDate published;  ///< day precision
};

/// One temporal expression.
struct TimeMention {
  size_t begin = 0;  ///< TIMEX3 extent in the source text ("Monday")
  size_t end = 0;
  size_t phrase_begin = 0;  ///< with its preposition ("on Monday"): the words that date an event
  size_t first_token = 0;   ///< token range of the extent
  size_t last_token = 0;
  TimexType type = TimexType::kDate;
  std::string value;         ///< TIMEX3 value: 2022-02-14, 2022-W06-WE, P3D, PRESENT_REF
  std::optional<Edtf> date;  ///< the calendar span it denotes, when it denotes one
  std::string anchor;        ///< how it was resolved, for people: "Monday before 2022-02-14"
};

struct TemporalState;

/// Tags the sentences of one document in order, so that expressions that refer back ("a year
/// earlier" after "the third quarter", "the next day" after a dated sentence) resolve.
class TemporalTagger {
 public:
  explicit TemporalTagger(DateContext ctx);
  ~TemporalTagger();
  TemporalTagger(const TemporalTagger&) = delete;
  TemporalTagger& operator=(const TemporalTagger&) = delete;

  /// The temporal expressions in tokens[first, last) of `text`, the next sentence.
  std::vector<TimeMention> sentence(std::string_view text, const Tokens& tokens, size_t first,
                                    size_t last);

 private:
  DateContext ctx_;
  std::unique_ptr<TemporalState> state_;
};

/// The temporal expressions in tokens[first, last) of `text`, as a sentence on its own.
std::vector<TimeMention> find_dates(std::string_view text, const Tokens& tokens, size_t first,
                                    size_t last, const DateContext& ctx);

/// The temporal expressions of text[begin, end): tokens, sentences, then find_dates.
std::vector<TimeMention> find_timexes(std::string_view text, size_t begin, size_t end,
                                      const DateContext& ctx);

/// Day ranges written around one date expression, for dating events: "July 7-8", "7-8 July",
/// "March 6 to 10", "December 14 and 15", "from October 9 to 16". The mention's extent grows
/// to cover the range and its date becomes the interval of those days. (TimeML tags the days
/// one by one, so `dipline timeml` does not do this.) `times` are those of tokens[first, last).
void join_day_ranges(std::string_view text, const Tokens& tokens, size_t first, size_t last,
                     std::vector<TimeMention>& times);

/// A date written out in full (no anchor needed) at the start of `s`, as in a dateline or a
/// "Published ..." line: "February 14, 2022", "14 Feb 2022", "2022-02-14", "2/14/2022".
std::optional<CalendarDate> parse_full_date(std::string_view s);

/// The day a story was filed, from what follows the place of its dateline, when that day is in
/// the week up to `published`: "Mon. - Malaysia has ..." in Tuesday's paper is the Monday
/// before, "Dec 22 - ..." in the paper of December 23 is December 22; a full date counts too.
std::optional<CalendarDate> parse_filing_day(std::string_view s, CalendarDate published);

}  // namespace dipline
