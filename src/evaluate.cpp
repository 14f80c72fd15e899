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
  std::vector<bool> used(system.events.size(), false), loose_used(system.events.size(), false);
  for (const auto& g : gold.events) {
    bool hit = false;
    for (size_t k = 0; k < system.events.size() && !hit; ++k) {
      const Event& s = system.events[k];
      if (used[k] || s.type != g.type || !same_agent(g, s) || !dates_overlap(g.date, s.date))
        continue;
      used[k] = hit = true;
      ++c.matched;
      if (s.date == g.date) ++c.exact_date;
    }
    for (size_t k = 0; k < system.events.size(); ++k) {
      const Event& s = system.events[k];
      if (loose_used[k] || !same_agent(g, s) || !dates_overlap(g.date, s.date)) continue;
      loose_used[k] = true;
      ++c.loose;
      if (g.cameo.size() >= 2 && s.cameo.size() >= 2 && g.cameo.compare(0, 2, s.cameo, 0, 2) == 0)
        ++c.cameo_root;
      break;
    }
    if (!hit && misses) misses->push_back(EventMiss{"missed", g});
  }
  if (misses)
    for (size_t k = 0; k < system.events.size(); ++k)
      if (!used[k]) misses->push_back(EventMiss{"spurious", system.events[k]});
  return c;
}

}  // namespace dipline
