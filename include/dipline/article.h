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

}  // namespace dipline
