#include "dipline/yaml_io.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include "util.h"

namespace dipline {

// ---------------------------------------------------------------------------------------------
// Writer

namespace {

bool looks_like_special(std::string_view s) {
  static const std::set<std::string, std::less<>> kWords = {"true", "false", "yes", "no",   "on",
                                                            "off",  "y",     "n",   "null", "~"};
  return kWords.count(detail::lower_ascii(s)) > 0;
}

// An id-like token that starts with a digit but cannot be read as a number or date:
// "2022-02-14-biden-johnson-call".
bool is_safe_digit_slug(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  size_t run = 0, best = 0;
  for (char c : s) {
    run = (c >= 'a' && c <= 'z') ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best >= 2 && s.find('-') != std::string_view::npos;
}

bool plain_ok(std::string_view s) {
  if (s.empty() || looks_like_special(s)) return false;
  if (s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  unsigned char f = static_cast<unsigned char>(s.front());
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`.+").find(static_cast<char>(f)) !=
      std::string_view::npos)
    return false;
  if (f >= '0' && f <= '9' && !is_safe_digit_slug(s)) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7f) return false;
    if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) return false;
    if (c == '#' && i > 0 && s[i - 1] == ' ') return false;
  }
  return true;
}

std::string quoted(std::string_view input) {
  std::string clean = sanitize_utf8(input);
  std::string_view s = clean;
  std::string out = "\"";
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f)
          out += fmt::format("\\x{:02x}", c);
        else
          out += ch;
    }
  }
  return out + "\"";
}

std::string scalar(std::string_view s) {
  if (find_invalid_utf8(s) != std::string_view::npos) return quoted(sanitize_utf8(s));
  return plain_ok(s) ? std::string(s) : quoted(s);
}

std::string flow_list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + scalar(v[i]);
  return out + "]";
}

void write_optional(std::ostream& os, std::string_view indent, std::string_view key,
                    std::string_view value) {
  if (!value.empty()) os << indent << key << ": " << scalar(value) << "\n";
}

}  // namespace

void write_yaml(std::ostream& os, const Timeline& input) {
  Timeline t = input;
  canonicalize(t);
  for (const auto& line : t.preamble) os << line << "\n";
  os << "dipline: " << t.version << "\n";
  write_optional(os, "", "title", t.title);
  os << "sources:" << (t.sources.empty() ? " []" : "") << "\n";
  for (const auto& s : t.sources) {
    os << "  - id: " << scalar(s.id) << "\n";
    write_optional(os, "    ", "outlet", s.outlet);
    write_optional(os, "    ", "title", s.title);
    if (s.published) os << "    published: " << quoted(to_string(*s.published)) << "\n";
    write_optional(os, "    ", "url", s.url);
  }
  os << "actors:" << (t.actors.empty() ? " []" : "") << "\n";
  for (const auto& a : t.actors) {
    os << "  - id: " << scalar(a.id) << "\n";
    os << "    name: " << scalar(a.name) << "\n";
    os << "    kind: " << to_string(a.kind) << "\n";
    write_optional(os, "    ", "country", a.country);
    write_optional(os, "    ", "role", a.role);
    write_optional(os, "    ", "cameo", a.cameo);
  }
  os << "events:" << (t.events.empty() ? " []" : "") << "\n";
  bool first = true;
  for (const auto& e : t.events) {
    if (!first) os << "\n";
    first = false;
    os << "  - id: " << scalar(e.id) << "\n";
    os << "    date: " << quoted(to_string(e.date)) << "\n";
    os << "    type: " << scalar(e.type) << "\n";
    os << "    status: " << to_string(e.status) << "\n";
    os << "    actors: " << flow_list(e.actors) << "\n";
    os << "    place: " << (e.place ? scalar(*e.place) : "null") << "\n";
    os << "    summary: " << (e.summary.empty() ? "\"\"" : scalar(e.summary)) << "\n";
    if (!e.cameo.empty()) os << "    cameo: " << quoted(e.cameo) << "\n";
    os << "    plover: " << (e.plover ? scalar(*e.plover) : "null") << "\n";
    os << "    evidence:" << (e.evidence.empty() ? " []" : "") << "\n";
    for (const auto& ev : e.evidence) {
      os << "      - source: " << scalar(ev.source) << "\n";
      os << "        when: " << (ev.when.empty() ? "null" : scalar(ev.when)) << "\n";
      os << "        quote: " << quoted(ev.quote) << "\n";
      os << "        span: [" << ev.begin << ", " << ev.end << "]\n";
    }
    if (!e.links.empty()) {
      os << "    links:\n";
      for (const auto& l : e.links)
        os << "      - relation: " << scalar(l.relation) << "\n        event: " << scalar(l.event)
           << "\n";
    }
    os << "    locked: " << (e.locked ? "true" : "false") << "\n";
  }
}

std::string yaml_scalar(std::string_view s) { return scalar(s); }

size_t count_dropped_comments(std::string_view text, const Timeline& t) {
  size_t comments = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '#') ++comments;
    pos = end + 1;
  }
  return comments > t.preamble.size() ? comments - t.preamble.size() : 0;
}

std::string to_yaml(const Timeline& t) {
  std::ostringstream os;
  write_yaml(os, t);
  return os.str();
}

// ---------------------------------------------------------------------------------------------
// Reader

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

namespace {

constexpr std::array<std::string_view, 16> kPloverTypes = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

bool is_plover_type(std::string_view s) {
  return std::find(kPloverTypes.begin(), kPloverTypes.end(), s) != kPloverTypes.end();
}

class Checker {
 public:
  explicit Checker(const SourceText& src) : src_(src) {}

  void error_at(SourceLoc loc, std::string msg) {
    diags_.push_back(make_diagnostic_at(src_, loc, Severity::kError, std::move(msg)));
  }
  void error(const YAML::Node& n, std::string msg) { error_at(loc(n), std::move(msg)); }

  SourceLoc loc(const YAML::Node& n) const {
    YAML::Mark m = n.Mark();
    if (m.is_null()) return SourceLoc{1, 1};
    return SourceLoc{static_cast<size_t>(m.line) + 1, static_cast<size_t>(m.column) + 1};
  }

  // Checks a mapping: reports unknown and duplicate keys, returns key -> (key node, value).
  struct Field {
    YAML::Node key;
    YAML::Node value;
  };
  std::map<std::string, Field> fields(const YAML::Node& map, std::string_view what,
                                      const std::vector<std::string_view>& known,
                                      const std::vector<std::string_view>& required,
                                      const YAML::Node& where) {
    std::map<std::string, Field> out;
    if (!map.IsMap()) {
      error(map.IsDefined() && !map.Mark().is_null() ? map : where,
            fmt::format("{} must be a mapping", what));
      return out;
    }
    for (const auto& kv : map) {
      if (!kv.first.IsScalar()) {
        error(kv.first, fmt::format("keys of {} must be plain words", what));
        continue;
      }
      std::string key = kv.first.Scalar();
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string hint;
        size_t best = 3;
        for (auto k : known) {
          size_t d = edit_distance(key, k);
          if (d < best) {
            best = d;
            hint = fmt::format("; did you mean '{}'?", k);
          }
        }
        error(kv.first, fmt::format("unknown key '{}' in {}{}", key, what, hint));
        continue;
      }
      auto [it, inserted] = out.emplace(key, Field{kv.first, kv.second});
      if (!inserted)
        error(kv.first, fmt::format("duplicate key '{}' in {} (first at line {})", key, what,
                                    loc(it->second.key).line));
    }
    for (auto r : required)
      if (!out.count(std::string(r))) error(map, fmt::format("{} has no '{}'", what, r));
    return out;
  }

  std::optional<std::string> string(const std::map<std::string, Field>& f, const char* key,
                                    std::string_view what, bool nullable = true) {
    auto it = f.find(key);
    if (it == f.end()) return std::nullopt;
    const YAML::Node& v = it->second.value;
    if (v.IsNull()) {
      if (!nullable) error(it->second.key, fmt::format("'{}' of {} must not be empty", key, what));
      return std::nullopt;
    }
    if (!v.IsScalar()) {
      error(v, fmt::format("'{}' of {} must be a string", key, what));
      return std::nullopt;
    }
    return v.Scalar();
  }

  std::optional<std::string> id(const std::map<std::string, Field>& f, std::string_view what) {
    auto s = string(f, "id", what, false);
    if (!s) return s;
    bool ok = !s->empty() && std::isalnum(static_cast<unsigned char>(s->front()));
    for (char c : *s) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok)
      error(f.at("id").value,
            fmt::format("id '{}' of {} must use only a-z, 0-9 and '-'", *s, what));
    return s;
  }

  std::optional<CalendarDate> day(const std::map<std::string, Field>& f, const char* key,
                                  std::string_view what) {
    auto s = string(f, key, what);
    if (!s) return std::nullopt;
    std::string why;
    auto e = parse_edtf(*s, &why);
    if (!e) {
      error(f.at(key).value, fmt::format("bad {} of {}: {}", key, what, why));
      return std::nullopt;
    }
    if (e->interval || e->start->approximate || e->start->uncertain) {
      error(f.at(key).value, fmt::format("{} of {} must be a plain date, not '{}'", key, what, *s));
      return std::nullopt;
    }
    return e->start->date;
  }

  std::vector<Diagnostic> take() {
    std::stable_sort(diags_.begin(), diags_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::pair(a.loc.line, a.loc.column) < std::pair(b.loc.line, b.loc.column);
    });
    return std::move(diags_);
  }
  bool failed() const { return !diags_.empty(); }

 private:
  const SourceText& src_;
  std::vector<Diagnostic> diags_;
};

template <typename T>
void check_unique_ids(Checker& c, const std::vector<T>& items, const std::vector<YAML::Node>& nodes,
                      std::string_view what) {
  std::map<std::string, size_t> seen;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].id.empty()) continue;
    auto [it, inserted] = seen.emplace(items[i].id, i);
    if (!inserted)
      c.error(nodes[i], fmt::format("duplicate {} id '{}' (first at line {})", what, items[i].id,
                                    c.loc(nodes[it->second]).line));
  }
}

std::vector<std::string> preamble_of(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size() && text[pos] == '#') {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
    pos = end + 1;
  }
  return out;
}

}  // namespace

Result<Timeline> read_yaml(const SourceText& src) {
  Checker c(src);
  if (size_t bad = find_invalid_utf8(src.text); bad != std::string::npos) {
    c.error_at(locate(src.text, bad), "the file is not valid UTF-8");
    return Error{ErrorCode::kInput, "invalid timeline", c.take()};
  }
  YAML::Node root;
  try {
    std::vector<YAML::Node> docs = YAML::LoadAll(src.text);
    if (docs.size() > 1) {
      c.error(docs[1], "a timeline file holds one YAML document; this is a second one");
      return Error{ErrorCode::kInput, "invalid timeline", c.take()};
    }
    if (!docs.empty()) root = docs[0];
  } catch (const YAML::Exception& e) {
    c.error_at(
        SourceLoc{static_cast<size_t>(e.mark.line) + 1, static_cast<size_t>(e.mark.column) + 1},
        e.msg);
    return Error{ErrorCode::kInput, "invalid YAML", c.take()};
  }
  Timeline t;
  t.preamble = preamble_of(src.text);
  if (!root.IsDefined() || root.IsNull()) {
    c.error_at(SourceLoc{1, 1}, "empty file: a timeline starts with 'dipline: 1'");
    return Error{ErrorCode::kInput, "invalid timeline", c.take()};
  }
  auto top = c.fields(root, "the timeline", {"dipline", "title", "sources", "actors", "events"},
                      {"dipline"}, root);
  if (auto it = top.find("dipline"); it != top.end()) {
    const auto& v = it->second.value;
    if (!v.IsScalar() || v.Scalar() != "1")
      c.error(v.IsScalar() ? v : it->second.key,
              fmt::format("unsupported format version '{}' (this dipline reads version 1)",
                          v.IsScalar() ? v.Scalar() : std::string("?")));
  }
  t.title = c.string(top, "title", "the timeline").value_or("");

  auto list = [&](const char* key) -> std::vector<YAML::Node> {
    std::vector<YAML::Node> out;
    auto it = top.find(key);
    if (it == top.end() || it->second.value.IsNull()) return out;
    if (!it->second.value.IsSequence()) {
      c.error(it->second.value, fmt::format("'{}' must be a list", key));
      return out;
    }
    for (const auto& n : it->second.value) out.push_back(n);
    return out;
  };

  std::vector<YAML::Node> source_nodes = list("sources");
  for (const auto& n : source_nodes) {
    auto f = c.fields(n, "a source", {"id", "outlet", "title", "published", "url"}, {"id"}, n);
    Source s;
    s.id = c.id(f, "a source").value_or("");
    s.outlet = c.string(f, "outlet", "a source").value_or("");
    s.title = c.string(f, "title", "a source").value_or("");
    s.published = c.day(f, "published", "a source");
    s.url = c.string(f, "url", "a source").value_or("");
    t.sources.push_back(std::move(s));
  }
  check_unique_ids(c, t.sources, source_nodes, "source");

  std::vector<YAML::Node> actor_nodes = list("actors");
  for (const auto& n : actor_nodes) {
    auto f = c.fields(n, "an actor", {"id", "name", "kind", "country", "role", "cameo"},
                      {"id", "name", "kind"}, n);
    Actor a;
    a.id = c.id(f, "an actor").value_or("");
    a.name = c.string(f, "name", "an actor", false).value_or("");
    if (auto k = c.string(f, "kind", "an actor", false)) {
      if (auto kind = parse_actor_kind(*k))
        a.kind = *kind;
      else
        c.error(f.at("kind").value,
                fmt::format("unknown actor kind '{}' (expected person, country, organization or "
                            "group)",
                            *k));
    }
    a.country = c.string(f, "country", "an actor").value_or("");
    if (!a.country.empty() &&
        (a.country.size() != 3 || !std::all_of(a.country.begin(), a.country.end(),
                                               [](char ch) { return ch >= 'A' && ch <= 'Z'; })))
      c.error(f.at("country").value,
              fmt::format("country '{}' is not an ISO 3166-1 alpha-3 code (e.g. USA)", a.country));
    a.role = c.string(f, "role", "an actor").value_or("");
    a.cameo = c.string(f, "cameo", "an actor").value_or("");
    t.actors.push_back(std::move(a));
  }
  check_unique_ids(c, t.actors, actor_nodes, "actor");

  std::set<std::string> actor_ids, source_ids;
  for (const auto& a : t.actors) actor_ids.insert(a.id);
  for (const auto& s : t.sources) source_ids.insert(s.id);

  std::vector<YAML::Node> event_nodes = list("events");
  std::vector<std::pair<YAML::Node, std::string>> link_nodes;  // checked once all ids are known
  for (const auto& n : event_nodes) {
    auto f = c.fields(n, "an event",
                      {"id", "date", "type", "status", "actors", "place", "summary", "cameo",
                       "plover", "evidence", "links", "locked"},
                      {"id", "date", "type", "status"}, n);
    Event e;
    e.id = c.id(f, "an event").value_or("");
    if (auto d = c.string(f, "date", "an event", false)) {
      std::string why;
      if (auto edtf = parse_edtf(*d, &why))
        e.date = *edtf;
      else
        c.error(f.at("date").value, fmt::format("bad date '{}': {}", *d, why));
    }
    e.type = c.string(f, "type", "an event", false).value_or("");
    if (auto s = c.string(f, "status", "an event", false)) {
      if (auto st = parse_event_status(*s))
        e.status = *st;
      else
        c.error(f.at("status").value,
                fmt::format("unknown status '{}' (expected occurred, planned, announced, ongoing, "
                            "cancelled, denied or hypothetical)",
                            *s));
    }
    if (auto it = f.find("actors"); it != f.end() && !it->second.value.IsNull()) {
      const auto& v = it->second.value;
      if (!v.IsSequence()) {
        c.error(v, "'actors' of an event must be a list of actor ids");
      } else {
        for (const auto& a : v) {
          if (!a.IsScalar()) {
            c.error(a, "'actors' of an event must be a list of actor ids");
            continue;
          }
          if (!actor_ids.count(a.Scalar()))
            c.error(a, fmt::format("event '{}' names unknown actor '{}'", e.id, a.Scalar()));
          e.actors.push_back(a.Scalar());
        }
      }
    }
    e.place = c.string(f, "place", "an event");
    e.summary = c.string(f, "summary", "an event").value_or("");
    e.cameo = c.string(f, "cameo", "an event").value_or("");
    if (!e.cameo.empty() && (e.cameo.size() < 2 || e.cameo.size() > 4 ||
                             !std::all_of(e.cameo.begin(), e.cameo.end(),
                                          [](char ch) { return ch >= '0' && ch <= '9'; })))
      c.error(f.at("cameo").value,
              fmt::format("cameo '{}' is not a CAMEO event code (2 to 4 digits, quoted)", e.cameo));
    e.plover = c.string(f, "plover", "an event");
    if (e.plover && !is_plover_type(*e.plover))
      c.error(f.at("plover").value, fmt::format("unknown PLOVER type '{}' (expected one of {})",
                                                *e.plover, fmt::join(kPloverTypes, ", ")));
    if (auto it = f.find("locked"); it != f.end()) {
      const auto& v = it->second.value;
      if (v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "false"))
        e.locked = v.Scalar() == "true";
      else
        c.error(v.IsScalar() ? v : it->second.key, "'locked' must be true or false");
    }
    if (auto it = f.find("links"); it != f.end() && !it->second.value.IsNull()) {
      const auto& v = it->second.value;
      if (!v.IsSequence()) {
        c.error(v, "'links' of an event must be a list");
      } else {
        for (const auto& ln : v) {
          auto lf = c.fields(ln, "a link", {"relation", "event"}, {"relation", "event"}, ln);
          Link l;
          l.relation = c.string(lf, "relation", "a link", false).value_or("");
          l.event = c.string(lf, "event", "a link", false).value_or("");
          if (!l.relation.empty() && !is_link_relation(l.relation))
            c.error(lf.at("relation").value,
                    fmt::format("unknown relation '{}' (expected after, before, response-to or "
                                "during)",
                                l.relation));
          if (!l.event.empty()) link_nodes.emplace_back(lf.at("event").value, l.event);
          e.links.push_back(std::move(l));
        }
      }
    }
    if (auto it = f.find("evidence"); it != f.end() && !it->second.value.IsNull()) {
      const auto& v = it->second.value;
      if (!v.IsSequence()) {
        c.error(v, "'evidence' of an event must be a list");
      } else {
        for (const auto& en : v) {
          auto ef = c.fields(en, "evidence", {"source", "when", "quote", "span"}, {"source"}, en);
          Evidence ev;
          ev.source = c.string(ef, "source", "evidence", false).value_or("");
          if (!ev.source.empty() && !source_ids.count(ev.source))
            c.error(ef.at("source").value,
                    fmt::format("evidence names unknown source '{}'", ev.source));
          ev.when = c.string(ef, "when", "evidence").value_or("");
          ev.quote = c.string(ef, "quote", "evidence").value_or("");
          if (auto sp = ef.find("span"); sp != ef.end()) {
            const auto& sv = sp->second.value;
            bool ok = sv.IsSequence() && sv.size() == 2;
            long long b = 0, en2 = 0;
            if (ok) {
              try {
                b = sv[0].as<long long>();
                en2 = sv[1].as<long long>();
              } catch (const YAML::Exception&) {
                ok = false;
              }
            }
            if (!ok || b < 0 || en2 < b)
              c.error(sv, "'span' must be [start, end] byte offsets with 0 <= start <= end");
            else {
              ev.begin = static_cast<size_t>(b);
              ev.end = static_cast<size_t>(en2);
            }
          }
          e.evidence.push_back(std::move(ev));
        }
      }
    }
    t.events.push_back(std::move(e));
  }
  check_unique_ids(c, t.events, event_nodes, "event");
  std::set<std::string> event_ids;
  for (const auto& e : t.events) event_ids.insert(e.id);
  for (const auto& [node, id] : link_nodes)
    if (!event_ids.count(id)) c.error(node, fmt::format("a link names unknown event '{}'", id));

  if (c.failed()) return Error{ErrorCode::kInput, "invalid timeline", c.take()};
  return t;
}

}  // namespace dipline
