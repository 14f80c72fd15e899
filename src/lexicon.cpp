#include "dipline/lexicon.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "lexicon_data.h"

namespace dipline {

bool LexRole::covers(const CalendarDate& d) const {
  if (from && d < from->first_day()) return false;
  if (to && to->last_day() < d) return false;
  return true;
}

const LexRole* LexActor::role_at(const CalendarDate& d) const {
  for (const auto& r : roles)
    if (r.covers(d)) return &r;
  return nullptr;
}

const LexActor* Lexicon::find(std::string_view id) const {
  for (const auto& a : actors)
    if (a.id == id) return &a;
  return nullptr;
}

const EventType* Lexicon::find_type(std::string_view id) const {
  for (const auto& t : event_types)
    if (t.id == id) return &t;
  return nullptr;
}

namespace {

class Reader {
 public:
  explicit Reader(const SourceText& src) : src_(src) {}

  void error(const YAML::Node& n, std::string msg) {
    YAML::Mark m = n.Mark();
    SourceLoc loc =
        m.is_null() ? SourceLoc{1, 1}
                    : SourceLoc{static_cast<size_t>(m.line) + 1, static_cast<size_t>(m.column) + 1};
    diags_.push_back(make_diagnostic_at(src_, loc, Severity::kError, std::move(msg)));
  }

  void check_keys(const YAML::Node& map, std::string_view what,
                  std::initializer_list<std::string_view> known) {
    std::set<std::string> seen;
    for (const auto& kv : map) {
      std::string k = kv.first.Scalar();
      if (std::find(known.begin(), known.end(), k) == known.end())
        error(kv.first, fmt::format("unknown key '{}' in {}", k, what));
      else if (!seen.insert(k).second)
        error(kv.first, fmt::format("duplicate key '{}' in {}", k, what));
    }
  }

  std::string str(const YAML::Node& map, const char* key, bool required = false) {
    YAML::Node n = map[key];
    if (!n || n.IsNull()) {
      if (required) error(map, fmt::format("missing '{}'", key));
      return {};
    }
    if (!n.IsScalar()) {
      error(n, fmt::format("'{}' must be a string", key));
      return {};
    }
    return n.Scalar();
  }

  std::vector<std::string> strs(const YAML::Node& map, const char* key) {
    std::vector<std::string> out;
    YAML::Node n = map[key];
    if (!n || n.IsNull()) return out;
    if (!n.IsSequence()) {
      error(n, fmt::format("'{}' must be a list of strings", key));
      return out;
    }
    for (const auto& x : n) {
      if (x.IsScalar())
        out.push_back(x.Scalar());
      else
        error(x, fmt::format("'{}' must be a list of strings", key));
    }
    return out;
  }

  std::optional<CalendarDate> date(const YAML::Node& map, const char* key) {
    std::string s = str(map, key);
    if (s.empty()) return std::nullopt;
    std::string why;
    auto e = parse_edtf(s, &why);
    if (!e || e->interval) {
      error(map[key],
            fmt::format("bad date '{}' for '{}': {}", s, key, why.empty() ? "not a date" : why));
      return std::nullopt;
    }
    return e->start->date;
  }

  bool boolean(const YAML::Node& map, const char* key) {
    std::string s = str(map, key);
    if (s.empty() || s == "false") return false;
    if (s == "true") return true;
    error(map[key], fmt::format("'{}' must be true or false", key));
    return false;
  }

  std::vector<Diagnostic>& diags() { return diags_; }

 private:
  const SourceText& src_;
  std::vector<Diagnostic> diags_;
};

template <typename T>
void upsert(std::vector<T>& v, T item) {
  for (auto& x : v) {
    if (x.id == item.id) {
      x = std::move(item);
      return;
    }
  }
  v.push_back(std::move(item));
}

}  // namespace

Status Lexicon::add(const SourceText& src) {
  Reader r(src);
  YAML::Node root;
  try {
    root = YAML::Load(src.text);
  } catch (const YAML::Exception& e) {
    r.diags().push_back(make_diagnostic_at(
        src,
        SourceLoc{static_cast<size_t>(e.mark.line) + 1, static_cast<size_t>(e.mark.column) + 1},
        Severity::kError, e.msg));
    return Error{ErrorCode::kInput, "invalid lexicon", std::move(r.diags())};
  }
  if (!root.IsMap()) {
    r.error(root,
            "a lexicon is a mapping with countries, organizations, people, offices or "
            "event_types");
    return Error{ErrorCode::kInput, "invalid lexicon", std::move(r.diags())};
  }
  r.check_keys(root, "a lexicon",
               {"countries", "organizations", "people", "offices", "event_types"});
  auto each = [&](const char* key, auto&& fn) {
    YAML::Node list = root[key];
    if (!list || list.IsNull()) return;
    if (!list.IsSequence()) {
      r.error(list, fmt::format("'{}' must be a list", key));
      return;
    }
    for (const auto& n : list) {
      if (!n.IsMap()) {
        r.error(n, fmt::format("an entry of '{}' must be a mapping", key));
        continue;
      }
      fn(n);
    }
  };
  each("countries", [&](const YAML::Node& n) {
    r.check_keys(n, "a country",
                 {"id", "iso3", "name", "names", "demonyms", "capitals", "cities", "cameo"});
    LexActor a;
    a.kind = ActorKind::kCountry;
    a.id = r.str(n, "id", true);
    a.country = r.str(n, "iso3", true);
    a.name = r.str(n, "name", true);
    a.names = r.strs(n, "names");
    a.demonyms = r.strs(n, "demonyms");
    a.capitals = r.strs(n, "capitals");
    a.cities = r.strs(n, "cities");
    a.cameo = r.str(n, "cameo");
    upsert(actors, std::move(a));
  });
  each("organizations", [&](const YAML::Node& n) {
    r.check_keys(n, "an organization", {"id", "name", "names", "kind", "country", "cameo"});
    LexActor a;
    a.kind = ActorKind::kOrganization;
    a.id = r.str(n, "id", true);
    a.name = r.str(n, "name", true);
    a.names = r.strs(n, "names");
    if (std::string k = r.str(n, "kind"); !k.empty()) {
      auto kind = parse_actor_kind(k);
      if (kind)
        a.kind = *kind;
      else
        r.error(n["kind"], fmt::format("unknown kind '{}'", k));
    }
    a.country = r.str(n, "country");
    a.cameo = r.str(n, "cameo");
    upsert(actors, std::move(a));
  });
  each("people", [&](const YAML::Node& n) {
    r.check_keys(n, "a person", {"id", "name", "names", "country", "roles", "cameo"});
    LexActor a;
    a.kind = ActorKind::kPerson;
    a.id = r.str(n, "id", true);
    a.name = r.str(n, "name", true);
    a.names = r.strs(n, "names");
    a.country = r.str(n, "country");
    a.cameo = r.str(n, "cameo");
    if (YAML::Node roles = n["roles"]; roles && roles.IsSequence()) {
      for (const auto& rn : roles) {
        r.check_keys(rn, "a role", {"office", "title", "org", "from", "to"});
        LexRole role;
        role.office = r.str(rn, "office");
        role.title = r.str(rn, "title");
        role.org = r.str(rn, "org");
        role.from = r.date(rn, "from");
        role.to = r.date(rn, "to");
        a.roles.push_back(std::move(role));
      }
    } else if (roles && !roles.IsNull()) {
      r.error(roles, "'roles' must be a list");
    }
    upsert(actors, std::move(a));
  });
  if (YAML::Node off = root["offices"]; off && off.IsMap()) {
    for (const auto& kv : off) {
      auto& phrases = offices[kv.first.Scalar()];
      if (!kv.second.IsSequence()) {
        r.error(kv.second, "an office lists its title phrases");
        continue;
      }
      for (const auto& p : kv.second) {
        std::string s = p.Scalar();
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (std::find(phrases.begin(), phrases.end(), s) == phrases.end()) phrases.push_back(s);
      }
    }
  }
  each("event_types", [&](const YAML::Node& n) {
    r.check_keys(n, "an event type",
                 {"id", "label", "cameo", "plover", "summary", "triggers", "durative", "speech"});
    EventType t;
    t.id = r.str(n, "id", true);
    t.label = r.str(n, "label");
    t.cameo = r.str(n, "cameo", true);
    if (std::string p = r.str(n, "plover"); !p.empty()) t.plover = p;
    t.summary = r.str(n, "summary");
    t.triggers = r.strs(n, "triggers");
    t.durative = r.boolean(n, "durative");
    t.speech = r.boolean(n, "speech");
    upsert(event_types, std::move(t));
  });
  if (!r.diags().empty()) return Error{ErrorCode::kInput, "invalid lexicon", std::move(r.diags())};
  return Status::Ok();
}

Result<Lexicon> Lexicon::builtin() {
  Lexicon lex;
  for (const auto& file : detail::builtin_lexicons()) {
    Status s = lex.add(SourceText{"<builtin>/" + std::string(file.name), std::string(file.text)});
    if (!s.ok()) return s.take_error();
  }
  return lex;
}

}  // namespace dipline
