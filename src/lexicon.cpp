#include "dipline/lexicon.h"

#include <fmt/format.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "util.h"

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

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::vector<std::string> verb_forms(
    std::string_view verb, const std::map<std::string, std::vector<std::string>>& irregular) {
  // A phrasal verb inflects its first word: "set up" -> "sets up".
  size_t sp = verb.find(' ');
  std::string head(verb.substr(0, sp));
  std::string rest = sp == std::string_view::npos ? "" : std::string(verb.substr(sp));
  std::vector<std::string> forms{head};
  if (auto it = irregular.find(head); it != irregular.end()) {
    forms.insert(forms.end(), it->second.begin(), it->second.end());
  } else if (!head.empty()) {
    size_t n = head.size();
    char last = head[n - 1];
    bool consonant_y = last == 'y' && n >= 2 && !is_vowel(head[n - 2]);
    // Third person: "pledges", "denies", "pushes", "vetoes".
    if (consonant_y)
      forms.push_back(head.substr(0, n - 1) + "ies");
    else if (last == 's' || last == 'x' || last == 'z' || last == 'o' || head.ends_with("ch") ||
             head.ends_with("sh"))
      forms.push_back(head + "es");
    else
      forms.push_back(head + "s");
    // Past: "agreed", "denied", "signed"; -ing: "agreeing", "signing", "pledging", "tying".
    if (last == 'e') {
      forms.push_back(head + "d");
      if (head.ends_with("ie"))
        forms.push_back(head.substr(0, n - 2) + "ying");
      else if (head.ends_with("ee") || head.ends_with("ye") || head.ends_with("oe"))
        forms.push_back(head + "ing");
      else
        forms.push_back(head.substr(0, n - 1) + "ing");
    } else {
      forms.push_back(consonant_y ? head.substr(0, n - 1) + "ied" : head + "ed");
      forms.push_back(head + "ing");
      // A final consonant after a single vowel may be doubled ("banned", "cancelled"; US
      // "canceled"): both spellings, which costs nothing where one never occurs.
      bool single_vowel = n >= 2 && is_vowel(head[n - 2]) && (n < 3 || !is_vowel(head[n - 3]));
      if (single_vowel && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y') {
        forms.push_back(head + last + "ed");
        forms.push_back(head + last + "ing");
      }
    }
  }
  for (auto& f : forms) f += rest;
  // Longest first, so that an alternation of them prefers the whole word.
  std::stable_sort(forms.begin(), forms.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

Result<std::string> expand_verbs(std::string_view pattern,
                                 const std::map<std::string, std::vector<std::string>>& irregular) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t open = pattern.find('<', i);
    if (open == std::string_view::npos) break;
    // "(?P<name>" and "(?<name>" are RE2's named groups, not verbs.
    if ((open >= 2 && pattern.substr(open - 2, 2) == "(?") ||
        (open >= 3 && pattern.substr(open - 3, 3) == "(?P")) {
      out.append(pattern.substr(i, open + 1 - i));
      i = open + 1;
      continue;
    }
    size_t close = pattern.find('>', open);
    if (close == std::string_view::npos)
      return make_error(ErrorCode::kInput, fmt::format("'<' at {} has no '>'", open + 1));
    std::string_view verb = pattern.substr(open + 1, close - open - 1);
    bool ok = !verb.empty() && verb.front() != ' ' && verb.back() != ' ' &&
              std::all_of(verb.begin(), verb.end(),
                          [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || c == ' '; });
    if (!ok)
      return make_error(ErrorCode::kInput,
                        fmt::format("'<{}>' is no verb (lowercase words between < and >)", verb));
    out.append(pattern.substr(i, open - i));
    out += "(?:";
    bool first = true;
    for (const auto& f : verb_forms(verb, irregular)) {
      if (!first) out += '|';
      out += f;
      first = false;
    }
    out += ')';
    i = close + 1;
  }
  out.append(pattern.substr(i));
  return out;
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

  // Reports unknown and duplicate keys; false (with an error) when `map` is no mapping.
  bool check_keys(const YAML::Node& map, std::string_view what,
                  std::initializer_list<std::string_view> known) {
    if (!map.IsMap()) {
      error(map, fmt::format("{} must be a mapping", what));
      return false;
    }
    std::set<std::string> seen;
    for (const auto& kv : map) {
      std::string k = kv.first.Scalar();
      if (std::find(known.begin(), known.end(), k) == known.end())
        error(kv.first, fmt::format("unknown key '{}' in {}", k, what));
      else if (!seen.insert(k).second)
        error(kv.first, fmt::format("duplicate key '{}' in {}", k, what));
    }
    return true;
  }

  // An id: lowercase ASCII letters, digits and '-' (the rule of timeline files).
  std::string id(const YAML::Node& map) {
    std::string s = str(map, "id", true);
    bool ok = !s.empty() && std::isalnum(static_cast<unsigned char>(s.front()));
    for (char c : s) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!s.empty() && !ok)
      error(map["id"], fmt::format("id '{}' must use only a-z, 0-9 and '-'", s));
    return s;
  }

  // An ISO 3166-1 alpha-3 code, or empty.
  std::string country(const YAML::Node& map, const char* key) {
    std::string s = str(map, key);
    bool ok = s.size() == 3 &&
              std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!s.empty() && !ok)
      error(map[key], fmt::format("'{}' is not an ISO 3166-1 alpha-3 code (e.g. USA)", s));
    return s;
  }

  std::string str(const YAML::Node& map, const char* key, bool required = false) {
    if (!map.IsMap()) return {};
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
    if (!map.IsMap()) return out;
    YAML::Node n = map[key];
    if (!n || n.IsNull()) return out;
    if (!n.IsSequence()) {
      error(n, fmt::format("'{}' must be a list of strings", key));
      return out;
    }
    for (const auto& x : n) {
      if (x.IsScalar() && !x.Scalar().empty())
        out.push_back(x.Scalar());
      else
        error(x, fmt::format("'{}' must be a list of non-empty strings", key));
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
               {"countries", "organizations", "people", "offices", "verb_forms", "event_types"});
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
                 {"id", "iso3", "name", "names", "demonyms", "adjective", "capitals", "cities",
                  "cameo", "leader"});
    LexActor a;
    a.kind = ActorKind::kCountry;
    a.id = r.id(n);
    a.country = r.country(n, "iso3");
    if (a.country.empty()) r.error(n, "missing 'iso3'");
    a.name = r.str(n, "name", true);
    a.names = r.strs(n, "names");
    a.demonyms = r.strs(n, "demonyms");
    a.adjective = r.str(n, "adjective");
    a.capitals = r.strs(n, "capitals");
    a.cities = r.strs(n, "cities");
    a.leader = r.str(n, "leader");
    a.cameo = r.str(n, "cameo");
    upsert(actors, std::move(a));
  });
  each("organizations", [&](const YAML::Node& n) {
    r.check_keys(n, "an organization",
                 {"id", "name", "names", "kind", "country", "cameo", "speaks_for"});
    LexActor a;
    a.kind = ActorKind::kOrganization;
    a.id = r.id(n);
    a.name = r.str(n, "name", true);
    a.names = r.strs(n, "names");
    if (std::string k = r.str(n, "kind"); !k.empty()) {
      auto kind = parse_actor_kind(k);
      if (kind)
        a.kind = *kind;
      else
        r.error(n["kind"], fmt::format("unknown kind '{}'", k));
    }
    a.country = r.country(n, "country");
    a.cameo = r.str(n, "cameo");
    if (std::string f = r.str(n, "speaks_for"); f == "leader")
      a.leader_office = true;
    else if (!f.empty())
      r.error(n["speaks_for"], fmt::format("unknown speaks_for '{}' (only 'leader')", f));
    upsert(actors, std::move(a));
  });
  each("people", [&](const YAML::Node& n) {
    r.check_keys(n, "a person", {"id", "name", "names", "country", "roles", "cameo"});
    LexActor a;
    a.kind = ActorKind::kPerson;
    a.id = r.id(n);
    a.name = r.str(n, "name", true);
    a.names = r.strs(n, "names");
    a.country = r.country(n, "country");
    a.cameo = r.str(n, "cameo");
    if (YAML::Node roles = n["roles"]; roles && roles.IsSequence()) {
      for (const auto& rn : roles) {
        if (!r.check_keys(rn, "a role", {"office", "title", "org", "from", "to"})) continue;
        LexRole role;
        role.office = r.str(rn, "office");
        role.title = r.str(rn, "title");
        role.org = r.str(rn, "org");
        role.from = r.date(rn, "from");
        role.to = r.date(rn, "to");
        if (role.from && role.to && role.to->last_day() < role.from->first_day())
          r.error(rn["to"], fmt::format("the role ends ({}) before it starts ({})",
                                        to_string(*role.to), to_string(*role.from)));
        a.roles.push_back(std::move(role));
      }
    } else if (roles && !roles.IsNull()) {
      r.error(roles, "'roles' must be a list");
    }
    upsert(actors, std::move(a));
  });
  if (YAML::Node off = root["offices"]; off && !off.IsNull() && !off.IsMap()) {
    r.error(off, "'offices' maps each office to its title phrases");
  } else if (off && off.IsMap()) {
    for (const auto& kv : off) {
      auto& phrases = offices[kv.first.Scalar()];
      if (!kv.second.IsSequence()) {
        r.error(kv.second, "an office lists its title phrases");
        continue;
      }
      for (const auto& p : kv.second) {
        if (!p.IsScalar() || p.Scalar().find_first_not_of(" \t") == std::string::npos) {
          r.error(p, "a title phrase must be a non-empty string");
          continue;
        }
        std::string s = detail::lower_ascii(p.Scalar());
        if (std::find(phrases.begin(), phrases.end(), s) == phrases.end()) phrases.push_back(s);
      }
    }
  }
  // Verbs English does not inflect by rule, before the patterns that name them.
  if (YAML::Node vf = root["verb_forms"]; vf && !vf.IsNull() && !vf.IsMap()) {
    r.error(vf, "'verb_forms' maps each verb to its other forms");
  } else if (vf && vf.IsMap()) {
    for (const auto& kv : vf) {
      std::vector<std::string> forms;
      if (kv.second.IsSequence())
        for (const auto& f : kv.second)
          if (f.IsScalar() && !f.Scalar().empty()) forms.push_back(f.Scalar());
      if (forms.empty() || !kv.second.IsSequence() || forms.size() != kv.second.size()) {
        r.error(kv.second, "a verb lists its other forms (third person, past, -ing ...)");
        continue;
      }
      verb_forms[kv.first.Scalar()] = std::move(forms);
    }
  }
  each("event_types", [&](const YAML::Node& n) {
    r.check_keys(n, "an event type",
                 {"id", "label", "cameo", "plover", "summary", "triggers", "stated", "durative",
                  "speech", "by_state"});
    EventType t;
    t.id = r.id(n);
    t.label = r.str(n, "label");
    t.cameo = r.str(n, "cameo", true);
    if (std::string p = r.str(n, "plover"); !p.empty()) t.plover = p;
    t.summary = r.str(n, "summary");
    // The patterns, with each <verb> written out as its forms.
    for (std::string_view key : {"triggers", "stated"}) {
      auto& patterns = key == "triggers" ? t.triggers : t.stated;
      YAML::Node tn = n[std::string(key)];
      if (tn && !tn.IsNull() && !tn.IsSequence()) {
        r.error(tn, fmt::format("'{}' must be a list of strings", key));
        continue;
      }
      if (!tn) continue;
      RE2::Options opt;
      opt.set_log_errors(false);
      std::string_view what = key == "stated" ? "stated" : "trigger";
      for (const auto& x : tn) {
        if (!x.IsScalar() || x.Scalar().empty()) {
          r.error(x, fmt::format("'{}' must be a list of non-empty strings", key));
          continue;
        }
        Result<std::string> expanded = expand_verbs(x.Scalar(), verb_forms);
        if (!expanded) {
          r.error(x, fmt::format("bad {} pattern: {}", what, expanded.error().message));
          continue;
        }
        RE2 re(*expanded, opt);
        if (!re.ok()) r.error(x, fmt::format("bad {} pattern: {}", what, re.error()));
        patterns.push_back(std::move(*expanded));
      }
    }
    t.durative = r.boolean(n, "durative");
    t.speech = r.boolean(n, "speech");
    t.by_state = r.boolean(n, "by_state");
    upsert(event_types, std::move(t));
  });
  if (!r.diags().empty()) {
    std::stable_sort(
        r.diags().begin(), r.diags().end(), [](const Diagnostic& a, const Diagnostic& b) {
          return std::pair(a.loc.line, a.loc.column) < std::pair(b.loc.line, b.loc.column);
        });
    return Error{ErrorCode::kInput, "invalid lexicon", std::move(r.diags())};
  }
  return Status::Ok();
}

}  // namespace dipline
