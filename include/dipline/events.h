// Events from one sentence: trigger patterns of the event types (lexicon) matched against the
// sentence with its actor and time mentions, then who acted (agent), with or upon whom
// (others), where, when (the time expression that governs the trigger) and with what status
// (occurred, planned, announced, ongoing, hypothetical). No I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dipline/actors.h"
#include "dipline/lexicon.h"
#include "dipline/sentences.h"
#include "dipline/temporal.h"

namespace dipline {

/// An event found in one sentence, before ids and deduplication.
struct EventMention {
  const EventType* type = nullptr;
  const LexActor* agent = nullptr;
  std::vector<const LexActor*> others;
  /// Those of `others` who did the act with the agent ("Australia and New Zealand imposed travel
  /// bans on Fiji"): the summary names them beside the agent.
  std::vector<const LexActor*> partners;
  /// The person who acted for the agent, a state or its body (EventType::by_state: "Saleh said
  /// Yemen would cooperate" is Yemen's act): a "he" that follows is still that person.
  const LexActor* person = nullptr;
  std::optional<std::string> place;       ///< "from Kyiv to Lviv" reads as place "Lviv"
  std::string place_phrase;               ///< " from Kyiv to Lviv", for the summary
  const LexActor* place_state = nullptr;  ///< the state the place is in, where known
  Edtf date;
  bool dated = false;                         ///< false: date is "../published"
  std::string when;                           ///< the words that gave the date
  std::string content;                        ///< speech acts: what was said ("that ...", a quote)
  size_t content_begin = 0, content_end = 0;  ///< its byte span (empty: nothing said)
  /// The speaker's words inside what was said ("Colombia, Petro said on Tuesday, does not
  /// recognise ..."): a byte span within the content that is no part of it (empty: none).
  size_t aside_begin = 0, aside_end = 0;
  bool attribution = false;  ///< the speaker follows what was said ("..., the Kremlin said")
  bool stated = false;       ///< a statement typed by what it says ("said it would not negotiate")
  /// A plain remark of a state's or a group's voice in the reporter's words ("officials said the
  /// men had planned ..."): only how the story learned its news, no event, but still who spoke
  /// for what follows.
  bool plain_remark = false;
  /// Words of a quotation that began in an earlier sentence ('"... But Laos will defend every
  /// inch of its soil," he said.'): an event only for what they say, not as one more statement.
  bool continued = false;
  bool unordered = false;  ///< two sides the text names in no telling order (a treaty signed)
  /// An act named as a noun with its doer in the possessive ("Iraq's invasion of Kuwait"): no
  /// verb, so none that follows ("and also criticized") goes on from its doer.
  bool nominal = false;
  /// A relation the text states to an earlier event: (after | response-to, index into the
  /// `previous` events given to EventMatcher::extract).
  std::optional<std::pair<std::string, size_t>> link;
  EventStatus status = EventStatus::kOccurred;
  size_t trigger_begin = 0, trigger_end = 0;  ///< byte span of the trigger words
  size_t sentence_begin = 0, sentence_end = 0;
};

/// Everything known about one sentence.
struct SentenceView {
  std::string_view text;  ///< the whole source text
  const Tokens* tokens = nullptr;
  const std::vector<bool>* in_quote = nullptr;  ///< per token: inside quotation marks
  Sentence sentence;
  std::vector<ActorMention> actors;
  std::vector<TimeMention> times;
  /// The sentence before opened with a person it does not name ("The former minister, who
  /// faces 11 charges, left Poland."): a "he" here is that person, not the story's last agent.
  bool unnamed_person_before = false;
  /// The named person the sentence before opened with ("Kremlin spokesman Dmitry Peskov was
  /// asked ..."): a "he" here is most likely that person.
  const LexActor* person_before = nullptr;
  /// The state the story was filed from (its dateline), if any: where "here" is.
  const LexActor* home = nullptr;
  /// The two states the story has named most so far (ArticlePeople::main_pair), if two stand out.
  std::pair<const LexActor*, const LexActor*> main_pair{};
  /// The day the story was filed (Article::filed) when a dateline names one before publication:
  /// what is dated after it has not happened yet.
  std::optional<CalendarDate> filed;
  /// The day of the live blog whose entry the sentence is in ("17:41 | Netanyahu speaks to
  /// Putin"): what the entry tells as done without a day of its own was done that day.
  std::optional<CalendarDate> live_day;
};

class EventMatcher {
 public:
  /// `syntax`: who did what to whom also from a dependency parse of each sentence with a trigger
  /// (the built-in model; better on coordinated and inverted subjects, about 5x slower).
  explicit EventMatcher(const Lexicon& lex, bool syntax = false);
  ~EventMatcher();
  EventMatcher(const EventMatcher&) = delete;
  EventMatcher& operator=(const EventMatcher&) = delete;

  /// The events of one sentence. `published` dates what the text leaves undated;
  /// `previous` (events of earlier sentences) anchors "after the call".
  std::vector<EventMention> extract(const SentenceView& s, const CalendarDate& published,
                                    const std::vector<EventMention>& previous) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dipline
