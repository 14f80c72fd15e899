#include "dipline/model.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <utility>

namespace dipline {

namespace {

constexpr std::array<std::pair<ActorKind, std::string_view>, 4> kActorKinds{{
    {ActorKind::kPerson, "person"},
    {ActorKind::kCountry, "country"},
    {ActorKind::kOrganization, "organization"},
    {ActorKind::kGroup, "group"},
}};

constexpr std::array<std::pair<EventStatus, std::string_view>, 7> kStatuses{{
    {EventStatus::kOccurred, "occurred"},
    {EventStatus::kPlanned, "planned"},
    {EventStatus::kAnnounced, "announced"},
    {EventStatus::kOngoing, "ongoing"},
    {EventStatus::kCancelled, "cancelled"},
    {EventStatus::kDenied, "denied"},
    {EventStatus::kHypothetical, "hypothetical"},
}};

template <typename E, size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
  for (const auto& [k, v] : table)
    if (k == e) return v;
  return "?";
}

template <typename E, size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view s) {
  for (const auto& [k, v] : table)
    if (v == s) return k;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(ActorKind k) { return name_of(kActorKinds, k); }
std::optional<ActorKind> parse_actor_kind(std::string_view s) { return value_of(kActorKinds, s); }
std::string_view to_string(EventStatus s) { return name_of(kStatuses, s); }
std::optional<EventStatus> parse_event_status(std::string_view s) { return value_of(kStatuses, s); }

bool is_link_relation(std::string_view s) {
  return s == "after" || s == "before" || s == "response-to" || s == "during";
}

void canonicalize(Timeline& t) {
  // The events by date (edtf_less), then id, as placed: each date's order made once (compared
  // by edtf_less, two dates' days were found at each comparison, and their texts when the days
  // tie, as they mostly do within a story), and each event, a large record, moved once (a sort
  // moves elements many times).
  std::vector<std::pair<EdtfOrder, size_t>> order;
  order.reserve(t.events.size());
  for (size_t i = 0; i < t.events.size(); ++i) order.emplace_back(edtf_order(t.events[i].date), i);
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    if (auto by_date = a.first <=> b.first; by_date != 0) return by_date < 0;
    if (auto by_id = t.events[a.second].id <=> t.events[b.second].id; by_id != 0) return by_id < 0;
    return a.second < b.second;  // (as a stable sort leaves them)
  });
  std::vector<Event> events;
  events.reserve(t.events.size());
  for (const auto& [date, i] : order) events.push_back(std::move(t.events[i]));
  t.events = std::move(events);
  std::stable_sort(t.actors.begin(), t.actors.end(),
                   [](const Actor& a, const Actor& b) { return a.id < b.id; });
  std::stable_sort(t.sources.begin(), t.sources.end(),
                   [](const Source& a, const Source& b) { return a.id < b.id; });
}

const Actor* find_actor(const Timeline& t, std::string_view id) {
  for (const auto& a : t.actors)
    if (a.id == id) return &a;
  return nullptr;
}

std::ostream& operator<<(std::ostream& os, const Source& s) {
  os << "Source{" << s.id << ", " << s.outlet << ", ";
  if (s.published) os << *s.published;
  return os << "}";
}

std::ostream& operator<<(std::ostream& os, const Actor& a) {
  return os << "Actor{" << a.id << ", " << a.name << ", " << to_string(a.kind) << ", " << a.country
            << ", " << a.role << ", " << a.cameo << "}";
}

std::ostream& operator<<(std::ostream& os, const Evidence& e) {
  return os << "Evidence{" << e.source << ", when='" << e.when << "', [" << e.begin << ", " << e.end
            << "], '" << e.quote << "'}";
}

std::ostream& operator<<(std::ostream& os, const Event& e) {
  os << "Event{" << e.id << ", " << e.date << ", " << e.type << ", " << to_string(e.status)
     << ", [";
  for (size_t i = 0; i < e.actors.size(); ++i) os << (i ? ", " : "") << e.actors[i];
  os << "], place=" << e.place.value_or("null") << ", cameo=" << e.cameo
     << ", plover=" << e.plover.value_or("null") << ", locked=" << e.locked << ", '" << e.summary
     << "'";
  for (const auto& ev : e.evidence) os << ", " << ev;
  for (const auto& l : e.links) os << ", " << l.relation << " " << l.event;
  return os << "}";
}

std::ostream& operator<<(std::ostream& os, const Timeline& t) {
  os << "Timeline{v" << t.version << ", '" << t.title << "'\n";
  for (const auto& s : t.sources) os << "  " << s << "\n";
  for (const auto& a : t.actors) os << "  " << a << "\n";
  for (const auto& e : t.events) os << "  " << e << "\n";
  return os << "}";
}

}  // namespace dipline
