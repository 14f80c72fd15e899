// The timeline model: sources (articles), actors and dated events with their evidence, as
// stored in a timeline file (docs/format.md). Plain structs; no I/O here.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dipline/edtf.h"

namespace dipline {

struct Source {
  std::string id;
  std::string outlet;
  std::string title;
  std::optional<CalendarDate> published;
  std::string url;
  friend bool operator==(const Source&, const Source&) = default;
};

enum class ActorKind { kPerson, kCountry, kOrganization, kGroup };
std::string_view to_string(ActorKind k);
std::optional<ActorKind> parse_actor_kind(std::string_view s);

struct Actor {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::kCountry;
  std::string country;  ///< ISO 3166-1 alpha-3 or empty
  std::string role;     ///< role at the time of the events, or empty
  std::string cameo;    ///< CAMEO actor code, or empty
  friend bool operator==(const Actor&, const Actor&) = default;
};

enum class EventStatus {
  kOccurred,
  kPlanned,
  kAnnounced,
  kOngoing,
  kCancelled,
  kDenied,
  kHypothetical
};
std::string_view to_string(EventStatus s);
std::optional<EventStatus> parse_event_status(std::string_view s);

struct Evidence {
  std::string source;  ///< a Source id
  std::string when;    ///< the words that gave the date; empty when the text gives none
  std::string quote;
  size_t begin = 0;  ///< byte span of the quote in the source text
  size_t end = 0;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

/// A relation the text states between two events ("after the conversation", "in response").
struct Link {
  std::string relation;  ///< after | before | response-to | during
  std::string event;     ///< the other event's id
  friend bool operator==(const Link&, const Link&) = default;
};

bool is_link_relation(std::string_view s);

struct Event {
  std::string id;
  Edtf date;
  std::string type;
  EventStatus status = EventStatus::kOccurred;
  std::vector<std::string> actors;
  std::optional<std::string> place;
  std::string summary;
  std::string cameo;
  std::optional<std::string> plover;
  std::vector<Evidence> evidence;
  std::vector<Link> links;  ///< relations to other events of the timeline
  bool locked = false;
  friend bool operator==(const Event&, const Event&) = default;
};

struct Timeline {
  int version = 1;
  std::string title;
  std::vector<Source> sources;
  std::vector<Actor> actors;
  std::vector<Event> events;
  /// Comment lines at the top of the file (e.g. a yaml-language-server modeline), kept verbatim.
  std::vector<std::string> preamble;
  friend bool operator==(const Timeline&, const Timeline&) = default;
};

/// Puts events in canonical order: by date (edtf_less), then by id; actors and sources by id.
void canonicalize(Timeline& t);

const Actor* find_actor(const Timeline& t, std::string_view id);

std::ostream& operator<<(std::ostream& os, const Source& s);
std::ostream& operator<<(std::ostream& os, const Actor& a);
std::ostream& operator<<(std::ostream& os, const Evidence& e);
std::ostream& operator<<(std::ostream& os, const Event& e);
std::ostream& operator<<(std::ostream& os, const Timeline& t);

}  // namespace dipline
