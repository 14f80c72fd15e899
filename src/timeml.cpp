#include "dipline/timeml.h"

#include <fmt/format.h>

#include <algorithm>

namespace dipline {

namespace {

// The value of attribute `name` in the tag text `tag` ("<TIMEX3 tid="t1" ...>").
std::string attribute(std::string_view tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t p = tag.find(key);
  if (p == std::string_view::npos) return {};
  p += key.size();
  size_t e = tag.find('"', p);
  return std::string(tag.substr(p, e == std::string_view::npos ? std::string_view::npos : e - p));
}

Error doc_error(const SourceText& src, size_t offset, std::string msg) {
  return Error{ErrorCode::kInput,
               "bad TimeML document",
               {make_diagnostic(src, offset, Severity::kError, std::move(msg))}};
}

std::string xml_escape_attr(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"')
      out += "&quot;";
    else if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else
      out += c;
  }
  return out;
}

}  // namespace

Result<TimeMLDocument> parse_timeml(const SourceText& src) {
  TimeMLDocument doc;
  doc.raw = src.text;
  const std::string& raw = doc.raw;
  size_t dct = raw.find("functionInDocument=\"CREATION_TIME\"");
  if (dct == std::string::npos)
    return doc_error(
        src, 0, "no document creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\")");
  size_t tag_begin = raw.rfind('<', dct);
  size_t tag_end = raw.find('>', dct);
  if (tag_begin == std::string::npos || tag_end == std::string::npos)
    return doc_error(src, dct, "the creation time is not inside a TIMEX3 tag");
  doc.dct = attribute(std::string_view(raw).substr(tag_begin, tag_end - tag_begin), "value");
  if (!dct_day(doc.dct))
    return doc_error(src, tag_begin, fmt::format("the creation time '{}' is not a date", doc.dct));
  // <TEXT> or <TEXT attributes...>
  size_t open = raw.find("<TEXT");
  while (open != std::string::npos && open + 5 < raw.size() && raw[open + 5] != '>' &&
         raw[open + 5] != ' ')
    open = raw.find("<TEXT", open + 5);
  size_t open_end = open == std::string::npos ? open : raw.find('>', open);
  if (open_end == std::string::npos) return doc_error(src, 0, "no <TEXT> element");
  doc.text_begin = open_end + 1;
  doc.text_end = raw.find("</TEXT>", doc.text_begin);
  if (doc.text_end == std::string::npos) return doc_error(src, open, "<TEXT> is never closed");
  // Strip the tags of <TEXT>, keeping TIMEX3 extents.
  std::optional<Timex> open_timex;
  for (size_t i = doc.text_begin; i < doc.text_end;) {
    if (raw[i] != '<') {
      doc.plain += raw[i++];
      continue;
    }
    size_t close = raw.find('>', i);
    if (close == std::string::npos || close >= doc.text_end)
      return doc_error(src, i, "unterminated tag in <TEXT>");
    std::string_view tag(raw.data() + i, close + 1 - i);
    // Only TimeML's own annotation is removed; other markup and comments stay as text.
    bool timeml_tag = false;
    std::string_view name = tag.substr(tag.starts_with("</") ? 2 : 1);
    for (std::string_view kind : {"TIMEX3", "EVENT", "SIGNAL"})
      if (name.starts_with(kind) && name.size() > kind.size() &&
          (name[kind.size()] == ' ' || name[kind.size()] == '>' || name[kind.size()] == '/'))
        timeml_tag = true;
    if (!timeml_tag) {
      doc.plain.append(tag);
      i = close + 1;
      continue;
    }
    if (tag.starts_with("<TIMEX3")) {
      open_timex = Timex{doc.plain.size(), 0, attribute(tag, "type"), attribute(tag, "value")};
      if (tag.ends_with("/>")) open_timex.reset();  // empty (non-consuming) timex: not scored
    } else if (tag.starts_with("</TIMEX3") && open_timex) {
      open_timex->end = doc.plain.size();
      doc.timexes.push_back(*open_timex);
      open_timex.reset();
    }
    i = close + 1;
  }
  return doc;
}

std::string write_timeml(const TimeMLDocument& doc, const std::vector<Timex>& timexes) {
  std::string out = doc.raw.substr(0, doc.text_begin);
  std::vector<Timex> sorted = timexes;
  std::sort(sorted.begin(), sorted.end(),
            [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  size_t pos = 0, tid = 1;
  for (const auto& t : sorted) {
    if (t.begin < pos || t.end > doc.plain.size() || t.end <= t.begin) continue;  // overlaps
    out += doc.plain.substr(pos, t.begin - pos);
    out += fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">", tid++,
                       xml_escape_attr(t.type), xml_escape_attr(t.value));
    out += doc.plain.substr(t.begin, t.end - t.begin);
    out += "</TIMEX3>";
    pos = t.end;
  }
  out += doc.plain.substr(pos);
  out += doc.raw.substr(doc.text_end);
  return out;
}

std::optional<CalendarDate> dct_day(const std::string& dct) {
  if (dct.size() < 10) return std::nullopt;
  auto e = parse_edtf(dct.substr(0, 10));
  if (!e || e->interval) return std::nullopt;
  return e->start->date;
}

void TimexCounts::add(const TimexCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  value += o.value;
  type += o.type;
}

TimexCounts score_timexes(const std::vector<Timex>& gold, const std::vector<Timex>& system,
                          std::vector<TimexError>* errors) {
  TimexCounts c;
  c.gold = gold.size();
  c.system = system.size();
  std::vector<bool> used(system.size(), false);
  for (const auto& g : gold) {
    // The leftmost unused system timex that overlaps.
    std::optional<size_t> match;
    for (size_t k = 0; k < system.size(); ++k) {
      const Timex& s = system[k];
      if (!used[k] && s.begin < g.end && g.begin < s.end) {
        match = k;
        break;
      }
    }
    if (!match) {
      if (errors) errors->push_back(TimexError{"missed", g, std::nullopt});
      continue;
    }
    used[*match] = true;
    const Timex& s = system[*match];
    ++c.relaxed;
    bool strict = s.begin == g.begin && s.end == g.end;
    if (strict) ++c.strict;
    if (s.value == g.value) ++c.value;
    if (s.type == g.type) ++c.type;
    if (errors) {
      if (s.type != g.type) errors->push_back(TimexError{"type", g, s});
      if (s.value != g.value) errors->push_back(TimexError{"value", g, s});
      if (!strict) errors->push_back(TimexError{"extent", g, s});
    }
  }
  if (errors)
    for (size_t k = 0; k < system.size(); ++k)
      if (!used[k]) errors->push_back(TimexError{"spurious", std::nullopt, system[k]});
  return c;
}

}  // namespace dipline
