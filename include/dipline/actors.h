// Actor mentions in a sentence, found with a gazetteer built from the lexicon: names and short
// forms of countries, organisations and people; demonyms ("Russian") and capitals ("Moscow")
// standing for their country; titles ("the British Prime Minister") resolved to the person who
// held the office on a given date. Cities and capitals after "in/to/from/near" are places.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dipline/lexicon.h"
#include "dipline/sentences.h"

namespace dipline {

enum class MentionHow { kName, kDemonym, kCapital, kCity, kTitle };

struct ActorMention {
  size_t begin = 0, end = 0;  ///< byte span (includes an absorbed title)
  size_t first_token = 0, last_token = 0;
  const LexActor* actor = nullptr;
  MentionHow how = MentionHow::kName;
  bool place = false;              ///< used as a place ("in Kyiv", "to Lviv"), not as an actor
  const LexActor* also = nullptr;  ///< "the two countries": the second of the pair named
  bool courtesy = false;           ///< a surname after "Mr." or an office's title ("Mr. Heath")
};

/// Whether a lowercased word is part of a title before a name ("Foreign Minister Tariq Aziz",
/// "Gen. Colin Powell", "spokesman Mike McCurry"); royal and religious titles are part of how the
/// person is named ("King Hussein") and are not.
bool is_title_word(std::string_view w);

/// Whether a lowercased word is a word of courtesy before a name: "Mr", "Mrs.", "Dr", and the
/// French "M.", "Mme", "Mlle" of older British and African papers ("M. Sekou Toure").
bool is_honorific(std::string_view w);

/// The name to give a capital of `state` written `as_written`: the first capital the lexicon
/// lists where the text spells that one another way ("Kiev" -> "Kyiv"), else the listed
/// capital as the lexicon spells it ("DAR ES SALAAM" -> "Dar es Salaam", not Dodoma), else as
/// written.
std::string capital_name(const LexActor& state, std::string_view as_written);

/// Matches lexicon entries in token sequences. Build once per lexicon.
class Gazetteer {
 public:
  explicit Gazetteer(const Lexicon& lex);
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  /// Mentions in tokens[first, last), left to right, not overlapping. Titles resolve by `when`.
  std::vector<ActorMention> find(std::string_view text, const Tokens& tokens, size_t first,
                                 size_t last, const CalendarDate& when) const;

  const Lexicon& lexicon() const { return lex_; }

 private:
  struct Impl;
  const Lexicon& lex_;
  std::unique_ptr<Impl> impl_;
};

/// People the lexicon does not know, found in an article by their title ("Iraqi Foreign Minister
/// Tariq Aziz", "King Hussein") or as the speaker of a quote ("Richard Butler said"), and
/// remembered for the rest of the article, so that "Aziz" later is the same person.
class ArticlePeople {
 public:
  ArticlePeople();
  ~ArticlePeople();
  ArticlePeople(const ArticlePeople&) = delete;
  ArticlePeople& operator=(const ArticlePeople&) = delete;

  /// Adds the unknown people of tokens[first, last) to `mentions` (kept in token order).
  void find(std::string_view text, const Tokens& tokens, size_t first, size_t last,
            std::vector<ActorMention>& mentions);

  /// The state the story was filed from (the place of its dateline): in a story filed outside
  /// Britain that has named nothing British, a bare "the Foreign Office" is that state's.
  /// ... and the city: a crowd that protests outside an embassy with no city named in its
  /// sentence protests there ("Beijing protesters").
  /// `guessed`: from the outlet's name ("The Fiji Times"); a dateline given later replaces it.
  void set_home(const LexActor* state, std::string_view city = {}, bool guessed = false);
  /// A later dateline inside the story ("LISBON, Aug. 16 (Reuter)."): what follows was filed
  /// from there.
  void move_home(const LexActor* state, std::string_view city);
  /// The state the story was filed from: the first dateline's, else the outlet's guess (null
  /// before either).
  const LexActor* home() const;
  /// The two states the story has named most so far, the more named first (both null when no two
  /// stand out: each named twice or more, and no third as often as the second).
  std::pair<const LexActor*, const LexActor*> main_pair() const;
  /// Whether the story named state or armed group `a` before `b` (and `a` at all).
  bool named_before(const LexActor* a, const LexActor* b) const;

  /// The state the headline opens with ("Estonia summons Norwegian ambassador ..."): with no
  /// dateline, a bare "the foreign ministry" that no foreign ministry went before is its.
  void set_subject(const LexActor* state);

  /// The lexicon whose states "his government" may name when the story has not named the
  /// person's state itself (optional).
  void set_lexicon(const Lexicon* lex);

  /// Short references to people named before in the article ("the king", "the monarch", "the
  /// Iraqi leader", "the foreign minister", "the envoy"): each resolves to the person last
  /// mentioned whose role at `when` fits the noun (and whose country the demonym names) and is
  /// added to `mentions` (kind kTitle); "the two countries", "both sides", "the two leaders" to
  /// the last two states (or sides, or leaders) named (`also` is the second). Then the people
  /// and states of the sentence are remembered.
  /// Call once per sentence, in order, after find().
  void refer(std::string_view text, const Tokens& tokens, size_t first, size_t last,
             const CalendarDate& when, std::vector<ActorMention>& mentions);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dipline
