#include "dipline/evaluate.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace dipline {

void EventCounts::add(const EventCounts& o) {
  gold += o.gold;
  system += o.system;
  matched += o.matched;
  exact_date += o.exact_date;
  loose += o.loose;
  cameo_root += o.cameo_root;
}

bool dates_overlap(const Edtf& a, const Edtf& b) {
  const CalendarDate kMin{0, 1, 1}, kMax{9999, 12, 31};
  CalendarDate a_lo = a.earliest_day().value_or(kMin), a_hi = a.latest_day().value_or(kMax);
  CalendarDate b_lo = b.earliest_day().value_or(kMin), b_hi = b.latest_day().value_or(kMax);
  return !(a_hi < b_lo) && !(b_hi < a_lo);
}

namespace {

// An actor's name as compared across timelines: lowercase ASCII, without a leading "the " or an
// acronym in brackets after it ("Free Aceh Movement (GAM)"), hyphens and full stops read as
// spaces and runs of spaces as one, so that transliterations written either way ("Sabah
// Al-Ahmad Al-Sabah" and "Sabah Al Ahmad Al Sabah", "G.L. Peiris" and "G. L. Peiris") agree.
std::string name_key(std::string_view name) {
  if (name.ends_with(')'))
    if (size_t open = name.rfind(" ("); open != std::string_view::npos) name = name.substr(0, open);
  std::string out;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == '.') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

// Ids are slugs each timeline chooses ("gam" or "free-aceh-movement" for the Free Aceh Movement
// (GAM)): two agents are the same actor when their ids are equal or their names are -- with a
// lexicon, any of the names it knows an actor by. A state and its government or armed forces
// (an organisation whose CAMEO code is the state's with GOV or MIL: the Kuwaiti Foreign
// Ministry, KWTGOV, for Kuwait; the Korea Coast Guard, KORMIL, for South Korea) are one agent
// too: which of them a text's "Kuwait summoned" is, is a matter of convention. So is one organ
// of a state whose id each timeline spells its own way ("taiwan-foreign-ministry",
// "taiwanese-foreign-ministry"); two organs of one state (the State Department, the White
// House) are not.
class SameAgent {
 public:
  SameAgent(const Timeline& a, const Timeline& b, const Lexicon* lex) {
    fill(a, lex, a_names_, a_states_);
    fill(b, lex, b_names_, b_states_);
  }
  // The acting actor is the first. Where the act is mutual -- a meeting, a call, talks, an
  // agreement between two sides -- no side acts first: the text's order decides which is named
  // first, so each first actor need only be among the other event's actors.
  bool operator()(const Event& a, const Event& b) const {
    if (a.actors.empty() || b.actors.empty()) return false;
    if (same(a.actors.front(), b.actors.front())) return true;
    if (!is_mutual(a.type) || a.type != b.type) return false;
    auto among = [&](std::string_view x, const std::vector<std::string>& ys, bool x_in_a) {
      return std::any_of(ys.begin(), ys.end(),
                         [&](const std::string& y) { return x_in_a ? same(x, y) : same(y, x); });
    };
    return among(a.actors.front(), b.actors, true) && among(b.actors.front(), a.actors, false);
  }

 private:
  using Names = std::map<std::string, std::vector<std::string>, std::less<>>;
  // For a state, its code; for an organ of a state, the code with a leading '+'.
  using States = std::map<std::string, std::string, std::less<>>;
  static void fill(const Timeline& t, const Lexicon* lex, Names& names, States& states) {
    for (const auto& x : t.actors) {
      if (x.kind == ActorKind::kCountry && !x.country.empty())
        states[x.id] = x.country;
      else if (x.kind == ActorKind::kOrganization && !x.country.empty() &&
               (x.cameo == x.country + "GOV" || x.cameo == x.country + "MIL"))
        states[x.id] = "+" + x.country;
      auto& keys = names[x.id];
      if (std::string k = name_key(x.name); !k.empty()) keys.push_back(std::move(k));
      if (const LexActor* known = lex ? lex->find(x.id) : nullptr) {
        keys.push_back(name_key(known->name));
        for (const auto& n : known->names) keys.push_back(name_key(n));
      }
    }
  }
  // Actor x of the first timeline and actor y of the second are one actor.
  bool same(std::string_view x, std::string_view y) const {
    if (x == y) return true;
    if (auto i = a_states_.find(x), j = b_states_.find(y);
        i != a_states_.end() && j != b_states_.end() &&
        (i->second == "+" + j->second || "+" + i->second == j->second ||
         (i->second == j->second && i->second.starts_with('+') && same_organ(x, y))))
      return true;
    auto i = a_names_.find(x), j = b_names_.find(y);
    if (i == a_names_.end() || j == b_names_.end()) return false;
    for (const auto& n : i->second)
      if (std::find(j->second.begin(), j->second.end(), n) != j->second.end()) return true;
    return false;
  }
  // Ids that end in the same organ's name, after the state's ("-foreign-ministry").
  static bool same_organ(std::string_view x, std::string_view y) {
    static constexpr std::string_view kOrgans[] = {"-foreign-ministry",
                                                   "-defence-ministry",
                                                   "-defense-ministry",
                                                   "-interior-ministry",
                                                   "-foreign-office",
                                                   "-army",
                                                   "-navy",
                                                   "-air-force",
                                                   "-coast-guard",
                                                   "-police",
                                                   "-embassy",
                                                   "-government"};
    return std::any_of(std::begin(kOrgans), std::end(kOrgans),
                       [&](std::string_view o) { return x.ends_with(o) && y.ends_with(o); });
  }
  static bool is_mutual(std::string_view type) {
    static constexpr std::string_view kMutual[] = {"meeting",
                                                   "phone-call",
                                                   "summit",
                                                   "negotiation",
                                                   "agreement",
                                                   "cooperation",
                                                   "restoration-of-relations"};
    return std::find(std::begin(kMutual), std::end(kMutual), type) != std::end(kMutual);
  }
  Names a_names_, b_names_;
  States a_states_, b_states_;
};

// A maximum one-to-one pairing of gold and system events (Kuhn's augmenting paths): pair[g] is
// the system event paired with gold event g, or -1. `edges[g]` lists the system events gold event
// g may pair with, best first; system events already taken in `used` are left alone. Pairing
// each gold event with the first free candidate would undercount where an earlier gold event
// takes the only candidate of a later one.
std::vector<int> max_pairs(const std::vector<std::vector<size_t>>& edges, std::vector<bool>& used) {
  std::vector<int> pair(edges.size(), -1);
  std::vector<int> owner(used.size(), -1);  // system index -> gold index
  std::vector<bool> seen(used.size());
  auto augment = [&](auto&& self, size_t g) -> bool {
    for (size_t k : edges[g]) {
      if (used[k] || seen[k]) continue;
      seen[k] = true;
      if (owner[k] < 0 || self(self, static_cast<size_t>(owner[k]))) {
        owner[k] = static_cast<int>(g);
        pair[g] = static_cast<int>(k);
        return true;
      }
    }
    return false;
  };
  for (size_t g = 0; g < edges.size(); ++g) {
    std::fill(seen.begin(), seen.end(), false);
    augment(augment, g);
  }
  for (size_t k = 0; k < owner.size(); ++k)
    if (owner[k] >= 0) used[k] = true;
  return pair;
}

}  // namespace

EventCounts score_events(const Timeline& gold, const Timeline& system,
                         std::vector<EventMiss>* misses, const Lexicon* lex) {
  const SameAgent same_agent(gold, system, lex);
  EventCounts c;
  c.gold = gold.events.size();
  c.system = system.events.size();
  // Strict pairs: type, acting actor and date; a candidate with the very date first.
  std::vector<std::vector<size_t>> strict(gold.events.size()), loose(gold.events.size());
  for (size_t g = 0; g < gold.events.size(); ++g) {
    const Event& ge = gold.events[g];
    std::vector<size_t> other_day;
    for (size_t k = 0; k < system.events.size(); ++k) {
      const Event& s = system.events[k];
      if (!same_agent(ge, s) || !dates_overlap(ge.date, s.date)) continue;
      loose[g].push_back(k);
      if (s.type != ge.type) continue;
      (s.date == ge.date ? strict[g] : other_day).push_back(k);
    }
    strict[g].insert(strict[g].end(), other_day.begin(), other_day.end());
  }
  std::vector<bool> used(system.events.size(), false);
  const std::vector<int> pair = max_pairs(strict, used);
  for (size_t g = 0; g < gold.events.size(); ++g) {
    if (pair[g] < 0) continue;
    ++c.matched;
    if (system.events[static_cast<size_t>(pair[g])].date == gold.events[g].date) ++c.exact_date;
  }
  // Pairs by actor and date alone, for the CAMEO agreement: the strict pairs, then the rest.
  std::vector<bool> loose_used = used;
  for (size_t g = 0; g < gold.events.size(); ++g)
    if (pair[g] >= 0) loose[g].clear();
  const std::vector<int> rest = max_pairs(loose, loose_used);
  for (size_t g = 0; g < gold.events.size(); ++g) {
    const Event& ge = gold.events[g];
    int k = pair[g] >= 0 ? pair[g] : rest[g];
    if (k < 0) continue;
    const Event& s = system.events[static_cast<size_t>(k)];
    ++c.loose;
    if (ge.cameo.size() >= 2 && s.cameo.size() >= 2 && ge.cameo.compare(0, 2, s.cameo, 0, 2) == 0)
      ++c.cameo_root;
  }
  if (misses) {
    for (size_t g = 0; g < gold.events.size(); ++g)
      if (pair[g] < 0) misses->push_back(EventMiss{"missed", gold.events[g]});
    for (size_t k = 0; k < system.events.size(); ++k)
      if (!used[k]) misses->push_back(EventMiss{"spurious", system.events[k]});
  }
  return c;
}

}  // namespace dipline
