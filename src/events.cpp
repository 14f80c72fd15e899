#include "dipline/events.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>

#include "dipline/syntax.h"
#include "pattern_set.h"
#include "util.h"

namespace dipline {

using detail::ends_with;
using detail::is_one_of;
using detail::starts_with;

namespace {

// Whether byte `pos` lies in what the speech act `st` says (its content).
bool said_in(const EventMention& st, size_t pos) {
  return pos >= st.content_begin && pos < st.content_end;
}

// Whether the story's last event is of the sentence right before `s` (only blanks between).
bool just_before(const std::vector<EventMention>& previous, const SentenceView& s) {
  return !previous.empty() && previous.back().sentence_end <= s.sentence.begin &&
         previous.back().sentence_end + 3 >= s.sentence.begin;
}

// The first verb of signing ("signed", "signs") among tokens [from, to), or `to`: where a deal
// named before its signing ("the treaty the two countries signed in 2002") meets its verb.
size_t signing_verb(const Tokens& toks, size_t from, size_t to) {
  while (from < to && !is_one_of(toks[from].lower, "signed", "signs")) ++from;
  return from;
}

// A word for an envoy or a mission, which is its own state's wherever it is posted ("the Iraqi
// ambassador to Greece", "Uganda's High Commissioner to Rwanda", "the Saudi embassy in
// Stockholm").
bool is_envoy_word(std::string_view w) {
  return is_one_of(w, "ambassador", "ambassadors", "envoy", "envoys", "commissioner",
                   "commissioners", "affaires", "consul", "representative", "delegate",
                   "delegation", "mission", "embassy", "consulate") ||
         w.ends_with("'affaires") || w.ends_with("\u2019affaires");  // ("charge d'affaires")
}

// A verb of telling whose trigger runs on past whom it tells ("informed the United States on
// March 17 that", "notified Britain that"; the statement trigger in event_types.yaml).
bool informing_verb(std::string_view w) {
  return is_one_of(w, "informed", "informs", "notified", "notifies");
}

// A preposition or modifier that leads into a time expression ("on Monday", "late Tuesday").
bool leads_time(std::string_view w) {
  return is_one_of(w, "on", "in", "at", "over", "late", "early");
}

// A past participle by which a deal is signed ("the treaty, signed in 1858", "an accord
// initialled in Dayton").
bool is_signed_word(std::string_view w) {
  return is_one_of(w, "signed", "concluded", "initialled", "initialed");
}

// The nouns a signed text goes by ("the treaty, signed in 1858").
bool is_deal_noun(std::string_view w) {
  return is_one_of(w, "agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact",
                   "pacts", "declaration", "declarations", "protocol", "protocols", "convention",
                   "conventions", "memorandum", "memoranda");
}

struct Trigger {
  const EventType* type;
  size_t priority;
};

// The sentence as the trigger patterns see it: lowercased tokens separated by single spaces,
// actor mentions replaced by "@a" and time expressions by "@t".
struct Shadow {
  std::string text;
  // Per piece (a token, "@a" or "@t"), in order: where it starts in `text`, with the space
  // before it, and the token it came from.
  std::span<const std::pair<size_t, size_t>> pieces;
  std::span<const size_t> spaces;  // where the spaces of `text` are
  // Where they are kept, from sentence to sentence: grown, never shrunk (written through
  // pointers, without a capacity test at each piece).
  std::vector<std::pair<size_t, size_t>> piece_buffer;
  std::vector<size_t> space_buffer;

  /// The token the character at `offset` came from; a space: the token after it.
  size_t token_at(size_t offset) const {
    auto after = std::upper_bound(pieces.begin(), pieces.end(), std::pair(offset, SIZE_MAX));
    return std::prev(after)->second;
  }
};

// A noun for words someone else said and a denial answers ("reports", "a claim").
bool is_claim_noun(std::string_view w) {
  return is_one_of(w, "report", "reports", "claim", "claims", "allegation", "allegations",
                   "accusation", "accusations", "suggestion", "suggestions", "rumour", "rumours",
                   "rumor", "rumors", "assertion", "assertions", "charges");
}

// Whether a time's phrase opens with "since" ("since January", "since April 2019").
bool since_phrase(std::string_view text, const TimeMention& t) {
  return t.end > t.phrase_begin + 6 &&
         detail::lower_ascii(text.substr(t.phrase_begin, 6)) == "since ";
}

// Whether tokens [from, to), after a trigger, give a cause of nature, health or business for
// it: "because of a shortage of aircraft", "due to a tropical storm", "to slow the spread of the
// coronavirus", "amid the pandemic" (not "to curb the smuggling of fuel", "amid a dispute over
// Moscow's demand for higher prices").
bool natural_cause(const Tokens& toks, size_t from, size_t to) {
  static const detail::WordSet kCauses = {
      "shortage",   "shortages",   "storm",    "storms",      "cyclone",   "hurricane",
      "typhoon",    "flood",       "floods",   "flooding",    "weather",   "snow",
      "snowstorm",  "fog",         "ash",      "volcanic",    "eruption",  "earthquake",
      "pandemic",   "coronavirus", "covid",    "covid-19",    "outbreak",  "epidemic",
      "virus",      "ebola",       "cholera",  "maintenance", "technical", "repairs",
      "renovation", "wildfires",   "heatwave", "drought"};
  for (size_t i = from; i < to; ++i) {
    std::string_view w = toks[i].lower;
    // ("suspended wheat exports to Egypt after the drought", "for repairs to the pipeline")
    bool lead = is_one_of(w, "because", "due", "owing", "citing", "amid", "after", "for") ||
                (w == "to" && i + 1 < to &&
                 is_one_of(toks[i + 1].lower, "slow", "curb", "contain", "stop", "prevent", "halt",
                           "limit", "check"));
    if (!lead) continue;
    for (size_t j = i + 1; j < to && j < i + 8; ++j)
      if (kCauses.contains(toks[j].lower)) return true;
  }
  return false;
}

// Whether tokens [from, to) put a move of troops under a truce, a deal or relief work: "under
// the terms of the ceasefire", "as part of the peace deal", "to deliver food aid" (the noun
// within a few words of its lead: not "under the pretext of protecting peacekeepers").
bool under_truce(const Tokens& toks, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    std::string_view w = toks[i].lower;
    bool lead = (w == "under" || (w == "part" && i > from && toks[i - 1].lower == "as")) ||
                (w == "to" && i + 1 < to &&
                 is_one_of(toks[i + 1].lower, "deliver", "distribute", "escort", "supervise",
                           "monitor", "enforce"));
    if (!lead) continue;
    for (size_t j = i + 1; j < to && j < i + 6; ++j) {
      std::string_view n = toks[j].lower;
      if (is_one_of(n, "ceasefire", "cease-fire", "truce", "armistice", "peace", "agreement",
                    "accord", "deal", "aid", "food", "relief", "supplies", "convoys", "mandate"))
        return true;
      if (!is_one_of(n, "the", "a", "an", "terms", "of", "its", "their", "un", "humanitarian",
                     "deliver", "distribute", "escort", "supervise", "monitor", "enforce", "new",
                     "latest", "sochi"))
        break;
    }
  }
  return false;
}

// Whether `w` is a verb of asking for something ("demanded an inquiry", "sought a probe").
bool is_request_verb(std::string_view w) {
  return is_one_of(w, "demanded", "demands", "demanding", "demand", "urged", "urges", "urging",
                   "urge", "sought", "seeks", "seeking", "seek", "requested", "requests",
                   "requesting", "request", "proposed", "proposes", "proposing", "propose");
}

// Whether tokens [from, to) give forces moved to a border a civil task: "to help flood victims",
// "to stop smugglers", "to set up tents for migrants".
bool civil_task(const Tokens& toks, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (!is_one_of(toks[i].lower, "to", "for")) continue;
    for (size_t j = i + 1; j < to && j < i + 7; ++j)
      if (is_one_of(toks[j].lower, "flood", "floods", "victims", "migrants", "refugees",
                    "smugglers", "smuggling", "tents", "fence", "wildfires", "fires", "relief",
                    "evacuees", "earthquake", "rescue", "vaccinate", "vaccines"))
        return true;
  }
  return false;
}

// Whether the "to" at token `to` opens what a deadline or a warning to another asks for: "gave
// Vientiane six days to withdraw its soldiers", "warned Laos to pull back" (not "gave the order
// to withdraw troops", an order carried out, nor past a clause of its own).
bool deadline_given(const Tokens& toks, size_t first, size_t to) {
  for (size_t j = to; j-- > first && to - j <= 8;) {
    std::string_view w = toks[j].lower;
    if (is_one_of(w, ",", ";", "that", "and", "said", "says", "he", "she", "it", "they", "we", "i",
                  "who", "which", "order", "orders", "go-ahead", "approval", "permission",
                  "instructions", "light"))
      return false;
    if (is_one_of(w, "gave", "give", "gives", "giving", "warned", "warns")) return true;
  }
  return false;
}

// A news medium the lexicon lists (KCNA, Xinhua, Al Jazeera): its CAMEO code ends in MED.
bool is_medium(const LexActor& a) { return ends_with(a.cameo, "MED"); }

// A word for a state's regime or its lot before its name: "Communist Bulgaria", "neighbouring
// Rwanda", "Red China".
bool regime_word(const Token& t) {
  return is_one_of(t.lower, "communist", "nationalist", "fascist", "nazi", "neighbouring",
                   "neighboring", "war-torn", "oil-rich", "tiny", "landlocked", "impoverished",
                   "nuclear-armed", "isolated", "newly-independent") ||
         (t.lower == "red" && t.capitalized);
}

// The shadow is written into a buffer kept from sentence to sentence (one per thread): refilled,
// not allocated, each time. Valid until the next call on the same thread.
const Shadow& make_shadow(const SentenceView& s) {
  thread_local Shadow sh;
  // The tokens and the tables below through local pointers: the text is written through a
  // char pointer, which may alias anything, and their addresses were loaded again after each
  // byte written.
  const Token* const toks = s.tokens->begin();
  const size_t first = s.sentence.first_token, last = s.sentence.last_token;
  // Per token of the sentence: the end of the actor mention or time expression starting there.
  // (Kept from sentence to sentence: refilled, not allocated, each time.)
  thread_local std::vector<size_t> actor_end, time_end;
  actor_end.assign(last - first, 0);
  time_end.assign(last - first, 0);
  thread_local std::vector<char> epithet;  // per token: a word before a state's name, read through
  epithet.assign(last - first, 0);
  for (const auto& m : s.actors)
    if (m.first_token >= first && m.first_token < last && !actor_end[m.first_token - first]) {
      size_t end = m.last_token;
      // "broke off relations with the Cuban government": a state by its adjective and the word
      // for its rulers after "the" reads as one actor (not "the Cuban government's decision",
      // "the Cuban government of Fidel Castro" -- whose is told after).
      if (m.how == MentionHow::kDemonym && !m.place && m.actor->kind == ActorKind::kCountry &&
          m.first_token > first && toks[m.first_token - 1].lower == "the" && end < last &&
          is_one_of(toks[end].lower, "government", "authorities", "regime", "administration",
                    "junta", "leadership") &&
          !(end + 1 < last && is_one_of(toks[end + 1].lower, "of", "'s", "'")))
        ++end;
      actor_end[m.first_token - first] = end;
      // "broke off relations with Communist Bulgaria", "accused neighbouring Rwanda": a word
      // for a state's regime or its lot before its name is read through (after a preposition, a
      // conjunction or a verb in the past: not "regions neighbouring Poland").
      if (size_t e = m.first_token - 1;
          m.how != MentionHow::kDemonym && !m.place && m.actor->kind == ActorKind::kCountry &&
          m.first_token > first && !actor_end[e - first] && regime_word(toks[e]) &&
          (e == first ||
           is_one_of(toks[e - 1].lower, "with", "to", "from", "into", "against", "on", "and", "by",
                     "for", "at", "of", ",", "in") ||
           (ends_with(toks[e - 1].lower, "ed") && !toks[e - 1].capitalized)))
        epithet[e - first] = 1;
    }
  for (const auto& m : s.times) {
    if (m.first_token < first || m.first_token >= last || time_end[m.first_token - first]) continue;
    time_end[m.first_token - first] = m.last_token;
    // "summoned the ambassador on the morning of Aug. 23": the part of the day reads as the
    // time ("@t") with the day, as "on Friday morning" does.
    if (size_t p = m.first_token;
        p >= first + 3 && toks[p - 1].lower == "of" && toks[p - 3].lower == "the" &&
        is_one_of(toks[p - 2].lower, "morning", "afternoon", "evening", "night") &&
        !time_end[p - 3 - first])
      time_end[p - 3 - first] = m.last_token;
  }
  // A piece is at most its tokens' length or 2 bytes ("@a"), a space before each: the text is
  // written through a pointer into a buffer of that bound, cut to length at the end. (Appends to
  // the std::string, a capacity check and a call each, were a fifth of the time here.)
  sh.text.resize(first < last ? toks[last - 1].end - toks[first].begin + 3 * (last - first) : 0);
  char* text = sh.text.data();
  size_t size = 0;
  // At most a piece and a space a token (a piece takes a token or more).
  if (sh.piece_buffer.size() < last - first) {
    sh.piece_buffer.resize(last - first);
    sh.space_buffer.resize(last - first);
  }
  std::pair<size_t, size_t>* const pieces = sh.piece_buffer.data();
  size_t* const spaces = sh.space_buffer.data();
  size_t n_pieces = 0, n_spaces = 0;
  const size_t* const starts_actor = actor_end.data();
  const size_t* const starts_time = time_end.data();
  auto emit = [&](std::string_view piece, size_t tok) {
    pieces[n_pieces++] = {size, tok};
    if (size) {
      spaces[n_spaces++] = size;
      text[size++] = ' ';
    }
    size = static_cast<size_t>(detail::copy_short(text + size, piece) - text);
  };
  // A verb in the past and its object, a time between them read through (below): "rejected
  // yesterday a Greek proposal", "expelled on Tuesday two diplomats".
  auto past_verb_and_object = [&](size_t verb, size_t object) {
    const Token& v = toks[verb];
    return !v.capitalized &&
           (ends_with(v.lower, "ed") || is_one_of(v.lower, "made", "held", "sent", "gave", "took",
                                                  "told", "met", "struck", "won", "signed")) &&
           (starts_actor[object - first] ||
            is_one_of(toks[object].lower, "a", "an", "the", "its", "their", "his", "her", "two",
                      "three", "four", "five", "several", "all"));
  };
  for (size_t i = first; i < last;) {
    if (epithet[i - first]) {  // ("with Communist Bulgaria")
      ++i;
      continue;
    }
    // Quotation marks are read through: 'agreed to an "immediate ceasefire"'. (They are
    // punctuation tokens: the kind test spares most tokens the call.)
    if (toks[i].kind == TokenKind::kPunct && is_quote(s.text, toks[i])) {
      ++i;
      continue;
    }
    // "the White House" reads as one actor: "statement released by @a".
    if (toks[i].lower == "the" && i + 1 < last && starts_actor[i + 1 - first]) ++i;
    // (So do "the outgoing prime minister", "the current Egyptian president"; not "the new
    // American president", who in November 2016 is not the sitting one.)
    else if (toks[i].lower == "the" && i + 2 < last && starts_actor[i + 2 - first] &&
             is_one_of(toks[i + 1].lower, "outgoing", "current"))
      i += 2;
    // So do "Mr Kim", "Mr. Jiang", "Dr Evrony": "would invite @a to @a".
    if (is_honorific(toks[i].lower) && i + 1 < last) {
      size_t j = i + 1;
      if (toks[j].lower == "." && j + 1 < last) ++j;
      if (starts_actor[j - first]) i = j;
    }
    // "met his Chinese counterpart Wang Yi", "called her counterpart": one actor.
    if (is_one_of(toks[i].lower, "his", "her", "their") && i + 1 < last) {
      size_t j = starts_actor[i + 1 - first] ? starts_actor[i + 1 - first] : i + 1;
      if (j < last && is_one_of(toks[j].lower, "counterpart", "counterparts")) {
        emit("@a", i);
        i = j + 1;
        if (i < last && starts_actor[i - first]) {
          i = starts_actor[i - first];  // the name
        } else if (i + 2 < last && toks[i].lower == "," && starts_actor[i + 1 - first] &&
                   starts_actor[i + 1 - first] < last &&
                   toks[starts_actor[i + 1 - first]].lower == ",") {
          // ("raised the dispute with his Lao counterpart, Saleumxay Kommasith, on": the name
          // set off by commas.)
          i = starts_actor[i + 1 - first] + 1;
        }
        continue;
      }
    }
    // "met the head of the UNHCR", "hosted a delegation of Hamas", "talks with representatives
    // of the Taliban": the body itself.
    if (is_one_of(toks[i].lower, "the", "a") && i + 3 < last &&
        is_one_of(toks[i + 1].lower, "head", "chief", "leader", "leaders", "leadership", "director",
                  "director-general", "chairman", "chairwoman", "chair", "representative",
                  "representatives", "delegation", "delegates", "envoy", "envoys", "members",
                  "secretary-general") &&
        toks[i + 2].lower == "of") {
      size_t j = i + 3;
      if (toks[j].lower == "the" && j + 1 < last) ++j;
      if (size_t e = starts_actor[j - first]) {
        emit("@a", i);
        i = e;
        continue;
      }
    }
    if (size_t e = starts_actor[i - first]) {
      emit("@a", i);
      i = e;
      continue;
    }
    // A time phrase inside a verb phrase is left out, so that the trigger reads through it:
    // "agreed on Tuesday to resume talks", "said on Monday that", "met on Friday with",
    // "rejected yesterday a Greek proposal".
    size_t t = i;
    if (t + 1 < last && starts_time[t + 1 - first] && leads_time(toks[t].lower)) ++t;
    // (Not past a lead word written out before it, after a comma: "Dr. Subandrio, on Tuesday
    // to protest" keeps its time.)
    if (size_t e = starts_time[t - first];
        e && i > first && e < last && toks[i - 1].kind == TokenKind::kWord &&
        !(t == i && leads_time(toks[i - 1].lower)) &&
        (is_one_of(toks[e].lower, "to", "that", "with", "for") || past_verb_and_object(i - 1, e))) {
      i = e;
      continue;
    }
    if (size_t e = starts_time[i - first]) {
      emit("@t", i);
      i = e;
      continue;
    }
    // ("into the Ostrava and Frýdek districts": a word with Latin letters that are not ASCII
    // reads folded, as the patterns' [\w-] words are ASCII; a fold no longer than the word.)
    if (toks[i].kind == TokenKind::kWord && !detail::is_ascii(toks[i].lower)) {
      std::string folded = detail::lower_ascii(fold_to_ascii(toks[i].lower));
      if (folded.size() <= toks[i].lower.size() && detail::is_ascii(folded)) {
        emit(folded, i);
        ++i;
        continue;
      }
    }
    emit(toks[i].lower, i);
    ++i;
  }
  sh.text.resize(size);
  // A token has no space in it, but for one in invalid UTF-8 ("\xE0 a": the lead byte takes
  // the next two bytes along), which can only be in a sentence that is not ASCII.
  if (!detail::is_ascii(sh.text)) {
    n_spaces = 0;
    for (size_t p = sh.text.find(' '); p != std::string::npos; p = sh.text.find(' ', p + 1)) {
      if (n_spaces == sh.space_buffer.size()) sh.space_buffer.resize(2 * n_spaces + 1);
      sh.space_buffer[n_spaces++] = p;
    }
  }
  sh.pieces = {sh.piece_buffer.data(), n_pieces};
  sh.spaces = {sh.space_buffer.data(), n_spaces};
  return sh;
}

// Whether tokens [from, to) can stand between a subject and the act it does: auxiliaries and
// modals, adverbs, time expressions, and verbs that take the act as an infinitive ("agreed on
// Wednesday to restore", "have also decided to").
bool verb_group(const SentenceView& s, size_t from, size_t to) {
  const auto& toks = *s.tokens;
  for (size_t i = from; i < to; ++i) {
    auto time = std::find_if(s.times.begin(), s.times.end(),
                             [&](const TimeMention& t) { return t.first_token == i; });
    if (time != s.times.end()) {
      i = time->last_token - 1;
      continue;
    }
    std::string_view w = toks[i].lower;
    if (w.size() > 3 && ends_with(w, "ly")) continue;  // "jointly", "formally"
    if (leads_time(w) ||
        is_one_of(w, "have", "has", "had", "will", "would", "could", "can", "may", "might",
                  "should", "must", "shall", "is", "are", "was", "were", "did", "do", "does",
                  "also", "later", "again", "then", "now", "still", "both", "all", "to", "agreed",
                  "agree", "agrees", "decided", "decide", "vowed", "pledged", "promised", "plan",
                  "plans", "planned", "want", "wants", "wanted", "hope", "hoped", "intend",
                  "intends", "expected", "set", "moved", "sought", "tried", "began", "begin",
                  "started", "continued", "'ve", "'ll", "'d", "due", "scheduled", "going", "about",
                  "be", "ready", "prepared", "willing", "last", "first", "once"))
      continue;
    // A light verb before a noun trigger and the noun's modifiers: "held joint naval drills".
    if (is_one_of(w, "held", "hold", "holds", "holding", "conducted", "conduct", "conducts",
                  "staged", "stage", "stages")) {
      for (size_t j = i + 1; j < to; ++j)
        if (toks[j].kind != TokenKind::kWord || j > i + 3) return false;
      return true;
    }
    return false;
  }
  return true;
}

// Words of the titles before a speaker's name ("foreign ministry spokesman", "policy chief").
// clang-format off
const detail::WordSet kSpeakerTitleWords = {
    "the", "a", "an", "its", "foreign", "ministry", "spokesman", "spokeswoman", "spokesperson",
    "policy", "chief", "minister", "secretary", "deputy", "senior", "top", "diplomat", "envoy",
    "ambassador", "president", "prime", "vice", "defence", "defense", "interior", "affairs",
    "state", "general", "head", "adviser", "advisor", "commissioner", "representative", "high",
    "special", "acting", "former", "national", "security", "director", "official", "press", "army",
    "military", "commander", "trade", "economy", "finance", "justice"};
// clang-format on

// Words before an act's noun that say how it is to be done: "the immediate and unconditional
// withdrawal", "a swift release".
const detail::WordSet kMannerOfAct = {"immediate", "complete", "full",    "total", "unconditional",
                                      "swift",     "speedy",   "prompt",  "early", "rapid",
                                      "orderly",   "phased",   "gradual", "quick", "urgent"};

// The day a time expression denotes, if it is one day ("on Friday", "18 August"), else null.
const CalendarDate* single_day(const TimeMention& t) {
  return t.date && !t.date->interval && t.date->start &&
                 t.date->start->date.precision() == Precision::kDay
             ? &t.date->start->date
             : nullptr;
}

// A verb that opens a clause whose subject went before: "which Beijing said were a warning".
bool is_auxiliary(std::string_view w) {
  return is_one_of(w, "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                   "can", "may", "might", "should", "must");
}

// What a statement says, as its "stated" patterns see it: lowercased words of tokens [cf, cl)
// separated by single spaces, without quotation marks ('saw "no basis" for'); the speaker's
// side (own_side on `d`, subject and possessive pronouns) as "@s", other actors as "@a".
// The speaker's side: the speaker, actors of the speaker's country, and the body the speaker
// holds an office of on `d` (a High Representative's "the EU stands with Czechia").
// Whether two actors are of one state: the same, or sharing a state's code.
bool same_state(const LexActor& a, const LexActor& b) {
  return &a == &b || (!b.country.empty() && a.country == b.country);
}

// Whether `w` tells a place left: "left Paris for Moscow", "will leave Moscow tomorrow".
bool leaving_word(std::string_view w) {
  return is_one_of(w, "left", "leave", "leaves", "leaving", "departed", "departs", "departing");
}

// Whether tokens [from, to) hold a passive's auxiliary ("was delivered", "had been asked").
bool passive_in(const Tokens& toks, size_t from, size_t to) {
  return std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(from),
                     toks.begin() + static_cast<std::ptrdiff_t>(to),
                     [](const Token& t) { return is_one_of(t.lower, "was", "were", "been"); });
}

bool own_side(const LexActor& speaker, const LexActor& a, const CalendarDate& d) {
  if (same_state(a, speaker)) return true;
  const LexRole* role = speaker.kind == ActorKind::kPerson ? speaker.role_at(d) : nullptr;
  return role && role->org == a.id;
}

// A spokesman of no known state who says that a state regrets, deplores or welcomes something
// speaks for it ("Vietnam regrets the statements made by the German Foreign Office," Foreign
// Ministry spokeswoman Le Thi Thu Hang said): that state, of what tokens [cf, cl) say.
const LexActor* spoken_for(const SentenceView& s, size_t cf, size_t cl, const LexActor& speaker) {
  const auto& toks = *s.tokens;
  const LexActor* adopted = nullptr;
  if (speaker.kind == ActorKind::kPerson && speaker.country.empty()) {
    // ("Foreign Minister Ali Alatas said Indonesia would not allow ...": a minister or a
    // president the text gives no state speaks for the state his words open with.)
    bool office = std::any_of(speaker.roles.begin(), speaker.roles.end(), [](const LexRole& r) {
      std::string title = detail::lower_ascii(r.title);
      return title.find("minister") != std::string::npos ||
             title.find("president") != std::string::npos ||
             title.find("premier") != std::string::npos;
    });
    size_t at = cf;
    while (at < cl && (is_quote(s.text, toks[at]) || toks[at].lower == "that")) ++at;
    for (const auto& m : s.actors) {
      // (Past a quotation mark: 'Pakistan "reserves the right to respond"'.)
      size_t verb = m.last_token;
      while (verb < cl && is_quote(s.text, toks[verb])) ++verb;
      if (m.first_token == at + (at < cl && toks[at].lower == "the") && !m.place &&
          m.actor->kind == ActorKind::kCountry && verb < cl &&
          (is_one_of(toks[verb].lower, "regrets", "regretted", "deplores", "deplored", "welcomes",
                     "welcomed", "reserves", "reserved", "deeply", "fully") ||
           // (What it will not do, or stays ready to do: "Indonesia would not allow", "remains
           // ready"; not "Russia would pay a heavy price", the state his words threaten.)
           (office && verb + 1 < cl &&
            ((is_one_of(toks[verb].lower, "would", "will", "did", "does") &&
              (toks[verb + 1].lower == "not" ||
               // ('Britain would "not be deflected"')
               (verb + 2 < cl && is_quote(s.text, toks[verb + 1]) &&
                toks[verb + 2].lower == "not"))) ||
             // (Or turns to a court or a body: "East Timor would ask the International Court
             // of Justice to order the return of the documents".)
             // ("Zimbabwe would raise the matter at the Security Council")
             (is_one_of(toks[verb].lower, "would", "will") &&
              is_one_of(toks[verb + 1].lower, "ask", "request", "petition", "appeal", "raise")) ||
             // (Or may take a measure of its own: "Indonesia could review its purchase of
             // the aircraft if relations deteriorated".)
             (is_one_of(toks[verb].lower, "would", "will", "could", "might", "may") &&
              is_one_of(toks[verb + 1].lower, "review", "reconsider", "cancel", "suspend", "cut",
                        "halt", "freeze", "scrap", "revoke", "expel", "recall", "close")) ||
             // (Or will defend what is its own: 'Britain "will defend Belize against any
             // attack"'.)
             (is_one_of(toks[verb].lower, "would", "will", "shall") &&
              toks[verb + 1].lower == "defend") ||
             is_one_of(toks[verb].lower, "remained", "remains")))))
        adopted = m.actor;
    }
  }
  return adopted;
}

// `adopted`: the state the speaker speaks for besides his own side (spoken_for).
std::string said_words(const SentenceView& s, size_t cf, size_t cl, const LexActor& speaker,
                       const LexActor* adopted, const CalendarDate& d, size_t aside_from = 0,
                       size_t aside_to = 0) {
  const auto& toks = *s.tokens;
  std::string out;
  auto emit = [&](std::string_view w) {
    if (!out.empty()) out += ' ';
    out += w;
  };
  for (size_t i = cf; i < cl;) {
    if (i >= aside_from && i < aside_to) {  // (the speaker's own words, set off by commas)
      i = aside_to;
      continue;
    }
    // The actor mention starting here, else the place named here ("ready to go to Rabat"),
    // found in one pass: an actor reads as "@s" or "@a", a place as "@p".
    const ActorMention* m = nullptr;
    const ActorMention* place = nullptr;
    for (const auto& x : s.actors)
      if (x.first_token == i) {
        if (!x.place && !m) m = &x;
        if (x.place && !place) place = &x;
      }
    if (m) {
      emit(own_side(speaker, *m->actor, d) || m->actor == adopted ? "@s" : "@a");
      i = std::max(m->last_token, i + 1);
      continue;
    }
    if (place) {
      emit("@p");
      i = std::max(place->last_token, i + 1);
      continue;
    }
    std::string_view w = toks[i].lower;
    bool before_actor = std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& x) {
      return x.first_token == i + 1 && !x.place;
    });
    if (w == "the" && before_actor) {  // "the United States" reads as one actor
      ++i;
      continue;
    }
    if (is_one_of(w, "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our",
                  "my"))
      emit("@s");
    // ("he's ready to fly to Jakarta": the pronoun and its verb in one word.)
    else if (is_one_of(w, "he's", "she's", "it's", "he’s", "she’s", "it’s"))
      emit("@s is");
    else if (is_one_of(w, "they're", "we're", "they’re", "we’re"))
      emit("@s are");
    else if (toks[i].kind == TokenKind::kWord && !detail::is_ascii(w))
      emit(detail::lower_ascii(fold_to_ascii(w)));  // (as the trigger patterns read it)
    else if (!is_quote(s.text, toks[i]))
      emit(w);
    ++i;
  }
  // (The full stop inside a closing quotation mark is no word said: 'said Russia "would
  // respond."' reads as 'said Russia would respond'.)
  if (out.ends_with(" .") || out.ends_with(" ,")) out.resize(out.size() - 2);
  return out;
}

// Comma-separated parts of a sentence; relative clauses (", who ...,") are marked.
struct Segment {
  size_t first, last;  // tokens
  bool relative;
};

// (Into `out`, emptied first: a buffer kept from sentence to sentence, where a vector made for
// each grew by two or three allocations.)
void segments_of(const SentenceView& s, std::vector<Segment>& out) {
  const auto& toks = *s.tokens;
  out.clear();
  size_t start = s.sentence.first_token;
  auto punct = [&](size_t i) { return s.text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  auto ends_actor = [&](size_t i) {
    return std::any_of(s.actors.begin(), s.actors.end(),
                       [&](const ActorMention& m) { return m.last_token == i; });
  };
  // (The list goes on after the next actor: "In Quito, Hayashi will meet" is no list.)
  auto starts_list_actor = [&](size_t i) {
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
      return m.first_token == i && m.last_token < s.sentence.last_token &&
             is_one_of(toks[m.last_token].lower, ",", "and", "or");
    });
  };
  for (size_t i = start; i < s.sentence.last_token; ++i) {
    if (toks[i].kind != TokenKind::kPunct) continue;  // (both tests below need a mark)
    std::string_view p = punct(i);
    // A comma inside a list of actors ("German, French and British") does not end a phrase.
    // ("The Philippines, the United States and Japan")
    if (p == "," && ends_actor(i) &&
        (starts_list_actor(i + 1) ||
         (i + 2 < s.sentence.last_token && toks[i + 1].lower == "the" && starts_list_actor(i + 2))))
      continue;
    // Nor does a comma inside a time expression ("In December, 1949, Burma recognised").
    if (p == "," && std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
          return t.first_token < i && i + 1 < t.last_token;
        }))
      continue;
    // Nor does a comma inside an actor's mention ("Dozens of people, some carrying
    // photographs, gathered").
    if (p == "," && std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.first_token < i && i < m.last_token;
        }))
      continue;
    // Nor do the brackets of a time's gloss ("on the 1st (local time) that", "on Saturday (10
    // July)").
    if (p == "(" && std::any_of(s.times.begin(), s.times.end(),
                                [&](const TimeMention& t) { return t.last_token == i; })) {
      size_t close = i + 1;
      while (close < s.sentence.last_token && close <= i + 4 && punct(close) != ")") ++close;
      if (close < s.sentence.last_token && close <= i + 4 && punct(close) == ")") {
        i = close;
        continue;
      }
    }
    // Nor does an adverb set off by commas after a verb ("warned, however, that").
    if (p == "," && i > start && i + 2 < s.sentence.last_token && punct(i + 2) == "," &&
        toks[i - 1].kind == TokenKind::kWord && !toks[i - 1].capitalized &&
        is_one_of(toks[i + 1].lower, "however", "though", "moreover", "nevertheless", "furthermore",
                  "therefore") &&
        std::none_of(s.actors.begin(), s.actors.end(),
                     [&](const ActorMention& m) { return m.last_token == i; })) {
      i += 2;
      continue;
    }
    if (p == "," || p == ";" || p == "\u2014" || p == "(" || p == ")") {
      if (i > start) out.push_back(Segment{start, i, false});
      start = i + 1;
    }
  }
  if (start < s.sentence.last_token) out.push_back(Segment{start, s.sentence.last_token, false});
  for (size_t k = 0; k < out.size(); ++k)
    out[k].relative =
        k > 0 && (is_one_of(toks[out[k].first].lower, "who", "which", "whom", "whose") ||
                  (out[k].first + 1 < out[k].last &&
                   is_one_of(toks[out[k].first].lower, "with", "to", "by", "from") &&
                   toks[out[k].first + 1].lower == "whom"));
}

// 'called the raid "an authoritarian act"', 'described the flag swap in Riga as "a disgrace"':
// a verb of naming, its object and a short quote that judges it, in words that praise nothing
// ("called it \"an important step\"" is no rebuke). Where it is: (first token << 16) | end
// token, or 0.
size_t quoted_judgement(const SentenceView& s) {
  const auto& toks = *s.tokens;
  const size_t first = s.sentence.first_token, last = s.sentence.last_token;
  if (last - first > 0xffff || last > 0xffff || last < first + 4) return 0;
  // (Most sentences have no quotation mark -- '"', a curly or angle one, "``" -- found by
  // memchr.)
  std::string_view bytes = s.text.substr(toks[first].begin, toks[last - 1].end - toks[first].begin);
  if (bytes.find('"') == std::string_view::npos && bytes.find('\xE2') == std::string_view::npos &&
      bytes.find('\xC2') == std::string_view::npos && bytes.find("``") == std::string_view::npos)
    return 0;
  for (size_t v = first + 1; v + 3 < last; ++v) {
    std::string_view w = toks[v].lower;
    if (w.size() < 5 || std::string_view("cdbtl").find(w[0]) == std::string_view::npos ||
        !is_one_of(w, "called", "calls", "calling", "described", "describes", "describing",
                   "branded", "brands", "branding", "termed", "terms", "labelled", "labeled",
                   "dubbed"))
      continue;
    // (Not 'what he called a "shocking act"': the judgement is the object of another verb.)
    if (toks[v - 1].lower == "what" || (v >= first + 2 && toks[v - 2].lower == "what")) continue;
    std::string_view next = toks[v + 1].lower;
    // An object first: not "called on", "called for", "called a news conference".
    bool object = is_one_of(next, "the", "this", "that", "these", "those", "his", "her", "its",
                            "their", "it", "them", "him", "such") ||
                  std::any_of(s.actors.begin(), s.actors.end(),
                              [&](const ActorMention& m) { return m.first_token == v + 1; }) ||
                  (toks[v + 1].kind == TokenKind::kWord && toks[v + 1].capitalized);
    if (!object) continue;
    size_t q = v + 1;
    while (q < last && q - v <= 10 && !is_quote(s.text, toks[q]) &&
           !is_one_of(toks[q].lower, ",", ";", ":", "that", "which", "who", "and", "but", "to",
                      "was", "were", "is", "are", "had", "has", "said"))
      ++q;
    if (q >= last || q == v + 1 || !is_quote(s.text, toks[q])) continue;
    size_t close = q + 1;
    while (close < last && !is_quote(s.text, toks[close])) ++close;
    if (close >= last || close == q + 1 || close - q > 16) continue;
    bool praise = false;
    for (size_t i = q + 1; i < close && !praise; ++i)
      praise =
          // (A word of praise a word of blame qualifies is none: "an unfriendly gesture", "a
          // hostile step", "a cynical victory".)
          !is_one_of(toks[i - 1].lower, "unfriendly", "hostile", "provocative", "empty", "cynical",
                     "insulting", "aggressive", "dangerous", "irresponsible", "meaningless",
                     "so-called", "pyrrhic") &&
          (is_one_of(toks[i].lower, "welcome", "welcomed", "important", "positive", "historic",
                     "good", "great", "success", "successful", "constructive", "breakthrough",
                     "milestone", "turning", "promising", "win-win", "monumental", "victory",
                     "friend", "friends", "partner", "partners", "brother", "brothers", "landmark",
                     "encouraging", "significant", "useful", "productive", "excellent", "fruitful",
                     "freedom", "hope", "hopeful", "stable", "friendly", "warm", "cordial", "frank",
                     "candid", "professional", "restrained", "humanitarian", "necessary",
                     "proportionate", "legitimate", "fair", "balanced", "reasonable", "right",
                     "best", "better", "chapter", "opportunity", "peace", "peaceful", "gesture",
                     "goodwill", "honour", "honor", "proud", "courageous", "brave", "wise",
                     "correct", "responsible") ||
           // ("fully justified"; not "not justified", "in no way appropriate", "neither
           // appropriate nor understandable")
           (is_one_of(toks[i].lower, "justified", "understandable", "appropriate") &&
            !is_one_of(toks[i - 1].lower, "not", "no", "way", "neither", "nor", "never",
                       "hardly")));
    if (praise) continue;
    return (v << 16) | (close + 1);
  }
  return 0;
}

// The deal noun of a trigger [tfirst, tlast) that names a deal by its noun, with no one before
// it in the trigger who signs ("a joint declaration signed in October 1956", "the 1965 border
// agreement", not "Russia and Tajikistan signed an agreement in 2004"); else `tlast`.
size_t named_deal_noun(const Tokens& toks, size_t tfirst, size_t tlast) {
  size_t noun = tfirst;
  while (noun < tlast && !is_deal_noun(toks[noun].lower) &&
         !is_one_of(toks[noun].lower, "armistice", "ceasefire", "cease-fire", "truce"))
    ++noun;
  for (size_t i = tfirst; i < noun; ++i)
    if (toks[i].lower.starts_with("sign") || toks[i].lower.starts_with("conclud") ||
        toks[i].lower.starts_with("initial") || toks[i].lower.starts_with("ratif") ||
        is_one_of(toks[i].lower, "agreed", "agree", "agrees", "reached", "struck", "inked",
                  "adopted", "renewed", "extended", "between", "by"))
      return tlast;
  return noun;
}

// A verb by which a clause sets itself against a deal ("condemned the normalisation agreement",
// "opposes the 2015 nuclear agreement").
bool against_deal(std::string_view w) {
  return is_one_of(w, "condemned", "condemns", "criticised", "criticized", "criticises",
                   "criticizes", "denounced", "denounces", "slammed", "rejected", "rejects",
                   "opposed", "opposes");
}

// A deal the clause sets itself against ("Israel opposes the 2015 nuclear agreement with Iran",
// "condemned the 1998 accord"): no deal of the subject's, whoever signed it.
bool opposed_deal(const Tokens& toks, size_t first, size_t tfirst) {
  for (size_t i = first; i < tfirst; ++i)
    if (against_deal(toks[i].lower) || is_one_of(toks[i].lower, "oppose", "opposing")) return true;
  return false;
}

// The two sides of a deal named by its noun (named_deal_noun):
// - "signed with Denmark": that side and the nearest state (or a body of states) before the
//   deal that is no one's object ("Sweden decided not to renew a defence agreement with Saudi
//   Arabia that was signed in 2005"; not Russia in "Finland told Russia that it would keep the
//   1947 treaty signed with Britain"), else the state the story was filed from, else the other of
//   the two states the story is about;
// - "Tokyo and Moscow restored diplomatic relations under a joint declaration": the two states
//   the clause names as one subject, right before the deal's words.
// `ok` tells a mention that can act (not a place, not quoted, ...); [from, last) is the clause.
// Nothing when the trigger is no such deal or the sentence does not tell its sides (nor when
// it names them after the deal, "the 2015 agreement between Iran and world powers").
// `state_of`: the side an actor stands for (a state itself, a body of states itself, a person's
// or an organ's state), or none.
template <typename Ok, typename StateOf>
std::optional<std::pair<const LexActor*, const LexActor*>> named_deal_sides(
    const SentenceView& s, size_t tfirst, size_t tlast, size_t from, size_t last, const Ok& ok,
    const StateOf& state_of) {
  const Tokens& toks = *s.tokens;
  size_t noun = named_deal_noun(toks, tfirst, tlast);
  if (noun == tlast) return std::nullopt;
  auto state = [&](const ActorMention& m) {
    return ok(m) && m.actor->kind == ActorKind::kCountry && !m.also;
  };
  // ("signed by the two governments", "the agreement between Iran and world powers": named.)
  for (size_t i = noun; i < std::min(last, std::max(tlast, noun + 4)); ++i)
    if (is_one_of(toks[i].lower, "by", "between")) return std::nullopt;
  // "signed with (the) X", "an agreement with X that was signed in 2005".
  const LexActor* partner = nullptr;
  for (const auto& m : s.actors) {
    if (m.first_token <= noun || m.first_token > noun + 10 || m.first_token >= last || !state(m))
      continue;
    size_t w = m.first_token - 1;
    if (toks[w].lower == "the" && w > noun) --w;
    if (toks[w].lower == "with") partner = m.actor;
    break;
  }
  if (partner) {
    // (The nearest before the deal, a body or person for its state: "the ratification by the
    // Honduran National Congress ... of the Ramirez-Lopez treaty with Colombia".)
    for (auto m = s.actors.rbegin(); m != s.actors.rend(); ++m) {
      if (m->last_token > tfirst || !ok(*m) || m->also) continue;
      size_t w = m->first_token;
      if (w > s.sentence.first_token && toks[w - 1].lower == "the") --w;
      if (w > s.sentence.first_token &&
          is_one_of(toks[w - 1].lower, "told", "tells", "telling", "urged", "urges", "asked",
                    "asks", "warned", "warns", "assured", "assures", "informed", "with", "to"))
        continue;
      const LexActor* side = state_of(*m->actor);
      // (A body of states only as the sentence's subject: not NATO in "North Macedonia became
      // NATO's 30th member ... under the Prespa agreement with Greece".)
      if (side && side->kind == ActorKind::kOrganization && &*m != &s.actors.front()) continue;
      if (side && side != partner) return {{side, partner}};
    }
    if (s.home && s.home != partner) return {{s.home, partner}};
    if (s.main_pair.first == partner && s.main_pair.second) return {{s.main_pair.second, partner}};
    if (s.main_pair.second == partner && s.main_pair.first) return {{s.main_pair.first, partner}};
    return std::nullopt;
  }
  // "Japan and the Soviet Union restored relations under ...": a pair as the clause's subject.
  // ("Colombia and Peru have disputed the island, though the 1922 treaty fixed their border":
  // the pair of an earlier clause when the deal is told as theirs.)
  // (Their border, frontier or relations, with no other state named on the way: not "cite the
  // 1929 treaty in their arguments", nor "the 1859 treaty that Britain and Guatemala signed
  // over their border".)
  bool theirs = false;
  for (size_t i = tlast; i + 1 < last && i < tlast + 4 && !theirs; ++i)
    theirs = toks[i].lower == "their" &&
             is_one_of(toks[i + 1].lower, "border", "borders", "frontier", "frontiers", "boundary",
                       "boundaries", "relations", "ties") &&
             std::none_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
               return m.first_token >= tlast && m.first_token < i && state(m);
             });
  for (size_t a = 0; a + 1 < s.actors.size(); ++a) {
    const ActorMention& x = s.actors[a];
    const ActorMention& y = s.actors[a + 1];
    if ((x.first_token < from && !theirs) || y.last_token > tfirst || !state(x) || !state(y) ||
        x.actor == y.actor)
      continue;
    // (The clause's subject, right before its verb and the deal: no other name in between but
    // one in the deal's name, "the Rio Protocol of January 1942".)
    if (a + 2 < s.actors.size() && s.actors[a + 2].last_token <= tfirst &&
        !(s.actors[a + 2].last_token == tfirst && s.actors[a + 2].first_token > y.last_token &&
          toks[s.actors[a + 2].first_token - 1].lower == "the" &&
          (a + 3 >= s.actors.size() || s.actors[a + 3].first_token >= tfirst)))
      continue;
    // (Not a pair after a preposition: "ready to continue negotiating with Egypt and Sudan
    // under the 2015 Declaration of Principles".)
    size_t before = x.first_token;
    if (before > s.sentence.first_token && toks[before - 1].lower == "the") --before;
    if (before > s.sentence.first_token &&
        is_one_of(toks[before - 1].lower, "with", "between", "to", "from", "of", "for", "by",
                  "against", "on", "in", "at", "into", "toward", "towards", "and", "over"))
      continue;
    // (Nor a pair that does something else, while the deal is another's: "Brazil and Argentina
    // welcomed the 2015 agreement"; only one that acts under or by it.)
    // ("fought a war in 1941 that ended with the Rio Protocol of January 1942": the deal that
    // ended what the pair did.)
    bool under = theirs;
    for (size_t i = y.last_token; i < tfirst && !under; ++i)
      under = is_one_of(toks[i].lower, "under", "signed", "concluded", "ratified", "through", "via",
                        "ended");
    if (!under) continue;
    size_t gap = y.first_token - x.last_token;
    if ((gap == 1 && toks[x.last_token].lower == "and") ||
        (gap == 2 && toks[x.last_token].lower == "and" && toks[x.last_token + 1].lower == "the"))
      return {{x.actor, y.actor}};
  }
  return std::nullopt;
}

}  // namespace

struct EventMatcher::Impl {
  const Lexicon* lex = nullptr;
  std::vector<Trigger> triggers;
  // All trigger patterns: trigger k is pattern k.
  std::unique_ptr<detail::PatternSet> any;
  // What a statement says that makes it an act of a type, in the lexicon's order: pattern k is
  // one of type stated_types[k].
  std::unique_ptr<detail::FirstMatching> stated;
  std::vector<const EventType*> stated_types;
  const EventType* visit = nullptr;      // a meeting abroad is a visit
  const EventType* summit = nullptr;     // a meeting of a body's leaders is a summit
  const EventType* threat = nullptr;     // a harm the speaker's side may do is a threat
  const EventType* rejection = nullptr;  // talks the speaker's side rules out are refused
  const EventType* support = nullptr;    // solidarity conveyed in a call
  const EventType* denial = nullptr;     // a wrong said not to have been done
  const EventType* protest = nullptr;    // a crowd's objection
  // 'called the raid "an authoritarian act"': a judgement in the speaker's words (no pattern:
  // the shadow has no quotation marks).
  Trigger judgement{nullptr, 0};
  Trigger arrest{nullptr, 0};              // a person seized
  Trigger buildup{nullptr, 0};             // troops that arrive
  Trigger denied{nullptr, 0};              // a suggestion that something is so, rejected
  const EventType* expulsion = nullptr;    // another state's diplomats sent away
  const EventType* negotiation = nullptr;  // the talks a deal came after
  // "Estonia cannot accept that a vessel ... is treated as a poacher", "will not accept insults
  // to its sons": what is not accepted is done by others, and saying so objects to it (not
  // the rejection of a proposal that the other words of refusal make).
  RE2 objection{
      R"(\b(?:not|never|cannot|can't|won't|don't|doesn't) accept (?:that|insults?|humiliation|interference|threats|bullying)\b)"};
  // "any aggression against the Sudan is an aggression against Egypt": solidarity, not the
  // charge its word of blame would make (the support pattern of that shape comes after the
  // accusation's words in the lexicon's order).
  RE2 solidarity{
      R"(\b(?:any|an) (?:threat|attack|aggression) (?:to|on|against) @a (?:is|was|would be|will be) (?:an? )?(?:threat|attack|aggression) (?:to|on|against) (?:@s|us|all)\b)"};
  // "its bomber had not violated Japanese airspace", "had never intruded into its waters", "has
  // never interfered in the affairs of Venezuela": a wrong said not to have been done is denied,
  // not laid at anyone's door.
  RE2 wrong_denied{
      R"(\b(?:not|never|no longer) (?:\w+ly )?(?:violat|intrud|trespass|encroach|invad|attack|shell|bomb|enter|cross|interfer|meddl|fire[sd]? on|fired at)\w*)"};
  // "Ecuador could take the case to the International Court of Justice", "the Government was
  // considering taking the matter to the Security Council": an appeal that may come.
  // (The modal before the request itself: not "China hoped Pakistan could resolve ...", a hope
  // made.)
  RE2 possible_appeal{
      R"(^(?:that )?(?:\S+ ){1,4}?(?:(?:could|might|may) (?:also |now |even )?(?:ask|request|take|appeal|petition|call on|urge|bring|refer|turn to|seek)|(?:is|was|are|were) (?:also |now |seriously )?(?:considering|weighing|mulling|contemplating) (?:asking|taking|appealing|petitioning|bringing|referring|turning to|seeking)) )"};
  // A measure of the speaker's side said to be possible, weighed or put on a condition (see
  // threat_too): "could suspend", "was considering a fee", "would close its border if",
  // "would review its supplies".
  RE2 possible_measure{
      R"(^(?:that )?(?:\S+ ){0,4}?(?:(?:could|might|may)\b|(?:would|will)\b.*\b(?:if|unless)\b|(?:would|will) (?:\S+ )?(?:review|reconsider)\b|(?:is|was|are|were) (?:\S+ )?(?:weighing|considering|mulling|contemplating|studying)\b))"};
  // The states by their ISO3 code, for the acts a person does for one (EventType::by_state).
  std::unordered_map<std::string, const LexActor*> state_by_code;
  // The state of an ISO3 code, or null (also for no code).
  const LexActor* state(const std::string& code) const {
    auto it = state_by_code.find(code);
    return it == state_by_code.end() ? nullptr : it->second;
  }
  const SyntaxModel* syntax = nullptr;  // null: word order alone
};

EventMatcher::EventMatcher(const Lexicon& lex, bool syntax) : impl_(std::make_unique<Impl>()) {
  impl_->lex = &lex;
  std::vector<std::string> patterns;
  std::vector<size_t> type_of;
  for (size_t p = 0; p < lex.event_types.size(); ++p)
    for (const auto& pat : lex.event_types[p].triggers) {
      patterns.push_back(pat);
      type_of.push_back(p);
    }
  impl_->any = std::make_unique<detail::PatternSet>(patterns);
  for (size_t k = 0; k < patterns.size(); ++k)
    impl_->triggers.push_back(Trigger{&lex.event_types[type_of[k]], type_of[k]});
  std::vector<std::string> stated;
  for (const auto& type : lex.event_types)
    for (const auto& pat : type.stated) {
      stated.push_back(pat);
      impl_->stated_types.push_back(&type);
    }
  impl_->stated = std::make_unique<detail::FirstMatching>(stated);
  for (const auto& type : lex.event_types)
    if (type.id == "visit")
      impl_->visit = &type;
    else if (type.id == "summit")
      impl_->summit = &type;
    else if (type.id == "threat")
      impl_->threat = &type;
    else if (type.id == "rejection")
      impl_->rejection = &type;
    else if (type.id == "support")
      impl_->support = &type;
    else if (type.id == "denial")
      impl_->denial = &type;
    else if (type.id == "negotiation")
      impl_->negotiation = &type;
    else if (type.id == "protest")
      impl_->protest = &type;
  for (size_t p = 0; p < lex.event_types.size(); ++p)
    if (lex.event_types[p].id == "criticism")  // (last of all: any pattern wins over it)
      impl_->judgement = Trigger{&lex.event_types[p], lex.event_types.size()};
    else if (lex.event_types[p].id == "arrest")
      impl_->arrest = Trigger{&lex.event_types[p], p};
    else if (lex.event_types[p].id == "military-buildup")
      impl_->buildup = Trigger{&lex.event_types[p], p};
    else if (lex.event_types[p].id == "denial")
      impl_->denied = Trigger{&lex.event_types[p], p};
    else if (lex.event_types[p].id == "expulsion")
      impl_->expulsion = &lex.event_types[p];
  if (syntax && !SyntaxModel::builtin().empty()) impl_->syntax = &SyntaxModel::builtin();
  for (const auto& a : lex.actors)
    if (a.kind == ActorKind::kCountry && !a.country.empty())
      impl_->state_by_code.emplace(a.country, &a);
}

EventMatcher::~EventMatcher() = default;

namespace {

// Whether token `j` of sentence `s` is part of a time expression, or the word that leads into
// one ("on").
bool in_time(const SentenceView& s, size_t j) {
  return std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
    return j + 1 >= t.first_token && j < t.last_token;  // (with its preposition)
  });
}

// "Brazil and Uruguay recognised it on September 13, and Bolivia did so the following day",
// "Bulgaria suspended its relations with Chile, and the GDR is expected to follow suit": a state
// said to do the same as one named just before does that act itself (an act, not words: a
// recognition, a break, an expulsion, a recall ...), on a day of its own if the text gives one.
// Adds that event to `out` (the sentence's events so far; `previous`: the story's before it).
void follow_suit(const SentenceView& s, size_t first, size_t last, const CalendarDate& published,
                 const std::vector<EventMention>& previous, std::vector<EventMention>& out) {
  const Tokens& toks = *s.tokens;
  // (A time that starts at token k and ends the clause: "to follow on Friday.", not "to follow
  // this week's talks".)
  auto time_at = [&](size_t k) {
    return std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
      return t.first_token == k &&
             (t.last_token >= last || is_one_of(toks[t.last_token].lower, ".", ",", ";"));
    });
  };
  for (size_t i = first + 1; i + 1 < last; ++i) {
    std::string_view w = toks[i].lower, next = toks[i + 1].lower;
    size_t cue_end = 0;
    bool suit = false;
    if (is_one_of(w, "followed", "follows", "follow", "following") && next == "suit") {
      cue_end = i + 2;
      suit = true;
    } else if (is_one_of(w, "did", "does", "do") &&
               ((next == "the" && i + 2 < last && toks[i + 2].lower == "same") ||
                is_one_of(next, "likewise", "so"))) {
      cue_end = next == "the" ? i + 3 : i + 2;
    } else if (w == "follow" && toks[i - 1].lower == "to" &&
               // (Not "to follow this week's talks closely": the clause ends, or a time follows.)
               (is_one_of(next, ".", ",", ";", "soon", "shortly", "later", "within") ||
                time_at(i + 1) || (i + 2 < last && time_at(i + 2)) ||
                (next == "in" &&
                 std::any_of(toks.begin() + i + 2, toks.begin() + std::min(last, i + 5),
                             [](const Token& t) {
                               return is_one_of(t.lower, "days", "weeks", "months", "hours",
                                                "coming");
                             })))) {
      cue_end = i + 1;
    }
    if (!cue_end || (*s.in_quote)[i]) continue;
    // Back past the words of intent or haste before the verb ("is expected to follow",
    // "was quick to follow suit", "will do the same"): what is expected is planned; what was
    // refused, or only might be, is nothing ("refused to do so", "could follow suit").
    bool planned = false, not_done = false;
    size_t verb = i;
    while (verb > first + 1 &&
           is_one_of(toks[verb - 1].lower, "to", "is", "are", "was", "were", "be", "quick",
                     "quickly", "soon", "also", "promptly", "decided", "moved", "expected",
                     "likely", "set", "due", "poised", "about", "going", "will", "would", "shall",
                     "could", "may", "might", "threatened", "promised", "vowed", "not", "never",
                     "refused", "declined", "widely", "now", "then", "later", "itself", "too")) {
      std::string_view b = toks[verb - 1].lower;
      planned =
          planned || is_one_of(b, "expected", "likely", "set", "due", "poised", "about", "going",
                               "will", "would", "shall", "threatened", "promised", "vowed");
      not_done =
          not_done || is_one_of(b, "could", "may", "might", "not", "never", "refused", "declined");
      --verb;
    }
    if (not_done) continue;
    // ("to do so" with no intent before it: a purpose, "asked it to do so".)
    if (!suit && (w == "do" || w == "follow") && !planned) continue;
    // The ones who do the same: named right before, one or a list ("and Bolivia did so",
    // "Ghana and Guinea followed suit").
    const ActorMention* who = nullptr;
    for (const auto& m : s.actors)
      if (!m.place && m.last_token == verb &&
          (m.actor->kind == ActorKind::kCountry || m.actor->kind == ActorKind::kOrganization))
        who = &m;
    if (!who) continue;
    std::vector<const ActorMention*> doers{who};
    for (bool more = true; more;) {
      more = false;
      size_t b = doers.back()->first_token;
      if (b < first + 2 || !is_one_of(toks[b - 1].lower, "and", ",")) break;
      for (const auto& m : s.actors)
        if (!m.place && m.last_token == b - 1 && m.actor->kind == ActorKind::kCountry) {
          doers.push_back(&m);
          more = true;
        }
    }
    const ActorMention* lead = doers.back();  // (the first named)
    // (Not a condition or a question: "would retaliate if Norway did so", "asked why the United
    // States did so too".)
    if (lead->first_token > first &&
        is_one_of(toks[lead->first_token - 1].lower, "if", "unless", "whether", "until", "before",
                  "should", "why", "how", "when"))
      continue;
    // What was done: the last act told before, in this sentence or -- where nothing else is told
    // before the doers in it -- in the one just before.
    auto act = [&](const EventMention& e) {
      return is_one_of(e.type->id, "sanction", "expulsion", "ambassador-recall", "embassy-closure",
                       "embassy-relocation", "evacuation", "support", "restoration-of-relations",
                       "aid", "military-withdrawal", "military-buildup", "concession");
    };
    const EventMention* done = nullptr;
    for (const auto& e : out)
      if (e.trigger_end <= toks[lead->first_token].begin && act(e)) done = &e;
    bool opens = true;  // (only a time or a link word before the doers)
    for (size_t k = first; k < lead->first_token && opens; ++k)
      opens = in_time(s, k) || toks[k].kind == TokenKind::kPunct ||
              is_one_of(toks[k].lower, "and", "but", "then", "later", "so", "too", "also", "soon",
                        "within", "days", "hours", "weeks");
    if (!done && opens && !previous.empty() && previous.back().sentence_end <= s.sentence.begin) {
      std::string_view between = s.text.substr(previous.back().sentence_end,
                                               s.sentence.begin - previous.back().sentence_end);
      if (between.find_first_not_of(" \t\n.\"'") == std::string_view::npos)
        for (auto it = previous.rbegin();
             it != previous.rend() && it->sentence_begin == previous.back().sentence_begin && !done;
             ++it)
          if (act(*it)) done = &*it;
    }
    if (!done) continue;
    auto when = std::find_if(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
      return t.date && t.first_token >= cue_end && t.first_token <= cue_end + 2;
    });
    std::vector<EventMention> made;
    for (auto d = doers.rbegin(); d != doers.rend(); ++d) {
      const LexActor* doer = (*d)->actor;
      if (doer == done->agent) continue;
      EventMention same = *done;
      same.agent = doer;
      same.person = nullptr;
      for (const LexActor* p : done->partners) std::erase(same.others, p);
      same.partners.clear();
      // (In return: "Britain expelled 23 Russian diplomats. Russia did the same" is against
      // Britain.)
      if (std::erase(same.others, doer) && !done->agent->country.empty() &&
          done->agent->kind == ActorKind::kCountry)
        same.others.insert(same.others.begin(), done->agent);
      same.place.reset();
      same.place_phrase.clear();
      same.place_state = nullptr;
      same.link.reset();
      same.stated = false;
      same.content.clear();
      same.content_begin = same.content_end = 0;
      same.aside_begin = same.aside_end = 0;
      same.trigger_begin = toks[lead->first_token].begin;
      same.trigger_end = toks[cue_end - 1].end;
      same.sentence_begin = s.sentence.begin;
      same.sentence_end = s.sentence.end;
      if (when != s.times.end()) {
        same.date = *when->date;
        same.dated = true;
        same.when = std::string(s.text.substr(when->phrase_begin, when->end - when->phrase_begin));
      } else if (planned) {
        same.date = Edtf::on_or_after(published);
        same.dated = false;
        same.when.clear();
      } else if (auto from = done->date.earliest_day(); from && !(published < *from)) {
        // (Later, by the paper's day: "Ghana soon followed suit".)
        same.date = Edtf::range(*from, published);
        same.dated = true;
        same.when.clear();
      }
      same.status = planned ? EventStatus::kPlanned : EventStatus::kOccurred;
      made.push_back(std::move(same));
    }
    for (auto& e : made) out.push_back(std::move(e));
    break;
  }
}

}  // namespace

std::vector<EventMention> EventMatcher::extract(const SentenceView& s,
                                                const CalendarDate& published,
                                                const std::vector<EventMention>& previous) const {
  std::vector<EventMention> out;
  const auto& toks = *s.tokens;
  const size_t first = s.sentence.first_token, last = s.sentence.last_token;
  if (last - first < 4) return out;  // headings, page chrome
  const Shadow& sh = make_shadow(s);
  // Whether the "rule out" at token `rule` is itself not done -- "did not rule out a veto",
  // "refused on Monday to rule out a boycott": what it names is left open, neither done nor
  // ruled out. (Up to five words back, within the clause.)
  auto rule_out_left_open = [&](size_t rule) {
    for (size_t i = rule; i > first && rule - i < 5; --i) {
      if (is_one_of(toks[i - 1].lower, ",", ";", "and", "but", "that")) return false;
      if (is_one_of(toks[i - 1].lower, "not", "n't", "never", "refused", "refuses", "refusing",
                    "declined", "declines", "declining"))
        return toks[i].lower != "only";  // ("not only ruled out talks but also ...")
    }
    return false;
  };
  // Whom a pronoun that opens a clause refers to: for "he" or "she", the person the sentence
  // before opened with, else the last person who acted in the story; for "it" or "they", the
  // last actor that is no person.
  auto referent = [&](bool person) -> const LexActor* {
    const LexActor* who = person ? s.person_before : nullptr;
    for (auto it = previous.rbegin(); it != previous.rend() && !who; ++it)
      if (it->agent && (it->agent->kind == ActorKind::kPerson) == person)
        who = it->agent;
      else if (person && it->person)
        who = it->person;
    return who;
  };

  // 1. Trigger matches; specific types (earlier in the lexicon) win overlaps.
  struct Hit {
    const Trigger* trig;
    size_t tfirst, tlast;  // token range of the match
  };
  thread_local std::vector<detail::PatternMatch> matches;  // refilled by find_all
  impl_->any->find_all(sh.text, sh.spaces, matches);
  thread_local std::vector<Hit> hits;  // refilled, not allocated, from sentence to sentence
  hits.clear();
  for (const auto& m : matches)
    hits.push_back(
        Hit{&impl_->triggers[m.pattern], sh.token_at(m.begin), sh.token_at(m.end - 1) + 1});
  // (Not where the sentence has said what was said otherwise before: 'accused Poland of ...
  // and called the use of water cannon "inhumane"', 'denied it, calling the claims
  // "groundless"'. A refusal told after it is an act of its own: 'calling his speech
  // "slander", and announced that the delegation would vote against Yugoslavia's candidacy'.)
  // (But a denial after it is the same answer: 'called Western reports "absurd" and rejected
  // the accusations'.)
  // (The quotation is looked for only where no denial has already said it.)
  if (impl_->judgement.type && std::none_of(hits.begin(), hits.end(), [](const Hit& h) {
        return h.trig->type->id == "denial";
      }))
    if (size_t at = quoted_judgement(s);
        at && std::none_of(hits.begin(), hits.end(), [&](const Hit& h) {
          return is_one_of(h.trig->type->id, "accusation", "rejection", "threat", "criticism") &&
                 h.tfirst < (at >> 16);
        }))
      hits.push_back(Hit{&impl_->judgement, at >> 16, at & 0xffff});
  if (hits.empty()) {  // no trigger matches (but "Bolivia did so", after one in the last)
    follow_suit(s, first, last, published, previous, out);
    return out;
  }
  // "Turkish commandos seized PKK leader Abdullah Ocalan": a person seized is arrested, not a
  // place taken.
  if (impl_->arrest.type)
    for (auto& h : hits)
      if (h.trig->type->id == "assault" && h.tfirst + 1 < last &&
          is_one_of(toks[h.tfirst].lower, "seized", "captured", "seizes", "captures") &&
          std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
            return m.actor->kind == ActorKind::kPerson &&
                   (m.first_token == h.tfirst + 1 ||
                    (m.first_token == h.tfirst + 2 && toks[h.tfirst + 1].lower == "the"));
          }))
        h.trig = &impl_->arrest;
  // "American troops arrived in Poland", "A Botswana Defence Force contingent arrived in
  // Lesotho", "600 Zimbabwean troops flew into Kinshasa": forces that arrive are deployed, not on
  // a visit.
  if (impl_->buildup.type)
    for (auto& h : hits) {
      if (h.trig->type != impl_->visit || h.tfirst <= first ||
          !is_one_of(toks[h.tfirst].lower, "arrived", "arrives", "arrive", "arriving", "landed",
                     "lands", "land", "landing", "flew", "flown", "flies", "fly", "flying"))
        continue;
      // The head of the subject, right before its verb ("troops are expected to land"); not "The
      // commander of US forces arrived", "A delegation of Chinese soldiers arrived".
      size_t i = h.tfirst - 1;
      while (i > first &&
             is_one_of(toks[i].lower, "to", "expected", "due", "set", "are", "were", "is", "was",
                       "will", "have", "has", "had", "been", "be", "finally", "also", "first",
                       "later", "then", "began", "begin", "begins", "started", "start", "starts"))
        --i;
      // ("A Saudi Arabian contingent of about 1,000 men arrived": the men of a unit.)
      bool unit_men = false;
      for (size_t j = i; toks[i].lower == "men" && j-- > first && i - j <= 5 && !unit_men;)
        unit_men = is_one_of(toks[j].lower, "contingent", "battalion", "brigade", "detachment",
                             "force", "commando", "regiment");
      // (Warships and warplanes too: "Two American warships arrived in Bahrain", "Four American
      // AWACS aircraft arrived in the Kingdom"; not "the President's aircraft landed", nor craft
      // come "for a goodwill visit", "for a port call", "for an air show", "to evacuate".)
      bool war_craft =
          is_one_of(toks[i].lower, "warships", "frigates", "destroyers", "warplanes", "bombers",
                    "gunboats", "minesweepers") ||
          (is_one_of(toks[i].lower, "aircraft", "planes", "jets", "helicopters") && i > first &&
           is_one_of(toks[i - 1].lower, "awacs", "military", "surveillance", "fighter", "combat",
                     "reconnaissance", "spy", "tanker", "attack", "transport"));
      for (size_t k = h.tlast; war_craft && k < last; ++k)
        if (is_one_of(toks[k].lower, "visit", "goodwill", "call", "courtesy", "show", "evacuate",
                      "evacuation", "exercise", "exercises", "drills"))
          war_craft = false;
      if (!unit_men && !war_craft &&
          !is_one_of(toks[i].lower, "troops", "soldiers", "forces", "contingent", "contingents",
                     "marines", "paratroopers", "battalion", "battalions", "brigade", "brigades",
                     "peacekeepers", "reinforcements"))
        continue;
      bool of_someone = false;  // "the head of NATO forces", but "thousands of troops"
      for (size_t j = i; j-- > first + 1 && j + 4 > i && !of_someone;)
        of_someone = toks[j].lower == "of" &&
                     !is_one_of(toks[j - 1].lower, "thousands", "hundreds", "dozens", "scores",
                                "contingent", "contingents", "battalion", "battalions", "brigade",
                                "units", "unit", "group", "company");
      if (!of_someone) h.trig = &impl_->buildup;
    }
  // "Nasser, speaking to a large crowd in Damascus, attacked \"the Communists who rule in
  // Baghdad\"", "attacked the decision": an attack in words (a quote, or a policy or words of
  // another), not one of arms.
  if (impl_->judgement.type)
    for (auto& h : hits) {
      if (h.trig->type->id != "assault" || h.tlast != h.tfirst + 1 || h.tlast >= last ||
          !is_one_of(toks[h.tfirst].lower, "attacked", "attacks", "attacking"))
        continue;
      bool words = is_quote(s.text, toks[h.tlast]);
      size_t o = h.tlast;
      if (o + 1 < last && is_one_of(toks[o].lower, "the", "his", "her", "its", "their", "this"))
        ++o;
      words = words || is_one_of(toks[o].lower, "decision", "decisions", "policy", "policies",
                                 "plan", "plans", "proposal", "proposals", "remarks", "statement",
                                 "statements", "speech", "stance", "position", "idea", "ideas",
                                 "resolution", "report", "bill", "critics");
      // (Not by forces: "Syrian troops attacked the plan's supporters".)
      for (size_t i = h.tfirst; i > first && h.tfirst - i < 4 && words; --i)
        words = !is_one_of(toks[i - 1].lower, "forces", "troops", "soldiers", "army", "jets",
                           "aircraft", "warplanes", "militants", "rebels", "gunmen");
      if (words) h.trig = &impl_->judgement;
    }
  // "rejected any suggestion that Australia is encouraging Papuan separatists": a suggestion
  // that something is so, rejected, is denied (not "rejected the suggestion to hold talks", nor
  // "declined an Israeli suggestion that he meet").
  if (impl_->denied.type)
    for (auto& h : hits)
      if (h.trig->type->id == "rejection" && h.tlast < last &&
          toks[h.tfirst].lower.starts_with("reject") &&
          is_one_of(toks[h.tlast - 1].lower, "suggestion", "suggestions") &&
          toks[h.tlast].lower == "that") {
        // (What is said to be so, in the indicative: not "that the talks be moved", "that it
        // should join the talks", "that it return to the talks".)
        bool is_so = false;
        for (size_t k = h.tlast + 1; k < last && k < h.tlast + 8; ++k) {
          std::string_view w = toks[k].lower;
          if (is_one_of(w, "be", "should", "must", "would", "could", "might", "will", "shall",
                        "ought", ",", ";"))
            break;
          if (is_one_of(w, "is", "are", "was", "were", "had", "has", "have", "did", "does") ||
              // ("that it tolerates terrorism", "that Austria harboured them": a verb of its own
              // right after a pronoun or a name.)
              (k > h.tlast + 1 && w.size() > 3 &&
               (((w.ends_with("s") || w.ends_with("ed")) &&
                 is_one_of(toks[k - 1].lower, "it", "he", "she")) ||
                // (After a name only the past: not "that Palestinian refugees return".)
                (w.ends_with("ed") && toks[k - 1].capitalized)))) {
            is_so = true;
            break;
          }
        }
        if (is_so) h.trig = &impl_->denied;
      }
  // Drops the hits `drop` picks, each judged against the hits as they all were (std::erase_if
  // would move them about while some tests look at the others).
  auto drop_hits = [&](auto drop) {
    thread_local std::vector<char> gone;
    gone.assign(hits.size(), 0);
    for (size_t i = 0; i < hits.size(); ++i) gone[i] = drop(hits[i]) ? 1 : 0;
    size_t kept = 0;
    for (size_t i = 0; i < hits.size(); ++i)
      if (!gone[i]) hits[kept++] = hits[i];
    hits.resize(kept);
  };
  // "Two Iran Air jumbo jets will leave for Jeddah tomorrow to bring home the wounded": craft
  // that come and go pay no visit (but "the President's plane landed in Hanoi" brings him).
  drop_hits([&](const Hit& h) {
    if (h.trig->type != impl_->visit || h.tfirst <= first + 1) return false;
    size_t i = h.tfirst - 1;
    while (i > first && is_one_of(toks[i].lower, "to", "expected", "due", "set", "are", "were",
                                  "is", "was", "will", "would", "have", "has", "had", "been", "be"))
      --i;
    return is_one_of(toks[i].lower, "jets", "planes", "aircraft", "airliners", "jumbos", "flights",
                     "ships", "vessels", "ferries") &&
           (i == first || (!ends_with(toks[i - 1].lower, "'s") && toks[i - 1].lower != "'s"));
  });
  // ("demanded for the third time the release of its sailors", "called for the immediate
  // release of": a release asked for, not done; "welcomed the release", "secured the release"
  // are one.)
  // (So is an inquiry: "asked for an impartial international inquiry into the killings",
  // "called for an independent investigation into"; not "ordered an inquiry into".)
  // (The inquiry the object of the request itself, with "a" or "an" or none between: not "the
  // Dutch investigation into the crash", "its investigation into", "Ukraine's urgent
  // investigation".)
  auto asked_for = [&](size_t noun) {
    size_t i = noun, n = 0;
    while (i > first && n < 4 && toks[i - 1].kind == TokenKind::kWord &&
           !is_one_of(toks[i - 1].lower, "a", "an", "for", "the", "its", "their", "his", "her",
                      "our") &&
           !ends_with(toks[i - 1].lower, "'s") && !is_request_verb(toks[i - 1].lower)) {
      --i;
      ++n;
    }
    if (i <= first) return false;
    size_t v = i - 1;
    if (is_one_of(toks[v].lower, "a", "an")) {
      if (v == first) return false;
      --v;
    }
    if (is_request_verb(toks[v].lower)) return true;
    if (toks[v].lower != "for") return false;
    // ("asked on Sunday for": past a time.)
    while (v > first + 1 && in_time(s, v - 1)) --v;
    return v > first && is_one_of(toks[v - 1].lower, "called", "calls", "calling", "call", "asked",
                                  "asks", "asking", "ask", "pressed", "presses", "pressing",
                                  "press", "appealed", "appeals", "appealing", "pushed", "pushes",
                                  "pushing", "pleaded", "pleads", "pleading");
  };
  drop_hits([&](const Hit& h) {
    bool inquiry = h.trig->type->id == "investigation" &&
                   is_one_of(toks[h.tfirst].lower, "inquiry", "investigation", "probe");
    if (!(h.trig->type->id == "release" && toks[h.tfirst].lower == "release") && !inquiry)
      return false;
    if (h.tfirst + 1 >= last || toks[h.tfirst + 1].lower != (inquiry ? "into" : "of")) return false;
    if (inquiry) return asked_for(h.tfirst);
    for (size_t i = h.tfirst, n = 0; i-- > first && n < 8; ++n) {
      std::string_view w = toks[i].lower;
      if (w.starts_with("demand") || w.starts_with("urg") || w.starts_with("negotiat") ||
          w.starts_with("seek") || w == "sought" || w.starts_with("insist"))
        return true;
      if (w == "for" && i > first &&
          (toks[i - 1].lower.starts_with("call") || toks[i - 1].lower.starts_with("press") ||
           toks[i - 1].lower.starts_with("ask") || toks[i - 1].lower.starts_with("appeal") ||
           toks[i - 1].lower.starts_with("push") || toks[i - 1].lower.starts_with("plead")))
        return true;
      if (is_one_of(w, ",", ";", ".", "and", "but", "after", "before", "welcomed", "secured"))
        break;
    }
    return false;
  });
  // ("asked for a meeting of the Security Council": the request, not the meeting; "a meeting
  // of the National Security Council": a state's own body, at home.)
  drop_hits([&](const Hit& h) {
    if (h.trig->type->id == "meeting" && h.tfirst + 3 < h.tlast &&
        toks[h.tlast - 1].kind == TokenKind::kWord)
      for (size_t i = h.tfirst + 1; i + 1 < h.tlast; ++i)
        if (toks[i].lower == "of" && toks[i - 1].lower == "meeting") {
          size_t k = toks[i + 1].lower == "the" ? i + 2 : i + 1;
          if (k < last && is_one_of(toks[k].lower, "national", "cabinet", "central", "politburo",
                                    "parliamentary", "federal", "state", "ruling"))
            return true;
          for (const auto& m : s.actors)
            if (m.first_token == k && !m.also && !m.actor->country.empty() &&
                m.actor->kind == ActorKind::kOrganization)
              return true;
        }
    return h.trig->type->id == "meeting" && h.tfirst > first && h.tfirst + 3 < h.tlast &&
           is_one_of(toks[h.tfirst].lower, "a", "the", "its", "their", "next") &&
           is_one_of(toks[h.tfirst - 1].lower, "for", "requested", "request", "requests",
                     "requesting", "asked", "sought", "seek", "seeks", "seeking", "called", "urged",
                     "convene", "convened", "convenes", "convening");
  });
  // ("Iran condemned the normalisation agreement signed with Israel in 2020", "said the pact
  // signed with Somalia in 1988 was void": a deal the subject condemns, or calls void, is none it
  // signed.)
  drop_hits([&](const Hit& j) {
    if (j.trig->type->id != "agreement") return false;
    size_t with = signing_verb(toks, j.tfirst + 1, j.tlast);
    while (with + 1 < j.tlast && toks[with + 1].lower != "with")
      with = signing_verb(toks, with + 1, j.tlast);
    if (with + 1 >= j.tlast) return false;
    for (size_t k = j.tfirst; k-- > first && j.tfirst - k <= 6;) {
      if (is_one_of(toks[k].lower, ",", ";", ".")) break;
      if (against_deal(toks[k].lower) ||
          is_one_of(toks[k].lower, "decried", "attacked", "protested", "called"))
        return true;
    }
    for (size_t k = j.tlast; k < last && k < j.tlast + 4; ++k)
      if (is_one_of(toks[k].lower, "void", "invalid", "illegal", "illegitimate")) return true;
    return false;
  });
  // ("Morales attended a summit of gas exporters in Moscow": a summit one attends abroad is his
  // visit, not a summit of his.) (Abroad: the place's state is not the subject's; "Putin
  // attended a summit in Moscow" stays a summit.)
  drop_hits([&](const Hit& j) {
    if (j.trig->type->id != "summit" || !toks[j.tfirst].lower.starts_with("attend")) return false;
    const Hit* visit = nullptr;
    for (const Hit& k : hits)
      if (k.trig->type->id == "visit" && k.tfirst == j.tfirst) visit = &k;
    if (!visit) return false;
    const ActorMention* subject = nullptr;
    const ActorMention* place = nullptr;
    for (const auto& m : s.actors) {
      if (m.last_token <= j.tfirst && !m.place) subject = &m;
      if (m.first_token > j.tfirst && m.first_token < visit->tlast && m.place) place = &m;
    }
    return subject && place && !subject->actor->country.empty() && !place->actor->country.empty() &&
           subject->actor->country != place->actor->country;
  });
  // ("Finland applied to join NATO", "its bid to join the EU": membership asked for, not taken.)
  drop_hits([&](const Hit& j) {
    return j.trig->type->id == "agreement" && toks[j.tfirst].lower.starts_with("join") &&
           j.tfirst >= first + 2 && toks[j.tfirst - 1].lower == "to" &&
           is_one_of(toks[j.tfirst - 2].lower, "applied", "apply", "applies", "applying", "bid",
                     "bids", "application", "applications", "request", "requests", "requested",
                     "seeks", "sought", "seeking", "seek");
  });
  // ("the Feb. 23 accord signed by Annan and Aziz": a deal named by its date leaves its words to
  // the signing that goes on from inside it.)
  drop_hits([&](const Hit& j) {
    return j.trig->type->id == "agreement" && is_one_of(toks[j.tfirst].lower, "the", "a", "an") &&
           std::any_of(hits.begin(), hits.end(), [&](const Hit& k) {
             return k.trig->type->id == "agreement" && k.tfirst > j.tfirst && k.tfirst < j.tlast &&
                    k.tlast > j.tlast;
           });
  });
  // "Greece refused to ask the IMF for a loan", "has no right to ask Kosovo for anything",
  // "urged Somalia to ask the AU for troops": a request in the infinitive is one made only on a
  // trip ("flew to Brussels to ask the Commission for help"), on a summons or a call ("summoned
  // the ambassador to request that the measure be lifted"), or promised.
  // (The hit may start at the "to" or at the verb after it.)
  drop_hits([&](const Hit& j) {
    if (j.trig->type->id != "appeal") return false;
    size_t to = j.tfirst;
    if (toks[to].lower != "to") {
      if (to == first || toks[to - 1].lower != "to") return false;
      --to;
    }
    if (to + 1 >= last || !is_one_of(toks[to + 1].lower, "ask", "request")) return false;
    // ("pledged to ask Congress to approve the funds": a request promised is one to come.)
    // ("pledged on Tuesday to ask": past a time.)
    size_t v = to;
    for (const auto& t : s.times)
      if (t.last_token == v && t.first_token > first) v = t.first_token;
    if (v > first + 1 && toks[v - 1].lower == "on") --v;
    if (v > first &&
        is_one_of(toks[v - 1].lower, "pledged", "pledges", "promised", "promises", "vowed", "vows",
                  "decided", "decides", "plans", "planned", "intends", "intended"))
      return false;
    for (size_t k = to; k-- > first && to - k <= 16;) {
      // (Not past a clause of its own: "phoned Erdogan on Monday; the Turkish leader has long
      // wanted to ask NATO for help", "a day after Riyadh said it had no right to ask".)
      if (is_one_of(toks[k].lower, ";", "said", "says", "wanted", "who", "which", "but", "hesitate",
                    "right", "deciding"))
        return true;
      if ((to - k <= 10 &&
           is_one_of(toks[k].lower, "flew", "travelled", "traveled", "went", "came", "arrived",
                     "headed", "returned", "flown", "sent", "dispatched")) ||
          is_one_of(toks[k].lower, "summoned", "summons", "telephoned", "phoned", "rang"))
        return to > first && is_one_of(toks[to - 1].lower, "refused", "declined");
    }
    return true;
  });
  // "Turkey refused to suspend the migration pact", "threatened to suspend the grain deal": a
  // measure refused or threatened is not taken (the threat is an event of its own).
  drop_hits([&](const Hit& j) {
    if (j.trig->type->id != "sanction" || j.tfirst < first + 2 || toks[j.tfirst - 1].lower != "to")
      return false;
    size_t v = j.tfirst - 2;  // the verb before "to", past a time ("refused on Monday to")
    for (const auto& t : s.times)
      if (t.last_token == v + 1 && t.first_token > first) v = t.first_token - 1;
    if (v > first && toks[v].lower == "on") --v;
    return is_one_of(toks[v].lower, "refused", "refuses", "refusing", "declined", "declines",
                     "declining", "threatened", "threatens", "threatening");
  });
  // "declined an Israeli suggestion that he meet Mr. Ben-Gurion", "a proposal that the two
  // leaders meet": a meeting put forward is not held.
  drop_hits([&](const Hit& j) {
    if (!j.trig->type->plover || *j.trig->type->plover != "CONSULT") return false;
    for (size_t i = j.tfirst; i-- > first + 1 && j.tfirst - i <= 5;) {
      if (is_one_of(toks[i].lower, ",", ";", ".")) return false;
      if (toks[i].lower == "that")
        return is_one_of(toks[i - 1].lower, "suggestion", "suggestions", "proposal", "proposals",
                         "offer", "idea", "invitation", "request", "plan", "call");
    }
    return false;
  });
  // ("before he joined the government": a cabinet joined is no alliance.)
  drop_hits([&](const Hit& j) {
    return j.trig->type->id == "agreement" && j.tfirst + 2 < last &&
           is_one_of(toks[j.tfirst].lower, "join", "joined", "joins") &&
           is_one_of(toks[j.tfirst + 1].lower, "the", "his", "her") &&
           is_one_of(toks[j.tfirst + 2].lower, "government", "cabinet", "administration");
  });
  // "accepted Anwar's invitation to visit Malaysia next year": the visit tells what was
  // accepted; the acceptance is no offer of talks of its own.
  drop_hits([&](const Hit& a) {
    return a.trig->type->id == "intent-to-meet" && a.tlast + 1 < last &&
           toks[a.tlast - 1].lower == "invitation" &&
           is_one_of(toks[a.tfirst].lower, "accepted", "accepts", "accept") &&
           std::any_of(hits.begin(), hits.end(), [&](const Hit& v) {
             return v.trig->type == impl_->visit && v.tfirst > a.tlast && v.tfirst <= a.tlast + 7 &&
                    toks[v.tfirst - 1].lower == "to" &&
                    (toks[v.tfirst - 2].lower == "invitation" || toks[a.tlast].lower == "from");
           });
  });
  // "barred Dutch government planes from landing in Turkey", "prevented the delegation from
  // travelling to Geneva": a journey kept from happening is no visit (the ban is the act).
  drop_hits([&](const Hit& v) {
    if (v.trig->type != impl_->visit || v.tfirst < first + 2 || toks[v.tfirst - 1].lower != "from")
      return false;
    // (Not past a comma, "Merkel, who kept a low profile, returned from visiting Turkey"; nor a
    // prevention denied, "Nothing will prevent Biden from travelling to Poland".)
    for (size_t i = v.tfirst - 1; i-- > first && v.tfirst - i <= 6;) {
      if (is_one_of(toks[i].lower, ",", ";", "who", "which")) return false;
      if (is_one_of(toks[i].lower, "barred", "bars", "bar", "barring", "banned", "bans", "ban",
                    "banning", "prevented", "prevents", "prevent", "preventing", "blocked",
                    "blocks", "block", "blocking", "prohibited", "prohibits", "prohibit",
                    "forbidden", "forbade", "forbids", "forbid"))
        return std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(first),
                            toks.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                              return is_one_of(t.lower, "nothing", "not", "never", "no", "n't");
                            });
    }
    return false;
  });
  // Sorted stably by an insertion sort: a sentence has a few hits, for which std::stable_sort
  // allocated a buffer each time.
  // "rejected China's claim that the rig was in Chinese waters": a claim rejected is denied;
  // the denial's words reach the claim, the rejection's stop before it.
  drop_hits([&](const Hit& r) {
    return r.trig->type->id == "rejection" &&
           std::any_of(hits.begin(), hits.end(), [&](const Hit& d) {
             return d.trig->type->id == "denial" && d.tfirst == r.tfirst && d.tlast > r.tlast;
           });
  });
  // "Greece vetoed Macedonia's admission to NATO", "opposed Finland's accession", "Montenegro's
  // admission to NATO would anger Moscow": an admission blocked, sought or foreseen is none.
  drop_hits([&](const Hit& a) {
    if (a.trig->type->id != "agreement" ||
        !is_one_of(toks[a.tfirst].lower, "admission", "accession"))
      return false;
    for (size_t i = a.tfirst; i-- > first && a.tfirst - i <= 5;)
      if (is_one_of(toks[i].lower, "vetoed", "veto", "vetoes", "vetoing", "blocked", "blocks",
                    "block", "blocking", "opposed", "opposes", "oppose", "opposing", "holding",
                    "delayed", "delaying", "stalled", "ratify", "ratified", "ratifies", "ratifying",
                    "seeks", "sought", "seeking", "bid", "hopes", "wants", "backed", "supports",
                    "supported", "support", "approve", "yet", "against", "on", "for", "about",
                    "over", "eventual", "possible", "future", "planned"))
        return true;
    for (size_t i = a.tlast; i < last && i < a.tlast + 6; ++i)
      if (is_one_of(toks[i].lower, "would", "could", "will", "may", "might", "must", "should",
                    "can"))
        return true;
    return false;
  });
  // "after crowds attacked South African-owned businesses": a crowd's attack is no state's; nor
  // is one of "southern forces" that the sentence names no state for ("Sana'a Radio said that
  // southern forces had shelled the town": not the Syria of its mediation named before).
  drop_hits([&](const Hit& a) {
    if (a.trig->type->id != "assault" || a.tfirst <= first) return false;
    if (is_one_of(toks[a.tfirst - 1].lower, "crowds", "crowd", "mobs", "mob", "rioters", "looters",
                  "protesters", "protestors", "demonstrators", "youths", "gangs"))
      return true;
    // ("marked the 10th anniversary of Iraq's invasion of Kuwait on Aug. 2": the day remembered,
    // in a year the text does not give.)
    for (size_t i = a.tfirst; i-- > first && a.tfirst - i <= 3;)
      if (is_one_of(toks[i].lower, "anniversary", "anniversaries", "remember", "commemorate",
                    "commemorated", "commemorating", "commemorates", "remembering"))
        return true;
    size_t k = a.tfirst;
    while (k > first + 1 && is_one_of(toks[k - 1].lower, "had", "have", "has", "were", "was",
                                      "then", "also", "reportedly", "allegedly"))
      --k;
    return k > first + 1 &&
           is_one_of(toks[k - 1].lower, "forces", "troops", "units", "soldiers", "gunners") &&
           is_one_of(toks[k - 2].lower, "northern", "southern", "eastern", "western",
                     "unidentified", "unknown");
  });
  // "has asked Belgium to close its consulates general in Lubumbashi": a mission another state
  // is told to close is sent away by the one who told it, not closed by its own.
  drop_hits([&](const Hit& c) {
    return c.trig->type->id == "embassy-closure" &&
           std::any_of(hits.begin(), hits.end(), [&](const Hit& x) {
             return x.trig->type->id == "expulsion" && x.tfirst < c.tfirst && x.tlast >= c.tlast;
           });
  });
  // "would not retaliate by asking the Soviet Ambassador to leave": the answer ruled out is the
  // act named after "by", not a measure of its own.
  drop_hits([&](const Hit& c) {
    return c.trig->type->id == "sanction" && c.tlast + 1 < last &&
           is_one_of(toks[c.tlast - 1].lower, "retaliate", "respond", "react", "reply") &&
           toks[c.tlast].lower == "by" && std::any_of(hits.begin(), hits.end(), [&](const Hit& x) {
             return x.tfirst == c.tlast + 1;
           });
  });
  auto before = [](const Hit& a, const Hit& b) {
    return std::pair(a.trig->priority, a.tfirst) < std::pair(b.trig->priority, b.tfirst);
  };
  for (size_t k = 1; k < hits.size(); ++k)
    for (size_t j = k; j > 0 && before(hits[j], hits[j - 1]); --j) std::swap(hits[j], hits[j - 1]);
  std::vector<Hit> chosen;
  for (const auto& h : hits) {
    // Quoted words are the speaker's, not the story's; but a quote that opens right after its
    // subject ('Lavrov "strongly condemned Israel's unprovoked strikes"') tells what he did.
    if ((*s.in_quote)[h.tfirst]) {
      size_t q = h.tfirst;
      while (q > first && (*s.in_quote)[q - 1]) --q;
      // (q is the first quoted token; the quotation mark is at q - 1.)
      // (So does one after its subject and a copula: 'Ramaphosa remained "ready to meet
      // President Trump"'.)
      // (Its act opens the quote there: not 'remained "unwilling to meet"', '"ready to accuse"'.)
      size_t subject_end = q - 1;
      if (q >= first + 3 && h.tfirst == q &&
          is_one_of(toks[q - 2].lower, "is", "was", "are", "were", "remains", "remained", "stands",
                    "stood"))
        subject_end = q - 2;
      // (A body's or a state's too when the quote holds the verb alone and the story goes on:
      // 'On Saturday the Georgian Foreign Ministry "strongly condemned" the move'.)
      size_t close = h.tfirst;
      while (close < last && (*s.in_quote)[close]) ++close;
      // ('Austria "rejects most decisively" any suggestion': a verb and its manner.)
      const bool verb_only =
          close < last && close + 1 < last &&
          (close <= h.tfirst + 2 ||
           (close == h.tfirst + 3 && toks[h.tfirst + 2].lower.ends_with("ly") &&
            is_one_of(toks[h.tfirst + 1].lower, "most", "very", "so", "quite", "utterly")));
      // (Or a state that opens what is said: 'Nesterushkin said today that Russia "calls on all
      // sides to settle the matter through dialogue"'; not a body, whose head's words they are:
      // 'Stoltenberg said afterwards that the alliance "stands in solidarity with Poland"'.)
      // (Words, or what it will or will not do: not 'Lavrov said that Georgia "attacked South
      // Ossetia"', but 'that Malawi "will not go to war with Tanzania"'.)
      const bool words_or_will =
          h.trig->type->speech || is_one_of(toks[q].lower, "will", "would", "shall", "cannot",
                                            "can", "could", "must", "won't", "wouldn't");
      bool after_subject =
          q >= first + 2 && q - 1 > first && is_quote(s.text, toks[q - 1]) && h.tfirst - q <= 2 &&
          std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
            const bool reported = words_or_will && !m.place && m.first_token > first + 1 &&
                                  toks[m.first_token - 1].lower == "that" &&
                                  m.actor->kind == ActorKind::kCountry;
            return m.last_token == subject_end &&
                   (m.actor->kind == ActorKind::kPerson || (verb_only && !m.place) || reported);
          });
      if (!after_subject) continue;
    }
    // An act in a condition is no event: "would stop supplying bombs if it launched a major
    // invasion of Rafah", "could be shot down if it intrudes again". (The clause runs back to
    // its "if" or "unless" within eight words, not past a comma, a semicolon, "that" or a
    // conjunction that opens another clause; "as if" is no condition.)
    bool condition = false;
    for (size_t i = h.tfirst; i > first && h.tfirst - i < 8 && !condition; --i) {
      std::string_view w = toks[i - 1].lower;
      if (is_one_of(w, ",", ";", "that", "but", "and", "while", "when", "after", "before")) break;
      condition = (w == "if" && !(i - 1 > first && is_one_of(toks[i - 2].lower, "as", "even"))) ||
                  w == "unless";
    }
    if (condition) continue;
    // Nor is an attack told by its noun, its doer unnamed: "condemns the two car bomb attacks
    // which struck Damascus this morning" (not the act of whoever condemns it).
    if (is_one_of(h.trig->type->id, "assault", "bombing") && h.tfirst >= first + 2 &&
        is_one_of(toks[h.tfirst - 1].lower, "which", "that") &&
        is_one_of(toks[h.tfirst - 2].lower, "attack", "attacks", "bombing", "bombings", "blast",
                  "blasts", "explosion", "explosions", "bombs", "bomb", "strike", "strikes",
                  "shelling", "raid", "raids"))
      continue;
    // Nor is the act of anyone who might do it: "would retaliate against any country that
    // supplied missiles to Ukraine", "warned countries that send weapons to Kyiv".
    if (h.tfirst >= first + 2 && is_one_of(toks[h.tfirst - 1].lower, "that", "which", "who")) {
      std::string_view head = toks[h.tfirst - 2].lower;
      bool plural = is_one_of(head, "countries", "states", "nations", "governments", "parties",
                              "firms", "companies", "those");
      bool single = is_one_of(head, "country", "state", "nation", "government", "one", "party",
                              "firm", "company", "side", "anyone", "anybody");
      std::string_view det = h.tfirst >= first + 3 ? toks[h.tfirst - 3].lower : "";
      // (Not named ones: "among the countries that sent tanks", "six other countries that".)
      bool named = (h.tfirst >= first + 3 && toks[h.tfirst - 3].kind == TokenKind::kNumber) ||
                   is_one_of(det, "the", "other", "these", "two", "three", "four", "five", "six",
                             "seven", "eight", "nine", "ten", "several", "many", "some", "few");
      if ((plural && !named) || (single && (is_one_of(head, "anyone", "anybody") ||
                                            is_one_of(det, "any", "every", "each", "another"))))
        continue;
    }
    // A summons whose envoy is followed by "and" is one only when what follows is its act:
    // "summoned Russian Ambassador Alexander Zmeevsky and demanded"; not "summoned the Security
    // Council and discussed the crisis", "summoned Pakistani PM Imran Khan and Indian PM ...".
    if (h.trig->type->id == "criticism" && h.tlast > h.tfirst + 1 &&
        toks[h.tlast - 1].lower == "and" && starts_with(toks[h.tfirst].lower, "summon") &&
        !(h.tlast < last &&
          is_one_of(toks[h.tlast].lower, "demanded", "gave", "handed", "told", "asked", "protested",
                    "lodged", "conveyed", "delivered", "expressed", "then")))
      continue;
    // A weapon that lands is no visitor: "a Syrian shell landed in Turkey".
    if (h.trig->type->id == "visit" && h.tfirst > first &&
        is_one_of(toks[h.tfirst - 1].lower, "shell", "shells", "missile", "missiles", "rocket",
                  "rockets", "drone", "drones", "bomb", "bombs", "salvo", "mortar", "mortars",
                  "debris", "projectile", "projectiles"))
      continue;
    // A blow, not words: "a missile slammed into a residential street", "the shell blasted into
    // the roof".
    if (h.trig->type->id == "criticism" && h.tlast == h.tfirst + 1 && h.tlast < last &&
        is_one_of(toks[h.tfirst].lower, "slammed", "blasted") &&
        is_one_of(toks[h.tlast].lower, "into", "through", "onto"))
      continue;
    // Nor a refusal denied: "Beijing has not refused permission for the warship to visit".
    if (h.trig->type->id == "rejection" && h.tfirst > first &&
        is_one_of(toks[h.tfirst].lower, "refused", "refuses", "withheld", "withholds", "denied",
                  "denies") &&
        is_one_of(toks[h.tfirst - 1].lower, "not", "never", "n't"))
      continue;
    // A refusal not made: "refused on Monday to rule out a boycott", "did not rule out a veto".
    if (h.trig->type->id == "rejection" && h.tfirst + 1 < h.tlast &&
        starts_with(toks[h.tfirst].lower, "rul") && toks[h.tfirst + 1].lower == "out" &&
        rule_out_left_open(h.tfirst))
      continue;
    // Nor what a text would bring about: "pressed for a deal that would free some of the
    // hostages", "a resolution which would impose sanctions" (no one is said to do it yet).
    if (h.tfirst >= first + 3 &&
        is_one_of(toks[h.tfirst - 1].lower, "would", "will", "could", "might", "should") &&
        is_one_of(toks[h.tfirst - 2].lower, "that", "which") &&
        is_one_of(toks[h.tfirst - 3].lower, "deal", "agreement", "accord", "plan", "proposal",
                  "resolution", "law", "bill", "measure", "treaty", "arrangement", "framework",
                  "package", "text", "draft", "ceasefire", "truce", "initiative", "roadmap"))
      continue;
    // "freed five detained Americans", "the jailed journalists": a participle before its noun
    // describes the captives; it is no arrest of its own (and leaves the words to a release).
    if (is_one_of(h.trig->type->id, "arrest", "coercion") && h.tfirst > first &&
        is_one_of(toks[h.tfirst].lower, "detained", "jailed", "imprisoned", "arrested") &&
        (is_one_of(toks[h.tfirst - 1].lower, "the", "its", "their", "his", "her", "two", "three",
                   "four", "five", "six", "seven", "eight", "nine", "ten", "several", "other") ||
         toks[h.tfirst - 1].kind == TokenKind::kNumber))
      continue;
    // "The airliner was shot down by a Soviet fighter" (not "the bid was shot down by France"):
    // what is shot down is an aircraft, named before the verb.
    if (h.trig->type->id == "assault" && h.tfirst + 2 < h.tlast &&
        toks[h.tfirst + 1].lower == "down" && toks[h.tfirst + 2].lower == "by" &&
        std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(first),
                     toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst), [](const Token& t) {
                       return is_one_of(t.lower, "plane", "planes", "jet", "jets", "aircraft",
                                        "airliner", "airliners", "drone", "drones", "helicopter",
                                        "helicopters", "fighter", "fighters", "bomber", "bombers",
                                        "flight", "warplane", "warplanes", "airplane", "balloon",
                                        "missile", "missiles", "rocket", "uav", "chopper",
                                        "boeing");
                     }))
      continue;
    // "Two Turkish jets were struck by Syrian missiles": aircraft in the passive are attacked,
    // not attacking; "Kenyan police units raided a mosque": a police raid is no attack.
    if (h.trig->type->id == "assault" &&
        (std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                     toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                     [](const Token& t) {
                       return is_one_of(t.lower, "were", "was", "are", "is", "been", "being");
                     }) ||
         (h.tfirst > first && toks[h.tfirst].lower == "units" &&
          is_one_of(toks[h.tfirst - 1].lower, "police", "riot"))))
      continue;
    // "called on Turkey in a televised address to open its borders", "had called on Mr Yeltsin
    // in a telegram on Monday to withdraw the army": called on someone to do something, the
    // words are an appeal's, not a courtesy call's (not "called on NATO headquarters in
    // Brussels on Wednesday", "called on Wang Yi in Beijing to discuss trade").
    if (h.trig->type->id == "meeting" && h.tfirst + 2 < h.tlast &&
        starts_with(toks[h.tfirst].lower, "call") && toks[h.tfirst + 1].lower == "on" &&
        std::any_of(
            s.actors.begin(), s.actors.end(),
            [&](const ActorMention& m) {
              return (m.first_token == h.tfirst + 2 ||
                      (m.first_token == h.tfirst + 3 && is_honorific(toks[h.tfirst + 2].lower))) &&
                     !m.place && m.how != MentionHow::kDemonym;
            }) &&
        [&] {
          for (size_t i = h.tlast; i + 1 < last; ++i) {
            if (is_one_of(toks[i].lower, ";", "and", "but")) return false;
            if (toks[i].lower == "to" && toks[i + 1].kind == TokenKind::kWord &&
                !toks[i + 1].capitalized)
              return !is_one_of(toks[i + 1].lower, "the", "a", "an", "his", "her", "their", "its",
                                "discuss", "talk", "brief", "deliver", "present", "convey", "pay",
                                "hand", "review", "explain", "bid", "say");
          }
          return false;
        }())
      continue;
    // A passive whose verb alone says too little: "its crew was held by the Chinese military"
    // is an arrest when people are held (not "talks held by the EU"); "two gunboats were seized
    // by Russian coast guard ships", "imports of crude were banned by Canada", "reports ... were
    // dismissed by New Delhi as absurd": what was acted on is named before the verb.
    struct PassiveNeed {
      std::string_view type;
      std::initializer_list<std::string_view> verbs, nouns;
    };
    static const PassiveNeed kPassiveNeeds[] = {
        {"arrest", {"held"}, {"crew",      "sailors",    "hostages", "journalists", "citizens",
                              "nationals", "prisoners",  "soldiers", "detainees",   "activists",
                              "captives",  "passengers", "tourists", "fishermen",   "diplomats",
                              "men",       "women",      "workers",  "students",    "pilots",
                              "reporter",  "journalist", "citizen",  "national",    "businessman",
                              "engineer"}},
        {"coercion",
         {"seized"},
         {"ship", "ships", "vessel", "vessels", "boat", "boats", "gunboats", "tanker", "tankers",
          "tug", "trawler", "crew", "cargo", "aircraft"}},
        {"coercion",
         {"boarded"},
         {"ship", "ships", "vessel", "vessels", "boat", "boats", "tanker", "tankers", "trawler"}},
        {"sanction",
         {"banned"},
         {"imports", "exports", "flights", "goods", "products", "trade", "shipments", "sales"}},
        {"denial",
         {"dismissed"},
         {"reports", "report", "claims", "claim", "allegations", "allegation", "accusations",
          "accusation", "suggestions", "charges"}},
        {"release",
         {"released", "freed"},
         {"sailors", "marines", "soldiers", "prisoners", "hostages", "detainees", "captives",
          "crew", "journalists", "activists", "fishermen", "nationals", "citizens", "pilots"}},
        {"investigation",
         {"ordered", "launched", "opened"},
         {"inquiry", "investigation", "probe", "review"}},
    };
    // (Before the overlaps are settled: a hit dropped here leaves its words to another, "a
    // statement released by the White House".)
    bool needs_unmet = false;
    for (const auto& need : kPassiveNeeds) {
      if (h.trig->type->id != need.type ||
          std::find(need.verbs.begin(), need.verbs.end(), toks[h.tfirst].lower) ==
              need.verbs.end() ||
          toks[h.tlast - 1].lower != "by")
        continue;
      bool found = false;
      // (The subject, not a noun inside a phrase: "the meeting with journalists was held by",
      // "cocaine aboard the ship was seized by".)
      for (size_t i = h.tfirst; i > first && h.tfirst - i < 14 && !found; --i) {
        size_t p = i - 1;
        found =
            std::find(need.nouns.begin(), need.nouns.end(), toks[p].lower) != need.nouns.end() &&
            std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(p > first + 2 ? p - 2 : first),
                         toks.begin() + static_cast<std::ptrdiff_t>(p), [](const Token& t) {
                           return is_one_of(t.lower, "with", "for", "to", "of", "aboard", "on",
                                            "from", "at", "about");
                         });
      }
      needs_unmet = !found;
    }
    if (needs_unmet) continue;
    // An act called for is the request's words, not an act: "called (yesterday) for the
    // immediate withdrawal of all foreign troops", "called for a ceasefire and the release of",
    // "demanded the immediate and unconditional withdrawal of" (the appeal takes them).
    if (!h.trig->type->speech && h.tfirst > first + 2 &&
        is_one_of(h.trig->type->id, "military-withdrawal", "release", "evacuation")) {
      size_t i = h.tfirst;
      auto past_adjectives = [&] {
        while (i > first + 1 &&
               (kMannerOfAct.contains(toks[i - 1].lower) ||
                is_one_of(toks[i - 1].lower, "and", "the", "a", "an", "their", "its")))
          --i;
      };
      past_adjectives();
      // (Past a noun phrase joined before it: "for an immediate ceasefire and the release".)
      if (i > first + 1 && toks[i - 1].lower != "for" &&
          std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(i),
                      toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                      [](const Token& x) { return x.lower == "and"; }))
        for (size_t k = i, n = 0; k > first + 1 && n < 6; --k, ++n) {
          if (is_one_of(toks[k - 1].lower, ",", ";", ".", "but", "which", "who", "that")) break;
          if (toks[k - 1].lower == "for") {
            i = k;
            break;
          }
        }
      bool asked = false;
      if (toks[i - 1].lower == "for") {
        size_t v = i - 1;
        for (const auto& t : s.times)  // ("called late on Monday for")
          if (t.last_token == v && t.first_token > first) {
            v = t.first_token;
            for (int n = 0; n < 2 && v > first + 1 &&
                            is_one_of(toks[v - 1].lower, "on", "late", "early", "last");
                 ++n)
              --v;
          }
        asked = v > first &&
                is_one_of(toks[v - 1].lower, "call", "calls", "called", "calling", "appeal",
                          "appeals", "appealed", "appealing", "press", "pressed", "pressing");
      } else {
        asked = is_one_of(toks[i - 1].lower, "demanded", "demands", "demand", "demanding", "urged",
                          "urges", "urging", "sought", "seeks");
      }
      if (asked) continue;
    }
    // What is denied did not happen: "denied sending weapons to Russia", "denied that it had
    // sent weapons", "denies having shelled the town" (the denial is the act); nor is an appeal
    // or demand that was rejected the rejecter's ("rejected calls for a ceasefire").
    // (A refusal told of in a denied report is none either: "denied reports that it had refused
    // permission for a flight to land".)
    if (!is_one_of(h.trig->type->id, "denial", "statement")) {
      const bool refusal = h.trig->type->id == "rejection";
      bool denied = false;
      // ("denied on Thursday that its troops had attacked Djibouti": five words back, past a
      // time between.)
      for (size_t i = h.tfirst, n = 0; i > first && n <= 5 && !denied && !refusal; --i) {
        if (!in_time(s, i - 1)) ++n;
        std::string_view w = toks[i - 1].lower;
        if (is_one_of(w, ",", ";", "and", "but", "which", "who", "after", "before", "while", "as",
                      "when", "because"))
          break;
        denied = is_one_of(w, "denied", "denies", "deny", "denying") ||
                 (h.tfirst - i <= 1 && is_one_of(h.trig->type->id, "appeal", "demand") &&
                  is_one_of(w, "rejected", "rejects", "reject", "rejecting", "dismissed",
                            "dismisses", "rebuffed", "ignored", "spurned", "resisted"));
      }
      // ("denied US media reports that it had refused permission for a flight to land",
      // "dismissed claims that Turkey had closed the border", "denied a report by local media
      // that its troops had crossed": what the reports say.)
      for (size_t i = h.tfirst; i > first + 1 && h.tfirst - i <= 8 && !denied; --i) {
        std::string_view w = toks[i - 1].lower;
        if (is_one_of(w, ",", ";", "but", "which", "who")) break;
        if (w != "that") continue;
        size_t noun = 0;  // the claim noun, up to a "by" or "from" phrase before "that"
        for (size_t k = i - 1; k > first && i - 1 - k < 5 && !noun; --k)
          if (is_claim_noun(toks[k - 1].lower))
            noun = k;
          else if (toks[k - 1].kind == TokenKind::kPunct)
            break;
        // (Past a time: "rejected on Tuesday an Afghan claim that its jets had bombed Khost".)
        for (size_t k = noun ? noun - 1 : first, n = 0; k > first && n < 4 && !denied; --k) {
          if (!in_time(s, k - 1)) ++n;
          denied = is_one_of(toks[k - 1].lower, "denied", "denies", "deny", "denying", "dismissed",
                             "dismisses", "rejected", "rejects", "refuted", "refutes");
        }
        break;
      }
      // ("gave Vientiane six days to withdraw its soldiers": the deadline's demand, not the act.)
      if (!denied && !refusal && h.tfirst > first + 2 && toks[h.tfirst - 1].lower == "to" &&
          !is_one_of(h.trig->type->id, "demand", "appeal"))
        denied = deadline_given(toks, first, h.tfirst - 1);
      if (denied) continue;
    }
    // ("Officials of India and Pakistan met": the officials met, not the states.)
    if (h.trig->type->id == "meeting" && h.tfirst > first + 1 && toks[h.tfirst - 1].lower == "of" &&
        std::any_of(s.actors.begin(), s.actors.end(),
                    [&](const ActorMention& m) { return m.first_token == h.tfirst; }))
      continue;
    // ("ordered the ambassador not to leave the country": kept in, not sent out.)
    if (h.trig->type->id == "expulsion" && h.tlast >= h.tfirst + 3 &&
        toks[h.tlast - 1].lower == "leave" && toks[h.tlast - 3].lower == "not")
      continue;
    // ("will send doctors and two cargo planes of food and medicines to Kinshasa": planes that
    // carry relief are aid, not a build-up.)
    if (h.trig->type->id == "military-buildup" && h.tlast < last &&
        is_one_of(toks[h.tlast - 1].lower, "planes", "aircraft", "ships", "flights") &&
        is_one_of(toks[h.tlast].lower, "of", "carrying", "with", "loaded", "laden") &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    toks.begin() + static_cast<std::ptrdiff_t>(std::min(last, h.tlast + 8)),
                    [](const Token& x) {
                      return is_one_of(x.lower, "food", "medicines", "medicine", "aid", "relief",
                                       "tents", "blankets", "water", "vaccines", "supplies");
                    }))
      continue;
    // ("said Belgian aid to Congo would not be suspended", "US aid to Egypt was cut": aid named
    // as what is stopped, or kept from being stopped, is not given here.)
    if (h.trig->type->id == "aid" && is_one_of(toks[h.tfirst].lower, "aid", "assistance")) {
      bool stopped = false;
      for (size_t i = h.tlast; i < last && i < h.tlast + 5 && !stopped; ++i)
        stopped =
            is_one_of(toks[i].lower, "suspended", "cut", "frozen", "halted", "stopped", "withheld",
                      "reduced", "slashed", "cancelled", "canceled", "blocked", "terminated",
                      "ended", "rose", "fell", "increased", "amounted", "totalled", "totaled");
      if (stopped) continue;
    }
    // ("will send a team of engineers and 200 soldiers to Syria": troops sent are no aid.)
    // (Not arms sold or given: "approved the sale of F-16 jets to Turkey".)
    if (h.trig->type->id == "aid" &&
        is_one_of(toks[h.tfirst].lower, "send", "sends", "sent", "sending", "dispatch",
                  "dispatches", "dispatched", "deploy", "deploys", "deployed") &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast), [](const Token& x) {
                      return is_one_of(x.lower, "soldiers", "troops", "jets", "warplanes", "tanks",
                                       "marines", "forces", "paratroopers", "fighter", "warships");
                    }))
      continue;
    // (One side agreeing, with no other named as agreeing with it, has reached no agreement:
    // "Iran agreed that the talks had been useful", "Hanoi agreed to release the crew"; "the two
    // men agreed that", a pair in one mention, and "Menem and Aylwin agreed to" have. Left to
    // other triggers: "Armenia agreed to sign the peace treaty with Azerbaijan".)
    if (h.trig->type->id == "agreement") {
      const ActorMention* lead = nullptr;
      for (const auto& m : s.actors)
        if (m.first_token == h.tfirst) lead = &m;
      // (Nor the second of two named, the first a name the lexicon does not know: "Menem and
      // former Chilean President Patricio Aylwin agreed".)
      bool second = false;  // (a description may stand between: "and former Chilean President")
      for (size_t k = h.tfirst; k-- > first && h.tfirst - k <= 6 && !second;) {
        if (is_one_of(toks[k].lower, ",", ";", ".", "said", "says", "told", "that", "announced"))
          break;
        second = toks[k].lower == "and";
      }
      if (lead && !lead->also && lead->last_token < h.tlast && !second) {
        size_t v = lead->last_token;
        while (v < h.tlast && (toks[v].lower.ends_with("ly") ||
                               is_one_of(toks[v].lower, "also", "have", "had", "then", "later",
                                         "both", "quickly", "eventually")))
          ++v;
        if (v < h.tlast && is_one_of(toks[v].lower, "agreed", "agree")) continue;
      }
    }
    // ("called Bayramov yesterday and condemned the attack": the call ends before the act that
    // follows it, an event of its own.)
    Hit hit = h;
    // (So does an agreement before what was agreed: "agreed that Blinken would travel to China"
    // leaves the visit its words.)
    if (h.trig->type->id == "agreement")
      for (size_t i = h.tfirst + 2; i + 1 < h.tlast; ++i)
        if (is_one_of(toks[i].lower, "would", "will", "should", "must") &&
            std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                        toks.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const Token& x) { return x.lower == "that"; })) {
          hit.tlast = i + 1;
          break;
        }
    if (h.trig->type->id == "phone-call" && h.tlast >= h.tfirst + 4 &&
        is_one_of(toks[h.tlast - 2].lower, "and", "to") &&
        !is_one_of(toks[h.tlast - 1].lower, "discuss", "discussed"))
      hit.tlast -= 2;
    // ("vowed on Monday that Canada would not back down", "repeated that Venezuela does not
    // recognise the court": what is said begins at the "that".)
    if (h.trig->type->id == "statement" && h.tlast >= h.tfirst + 2 &&
        toks[h.tlast - 1].lower == "that" &&
        is_one_of(toks[h.tfirst].lower, "vowed", "vows", "swore", "swears", "reaffirmed",
                  "reaffirms", "reiterated", "reiterates", "repeated", "repeats", "stressed",
                  "stresses", "emphasised", "emphasized", "emphasises", "emphasizes", "underlined",
                  "underlines", "underscored", "underscores"))
      hit.tlast = h.tlast - 1;
    // ("suspended the treaty that the two countries signed in October 2002": the deal's noun
    // ends one act and opens the signing of it, an event of its own.)
    if (h.trig->type->id == "agreement" && h.tlast > h.tfirst + 2)
      for (const Hit& c : chosen)
        if (c.tlast == h.tfirst + 1 && c.trig->type->id != "agreement") hit.tfirst = h.tfirst + 1;
    // ("Chinese troops were moved back from the face-off site": a withdrawal, no buildup; not
    // "moved back to the Kuwaiti border".)
    if (h.trig->type->id == "military-buildup" && toks[h.tlast - 1].lower == "moved" &&
        h.tlast + 1 < last && toks[h.tlast].lower == "back" && toks[h.tlast + 1].lower == "from")
      continue;
    // ("Putin and Obama exchanged views on Syria in a phone call": a call, or letters or
    // embassies between them, is no meeting.)
    if (h.trig->type->id == "meeting" && h.tlast > h.tfirst + 1 &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    [](const Token& x) { return x.lower == "views"; }) &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    toks.begin() + static_cast<std::ptrdiff_t>(last), [](const Token& x) {
                      return is_one_of(x.lower, "phone", "telephone", "call", "conversation",
                                       "letters", "letter", "messages", "embassies", "video",
                                       "videoconference", "cables");
                    }))
      continue;
    bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Hit& c) {
      return hit.tfirst < c.tlast && c.tfirst < hit.tlast;
    });
    if (!overlaps) chosen.push_back(hit);
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Hit& a, const Hit& b) { return a.tfirst < b.tfirst; });

  // The sentence's dependency parse, for who did what: made once, for sentences with a trigger.
  std::vector<SyntaxWord> words;
  Parse parse;
  if (impl_->syntax && !chosen.empty()) {
    words = syntax_words(s.text, toks, s.sentence);
    parse = impl_->syntax->parse(words);
  }
  // The word of the parse a token begins, -1 if none.
  auto word_of = [&](size_t tok) -> int {
    for (size_t w = 0; w < words.size(); ++w)
      if (words[w].token == tok) return static_cast<int>(w);
    return -1;
  };
  // The actor mention a word belongs to, or one among its modifiers ("the British government":
  // the subject is "government", the actor "British").
  auto mention_of_word = [&](int w) -> const ActorMention* {
    if (w < 0) return nullptr;
    auto in = [&](int x) -> const ActorMention* {
      size_t t = words[static_cast<size_t>(x)].token;
      for (const auto& m : s.actors)
        if (t >= m.first_token && t < m.last_token) return &m;
      return nullptr;
    };
    if (const ActorMention* m = in(w)) return m;
    // A name the lexicon does not know ("Iraq's Saddam") is not the country that modifies it;
    // a common noun ("government", "official", "troops") stands for its modifier.
    bool common = parse.upos[static_cast<size_t>(w)] == Upos::kNoun;
    for (int d : parse.dependents(w)) {
      DepRel r = parse.rel[static_cast<size_t>(d)];
      bool part = r == DepRel::kCompound || r == DepRel::kFlat;
      bool modifier = r == DepRel::kAmod || r == DepRel::kNmodPoss || universal(r) == DepRel::kNmod;
      if (part || (common && modifier))
        if (const ActorMention* m = in(d)) return m;
    }
    return nullptr;
  };

  thread_local std::vector<Segment> segs;  // refilled, not allocated, from sentence to sentence
  segments_of(s, segs);
  if (segs.empty()) return out;
  auto seg_of = [&](size_t tok) -> size_t {
    for (size_t k = 0; k < segs.size(); ++k)
      if (tok >= segs[k].first && tok < segs[k].last) return k;
    return segs.empty() ? 0 : segs.size() - 1;
  };
  // "a Japanese nationalist group", "Pakistani students": people of a state, not the state.
  auto people_of_state = [&](const ActorMention& m) {
    static const detail::WordSet kPeople = {
        "group",    "groups",       "activists",   "protesters", "protestors",  "demonstrators",
        "students", "nationalists", "nationalist", "people",     "citizens",    "nationals",
        "tourists", "journalists",  "reporters",   "media",      "newspaper",   "newspapers",
        "company",  "companies",    "firm",        "firms",      "businesses",  "fishermen",
        "workers",  "families",     "civilians",   "residents",  "analysts",    "experts",
        "scholars", "opposition",   "voters",      "fans",       "pilgrims",    "migrants",
        "refugees", "hostages",     "prisoners",   "lawmakers",  "businessmen", "exiles",
        "youths"};
    if (m.how != MentionHow::kDemonym) return false;
    // "a former French diplomat": someone who no longer acts for the state.
    if (m.first_token > first &&
        is_one_of(toks[m.first_token - 1].lower, "former", "retired", "ex-", "onetime"))
      return true;
    for (size_t i = m.last_token; i < last && i < m.last_token + 2; ++i)
      if (kPeople.contains(toks[i].lower)) return true;
    return false;
  };
  // "rallied outside the Russian Embassy": where something happened, not who did it.
  auto outside = [&](const ActorMention& m) {
    size_t i = m.first_token;
    if (i > first && toks[i - 1].lower == "the") --i;
    return i > first && is_one_of(toks[i - 1].lower, "outside", "inside");
  };
  auto actor_ok = [&](const ActorMention& m) {
    return !m.place && !(*s.in_quote)[m.first_token] && !people_of_state(m) && !outside(m);
  };
  // The person a body's mention leads into: "UN Secretary-General Antonio Guterres", "European
  // Council President Charles Michel" (the title words between them are capitalized).
  // (`any_title`: also after a title in lowercase, "State Department spokesman Ned Price".)
  auto person_after = [&](const ActorMention& m, bool any_title = false) -> const ActorMention* {
    if (m.actor->kind == ActorKind::kPerson) return nullptr;
    for (const auto& p : s.actors) {
      if (p.actor->kind != ActorKind::kPerson || p.first_token < m.last_token ||
          p.first_token > m.last_token + 5)
        continue;
      // (A title's small words too: "South Korean Ambassador to China Kim Jang-soo".)
      // (Four or five words apart, only with such a small word: "Ambassador to China".)
      bool titles = true, small_word = false;
      for (size_t i = m.last_token; i < p.first_token; ++i) {
        bool small = i > m.last_token && is_one_of(toks[i].lower, "to", "of");
        small_word = small_word || small;
        titles = titles && (any_title || toks[i].capitalized || small);
      }
      // (Not a name right after the small word: "Egypt's Ministry of Civil Aviation".)
      if (!any_title && p.first_token > m.last_token &&
          is_one_of(toks[p.first_token - 1].lower, "to", "of"))
        continue;
      if (!any_title && p.first_token > m.last_token + 3) titles = titles && small_word;
      if (titles) return &p;
    }
    return nullptr;
  };
  bool has_speech_before = false;
  std::vector<std::pair<size_t, const LexActor*>> speakers;  // (end of the verb, who spoke)

  for (const auto& h : chosen) {
    const EventType* type = h.trig->type;
    size_t k = seg_of(h.tfirst);
    // "At Ankara's request, NATO's North Atlantic Council held an extraordinary meeting on
    // Tuesday": the request reaches into the clause it opens, whom it was made to and when.
    Segment opener = segs[k];
    const bool at_request = type->id == "appeal" && toks[h.tfirst].lower == "at" &&
                            h.tlast < last && toks[h.tlast - 1].lower == "request" &&
                            toks[h.tlast].lower == "," && k + 1 < segs.size();
    if (at_request) opener.last = segs[k + 1].last;
    const Segment& seg = opener;
    // "was willing to hold talks with India", "ready to sit for talks with", "ready to fly to
    // Rangoon": talks or a trip offered are an intent to meet (told by its own patterns), not a
    // meeting or a visit. (Not "Geneva is ready for the talks between ...", a meeting planned.)
    if (is_one_of(type->id, "meeting", "negotiation", "consultation", "visit")) {
      bool offered = false;
      for (size_t i = h.tfirst; i > seg.first && h.tfirst - i < 5 && !offered; --i)
        offered =
            is_one_of(toks[i - 1].lower, "ready", "willing", "prepared") && toks[i].lower == "to";
      if (offered) continue;
    }
    EventMention ev;
    ev.type = type;
    ev.trigger_begin = toks[h.tfirst].begin;
    ev.trigger_end = toks[h.tlast - 1].end;
    ev.sentence_begin = s.sentence.begin;
    ev.sentence_end = s.sentence.end;

    // Negated triggers are not events ("did not meet").
    bool negated = false;
    // ... but an act ruled out is one, denied: "Sweden will not close its embassy", "ruled out
    // expelling the ambassador" (the actor says it will not happen).
    bool ruled_out = false;
    // (Only right before the act: not "would not hesitate to expel", "would not rule out
    // imposing", "will not only impose".)
    for (size_t i = h.tfirst; i > seg.first && h.tfirst - i < 3; --i) {
      std::string_view w = toks[i - 1].lower;
      if (is_one_of(w, "not", "never", "n't", "didn't", "won't", "hasn't", "haven't", "wouldn't",
                    "no", "cannot", "can't", "couldn't")) {
        negated = true;
        std::string_view before = i > seg.first + 1 ? toks[i - 2].lower : std::string_view();
        // ("India cannot sign the treaty": ruled out too.)
        ruled_out = i == h.tfirst &&
                    (w == "won't" || w == "wouldn't" || w == "cannot" || w == "can't" ||
                     (is_one_of(w, "not", "never") && is_one_of(before, "will", "would", "shall")));
      }
    }
    // ... or inside the trigger's own words: "Indian troops did not move onto the plateau",
    // "Negotiations never broke down" (a trigger that spans its subject).
    // (Not a speech act's words: "warning that Serbia \"will not sit idly by\"".)
    for (size_t i = h.tfirst + 1; i + 1 < h.tlast && !negated && !type->speech; ++i)
      // ("Turkey would hold no talks with the rebels")
      // (Not a name, "members of the No Bases Initiative protested", nor a number, "expelled no
      // fewer than 23 diplomats".)
      if (is_one_of(toks[i].lower, "not", "never", "n't", "didn't", "hasn't", "haven't", "no") &&
          !(toks[i].lower == "no" &&
            (toks[i].capitalized ||
             is_one_of(toks[i + 1].lower, "fewer", "less", "more", "later", "sooner", "doubt"))) &&
          toks[i + 1].lower != "to") {  // ("ordered Italy's ambassador not to leave": done)
        negated = true;
        ruled_out = is_one_of(toks[i - 1].lower, "will", "would", "shall");
      }
    // ... or a measure's own first words: "no intention of taking reciprocal measures",
    // "ruled out suspending aid" (not "ruled out territorial concessions", a rejection).
    if (type->id == "sanction" && h.tfirst + 2 < h.tlast &&
        ((toks[h.tfirst].lower == "no" &&
          is_one_of(toks[h.tfirst + 1].lower, "plans", "plan", "intention", "intentions")) ||
         (is_one_of(toks[h.tfirst].lower, "ruled", "rules", "ruling") &&
          toks[h.tfirst + 1].lower == "out" &&
          // (Not "has not yet ruled out", "hasn't ruled out".)
          std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(
                                          h.tfirst > seg.first + 3 ? h.tfirst - 3 : seg.first),
                       toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst), [](const Token& x) {
                         return is_one_of(x.lower, "not", "never", "n't", "hasn't", "haven't",
                                          "didn't", "won't");
                       }))))
      negated = ruled_out = true;
    // "Latvia had no plans to close its border", "has no intention of recalling", "there was
    // no question of recalling", "had no plans for further expulsions": ruled out.
    bool out_by_phrase = false;  // (by "no plans" or "ruled out", not by "will not")
    {
      size_t at = h.tfirst;
      if (at > seg.first + 3 &&
          is_one_of(toks[at - 1].lower, "further", "more", "new", "any", "a", "an", "the"))
        --at;
      if (at >= seg.first + 3 && toks[at - 3].lower == "no" &&
          is_one_of(toks[at - 2].lower, "plans", "plan", "intention", "intentions", "question") &&
          is_one_of(toks[at - 1].lower, "to", "of", "for"))
        ruled_out = out_by_phrase = true;
      // "Argentina does not plan to respond by expelling Colombian diplomats", "does not intend
      // to close its embassy": ruled out too.
      at = h.tfirst;
      if (at >= seg.first + 3 && toks[at - 1].lower == "by" &&
          is_one_of(toks[at - 2].lower, "respond", "retaliate", "react", "reply"))
        at -= 2;
      // ("doesn't intend to", "is not planning to", "does not currently intend to")
      if (at >= seg.first + 3 && toks[at - 1].lower == "to" &&
          is_one_of(toks[at - 2].lower, "plan", "intend", "planning", "intending")) {
        size_t neg = at - 3;
        if (neg > seg.first &&
            is_one_of(toks[neg].lower, "currently", "presently", "now", "yet", "immediately"))
          --neg;
        if (is_one_of(toks[neg].lower, "not", "n't", "never", "doesn't", "isn't", "don't",
                      "aren't"))
          ruled_out = out_by_phrase = true;
      }
      // ("would not retaliate by asking the Soviet Ambassador in Washington to leave")
      if (at + 2 == h.tfirst && at >= seg.first + 2 &&
          is_one_of(toks[at - 1].lower, "not", "never") &&
          is_one_of(toks[at - 2].lower, "will", "would", "shall"))
        ruled_out = true;
    }
    // ("ruled out any meeting with", "rules out a visit", "ruled out resuming talks with": a
    // determiner or a gerund may come between.)
    size_t out_at = h.tfirst;
    if (out_at > seg.first + 3 && is_one_of(toks[out_at - 1].lower, "any", "a", "an", "the"))
      --out_at;
    if (out_at > seg.first + 3 && toks[out_at - 1].lower.size() > 5 &&
        ends_with(toks[out_at - 1].lower, "ing"))
      --out_at;
    // (A rule-out not done leaves the act open: "did not rule out a boycott", "refused to rule
    // out expelling the envoy" -- no event.)
    if (out_at > seg.first + 2 && toks[out_at - 1].lower == "out" &&
        is_one_of(toks[out_at - 2].lower, "ruled", "rules", "ruling", "rule")) {
      if (rule_out_left_open(out_at - 2)) continue;
      ruled_out = out_by_phrase = true;
    }
    // A rejection done by an act rather than words ("blocked the resolution", "boycotted the
    // summit", "pulled out of the treaty") is negated, asked for and threatened as acts are.
    static const detail::WordSet kRejectingActs = {
        "block",     "blocks",     "blocked",     "blocking",   "boycott",  "boycotts",
        "boycotted", "boycotting", "walk",        "walks",      "walked",   "walking",
        "pull",      "pulls",      "pulled",      "pulling",    "withdraw", "withdraws",
        "withdrew",  "withdrawn",  "withdrawing", "quit",       "quits",    "quitting",
        "abandon",   "abandons",   "abandoned",   "abandoning", "renounce", "renounces",
        "renounced", "renouncing", "scrap",       "scraps",     "scrapped", "scrapping",
        "revoke",    "revokes",    "revoked",     "revoking",   "tear",     "tears",
        "tore",      "torn",       "tearing",     "veto",       "vetoes",   "vetoed",
        "vetoing"};
    // So is a case brought to court ("filed a case against Israel").
    static const detail::WordSet kFilingActs = {
        "file",   "files",    "filed",    "filing",    "bring", "brings", "brought", "bringing",
        "launch", "launches", "launched", "launching", "lodge", "lodges", "lodged",  "lodging"};
    const bool act = !type->speech ||
                     (type->id == "rejection" && kRejectingActs.contains(toks[h.tfirst].lower)) ||
                     (type->id == "accusation" && kFilingActs.contains(toks[h.tfirst].lower));
    // "refused to take the dispute to the Security Council", "declined to condemn Russia",
    // "refused to send a message of thanks": refused, as ruled out (not a refusal's own words,
    // "refused to accept the ruling", a rejection).
    if (type->id != "rejection" && h.tfirst >= seg.first + 2 && toks[h.tfirst - 1].lower == "to" &&
        is_one_of(toks[h.tfirst - 2].lower, "refused", "refuses", "refusing", "refuse", "declined",
                  "declines", "declining"))
      negated = ruled_out = true;
    // A speech act is negated only as a plain statement ("has not said whether"): "did not
    // deny" and the like are still reported.
    if (negated && !ruled_out && (act || type->id == "statement")) continue;
    // ("does not recognise Kosovo", "has not welcomed the declaration", "had never condemned",
    // "did not hold the Israeli Government responsible")
    if (negated && !ruled_out && is_one_of(type->id, "support", "criticism", "accusation"))
      continue;
    // ("refused to cut ties with Venezuela", "threatened to cut ties": not done.)
    if (type->id == "expulsion" && h.tfirst > first && toks[h.tfirst - 1].lower == "to" &&
        is_one_of(toks[h.tfirst].lower, "cut", "sever", "break"))
      continue;
    if (ruled_out && type->speech) continue;  // ("will not accuse"; "ruled out talks": stated)
    // "Pakistan's core demand that Kabul act", "the demand that": a noun, not a demand made.
    if (type->id == "demand" && toks[h.tfirst].lower == "demand" && h.tfirst > first &&
        (ends_with(toks[h.tfirst - 1].lower, "'s") ||
         is_one_of(toks[h.tfirst - 1].lower, "the", "a", "its", "his", "her", "their", "our",
                   "core", "key", "main", "chief", "central", "longstanding", "long-standing",
                   "principal", "this", "that")))
      continue;
    static const detail::WordSet kRequests = {
        "urged", "urge", "urges", "urging", "asked", "asks", "ask", "asking", "called", "calls",
        "call", "calling", "pressed", "presses", "press", "pressing", "demanded", "demand",
        "demands", "demanding", "appealed", "appeals", "pleaded", "implored", "encouraged",
        "encourages",
        // ("turned down a Soviet request to send experts")
        "request", "requests", "requested", "requesting"};
    // A word of request within eight words before the "to" at token `to`.
    // (A name's acronym in brackets is not counted: "asked the International Civil Aviation
    // Organization (ICAO) to investigate".)
    auto requested_before = [&](size_t to) {
      size_t skipped = 0;
      size_t lo = seg.first;
      if (lo > first && toks[lo - 1].lower == ")")
        for (size_t p = lo - 1; p-- > first;)
          if (toks[p].lower == "(") {
            if (p > first) lo = std::min(lo, segs[seg_of(p - 1)].first);
            break;
          }
      for (size_t j = to; j-- > lo && to - j <= 8 + skipped;) {
        if (toks[j].lower == ")" && j >= lo + 2 && toks[j - 2].lower == "(") {
          j -= 2;
          skipped += 3;
          continue;
        }
        if (kRequests.contains(toks[j].lower)) return true;
      }
      return false;
    };
    // "vetoed a plan to refer the dispute to the OAS", "blocked a bid to expel Russia", "dropped
    // a plan to impose sanctions": what a plan turned down would have done is not done.
    if (h.tfirst >= seg.first + 4 && toks[h.tfirst - 1].lower == "to" &&
        is_one_of(toks[h.tfirst - 2].lower, "plan", "proposal", "draft", "bid", "attempt", "motion",
                  "move", "resolution", "initiative", "request") &&
        [&] {
          for (size_t j = h.tfirst - 2; j-- > seg.first && h.tfirst - 2 - j <= 4;)
            if (is_one_of(toks[j].lower, "vetoed", "vetoes", "veto", "vetoing", "rejected",
                          "rejects", "blocked", "blocks", "defeated", "thwarted", "opposed",
                          "opposes", "torpedoed", "scuttled", "dropped", "abandoned", "shelved"))
              return true;
          return false;
        }())
      continue;
    // "asked the IAEA to criticise Israel", "urged the EU to condemn Turkey": words asked for
    // in the infinitive of a request have not been said.
    if (!act && !is_one_of(type->id, "statement", "appeal") && h.tfirst > seg.first + 1 &&
        toks[h.tfirst - 1].lower == "to" && requested_before(h.tfirst - 1))
      continue;
    // "to press for the release of U.S. detainees", "demanded the withdrawal of": an act asked
    // for has not happened.
    if (act) {
      size_t i = h.tfirst;
      // ("called for the immediate withdrawal of all foreign troops": past its adjectives.)
      for (int n = 0; n < 2 && i > seg.first && kMannerOfAct.contains(toks[i - 1].lower); ++n) --i;
      if (i > seg.first && is_one_of(toks[i - 1].lower, "the", "a", "an", "their", "its")) --i;
      bool asked = i > seg.first &&
                   is_one_of(toks[i - 1].lower, "demand", "demands", "demanded", "demanding",
                             "seek", "seeks", "sought", "seeking", "urged", "urging");
      if (!asked && i > seg.first + 1 && toks[i - 1].lower == "for")
        asked =
            is_one_of(toks[i - 2].lower, "press", "pressed", "pressing", "call", "calls", "called",
                      "calling", "push", "pushed", "pushing", "appeal", "appealed", "appealing",
                      "ask", "asked", "asking", "lobby", "lobbied", "campaign", "campaigned");
      // "urged Moscow to withdraw its troops", "Argentina's call for Britain to resume
      // negotiations": an act in the infinitive of a request.
      // (Nor has an act threatened: "has threatened to impose a 26 per cent tariff".)
      static const detail::WordSet kThreats = {"threatened", "threatens", "threaten",
                                               "threatening"};
      if (!asked && i > seg.first && toks[i - 1].lower == "to")
        asked = requested_before(i - 1) ||
                (i >= seg.first + 2 && kThreats.contains(toks[i - 2].lower)) ||
                deadline_given(toks, seg.first, i - 1);
      // "Armenian units, which it accused of mining supply roads and firing on Azerbaijani
      // positions": what an accusation charges is no act the text tells as done.
      // ("accused Armenia of", "blamed Kyiv for"; not past a clause of its own: "accused Armenia
      // of provocations and began firing on")
      auto clause_break = [&](size_t j) {
        return is_one_of(toks[j].lower, ";", "but") ||
               (is_one_of(toks[j].lower, "and", ",") && j + 1 < last &&
                !ends_with(toks[j + 1].lower, "ing"));
      };
      if (ends_with(toks[h.tfirst].lower, "ing"))
        for (size_t j = h.tfirst; !asked && j-- > seg.first + 1 && h.tfirst - j <= 12;) {
          if (clause_break(j)) break;
          if (!is_one_of(toks[j].lower, "of", "for")) continue;
          for (size_t k = j; !asked && k-- > seg.first && j - k <= 5;)
            asked = is_one_of(toks[k].lower, "accused", "accusing", "accuses", "accuse",
                              "suspected", "suspects", "blamed", "blaming", "blames", "charged");
        }
      // "demanding that the government cut ties with Islamabad": an act in the clause of a
      // request, by its subject.
      // (Not past a clause of its own: "demanded that Israel withdraw and Israel withdrew".)
      for (size_t j = i; !asked && j-- > seg.first + 1 && i - j <= 6;) {
        if (is_one_of(toks[j].lower, "and", ";", "but")) break;
        asked = toks[j].lower == "that" && (kRequests.contains(toks[j - 1].lower) ||
                                            is_one_of(toks[j - 1].lower, "insisted", "insisting",
                                                      "proposed", "suggested", "recommended"));
      }
      if (asked) continue;
    }
    // "Bolivia took Chile to the International Court of Justice": a state taken before a court
    // or a body of states asks it to judge; not "took the minister to Beijing".
    if (type->id == "appeal" &&
        is_one_of(toks[h.tfirst].lower, "took", "take", "takes", "taking", "taken", "haul",
                  "hauled", "hauls", "hauling", "drag", "dragged", "drags", "dragging")) {
      const ActorMention* to = nullptr;
      for (const auto& m : s.actors)
        if (m.first_token >= h.tfirst && m.first_token < h.tlast) to = &m;
      if (!to || to->actor->kind != ActorKind::kOrganization || !to->actor->country.empty())
        continue;
    }
    // "Oman, which has long acted as a go-between": a standing role, not an event.
    if (!type->speech && h.tfirst >= first + 2 && toks[h.tfirst - 1].lower == "long" &&
        is_one_of(toks[h.tfirst - 2].lower, "has", "have", "had"))
      continue;
    // "warned that supplying weapons to Ukraine would be a very big mistake": an act named as
    // the subject of a judgement is supposed, not done.
    if (!type->speech && toks[h.tfirst].lower.ends_with("ing") && h.tfirst > first &&
        is_one_of(toks[h.tfirst - 1].lower, "that", ",")) {
      bool supposed = false;
      for (size_t i = h.tlast; i + 1 < last && i < h.tlast + 8 && !supposed; ++i)
        supposed = is_one_of(toks[i].lower, "would", "could", "will", "might") &&
                   toks[i + 1].lower == "be";
      if (supposed) continue;
    }
    // ("Belarus ordered opposition leader Svetlana Tikhanovskaya to leave the country": a person
    // ordered out is expelled as a diplomat only with an envoy's title.)
    if (type->id == "expulsion" && toks[h.tlast - 1].lower != "leave" &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    [](const Token& x) { return x.lower == "leave"; }) &&
        std::any_of(s.actors.begin(), s.actors.end(),
                    [&](const ActorMention& m) {
                      return m.actor->kind == ActorKind::kPerson && m.first_token > h.tfirst &&
                             m.last_token < h.tlast;
                    }) &&
        std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                     toks.begin() + static_cast<std::ptrdiff_t>(h.tlast), [](const Token& x) {
                       return is_envoy_word(x.lower) || x.lower.starts_with("diplomat") ||
                              x.lower.starts_with("attach") || x.lower == "head";
                     }))
      continue;
    // ("Ambassador Ellis O. Briggs has been called home": a person called home is an envoy
    // recalled only with an envoy's title.)
    // (Nor a place: "the liaison magistrate in Paris had been called home".)
    if (type->id == "ambassador-recall" &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.first_token == h.tfirst && m.last_token < h.tlast &&
                 is_one_of(toks[m.last_token].lower, "was", "were", "has", "have", "had") &&
                 (m.actor->kind != ActorKind::kPerson ||
                  std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(m.first_token),
                               toks.begin() + static_cast<std::ptrdiff_t>(m.last_token),
                               [](const Token& x) { return is_envoy_word(x.lower); }));
        }))
      continue;
    // ("American citizens will no longer be permitted to travel to Czechoslovakia", "were
    // barred from travelling to": a journey forbidden is no visit.)
    if (type->id == "visit" && h.tfirst >= first + 2 &&
        ((toks[h.tfirst - 1].lower == "to" &&
          is_one_of(toks[h.tfirst - 2].lower, "permitted", "allowed") &&
          std::any_of(
              toks.begin() +
                  static_cast<std::ptrdiff_t>(h.tfirst - std::min<size_t>(h.tfirst - first, 6)),
              toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst - 2),
              [](const Token& x) { return is_one_of(x.lower, "not", "longer", "never"); })) ||
         (toks[h.tfirst - 1].lower == "from" &&
          is_one_of(toks[h.tfirst - 2].lower, "barred", "banned", "forbidden", "prohibited"))))
      continue;
    // ("told the British Embassy that all of its staff must leave Khartoum for their own
    // safety": sent away from danger, not expelled.)
    if (type->id == "expulsion") {
      bool danger = false;
      for (size_t i = h.tlast; i < last && i < h.tlast + 10 && !danger; ++i)
        danger = toks[i].lower == "safety" ||
                 (toks[i].lower == "security" && i + 1 < last && toks[i + 1].lower == "reasons");
      if (danger) continue;
    }
    // "acted to expel a Japanese boat": boats are no diplomats.
    bool vessel = false;
    if (type->id == "expulsion")
      for (size_t i = h.tlast - 1; i < last && i < h.tlast + 2; ++i)
        if (is_one_of(toks[i].lower, "boat", "boats", "ship", "ships", "vessel", "vessels",
                      "trawler", "trawlers", "aircraft", "drone", "drones"))
          vessel = true;
    if (vessel) continue;
    // "more planes headed from the united states": a country written in lower case, not a verb.
    if (toks[h.tfirst].lower == "states" && h.tfirst > first &&
        toks[h.tfirst - 1].lower == "united")
      continue;
    // "soldiers from six CARICOM states who have been training": a noun; the verb "states"
    // reports what follows it ("the charter states that", "the note states:").
    if (type->id == "statement" && toks[h.tfirst].lower == "states" &&
        (h.tfirst + 1 >= last || (!is_quote(s.text, toks[h.tfirst + 1]) &&
                                  !is_one_of(toks[h.tfirst + 1].lower, "that", ":", "clearly"))))
      continue;
    // "a radar image that it said showed the aircraft's path", "the men whom police said were
    // spies": a "said" inside a relative clause vouches for a description, it reports nothing.
    if (type->id == "statement" && is_one_of(toks[h.tfirst].lower, "said", "says") &&
        h.tfirst + 1 < last &&
        is_one_of(toks[h.tfirst + 1].lower, "was", "were", "is", "are", "had", "has", "have",
                  "would", "could", "showed", "shows", "posed", "poses", "belonged", "carried",
                  "contained")) {
      bool relative = false;
      for (size_t i = h.tfirst; i > first + 1 && i + 4 > h.tfirst && !relative; --i)
        relative = is_one_of(toks[i - 1].lower, "that", "which", "who", "whom") &&
                   !is_one_of(toks[i - 2].lower, "said", "says", "told", "added", "announced",
                              "stated", "confirmed", "insisted", "claimed", "warned", "noted");
      if (relative) continue;
    }
    // "would stop supplying some bombs to Israel": aid stopped is no aid given.
    if (type->id == "aid" && h.tfirst > first &&
        is_one_of(toks[h.tfirst - 1].lower, "stop", "stops", "stopped", "halt", "halts", "halted",
                  "suspend", "suspends", "suspended", "cease", "ceased", "end", "ended"))
      continue;
    // "land claimed by Palestinians": a participle, not a claim made.
    if (toks[h.tfirst].lower == "claimed" && h.tlast < last && toks[h.tlast].lower == "by")
      continue;

    // "attended via video link the BRICS summit in Johannesburg": no one travelled.
    if (type->id == "visit" &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast), [](const Token& t) {
                      return is_one_of(t.lower, "video", "videolink", "virtually", "remotely",
                                       "online", "video-link", "videoconference");
                    }))
      continue;

    // Flights, borders and crossings shut for a cause of nature, health or business are no
    // measure against anyone: "suspended flights to Niamey because of a shortage of aircraft",
    // "closed its border with Niger because of a tropical storm", "shut its border to slow the
    // spread of the coronavirus".
    if (type->id == "sanction" && natural_cause(toks, h.tlast, seg.last)) continue;
    // Troops that move in under a truce or to bring relief neither attack nor build up: "moved
    // into the buffer zone under the terms of the ceasefire", "entered the zone as part of the
    // deal", "to deliver food aid".
    if ((type->id == "assault" || type->id == "military-buildup") &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    [](const Token& t) {
                      return is_one_of(t.lower, "moved", "move", "moves", "pushed", "advanced",
                                       "rolled", "poured", "marched", "entered", "enter", "enters");
                    }) &&
        under_truce(toks, seg.first, seg.last))
      continue;
    if (type->id == "military-buildup" &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    [](const Token& t) {
                      return is_one_of(t.lower, "moved", "moving", "advanced", "advancing",
                                       "rolled", "rolling");
                    }) &&
        civil_task(toks, h.tlast, seg.last))
      continue;

    // 2. Agent.
    const LexActor* agent_actor = nullptr;
    const ActorMention* agent = nullptr;
    bool by_phrase = false;
    // The document's act the sentence before told of, which a sentence opened by that document
    // goes on with ("The note demanded ...").
    const EventMention* document_act = nullptr;
    const LexActor* patient = nullptr;  // the subject of a passive with a "by" agent
    // "since Azerbaijan's lightning offensive in Nagorno-Karabakh on September 19", "under Iraq's
    // embargo on Kuwait": an act named as a noun, its doer in the possessive opening the trigger.
    const ActorMention* owner = nullptr;
    for (const auto& m : s.actors)
      if (!type->speech && m.first_token == h.tfirst && m.last_token < h.tlast && actor_ok(m) &&
          (toks[m.last_token - 1].possessive || is_one_of(toks[m.last_token].lower, "'s", "'")))
        owner = &m;
    // ("Units of the Argentine National Gendarmerie have been reinforced at Clorinda": the
    // forces' state, named in their "of" phrase.)
    if (!owner && !type->speech && h.tfirst + 3 < h.tlast &&
        is_one_of(toks[h.tfirst].lower, "units", "troops", "forces", "battalions", "brigades",
                  "divisions", "detachments", "elements", "detachment", "company", "contingent",
                  "platoon", "battalion") &&
        toks[h.tfirst + 1].lower == "of")
      for (const auto& m : s.actors) {
        if (!actor_ok(m) || m.last_token >= h.tlast ||
            !(m.first_token == h.tfirst + 2 ||
              (m.first_token == h.tfirst + 3 && toks[h.tfirst + 2].lower == "the")))
          continue;
        // (A state's force or a force itself: not "Units of the Red Cross", "of the Soviet
        // Union's fire service".)
        // (... or a body of its men, acting: "a detachment of Niger soldiers landed".)
        size_t k = m.last_token;
        bool force_words = k < h.tlast;
        for (; k < h.tlast && !is_one_of(toks[k].lower, "have", "has", "had", "were", "was", "are",
                                         "is", "been", "being");
             ++k) {
          if (k > m.last_token && !toks[k].capitalized &&
              is_one_of(toks[k - 1].lower, "soldiers", "troops", "sailors", "paratroopers",
                        "commandos", "gendarmes", "marines"))
            break;
          force_words =
              force_words &&
              is_one_of(toks[k].lower, "army", "navy", "forces", "force", "gendarmerie", "guard",
                        "guards", "police", "militia", "marines", "military", "national", "border",
                        "royal", "defence", "defense", "frontier", "regular", "republican",
                        "mobile", "people", "people's", "'s", "'", "s", "soldiers", "troops",
                        "sailors", "paratroopers", "commandos", "gendarmes");
        }
        // (So is a force the lexicon codes as one: "Units of the Arab Legion", "of the IDF".)
        const bool force =
            m.actor->id.ends_with("-army") || m.actor->id.ends_with("-navy") ||
            m.actor->id.ends_with("-forces") || m.actor->id.ends_with("-military") ||
            (m.actor->kind == ActorKind::kOrganization && m.actor->cameo.ends_with("MIL"));
        if ((force_words && m.actor->kind == ActorKind::kCountry) || force) owner = &m;
      }
    if (owner) {
      agent = owner;
      by_phrase = true;
    } else if (type->speech) {
      // "according to a statement released by the White House", "statement by X".
      for (const auto& m : s.actors) {
        if (m.first_token <= h.tfirst || m.first_token >= h.tlast || !actor_ok(m)) continue;
        size_t i = m.first_token - 1;
        if (toks[i].lower == "the" && i > h.tfirst) --i;
        // ("at Poland's request"; "a claim Moscow called absurd": the one who called it so.)
        bool at_request = toks[h.tfirst].lower == "at" &&
                          (toks[i].lower == "of" || m.first_token == h.tfirst + 1);
        bool called_so = m.last_token < h.tlast &&
                         is_one_of(toks[m.last_token].lower, "called", "calls", "dismissed",
                                   "dismisses", "described", "termed", "branded");
        // ("a request Mexico refused", "an offer that Moscow has so far turned down": the one
        // who refused it.)
        size_t after = m.last_token;
        while (after + 1 < h.tlast &&
               (is_one_of(toks[after].lower, "has", "had", "have", "so", "far", "also") ||
                toks[after].lower.ends_with("ly")))
          ++after;
        bool refused_so = type->id == "rejection" && after < h.tlast &&
                          is_one_of(toks[after].lower, "refused", "rejected", "turned", "declined",
                                    "dismissed", "rebuffed", "spurned");
        // ("Lavrov was quoted by RIA as saying": who was quoted spoke, not who quoted him.)
        bool quoted = i > h.tfirst && toks[i - 1].lower == "quoted";
        // ('charging "unprovoked aggression" by United States forces': who is charged; "rejected
        // protests from Japan": who protested.)
        bool charged =
            is_one_of(toks[h.tfirst].lower, "rejected", "rejects", "rejecting", "reject",
                      "rebuffed", "rebuffs") ||
            std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                        toks.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                          return is_one_of(t.lower, "charging", "charged", "charges");
                        });
        // ('Mugabe described the incursion by South African soldiers as "an act of war"': the
        // "by" of an active verb's object names the object's doer, not the speaker.)
        // (Not a participle's own "by": "the raid, branded by Libya as an act of war".)
        bool object_by =
            toks[i].lower == "by" && i > h.tfirst + 1 &&
            is_one_of(toks[h.tfirst].lower, "described", "describes", "describing", "called",
                      "calls", "calling", "termed", "terms", "branded", "brands") &&
            !(h.tfirst > seg.first && is_one_of(toks[h.tfirst - 1].lower, "was", "were", "is",
                                                "are", "been", "be", "being"));
        if ((!is_one_of(toks[i].lower, "by", "from") || quoted || charged || object_by) &&
            toks[h.tfirst].lower != "according" && !at_request && !called_so && !refused_so)
          continue;
        agent = &m;
        by_phrase = true;
        break;
      }
    } else if (type->id == "evacuation" &&
               is_one_of(toks[h.tfirst].lower, "diplomats", "staff", "embassy", "diplomatic")) {
      // "the staff members of the Mexican embassy flew home": whose staff they are.
      for (const auto& m : s.actors) {
        if (m.first_token <= h.tfirst || m.last_token >= h.tlast || !actor_ok(m)) continue;
        size_t i = m.first_token - 1;
        if (toks[i].lower == "the" && i > h.tfirst) --i;
        if (toks[i].lower != "of") continue;
        agent = &m;
        by_phrase = true;
        break;
      }
    } else if (type->id == "mediation") {
      // "The talks, hosted by Togo's leader Faure Gnassingbé, ...": who hosted them.
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst + 1 && m.first_token < h.tlast && actor_ok(m) &&
            toks[m.first_token - 1].lower == "by") {
          const ActorMention* person = person_after(m);
          agent = person ? person : &m;
          by_phrase = true;
          break;
        }
    }
    // "At the Asean-China summit on Thursday, Marcos said": a summit named in a phrase is held
    // by the bodies the phrase names.
    // So is fighting "between the army and the RSF". (The phrase makes them look like places:
    // "at the NATO summit".)
    std::vector<const LexActor*> phrase_bodies;
    bool between = false;
    for (size_t i = h.tfirst; i < h.tlast && type->id == "assault"; ++i)
      between = between || toks[i].lower == "between";
    // "Diplomatic relations between Egypt and Iran were restored", "The second summit between
    // Trump and Kim ended": with no actor before it in its clause, an act named "between" two
    // sides is theirs. (Not a host's: "hosted talks between Washington and Tehran".)
    bool between_sides = false;  // (people too: "the summit between Trump and Kim")
    // ("Malawi says the 1890 Heligoland Treaty between Britain and Germany": a deal named with
    // its year and sides is theirs, whoever speaks of it.)
    // (Its year written as one: not "the 10-year agreement"; nor a deal hoped for, "hopes for a
    // 2024 agreement between".)
    const bool named_deal =
        type->id == "agreement" && is_one_of(toks[h.tfirst].lower, "a", "an", "the") &&
        std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
          return t.first_token == h.tfirst + 1 && t.last_token == h.tfirst + 2 &&
                 t.type == TimexType::kDate && t.value.size() == 4;
        });
    // (The trigger that opens with an article is the named deal's, read only so; not one that
    // opens with its sides, "the two men agreed that".)
    if (type->id == "agreement" && is_one_of(toks[h.tfirst].lower, "a", "an", "the") &&
        std::none_of(s.actors.begin(), s.actors.end(),
                     [&](const ActorMention& m) { return m.first_token == h.tfirst && m.also; }) &&
        (!named_deal || (h.tfirst > first && is_one_of(toks[h.tfirst - 1].lower, "for", "about",
                                                       "toward", "towards", "seek", "seeks"))))
      continue;
    // (Not "the prospect of peace talks between Russia and Ukraine", "hopes for talks between".)
    if (!between && type->id != "mediation" &&
        (named_deal || (!(h.tfirst > seg.first && is_one_of(toks[h.tfirst - 1].lower, "of", "for",
                                                            "on", "about", "to", "no")) &&
                        std::none_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
                          return m.first_token >= seg.first && m.last_token <= h.tfirst &&
                                 actor_ok(m);
                        }))))
      for (size_t i = h.tfirst; i + 1 < h.tlast && !between; ++i)
        between = between_sides =
            toks[i].lower == "between" &&
            std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
              return m.first_token == i + 1 ||
                     (m.first_token == i + 2 && toks[i + 1].lower == "the");  // "the two countries"
            });
    // ("Canada will host the G7 leaders' summit", "attending his first Asean summit": the
    // summit is the body's; the host or guest takes part in it.)
    bool phrase_summit = type->id == "summit" &&
                         is_one_of(toks[h.tfirst].lower, "at", "during", "ahead", "after", "before",
                                   "of", "for", "follows", "followed", "following");
    // So is a body's meeting of ministers ("on the sidelines of the ASEAN foreign ministers'
    // meeting in Manila": ASEAN meets, whoever met there).
    if (type->id == "meeting" && h.tlast >= h.tfirst + 4 &&
        is_one_of(toks[h.tfirst].lower, "sidelines", "margins", "at", "during", "ahead", "after",
                  "before", "for") &&
        is_one_of(toks[h.tlast - 1].lower, "meeting", "conference", "session", "retreat") &&
        std::any_of(toks.begin() + h.tlast - 4, toks.begin() + h.tlast - 1, [](const Token& t) {
          return is_one_of(t.lower, "ministers", "ministerial", "leaders", "envoys");
        })) {
      // (A body of states; not "the Israeli cabinet ministers' meeting", a state's own.)
      if (std::none_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
            return m.first_token > h.tfirst && m.last_token < h.tlast && !m.place &&
                   m.actor->kind == ActorKind::kOrganization && m.actor->country.empty();
          }))
        continue;
      phrase_summit = true;
    }
    const ActorMention* host = nullptr;
    bool body_summit = false;
    if (type->id == "summit" && !phrase_summit)
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst && m.last_token < h.tlast &&
            m.actor->kind == ActorKind::kOrganization) {
          body_summit = true;
          for (const auto& subject : s.actors)
            if (subject.last_token <= h.tfirst && subject.first_token >= seg.first &&
                actor_ok(subject))
              host = &subject;
        }
    if (phrase_summit || body_summit || between)
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst &&
            (named_deal ? m.first_token < h.tlast
                        : (m.last_token < h.tlast || phrase_summit) && m.last_token <= h.tlast) &&
            !people_of_state(m) &&
            (m.actor->kind == ActorKind::kOrganization || m.actor->kind == ActorKind::kCountry ||
             between_sides)) {
          if (!agent)
            agent = &m;
          else
            phrase_bodies.push_back(m.actor);
        }
    // "the maritime agreement the two countries signed in August 2020", "the Feb. 23 accord
    // signed by Annan and Aziz": a deal named first is signed by those named with the verb.
    // (So is "The ceasefire, accepted by President Hissene Habre and by Colonel Muammar
    // Gaddafi": a truce taken up by those named after the verb; "The exchange was agreed by
    // Zelensky and Putin".)
    bool signed_deal = false;
    if (!agent && type->id == "agreement" && !is_one_of(toks[h.tfirst].lower, "signed", "signs")) {
      for (size_t i = h.tfirst + 1; i + 1 < h.tlast && !signed_deal; ++i)
        signed_deal = is_one_of(toks[i].lower, "accepted", "agreed") &&
                      is_one_of(toks[i + 1].lower, "by", "upon");
      for (size_t i = signing_verb(toks, h.tfirst + 1, h.tlast); i < h.tlast && !signed_deal;
           i = signing_verb(toks, i + 1, h.tlast))
        // (Not "the border agreement signed with Saudi Arabia in 1965": with no signer before
        // the verb, the side named after it is the other; the signer is the clause's subject.)
        signed_deal = (i + 1 >= last || toks[i + 1].lower != "with" ||
                       std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
                         return m.first_token > h.tfirst && m.last_token <= i;
                       }));
    }
    if (signed_deal) {
      // ("signed by Chad and Libya", "by Habre and by Gaddafi": the signers past the trigger's
      // first are its sides too.)
      size_t signers_end = h.tlast;
      const size_t clause_end = segs[seg_of(h.tlast - 1)].last;
      for (const auto& m : s.actors)  // (the trigger may end inside the first signer's name)
        if (m.first_token < h.tlast && m.last_token > signers_end) signers_end = m.last_token;
      for (size_t j = signers_end; j < clause_end; ++j) {
        auto signer = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.first_token == j && actor_ok(m) && !m.place;
        });
        if (signer != s.actors.end())
          j = (signers_end = signer->last_token) - 1;
        else if (!is_one_of(toks[j].lower, "and", "by", ",", "the") &&
                 !is_title_word(toks[j].lower))
          break;
      }
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst && m.first_token < signers_end && actor_ok(m) && !m.place) {
          if (!agent) {
            const ActorMention* person = person_after(m);  // "U.N. Secretary-General Kofi Annan"
            agent = person ? person : &m;
          } else if (m.actor != agent->actor) {
            phrase_bodies.push_back(m.actor);
          }
        }
    }
    // "a phone call between Macron and Tebboune", "talks between the two foreign ministers":
    // the parties the noun names after it are its sides, whoever is named before.
    // (Not a mediator's: "offered to mediate between Russia and Ukraine".)
    // ("talks in Tehran between Iranian officials and the IAEA": "between" inside the trigger.)
    size_t from = SIZE_MAX;
    if (!agent && !type->speech && type->plover && *type->plover == "CONSULT" &&
        type->id != "mediation" && h.tlast + 1 < seg.last)
      for (size_t i = h.tfirst; i <= h.tlast; ++i)
        // ("A meeting of the bilateral commission ... has been cancelled": the body's.)
        if (toks[i].lower == "between" || (toks[i].lower == "of" && i > h.tfirst &&
                                           toks[i - 1].lower == "meeting" && type->id == "meeting"))
          from = i;
    if (from != SIZE_MAX) {
      const ActorMention* first_side = nullptr;
      for (const auto& m : s.actors) {
        if (m.first_token <= from || m.first_token > from + 8 || !actor_ok(m) || m.place) continue;
        if (!first_side && m.first_token <= from + 2) {
          first_side = &m;
        } else if (first_side && (toks[m.first_token - 1].lower == "and" ||
                                  (toks[m.first_token - 1].lower == "the" &&
                                   toks[m.first_token - 2].lower == "and"))) {
          agent = first_side;
          phrase_bodies.push_back(m.actor);
          break;
        }
      }
      if (!agent && first_side && first_side->also) agent = first_side;  // "the two leaders"
      // ("a meeting of the Security Council": a body of states meets; not "a meeting of the
      // National Security Council", a state's own.)
      if (!agent && first_side && toks[from].lower == "of" &&
          first_side->actor->kind == ActorKind::kOrganization && first_side->actor->country.empty())
        agent = first_side;
    }
    // A subject pronoun between the nearest actor and the trigger stands for someone else.
    size_t pronoun = SIZE_MAX;
    if (!agent) {
      // ("Uganda's High Commissioner to Rwanda was summoned", "the Saudi embassy in Stockholm
      // has stopped issuing visas": the state an envoy is posted to, or a mission is in, is not
      // the subject.)
      auto posted_to = [&](const ActorMention& m) {
        size_t b = m.first_token;
        if (b > seg.first && toks[b - 1].lower == "the") --b;
        return b >= seg.first + 2 && is_one_of(toks[b - 1].lower, "to", "in") &&
               is_envoy_word(toks[b - 2].lower);
      };
      for (const auto& m : s.actors)
        if (m.last_token <= h.tfirst && m.first_token >= seg.first && actor_ok(m) && !posted_to(m))
          agent = &m;
      // "Yerevan protesters gathered outside ...": the crowd the trigger starts with. So for
      // any trigger that opens with its actor: "the EU's embargo on Iranian crude", "the
      // Turkish Embassy has moved its operations to Port Sudan". (A crowd that opens a protest's
      // trigger is its agent whoever acts before it: "police fired tear gas at activists who
      // tried to march to the embassy".)
      // (So is an envoy's recall told in the passive, whoever reports it: "TASS reported that
      // the Soviet ambassador in Reykjavik had been recalled".)
      const bool passive_recall =
          type->id == "ambassador-recall" &&
          std::any_of(toks.begin() + h.tfirst, toks.begin() + h.tlast,
                      [](const Token& t) { return is_one_of(t.lower, "been", "was", "were"); });
      // (An envoy of no known state recalled, "Ambassador Ellis O. Briggs has been called
      // home", the State Department announced: the state of whoever tells it.)
      if (!agent || type->id == "protest" || passive_recall)
        for (const auto& m : s.actors)
          if (m.first_token == h.tfirst && actor_ok(m) &&
              !(passive_recall && agent && m.actor->kind == ActorKind::kPerson &&
                m.actor->country.empty()) &&
              (type->id != "protest" || m.actor->kind == ActorKind::kGroup ||
               // ("members of the No Bases Initiative protested": a crowd of a body)
               is_one_of(toks[m.first_token].lower, "members", "people", "supporters", "activists",
                         "protesters", "demonstrators", "students", "residents")))
            agent = &m;
      // ("Smadiyarov ruled out recalling Kazakhstan's ambassador from Beijing": a speaker of no
      // known state tells of his state's envoy, the state the trigger names.)
      if (agent && type->id == "ambassador-recall" && agent->actor->kind == ActorKind::kPerson &&
          agent->actor->country.empty())
        for (const auto& m : s.actors)
          if (m.first_token > h.tfirst && m.last_token < h.tlast && !m.place &&
              m.actor->kind == ActorKind::kCountry &&
              (toks[m.last_token].lower == "'s" || is_envoy_word(toks[m.last_token].lower))) {
            agent = &m;
            break;
          }
      // "Sybiha thanked the G7 in a telephone call with Joly": an act told in an adverbial
      // ("in a call", "during a visit") is the subject's, not that of the object before it.
      size_t lead = h.tfirst;
      while (lead > seg.first && h.tfirst - lead < 2 &&
             is_one_of(toks[lead - 1].lower, "a", "an", "the", "his", "her", "their", "its"))
        --lead;
      bool adverbial = is_one_of(toks[h.tfirst].lower, "in", "during") ||
                       (lead > seg.first && is_one_of(toks[lead - 1].lower, "in", "during"));
      if (agent && adverbial)
        for (const auto& m : s.actors)
          if (m.first_token >= seg.first && m.last_token <= h.tfirst && actor_ok(m)) {
            agent = &m;
            break;
          }
      // "Lula said Brazil's supply of Bolivian gas was guaranteed after his meeting with
      // Morales": "his" and "her" stand for the person named last, not for a state.
      if (agent && agent->actor->kind != ActorKind::kPerson &&
          ((h.tfirst > first && is_one_of(toks[h.tfirst - 1].lower, "his", "her")) ||
           is_one_of(toks[h.tfirst].lower, "his", "her")))
        for (const auto& m : s.actors)
          if (m.first_token >= first && m.last_token <= h.tfirst && actor_ok(m) && !m.place &&
              m.actor->kind == ActorKind::kPerson)
            agent = &m;
      // "Pakistan reacted to the Iranian attack by recalling its ambassador": the means is the
      // subject's act, not that of an actor in the clause before it.
      if (agent && h.tfirst > seg.first && toks[h.tfirst - 1].lower == "by" &&
          ends_with(toks[h.tfirst].lower, "ing"))
        for (const auto& m : s.actors)
          if (m.first_token >= seg.first && m.last_token <= h.tfirst && actor_ok(m) &&
              !(*s.in_quote)[m.first_token]) {
            agent = &m;
            break;
          }
      // "Peru delivered a protest note to Chile today demanding an explanation": a participle
      // that goes on from a clause is its subject's act, not that of its object.
      // ("sent a note to the Provisional Government of Israel demanding": the words for its
      // rulers before the state.)
      size_t object_lead = agent ? agent->first_token : 0;
      // ("the President of the Security Council")
      if (agent && object_lead > seg.first + 3 && toks[object_lead - 1].lower == "the" &&
          toks[object_lead - 2].lower == "of")
        --object_lead;
      if (agent && object_lead > seg.first + 2 && toks[object_lead - 1].lower == "of" &&
          is_one_of(toks[object_lead - 2].lower, "government", "authorities", "people", "regime",
                    "leadership", "president", "chairman", "head", "members")) {
        object_lead -= 2;
        while (object_lead > seg.first + 1 && toks[object_lead - 1].capitalized &&
               toks[object_lead - 1].kind == TokenKind::kWord &&
               object_lead + 5 > agent->first_token)
          --object_lead;
      }
      if (agent && ends_with(toks[h.tfirst].lower, "ing") && agent->first_token > seg.first &&
          agent->last_token <= h.tfirst &&
          // (Not "with Kyiv demanding compensation": the one after "with" does it.)
          // ("sent a note verbale to the Malaysian Embassy on Sunday asking for")
          // ("handed the President of the Security Council a letter asking for": the one
          // handed it, right after the verb.)
          (is_one_of(toks[object_lead - 1].lower, "to", "from", "against", "handed", "sent",
                     "delivered", "presented", "gave") ||
           (object_lead > seg.first + 1 && toks[object_lead - 1].lower == "the" &&
            is_one_of(toks[object_lead - 2].lower, "to", "from", "against", "handed", "sent",
                      "delivered", "presented", "gave"))) &&
          !is_auxiliary(toks[h.tfirst - 1].lower) &&
          !is_one_of(toks[h.tfirst - 1].lower, "be", "been", "am", "the", "a", "of", "for", "by")) {
        const ActorMention* subject = nullptr;
        for (const auto& m : s.actors)
          if (!subject && m.first_token >= seg.first && m.last_token < object_lead && actor_ok(m) &&
              !m.place && !(*s.in_quote)[m.first_token])
            subject = &m;
        // ("Israel's ambassador to the UN, Danny Danon, sent a letter to the Security Council
        // demanding ...": a clause that opens with its verb after a name set off by commas has
        // that name for its subject.)
        if (!subject && seg.first > first + 1 && toks[seg.first - 1].lower == "," &&
            toks[seg.first].kind == TokenKind::kWord && !toks[seg.first].capitalized &&
            !is_one_of(toks[seg.first].lower, "and", "but", "or", "who", "which", "that", "while"))
          for (const auto& m : s.actors)
            if (m.last_token == seg.first - 1 && actor_ok(m) && !m.place &&
                // (not "hostages held by Hamas, backed by Netanyahu, sent ...")
                !(m.first_token > first && is_one_of(toks[m.first_token - 1].lower, "by", "of",
                                                     "from", "to", "with", "for")))
              subject = &m;
        if (subject) {
          patient = agent->actor;  // (whom it is aimed at)
          agent = subject;
        }
      }
      // "handed him a demarche demanding that ...": what a document asks is asked by whoever
      // acted with it, the agent of the act before in the sentence.
      // (Not who accepted, backed or rejected it: "Hamas accepted the Security Council
      // resolution calling for a ceasefire".)
      if (h.tfirst > first && ends_with(toks[h.tfirst].lower, "ing") && !out.empty() &&
          is_one_of(toks[h.tfirst - 1].lower, "demarche", "démarche", "note", "letter", "statement",
                    "communique", "communiqué", "resolution", "message", "motion", "declaration",
                    "memorandum") &&
          !is_one_of(out.back().type->id, "concession", "support", "rejection")) {
        agent = nullptr;
        agent_actor = out.back().agent;
      }
      // 'The statement called the Security Council's decision "illegal" and accused the United
      // States ...': a document that opens the sentence speaks for whoever issued it, the last
      // to speak before (not "The statement issued by ...", "The note of the ministry ...").
      // (So is one handed to the other side: "The note handed to the United States charge
      // d'affaires ... describes Mr. George Kennan as persona non grata".)
      // (Its verb right after it too: "The note demanded an end to the expulsions".)
      if (h.tfirst >= first + 2 && toks[first].lower == "the" &&
          is_one_of(toks[first + 1].lower, "statement", "communique", "communiqué", "note",
                    "letter", "message", "declaration", "memorandum", "reply", "broadcast") &&
          toks[first + 2].kind == TokenKind::kWord && !toks[first + 2].capitalized &&
          !is_one_of(toks[first + 2].lower, "of", "by", "from", "issued", "released", "signed",
                     "read", "published", "to", "in", "on", "which", "that") &&
          (!agent || agent->first_token > first + 2)) {
        const bool handed =
            is_one_of(toks[first + 2].lower, "handed", "delivered", "sent", "presented");
        bool by = false;  // ("The note sent by Moscow ...": its author is named)
        for (size_t i = first + 2; i < h.tfirst; ++i) by = by || toks[i].lower == "by";
        // (Only where the sentence before told of that document and who issued it: "broadcast
        // a statement by ..." -- not "Lavrov said the G7 was hostile. The statement also
        // accused Russia", "had received a note from Ukraine. The note also accused ...".)
        auto told_of = [&](const EventMention& e) {
          std::string said = detail::lower_ascii(
              s.text.substr(e.sentence_begin, e.sentence_end - e.sentence_begin));
          std::string noun = " " + std::string(toks[first + 1].lower);
          size_t at = said.find(noun + " ");
          if (at == std::string::npos) at = said.find(noun + ",");
          return at != std::string::npos && said.find(noun + " from") == std::string::npos &&
                 said.find("received") == std::string::npos &&
                 said.find("had read ") == std::string::npos &&
                 said.find("has read ") == std::string::npos;
        };
        // (With its verb right after it, "The note demanded ...", only the note the act before
        // was made with: "handed the ambassador a note protesting"; not "Iceland rejected the
        // British note".)
        auto made_with = [&](const EventMention& e) {
          if (h.tfirst > first + 2) return true;
          if (is_one_of(e.type->id, "rejection", "denial", "concession", "support")) return false;
          if (e.type->id != "criticism") return true;
          // (A criticism made with it: "handed ... a note protesting", not "criticized the
          // British note".)
          std::string trigger =
              detail::lower_ascii(s.text.substr(e.trigger_begin, e.trigger_end - e.trigger_begin));
          for (std::string_view w : {"hand", "sent", "send", "deliver", "lodg", "protest", "issu"})
            if (trigger.find(w) != std::string::npos) return true;
          return false;
        };
        if ((type->speech || handed) && !by)
          for (auto it = previous.rbegin(); it != previous.rend(); ++it)
            if (it->agent && (it->type->speech || handed)) {
              if (handed || (told_of(*it) && made_with(*it))) {
                agent = nullptr;
                agent_actor = it->agent;
                if (!handed) document_act = &*it;
              }
              break;
            }
      }
      // "In a phone call on Thursday, Putin and Erdogan discussed the war", "At a meeting in
      // Cairo, Arab League ministers condemned ...": a phrase that opens the sentence tells an
      // act of the main clause's subject.
      // (Talks only: not "During a visit to Kyiv, Russia launched missiles at the city".)
      bool talks = is_one_of(type->id, "phone-call", "meeting", "consultation");
      // ("Rejecting the charge at a news conference yesterday, the Syrian Foreign Minister
      // said ...": a participle that opens the sentence is the act of its subject.)
      // (Not "Speaking at a press conference, Machel said": where he spoke, no act of its own.)
      // (Nor "Rejecting the peace plan would be a mistake, the chancellor said": a gerund that
      // is the subject of its own clause.)
      bool opening_participle =
          h.tfirst == first && ends_with(toks[first].lower, "ing") &&
          type->id != "press-briefing" && segs.size() > 1 &&
          std::none_of(toks.begin() + segs[0].first, toks.begin() + segs[0].last,
                       [](const Token& t) { return is_auxiliary(t.lower); });
      // "During a visit to Berlin on Tuesday, John Kerry said", "Speaking on a visit to Riga,
      // Duda said": a visit so told is the person's who speaks after the comma (a person only:
      // not "During a visit to Kyiv, Russia launched missiles"; nor a visit "by" someone).
      // (A visit made: not "On a possible visit to Havana, Obama said", "On the visit to
      // Washington, Modi's spokesman said".)
      size_t opener = first;
      if (is_one_of(toks[opener].lower, "speaking", "talking", "writing", "while") &&
          opener + 1 < h.tfirst)
        ++opener;
      bool visit_opening =
          type->id == "visit" && segs.size() > 1 && is_one_of(toks[opener].lower, "on", "during") &&
          h.tfirst <= opener + 4 && h.tfirst < segs[0].last &&
          std::none_of(toks.begin() + h.tfirst, toks.begin() + segs[0].last,
                       [](const Token& t) { return t.lower == "by"; }) &&
          std::none_of(toks.begin() + opener + 1, toks.begin() + h.tfirst + 1, [](const Token& t) {
            return is_one_of(t.lower, "possible", "planned", "proposed", "future", "any",
                             "upcoming", "forthcoming", "potential", "next", "the", "expected",
                             "mooted", "rumoured", "rumored");
          });
      if (!agent && !agent_actor && (talks || opening_participle || visit_opening) && k == 0 &&
          seg.first == first && segs.size() > 1 &&
          (opening_participle || visit_opening ||
           is_one_of(toks[first].lower, "in", "during", "at")))
        for (const auto& m : s.actors)
          if (m.first_token >= segs[1].first && m.first_token <= segs[1].first + 1 && actor_ok(m) &&
              (!visit_opening || m.actor->kind == ActorKind::kPerson)) {
            agent = &m;
            // ("Putin and Erdogan": the other side of the call.)
            for (const auto& o : s.actors)
              if (o.first_token == m.last_token + 1 && toks[m.last_token].lower == "and" &&
                  actor_ok(o))
                phrase_bodies.push_back(o.actor);
            break;
          }
      // "Police in New Delhi arrested ...", "the regime in Phnom Penh rejected": the
      // authorities of a place act for its country.
      if (!agent && !agent_actor)
        for (const auto& m : s.actors)
          if (m.place && m.last_token <= h.tfirst && m.first_token >= seg.first + 2 &&
              !(*s.in_quote)[m.first_token] && toks[m.first_token - 1].lower == "in" &&
              is_one_of(toks[m.first_token - 2].lower, "police", "officials", "authorities",
                        "government", "forces", "troops", "army", "military", "prosecutors",
                        "court", "diplomats", "ministry", "judge", "judges", "prosecutor",
                        "magistrate", "regime", "junta") &&
              (m.first_token - 2 <= seg.first + 2 ||  // "The tit-for-tat came after police in"
               is_one_of(toks[m.first_token - 3].lower, "after", "when", "as", "because", "before",
                         "since", "while", "that", "and", "but", "until")))
            agent = &m;
      // "Stephen Nix of the International Republican Institute explained": the head is Nix.
      while (agent && agent->first_token > seg.first) {
        size_t i = agent->first_token;
        if (toks[i - 1].lower == "the") --i;
        if (i == seg.first || toks[i - 1].lower != "of") break;
        const ActorMention* head = nullptr;
        for (const auto& m : s.actors)
          if (m.last_token == i - 1 && actor_ok(m)) head = &m;
        if (!head) break;
        agent = head;
      }
      // "the Iraqi ambassador to Greece said": an envoy speaks for the state that sends him.
      if (agent && agent->first_token > seg.first + 1) {
        size_t i = agent->first_token;
        if (toks[i - 1].lower == "the") --i;
        if (i > seg.first + 1 && toks[i - 1].lower == "to" && is_envoy_word(toks[i - 2].lower))
          for (const auto& m : s.actors)
            if (m.last_token == i - 2 && m.first_token >= seg.first && actor_ok(m)) agent = &m;
      }
      size_t from = agent ? agent->last_token : seg.first;
      for (size_t i = from; i < h.tfirst; ++i)
        if (is_one_of(toks[i].lower, "he", "she", "it", "they", "we")) pronoun = i;
      if (pronoun != SIZE_MAX) agent = nullptr;
    }
    bool speaker_after = false;
    if (!agent && pronoun == SIZE_MAX && h.tfirst > first &&
        is_one_of(toks[h.tfirst].lower, "said", "says", "added", "asked", "insisted", "noted",
                  "explained", "stated", "declared") &&
        (is_quote(s.text, toks[h.tfirst - 1]) || toks[h.tfirst - 1].lower == ",")) {
      // '..." said Lavrov': the speaker follows the verb; a person before the body they speak
      // for ("said the U.S. Deputy Ambassador Peter Burleigh").
      for (const auto& m : s.actors) {
        if (m.first_token < h.tlast || m.first_token > h.tlast + 4 || !actor_ok(m)) continue;
        // Only titles and names stand between the verb and its speaker: in "..., said the
        // operation showed Turkey's reach" the verb has its subject before the comma.
        // (An adjective may follow the article: "said a buoyant Gen. Norman Schwarzkopf".)
        bool titles_only = true;
        for (size_t i = h.tlast; i < m.first_token; ++i)
          titles_only =
              titles_only && (toks[i].capitalized ||
                              is_one_of(toks[i].lower, "the", "a", "an", "spokesman", "spokeswoman",
                                        "spokesperson", "deputy", "senior", "top") ||
                              (i > h.tlast && is_one_of(toks[i - 1].lower, "the", "a", "an")));
        if (!titles_only) break;
        // "said Iraq's fleet had stopped trading": a possessive opens what was said.
        if (m.last_token < last && ends_with(toks[m.last_token - 1].lower, "'s") &&
            !toks[m.last_token].capitalized)
          continue;
        // "Trump, speaking to reporters, said Washington would impose": the subject of what
        // was said, not the speaker.
        // ("said the Taliban forces had opened fire first": a noun may come between.)
        // ("Kikwete, addressing a rally, said Tanzania wanted a peaceful solution": a verb in
        // the past too.)
        auto finite = [&](size_t i) {
          return i < last &&
                 (is_one_of(toks[i].lower, "would", "will", "had", "has", "have", "was", "were",
                            "is", "are", "could", "should", "might", "may", "must", "did", "does",
                            "can", "wants", "plans", "sought", "saw", "took", "made", "sent",
                            "stood", "held", "kept", "gave", "knew", "felt", "needs") ||
                  (toks[i].kind == TokenKind::kWord && !toks[i].capitalized &&
                   toks[i].lower.size() > 4 && ends_with(toks[i].lower, "ed")));
        };
        // (Past a quotation mark: '..., said Nigeria "will not be intimidated"'.)
        if (finite(m.last_token) ||
            (m.last_token < last &&
             ((!toks[m.last_token].capitalized && toks[m.last_token].kind == TokenKind::kWord) ||
              is_quote(s.text, toks[m.last_token])) &&
             finite(m.last_token + 1)))
          continue;
        if (!agent ||
            (m.actor->kind == ActorKind::kPerson && agent->actor->kind != ActorKind::kPerson)) {
          if (agent && m.first_token > agent->last_token + 3) break;
          agent = &m;
        }
      }
      speaker_after = agent != nullptr;
    }
    if (!agent && pronoun == SIZE_MAX && seg.relative && k > 0) {
      // "Biden, who had talked with Putin": the antecedent ends the previous segment.
      for (const auto& m : s.actors)
        if (m.last_token <= segs[k - 1].last && m.first_token >= segs[k - 1].first && actor_ok(m))
          agent = &m;
      // ("Massad Boulos, Trump's senior adviser for Africa, who visited Kinshasa": an apposition
      // between them; a possessive in it is not the antecedent.)
      if (agent && k >= 2 && toks[agent->last_token - 1].lower.ends_with("'s"))
        for (const auto& m : s.actors)
          if (m.last_token == segs[k - 2].last && actor_ok(m) &&
              m.actor->kind == ActorKind::kPerson)
            agent = &m;
    }
    bool coordinated_verb = false;
    // Where a coordinated verb's own words begin ("and will travel": its modal is its own).
    size_t verb_from = h.tfirst;
    // "would hold the treaty in abeyance, close the crossing and cancel visas": a list of acts.
    bool listed_act = h.tfirst == seg.first && h.tfirst > first &&
                      toks[h.tfirst - 1].lower == "," && !type->speech && !out.empty() &&
                      !out.back().type->speech && !toks[h.tfirst].lower.ends_with("ing");
    // ("but also criticized", "and then called": an adverb may stand between; so may a modal,
    // a plan or a perfect: "and will travel on to Beijing", "and is due in Brazil on Friday",
    // "and had asked the OAS to investigate".)
    size_t conj = h.tfirst;
    for (int n = 0; n < 3 && conj > seg.first + 1 &&
                    is_one_of(toks[conj - 1].lower, "also", "later", "subsequently", "again",
                              "swiftly", "quickly", "immediately", "separately", "will", "would",
                              "shall", "is", "are", "due", "expected", "scheduled", "set", "to",
                              "not", "never", "had", "has", "have");
         ++n)
      --conj;
    if ((listed_act ||
         (conj > seg.first && is_one_of(toks[conj - 1].lower, "and", "but", "then"))) &&
        !out.empty()) {
      // "Russia has denied that it plans to attack Ukraine and accused NATO": the verbs share the
      // subject, whatever the first one's clause named in between. ("Barrot said Algeria's
      // decision to expel ... was unjustified, and called on ...": an act inside what was said
      // is not the one the verb goes on from.)
      auto said_inside = [&](const EventMention& e) {
        return std::any_of(out.begin(), out.end(), [&](const EventMention& st) {
          return &st != &e && said_in(st, e.trigger_begin);
        });
      };
      // ("Misri said India would hold the treaty in abeyance, close the crossing and cancel
      // visas": inside what was said, the verbs share the subject of what was said.)
      auto speech = std::find_if(out.rbegin(), out.rend(), [&](const EventMention& st) {
        return said_in(st, toks[h.tfirst].begin);
      });
      // ("Modi will fly to Beijing for the BRICS summit and will meet Xi": the body whose summit
      // is named on the way does not go on to the next verb.)
      auto summit_on_the_way = [&](const EventMention& e) {
        return e.type == impl_->summit && e.agent && e.agent->kind == ActorKind::kOrganization &&
               e.trigger_begin > toks[first].begin;
      };
      auto prior = std::find_if(out.rbegin(), out.rend(), [&](const EventMention& e) {
        if (e.nominal || summit_on_the_way(e)) return false;
        return speech != out.rend() ? &e != &*speech && said_in(*speech, e.trigger_begin)
                                    : !said_inside(e);
      });
      agent = nullptr;
      agent_actor = prior != out.rend() ? prior->agent : out.back().agent;
      // (With that summit alone before it, the sentence's subject: "PM Modi will leave for
      // Xiamen for the BRICS summit and is expected to hold a bilateral meeting".)
      if (prior == out.rend() && summit_on_the_way(out.back()))
        for (const auto& m : s.actors)
          if (!m.place && actor_ok(m) && toks[m.first_token].begin < out.back().trigger_begin &&
              m.first_token <= first + 3 &&
              (m.actor->kind == ActorKind::kPerson || m.actor->kind == ActorKind::kCountry)) {
            agent_actor = m.actor;
            break;
          }
      coordinated_verb = true;
      verb_from = conj;
      // "... after Russia fired missiles at Ukraine, as Zelensky addressed the summit and called
      // on the G20": a clause that opens with a subject of its own between them gives the verb
      // that subject.
      const EventMention& before = prior != out.rend() ? *prior : out.back();
      for (const auto& m : s.actors) {
        if (toks[m.first_token].begin <= before.trigger_end || m.last_token > h.tfirst ||
            !actor_ok(m) || m.place)
          continue;
        size_t b = m.first_token;
        while (b > first && (toks[b - 1].capitalized || toks[b - 1].lower == "the") &&
               m.first_token - b < 4)
          --b;
        if (b > first && is_one_of(toks[b - 1].lower, "as", "while", "when", "whereas", "because",
                                   "although", "though"))
          agent_actor = m.actor;
      }
    } else if (h.tfirst > first + 1 && ends_with(toks[h.tfirst].lower, "ing") &&
               is_one_of(toks[h.tfirst - 1].lower, "before", "after", "while", "since") &&
               !out.empty()) {
      // "Lammy announced the measures before joining EU ministers for talks": the participle
      // after a conjunction of time has the subject of the clause it is part of.
      agent = nullptr;
      agent_actor = out.front().agent;
      coordinated_verb = true;
    } else if (h.tfirst > first + 1 && toks[h.tfirst - 1].lower == "," &&
               ends_with(toks[h.tfirst].lower, "ing")) {
      // "..., Zelensky said on Sunday, accusing Moscow of ...": a participle right after a
      // speech verb (and its time or setting) is the speaker's act too.
      const EventMention* said = nullptr;
      for (const auto& e : out)
        if (e.type->speech && e.trigger_end <= toks[h.tfirst - 1].begin &&
            (!said || e.trigger_end > said->trigger_end))
          said = &e;
      size_t j = h.tfirst - 1;
      while (said && j > first && toks[j - 1].begin >= said->trigger_end && h.tfirst - j < 7) --j;
      if (said && j > first && toks[j - 1].end <= said->trigger_end) {
        agent = nullptr;
        agent_actor = said->agent;
        coordinated_verb = true;
      }
    }
    if (!agent && !agent_actor && !seg.relative) {
      // An appositive right before: "Putin's foreign minister, Sergey Lavrov, has urged".
      bool coordinated = is_one_of(toks[seg.first].lower, "but", "and", "while", "although", "yet");
      // ("A and his Azerbaijani counterpart, B, met": B belongs to the phrase before it.)
      bool of_counterpart =
          k > 1 && is_one_of(toks[segs[k - 1].first - 2].lower, "counterpart", "counterparts");
      if (pronoun == SIZE_MAX && !coordinated && k > 0 && !segs[k - 1].relative &&
          !of_counterpart) {
        for (const auto& m : s.actors)
          if (m.last_token == segs[k - 1].last && actor_ok(m) &&
              (m.first_token == segs[k - 1].first ||
               // ("the ambassador to the UN, Gilad Erdan, said": the list-like comma.)
               (m.actor->kind == ActorKind::kPerson && m.first_token > segs[k - 1].first &&
                toks[m.first_token - 1].lower == ",") ||
               // ("Iran's police chief, Brigadier General Ahmadreza Radan, said")
               (m.actor->kind == ActorKind::kPerson && m.first_token >= segs[k - 1].first &&
                std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(segs[k - 1].first),
                            toks.begin() + static_cast<std::ptrdiff_t>(m.first_token),
                            [](const Token& t) {
                              // ("The Foreign Minister, don Fernando Castiella, said": the
                              // Spanish courtesy.)
                              return t.capitalized || kSpeakerTitleWords.contains(t.lower) ||
                                     is_one_of(t.lower, "don", "doña");
                            }))))
            agent = &m;
      }
      // Otherwise the subject of the sentence: its first actor outside relative clauses.
      bool person_pronoun = pronoun != SIZE_MAX && is_one_of(toks[pronoun].lower, "he", "she");
      // "Saddam said he would withdraw": the pronoun in what was said is the speaker.
      // (A person who spoke in the same sentence comes first: "The minister said Vanuatu
      // could also ask the General Assembly ..., and that he would travel to Geneva".)
      // ("Downer spoke to Wirajuda by telephone yesterday, and afterwards he rejected ...": a
      // clause joined to the act told before it goes on with that act's doer, not with the one
      // who spoke last in the story.)
      if (!agent && person_pronoun && !out.empty() && out.back().agent &&
          out.back().agent->kind == ActorKind::kPerson &&
          out.back().trigger_end <= toks[pronoun].begin &&
          std::none_of(out.begin(), out.end(),
                       [&](const EventMention& st) { return said_in(st, toks[pronoun].begin); })) {
        size_t j = pronoun;
        while (j > first && is_one_of(toks[j - 1].lower, "afterwards", "afterward", "then", "later",
                                      "subsequently"))
          --j;
        // (That doer named before that act, as its subject: not "Putin met Abe in Moscow, and
        // later he rejected", where the visit told before is Abe's, named after its verb.)
        const bool subject = std::any_of(s.actors.begin(), s.actors.end(), [&](const auto& m) {
          return m.first_token >= first && m.actor == out.back().agent &&
                 toks[m.last_token - 1].end <= out.back().trigger_begin;
        });
        if (j >= first + 2 && toks[j - 1].lower == "and" && toks[j - 2].lower == "," && subject)
          agent_actor = out.back().agent;
      }
      if (!agent && !agent_actor && person_pronoun) {
        const bool person_spoke_here =
            std::any_of(speakers.begin(), speakers.end(), [&](const auto& sp) {
              return sp.first >= first && sp.first <= pronoun &&
                     sp.second->kind == ActorKind::kPerson;
            });
        for (auto it = speakers.rbegin(); it != speakers.rend(); ++it)
          // (In the same sentence, the speaker a spokesman's body stands for: "Taliban
          // spokesman Zabihullah Mujahid responded ..., and he described ...".)
          if (it->first <= pronoun && (it->second->kind == ActorKind::kPerson ||
                                       (it->first >= first && !person_spoke_here))) {
            agent_actor = it->second;
            // (", and he described ...": a clause that goes on from the speaker's.)
            if (it->first >= first && pronoun > first && toks[pronoun - 1].lower == "and")
              coordinated_verb = true;
            break;
          }
      }
      // "The resolution, drafted by France, also asks Guterres to ...": a text that acts is
      // the act of whoever the story last had acting (the council that adopted it).
      if (!agent && !agent_actor && pronoun == SIZE_MAX && first + 1 < h.tfirst &&
          toks[first].lower == "the" &&
          is_one_of(toks[first + 1].lower, "resolution", "text", "communique", "communiqué",
                    "declaration", "document") &&
          !previous.empty() && previous.back().agent)
        agent_actor = previous.back().agent;
      // "the first business of the Security Council when it meets in New York", "The EU will
      // decide on sanctions against Russia when it meets": an "it" that opens a clause of time
      // is the first body or state named before it (not a people's adjective, "the Persian
      // complaint", nor a place).
      if (!agent && !agent_actor && pronoun != SIZE_MAX && toks[pronoun].lower == "it" &&
          pronoun > first &&
          is_one_of(toks[pronoun - 1].lower, "when", "once", "until", "after", "before"))
        for (const auto& m : s.actors)
          if (m.last_token < pronoun && m.how != MentionHow::kDemonym && !m.place && actor_ok(m) &&
              (m.actor->kind == ActorKind::kOrganization || m.actor->kind == ActorKind::kCountry)) {
            agent = &m;
            break;
          }
      if (!agent && !agent_actor) {
        // "Several hundred people rallied outside the Russian Embassy ... to demand": a subject
        // that is no actor; no actor named later in the sentence did it.
        static const detail::WordSet kCrowds = {
            "people",    "protesters", "protestors", "demonstrators", "students",
            "activists", "members",    "residents",  "hundreds",      "thousands",
            "dozens",    "crowds",     "crowd",      "supporters",    "workers",
            "villagers", "civilians",  "mourners",   "marchers",      "rioters",
            "youths",    "farmers",    "exiles",     "persons",       "miners"};
        size_t crowd = SIZE_MAX;
        for (size_t i = first; i < h.tfirst && crowd == SIZE_MAX; ++i)
          if (kCrowds.contains(toks[i].lower) && !segs[seg_of(i)].relative) crowd = i;
        for (const auto& m : s.actors) {
          if (m.first_token >= h.tfirst || m.first_token > crowd) break;
          if (!actor_ok(m) || segs[seg_of(m.first_token)].relative) continue;
          if (person_pronoun && m.actor->kind != ActorKind::kPerson) continue;
          // "UN Secretary-General Antonio Guterres, who ..., told": the body before a title
          // and name is the person's.
          if (person_after(m)) continue;
          agent = &m;
          break;
        }
        if (!agent && pronoun != SIZE_MAX && !(person_pronoun && s.unnamed_person_before)) {
          // "He told ...": the person the sentence before opened with, else the agent of the
          // story so far.
          agent_actor = referent(is_one_of(toks[pronoun].lower, "he", "she"));
        }
      }
    }
    std::vector<const LexActor*> co_agents;
    // "Egypt, Syria, Morocco and Bangladesh committed troops", "Armenia and Turkey agreed on
    // Wednesday to restore ties": word order finds the last of a list of actors right before
    // the verb; the first leads and the others act with it.
    // "British, Egyptian and Moroccan forces were assembling": demonyms before the noun.
    // (The number of tokens of the noun: "Kyrgyz and Tajik border guards" two.)
    auto own_forces = [&](const ActorMention& m) -> size_t {
      // ("Taliban forces": an armed group's own.)
      bool state = m.how == MentionHow::kDemonym ||
                   (m.how == MentionHow::kName &&
                    (m.actor->kind == ActorKind::kCountry || m.actor->kind == ActorKind::kGroup));
      if (!state || m.last_token >= seg.last) return 0;
      size_t k = m.last_token;
      if (k + 1 < seg.last && is_one_of(toks[k].lower, "border", "security", "riot")) ++k;
      return is_one_of(toks[k].lower, "forces", "troops", "soldiers", "warships", "ships", "jets",
                       "warplanes", "units", "contingents", "police", "officials", "diplomats",
                       "marines", "drones", "missiles", "artillery", "guards", "delegations",
                       "negotiators", "envoys", "leaders", "ministers")
                 ? k + 1 - m.last_token
                 : 0;
    };
    // ("Brazil, Bolivia, Argentina and Venezuela met": the trigger may hold the list's last two,
    // "@a and @a met"; the list runs on before it.)
    bool into_trigger = false;
    auto list_into_trigger = [&] {
      if (agent->last_token >= h.tfirst ||
          std::none_of(s.actors.begin(), s.actors.end(),
                       [&](const ActorMention& m) { return m.first_token == h.tfirst; }))
        return false;
      // (A "the" of the last one's name: "Belgium and the Netherlands protested".)
      for (size_t i = agent->last_token; i < h.tfirst; ++i)
        if (!is_one_of(toks[i].lower, ",", "and") &&
            !(toks[i].lower == "the" && i + 1 == h.tfirst && i > agent->last_token))
          return false;
      return true;
    };
    // ("President Samora Machel of Mozambique yesterday signed": past the state a person is
    // named with.)
    auto past_own_state = [&](size_t k) {
      if (k + 1 >= h.tfirst || toks[k].lower != "of" || agent->actor->kind != ActorKind::kPerson)
        return k;
      for (const auto& m : s.actors)
        if (m.first_token == k + 1 && m.actor->kind == ActorKind::kCountry && !m.place &&
            m.last_token <= h.tfirst && m.actor->country == agent->actor->country)
          return m.last_token;
      return k;
    };
    if (agent && !by_phrase && !coordinated_verb && parse.head.empty() &&
        agent->last_token <= h.tfirst &&
        (verb_group(s, past_own_state(agent->last_token + own_forces(*agent)), h.tfirst) ||
         (into_trigger = list_into_trigger()))) {
      std::vector<const ActorMention*> list{agent};
      bool lead_pronoun = false;
      // Whether the last conjunct had a title or description before it: then the first opens the
      // clause ("The US and British navies struck Yemen and the rebel Houthis attacked": Yemen is
      // the object of the verb before, not a subject).
      bool described = false;
      // ("In a letter to Brazil, Bolivia and Argentina said": no list begins after a
      // preposition.)
      auto after_preposition = [&](const ActorMention& m) {
        return m.first_token > seg.first &&
               is_one_of(toks[m.first_token - 1].lower, "to", "in", "from", "with", "of", "by",
                         "for", "at", "on", "against");
      };
      for (bool more = true; more;) {
        more = false;
        size_t b = list.back()->first_token;
        // ("Tshisekedi and his Rwandan counterpart Paul Kagame last met": the second is named
        // past "his ... counterpart", which the mention may hold.)
        if (list.size() == 1) {
          const ActorMention& second = *list.back();
          bool counterpart = false;
          for (size_t x = second.first_token; x < second.last_token; ++x)
            counterpart = counterpart || is_one_of(toks[x].lower, "counterpart", "counterparts");
          size_t c = b;
          while (c > seg.first && b - c < 5 &&
                 (toks[c - 1].capitalized || toks[c - 1].lower == "," ||
                  is_one_of(toks[c - 1].lower, "counterpart", "counterparts"))) {
            counterpart =
                counterpart || is_one_of(toks[c - 1].lower, "counterpart", "counterparts");
            --c;
          }
          if (counterpart && c > seg.first && is_one_of(toks[c - 1].lower, "his", "her", "their"))
            b = c - 1;
        }
        // ("Jakaya Kikwete and Mrs Banda had spoken": an honorific before a name.)
        if (b > seg.first + 1 && is_honorific(toks[b - 1].lower))
          --b;
        else if (b > seg.first + 2 && toks[b - 1].lower == "." && is_honorific(toks[b - 2].lower))
          b -= 2;
        // ("President Sadyr Japarov and President of Tajikistan Emomali Rahmon met", "the army
        // and the paramilitary RSF signed": a title or a word of description before a
        // conjunct, which may name its state, when "and" comes before it.)
        // (A bare "the" is the list's own: "Poland, Hungary and the Czech Republic joined".)
        bool only_the = true;
        for (size_t c = b, steps = 0; c > seg.first + 1 && steps < 6; ++steps) {
          std::string_view w = toks[c - 1].lower;
          only_the = only_the && w == "the";
          const ActorMention* state = nullptr;
          for (const auto& m : s.actors)
            if (m.last_token == c && m.first_token < c &&
                (m.how == MentionHow::kDemonym || m.actor->kind == ActorKind::kCountry ||
                 m.actor == list.back()->actor))  // (its title read as a mention of its own)
              state = &m;
          if (state)
            c = state->first_token;
          else if (is_title_word(w) ||
                   is_one_of(w, "of", "the", "paramilitary", "rebel", "armed", "militant",
                             "separatist", "ruling", "incoming", "outgoing", "visiting", "retired",
                             "former", "acting", "interim", "veteran"))
            --c;
          else
            break;
          if (c > seg.first + 1 && toks[c - 1].lower == "and" && c < b) {
            if (only_the) break;
            b = c;
            described = true;
            break;
          }
        }
        size_t j = b;
        while (j > seg.first && is_one_of(toks[j - 1].lower, ",", "and", "the")) --j;
        // ("Days later he and Egyptian President Abdel-Fattah al-Sisi met": a pronoun leads.)
        if (j < b && j > seg.first && toks[j].lower == "and" &&
            is_one_of(toks[j - 1].lower, "he", "she") && agent->actor->kind == ActorKind::kPerson)
          lead_pronoun = true;
        // "the Prime Minister, Mr P W Botha, and President Samora Machel signed": a first
        // conjunct named in an apposition set off before ", and" lies in the segment before.
        if (j == seg.first && j < b && toks[j].lower == "and" && j > first + 2 &&
            toks[j - 1].lower == "," && agent->actor->kind == ActorKind::kPerson) {
          const ActorMention* set_off = nullptr;
          for (const auto& m : s.actors)
            if (m.last_token == j - 1 && m.actor->kind == ActorKind::kPerson && !m.place &&
                actor_ok(m) && m.first_token > first + 1) {
              size_t before = m.first_token - 1;
              if (is_honorific(toks[before].lower) && before > first) --before;
              if (toks[before].lower != "," || before == first ||
                  !is_title_word(toks[before - 1].lower))
                continue;
              // (The title opens the clause, past a phrase set off before it: not "Mrs
              // Thatcher met the Foreign Minister, Mr Pik Botha, and President Reagan
              // telephoned", whose first is an object.)
              // ("On Sunday, the EU's new foreign policy chief, Kaja Kallas, and ...": back to
              // the article that opens the title.)
              size_t t = before - 1;
              while (t > first && before - t < 9 && toks[t].lower != "the" &&
                     (is_title_word(toks[t - 1].lower) || toks[t - 1].lower == "the" ||
                      (toks[t - 1].kind == TokenKind::kWord && !toks[t - 1].capitalized) ||
                      std::any_of(s.actors.begin(), s.actors.end(),
                                  [&](const ActorMention& x) { return x.last_token == t; })))
                --t;
              if (t == first || toks[t - 1].lower == ",") set_off = &m;
            }
          if (set_off && std::find(list.begin(), list.end(), set_off) == list.end()) {
            list.push_back(set_off);
            break;
          }
        }
        if (j == b || j == seg.first) break;
        // The list ends with "and" ("A, B and C"); "In a letter to A, B said" is no list.
        bool joined = false;
        for (size_t x = j; x < b; ++x)
          joined = joined || toks[x].lower == "and" ||
                   ((list.size() > 1 || into_trigger) && toks[x].lower == ",");
        if (!joined) break;
        // ("Iranian border guards and Taliban forces exchanged fire": each side's forces.)
        size_t forces = j;
        while (forces > seg.first && j - forces < 3 &&
               is_one_of(toks[forces - 1].lower, "forces", "troops", "soldiers", "guards", "border",
                         "police", "army", "navy", "fighters", "units", "militias"))
          --forces;
        // (A described list opens the clause, maybe with the first one's title: "Former
        // President Jimmy Carter and retired General Colin Powell", a person the lexicon knows
        // named past the title.)
        auto opens_clause = [&](const ActorMention& m) {
          size_t start = m.first_token;
          while (start > seg.first + 1 && (is_title_word(toks[start - 1].lower) ||
                                           is_one_of(toks[start - 1].lower, "retired", "former")))
            --start;
          if (start == seg.first + 1 && (is_title_word(toks[seg.first].lower) ||
                                         is_one_of(toks[seg.first].lower, "retired", "former")))
            --start;
          return start == seg.first || (start == seg.first + 1 && toks[seg.first].lower == "the");
        };
        for (const auto& m : s.actors)
          if ((m.last_token == j || (m.last_token == forces && forces < j && own_forces(*agent))) &&
              (!described || opens_clause(m)) &&
              !(into_trigger && list.size() == 1 && after_preposition(m)) && actor_ok(m) &&
              (m.how != MentionHow::kDemonym || own_forces(*agent)) &&
              // ("The army and the RSF agreed": a body and an armed group act together too.)
              ((m.actor->kind == ActorKind::kPerson) ==
                   (agent->actor->kind == ActorKind::kPerson) ||
               // ("the presidents of Argentina, Brazil and Uruguay": office holders the lexicon
               // knows beside states whose holders it does not.)
               (m.how == MentionHow::kTitle && agent->how == MentionHow::kTitle))) {
            list.push_back(&m);
            more = true;
          }
      }
      const LexActor* lead = lead_pronoun ? referent(true) : nullptr;
      if (lead && std::none_of(list.begin(), list.end(),
                               [&](const ActorMention* m) { return m->actor == lead; })) {
        agent = nullptr;
        agent_actor = lead;
        for (size_t x = list.size(); x-- > 0;) co_agents.push_back(list[x]->actor);
      } else if (list.size() > 1) {
        agent = list.back();
        for (size_t x = list.size() - 1; x-- > 0;) co_agents.push_back(list[x]->actor);
      }
    } else if (agent && !by_phrase && !coordinated_verb && parse.head.empty() &&
               agent->last_token + 1 < h.tfirst && toks[agent->last_token].lower == "and") {
      // "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart, Jeyhun
      // Bayramov, later met": the subject is a pair, the second named in an apposition.
      size_t j = agent->last_token + 1;
      if (is_one_of(toks[j].lower, "his", "her", "their")) ++j;
      for (const auto& m : s.actors)
        if (m.first_token == j && m.how == MentionHow::kDemonym) j = m.last_token;
      if (j < h.tfirst && is_one_of(toks[j].lower, "counterpart", "counterparts")) ++j;
      if (j < h.tfirst && toks[j].lower == ",") ++j;
      for (const auto& m : s.actors)
        if (m.first_token == j && actor_ok(m) && m.how != MentionHow::kDemonym &&
            m.actor->kind == agent->actor->kind && m.last_token <= h.tfirst &&
            (toks[m.last_token].lower == "," || verb_group(s, m.last_token, h.tfirst)))
          co_agents.push_back(m.actor);
    }
    // The parse, where it names the subject (or, in a passive, the agent "by X") of the trigger
    // and that is an actor, overrides the guess from word order.
    if (!parse.head.empty() && !coordinated_verb) {
      int head = -1;
      for (size_t t = h.tfirst; t < h.tlast && head < 0; ++t) {
        int w = word_of(t);
        if (w >= 0 && (parse.upos[static_cast<size_t>(w)] == Upos::kVerb)) head = w;
      }
      if (head >= 0) {
        Arguments args = parse.arguments(head);
        int who = args.passive ? args.agent : args.subject;
        const ActorMention* m = mention_of_word(who);
        // ("Former President Jimmy Carter and retired General Colin Powell visited": a subject
        // the parse takes from inside the list of subjects found leaves its first in the lead.)
        bool in_list = m && agent &&
                       std::find(co_agents.begin(), co_agents.end(), m->actor) != co_agents.end();
        if (m && actor_ok(*m) && (!agent || m != agent) && !in_list) {
          agent = m;
          agent_actor = nullptr;
        }
        // "Egypt, Syria and Morocco deployed": the conjuncts act with the subject.
        if (m && who >= 0)
          for (int d : parse.dependents(who))
            if (parse.rel[static_cast<size_t>(d)] == DepRel::kConj)
              if (const ActorMention* c = mention_of_word(d); c && c != m && actor_ok(*c))
                co_agents.push_back(c->actor);
      }
    }
    // A passive ("were being rounded up by Iraqi troops", "have been urged to leave"): the agent
    // is the "by" phrase; without one, who acted is not said, and the subject is the patient.
    // ("The talks, mediated by Saudi Arabia and the US, began": a participle may open its
    // segment.)
    if (!by_phrase && h.tfirst >= seg.first) {
      std::string_view verb = toks[h.tfirst].lower;
      // "is prepared to", "was determined to": adjectives, not passives.
      bool adjective =
          is_one_of(verb, "prepared", "determined", "committed", "interested", "scheduled",
                    "expected", "supposed", "concerned", "opposed", "engaged", "involved",
                    "pleased", "convinced", "obliged", "inclined", "poised", "reported");
      bool participle =
          (!adjective && verb.size() > 3 && (ends_with(verb, "ed") || ends_with(verb, "en"))) ||
          is_one_of(verb, "held", "sent", "hit", "struck", "led", "brought", "put", "set", "shut",
                    "cut", "made", "built", "kept", "told", "sought", "thrown", "flown", "taken",
                    "driven", "given", "drawn", "withdrawn", "shown", "seen", "met", "paid",
                    "fought", "shot", "sold", "bought", "caught", "sunk", "frozen", "beaten");
      size_t i = h.tfirst;
      bool been = false;  // "has repeatedly been accused of": a perfect passive
      while (i > seg.first &&
             (ends_with(toks[i - 1].lower, "ly") ||
              is_one_of(toks[i - 1].lower, "also", "not", "being", "been", "later", "then"))) {
        been = been || is_one_of(toks[i - 1].lower, "being", "been");
        --i;
      }
      bool passive = participle && i > seg.first &&
                     (been || is_one_of(toks[i - 1].lower, "is", "are", "was", "were", "be", "'s",
                                        "get", "got"));
      // "was released from prison on Tuesday and flown to Muscat": the second participle of a
      // passive.
      if (participle && !passive && i > seg.first && toks[i - 1].lower == "and")
        for (size_t j = i - 1; j-- > seg.first && !passive;)
          passive = is_one_of(toks[j].lower, "was", "were", "is", "are", "been") && j + 1 < i - 1 &&
                    toks[j + 1].lower.size() > 3 &&
                    (ends_with(toks[j + 1].lower, "ed") || ends_with(toks[j + 1].lower, "en"));
      // "negotiations brokered by the US": a participle after its noun, with its agent.
      // (The "by" may close the trigger: "sailors released by Iran", "300 Uighurs detained by
      // Thai authorities".)
      // (Not a verb with its object before the "by": "rejected a protest by Japan", whose "by"
      // names the protest's author.)
      // ("declined to be interviewed by police": the "by" of a passive inside the trigger.)
      bool reduced =
          participle && !passive && h.tlast < seg.last &&
          !(h.tlast >= h.tfirst + 3 && toks[h.tlast - 2].lower == "be") &&
          (toks[h.tlast].lower == "by" ||
           (is_one_of(type->id, "release", "arrest") && toks[h.tlast - 1].lower == "by")) &&
          std::none_of(s.actors.begin(), s.actors.end(),
                       [&](const ActorMention& m) { return m.last_token == h.tfirst; }) &&
          std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst) + 1,
                       toks.begin() + static_cast<std::ptrdiff_t>(h.tlast), [](const Token& t) {
                         return is_one_of(t.lower, "the", "a", "an", "its", "their", "his", "her",
                                          "this", "that", "these");
                       });
      // "The expulsion of six Indian diplomats by Ottawa": an act named by its noun, with its
      // agent in a "by" phrase right after it.
      // (Not "ahead of a visit to Beijing by Scholz": one to come.)
      bool to_come = h.tfirst > first + 2 &&
                     is_one_of(toks[h.tfirst].lower, "trip", "visit", "tour") &&
                     (is_one_of(toks[h.tfirst - 2].lower, "before", "for", "awaiting") ||
                      (toks[h.tfirst - 3].lower == "ahead" && toks[h.tfirst - 2].lower == "of"));
      // ("A visit by Tadic to Podgorica", "The visit of Modi to Nepal": the trigger runs past its
      // "by" or "of" to the place.)
      bool by_inside = is_one_of(verb, "trip", "visit") && h.tfirst + 1 < h.tlast &&
                       is_one_of(toks[h.tfirst + 1].lower, "by", "of");
      // (Told as planned or put off: not "A visit by Obama to Hiroshima remains unlikely", "Japan
      // rejected a visit by Li to Tokyo".)
      bool put_off_before = false;  // (the host put it off: its subject is whom it is to)
      if (by_inside) {
        bool told = false;
        for (size_t i = h.tlast; i < last && i < h.tlast + 16 && !told; ++i)
          told = is_one_of(toks[i].lower, "postponed", "cancelled", "canceled", "called", "put",
                           "scrapped", "shelved", "planned", "scheduled", "expected", "due", "set",
                           "will");
        // ("Jakarta has postponed a planned visit by the Attorney-General, Philip Ruddock": put
        // off by the host, whose visit it is not.)
        for (size_t i = h.tfirst; i > first && i + 5 > h.tfirst && !told; --i)
          told = put_off_before =
              is_one_of(toks[i - 1].lower, "postponed", "cancelled", "canceled", "postpone",
                        "cancel", "scrapped", "postponing", "cancelling");
        if (!told) continue;
      }
      // (A visit "by" someone with no place it goes to: only one the host put off, below.)
      const bool bare_visit = by_inside && toks[h.tfirst + 1].lower == "by" &&
                              std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                                           toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                                           [](const Token& t) { return t.lower == "to"; });
      if (bare_visit && !put_off_before) continue;
      bool nominal = !passive && !reduced && !to_come &&
                     ((h.tlast < seg.last && toks[h.tlast].lower == "by") || by_inside) &&
                     is_one_of(verb, "expulsion", "withdrawal", "closure", "relocation",
                               "evacuation", "recall", "release", "arrest", "detention", "seizure",
                               "downing", "bombing", "shelling", "invasion", "annexation",
                               // "A trip to Algiers by Justice Minister Gerald Darmanin"
                               "trip", "visit", "tour");
      reduced = reduced || nominal;
      // (A release's participle with no one freed right after it is one only in a passive: not
      // "the report released on Monday"; "Iran released on Monday 200 Iraqi prisoners" names
      // them, past the trigger's end.)
      if (!passive && !reduced && type->id == "release" && is_one_of(verb, "released", "freed")) {
        size_t reach = std::min(seg.last, h.tlast + 6);
        bool names_freed =
            std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
              return m.first_token > h.tfirst && m.first_token < reach && !m.place;
            });
        for (size_t k = h.tfirst + 1; k < reach && !names_freed; ++k)
          names_freed = is_one_of(toks[k].lower, "prisoners", "hostages", "detainees", "captives",
                                  "pows", "crew", "sailors", "fishermen", "fisherman", "journalist",
                                  "journalists", "prisoner", "hostage", "detainee", "by");
        if (!names_freed) continue;
      }
      if (passive || reduced) {
        const ActorMention* by = nullptr;
        bool nonstate_by = false;
        for (const auto& m : s.actors) {
          // (A city is a place, not an actor, but the state it is in arrests: "was detained in
          // Yekaterinburg"; so does a state named as the place: "were detained in Tunisia".)
          // (Not how long someone has been held there: "had been detained in Uganda since 2017",
          // "was detained in Afghanistan for more than a year".)
          // (Nor a state's prisons or waters, "detained in Tunisia's prisons", nor one followed
          // by what did it, "detained in Tunisia by Libyan agents", "by storms".)
          const bool state_named =
              m.how == MentionHow::kName && m.actor->kind == ActorKind::kCountry &&
              !toks[m.last_token - 1].possessive &&
              !(m.last_token < seg.last &&
                is_one_of(toks[m.last_token].lower, "for", "since", "by", "'s"));
          bool city = m.how == MentionHow::kCity || m.how == MentionHow::kCapital || state_named;
          // ("was suspended from the Pacific Islands Forum": the body suspends its member.)
          const bool suspended_from =
              verb == "suspended" && h.tfirst + 2 < h.tlast && toks[h.tfirst + 1].lower == "from";
          const size_t after = by_inside || suspended_from ? h.tfirst + 2 : h.tlast;
          // (A person set off by commas starts the next segment: "by the Attorney-General,
          // Philip Ruddock,", below.)
          // (Closed by a comma too: not "criticised by the Opposition, Blair told Parliament".)
          const bool set_off = m.first_token == seg.last + 1 && toks[seg.last].lower == "," &&
                               m.actor->kind == ActorKind::kPerson && m.last_token < last &&
                               toks[m.last_token].lower == ",";
          if (m.first_token < after || (m.first_token >= seg.last && !set_off) ||
              m.first_token > after + 6 ||
              !(actor_ok(m) || (type->id == "arrest" && city && !(*s.in_quote)[m.first_token])))
            continue;
          // ("taken into custody by Somali pirates", "were seized by Colombian rebels": men of a
          // nation who are no organ of its state act for no state.)
          if (m.how == MentionHow::kDemonym && m.last_token < seg.last &&
              is_one_of(toks[m.last_token].lower, "pirates", "rebels", "gunmen", "militants",
                        "kidnappers", "insurgents", "guerrillas", "smugglers", "bandits",
                        "fighters", "militiamen", "separatists", "tribesmen", "hijackers",
                        "criminals", "gangs", "extremists", "jihadists", "mercenaries")) {
            nonstate_by = true;  // (nor is the state of the city they hold them in: "in Aleppo")
            continue;
          }
          size_t b = m.first_token - 1;
          if (is_one_of(toks[b].lower, "the", "a", "an") && b + 1 > h.tlast) --b;
          // ("a visit to Jakarta by the Attorney-General, Philip Ruddock,": a person set off
          // after the office.)
          if (toks[b].lower == "," && m.actor->kind == ActorKind::kPerson && b > after &&
              m.last_token < last && toks[m.last_token].lower == ",") {
            size_t c = b;
            while (c > after && b - c < 4 && toks[c - 1].lower != "the" &&
                   (kSpeakerTitleWords.contains(toks[c - 1].lower) || toks[c - 1].capitalized))
              --c;
            if (c < b && c > after && toks[c - 1].lower == "the" && toks[c - 2].lower == "by")
              b = c - 2;
          }
          // ("was summoned to the Russian foreign ministry": the ministry summoned.)
          bool summoned_to = toks[b].lower == "to" &&
                             (m.actor->kind == ActorKind::kOrganization ||
                              (m.actor->kind == ActorKind::kCountry && verb == "summoned")) &&
                             is_one_of(verb, "summoned", "called");
          // ("was detained in Yekaterinburg", "arrested at a Geneva hotel": the state of the
          // city.)
          bool arrested_in =
              is_one_of(toks[b].lower, "in", "at") && type->id == "arrest" && city && !nonstate_by;
          // ("was met at the airport by Saudi officials": a welcome by a host is by a person.)
          bool greeter = type->id != "hosting" || !is_one_of(verb, "met", "welcomed", "greeted") ||
                         m.actor->kind == ActorKind::kPerson || person_after(m);
          bool body_from = suspended_from && actor_ok(m) &&
                           m.actor->kind == ActorKind::kOrganization && m.actor->country.empty();
          // ("shot down by a missile fired from a Soviet fighter": whose weapon fired it.)
          const bool fired_from = toks[b].lower == "from" && b >= h.tlast + 2 && b <= h.tlast + 4 &&
                                  toks[b - 1].lower == "fired";
          if (((toks[b].lower == "by" || (by_inside && toks[b].lower == "of") || fired_from) &&
               actor_ok(m) && greeter) ||
              summoned_to || arrested_in || body_from) {
            // (A second body, "suspended from the Forum on May 2 and from the Commonwealth":
            // the member is the sentence's subject, not the body named before.)
            if (body_from && agent && agent->last_token <= h.tfirst &&
                agent->actor->kind == ActorKind::kOrganization && agent->actor->country.empty())
              for (const auto& x : s.actors)
                if (x.last_token <= agent->first_token && actor_ok(x) &&
                    x.actor->kind == ActorKind::kCountry) {
                  agent = &x;
                  break;
                }
            // ("mediated by European Council President Charles Michel": Michel.)
            const ActorMention* person = person_after(m);
            by = person ? person : &m;
            break;
          }
        }
        // "Egyptian and Moroccan troops were deployed": a state moves its own forces.
        bool moved_own = agent && own_forces(*agent) &&
                         is_one_of(type->id, "military-buildup", "military-withdrawal");
        // "The men were released last week after paying fines", "They were freed the next day":
        // who frees the detained is the state the story last had detaining someone, and they
        // are whom that detention was aimed at.
        // (People, named or not, freed by a detention among the last events: not "a report was
        // released", "the film was released last week".)
        bool people =
            i >= seg.first + 2 &&
            (is_one_of(toks[i - 2].lower, "they", "he", "she", "men", "women", "fishermen", "crew",
                       "officers", "sailors", "detainees", "prisoners", "hostages", "captives",
                       "nationals", "citizens", "workers", "traders", "journalists", "activists",
                       "tourists", "soldiers", "captain", "drivers", "students") ||
             (agent && agent->actor->kind == ActorKind::kPerson) ||
             // ("Ri Jong Chol, who had been arrested ..., was released")
             std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
               return m.first_token == first && m.actor->kind == ActorKind::kPerson;
             }));
        const EventMention* detention = nullptr;
        if (!by && passive && people && type->id == "release")
          for (auto it = previous.rbegin();
               it != previous.rend() && it - previous.rbegin() < 40 && !detention; ++it)
            if (it->type && is_one_of(it->type->id, "arrest", "coercion") && it->agent &&
                it->agent->kind == ActorKind::kCountry)
              detention = &*it;
        if (detention) {
          // (The subject, where the text names the freed: "Ri Jong Chol was released".)
          if (agent && agent->actor != detention->agent)
            patient = agent->actor;
          else if (!detention->others.empty())
            patient = detention->others.front();
          agent = nullptr;
          agent_actor = detention->agent;
          by_phrase = true;
        } else if (!by && !moved_own) {
          continue;
        }
        // ("Israel cancelled a visit by Netanyahu", "the museum cancelled a visit by Chinese
        // schoolchildren": a host of another state, by its name, or no visit is told.)
        if (bare_visit &&
            (!by || !agent || agent->last_token > h.tfirst ||
             agent->actor->kind != ActorKind::kCountry || by->how == MentionHow::kDemonym ||
             same_state(*agent->actor, *by->actor)))
          continue;
        if (by) {
          // "Iran was criticized by France": the subject is whom the act is aimed at.
          if (agent && agent->last_token <= h.tfirst && agent != by && !own_forces(*agent) &&
              (!reduced || (put_off_before && agent->actor->kind == ActorKind::kCountry)))
            patient = agent->actor;
          // A welcome, or a killing, with a "by" agent is done to someone: "Hu was met at the
          // airport by Pohamba", "a coast guard officer was stabbed by", not "the decision was
          // welcomed by Macron", "the plan was killed by Russia".
          bool to_a_thing = false;
          if (passive && (type->id == "assault" || type->id == "hosting"))
            for (size_t i = seg.first; i < h.tfirst && !to_a_thing; ++i)
              to_a_thing = is_one_of(
                  toks[i].lower, "decision", "decisions", "proposal", "proposals", "plan", "plans",
                  "offer", "deal", "agreement", "move", "announcement", "news", "ceasefire",
                  "truce", "sanctions", "remarks", "statement", "idea", "initiative", "report",
                  "resolution", "result", "results", "election", "vote", "verdict", "ruling",
                  "bill", "law", "measure", "measures", "request", "appeal", "call", "calls",
                  "film", "video", "photo", "photos", "pictures", "footage", "speech", "letter",
                  "message", "step", "steps", "treaty", "accord", "talks", "reform", "reforms");
          if (to_a_thing) continue;
          agent = by;
          agent_actor = nullptr;
          by_phrase = true;
        }
      }
    }
    // ("A British engineer detained in Iran for 17 months": the passive trigger of an arrest
    // with no one named who arrested is no act of whoever the sentence named before; nor is
    // "Biden called to congratulate Modi" a summons.)
    if ((type->id == "arrest" || type->id == "criticism") && !by_phrase &&
        h.tlast == h.tfirst + 2 && is_one_of(toks[h.tlast - 1].lower, "by", "in", "to") &&
        is_one_of(toks[h.tfirst].lower, "arrested", "detained", "apprehended", "summoned",
                  "called"))
      continue;
    // ("The British ambassador was summoned to the Security Council to brief members", "to the
    // International Court as a witness": a body of no state that calls someone is no rebuke.)
    if (type->id == "criticism" && by_phrase && agent && h.tlast == h.tfirst + 2 &&
        toks[h.tlast - 1].lower == "to" && is_one_of(toks[h.tfirst].lower, "summoned", "called") &&
        agent->actor->kind == ActorKind::kOrganization && agent->actor->country.empty())
      continue;
    // "A high-level American delegation led by ... Kurt Campbell, landed in Honiara": the one
    // who leads it.
    if (agent && agent->last_token + 2 < h.tfirst &&
        is_one_of(toks[agent->last_token].lower, "delegation", "team", "mission") &&
        toks[agent->last_token + 1].lower == "led" && toks[agent->last_token + 2].lower == "by")
      for (const auto& m : s.actors)
        if (m.first_token > agent->last_token + 2 && m.last_token <= h.tfirst &&
            m.actor->kind == ActorKind::kPerson && actor_ok(m)) {
          agent = &m;
          break;
        }
    // The first actor of the trigger's segment that ends by token `end` (not a place).
    auto clause_subject = [&](size_t end) -> const ActorMention* {
      for (const auto& m : s.actors)
        if (m.last_token <= end && m.first_token >= seg.first && actor_ok(m) && !m.place) return &m;
      return nullptr;
    };
    // "Trong became the first general secretary of the Communist Party of Vietnam to visit the
    // United States": who became the first to do it acts, not a body named in the title.
    if (agent && !by_phrase && h.tfirst > first + 1 && toks[h.tfirst - 1].lower == "to" &&
        agent->last_token < h.tfirst)
      for (size_t i = h.tfirst - 1; i >= first + 3 && h.tfirst - i < 14; --i) {
        std::string_view w = toks[i - 1].lower;
        if (is_one_of(w, ",", ";", ":")) break;
        if (!is_one_of(w, "first", "second", "third", "only", "last", "latest") ||
            toks[i - 2].lower != "the" ||
            !is_one_of(toks[i - 3].lower, "became", "becomes", "become", "was", "is", "were", "are",
                       "be"))
          continue;
        // (The clause's first actor: "Trump met Kim at the border and was the first ...".)
        if (const ActorMention* subject = clause_subject(i - 3)) agent = subject;
        break;
      }
    // "Modi accepted Anwar's invitation to visit Malaysia", "accepted an invitation from Hu to
    // visit China": the guest who accepted goes, not the host who invited.
    // The "invitation" the visit's "to" follows within its clause, else SIZE_MAX (it also
    // makes the visit one to come, below).
    size_t invitation = SIZE_MAX;
    {
      const size_t to_visit = toks[h.tfirst].lower == "to" ? h.tfirst : h.tfirst - 1;
      if (type->id == "visit" && h.tfirst > first && toks[to_visit].lower == "to")
        for (size_t i = to_visit; i > first && to_visit - i < 12; --i) {
          if (is_one_of(toks[i - 1].lower, ",", ";", ":", "and", "that", "who")) break;
          if (toks[i - 1].lower == "invitation") {
            invitation = i - 1;
            break;
          }
        }
    }
    bool declined = false;  // ("declined Anwar's invitation to visit Malaysia": no visit)
    if (agent && !by_phrase && invitation != SIZE_MAX && invitation > first &&
        h.tfirst > first + 3) {
      const size_t i = invitation + 1;
      size_t a = invitation;  // the verb before the invitation: "accepted (an|X's) invitation"
      while (a > first && i - a < 6 &&
             !is_one_of(toks[a - 1].lower, "accepted", "accepts", "accept", "accepting", "declined",
                        "declines", "rejected", "rejects", "refused", "turned"))
        --a;
      declined = a > first && i - a < 6 && !starts_with(toks[a - 1].lower, "accept");
      // (Its subject right before it, past "has", "also" and the like.)
      if (a > first + 1 && i - a < 6)
        for (const auto& m : s.actors)
          if (m.last_token < a && m.last_token + 4 >= a && actor_ok(m) && !m.place) agent = &m;
    }
    if (declined) continue;
    // "summoned the Australian ambassador on Monday to demand an explanation": the purpose of
    // an act done to someone is the doer's, not the one it was done to. (The verb right before
    // the one acted on, past a determiner; up to eight words, no new clause, before "to".)
    // (A list acted on, "telephoned Mubarak and Algerian President Abdelaziz Bouteflika to urge
    // calm", reads first as a list of subjects: its last member is the one nearest "to".)
    const ActorMention* nearest = agent;
    for (const auto& m : s.actors)
      if (nearest && m.last_token > nearest->last_token && m.last_token < h.tfirst && actor_ok(m) &&
          !m.place && std::find(co_agents.begin(), co_agents.end(), m.actor) != co_agents.end())
        nearest = &m;
    // (The trigger may begin with the "to": "to press both men to accept".)
    const size_t verb = toks[h.tfirst].lower == "to" ? h.tfirst + 1 : h.tfirst;
    if (nearest && !by_phrase && verb > first + 2 && toks[verb - 1].lower == "to" &&
        nearest->last_token < verb && verb - nearest->last_token <= 9 &&
        std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(nearest->last_token + 1),
                     toks.begin() + static_cast<std::ptrdiff_t>(verb - 1), [](const Token& k) {
                       return is_one_of(k.lower, "and", "who", "which", "that", ";", "but");
                     })) {
      size_t v = nearest->first_token;
      std::vector<const LexActor*> acted_on{nearest->actor};
      for (bool more = true;
           more && v > seg.first + 1 && is_one_of(toks[v - 1].lower, "and", ",");) {
        more = false;
        for (const auto& m : s.actors)
          if (m.last_token == v - 1 && m.first_token >= seg.first && actor_ok(m) && !m.place) {
            acted_on.push_back(m.actor);
            v = m.first_token;
            more = true;
            break;
          }
      }
      // (Past a word of courtesy too: "telephoned Mr. Malek yesterday to express".)
      while (v > seg.first && (is_one_of(toks[v - 1].lower, "the", "its", "their", "his", "her") ||
                               is_honorific(toks[v - 1].lower)))
        --v;
      // ("summoned the Ambassador of France": the envoy of the one named.)
      if (v >= seg.first + 3 && toks[v - 1].lower == "of" &&
          is_one_of(toks[v - 2].lower, "ambassador", "envoy", "representative") &&
          toks[v - 3].lower == "the")
        v -= 3;
      bool done_to =
          v > first + 1 &&
          // (Not "invited", "urged", "asked": their object does what follows, "invited Erdogan
          // to attend".)
          // (Nor the place visited: "visited Amman to urge the Jordan Government to join".)
          (is_one_of(toks[v - 1].lower, "summoned", "summons", "summoning", "received",
                     "telephoned", "phoned", "rang", "visited", "toured") ||
           (toks[v - 1].lower == "in" && is_one_of(toks[v - 2].lower, "called", "calls")));
      // (The subject may stand before an apposition: "Muammar Qaddafi, the current chairman of
      // the African Union, telephoned ...".)
      const ActorMention* subject = done_to ? clause_subject(v - 1) : nullptr;
      // ("Palestinian Authority Chairman Yasser Arafat telephoned": the person so titled.)
      if (subject)
        if (const ActorMention* person = person_after(*subject)) subject = person;
      if (done_to && !subject && seg.first > first && toks[seg.first - 1].lower == ",")
        for (const auto& m : s.actors)
          if (!subject && m.last_token < seg.first && actor_ok(m) && !m.place) subject = &m;
      if (done_to) {
        if (subject) {
          patient = nearest->actor;  // (whom it is aimed at)
          agent = subject;
          std::erase_if(co_agents, [&](const LexActor* a) {
            return std::find(acted_on.begin(), acted_on.end(), a) != acted_on.end();
          });
          for (size_t k = 1; k < acted_on.size(); ++k) phrase_bodies.push_back(acted_on[k]);
        }
      }
    }
    // "Peters spoke to Ratu Epeli by telephone and asked him to reverse the decision": an act
    // joined by "and" (or a comma, "and then") whose object is a pronoun is the subject's,
    // aimed at the one before.
    const size_t object =
        h.tfirst + (h.tfirst + 1 < seg.last && toks[h.tfirst + 1].lower == "then" ? 3 : 2);
    if (agent && !by_phrase && object < seg.last &&
        (toks[h.tfirst].lower == "and" || toks[h.tfirst].lower == ",") &&
        is_one_of(toks[object].lower, "him", "her", "them"))
      if (const ActorMention* subject = clause_subject(h.tfirst)) {
        const ActorMention* person = person_after(*subject);
        if (person && person->last_token <= h.tfirst) subject = person;
        // (Not the speaker named after his body's title: "State Department spokesman Ned Price
        // said ... and urged them".)
        bool titled = person_after(*subject, true) == agent;
        if (!titled && subject != agent && subject->last_token <= agent->first_token) {
          patient = agent->actor;
          agent = subject;
        }
      }
    // "Kulhanek summoned Russian Ambassador Alexander Zmeevsky on Wednesday and demanded an
    // explanation": an act joined by "and" to an act done to the one named before is the
    // subject's, aimed at that one.
    const size_t and_at = toks[h.tfirst].lower == "and"                               ? h.tfirst
                          : h.tfirst > seg.first && toks[h.tfirst - 1].lower == "and" ? h.tfirst - 1
                                                                                      : SIZE_MAX;
    if (agent && !by_phrase && and_at != SIZE_MAX && agent->last_token <= and_at &&
        and_at - agent->last_token <= 8 &&
        std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(agent->last_token),
                     toks.begin() + static_cast<std::ptrdiff_t>(and_at), [](const Token& k) {
                       return is_one_of(k.lower, ",", ";", "who", "which", "that", "but", "and");
                     })) {
      size_t v = agent->first_token;
      while (v > seg.first + 1 && agent->first_token - v < 4 &&
             // ("met a Chinese vice foreign minister on Mar. 8 and asked that")
             (toks[v - 1].capitalized ||
              is_one_of(toks[v - 1].lower, "the", "its", "their", "a", "an", "his", "her")))
        --v;
      // (So is one after a visit: "The King visited New Delhi in April and held talks with
      // Prime Minister Narendra Modi"; the place visited does not act, whoever went.)
      const bool visited = v > seg.first && is_one_of(toks[v - 1].lower, "visited", "toured") &&
                           agent->actor->kind == ActorKind::kCountry;
      const bool done_to_named =
          v > seg.first + 1 && is_one_of(toks[v - 1].lower, "summoned", "received", "met",
                                         "telephoned", "phoned", "rang", "hosted", "told");
      const bool acted_on = (visited || done_to_named) && v > seg.first + 1;
      const ActorMention* subject = acted_on ? clause_subject(v - 1) : nullptr;
      if (subject && subject != agent) {
        if (const ActorMention* person = person_after(*subject); person && person->last_token < v)
          subject = person;
        patient = agent->actor;
        agent = subject;
      } else if ((visited || done_to_named) && !subject) {
        continue;  // ("The Foreign Ministry summoned ... and demanded": whoever it was, not him)
      }
    }
    if (agent) agent_actor = agent->actor;
    if (agent && agent->also) {  // "the two countries met": in no telling order
      co_agents.push_back(agent->also);
      ev.unordered = true;
    }
    // A deal of the background, signed on a date with no signatory named ("the treaty, signed in
    // Damascus in May 1991"): between the two states the sentence names, as a pair ("allows the
    // two countries to share") or one by one ("Afghanistan is committed to deliver water to
    // Iran"). (With more or fewer than two, who signed it is not told.)
    bool deal = false;
    for (size_t i = h.tfirst; i < h.tlast && type->id == "agreement" && !deal; ++i)
      deal = is_deal_noun(toks[i].lower);
    // A deal named by its noun and dated ("under a joint declaration signed in October 1956",
    // "the 1965 border agreement"), whoever the clause's subject is: its two sides from the
    // sentence, not the nearest name before it.
    // (Not one the clause is against; nor one of an earlier year whose sides the sentence does
    // not tell, "the Anglo-German agreement of 1913" in "Cameroon's claim rests on ...".)
    if (type->id == "agreement" && named_deal_noun(toks, h.tfirst, h.tlast) < h.tlast &&
        co_agents.empty()) {
      if (opposed_deal(toks, first, h.tfirst)) continue;
      auto state_of = [&](const LexActor& a) -> const LexActor* {
        // (A body of states signs its own: "the European Union ... the agreement with Turkey".)
        if (a.kind == ActorKind::kCountry ||
            (a.kind == ActorKind::kOrganization && a.country.empty()))
          return &a;
        return impl_->state(a.country);
      };
      if (auto sides =
              named_deal_sides(s, h.tfirst, h.tlast, seg.first, seg.last, actor_ok, state_of)) {
        agent_actor = sides->first;
        co_agents.push_back(sides->second);
        ev.unordered = true;
      } else if (agent && agent->last_token < h.tfirst &&  // (not "the ASEAN Agreement on")
                 std::none_of(s.actors.begin(), s.actors.end(),
                              [&](const ActorMention& m) {
                                return actor_ok(m) && m.first_token >= h.tfirst &&
                                       m.first_token < h.tlast;
                              }) &&
                 std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
                   // (A deal of another year: not "the accord, signed in Prespa on Sunday".)
                   // (A time closing the trigger ends it at its first word.)
                   return t.date && t.first_token >= h.tfirst && t.first_token < h.tlast &&
                          t.date->start && t.date->start->date.year < published.year;
                 })) {
        continue;
      }
    }
    if (!agent_actor && deal) {
      std::vector<const LexActor*> sides;
      auto add = [&](const LexActor* a) {
        if (a && std::find(sides.begin(), sides.end(), a) == sides.end()) sides.push_back(a);
      };
      for (const auto& m : s.actors)  // (a pair named as one first: "the two countries")
        if (m.also && actor_ok(m) && m.actor->kind == ActorKind::kCountry) {
          add(m.actor);
          add(m.also);
        }
      bool paired = !sides.empty();
      for (const auto& m : s.actors)
        if (!paired && !m.place && actor_ok(m) && m.actor->kind == ActorKind::kCountry)
          add(m.actor);
      // ("A protocol signed in May 2015 allows the two referendums ...", "since a fishing
      // agreement signed in 1990 lapsed": with no state named, the two the story is about.)
      auto signed_on_a_date = [&] {
        for (size_t i = h.tfirst; i < seg.last && i < h.tlast + 2; ++i)
          if (is_signed_word(toks[i].lower))
            return std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
              return t.date && t.first_token > i && t.first_token <= i + 5 &&
                     !(*s.in_quote)[t.first_token];
            });
        return false;
      };
      if (sides.empty() && s.main_pair.first && s.main_pair.second && signed_on_a_date()) {
        add(s.main_pair.first);
        add(s.main_pair.second);
      }
      if (sides.size() == 2) {
        agent_actor = sides[0];
        co_agents.push_back(sides[1]);
        ev.unordered = true;
      }
    }
    // Talks told by themselves, with no one named in the sentence ("Talks to renew them broke
    // off in Seattle in May", "The previous round of talks, the 24th, took place in Beijing in
    // August 2016"): the two states the story is about.
    // (Not "Coalition talks in Nepal collapsed", "Talks with the striking farmers broke down":
    // a place of another state or another side named.)
    if (!agent_actor && type->id == "negotiation" && s.main_pair.first && s.main_pair.second &&
        is_one_of(toks[h.tfirst].lower, "talks", "negotiations", "round", "rounds") &&
        !(h.tfirst + 1 < last && toks[h.tfirst + 1].lower == "with") &&
        !(h.tfirst > first && is_one_of(toks[h.tfirst - 1].lower, "coalition", "wage", "pay",
                                        "contract", "budget", "merger")) &&
        std::all_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          // (A place of one of the two is theirs: "took place in Beijing".)
          return m.place && (m.actor == s.main_pair.first || m.actor == s.main_pair.second);
        })) {
      agent_actor = s.main_pair.first;
      co_agents.push_back(s.main_pair.second);
      ev.unordered = true;
    }
    // "Joint military exercises were also halted, he said": an act in the passive with no one
    // named who did it, told by an official after it, is the official's side's act (a state's
    // act, below, when the type is one).
    if (!agent_actor && !type->speech && type->by_state) {
      bool passive = false;
      for (size_t i = h.tfirst; i + 1 < seg.last && i < h.tlast + 3 && !passive; ++i)
        if (is_one_of(toks[i].lower, "was", "were", "been")) {
          size_t v = i + 1;
          if (v + 1 < seg.last && ends_with(toks[v].lower, "ly")) ++v;  // "were also halted"
          if (toks[v].lower == "also" && v + 1 < seg.last) ++v;
          passive = ends_with(toks[v].lower, "ed") ||
                    is_one_of(toks[v].lower, "shut", "frozen", "cut", "sent", "broken", "held");
        }
      if (passive)
        for (const Hit& c : chosen) {
          if (c.tfirst <= h.tlast || c.trig->type->id != "statement" || c.tfirst < first + 2 ||
              toks[c.tfirst - 2].lower != "," ||
              !is_one_of(toks[c.tfirst].lower, "said", "says", "added") || c.tlast + 1 < last)
            continue;
          // ", he said." ending the sentence: the person "he" refers to.
          if (is_one_of(toks[c.tfirst - 1].lower, "he", "she")) {
            const LexActor* who = referent(true);
            if (who && !who->country.empty() && who->role_at(published)) agent_actor = who;
            // (An official the story did not name, "the head of state told": the state that
            // acted last.)
            for (auto it = previous.rbegin(); it != previous.rend() && !who; ++it)
              if (it->agent && it->agent->kind == ActorKind::kCountry)
                who = agent_actor = it->agent;
          }
          break;
        }
    }
    // "Police detained about 200 people overnight", "Riga police dispersed a rally", "Gendarmes
    // in Ekondo-Titi detained 23 fishermen": a state's own forces with no state named act for
    // the state of the place named with them, else of the dateline.
    if (!agent_actor && !type->speech && type->by_state &&
        is_one_of(type->id, "arrest", "coercion", "release", "expulsion")) {
      size_t force = 0;
      for (size_t i = h.tfirst; i > seg.first && h.tfirst - i < 5 && !force; --i)
        if (is_one_of(toks[i - 1].lower, "police", "policemen", "gendarmes", "soldiers", "troops",
                      "gendarmerie"))
          force = i - 1;
      bool subject =
          force && std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(seg.first),
                               toks.begin() + static_cast<std::ptrdiff_t>(force),
                               [](const Token& t) { return t.kind == TokenKind::kWord; });
      if (subject) {
        agent_actor = s.home;
        for (const auto& m : s.actors)
          if (m.actor->kind == ActorKind::kCountry &&
              ((m.place && m.last_token == force) ||
               (m.first_token == force + 2 && toks[force + 1].lower == "in")))
            agent_actor = m.actor;
      }
    }
    // The state an envoy the trigger names is posted in ("the Russian ambassador in Kiev"): that
    // of the first place after "<envoy> in" before token `end` (the trigger's end, or past it)
    // that `also` admits, else null; with `missions`, a mission's post too ("the Hungarian
    // Legation in Belgrade").
    auto posted_in = [&](auto&& also, size_t end, bool missions) -> const LexActor* {
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst + 1 && m.first_token < end &&
            toks[m.first_token - 1].lower == "in" &&
            (is_envoy_word(toks[m.first_token - 2].lower) ||
             (missions && is_one_of(toks[m.first_token - 2].lower, "legation", "embassy", "mission",
                                    "consulate"))) &&
            also(m))
          return m.actor->kind == ActorKind::kCountry ? m.actor : impl_->state(m.actor->country);
      return nullptr;
    };
    // "The Iranian charge d'affaires and the staff of the Iranian Embassy were given 48 hours to
    // leave the country", told from Baghdad: envoys of another state sent away, with no one
    // named who sent them, by the state of the dateline.
    // (Not the state of the envoys themselves. A state they are told to leave, "were ordered to
    // leave Iran", or one named after "by", sends them away; "the country" is the dateline's
    // state, with none no one.)
    if (type->id == "expulsion" && (!agent || agent->first_token >= h.tfirst) &&
        h.tlast > h.tfirst + 3 && passive_in(toks, h.tfirst, h.tlast) &&
        !(agent && agent->first_token > first && toks[agent->first_token - 1].lower == "by")) {
      const LexActor* sent = nullptr;  // the envoys' state: the first named
      for (const auto& m : s.actors)
        if (!sent && m.first_token >= h.tfirst && m.first_token < h.tlast &&
            m.actor->kind == ActorKind::kCountry)
          sent = m.actor;
      const LexActor* left = nullptr;  // "to leave Iran"
      size_t leave = h.tfirst;
      while (leave < last && toks[leave].lower != "leave") ++leave;
      // (Not "was given 48 hours to leave for Moscow, where he will take up a new post": sent on.)
      if (leave + 1 < last && toks[leave + 1].lower == "for") continue;
      // ("was ordered to leave by Poland": the state after "by".)
      size_t at = leave + 1 < last && toks[leave + 1].lower == "by" ? leave + 2 : leave + 1;
      if (at + 1 < last && toks[at].lower == "the") ++at;  // ("to leave the United States")
      for (const auto& m : s.actors)
        if (leave < last && m.first_token == at && m.actor->kind == ActorKind::kCountry)
          left = m.actor;
      // ("the Egyptian charge d'affaires in Jedda was given forty-eight hours to pack": the
      // state the envoy is posted in, with no dateline.)
      const LexActor* posted = posted_in([](const ActorMention&) { return true; }, h.tlast, false);
      // ("... and broken off diplomatic relations with Cuba. The Cuban diplomats have been given
      // forty-eight hours to leave.": the state that has just broken with theirs, in the sentence
      // before, sends them away, not the dateline's.)
      const LexActor* breaker = nullptr;
      for (auto it = previous.rbegin(); sent && just_before(previous, s) && it != previous.rend() &&
                                        it->sentence_begin == previous.back().sentence_begin;
           ++it)
        if (it->type && is_one_of(it->type->id, "sanction", "expulsion", "embassy-closure") &&
            it->agent && it->agent->kind == ActorKind::kCountry && it->agent != sent &&
            std::find(it->others.begin(), it->others.end(), sent) != it->others.end())
          breaker = breaker ? breaker : it->agent;
      const LexActor* by_state = left ? left : posted ? posted : breaker ? breaker : s.home;
      if (!sent || !by_state || sent == by_state) continue;
      agent = nullptr;
      agent_actor = by_state;
    }
    // "A note of protest was handed to the Chinese Charge d'Affaires in Rangoon": a protest
    // told in the passive, with no sender named, is the state's where the envoy is posted (not
    // the envoy's own).
    if (type->id == "criticism" && (!agent || agent->first_token >= h.tfirst) &&
        passive_in(toks, h.tfirst, h.tlast) &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    [](const Token& t) { return t.lower == "protest"; })) {
      const LexActor* to = nullptr;
      for (const auto& m : s.actors)
        if (!to && m.first_token > h.tfirst && m.first_token < h.tlast && !m.place)
          to = m.actor->kind == ActorKind::kCountry ? m.actor : impl_->state(m.actor->country);
      // (The envoy's post, or the mission's, may follow the trigger: "to the Hungarian
      // Legation in Belgrade".)
      const LexActor* posted = posted_in([](const ActorMention&) { return true; }, seg.last, true);
      bool by = false;  // ("delivered to the Soviet Embassy by the Iranian Ambassador")
      for (size_t i = h.tlast; i < seg.last; ++i) by = by || toks[i].lower == "by";
      // (With no post named, the rules for a note to a mission below decide: a wire desk in
      // London or New York reports others' notes.)
      if (!by && posted && to) {
        if (same_state(*to, *posted)) continue;  // (one's own envoy)
        agent = nullptr;
        agent_actor = posted;
      }
    }
    // "(BEIRUT) The Ministry of Foreign Affairs ordered the American military attache to leave
    // Syria": a ministry the text names with no state is the dateline's by default, but one that
    // sends another state's envoys out of a third state is that state's.
    bool bare_ministry = type->id == "expulsion" && h.tlast > h.tfirst + 3 && agent &&
                         agent->actor->kind == ActorKind::kOrganization &&
                         !agent->actor->country.empty() && agent->last_token <= h.tfirst;
    for (size_t i = agent ? agent->first_token : 0; bare_ministry && i < agent->last_token; ++i)
      bare_ministry = is_one_of(toks[i].lower, "the", "ministry", "of", "for", "foreign", "affairs",
                                "office", "external", "relations", "government");
    if (bare_ministry) {
      const LexActor* sent = nullptr;
      const LexActor* left = nullptr;
      for (const auto& m : s.actors) {
        // (The state left may end the trigger or follow it: "to leave Syria".)
        if (m.first_token < h.tfirst || m.first_token > h.tlast ||
            m.actor->kind != ActorKind::kCountry)
          continue;
        if (!sent && m.first_token < h.tlast) sent = m.actor;
        if (m.first_token >= 2 && toks[m.first_token - 1].lower == "leave" &&
            toks[m.first_token - 2].lower == "to")
          left = m.actor;
      }
      // (Not the ministry's own envoys told to come home: "(ANKARA) ordered the Turkish military
      // attache to leave Israel" recalls him, no expulsion.)
      if (sent && sent->country == agent->actor->country) continue;
      if (sent && left && sent != left && left->country != agent->actor->country) {
        agent = nullptr;
        agent_actor = left;
      }
    }
    // ("The State Department ordered the American embassy in Kabul to close": a state's body
    // that orders its own state's mission shut expels no one.)
    if (type->id == "expulsion" && agent && agent->actor->kind == ActorKind::kOrganization &&
        !agent->actor->country.empty()) {
      const ActorMention* sent = nullptr;
      for (const auto& m : s.actors)
        if (!sent && m.first_token > agent->last_token && m.first_token < h.tlast &&
            m.actor->kind == ActorKind::kCountry)
          sent = &m;
      if (sent && sent->actor->country == agent->actor->country) continue;
    }
    // "Kuwaiti citizens were advised not to travel to Lebanon": the state of the people advised
    // gives the advice.
    if (type->id == "sanction" && h.tlast > h.tfirst + 4)
      for (const auto& m : s.actors)
        if (m.first_token >= h.tfirst && m.first_token <= h.tfirst + 1 && people_of_state(m) &&
            std::any_of(
                toks.begin() + static_cast<std::ptrdiff_t>(m.last_token),
                toks.begin() + static_cast<std::ptrdiff_t>(std::min(h.tlast, m.last_token + 5)),
                [](const Token& x) {
                  return is_one_of(x.lower, "advised", "told", "urged", "warned");
                })) {
          agent_actor = m.actor;
          break;
        }
    // "The Department of Foreign Affairs advised Irish citizens against all travel to Ukraine",
    // "the ministry advised Romanians to avoid travelling to Moldova": a state advises its own
    // people, whoever the bare ministry is taken for. (Not a state named as the one advising:
    // "Israel urged Lebanese residents to avoid travelling to the south".)
    auto bare_office = [&](const ActorMention* m) {
      return !m ||
             std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(m->first_token),
                         toks.begin() + static_cast<std::ptrdiff_t>(m->last_token),
                         [](const Token& x) {
                           return is_one_of(x.lower, "the", "foreign", "ministry", "department",
                                            "of", "affairs", "office", "government", "external",
                                            "relations", "and", "international", "cooperation");
                         });
    };
    if (type->id == "sanction" && bare_office(agent) &&
        is_one_of(toks[h.tfirst].lower, "advised", "advises", "advise", "advising", "warned",
                  "warns", "urged", "urges", "cautioned", "cautions"))
      for (const auto& m : s.actors)
        if (m.how == MentionHow::kDemonym && m.actor->kind == ActorKind::kCountry &&
            (m.first_token == h.tfirst + 1 ||
             (m.first_token == h.tfirst + 2 &&
              is_one_of(toks[h.tfirst + 1].lower, "its", "their", "all")))) {
          agent_actor = m.actor;
          if (agent && agent->actor != m.actor) agent = nullptr;
          co_agents.clear();
          break;
        }
    // "the presidents of Argentina, Brazil and Uruguay suspended Paraguay from Mercosur": members
    // suspend one of theirs in their body's name; the body acts.
    if (type->id == "sanction" && agent_actor &&
        is_one_of(toks[h.tfirst].lower, "suspended", "suspends", "suspend") &&
        !(agent_actor->kind == ActorKind::kOrganization && agent_actor->country.empty()))
      for (const auto& m : s.actors) {
        if (m.first_token != h.tfirst + 1 || m.last_token + 2 >= last ||
            toks[m.last_token].lower != "from")
          continue;
        size_t at = m.last_token + (toks[m.last_token + 1].lower == "the" ? 2 : 1);
        for (const auto& b : s.actors)
          if (b.first_token == at && b.actor->kind == ActorKind::kOrganization &&
              b.actor->country.empty() && b.actor != m.actor) {
            agent = &b;
            agent_actor = b.actor;
            co_agents.clear();
          }
        break;
      }
    // "A note of protest was delivered to the Hungarian Legation this morning", filed from
    // Belgrade: the state of the dateline sent it, to another's mission.
    // (Not one sent by someone named, "by the Iranian Ambassador", nor where another state's
    // people are named, "Yugoslav sources said"; the addressee's own may come after the note,
    // "questioning the jurisdiction of Spanish courts".)
    auto in_trigger = [&](const ActorMention& m) {
      return m.first_token >= h.tfirst && m.first_token < h.tlast;
    };
    if (!agent_actor && type->id == "criticism" && s.home && h.tlast - 1 > h.tfirst &&
        passive_in(toks, h.tfirst, h.tlast) &&
        std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                     toks.begin() + static_cast<std::ptrdiff_t>(last),
                     [](const Token& t) { return t.lower == "by"; }) &&
        std::all_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.place || in_trigger(m) || m.actor == s.home ||
                 (m.first_token >= h.tlast &&
                  std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& x) {
                    return in_trigger(x) && x.actor == m.actor;
                  }));
        }))
      for (const auto& m : s.actors)
        if (in_trigger(m) && m.actor->kind == ActorKind::kCountry && m.actor != s.home) {
          agent_actor = s.home;
          break;
        }
    if (!agent_actor) continue;
    // "Britain said that the Russian ambassador in Kiev had been asked to leave the country":
    // the state an envoy is posted in sends him away; "to leave ... for consultations" is a
    // recall, no expulsion.
    if (type->id == "expulsion") {
      bool consult = false;
      for (size_t j = h.tlast; j + 1 < last && !consult; ++j)
        consult = toks[j].lower == "for" && toks[j + 1].lower == "consultations";
      if (consult) continue;
      const LexActor* host =
          posted_in([&](const ActorMention& m) { return passive_in(toks, m.last_token, h.tlast); },
                    h.tlast, false);
      if (host && host != agent_actor &&
          (agent_actor->country.empty() || host->country != agent_actor->country)) {
        agent = nullptr;
        agent_actor = host;
      }
    }
    // "the Tanzanian High Commissioner in Lagos had been asked to leave and that the Nigerian
    // High Commission in Dar es Salaam would be closed": a mission named by its owner is the
    // owner's to close, not the host's.
    if (type->id == "embassy-closure")
      for (const auto& m : s.actors)
        if (m.first_token == h.tfirst && m.actor->kind == ActorKind::kCountry && !m.place) {
          for (const auto& in : s.actors)
            if (in.first_token > m.last_token && in.first_token < h.tlast &&
                toks[in.first_token - 1].lower == "in" && same_state(*in.actor, *agent_actor)) {
              agent = &m;
              agent_actor = m.actor;
              break;
            }
          break;
        }
    // "The Turkish Grand National Assembly adopted a declaration condemning Italy": a text one
    // state or one of its bodies adopts alone is its word, not an agreement (a body of states
    // adopting one, or sides that adopt it together, agree).
    if (type->id == "agreement" && starts_with(toks[h.tfirst].lower, "adopt") &&
        co_agents.empty() &&
        (agent_actor->kind == ActorKind::kCountry ||
         (agent_actor->kind == ActorKind::kOrganization && !agent_actor->country.empty())))
      continue;
    // "an appeal to prevent actions that threaten the strategic partnership": what threatens in
    // a relative clause on a thing ("actions", "steps") is the thing, not an actor's threat.
    // (Also past a comma: "condemned the Russian dam, which threatens Ukraine"; not "Russia,
    // which threatened Ukraine".)
    if (type->id == "threat" && h.tfirst >= first + 2 &&
        is_one_of(toks[h.tfirst - 1].lower, "that", "which")) {
      size_t noun = h.tfirst - 2;
      if (toks[noun].lower == "," && noun > first) --noun;
      if (toks[noun].kind == TokenKind::kWord && !toks[noun].capitalized &&
          std::none_of(s.actors.begin(), s.actors.end(),
                       [&](const ActorMention& m) { return m.last_token == noun + 1; }))
        continue;
    }
    // "A special envoy of President Micombero arrived in Dar es Salaam with a message": an
    // envoy acts for the state, not for the leader in person.
    if (agent && agent->actor == agent_actor && agent_actor->kind == ActorKind::kPerson &&
        !agent_actor->country.empty() && agent->first_token >= first + 2) {
      size_t k = agent->first_token;
      if (toks[k - 1].lower == "the" && k >= first + 3) --k;
      if (toks[k - 1].lower == "of" &&
          is_one_of(toks[k - 2].lower, "envoy", "envoys", "emissary", "emissaries", "messenger",
                    "representative", "representatives"))
        if (const LexActor* state = impl_->state(agent_actor->country)) agent_actor = state;
    }
    // "Japan ordered Japanese fishing boats to leave the area": its own boats sent off are no
    // coercion.
    if (type->id == "coercion" &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          if (m.first_token < h.tfirst || m.last_token >= h.tlast ||
              m.actor->country != agent_actor->country || m.actor->country.empty())
            return false;
          for (size_t k = m.last_token; k < h.tlast && k < m.last_token + 3; ++k)
            if (is_one_of(toks[k].lower, "boats", "vessels", "ships", "trawlers", "fishermen"))
              return true;
          return false;
        }))
      continue;
    // "Kazakh paratroopers landed near Almaty": forces that land at home are no buildup; nor
    // are forces sent to a city of their own state ("British troops rushed to Belfast").
    if (type->id == "military-buildup") {
      const bool landed =
          std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                      toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                      [](const Token& x) { return is_one_of(x.lower, "landed", "arrived"); });
      const ActorMention* where = nullptr;
      // (Not the forces' own state: "a detachment of Niger soldiers landed on the island".)
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst && m.first_token < h.tlast && &m != agent) where = &m;
      // (Not a district of the town: "ordered units of the Czechoslovak Army into the Ostrava
      // and Frydek districts".)
      bool district = false;
      for (size_t i = where ? where->last_token : last; i < last && i < where->last_token + 4; ++i)
        district =
            district || is_one_of(toks[i].lower, "district", "districts", "region", "regions",
                                  "area", "areas", "province", "border", "frontier");
      if (where && same_state(*where->actor, *agent_actor) && !district &&
          (landed || where->how == MentionHow::kCity || where->how == MentionHow::kCapital))
        continue;
    }
    // "Sihanouk left Paris for Moscow on Friday": a place left for another is a person's journey
    // (not "Thousands of Syrians left Syria for Turkey").
    if (type->id == "visit" && leaving_word(toks[h.tfirst].lower) &&
        std::any_of(s.actors.begin(), s.actors.end(),
                    [&](const ActorMention& m) { return m.first_token == h.tfirst + 1; }) &&
        agent_actor->kind != ActorKind::kPerson)
      continue;
    // "The British team flew out to Australia", "the Egyptian team went on to Mexico": a state's
    // team, fans or tourists travel as people, not as the state.
    if (type->id == "visit" && agent && agent->last_token < last &&
        agent->how == MentionHow::kDemonym &&
        is_one_of(toks[agent->last_token].lower, "team", "teams", "squad", "players", "athletes",
                  "club", "fans", "supporters", "tourists", "pilgrims", "students", "orchestra",
                  "choir", "troupe", "climbers", "cyclists", "footballers"))
      continue;
    // "Putin issued an appeal to Russians to stay home": an appeal to one's own people is none
    // between states.
    if (type->id == "appeal" &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.last_token == h.tlast && m.first_token >= h.tfirst + 2 &&
                 m.how == MentionHow::kDemonym && toks[m.first_token - 1].lower == "to" &&
                 toks[m.first_token - 2].lower == "appeal";
        }))
      continue;
    // "Russia ordered 20 members of the Russian Embassy in Kiev to leave": a state's own staff
    // called home is no expulsion.
    // (So are a state's own experts told by its leader to leave another: "Khrushchev ordered all
    // Soviet experts and technicians to leave China"; and experts told to leave by a body of no
    // state are no state's diplomats sent away: "The World Bank told the American experts to
    // leave".)
    const LexActor* agent_state =
        agent_actor->kind == ActorKind::kCountry ? agent_actor : impl_->state(agent_actor->country);
    if (type->id == "expulsion" && agent_state) {
      bool others = false, own = false;
      // (The envoys' state may open the trigger: "the Chilean ambassador in Moscow was asked to
      // leave the Soviet Union".)
      for (const auto& m : s.actors)
        if (m.first_token >= h.tfirst && m.first_token < h.tlast &&
            m.actor->kind == ActorKind::kCountry && !m.place)
          (m.actor == agent_state ? own : others) = true;
      if (own && !others) continue;
    }
    if (type->id == "expulsion" && !agent_state &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast), [](const Token& x) {
                      return is_one_of(x.lower, "experts", "advisers", "advisors", "technicians",
                                       "specialists", "instructors");
                    }))
      continue;
    // A gathering told in passing (", meeting in Jeddah,", "At an emergency meeting in Cairo,")
    // is a body of states' meeting: not one person's, a state's or a crowd's ("Obama, meeting
    // in the Oval Office", "At a meeting in Brussels, Russia was criticised").
    if (type->id == "meeting" &&
        (s.text[toks[h.tfirst].begin] == ',' || (h.tfirst == first && toks[first].lower == "at")) &&
        !(agent_actor->kind == ActorKind::kOrganization && agent_actor->country.empty()))
      continue;
    // "the British troops would be withdrawn": what is to be withdrawn must be a state's forces
    // (not "the offer would be withdrawn", "athletes will be withdrawn from the games", "asked
    // that the foreign troops be withdrawn", a request, "the troops would be withdrawn", whose?).
    if (type->id == "military-withdrawal" &&
        is_one_of(toks[h.tfirst].lower, "would", "will", "shall", "are", "is", "were", "was")) {
      bool forces = false;
      for (size_t i = h.tfirst; i > first + 1 && h.tfirst - i < 5 && !forces; --i)
        forces = is_one_of(toks[i - 1].lower, "troops", "forces", "soldiers", "units", "contingent",
                           "contingents", "garrison", "garrisons", "peacekeepers") &&
                 std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
                   return m.last_token == i - 1 && !m.place;
                 });
      if (!forces) continue;
    }
    // "The Security Council debated the seizure": a debate is a meeting of a body of states
    // (not "Parliament debated the bill", "the two leaders debated", the European Parliament);
    // what it debated is no one it met (below).
    const bool debate = type->id == "meeting" &&
                        is_one_of(toks[h.tfirst].lower, "debated", "resumed", "resume", "resumes");
    if (debate && !(agent_actor->kind == ActorKind::kOrganization && agent_actor->country.empty() &&
                    agent_actor->name.find("Parliament") == std::string::npos))
      continue;
    // "told Kuwait to treat ...": another state or body told to act. Not the agent's own side
    // ("told the Ukrainian army to withdraw", "told the Bundestag to respect"), nor a people
    // ("told Americans to leave Yemen", advice).
    if (type->id == "demand" && is_one_of(toks[h.tfirst].lower, "told", "tells", "telling")) {
      auto told = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
        return m.first_token == h.tfirst + 1 ||
               (m.first_token == h.tfirst + 2 && toks[h.tfirst + 1].lower == "the");
      });
      if (told == s.actors.end() || told->how == MentionHow::kDemonym ||
          same_state(*told->actor, *agent_actor))
        continue;
    }
    // "called on Vice President Han Zheng": a courtesy call is paid to a person (not "called on
    // the West.", an appeal cut short).
    if (type->id == "meeting" && h.tfirst + 1 < h.tlast &&
        starts_with(toks[h.tfirst].lower, "call") && toks[h.tfirst + 1].lower == "on") {
      auto called = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
        return m.first_token > h.tfirst + 1 && m.first_token < h.tlast && !m.place;
      });
      if (called != s.actors.end() && called->actor->kind != ActorKind::kPerson) continue;
      // ("called on President Nicolas Maduro in a statement on Monday to step down": an appeal
      // with what is asked further on; not "to discuss trade", what a call is paid for.)
      bool asked = false;
      for (size_t i = h.tlast; i + 1 < last && !asked; ++i)
        asked = toks[i].lower == "to" && toks[i + 1].kind == TokenKind::kWord &&
                !toks[i + 1].capitalized &&
                !is_one_of(toks[i + 1].lower, "the", "a", "an", "his", "her", "their", "its",
                           "discuss", "talk", "brief", "deliver", "present", "convey", "pay",
                           "hand", "review", "explain", "bid", "say");
      if (asked) continue;
    }
    // "Obama sent Secretary of State John Kerry to Cairo", "sent his Foreign Minister, Oluyemi
    // Adeniji, to Banjul": the person sent is the visitor. A name there that is no person
    // ("sent Syrian troops to") makes no visit of this form.
    if (type->id == "visit" && is_one_of(toks[h.tfirst].lower, "send", "sends", "sent", "sending",
                                         "dispatch", "dispatches", "dispatched", "dispatching")) {
      // (One who holds an office then, not one sent into exile: "Musharraf sent Nawaz Sharif
      // to Saudi Arabia".)
      const ActorMention* sent = nullptr;
      bool named = false;
      for (const auto& m : s.actors)
        if (m.first_token > h.tfirst && m.last_token < h.tlast && !sent) {
          size_t to = m.last_token;
          if (to < h.tlast && toks[to].lower == ",") ++to;
          // ("sent Kerry on Monday to Cairo")
          size_t at = to + 1 < h.tlast && is_one_of(toks[to].lower, "on", "in", "at") ? to + 1 : to;
          for (const auto& t : s.times)
            if (t.first_token == at) to = t.last_token;
          if (to < h.tlast && toks[to].lower == "to") {
            named = true;
            if (m.actor->kind == ActorKind::kPerson &&
                (m.actor->roles.empty() || m.actor->role_at(published)))
              sent = &m;
          }
        }
      if (sent) {
        agent = sent;
        agent_actor = sent->actor;
        co_agents.clear();
      } else if (named) {
        continue;
      }
    }
    // "According to Reuters, rebels attacked the town": who reports an act is not its doer
    // (a speech act is the source's own).
    if (!type->speech && agent && agent->actor == agent_actor && agent->first_token >= 2 &&
        agent->last_token < h.tfirst) {
      size_t b = agent->first_token;
      if (toks[b - 1].lower == "the") --b;
      if (b >= 2 && toks[b - 2].lower == "according" && toks[b - 1].lower == "to" &&
          (b - 2 == first || toks[b - 3].lower == "," || toks[b - 3].lower == "and") &&
          agent->last_token + 1 < last && toks[agent->last_token].lower == "," &&
          // ("According to the ministry, it summoned the envoy": the source named again.)
          !is_one_of(toks[agent->last_token + 1].lower, "it", "he", "she", "they", "we", "its",
                     "his", "her", "their", "our"))
        continue;
    }
    ev.agent = agent_actor;
    ev.nominal = owner && agent == owner;
    // "Gujral was expected here next month": a visit to the dateline's state, by someone of
    // another ("Premadasa arrived here" comes home).
    // (So is "Medvedev flew in on Thursday", with no place of its own.)
    const bool here =
        type->id == "visit" &&
        (toks[h.tlast - 1].lower == "here" ||
         (h.tfirst + 1 < h.tlast && toks[h.tfirst + 1].lower == "in" &&
          is_one_of(toks[h.tfirst].lower, "flew", "flies", "fly", "flown") &&
          (h.tfirst + 2 >= h.tlast || !is_one_of(toks[h.tfirst + 2].lower, "to", "into"))));
    if (here && (!s.home || same_state(*agent_actor, *s.home))) continue;

    // 3. Others: actors after the trigger in its segment. A speech act takes only whom it was
    // addressed to ("told Putin", "explained to Al Jazeera"); what was said is not an actor of it.
    // (An act named as a noun involves whom the noun phrase names: "Iraq's invasion of Kuwait on
    // Aug. 2 but also criticized the force sent to Saudi Arabia".)
    size_t stop = ev.nominal ? h.tlast : seg.last;
    if (type->speech) {
      bool says = is_one_of(toks[h.tfirst].lower, "said", "says", "stated", "states", "added",
                            "noted", "declared", "announced", "insisted", "warned", "explained",
                            "claimed", "alleges", "hinted", "wrote", "writes");
      size_t i = h.tlast;
      // ("told Kiev on Monday to comply with the Minsk agreements", "informed the United States
      // on March 17 that": whom it was told to.)
      if ((is_one_of(toks[h.tfirst].lower, "told", "tells", "telling") ||
           informing_verb(toks[h.tfirst].lower)) &&
          h.tfirst + 1 < h.tlast)
        i = h.tfirst + 1;
      // ('lodged "stern representations" with Tokyo': past the quotation mark.)
      if (i + 1 < seg.last && is_quote(s.text, toks[i]) &&
          (toks[i + 1].lower == "to" || toks[i + 1].lower == "with"))
        ++i;
      // "warned Uribe on Monday that ...": whom the warning was given (not "warned Iran would
      // face ...", what was said).
      auto warned_whom = [&] {
        if (!is_one_of(toks[h.tfirst].lower, "warned", "warns") || h.tlast != h.tfirst + 1)
          return false;
        for (const auto& m : s.actors) {
          if (m.first_token != i) continue;
          size_t j = m.last_token;
          for (const auto& t : s.times)
            if (t.first_token == j || (t.first_token == j + 1 && leads_time(toks[j].lower)))
              j = t.last_token;
          return j < seg.last && toks[j].lower == "that";
        }
        return false;
      };
      if (i < seg.last && (toks[i].lower == "to" || toks[i].lower == "with"))
        ++i;
      else if (says && !warned_whom())
        i = h.tfirst;  // "said the United States had ...": no addressee
      // ("urged Mr Yeltsin": past an honorific; "accused neighbouring Rwanda": past a word for
      // its lot.)
      auto addressee = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
        return m.first_token == i ||
               (m.first_token == i + 1 && i < last &&
                (toks[i].lower == "the" || is_honorific(toks[i].lower) ||
                 (regime_word(toks[i]) && m.actor->kind == ActorKind::kCountry)));
      });
      // (In the quote that tells the act, the addressee is quoted too.)
      bool heard = addressee != s.actors.end() &&
                   (actor_ok(*addressee) || ((*s.in_quote)[h.tfirst] && !addressee->place));
      stop = heard ? addressee->last_token : h.tlast;
      // Coordinated addressees: "urged the Russian government and the international community".
      while (addressee != s.actors.end()) {
        size_t j = addressee->last_token;
        if (j < seg.last && is_one_of(toks[j].lower, "government", "officials", "authorities",
                                      "leadership", "leaders", "people"))
          ++j;
        if (j + 1 < seg.last && toks[j].lower == "and")
          ++j;
        else
          break;
        if (toks[j].lower == "the") ++j;
        addressee = std::find_if(s.actors.begin(), s.actors.end(),
                                 [&](const ActorMention& m) { return m.first_token == j; });
        if (addressee != s.actors.end()) stop = addressee->last_token;
      }
      // "rejected the note of the United States", "the proposal made by Britain", "the note
      // from Britain", "the note which the Embassy of the United States handed to it": what is
      // rejected is the other side's, who is whom the rejection is aimed at.
      // (The trigger may run on past the noun: "rejected the note which".)
      size_t noun_end = h.tlast;
      if (noun_end > h.tfirst + 2 &&
          is_one_of(toks[noun_end - 1].lower, "which", "that", "of", "from", "made", "sent",
                    "submitted", "delivered", "handed", "presented"))
        --noun_end;
      if (!heard && type->id == "rejection" && noun_end < seg.last &&
          is_one_of(toks[noun_end - 1].lower, "note", "notes", "memorandum", "proposal",
                    "proposals", "offer", "offers", "plan", "demand", "demands", "request",
                    "requests", "protest", "protests", "letter", "message", "ultimatum")) {
        size_t j = noun_end;
        if (is_one_of(toks[j].lower, "of", "from", "which", "that"))
          ++j;
        else if (j + 1 < seg.last && toks[j + 1].lower == "by" &&
                 is_one_of(toks[j].lower, "made", "sent", "submitted", "delivered", "handed",
                           "presented", "tabled", "lodged", "issued"))
          j += 2;
        else
          j = seg.last;
        if (j < seg.last && toks[j].lower == "the") ++j;
        // (Past a mission or government: "the Embassy of the United States".)
        if (j + 2 < seg.last && toks[j + 1].lower == "of" &&
            is_one_of(toks[j].lower, "embassy", "legation", "government", "mission"))
          j += toks[j + 2].lower == "the" ? 3 : 2;
        for (const auto& m : s.actors)
          if (m.first_token == j && !m.place && actor_ok(m)) stop = m.last_token;
        // (Of two or more: "the proposal made by Britain and France", "the demands presented by
        // Saudi Arabia, the UAE, Bahrain and Egypt".)
        for (bool more = stop > h.tlast; more;) {
          more = false;
          size_t n = stop;
          if (n + 1 < seg.last && is_one_of(toks[n].lower, "and", ",")) ++n;
          if (n < seg.last && toks[n].lower == "and") ++n;
          if (n < seg.last && toks[n].lower == "the") ++n;
          for (const auto& m : s.actors)
            if (n > stop && m.first_token == n && !m.place && actor_ok(m)) {
              stop = m.last_token;
              more = true;
            }
        }
      }
    } else {
      // "The ministers, meeting in Jeddah on Sunday, condemned Iran": the phrase set off by
      // commas ends those whom the act it tells involves.
      if (s.text[toks[h.tfirst].begin] == ',')
        for (size_t i = h.tlast; i < seg.last; ++i)
          if (s.text[toks[i].begin] == ',') {
            stop = i;
            break;
          }
      // "spoke to Zelenskyy by phone after Trump's call with Putin": a clause of another event
      // ends those whom this one involves.
      // (Nor does the agent of a participle: "talks mediated by Charles Michel".)
      for (size_t i = h.tlast; i < stop; ++i)
        if (is_one_of(toks[i].lower, "after", "before", "following", "amid", "since", "while",
                      "because") ||
            (i + 1 < seg.last && toks[i + 1].lower == "by" &&
             is_one_of(toks[i].lower, "mediated", "brokered", "hosted", "chaired", "organised",
                       "organized", "facilitated", "sponsored"))) {
          stop = i;
          break;
        }
    }
    if (debate) stop = h.tfirst + 1;  // ("debated the Israeli raid": what, not with whom)
    for (const LexActor* a : co_agents)
      if (a != ev.agent && std::find(ev.others.begin(), ev.others.end(), a) == ev.others.end()) {
        ev.others.push_back(a);
        ev.partners.push_back(a);
      }
    if (host) phrase_bodies.push_back(host->actor);
    if (here) phrase_bodies.push_back(s.home);
    for (const LexActor* a : phrase_bodies)
      if (a != ev.agent && std::find(ev.others.begin(), ev.others.end(), a) == ev.others.end())
        ev.others.push_back(a);
    // "Joly raised Canada's objections to U.S. tariffs", "offering Malaysia as a venue": the
    // agent's own state is not whom the act is aimed at (a list of subjects acts together and
    // stays).
    auto own_state = [&](const LexActor* a) {
      return a->kind == ActorKind::kCountry && !ev.agent->country.empty() &&
             a->country == ev.agent->country && a != ev.agent &&
             std::find(co_agents.begin(), co_agents.end(), a) == co_agents.end();
    };
    if (patient && patient != ev.agent &&
        std::find(ev.others.begin(), ev.others.end(), patient) == ev.others.end())
      ev.others.push_back(patient);
    auto left_out = [&](const ActorMention& m) {  // "met without U.S. officials"
      size_t i = m.first_token;
      if (i > first && toks[i - 1].lower == "the") --i;
      // ("to meet on the sidelines of the UN General Assembly": where, not with whom.)
      if (i > first + 1 && toks[i - 1].lower == "of" &&
          is_one_of(toks[i - 2].lower, "sidelines", "margins", "sideline"))
        return true;
      // ("took the maritime dispute with Kenya to the ICJ": the court is appealed to, not the
      // other party.)
      // (But "filed a complaint with the WTO" is filed with it.)
      if (type->id == "appeal" && i > first + 1 &&
          is_one_of(toks[i - 1].lower, "with", "against") &&
          is_one_of(toks[i - 2].lower, "dispute", "case", "matter", "complaint", "issue", "row",
                    "question", "quarrel"))
        for (size_t k = m.last_token; k < last && k < m.last_token + 4; ++k)
          if (is_one_of(toks[k].lower, "to", "before")) return true;
      return i > first && is_one_of(toks[i - 1].lower, "without", "excluding", "except");
    };
    for (const auto& m : s.actors) {
      // (People of a state and places "outside" can be whom an act is aimed at: "sanctions on
      // Chinese firms", "a protest outside the Russian embassy".)
      // (Named in the quote that tells the act itself: 'Lavrov "condemned Israel's strikes"'.)
      bool quoted = (*s.in_quote)[m.first_token] && !(*s.in_quote)[h.tfirst];
      if (&m == agent || m.place || quoted || (by_phrase && !owner) || left_out(m)) continue;
      // "Bush sent U.S. troops to Saudi Arabia": the agent's own forces are not acted upon.
      if (own_forces(m) && m.actor->country == ev.agent->country) continue;
      // ("left Paris for Moscow", "will leave Moscow tomorrow for Japan": the place left is no
      // one met.)
      if (type->id == "visit" && m.first_token > first &&
          leaving_word(toks[m.first_token - 1].lower))
        continue;
      for (const LexActor* a : {m.actor, m.also})
        if (a && m.first_token >= h.tfirst && m.first_token < stop && a != ev.agent &&
            !own_state(a) && std::find(ev.others.begin(), ev.others.end(), a) == ev.others.end())
          ev.others.push_back(a);
    }
    // ("The visit of President Hu to Japan has been called off": the place the trigger runs to
    // past its "by" or "of" agent is the state visited.)
    if (type->id == "visit" && by_phrase && h.tfirst + 1 < h.tlast &&
        is_one_of(toks[h.tfirst + 1].lower, "by", "of"))
      for (const auto& g : s.actors)
        for (const auto& m : s.actors)
          if (g.actor == ev.agent && g.first_token >= h.tfirst + 2 &&
              g.first_token <= h.tfirst + 4 && m.first_token == g.last_token + 1 &&
              m.first_token < seg.last && toks[g.last_token].lower == "to" && m.actor != ev.agent &&
              m.actor->kind == ActorKind::kCountry &&
              std::find(ev.others.begin(), ev.others.end(), m.actor) == ev.others.end())
            ev.others.push_back(m.actor);
    // ("A visit to Jakarta by the Attorney-General, Philip Ruddock, ... has been postponed":
    // the place before the "by" agent.)
    if (type->id == "visit" && by_phrase && h.tfirst + 2 < last && toks[h.tfirst + 1].lower == "to")
      for (const auto& m : s.actors)
        if (m.first_token == h.tfirst + 2 && m.last_token < last &&
            toks[m.last_token].lower == "by" && m.actor != ev.agent &&
            m.actor->kind == ActorKind::kCountry && !own_state(m.actor) &&
            std::find(ev.others.begin(), ev.others.end(), m.actor) == ev.others.end())
          ev.others.push_back(m.actor);
    // ("recalled its ambassador from Minsk for consultations": the state of the capital the
    // envoy leaves.)
    if (type->id == "ambassador-recall" && ev.others.empty())
      for (const auto& m : s.actors)
        if (m.first_token >= h.tfirst && m.first_token < seg.last && m.first_token <= h.tlast + 2 &&
            m.first_token > 0 && toks[m.first_token - 1].lower == "from" &&
            (m.how == MentionHow::kCapital || m.how == MentionHow::kName) &&
            m.actor->kind == ActorKind::kCountry && m.actor != ev.agent && !own_state(m.actor)) {
          ev.others.push_back(m.actor);
          break;
        }
    // "spoke by phone with Abdel Fattah al-Burhan, head of Sudan's Sovereignty Council, and
    // with RSF commander Mohamed Hamdan Dagalo": a second "with" past an apposition.
    // (Two "with"s are two calls, even with people of one state.)
    bool second_with = false;
    if (type->plover && *type->plover == "CONSULT")
      for (size_t j = k + 1; j < segs.size(); ++j) {
        size_t f = segs[j].first;
        if (f + 2 >= segs[j].last || toks[f].lower != "and" || toks[f + 1].lower != "with")
          continue;
        for (const auto& m : s.actors)
          if (m.first_token >= f + 2 && m.first_token <= f + 3 && actor_ok(m)) {
            const ActorMention* person = person_after(m);
            const LexActor* a = person ? person->actor : m.actor;
            if (a != ev.agent &&
                std::find(ev.others.begin(), ev.others.end(), a) == ev.others.end()) {
              ev.others.push_back(a);
              second_with = true;
            }
            break;
          }
      }
    // "Saddam, with whom the king met Monday": the one the relative pronoun stands for takes
    // part, unless it is the agent.
    if (seg.relative && k > 0 && toks[seg.first].lower != "who" &&
        toks[seg.first].lower != "which" && toks[seg.first].lower != "whose") {
      const ActorMention* antecedent = nullptr;
      for (const auto& m : s.actors)
        if (m.first_token >= segs[k - 1].first && m.last_token <= segs[k - 1].last && actor_ok(m))
          antecedent = &m;
      if (antecedent && antecedent->actor != ev.agent &&
          std::find(ev.others.begin(), ev.others.end(), antecedent->actor) == ev.others.end())
        ev.others.insert(ev.others.begin(), antecedent->actor);
    }
    // "his German, French and British counterparts": whoever holds the agent's office there.
    if (ev.agent->kind == ActorKind::kPerson) {
      const LexRole* role = ev.agent->role_at(published);
      for (size_t i = h.tlast; i < seg.last; ++i) {
        if (toks[i].lower != "counterpart" && toks[i].lower != "counterparts") continue;
        // The states: the demonyms before the noun ("his German, French and British
        // counterparts"), or the list after it ("his counterparts from Iran, Turkey and Egypt").
        std::vector<const ActorMention*> states;
        for (size_t j = i; j > h.tlast; --j) {
          // (Or the state's name used as one: "his Lao counterpart".)
          auto m = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
            return a.last_token == j && (a.how == MentionHow::kDemonym ||
                                         (j == i && a.actor->kind == ActorKind::kCountry &&
                                          a.first_token == a.last_token - 1 &&
                                          !toks[a.first_token].lower.ends_with("s")));
          });
          if (m == s.actors.end()) {
            if (is_one_of(toks[j - 1].lower, ",", "and")) continue;
            break;
          }
          j = m->first_token + 1;
          states.push_back(&*m);
        }
        if (states.empty() && i + 1 < seg.last && is_one_of(toks[i + 1].lower, "from", "of"))
          for (size_t j = i + 2; j < seg.last;) {
            auto m = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
              return a.first_token == j && a.actor->kind == ActorKind::kCountry;
            });
            if (m == s.actors.end()) break;
            states.push_back(&*m);
            j = m->last_token;
            if (j < seg.last && toks[j].lower == ",") ++j;
            if (j < seg.last && toks[j].lower == "and") ++j;
          }
        // ("his Lao counterpart, Saleumxay Kommasith,": the one named after the noun holds it,
        // whom the lexicon may not know.)
        const LexActor* named_after = nullptr;
        if (states.size() == 1 && i + 2 < s.sentence.last_token) {
          size_t j = toks[i + 1].lower == "," ? i + 2 : i + 1;
          // (A name in apposition, not the subject of what follows: "met his Turkish
          // counterpart, Erdogan said", "his Chinese counterpart, Xi Jinping's top diplomat".)
          for (const auto& a : s.actors)
            if (a.first_token == j && a.actor->kind == ActorKind::kPerson &&
                (a.actor->country.empty() || a.actor->country == states.front()->actor->country) &&
                (a.last_token >= s.sentence.last_token ||
                 is_one_of(toks[a.last_token].lower, ",", ".", ";", "on", "in", "at", "during",
                           "for", "to", "and")))
              named_after = a.actor;
        }
        for (const ActorMention* m : states) {
          const LexActor* holder = named_after;
          for (const auto& p : impl_->lex->actors)
            if (!holder && role && p.kind == ActorKind::kPerson && p.country == m->actor->country)
              for (const auto& r : p.roles)
                if (r.office == role->office && r.org.empty() && r.covers(published)) holder = &p;
          auto pos = std::find(ev.others.begin(), ev.others.end(), m->actor);
          bool named = std::find(ev.others.begin(), ev.others.end(), holder) != ev.others.end();
          if (holder && pos != ev.others.end() && named)
            ev.others.erase(pos);  // "his Turkish counterpart Hakan Fidan": named already
          else if (holder && pos != ev.others.end())
            *pos = holder;
          else if (holder && !named)
            ev.others.push_back(holder);
        }
      }
    }

    // "summoned Russian Ambassador Andrey Karlov", "expelled Slovak Ambassador Peter Weiss": a
    // rebuke or an expulsion of a foreign envoy is aimed at the state he speaks for.
    if (is_one_of(type->id, "criticism", "expulsion", "demand", "accusation"))
      for (size_t k = 0; k < ev.others.size(); ++k) {
        const LexActor* o = ev.others[k];
        const LexRole* r = o->kind == ActorKind::kPerson ? o->role_at(published) : nullptr;
        if (!r || !r->org.empty() || o->country.empty() || o->country == ev.agent->country ||
            !is_one_of(detail::lower_ascii(r->title), "ambassador", "envoy", "high commissioner",
                       "chargé d'affaires", "charge d'affaires"))
          continue;
        const LexActor* st = impl_->state(o->country);
        if (!st) continue;
        if (std::find(ev.others.begin(), ev.others.end(), st) == ev.others.end())
          ev.others[k] = st;
        else
          ev.others.erase(ev.others.begin() + static_cast<std::ptrdiff_t>(k--));
      }

    // "Britain, France, West Germany, Belgium and the Netherlands protested against them in
    // notes": a state does not march; its protest is a criticism.
    if (type->id == "protest" && ev.agent && ev.agent->kind == ActorKind::kCountry &&
        impl_->judgement.type &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                    [](const Token& t) { return is_one_of(t.lower, "protested", "protests"); })) {
      type = impl_->judgement.type;
      ev.type = type;
    }
    // "marched through the streets of Khartoum, chanting slogans against Chad", "against the
    // Gaddafi regime": a crowd protests against whom it chants (a leader's regime is his state).
    if (type->id == "protest" && ev.others.empty())
      for (size_t i = h.tlast; i + 1 < last && ev.others.empty(); ++i) {
        if (toks[i].lower != "against") continue;
        size_t at = toks[i + 1].lower == "the" ? i + 2 : i + 1;
        for (const auto& m : s.actors) {
          if (m.first_token != at || m.place || m.actor == ev.agent) continue;
          const LexActor* target = m.actor;
          if (m.actor->kind == ActorKind::kPerson && m.last_token < last &&
              is_one_of(toks[m.last_token].lower, "regime", "government"))
            if (const LexActor* st = impl_->state(m.actor->country)) target = st;
          ev.others.push_back(target);
          break;
        }
      }

    // "The army and the RSF agreed to a truce after talks brokered by the US": a mediator's
    // parties are the sides the sentence names.
    if (type->id == "mediation" && ev.others.empty())
      for (const auto& m : s.actors)
        if (actor_ok(m) && m.actor != ev.agent && m.last_token <= h.tfirst &&
            // ("Pashinyan and Aliyev last met ... for talks mediated by Michel": the leaders
            // of the sentence's own clause.)
            (m.actor->kind != ActorKind::kPerson || m.first_token >= seg.first) &&
            std::find(ev.others.begin(), ev.others.end(), m.actor) == ev.others.end()) {
          ev.others.push_back(m.actor);
          if (m.also) ev.others.push_back(m.also);
        }
    // "Jaishankar called on him at his hotel": the person the story was about.
    if (ev.others.empty())
      for (size_t i = h.tfirst; i < h.tlast; ++i)
        if (toks[i].lower == "him" || toks[i].lower == "her") {
          for (auto it = previous.rbegin(); it != previous.rend(); ++it)
            if (it->agent && it->agent != ev.agent && it->agent->kind == ActorKind::kPerson) {
              ev.others.push_back(it->agent);
              break;
            }
          break;
        }

    // "rejected claims by Benin that ...", "denied allegations from Kigali": whose the words
    // are is named after them.
    if (ev.others.empty() && is_one_of(type->id, "rejection", "denial") && h.tlast + 1 < last &&
        is_claim_noun(toks[h.tlast - 1].lower) && is_one_of(toks[h.tlast].lower, "by", "from"))
      for (const auto& m : s.actors)
        if ((m.first_token == h.tlast + 1 ||
             (m.first_token == h.tlast + 2 && toks[h.tlast + 1].lower == "the")) &&
            m.actor != ev.agent && m.how != MentionHow::kDemonym) {
          ev.others.push_back(m.actor);
          break;
        }
    // "Dhaka rejected the statement the same day": a reply to words the story told before is
    // aimed at the other side that said them last.
    if (ev.others.empty() && is_one_of(type->id, "rejection", "denial", "criticism"))
      for (size_t i = h.tfirst; i + 1 < h.tlast; ++i)
        if (is_one_of(toks[i].lower, "the", "this", "that", "these", "those") &&
            is_one_of(toks[i + 1].lower, "statement", "statements", "remarks", "comments",
                      "accusation", "accusations", "allegations", "claims", "claim", "charges",
                      "criticism", "proposal", "demand", "demands", "concerns")) {
          for (auto it = previous.rbegin(); it != previous.rend(); ++it)
            if (it->agent && it->agent != ev.agent && it->type->speech &&
                (ev.agent->country.empty() || it->agent->country != ev.agent->country)) {
              ev.others.push_back(it->agent);
              break;
            }
          break;
        }

    // A travel warning is a measure against the state travel is warned against; with none
    // named but the warner's own ("warned Turkish citizens against travel to Ankara" after unrest
    // there), it is no sanction. (A destination left unnamed, "to the neighbouring country",
    // still makes one.)
    if (type->id == "sanction" && ev.others.empty() && !ev.agent->country.empty()) {
      bool own = false;
      for (size_t i = h.tfirst; i < h.tlast && i + 2 < last && !own; ++i)
        if (is_one_of(toks[i].lower, "travel", "travelling", "traveling", "trips") &&
            toks[i + 1].lower == "to")
          for (const auto& m : s.actors)
            own = own || (m.first_token == i + 2 && m.actor->country == ev.agent->country);
      if (own) continue;
    }

    // '..., said spokesman Kenneth Bacon': the speaker follows the verb; what was said is the
    // clause or quote before it.
    // ("Lavrov, however, said ...": the speaker comes first; no inversion.)
    const bool inverted = type->speech && (speaker_after || by_phrase) && h.tfirst > first &&
                          (is_quote(s.text, toks[h.tfirst - 1]) || toks[h.tfirst - 1].lower == ",");
    // Where what was said begins: its dates are not the date of saying it.
    size_t complement = seg.last;
    // (A quote the trigger opened closes after it: 'expressed "deep concern" over'.)
    bool quote_open = false;
    for (size_t i = h.tfirst; i < h.tlast; ++i)
      if (is_quote(s.text, toks[i])) quote_open = !quote_open;
    if (type->speech) {
      for (size_t i = h.tlast; i < seg.last; ++i) {
        if (quote_open && is_quote(s.text, toks[i])) {
          quote_open = false;
        } else if (toks[i].lower == "that" || is_quote(s.text, toks[i]) ||
                   // ("rejected the plan last month": the act's own object and time.)
                   (!inverted && !by_phrase &&
                    !is_one_of(type->id, "rejection", "criticism", "support") && i <= h.tlast + 1 &&
                    i >= stop &&
                    std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
                      return m.first_token == i && actor_ok(m);
                    }))) {
          complement = i;
          break;
        }
      }
    }

    // ("hosted talks in Ankara under Foreign Minister Hakan Fidan": a mediator's own officials
    // are not sides of what it mediates.)
    if (type->id == "mediation" && !ev.agent->country.empty())
      std::erase_if(ev.others, [&](const LexActor* o) { return o->country == ev.agent->country; });
    // 4. Place: where to / from, for acts that happen somewhere.
    const LexActor* place_state = nullptr;  // the state the place is in
    if (!type->speech) {
      std::string from, to, in;
      const LexActor *to_state = nullptr, *in_state = nullptr;
      for (const auto& m : s.actors) {
        // "In Mexico City on Saturday, Hayashi met ...": a place that opens the sentence.
        bool fronted = m.first_token == first + 1 && toks[first].lower == "in" &&
                       m.last_token < h.tfirst && k > 0;
        // ("Payne and Dutton were in Washington on Thursday for talks with Blinken", "had
        // spent Friday in Amman for talks with": where the agent was for the act.)
        if (!fronted && m.place && m.last_token < h.tfirst && m.first_token > seg.first + 1 &&
            toks[m.first_token - 1].lower == "in" && h.tfirst - m.last_token <= 8 &&
            std::any_of(toks.begin() + m.last_token, toks.begin() + h.tfirst,
                        [](const Token& t) { return t.lower == "for"; }) &&
            // (not "was in Beijing for talks last month and met ... on Monday")
            std::none_of(toks.begin() + m.last_token, toks.begin() + h.tfirst,
                         [](const Token& t) { return is_one_of(t.lower, "and", ",", ";"); }))
          for (size_t b = m.first_token - 1; b-- > seg.first && m.first_token - b <= 4 && !fronted;)
            fronted =
                is_one_of(toks[b].lower, "was", "were", "is", "are", "been", "spent", "arrived");
        // ("before leaving for Kuala Lumpur": the city a visit's trigger names is where it goes.)
        bool destination = type->id == "visit" && m.first_token > h.tfirst &&
                           m.first_token < h.tlast && toks[m.first_token - 1].lower == "for" &&
                           (m.how == MentionHow::kCapital || m.how == MentionHow::kCity);
        // ("is scheduled to meet Manrique on Friday before returning to Tokyo": the place of
        // another act.)
        // (A place inside the trigger past a set-off name is still its own: "sent his Foreign
        // Minister, Oluyemi Adeniji, to Banjul".)
        if ((!m.place && !destination) || &m == agent || (m.first_token < h.tfirst && !fronted) ||
            (m.first_token >= seg.last && m.first_token >= h.tlast) ||
            (stop < seg.last && m.first_token >= stop))
          continue;
        if (std::find(phrase_bodies.begin(), phrase_bodies.end(), m.actor) != phrase_bodies.end())
          continue;
        if (m.how == MentionHow::kDemonym) continue;
        std::string name = m.how == MentionHow::kCapital
                               ? capital_name(*m.actor, s.text.substr(m.begin, m.end - m.begin))
                           : m.how == MentionHow::kName
                               ? m.actor->name
                               : std::string(s.text.substr(m.begin, m.end - m.begin));
        // The preposition that governs the place: "to the western city of Lviv" -> to.
        std::string_view prep = fronted ? "in" : destination ? "to" : "";
        for (size_t i = m.first_token; prep.empty() && i > seg.first && m.first_token - i < 7;
             --i) {
          std::string_view w = toks[i - 1].lower;
          if (is_one_of(w, "to", "into", "toward", "towards", "from", "in", "at", "near")) {
            prep = w;
            break;
          }
        }
        std::string& slot = is_one_of(prep, "to", "into", "toward", "towards") ? to
                            : prep == "from"                                   ? from
                            : is_one_of(prep, "in", "at")                      ? in
                                                                               : name;
        if (&slot != &name && slot.empty()) {
          slot = name;
          // ("met Sugiono and agreed to hold a dialogue in Jakarta": the place of another act.)
          bool next_act = false;
          for (size_t i = h.tlast; i + 1 < m.first_token; ++i)
            next_act = next_act ||
                       (toks[i].lower == "and" &&
                        (ends_with(toks[i + 1].lower, "ed") ||
                         is_one_of(toks[i + 1].lower, "held", "met", "said", "will", "would")));
          if (&slot == &to && !next_act) to_state = m.actor;
          if (&slot == &in && !next_act) in_state = m.actor;
        }
      }
      place_state = !to.empty() ? to_state : in_state;
      ev.place_state = place_state;
      if (!in.empty() && from.empty() && !to.empty()) from = in, in.clear();
      if (!to.empty()) {
        ev.place = to;
        ev.place_phrase = (from.empty() ? "" : " from " + from) + " to " + to;
      } else if (!in.empty() || !from.empty()) {
        ev.place = in.empty() ? from : in;
        ev.place_phrase = " in " + *ev.place;
      }
    }
    // "Blinken met Xi in Beijing", "Wang held talks with Wadephul in Berlin": a meeting in the
    // country of the one met, away from the agent's own, is the agent's visit there (CAMEO 042;
    // the host's side of it is 043). (An envoy whose state the text does not give, meeting a
    // leader in his capital, has come there too; so has a minister from abroad meeting people
    // whose state the text does not give: "In Quito, Hayashi is to meet Gustavo Manrique".)
    bool unplaced = !ev.others.empty() && ev.agent->kind == ActorKind::kPerson &&
                    !ev.agent->country.empty() && co_agents.empty() &&
                    std::all_of(ev.others.begin(), ev.others.end(), [](const LexActor* o) {
                      return o->kind == ActorKind::kPerson && o->country.empty();
                    });
    // ("Pashinyan and Aliyev met in Brussels": two sides meeting at a third place visit no one;
    // nor does a body of states that meets in a member's capital: "The political committee of
    // the Arab League will meet in Amman".)
    if (impl_->visit && place_state && place_state->kind == ActorKind::kCountry &&
        is_one_of(type->id, "meeting", "consultation") && co_agents.empty() &&
        !(ev.agent->kind == ActorKind::kOrganization && ev.agent->country.empty()) &&
        ev.agent->country != place_state->country &&
        (unplaced || std::any_of(ev.others.begin(), ev.others.end(), [&](const LexActor* o) {
           // ("Officials of the two countries met in Islamabad": both sides meet.)
           bool co_agent = std::find(co_agents.begin(), co_agents.end(), o) != co_agents.end();
           return !co_agent && (o == place_state || o->country == place_state->country);
         }))) {
      ev.type = impl_->visit;
      std::erase(ev.others, place_state);
      ev.others.insert(ev.others.begin(), place_state);
    }

    // The guest's visit to the host's state, the host met there.
    auto visit_of = [&](const LexActor* guest, const LexActor* host) {
      ev.agent = guest;
      std::erase(ev.others, guest);
      std::erase(ev.others, host);
      std::erase(ev.others, place_state);
      ev.others.insert(ev.others.begin(), host);
      ev.others.insert(ev.others.begin(), place_state);
      ev.type = impl_->visit;
    };
    // "Sybiha held talks with his Turkish counterpart Hakan Fidan in Kyiv": a meeting at home
    // with someone from abroad is the guest's visit (CAMEO 042), the host met there.
    if (impl_->visit && place_state && place_state->kind == ActorKind::kCountry &&
        is_one_of(ev.type->id, "meeting", "consultation") && !ev.agent->country.empty() &&
        ev.agent->country == place_state->country && co_agents.empty()) {
      auto guest = std::find_if(ev.others.begin(), ev.others.end(), [&](const LexActor* o) {
        return o->kind == ActorKind::kPerson && !o->country.empty() &&
               o->country != place_state->country;
      });
      if (guest != ev.others.end()) visit_of(*guest, ev.agent);
    }

    // "Akufo-Addo and Buhari met in Abuja": two leaders who meet in the capital of one of them;
    // the other visits, met by the host there.
    if (impl_->visit && place_state && place_state->kind == ActorKind::kCountry &&
        is_one_of(ev.type->id, "meeting", "consultation") && co_agents.size() == 1 &&
        ev.agent->kind == ActorKind::kPerson && co_agents[0]->kind == ActorKind::kPerson &&
        !ev.agent->country.empty() && !co_agents[0]->country.empty() &&
        ev.agent->country != co_agents[0]->country &&
        (ev.agent->country == place_state->country ||
         co_agents[0]->country == place_state->country)) {
      const LexActor* host = ev.agent->country == place_state->country ? ev.agent : co_agents[0];
      visit_of(host == ev.agent ? co_agents[0] : ev.agent, host);
    }

    // "Chinese Ambassador Qi Zhenhong called on President Ranil Wickremesinghe", "President
    // Wickremesinghe met US Ambassador Julie Chung": an envoy posted abroad who meets an
    // office-holder of another state, where the text names no place, has come to him: the envoy's
    // visit (CAMEO 042), the host met there.
    if (impl_->visit && !place_state && is_one_of(ev.type->id, "meeting", "consultation") &&
        co_agents.empty() && ev.others.size() == 1) {
      auto envoy = [&](const LexActor* a) {
        return a->kind == ActorKind::kPerson && !a->country.empty() &&
               std::any_of(a->roles.begin(), a->roles.end(), [&](const LexRole& r) {
                 std::string title = detail::lower_ascii(r.title);
                 return r.covers(published) &&
                        (title.find("ambassador") != std::string::npos ||
                         title.find("high commissioner") != std::string::npos);
               });
      };
      // (The host holds an office at home: not "British Ambassador John Smith met Russian
      // Ambassador Pyotr Ivanov", two envoys.)
      auto office_abroad = [&](const LexActor* a, const LexActor* guest) {
        return a->kind == ActorKind::kPerson && !a->country.empty() &&
               a->country != guest->country && a->role_at(published) && !envoy(a) &&
               impl_->state_by_code.contains(a->country);
      };
      const LexActor* other = ev.others.front();
      const LexActor* guest = envoy(ev.agent) && office_abroad(other, ev.agent) ? ev.agent
                              : envoy(other) && office_abroad(ev.agent, other)  ? other
                                                                                : nullptr;
      if (guest) {
        const LexActor* host = guest == ev.agent ? other : ev.agent;
        place_state = impl_->state_by_code.at(host->country);
        visit_of(guest, host);
      }
    }

    // "Pakistani air strikes hit homes in Afghanistan's Paktika province": an attack in another
    // state is aimed at it when the text names no other target.
    if (type->plover && *type->plover == "ASSAULT" && ev.others.empty() && place_state &&
        place_state->kind == ActorKind::kCountry && !ev.agent->country.empty() &&
        ev.agent->country != place_state->country)
      ev.others.push_back(place_state);
    // "Eritrean troops moved into the Ethiopian town of Zalambessa", "raided the Vietnamese
    // island of Phu Quoc": the state whose ground the attackers entered, named by its adjective.
    if (type->plover && *type->plover == "ASSAULT" && ev.others.empty() &&
        !ev.agent->country.empty())
      for (const auto& m : s.actors) {
        if (m.how != MentionHow::kDemonym || m.first_token < h.tfirst || m.first_token == 0 ||
            m.first_token > h.tlast + 3 || m.last_token >= seg.last ||
            m.actor->kind != ActorKind::kCountry || m.actor->country == ev.agent->country ||
            toks[m.first_token - 1].lower != "the")
          continue;
        size_t noun = m.last_token;
        if (is_one_of(toks[noun].lower, "border", "frontier", "coastal", "northern", "southern",
                      "eastern", "western") &&
            noun + 1 < seg.last)
          ++noun;
        // (Not a village, which the adjective of a people names as often as a state's: "the
        // Albanian village of Racak".)
        if (is_one_of(toks[noun].lower, "town", "towns", "city", "island", "islands", "port",
                      "province", "region", "territory", "outpost", "post", "posts", "positions",
                      "enclave", "district", "garrison", "base"))
          ev.others.push_back(m.actor);
        break;
      }
    // ("Thai authorities were evacuating foreigners trapped in Phuket": a rescue at home, no
    // evacuation of one's own from abroad.)
    if (ev.type->id == "evacuation" && place_state && !ev.agent->country.empty() &&
        place_state->country == ev.agent->country &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tlast), [](const Token& t) {
                      return is_one_of(t.lower, "trapped", "stranded", "stuck", "caught");
                    }))
      continue;
    // "Qatar visits Doha": no one visits their own country.
    if (ev.type->id == "visit" && place_state && !ev.agent->country.empty() &&
        place_state->country == ev.agent->country)
      continue;
    // "NATO leaders will meet in Ankara", "EU leaders met in Brussels": the body's summit.
    if (impl_->summit && agent && type->id == "meeting" &&
        (agent->actor->kind == ActorKind::kOrganization ||
         agent->actor->kind == ActorKind::kGroup) &&
        agent->last_token < h.tfirst &&
        is_one_of(toks[agent->last_token].lower, "leaders", "heads"))
      ev.type = impl_->summit;

    if (type->speech) {
      // What was said: the "that" clause or quote after the verb (maybe past a comma), or the
      // quote the sentence opens with ('"Fine," Putin said').
      size_t b = SIZE_MAX, e = s.sentence.end;
      const bool told = is_one_of(toks[h.tfirst].lower, "told", "tells");  // (hearers follow)
      // The hearers a "told" names who are no actors, maybe with their kind ("Uruguayan
      // reporters", "state television", "LRT radio") and where they were ("reporters at
      // Parliament in Wellington"): the token past them, or `k` when none begin there.
      static const detail::WordSet kHearers = {
          "reporters",    "journalists", "lawmakers",  "legislators",    "parliamentarians",
          "senators",     "delegates",   "diplomats",  "supporters",     "students",
          "broadcasters", "troops",      "parliament", "television",     "tv",
          "radio",        "media",       "newspaper",  "officials",      "residents",
          "ministers",    "mps",         "officers",   "soldiers",       "workers",
          "villagers",    "crowds",      "editors",    "correspondents", "convention",
          "conference",   "congress",    "rally",      "gathering",      "audience",
          "session",      "forum",       "committee",  "cabinet",        "seminar",
          "symposium",    "briefing",    "hearing"};
      auto past_hearers = [&](size_t k, size_t end) {
        if (k < end && is_one_of(toks[k].lower, "him", "her", "them", "us", "me")) return k + 1;
        size_t j = k;
        // ("told the AFL-CIO convention in Washington")
        if (j + 1 < end && is_one_of(toks[j].lower, "the", "a", "an")) ++j;
        while (
            j < end && j < k + 2 && toks[j].kind == TokenKind::kWord &&
            !kHearers.contains(toks[j].lower) &&  // ("told Parliament on Tuesday")
            (toks[j].capitalized ||
             is_one_of(toks[j].lower, "state", "local", "foreign", "national", "public", "visiting",
                       "senior", "party", "military", "government", "top", "army", "police")))
          ++j;
        if (j >= end || !kHearers.contains(toks[j].lower)) return k;
        ++j;
        if (j + 1 < end && is_one_of(toks[j].lower, "at", "in") && toks[j + 1].capitalized) {
          j += 2;
          while (j < end && (toks[j].capitalized ||
                             (j + 1 < end && is_one_of(toks[j].lower, "in", "of", "the") &&
                              toks[j + 1].capitalized)))
            ++j;
        }
        return j;
      };
      // How a statement went out ("released in New York", "read on state radio"), with no
      // "that" of what it said after it.
      auto went_out = [&](size_t i) {
        if (!is_one_of(toks[i].lower, "released", "issued", "read", "published", "posted",
                       "broadcast", "carried", "sent", "distributed", "emailed", "e-mailed",
                       "circulated", "signed"))
          return false;
        for (size_t j = i + 1; j < last; ++j)
          if (toks[j].lower == "that") return false;
        return true;
      };
      // Past time expressions right after the verb: "said on Wednesday the ban was ...".
      // (And past where it was said: "said in a joint statement on Tuesday they were ...".)
      auto past_times = [&](size_t i) {
        for (size_t was = SIZE_MAX; was != i;) {
          was = i;
          for (const auto& t : s.times)
            if (t.first_token == i || (t.first_token == i + 1 && leads_time(toks[i].lower)))
              i = t.last_token;
          size_t j = i;
          if (j + 2 < seg.last && toks[j].lower == "in" &&
              is_one_of(toks[j + 1].lower, "a", "an", "his", "her", "their", "its")) {
            j += 2;
            if (j < seg.last && is_one_of(toks[j].lower, "joint", "written", "televised", "video",
                                          "separate", "brief", "radio"))
              ++j;
            // (Not "in a statement read out in the Lok Sabha": a participle names the medium.)
            if (j + 1 < seg.last &&
                is_one_of(toks[j].lower, "statement", "interview", "speech", "letter", "post",
                          "message", "address", "communique", "communiqué", "broadcast", "response",
                          "tweet") &&
                !ends_with(toks[j + 1].lower, "ed") &&
                !is_one_of(toks[j + 1].lower, "read", "made", "sent", "broadcast", "written", "to",
                           "from", "by", "at", "of", "which", "that"))
              i = j + 1;
          }
        }
        return i;
      };
      if (complement < seg.last) {
        b = toks[complement].begin;
        // 'says the three new members ``enhance NATO's ability'': the clause starts before
        // the quote. So it does before a relative "that": "said the coast guard had acted to
        // expel a boat that had intruded".
        size_t after = past_times(std::max(h.tlast, stop));
        // ("told reporters at Parliament in Wellington the pause was ...": past the hearers and
        // where they were.)
        if (told && after + 1 < complement)
          if (size_t k = past_hearers(after, complement); k != after) after = past_times(k);
        bool relative = toks[complement].lower == "that" && complement + 1 < seg.last &&
                        is_auxiliary(toks[complement + 1].lower);
        // (One word is enough: 'said it "will not be intimidated"'.)
        if ((is_quote(s.text, toks[complement]) || relative) && complement > after && !inverted &&
            toks[after].kind == TokenKind::kWord &&
            !is_one_of(toks[after].lower, "that", "and", "but", "in", "on", "at", "to", "by",
                       "with", "from", "for", "during", "after", "before"))
          b = toks[after].begin;
        // So it does when a pronoun right after the verb has a verb of its own before the
        // "that": "said it was regrettable that Rabat had acted alone", "said he was
        // disappointed that".
        if (toks[complement].lower == "that" && complement > after + 2 && !inverted &&
            is_one_of(toks[after].lower, "it", "he", "she", "they", "we", "there") &&
            is_auxiliary(toks[after + 1].lower))
          b = toks[after].begin;
        // So it does when an actor right after the verb has a verb of its own before the
        // "that": "said on Monday Germany regretted that ...".
        if (toks[complement].lower == "that" && complement > after + 1 && !inverted)
          for (const auto& m : s.actors)
            if (m.first_token == after && m.last_token < complement &&
                toks[m.last_token].kind == TokenKind::kWord &&
                !is_one_of(toks[m.last_token].lower, "that", "and", "but", "in", "on", "at", "to",
                           "by", "with", "from", "for", "during", "after", "before", "of", "as",
                           "who", "which", "'s"))
              b = toks[after].begin;
      } else {
        // ("said on Monday that", "told reporters that", "told Lavrov that"; not the "that" of
        // another verb: "said Germany regretted that".)
        size_t from = past_times(std::max(stop, h.tlast));
        for (size_t i = from; i < last && i < from + 3; ++i) {
          if (is_quote(s.text, toks[i]) || toks[i].lower == "that") {
            b = toks[i].begin;
            break;
          }
          bool named = std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
            return m.first_token <= i && i < m.last_token;
          });
          if (!named && !kHearers.contains(toks[i].lower) &&
              !is_one_of(toks[i].lower, "him", "her", "them", "us", "me", "the", ","))
            break;
        }
      }
      // 'explained to Al Jazeera from Washington, "it remains to be seen ..."': a quote a few
      // words on, past the hearer and the place.
      // (Not past another clause: 'said ..., and that Beijing had lodged "stern
      // representations"'.)
      // (Nor a quoted name inside a phrase: 'warned about in his famous "Iron Curtain"
      // speech'; the quote opens after the verb, a comma or a colon.)
      for (size_t i = h.tlast; b == SIZE_MAX && i < last && i < h.tlast + 15; ++i) {
        if (is_one_of(toks[i].lower, "and", "but", "that", "which", "who")) break;
        if (is_quote(s.text, toks[i]) && i + 1 < last && (*s.in_quote)[i + 1] &&
            (i == h.tlast || is_one_of(toks[i - 1].lower, ",", ":")))
          b = toks[i].begin;
      }
      // "said the talks would resume", "said Tuesday the talks ...": a bare clause right after
      // the verb (past the addressee and a time expression).
      size_t clause = std::max(h.tlast, stop);
      // "told reporters the talks were over", "told state television the sanctions would
      // fail", "told reporters at Parliament the pause was ...": past the hearers who are no
      // actors.
      if (size_t k = told ? past_hearers(clause, seg.last) : clause; k != clause) clause = k;
      // "told the assembly the vote reflected ...", "told the council that ...", "told his
      // weekly press conference in Tehran".
      else if (told && clause + 1 < seg.last &&
               is_one_of(toks[clause].lower, "the", "his", "her", "a", "an", "its", "their"))
        for (size_t i = clause + 1; i < seg.last && i < clause + 4; ++i)
          if (is_one_of(toks[i].lower, "assembly", "council", "chamber", "parliament", "house",
                        "senate", "committee", "conference", "meeting", "summit", "forum",
                        "audience", "crowd", "gathering", "press", "media", "nation", "delegates",
                        "briefing", "lawmakers", "reporters", "journalists")) {
            clause = i + 1;
            if (clause < seg.last && is_one_of(toks[clause].lower, "conference", "briefing"))
              ++clause;
            break;
          }
      clause = past_times(clause);
      // (A hearer's name is no clause: "..., a ministry official told the Hurriyet Daily News",
      // "..., Tsahkna told ERR News afterwards.")
      // (Nor hearers of a kind and a time: "..., he told Uruguayan reporters later on Friday",
      // "..., a spokeswoman told LRT radio on Wednesday".)
      bool named_hearer = clause < seg.last;
      for (size_t i = clause; named_hearer && i < seg.last; ++i)
        named_hearer =
            toks[i].kind != TokenKind::kWord || toks[i].capitalized ||
            is_one_of(toks[i].lower, "the", "of", "and", "afterwards", "later", "earlier",
                      "yesterday", "today", "tonight") ||
            (told && (is_one_of(toks[i].lower, "reporters", "journalists", "radio", "television",
                                "tv", "newspaper", "daily", "agency", "broadcaster", "channel",
                                "magazine", "weekly", "in", "an", "a", "interview", "state",
                                "local", "foreign", "visiting") ||
                      in_time(s, i)));
      // (Nor what is declared in force: "declared martial law", "declared a state of
      // emergency", "declared war on", "declared him persona non grata".)
      if (type->id == "statement" &&
          is_one_of(toks[h.tfirst].lower, "declared", "declares", "declare") && clause < seg.last &&
          is_one_of(toks[clause].lower, "martial", "a", "an", "war", "independence", "victory",
                    "emergency", "him", "her", "them", "persona"))
        continue;
      // (Only verbs of saying take one: "denounced the vote on Friday" has an object.)
      if (b == SIZE_MAX && !inverted && !named_hearer && type->id == "statement" &&
          clause < seg.last && toks[clause].kind == TokenKind::kWord &&
          !is_one_of(toks[clause].lower, "in", "on", "at", "by", "to", "after", "before", "over",
                     "during", "while", "from", "with", "for", "as", "when", "ahead", "amid",
                     "following", "about", "of", "against") &&
          // (Nor how a statement went out: "in a statement released in New York", "read on
          // state radio"; what it said may follow: "carried by QNA that the remarks were".)
          !(toks[h.tfirst].lower == "in" && went_out(clause)) && seg.last - clause > 3 &&
          // (A verb that takes a thing as well as a clause: "announced the recall on Twitter late
          // Wednesday night", "confirmed the decision on Monday" name what was announced, and
          // the time is the announcing's. A clause has a verb: "announced the talks had failed".)
          !(is_one_of(toks[h.tfirst].lower, "announced", "announces", "announce", "confirmed",
                      "confirms", "confirm", "unveiled", "unveils") &&
            std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(clause),
                         toks.begin() + static_cast<std::ptrdiff_t>(seg.last), [](const Token& t) {
                           return is_auxiliary(t.lower) || ends_with(t.lower, "ed") ||
                                  t.lower == "that";
                         }))) {
        b = toks[clause].begin;
        complement = std::min(complement, clause);  // its dates are not the date of saying it
      }
      if (b == SIZE_MAX && inverted) {
        // '... "addressed their engagements," according to a statement': the quote before.
        size_t close = h.tfirst - 1;
        if (!is_quote(s.text, toks[close]) && close > first && is_quote(s.text, toks[close - 1]))
          --close;
        if (is_quote(s.text, toks[close])) {
          size_t open = close;
          while (open > first && !is_quote(s.text, toks[open - 1])) --open;
          if (open > first && open + 1 < close) {
            b = toks[open - 1].begin;
            e = toks[close].end;
          } else if (open == first && close > first + 1 && (*s.in_quote)[first]) {
            // The quote began in an earlier sentence: '``Hungary has come home. We are back,''
            // said ...'.
            b = toks[first].begin;
            e = toks[close].end;
          }
        } else if (h.tfirst > first + 3 && !is_quote(s.text, toks[first])) {
          // 'Iraq kept its forces in Kuwait, said Pete Williams': the clause before.
          b = toks[first].begin;
          e = toks[h.tfirst - 2].end;
        }
      }
      // "Russian drones struck a substation overnight, President Zelensky said": the clause
      // before the speaker.
      // (Titles may stand before the speaker: "..., EU foreign policy chief Kaja Kallas said",
      // "..., the ministry's spokesman Lin Jian said".)
      bool clause_before = false;
      size_t lead = agent ? agent->first_token : first;
      while (agent && lead > first + 4 && agent->first_token - lead < 6 &&
             (toks[lead - 1].capitalized || toks[lead - 1].possessive ||
              kSpeakerTitleWords.contains(toks[lead - 1].lower) ||
              // ("The United States, Mr. Acheson added, would not ...")
              (toks[lead - 1].lower == "." && is_honorific(toks[lead - 2].lower))))
        --lead;
      if (b == SIZE_MAX && !inverted && agent && agent->last_token == h.tfirst &&
          lead > first + 3 && toks[lead - 1].lower == "," && !is_quote(s.text, toks[first])) {
        b = toks[first].begin;
        e = toks[lead - 1].begin;
        clause_before = true;
      }
      // "Colombia, President Petro said on Tuesday, does not recognise ...": the subject before
      // the speaker, what it does after him; his words between are an aside.
      // (Not "In Moscow, Lavrov said on Tuesday, ...": a place or a time, no subject.)
      // (The speaker may be a pronoun: "Colombia, he said, ...".)
      const size_t speaker = agent && agent->last_token == h.tfirst                     ? lead
                             : !agent && pronoun != SIZE_MAX && pronoun + 1 == h.tfirst ? pronoun
                                                                                        : SIZE_MAX;
      if (!inverted && speaker != SIZE_MAX && speaker > first + 1 && speaker <= first + 6 &&
          toks[speaker - 1].lower == "," && !is_quote(s.text, toks[first]) && h.tlast < last &&
          !is_one_of(toks[first].lower, "in", "on", "at", "from", "after", "before", "during",
                     "for", "with", "by", "as", "since", "but", "and", "meanwhile", "however",
                     "earlier", "later", "separately", "now", "then", "today", "yesterday", "still",
                     "so", "thus", "instead", "indeed", "yet", "this", "that")) {
        const size_t p = past_times(h.tlast);
        // (Nor a time: "Last year, Lavrov said on Tuesday, Russia rejected ...".)
        bool subject_only = std::none_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
          return t.first_token < speaker && t.last_token > first;
        });
        for (size_t i = first; i + 1 < speaker && subject_only; ++i)
          subject_only = toks[i].kind == TokenKind::kWord || toks[i].lower == "'s";
        if (subject_only && p + 2 < last && toks[p].lower == "," &&
            (b == SIZE_MAX || b == toks[p + 1].begin) &&
            (toks[p + 1].kind == TokenKind::kWord || is_quote(s.text, toks[p + 1]))) {
          b = toks[first].begin;
          e = toks[last - 1].end;
          ev.aside_begin = toks[speaker - 1].begin;
          ev.aside_end = toks[p].end;
        }
      }
      // (So one that began in an earlier sentence: '"We do not want war with anybody. But if
      // the aggression continues, Laos will defend every inch of its soil," he said.')
      if (b == SIZE_MAX && h.tfirst > first + 1 &&
          ((is_quote(s.text, toks[first]) && (*s.in_quote)[first + 1]) ||
           (!is_quote(s.text, toks[first]) && (*s.in_quote)[first]))) {
        size_t i = first + 1;
        while (i < h.tfirst && !is_quote(s.text, toks[i])) ++i;
        b = toks[first].begin;
        e = i < h.tfirst ? toks[i].end : b;
        // (Without its opening mark, the words only: "But if ... its soil".)
        ev.continued = !is_quote(s.text, toks[first]);
        if (ev.continued && i < h.tfirst) {
          size_t j = i;
          while (j > first + 1 && toks[j - 1].kind == TokenKind::kPunct) --j;
          e = toks[j - 1].end;
        }
      }
      // What was said ends where the speaker's next act begins ("..., and warned that the list
      // would be extended", "... was coming home and thanked Qatar's emir"), or the reporter's
      // own clause ("..., Qatar said, as mediators pressed for a deal"; not "China, as a
      // friendly neighbour, hopes ...").
      for (size_t i = h.tlast; b != SIZE_MAX && i + 2 < last; ++i) {
        if (toks[i].begin <= b || toks[i].end > e || (*s.in_quote)[i]) continue;
        size_t verb = toks[i].lower == "," && toks[i + 1].lower == "and" ? i + 2
                      : toks[i].lower == "and"                           ? i + 1
                                                                         : SIZE_MAX;
        bool next_act =
            verb != SIZE_MAX &&
            is_one_of(toks[verb].lower, "said", "added", "warned", "accused", "called", "urged",
                      "insisted", "stressed", "noted", "denied", "rejected", "threatened", "vowed",
                      "pledged", "condemned", "criticized", "criticised", "demanded", "thanked",
                      "praised", "described", "dismissed", "branded", "welcomed", "expressed");
        bool reporter =
            toks[i].lower == "," && toks[i + 1].lower == "as" && toks[i + 2].lower != "well" &&
            std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(i + 2),
                         toks.begin() + static_cast<std::ptrdiff_t>(std::min(i + 10, last)),
                         [](const Token& t) { return t.lower == ","; });
        if (next_act || reporter) {
          e = toks[i].begin;
          break;
        }
      }
      if (b != SIZE_MAX && e > b) {
        while (e > b && (s.text[e - 1] == '.' || s.text[e - 1] == ' ')) --e;
        ev.content = std::string(s.text.substr(b, e - b));
        ev.content_begin = b;
        ev.content_end = e;
        ev.attribution = inverted || clause_before;
      }
    }

    // 5. Date: the nearest dated time expression in the segment; else in the main clause.
    const TimeMention* best = nullptr;
    size_t best_dist = 0;
    // "on his first visit to India since taking office in November 2022": the time of the
    // act that "since" names is not this event's.
    auto since_act = [&](const TimeMention& t) {
      for (size_t i = t.first_token, n = 0; i-- > first && n < 6; ++n) {
        if (toks[i].lower == "," || toks[i].end <= toks[h.tlast - 1].end) return false;
        if (toks[i].lower == "since")
          for (size_t j = i + 1; j < t.first_token; ++j)
            if (ends_with(toks[j].lower, "ing")) return true;
      }
      return false;
    };
    // "the 1960 treaty", "Ukraine's 2014 Maidan protests": a time that modifies a noun dates
    // what the noun names (an event only when its trigger is that noun: "the October 7 attack").
    auto attributive = [&](const TimeMention& t) {
      if (t.first_token <= first || t.last_token >= last) return false;
      std::string_view before = toks[t.first_token - 1].lower;
      const Token& after = toks[t.last_token];
      // ("over Monday's attack, demanding ...": a possessive time is the noun's too.)
      return (is_one_of(before, "the", "a", "an", "its", "their", "his", "her") ||
              before.ends_with("'s") || toks[t.last_token - 1].possessive) &&
             after.kind == TokenKind::kWord &&
             !is_one_of(after.lower, "and", "or", "to", "of", "in", "on", "at", "for", "with", "by",
                        "as", "when", "after", "before", "that", "which") &&
             !(h.tfirst >= t.last_token && h.tfirst <= t.last_token + 3 &&
               std::none_of(toks.begin() + t.last_token, toks.begin() + h.tfirst,
                            [](const Token& x) { return x.lower == ","; })) &&
             // ("under a 1992 agreement between Myanmar and Bangladesh": the trigger holds the time
             // and the deal it dates; not "scrapped its 2016 deal", an act on the deal.)
             !(type->id == "agreement" && h.tfirst <= t.first_token && t.last_token < h.tlast);
    };
    // "has released the two British lecturers detained last month", "accused Kyiv of drone
    // strikes launched on Sunday": a participle after the act's object dates that object, not
    // the act.
    auto participle_of_object = [&](const TimeMention& t) {
      size_t p = t.first_token;
      if (p > 0 && is_one_of(toks[p - 1].lower, "on", "in", "at", "during", "since", "earlier",
                             "late", "early"))
        --p;
      if (p < h.tlast + 2 || p == 0) return false;
      const Token& part = toks[p - 1];
      if (part.kind != TokenKind::kWord || part.capitalized ||
          !(part.lower.ends_with("ed") ||
            is_one_of(part.lower, "held", "taken", "seized", "caught", "shot", "built", "made",
                      "sold", "sent", "brought", "kept", "won", "struck", "begun", "written")))
        return false;
      // (Not a deal the act was done under: "restored relations under a joint declaration
      // signed in October 1956".)
      for (size_t i = h.tlast; i + 2 < p; ++i)
        if (is_one_of(toks[i].lower, "under", "pursuant")) return false;
      const Token& noun = toks[p - 2];
      // (Not the act's own name: "expelled two diplomats in a move announced on Monday".)
      if (is_one_of(noun.lower, "move", "order", "measure", "measures", "decision", "statement",
                    "step", "steps", "announcement", "decree", "letter", "note", "declaration",
                    "communique", "ruling", "notice"))
        return false;
      return noun.kind == TokenKind::kWord &&
             !is_one_of(noun.lower, "has", "have", "had", "was", "were", "is", "are", "be", "been",
                        "being", "and", "or", "but", "who", "which", "that", "it", "they", "he",
                        "she", "we", "i", "you", "then", "not", "also", "just", "first", "jointly",
                        "only", "newly", "recently", "previously", "reportedly", "allegedly") &&
             !noun.lower.ends_with("ly");
    };
    // "suspended the border agreement signed with Saudi Arabia in 1965", "rests on the
    // agreement of 11 March 1913": the time of a deal's signing dates the deal, not an act on it
    // (unless the trigger is the deal, holding the time).
    auto deal_signed = [&](const TimeMention& t) {
      if (type->id == "agreement" && h.tfirst <= t.first_token && t.last_token <= h.tlast)
        return false;
      // (An act before the deal it is done to: not "signed in 2004, during a visit to Dushanbe
      // by Putin"; nor the signing's own trigger, "an agreement Egypt signed with Saudi Arabia
      // in April 2016".)
      // (The act's words reach the deal, or take it as their object a few words on: not "Putin
      // visited Dushanbe, where a military agreement was signed on Monday".)
      auto done_to_deal = [&](size_t noun) {
        if (h.tfirst >= noun) return false;
        if (noun < h.tlast) return true;
        if (noun > h.tlast + 4) return false;
        // (Its object, not a deal it is done under: "restored relations under a joint
        // declaration signed in October 1956" is dated by the signing.)
        for (size_t i = h.tlast; i < noun; ++i)
          if (is_one_of(toks[i].lower, ",", "where", "when", "while", "as", "and", "which", "under",
                        "through", "by", "in", "with", "via", "after", "following", "since", "at",
                        "on"))
            return false;
        return true;
      };
      size_t at = t.first_token;
      // (A year in a deal's name dates no other act: "asked that Britain take the measures
      // required of her under the Anglo-Jordanian Treaty of 1948".)
      if (at >= first + 2 && toks[at - 1].lower == "of" && is_deal_noun(toks[at - 2].lower))
        return done_to_deal(at - 2) ||
               (type->id != "agreement" && toks[at - 2].capitalized && at - 2 > h.tlast);
      for (size_t k = at; k-- > first && at - k <= 8;) {
        if (is_one_of(toks[k].lower, ";", "and", "but", "which", "that", "who")) return false;
        if (!is_signed_word(toks[k].lower) && toks[k].lower != "ratified") continue;
        // (A signing inside another act's trigger still names the deal's day: "renounced the
        // treaty it signed with the Soviet Union in July 1974".)
        if (k >= h.tfirst && k < h.tlast && (type->id == "agreement" || k == h.tfirst))
          return false;
        for (size_t n = k; n-- > first && k - n <= 8;)
          if (is_deal_noun(toks[n].lower)) return done_to_deal(n);
        return false;
      }
      return false;
    };
    // Times that bound another act: the end of a term ("exempted goods from the levies until
    // April 2, after a phone call with Sheinbaum") dates no punctual act; a deadline in another
    // clause ("declared the advisers persona non grata, asking them to leave by April 30") and
    // the start of an act threatened or asked for ("a tariff that Trump has threatened to impose
    // from August 1") are not when the act was done.
    auto deadline = [&](const TimeMention& t) {
      std::string_view phrase = s.text.substr(t.phrase_begin, t.end - t.phrase_begin);
      // ("shut the border until at least December 13")
      size_t lead = t.first_token;  // (where the words before the time end)
      if (lead >= first + 3 && toks[lead - 1].lower == "least" && toks[lead - 2].lower == "at")
        lead -= 2;
      // ("suspended Paraguay until the elections of April 2013": the end named by an event
      // dated in turn.)
      // ("gave Moscow until noon on Thursday": the hour of the day named; not "until the
      // Taliban released the hostages on Tuesday", a clause of its own.)
      if (lead >= first + 4 && toks[lead - 1].lower == "on" &&
          is_one_of(toks[lead - 2].lower, "noon", "midnight", "midday", "dawn", "a.m.", "p.m.",
                    "gmt", "utc")) {
        size_t u = lead - 3;
        if (u > first && toks[u].kind == TokenKind::kNumber) --u;  // ("until 6 p.m. on")
        if (is_one_of(toks[u].lower, "until", "till")) lead = u + 1;
      }
      if (lead >= first + 3 && is_one_of(toks[lead - 1].lower, "of", "in", "for"))
        for (size_t k = lead - 1; k-- > first && lead - 1 - k <= 6;) {
          if (is_one_of(toks[k].lower, "until", "till")) {
            lead = k + 1;
            break;
          }
          if (!std::isalpha(static_cast<unsigned char>(toks[k].lower[0])) ||
              is_one_of(toks[k].lower, "and", "which", "that", "who", "when", "after", "before"))
            break;
        }
      bool until = phrase.starts_with("until ") || phrase.starts_with("till ") ||
                   (lead > first && is_one_of(toks[lead - 1].lower, "until", "till"));
      if (!type->durative && until) return true;
      if (t.first_token < h.tlast) return false;
      // ("agreed to meet again in June": June is the meeting's.)
      if (type->id == "intent-to-meet") return true;
      bool infinitive = type->speech && toks[h.tlast - 1].lower == "to";
      // ("promised to double its assistance to Africa by 2009": what was promised, by then.)
      bool promised = std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                                  toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                                  [](const Token& x) { return x.lower == "to"; }) &&
                      (is_one_of(toks[h.tfirst].lower, "promised", "promises", "pledged", "pledges",
                                 "vowed", "vows", "agreed", "agrees", "undertook", "committed") ||
                       // (So is what one was told to do by then: "has told Sweden to withdraw
                       // all of its diplomats by August 30".)
                       is_one_of(toks[h.tfirst].lower, "told", "tells", "ordered", "orders",
                                 "instructed", "asked", "asks", "gave", "gives"));
      return (phrase.starts_with("by ") &&
              (seg_of(t.first_token) != k || infinitive || promised)) ||
             (infinitive && (phrase.starts_with("from ") || phrase.starts_with("until ") ||
                             phrase.starts_with("starting ")));
    };
    // ("Dozens of people, some carrying photographs of those killed on July 15, gathered": a
    // time in a phrase set off inside the description of an actor is not the act's; "Hundreds
    // of people on Monday rallied" is.)
    auto describes_actor = [&](const TimeMention& t) {
      return std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
        return m.first_token < t.first_token && t.first_token < m.last_token &&
               std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(m.first_token),
                           toks.begin() + static_cast<std::ptrdiff_t>(t.first_token),
                           [](const Token& x) { return x.lower == ","; });
      });
    };
    bool time_before_and = false;
    auto own_time_after = [&] {
      for (const auto& u : s.times) {
        if (!u.date || u.first_token < h.tlast || u.first_token >= seg.last) continue;
        bool report = false;
        for (size_t j = h.tlast; j < u.first_token && !report; ++j)
          report =
              is_one_of(toks[j].lower, "said", "says", "told", "announced", "added", "reported");
        if (!report) return true;
      }
      return false;
    };
    // ("the two leaders agreed that Blinken would travel to China early next year", "agreed to
    // lift trade barriers next month": the time of what was agreed, not of the agreement.)
    bool agreed_clause = false;
    if (type->id == "agreement")
      for (size_t i = h.tfirst; i + 1 < h.tlast && !agreed_clause; ++i)
        agreed_clause =
            is_one_of(toks[i].lower, "agreed", "agree") &&
            std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(i + 1),
                        toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                        [](const Token& x) { return is_one_of(x.lower, "that", "to"); });
    // ("will close its embassy in Stockholm and has told Sweden to withdraw its diplomats by
    // August 30": a time past a second clause joined by "and", in a tense of its own, is that
    // clause's; not "expelled a diplomat and detained two Canadians on Monday", one day.)
    auto next_verbs = [&](const TimeMention& t) {
      if (t.first_token <= h.tlast || type->speech) return false;
      for (size_t i = h.tlast; i + 1 < t.first_token; ++i)
        if (toks[i].lower == "and" &&
            is_one_of(toks[i + 1].lower, "has", "have", "had", "will", "would", "that"))
          return true;
      return false;
    };
    // ("accepted an invitation to visit Pakistan that Gen Musharraf extended on Sunday": a time
    // in a relative clause with a subject of its own is that clause's; not "the summit that
    // Obama hosts in Washington on April 12", which tells of the act's gathering itself, nor
    // "the islands, which Japan calls the Northern Territories, in August 1945".)
    auto relative_clause = [&](const TimeMention& t) {
      if (type->speech || t.first_token <= h.tlast) return false;
      for (size_t i = h.tlast; i + 1 < t.first_token; ++i) {
        if (toks[i].lower == "," && i > h.tlast) return false;
        if (!is_one_of(toks[i].lower, "that", "which")) continue;
        for (const auto& m : s.actors)
          if (!m.place && m.last_token < t.first_token &&
              (m.first_token == i + 1 || (m.first_token == i + 2 && toks[i + 1].lower == "the")))
            return !is_one_of(toks[m.last_token].lower, "hosts", "hosted", "host", "holds", "held",
                              "hold", "will", "is", "was", "chairs", "chaired", "convenes",
                              "convened", "has", "have", "had", "announced", "announces",
                              "organises", "organizes", "organised", "organized", "co-hosts",
                              "co-hosted") &&
                   // (The clause's first time only: "signed the agreement that Japan proposed
                   // in January on Wednesday".)
                   std::none_of(s.times.begin(), s.times.end(), [&](const TimeMention& u) {
                     return u.first_token > i && u.first_token < t.first_token;
                   });
      }
      return false;
    };
    // ("accused Malawi of allowing survey aircraft to fly over the lake in June": a time in
    // what one is accused of is that act's, not the charge's; not "accused Malawi on Friday of".)
    auto charged_act = [&](const TimeMention& t) {
      if (type->id != "accusation" || !toks[h.tfirst].lower.starts_with("accus")) return false;
      // (A long act: "of lying on Thursday" is short, the time the charge's.)
      for (size_t i = h.tfirst + 1; i + 1 < t.first_token; ++i)
        if (toks[i].lower == "of" &&
            (toks[i + 1].lower.ends_with("ing") || toks[i + 1].lower == "having"))
          return t.first_token >= i + 5;
      return false;
    };
    // "his first visit to Japan since 2008", "the first meeting of the two leaders since April
    // 2019": the time after "since" tells how rare the act is, not when it was.
    auto first_since = [&](const TimeMention& t) {
      // (The phrase of the time holds the "since".)
      if (!since_phrase(s.text, t) || t.first_token < h.tlast || t.first_token > h.tlast + 8)
        return false;
      // (The "first" before the act's noun or in the trigger: "make his first visit to".)
      for (size_t i = h.tfirst > first + 3 ? h.tfirst - 3 : first; i < h.tlast; ++i)
        if (is_one_of(toks[i].lower, "first", "first-ever")) return true;
      return false;
    };
    auto consider = [&](const TimeMention& t) {
      if (!t.date || (*s.in_quote)[t.first_token] || since_act(t) || first_since(t) ||
          attributive(t) || deal_signed(t) || deadline(t) || describes_actor(t) ||
          participle_of_object(t) || (agreed_clause && t.first_token >= h.tlast) || next_verbs(t) ||
          relative_clause(t) || charged_act(t))
        return;
      // ("flies to Cairo on Wednesday and will travel on to Amman on Thursday": the time before
      // the "and" is the first verb's; with none of its own the verb shares it, below.)
      // ("met Xi on Monday and will travel to Tokyo": a plan of its own, not Monday's.)
      // (But a time of the report before its "that" is both verbs': "told reporters last night
      // that Romania would not expel the ambassador and would not impose visas".)
      if (coordinated_verb && verb_from > first && t.first_token < verb_from &&
          is_one_of(toks[verb_from - 1].lower, "and", "but", "then") &&
          std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(t.last_token),
                       toks.begin() + static_cast<std::ptrdiff_t>(verb_from),
                       [](const Token& x) { return x.lower == "that"; })) {
        time_before_and = true;
        return;
      }
      size_t d = t.first_token >= h.tfirst ? t.first_token - h.tfirst : h.tfirst - t.first_token;
      // ("withdrew its last troops in August 1994 under an agreement signed ... in April that
      // year", "were short of gas on Friday after Gazprom shut down all deliveries ... on
      // Wednesday": a time before the "under" or "after" that opens the trigger's phrase is the
      // verb's before it; the trigger takes it only if it has none of its own -- for "after",
      // none of its clause, not a report's: "severed ties on Sunday after Saudi Arabia cut
      // ties, officials said on Monday".)
      if (t.last_token <= h.tfirst && h.tfirst - t.last_token <= 3)
        for (size_t j = t.last_token; j < h.tfirst; ++j)
          if (toks[j].lower == "under" ||
              (is_one_of(toks[j].lower, "after", "following") && own_time_after()))
            d += 100;
      // ("The ministry reported today that Hungarian guards had opened fire on a Yugoslav
      // patrol on 26 September": the time of the report, before its "that", dates a past act
      // told only where the act's clause has none of its own. Not one to come: "said on Tuesday
      // that Ankara would unveil sanctions once he has toured the camps this weekend" is
      // announced on Tuesday.)
      if (t.last_token <= h.tfirst) {
        size_t that = h.tfirst;
        for (size_t j = t.last_token; j < h.tfirst; ++j)
          if (toks[j].lower == "that") that = j;
        // (Its own: after the trigger, on or before the day of publication, told as when
        // ("on", "in", "at", "late", "early" or nothing before it), not of a noun or a span:
        // "the note of 20 September", "accredited since 1 September", "before the end of
        // October", "during the elections on 15 October".)
        auto own = [&](const TimeMention& o) {
          if (&o == &t || !o.date || o.first_token < h.tfirst || o.first_token > h.tlast + 10 ||
              (*s.in_quote)[o.first_token])
            return false;
          auto day = o.date->earliest_day();
          if (!day || published < *day) return false;
          size_t b = o.first_token;
          if (b > first && is_one_of(toks[b - 1].lower, "on", "in", "at", "late", "early")) --b;
          if (b <= first) return true;
          for (size_t j = h.tfirst; j < o.first_token; ++j)
            if (is_one_of(toks[j].lower, "during", "since", "before", "after", "until", "ahead",
                          "accredited", "who", "which", "that", ","))
              return false;
          // ("on the night of 26 to 27 September": a part of the day is the act's own)
          if (toks[b - 1].lower == "of" && b >= first + 2 &&
              is_one_of(toks[b - 2].lower, "night", "morning", "evening", "afternoon"))
            return true;
          return !is_one_of(toks[b - 1].lower, "of", "since", "during", "before", "after", "until",
                            "for", "from", "by", "till", "through");
        };
        if (that < h.tfirst &&
            std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(that),
                         toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                         [](const Token& x) {
                           return is_one_of(x.lower, "would", "will", "could", "might", "may",
                                            "should", "shall", "to", "must", "can");
                         }) &&
            std::any_of(s.times.begin(), s.times.end(), own))
          d += 50;
      }
      if (!best || d < best_dist) {
        best = &t;
        best_dist = d;
      }
    };
    // (A trigger that runs on past a comma, "discussed it with Lavrov, the Russian foreign
    // minister, in a phone call last week", reaches the time of its last part.)
    size_t reach = complement;
    // (So does a request that runs past a parenthesis: "asked the CSTO (CSTO) for help on
    // September 13".)
    if (h.tlast > seg.last && (!type->speech || complement >= seg.last))
      reach = segs[seg_of(h.tlast - 1)].last;
    // (Not into a relative clause past the trigger: "accused Khartoum of arming the rebels
    // whose offensive reached the capital in February" dates the offensive.)
    // (A clause of what would be is no time of its own: "vetoed a resolution which would
    // condemn Israel on Friday".)
    for (size_t i = h.tlast; i < reach; ++i)
      if (is_one_of(toks[i].lower, "whose", "which", "who", "whom")) {
        if (i + 1 < reach &&
            is_one_of(toks[i + 1].lower, "would", "will", "could", "might", "should"))
          break;
        reach = i;
        break;
      }
    for (const auto& t : s.times)
      if (t.first_token >= seg.first && t.first_token < reach) consider(t);
    // "summoned Norway's ambassador, Svein Ole Saether, on Friday evening to lodge a protest":
    // past a name set off after the act's object, the time that opens the next part is the
    // act's.
    if (!best && reach == seg.last && k + 2 < segs.size() && segs[k + 1].first == seg.last + 1 &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.actor->kind == ActorKind::kPerson && m.first_token == segs[k + 1].first &&
                 m.last_token == segs[k + 1].last;
        }))
      for (const auto& t : s.times)
        if (t.first_token >= segs[k + 2].first && t.first_token <= segs[k + 2].first + 2 &&
            std::all_of(toks.begin() + static_cast<std::ptrdiff_t>(segs[k + 2].first),
                        toks.begin() + static_cast<std::ptrdiff_t>(t.first_token),
                        [](const Token& x) {
                          return is_one_of(x.lower, "on", "in", "at", "late", "early");
                        }))
          consider(t);
    // "announced on Wednesday that it was suspending the Treaty of Friendship, Good
    // Neighbourliness and Cooperation that the two countries signed in October 2002": a deal
    // named first is dated by the time its signing verb takes, however long its name.
    // (So is one "signed with Cambodia in Kuala Lumpur last month", "signed by Machel and
    // Botha in March 1984": the first time past the verb, in the trigger or right after it.)
    if (type->id == "agreement") {
      size_t sign_at = signing_verb(toks, h.tfirst, h.tlast);
      if (sign_at < h.tlast)
        for (const auto& t : s.times)
          if (t.date && t.first_token > sign_at && t.first_token <= h.tlast + 1 &&
              !(*s.in_quote)[t.first_token]) {
            best = &t;
            best_dist = 0;
            break;
          }
    }
    // "claimed responsibility on Saturday for Monday's bombing", "claimed the Easter Sunday
    // bombings": a claim names a past act; the time written before the act's noun is the act's,
    // not the claim's.
    if (starts_with(toks[h.tfirst].lower, "claim") &&
        (type->id == "bombing" || type->id == "assault"))
      for (const auto& t : s.times)
        if (t.date && t.first_token > h.tfirst && t.last_token < h.tlast &&
            (t.phrase_begin == t.begin || starts_with(s.text.substr(t.phrase_begin), "for ")) &&
            !(*s.in_quote)[t.first_token]) {
          best = &t;
          best_dist = 0;
        }
    // 'said "the talks were useful" on Monday', 'expressed "deep concern" over the arrest in a
    // statement on November 26': past the closing quote, the act's own time (up to a "that").
    if (type->speech && complement < seg.last && is_quote(s.text, toks[complement])) {
      size_t close = complement + 1;
      while (close < seg.last && !is_quote(s.text, toks[close])) ++close;
      size_t end = close + 1;
      while (end < seg.last && toks[end].lower != "that") ++end;
      for (const auto& t : s.times)
        if (t.first_token > close && t.first_token < end) consider(t);
    }
    // A state (a buildup) named in a side phrase is not dated by the main clause.
    // Nor is a speech act ("..., the Elysee said.") dated by the clause it reports.
    // But "Zelensky said on Sunday, accusing Moscow of ...", "said on Wednesday ... and warned
    // that ...": a speech act that goes on from the clause before shares its time, unless the
    // time is part of what an earlier act of the sentence said.
    bool goes_on = coordinated_verb || (h.tfirst > first && toks[h.tfirst - 1].lower == "," &&
                                        ends_with(toks[h.tfirst].lower, "ing"));
    auto said_before = [&](const TimeMention& t) {
      return std::any_of(out.begin(), out.end(), [&](const EventMention& e) {
        return said_in(e, toks[t.first_token].begin);
      });
    };
    // "On Monday, Barrot said", "Speaking on France Inter radio on Tuesday, Barrot said": a
    // phrase that opens the sentence sets the time of its main clause, a speech act too, and a
    // lasting state ("In June 2017, Indian troops moved onto the plateau").
    if (!best && (type->speech || type->durative) && k > 0 && !seg.relative && !inverted) {
      bool fronted = true;
      for (size_t j = 0; j < k && fronted; ++j) {
        std::string_view w = toks[segs[j].first].lower;
        bool time_first = std::any_of(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
          return t.first_token == segs[j].first;
        });
        // ("On April 26, China's ambassador, Cheng Jingye, warned": the subject and its
        // apposition, set off by commas, stand between.)
        bool subject = j > 0 && segs[j].last > segs[j].first;
        for (size_t i = segs[j].first; i < segs[j].last && subject; ++i)
          // ("On May 29 Todor Zhivkov, President of the State Council, called on Turkey": a
          // title's proper name too.)
          subject =
              is_one_of(toks[i].lower, ",", "to", "in", "at", "of", "for", "and", "leader",
                        "chairman", "chairwoman", "council", "party") ||
              // ("On Sunday, the EU's new foreign policy chief, Kaja Kallas, condemned".)
              is_one_of(toks[i].lower, "'s", "’s", "new", "his", "her", "their", "outgoing",
                        "incoming", "longtime", "veteran", "chancellor", "premier", "crown",
                        "prince", "king", "emir", "powerful", "neighbour", "neighbor") ||
              // ("the Minister of Foreign Affairs, don Fernando María Castiella,": Spanish
              // courtesy.)
              (is_one_of(toks[i].lower, "don", "doña") && i + 1 < segs[j].last &&
               toks[i + 1].capitalized) ||
              kSpeakerTitleWords.contains(toks[i].lower) ||
              (toks[i].kind == TokenKind::kWord && toks[i].capitalized && i > segs[j].first) ||
              std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
                return !m.place && m.first_token <= i && i < m.last_token;
              });
        fronted = !segs[j].relative && !(*s.in_quote)[segs[j].first] &&
                  (time_first || subject || ends_with(w, "ing") ||
                   is_one_of(w, "on", "in", "at", "earlier", "later", "late", "early", "during",
                             "overnight", "last", "this") ||
                   // ("Earlier this month Dr. Frondizi, then on a tour of Europe, declined")
                   (j > 0 && is_one_of(w, "then", "now", "already", "still")));
      }
      if (fronted)
        for (const auto& t : s.times)
          if (t.first_token >= first && t.first_token < seg.first) consider(t);
    }
    // "Raisi, speaking during a trip to the province on May 18, had warned ...": a participle
    // set off between the subject and its verb shares the verb's time.
    // (So does one that names the statement it was made in: "The Soviet Government, in a
    // statement issued by Tass yesterday, accused NATO".)
    auto statement_phrase = [&](const Segment& g) {
      // (Only where it was issued then: not "in a report on abuses in 2019".)
      if (!(g.first + 2 < g.last && toks[g.first].lower == "in" &&
            is_one_of(toks[g.first + 1].lower, "a", "an", "its", "their", "his", "her") &&
            is_one_of(toks[g.first + 2].lower, "statement", "communique", "communiqué", "letter",
                      "note", "interview", "speech", "broadcast", "message", "report")))
        return false;
      for (size_t i = g.first + 3; i < g.last; ++i)
        if (is_one_of(toks[i].lower, "issued", "released", "published", "carried", "broadcast",
                      "read", "made", "delivered", "sent", "given", "distributed"))
          return true;
      return false;
    };
    if (!best && k > 0 && segs[k - 1].first > first && !segs[k - 1].relative &&
        ((ends_with(toks[segs[k - 1].first].lower, "ing") &&
          !toks[segs[k - 1].first].capitalized) ||
         statement_phrase(segs[k - 1])) &&
        !(*s.in_quote)[segs[k - 1].first])
      for (const auto& t : s.times)
        if (t.first_token >= segs[k - 1].first && t.first_token < segs[k - 1].last) consider(t);
    // ("Britain freed Mehdi Rostami, an Iranian national jailed in 2024, ...": the time of an
    // apposition describes the one it names.)
    // (So does one that sums up the clause before it: "..., the latest step in a row that
    // started when ... last month".)
    auto apposition = [&](size_t j) {
      if (j == 0 || j == k) return false;
      if (toks[segs[j].first].lower == "the" && segs[j].first + 2 < segs[j].last &&
          is_one_of(toks[segs[j].first + 1].lower, "latest", "newest") &&
          is_one_of(toks[segs[j].first + 2].lower, "step", "move", "twist", "escalation", "blow",
                    "sign", "setback", "chapter", "episode", "round", "salvo"))
        return true;
      return is_one_of(toks[segs[j].first].lower, "a", "an") &&
             std::any_of(s.actors.begin(), s.actors.end(),
                         [&](const ActorMention& m) { return m.last_token == segs[j - 1].last; });
    };
    // "Raisi will travel to Riyadh, the presidency said late Saturday", "Spain has flown 143
    // people out of Mali, the minister said Tuesday": the time of the report that follows an
    // act bounds it (done by then, or to come after it) but is not its day.
    const TimeMention* reported_at = nullptr;
    auto in_report = [&](const TimeMention& t) {
      size_t j = seg_of(t.first_token);
      if (type->speech || j <= k) return false;
      for (size_t i = segs[j].first; i < t.first_token; ++i)
        if (is_one_of(toks[i].lower, "said", "says", "told", "added", "announced", "stated",
                      "reported", "confirmed"))
          return true;
      return false;
    };
    // ("has paused funding to the Cook Islands, saying the government failed to consult it
    // before signing agreements in February": a time in what a participle of saying reports
    // is not the act's.)
    auto in_saying = [&](const TimeMention& t) {
      size_t j = seg_of(t.first_token);
      // ("..., saying on Monday that he had been spying": the saying's own time is the act's.)
      return j > k && t.first_token > segs[j].first + 2 &&
             is_one_of(toks[segs[j].first].lower, "saying", "adding", "noting", "arguing",
                       "insisting", "claiming", "citing", "explaining", "stressing");
    };
    // ("summoned Israel's ambassador in Warsaw, Anna Azari, on Monday": past the name of the one
    // acted on, set off by a comma, the act's own time.)
    if (!best && k + 1 < segs.size())
      for (const auto& m : s.actors)
        if (m.actor->kind == ActorKind::kPerson && m.first_token >= h.tlast &&
            m.last_token == seg.last && m.first_token > seg.first &&
            toks[m.first_token - 1].lower == ",")
          for (const auto& t : s.times)
            if (t.first_token >= segs[k + 1].first && t.first_token <= segs[k + 1].first + 1)
              consider(t);
    // ("there were no plans to expel Iraqi diplomats, but the Cabinet will decide next week
    // whether to ...": a time past a comma and "but" is the next clause's.)
    // (Not ", while in Beijing on Monday", ", but only on Thursday": no clause of its own.)
    auto contrasted = [&](const TimeMention& t) {
      size_t j = seg_of(t.first_token);
      size_t c = segs[j].first;
      if (j <= k || !is_one_of(toks[c].lower, "but", "whereas", "although", "though", "yet"))
        return false;
      return c + 1 < segs[j].last && t.first_token > c + 1 &&
             !is_one_of(toks[c + 1].lower, "in", "on", "at", "only", "also", "not", "then",
                        "during", "after", "before", "with") &&
             !ends_with(toks[c + 1].lower, "ing");
    };
    if (!best && !seg.relative && !type->durative && (!type->speech || goes_on))
      for (const auto& t : s.times)
        if (!segs[seg_of(t.first_token)].relative && !apposition(seg_of(t.first_token)) &&
            !in_saying(t) && !contrasted(t) &&
            (!type->speech || (t.first_token < h.tfirst && !said_before(t)))) {
          if (in_report(t)) {
            if (!reported_at && t.date) reported_at = &t;
            continue;
          }
          consider(t);
        }
    // "A trip to Algiers by Darmanin, which had been planned for later this month, has been
    // postponed": the day the act was planned for. (Also over a time before the trigger: "the
    // ministry said on Thursday that a visit by Hu to Japan, which was planned for April 20, had
    // been cancelled".)
    if ((!best || best->last_token <= h.tfirst) && !type->speech)
      for (const auto& t : s.times) {
        if (t.first_token <= h.tlast || t.first_token > h.tlast + 24) continue;
        for (size_t i = t.first_token; i-- > h.tlast && t.first_token - i <= 4;)
          if (is_one_of(toks[i].lower, "planned", "scheduled", "pencilled", "penciled", "slated",
                        "due", "set") ||
              // ("Rama's visit to Belgrade, which was to have taken place on October 22")
              (toks[i].lower == "have" && i > h.tlast && toks[i - 1].lower == "to")) {
            const TimeMention* before = best;
            best = nullptr;
            consider(t);
            if (!best) best = before;
            break;
          }
      }
    // "will meet on September 15 at the request of France": the request came before the
    // meeting, on a day the sentence does not give.
    bool request_before = type->id == "appeal" && toks[h.tfirst].lower == "at";
    if (request_before) best = nullptr;
    // "met in Beijing on April 6, and again on June 2": the act once more, on another day.
    const TimeMention* again = nullptr;
    // "... has been postponed until November 10": the act put off, planned for that day.
    const TimeMention* put_off_to = nullptr;
    if (best && !type->speech) {
      size_t i = best->last_token;
      if (i < last && toks[i].lower == ",") ++i;
      if (i + 2 < last && toks[i].lower == "and" && toks[i + 1].lower == "again")
        for (const auto& t : s.times)
          if (t.date && t.first_token >= i + 2 && t.first_token <= i + 3) again = &t;
    }
    // "visited Jordan on Sunday and Egypt on Monday", "met Netanyahu in Jerusalem on Monday
    // and Abbas in Ramallah on Tuesday": a second object with a day of its own (and perhaps a
    // place) is the act again, with it, on that day.
    const TimeMention* gap_time = nullptr;
    const ActorMention* gap_actor = nullptr;
    const ActorMention* gap_place = nullptr;
    if (best && !again && !type->speech && best->first_token > h.tfirst) {
      size_t i = best->last_token;
      if (i < last && toks[i].lower == ",") ++i;
      size_t j = i + 1;
      if (j < last && is_one_of(toks[j].lower, "to", "with")) ++j;
      if (j < last && toks[j].lower == "the") ++j;
      // (A place: a city or a capital, which may also stand for its state.)
      auto mention_at = [&](size_t at, bool place) -> const ActorMention* {
        for (const auto& m : s.actors)
          if (m.first_token == at &&
              (place ? m.place || m.how == MentionHow::kCity || m.how == MentionHow::kCapital
                     : !m.place && actor_ok(m)))
            return &m;
        return nullptr;
      };
      const ActorMention* second =
          i < last && toks[i].lower == "and" ? mention_at(j, false) : nullptr;
      // ("... and with Iranian Foreign Minister Mohammad Javad Zarif on Monday": the person so
      // titled.)
      if (second)
        if (const ActorMention* person = person_after(*second)) second = person;
      if (second && second->actor != ev.agent) {
        size_t k2 = second->last_token;
        if (k2 + 1 < last && toks[k2].lower == "in") {
          gap_place = mention_at(k2 + 1, true);
          if (gap_place) k2 = gap_place->last_token;
        }
        for (const auto& t : s.times)
          if (t.date && t.first_token >= k2 && t.first_token <= k2 + 1 &&
              !(*s.in_quote)[t.first_token] && t.phrase_begin >= toks[k2].begin)
            gap_time = &t;
        // ("... and Biden on Friday in Washington": the place after the day.)
        if (gap_time && !gap_place && gap_time->last_token + 1 < last &&
            toks[gap_time->last_token].lower == "in")
          gap_place = mention_at(gap_time->last_token + 1, true);
        if (gap_time) gap_actor = second;
      }
      if (!gap_actor) gap_place = nullptr;
    }
    if (best) {
      ev.date = *best->date;
      ev.dated = true;
      ev.when = std::string(s.text.substr(best->phrase_begin, best->end - best->phrase_begin));
      // "the G7 summit in Ise-Shima on Thursday and Friday", "talks on 17 and 18 August": two
      // days a few apart are the days the act took, from the first to the second.
      size_t k = best->last_token;
      const CalendarDate* one_day = single_day(*best);
      if (!again && !gap_actor && one_day && k + 1 < last && toks[k].lower == "and") {
        size_t from = k + 1 + (toks[k + 1].lower == "on");
        for (const auto& t : s.times)
          if (const CalendarDate* next = single_day(t); next && t.first_token == from) {
            long gap = day_number(*next) - day_number(*one_day);
            if (gap > 0 && gap <= 6) {
              ev.date = Edtf::range(*one_day, *next);
              ev.when = std::string(s.text.substr(best->phrase_begin, t.end - best->phrase_begin));
            }
          }
      }
      // ("on 17 and 18 August": the first day is a bare number before the "and".)
      size_t f = best->first_token;
      int day = 0;
      if (one_day && f >= first + 2 && toks[f - 1].lower == "and" &&
          toks[f - 2].lower.size() <= 2 &&
          std::from_chars(toks[f - 2].lower.data(),
                          toks[f - 2].lower.data() + toks[f - 2].lower.size(), day)
                  .ec == std::errc{}) {
        const CalendarDate& last_day = *one_day;
        if (day >= 1 && day < last_day.day && last_day.day - day <= 6) {
          CalendarDate first_day = last_day;
          first_day.day = day;
          ev.date = Edtf::range(first_day, last_day);
          ev.when = std::string(s.text.substr(toks[f - 2].begin, best->end - toks[f - 2].begin));
        }
      }
    }
    // ("remember Japan's attack on Pearl Harbor on Dec. 7, 1941": an act named as a noun is
    // dated by the time the noun phrase gives, not one of the clause around it.)
    if (ev.nominal)
      for (const auto& t : s.times)
        if (t.date && t.first_token > h.tfirst && t.last_token <= h.tlast) {
          ev.date = *t.date;
          ev.dated = true;
          ev.when = std::string(s.text.substr(t.phrase_begin, t.end - t.phrase_begin));
        }
    // "The cease-fire took effect at 10 p.m. Friday, four days after Salvadoran troops pushed
    // across the border": an act of the clause that "N days after" opens was N days before the
    // day the sentence named first ("N days before": after it).
    for (const auto& u : s.times) {
      if (type->speech || u.type != TimexType::kDuration || u.last_token >= h.tfirst ||
          !is_one_of(toks[u.last_token].lower, "after", "before") || u.value.size() < 3 ||
          (u.value.back() != 'D' && u.value.back() != 'W'))
        continue;
      bool one_clause = true;
      for (size_t i = u.last_token + 1; i < h.tfirst && one_clause; ++i)
        one_clause = !is_one_of(toks[i].lower, ",", ";", "but", "when", "which", "who");
      const TimeMention* day = nullptr;
      for (const auto& t : s.times)
        if (t.last_token < u.first_token && single_day(t)) day = &t;
      // (Not the day of a report: "Officials said on Friday that ..., a week after Iraq invaded
      // Kuwait".)
      for (size_t i = day ? day->first_token : 0; day && i-- > first && day->first_token - i <= 2;)
        if (is_one_of(toks[i].lower, "said", "says", "told", "announced", "reported", "stated"))
          day = nullptr;
      // (The count of "P4D", "P2W": four digits at most.)
      long n = 0;
      const char* digits_end = u.value.data() + u.value.size() - 1;
      auto [parsed, error] = std::from_chars(u.value.data() + 1, digits_end, n);
      if (error != std::errc{} || parsed != digits_end || n > 9999) n = 0;
      if (!one_clause || !day || n <= 0) break;
      if (u.value.back() == 'W') n *= 7;
      ev.date = Edtf::point(
          plus_days(day->date->start->date, toks[u.last_token].lower == "after" ? -n : n));
      ev.dated = true;
      ev.when = std::string(s.text.substr(u.begin, toks[u.last_token].end - u.begin));
      break;
    }
    // "troops have been camped on the island since October 21", "Since January, the coast
    // guard has seized 48 boats": what began then and goes on, from that day on.
    bool since_then = false;
    // (From the start as written: "since January" is 2016-01/.., not its first day.)
    // (Not an act in a clause that says what happened then: "the worst crisis since July 2010,
    // when Hugo Chavez broke off relations" broke them off in July 2010.)
    const bool when_clause = best && best->last_token + 1 < h.tfirst &&
                             toks[best->last_token].lower == "," &&
                             toks[best->last_token + 1].lower == "when";
    if (best && !type->speech && !when_clause && since_phrase(s.text, *best) && best->date->start) {
      ev.date = Edtf{true, best->date->start, std::nullopt};
      since_then = true;
    }
    // "will visit Banjul before the end of the year", "would sign it by the end of the month":
    // an act to come by then, from the day of the story to that day.
    if (best && !since_then && !type->durative) {
      size_t lead = best->first_token;
      std::string_view phrase =
          s.text.substr(best->phrase_begin, std::min<size_t>(best->end - best->phrase_begin, 7));
      bool by = starts_with(phrase, "by ") || starts_with(phrase, "before ") ||
                (lead > first && is_one_of(toks[lead - 1].lower, "by", "before"));
      auto end = best->date->latest_day();
      if (by && end && published < *end) ev.date = Edtf::range(published, *end);
    }
    // "after the call": the consultation the sentence refers back to; it also dates the event
    // when nothing else does. "In response": the event the story told last.
    static const RE2 kAfter(
        R"(\b((?:after|following) (?:the|their|that|this|@t) (?:call|conversation|meeting|talks|visit|discussion))\b)");
    re2::StringPiece after;
    // Most sentences hold neither word, and RE2 would search each of them, once per event.
    bool may_follow = sh.text.find("after ") != std::string_view::npos ||
                      sh.text.find("following ") != std::string_view::npos;
    if (may_follow && RE2::PartialMatch(sh.text, kAfter, &after)) {
      for (size_t p = previous.size(); p > 0; --p) {
        const EventMention& prev = previous[p - 1];
        if (prev.type && prev.type->plover && *prev.type->plover == "CONSULT") {
          ev.link = std::pair(std::string("after"), p - 1);
          if (!ev.dated && prev.dated) {
            ev.date = prev.date;
            ev.dated = true;
            ev.when = std::string(after.data(), after.size());
          }
          break;
        }
      }
    } else if (!ev.dated && !previous.empty() && previous.back().dated &&
               (std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                            toks.begin() + static_cast<std::ptrdiff_t>(std::min(h.tlast + 3, last)),
                            [](const Token& t) {
                              return t.lower == "afterwards" || t.lower == "afterward";
                            }) ||
                // "The two men then signed an agreement": the next step of what was told last.
                (h.tfirst > first && toks[h.tfirst - 1].lower == "then" && !type->speech))) {
      // "Stoltenberg said afterwards that ...": on the day of what the story told last.
      ev.link = std::pair(std::string("after"), previous.size() - 1);
      ev.date = previous.back().date;
      ev.dated = true;
      ev.when = toks[h.tfirst - 1].lower == "then" ? "then" : "afterwards";
    } else if (!ev.dated && !out.empty() && out.back().dated && h.tfirst >= first + 2 && [&] {
                 // "spoke by telephone on Tuesday with Cavusoglu, and afterwards he rejected
                 // ...": the word before the verb and its subject, after the act told before.
                 for (size_t i = h.tfirst - 1; i + 3 >= h.tfirst && i > first; --i) {
                   if (is_one_of(toks[i].lower, "afterwards", "afterward"))
                     return toks[i].begin > out.back().trigger_end &&
                            is_one_of(toks[i - 1].lower, "and", ",");
                   if (!is_one_of(toks[i].lower, "he", "she", "they", "it", ",")) return false;
                 }
                 return false;
               }()) {
      // (No link: the sentence's events may still be dropped or merged.)
      ev.date = out.back().date;
      ev.dated = true;
      ev.when = "afterwards";
    } else if (!ev.dated && !previous.empty() && previous.back().dated && type->speech &&
               previous.back().type && previous.back().type->speech &&
               previous.back().agent == ev.agent && h.tfirst > first + 1 && h.tfirst <= first + 3 &&
               toks[h.tfirst - 1].lower == "also" &&
               is_one_of(toks[first].lower, "he", "she", "they")) {
      // "Koulibaly said on Sunday that ... He also accused France of ...": more of the same
      // words, on their day.
      ev.date = previous.back().date;
      ev.dated = true;
      ev.when = previous.back().when;
    } else if (!ev.dated && !previous.empty() && previous.back().dated && type->speech &&
               ev.agent &&
               (previous.back().agent == ev.agent || previous.back().person == ev.agent ||
                (ev.agent->kind == ActorKind::kPerson && previous.back().agent &&
                 previous.back().agent->kind == ActorKind::kCountry &&
                 previous.back().agent->country == ev.agent->country)) &&
               previous.back().type && previous.back().type->speech == false &&
               previous.back().status == EventStatus::kOccurred &&
               [&] {
                 // ("announced on Tuesday that Australia was": the day the announcement's, told
                 // before the act; not "said he had spoken by telephone with Lini on Tuesday
                 // night", the day of the act told.)
                 const EventMention& p = previous.back();
                 std::string_view before =
                     s.text.substr(p.sentence_begin, p.trigger_begin - p.sentence_begin);
                 return !p.when.empty() && before.find(p.when) != std::string_view::npos &&
                        (p.stated || before.find(" announced ") != std::string_view::npos ||
                         before.find(" said ") != std::string_view::npos);
               }() &&
               just_before(previous, s) && h.tfirst == first + 1 &&
               is_one_of(toks[first].lower, "he", "she") &&
               is_one_of(toks[h.tfirst].lower, "said", "added")) {
      // "In Canberra, the Foreign Minister, Alexander Downer, announced on Tuesday that Australia
      // was suspending ... He said Australia could go further": the same announcement, on its day
      // (his act told first as his state's).
      ev.date = previous.back().date;
      ev.dated = true;
      ev.when = previous.back().when;
    } else if (!previous.empty() && toks[first].lower == "in" && first + 1 < last &&
               toks[first + 1].lower == "response") {
      ev.link = std::pair(std::string("response-to"), previous.size() - 1);
    }
    // ("Stoltenberg said afterwards that ... and condemned ...": the verbs share the day.)
    // ("and had asked the OAS to investigate": a perfect is no plan of its own.)
    const bool own_words =
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(verb_from),
                    toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    [](const Token& t) { return !is_one_of(t.lower, "had", "has", "have"); });
    if (!ev.dated && coordinated_verb && !out.empty() && out.back().dated &&
        (out.back().type->speech || (time_before_and && !own_words)) &&
        out.back().agent == ev.agent && out.back().trigger_begin >= toks[first].begin) {
      ev.date = out.back().date;
      ev.dated = true;
      ev.when = out.back().when;
    }
    // "JANA said on Friday that the masses had acted spontaneously, and denied that the
    // authorities had played any part": a speech act joined to the sentence's first one, which
    // made no event of its own, is on that one's day.
    if (!ev.dated && type->speech && h.tfirst > first + 3 && toks[h.tfirst - 1].lower == "and" &&
        toks[h.tfirst - 2].lower == "," && !(*s.in_quote)[h.tfirst])
      for (size_t i = first; i + 1 < h.tfirst && !ev.dated; ++i) {
        if ((*s.in_quote)[i] || !is_one_of(toks[i].lower, "said", "stated", "declared")) continue;
        // (The time of the saying, before "that": not "said last year's incident was ...".)
        for (const auto& t : s.times)
          if (t.date && t.first_token > i && t.first_token <= i + 2 && t.last_token < h.tfirst &&
              toks[t.last_token].lower == "that" && !(*s.in_quote)[t.first_token] &&
              t.date->earliest_day() && !(published < *t.date->earliest_day())) {
            ev.date = *t.date;
            ev.dated = true;
            ev.when = std::string(s.text.substr(t.phrase_begin, t.end - t.phrase_begin));
            break;
          }
        break;
      }
    if (at_request) {
      for (const auto& m : s.actors)
        if (m.first_token > h.tlast && !m.place && actor_ok(m) && m.actor != ev.agent) {
          if (std::find(ev.others.begin(), ev.others.end(), m.actor) == ev.others.end())
            ev.others.push_back(m.actor);
          break;
        }
      for (const auto& t : s.times)
        if (!ev.dated && t.date && t.first_token > h.tlast && !(*s.in_quote)[t.first_token]) {
          ev.date = *t.date;
          ev.dated = true;
          ev.when = std::string(s.text.substr(t.phrase_begin, t.end - t.phrase_begin));
        }
    }
    // "called on Sunday for a ceasefire, a few minutes after the Soviet Union vetoed a plan",
    // "shortly after": an act in a clause a short while before or after the main clause's is
    // on that clause's day.
    if (!ev.dated && seg.first > first)
      for (size_t i = seg.first + 1; i < h.tfirst && i <= seg.first + 4; ++i) {
        if (!is_one_of(toks[i].lower, "after", "before") ||
            !is_one_of(toks[i - 1].lower, "shortly", "minutes", "hours", "moments", "soon", "just",
                       "immediately"))
          continue;
        const TimeMention* main = nullptr;
        for (const auto& t : s.times)
          if (t.date && t.last_token <= seg.first && !t.date->interval && t.date->start &&
              t.date->start->date.precision() == Precision::kDay && !(*s.in_quote)[t.first_token] &&
              !segs[seg_of(t.first_token)].relative)
            main = &t;
        if (main) {
          ev.date = *main->date;
          ev.dated = true;
          ev.when = std::string(s.text.substr(main->phrase_begin, main->end - main->phrase_begin));
        }
        break;
      }
    if (!ev.dated) ev.date = Edtf::on_or_before(published);

    // 6. Status.
    bool future = false, hypothetical = false, ongoing = false;
    // Modal and aspect words between the subject and the trigger.
    size_t subject_end = coordinated_verb      ? verb_from
                         : pronoun != SIZE_MAX ? pronoun
                         : agent && agent->first_token >= seg.first && agent->last_token <= h.tfirst
                             ? agent->last_token
                             : seg.first;
    for (const auto& sg : segs)
      if (sg.first <= h.tfirst && is_one_of(toks[sg.first].lower, "if", "unless"))
        hypothetical = true;
    for (size_t i = seg.first; i < h.tfirst; ++i)
      if (toks[i].lower == "if" || toks[i].lower == "unless") hypothetical = true;
    // "would be allowed to continue their journey only when the Conakry government freed the
    // Ghanaians", "provided that Moscow withdraws": a condition too.
    for (size_t i = first + 1; i + 1 < h.tfirst; ++i)
      if ((toks[i].lower == "when" && toks[i - 1].lower == "only") ||
          (is_one_of(toks[i].lower, "provided", "providing") && toks[i + 1].lower == "that"))
        hypothetical = true;
    if (is_one_of(toks[h.tfirst].lower, "due", "expected", "scheduled", "will", "would") ||
        (h.tfirst + 1 < h.tlast && is_one_of(toks[h.tfirst].lower, "is", "are", "was", "were") &&
         is_one_of(toks[h.tfirst + 1].lower, "due", "expected", "scheduled", "set")))
      future = true;  // (a trigger that starts with its modal: "is due to convene")
    // ("Talks between Armenia and Azerbaijan will resume", "are due to begin": the modal inside
    // a trigger of talks; "the diplomats still in Tehran will leave Iran": of a departure.)
    if (is_one_of(type->id, "negotiation", "meeting", "summit", "consultation", "evacuation"))
      for (size_t i = h.tfirst + 1; i + 1 < h.tlast && !future; ++i)
        future = is_one_of(toks[i].lower, "will", "shall") ||
                 (is_one_of(toks[i].lower, "is", "are") &&
                  is_one_of(toks[i + 1].lower, "to", "due", "expected", "scheduled", "set"));
    // ("accepted an invitation to visit Pakistan", "an invitation from Hu to visit China": the
    // visit is to come.)
    const bool invited = invitation != SIZE_MAX;
    if (invited) future = true;
    for (size_t i = subject_end; i < h.tfirst; ++i) {
      std::string_view w = toks[i].lower;
      if (is_one_of(w, "will", "shall", "'ll", "due") ||
          (is_one_of(w, "plans", "plan", "planned", "planning", "expected", "due", "set", "going",
                     "intends", "intend", "scheduled", "hopes", "hope", "hoping", "aim", "aims",
                     "aiming", "wants", "want", "seeks", "seek", "seeking", "would") &&
           i + 1 < last && (toks[i + 1].lower == "to" || w == "would")))
        future = true;
      // "where he is to attend the G7 summit", "are to meet in Beijing next Wednesday"
      if (is_one_of(w, "is", "are") && i + 2 < last && toks[i + 1].lower == "to" &&
          i + 2 == h.tfirst)
        future = true;
      if (type->durative && is_one_of(w, "has", "have", "is", "are", "continues", "continue", "'s"))
        ongoing = true;
    }
    if (type->durative && (!ev.dated || ends_with(toks[h.tfirst].lower, "ing"))) ongoing = true;
    // "Britain said Iran must release the sailors", "Mongolia had an obligation to arrest him":
    // what someone must or should do is asked of them (the appeal or demand), not done. (Not
    // "had to evacuate its staff": done.)
    if (!type->speech) {
      bool must = false;
      for (size_t i = subject_end; i < h.tfirst && !must; ++i) {
        std::string_view w = toks[i].lower;
        must = is_one_of(w, "must", "should", "ought") ||
               (i + 1 < h.tfirst && toks[i + 1].lower == "to" &&
                is_one_of(w, "obligation", "duty", "needs", "need", "has", "have"));
      }
      if (must) continue;
    }
    // "would impose sanctions if the talks failed": a condition after the act.
    bool conditional_modal = false;
    // (The modal may open the trigger: "the Council would meet on Thursday if".)
    for (size_t i = subject_end; i <= h.tfirst && i < h.tlast; ++i)
      if (is_one_of(toks[i].lower, "would", "could", "might", "'d")) conditional_modal = true;
    // "Hungary may block the package", "Russia could pull out of the treaty": a possibility,
    // right before the act.
    // (So is an appeal: "Ecuador could take the case to the International Court of Justice".)
    // (Not the month: "in May took the case to the court".)
    if ((act || type->id == "appeal") && h.tfirst > seg.first &&
        is_one_of(toks[h.tfirst - 1].lower, "may", "might", "could") &&
        !toks[h.tfirst - 1].capitalized)
      hypothetical = true;
    if (conditional_modal)
      for (size_t i = h.tlast; i < last; ++i)
        if (is_one_of(toks[i].lower, "if", "unless")) hypothetical = true;
    if (hypothetical)
      ev.status = EventStatus::kHypothetical;
    else if (future)
      ev.status = has_speech_before ? EventStatus::kAnnounced : EventStatus::kPlanned;
    else if (ongoing)
      ev.status = EventStatus::kOngoing;
    if (request_before) ev.status = EventStatus::kOccurred;  // (made already)
    if (since_then && ev.status == EventStatus::kOccurred) ev.status = EventStatus::kOngoing;
    // "Most American sanctions would stay in place": kept, so going on.
    if (h.tlast - h.tfirst >= 3 && is_one_of(toks[h.tlast - 3].lower, "stay", "remain") &&
        toks[h.tlast - 2].lower == "in" && !hypothetical)
      ev.status = EventStatus::kOngoing;
    // "The EU already has a travel ban and an asset freeze on ...": measures in force.
    if (type->id == "sanction" && !hypothetical && ev.status == EventStatus::kOccurred &&
        is_one_of(toks[h.tfirst].lower, "has", "have", "maintains", "keeps"))
      ev.status = EventStatus::kOngoing;
    if (ruled_out) ev.status = EventStatus::kDenied;
    // "Lavrov said Moscow could pull out of the treaty if ...", "Medvedev said Moscow could stop
    // selling gas to Ukraine": a harm the speaker's side may do is the speaker's threat, aimed
    // at whom the harm is, made when the words were said.
    const bool own_speaker = ev.agent && !speakers.empty() && speakers.back().first <= h.tfirst &&
                             speakers.back().second &&
                             own_side(*speakers.back().second, *ev.agent, published);
    // (The speaker's side, speaking through them: the speaker acts.)
    auto by_speaker = [&] {
      const LexActor* speaker = speakers.back().second;
      std::erase_if(ev.others,
                    [&](const LexActor* o) { return own_side(*speaker, *o, published); });
      ev.agent = speaker;
      return speaker;
    };
    if (ev.status == EventStatus::kHypothetical && impl_->threat && own_speaker &&
        is_one_of(type->id, "sanction", "assault", "bombing", "coercion", "expulsion",
                  "ambassador-recall", "embassy-closure", "rejection", "military-buildup")) {
      const LexActor* speaker = by_speaker();
      ev.type = impl_->threat;
      ev.status = EventStatus::kOccurred;
      for (auto it = out.rbegin(); it != out.rend(); ++it)
        if (it->type->speech && it->agent == speaker) {
          ev.date = it->date;
          ev.dated = it->dated;
          ev.when = it->when;
          break;
        }
    }
    // "Pompeo flies to Seoul on Wednesday" in Tuesday's paper: what is dated after the
    // publication has not happened yet (nor, in a story filed the day before, "will visit
    // Singapore tomorrow": after the filing day).
    if (ev.status == EventStatus::kOccurred && ev.dated)
      if (auto from = ev.date.earliest_day(); from && s.filed.value_or(published) < *from)
        ev.status = has_speech_before ? EventStatus::kAnnounced : EventStatus::kPlanned;
    // ("accepted Kishida's invitation to visit Tokyo in March", in June: a visit to come is not
    // in the past the tense of "accepted" gave its month.)
    if (invited && ev.dated)
      if (auto to = ev.date.latest_day(); to && *to < published) {
        ev.date = Edtf::on_or_after(published);
        ev.dated = false;
        ev.when.clear();
      }
    // ("handed the ambassador of Niger a note protesting ... The note demanded an end to the
    // expulsions": what the note asks, with no one or no day of its own, is asked of whom it was
    // handed to, on that day.)
    if (document_act && document_act->status == EventStatus::kOccurred &&
        ev.status == EventStatus::kOccurred) {
      if (ev.others.empty()) ev.others = document_act->others;
      if (!ev.dated && document_act->dated && !reported_at) {
        ev.date = document_act->date;
        ev.dated = true;
        ev.when = document_act->when;
      }
    }
    // (In a live blog's entry, what is done with no day of its own was done on the blog's day.)
    // (Not what the entry recalls: a sentence with a time of its own, an act in the perfect,
    // "Iran has long backed Hezbollah".)
    bool recalled = !s.times.empty();
    for (size_t i = h.tfirst; i > first && h.tfirst - i < 3 && !recalled; --i)
      recalled = is_one_of(toks[i - 1].lower, "has", "have", "had", "long");
    if (!ev.dated && !reported_at && s.live_day && !recalled &&
        ev.status == EventStatus::kOccurred) {
      ev.date = Edtf::point(*s.live_day);
      ev.dated = true;
    }
    // (An act the text does not date otherwise: done by the report, or still to come after it.)
    // ("Patino said on Thursday that Ecuador could take the case to the court": what may come
    // cannot have been done on a day before the report; a day up to the report is most often the
    // saying's, from which it may come -- or the day it was first possible: "Hungary may impose
    // sanctions on Monday" in Wednesday's paper reads as from Monday.)
    if (ev.status == EventStatus::kHypothetical && ev.dated &&
        (!type->speech || type->id == "appeal"))
      if (auto day = ev.date.earliest_day();
          day && ev.date.latest_day() == day && *day <= s.filed.value_or(published))
        ev.date = Edtf::on_or_after(*day);
    // (What may come, from the day it was said: "Britain could impose sanctions, the minister
    // said on Monday" is open from Monday.)
    bool to_come = ev.status == EventStatus::kPlanned || ev.status == EventStatus::kAnnounced ||
                   ev.status == EventStatus::kHypothetical;
    if (!ev.dated && reported_at) {
      auto from = reported_at->date->earliest_day(), to = reported_at->date->latest_day();
      if (to_come && from) ev.date = Edtf::on_or_after(*from);
      if (!to_come && to) ev.date = Edtf::on_or_before(*to);
      // ("Serbia will not close its borders, Tadic said on Thursday": ruled out that day.)
      if (ev.status == EventStatus::kDenied) ev.date = *reported_at->date;
    }
    // Talks ruled out are talks refused, by the one who rules them out or by the speaker of
    // that side who says so: "Uruguay will not negotiate its sovereign decisions", "Tanzania
    // would not negotiate with an aggressor, Nyerere said". (Not a meeting one has "no plans"
    // to hold or has "ruled out": that one is denied.)
    // (Talks, not a meeting a schedule leaves out: "Biden will not meet Xi during the summit".)
    bool talks = type->id == "negotiation";
    for (size_t i = h.tfirst; i < h.tlast && !talks; ++i)
      talks = is_one_of(toks[i].lower, "talks", "negotiate", "negotiations", "dialogue");
    if (ruled_out && !out_by_phrase && impl_->rejection && talks &&
        is_one_of(type->id, "negotiation", "meeting")) {
      ev.type = impl_->rejection;
      ev.status = EventStatus::kOccurred;
      if (own_speaker) by_speaker();
    }
    // "the meeting planned for Saturday was cancelled", "called off the visit"
    if (!type->speech) {
      // ("called off a round of exploratory talks with Greece")
      size_t from = h.tfirst > seg.first + 6 ? h.tfirst - 6 : seg.first;
      // (Not the words of a measure itself: "scrapped visa-free entry", "cancelled flights".)
      bool measure = is_one_of(type->id, "sanction", "concession");
      // (The trigger's own words may run past the segment: "The ASEAN summit, which was to
      // have been held on December 14, was called off".)
      const size_t end = std::max(seg.last, h.tlast);
      for (size_t i = from; i < end && i < h.tlast + 6; ++i) {
        if (measure && i >= h.tfirst && i < h.tlast) continue;
        std::string_view w = toks[i].lower;
        // ("attended the SCO summit but cancelled a planned visit": another act.)
        if (i >= h.tlast && w == "but") break;
        bool off = i + 1 < end && toks[i + 1].lower == "off";
        // ("suspended talks with Putin", "broke off the negotiations": talks stopped.)
        bool talks = is_one_of(type->id, "meeting", "negotiation", "consultation", "summit");
        // ("halted joint military exercises with Australia": drills stopped.)
        bool drills = type->id == "military-exercise";
        if (w == "cancelled" || w == "canceled" || w == "postponed" || w == "scrapped" ||
            (w == "called" && off) ||
            (talks && (is_one_of(w, "suspended", "suspends") || (w == "broke" && off))) ||
            (drills && is_one_of(w, "suspended", "suspends", "suspend", "halted", "halts", "halt",
                                 "stopped", "stops", "froze", "freezes")))
          ev.status = EventStatus::kCancelled;
      }
      // "A meeting between Xi and Sunak, planned for Wednesday, was called off": the verb of
      // the noun that names the act, past an apposition.
      // ("A planned visit to Beijing by Scholz was postponed": an adjective may come between.)
      auto determiner = [&](size_t k) {
        return is_one_of(toks[k].lower, "a", "an", "the", "their", "his", "her", "its");
      };
      // ("Rama's visit to Belgrade ... has been postponed": a possessive is a determiner, and
      // the trigger may open with the visitor.)
      size_t noun = h.tfirst;
      while (noun + 1 < h.tlast && !is_one_of(toks[noun].lower, "trip", "visit", "tour")) ++noun;
      size_t det = noun > first ? noun - 1 : noun;
      if (det > first && is_one_of(toks[det].lower, "planned", "scheduled", "proposed", "expected",
                                   "long-awaited", "official", "state"))
        --det;
      auto possessive = [&](size_t k) {
        return ends_with(toks[k].lower, "'s") || ends_with(toks[k].lower, "’s");
      };
      if (is_one_of(toks[h.tfirst].lower, "a", "an", "the", "their") ||
          (noun > first && is_one_of(toks[noun].lower, "trip", "visit", "tour") &&
           (determiner(det) || possessive(det))))
        for (size_t i = h.tlast; i + 1 < last && i < h.tlast + 24; ++i) {
          if (!is_one_of(toks[i].lower, "was", "were", "been")) continue;
          std::string_view w = toks[i + 1].lower;
          // ("A trip ..., which had been planned for later this month, has been postponed", "A
          // meeting ... that was to have opened in Monrovia on Tuesday has been postponed")
          if (is_one_of(w, "planned", "scheduled", "expected", "slated", "due", "set", "to"))
            continue;
          if (is_one_of(w, "cancelled", "canceled", "postponed", "scrapped", "shelved") ||
              (i + 2 < last && is_one_of(w, "called", "put") && toks[i + 2].lower == "off")) {
            ev.status = EventStatus::kCancelled;
            if (w == "postponed" && i + 3 < last && is_one_of(toks[i + 2].lower, "until", "to"))
              for (const auto& t : s.times)
                // (A day to come: not one the tagger put before the paper.)
                if (auto day = t.date ? t.date->earliest_day() : std::nullopt;
                    day && t.first_token == i + 3 && !(*day < published))
                  put_off_to = &t;
          }
          break;
        }
    }
    // "Guatemalan soldiers ... abducted three refugees, prompting a protest from Mexico City":
    // the protest is aimed at whoever did what prompted it, the sentence's first actor.
    if (type->id == "criticism" && ev.others.empty() && h.tfirst > first &&
        is_one_of(toks[h.tfirst].lower, "drawing", "drew", "prompting", "prompted", "sparking",
                  "sparked", "provoking", "provoked", "triggering", "triggered", "bringing",
                  "brought"))
      for (const auto& m : s.actors)
        if (m.last_token <= h.tfirst && actor_ok(m) && m.actor != ev.agent &&
            !own_side(*ev.agent, *m.actor, published)) {
          ev.others.push_back(m.actor);
          break;
        }
    if (type->speech) {
      has_speech_before = true;
      speakers.emplace_back(h.tlast, ev.agent);
    }
    // "Jordan said." with nothing said is no event for a timeline: a plain statement counts
    // when its content (a that-clause or a quote) was found.
    // (But a statement to a house, told before it is made, is one: "will make a statement in the
    // Lok Sabha tomorrow", "in the House of Commons"; the trigger ends in the house's word, not
    // a people's, "to the Chinese".)
    if (type->id == "statement" && ev.content.empty() &&
        !(is_one_of(toks[h.tfirst].lower, "make", "makes", "made", "making") &&
          is_one_of(toks[h.tlast - 1].lower, "house", "commons", "sabha", "parliament", "senate",
                    "assembly", "knesset", "bundestag", "duma", "diet", "dail", "chamber",
                    "legislature", "congress", "lords")))
      continue;
    // "At least 459 people have been killed, the WHO said": a casualty count is no act.
    if (type->id == "statement") {
      std::string said = detail::lower_ascii(ev.content);
      bool number =
          std::any_of(said.begin(), said.end(), [](char c) { return c >= '0' && c <= '9'; });
      bool casualties = false;
      for (std::string_view w : {"killed", "injured", "wounded", "death toll", "casualties"})
        casualties = casualties || said.find(w) != std::string::npos;
      if (number && casualties) continue;
    }
    // "drills, which Beijing said were a warning", "tankers it says had been": a speaker set
    // inside a relative clause whose verb follows him says nothing of his own.
    if (type->id == "statement" && !ev.attribution) {
      size_t c = h.tlast;
      while (c < last && toks[c].end <= ev.content_begin) ++c;
      if (c < last && toks[c].lower == "that") ++c;
      if (c < last && !(*s.in_quote)[c] && is_auxiliary(toks[c].lower)) continue;
      // ("oil tankers it says form part of the shadow fleet": a pronoun right after a noun.)
      if (pronoun != SIZE_MAX && pronoun + 1 == h.tfirst && pronoun > first &&
          toks[pronoun - 1].kind == TokenKind::kWord && !toks[pronoun - 1].capitalized &&
          !is_one_of(toks[pronoun - 1].lower, "and", "but", "or", "that", "because", "as", "so",
                     "while", "if", "when", "since", "although", "though", "now", "then", "also",
                     "which", "where", "what", "how", "why", "yet", "after", "before", "until",
                     "once", "whereas", "unless", "than", "whether"))
        continue;
    }
    // "more planes headed from the united states and senior officials say": the subject after
    // "and" is not the actor before it.
    if (type->id == "statement" && agent && agent->last_token < h.tfirst) {
      bool other_subject = false;
      for (size_t i = agent->last_token; i + 1 < h.tfirst; ++i)
        if (toks[i].lower == "and" &&
            std::none_of(s.actors.begin(), s.actors.end(),
                         [&](const ActorMention& m) {
                           return m.first_token > i && m.first_token < h.tfirst;
                         }) &&
            !verb_group(s, i + 1, h.tfirst))
          other_subject = true;
      if (other_subject) continue;
    }
    // "TASS accused certain circles in Sweden", "The Soviet news agency TASS said ... It denied":
    // a state's own news agency (TASS, Xinhua, KCNA, IRNA; not Reuters or the BBC) speaks for it
    // when it accuses, denies or rejects; what it merely reports is the state's plain remark
    // (below), who spoke for a pronoun that follows. (TASS before 1992 is the Soviet Union's.)
    bool state_voice = false, station_voice = false;
    if (type->speech && is_one_of(ev.agent->id, "tass", "xinhua", "kcna", "irna") &&
        !ev.agent->country.empty()) {
      std::string code = ev.agent->country;
      if (code == "RUS" && published.year < 1992) code = "SUN";
      if (const LexActor* state = impl_->state(code)) {
        ev.agent = state;
        state_voice = true;
      }
    }
    // "the Iraqi News Agency said", "Pentagon sources said", "Reports attributed to the foreign
    // ministry said": media and unnamed sources report; they are not the state acting.
    if (type->id == "statement" && agent && agent->last_token <= h.tfirst) {
      bool medium = false;
      for (size_t i = agent->last_token; i < h.tfirst && i < agent->last_token + 6; ++i)
        if (is_one_of(toks[i].lower, "agency", "radio", "television", "tv", "newspaper", "daily",
                      "media", "press", "sources", "source", "reports") &&
            // (Not where the speaker spoke: "Gbagbo, speaking on Ivorian television, said".)
            !(i >= agent->last_token + 2 &&
              (toks[i - 1].lower == "on" ||
               (toks[i - 2].lower == "on" && i >= agent->last_token + 3)) &&
              is_one_of(toks[i].lower, "radio", "television", "tv")))
          medium = true;
      if (is_one_of(toks[seg.first].lower, "reports", "sources")) medium = true;
      // (So do the other news agencies the lexicon lists: Reuters, the BBC, Interfax.)
      if (is_medium(*ev.agent)) medium = true;
      // ("Baghdad Radio repeated that Tel Aviv would be the first target": a capital's station
      // speaks for its state when what it says is an act; its plain reports stay reports, below.)
      station_voice = medium && !state_voice && agent->how == MentionHow::kCapital &&
                      agent->last_token < h.tfirst &&
                      is_one_of(toks[agent->last_token].lower, "radio", "television", "tv");
      if (medium && !state_voice && !station_voice) continue;
    }
    // "Opposition Leader Sussan Ley said", "shadow foreign secretary X said": the opposition
    // speaks at home, not for its state.
    if (type->speech && ev.agent->kind == ActorKind::kPerson && !ev.agent->roles.empty()) {
      std::string title = detail::lower_ascii(ev.agent->roles.front().title);
      if (title.find("opposition") != std::string::npos || starts_with(title, "shadow ")) continue;
    }
    // A crowd is no state: "an Indonesian mob sacked the embassy", "Zimbabweans living in
    // Botswana held a vigil outside the Zimbabwe High Commission" are protests of people, not
    // of a state (nor of the state whose mission they reach). A delegation's protest, or a
    // walk-out, is its state's.
    if (type->id == "protest" && ev.agent->kind == ActorKind::kCountry &&
        !(is_one_of(toks[h.tfirst].lower, "walked", "walks", "walking", "left", "leaves", "got") ||
          (h.tfirst + 1 < last && toks[h.tfirst + 1].lower == "out") ||
          (agent && agent->last_token < last &&
           is_one_of(toks[agent->last_token].lower, "delegation", "delegations", "delegates",
                     "envoy", "envoys", "ambassador"))))
      continue;
    // A person with no office and no country ("John Prescott, a shipping correspondent", "says
    // Christine Helms, a scholar") is a commentator: what he says is no act of a state.
    if (type->id == "statement" && ev.agent->kind == ActorKind::kPerson &&
        ev.agent->roles.empty() && ev.agent->country.empty())
      continue;
    // So is a body the lexicon does not know and the story ties to no state ("the Scotch
    // Whisky Association said").
    if (type->id == "statement" && ev.agent->kind == ActorKind::kOrganization &&
        ev.agent->country.empty() && ev.agent->cameo.empty())
      continue;
    // What was said can be an act of its own: "Lavrov said Russia saw no basis for
    // negotiations" rejects, "he said his forces would fight on if the truce failed" threatens.
    // The act is aimed at the actors named in what was said, other than the speaker's side.
    std::optional<EventMention> threat_too;
    if (type->id == "statement") {
      // (What was said may come before the verb: '"We are grateful to Qatar," Rubio said'.)
      size_t cf = first, cl = first, af = 0, at = 0;
      for (size_t i = first; i < last; ++i) {
        if (toks[i].begin < ev.content_begin) cf = i + 1;
        if (toks[i].end <= ev.content_end) cl = i + 1;
        if (ev.aside_end > ev.aside_begin && toks[i].begin >= ev.aside_begin &&
            toks[i].end <= ev.aside_end) {
          if (!at) af = i;
          at = i + 1;
        }
      }
      const LexActor* adopted = spoken_for(s, cf, cl, *ev.agent);
      std::string said = said_words(s, cf, cl, *ev.agent, adopted, published, af, at);
      auto act = impl_->stated->find(said);
      // (A second that-clause opens as the first does: 'said that the body "has no business"
      // examining the matter and that Venezuela would not accept "any tutelage"'.)
      for (std::string_view joint : {" and that ", " but that "})
        for (size_t at_clause = said.find(joint); !act && at_clause != std::string::npos;
             at_clause = said.find(joint, at_clause + 1)) {
          // (Only where the first names no one else, whose act it might be aimed at: not
          // "Germany had been helpful and that Turkey would not accept the Dutch decision".)
          if (std::string_view(said).substr(0, at_clause).find("@a") != std::string_view::npos)
            break;
          act = impl_->stated->find(std::string_view(said).substr(at_clause + joint.size() - 5));
        }
      // ("said that Israel would study the text and was ready to continue direct talks": a second
      // predicate of the speaker's side, joined by "and", read with its subject.)
      if (std::string_view w = said; !act && (w.starts_with("@s ") || w.starts_with("that @s "))) {
        for (size_t at_clause = said.find(" and "); !act && at_clause != std::string::npos;
             at_clause = said.find(" and ", at_clause + 1)) {
          std::string_view rest = std::string_view(said).substr(at_clause + 5);
          std::string_view aux = rest.substr(0, rest.find(' '));
          if (std::string_view(said).substr(0, at_clause).find("@a") != std::string_view::npos)
            break;
          // (Not a verb shared across commas: "has never allowed, and will never allow, its
          // territory".)
          if (at_clause >= 2 && said.compare(at_clause - 2, 2, " ,") == 0) continue;
          if (!is_one_of(aux, "was", "is", "were", "are", "would", "will", "had", "has", "could",
                         "remained", "remains"))
            continue;
          act = impl_->stated->find("@s " + std::string(rest));
        }
      }
      if (act) {
        ev.type = impl_->stated_types[*act];
        if (ev.type->id == "accusation" && impl_->support &&
            RE2::PartialMatch(said, impl_->solidarity))
          ev.type = impl_->support;
        if (ev.type->id == "rejection" && impl_->judgement.type &&
            RE2::PartialMatch(said, impl_->objection))
          ev.type = impl_->judgement.type;  // (criticism)
        // (The speaker's own side denies; another's wrong said not done is no charge at all.)
        if (ev.type->id == "accusation" && RE2::PartialMatch(said, impl_->wrong_denied)) {
          // (said_words reads the pronouns, "it", "we", "its", "our", as the speaker's side.)
          std::string_view w = said;
          if (w.starts_with("that ")) w.remove_prefix(5);
          ev.type = w.starts_with("@s ") && impl_->denial ? impl_->denial : type;
        }
        ev.stated = true;
        // ("Putin said Russia would resume deliveries as soon as the monitors were in place": an
        // act of the speaker's side to come is announced; an intent to meet is the saying itself.)
        if (!ev.type->speech && ev.type->id != "intent-to-meet")
          ev.status = EventStatus::kAnnounced;
        // (An act that may come is open from the day it was said: "2012-08-16/..".)
        auto may_come = [&ev] {
          ev.status = EventStatus::kHypothetical;
          if (auto from = ev.date.earliest_day(); from && ev.dated)
            ev.date = Edtf::on_or_after(*from);
        };
        if (ev.type->id == "appeal" && RE2::PartialMatch(said, impl_->possible_appeal)) may_come();
        // (Whom it was said to comes first: "warned Uribe on Monday that Venezuela would not
        // accept another raid"; not a medium spoken to, "told Al Jazeera that".)
        // ("informed the United States on March 17 that": the trigger runs past whom.)
        const size_t heard_from = informing_verb(toks[h.tfirst].lower) ? h.tfirst + 1 : h.tlast;
        std::vector<const LexActor*> heard;
        for (const auto& m : s.actors)
          if (m.first_token >= heard_from && m.last_token <= cf && !m.place &&
              !is_medium(*m.actor) &&
              std::find(ev.others.begin(), ev.others.end(), m.actor) != ev.others.end() &&
              !own_side(*ev.agent, *m.actor, published) &&
              std::find(heard.begin(), heard.end(), m.actor) == heard.end())
            heard.push_back(m.actor);
        ev.others = std::move(heard);
        for (const auto& m : s.actors) {
          if (m.first_token >= cf && m.last_token <= cl && !m.place &&
              !own_side(*ev.agent, *m.actor, published) && m.actor != adopted &&
              std::find(ev.others.begin(), ev.others.end(), m.actor) == ev.others.end())
            ev.others.push_back(m.actor);
        }
        // ("Kallas said Estonia could close its border crossings within hours", "was considering
        // a fee for every vehicle", "would close its border if": a measure of the speaker's side
        // held out is a sanction that may come, and the saying of it a threat; analysts code
        // one or the other or both.)
        if (ev.type->id == "sanction" && impl_->threat &&
            RE2::PartialMatch(said, impl_->possible_measure)) {
          threat_too = ev;
          threat_too->type = impl_->threat;
          threat_too->status = EventStatus::kOccurred;
          may_come();
        }
      }
      if (station_voice && !ev.stated) continue;
      // ('"We expect their release," she said, adding that Moscow reserved the right to
      // respond': what is added counts when it is an act of its own; a remark added is part of
      // the statement before.)
      if (!ev.stated && toks[h.tfirst].lower == "adding") continue;
      // ("Dhaka rejected the statement as unfounded and said it ran contrary to ...": what is
      // said in the same breath as a rejection, a denial, a criticism is part of it.)
      if (!ev.stated && h.tfirst > first && toks[h.tfirst - 1].lower == "and" && !out.empty() &&
          out.back().agent == ev.agent && out.back().type->speech &&
          out.back().type->id != "statement" && !out.back().stated)
        continue;
    }
    // "France recalled its ambassadors to Australia and the United States", "expelled the
    // ambassadors of Montenegro and Macedonia": a recall or an expulsion for each state (with
    // the people of that state the sentence names); but "expelled the diplomats of seven
    // countries" is one act against them all.
    // (Envoys: not "expelled five Iraqis and a Libyan", people of two states sent away at once.)
    // ("Australia and New Zealand ordered Fiji's acting heads of mission to leave": states that
    // act together stay in each.)
    bool envoys = ev.type->id == "ambassador-recall";
    for (size_t i = first; i < last && !envoys && ev.type->id == "expulsion"; ++i)
      envoys = is_one_of(toks[i].lower, "ambassador", "ambassadors", "envoy", "envoys", "diplomat",
                         "diplomats", "commissioner", "commissioners");
    // (So are relations broken off: "has broken off diplomatic relations with Iran and Britain"
    // is a break with each of the states coordinated there; not with Mexico in "broke off
    // relations with Ecuador on Saturday in solidarity with Mexico".)
    std::vector<const LexActor*> broken_with;
    for (size_t i = h.tfirst; i < h.tlast && !envoys && ev.type->id == "sanction"; ++i)
      if (is_one_of(toks[i].lower, "relations", "ties")) {
        // (The state the trigger names, then those coordinated with it.)
        size_t j = 0;
        for (const auto& m : s.actors)
          if (m.first_token > i && m.first_token < h.tlast && m.last_token > j) {
            j = m.last_token;
            broken_with.assign(1, m.actor);
          }
        while (!broken_with.empty() && j + 1 < last && is_one_of(toks[j].lower, "and", ",")) {
          size_t k = j + 1 + (toks[j + 1].lower == "the");
          auto next = std::find_if(s.actors.begin(), s.actors.end(),
                                   [&](const ActorMention& m) { return m.first_token == k; });
          if (next == s.actors.end()) break;
          // (Not the subject of a clause of its own: "broke off relations with Iran and Saudi
          // Arabia praised the move".)
          if (toks[j].lower == "and" && next->last_token < last &&
              toks[next->last_token].kind == TokenKind::kWord &&
              !toks[next->last_token].capitalized &&
              !is_one_of(toks[next->last_token].lower, "on", "in", "over", "after", "at", "for",
                         "because", "following", "amid", "and", "last", "this", "since"))
            break;
          broken_with.push_back(next->actor);
          j = next->last_token;
        }
        envoys = broken_with.size() > 1;
        break;
      }
    if (envoys) {
      std::vector<const LexActor*> states, together;
      for (const auto* o : ev.others)
        if (std::find(co_agents.begin(), co_agents.end(), o) != co_agents.end())
          together.push_back(o);
        else if (o->kind == ActorKind::kCountry &&
                 (broken_with.empty() ||
                  std::find(broken_with.begin(), broken_with.end(), o) != broken_with.end()))
          states.push_back(o);
      if (states.size() > 1 && states.size() <= 3) {
        for (const auto* state : states) {
          EventMention one = ev;
          one.others = together;
          one.others.push_back(state);
          for (const auto* o : ev.others)
            if (o->kind != ActorKind::kCountry && !o->country.empty() &&
                o->country == state->country)
              one.others.push_back(o);
          out.push_back(std::move(one));
        }
        continue;
      }
    }
    // "Israel seized the ship, halting Iranian aid to Hezbollah": aid stopped that is another
    // state's is no sanction of the agent's ("halting US aid to South Africa" is the US's).
    if (ev.type->id == "sanction" && !ev.agent->country.empty() &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.first_token > h.tfirst && m.last_token < h.tlast &&
                 m.actor->kind == ActorKind::kCountry && m.actor->country != ev.agent->country &&
                 is_one_of(toks[m.last_token].lower, "aid", "funding", "assistance", "payments");
        }))
      continue;
    // Troops that enter, land or cross, and boats or people stopped or turned back, act against
    // another state only: not "Greek troops entered Athens", "Indonesia stopped Indonesian
    // fishing boats"; nor troops that come for an exercise or a parade.
    if ((ev.type->id == "assault" || ev.type->id == "coercion") &&
        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tfirst),
                    toks.begin() + static_cast<std::ptrdiff_t>(std::min(h.tfirst + 3, h.tlast)),
                    [](const Token& x) {
                      return is_one_of(x.lower, "entered", "enter", "enters", "landed", "land",
                                       "lands", "swept", "sweep", "rolled", "marched", "crossed",
                                       "cross", "crosses", "stopped", "stops", "stopping",
                                       "intercepted", "intercepts", "turned", "turns", "turning");
                    }) &&
        ((ev.type->id == "assault" &&
          std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(h.tlast),
                      toks.begin() + static_cast<std::ptrdiff_t>(last),
                      [](const Token& x) {
                        return is_one_of(x.lower, "exercise", "exercises", "drills", "drill",
                                         "parade", "manoeuvres", "maneuvers", "training");
                      })) ||
         // (A place or people of its own in the trigger; a target named elsewhere, or none
         // the lexicon knows, "landed on Oema Island", stays.)
         (!ev.agent->country.empty() &&
          std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
            return m.first_token >= h.tfirst && m.first_token < h.tlast &&
                   m.actor->country == ev.agent->country;
          }))))
      continue;
    // "Maduro and Correa arrived in Cochabamba": visitors from two states make a visit each
    // (neither met the other there).
    // (Only where the host state is known: not "Duda and Zelensky visited Kharkiv".)
    if (ev.type->id == "visit" && !co_agents.empty() && !ev.agent->country.empty() &&
        ev.place_state && ev.agent->country != ev.place_state->country) {
      std::vector<const LexActor*> guests;
      for (const LexActor* a : co_agents)
        if (a->kind == ActorKind::kPerson && !a->country.empty() &&
            a->country != ev.agent->country && a->country != ev.place_state->country &&
            std::find(ev.others.begin(), ev.others.end(), a) != ev.others.end())
          guests.push_back(a);
      if (!guests.empty() && guests.size() <= 3) {
        for (const LexActor* g : guests) std::erase(ev.others, g);
        out.push_back(ev);
        for (const LexActor* g : guests) {
          EventMention one = ev;
          one.agent = g;
          out.push_back(std::move(one));
        }
        continue;
      }
    }
    // "Putin held telephone conversations with Pezeshkian and Netanyahu": a call is between
    // two sides, so calls with several others are one call each, unless the text says the
    // call was joint ("three-way phone talks", "a conference call").
    // So are "separate talks with Kenyan President William Ruto and Nigerian President Bola
    // Tinubu".
    // ("Macron telephoned Putin on Monday about Ukraine", "to express his concern over
    // Ukraine": what the call was about is no side of it.)
    if (ev.type->id == "phone-call" && ev.others.size() > 1)
      std::erase_if(ev.others, [&](const LexActor* o) {
        bool topic = false, side = false;
        for (const auto& m : s.actors) {
          if (m.actor != o || m.first_token <= first) continue;
          size_t b = m.first_token;
          if (toks[b - 1].lower == "the" && b - 1 > first) --b;
          (is_one_of(toks[b - 1].lower, "about", "over", "regarding", "concerning", "on") ? topic
                                                                                          : side) =
              true;
        }
        return topic && !side;
      });
    bool separate = false;
    if (is_one_of(ev.type->id, "meeting", "consultation") && ev.others.size() > 1)
      for (size_t i = first; i < last; ++i)
        separate = separate || is_one_of(toks[i].lower, "separate", "separately");
    if ((ev.type->id == "phone-call" || separate) && ev.others.size() > 1) {
      bool joint = false;
      for (size_t i = first; i < last && !separate; ++i)
        joint = joint || is_one_of(toks[i].lower, "three-way", "trilateral", "joint", "conference",
                                   "four-way", "multilateral", "videoconference", "video");
      // Others of one state go together ("Iran and its foreign minister").
      std::vector<std::vector<const LexActor*>> sides;
      for (const auto* o : ev.others) {
        auto side = std::find_if(sides.begin(), sides.end(), [&](const auto& g) {
          return !second_with && !o->country.empty() && g.front()->country == o->country;
        });
        if (side == sides.end())
          sides.push_back({o});
        else
          side->push_back(o);
      }
      // (Not one on a day of its own, below: "with Jubeir on Sunday and with Zarif on Monday".)
      if (!joint && !gap_actor && sides.size() > 1) {
        for (auto& side : sides) {
          EventMention one = ev;
          one.others = std::move(side);
          out.push_back(std::move(one));
        }
        continue;
      }
    }
    // The act once more, on the day `t` says, in the place `where` names (else in none said).
    auto once_more_on = [&](const TimeMention& t, const ActorMention* where) {
      EventMention e = ev;
      e.date = *t.date;
      e.when = std::string(s.text.substr(t.phrase_begin, t.end - t.phrase_begin));
      e.place.reset();
      e.place_phrase.clear();
      e.place_state = nullptr;
      if (where) {
        e.place = where->how == MentionHow::kName
                      ? where->actor->name
                      : std::string(s.text.substr(where->begin, where->end - where->begin));
        e.place_phrase = " in " + *e.place;
        e.place_state = where->actor;
      }
      return e;
    };
    // (Put off to the only day the sentence gives: the act is planned for it.)
    if (put_off_to && put_off_to == best) ev.status = EventStatus::kPlanned;
    if (put_off_to && put_off_to != best) {
      EventMention later = once_more_on(*put_off_to, nullptr);
      later.place = ev.place;
      later.place_phrase = ev.place_phrase;
      later.place_state = ev.place_state;
      later.status = EventStatus::kPlanned;
      out.push_back(std::move(ev));
      out.push_back(std::move(later));
      continue;
    }
    if (again) {
      // (Where it was the second time: "in Cape Town" after the day, if the text says.)
      const ActorMention* where = nullptr;
      for (const auto& m : s.actors)
        if (m.place && m.first_token > again->last_token &&
            m.first_token < again->last_token + 12 && toks[m.first_token - 1].lower == "in") {
          where = &m;
          break;
        }
      EventMention once_more = once_more_on(*again, where);
      out.push_back(std::move(ev));
      out.push_back(std::move(once_more));
      continue;
    }
    if (gap_actor) {
      EventMention next = once_more_on(*gap_time, gap_place);
      next.type = type;
      next.others = {gap_actor->actor};
      // (Met in the other's country, away from home: a visit there, as above.)
      if (const LexActor* state = gap_place ? gap_place->actor : nullptr;
          state && impl_->visit && is_one_of(type->id, "meeting", "consultation") &&
          state->kind == ActorKind::kCountry && !ev.agent->country.empty() &&
          state->country != ev.agent->country) {
        next.type = impl_->visit;
        next.others.insert(next.others.begin(), state);
      }
      std::erase(ev.others, gap_actor->actor);
      // (The second place is not the first act's: read first, it made that act a visit there.)
      if (gap_place && ev.place_state == gap_place->actor) {
        if (ev.type != type) std::erase(ev.others, gap_place->actor);
        ev.type = type;
        ev.place.reset();
        ev.place_phrase.clear();
        ev.place_state = nullptr;
      }
      out.push_back(std::move(ev));
      out.push_back(std::move(next));
      continue;
    }
    out.push_back(std::move(ev));
    if (threat_too) out.push_back(std::move(*threat_too));
  }
  // "Putin and Xi spoke for an hour, the Kremlin said": the call is the event; the statement
  // only says where the story has it from.
  std::vector<bool> source_only(out.size(), false);
  // The token an event's trigger starts at.
  auto trigger_token = [&](const EventMention& e) {
    return std::find_if(toks.begin() + static_cast<std::ptrdiff_t>(first),
                        toks.begin() + static_cast<std::ptrdiff_t>(last),
                        [&](const Token& k) { return k.begin >= e.trigger_begin; });
  };
  for (size_t x = 0; x < out.size(); ++x) {
    const EventMention& st = out[x];
    // ("Ashton said the door to talks with Iran remains open": the talks named in an offer of
    // talks are the offer's, not talks held.)
    if (st.stated && st.type->id == "intent-to-meet")
      for (size_t y = 0; y < out.size(); ++y)
        // (Nor the offer the words make, read once more from its own trigger: "said Mozambique
        // ... remained ready to negotiate with Lilongwe" is one offer, not two.)
        if (y != x &&
            ((out[y].type->plover && *out[y].type->plover == "CONSULT" &&
              out[y].agent == st.agent) ||
             (out[y].type == st.type && !out[y].stated &&
              // (Not one said by its own side in words of its own: "..., and Somalia said it
              // was ready for talks with Kenya".)
              std::none_of(out.begin(), out.end(),
                           [&](const EventMention& z) {
                             return &z != &st && (z.type->speech || z.stated) &&
                                    z.agent == out[y].agent && said_in(z, out[y].trigger_begin);
                           }))) &&
            said_in(st, out[y].trigger_begin))
          source_only[y] = true;
    // (What was said may have made the statement an act of its own; "..., the ministry said"
    // still only names the source.)
    if (st.type->id != "statement" && !(st.stated && st.attribution)) continue;
    // "Germany announced a further 1.9 billion euros in military aid": the announcement of
    // an act of the speaker's own is that act.
    std::string_view verb = s.text.substr(st.trigger_begin, st.trigger_end - st.trigger_begin);
    // "Aoun welcomed the decision in a statement from Baabda and thanked France and ...": the
    // statement is where the act was made, not an act of its own.
    if (st.type->id == "statement" && !st.stated &&
        detail::lower_ascii(verb.substr(0, 14)) == "in a statement" &&
        std::any_of(out.begin(), out.end(), [&](const EventMention& e) {
          return &e != &st && e.agent == st.agent && e.type->id != "statement";
        })) {
      source_only[x] = true;
      continue;
    }
    std::string_view said = s.text.substr(st.content_begin, st.content_end - st.content_begin);
    bool announced = (verb == "announced" || verb == "announces") && !starts_with(said, "that ");
    // "Bush said King Hussein had assured him ...", "the ministry said it had summoned the
    // ambassador": a report of another side's act, or of one's own act done before, is that
    // act; "Putin told Scholz that Russia would pull back some units" is also Putin's word.
    auto reported = [&](const EventMention& e) {
      bool own_side = same_state(*e.agent, *st.agent);
      // (Not "pointing to a buildup"; nor "said Iraq condemned", whose verb is often read
      // wrongly.)
      if (!own_side) return e.status != EventStatus::kOngoing && !e.type->speech;
      // "Iran said it would halt all trade with Denmark": the speaker's own act to come, which
      // the words announce; "Lavrov said Moscow could pull out of the treaty if": the speaker's
      // threat.
      if (e.agent == st.agent &&
          ((e.status == EventStatus::kAnnounced && !e.type->speech) || e.type == impl_->threat))
        return true;
      // "Telli said that the Organisation continued to support the territorial integrity of
      // Nigeria": what a speaker says in words of backing, blame or refusal, the same day, is
      // that act, not a statement besides it. (Not an office's report of what its leaders did:
      // "the White House said the two leaders had reaffirmed their support".)
      if (e.agent == st.agent && st.agent->kind == ActorKind::kPerson && e.type->speech &&
          e.type->id != "press-briefing" && e.status == EventStatus::kOccurred && e.date == st.date)
        return true;
      auto t = trigger_token(e);
      // A past act of one's own side: "Armenia formally asked the CSTO for help on September
      // 13"; or a perfect before the trigger in its clause: "it had held large-scale exercises".
      // (Not "it is prepared to resume dialogue": an adjective.)
      size_t v = static_cast<size_t>(t - toks.begin());
      if (e.status == EventStatus::kOccurred && !e.type->speech && v > first &&
          ends_with(toks[v].lower, "ed") &&
          !is_one_of(toks[v - 1].lower, "is", "are", "was", "were", "be", "been", "'s"))
        return true;
      // Or one under way: "it was reducing its embassy staff to a minimum".
      if (!e.type->speech && v > first && toks[v].lower.ends_with("ing") &&
          is_one_of(toks[v - 1].lower, "is", "are", "was", "were"))
        return true;
      // (For an act that is no speech, the whole clause: "he had informed Rubio of the attack
      // during a phone call".)
      for (size_t i = v, n = 0; i-- > first && (n < 8 || !e.type->speech) &&
                                toks[i].begin >= st.content_begin && toks[i].lower != ",";
           ++n)
        if (is_one_of(toks[i].lower, "had", "has", "have")) return true;
      return false;
    };
    // (Not an act the statement itself stands for: "Thailand was ready to hold talks with
    // Cambodia, the minister said" is one offer, kept in the words.)
    for (size_t y = 0; y < out.size(); ++y) {
      const EventMention& e = out[y];
      if (&e != &st && !source_only[y] && e.type->id != "statement" &&
          said_in(st, e.trigger_begin) &&
          (st.attribution || (announced && e.agent == st.agent) || reported(e)))
        source_only[x] = true;
    }
  }
  // "Spokesman Matthew Miller said that the United States welcomed the declaration": a speech
  // act of the speaker's own side that the speaker reports is the speaker's act.
  for (size_t y = 0; y < out.size(); ++y) {
    EventMention& st = out[y];
    if (!st.type->speech || st.agent->country.empty() || st.content.empty() || st.attribution ||
        source_only[y])
      continue;
    for (size_t x = 0; x < out.size(); ++x) {
      EventMention& e = out[x];
      if (&e == &st || !e.type->speech || e.type->id == "statement" || e.agent == st.agent ||
          e.agent->kind != ActorKind::kCountry || e.agent->country != st.agent->country ||
          !said_in(st, e.trigger_begin) || source_only[x])
        continue;
      // ("Pashinyan said Armenia formally asked the CSTO for help on September 13": an act of
      // its own day is reported, not made in the statement.)
      // (What may come is open from the day it was said.)
      if (e.dated && !(e.date == st.date) &&
          !(e.status == EventStatus::kHypothetical &&
            e.date.earliest_day() == st.date.earliest_day()))
        continue;
      // ("Castro said Costa Rica would take the dispute to the International Court of Justice":
      // a request the state is still to make is the state's, which the statement reports.)
      if (e.type->id == "appeal" && e.status != EventStatus::kOccurred &&
          st.type->id == "statement" && !st.stated) {
        source_only[y] = true;
        break;
      }
      if (st.type->id == "statement" && !st.stated) {
        st.type = e.type;
        st.stated = true;
        st.others = e.others;
      }
      if (st.type == e.type) source_only[x] = true;
    }
  }
  // "Deputy Prime Minister X said Moldova would ask the court to halt ...": the request the
  // words read as the speaker's is the state's one still to come, told once.
  for (size_t y = 0; y < out.size(); ++y) {
    const EventMention& st = out[y];
    if (!st.stated || st.type->id != "appeal" || source_only[y]) continue;
    for (size_t x = 0; x < out.size() && !source_only[y]; ++x) {
      const EventMention& e = out[x];
      if (x == y || e.stated || e.type != st.type || source_only[x] ||
          e.agent->kind != ActorKind::kCountry || e.status == EventStatus::kOccurred ||
          !said_in(st, e.trigger_begin))
        continue;
      if (st.agent->country.empty() || e.agent->country == st.agent->country) source_only[y] = true;
    }
  }
  // "The ministry claimed that Ukrainian drones had hit a substation": an act that one side
  // claims of another is the claim (an accusation), not an event that is known to have happened.
  std::vector<bool> claimed(out.size(), false);
  for (const auto& st : out) {
    std::string_view verb = s.text.substr(st.trigger_begin, st.trigger_end - st.trigger_begin);
    if (!st.type->speech || st.content.empty() ||
        !(starts_with(verb, "claim") || starts_with(verb, "alleg")))
      continue;
    for (size_t x = 0; x < out.size(); ++x)
      if (!out[x].type->speech && out[x].agent != st.agent && said_in(st, out[x].trigger_begin))
        claimed[x] = true;
  }
  // "He accused Tehran of supplying military assistance to the Assad regime", "of refusing to
  // comply with UN resolutions": the act one is accused of, a word or a deed, is the
  // accusation's claim too (whoever's act it is; up to the end of the sentence or a new clause:
  // not "..., and in March that year it expelled the attache").
  for (const auto& st : out) {
    std::string_view verb = s.text.substr(st.trigger_begin, st.trigger_end - st.trigger_begin);
    if (st.type->id != "accusation" || !starts_with(verb, "accus")) continue;
    const size_t v = static_cast<size_t>(trigger_token(st) - toks.begin());
    size_t of = SIZE_MAX;
    for (size_t i = v + 1; i < last && i < v + 10; ++i) {
      if (is_one_of(toks[i].lower, ",", ";", ".")) break;
      if (toks[i].lower == "of") {
        of = i;
        break;
      }
    }
    if (of == SIZE_MAX) continue;
    size_t end = last;
    for (size_t i = of + 1; i + 1 < last && end == last; ++i)
      if (toks[i].lower == ";" ||
          // (A comma that closes the clause or an apposition, not one before another charge:
          // ", of refusing to comply"; "..., accused by the West of backing militants, expelled")
          (toks[i].lower == "," && toks[i + 1].lower != "of" &&
           !(toks[i + 1].lower == "and" && i + 2 < last && toks[i + 2].lower == "of")) ||
          is_one_of(toks[i].lower, "after", "before", "as", "when", "then", "since", "while",
                    "until", "whereas") ||
          (toks[i].lower == "and" && toks[i + 1].capitalized) ||
          // ("... of provocations and began firing": a verb of the subject's own; not "and of
          // seizing", "and training")
          (toks[i].lower == "and" && toks[i + 1].lower != "of" &&
           !ends_with(toks[i + 1].lower, "ing") && toks[i + 1].kind == TokenKind::kWord &&
           (ends_with(toks[i + 1].lower, "ed") ||
            is_one_of(toks[i + 1].lower, "began", "begun", "sent", "took", "gave", "withdrew",
                      "broke", "met", "held", "made", "told", "went", "said", "then", "also"))))
        end = i;
    for (size_t x = 0; x < out.size(); ++x) {
      size_t t = static_cast<size_t>(trigger_token(out[x]) - toks.begin());
      // (A word, only as what "of" governs: "of refusing to comply", "of routinely
      // threatening"; not "... and denied that", said in the accuser's own voice.)
      if (&out[x] == &st || out[x].type == st.type || t <= of || t >= end) continue;
      bool of_it = toks[t - 1].lower == "of" ||
                   (t > of + 1 && toks[t - 2].lower == "of" && ends_with(toks[t - 1].lower, "ly"));
      if (!out[x].type->speech || of_it) claimed[x] = true;
    }
  }
  // "Russia said Britain had staged the attack in Salisbury": an act in what an accusation
  // says is the accusation's claim, as with "claimed" (not talks it names: "in a phone call
  // with Minh").
  for (const auto& st : out)
    if (st.stated && st.type->id == "accusation")
      for (size_t x = 0; x < out.size(); ++x)
        if (!out[x].type->speech && out[x].agent != st.agent &&
            !(out[x].type->plover && *out[x].type->plover == "CONSULT") &&
            said_in(st, out[x].trigger_begin))
          claimed[x] = true;
  // "Eritrea denied on Thursday that its troops had attacked Djibouti": an act denied is the
  // denial, not an event known to have happened (whoever's act it is).
  for (const auto& st : out) {
    std::string_view verb = s.text.substr(st.trigger_begin, st.trigger_end - st.trigger_begin);
    if (st.type->id != "denial" || st.content.empty() ||
        !(starts_with(verb, "denied") || starts_with(verb, "denies") || starts_with(verb, "deny")))
      continue;
    for (size_t x = 0; x < out.size(); ++x)
      if (!out[x].type->speech && said_in(st, out[x].trigger_begin)) claimed[x] = true;
  }
  // "the Qatari Foreign Ministry said the obstacles had been overcome": what a state's ministry,
  // army or agency says, when it is no act of its own (a denial, a threat, ...), is the source
  // of a report, not an event of the timeline. (The leader's own office speaks for the leader:
  // "the White House said it would do whatever is necessary".) So is what a state or an armed
  // group says by its name alone ("Oslo says the catch is Norway's", "Hamas said"); its
  // government, officials or envoys still speak for it ("The British government says",
  // "Iraq's ambassador to Greece said", "US officials said").
  auto bare_name = [&](const EventMention& e) {
    if (e.agent->kind != ActorKind::kCountry && e.agent->kind != ActorKind::kGroup) return false;
    const ActorMention* named = nullptr;  // the mention of the speaker nearest the verb
    size_t gap = SIZE_MAX;
    for (const auto& m : s.actors) {
      if (m.actor != e.agent || m.place) continue;
      size_t d = m.end <= e.trigger_begin ? e.trigger_begin - m.end : m.begin - e.trigger_end;
      if (m.begin >= e.trigger_end || m.end <= e.trigger_begin)
        if (d < gap) gap = d, named = &m;
    }
    if (!named) return false;
    static const detail::WordSet kSpeakers = {
        "government",      "officials",      "official",    "ambassador",   "envoy",
        "envoys",          "spokesman",      "spokeswoman", "spokesperson", "diplomats",
        "diplomat",        "minister",       "ministers",   "president",    "leader",
        "leaders",         "delegation",     "negotiator",  "negotiators",  "representative",
        "representatives", "authorities",    "mission",     "source",       "sources",
        "cabinet",         "administration", "premier",     "chancellor",   "king"};
    // (Any such word between the name and the verb: "US and Chinese officials said", "Norway's
    // top diplomat said"; or between the verb and the name after it.)
    bool before = named->end <= e.trigger_begin;
    for (size_t i = before ? named->last_token : first; i < last; ++i) {
      if (before ? toks[i].begin >= e.trigger_begin : i >= named->first_token) break;
      if (!before && toks[i].begin < e.trigger_end) continue;
      if (kSpeakers.contains(toks[i].lower)) return false;
    }
    return named->how != MentionHow::kTitle;
  };
  auto trigger_text = [&](const EventMention& e) {  // (lowercased)
    return detail::lower_ascii(s.text.substr(e.trigger_begin, e.trigger_end - e.trigger_begin));
  };
  // Whether what was said is in the speaker's own words, quoted (three words at least: not the
  // scare quotes of 'the so-called "peace plan"').
  auto quoted = [&](const EventMention& e) {
    int words = 0;
    for (size_t i = first; i < last; ++i)
      if (toks[i].begin >= e.content_begin && toks[i].end <= e.content_end && (*s.in_quote)[i] &&
          toks[i].kind == TokenKind::kWord)
        ++words;
    return words >= 3;
  };
  // "Senegalese officials said Mauritanian soldiers had forced ...", "The government in Malabo
  // said the men had planned ...": what a state's or a group's unnamed voice says in the
  // reporter's words, and does not make an act of its own (an accusation, a denial), is how the
  // story learned its news. (What it said in its own words, quoted, is a statement: "the British
  // government said that Biden and Johnson \"agreed that ...\""; so is a warning: "US officials
  // have warned that Russian forces could invade at any time".)
  auto plain_remark = [&](const EventMention& e) {
    return e.type->id == "statement" && !e.stated && e.content_end > e.content_begin &&
           (e.agent->kind == ActorKind::kCountry || e.agent->kind == ActorKind::kGroup) &&
           !quoted(e) && [&] {
             std::string trigger = trigger_text(e);
             return trigger.find("warn") == std::string::npos &&
                    trigger.find("caution") == std::string::npos &&
                    trigger.find("threat") == std::string::npos;
           }();
  };
  auto body_remark = [&](const EventMention& e) {
    return e.type->id == "statement" && ((e.agent->kind == ActorKind::kOrganization &&
                                          !e.agent->country.empty() && !e.agent->leader_office) ||
                                         bare_name(e));
  };
  // "The Commission said it was in close contact with Oslo and urged it to release the vessel":
  // a plain statement made in the same breath as an appeal, a rejection, a criticism of the
  // same speaker on the same day is part of that act.
  // (The verb joined to the saying by "and"; thanks and warnings are told apart from what was
  // said.)
  auto same_breath = [&](const EventMention& e) {
    return e.type->id == "statement" && !e.stated &&
           std::any_of(out.begin(), out.end(), [&](const EventMention& o) {
             if (&o == &e || o.agent != e.agent || !(o.date == e.date) ||
                 o.trigger_begin <= e.trigger_begin ||
                 !is_one_of(o.type->id, "appeal", "demand", "criticism", "accusation", "rejection",
                            "denial"))
               return false;
             auto t = trigger_token(o);
             return (t > toks.begin() + static_cast<std::ptrdiff_t>(first) &&
                     (t - 1)->lower == "and") ||
                    // (a trigger that opens with it: "and urged them to")
                    (t < toks.begin() + static_cast<std::ptrdiff_t>(last) && t->lower == "and");
           });
  };
  // "Fischer telephoned Siazon and said Germany was relieved", "Anifah said the note also asked
  // Indonesia to guarantee the safety of Malaysian diplomats", "Di Tella, who is due in Santiago
  // on Wednesday, said he would go with an open hand": what a speaker says in the sentence that
  // tells an act of the speaker's own is told with that act, not a statement beside it. (Not
  // beside a meeting, where what is said is often of its own, "said after the meeting that"; nor
  // a threat, made in the words.) (Nor where the words report an act done before, "the White
  // House said the two leaders had reaffirmed their backing for Ukraine", or thank inside what
  // was said, "wrote that he wanted to thank President Putin": statements of their own.)
  auto reports_done = [&](const EventMention& st, const EventMention& o) {
    std::string_view before = s.text.substr(st.content_begin, o.trigger_begin - st.content_begin);
    return before.find(" had ") != std::string_view::npos || before.starts_with("had ") ||
           before.find(" have ") != std::string_view::npos;
  };
  auto beside_act = [&](const EventMention& e) {
    return e.type->id == "statement" && !e.stated &&
           std::any_of(out.begin(), out.end(), [&](const EventMention& o) {
             return &o != &e && o.agent == e.agent && o.type->id != "statement" &&
                    !is_one_of(o.type->id, "meeting", "threat") &&
                    (o.stated || !said_in(e, o.trigger_begin) ||
                     (!reports_done(e, o) && o.type->id != "support"));
           });
  };
  for (size_t x = out.size(); x-- > 0;)
    if (source_only[x] || claimed[x] || body_remark(out[x]) || same_breath(out[x]) ||
        beside_act(out[x]))
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(x));
  for (auto& e : out) e.plain_remark = plain_remark(e);
  // "Museveni telephoned Kagame the same day to express his solidarity", "phoned Ruginiene on
  // Monday to express \"full solidarity\"": the call, and the support it was made to convey.
  // (Not condolences or sympathy: those are the call's own words.)
  if (impl_->support)
    for (size_t x = 0, n = out.size(); x < n; ++x) {
      const EventMention& call = out[x];
      if (call.type->id != "phone-call" || call.others.empty()) continue;
      auto t = trigger_token(call);
      size_t i = static_cast<size_t>(t - toks.begin());
      while (i < last && toks[i].end <= call.trigger_end) ++i;
      // (The purpose is inside the trigger or after whom and when: "to express", then the noun.)
      size_t to = SIZE_MAX;
      for (size_t k = static_cast<size_t>(t - toks.begin());
           k < last && k < i + 12 && to == SIZE_MAX && !is_one_of(toks[k].lower, ",", ";", ".");
           ++k)
        if (toks[k].lower == "to" && k + 1 < last &&
            is_one_of(toks[k + 1].lower, "express", "convey", "voice", "reaffirm", "pledge"))
          to = k;
      if (to == SIZE_MAX) continue;
      bool solidarity = false;
      for (size_t k = to + 2; k < last && k < to + 7 && !solidarity; ++k) {
        if (is_one_of(toks[k].lower, ",", ".", ";", "and")) break;
        solidarity = is_one_of(toks[k].lower, "solidarity", "support", "backing");
      }
      if (!solidarity || std::any_of(out.begin(), out.end(), [&](const EventMention& e) {
            return e.type == impl_->support && e.agent == call.agent;
          }))
        continue;
      EventMention backing = call;
      backing.type = impl_->support;
      backing.trigger_begin = toks[to].begin;
      backing.trigger_end = toks[to + 1].end;
      out.push_back(std::move(backing));
    }
  // "One of the two pilots was killed ..., according to Russian officials": a fact told on
  // someone's word is no statement of theirs (the word still makes their own plans announced,
  // above: "According to Russian officials, they will continue negotiations").
  // (A statement or readout released is one: "according to a statement released by the White
  // House".)
  std::erase_if(out, [&](const EventMention& e) {
    if (e.type->id != "statement" || e.stated) return false;
    std::string trigger = trigger_text(e);
    return trigger.starts_with("according ") && trigger.find("statement") == std::string::npos &&
           trigger.find("readout") == std::string::npos;
  });
  // "Farmers in Paris protested the arrest of their leader": a crowd that objects protests (an
  // official's objection is criticism).
  for (auto& e : out)
    if (e.type->id == "criticism" && impl_->protest && e.agent->kind == ActorKind::kGroup &&
        e.agent->id.ends_with("-protesters"))
      e.type = impl_->protest;
  // "protesters rallied outside the embassy, accusing Moscow of ...", "to demand a tougher
  // response": what a crowd says while it protests is the protest.
  std::vector<const LexActor*> crowds;
  for (const auto& p : out)
    if (p.type->id == "protest" && p.agent->kind == ActorKind::kGroup) crowds.push_back(p.agent);
  std::erase_if(out, [&](const EventMention& e) {
    return e.type->speech && std::find(crowds.begin(), crowds.end(), e.agent) != crowds.end();
  });
  // "Zelensky thanked Ukrainians", "police in Bavaria arrested two Russian citizens" under a
  // Moscow dateline: praise or an arrest aimed only at the actor's own state is no act between
  // states (or the state was guessed wrong).
  std::erase_if(out, [&](const EventMention& e) {
    bool own = (e.type->id == "support" || e.type->id == "arrest") && !e.agent->country.empty() &&
               !e.others.empty() &&
               std::all_of(e.others.begin(), e.others.end(), [&](const LexActor* o) {
                 return o->kind == ActorKind::kCountry && o->country == e.agent->country;
               });
    // (Thanks to a people, not a state: "Zelensky thanked Ukrainians".)
    bool thanks_to_people =
        e.type->id == "support" && e.others.empty() &&
        detail::lower_ascii(s.text.substr(e.trigger_begin, 5)) == "thank" &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
          return m.how == MentionHow::kDemonym && m.begin > e.trigger_begin &&
                 m.begin <= e.trigger_end + 1;
        });
    return own || thanks_to_people;
  });
  // "Foreign Minister John Baird imposed sanctions", "Ashton announced an embargo": a sanction,
  // an expulsion, a military move or an arrest is the act of the state (or the body) the person
  // holds an office of, not the person's own.
  for (auto& e : out) {
    // "Latvia ordered all Belarusian diplomats to leave" (in an evacuation's words), "Chavez
    // ordered Colombia's ambassador home" (in a recall's): another state's envoys sent away are
    // expelled.
    const bool evacuation = e.type->id == "evacuation", recall = e.type->id == "ambassador-recall";
    if ((evacuation || recall) && impl_->expulsion && !e.agent->country.empty())
      for (const auto& m : s.actors)
        if ((recall || m.how == MentionHow::kDemonym) && m.begin >= e.trigger_begin &&
            m.end < e.trigger_end && m.actor->kind == ActorKind::kCountry &&
            m.actor->country != e.agent->country && m.last_token < last &&
            (evacuation ? is_one_of(toks[m.last_token].lower, "diplomats", "envoys", "diplomat")
                        : is_one_of(toks[m.last_token].lower, "ambassador", "ambassadors", "envoy",
                                    "envoys"))) {
          e.type = impl_->expulsion;
          if (std::find(e.others.begin(), e.others.end(), m.actor) == e.others.end())
            e.others.insert(e.others.begin(), m.actor);
          break;
        }
    // "The British diplomats in Mogadishu are expected to leave by air for Nairobi": staff
    // leave the state they serve in, not the one they travel on to.
    if (e.type->id == "evacuation") {
      const LexActor* served = nullptr;
      for (const auto& m : s.actors)
        if (m.begin >= e.trigger_begin && m.end <= e.trigger_end && m.first_token > 0 &&
            toks[m.first_token - 1].lower == "in" && m.actor != e.agent &&
            m.actor->kind == ActorKind::kCountry && m.first_token >= 2 &&
            is_one_of(toks[m.first_token - 2].lower, "diplomats", "staff", "personnel")) {
          served = m.actor;
          break;
        }
      if (served) {
        for (const auto& m : s.actors)
          if (m.begin >= e.trigger_begin && m.first_token > 0 &&
              toks[m.first_token - 1].lower == "for" && m.actor != served)
            std::erase(e.others, m.actor);
        if (std::find(e.others.begin(), e.others.end(), served) == e.others.end())
          e.others.insert(e.others.begin(), served);
      }
    }
    // "China's Foreign Ministry said it had suspended exchanges with Vietnam": ties cut back
    // by a state's ministry are the state's.
    if (e.agent->kind == ActorKind::kOrganization && !e.agent->country.empty() &&
        !e.agent->leader_office &&
        (e.agent->id.find("ministry") != std::string::npos ||
         e.agent->id.find("foreign-office") != std::string::npos) &&
        is_one_of(e.type->id, "sanction", "expulsion", "embassy-closure", "embassy-relocation",
                  "restoration-of-relations"))
      if (const LexActor* st = impl_->state(e.agent->country)) {
        e.agent = st;
        std::erase(e.others, st);
        continue;
      }
    // ("Mahuta said New Zealand would send 50,000 doses": aid a minister says his state will
    // give is the state's, though "Biden announced $100m in aid" is his own act.)
    bool state_aid = e.stated && e.type->id == "aid";
    if ((!e.type->by_state && !state_aid) || e.agent->kind != ActorKind::kPerson) continue;
    // (An office of government on the day: not "opposition leader Alexei Navalny", a journalist,
    // or a candidate.)
    const LexRole* role = e.agent->role_at(published);
    // ("Foreign Minister Karolos Papoulias" in 1994, whom the lexicon knows as president from
    // 2005: one who holds his state's office later acts for it before; not one whose term is
    // over, "Tony Blair" in 2015.)
    if (!role && !e.agent->country.empty() && !e.agent->roles.empty() &&
        e.agent->roles.front().org.empty() && e.agent->roles.front().from &&
        published < *e.agent->roles.front().from)
      role = &e.agent->roles.front();
    if (!role) continue;
    std::string title = detail::lower_ascii(role->title);
    bool office = !role->office.empty() || !role->org.empty();
    for (std::string_view w : {"minister", "president", "premier", "chancellor", "secretary",
                               "king", "emir", "sultan", "ambassador", "envoy", "spokes", "general",
                               "commander", "chief", "governor", "taoiseach"})
      office = office || title.find(w) != std::string::npos;
    if (!office || title.find("opposition") != std::string::npos) continue;
    const LexActor* body = nullptr;
    if (!role->org.empty()) body = impl_->lex->find(role->org);
    if (!body) body = impl_->state(e.agent->country);
    if (!body) continue;
    e.person = e.agent;
    e.agent = body;
    std::erase(e.others, body);
  }
  // "Svoboda ordered units of the Czechoslovak Army into the Ostrava district": a state's own
  // armed forces are no side its military move is aimed at.
  for (auto& e : out)
    if (e.type->id.starts_with("military-") && e.agent->kind == ActorKind::kCountry &&
        !e.agent->country.empty())
      std::erase_if(e.others, [&](const LexActor* o) {
        return o->kind == ActorKind::kOrganization && o->country == e.agent->country &&
               o->cameo == o->country + "MIL";
      });
  // "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha", "agreed
  // ... at the end of talks that opened in Beijing": the sides of a deal negotiated it first
  // (dated with the deal: the talks end there).
  if (impl_->negotiation)
    for (size_t x = 0, n = out.size(); x < n; ++x) {
      const EventMention& deal = out[x];
      if (!is_one_of(deal.type->id, "agreement", "restoration-of-relations", "cooperation") ||
          deal.others.empty())
        continue;
      size_t talks = SIZE_MAX;
      for (size_t i = first; i + 1 < last && talks == SIZE_MAX; ++i) {
        if (toks[i].begin < deal.trigger_end) continue;
        bool after =
            toks[i].lower == "after" || (toks[i].lower == "end" && toks[i + 1].lower == "of" &&
                                         i > first && toks[i - 1].lower == "the");
        for (size_t j = i + 1; after && j < last && j < i + 6; ++j)
          if (is_one_of(toks[j].lower, "talks", "negotiations")) talks = j;
      }
      // (Not talks with sides of their own: "signed by the two foreign ministers after official
      // talks between the two presidents".)
      if (talks != SIZE_MAX && talks + 1 < last && toks[talks + 1].lower == "between") continue;
      if (talks == SIZE_MAX || std::any_of(out.begin(), out.end(), [&](const EventMention& e) {
            return e.type == impl_->negotiation && e.sentence_begin == deal.sentence_begin;
          }))
        continue;
      EventMention neg = deal;
      neg.type = impl_->negotiation;
      neg.stated = false;
      neg.content.clear();
      neg.content_begin = neg.content_end = 0;
      neg.link.reset();
      neg.status = EventStatus::kOccurred;
      neg.trigger_begin = toks[talks].begin;
      neg.trigger_end = toks[talks].end;
      out.push_back(std::move(neg));
    }
  // "would honour the border agreement signed with Cambodia last month": a deal named with its
  // past signing was signed, whatever is said of it now.
  for (auto& e : out) {
    std::string_view trig = s.text.substr(e.trigger_begin, e.trigger_end - e.trigger_begin);
    auto day = e.date.latest_day();
    if (e.type->id == "agreement" && e.dated && day && *day < published &&
        trig.find(" signed") != std::string_view::npos && !starts_with(trig, "sign") &&
        (e.status == EventStatus::kAnnounced || e.status == EventStatus::kPlanned))
      e.status = EventStatus::kOccurred;
  }
  // "He is due in Maputo tomorrow and in the Seychelles on Saturday", "plans to fly to Kyiv on
  // Saturday and on to Moscow over the weekend": a trip's next leg, with a day of its own, is a
  // visit of its own.
  for (size_t x = 0, n = out.size(); x < n; ++x) {
    if (out[x].type->id != "visit" || !out[x].place_state || !out[x].dated) continue;
    size_t i = first;
    while (i < last && toks[i].begin < out[x].trigger_end) ++i;
    // (Past the visit's own place and time: up to the next "and".)
    while (i < last && toks[i].lower != "and" && toks[i].lower != ";") ++i;
    if (i + 2 >= last || toks[i].lower != "and") continue;
    size_t j = i + 1;
    if (is_one_of(toks[j].lower, "then", "later")) ++j;
    if (toks[j].lower == "on" && j + 1 < last && toks[j + 1].lower == "to") ++j;
    if (!is_one_of(toks[j].lower, "in", "to")) continue;
    ++j;
    if (j < last && toks[j].lower == "the") ++j;
    auto leg = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& m) {
      return m.first_token == j && m.actor->kind == ActorKind::kCountry &&
             m.actor != out[x].place_state && m.how != MentionHow::kDemonym;
    });
    // (Not home: "flew to Ankara on Monday and then to Moscow on Tuesday", Lavrov's return.)
    if (leg == s.actors.end() || own_side(*out[x].agent, *leg->actor, published)) continue;
    auto when = std::find_if(s.times.begin(), s.times.end(), [&](const TimeMention& t) {
      return t.date && t.first_token >= leg->last_token && t.first_token <= leg->last_token + 1 &&
             !(*s.in_quote)[t.first_token];
    });
    // (A later leg is later: not "on to Moscow over the weekend" read as the weekend gone.)
    if (when == s.times.end() || *when->date == out[x].date || edtf_less(*when->date, out[x].date))
      continue;
    // (Nor a new clause: "and in Uganda on Tuesday, rebels ambushed a convoy".)
    // (But the source may close it: "and in Asmara on Friday, OAU officials said".)
    auto source_closes = [&](size_t c) {
      if (toks[c].lower != ",") return false;
      for (size_t k = c + 1; k < last && k <= c + 5; ++k)
        if (is_one_of(toks[k].lower, "said", "says", "reported", "announced"))
          return k + 1 >= last || is_one_of(toks[k + 1].lower, ".", ";");  // (and ends there)
      return false;
    };
    if (when->last_token < last &&
        !is_one_of(toks[when->last_token].lower, ".", ";", "to", "for", "and", "where", "before",
                   "after") &&
        !source_closes(when->last_token))
      continue;
    EventMention next = out[x];
    next.place = leg->how == MentionHow::kCapital
                     ? capital_name(*leg->actor, s.text.substr(leg->begin, leg->end - leg->begin))
                 : leg->how == MentionHow::kName
                     ? leg->actor->name
                     : std::string(s.text.substr(leg->begin, leg->end - leg->begin));
    next.place_phrase = " to " + *next.place;
    next.place_state = leg->actor;
    next.others.clear();
    next.date = *when->date;
    next.when = std::string(s.text.substr(when->phrase_begin, when->end - when->phrase_begin));
    next.link.reset();
    // (A leg after the paper's day is still to come: "arrived in Nairobi on Monday and in
    // Uganda on Saturday he will open a railway".)
    if (auto day = when->date->earliest_day();
        day && published < *day && next.status == EventStatus::kOccurred)
      next.status = EventStatus::kPlanned;
    next.trigger_begin = toks[i + 1].begin;
    next.trigger_end = leg->end;
    out.push_back(std::move(next));
  }
  // "travelled to Kyiv for talks with Zelenskyy": the talks are the purpose of the visit.
  for (auto it = out.begin(); it != out.end();) {
    // (A body's summit is an event of its own: "will travel to Washington for the NATO summit".)
    bool purpose = it->type->plover && *it->type->plover == "CONSULT" && it->type->id != "visit" &&
                   !(it->type->id == "summit" && it->agent->kind == ActorKind::kOrganization);
    auto visit = std::find_if(out.begin(), out.end(), [&](const EventMention& v) {
      return v.type->id == "visit" && v.agent == it->agent && &v != &*it;
    });
    std::string_view before = s.text.substr(s.sentence.begin, it->trigger_begin - s.sentence.begin);
    bool for_phrase =
        ends_with(before, "for ") || ends_with(before, "for a ") || ends_with(before, "for an ");
    // "travelled to Algiers on April 6, where he held talks with Tebboune": talks with the hosts
    // on the day of the visit (or on no day of their own) are part of it (not "where he is
    // expected to meet Aliyev" at a summit in Spain).
    bool on_the_visit = visit != out.end() && (!it->dated || it->date == visit->date) &&
                        visit->place_state && !it->others.empty() &&
                        std::all_of(it->others.begin(), it->others.end(), [&](const LexActor* o) {
                          // (A president the text gives no state, met there, is the host's.)
                          return o->country.empty() || o->country == visit->place_state->country;
                        });
    if (purpose && (for_phrase || on_the_visit) && visit != out.end()) {
      for (const auto* o : it->others)
        if (std::find(visit->others.begin(), visit->others.end(), o) == visit->others.end())
          visit->others.push_back(o);
      it = out.erase(it);
    } else {
      ++it;
    }
  }
  follow_suit(s, first, last, published, previous, out);
  // (A quotation's later sentence says no more than its first did, unless what it says is more
  // than a statement.)
  std::erase_if(out,
                [](const EventMention& e) { return e.continued && e.type->id == "statement"; });
  // (Force promised against a crowd or a disaster at home is no threat to a state: "the security
  // forces would open fire if protesters stormed parliament", "the troops would respond to the
  // hurricane if Puerto Rico asked for help".)
  std::erase_if(out, [](const EventMention& e) {
    if (e.type->id != "threat" || !e.stated) return false;
    std::string said = detail::lower_ascii(e.content);
    for (std::string_view w : {"protesters", "protestors", "demonstrators", "rioters", "looters",
                               "hurricane", "wildfire", "flood", "earthquake", "asked for help",
                               "called upon", "criminals", "gangs", "strikers"})
      if (said.find(w) != std::string::npos) return true;
    return false;
  });
  return out;
}

}  // namespace dipline
