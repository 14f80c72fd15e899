#include "dipline/evaluate.h"

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

bool same_agent(const Event& a, const Event& b) {
  return !a.actors.empty() && !b.actors.empty() && a.actors.front() == b.actors.front();
}

}  // namespace

EventCounts score_events(const Timeline& gold, const Timeline& system,
                         std::vector<EventMiss>* misses) {
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
