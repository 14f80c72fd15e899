// Articles in: plain text or Markdown, optionally opened by YAML front matter (title, outlet,
// url, published). The publication date anchors every relative date; it comes from the
// caller (--published), else the front matter, else a dateline or "Published ..." line near
// the top of the text. With none, reading fails: dipline never uses today's date.
#pragma once

#include <optional>
#include <string>

#include "dipline/edtf.h"
#include "dipline/result.h"
#include "dipline/text.h"

namespace dipline {

struct Article {
  SourceText source;
  size_t body_begin = 0;  ///< first byte after the front matter
  std::string title, outlet, url;
  CalendarDate published;
  /// The day the story was filed: its dateline's day when that is in the week before publication
  /// ("KUALA LUMPUR, Mon. -" in Tuesday's paper), else the publication date. "Today" and "on
  /// Monday" are read from it; an event with no date of its own is on or before publication.
  CalendarDate filed;
  std::string published_from;  ///< "--published", "front matter", "dateline at line 3"
  std::string id;              ///< source id: outlet or file name slug + date
};

/// Reads front matter and finds the publication date.
Result<Article> parse_article(SourceText src, std::optional<CalendarDate> published = std::nullopt);

/// "Al Jazeera" -> "al-jazeera", "Viktor Orbán" -> "viktor-orban", "O'Brien" -> "obrien": Latin
/// letters folded to ASCII, apostrophes dropped, other non-ASCII characters dropped.
std::string slugify(std::string_view s);

/// The day of a dateline whose place is in title case, when it is in the week up to
/// `published`: "Nairobi, 13 February 2022 -- ...", "Madrid, 5 July (EFE) - ...", or a
/// broadcast monitor's header on a line of its own, "Prague, Czechoslovak Home Service, in
/// Czech, 1730 GMT, 5 July 1951--(Text)".
std::optional<CalendarDate> titled_dateline_day(std::string_view line, CalendarDate published);

}  // namespace dipline
