#include "dipline/dot.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <map>
#include <ostream>
#include <sstream>

namespace dipline {

std::string dot_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

namespace {

std::string human_day(const CalendarDate& d) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  switch (d.precision()) {
    case Precision::kYear:
      return fmt::format("{:04}", d.year);
    case Precision::kMonth:
      return fmt::format("{} {:04}", kMonths[static_cast<size_t>(d.month - 1)], d.year);
    case Precision::kDay:
      break;
  }
  std::string wd;
  if (d.year >= 1400 && d.year <= 9999) {
    boost::gregorian::date g(static_cast<unsigned short>(d.year),
                             static_cast<unsigned short>(d.month),
                             static_cast<unsigned short>(d.day));
    wd = std::string(g.day_of_week().as_short_string()) + " ";
  }
  return fmt::format("{}{} {} {:04}", wd, d.day, kMonths[static_cast<size_t>(d.month - 1)], d.year);
}

std::string human_point(const EdtfPoint& p) {
  return human_day(p.date) + (p.approximate ? " (approx.)" : "") + (p.uncertain ? " (?)" : "");
}

// Fill colours by PLOVER category: cooperation greens/blues, conflict oranges/reds.
std::string_view colour_of(const Event& e) {
  static const std::map<std::string, std::string_view, std::less<>> kColours = {
      {"AGREE", "#d9f0d3"},    {"CONSULT", "#deebf7"},   {"SUPPORT", "#c7e9c0"},
      {"CONCEDE", "#e5f5e0"},  {"COOPERATE", "#c6dbef"}, {"AID", "#c7e9c0"},
      {"RETREAT", "#f0f0f0"},  {"REQUEST", "#fff7bc"},   {"ACCUSE", "#fdd0a2"},
      {"REJECT", "#fdae6b"},   {"THREATEN", "#fc9272"},  {"PROTEST", "#fdd0a2"},
      {"SANCTION", "#fcbba1"}, {"MOBILIZE", "#fb6a4a"},  {"COERCE", "#ef3b2c"},
      {"ASSAULT", "#cb181d"}};
  if (e.plover)
    if (auto it = kColours.find(*e.plover); it != kColours.end()) return it->second;
  return "#f7f7f7";
}

// Greedy word wrap for box labels: at most `lines` lines of `width` bytes, cut with an ellipsis.
std::string wrap(std::string_view text, size_t width, size_t lines) {
  std::vector<std::string> out(1);
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view word = text.substr(i, j - i);
    if (!out.back().empty() && out.back().size() + 1 + word.size() > width) {
      if (out.size() == lines) {
        out.back() += "\u2026";
        break;
      }
      out.emplace_back();
    }
    if (!out.back().empty()) out.back() += ' ';
    out.back() += word;
    i = j + 1;
  }
  std::string s;
  for (size_t k = 0; k < out.size(); ++k) s += (k ? "\n" : "") + out[k];
  return s;
}

}  // namespace

std::string human_date(const Edtf& e) {
  if (!e.interval) return e.start ? human_point(*e.start) : "?";
  if (!e.start && e.end) return "on or before " + human_point(*e.end);
  if (e.start && !e.end) return "from " + human_point(*e.start);
  return human_point(*e.start) + " \u2013 " + human_point(*e.end);
}

void write_dot(std::ostream& os, const Timeline& input) {
  Timeline t = input;
  canonicalize(t);
  constexpr int kColumn = 250, kRow = 120, kTop = 0;
  os << "digraph timeline {\n";
  os << "  graph [fontname=\"Helvetica\", bgcolor=\"white\", pad=\"0.4\", outputorder=edgesfirst";
  // Links between events are routed around the boxes; without links, straight lines are enough
  // (and routing costs time on large timelines).
  if (std::any_of(t.events.begin(), t.events.end(),
                  [](const Event& e) { return !e.links.empty(); }))
    os << ", splines=true";
  if (!t.title.empty()) os << ", label=\"" << dot_escape(t.title) << "\", labelloc=t, fontsize=18";
  os << "];\n";
  os << "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", "
        "color=\"#555555\", width=2.9];\n";
  os << "  edge [color=\"#999999\", arrowhead=none];\n";
  // One column per distinct date.
  std::vector<std::string> columns;
  std::map<std::string, std::vector<const Event*>> by_date;
  for (const auto& e : t.events) {
    std::string key = to_string(e.date);
    if (!by_date.count(key)) columns.push_back(key);
    by_date[key].push_back(&e);
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    const auto& events = by_date[columns[c]];
    int x = static_cast<int>(c) * kColumn;
    os << fmt::format(
        "  \"date:{}\" [shape=plaintext, style=\"\", fontsize=12, label=\"{}\", "
        "pos=\"{},{}!\"];\n",
        dot_escape(columns[c]), dot_escape(human_date(events.front()->date)), x, kTop);
    for (size_t r = 0; r < events.size(); ++r) {
      const Event& e = *events[r];
      // Date, type and status, then the summary; the actors when the summary does not name
      // them (hand-written summaries may not).
      std::string names;
      for (size_t i = 0; i < e.actors.size(); ++i) {
        const Actor* a = find_actor(t, e.actors[i]);
        names += (i ? ", " : "") + (a ? a->name : e.actors[i]);
      }
      std::string what = e.summary;
      const Actor* first = e.actors.empty() ? nullptr : find_actor(t, e.actors.front());
      if (!names.empty() && (what.empty() || !first || what.find(first->name) == std::string::npos))
        what = names + (what.empty() ? "" : ": " + what);
      std::string label = fmt::format(
          "{}\n{}{}\n{}", human_date(e.date), e.type,
          e.status == EventStatus::kOccurred ? "" : " (" + std::string(to_string(e.status)) + ")",
          wrap(what, 38, 4));
      os << fmt::format(
          "  \"{}\" [label=\"{}\", tooltip=\"{}: {}\", fillcolor=\"{}\", pos=\"{},{}!\"];\n",
          dot_escape(e.id), dot_escape(label), dot_escape(human_date(e.date)),
          dot_escape(e.summary), colour_of(e), x, kTop - static_cast<int>(r + 1) * kRow);
    }
    os << fmt::format("  \"date:{}\" -> \"{}\" [style=dashed];\n", dot_escape(columns[c]),
                      dot_escape(events.front()->id));
    for (size_t r = 1; r < events.size(); ++r)
      os << fmt::format("  \"{}\" -> \"{}\" [style=invis];\n", dot_escape(events[r - 1]->id),
                        dot_escape(events[r]->id));
    if (c > 0)
      os << fmt::format("  \"date:{}\" -> \"date:{}\" [arrowhead=normal, penwidth=2];\n",
                        dot_escape(columns[c - 1]), dot_escape(columns[c]));
  }
  // Relations the text states, as dotted arrows from an event to the one it follows or answers.
  for (const auto& e : t.events)
    for (const auto& l : e.links)
      os << fmt::format(
          "  \"{}\" -> \"{}\" [style=dotted, color=\"#3182bd\", arrowhead=normal, "
          "fontsize=9, fontcolor=\"#3182bd\", label=\"{}\"];\n",
          dot_escape(e.id), dot_escape(l.event), dot_escape(l.relation));
  os << "}\n";
}

std::string to_dot(const Timeline& t) {
  std::ostringstream os;
  write_dot(os, t);
  return os.str();
}

}  // namespace dipline
