// Lexicons: the actors (countries, organisations, people with date-ranged roles) and the event
// types (with CAMEO and PLOVER codes and their trigger patterns) that extraction uses. The
// built-in lexicons are YAML files under src/lexicon/, parsed at build time and compiled into the
// binary; users add their own files with the same sections. Errors in a lexicon file are
// reported as file:line:col.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dipline/edtf.h"
#include "dipline/model.h"
#include "dipline/result.h"
#include "dipline/text.h"

namespace dipline {

struct LexRole {
  std::string office;  ///< head-of-state, head-of-government, foreign-minister, ...
  std::string title;   ///< "Prime Minister"
  std::string org;     ///< organisation id for posts in an organisation, else empty
  std::optional<CalendarDate> from, to;  ///< nullopt: open
  bool covers(const CalendarDate& d) const;
  bool operator==(const LexRole&) const = default;
};

/// One actor of the lexicon: a country, an organisation or a person.
struct LexActor {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::kCountry;
  std::string country;  ///< ISO3 (for a country: its own code)
  std::string cameo;
  std::vector<std::string> names;     ///< other written forms
  std::vector<std::string> demonyms;  ///< countries: "Russian", "British"
  /// countries: the word that names the state's bodies when it is not the first demonym
  /// ("Myanmar Foreign Ministry", not "Burmese"); empty: the first demonym
  std::string adjective;
  /// organizations: the leader's own office ("White House", "Kremlin"), which speaks for the
  /// leader: what it says is an event, unlike a ministry's remarks (lexicon `speaks_for: leader`)
  bool leader_office = false;
  std::vector<std::string> capitals;  ///< countries: capitals (stand for the government too)
  std::vector<std::string> cities;    ///< countries: other cities (places only)
  std::vector<LexRole> roles;         ///< people
  std::string
      leader;  ///< countries: the office of "the Russian leader" (default: head of government)
  /// The role held on `d`, if any.
  const LexRole* role_at(const CalendarDate& d) const;
  bool operator==(const LexActor&) const = default;
};

/// A kind of event with its codes and the patterns that find it.
struct EventType {
  std::string id;                     ///< phone-call
  std::string label;                  ///< "phone call"
  std::string cameo;                  ///< "041"
  std::optional<std::string> plover;  ///< CONSULT; none for plain statements
  std::string summary;                ///< template: {agent}, {others}, {place}
  std::vector<std::string> triggers;  ///< RE2 patterns over the lowercased sentence; see events.h
  /// RE2 patterns over what a statement says (lowercased, actors as @a): a statement whose
  /// content matches one is an act of this type ("said there was no basis for talks": rejection)
  std::vector<std::string> stated;
  bool durative = false;  ///< a state that goes on (a buildup): present perfect -> ongoing
  bool speech = false;    ///< a speech act: the speaker may follow the verb ("said Lavrov")
  /// an act of a state or a body, not of a person: "Baird imposed sanctions" is Canada's, what
  /// a High Representative announces the EU's (lexicon `by_state: true`)
  bool by_state = false;
  bool operator==(const EventType&) const = default;
};

struct Lexicon {
  std::vector<LexActor> actors;
  /// office -> lowercase title phrases that name it ("prime minister", "premier")
  std::map<std::string, std::vector<std::string>> offices;
  std::vector<EventType> event_types;
  /// verb -> its forms other than the base, for verbs English does not inflect by rule
  /// ("freeze": freezes, froze, frozen, freezing); see expand_verbs
  std::map<std::string, std::vector<std::string>> verb_forms;

  /// The lexicons compiled into dipline.
  static Result<Lexicon> builtin();
  /// Adds the entries of a lexicon file (any of the sections countries, organizations, people,
  /// offices, verb_forms, event_types). An entry with an id already present replaces it.
  Status add(const SourceText& src);

  const LexActor* find(std::string_view id) const;
  const EventType* find_type(std::string_view id) const;
  bool operator==(const Lexicon&) const = default;
};

/// The forms of an English verb: the base, the third person, the past and past participle, the
/// -ing form ("suspend": suspend, suspends, suspended, suspending), by rule or from `irregular`
/// (a verb -> its other forms). Where a final consonant may be doubled or not, both spellings
/// ("cancelled", "canceled"). The first word of a phrasal verb is inflected ("set up": sets up).
std::vector<std::string> verb_forms(
    std::string_view verb, const std::map<std::string, std::vector<std::string>>& irregular);

/// A trigger pattern with each `<verb>` written as the RE2 group of its forms:
/// "<suspend> @a from" -> "(?:suspending|suspended|suspends|suspend) @a from". A `<` not closed
/// by `>`, or whose verb is not lowercase letters, hyphens and spaces, is an error (the message).
Result<std::string> expand_verbs(std::string_view pattern,
                                 const std::map<std::string, std::vector<std::string>>& irregular);

}  // namespace dipline
