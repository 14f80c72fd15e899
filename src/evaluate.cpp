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
// acronym in brackets after it ("Free Aceh Movement (GAM)").
std::string name_key(std::string_view name) {
  if (name.ends_with(')'))
    if (size_t open = name.rfind(" ("); open != std::string_view::npos) name = name.substr(0, open);
  std::string out(name);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

// Ids are slugs each timeline chooses ("gam" or "free-aceh-movement" for the Free Aceh Movement
// (GAM)): two agents are the same actor when their ids are equal or their names are -- with a
// lexicon, any of the names it knows an actor by.
class SameAgent {
 public:
  SameAgent(const Timeline& a, const Timeline& b, const Lexicon* lex) {
    fill(a, lex, a_names_);
    fill(b, lex, b_names_);
  }
  bool operator()(const Event& a, const Event& b) const {
    if (a.actors.empty() || b.actors.empty()) return false;
    if (a.actors.front() == b.actors.front()) return true;
    auto x = a_names_.find(a.actors.front()), y = b_names_.find(b.actors.front());
    if (x == a_names_.end() || y == b_names_.end()) return false;
    for (const auto& n : x->second)
      if (std::find(y->second.begin(), y->second.end(), n) != y->second.end()) return true;
    return false;
  }

 private:
  using Names = std::map<std::string, std::vector<std::string>, std::less<>>;
  static void fill(const Timeline& t, const Lexicon* lex, Names& names) {
    for (const auto& x : t.actors) {
      auto& keys = names[x.id];
      if (std::string k = name_key(x.name); !k.empty()) keys.push_back(std::move(k));
      if (const LexActor* known = lex ? lex->find(x.id) : nullptr) {
        keys.push_back(name_key(known->name));
        for (const auto& n : known->names) keys.push_back(name_key(n));
      }
    }
  }
  Names a_names_, b_names_;
};

}  // namespace

EventCounts score_events(const Timeline& gold, const Timeline& system,
                         std::vector<EventMiss>* misses, const Lexicon* lex) {
  const SameAgent same_agent(gold, system, lex);
  EventCounts c;
  c.gold = gold.events.size();
  c.system = system.events.size();
  std::vector<bool> used(system.events.size(), false);
  std::vector<int> pair(gold.events.size(), -1);  // gold index -> system index
  for (size_t g = 0; g < gold.events.size(); ++g) {
    const Event& ge = gold.events[g];
    for (size_t k = 0; k < system.events.size(); ++k) {
      const Event& s = system.events[k];
      if (used[k] || s.type != ge.type || !same_agent(ge, s) || !dates_overlap(ge.date, s.date))
        continue;
      used[k] = true;
      pair[g] = static_cast<int>(k);
      ++c.matched;
      if (s.date == ge.date) ++c.exact_date;
      break;
    }
  }
  // Pairs by actor and date alone, for the CAMEO agreement: the strict pairs, then the rest.
  std::vector<bool> loose_used = used;
  for (size_t g = 0; g < gold.events.size(); ++g) {
    const Event& ge = gold.events[g];
    int k = pair[g];
    for (size_t x = 0; k < 0 && x < system.events.size(); ++x) {
      const Event& s = system.events[x];
      if (!loose_used[x] && same_agent(ge, s) && dates_overlap(ge.date, s.date)) {
        loose_used[x] = true;
        k = static_cast<int>(x);
      }
    }
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
