#include "dipline/article.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "dipline/temporal.h"
#include "util.h"

namespace dipline {

std::string slugify(std::string_view text) {
  std::string folded = fold_to_ascii(text);  // "Radosław Sikorski" -> "radoslaw-sikorski"
  std::string_view s = folded;
  std::string out;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += ch;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c < 0x80 && c != '\'' && !out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '*' || s.front() == '_'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' ||
                        s.back() == '*' || s.back() == '_'))
    s.remove_suffix(1);
  return s;
}

// The first eight lines of the body that are not blank, trimmed, with their byte offsets: where
// a publication date or a dateline may stand.
std::vector<std::pair<std::string_view, size_t>> first_lines(std::string_view text, size_t begin) {
  std::vector<std::pair<std::string_view, size_t>> out;
  for (size_t pos = begin; pos < text.size() && out.size() < 8;) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (std::string_view line = trim(text.substr(pos, end - pos)); !line.empty())
      out.emplace_back(line, pos);
    pos = end + 1;
  }
  return out;
}

// Whether `s` holds four digits in a row, as a year: "1964", "18 April 1999".
bool has_year(std::string_view s) {
  int run = 0;
  for (char c : s)
    if ((run = c >= '0' && c <= '9' ? run + 1 : 0) == 4) return true;
  return false;
}

// Whether `s` opens with a weekday's name: "Sunday, May 2, 1965", "Tues. 14 Feb".
bool weekday_named(std::string_view s) {
  std::string w = detail::lower_ascii(s.substr(0, s.find_first_of(" ,.")));
  return detail::is_one_of(w, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                           "sat", "sun");
}

// Where a dateline's place ends: the ", " after a place in capitals ("KYIV, ..."), or npos.
// (The region after it in brackets may be in title case: "LUGANVILLE (Espiritu Santo), Monday.")
size_t dateline_comma(std::string_view line) {
  size_t comma = line.find(", ");
  std::string_view place = line.substr(0, comma == std::string_view::npos ? 0 : comma);
  if (size_t open = place.find(" ("); open != std::string_view::npos && place.ends_with(')'))
    place = place.substr(0, open);
  bool caps = !place.empty() &&
              std::none_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return caps ? comma : std::string_view::npos;
}

// A date in one of the first lines of the body, in one of three shapes:
//   a labelled line:  "Published: 14 February 2022", "Updated Feb 14, 2022 10:32 GMT"
//   a date alone:     "Monday, February 14, 2022", "2022-02-14 09:00"
//   a dateline:       "KYIV, Feb. 14, 2022 (Reuters) -"
// A date inside an ordinary sentence is not a publication date.
std::optional<std::pair<CalendarDate, size_t>> find_dateline(std::string_view text, size_t begin) {
  for (auto [line, pos] : first_lines(text, begin)) {
    std::string lower = detail::lower_ascii(line.substr(0, std::min<size_t>(line.size(), 20)));
    std::optional<CalendarDate> d;
    for (std::string_view label : {"published", "posted", "updated", "last updated", "date"}) {
      if (!lower.starts_with(label)) continue;
      std::string_view rest = line.substr(label.size());
      while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
      if (rest.starts_with("on ")) rest.remove_prefix(3);
      d = parse_full_date(rest);
      break;
    }
    if (!d && line.size() <= 40 && line.find_first_of(".!?") == std::string_view::npos)
      d = parse_full_date(line);  // a date alone on its line
    // A dateline: a place in capitals, a comma, the date.
    if (size_t comma = dateline_comma(line); !d && comma != std::string_view::npos)
      d = parse_full_date(line.substr(comma + 2));
    if (d) return std::pair(*d, pos);
  }
  return std::nullopt;
}

// Whether `place` (before a dateline's comma) is a place in title case: at most 30 characters,
// each word capitalized, no digits ("Nairobi", "Port Moresby").
bool title_case_place(std::string_view place) {
  if (place.empty() || place.size() > 30 || place.front() < 'A' || place.front() > 'Z')
    return false;
  for (size_t k = 0; k < place.size(); ++k)
    if ((place[k] >= '0' && place[k] <= '9') ||
        (k > 0 && place[k - 1] == ' ' && !(place[k] >= 'A' && place[k] <= 'Z')))
      return false;
  return true;
}

}  // namespace

// The day of a dateline whose place is in title case, in two shapes:
//   a date and a dash:    "Nairobi, 13 February 2022 -- Kenya today ...",
//                         "Madrid, 5 July (EFE) - ..."
//   a monitor's header:   "Prague, Czechoslovak Home Service, in Czech, 1730 GMT, 5 July
//                         1951--(Text)", a line of its own that heads a broadcast's text
// when the day is in the week up to publication.
std::optional<CalendarDate> titled_dateline_day(std::string_view line, CalendarDate published) {
  size_t c = line.find(", ");
  if (c == std::string_view::npos || !title_case_place(line.substr(0, c))) return std::nullopt;
  size_t dash =
      std::min({line.find("--"), line.find(" - "), line.find("\u2014"), line.find("\u2013")});
  if (dash == std::string_view::npos || dash < c) return std::nullopt;
  std::string_view rest = line.substr(c + 2, dash - c - 2);
  // (Not a paper's masthead: "Mexico City, Sunday, May 2, 1965 -- Year XLIX", "Thursday,
  // September 10, 1959 -- 50 Satang": a story's sentence follows a dateline's dash.)
  std::string_view after = line.substr(dash);
  after.remove_prefix(std::min(after.size(), after.find_first_not_of("-\u2014\u2013 ")));
  if (rest.size() <= 30 && std::count(after.begin(), after.end(), ' ') >= 4 &&
      !detail::is_one_of(detail::lower_ascii(line.substr(0, c)), "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday") &&
      !(has_year(rest) && weekday_named(rest))) {
    // (The agency in brackets closes the date: "5 July (EFE)".)
    if (size_t b = rest.find(" ("); b != std::string_view::npos && rest.ends_with(")"))
      rest = rest.substr(0, b);
    if (auto d = parse_filing_day(rest, published)) return d;
  }
  // The header: a line that ends with the dash and a word in brackets, the date in the last
  // of its comma-separated parts.
  std::string_view tail = line.substr(dash);
  while (!tail.empty() && (tail.front() == '-' || tail.front() == ' ')) tail.remove_prefix(1);
  if (line.size() > 120 || !tail.starts_with("(") || !tail.ends_with(")") || tail.size() > 16)
    return std::nullopt;
  size_t last = line.rfind(", ", dash);
  if (last == std::string_view::npos || last < c) return std::nullopt;
  auto full = parse_full_date(line.substr(last + 2, dash - last - 2));
  return full ? parse_filing_day(line.substr(last + 2, dash - last - 2), published) : std::nullopt;
}

namespace {

// The day the story was filed, from the first dateline in the first lines of the body when it
// names a day in the week up to publication: "KUALA LUMPUR, Mon. - ...", "JHAPA, Dec 22 - ...",
// "PORT-AU-PRINCE, Haiti, Sept 19 (CANA) -- ...".
std::optional<CalendarDate> find_filing_day(std::string_view text, size_t begin,
                                            CalendarDate published) {
  for (auto [line, pos] : first_lines(text, begin)) {
    // (The paper's own day is no news: a dateline may follow.)
    if (auto d = titled_dateline_day(line, published); d && *d != published) return d;
    size_t comma = dateline_comma(line);
    // "Belgrade, 23 November. (Tel. from our correspondent)": a short line of a place in title
    // case and a date, as continental papers head a correspondent's report; a dateline only
    // when the date is read (not "Tuesday, November 14, 1995 · Lagos", a paper's own date).
    if (comma == std::string_view::npos && line.size() <= 60 &&
        line.find(" - ") == std::string_view::npos && line.find("--") == std::string_view::npos &&
        line.find("\u2014") == std::string_view::npos) {
      size_t c = line.find(", ");
      std::string_view place = line.substr(0, c == std::string_view::npos ? 0 : c);
      bool title_case = !place.empty() && c <= 30 && place.front() >= 'A' && place.front() <= 'Z';
      for (size_t k = 0; title_case && k < place.size(); ++k)
        title_case = !(place[k] >= '0' && place[k] <= '9') &&
                     (k == 0 || place[k - 1] != ' ' || (place[k] >= 'A' && place[k] <= 'Z'));
      std::string first_word = detail::lower_ascii(place.substr(0, place.find(' ')));
      bool calendar_word = detail::is_one_of(
          first_word, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "published", "posted", "updated");
      // (A paper's own date line, "Barcelona, Friday, 7 March 1969 · Page 5", names the day it
      // came out; a correspondent's dateline may follow.)
      // (Nor a section's heading with the year: "Top Stories, 18 April 1999".)
      // (Nor a heading closed by a colon: "Live Updates, Oct 10: Blinken heads to Israel".)
      if (title_case && !calendar_word && !has_year(line.substr(c)) &&
          line.find(": ") == std::string_view::npos)
        if (auto d = parse_filing_day(line.substr(c + 2), published); d && *d != published)
          return d;
      continue;
    }
    if (comma == std::string_view::npos || comma > 40) continue;
    // "BALTIMORE, WEDNESDAY, AUGUST 12, 1964": the paper's own masthead, in capitals with the
    // year, is no dateline; the story's comes after it ("NICOSIA, Cyprus, Aug. 11 --").
    bool lower = std::any_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!lower && has_year(line)) continue;
    // The date, or a state's name before it ("Haiti, Sept 19").
    std::string_view rest = line.substr(comma + 2);
    // A date closed by a colon is a dateline only before a sentence of the story ("RAWALPINDI,
    // May 15: President Ayub Khan declared ..."), not a heading's ("KEY DATES, Oct 7: Hamas
    // attacked", "UPDATE, Oct 10: This story has been updated").
    if (size_t colon = rest.find(": "); colon != std::string_view::npos && colon < 20) {
      std::string place = detail::lower_ascii(line.substr(0, comma));
      std::string_view after = rest.substr(colon + 2);
      if (detail::is_one_of(place, "update", "updates", "note", "key dates", "timeline",
                            "correction", "editor's note", "summary", "briefing", "live",
                            "live updates", "background", "factbox", "chronology") ||
          std::count(after.begin(), after.end(), ' ') < 5)
        continue;
    }
    for (int k = 0; k < 2; ++k) {
      if (auto d = parse_filing_day(rest, published)) return d;
      size_t next = rest.find(", ");
      if (next == std::string_view::npos || next > 30) break;
      rest.remove_prefix(next + 2);
    }
    // (A run of four words or more may be a headline in capitals, "PRAGUE RETURNS U.S. NOTE,
    // ORDERS TWO EMBASSY EMPLOYEES OUT", not a place: a dateline may follow.)
    if (std::count(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(comma), ' ') > 2)
      continue;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

Result<Article> parse_article(SourceText src, std::optional<CalendarDate> published) {
  Article a;
  a.source = std::move(src);
  const std::string& text = a.source.text;
  std::optional<CalendarDate> fm_date;
  if (text.starts_with("---\n") || text.starts_with("---\r\n")) {
    size_t start = text.find('\n') + 1;
    size_t close = text.find("\n---", start - 1);
    while (close != std::string::npos) {
      size_t after = close + 4;
      if (after >= text.size() || text[after] == '\n' || text[after] == '\r') break;
      close = text.find("\n---", after);
    }
    if (close == std::string::npos)
      return Error{
          ErrorCode::kInput,
          "unterminated front matter",
          {make_diagnostic(a.source, 0, Severity::kError,
                           "front matter opened by '---' is never closed by a '---' line")}};
    std::string yaml = text.substr(start, close + 1 - start);
    size_t body = text.find('\n', close + 1);
    a.body_begin = body == std::string::npos ? text.size() : body + 1;
    YAML::Node fm;
    auto fail = [&](size_t line, size_t col, std::string msg) -> Result<Article> {
      // Front matter lines start at line 2 of the file.
      return Error{ErrorCode::kInput,
                   "bad front matter",
                   {make_diagnostic_at(a.source, SourceLoc{line + 2, col + 1}, Severity::kError,
                                       std::move(msg))}};
    };
    try {
      fm = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
      return fail(static_cast<size_t>(e.mark.line), static_cast<size_t>(e.mark.column), e.msg);
    }
    if (fm.IsMap()) {
      auto str = [&](const char* key) -> std::string {
        YAML::Node n = fm[key];
        return n && n.IsScalar() ? n.Scalar() : std::string();
      };
      a.title = str("title");
      a.outlet = str("outlet");
      a.url = str("url");
      if (YAML::Node p = fm["published"]; p && p.IsScalar() && !p.Scalar().empty()) {
        std::string s = p.Scalar();
        auto d = parse_full_date(s.size() > 10 && s[10] == 'T' ? s.substr(0, 10) : s);
        if (!d)
          return fail(static_cast<size_t>(p.Mark().line), static_cast<size_t>(p.Mark().column),
                      fmt::format("'published' is not a date: '{}' (write YYYY-MM-DD)", s));
        fm_date = d;
      }
    } else if (fm.IsDefined() && !fm.IsNull()) {
      return fail(0, 0, "front matter must be a YAML mapping (title:, outlet:, published: ...)");
    }
  }
  if (published) {
    a.published = *published;
    a.published_from = "--published";
  } else if (fm_date) {
    a.published = *fm_date;
    a.published_from = "front matter";
  } else if (auto dl = find_dateline(text, a.body_begin)) {
    a.published = dl->first;
    a.published_from = fmt::format("dateline at line {}", locate(text, dl->second).line);
  } else {
    return Error{ErrorCode::kInput,
                 "no publication date",
                 {make_diagnostic_at(
                     a.source, SourceLoc{1, 1}, Severity::kError,
                     "no publication date: give --published YYYY-MM-DD or 'published:' in the "
                     "front matter (relative dates such as 'on Monday' need it)")}};
  }
  a.filed = find_filing_day(text, a.body_begin, a.published).value_or(a.published);
  std::string stem = a.source.name;
  if (auto slash = stem.find_last_of('/'); slash != std::string::npos)
    stem = stem.substr(slash + 1);
  if (auto dot = stem.find_last_of('.'); dot != std::string::npos && dot > 0)
    stem = stem.substr(0, dot);
  std::string base = slugify(a.outlet.empty() ? stem : a.outlet);
  if (base.empty()) base = "article";
  std::string date = to_string(a.published);
  a.id = base.find(date) == std::string::npos ? base + "-" + date : base;
  return a;
}

}  // namespace dipline
