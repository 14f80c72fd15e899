#include "dipline/actors.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <map>
#include <optional>
#include <span>
#include <tuple>
#include <unordered_map>

#include "dipline/article.h"
#include "dipline/sentences.h"
#include "dipline/text.h"
#include "util.h"

namespace dipline {

using detail::ends_with;
using detail::is_one_of;
using detail::starts_with;

namespace {

// A day of the week, lowercased ("on Tuesday" after a subject: "Russia on Tuesday condemned").
bool is_weekday(std::string_view w) {
  return is_one_of(w, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
}

// The family name of a person the lexicon knows: the last word of the name ("Edward Heath"),
// but the first of a Chinese or Korean name ("Deng Xiaoping", "Kim Dae-jung", and Singapore's
// "Lee Hsien Loong", not its "Vivian Balakrishnan").
std::string_view family_name(const LexActor& a) {
  std::string_view name = a.name;
  size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return {};
  // (Not "Vincent Siew", "John Lee": a given name in English before the family name.)
  const bool chinese_form = name.find(' ', sp + 1) != std::string_view::npos ||
                            name.find('-', sp + 1) != std::string_view::npos;
  bool family_first = is_one_of(a.country, "CHN", "KOR", "PRK") ||
                      (is_one_of(a.country, "TWN", "HKG", "MAC", "SGP") && chinese_form);
  return family_first ? name.substr(0, sp) : detail::surname(name);
}

// The bytes of a possessive ending a word as written: "Lee's" 2, "Lee’s" 4, else 0.
size_t possessive_ending(std::string_view w) {
  return ends_with(w, "\u2019s") ? std::string_view("\u2019s").size() : ends_with(w, "'s") ? 2 : 0;
}

struct Entry {
  std::vector<std::string> words;  // exact token texts
  const LexActor* actor;
  MentionHow how;
  bool short_form = false;  // one word standing for a person ("Bush"), not the full name
  bool courtesy = false;    // a surname that names the person only after "Mr." ("Mr. Heath")
  std::vector<std::string> lower_words;  // the words as Token::lower has them

  Entry(std::vector<std::string> w, const LexActor* a, MentionHow h, bool s)
      : words(std::move(w)), actor(a), how(h), short_form(s) {
    for (const auto& x : words) lower_words.push_back(detail::lower_ascii(x));
  }
};

struct OfficePhrase {
  std::vector<std::string> words;  // lowercase
  std::string office;
  bool plural = false;  // "the foreign ministers of Armenia and Azerbaijan"
};

std::vector<std::string> words_of(std::string_view s, bool lower) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s, 0, s.size()))
    out.emplace_back(lower ? t.lower : s.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace

// Lookup by std::string_view without building a std::string.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Gazetteer::Impl {
  std::unordered_map<std::string, std::vector<Entry>, WordHash, std::equal_to<>> by_first;
  std::vector<OfficePhrase> offices;
  std::unordered_map<std::string, std::vector<const OfficePhrase*>, WordHash, std::equal_to<>>
      offices_by_first;
  // Lookup tables over by_first and offices_by_first, which they point into: most tokens are
  // rejected by a WordFilter without hashing, the rest found in one probe of an open-addressing
  // table instead of a bucket division and a node chase (those cache misses were most of the
  // time of find()).
  std::optional<detail::WordMap<const std::vector<Entry>*>> first_words;
  std::optional<detail::WordMap<const std::vector<const OfficePhrase*>*>> office_first_words;
  // The lexicon's people by country, in the lexicon's order: who held an office there.
  std::unordered_map<std::string, std::vector<const LexActor*>> people_of_country;
  // "Moscow demands", "the Kremlin said" in 1978: before the Union's end, Russia's names are
  // the Soviet Union's.
  const LexActor* russia = nullptr;
  const LexActor* kremlin = nullptr;
  const LexActor* soviet_union = nullptr;
  const LexActor* serbia = nullptr;
  const LexActor* yugoslavia = nullptr;
  const LexActor *czechia = nullptr, *czechoslovakia = nullptr;
  const LexActor *tanzania = nullptr, *zanzibar = nullptr;
  const LexActor *yemen = nullptr, *north_yemen = nullptr, *south_yemen = nullptr;
  const LexActor *vietnam = nullptr, *north_vietnam = nullptr, *south_vietnam = nullptr;
  // A state's towns while it was part of a union: "talks in Leningrad" in 1975 were held in the
  // Soviet Union, "in Split" in 1980 in Yugoslavia, "in Brno" in 1968 in Czechoslovakia.
  struct Union {
    const LexActor* part;
    const LexActor* whole;
    CalendarDate from, to;  // [from, to)
  };
  std::vector<Union> unions;

  // "Mr. Heath", "Mrs. May", "M. Pompidou", "Signor Moro": a surname the lexicon does not list
  // alone (a word too common, "Heath", "May", "Major") names the person after a word of
  // courtesy, while they hold an office (not "Mr. Charles Redman": a given name).
  void add_courtesy(const LexActor& a) {
    // (Heads of state and government and foreign ministers: the people a story calls "Mr. X"
    // without more, not a ministry's spokeswoman, "Comrade Mao" in 2023.)
    if (std::none_of(a.roles.begin(), a.roles.end(), [](const LexRole& r) {
          return is_one_of(r.office, "head-of-state", "head-of-government", "foreign-minister");
        }))
      return;
    std::string surname = fold_to_ascii(family_name(a));
    if (surname.size() < 3 || surname[0] < 'A' || surname[0] > 'Z' ||
        std::ranges::find(a.names, surname) != a.names.end())
      return;
    for (std::string key : {surname, surname + "'s"}) {
      Entry e{{key}, &a, MentionHow::kName, true};
      e.courtesy = true;
      by_first[key].push_back(std::move(e));
    }
  }

  // Names are indexed folded to ASCII, as find() reads the text: "Erdoğan" and "Erdogan",
  // "Russia’s" and "Russia's" are the same key.
  void add(std::string_view name, const LexActor* a, MentionHow how) {
    std::string form = fold_to_ascii(name);
    auto w = words_of(form, false);
    if (w.empty()) return;  // nothing to match (and a zero-length match would never advance)
    // "the West": the article is optional in text, so index without it.
    if (w.size() > 1 && (w[0] == "the" || w[0] == "The")) w.erase(w.begin());
    // (So is a surname after a rank or a word of courtesy, "General Somoza", "Dr. Banda":
    // another of the family, or another officer, in other years.)
    bool short_form = a->kind == ActorKind::kPerson && name != a->name &&
                      (w.size() == 1 ||
                       (w.size() == 2 &&
                        (detail::is_one_of(detail::lower_ascii(w[0]), "general", "gen.", "colonel",
                                           "col.", "major", "marshal", "admiral", "captain",
                                           "commander", "brigadier", "dr", "dr.", "doctor", "chief",
                                           "bishop", "mr", "mr.", "mrs", "mrs.", "ms", "ms.") ||
                         // (So is a surname with its particle, "bin Mubarak".)
                         detail::is_one_of(w[0], "bin", "ibn", "bint"))) ||
                       // ... and a given name with the father's the lexicon does not list,
                       // "Mohammed bin Mubarak" for "Mohammed bin Mubarak Al Khalifa" (other men
                       // bear it in other years).
                       (w.size() == 3 && detail::is_one_of(w[1], "bin", "ibn") &&
                        std::find(a->names.begin(), a->names.end(), name) == a->names.end()));
    by_first[w[0]].push_back(Entry{w, a, how, short_form});
    // Possessive forms match through the tokenizer ("Russia's" is one token).
    auto poss = w;
    poss.back() += "'s";
    by_first[poss[0]].push_back(Entry{poss, a, how, short_form});
    // British style writes a pronounceable acronym as a word: "Nato", "Asean", "Unesco".
    bool acronym =
        w.size() == 1 && w[0].size() >= 4 &&
        std::all_of(w[0].begin(), w[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (acronym && a->kind == ActorKind::kOrganization) {
      std::string word = w[0].substr(0, 1) + detail::lower_ascii(std::string_view(w[0]).substr(1));
      add(word, a, how);
    }
  }
};

namespace {

// A capitalized word that opens a sentence for its grammar, not as a given name: "Yesterday
// Putin said", "But Lavrov", "Meanwhile Macron".
bool sentence_opener(std::string_view w) {
  // (Titles and words of courtesy are is_title_word's and is_honorific's.)
  static const detail::WordSet kOpeners = {
      "yesterday", "today", "tomorrow", "tonight", "meanwhile", "later", "earlier", "then", "but",
      "and", "or", "so", "yet", "also", "when", "while", "after", "before", "since", "as", "if",
      "although", "though", "because", "once", "now", "still", "instead", "indeed", "however",
      "moreover", "separately", "elsewhere", "here", "there", "in", "on", "at", "for", "from",
      "with", "by", "the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
      "its", "our", "my", "both", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "last", "next", "first", "finally", "again", "only", "even", "king",
      "queen", "prince", "emir", "sheikh", "says", "said", "asked", "why", "how", "what", "where",
      "who", "whether", "under", "without", "despite", "during", "until", "unlike", "like", "about",
      "over", "against", "ex", "new",
      // (Words of courtesy of East and Southern African papers: "Ndugu Mkapa", "Cde Mugabe".)
      "ndugu", "comrade", "cde", "cde.", "alhaji"};
  return kOpeners.contains(w) || is_title_word(w) || is_honorific(w);
}

// How else a person's name is written: a given name of two words with or without a hyphen
// ("Abdel Fattah" / "Abdel-Fattah"), and a family name that opens with "al-"/"el-" capitalized
// at the start ("El-Sisi").
std::vector<std::string> name_variants(std::string_view name) {
  std::vector<std::string> words;
  for (size_t b = 0; b < name.size();) {
    size_t e = std::min(name.find(' ', b), name.size());
    if (e > b) words.emplace_back(name.substr(b, e - b));
    b = e + 1;
  }
  auto upper = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  auto join = [](const std::vector<std::string>& ws) {
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i + 2 < words.size(); ++i) {  // (the last word is the family name)
    if (upper(words[i]) && upper(words[i + 1]) && words[i].find('-') == std::string::npos &&
        words[i + 1].find('-') == std::string::npos) {
      auto v = words;
      v[i] += "-" + v[i + 1];
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      out.push_back(join(v));
    }
    size_t dash = words[i].find('-');
    if (dash != std::string::npos && upper(words[i]) && upper(words[i].substr(dash + 1))) {
      auto v = words;
      v[i] = words[i].substr(0, dash);
      v.insert(v.begin() + static_cast<std::ptrdiff_t>(i) + 1, words[i].substr(dash + 1));
      out.push_back(join(v));
    }
  }
  // "P W Botha" / "P. W. Botha": initials written without full stops, as British and South
  // African papers do.
  {
    auto v = words;
    bool initials = false;
    for (size_t i = 0; i + 1 < v.size(); ++i)
      if (v[i].size() == 2 && v[i][1] == '.' && v[i][0] >= 'A' && v[i][0] <= 'Z') {
        v[i].pop_back();
        initials = true;
      }
    if (initials) out.push_back(join(v));
  }
  // "Al Thani" / "Al-Thani" (as the family name, after a given name).
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if ((words[i] == "Al" || words[i] == "El") && upper(words[i + 1])) {
      auto v = words;
      v[i] += "-" + v[i + 1];
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      out.push_back(join(v));
    }
  // "Mohammed bin Mubarak" for "Mohammed bin Mubarak Al Khalifa": the family name after a
  // patronymic is often left out.
  // (Not "Faisal ibn Abd", whose father's name goes on: "Abd al-Aziz".)
  if (words.size() >= 4 && (words[1] == "bin" || words[1] == "ibn") && upper(words[2]) &&
      words[2] != "Abd" && words[2] != "Abdul" && words[2] != "Abdel" &&
      (words[3] == "Al" || words[3] == "al" || words[3].starts_with("Al-") ||
       words[3].starts_with("al-")))
    out.push_back(words[0] + " " + words[1] + " " + words[2]);
  if (!words.empty() && (words[0].starts_with("al-") || words[0].starts_with("el-"))) {
    auto v = words;
    v[0][0] = static_cast<char>(v[0][0] - 'a' + 'A');
    out.push_back(join(v));
  }
  return out;
}

}  // namespace

Gazetteer::Gazetteer(const Lexicon& lex) : lex_(lex), impl_(std::make_unique<Impl>()) {
  {
    struct Member {
      std::string_view part, whole;
      int from[3], to[3];
    };
    static constexpr Member kMembers[] = {
        {"russia", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"ukraine", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"belarus", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"georgia", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"armenia", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"azerbaijan", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"kazakhstan", "soviet-union", {1922, 12, 30}, {1991, 12, 26}},
        {"uzbekistan", "soviet-union", {1924, 10, 27}, {1991, 12, 26}},
        {"turkmenistan", "soviet-union", {1924, 10, 27}, {1991, 12, 26}},
        {"kyrgyzstan", "soviet-union", {1924, 10, 14}, {1991, 12, 26}},
        {"tajikistan", "soviet-union", {1924, 10, 14}, {1991, 12, 26}},
        {"moldova", "soviet-union", {1940, 8, 2}, {1991, 12, 26}},
        {"estonia", "soviet-union", {1940, 8, 6}, {1991, 9, 6}},
        {"latvia", "soviet-union", {1940, 8, 5}, {1991, 9, 6}},
        {"lithuania", "soviet-union", {1940, 8, 3}, {1991, 9, 6}},
        {"serbia", "yugoslavia", {1918, 12, 1}, {1992, 4, 27}},
        {"croatia", "yugoslavia", {1918, 12, 1}, {1991, 10, 8}},
        {"slovenia", "yugoslavia", {1918, 12, 1}, {1991, 10, 8}},
        {"bosnia-and-herzegovina", "yugoslavia", {1918, 12, 1}, {1992, 4, 6}},
        {"north-macedonia", "yugoslavia", {1918, 12, 1}, {1991, 9, 8}},
        {"montenegro", "yugoslavia", {1918, 12, 1}, {1992, 4, 27}},
        {"kosovo", "yugoslavia", {1918, 12, 1}, {1992, 4, 27}},
        {"czechia", "czechoslovakia", {1918, 10, 28}, {1993, 1, 1}},
        {"slovakia", "czechoslovakia", {1918, 10, 28}, {1993, 1, 1}},
    };
    for (const auto& m : kMembers)
      if (const LexActor* part = lex.find(m.part), *whole = lex.find(m.whole); part && whole)
        impl_->unions.push_back(Impl::Union{part, whole,
                                            CalendarDate::ymd(m.from[0], m.from[1], m.from[2]),
                                            CalendarDate::ymd(m.to[0], m.to[1], m.to[2])});
  }
  for (const auto& a : lex.actors) {
    if (a.id == "russia") impl_->russia = &a;
    if (a.id == "kremlin") impl_->kremlin = &a;
    if (a.id == "soviet-union") impl_->soviet_union = &a;
    if (a.id == "serbia") impl_->serbia = &a;
    if (a.id == "yugoslavia") impl_->yugoslavia = &a;
    if (a.id == "czechia") impl_->czechia = &a;
    if (a.id == "czechoslovakia") impl_->czechoslovakia = &a;
    if (a.id == "tanzania") impl_->tanzania = &a;
    if (a.id == "zanzibar") impl_->zanzibar = &a;
    if (a.id == "yemen") impl_->yemen = &a;
    if (a.id == "north-yemen") impl_->north_yemen = &a;
    if (a.id == "south-yemen") impl_->south_yemen = &a;
    if (a.id == "vietnam") impl_->vietnam = &a;
    if (a.id == "north-vietnam") impl_->north_vietnam = &a;
    if (a.id == "south-vietnam") impl_->south_vietnam = &a;
    impl_->add(a.name, &a, MentionHow::kName);
    for (const auto& n : a.names) impl_->add(n, &a, MentionHow::kName);
    // A body's name in the other spelling of "Organisation" ("the Organisation of the Islamic
    // Conference" for the lexicon's "Organization of the Islamic Conference").
    if (a.kind == ActorKind::kOrganization) {
      auto respell = [&](const std::string& n) {
        std::string v = n;
        for (auto [from, to] :
             {std::pair{"Organisation", "Organization"}, std::pair{"Organization", "Organisation"}})
          if (size_t at = v.find(from); at != std::string::npos) {
            v.replace(at, std::string_view(from).size(), to);
            break;
          }
        if (v != n && v != a.name && std::ranges::find(a.names, v) == a.names.end())
          impl_->add(v, &a, MentionHow::kName);
      };
      respell(a.name);
      for (const auto& n : a.names) respell(n);
    }
    if (a.kind == ActorKind::kPerson) {
      std::vector<std::string> variants = name_variants(a.name);
      for (const auto& n : a.names)
        std::ranges::move(name_variants(n), std::back_inserter(variants));
      // "Crown Prince Mohammed" in the lexicon: also "Crown Prince Mohammed bin Salman" (else
      // the short form would stop short of the full name the text goes on with).
      for (const auto& n : a.names)
        for (std::string_view title :
             {"Crown Prince ", "Prince ", "King ", "Queen ", "Emir ", "Sheikh ", "Sultan "})
          if (n.starts_with(title) &&
              a.name.starts_with(std::string_view(n).substr(title.size())) &&
              n.size() - title.size() < a.name.size()) {
            std::string full = std::string(title) + a.name;
            std::ranges::move(name_variants(full), std::back_inserter(variants));
            variants.push_back(std::move(full));
            break;
          }
      std::ranges::sort(variants);
      variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
      for (const auto& v : variants)
        if (v != a.name && std::ranges::find(a.names, v) == a.names.end())
          impl_->add(v, &a, MentionHow::kName);
      impl_->add_courtesy(a);
    }
    for (const auto& n : a.demonyms) impl_->add(n, &a, MentionHow::kDemonym);
    for (const auto& n : a.capitals) impl_->add(n, &a, MentionHow::kCapital);
    for (const auto& n : a.cities) impl_->add(n, &a, MentionHow::kCity);
  }
  for (auto& [key, entries] : impl_->by_first)
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.words.size() > b.words.size();
    });
  for (const auto& [office, phrases] : lex.offices)
    for (const auto& p : phrases) {
      auto words = words_of(p, true);
      if (words.empty()) continue;
      // The plural of a title whose last word is its noun: "prime ministers", "presidents".
      if (std::find(words.begin(), words.end(), "of") == words.end() &&
          !words.back().ends_with('s')) {
        auto plural = words;
        plural.back() += 's';
        impl_->offices.push_back(OfficePhrase{std::move(plural), office, true});
      }
      impl_->offices.push_back(OfficePhrase{std::move(words), office});
    }
  // "the Russian leader": whoever leads the country then (its president or its prime minister).
  impl_->offices.push_back(OfficePhrase{{"leader"}, "leader"});
  impl_->offices.push_back(OfficePhrase{{"leaders"}, "leader", true});
  std::stable_sort(
      impl_->offices.begin(), impl_->offices.end(),
      [](const OfficePhrase& a, const OfficePhrase& b) { return a.words.size() > b.words.size(); });
  for (const auto& p : impl_->offices) impl_->offices_by_first[p.words.front()].push_back(&p);
  std::vector<std::pair<std::string_view, const std::vector<Entry>*>> entries_of;
  for (const auto& [word, entries] : impl_->by_first) entries_of.emplace_back(word, &entries);
  impl_->first_words.emplace(entries_of);
  std::vector<std::pair<std::string_view, const std::vector<const OfficePhrase*>*>> phrases_of;
  for (const auto& [word, phrases] : impl_->offices_by_first)
    phrases_of.emplace_back(word, &phrases);
  impl_->office_first_words.emplace(phrases_of);
  for (const auto& a : lex.actors)
    if (a.kind == ActorKind::kPerson) impl_->people_of_country[a.country].push_back(&a);
}

Gazetteer::~Gazetteer() = default;

std::vector<ActorMention> Gazetteer::find(std::string_view text, const Tokens& tokens, size_t first,
                                          size_t last, const CalendarDate& when) const {
  // The tokens through a local pointer: through the container, their address was loaded again
  // after every store (~1.4 M instructions a pass over TBAQ).
  const Token* const toks = tokens.begin();
  // The words as written, with Latin letters folded to ASCII ("Orbán" is "Orban", "Russia’s"
  // is "Russia's"), as the names are indexed.
  std::vector<std::string> folded;  // made only for a sentence with such a word
  // (Not inlined: it is rare, and kept out of token_text that is.)
  auto folded_text = [&](size_t i, std::string_view raw) __attribute__((noinline)) {
    if (folded.empty()) folded.resize(last - first);
    std::string& f = folded[i - first];
    if (f.empty()) f = fold_to_ascii(raw);
    return std::string_view(f);
  };
  // Most sentences are ASCII throughout: one test for all their words.
  const bool ascii =
      first == last ||
      detail::is_ascii(text.substr(toks[first].begin, toks[last - 1].end - toks[first].begin));
  // (No substr: tokens lie inside the text, and its bounds check kept this from being inlined
  // into the loops below, which call it for every token.)
  auto token_text = [&](size_t i) -> std::string_view {
    std::string_view raw(text.data() + toks[i].begin, toks[i].end - toks[i].begin);
    if (ascii || toks[i].kind != TokenKind::kWord || detail::is_ascii(raw)) return raw;
    return folded_text(i, raw);
  };
  // The tables, held in locals: through impl_, their address was loaded again at every token.
  const auto& first_words = *impl_->first_words;
  const auto& office_first_words = *impl_->office_first_words;
  // 1. Names from the gazetteer, longest match first. (Kept from sentence to sentence, one per
  // thread: refilled, not allocated, each time.)
  thread_local std::vector<ActorMention> found;
  found.clear();
  // "TAIWAN last night ended ...", "FINLAND closed ...": a sentence's first word in capitals, as
  // some papers set a story's first, followed by a word in lower case, is read as the name it
  // is in title case (after the name as written: "NATO" is NATO).
  std::string titled;
  if (first < last && toks[first].kind == TokenKind::kWord &&
      toks[first].end - toks[first].begin >= 4) {
    std::string_view w(text.data() + toks[first].begin, toks[first].end - toks[first].begin);
    if (w[0] >= 'A' && w[0] <= 'Z' &&
        std::all_of(w.begin(), w.end(),
                    [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; }) &&
        first + 1 < last && toks[first + 1].kind == TokenKind::kWord &&
        !toks[first + 1].capitalized && !first_words.find(w)) {
      titled = toks[first].lower;
      titled[0] = static_cast<char>(titled[0] - 'a' + 'A');
      for (size_t k = 1; k + 1 < titled.size(); ++k)
        if (titled[k] == '-' && titled[k + 1] >= 'a' && titled[k + 1] <= 'z')
          titled[k + 1] = static_cast<char>(titled[k + 1] - 'a' + 'A');
    }
  }
  // A surname the lexicon lists only for "Mr. X" (Entry::courtesy) after the title of the office
  // the person holds then: "President Kenyatta", "Premier Chou".
  auto courtesy_title_fits = [&](const LexActor& a, size_t t) {
    std::string_view w = toks[t].lower;
    const LexRole* role = a.role_at(when);
    if (!role || !is_title_word(w) || is_one_of(w, "minister", "secretary", "leader", "chief"))
      return false;
    if (w == "president") return role->office == "head-of-state" || role->title == "President";
    if (w == "premier") return role->office == "head-of-government";
    return detail::lower_ascii(role->title).find(w) != std::string::npos;
  };
  // ("the Garcia government", "the Heath administration": the government named by its head.)
  auto courtesy_government = [&](size_t i) {
    return i + 1 < last && detail::equals(toks[i - 1].lower, "the") &&
           is_one_of(toks[i + 1].lower, "government", "administration", "regime", "cabinet");
  };
  // "The Prime Minister, Mr Holland, said", "Mr. Mau, the South Vietnamese spokesman,": the
  // title in apposition to "Mr. X" (from its word of courtesy `h` to the end of the surname `j`)
  // is one of the person's offices then -- not "its ambassador, Mr Heath," when Heath is Prime
  // Minister.
  auto courtesy_apposition_fits = [&](const LexActor& a, size_t h, size_t j) {
    const LexRole* role = a.role_at(when);
    std::string title = role ? detail::lower_ascii(role->title) : std::string();
    auto fits = [&](size_t from, size_t to) {
      for (size_t k = from; k < to; ++k)
        if (toks[k].kind == TokenKind::kWord && is_title_word(toks[k].lower) &&
            !is_honorific(toks[k].lower) &&
            title.find(toks[k].lower.substr(0, toks[k].lower.find('.'))) == std::string::npos &&
            !(toks[k].lower == "president" && role && role->office == "head-of-state"))
          return false;
      return true;
    };
    if (h >= first + 2 && toks[h - 1].lower == ",") {
      size_t b = h - 1;
      while (b > first && h - b < 8 && toks[b - 1].kind == TokenKind::kWord) --b;
      if (!fits(b, h - 1)) return false;
    }
    // (After the name, the apposition must name the office: not "Mr. Davis, the British MP,",
    // "Mrs. May, a retired teacher,", "Dr. King, his adviser,", "Mrs. Smith, the Prime
    // Minister's wife,".)
    if (j + 2 < last && toks[j].lower == "," &&
        is_one_of(toks[j + 1].lower, "the", "a", "an", "his", "her", "their")) {
      if (!is_one_of(toks[j + 1].lower, "the", "a", "an")) return false;
      size_t e = j + 2;
      bool office = false;
      while (e < last && e < j + 10 && toks[e].kind == TokenKind::kWord) {
        if (toks[e].possessive || is_one_of(toks[e].lower, "wife", "husband", "widow", "son",
                                            "daughter", "brother", "sister", "father", "mother"))
          return false;
        office = office || (is_title_word(toks[e].lower) && !is_honorific(toks[e].lower));
        ++e;
      }
      if (!office || !fits(j + 2, e)) return false;
    }
    return true;
  };
  for (size_t i = first; i < last;) {
    // Most words open no name: in an ASCII sentence, those the filter rejects (and no
    // "US-China") are passed over in a loop of their own, which keeps its values in registers.
    if (ascii && !(i == first && !titled.empty())) {
      while (i < last &&
             !first_words.may_contain(
                 std::string_view(text.data() + toks[i].begin, toks[i].end - toks[i].begin)) &&
             !(toks[i].hyphenated && toks[i].capitalized))
        ++i;
      if (i == last) break;
    }
    std::string_view word =
        i == first && !titled.empty() ? std::string_view(titled) : token_text(i);
    const std::vector<Entry>* const* entries = first_words.find(word);
    const Entry* best = nullptr;
    size_t best_end = i;
    // "Vladimir V. Putin", "Dmitri S. Peskov": a middle initial the lexicon does not write.
    auto initial = [&](size_t k) {
      std::string_view w = token_text(k);
      return w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z';
    };
    bool courtesy_clash = false;
    if (entries) {
      for (const auto& e : **entries) {
        if (i + e.words.size() > last) continue;
        if (best && e.words.size() < best->words.size()) break;  // entries are longest first
        bool ok = true;
        size_t j = i + 1;
        // The first word as written, the rest in any case: "China's foreign ministry".
        for (size_t k = 1; k < e.words.size() && ok; ++k, ++j) {
          if (k + 1 == e.words.size() && j + 1 < last && e.actor->kind == ActorKind::kPerson &&
              initial(j) && e.words[k].size() > 2)
            ++j;
          ok = j < last && (token_text(j) == e.words[k] || toks[j].lower == e.lower_words[k]);
        }
        if (!ok) continue;
        if (e.courtesy &&
            (!(i > first && (is_honorific(toks[i - 1].lower) ||
                             courtesy_title_fits(*e.actor, i - 1) || courtesy_government(i))) ||
             (j < last && toks[j].kind == TokenKind::kWord && toks[j].capitalized) ||
             // (Not a middle initial, "Frank M. Brown"; nor "the late President Kenyatta",
             // "former President Kenyatta".)
             (i >= first + 2 && toks[i - 1].lower == "m." && toks[i - 2].kind == TokenKind::kWord &&
              toks[i - 2].capitalized) ||
             (i >= first + 2 && is_one_of(toks[i - 2].lower, "late", "former")) ||
             !courtesy_apposition_fits(*e.actor, i - 1, j)))
          continue;
        // ("Crown Prince Mohammed bin Zayed" is not "Crown Prince Mohammed", bin Salman: a name
        // that goes on past the entry with "bin" is someone else's.)
        if (e.actor->kind == ActorKind::kPerson && j + 1 < last &&
            is_one_of(toks[j].lower, "bin", "bint", "ibn") && toks[j + 1].capitalized)
          continue;
        // "Central America", "Latin America", "South America": a region, not the United States.
        if (e.words.size() == 1 &&
            (word == "America" || word == "American" || word == "Americans") && i > first &&
            is_one_of(toks[i - 1].lower, "central", "south", "latin", "north", "middle"))
          continue;
        // ("Ali bin Abdullah Saleh", "Khalid bin Mohammad Al Nahyan" are not the "Ali bin
        // Abdullah" or "Khalid bin Mohammad" of another family; "Saad bin Mubarak" is no
        // "Mubarak".)
        if (e.short_form && e.words.size() >= 2 &&
            is_one_of(e.lower_words[e.words.size() - 2], "bin", "ibn") && j < last &&
            toks[j].kind == TokenKind::kWord &&
            (toks[j].capitalized || starts_with(toks[j].lower, "al-")))
          continue;
        if (e.short_form && i > first && is_one_of(toks[i - 1].lower, "bin", "ibn", "bint"))
          continue;
        // A surname alone names the lexicon's person only while they hold an office: "Bush" in
        // 1990 is not George W. Bush.
        if (e.short_form && !e.actor->roles.empty() && !e.actor->role_at(when)) continue;
        // "Lawrence Wong" is not Penny Wong: a surname after a given name the lexicon does not
        // know is someone else's.
        if (e.short_form && e.actor->kind == ActorKind::kPerson && i > first &&
            toks[i - 1].kind == TokenKind::kWord && toks[i - 1].capitalized &&
            !ends_with(toks[i - 1].lower, ".") && !is_title_word(toks[i - 1].lower) &&
            // (Nor a royal title: "Shaikh Mohammed bin Mubarak".)
            !is_one_of(toks[i - 1].lower, "sheikh", "shaikh", "sheik", "prince", "emir", "king",
                       "sultan", "princess", "queen") &&
            !is_one_of(toks[i - 1].lower, "state", "affairs", "house", "office", "council",
                       "nations", "union", "ministry", "department") &&
            (found.empty() || found.back().last_token != i) &&
            (i - 1 > first ? !toks[i - 1].newline_before : !sentence_opener(toks[i - 1].lower)))
          continue;
        // "Senator Aiken", "President Bustamante of Peru": a surname alone after an office the
        // person never held, or with another state named after it, is someone else's.
        if (e.short_form && e.words.size() == 1 && !e.actor->roles.empty() && i > first &&
            is_one_of(toks[i - 1].lower, "president", "senator", "sen.", "governor", "gov.",
                      "mayor", "congressman", "congresswoman", "rep.", "judge", "cardinal",
                      "archbishop") &&
            std::none_of(e.actor->roles.begin(), e.actor->roles.end(), [&](const LexRole& r) {
              // (A head of state of any title is "President" in the press: "President
              // Kountché", who chaired a military council.)
              std::string_view office = toks[i - 1].lower;
              office = office.substr(0, office.find('.'));  // ("sen." -> "sen")
              return (office == "president" && r.office == "head-of-state") ||
                     detail::lower_ascii(r.title).find(office) != std::string::npos;
            }))
          continue;
        if (e.short_form && j + 1 < last && toks[j].lower == "of")
          if (const std::vector<Entry>* const* of = first_words.find(token_text(j + 1));
              of && std::any_of((*of)->begin(), (*of)->end(), [&](const Entry& x) {
                return x.words.size() == 1 && x.actor->kind == ActorKind::kCountry &&
                       x.actor->country != e.actor->country;
              }))
            continue;
        // ("Mr. Kim" when two Kims hold office: neither.)
        if (e.courtesy && best && best->courtesy && best->actor != e.actor) courtesy_clash = true;
        // Among people with the same name ("Bush"), the one in office at the time.
        if (!best || (e.actor->kind == ActorKind::kPerson && e.actor->role_at(when) &&
                      !(best->actor->kind == ActorKind::kPerson && best->actor->role_at(when)))) {
          best = &e;
          best_end = j;
        }
      }
    }
    if (best && best->courtesy && courtesy_clash) best = nullptr;
    if (!best) {
      // "the US-China talks", "the Asean-China summit": two states or bodies in one word act
      // together, in the order written (the second as `also`).
      if (toks[i].hyphenated && toks[i].capitalized) {
        std::string_view w = token_text(i);
        size_t dash = w.find('-');
        auto single = [&](std::string_view part) -> const Entry* {
          const std::vector<Entry>* const* e = first_words.find(part);
          if (!e) return nullptr;
          for (const auto& x : **e)
            if (x.words.size() == 1 &&
                (x.actor->kind == ActorKind::kCountry || x.actor->kind == ActorKind::kOrganization))
              return &x;
          return nullptr;
        };
        if (dash != std::string_view::npos && w.find('-', dash + 1) == std::string_view::npos) {
          const Entry* a = single(w.substr(0, dash));
          const Entry* b = single(w.substr(dash + 1));
          if (a && b && a->actor != b->actor) {
            ActorMention m{toks[i].begin, toks[i].end, i, i + 1, a->actor, a->how, false};
            m.also = b->actor;
            found.push_back(m);
          }
        }
      }
      ++i;
      continue;
    }
    size_t j = best_end;
    ActorMention m{toks[i].begin, toks[j - 1].end, i, j, best->actor, best->how, false};
    m.courtesy = best->courtesy;
    // (Moscow and the Kremlin until the Union ended; "Russia" and "the Russians" until 1990,
    // when the Russian republic began to act on its own.)
    if (when.year > 0 && impl_->soviet_union &&
        (((m.actor == impl_->russia && m.how == MentionHow::kCapital) || m.actor == impl_->kremlin)
             ? when < CalendarDate::ymd(1991, 12, 26)
             : m.actor == impl_->russia && when.year < 1990))
      m.actor = impl_->soviet_union;
    // (Belgrade from the union of December 1918 until the federation of six republics ended in
    // April 1992: the capital of Yugoslavia. After it, as the lexicon records the federal
    // offices of Serbia and Montenegro, Serbia's.)
    if (when.year > 0 && m.actor == impl_->serbia && m.how == MentionHow::kCapital &&
        impl_->yugoslavia && CalendarDate::ymd(1918, 12, 1) <= when &&
        when < CalendarDate::ymd(1992, 4, 27))
      m.actor = impl_->yugoslavia;
    // (Prague from the republic of October 1918 until the federation split in January 1993:
    // the capital of Czechoslovakia; "Czech" its adjective, as the papers of the time wrote
    // "the Czech Government".)
    // (Not "Czech" from 1990, when the Czech Republic of the federation acted on its own.)
    if (when.year > 0 && m.actor == impl_->czechia &&
        (m.how == MentionHow::kCapital ||
         (m.how == MentionHow::kDemonym && when < CalendarDate::ymd(1990, 1, 1))) &&
        impl_->czechoslovakia && CalendarDate::ymd(1918, 10, 28) <= when &&
        when < CalendarDate::ymd(1993, 1, 1))
      m.actor = impl_->czechoslovakia;
    // (Zanzibar from its independence in December 1963 until the union of April 1964: a state,
    // named by its town's name.)
    if (when.year > 0 && m.actor == impl_->tanzania && m.how == MentionHow::kCity &&
        impl_->zanzibar && toks[i].lower == "zanzibar" && CalendarDate::ymd(1963, 12, 10) <= when &&
        when < CalendarDate::ymd(1964, 4, 26)) {
      m.actor = impl_->zanzibar;
      m.how = MentionHow::kName;
    }
    // (Aden and Sanaa until the two Yemens united in May 1990: the capitals of South and North
    // Yemen.)
    if (when.year > 0 && m.actor == impl_->yemen && m.how == MentionHow::kCapital &&
        impl_->north_yemen && impl_->south_yemen && when < CalendarDate::ymd(1990, 5, 22))
      m.actor = toks[i].lower.starts_with("aden") ? impl_->south_yemen : impl_->north_yemen;
    // (Hanoi from the Geneva partition of July 1954 until the two Vietnams united in July 1976:
    // North Vietnam's capital; Saigon until it fell in April 1975: South Vietnam's.)
    if (when.year > 0 && m.actor == impl_->vietnam && impl_->north_vietnam &&
        impl_->south_vietnam && CalendarDate::ymd(1954, 7, 21) <= when) {
      if (m.how == MentionHow::kCapital && when < CalendarDate::ymd(1976, 7, 2))
        m.actor = impl_->north_vietnam;
      else if (m.how == MentionHow::kCity && toks[i].lower == "saigon" &&
               when < CalendarDate::ymd(1975, 4, 30)) {
        m.actor = impl_->south_vietnam;
        m.how = MentionHow::kCapital;  // (its seat of government, which acts: "Saigon said")
      }
    }
    // (Any other town of a state while it was part of a union: the union's. Not its capital,
    // which stands for the republic against the centre: "Vilnius accused Moscow", "Zagreb
    // accused Belgrade".)
    if (when.year > 0 && m.how == MentionHow::kCity)
      for (const auto& u : impl_->unions)
        if (m.actor == u.part && u.from <= when && when < u.to) {
          m.actor = u.whole;
          break;
        }
    found.push_back(m);
    i = j;
  }
  // 2. Office titles: "President Vladimir Putin", "the British Prime Minister". (The names
  // through a span, whose size is a member: the vector's, through the thread-local, was loaded
  // and divided by the record's size at every token.)
  const std::span<ActorMention> names(found);
  auto office_at = [&](size_t i) -> const OfficePhrase* {
    const std::vector<const OfficePhrase*>* const* phrases = office_first_words.find(toks[i].lower);
    if (!phrases) return nullptr;
    for (const OfficePhrase* p : **phrases) {  // longest first
      if (i + p->words.size() > last) continue;
      bool ok = true;
      for (size_t k = 0; k < p->words.size() && ok; ++k) ok = toks[i + k].lower == p->words[k];
      if (ok) return p;
    }
    return nullptr;
  };
  std::vector<ActorMention> out;
  out.reserve(names.size());  // about as many: one allocation, not one per doubling
  size_t next = 0;            // index into names
  for (size_t i = first; i < last;) {
    // Up to the next name, the words the filter rejects start no title: passed over in a loop
    // of their own.
    for (size_t stop = next < names.size() ? names[next].first_token : last;
         i < stop && !office_first_words.may_contain(toks[i].lower);)
      ++i;
    if (i == last) break;
    if (next < names.size() && names[next].first_token == i) {
      out.push_back(names[next]);
      i = names[next].last_token;
      ++next;
      continue;
    }
    const OfficePhrase* op = office_at(i);
    // Titles are written capitalized before a name or after "the"/a country.
    if (!op) {
      ++i;
      continue;
    }
    size_t j = i + op->words.size();
    // A country before the title: "British Prime Minister", "Russia's foreign minister",
    // "US Secretary of State".
    const LexActor* country = nullptr;
    bool country_before =
        !out.empty() && out.back().last_token == i && out.back().actor->kind == ActorKind::kCountry;
    if (country_before) country = out.back().actor;
    // A person named right after: absorb the title (and the country) into the person.
    if (next < names.size() && names[next].first_token == j &&
        names[next].actor->kind == ActorKind::kPerson) {
      ActorMention m = names[next];
      m.first_token = i;
      m.begin = toks[i].begin;
      if (country_before) {
        m.first_token = out.back().first_token;
        m.begin = out.back().begin;
        out.pop_back();
      }
      m.how = MentionHow::kName;
      out.push_back(m);
      i = m.last_token;
      ++next;
      continue;
    }
    // No name: resolve the office holder by the country and the date. (Not one who held it
    // before: "Louis Michel, a former Belgian foreign minister, urged".)
    if (size_t lead = country_before ? out.back().first_token : i;
        lead > first && is_one_of(toks[lead - 1].lower, "former", "ex-", "onetime", "retired")) {
      ++i;
      continue;
    }
    auto holder_of = [&](const LexActor& state) -> const LexActor* {
      auto people = impl_->people_of_country.find(state.country);
      auto find = [&](std::string_view office) -> const LexActor* {
        if (people == impl_->people_of_country.end()) return nullptr;
        for (const LexActor* a : people->second)
          for (const auto& r : a->roles)
            if (r.office == office && r.org.empty() && r.covers(when)) return a;
        return nullptr;
      };
      if (op->office != "leader") return find(op->office);
      const LexActor* leader = find(state.leader.empty() ? "head-of-government" : state.leader);
      return leader ? leader : find("head-of-state");
    };
    // The country after the title: "the foreign minister of Armenia", "the presidents of Russia
    // and China". The title stands for the office holder, or for the state when the lexicon
    // does not know who held the office.
    auto country_at = [&](size_t k, size_t n) -> ActorMention* {
      if (k < last && toks[k].lower == "the") ++k;
      bool is_country = n < names.size() && names[n].first_token == k &&
                        names[n].actor->kind == ActorKind::kCountry;
      return is_country ? &names[n] : nullptr;
    };
    if (!country && j + 1 < last && toks[j].lower == "of") {
      if (ActorMention* after = country_at(j + 1, next)) {
        const LexActor* holder = holder_of(*after->actor);
        ActorMention m = *after;
        m.first_token = i;
        m.begin = toks[i].begin;
        m.actor = holder ? holder : after->actor;
        m.how = MentionHow::kTitle;
        out.push_back(m);
        i = m.last_token;
        ++next;
        // (Each of a list: "the presidents of Argentina, Brazil and Uruguay".)
        for (size_t at = i, n = next;
             op->plural && at + 1 < last && (toks[at].lower == "and" || toks[at].lower == ",");
             ++n) {
          size_t k = at + 1;
          if (toks[at].lower == "," && toks[k].lower == "and") ++k;
          ActorMention* other = k < last ? country_at(k, n) : nullptr;
          if (!other) break;
          if (const LexActor* h = holder_of(*other->actor)) other->actor = h;
          other->how = MentionHow::kTitle;  // (the state, when its holder is not known)
          if (toks[k - 1].lower == "and") break;
          at = other->last_token;
        }
        continue;
      }
    }
    // "Indian Foreign Secretary Vikram Misri": a name the lexicon does not know follows; the
    // title is that person's (the people finder gives it to him), not the office holder's.
    bool name_after =
        j < last && toks[j].kind == TokenKind::kWord && toks[j].capitalized &&
        !is_title_word(toks[j].lower) &&
        !is_one_of(toks[j].lower, "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday", "on", "in", "at", "and", "the", "said");
    const LexActor* holder = country && !op->plural && !name_after ? holder_of(*country) : nullptr;
    if (!holder) {
      ++i;  // an unresolved title: names inside it ("the president of the European Commission")
      continue;
    }
    ActorMention m = out.back();
    out.pop_back();
    m.actor = holder;
    m.how = MentionHow::kTitle;
    m.last_token = j;
    m.end = toks[j - 1].end;
    out.push_back(m);
    // Names that the title covered are behind us now.
    while (next < names.size() && names[next].first_token < j) ++next;
    i = j;
  }
  // 3. Places: "to Granada, Spain", "in Sanaa, Yemen": a town (known or not) and its country
  // after a locative preposition are one place.
  auto locative_word = [](std::string_view w) {
    return is_one_of(w, "in", "to", "from", "near", "at", "into", "outside", "toward", "towards",
                     "via");
  };
  for (size_t k = 0; k < out.size(); ++k) {
    ActorMention& m = out[k];
    size_t c = m.first_token;  // the comma before the country
    if (m.how != MentionHow::kName || m.actor->kind != ActorKind::kCountry || c < first + 3 ||
        toks[c - 1].lower != ",")
      continue;
    bool known_town =
        k > 0 && out[k - 1].last_token == c - 1 &&
        (out[k - 1].how == MentionHow::kCapital || out[k - 1].how == MentionHow::kCity);
    size_t town = known_town ? out[k - 1].first_token : c - 1;
    if (!known_town) {
      bool covered = k > 0 && out[k - 1].last_token >= c - 1;
      while (!covered && town > first && toks[town - 1].capitalized &&
             toks[town - 1].kind == TokenKind::kWord && c - 1 - (town - 1) <= 2)
        --town;
      if (covered || town == c - 1) continue;
    }
    if (town == first || !locative_word(toks[town - 1].lower)) continue;
    // The country closes the place ("to Granada, Spain, next month"); "in East Africa, U.S.
    // forces launched" starts a new clause with it.
    size_t after = m.last_token;
    // (Past a day: "In Brussels, Russia on Tuesday condemned" is a new clause too.)
    if (after + 2 < last && toks[after].lower == "on" && is_weekday(toks[after + 1].lower) &&
        toks[after + 2].kind == TokenKind::kWord && !toks[after + 2].capitalized &&
        !is_one_of(toks[after + 2].lower, "for", "and", "to", "with", "after", "before", "at", "in",
                   "morning", "afternoon", "evening", "night"))
      continue;
    if (after < last && toks[after].kind == TokenKind::kWord &&
        !is_one_of(toks[after].lower, "on", "for", "last", "next", "this", "in", "at", "to", "and",
                   "where", "with", "after", "before", "earlier", "later"))
      continue;
    m.first_token = town;
    m.begin = toks[town].begin;
    m.how = MentionHow::kCity;  // named as written: "Granada, Spain"
    if (known_town) out.erase(out.begin() + static_cast<std::ptrdiff_t>(--k));
  }
  // Capitals and cities after a locative preposition ("to both Moscow and Kyiv"); cities are
  // never actors.
  auto governing_prep = [&](size_t k) -> std::string_view {
    size_t i = out[k].first_token;
    size_t prev = k;  // mentions before k, to step over "Moscow and"
    while (i > first) {
      std::string_view w = toks[i - 1].lower;
      // (Past a part of the land: "in northern Greenland", "into eastern Ukraine".)
      if (is_one_of(w, "both", "and", "or", ",", "the", "either", "northern", "southern", "eastern",
                    "western", "central", "northeastern", "northwestern", "southeastern",
                    "southwestern", "north-eastern", "north-western", "south-eastern",
                    "south-western")) {
        --i;
        continue;
      }
      if (prev > 0 && out[prev - 1].last_token == i) {
        --prev;
        i = out[prev].first_token;
        continue;
      }
      return w;
    }
    return {};
  };
  // "In Brussels, Russia condemned the attack", "In Washington, the US justice department
  // charged": a name after the comma that the verb of a new clause follows is its subject, not
  // one more place of the phrase before.
  auto clause_subject = [&](const ActorMention& m) {
    size_t p = m.first_token;
    if (p > first && toks[p - 1].lower == "the") --p;
    if (p <= first + 2 || toks[p - 1].lower != ",") return false;
    size_t after = m.last_token;
    if (after < last && is_one_of(toks[after].lower, "government", "authorities", "officials",
                                  "justice", "foreign", "defence", "defense", "state", "ministry",
                                  "embassy", "president", "army", "military", "police", "navy"))
      ++after;
    while (after < last && toks[after].kind == TokenKind::kWord && toks[after].capitalized &&
           after < m.last_token + 3)
      ++after;
    if (after < last && toks[after].kind == TokenKind::kWord && !toks[after].capitalized &&
        is_one_of(toks[after].lower, "department", "ministry", "office"))
      ++after;
    // (Past a day: "the United States on Thursday condemned".)
    if (after + 2 < last && toks[after].lower == "on" && is_weekday(toks[after + 1].lower))
      after += 2;
    return after < last && toks[after].kind == TokenKind::kWord && !toks[after].capitalized &&
           !is_one_of(toks[after].lower, "and", "or", "on", "for", "last", "next", "this", "in",
                      "at", "to", "where", "with", "after", "before", "earlier", "later", "the",
                      "a", "an", "of", "from", "near", "province", "city", "region", "state");
  };
  for (size_t k = 0; k < out.size(); ++k) {
    auto& m = out[k];
    std::string_view prep = clause_subject(m) ? std::string_view() : governing_prep(k);
    bool locative = locative_word(prep) || prep == "of" || prep == "across";
    if (m.how == MentionHow::kCity) m.place = true;
    // "signed the Lome Peace Agreement", "the Minsk agreements", "the Dayton Accords": a city
    // in the name of a deal is where it was made, not a side of it.
    if (m.how == MentionHow::kCapital && !toks[m.last_token - 1].possessive) {
      size_t j = m.last_token;
      while (j < last && j < m.last_token + 2 && toks[j].kind == TokenKind::kWord &&
             toks[j].capitalized &&
             is_one_of(toks[j].lower, "peace", "ceasefire", "border", "trade", "security",
                       "framework", "final", "comprehensive"))
        ++j;
      if (j < last && is_one_of(toks[j].lower, "agreement", "agreements", "accord", "accords",
                                "treaty", "declaration", "protocol", "pact", "convention",
                                "memorandum", "communique", "charter"))
        m.place = true;
    }
    // (Not "at Ankara's request", "from Moscow's point of view": the state's own; nor "protested
    // to Beijing", "sent a protest note to Tokyo", "apologized to Seoul": the state spoken to;
    // nor "pledged support to Hanoi": the state backed.)
    // (Past a closing quotation mark: 'pledged "all-out support" to Hanoi'.)
    size_t said = m.first_token >= first + 2 ? m.first_token - 2 : first;
    if (said > first && toks[said].kind == TokenKind::kPunct && is_quote(text, toks[said])) --said;
    bool spoken_to =
        prep == "to" && m.first_token >= first + 2 &&
        is_one_of(toks[said].lower, "protested", "protests", "protesting", "complained",
                  "complains", "complaining", "appealed", "appeals", "apologized", "apologised",
                  "apologizes", "apologises", "objected", "objects", "note", "notes", "letter",
                  "letters", "message", "messages", "protest", "complaint", "complaints", "apology",
                  "condolences", "support", "solidarity", "backing", "aid", "assistance");
    // (Nor "warned its citizens against travel to Jakarta": the state travel to is advised
    // against.)
    bool advised_against =
        prep == "to" && m.first_token >= first + 3 &&
        is_one_of(toks[m.first_token - 2].lower, "travel", "travelling", "traveling", "trips",
                  "going") &&
        std::any_of(toks + std::max(first, m.first_token - std::min<size_t>(m.first_token, 9)),
                    toks + (m.first_token - 2), [&](const Token& t) {
                      return is_one_of(t.lower, "against", "avoid") ||
                             (t.lower == "not" && (&t)[1].lower == "to");
                    });
    // (Nor "prompting a protest from Mexico City": the state that protested.)
    bool voiced_from = prep == "from" && m.first_token >= first + 2 &&
                       is_one_of(toks[m.first_token - 2].lower, "protest", "protests", "criticism",
                                 "condemnation", "rebuke", "rebukes", "objection", "objections",
                                 "complaint", "complaints", "outcry", "warning", "warnings");
    if (m.how == MentionHow::kCapital && locative && !toks[m.last_token - 1].possessive &&
        !spoken_to && !advised_against && !voiced_from)
      m.place = true;
    // (Not "called in Indonesia's ambassador": the state whose envoy is summoned.)
    bool called_in =
        prep == "in" && toks[m.last_token - 1].possessive && m.first_token >= first + 2 &&
        m.last_token < last &&
        is_one_of(toks[m.first_token - 2].lower, "called", "calls", "calling", "call") &&
        is_one_of(toks[m.last_token].lower, "ambassador", "envoy", "charge", "chargé", "high",
                  "ambassadors", "envoys", "diplomat", "diplomats");
    if (m.how == MentionHow::kName && m.actor->kind == ActorKind::kCountry &&
        is_one_of(prep, "in", "into", "toward", "towards", "across") && !called_in)
      m.place = true;
    // "were flown into Kuwait from Aden and Kenya": where they came from, past where they went.
    if (prep == "from" && m.actor->kind == ActorKind::kCountry && !m.place)
      for (size_t i = m.first_token; i > first + 1 && m.first_token - i < 6; --i)
        if (toks[i - 1].lower == "from") {
          for (size_t j = 0; j < k; ++j)
            if (out[j].last_token + 3 >= i && out[j].last_token < i && out[j].place)
              m.place = true;  // (past a time: "flown into Kuwait to-day from Kenya")
          break;
        }
    // "talks at the State Department", "a summit at NATO headquarters": a building; but "aimed
    // at NATO", "angry at the State Department" name the body itself.
    if (prep == "at" && m.actor->kind == ActorKind::kOrganization) {
      size_t at = m.first_token - (toks[m.first_token - 1].lower == "the" ? 2 : 1);
      m.place = at == first || !is_one_of(toks[at - 1].lower, "aimed", "directed", "angry",
                                          "furious", "lashed", "struck", "hit", "fired", "pointed",
                                          "targeted", "looked", "jabbed", "swiped", "mad", "upset",
                                          "frustrated", "annoyed", "shot", "laughed", "protested");
    }
    // "the western Ukrainian city", "the Polish border": an adjective, not an actor.
    if (m.how == MentionHow::kDemonym && m.last_token < last &&
        is_one_of(toks[m.last_token].lower, "city", "border", "borders", "capital", "soil",
                  "territory", "town", "region", "port", "language", "people", "side", "frontier",
                  "coast") &&
        // ("the Albanian side seized": the party; "the Ukrainian side of the border": a place.)
        !(toks[m.last_token].lower == "side" &&
          (m.last_token + 1 >= last || toks[m.last_token + 1].lower != "of")) &&
        !(m.last_token + 1 < last &&
          ((toks[m.last_token].lower == "coast" &&
            is_one_of(toks[m.last_token + 1].lower, "guard", "guards", "guardsmen")) ||
           (is_one_of(toks[m.last_token].lower, "border", "frontier") &&
            is_one_of(toks[m.last_token + 1].lower, "guards", "guard", "police", "troops",
                      "forces")))))  // "the Chinese coast guard", "Polish border guards" act
      m.place = true;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// People outside the lexicon

namespace {
// The Spanish, Portuguese, Italian and German words of courtesy of translations ("Señor
// Castiella", "Herr Brandt"): whole words, which may open a name as written (see name_word).
bool is_courtesy_word(std::string_view w) {
  return is_one_of(w, "señor", "señora", "senor", "senora", "senhor", "senhora", "signor",
                   "signora", "herr", "frau");
}
// The words of courtesy of other languages that papers keep in English: the French of older
// British and African papers ("M. Sekou Toure") and those above.
bool is_french_courtesy(std::string_view w) {
  return is_one_of(w, "m.", "mme", "mme.", "mlle", "mlle.") || is_courtesy_word(w);
}

// "the Minister of Foreign Affairs, don Fernando María Castiella,": the Spanish courtesy before a
// given name, in lower case (capitalized, "Don" is a given name).
bool is_spanish_don(const Token& t) {
  return !t.capitalized && is_one_of(t.lower, "don", "doña", "dona");
}

// A given name of the Spanish-speaking world written without its accents ("Jorge", "Jose"): a
// name of three words after it ends in two surnames ("Jorge Pacheco Areco").
bool iberian_given_name(std::string_view w) {
  static const detail::WordSet kNames = {
      "jorge",    "jose",      "juan",      "carlos",  "luis",      "miguel",    "pedro",
      "manuel",   "francisco", "fernando",  "alfredo", "ernesto",   "eduardo",   "enrique",
      "ricardo",  "raul",      "alvaro",    "gustavo", "rodrigo",   "alejandro", "andres",
      "felipe",   "jaime",     "julio",     "augusto", "anastasio", "leopoldo",  "joaquin",
      "ramon",    "gonzalo",   "arturo",    "hector",  "rafael",    "alfonso",   "ignacio",
      "humberto", "marcelo",   "guillermo", "mariano", "salvador",  "vicente",   "santiago",
      "maria",    "violeta",   "cristina",  "isabel",  "hipolito",  "oswaldo",   "pablo",
      "angel",    "jesus",     "david",     "daniel",  "antonio",   "alberto"};
  return kNames.contains(w);
}
}  // namespace

std::string capital_name(const LexActor& state, std::string_view as_written) {
  if (state.capitals.empty()) return std::string(as_written);
  const std::string& first = state.capitals.front();
  // (A state of the past may have lent its name to a capital it does not list: "MOSCOW" in
  // 1978.)
  if (!as_written.empty() && first.front() == as_written.front() &&
      first.size() + 2 >= as_written.size() && as_written.size() + 2 >= first.size())
    return first;
  for (const auto& c : state.capitals)
    if (detail::lower_ascii(c) == detail::lower_ascii(as_written)) return c;
  return std::string(as_written);
}

bool is_honorific(std::string_view w) {
  // ("Comrade Tito", "Cde Mugabe", "Ndugu Mkapa": words of courtesy of the Communist and of
  // East and Southern African papers.)
  static const detail::WordSet kHonorifics = {"mr",  "mrs", "ms",      "dr",  "mr.",  "mrs.",
                                              "ms.", "dr.", "comrade", "cde", "cde.", "ndugu"};
  return kHonorifics.contains(w) || is_french_courtesy(w);
}

bool is_title_word(std::string_view w) {
  static const detail::WordSet kTitles = {
      "president", "minister", "secretary", "ambassador", "gen.", "general", "adm.", "admiral",
      "sir", "dame",  // (the words of courtesy, "Mr", "Dr.", "M.": is_honorific, below)
      "col.", "colonel", "lt.", "sgt.", "spokesman", "spokeswoman", "spokesperson", "envoy", "sen.",
      "senator", "rep.", "gov.", "governor", "chancellor", "premier", "chairman", "chairwoman",
      "chairperson", "director", "chief", "leader", "negotiator", "inspector", "diplomat", "aide",
      "adviser", "advisor", "mayor", "commander", "judge", "justice", "prosecutor", "attorney",
      "official", "undersecretary", "under-secretary", "deputy", "counterpart", "representative",
      "delegate", "emissary", "coordinator", "co-ordinator", "czar", "tsar", "administrator",
      "commissioner", "secretary-general", "president-elect", "speaker",
      // heads of bodies and companies: "Naftogaz head Oleh Dubyna", "chief executive Alexei Miller"
      "head", "executive", "ceo", "boss",
      // ... and of those who run for one: "opposition candidate Omurbek Babanov"
      "candidate", "nominee",
      // ranks written short ("Lt Gen Maly Socheata"), offices of one country ("Taoiseach Leo
      // Varadkar"), and the end of "Minister of Foreign Affairs Joseph Wu"
      "lt", "gen", "col", "maj", "maj.", "brig", "brig.", "capt", "capt.", "lieutenant",
      "brigadier", "marshal", "taoiseach", "tanaiste", "affairs", "commodore", "captain",
      // ... and of "Chancellor of the Exchequer Alistair Darling"
      "exchequer",
      // ... and of "Under Secretary of State Wendy Sherman"
      "state",
      // words that lead into a title: "Foreign Minister", "Vice President"
      "foreign", "defense", "defence", "interior", "finance", "prime", "vice", "trade", "acting",
      "former", "senior", "top", "assistant", "opposition", "shadow",
      // ranks written with a hyphen and titles written short ("Defence Minister Cde Moven
      // Mahachi", "Lieutenant-Colonel Jules Yao Yao"); not "Father", "Bishop" or "Cardinal",
      // which are surnames too ("Prime Minister Maurice Bishop")
      "lieutenant-colonel", "lieutenant-general", "major-general", "brigadier-general", "lt-col",
      "lt-gen", "maj-gen", "rev", "rev.", "reverend", "archbishop", "cde",
      // portfolios named with the office ("European Commissioner for Enlargement Stefan Fule",
      // "Information Minister Jonathan Moyo")
      "enlargement", "neighbourhood", "neighborhood", "agriculture", "education", "tourism",
      "immigration", "information", "fisheries"};
  // ("Attorney-General George Brandis", "Inspector-General of Police Ismail Omar": offices
  // written with a hyphen and "general".)
  if (w.ends_with("-general") && w.size() > 8 && !w.starts_with("consulate")) return true;
  return kTitles.contains(w) || is_honorific(w);
}

namespace {

// Common Korean and Chinese family names, which come first in the name ("Park Jin said ...
// Park said").
bool family_name_first(std::string_view w) {
  static const detail::WordSet kFamilyFirst = {
      "park", "kim",  "lee",  "choi", "jung",  "kang", "cho",  "yoon", "jang",  "lim",
      "han",  "shin", "wang", "li",   "zhang", "liu",  "chen", "yang", "zhao",  "huang",
      "zhou", "wu",   "xu",   "sun",  "ma",    "zhu",  "hu",   "guo",  "lin",   "gao",
      "luo",  "xie",  "song", "tang", "feng",  "deng", "cao",  "peng", "zheng", "qin",
      "yu",   "hua",  "hau",  "ong",  "wee",   "lien", "gong", "roh",  "chun",  "chiang"};
  return kFamilyFirst.contains(w);
}

// The titles of clergy before a name ("Father Walter Lini", "Bishop Tutu").
bool is_cleric_title(std::string_view w) {
  return is_one_of(w, "father", "bishop", "cardinal", "rabbi", "imam", "pastor");
}

bool is_royal_title(std::string_view w) {
  // (Not "amir", a given name too: "Amir Peretz".)
  static const detail::WordSet kRoyal = {"king",   "queen",     "prince", "princess",
                                         "sheik",  "sheikh",    "shaikh", "emir",
                                         "sultan", "ayatollah", "pope",   "crown"};
  return kRoyal.contains(w);
}

// How a state qualifies a body of its own ("Polish" in "Polish Foreign Ministry"): its first
// demonym, or its name when the lexicon gives none.
std::string adjective_of(const LexActor& state) {
  if (!state.adjective.empty()) return state.adjective;
  return state.demonyms.empty() ? state.name : state.demonyms.front();
}

// The last words of what bodies are called ("the Revolutionary Command Council", "the No Bases
// Initiative").
const detail::WordSet& body_heads() {
  static const detail::WordSet kHeads = {
      "council",      "committee",    "ministry",   "party",       "agency",      "front",
      "union",        "unions",       "court",      "assembly",    "department",  "office",
      "commission",   "bank",         "group",      "army",        "forces",      "government",
      "parliament",   "congress",     "senate",     "house",       "institute",   "association",
      "organization", "organisation", "company",    "corp.",       "inc.",        "news",
      "times",        "post",         "radio",      "television",  "guard",       "police",
      "navy",         "corps",        "command",    "authority",   "forum",       "alliance",
      "coalition",    "movement",     "federation", "bureau",      "league",      "tribunal",
      "militia",      "brigades",     "initiative", "network",     "foundation",  "society",
      "centre",       "center",       "mission",    "brotherhood", "directorate", "conference",
      "fleet",        "flotilla"};  // ("Russia's Northern Fleet": no person)
  return kHeads;
}

// A capitalized word that can be part of a name: not a weekday, month or sentence word.
bool name_word(const Token& t) {
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  std::string_view w = t.lower;
  if (w.size() < 2 || w.find('.') != std::string_view::npos)
    return w.size() == 2 && w[1] == '.';  // "H."
  static const detail::WordSet kNot = {
      "monday",   "tuesday",   "wednesday", "thursday",  "friday",   "saturday", "sunday",
      "january",  "february",  "march",     "april",     "may",      "june",     "july",
      "august",   "september", "october",   "november",  "december", "the",      "a",
      "an",       "he",        "she",       "they",      "it",       "we",       "i",
      "his",      "her",       "their",     "in",        "on",       "at",       "but",
      "and",      "as",        "after",     "before",    "when",     "while",    "this",
      "that",     "these",     "those",     "if",        "for",      "of",       "to",
      "with",     "by",        "from",      "u.s.",      "said",     "says",     "told",
      "also",     "meanwhile", "however",   "earlier",   "later",    "today",    "yesterday",
      "tomorrow", "there",     "here",      "what",      "who",      "why",      "how",
      "where",    "both",      "all",       "some",      "many",     "most",     "no",
      "not",      "so",        "then",      "since",     "until",    "under",    "over",
      "about",    "against",   "between",   "during",    "without",  "within",   "into",
      "through",  "because",   "although",  "though",    "unless",   "once",     "whether",
      "despite",  "among",     "amid",      "following", "upon",     "like",     "unlike"};
  // ("Señora Perón", a courtesy and a surname the story has not named before: the name as
  // written; before a full name or a known surname the courtesy is skipped, see find().)
  if (is_courtesy_word(w)) return true;
  return !kNot.contains(w) && !is_title_word(w);
}

}  // namespace

namespace {
const LexActor kNoGuinea{};
}  // namespace

struct ArticlePeople::Impl {
  std::deque<LexActor> people;  // stable addresses: mentions point into it (bodies too)
  std::map<std::string, const LexActor*, std::less<>> by_name;     // "Tariq Aziz"
  std::map<std::string, const LexActor*, std::less<>> by_surname;  // "Aziz"
  // People mentioned so far, most recent last, with the number of their sentence.
  std::vector<std::pair<const LexActor*, size_t>> recent;
  // People the story named as knights or dames ("Sir Michael Somare"), most recent last.
  std::vector<const LexActor*> knights;
  // People the story named after a cleric's title ("Father Walter Lini"), with the title.
  std::vector<std::pair<std::string, const LexActor*>> clerics;
  // States and armed groups mentioned so far, most recent last.
  std::vector<const LexActor*> recent_sides;
  // The crowds of protests ("Taipei protesters"): groups, but no side that "both sides" names.
  std::vector<const LexActor*> crowds;
  // How often the story has named each state or armed group so far (as an actor or a place),
  // and the last sentence that named two of them: "the two countries" more than two sentences
  // from any pair are the two the story is about.
  std::vector<std::pair<const LexActor*, int>> side_count;  // in the order first named
  std::optional<size_t> pair_named_at;
  // The actors of each recent sentence in the order named, with its number ("the four
  // countries" are four named together).
  std::deque<std::pair<size_t, std::vector<const LexActor*>>> named_together;
  // Organisations of states mentioned so far ("ECOWAS"), most recent last, with their sentence.
  std::vector<std::pair<const LexActor*, size_t>> recent_bodies;
  // Groups the story brought in ("an Iranian delegation"): the noun, whose, and the sentence.
  struct Group {
    std::string noun;
    const LexActor* of;
    size_t sentence;
  };
  std::vector<Group> groups;
  // The state's army or military the story named last ("the Sudanese army" ... "the army").
  const LexActor* armed_force = nullptr;
  const LexActor* ministry = nullptr;    // and the ministry ("the Russian Foreign Ministry")
  const LexActor* department = nullptr;  // ("the State Department")
  // The first state whose government the story named ("the Government of the Comoros"), and
  // whether it named another's too.
  const LexActor* named_government = nullptr;
  bool another_government = false;
  const LexActor* junta = nullptr;  // the state of "the Myanmar junta"
  // The Guinea the story is about when it names Equatorial Guinea or Papua New Guinea
  // (kNoGuinea: both, or the other Guinea too).
  const LexActor* long_guinea = nullptr;
  // So is the Congo of Brazzaville, when the story names it and not the other (kNoGuinea).
  const LexActor* small_congo = nullptr;
  const LexActor* home = nullptr;     // the state of the dateline
  std::string home_city;              // and its city ("Beijing")
  bool home_guessed = false;          // from the outlet's name, until a dateline says
  const LexActor* subject = nullptr;  // the state the headline opens with
  const Lexicon* lex = nullptr;       // its states, for "his government"
  bool british = false;               // whether the story has named anything British
  size_t sentence = 0;
  // The tokens find() saw its rules start from ("the", "both", ...; see there) in the sentence
  // `cues_of` (its tokens, first and last), for refer() on the same sentence.
  std::vector<size_t> cues;
  std::tuple<const Token*, size_t, size_t> cues_of{nullptr, 0, 0};

  // Bodies the article introduced with an acronym ("JNIM"), by the acronym.
  std::map<std::string, const LexActor*, std::less<>> by_acronym;
  // ... and bodies of states it named in full, by the last word of their name ("Forum").
  std::map<std::string, const LexActor*, std::less<>> by_head_noun;

  // The two states the story names most, the more named first, when the pair is clear: both
  // named at least twice, and no third state as often.
  std::pair<const LexActor*, const LexActor*> main_pair() const {
    const LexActor* top[2] = {nullptr, nullptr};
    int most[2] = {0, 0};
    for (const auto& [a, k] : side_count) {
      if (a->kind != ActorKind::kCountry) continue;
      if (k > most[0]) {
        top[1] = top[0], most[1] = most[0];
        top[0] = a, most[0] = k;
      } else if (k > most[1]) {
        top[1] = a, most[1] = k;
      }
    }
    bool clear =
        most[1] >= 2 && std::none_of(side_count.begin(), side_count.end(), [&](const auto& x) {
          return x.first != top[0] && x.first != top[1] && x.first->kind == ActorKind::kCountry &&
                 x.second >= most[1];
        });
    return clear ? std::pair{top[0], top[1]} : std::pair<const LexActor*, const LexActor*>{};
  }

  // With no dateline, the state of whoever acts on a foreign state's people or mission without
  // the text saying whose they are ("police arrested four Tanzanian fishermen", "gathered
  // outside the Belarusian embassy"): the state the headline opens with, else the other of the
  // two states the story is about.
  const LexActor* host_of(const LexActor* guest) const {
    if (subject && subject != guest) return subject;
    auto [top, second] = main_pair();
    if (guest && guest == top) return second;
    if (guest && guest == second) return top;
    return nullptr;
  }

  // The body or group of the article with this name, made the first time it is named: a
  // state's ministry outside the lexicon ("Polish Foreign Ministry", id
  // polish-foreign-ministry), a crowd in a city ("Yerevan protesters"), a body introduced with
  // its acronym (`id`: "jnim").
  const LexActor* named(const std::string& name, ActorKind kind, const std::string& country,
                        const std::string& cameo, std::string_view id = {}) {
    auto it = by_name.find(name);
    if (it != by_name.end()) return it->second;
    LexActor a;
    a.id = slugify(id.empty() ? std::string_view(name) : id);
    a.name = name;
    a.kind = kind;
    a.country = country;
    a.cameo = cameo;
    people.push_back(std::move(a));
    return by_name.emplace(name, &people.back()).first->second;
  }
  // A state's foreign ministry: the lexicon's body of that state known as its "Foreign
  // Ministry" (India's Ministry of External Affairs), else its body called a foreign office or
  // state department (the UK's Foreign Office, the US State Department), else one named after
  // the state.
  const LexActor* foreign_ministry_of(const LexActor& state) {
    std::string name = adjective_of(state) + " Foreign Ministry";
    auto called = [](const LexActor& a, auto&& test) {
      return test(a.name) || std::any_of(a.names.begin(), a.names.end(), test);
    };
    if (lex) {
      for (const auto& a : lex->actors)
        if (a.kind == ActorKind::kOrganization && a.country == state.country &&
            called(a, [&](const std::string& n) { return n == name; }))
          return &a;
      for (const auto& a : lex->actors)
        if (a.kind == ActorKind::kOrganization && a.country == state.country &&
            called(a, [](const std::string& n) {
              return n.ends_with("Foreign Office") || n.ends_with("State Department");
            }))
          return &a;
    }
    return named(name, ActorKind::kOrganization, state.country, state.country + "GOV");
  }
};

ArticlePeople::ArticlePeople() : impl_(std::make_unique<Impl>()) {}

void ArticlePeople::set_home(const LexActor* state, std::string_view city, bool guessed) {
  if (impl_->home && (guessed || !impl_->home_guessed)) return;
  impl_->home = state;
  impl_->home_city = city;
  impl_->home_guessed = guessed;
}

void ArticlePeople::move_home(const LexActor* state, std::string_view city) {
  impl_->home = state;
  impl_->home_city = city;
  impl_->home_guessed = false;
}

void ArticlePeople::set_lexicon(const Lexicon* lex) { impl_->lex = lex; }

const LexActor* ArticlePeople::home() const { return impl_->home; }

std::pair<const LexActor*, const LexActor*> ArticlePeople::main_pair() const {
  return impl_->main_pair();
}

bool ArticlePeople::named_before(const LexActor* a, const LexActor* b) const {
  for (const auto& [x, n] : impl_->side_count) {
    if (x == a) return true;
    if (x == b) return false;
  }
  return false;
}

void ArticlePeople::set_subject(const LexActor* state) { impl_->subject = state; }
ArticlePeople::~ArticlePeople() = default;

void ArticlePeople::find(std::string_view text, const Tokens& tokens, size_t first, size_t last,
                         std::vector<ActorMention>& mentions) {
  const Token* const toks = tokens.begin();  // (as in Gazetteer::find)
  auto covered = [&](size_t i) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return i >= m.first_token && i < m.last_token;
    });
  };
  auto word = [&](size_t i) { return text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  auto word_range = [&](size_t b, size_t e) {
    return text.substr(toks[b].begin, toks[e - 1].end - toks[b].begin);
  };
  // "Mr Wong" after "Prime Minister Lawrence Wong": a surname alone names the person the story
  // named in full, not another of the lexicon's people with that surname.
  // (Also "Mr Lee's arrival": the word without its "'s".)
  auto bare = [&](size_t i) {
    std::string_view w = word(i);
    if (toks[i].possessive) w.remove_suffix(possessive_ending(w));
    return w;
  };
  for (auto& m : mentions)
    if (m.actor->kind == ActorKind::kPerson && m.last_token == m.first_token + 1 &&
        !(m.first_token > first && is_royal_title(toks[m.first_token - 1].lower)))  // King Hussein
      if (auto it = impl_->by_surname.find(bare(m.first_token));
          it != impl_->by_surname.end() && it->second != m.actor &&
          std::none_of(impl_->recent.begin(), impl_->recent.end(),
                       [&](const auto& r) { return r.first == m.actor; })) {  // (named already)
        m.actor = it->second;
        m.courtesy = false;
      }
  // "Mr. Heath" is the lexicon's Edward Heath only in a story that has named his state (in this
  // sentence or before, or filed from it), or named him already: not "Ms. Harris met Macron" as
  // the Prime Minister of St Kitts, "Mr. Said" as the Sultan of Oman.
  std::erase_if(mentions, [&](const ActorMention& m) {
    if (!m.courtesy) return false;
    auto of_state = [&](const LexActor* x) {
      return x && x->kind == ActorKind::kCountry && x->country == m.actor->country;
    };
    return !of_state(impl_->home) &&
           std::none_of(impl_->side_count.begin(), impl_->side_count.end(),
                        [&](const auto& c) { return of_state(c.first); }) &&
           std::none_of(mentions.begin(), mentions.end(),
                        [&](const ActorMention& x) { return of_state(x.actor); }) &&
           std::none_of(impl_->recent.begin(), impl_->recent.end(),
                        [&](const auto& r) { return r.first == m.actor; });
  });
  // "the Libyan Jamahiriya", "the Soviet USSR": a state's demonym before its own name is one
  // mention of it.
  std::sort(mentions.begin(), mentions.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.first_token < b.first_token;
  });
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    ActorMention& a = mentions[k];
    const ActorMention& b = mentions[k + 1];
    if (a.how == MentionHow::kDemonym && b.how == MentionHow::kName && a.actor == b.actor &&
        a.actor->kind == ActorKind::kCountry && b.first_token == a.last_token && !a.place &&
        !b.place) {
      a.last_token = b.last_token;
      a.end = b.end;
      a.how = MentionHow::kName;
      mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
  }
  // "Equatorial Guinea ... the Guinean Chargé d'Affaires": in a story about Equatorial Guinea or
  // Papua New Guinea, "Guinea" and "Guinean" are short for it, unless the story names the other
  // Guinea by its capital ("Conakry") or in full.
  for (auto& m : mentions) {
    const std::string& id = m.actor->id;
    if (id == "equatorial-guinea" || id == "papua-new-guinea")
      impl_->long_guinea =
          impl_->long_guinea == nullptr || impl_->long_guinea == m.actor ? m.actor : &kNoGuinea;
    else if (id == "guinea" && (m.how == MentionHow::kCapital ||
                                (m.how == MentionHow::kName && word(m.first_token) != "Guinea")))
      impl_->long_guinea = &kNoGuinea;
  }
  if (impl_->long_guinea && impl_->long_guinea != &kNoGuinea)
    for (auto& m : mentions)
      if (m.actor->id == "guinea") m.actor = impl_->long_guinea;
  // "Brazzaville ... Congolese come home from Gabon": in a story that names the Republic of the
  // Congo (or Brazzaville), "Congo" and "Congolese" are short for it, unless the story names the
  // other Congo by its capital ("Kinshasa", "Leopoldville") or by a name of its own ("DRC",
  // "Zaire").
  auto bare_congo = [&](const ActorMention& m) {
    std::string_view w = word(m.first_token);
    return m.last_token == m.first_token + 1 &&
           (w.starts_with("Congo") || w.starts_with("Congolese"));
  };
  for (auto& m : mentions) {
    const std::string& id = m.actor->id;
    if (id == "republic-of-the-congo" && impl_->small_congo != &kNoGuinea)
      impl_->small_congo = m.actor;
    else if (id == "dr-congo" && !bare_congo(m))
      impl_->small_congo = &kNoGuinea;
  }
  // (So does a story filed from Brazzaville.)
  if (!impl_->small_congo && impl_->home && impl_->home->id == "republic-of-the-congo")
    impl_->small_congo = impl_->home;
  if (impl_->small_congo && impl_->small_congo != &kNoGuinea)
    for (auto& m : mentions)
      if (m.actor->id == "dr-congo" && bare_congo(m)) m.actor = impl_->small_congo;
  // "Victoria Nuland", "Lima Barreto": a city's name followed by a word that can be a surname,
  // the two a name on their own (a small word after them), is a person's given name.
  // (Not "Kabul Radio accused": a city's station.)
  // (Marked first: the test looks at the other mentions, which the erasing moves.)
  std::vector<size_t> given_names;
  for (const auto& m : mentions) {
    if ((m.how != MentionHow::kCapital && m.how != MentionHow::kCity) ||
        m.last_token != m.first_token + 1 || m.last_token + 1 >= last ||
        toks[m.first_token].possessive)  // ("Berlin's Unter den Linden")
      continue;
    const Token& sur = toks[m.last_token];
    static const detail::WordSet kNotSurname = {
        "times",      "post",       "news",        "herald",      "tribune",     "daily",
        "journal",    "agreement",  "agreements",  "accord",      "accords",     "declaration",
        "summit",     "conference", "convention",  "conventions", "protocol",    "process",
        "format",     "group",      "club",        "charter",     "initiative",  "plan",
        "forum",      "dialogue",   "talks",       "treaty",      "pact",        "airport",
        "university", "street",     "square",      "stock",       "metro",       "olympics",
        "games",      "office",     "city",        "region",      "province",    "district",
        "river",      "bay",        "island",      "islands",     "port",        "harbour",
        "harbor",     "court",      "police",      "mayor",       "governor",    "council",
        "government", "regime",     "authorities", "residents",   "independent", "review",
        "express",    "observer",   "standard",    "gazette",     "mail",        "star",
        "sun",        "globe",      "telegraph",   "morning",     "evening",     "spring",
        "consensus",  "statement",  "communique",  "memorandum",  "ministry",    "embassy",
        "consulate",  "mission",    "zoo",         "hotel",       "palace",      "house",
        "bank",       "exchange",   "airlines",    "airways",     "stadium",     "centre",
        "center",     "institute",  "school",      "college",     "hospital",    "prison",
        "bridge",     "road",       "mosque",      "cathedral",   "church",      "museum",
        "marathon",   "festival",   "platform",    "station",     "radio",       "television"};
    const Token& after = toks[m.last_token + 1];
    bool ends = after.kind == TokenKind::kWord
                    ? !after.capitalized
                    : is_one_of(after.lower, ",", ".", ";", ":", ")");  // "Victoria Nuland, held"
    if (sur.kind == TokenKind::kWord && name_word(sur) && !covered(m.last_token) &&
        !kNotSurname.contains(sur.lower) && ends)
      given_names.push_back(m.first_token);
  }
  if (!given_names.empty())
    std::erase_if(mentions, [&](const ActorMention& m) {
      return m.last_token == m.first_token + 1 &&
             std::find(given_names.begin(), given_names.end(), m.first_token) != given_names.end();
    });
  // "the San Juan River", "the Jordan Valley": a place's name before the noun of a landform names
  // the landform, not the state.
  std::erase_if(mentions, [&](const ActorMention& m) {
    return m.actor->kind != ActorKind::kPerson && m.last_token < last &&
           toks[m.last_token].capitalized &&
           is_one_of(toks[m.last_token].lower, "river", "valley", "basin", "delta", "canal",
                     "mountains", "desert", "plateau", "gorge", "dam");
  });
  // "the Foreign Office's American Department", "the ministry's Asian desk": a demonym that
  // names a ministry's department (after the ministry's possessive) is no state of its own.
  std::erase_if(mentions, [&](const ActorMention& m) {
    return m.how == MentionHow::kDemonym && m.last_token < last && m.first_token > first &&
           toks[m.first_token - 1].possessive &&
           is_one_of(toks[m.last_token].lower, "department", "division", "desk", "section",
                     "directorate", "bureau", "affairs");
  });
  // "West Papua", "West Africa", "West Java": a compass word before a name is part of a region's
  // name, not "the West" (not "the West, Japan and Australia", "accused the West Monday").
  std::erase_if(mentions, [&](const ActorMention& m) {
    return m.last_token == m.first_token + 1 && m.last_token < last &&
           is_one_of(toks[m.first_token].lower, "west", "east") &&
           toks[m.last_token].kind == TokenKind::kWord && toks[m.last_token].capitalized &&
           !is_one_of(toks[m.last_token].lower, "monday", "tuesday", "wednesday", "thursday",
                      "friday", "saturday", "sunday", "january", "february", "march", "april",
                      "may", "june", "july", "august", "september", "october", "november",
                      "december", "on", "in", "and", "but", "of", "over", "for", "to", "has", "is",
                      "was", "had", "will", "would");
  });
  // "Washington Radio station WTOP", "Paris Television journalists": a city's station named
  // as a place of work, not as the state's voice ("Kabul Radio accused").
  std::erase_if(mentions, [&](const ActorMention& m) {
    return (m.how == MentionHow::kCapital || m.how == MentionHow::kCity) &&
           m.last_token + 2 < last && toks[m.last_token].capitalized &&
           is_one_of(toks[m.last_token].lower, "radio", "television") &&
           ((toks[m.last_token + 1].kind == TokenKind::kWord &&
             toks[m.last_token + 1].capitalized) ||
            is_one_of(toks[m.last_token + 1].lower, "station", "journalist", "journalists",
                      "reporter", "reporters", "correspondent", "crew", "crews", "staff", "network",
                      "channel", "service", "studio", "studios", "presenter"));
  });
  // "told Radio Sweden", "in an interview with Radio France": a broadcaster spoken to is not
  // the state it is named after (though "Radio Hanoi said" speaks for Vietnam).
  std::erase_if(mentions, [&](const ActorMention& m) {
    return m.actor->kind == ActorKind::kCountry && m.first_token > first + 1 &&
           toks[m.first_token - 1].capitalized &&
           is_one_of(toks[m.first_token - 1].lower, "radio", "television", "tv") &&
           is_one_of(toks[m.first_token - 2].lower, "told", "tells", "telling", "to", "with", "on");
  });
  // "Julius Nyerere International Airport", "the Jomo Kenyatta University": a person's name
  // before the noun of what is built or founded names that, not the person.
  std::erase_if(mentions, [&](const ActorMention& m) {
    // (Up to two words between: "International Convention Centre".)
    if (m.actor->kind != ActorKind::kPerson) return false;
    // ("at Ben Gurion airport": right after the name, in lower case too.)
    for (size_t k = m.last_token; k < last && k < m.last_token + 3; ++k) {
      if (toks[k].kind != TokenKind::kWord) return false;
      if (!toks[k].capitalized) return k == m.last_token && toks[k].lower == "airport";
      if (is_one_of(toks[k].lower, "airport", "university", "stadium", "bridge", "hospital",
                    "street", "avenue", "boulevard", "square", "highway", "road", "dam",
                    "foundation", "institute", "centre", "center", "library", "museum", "barracks",
                    "college", "school", "hall", "park", "prize", "award"))
        return true;
    }
    return false;
  });
  // "Leila de Lima", "Miguel de la Madrid": a city after the small word of a surname and a given
  // name is the surname, not the city.
  std::erase_if(mentions, [&](const ActorMention& m) {
    if (m.how != MentionHow::kCapital && m.how != MentionHow::kCity) return false;
    size_t k = m.first_token;
    if (k > first + 1 && toks[k - 1].lower == "la" && !toks[k - 1].capitalized) --k;
    return k > first + 1 && !toks[k - 1].capitalized &&
           is_one_of(toks[k - 1].lower, "de", "da", "do", "dos", "das", "del", "di", "du") &&
           toks[k - 2].kind == TokenKind::kWord && toks[k - 2].capitalized &&
           name_word(toks[k - 2]) && !covered(k - 2);
  });
  // "Kim Yo-jong", "Wang Wenbin": a family name that comes first, followed by a given name, is
  // someone other than the lexicon's person known by that family name alone.
  // (Also after a title: "Chinese Vice Premier Yu Qiuli" is not Taiwan's Premier Yu.)
  std::erase_if(mentions, [&](const ActorMention& m) {
    return m.actor->kind == ActorKind::kPerson && m.last_token < last &&
           (m.last_token == m.first_token + 1 ||
            (m.last_token >= m.first_token + 2 && is_title_word(toks[m.last_token - 2].lower))) &&
           family_name_first(toks[m.last_token - 1].lower) && name_word(toks[m.last_token]) &&
           !covered(m.last_token);
  });
  // "the Polish foreign ministry", "Ukraine's General Staff": a state's ministry that the
  // lexicon does not list is a body of that state, named after its demonym.
  struct Body {
    std::vector<std::string_view> words;
    std::string_view name, cameo;
  };
  static const std::vector<Body> kBodies = {
      {{"foreign", "ministry"}, "Foreign Ministry", "GOV"},
      {{"ministry", "of", "foreign", "affairs"}, "Foreign Ministry", "GOV"},
      {{"foreign", "office"}, "Foreign Office", "GOV"},  // "India's Foreign Office"
      {{"defence", "ministry"}, "Defence Ministry", "MIL"},
      {{"defense", "ministry"}, "Defence Ministry", "MIL"},
      {{"ministry", "of", "defence"}, "Defence Ministry", "MIL"},
      {{"ministry", "of", "defense"}, "Defence Ministry", "MIL"},
      {{"interior", "ministry"}, "Interior Ministry", "GOV"},
      {{"commerce", "ministry"}, "Commerce Ministry", "GOV"},
      {{"ministry", "of", "commerce"}, "Commerce Ministry", "GOV"},
      {{"trade", "ministry"}, "Trade Ministry", "GOV"},
      {{"ministry", "of", "trade"}, "Trade Ministry", "GOV"},
      {{"finance", "ministry"}, "Finance Ministry", "GOV"},
      {{"ministry", "of", "finance"}, "Finance Ministry", "GOV"},
      {{"justice", "ministry"}, "Justice Ministry", "JUD"},
      {{"ministry", "of", "justice"}, "Justice Ministry", "JUD"},
      {{"general", "staff"}, "General Staff", "MIL"},
      // "the Myanmar military", "Sudan's army", "the Indian Air Force": a state's armed forces
      // named as an institution (not "Iraqi military authorities", "Russian army officers").
      {{"military"}, "Military", "MIL"},
      {{"army"}, "Army", "MIL"},
      {{"navy"}, "Navy", "MIL"},
      {{"air", "force"}, "Air Force", "MIL"},
      {{"armed", "forces"}, "Armed Forces", "MIL"}};
  // Their first words: after most states named comes none of them.
  static const detail::WordFilter kBodyStarts = [] {
    detail::WordFilter f;
    for (const auto& body : kBodies) f.add(body.words.front());
    return f;
  }();
  std::vector<std::pair<size_t, size_t>> bodies;  // the tokens each body named here took
  for (auto& m : mentions) {
    if (m.actor->kind != ActorKind::kCountry || m.place) continue;
    if (m.last_token >= last || !kBodyStarts.may_contain(toks[m.last_token].lower)) continue;
    for (const auto& body : kBodies) {
      size_t end = m.last_token + body.words.size();
      bool same = end <= last;
      for (size_t k = 0; same && k < body.words.size(); ++k)
        same = toks[m.last_token + k].lower == body.words[k];
      // ("military" is mostly an adjective: "the US military buildup"; the institution only
      // when a verb follows.)
      if (same && body.words.front() == "military")
        same = end < last &&
               is_one_of(toks[end].lower, "said", "says", "has", "had", "have", "is", "was",
                         "denied", "claimed", "announced", "launched", "carried", "conducted",
                         "accused", "reported", "stated", "confirmed", "rejected", "warned");
      if (same && body.cameo == "MIL" && end < last &&
          is_one_of(toks[end].lower, "authorities", "officials", "official", "officers", "officer",
                    "sources", "source", "spokesman", "spokesperson", "spokeswoman", "commander",
                    "commanders", "leaders", "leader", "chief", "units", "base", "bases",
                    "personnel", "aircraft", "vehicles", "equipment", "exercises", "drills",
                    "operation", "operations", "intelligence", "junta", "government", "regime",
                    "ruler", "rulers", "service", "academy", "veterans", "buildup", "build-up",
                    "presence", "ships", "vessels", "jets", "planes", "troops", "soldiers",
                    "general", "generals", "-"))
        same = false;
      if (!same) continue;
      const LexActor& state = *m.actor;
      // ("Britain's Foreign Office": the lexicon's body of that state, if it names one there.)
      const LexActor* own = nullptr;
      for (const auto& x : mentions)
        if (x.first_token == m.last_token && x.actor->kind == ActorKind::kOrganization &&
            x.actor->country == state.country)
          own = x.actor;
      std::string name =
          adjective_of(state) + " " + std::string(body.name);  // "Polish Foreign Ministry"
      m.actor = own ? own
                    : impl_->named(name, ActorKind::kOrganization, state.country,
                                   state.country + std::string(body.cameo));
      m.how = MentionHow::kName;
      bodies.emplace_back(m.last_token, end);
      m.last_token = end;
      m.end = toks[end - 1].end;
      if (body.words.size() == 1 && (body.words[0] == "army" || body.words[0] == "military"))
        impl_->armed_force = m.actor;
      break;
    }
  }
  // ("India's Foreign Office" is not the lexicon's British one: the body's words are its.)
  if (!bodies.empty())
    std::erase_if(mentions, [&](const ActorMention& x) {
      return std::any_of(bodies.begin(), bodies.end(), [&](const auto& b) {
        return x.first_token >= b.first && x.first_token < b.second;
      });
    });
  // "The Foreign Ministry of Kyrgyzstan", "the Ministry of Foreign Affairs of Cuba": the body
  // named before its state, with "of".
  for (size_t j = 0; j < mentions.size(); ++j) {
    ActorMention& m = mentions[j];
    if (m.actor->kind != ActorKind::kCountry || m.place || m.first_token < first + 3 ||
        toks[m.first_token - 1].lower != "of")
      continue;
    size_t of = m.first_token - 1;
    for (const auto& body : kBodies) {
      size_t n = body.words.size();
      if (body.words.front() == "military" || of < first + n) continue;
      size_t b = of - n;
      bool same = true;
      for (size_t k = 0; same && k < n; ++k) same = toks[b + k].lower == body.words[k];
      if (!same) continue;
      const LexActor& state = *m.actor;
      m.actor =
          impl_->named(adjective_of(state) + " " + std::string(body.name), ActorKind::kOrganization,
                       state.country, state.country + std::string(body.cameo));
      m.how = MentionHow::kName;
      m.first_token = b;
      m.begin = toks[b].begin;
      // (The lexicon may have taken "Foreign Ministry" for a body of its own.)
      const LexActor* self = m.actor;
      std::erase_if(mentions, [&](const ActorMention& x) {
        return x.actor != self && x.first_token >= b && x.first_token < of;
      });
      j = 0;  // (the list shrank before j: go over it again; a body is no country any more)
      break;
    }
  }
  // "In Beijing, the foreign ministry condemned the visit", "In Tokyo, the government
  // protested": a body named right after the capital a sentence opens with is that state's (the
  // government, or the authorities, the state itself).
  for (size_t j = 0; j < mentions.size(); ++j) {
    const ActorMention c = mentions[j];
    // ("In Kuwait, the Foreign Ministry summoned": the state by its name too.)
    if ((c.how != MentionHow::kCapital && c.how != MentionHow::kName) ||
        c.actor->kind != ActorKind::kCountry || c.first_token != first + 1 ||
        toks[first].lower != "in")
      continue;
    size_t b = c.last_token;
    // ("In Tehran, a spokesman of the Ministry of Foreign Affairs rejected": the body he speaks
    // for.)
    const bool spokesman =
        b + 5 < last && toks[b].lower == "," && is_one_of(toks[b + 1].lower, "a", "the") &&
        is_one_of(toks[b + 2].lower, "spokesman", "spokeswoman", "spokesperson") &&
        is_one_of(toks[b + 3].lower, "of", "for") && toks[b + 4].lower == "the";
    if (spokesman) b += 3;
    if (b + 2 >= last || (toks[b].lower != "," && !spokesman) || toks[b + 1].lower != "the" ||
        covered(b + 2))
      continue;
    b += 2;
    const LexActor& state = *c.actor;
    ActorMention body{};
    body.first_token = b;
    body.begin = toks[b].begin;
    body.how = MentionHow::kName;
    for (const auto& kind : kBodies) {
      size_t end = b + kind.words.size();
      bool same = end <= last && kind.words.front() != "military";
      for (size_t k = 0; same && k < kind.words.size(); ++k)
        same = toks[b + k].lower == kind.words[k];
      if (!same) continue;
      body.actor =
          impl_->named(adjective_of(state) + " " + std::string(kind.name), ActorKind::kOrganization,
                       state.country, state.country + std::string(kind.cameo));
      body.last_token = end;
      break;
    }
    if (!body.actor && is_one_of(toks[b].lower, "government", "authorities") && b + 1 < last &&
        toks[b + 1].lower != "of") {
      body.actor = &state;
      body.last_token = b + 1;
    }
    if (!body.actor) continue;
    // (Not a body another place is named for right after it: "In Syria, the Defence Ministry in
    // Moscow said".)
    if (body.last_token + 1 < last && toks[body.last_token].lower == "in" &&
        covered(body.last_token + 1))
      continue;
    body.end = toks[body.last_token - 1].end;
    mentions.insert(mentions.begin() + static_cast<std::ptrdiff_t>(j + 1), body);
    ++j;
  }
  // "ISLAMABAD: ... The Foreign Office summoned India's charge d'affaires": in a story filed
  // outside Britain that has named nothing British, the Foreign Office is the home state's.
  // (Not after "In London," in its sentence: "In London, a Foreign Office spokesman said".)
  for (auto& m : mentions) {
    bool bare_office = m.actor->id == "uk-foreign-office" &&
                       text.substr(m.begin, m.end - m.begin) == "Foreign Office";
    bool in_london = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& o) {
      return o.actor->country == "GBR" && o.last_token <= m.first_token;
    });
    if (bare_office && impl_->home && impl_->home->country != "GBR" && !impl_->british &&
        !in_london) {
      const LexActor& state = *impl_->home;
      m.actor = impl_->named(adjective_of(state) + " Foreign Office", ActorKind::kOrganization,
                             state.country, state.country + "GOV");
      m.how = MentionHow::kName;
    } else if (m.actor->country == "GBR" && !m.place) {
      impl_->british = true;
    }
  }
  // "Asean leaders urge Myanmar junta ..." ... "accused the junta of bombing its own people":
  // the junta is the state the story named with it.
  for (const auto& m : mentions)
    if (m.actor->kind == ActorKind::kCountry && !m.place && m.last_token < last &&
        (toks[m.last_token].lower == "junta" || toks[m.last_token].lower == "regime"))
      impl_->junta = m.actor;
  // The words that name a crowd (see the rule for crowds below).
  static const std::initializer_list<std::string_view> kCrowdWords = {
      "people",  "protesters", "protestors", "demonstrators", "students",   "activists",
      "members", "residents",  "fishermen",  "supporters",    "villagers",  "nationalists",
      "exiles",  "youths",     "relatives",  "families",      "drivers",    "workers",
      "farmers", "traders",    "refugees",   "hundreds",      "thousands",  "dozens",
      "scores",  "crowds",     "fisherfolk", "veterans",      "pensioners", "women",
      "mothers", "citizens",   "crowd",      "persons",       "miners"};
  static const detail::WordSet kCrowd(kCrowdWords);
  // The tokens the next five rules start from ("the", "police", "forces", "guard", a crowd word,
  // "("), and refer's "the" and "both", found in one pass over the sentence instead of a pass
  // per rule. A superset (a WordFilter): each rule tests its own word again. Kept for refer on
  // the same sentence.
  static const detail::WordFilter kCueWords = [] {
    detail::WordFilter f;
    for (std::string_view w : {"the", "both", "police", "forces", "guard", "("}) f.add(w);
    for (std::string_view w : kCrowdWords) f.add(w);
    return f;
  }();
  std::vector<size_t>& cues = impl_->cues;
  cues.clear();
  for (size_t i = first; i < last; ++i)  // (a copy pushed: a reference kept `i` out of a register)
    if (kCueWords.may_contain(toks[i].lower)) cues.push_back(size_t{i});
  impl_->cues_of = {toks, first, last};
  for (size_t i : cues)
    if (i + 1 < last && detail::equals(toks[i].lower, "the") && toks[i + 1].lower == "junta" &&
        impl_->junta && !covered(i + 1) &&
        !(i + 2 < last && is_one_of(toks[i + 2].lower, "'s", "in", "of", "leader", "chief")))
      mentions.push_back(ActorMention{toks[i].begin, toks[i + 1].end, i, i + 2, impl_->junta,
                                      MentionHow::kTitle, false});
  // "The government advised Rwandans against travel to Uganda", in a story filed from Kigali
  // about Rwanda: the government of the state the story is filed from, when its headline opens
  // with that state, or the story names that state most so far; not "NAIROBI - Ethiopia closed
  // its border ...", a story of a bureau, nor one filed from where talks are held.
  auto named_most = [&](const LexActor* state) {
    int own = 0, others = 0;
    for (const auto& [a, k] : impl_->side_count)
      if (a == state)
        own = k;
      else if (a->kind == ActorKind::kCountry)
        others = std::max(others, k);
    return own >= 2 && own >= others;
  };
  const bool home_is_subject =
      impl_->home && (impl_->subject == impl_->home || named_most(impl_->home));
  // "PRAGUE, May 3 -- The Government today ordered two American diplomats ... to leave": no
  // other state named yet in the story, nor anyone or anywhere before it in the sentence (not
  // "MOSCOW -- Officials in Kabul said that the Government", "Chilean exiles said").
  const bool nothing_else_named =
      impl_->home && std::none_of(impl_->side_count.begin(), impl_->side_count.end(),
                                  [&](const auto& x) { return x.first != impl_->home; });
  auto fresh_story_at = [&](size_t i) {
    return nothing_else_named &&
           std::none_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
             return m.first_token < i && m.actor != impl_->home;
           });
  };
  // (What a person of another state says of "the government" is of his own: "Fukuda said the
  // government would send a team to Pyongyang", filed from Pyongyang; below, as "his
  // government".)
  auto foreign_speaker_before = [&](size_t i) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return m.last_token <= i && m.actor->kind == ActorKind::kPerson &&
             !m.actor->country.empty() && m.actor->country != impl_->home->country;
    });
  };
  // (So is "the transitional government", "the military government": one word of what kind.)
  for (size_t i : cues) {
    size_t g = i + 1;
    if (g + 1 < last && is_one_of(toks[g].lower, "transitional", "interim", "military", "caretaker",
                                  "coalition", "civilian"))
      ++g;
    if (!impl_->home || impl_->home_guessed || !(home_is_subject || fresh_story_at(i)) ||
        g >= last || foreign_speaker_before(i) || !detail::equals(toks[i].lower, "the") ||
        toks[g].lower != "government" || covered(i) || covered(g) ||
        (g + 1 < last && is_one_of(toks[g + 1].lower, "of", "'s", "in", "and", "-")))
      continue;
    mentions.push_back(
        ActorMention{toks[i].begin, toks[g].end, i, g + 1, impl_->home, MentionHow::kTitle, false});
  }
  // "The Government of the Union of the Comoros has learned ... The Government considers this
  // measure ...": the government the story named by its state, when it is the only one named
  // so and the story is filed from there (and no one of another state speaks).
  if (impl_->named_government && !impl_->another_government && impl_->home &&
      !impl_->home_guessed && impl_->home == impl_->named_government)
    for (size_t i : cues) {
      size_t g = i + 1;
      if (g >= last || !detail::equals(toks[i].lower, "the") || toks[g].lower != "government" ||
          covered(i) || covered(g) || foreign_speaker_before(i) ||
          // (Not after another state in the sentence: "in Madagascar, the Government ...".)
          std::any_of(mentions.begin(), mentions.end(),
                      [&](const ActorMention& m) {
                        return m.last_token <= i && m.actor->kind == ActorKind::kCountry &&
                               m.actor != impl_->named_government;
                      }) ||
          (g + 1 < last && is_one_of(toks[g + 1].lower, "of", "'s", "in", "and", "-")))
        continue;
      mentions.push_back(ActorMention{toks[i].begin, toks[g].end, i, g + 1, impl_->named_government,
                                      MentionHow::kTitle, false});
    }
  for (const auto& m : mentions) {
    if (m.actor->kind != ActorKind::kCountry || m.place) continue;
    size_t k = m.first_token;
    if (k > first && toks[k - 1].lower == "the") --k;
    bool of_state =
        k >= first + 2 && toks[k - 1].lower == "of" && toks[k - 2].lower == "government";
    bool before = m.last_token < last && toks[m.last_token].lower == "government" &&
                  m.how == MentionHow::kDemonym;
    if (!of_state && !before) continue;
    if (!impl_->named_government)
      impl_->named_government = m.actor;
    else if (m.actor != impl_->named_government)
      impl_->another_government = true;
  }
  // "The army and the RSF agreed ...", "The ministry also called on ...": the state's army, or
  // the ministry, the story named before. "The Ministry of Foreign Affairs summoned Norway's
  // ambassador", "the foreign ministry said": the foreign ministry named before; with none,
  // that of the state the story is filed from, or else of the state its headline opens with.
  for (size_t i : cues) {
    if (i + 1 >= last || !detail::equals(toks[i].lower, "the") || covered(i) || covered(i + 1))
      continue;
    size_t end = i + 2;
    if (i + 2 < last && toks[i + 1].lower == "foreign" && toks[i + 2].lower == "ministry")
      end = i + 3;
    else if (i + 4 < last &&
             is_one_of(toks[i + 1].lower, "ministry", "department", "secretariat") &&
             is_one_of(toks[i + 2].lower, "of", "for") &&
             is_one_of(toks[i + 3].lower, "foreign", "external") &&
             is_one_of(toks[i + 4].lower, "affairs", "relations"))
      end = i + 5;  // (also "the Department of Foreign Affairs", Mexico's "the Secretariat of
                    // Foreign Relations", "the Ministry of External Relations")
    else if (i + 3 < last && is_one_of(toks[i + 1].lower, "external", "foreign") &&
             toks[i + 2].lower == "affairs" &&
             toks[i + 3].lower == "ministry")  // ("the external affairs ministry": India's)
      end = i + 4;
    // "the foreign ministry in Kigali", "summoned to the ministry in New Delhi": the foreign
    // ministry of the state whose capital it is in.
    bool summoned_to = i > first + 1 && toks[i - 1].lower == "to" &&
                       is_one_of(toks[i - 2].lower, "summoned", "called", "in");
    if (end + 1 < last && toks[end].lower == "in" &&
        (end > i + 2 || (toks[i + 1].lower == "ministry" && summoned_to))) {
      auto capital = std::find_if(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
        return m.first_token == end + 1 && m.how == MentionHow::kCapital &&
               m.actor->kind == ActorKind::kCountry;
      });
      if (capital != mentions.end()) {
        const LexActor* ministry = impl_->foreign_ministry_of(*capital->actor);
        mentions.push_back(ActorMention{toks[i].begin, toks[end - 1].end, i, end, ministry,
                                        MentionHow::kTitle, false});
        continue;
      }
    }
    if (end < last &&
        is_one_of(toks[end].lower, "'s", "officers", "officials", "chief", "commander", "spokesman",
                  "spokeswoman", "spokesperson", "of", "-", "in"))
      continue;
    // ("The State Department protested ... The Department also announced": a department.)
    const LexActor* named = is_one_of(toks[i + 1].lower, "army", "military") ? impl_->armed_force
                            : toks[i + 1].lower == "ministry"                ? impl_->ministry
                            : toks[i + 1].lower == "department"              ? impl_->department
                                                                             : nullptr;
    if (end > i + 2) {
      const LexActor* state = impl_->home ? impl_->home : impl_->subject;
      // (The "external affairs" ministry is not another state's foreign ministry named before.)
      // (India's; not Brazil's "Ministry of External Relations".)
      bool external =
          (toks[i + 1].lower == "external" || (end >= i + 5 && toks[i + 3].lower == "external")) &&
          toks[end - 1].lower != "relations";
      if (impl_->ministry && impl_->ministry->name.ends_with("Foreign Ministry") && !external)
        named = impl_->ministry;
      else if (state && !covered(end - 1))
        named = impl_->foreign_ministry_of(*state);
      else
        named = nullptr;
    }
    // ("Mr Green had been summoned to the ministry": the home state's foreign ministry.)
    if (!named && end == i + 2 && toks[i + 1].lower == "ministry" && summoned_to &&
        (impl_->home || impl_->subject))
      named = impl_->foreign_ministry_of(impl_->home ? *impl_->home : *impl_->subject);
    // ("The ministry summoned Norway's ambassador", named bare in a story of Beijing's anger
    // with no ministry named before: the foreign ministry of the state the story is filed
    // from, or else of the state its headline opens with, at a diplomat's act.)
    if (!named && end == i + 2 && toks[i + 1].lower == "ministry" && !impl_->ministry &&
        ((impl_->home && !impl_->home_guessed) || impl_->subject) && end < last &&
        is_one_of(toks[end].lower, "summoned", "summons", "protested", "handed", "delivered",
                  "lodged", "recalled", "expelled", "declared")) {
      const LexActor& state = impl_->home && !impl_->home_guessed ? *impl_->home : *impl_->subject;
      // (Not when that state's own envoy is the one summoned: "Norway stunned as China
      // retaliates ... The ministry summoned Norway's ambassador".)
      bool own_envoy = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
        return m.actor == &state && m.first_token > end && m.first_token <= end + 4;
      });
      if (!own_envoy) named = impl_->foreign_ministry_of(state);
    }
    if (named)
      mentions.push_back(
          ActorMention{toks[i].begin, toks[end - 1].end, i, end, named, MentionHow::kTitle, false});
  }
  // "The Defence Ministry has been sending reinforcements", "the Ministry of Defence", "the
  // Defence Secretariat" (Mexico's), "the Ministry of Justice turned down the request", named
  // bare in a story filed from the state it is about: that state's, as "the government" is.
  struct BareBody {
    std::string_view portfolio, alt, name, cameo;
  };
  static constexpr BareBody kBareBodies[] = {{"defence", "defense", "Defence Ministry", "MIL"},
                                             {"justice", "", "Justice Ministry", "JUD"},
                                             {"interior", "", "Interior Ministry", "GOV"}};
  for (size_t i : cues) {
    if (!impl_->home || impl_->home_guessed || !home_is_subject || i + 2 >= last ||
        !detail::equals(toks[i].lower, "the") || covered(i + 1) || covered(i + 2))
      continue;
    size_t end = 0;
    const BareBody* kind = nullptr;
    for (const BareBody& b : kBareBodies) {
      auto is = [&](size_t k) {
        return toks[k].lower == b.portfolio || (!b.alt.empty() && toks[k].lower == b.alt);
      };
      if (is(i + 1) && is_one_of(toks[i + 2].lower, "ministry", "secretariat", "department"))
        end = i + 3;
      else if (i + 3 < last && toks[i + 1].lower == "ministry" && toks[i + 2].lower == "of" &&
               is(i + 3) && !covered(i + 3))
        end = i + 4;
      if (end) {
        kind = &b;
        break;
      }
    }
    if (end == 0 || (end < last && is_one_of(toks[end].lower, "of", "'s", "in", "-")) ||
        foreign_speaker_before(i))
      continue;
    const LexActor& state = *impl_->home;
    // (Not after another state's ministry of that name: "Russia's Defence Ministry said ... The
    // Defence Ministry also said" in a story filed from Kyiv.)
    if (std::any_of(impl_->people.begin(), impl_->people.end(), [&](const LexActor& a) {
          return a.kind == ActorKind::kOrganization && a.country != state.country &&
                 a.name.ends_with(kind->name);
        }))
      continue;
    const LexActor* body =
        impl_->named(adjective_of(state) + " " + std::string(kind->name), ActorKind::kOrganization,
                     state.country, state.country + std::string(kind->cameo));
    mentions.push_back(
        ActorMention{toks[i].begin, toks[end - 1].end, i, end, body, MentionHow::kTitle, false});
  }
  // "Police in Baku raided ...", "Baku police detained ...", "police detained dozens of people
  // in Yekaterinburg": the police of a city are its state's.
  static const detail::WordSet kPoliceActs = {"raided", "detained", "arrested",  "searched",
                                              "seized", "stormed",  "held",      "questioned",
                                              "fired",  "used",     "dispersed", "beat"};
  // ("Security forces have detained about 300 suspected rebels", "The Coast Guard seized two
  // fishing boats": so are a state's security forces and coast guard.)
  for (size_t i : cues) {
    if (!(toks[i].lower == "police" ||
          (toks[i].lower == "forces" && i > first && toks[i - 1].lower == "security") ||
          (toks[i].lower == "guard" && i > first && toks[i - 1].lower == "coast")) ||
        covered(i))
      continue;
    // (Not a coast guard the story has named: "the Korea Coast Guard ... The coast guard has
    // seized".)
    if (toks[i].lower == "guard" &&
        std::any_of(impl_->people.begin(), impl_->people.end(), [](const LexActor& a) {
          return a.kind == ActorKind::kOrganization && ends_with(a.name, "Coast Guard");
        }))
      continue;
    // (Nor one whose state is named after it: "Security forces of Uzbekistan detained", "the
    // coast guard of China seized".)
    if (i + 2 < last && is_one_of(toks[i + 1].lower, "of", "from", "in") &&
        std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
          return m.actor->kind == ActorKind::kCountry &&
                 (m.first_token == i + 2 || (m.first_token == i + 3 && toks[i + 2].lower == "the"));
        }))
      continue;
    size_t verb = SIZE_MAX;
    for (size_t v = i + 1; v < last && v < i + 8 && verb == SIZE_MAX; ++v)
      if (kPoliceActs.contains(toks[v].lower)) verb = v;
    if (verb == SIZE_MAX) continue;
    const ActorMention* city = nullptr;
    for (const auto& m : mentions) {
      if ((m.how != MentionHow::kCity && m.how != MentionHow::kCapital) || m.first_token == first)
        continue;
      bool in = toks[m.first_token - 1].lower == "in";
      if ((m.last_token == i && !toks[m.first_token].possessive) ||     // "Baku police"
          (in && m.first_token == i + 2) ||                             // "police in Baku"
          (in && m.first_token > verb && m.first_token < verb + 14)) {  // "... in Baku"
        city = &m;
        break;
      }
    }
    // ("Riot police in Chinhoyi detained ...": a town the lexicon does not know is the
    // dateline's state's; not "British police", whose state is named.)
    const LexActor* state = city ? city->actor : nullptr;
    // (Nor "Malaysian marine police": the state named before its kind of police.)
    size_t before = i;
    while (before > first + 1 &&
           is_one_of(toks[before - 1].lower, "marine", "riot", "military", "border", "traffic",
                     "security", "secret", "federal", "national", "local", "religious", "armed",
                     "naval", "maritime", "coast", "immigration", "special", "tourist",
                     "anti-terrorism"))
      --before;
    if (!state && impl_->home && !(before > first && covered(before - 1))) state = impl_->home;
    if (!state && !impl_->home && !(before > first && covered(before - 1)))
      for (const auto& m : mentions)
        if (m.first_token > verb && m.first_token < verb + 4 && m.how == MentionHow::kDemonym) {
          state = impl_->host_of(m.actor);
          break;
        }
    if (state)
      mentions.push_back(
          ActorMention{toks[i].begin, toks[i].end, i, i + 1, state, MentionHow::kTitle, false});
  }
  // "Several hundred people rallied outside the Russian Embassy in Yerevan": a crowd that
  // protests in a city is a group of its own, "Yerevan protesters" (the state it protests
  // against is another actor).
  // The crowd may be described before its verb: "About 200 members of a nationalist network
  // rallied", "Dozens of people, some carrying photographs, gathered", "fishermen and family
  // members held a rally", "demonstrators burned Union flags outside".
  static const detail::WordSet kRally = {
      "rallied",   "rally",    "rallies", "marched",   "march",     "marches", "demonstrated",
      "protested", "gathered", "stormed", "ransacked", "besieged",  "forced",  "broke",
      "picketed",  "held",     "staged",  "burned",    "burnt",     "chanted", "pelted",
      "set",       "torched",  "scaled",  "poured",    "converged", "massed",  "thronged",
      "blocked",   "threw",    "stoned",  "sacked"};
  // Words that name the people of any gathering, not only of a protest: their crowd needs a
  // protest's place (below); those of the second set also need a word of protest in the
  // sentence, or a mission where they gather ("Relatives of the victims gathered outside the
  // hospital to wait for news" is no protest).
  static const detail::WordSet kAnyGathering = {
      "members",  "residents",  "fishermen",    "fisherfolk", "supporters", "villagers",
      "veterans", "pensioners", "nationalists", "exiles",     "youths",     "relatives",
      "families", "drivers",    "workers",      "farmers",    "traders",    "refugees",
      "women",    "mothers",    "citizens",     "miners"};
  static const detail::WordSet kNeedsProtestWords = {"relatives", "families", "drivers",  "workers",
                                                     "farmers",   "traders",  "citizens", "miners"};
  // Numbers that name a crowd ("Hundreds gathered").
  static const detail::WordSet kCrowdNumbers = {"hundreds", "thousands", "dozens",
                                                "scores",   "crowds",    "crowd"};
  static const detail::WordSet kRallyNoun = {"rally",  "protest", "demonstration", "vigil",
                                             "sit-in", "march",   "picket"};
  static const detail::WordSet kBurnt = {"flags", "flag", "effigy", "effigies", "portraits"};
  // What a crowd carries of someone it marches for, not against.
  static const detail::WordSet kPictures = {"portraits", "portrait", "pictures", "photographs",
                                            "photos",    "images",   "posters"};
  // Words that end the description of a crowd: a clause of its own begins.
  static const detail::WordSet kClauseEnd = {"who",  "which", "that", "while", "as",   "after",
                                             "when", "but",   "said", "says",  "told", "where"};
  assert(std::none_of(toks + first, toks + last, [&](const Token& t) {
    return kCrowd.contains(t.lower) && !kCueWords.may_contain(t.lower);
  }));
  for (size_t i : cues) {
    std::string_view w = toks[i].lower;
    if (i + 2 >= last || !kCrowd.contains(w) || covered(i)) continue;
    size_t v = i + 1;
    // The description between the crowd and its verb: an "of" phrase, a phrase set off by
    // commas, "and family members", "waving Khalistan flags" (no actor in it, at most 20 tokens).
    bool plain_verb = kRally.contains(toks[v].lower);
    // A number alone is a crowd right before its verb ("Hundreds gathered outside the embassy"),
    // or of a people or in a city ("Hundreds of Ethiopians rallied", "Thousands of Guyanese,
    // many wearing ..., marched", "Crowds in Algiers ransacked"); not "hundreds of troops
    // marched" or "thousands of Ethiopian troops".
    if (!plain_verb && kCrowdNumbers.contains(w)) {
      const ActorMention* of = nullptr;
      for (const auto& m : mentions)
        if (m.first_token == i + 2 && !m.also) of = &m;
      bool people =
          toks[i + 1].lower == "of" && of && of->how == MentionHow::kDemonym &&
          of->last_token < last &&
          (toks[of->last_token].lower == "," || kRally.contains(toks[of->last_token].lower));
      bool in_city = toks[i + 1].lower == "in" && of &&
                     (of->how == MentionHow::kCity || of->how == MentionHow::kCapital);
      // A crowd given its size before its verb: "a crowd estimated at two thousand gathered",
      // "a crowd numbering several hundred marched", "a crowd of several hundred gathered" (at
      // most four words).
      auto sized = [&] {
        if (w != "crowd" && w != "crowds") return false;
        size_t k = i + 1;
        // ("a crowd of several hundred gathered": the size itself, in words of number)
        bool of = toks[k].lower == "of";
        if ((toks[k].lower == "estimated" || toks[k].lower == "put") && k + 1 < last &&
            toks[k + 1].lower == "at")
          k += 2;
        else if (toks[k].lower == "numbering" || of)
          ++k;
        else
          return false;
        static const detail::WordSet kNumberWords = {
            "several", "some",  "about", "around",  "nearly",   "more",     "than",
            "over",    "a",     "few",   "hundred", "hundreds", "thousand", "thousands",
            "dozens",  "dozen", "two",   "three",   "four",     "five",     "ten",
            "twenty",  "fifty", "up",    "to",      "almost",   "roughly",  "perhaps"};
        size_t n = 0;
        for (; k < last && n < 4 && !kRally.contains(toks[k].lower); ++k, ++n)
          if (covered(k) || toks[k].kind == TokenKind::kPunct ||
              (of && toks[k].kind != TokenKind::kNumber && !kNumberWords.contains(toks[k].lower)))
            return false;
        return n > 0 && k < last && kRally.contains(toks[k].lower);
      };
      if (!people && !in_city && !sized()) continue;
    }
    // A body the crowd belongs to or is led by ("About 40 members of the No Bases Initiative",
    // "led by members of the opposition United National Movement"): the protest is the body's.
    const LexActor* body = nullptr;
    if (!plain_verb) {
      size_t commas = 0;
      for (size_t j = i + 1; j < last && j < i + 21; ++j) {
        std::string_view t = toks[j].lower;
        if (!body && j > i + 1 && (toks[j - 1].lower == "of" || toks[j - 1].lower == "by")) {
          size_t b = j;
          if (b + 1 < last && toks[b].lower == "the") ++b;
          if (b + 1 < last && is_one_of(toks[b].lower, "opposition", "ruling", "banned")) ++b;
          auto it = std::find_if(mentions.begin(), mentions.end(),
                                 [&](const ActorMention& m) { return m.first_token == b; });
          // (Not a body the lexicon knows inside a longer name: "the Congress of South African
          // Trade Unions".)
          if (it != mentions.end() && !it->place &&
              (it->actor->kind == ActorKind::kOrganization ||
               it->actor->kind == ActorKind::kGroup) &&
              !(it->last_token + 1 < last && toks[it->last_token].lower == "of" &&
                toks[it->last_token + 1].capitalized)) {
            body = it->actor;
            j = it->last_token - 1;
            continue;
          }
          // A name the lexicon does not know, ending in what a body is called; it may open with
          // a demonym ("the Armenian Revolutionary Federation").
          // The body the lexicon knows may open the longer name ("the Congress of South
          // African Trade Unions"), and demonyms may be inside it ("the Metal and Allied
          // Namibian Workers' Union").
          bool demonym =
              it != mentions.end() && it->how == MentionHow::kDemonym && it->last_token == b + 1;
          bool longer = it != mentions.end() && !it->place && it->last_token + 1 < last &&
                        toks[it->last_token].lower == "of" && toks[it->last_token + 1].capitalized;
          auto in_demonym = [&](size_t e) {
            return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
              return m.how == MentionHow::kDemonym && m.first_token <= e && e < m.last_token;
            });
          };
          if ((it == mentions.end() || demonym || longer) && toks[b].capitalized &&
              toks[b].kind == TokenKind::kWord) {
            size_t e = b, name_end = b;
            while (e < last && e < b + 10 &&
                   ((toks[e].capitalized && toks[e].kind == TokenKind::kWord &&
                     (!covered(e) || ((demonym || longer) && e < it->last_token) ||
                      (e > b && in_demonym(e)))) ||
                    (e > b && (is_one_of(toks[e].lower, "of", "for", "and") ||
                               (toks[e].lower == "'" && ends_with(toks[e - 1].lower, "s")))))) {
              if (toks[e].capitalized) name_end = e + 1;
              ++e;
            }
            if (name_end >= b + 2 && body_heads().contains(toks[name_end - 1].lower)) {
              body = impl_->named(std::string(word_range(b, name_end)), ActorKind::kOrganization,
                                  "", "");
              j = name_end - 1;
              // ("(Cosatu)": the acronym names it from then on.)
              if (name_end + 2 < last && toks[name_end].lower == "(" &&
                  toks[name_end + 2].lower == ")") {
                impl_->by_acronym.emplace(std::string(word(name_end + 1)), body);
                j = name_end + 2;
              }
              continue;
            }
          }
        }
        // ("protesters in Tripoli set fire to": a city in the description is read through.)
        // (So is a state where the crowd lives, in a phrase set off by commas: "About 40
        // supporters of Liu, most of them Chinese living in Norway, gathered".)
        // ("Deportees and residents of Cucuta marched": a city the crowd lives in, after "of".)
        // (Not "supporters of Moscow": whom they back.)
        // ("students of the Rangoon University": past the article of their school's name.)
        const size_t lead = j >= 3 && toks[j - 1].lower == "the" && toks[j - 2].lower == "of" &&
                                    j + 1 < last &&
                                    is_one_of(toks[j + 1].lower, "university", "college")
                                ? j - 1
                                : j;
        bool city_in = covered(j) &&
                       (toks[lead - 1].lower == "in" ||
                        (toks[lead - 1].lower == "of" && lead >= 2 &&
                         is_one_of(toks[lead - 2].lower, "residents", "inhabitants", "people",
                                   "citizens", "students", "youths", "workers", "women"))) &&
                       std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
                         return m.first_token == j &&
                                (m.how == MentionHow::kCity || m.how == MentionHow::kCapital ||
                                 (commas > 0 && m.actor->kind == ActorKind::kCountry && j >= 2 &&
                                  is_one_of(toks[j - 2].lower, "living", "based", "resident",
                                            "settled", "working")));
                       });
        if (city_in) continue;
        // (A place they came from, in a phrase set off by commas: "Several hundred people, many
        // of them expelled from Brazzaville, demonstrated".)
        if (covered(j) && commas > 0 && toks[j - 1].lower == "from") {
          auto it = std::find_if(mentions.begin(), mentions.end(),
                                 [&](const ActorMention& m) { return m.first_token == j; });
          if (it != mentions.end() &&
              (it->place || it->how == MentionHow::kCity || it->how == MentionHow::kCapital)) {
            j = it->last_token - 1;
            continue;
          }
        }
        // ("Several hundred people, many of them carrying portraits of President Saddam Hussein,
        // marched": the one whose pictures the crowd carries is read through.)
        if (covered(j) && j > i + 3) {
          size_t o = j - 1;
          if (toks[o].capitalized && !covered(o)) --o;  // (a title: "President")
          auto it = std::find_if(mentions.begin(), mentions.end(),
                                 [&](const ActorMention& m) { return m.first_token == j; });
          if (it != mentions.end() && toks[o].lower == "of" &&
              kPictures.contains(toks[o - 1].lower)) {
            j = it->last_token - 1;
            continue;
          }
        }
        // ("members of a Japanese nationalist group": a demonym describes the crowd.)
        bool demonym =
            covered(j) && std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
              return m.first_token == j && m.how == MentionHow::kDemonym;
            });
        if (demonym) continue;
        // ("fired tear gas at activists who tried to march to the High Commission": the crowd
        // of the clause that follows.)
        if (t == "who" && j + 3 < last && is_one_of(toks[j + 1].lower, "tried", "attempted") &&
            toks[j + 2].lower == "to" && kRally.contains(toks[j + 3].lower)) {
          v = j + 3;
          break;
        }
        if (kClauseEnd.contains(t) || t == "." || t == ";" || t == ":" || t == "(" || covered(j) ||
            (t == "," && ++commas > 2))
          break;
        // ("the floods of March 1" is no march; "plans to march" is none yet, "tried to march"
        // is one)
        if (kRally.contains(t) && !toks[j].capitalized &&
            (toks[j - 1].lower != "to" ||
             (j >= i + 3 && is_one_of(toks[j - 2].lower, "tried", "attempted")))) {
          v = j;
          break;
        }
      }
      if (v == i + 1 && ends_with(toks[v].lower, "ly")) ++v;  // "people peacefully marched"
    }
    // ("took to the streets of Caracas")
    bool streets = v + 3 < last && toks[v].lower == "took" && toks[v + 1].lower == "to" &&
                   toks[v + 2].lower == "the" && toks[v + 3].lower == "streets";
    if (!kRally.contains(toks[v].lower) && !streets) continue;
    // ("forced their way into", "broke into"; not "people forced to flee")
    if (toks[v].lower == "forced" &&
        !(v + 2 < last && toks[v + 1].lower == "their" && toks[v + 2].lower == "way"))
      continue;
    if (toks[v].lower == "broke" && !(v + 1 < last && toks[v + 1].lower == "into")) continue;
    if (toks[v].lower == "set" && !(v + 1 < last && toks[v + 1].lower == "fire")) continue;
    // ("held a rally", "staged a protest", "burned Union flags", "chanted slogans")
    // ("held a counter-demonstration"; "staged a sit-in" is one word of the set, not "in")
    auto rally_noun = [&](size_t k) {
      std::string_view n = toks[k].lower;
      if (kRallyNoun.contains(n)) return true;
      if (size_t dash = n.rfind('-'); dash != std::string_view::npos) n.remove_prefix(dash + 1);
      return kRallyNoun.contains(n);
    };
    if ((toks[v].lower == "held" || toks[v].lower == "staged") &&
        !(v + 2 < last && is_one_of(toks[v + 1].lower, "a", "an") &&
          (rally_noun(v + 2) || (v + 3 < last && rally_noun(v + 3)))))
      continue;
    if ((toks[v].lower == "burned" || toks[v].lower == "burnt") &&
        !std::any_of(toks + v + 1, toks + std::min(last, v + 4),
                     [](const Token& t) { return kBurnt.contains(t.lower); }))
      continue;
    // ("chanted slogans", "chanted anti-American slogans")
    if (toks[v].lower == "chanted" &&
        !std::any_of(toks + v + 1, toks + std::min(last, v + 5),
                     [](const Token& t) { return t.lower == "slogans"; }))
      continue;
    // ("threw eggs at the MECO office", "threw paint at the embassy"; not "threw its weight")
    if (toks[v].lower == "threw" &&
        !(v + 1 < last && is_one_of(toks[v + 1].lower, "eggs", "paint", "tomatoes", "stones",
                                    "rocks", "bottles", "shoes", "firecrackers")))
      continue;
    // ("drivers blocked the bridge for six hours in protest at the tariff", "blocked the road
    // to protest against the delays"; not "blocked the resolution")
    bool blocked_in_protest = false;
    if (toks[v].lower == "blocked") {
      for (size_t at = v + 2; at + 1 < last && at < v + 13 && !blocked_in_protest; ++at)
        blocked_in_protest =
            is_one_of(toks[at].lower, "in", "to") && toks[at + 1].lower == "protest";
      if (!blocked_in_protest) continue;
    }
    // A word that names people of any gathering ("members", "residents", "supporters") needs a
    // protest's place: "rallied outside the embassy", "near", "against", "in front of" (not
    // "Members of the council gathered in New York for the vote", "Residents rallied in Kyiv to
    // clear the rubble").
    if ((kAnyGathering.contains(w) || kCrowdNumbers.contains(w)) &&
        // (A march or a demonstration protests wherever it goes; so does a blockade in protest.)
        !is_one_of(toks[v].lower, "marched", "demonstrated", "protested", "picketed", "poured",
                   "thronged", "stormed", "ransacked", "besieged", "pelted", "torched", "threw") &&
        !blocked_in_protest) {
      // ("held a rally outside", "burned an American flag outside the US embassy")
      // ("Outside the Libyan People's Bureau in London, about 40 exiles chanted slogans")
      // ("gathered at the harbour ... to protest against", "gathered ..., chanting slogans",
      // "rallied in Kerben, demanding the withdrawal of": the words of a protest say so
      // wherever it is.)
      // (Not "waving banners to welcome the president", nor "a day after Uganda lodged a
      // protest".)
      bool place = is_one_of(toks[first].lower, "outside", "near");
      for (size_t k = first; k < last && !place; ++k)
        place =
            is_one_of(toks[k].lower, "protesting", "slogans", "placards", "chanting", "demanding",
                      "denouncing") ||
            (toks[k].lower == "protest" && k > first && is_one_of(toks[k - 1].lower, "to", "in")) ||
            // ("gathered in Ostrava to demand that the Government not yield")
            (toks[k].lower == "demand" && k > first && toks[k - 1].lower == "to");
      for (size_t at = v + 1; at < last && at < v + 6 && !place; ++at)
        place = is_one_of(toks[at].lower, "outside", "near", "against") ||
                (at + 1 < last && toks[at].lower == "in" && toks[at + 1].lower == "front");
      if (!place) continue;
    }
    // The city: "in Yerevan" after the verb, "In Kabul," before the crowd, or "on Berlin's
    // Unter den Linden".
    const ActorMention* city = nullptr;
    for (const auto& m : mentions) {
      if ((m.how != MentionHow::kCity && m.how != MentionHow::kCapital) || m.first_token == first)
        continue;
      // ("marched through Georgetown")
      // ("marched through central London")
      size_t before = m.first_token - 1;
      if (before > first && is_one_of(toks[before].lower, "central", "downtown")) --before;
      bool in = is_one_of(toks[before].lower, "in", "through", "across") ||
                (streets && m.first_token == v + 5 && toks[v + 4].lower == "of") ||
                // ("marched through the streets of Khartoum", "through the centre of Malabo")
                (before > first + 1 && toks[before].lower == "of" &&
                 is_one_of(toks[before - 1].lower, "streets", "centre", "center", "heart") &&
                 is_one_of(toks[before - 2].lower, "the", "main"));
      // (Not the state a crowd protests against, by its capital: "marched to the Romanian
      // embassy to protest against Bucharest's plans".)
      bool possessive = ends_with(toks[m.last_token - 1].lower, "'s") &&
                        !is_one_of(toks[before].lower, "against", "over", "about");
      // ("marched from the Spire on O'Connell Street to the Israeli embassy in Dublin")
      // ("Hundreds of protesters in Tripoli set fire to": in the description before the verb)
      // (A phrase of place before the crowd: "In Kabul,", "Outside the embassy in London,".)
      bool fronted = m.last_token <= i && in &&
                     (m.first_token == first + 1 ||
                      (is_one_of(toks[first].lower, "outside", "near", "at") &&
                       std::count_if(toks + m.last_token, toks + i,
                                     [](const Token& t) { return t.lower == ","; }) == 1));
      // ("students of the Rangoon University marched": the city that names their school.)
      const bool school = m.first_token > i + 2 && m.last_token < v &&
                          toks[m.first_token - 1].lower == "the" &&
                          is_one_of(toks[m.first_token - 2].lower, "of", "from", "at") &&
                          is_one_of(toks[m.last_token].lower, "university", "college");
      if ((m.first_token > v && m.first_token < v + 16 && (in || possessive)) || fronted ||
          (m.first_token > i && m.last_token <= v &&
           is_one_of(toks[m.first_token - 1].lower, "in", "of")) ||
          school) {
        city = &m;
        break;
      }
    }
    // With no city in the sentence, a crowd outside a mission in a story filed from a city is
    // there ("About 100 university students gathered near the US Embassy" under BEIJING).
    // ("marched from the Spire on O'Connell Street to the Israeli embassy")
    // (Whether token `at`, before `end`, opens the name of a mission.)
    auto names_mission = [&](size_t at, size_t end) {
      // ("marched to the Portuguese Consulate-General")
      return is_one_of(toks[at].lower, "embassy", "consulate", "mission", "legation",
                       "consulate-general", "embassies", "consulates", "chancery") ||
             (toks[at].lower == "high" && at + 1 < end && toks[at + 1].lower == "commission");
    };
    size_t mission = SIZE_MAX;
    for (size_t at = v + 1; at < last && at < v + 12 && mission == SIZE_MAX; ++at)
      if (names_mission(at, last)) mission = at;
    // ("Outside the US Embassy in the capital, about 200 supporters of the military chanted")
    bool fronted_mission = false;
    if (mission == SIZE_MAX && is_one_of(toks[first].lower, "outside", "near"))
      for (size_t at = first + 1; at < i && !fronted_mission; ++at)
        if (names_mission(at, i)) {
          mission = at;
          fronted_mission = true;
        }
    bool at_mission = mission != SIZE_MAX;
    // ("picketed the Russian embassy"; a march or a demonstration is a protest where it goes)
    bool near = fronted_mission ||
                (at_mission && v + 1 < last && toks[v + 1].lower == "the" && mission <= v + 4) ||
                is_one_of(toks[v].lower, "marched", "demonstrated", "protested", "picketed");
    // (Past what was chanted: "chanted anti-American slogans outside the embassy".)
    size_t said = v;
    if (toks[v].lower == "chanted")
      while (said + 1 < last && said < v + 5 && toks[said].lower != "slogans") ++said;
    for (size_t at = said + 1; at < last && at < said + 4 && !near; ++at)
      near = is_one_of(toks[at].lower, "outside", "near", "at", "to", "towards", "toward") ||
             (at + 1 < last && toks[at].lower == "in" && toks[at + 1].lower == "front");
    // (A protest, as its words say: not "members of a tour group gathered outside the embassy
    // before boarding a bus".)
    bool protest_words = std::any_of(toks + first, toks + last, [](const Token& t) {
      return is_one_of(t.lower, "protest", "protested", "protesting", "protests", "chanting",
                       "chanted", "slogans", "banners", "placards", "demanding", "demand",
                       "denouncing", "against", "burning", "burned", "waving", "flags", "effigy",
                       "effigies", "stones", "eggs");
    });
    if (kNeedsProtestWords.contains(w) && !protest_words && !at_mission && !blocked_in_protest)
      continue;
    // (Citizens at a mission are often its own state's, seeking help: "Egyptian citizens gathered
    // outside the Egyptian embassy seeking help to leave"; a protest only in words of one.)
    if (w == "citizens" && !protest_words) continue;
    // A crowd gathered for something else is none, unless its words are a protest's: "gathered
    // in front of the US embassy to celebrate Independence Day", "gathered in Tehran to mourn
    // the victims".
    // (Not where the verb or the crowd is a protest's own, "picketed", "protesters"; nor
    // "accusing Moscow of failing to honor its commitments".)
    bool other_purpose = false, protest_said = false;
    const bool protest_verb =
        is_one_of(toks[v].lower, "picketed", "protested", "demonstrated", "stormed", "ransacked",
                  "besieged", "pelted", "torched", "burned", "burnt", "chanted", "threw") ||
        is_one_of(w, "protesters", "protestors", "demonstrators");
    for (size_t k = v + 1; k + 1 < last; ++k) {
      if (!protest_verb && k < v + 12 && toks[k].lower == "to" &&
          !ends_with(toks[k - 1].lower, "ing") &&
          is_one_of(toks[k + 1].lower, "celebrate", "welcome", "mourn", "vote", "pray", "watch",
                    "wait", "greet", "commemorate", "remember", "honour", "honor", "mark", "cheer",
                    "attend", "collect", "receive", "register", "apply", "queue", "congratulate",
                    "thank", "pay", "lay"))
        other_purpose = true;
      // ("to express condolences", "to lay flowers")
      if (!protest_verb && k < v + 14 &&
          is_one_of(toks[k].lower, "condolences", "flowers", "wreaths"))
        other_purpose = true;
      if (is_one_of(toks[k].lower, "protest", "protested", "protesting", "slogans", "placards",
                    "chanting", "demanding", "denouncing", "effigy", "effigies"))
        protest_said = true;
    }
    if (other_purpose && !protest_said && !blocked_in_protest) continue;
    // ("Members of parliament gathered in Kyiv": a body's members, no crowd; but "members of the
    // Congress of South African Trade Unions" are a union's.)
    if (w == "members" && i + 2 < last && toks[i + 1].lower == "of") {
      size_t b = i + 2 + (toks[i + 2].lower == "the" && i + 3 < last ? 1 : 0);
      if (is_one_of(toks[b].lower, "parliament", "congress", "council", "assembly", "cabinet",
                    "government", "senate", "house", "committee", "delegation", "staff",
                    "commission") &&
          !(b + 1 < last && toks[b + 1].lower == "of"))
        continue;
    }
    if (body) {
      std::erase_if(mentions, [&](const ActorMention& m) {
        return m.first_token >= i && m.last_token <= v && !m.place;
      });
      mentions.push_back(
          ActorMention{toks[i].begin, toks[v - 1].end, i, v, body, MentionHow::kName, false});
      continue;
    }
    // A town the lexicon does not know, named where the crowd went ("marched through Tetouan
    // to the Spanish consulate", "through the port town of Kollam") or at the opening ("On
    // Kasos, several hundred residents gathered"): the crowd is that town's.
    std::string_view town;
    if (!city && protest_words) {
      auto town_at = [&](size_t k) {
        if (k + 4 < last && toks[k].lower == "the" &&
            is_one_of(toks[k + 2].lower, "town", "city", "village") && toks[k + 3].lower == "of")
          k += 4;
        else if (k + 3 < last && toks[k].lower == "the" &&
                 is_one_of(toks[k + 1].lower, "town", "city", "village", "streets") &&
                 toks[k + 2].lower == "of")
          k += 3;
        // (Not "On Friday, several hundred people marched": a day is no town.)
        if (!(k < last && toks[k].kind == TokenKind::kWord && toks[k].capitalized && !covered(k) &&
              name_word(toks[k])))
          return std::string_view();
        // ("in Punta Arenas", "through Port Vila": a name of two words; not of more.)
        size_t end = k + 1;
        if (end < last && toks[end].kind == TokenKind::kWord && toks[end].capitalized &&
            !covered(end))
          ++end;
        if (end < last && toks[end].kind == TokenKind::kWord && toks[end].capitalized)
          return std::string_view();
        return text.substr(toks[k].begin, toks[end - 1].end - toks[k].begin);
      };
      // (Or where the mission it went to is: "threw stones at the Argentine consulate in Punta
      // Arenas".)
      // (An embassy is in the capital: "the American Embassy in Merdeka Selatan" in a story
      // filed from Djakarta names its street, and the crowd is the capital's.)
      for (size_t at = v + 1; at < last && at < v + 10 && town.empty(); ++at)
        if (is_one_of(toks[at].lower, "through", "in") &&
            (at < v + 6 || is_one_of(toks[at - 1].lower, "embassy", "consulate", "mission",
                                     "legation", "commission", "chancery")) &&
            !(toks[at].lower == "in" && is_one_of(toks[at - 1].lower, "embassy", "chancery") &&
              !impl_->home_city.empty()))
          town = town_at(at + 1);
      if (town.empty() && i > first + 2 && is_one_of(toks[first].lower, "in", "on", "at") &&
          toks[first + 2].lower == ",")
        town = town_at(first + 1);
    }
    // With no town named, a protest is where the story was filed from; with no dateline, a
    // crowd at a foreign mission is in the capital of the state the outlet is named after, or
    // the headline opens with, or, at a mission of one of the two states the story is about,
    // of the other ("gathered outside the Belarusian embassy" in a story of Latvia and
    // Belarus).
    const LexActor* home = impl_->home;
    std::string_view home_city = impl_->home_city;
    if (!city && town.empty() && at_mission && near && home_city.empty()) {
      const LexActor* guest = nullptr;  // the state whose mission it is
      for (const auto& m : mentions)
        if (m.actor->kind == ActorKind::kCountry && m.first_token > v &&
            ((m.last_token <= mission && m.last_token + 2 >= mission) ||
             // ("the embassy of Belarus")
             (m.first_token == mission + 2 && toks[mission + 1].lower == "of")))
          guest = m.actor;
      for (const LexActor* a :
           {impl_->home != guest ? impl_->home : nullptr, impl_->host_of(guest)})
        if (a && a->kind == ActorKind::kCountry && !a->capitals.empty()) {
          home = a;
          home_city = a->capitals.front();
          break;
        }
    }
    if (!city && town.empty() &&
        !((at_mission || protest_words) && near && home && !home_city.empty()))
      continue;
    std::string_view written = city ? text.substr(city->begin, city->end - city->begin) : town;
    // (A capital as the story spells it, "Peking protesters" in 1967, where the lexicon
    // lists that spelling; else the lexicon's own.)
    const bool listed_spelling =
        city && std::ranges::find(city->actor->capitals, written) != city->actor->capitals.end();
    std::string place(!city && town.empty() ? home_city
                      : city && city->how == MentionHow::kCapital &&
                              !city->actor->capitals.empty() && !listed_spelling
                          ? std::string_view(city->actor->capitals.front())
                          : written);
    const LexActor* city_state = city ? city->actor : home;
    // ("yerevan-protesters"; students who protest are protesters too, as event-types.md
    // writes them)
    std::string name = place + " protesters";
    const LexActor* crowd =
        impl_->named(name, ActorKind::kGroup, city_state ? city_state->country : "", "");
    if (std::find(impl_->crowds.begin(), impl_->crowds.end(), crowd) == impl_->crowds.end())
      impl_->crowds.push_back(crowd);
    // The mention runs up to the verb ("About 200 members of a nationalist network" rallied).
    // The people it is of are no one it protests against ("Hundreds of Ethiopians rallied
    // outside the Treasury"), nor are those whose portraits it carries.
    std::erase_if(mentions, [&](const ActorMention& m) {
      return m.first_token > i && m.last_token <= v &&
             (m.how == MentionHow::kDemonym ||
              (m.actor->kind == ActorKind::kPerson && m.first_token >= i + 3 &&
               (toks[m.first_token - 1].lower == "of" || toks[m.first_token - 2].lower == "of") &&
               std::any_of(toks + m.first_token - 3, toks + m.first_token,
                           [](const Token& x) { return kPictures.contains(x.lower); })));
    });
    mentions.push_back(
        ActorMention{toks[i].begin, toks[v - 1].end, i, v, crowd, MentionHow::kName, false});
  }
  // "fighters of the Group for the Support of Islam and Muslims (JNIM)", "a meeting of the
  // National Security Committee (NSC)": a body the article introduces with its acronym is an
  // actor of the article, and the acronym names it from then on (not a body of the lexicon
  // with the same letters). Its id is the acronym's ("jnim"), or, after a state, the state's
  // and the name's ("pakistani-national-security-committee", as the lexicon's ministries).
  auto acronym_at = [&](size_t i) {
    std::string_view w = word(i);
    size_t upper = std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return toks[i].kind == TokenKind::kWord && w.size() >= 2 && w.size() <= 8 && upper >= 2 &&
           upper + 1 >= w.size();
  };
  auto free_capital = [&](size_t i) {
    return toks[i].kind == TokenKind::kWord && toks[i].capitalized && !covered(i);
  };
  auto connects = [&](size_t k) {
    return is_one_of(toks[k].lower, "of", "for", "the", "and", "on");
  };
  for (size_t i : cues) {
    if (i < first + 2 || i + 2 >= last || toks[i].lower != "(" || toks[i + 2].lower != ")" ||
        !acronym_at(i + 1))
      continue;
    size_t b = i;
    while (b > first) {
      if (free_capital(b - 1)) {
        --b;
      } else if (b - 1 > first && connects(b - 1) && free_capital(b - 2)) {
        b -= 2;
      } else if (b - 2 > first && connects(b - 1) && connects(b - 2) && free_capital(b - 3)) {
        b -= 3;  // "Group for the Support"
      } else {
        break;
      }
    }
    while (b < i && !toks[b].capitalized) ++b;  // (a connecting word does not start a name)
    if (b < i && toks[b].lower == "the") ++b;
    // (A body, not a place or a programme: "the Line of Actual Control (LAC)".)
    static const detail::WordSet kBodyNouns = {
        "group",       "front",      "forces",       "army",         "council",
        "committee",   "coalition",  "agency",       "authority",    "union",
        "alliance",    "movement",   "party",        "court",        "ministry",
        "department",  "office",     "commission",   "bank",         "fund",
        "institute",   "service",    "corps",        "staff",        "command",
        "league",      "community",  "forum",        "association",  "brigades",
        "militia",     "guard",      "police",       "federation",   "board",
        "bureau",      "states",     "organization", "organisation", "administration",
        "directorate", "secretariat"};
    bool body_noun = false;
    for (size_t k = b; k < i; ++k) body_noun = body_noun || kBodyNouns.contains(toks[k].lower);
    if (i - b < 2 || !body_noun) continue;
    std::string_view acronym = word(i + 1);
    // (A body of the lexicon by one of its names: "Tigray People's Liberation Front (TPLF)".)
    std::string written(toks[b].lower);  // (the tokens' ’ is ')
    for (size_t k = b + 1; k < i; ++k) (written += ' ') += toks[k].lower;
    bool known = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      if (m.first_token != i + 1) return false;
      auto same = [&](const std::string& n) { return detail::lower_ascii(n) == written; };
      return same(m.actor->name) || std::any_of(m.actor->names.begin(), m.actor->names.end(), same);
    });
    if (known) continue;
    const ActorMention* state = nullptr;
    for (const auto& m : mentions)
      if (m.last_token == b && m.actor->kind == ActorKind::kCountry && !m.place) state = &m;
    std::string name(word_range(b, i));
    std::string id(acronym);
    if (state) {
      name = adjective_of(*state->actor) + " " + name;
      id = name;
    }
    const LexActor* body =
        impl_->named(name, ActorKind::kOrganization, state ? state->actor->country : "", "", id);
    impl_->by_acronym.emplace(acronym, body);
    size_t begin = state ? state->first_token : b;
    std::erase_if(mentions, [&](const ActorMention& m) {
      return m.first_token < i + 3 && m.last_token > begin;
    });
    mentions.push_back(ActorMention{toks[begin].begin, toks[i + 2].end, begin, i + 3, body,
                                    MentionHow::kName, false});
  }
  if (!impl_->by_acronym.empty())
    for (size_t i = first; i < last; ++i) {
      if (toks[i].kind != TokenKind::kWord || !toks[i].capitalized) continue;
      auto it = impl_->by_acronym.find(word(i));
      if (it == impl_->by_acronym.end() || (i > first && toks[i - 1].lower == "(")) continue;
      std::erase_if(mentions,
                    [&](const ActorMention& m) { return m.first_token <= i && m.last_token > i; });
      mentions.push_back(
          ActorMention{toks[i].begin, toks[i].end, i, i + 1, it->second, MentionHow::kName, false});
    }
  // "the Forum", "Forum leaders": the body the story named in full ("the Pacific Islands Forum")
  // by its last word, after "the" or before a noun of its own.
  if (!impl_->by_head_noun.empty())
    for (size_t i = first; i < last; ++i) {
      if (toks[i].kind != TokenKind::kWord || !toks[i].capitalized || covered(i)) continue;
      auto it = impl_->by_head_noun.find(word(i));
      if (it == impl_->by_head_noun.end()) continue;
      bool the =
          i > first && toks[i - 1].lower == "the" && !(i > first + 1 && toks[i - 2].capitalized);
      bool noun = i + 1 < last && toks[i + 1].kind == TokenKind::kWord &&
                  !toks[i + 1].capitalized &&
                  is_one_of(toks[i + 1].lower, "leaders", "secretariat", "members", "states",
                            "summit", "meeting", "ministers", "countries", "chair", "chairman");
      // (Not "a forum", "the Forum on Migration": another body.)
      bool named_on = i + 1 < last && is_one_of(toks[i + 1].lower, "of", "on", "for");
      if ((!the && !noun) || named_on) continue;
      mentions.push_back(
          ActorMention{toks[i].begin, toks[i].end, i, i + 1, it->second, MentionHow::kName, false});
    }
  std::sort(mentions.begin(), mentions.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.first_token < b.first_token;
  });
  for (const auto& m : mentions)
    if (m.actor->kind == ActorKind::kOrganization && ends_with(m.actor->name, "Ministry"))
      impl_->ministry = m.actor;
    else if (m.actor->kind == ActorKind::kOrganization && ends_with(m.actor->name, "Department"))
      impl_->department = m.actor;
  std::vector<ActorMention> added;
  for (size_t i = first; i < last;) {
    // ("Prime Minister al-Baghdadi Ali al-Mahmudi": a name may open with its particle.)
    auto al_start = [&](size_t k) {
      std::string_view w = toks[k].lower;
      return (starts_with(w, "al-") || starts_with(w, "el-")) && w.size() > 4 && k > first &&
             is_title_word(toks[k - 1].lower) && k + 1 < last && name_word(toks[k + 1]);
    };
    while (i < last && !toks[i].capitalized) {  // (a loop of its own: most words)
      if (toks[i].lower.size() > 4 && toks[i].lower[2] == '-' && al_start(i)) break;
      ++i;
    }
    if (i == last) break;
    if (covered(i)) {
      ++i;
      continue;
    }
    // ("Inspector-General of Police Ismail Omar", "Chief of Army Staff Asim Munir": the body
    // an office is of is no part of the name after it.)
    if (i >= first + 2 && toks[i - 1].lower == "of" && is_title_word(toks[i - 2].lower) &&
        is_one_of(toks[i].lower, "police", "army", "navy", "staff", "customs", "prisons",
                  "immigration", "intelligence")) {
      ++i;
      while (i < last && is_one_of(toks[i].lower, "staff", "police", "services", "service"))
        ++i;  // ("Chief of Army Staff")
      continue;
    }
    // A name: up to four capitalized words ("Tariq Aziz", "George H. Bush", "Jose Maria Velasco
    // Ibarra"), with the particles of Arabic and European names inside it ("Abdel Fattah
    // al-Sisi", "Mohammed bin Salman", "Sheikh Mohammed bin Abdulrahman Al Thani", "Ursula von
    // der Leyen").
    auto particle = [&](size_t k) {
      if (toks[k].kind != TokenKind::kWord) return false;
      std::string_view w = toks[k].lower;
      if ((starts_with(w, "al-") || starts_with(w, "el-")) && w.size() > 4) return true;
      static const detail::WordSet kParticles = {"bin", "bint", "ibn", "al",  "el",  "abu",
                                                 "de",  "da",   "van", "von", "der", "del",
                                                 "dos", "das",  "di",  "la"};
      // (The particle test first: it rejects most words at once, and all four are pure.)
      // ("Miguel de la Madrid": two particles.)
      return kParticles.contains(w) && k + 1 < last && !covered(k + 1) &&
             (name_word(toks[k + 1]) || (w == "de" && k + 2 < last && toks[k + 1].lower == "la" &&
                                         !covered(k + 2) && name_word(toks[k + 2])));
    };
    // "M. Marcello Caetano", "Mme Bachelet": a French word of courtesy opens no name ("M." is
    // no initial here; "Robert M. Gates" has it inside the name).
    // (A surname alone after it, "M. Juppe", the story has not named before stays as it was
    // written: the person is still found.)
    if (is_french_courtesy(toks[i].lower) && i + 1 < last && name_word(toks[i + 1]) &&
        toks[i + 1].lower.size() > 2 &&
        ((i + 2 < last && name_word(toks[i + 2]) && !covered(i + 2)) ||
         impl_->by_surname.contains(word(i + 1)))) {
      ++i;
      continue;
    }
    size_t j = i;
    bool royal = is_royal_title(toks[i].lower);
    // ("Crown Prince", "Emir Sheikh Nawaf": titles one after another.)
    while (royal && j + 1 < last && is_royal_title(toks[j + 1].lower)) ++j;
    if (royal) ++j;
    // Malaysian and South Asian honorifics are no part of the name: "Datuk Seri Najib Tun
    // Razak", "Tan Sri Khalid Abu Bakar", "Datuk Seri Dr Ahmad Zahid Hamidi", "Shri Modi",
    // "Md Touhid Hossain".
    if (!royal && j + 1 < last) {
      size_t k = j;
      // ("Md Touhid Hossain": the written-short "Mohammad" of Bangladeshi papers too.)
      // ("Ratu Tevita Mara", "Lyonpo Tandi Dorji": Fijian chiefs' and Bhutanese ministers'.)
      if (is_one_of(toks[j].lower, "datuk", "dato'", "dato", "datin", "tun", "shri", "alhaji", "md",
                    "md.", "ratu", "lyonpo", "dasho", "smt", "smt.", "haji", "hajji"))
        k = j + 1;
      else if (is_one_of(toks[j].lower, "tan", "puan", "toh") &&
               is_one_of(toks[j + 1].lower, "sri", "puan"))
        k = j + 2;
      if (k > j && k < last && is_one_of(toks[k].lower, "seri", "sri", "paduka")) ++k;
      if (k > j && k < last && is_one_of(toks[k].lower, "dr", "dr.")) ++k;
      // ("Datuk Seri Dr Mahathir Mohamad": the honorifics of a person the lexicon knows are no
      // name of their own.)
      if (k > j && k < last && covered(k)) {
        i = k;
        continue;
      }
      if (k > j && k < last && name_word(toks[k])) j = k;
    }
    bool honorific_before = j > i && !royal;
    size_t name_begin = j;
    // "Thérèse Kayikwamba Wagner": a surname that is also the short name of a body ("Wagner")
    // ends the name it follows.
    auto body_word = [&](size_t k) {
      return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
        return m.first_token == k && m.last_token == k + 1 &&
               (m.actor->kind == ActorKind::kOrganization || m.actor->kind == ActorKind::kGroup);
      });
    };
    // ("K R Narayanan", "S Jaishankar": initials without full stops, as Indian papers write
    // them, before the name; they do not count as its words.)
    // (Initials open the name: not "Plan B Netanyahu", "In Terminal B Blinken".)
    auto initial = [&](size_t k) {
      if (k == name_begin && k > first && toks[k - 1].kind == TokenKind::kWord &&
          toks[k - 1].capitalized && !is_title_word(toks[k - 1].lower))
        return false;
      if (k > name_begin && toks[k - 1].lower.size() != 1) return false;
      // ("P.J. Patterson", "K.D. Knight": initials with full stops, written as one word.)
      std::string_view w = word(k);
      bool dotted = k == name_begin && w.size() >= 4 && w.size() <= 6 && w.size() % 2 == 0;
      for (size_t c = 0; dotted && c < w.size(); c += 2)
        dotted = w[c] >= 'A' && w[c] <= 'Z' && w[c + 1] == '.';
      if (dotted) return k + 1 < last && !covered(k + 1) && name_word(toks[k + 1]);
      return toks[k].kind == TokenKind::kWord && toks[k].lower.size() == 1 &&
             toks[k].lower[0] >= 'b' && toks[k].lower[0] <= 'z' && toks[k].lower[0] != 'i' &&
             text[toks[k].begin] >= 'A' && text[toks[k].begin] <= 'Z' && k + 1 < last &&
             !covered(k + 1) && (name_word(toks[k + 1]) || toks[k + 1].lower.size() == 1);
    };
    for (size_t words = 0; j < last && (!covered(j) || (words >= 2 && body_word(j)));) {
      bool part = j > name_begin && particle(j);
      bool init = !part && initial(j);
      bool opening = j == name_begin && !toks[j].capitalized && al_start(j);
      if (!part && !init && !opening && (words == 4 || !name_word(toks[j]))) break;
      if (!part && !init) ++words;
      ++j;
    }
    // A particle does not end a name ("Mohammed bin").
    while (j > name_begin && particle(j - 1) && !starts_with(toks[j - 1].lower, "al-") &&
           !starts_with(toks[j - 1].lower, "el-"))
      --j;
    // "Ferdinand Marcos Jr." is not his father.
    if (j > name_begin && j < last && !covered(j) &&
        is_one_of(toks[j].lower, "jr.", "jr", "sr.", "sr", "ii", "iii"))
      ++j;
    size_t n = j - name_begin;
    // "met Crown Prince Mohammed bin Zayed": a royal title before a person the lexicon named
    // is part of the mention, as the title of a person it does not know is.
    if (n == 0 && royal)
      for (auto& m : mentions)
        if (m.first_token == name_begin && m.actor->kind == ActorKind::kPerson) {
          m.first_token = i;
          m.begin = toks[i].begin;
          break;
        }
    if (n == 0) {
      ++i;
      continue;
    }
    std::string name(text.substr(toks[royal ? i : name_begin].begin,
                                 toks[j - 1].end - toks[royal ? i : name_begin].begin));
    // "Nicolás Maduro's government": a full name whose possessive owns a government (or its
    // voice, or its forces) is its leader's; the name is without the ending.
    // (Any name in the possessive is without its ending: "Prince Faisal's visit to Tehran" is
    // Prince Faisal's.)
    bool owner = false;
    if (toks[j - 1].possessive) {
      size_t cut = possessive_ending(word(j - 1));
      if (cut && cut < name.size()) {
        name.resize(name.size() - cut);
        owner = n >= 2 && j < last &&
                is_one_of(toks[j].lower, "government", "administration", "regime", "cabinet",
                          "spokesman", "spokeswoman", "spokesperson", "office", "envoy", "forces",
                          "troops", "party");
      }
    }
    const LexActor* known = nullptr;
    if (auto it = impl_->by_name.find(name); it != impl_->by_name.end()) known = it->second;
    // "President Hassan Sheikh" after "Hassan Sheikh Mohamud": the first words of a full name
    // the story gave name that person.
    if (!known && n >= 2 && !royal) {
      std::string prefix = name + " ";
      auto it = impl_->by_name.lower_bound(prefix);
      if (it != impl_->by_name.end() && it->first.starts_with(prefix) &&
          it->second->kind == ActorKind::kPerson)
        known = it->second;
    }
    // "Mr Mifsud Bonnici" after "Carm Mifsud Bonnici": so do its last words (a surname of two),
    // when they end one full name only.
    if (!known && n >= 2 && !royal) {
      std::string suffix = " " + name;
      const LexActor* only = nullptr;
      bool several = false;
      for (const auto& [full, who] : impl_->by_name)
        if (who->kind == ActorKind::kPerson && full.ends_with(suffix) && who != only) {
          several = only != nullptr;
          only = who;
        }
      if (!several) known = only;
    }
    // (An ayatollah is named by his surname, as other clerics are: "Ayatollah Rouhani" after
    // "Ayatollah Sadeq Rouhani"; a king or a sheikh by his given name.)
    if (!known && n == 1 && (!royal || toks[name_begin - 1].lower == "ayatollah"))
      if (auto it = impl_->by_surname.find(word(name_begin)); it != impl_->by_surname.end())
        // (Only one introduced as an ayatollah: not "Prime Minister Adel Abdul Mahdi".)
        if (!royal ||
            std::any_of(it->second->roles.begin(), it->second->roles.end(), [](const LexRole& r) {
              return detail::lower_ascii(r.title) == "ayatollah";
            }))
          known = it->second;
    // "Father Lini" after "Father Walter Lini": a cleric's title before the surname of one the
    // story named in full after that title (not "Father Kim, a Catholic priest" after Kim Jong
    // Un; the words are names too -- "Maurice Bishop" -- so no title elsewhere).
    if (!known && n == 2 && !royal && is_cleric_title(toks[name_begin].lower))
      for (auto it = impl_->clerics.rbegin(); it != impl_->clerics.rend() && !known; ++it)
        if (it->first == toks[name_begin].lower &&
            detail::surname(it->second->name) == word(name_begin + 1))
          known = it->second;
    // "Sir Michael", "Dame Jacinda": a knight is his given name later in the story (Britain and
    // the Commonwealth), the knight named so last (not "John Howard" for "Sir John" after "Sir
    // John Major").
    if (!known && n == 1 && !royal && name_begin > first &&
        is_one_of(toks[name_begin - 1].lower, "sir", "dame")) {
      std::string given = std::string(word(name_begin)) + " ";
      for (auto it = impl_->knights.rbegin(); it != impl_->knights.rend() && !known; ++it)
        if ((*it)->name.starts_with(given)) known = *it;
    }
    // Evidence that a new run of words is a person.
    size_t title_begin = i;
    std::string title;
    // (Before a royal title too: "Saudi Interior Minister Prince Nayef bin Abdul Aziz".)
    if (!known && n >= 2) {
      size_t k = i;
      // ("Minister of State Agio Pereira", "Minister for Foreign Affairs Penny Wong": the title
      // runs on past its "of"; "Information Minister Ali Abdu", "Fisheries Minister Brian
      // Tobin": the portfolio named before the office is part of it.)
      while (k > first &&
             (is_title_word(toks[k - 1].lower) ||
              (k >= first + 2 && k < i && is_one_of(toks[k - 1].lower, "of", "for") &&
               is_title_word(toks[k - 2].lower) &&
               // (Not "spokesman for President Petr Kral": whose spokesman.)
               !is_one_of(toks[k - 2].lower, "spokesman", "spokeswoman", "spokesperson", "envoy",
                          "ambassador", "aide", "adviser", "advisor", "representative", "emissary",
                          "delegate", "official", "counterpart")) ||
              (k < i && toks[k - 1].kind == TokenKind::kWord && toks[k - 1].capitalized &&
               !toks[k - 1].possessive && !covered(k - 1) &&
               is_one_of(toks[k].lower, "minister", "secretary") &&
               !is_title_word(toks[k - 1].lower) && name_word(toks[k - 1]))))
        --k;
      if (k < i) {
        title_begin = k;
        title = std::string(text.substr(toks[k].begin, toks[i - 1].end - toks[k].begin));
      }
    }
    // "The Revolutionary Command Council said": an organisation, not a person.
    const detail::WordSet& kBodyHeads = body_heads();
    bool org_head = kBodyHeads.contains(toks[j - 1].lower);
    // "Azerbaijan's State Security Service detained": a service of the state (not "Robert
    // Service", a name).
    if (j >= 2 && is_one_of(toks[j - 1].lower, "service", "services") &&
        is_one_of(toks[j - 2].lower, "security", "intelligence", "secret", "federal", "foreign",
                  "civil", "border", "customs", "immigration", "migration", "news", "information",
                  "prison", "diplomatic", "public", "national", "state", "protection", "postal",
                  "revenue", "tax", "health", "emergency", "rescue", "coast"))
      org_head = true;
    // "Middle East News Agency said": the run of names ends before the word that makes it a body.
    static const detail::WordSet kBodyWords = {
        "agency", "council",    "committee", "ministry",    "party",        "front",
        "union",  "commission", "institute", "association", "organization", "organisation"};
    if (j < last && kBodyWords.contains(toks[j].lower)) org_head = true;
    // "the General San Martin international bridge", "the Queen Elizabeth hospital": a name
    // before what is built names the structure, not a person there.
    static const detail::WordSet kStructures = {
        "bridge",  "airport",   "street",   "avenue",     "square",   "stadium",
        "highway", "road",      "hospital", "university", "station",  "memorial",
        "park",    "boulevard", "building", "hall",       "dam",      "canal",
        "tunnel",  "port",      "harbour",  "harbor",     "barracks", "base"};
    if (!known && j < last &&
        (kStructures.contains(toks[j].lower) || (toks[j].lower == "international" && j + 1 < last &&
                                                 kStructures.contains(toks[j + 1].lower)))) {
      i = j;
      continue;
    }
    // "the Cessation of Hostilities Agreement signed in Geneva": a run of names that ends in
    // what a text is called names the text, not a person who signed.
    if (!known && is_one_of(toks[j - 1].lower, "agreement", "accord", "accords", "treaty", "pact",
                            "declaration", "protocol", "convention", "charter", "memorandum")) {
      i = j;
      continue;
    }
    // "the Adjacency Line", "the Nigeria Customs Service", "the Western Balkans", "Air
    // Mauritanie", "the BRP Sierra Madre": a run of names that ends in the noun of a place or a
    // body, or opens with that of an airline, a bank or a ship, names no person.
    // (Words that are surnames too -- "Senator Frank Church", "Robert Service", "Tom Line" --
    // only after "the", "of" or a state: "the Adjacency Line", "the Tanzania Police Force".)
    static const detail::WordSet kNotPersonEnds = {
        "statute",     "region",   "mosques",   "balkans",     "zone",         "strait",
        "straits",     "sea",      "ocean",     "gulf",        "reserve",      "peninsula",
        "corridor",    "frontier", "highlands", "heights",     "territory",    "territories",
        "republic",    "kingdom",  "emirates",  "cooperation", "co-operation", "development",
        "integration", "affairs",  "security",  "relations",   "islands",      "coast"};
    static const detail::WordSet kBodyOrPlaceEnds = {"line",  "service", "force",
                                                     "board", "church",  "forest"};
    bool after_the = name_begin > first && (is_one_of(toks[name_begin - 1].lower, "the", "of") ||
                                            covered(name_begin - 1));
    if (!known && !royal && n >= 2 &&
        (kNotPersonEnds.contains(toks[j - 1].lower) ||
         (after_the && kBodyOrPlaceEnds.contains(toks[j - 1].lower)) ||
         is_one_of(toks[name_begin].lower, "air", "bank", "brp", "hms", "uss", "ins", "mv", "rfa",
                   "kri", "hmas", "hmcs", "hmnzs"))) {
      i = j;
      continue;
    }
    // ("Radoslaw Sikorski met Antony Blinken", "Kaja Kallas will travel": a full name that
    // acts.)
    // ("Jan Novak on Sunday condemned", "Jan Novak also said", "Jan Novak last week visited":
    // past a short time phrase or adverb.)
    size_t v = j;
    for (int step = 0; step < 3 && v < last; ++step) {
      const std::string_view w = toks[v].lower;
      if (is_one_of(w, "also", "yesterday", "today", "tonight", "earlier", "later", "again",
                    "separately", "reportedly", "previously", "recently", "then"))
        v += 1;
      else if (v + 1 < last && is_one_of(w, "on", "last", "this") &&
               is_one_of(toks[v + 1].lower, "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "week", "month", "night"))
        v += 2 + (v + 2 < last &&
                  is_one_of(toks[v + 2].lower, "morning", "afternoon", "evening", "night"));
      else
        break;
    }
    bool speaker =
        n >= 2 && !org_head && v < last &&
        is_one_of(toks[v].lower, "said", "says", "told", "added", "met", "meets", "will", "would",
                  "has", "had", "arrived", "visited", "spoke", "urged", "warned", "accused",
                  "thanked", "signed", "agreed", "held", "announced", "denied", "rejected",
                  "pledged", "travelled", "traveled", "condemned", "called", "criticized",
                  "criticised", "hosted", "hosts", "received", "welcomed", "greeted", "phoned",
                  "demanded", "asked", "offered", "proposed", "threatened", "vowed", "insisted",
                  "stressed", "claimed", "confirmed", "declared", "promised", "invited", "praised",
                  "blamed", "dismissed", "refused", "attended", "addressed", "hailed", "reaffirmed",
                  "ordered", "expelled", "recalled", "released", "freed", "flew", "arrives",
                  "visits", "tells");
    // "Steve Witkoff, Mr. Trump's special envoy, met": a name described right after it.
    bool appositive =
        n >= 2 && j + 2 < last && toks[j].lower == "," &&
        (is_one_of(toks[j + 1].lower, "the", "a", "an", "who", "its", "his", "her", "their", "mr.",
                   "mrs.", "ms.", "mr", "mrs", "ms") ||
         ends_with(toks[j + 1].lower, "'s") || is_title_word(toks[j + 1].lower) ||
         // "Kim You-geun, first deputy director of ...,"
         // ("Sir Denis Greenhill, Permanent Under-Secretary at the Foreign Office,")
         (is_one_of(toks[j + 1].lower, "first", "second", "third", "senior", "top", "outgoing",
                    "incoming", "longtime", "veteran", "permanent", "acting", "principal",
                    "assistant") &&
          is_title_word(toks[j + 2].lower)) ||
         // "Massad Boulos, US President Donald Trump's senior adviser for Africa,"
         std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
           return m.first_token == j + 1 && !m.place && m.actor->kind != ActorKind::kGroup;
         }));
    // "Israel's ambassador to the UN, Gilad Erdan, denounced": a name set off by commas right
    // after a title; the title (and the state before it) are his.
    // ("the Iraqi Foreign Minister, Dr. Hashim Jawad,": past an honorific.)
    size_t set_off_title = SIZE_MAX;
    const bool honorific_only = title_begin + 1 == i && is_honorific(toks[title_begin].lower);
    // ("The South African Minister of Defence, General Magnus Malan,": past a military rank, the
    // office is the title.)
    bool rank_only = !honorific_only && title_begin < i;
    for (size_t k = title_begin; k < i && rank_only; ++k)
      rank_only =
          is_one_of(toks[k].lower, "general", "gen.", "lieutenant-general", "lt.-gen.",
                    "major-general", "maj.-gen.", "brigadier", "brig.", "colonel", "col.",
                    "admiral", "adm.", "vice-admiral", "rear-admiral", "marshal", "field", "air");
    size_t lead = honorific_only || rank_only ? title_begin : i;
    // (Past a word of courtesy: "the Prime Minister, M. Marcello Caetano,", "the Minister of
    // Foreign Affairs, don Fernando María Castiella,".)
    if (!honorific_only && lead > first + 2 &&
        (is_spanish_don(toks[lead - 1]) || is_french_courtesy(toks[lead - 1].lower)) &&
        toks[lead - 2].lower == ",")
      --lead;
    // ("Saudi Arabia's Interior Minister, Prince Nayef bin Abdul Aziz,": before a royal title.)
    if (!known && n >= 2 && (title.empty() || honorific_only || rank_only) && lead > first + 1 &&
        toks[lead - 1].lower == "," &&
        // (Or ending the sentence: "by the President of the young Republic, don Francisco Macías
        // Nguema.")
        (j == last || is_one_of(toks[j].lower, ",", ".")))
      for (size_t k = lead - 1; k-- > first && lead - 1 - k <= 7;) {
        if (is_one_of(toks[k].lower, ",", ".", ";", ":")) break;
        // ("The Amir, Shaikh Jaber bin Ali Al Thani,": a ruler's title before a royal one.)
        if ((is_title_word(toks[k].lower) ||
             (royal && is_one_of(toks[k].lower, "amir", "emir", "sultan", "ruler"))) &&
            !is_honorific(toks[k].lower) && toks[k].lower != "former")
          set_off_title = k;
      }
    if (set_off_title != SIZE_MAX)
      title = std::string(
          text.substr(toks[set_off_title].begin, toks[lead - 2].end - toks[set_off_title].begin));
    // "The Korea Coast Guard seized ...", "the Professional Associations Council": a run of
    // names that ends in what a body is called is a body the lexicon does not know, named so
    // from then on. (Not a news outlet or a company; not a run inside a title-case headline.)
    // (A name of its own, not what any state's body is called: "the Health Ministry", "the
    // Armed Forces", "the National Assembly", "the Joint Boundary Commission" are a state's.)
    static const detail::WordSet kCommonBodyWords = {
        "national", "armed",     "health",  "joint",      "supreme",  "federal",  "central",
        "general",  "high",      "state",   "public",     "security", "defence",  "defense",
        "interior", "foreign",   "special", "border",     "boundary", "civil",    "human",
        "rights",   "affairs",   "trade",   "finance",    "justice",  "economic", "social",
        "military", "emergency", "naval",   "air",        "coast",    "ground",   "staff",
        "chiefs",   "and",       "of",      "for",        "the",      "on",       "electoral",
        "election", "elections", "customs", "immigration"};
    bool own_name = false;
    for (size_t k = name_begin; k < j && !own_name; ++k)
      own_name = !kCommonBodyWords.contains(toks[k].lower) && !kBodyHeads.contains(toks[k].lower);
    // ("the opposition United National Movement")
    size_t article = name_begin - 1;
    if (name_begin > first + 1 &&
        is_one_of(toks[article].lower, "opposition", "ruling", "banned", "outlawed", "rebel",
                  "separatist", "militant") &&
        toks[article - 1].lower == "the")
      --article;
    if (!known && org_head && own_name && !royal && n >= 2 &&
        kBodyHeads.contains(toks[j - 1].lower) &&
        !is_one_of(toks[j - 1].lower, "news", "times", "post", "radio", "television", "company",
                   "corp.", "inc.", "house", "government") &&
        name_begin > first && toks[article].lower == "the" &&
        !(j < last && toks[j].capitalized && toks[j].kind == TokenKind::kWord) &&
        // (A conference is a meeting where a preposition makes it one: "met at the Lancaster
        // House Conference"; one that acts is a body, "the Inuit Circumpolar Conference urged".)
        !(toks[j - 1].lower == "conference" && article > first &&
          is_one_of(toks[article - 1].lower, "at", "to", "in", "during", "of", "before", "after",
                    "from", "for", "on", "into", "since", "until"))) {
      const LexActor* body = impl_->named(name, ActorKind::kOrganization, "", "");
      added.push_back(ActorMention{toks[article].begin, toks[j - 1].end, article, j, body,
                                   MentionHow::kName, false});
      i = j;
      continue;
    }
    // "Nazarbayev congratulated Sooronbay Jeenbekov on his victory", "met Omurbek Babanov in
    // Astana": a full name right after a verb of meeting or greeting, before a small word or a
    // stop, is the person met.
    bool met = n >= 2 && !org_head && name_begin > first && !royal &&
               is_one_of(toks[name_begin - 1].lower, "met", "meets", "received", "receives",
                         "hosted", "hosts", "congratulated", "congratulates", "thanked", "thanks",
                         "phoned", "telephoned", "welcomed", "welcomes", "invited", "invites") &&
               (j >= last || !toks[j].capitalized);
    // "sentenced the American journalist William Oatis", "arrested opposition activist Alexei
    // Navalny": a full name right after a word for what someone is by trade or cause (in lower
    // case) is that person.
    bool described =
        n >= 2 && !org_head && name_begin > first + 1 && !royal &&
        !toks[name_begin - 1].capitalized &&
        is_one_of(toks[name_begin - 1].lower, "journalist", "correspondent", "reporter",
                  "photographer", "activist", "dissident", "businessman", "businesswoman", "writer",
                  "novelist", "poet", "missionary", "priest", "student", "academic", "scholar",
                  "lawyer", "blogger", "tourist", "worker", "engineer") &&
        (j >= last || !toks[j].capitalized);
    if (!known && ((!(royal && n >= 1) && title.empty() && !speaker && !appositive && !owner &&
                    !met && !described) ||
                   org_head)) {
      i = j;
      continue;
    }
    // ("Pentagon spokesman Pete Williams", "EU spokesman Peter Stano": a spokesman the lexicon
    // does not know is a person of his own, as quoted speech is its speaker's; his state comes
    // with the body his title names, below.)
    if (!known) {
      LexActor p;
      // "Sheikh Mohamed bin Zayed" is mohamed-bin-zayed: an honorific before a full name is no
      // part of the id ("King Hussein", a title and one name, keeps it).
      p.id = slugify(royal && n >= 2 ? word_range(name_begin, j) : name);
      p.name = name;
      p.kind = ActorKind::kPerson;
      // "Iraqi Foreign Minister Tariq Aziz": the country comes with the title.
      // ... or with the institution ("Kremlin spokesman Dmitry Peskov").
      for (const auto& m : mentions)
        if (m.last_token == title_begin && !m.actor->country.empty() &&
            m.actor->kind != ActorKind::kPerson)
          p.country = m.actor->country;
      // "Steve Witkoff, Mr. Trump's special envoy,": the state of whom the description names.
      // (An office, not "a researcher at the Korea Institute" or "a former official": those
      // comment, they do not act for a state.)
      bool office = false, former = false;
      // (The apposition's end, its comma or ten words on: "Sir Denis Greenhill, Permanent
      // Under-Secretary at the Foreign Office," reaches past the office and "at the".)
      size_t office_end = j + 1;
      for (; office_end < last && office_end < j + 10 && toks[office_end].lower != ",";
           ++office_end) {
        office =
            office || (is_title_word(toks[office_end].lower) && toks[office_end].lower != "senior");
        former = former || is_one_of(toks[office_end].lower, "former", "ex-", "retired", "onetime");
      }
      if (appositive && office && !former && p.country.empty())
        for (const auto& m : mentions)
          // (Further on, up to the apposition's comma, only a state's body he works at: "at the
          // Foreign Office"; not "a defense analyst at a Taipei think tank".)
          // (Not the state of a portfolio: "Special Representative for Iran"; but "a spokesman
          // for Ukraine's military intelligence".)
          if (m.first_token > j && !m.actor->country.empty() &&
              !(m.first_token > j + 1 && toks[m.first_token - 1].lower == "for" &&
                is_one_of(toks[m.first_token - 2].lower, "representative", "envoy", "envoys",
                          "coordinator", "co-ordinator", "rapporteur", "czar", "tsar")) &&
              ((m.first_token <= j + 4 && !m.place) ||
               (m.first_token < office_end && m.actor->kind == ActorKind::kOrganization))) {
            p.country = m.actor->country;
            break;
          }
      // "Israel's ambassador to the UN, Gilad Erdan,", "the acting US ambassador to the UN,
      // Linda Thomas-Greenfield,": the state right before a word of the title.
      if (set_off_title != SIZE_MAX)
        for (const auto& m : mentions)
          // (Or a state's body: "The French foreign ministry spokesman, Francois Rivasseau,".)
          if (m.last_token + 1 >= set_off_title && m.last_token + 1 < lead &&
              (m.actor->kind == ActorKind::kCountry ||
               (m.actor->kind == ActorKind::kOrganization && m.actor->country.size() == 3 &&
                m.first_token <= set_off_title)) &&
              (m.last_token < set_off_title || is_title_word(toks[m.last_token].lower))) {
            p.country = m.actor->country;
            break;
          }
      // "Mr Hermann Jonasson, the Prime Minister, said": an office set off after the name, in
      // title case and with no state, is his title (and a minister's state the home state's, as
      // below).
      if (appositive && office && !former && (title.empty() || honorific_only) &&
          toks[j + 1].lower == "the") {
        size_t k = j + 2;
        while (k < last && k < j + 8 && toks[k].kind == TokenKind::kWord &&
               (toks[k].capitalized || is_one_of(toks[k].lower, "of", "for", "and")))
          ++k;
        bool office_word = false;
        for (size_t t = j + 2; t < k; ++t)
          office_word = office_word || is_title_word(toks[t].lower);
        if (k > j + 2 && k < last && is_one_of(toks[k].lower, ",", ".") && office_word &&
            !covered(j + 2))
          title = std::string(text.substr(toks[j + 2].begin, toks[k - 1].end - toks[j + 2].begin));
      }
      std::string lowered_title = detail::lower_ascii(title);
      // "Prime Minister P.J. Patterson said" in a story filed from Kingston: a minister the text
      // gives no state is the home state's, as papers write their own government (not a
      // president, whom a story names from abroad: "a guest of President Francois Bozize"; not
      // after another state or a place abroad: "In Quito, ... Foreign Minister Gustavo Manrique").
      if (p.country.empty() && impl_->home &&
          (lowered_title.find("minister") != std::string::npos ||
           // (where a foreign secretary is an office: Britain and South Asia)
           (lowered_title.find("foreign secretary") != std::string::npos &&
            is_one_of(impl_->home->country, "GBR", "IND", "PAK", "BGD", "NPL", "LKA"))) &&
          lowered_title.find("former") == std::string::npos &&
          std::none_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
            return m.last_token == title_begin ||
                   (m.first_token < i && m.actor->kind == ActorKind::kCountry &&
                    m.actor != impl_->home);
          }))
        p.country = impl_->home->country;
      // ("his Ethiopian counterpart Demeke Mekonnen": an office, but the text does not say which.)
      // (An honorific is no office: "Dr Farah Ismail, an analyst" comments.)
      bool honorific = is_honorific(lowered_title) || is_one_of(lowered_title, "sir", "dame");
      if ((!title.empty() && lowered_title != "counterpart" && !honorific) || royal) {
        LexRole role;
        // (A prince with an office is its holder: "Interior Minister", not "Prince".)
        role.title = royal && (title.empty() || honorific) ? std::string(word(i)) : title;
        p.roles.push_back(role);
      }
      impl_->people.push_back(std::move(p));
      known = &impl_->people.back();
      impl_->by_name.emplace(name, known);
      if (!royal) {
        std::string_view surname = word(j - 1);
        impl_->by_surname.emplace(std::string(surname), known);
        // "Park Jin", "Wang Yi": in Korean and Chinese names the family name comes first; so it
        // does before a hyphenated given name ("Lai Ching-te", "Kim Yo-jong"). Names without a
        // family name ("Anwar Ibrahim", "Prabowo Subianto") are shortened to their first word:
        // that key is taken when no surname has it.
        std::string_view last_word = toks[j - 1].lower;
        size_t hyphen = last_word.find('-');
        bool given_hyphenated = n == 2 && hyphen != std::string_view::npos && hyphen > 0 &&
                                hyphen + 1 < last_word.size() &&
                                !starts_with(toks[name_begin].lower, "al-");
        if (n >= 2 && n <= 3 && (family_name_first(toks[name_begin].lower) || given_hyphenated))
          impl_->by_surname.emplace(std::string(word(name_begin)), known);
        else if (n == 2 && !particle(name_begin))
          impl_->by_surname.emplace(std::string(word(name_begin)), known);
        // "Francisco Macías Nguema" is "President Macías", "Manuel Fraga Iribarne" "Señor Fraga":
        // a Spanish or Portuguese name of three words ends in two surnames, and the first of them
        // is the short name (a key taken only when no surname has it).
        // (Only a name written the Spanish way -- with its accents, after "don" or "Señor", or
        // after a given name of that world, "Jorge Pacheco Areco" -- not "Tariq Hussein Jabr",
        // whose "Hussein" is another man.)
        else if (n == 3 && !particle(name_begin + 1) && toks[name_begin + 1].lower.size() > 2 &&
                 toks[name_begin + 1].kind == TokenKind::kWord &&
                 (std::any_of(name.begin(), name.end(),
                              [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ||
                  (name_begin > first && (is_spanish_don(toks[name_begin - 1]) ||
                                          is_french_courtesy(toks[name_begin - 1].lower))) ||
                  (iberian_given_name(toks[name_begin].lower) &&
                   !iberian_given_name(toks[name_begin + 1].lower))))
          impl_->by_surname.emplace(std::string(word(name_begin + 1)), known);
        // Malay names have no family name: "Datuk Seri Najib Tun Razak" is "Najib", "Datuk
        // Seri Dr Ahmad Zahid Hamidi" "Zahid" later in the story.
        if (honorific_before && n >= 2) {
          impl_->by_surname.emplace(std::string(word(name_begin)), known);
          if (n == 3 && !particle(name_begin + 1) && toks[name_begin + 1].lower != "tun")
            impl_->by_surname.emplace(std::string(word(name_begin + 1)), known);
        }
        // "al-Sisi" is "Sisi" later in the story.
        if (size_t dash = surname.find('-');
            dash == 2 && surname.size() > 4 &&
            (starts_with(toks[j - 1].lower, "al-") || starts_with(toks[j - 1].lower, "el-")))
          impl_->by_surname.emplace(std::string(surname.substr(3)), known);
      }
    }
    ActorMention m{
        toks[title_begin].begin, toks[j - 1].end, title_begin, j, known, MentionHow::kName, false};
    // "Mohamed Hamdan Dagalo, known as Hemedti": the other name, later in the story.
    if (j + 3 < last && toks[j].lower == "," && toks[j + 1].lower == "known" &&
        toks[j + 2].lower == "as" && name_word(toks[j + 3]))
      impl_->by_surname.emplace(std::string(word(j + 3)), known);
    // The demonym, country or body right before the title belongs to this mention ("Iraqi
    // Foreign Minister Tariq Aziz", "RSF leader Mohamed Hamdan Dagalo").
    std::erase_if(mentions, [&](const ActorMention& x) {
      if (x.last_token == title_begin && (title_begin < i || x.how == MentionHow::kDemonym) &&
          !x.place && x.actor->kind != ActorKind::kPerson) {
        m.first_token = x.first_token;
        m.begin = x.begin;
        return true;
      }
      return false;
    });
    std::erase_if(mentions, [&](const ActorMention& x) {  // a body's name inside the name
      return x.first_token >= name_begin && x.last_token <= j &&
             x.actor->kind != ActorKind::kPerson;
    });
    added.push_back(m);
    i = j;
  }
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.first_token < b.first_token;
  });
}

namespace {

// The nouns of short references and what a person's role must be for them to fit.
struct Description {
  std::vector<std::string_view> words;    // lowercase tokens after "the" (and a demonym)
  std::vector<std::string_view> titles;   // any of these words in the role's title ...
  std::vector<std::string_view> offices;  // ... or any of these offices
};

const std::vector<Description>& descriptions() {
  static const std::vector<Description> kDescriptions = {
      {{"crown", "prince"}, {"crown prince"}, {}},
      {{"prime", "minister"}, {"prime minister", "premier"}, {"head-of-government"}},
      {{"foreign", "minister"}, {}, {"foreign-minister"}},
      {{"foreign", "secretary"}, {}, {"foreign-minister"}},
      {{"secretary", "of", "state"}, {}, {"foreign-minister"}},
      {{"minister", "of", "foreign", "affairs"}, {}, {"foreign-minister"}},
      {{"top", "diplomat"}, {}, {"foreign-minister"}},
      {{"defense", "secretary"}, {}, {"defence-minister"}},
      {{"defence", "secretary"}, {}, {"defence-minister"}},
      {{"defense", "minister"}, {}, {"defence-minister"}},
      {{"defence", "minister"}, {}, {"defence-minister"}},
      {{"secretary", "general"}, {}, {"secretary-general"}},
      {{"secretary-general"}, {}, {"secretary-general"}},
      {{"king"}, {"king"}, {}},
      {{"queen"}, {"queen"}, {}},
      {{"emir"}, {"emir", "amir"}, {}},
      {{"amir"}, {"emir", "amir"}, {}},
      {{"sultan"}, {"sultan"}, {}},
      {{"monarch"}, {"king", "queen", "emir", "amir", "sultan", "emperor"}, {}},
      {{"president"}, {"president"}, {}},
      {{"premier"}, {"premier", "prime minister"}, {"head-of-government"}},
      {{"chancellor"}, {"chancellor"}, {}},
      {{"leader"}, {"leader"}, {"head-of-state", "head-of-government"}},
      {{"envoy"}, {"envoy"}, {}},
      {{"ambassador"}, {"ambassador"}, {}},
      {{"spokesman"}, {"spokes"}, {"spokesperson"}},
      {{"spokeswoman"}, {"spokes"}, {"spokesperson"}},
      {{"spokesperson"}, {"spokes"}, {"spokesperson"}},
      {{"press", "secretary"}, {"press secretary"}, {}},
      {{"minister"}, {"minister"}, {}},
      {{"secretary"}, {"secretary"}, {}},
  };
  return kDescriptions;
}

// The first words of the descriptions: a word after "the" that is none of them starts none.
const detail::WordFilter& description_starts() {
  static const detail::WordFilter kStarts = [] {
    detail::WordFilter f;
    for (const auto& d : descriptions()) f.add(d.words.front());
    return f;
  }();
  return kStarts;
}

bool role_fits(const LexActor& person, const CalendarDate& when, const Description& d) {
  for (const auto& r : person.roles) {
    if (!r.covers(when)) continue;
    std::string title = detail::lower_ascii(r.title);
    if (std::any_of(d.offices.begin(), d.offices.end(),
                    [&](std::string_view o) { return r.office == o; }))
      return true;
    for (auto t : d.titles) {
      size_t at = title.find(t);
      // "president" is not the "vice president"
      if (at != std::string::npos && !(t == "president" && title.find("vice") != std::string::npos))
        return true;
    }
  }
  return false;
}

// A noun for a group a story brings in and names again ("an Iranian delegation ... the
// delegation").
bool is_group_noun(std::string_view w) {
  return is_one_of(w, "delegation", "committee", "panel", "mission", "team", "commission");
}

}  // namespace

void ArticlePeople::refer(std::string_view text, const Tokens& tokens, size_t first, size_t last,
                          const CalendarDate& when, std::vector<ActorMention>& mentions) {
  const Token* const toks = tokens.begin();  // (as in Gazetteer::find)
  auto covered = [&](size_t i) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return i >= m.first_token && i < m.last_token;
    });
  };
  auto& recent = impl_->recent;
  const size_t now = impl_->sentence++;
  std::vector<ActorMention> added;
  // Whether token i is in a reference this function already added.
  auto added_at = [&](size_t i) {
    return std::any_of(added.begin(), added.end(), [&](const ActorMention& m) {
      return i >= m.first_token && i < m.last_token;
    });
  };
  // Both kinds of reference open with "the" or "both": those tokens, found in one pass over the
  // sentence for the two loops below. (Kept from sentence to sentence, one per thread.)
  thread_local std::vector<size_t> leads;
  leads.clear();
  auto lead = [&](size_t i) {
    return detail::equals(toks[i].lower, "the") || detail::equals(toks[i].lower, "both");
  };
  // (Among the tokens find() kept, when it saw this sentence last.)
  if (impl_->cues_of == std::tuple(toks, first, last)) {
    for (size_t i : impl_->cues)
      if (lead(i)) leads.push_back(i);
    assert(static_cast<size_t>(std::count_if(toks + first, toks + last, [&](const Token& t) {
             return lead(static_cast<size_t>(&t - toks));
           })) == leads.size());
  } else {
    for (size_t i = first; i < last; ++i)
      if (lead(i)) leads.push_back(size_t{i});
  }
  impl_->cues_of = {nullptr, 0, 0};
  size_t resume = first;  // tokens before it belong to a reference found already
  for (size_t i : leads) {
    if (i < resume || i + 1 >= last || !detail::equals(toks[i].lower, "the") || covered(i))
      continue;
    // "the Iraqi leader": a demonym between the article and the noun names the country.
    size_t j = i + 1;
    const ActorMention* demonym = nullptr;
    for (const auto& m : mentions)
      if (m.first_token == j && m.how == MentionHow::kDemonym) demonym = &m;
    if (demonym) j = demonym->last_token;
    if (j >= last || covered(j)) continue;
    const Description* desc = nullptr;
    if (!description_starts().may_contain(toks[j].lower)) continue;  // most words after "the"
    for (const auto& d : descriptions()) {
      if (j + d.words.size() > last) continue;
      bool same = true;
      for (size_t k = 0; k < d.words.size() && same; ++k) same = toks[j + k].lower == d.words[k];
      if (same) {
        desc = &d;
        break;
      }
    }
    if (!desc) continue;
    size_t end = j + desc->words.size();
    // "the president of the company", "the minister's": a different or an unnamed holder.
    if (end < last && (toks[end].lower == "of" ||
                       (toks[end].kind == TokenKind::kWord && is_title_word(toks[end].lower))))
      continue;
    const LexActor* who = nullptr;
    auto fits = [&](const LexActor* p) {
      return p->kind == ActorKind::kPerson && (!demonym || p->country == demonym->actor->country) &&
             role_fits(*p, when, *desc);
    };
    // People named earlier in this sentence first, the nearest first; then the latest sentence
    // that names someone who fits, and in it the first named, the likely subject ("Blinken
    // hosted the foreign ministers of Armenia and Azerbaijan. The top diplomat said" is Blinken).
    for (auto it = mentions.rbegin(); it != mentions.rend() && !who; ++it)
      if (it->last_token <= i && !it->place && fits(it->actor)) who = it->actor;
    for (auto it = recent.rbegin(); !who && it != recent.rend() && now - it->second <= 6; ++it) {
      if (!fits(it->first)) continue;
      auto subject = it;
      for (auto e = std::next(it); e != recent.rend() && e->second == it->second; ++e)
        if (fits(e->first)) subject = e;
      who = subject->first;
    }
    // "The Prime Minister condemned the raid" under HONIARA, with no one before who fits: the
    // holder of that office in the state the story was filed from, as the lexicon has them on
    // the day; one it does not know is the state, where the office exists (every state has a
    // foreign minister; "The Prime Minister" under WASHINGTON is no one's).
    if (!who && !demonym && impl_->home && !impl_->home_guessed && impl_->lex &&
        !desc->offices.empty() &&
        is_one_of(desc->offices.front(), "head-of-government", "foreign-minister")) {
      // (One pass over the lexicon's people of that state: the holder on the day, else whether
      // anyone ever held the office.)
      std::string_view office = desc->offices.front();
      bool exists = office == "foreign-minister";
      for (const auto& a : impl_->lex->actors) {
        if (a.kind != ActorKind::kPerson || a.country != impl_->home->country) continue;
        if (fits(&a)) {
          who = &a;
          break;
        }
        exists = exists || std::any_of(a.roles.begin(), a.roles.end(),
                                       [&](const LexRole& r) { return r.office == office; });
      }
      if (!who && exists) who = impl_->home;
    }
    if (!who) continue;
    ActorMention m{toks[i].begin, toks[end - 1].end, i, end, who, MentionHow::kTitle, false};
    if (demonym) std::erase_if(mentions, [&](const ActorMention& x) { return &x == demonym; });
    added.push_back(m);
    resume = end;
  }
  // The state a person serves: the one named in this sentence, or lately, or the lexicon's.
  auto state_of = [&](const LexActor* person) -> const LexActor* {
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it)
      if (!it->place && it->actor->kind == ActorKind::kCountry &&
          it->actor->country == person->country)
        return it->actor;
    for (auto it = impl_->recent_sides.rbegin(); it != impl_->recent_sides.rend(); ++it)
      if ((*it)->kind == ActorKind::kCountry && (*it)->country == person->country) return *it;
    for (size_t k = 0; impl_->lex && k < impl_->lex->actors.size(); ++k)
      if (impl_->lex->actors[k].kind == ActorKind::kCountry &&
          impl_->lex->actors[k].country == person->country)
        return &impl_->lex->actors[k];
    return nullptr;
  };
  // "the two countries", "both sides", "the two leaders": the last two named before.
  resume = first;
  for (size_t i : leads) {
    if (i < resume || i + 2 >= last) continue;
    bool both = detail::equals(toks[i].lower, "both");
    // ("the three leaders", "the four countries": the last three or four; the first named is
    // the one the mention stands for, the next its companion.)
    size_t n = 2;
    // ("as the neighbours moved to mend ties": the two states named last, as "the two".)
    bool neighbours = detail::equals(toks[i].lower, "the") &&
                      is_one_of(toks[i + 1].lower, "neighbours", "neighbors");
    if (detail::equals(toks[i].lower, "the") && !neighbours) {
      std::string_view count = toks[i + 1].lower;
      n = count == "two" ? 2 : count == "three" ? 3 : count == "four" ? 4 : count == "five" ? 5 : 0;
    }
    // ("A meeting of the bilateral commission on trade", "the joint border committee": a body of
    // the two states.)
    size_t body = 0;
    if (detail::equals(toks[i].lower, "the") &&
        is_one_of(toks[i + 1].lower, "bilateral", "joint", "intergovernmental"))
      for (size_t k = i + 2; k < last && k < i + 5 && !body; ++k) {
        if (is_one_of(toks[k].lower, "commission", "committee", "council"))
          body = k;
        else if (toks[k].kind != TokenKind::kWord || toks[k].capitalized)
          break;
      }
    if (body) n = 2;
    bool two = both || (detail::equals(toks[i].lower, "the") && n >= 2);
    size_t noun = body ? body : both || neighbours ? i + 1 : i + 2;
    // ("The two are due to meet in Kuala Lumpur", "the two met on Monday": the last two people
    // named, as "the two men".)
    bool bare = !both && !body && toks[i + 1].lower == "two" &&
                is_one_of(toks[i + 2].lower, "are", "were", "will", "would", "have", "had", "met",
                          "spoke", "agreed", "last", "also", "later", "then", "signed", "held",
                          "discussed", "talked");
    if (bare) noun = i + 1;
    if (!two || covered(i) || covered(noun)) continue;
    // ("the two foreign ministers", "both prime ministers": holders of that office then.)
    std::string_view office;
    if (noun + 1 < last && is_one_of(toks[noun].lower, "foreign", "prime", "defence", "defense") &&
        is_one_of(toks[noun + 1].lower, "ministers", "secretaries"))
      office = toks[noun++].lower;
    std::string_view w = bare ? std::string_view("men") : std::string_view(toks[noun].lower);
    bool states =
        body || is_one_of(w, "countries", "nations", "neighbors", "neighbours", "governments",
                          "states", "capitals", "delegations", "armies", "militaries");
    // ("the two sides in the civil war": sides of what is named after, not those named before.)
    bool sides = w == "sides" && !(noun + 1 < last && is_one_of(toks[noun + 1].lower, "in", "of"));
    if (w == "sides" && !sides) continue;
    // ("the two men": the last two people named.)
    // ("the two heads of state": the last two heads of state or government named.)
    const bool heads = w == "heads" && noun + 2 < last && toks[noun + 1].lower == "of" &&
                       is_one_of(toks[noun + 2].lower, "state", "government");
    bool leaders = heads || is_one_of(w, "leaders", "presidents", "ministers", "secretaries",
                                      "premiers", "men");
    // (Not "the two men who attacked the embassy", "the two men, both journalists,": new people.)
    if (w == "men" && noun + 1 < last && is_one_of(toks[noun + 1].lower, ",", "who", "that"))
      continue;
    if (!states && !sides && !leaders) continue;
    std::vector<const LexActor*> pair;  // (or more)
    auto holds = [&](const LexActor* a) {
      if (w == "men") return !a->roles.empty() || !a->country.empty();
      if (a->roles.empty()) return false;
      std::string_view want = office.empty() ? std::string_view(toks[noun].lower) : office;
      if (want == "leaders") return true;
      // ("signed by Foreign Minister Marco Hausiku and ... Li Zhaoxing after talks between the
      // two presidents": presidents, not the two ministers named last.)
      if (want == "presidents") want = "president";
      if (want == "defense") want = "defen";
      if (is_one_of(want, "ministers", "secretaries", "premiers", "heads")) want = "";
      return std::any_of(a->roles.begin(), a->roles.end(), [&](const auto& r) {
        // (Heads of state: not a foreign minister named beside them.)
        if (heads && !is_one_of(r.office, "head-of-state", "head-of-government")) return false;
        std::string title = detail::lower_ascii(r.title);
        return r.covers(when) && (want.empty() || title.find(want) != std::string::npos);
      });
    };
    auto take = [&](const LexActor* a) {
      if (pair.size() < n && std::find(pair.begin(), pair.end(), a) == pair.end())
        pair.push_back(a);
    };
    auto fits = [&](const LexActor* a) {
      return leaders ? a->kind == ActorKind::kPerson && holds(a)
                     : a->kind == ActorKind::kCountry || (sides && a->kind == ActorKind::kGroup);
    };
    if (n >= 3) {
      // Three or more: named together, in this sentence before the noun or in one of the six
      // before it, in the order named ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with
      // Qatar ... The four countries": not Qatar).
      for (const auto& m : mentions)
        if (m.last_token <= i && !m.place && fits(m.actor)) take(m.actor);
      for (auto it = impl_->named_together.rbegin();
           pair.size() < n && it != impl_->named_together.rend() && now - it->first <= 6; ++it) {
        pair.clear();
        for (const LexActor* a : it->second)
          if (fits(a)) take(a);
      }
      if (pair.size() < n) continue;
      std::reverse(pair.begin(), pair.end());  // (as below: the first named last)
    } else {
      for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {  // this sentence first
        if (it->last_token > i || it->place) continue;
        if (fits(it->actor)) {
          take(it->actor);
        } else if (sides && it->actor->kind == ActorKind::kPerson && !it->actor->country.empty()) {
          // ("Muizzu was received by Xi ..., and the two sides signed": the states they serve.)
          if (const LexActor* state = state_of(it->actor)) take(state);
        }
      }
      // Two states no recent sentence named together: the two the story names most ("Delhi
      // and Islamabad" all along, "Washington" in the last paragraph: "the two countries signed
      // the Lahore Declaration" is India and Pakistan), the more named one first (or, as often,
      // the first named).
      if (states && pair.size() < 2 && (!impl_->pair_named_at || now - *impl_->pair_named_at > 2)) {
        const auto [top, second] = impl_->main_pair();
        if (top && (pair.empty() || pair.front() == top || pair.front() == second)) {
          if (pair.empty()) take(second);
          take(pair.front() == second ? top : second);
        }
      }
      // ("The two will meet again" after "Biden met Xi. Kirby said ...": the two named in one
      // sentence, not a spokesman named since.)
      std::optional<size_t> named_in;
      if (leaders)
        for (auto it = recent.rbegin(); it != recent.rend() && now - it->second <= 6; ++it) {
          if (!holds(it->first)) continue;
          if (bare && pair.empty()) named_in = it->second;
          if (bare && named_in && it->second != *named_in) break;
          take(it->first);
        }
      for (auto it = impl_->recent_sides.rbegin(); !leaders && it != impl_->recent_sides.rend();
           ++it)
        if ((*it)->kind == ActorKind::kCountry || sides) take(*it);
    }
    if (pair.size() < n) continue;
    if (heads) noun += 2;
    ActorMention m{toks[i].begin, toks[noun].end,     i,    noun + 1,
                   pair[n - 1],   MentionHow::kTitle, false};
    m.also = pair[n - 2];  // in the order they were named
    added.push_back(m);
    resume = noun + 1;
  }
  // "West African leaders ordered ... The leaders also demanded": the leaders of the body the
  // story named last (an organisation of states), in this sentence or the three before.
  for (size_t i : leads) {
    if (i + 1 >= last || !detail::equals(toks[i].lower, "the") || covered(i) || covered(i + 1) ||
        !is_one_of(toks[i + 1].lower, "leaders", "heads") ||
        (i + 2 < last && is_one_of(toks[i + 2].lower, "of", "'s")) || added_at(i))
      continue;
    const LexActor* body = nullptr;
    for (auto it = mentions.rbegin(); it != mentions.rend() && !body; ++it)
      if (it->last_token <= i && !it->place && it->actor->kind == ActorKind::kOrganization &&
          it->actor->country.empty())
        body = it->actor;
    if (!body && !impl_->recent_bodies.empty() && now - impl_->recent_bodies.back().second <= 3 &&
        impl_->recent_bodies.back().first->country.empty())
      body = impl_->recent_bodies.back().first;
    if (body)
      added.push_back(
          ActorMention{toks[i].begin, toks[i + 1].end, i, i + 2, body, MentionHow::kTitle, false});
  }
  // "Saudi Arabia hosted the talks ... The kingdom also imposed": a state named before, by what
  // it is ("the kingdom", "the emirate", "the sultanate") or by its half ("the North", "the
  // South" for North Korea or South Sudan), in this sentence or the recent ones.
  for (size_t i : leads) {
    if (i + 1 >= last || !detail::equals(toks[i].lower, "the") || covered(i + 1) ||
        (i + 2 < last && is_one_of(toks[i + 2].lower, "of", "'s")))
      continue;
    std::string_view noun = toks[i + 1].lower;
    bool half = is_one_of(noun, "north", "south") && toks[i + 1].capitalized;
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kForms = {
        {{"kingdom", "SAU JOR MAR BHR THA KHM ESP GBR NLD BEL SWE NOR DNK LSO SWZ TON BTN"},
         {"emirate", "QAT KWT ARE"},
         {"sultanate", "OMN BRN"}}};
    // ... or by where it is: "the Gulf state", "the Baltic nation", "the city-state", "the
    // Central Asian republic", "the Himalayan kingdom".
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kEpithets = {
        {{"gulf", "QAT KWT ARE BHR OMN SAU"},
         {"baltic", "EST LVA LTU"},
         {"balkan", "SRB BIH MNE MKD ALB XKX HRV SVN BGR"},
         {"nordic", "SWE NOR DNK FIN ISL"},
         {"himalayan", "NPL BTN"},
         {"caucasus", "ARM AZE GEO"},
         {"caucasian", "ARM AZE GEO"},
         {"city-state", "SGP"},
         {"island",
          "JPN PHL IDN LKA CUB TWN SGP NZL ISL IRL MLT CYP MDV FJI TON WSM SLB VUT KIR "
          "PNG TLS MUS SYC CPV COM MDG BHR HTI DOM JAM TTO BRB BHS"},
         {"communist", "PRK CHN VNM CUB LAO"},
         {"pacific", "FJI TON WSM SLB VUT KIR PNG NRU TUV PLW MHL FSM COK NIU"},
         {"asian", "KAZ KGZ TJK TKM UZB"}}};  // (after "Central")
    std::string_view states;
    size_t noun_end = i + 2;
    for (auto [form, codes] : kForms)
      if (noun == form) states = codes;
    if (!half && states.empty()) {
      // "the Central Asian republic": an epithet of one or two words, then what it names.
      size_t k = i + 1;
      bool central =
          noun == "central" && toks[k].capitalized && k + 1 < last && toks[k + 1].lower == "asian";
      if (central) ++k;
      std::string_view epithet = toks[k].lower;
      bool lower_ok = is_one_of(epithet, "island", "communist", "city-state");
      if ((epithet == "asian" && !central) || (!lower_ok && !toks[k].capitalized)) epithet = {};
      for (auto [word, codes] : kEpithets)
        if (epithet == word) states = codes;
      if (!states.empty() && epithet != "city-state") {
        ++k;
        if (k + 1 < last && toks[k].lower == "nation" &&
            is_one_of(toks[k + 1].lower, "state", "nation", "country"))
          ++k;  // ("the island nation state")
        if (!(k < last && is_one_of(toks[k].lower, "state", "nation", "country", "republic",
                                    "kingdom", "emirate", "neighbour", "neighbor", "monarchy")))
          states = {};
      }
      noun_end = k + 1;
    }
    if (!half && states.empty()) continue;
    if (noun_end > last || (noun_end < last && is_one_of(toks[noun_end].lower, "of", "'s")))
      continue;
    if (added_at(i)) continue;
    auto is_it = [&](const LexActor* a) {
      if (a->kind != ActorKind::kCountry || a->country.size() != 3) return false;
      if (half) return detail::lower_ascii(a->name).starts_with(std::string(noun) + " ");
      return states.find(a->country) != std::string_view::npos;
    };
    const LexActor* state = nullptr;
    for (auto it = mentions.rbegin(); it != mentions.rend() && !state; ++it)
      if (it->last_token <= i && !it->place && is_it(it->actor)) state = it->actor;
    for (auto it = impl_->recent_sides.rbegin(); !state && it != impl_->recent_sides.rend(); ++it)
      if (is_it(*it)) state = *it;
    if (state)
      added.push_back(ActorMention{toks[i].begin, toks[noun_end - 1].end, i, noun_end, state,
                                   MentionHow::kTitle, false});
  }
  // "The Taylor government has always denied ...", "the Nasser regime", "Zapatero's
  // government": the state of the leader it is named by.
  for (auto& m : mentions) {
    if (m.last_token >= last) continue;
    auto possessive = [](std::string_view w) {
      return w.ends_with("'s") || w.ends_with("\u2019s");
    };
    size_t noun = m.last_token;
    bool owner = possessive(toks[m.last_token - 1].lower);
    if (!owner && noun + 1 < last && possessive(toks[noun].lower)) {
      owner = true;
      ++noun;
    }
    // (A leader then: not "the Taylor government in Gbarnga" of 1991, a rebel's.)
    if (m.place || m.actor->kind != ActorKind::kPerson || m.actor->country.empty() ||
        std::none_of(m.actor->roles.begin(), m.actor->roles.end(),
                     [&](const auto& r) { return r.covers(when); }) ||
        (!owner &&
         (m.first_token <= first || !detail::equals(toks[m.first_token - 1].lower, "the"))) ||
        !is_one_of(toks[noun].lower, "government", "administration", "regime", "junta") ||
        // (Not "the Obama government of the day"; but "accused the Garcia government of
        // protecting the murderers": what it is accused of.)
        (noun + 1 < last && is_one_of(toks[noun + 1].lower, "of", "'s") &&
         !(noun + 2 < last && toks[noun + 1].lower == "of" &&
           ends_with(toks[noun + 2].lower, "ing"))))
      continue;
    size_t from = owner ? m.first_token : m.first_token - 1;
    if (const LexActor* state = state_of(m.actor))
      m = ActorMention{toks[from].begin,   toks[noun].end, from, noun + 1, state,
                       MentionHow::kTitle, false};
  }
  // "The military regime in Mogadishu announced ...", "the government in Taipei": the rulers of
  // a state named by where they sit are that state (not "police in New Delhi", "diplomats in
  // Geneva": others act there).
  for (auto& m : mentions) {
    if (!m.place || m.actor->kind != ActorKind::kCountry || m.first_token < first + 3 ||
        toks[m.first_token - 1].lower != "in" ||
        !is_one_of(toks[m.first_token - 2].lower, "government", "regime", "junta", "administration",
                   "leadership"))
      continue;
    size_t from = m.first_token - 3;
    while (from > first && from + 5 > m.first_token &&
           is_one_of(toks[from].lower, "military", "new", "communist", "revolutionary", "civilian",
                     "marxist", "socialist", "nationalist", "present", "current", "interim",
                     "transitional", "provisional", "federal", "central", "national"))
      --from;
    if (!detail::equals(toks[from].lower, "the") ||
        std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& o) {
          return o.last_token > from && o.first_token < m.first_token;
        }))
      continue;
    m = ActorMention{toks[from].begin,   m.end, from, m.last_token, m.actor,
                     MentionHow::kTitle, false};
  }
  // "Vazquez said ... His government had shut the bridge": the state of the person "his" or
  // "her" refers to (the nearest named before in this sentence, else the last named): as the
  // story named it, else the lexicon's.
  // So is "the government" in what a person said: "Fukuda said the government would send".
  for (size_t i = first; i + 1 < last; ++i) {
    bool said_the = i > first && toks[i].lower == "the" &&
                    is_one_of(toks[i - 1].lower, "said", "says", "that") &&
                    toks[i + 1].lower == "government";
    if ((!is_one_of(toks[i].lower, "his", "her") && !said_the) ||
        !is_one_of(toks[i + 1].lower, "government", "country", "administration", "cabinet") ||
        covered(i) || covered(i + 1) || added_at(i) ||
        (i + 2 < last && is_one_of(toks[i + 2].lower, "of", "'s")))
      continue;
    const LexActor* person = nullptr;
    for (auto it = mentions.rbegin(); it != mentions.rend() && !person; ++it)
      if (it->last_token <= i && it->actor->kind == ActorKind::kPerson) person = it->actor;
    if (!person && !said_the && !recent.empty() && now - recent.back().second <= 3)
      person = recent.back().first;
    if (!person || person->country.empty()) continue;
    if (const LexActor* state = state_of(person))
      added.push_back(
          ActorMention{toks[i].begin, toks[i + 1].end, i, i + 2, state, MentionHow::kTitle, false});
  }
  // "The UN General Assembly met ... On Monday, the assembly rejected": a body named before, by
  // a word of its name ("the assembly", "the council", "the commission", "the court") or by
  // what it is ("the bloc", "the alliance"), in this sentence or the five before.
  for (size_t i : leads) {
    if (i + 1 >= last || !detail::equals(toks[i].lower, "the") || covered(i + 1)) continue;
    std::string_view noun = toks[i + 1].lower;
    if (ends_with(noun, "'s")) noun.remove_suffix(2);  // ("the council's response")
    bool kind_word = is_one_of(noun, "bloc", "alliance", "organisation", "organization");
    // ("the coast guard": a state's, named before as "the Korea Coast Guard".)
    bool coast_guard = noun == "coast" && i + 2 < last && toks[i + 2].lower == "guard";
    if (!kind_word && !coast_guard &&
        !is_one_of(noun, "assembly", "council", "commission", "court", "tribunal", "agency",
                   "forum", "league"))
      continue;
    // (Not "the council of elders", "the assembly hall", "the commission's president".)
    if (i + 2 < last && !coast_guard &&
        (toks[i + 2].lower == "of" ||
         (toks[i + 2].kind == TokenKind::kWord && !toks[i + 2].capitalized &&
          is_one_of(toks[i + 2].lower, "chamber", "hall", "floor", "room", "building",
                    "headquarters", "meeting", "session", "debate", "vote", "resolution", "seat",
                    "seats", "members", "member", "president", "presidency", "chairman", "chief",
                    "head", "spokesman", "spokeswoman", "spokesperson", "officials", "staff"))))
      continue;
    if (added_at(i)) continue;
    auto names_it = [&](const LexActor* a) {
      if (kind_word) return true;
      auto has = [&](std::string_view name) {
        return detail::lower_ascii(name).find(noun) != std::string::npos;
      };
      return has(a->name) || std::any_of(a->names.begin(), a->names.end(), has);
    };
    const LexActor* body = nullptr;
    for (auto it = mentions.rbegin(); it != mentions.rend() && !body; ++it)
      if (it->last_token <= i && !it->place && it->actor->kind == ActorKind::kOrganization &&
          (it->actor->country.empty() || coast_guard) && names_it(it->actor))
        body = it->actor;
    for (auto it = impl_->recent_bodies.rbegin();
         !body && it != impl_->recent_bodies.rend() && now - it->second <= 5; ++it)
      if (names_it(it->first)) body = it->first;
    size_t end = coast_guard ? i + 3 : i + 2;
    if (body)
      added.push_back(
          ActorMention{toks[i].begin, toks[end - 1].end, i, end, body, MentionHow::kTitle, false});
  }
  // "... would allow an Iranian delegation of water experts to inspect the dam. The delegation
  // is expected to travel to Helmand": a group the story brought in (with "a" or "an") in one
  // of the three sentences before, by the state or body it is of (see below).
  for (size_t i : leads) {
    if (i + 1 >= last || !detail::equals(toks[i].lower, "the") || covered(i + 1) || added_at(i))
      continue;
    std::string_view noun = toks[i + 1].lower;
    if (ends_with(noun, "'s")) noun.remove_suffix(2);  // ("the delegation's visit")
    // (Not a new group: "the delegation of Hamas", "the team led by"; nor "the mission in
    // Dhaka", an embassy.)
    if (!is_group_noun(noun) ||
        (i + 2 < last && is_one_of(toks[i + 2].lower, "of", "from", "led", "headed", "for", "to",
                                   "that", "which", "'s")) ||
        (noun == "mission" && i + 2 < last && is_one_of(toks[i + 2].lower, "in", "at", "on")))
      continue;
    for (auto it = impl_->groups.rbegin(); it != impl_->groups.rend() && now - it->sentence <= 3;
         ++it)
      if (it->sentence < now && it->noun == noun) {
        added.push_back(ActorMention{toks[i].begin, toks[i + 1].end, i, i + 2, it->of,
                                     MentionHow::kTitle, false});
        break;
      }
  }
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::sort(mentions.begin(), mentions.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.first_token < b.first_token;
  });
  // The groups this sentence brings in, for "the delegation" later: "an Iranian delegation", "a
  // high-level American team" (the state named before the noun); "a delegation from Kabul", "a
  // committee of the OAU" (after it); "The OAU summit set up a committee of heads of state",
  // "Kenya sent a team of experts" (whoever set it up or sent it, named before the verb).
  for (size_t k = first + 1; k < last; ++k) {
    std::string_view noun = toks[k].lower;
    if (!is_group_noun(noun)) continue;
    size_t a = k;  // the "a" or "an" that opens the group's phrase
    while (a > first && k - a < 5 && !is_one_of(toks[a - 1].lower, "a", "an") &&
           (toks[a - 1].kind == TokenKind::kWord || toks[a - 1].lower == "-"))
      --a;
    if (a == first || !is_one_of(toks[a - 1].lower, "a", "an")) continue;
    // (Not "a joint boundary commission", the two states'; nor a group of no state's business,
    // "a wrestling team", "a business delegation", "a team of athletes", "a delegation of
    // opposition leaders".)
    if (std::any_of(toks + a, toks + k, [](const Token& t) {
          return is_one_of(t.lower, "joint", "bilateral", "intergovernmental", "mixed", "business",
                           "opposition", "wrestling", "football", "cricket", "sports", "olympic",
                           "national", "television", "tv", "film", "camera", "news", "medical",
                           "rescue", "student", "youth", "church", "party", "parliamentary");
        }))
      continue;
    if (noun == "team" && !(k + 1 < last && toks[k + 1].lower == "of")) continue;
    if (k + 2 < last && toks[k + 1].lower == "of") {
      size_t w = k + 2;  // past a state's name: "a team of Kenyan doctors"
      for (const auto& m : mentions)
        if (m.first_token == w && m.last_token < last) w = m.last_token;
      if (w < last && toks[w].lower == "the") ++w;
      // (A word may go before the noun: "a delegation of water experts".)
      auto official_word = [&](size_t x) {
        return x < last &&
               is_one_of(toks[x].lower, "experts", "officials", "diplomats", "negotiators",
                         "ministers", "heads", "investigators", "inspectors", "observers",
                         "monitors", "envoys", "ambassadors", "representatives", "senior",
                         "government", "military", "foreign", "five", "three", "four", "six",
                         "seven", "eight", "two", "ten", "legal", "technical");
      };
      bool official =
          official_word(w) || official_word(w + 1) ||
          std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
            return m.first_token == w && !m.place && m.actor->kind != ActorKind::kPerson;
          });
      if (!official) continue;
    }
    const LexActor* of = nullptr;
    auto side = [](const LexActor* x) {
      return x->kind == ActorKind::kCountry || x->kind == ActorKind::kOrganization ||
             x->kind == ActorKind::kGroup;
    };
    for (const auto& m : mentions)
      if (m.first_token >= a && m.last_token <= k && side(m.actor)) of = m.actor;
    size_t after = k + 1;
    if (!of && after + 1 < last && is_one_of(toks[after].lower, "of", "from")) {
      size_t b = after + 1 + (toks[after + 1].lower == "the" ? 1 : 0);
      // (One state: not "a committee of Kuwait, Syria, Iraq, Jordan and Algeria".)
      for (const auto& m : mentions)
        if (m.first_token == b && side(m.actor) &&
            !(m.last_token < last && is_one_of(toks[m.last_token].lower, ",", "and")))
          of = m.actor;
    }
    if (!of && a - 1 > first) {
      size_t v = a - 1;  // the verb before "a": "set up", "sent"
      if (v > first && is_one_of(toks[v - 1].lower, "up")) --v;
      if (v > first && is_one_of(toks[v - 1].lower, "set", "sets", "setting", "formed", "forms",
                                 "form", "appointed", "appoints", "named", "sent", "sends", "send",
                                 "dispatched", "dispatches", "established", "establishes",
                                 "created", "creates", "nominated", "assembled"))
        for (const auto& m : mentions)
          if (m.last_token < v && !m.place && side(m.actor)) {
            of = m.actor;
            break;
          }
    }
    if (of) impl_->groups.push_back({std::string(noun), of, now});
  }
  std::vector<const LexActor*> together;
  for (const auto& m : mentions)
    if (!m.place && !m.also &&
        std::find(together.begin(), together.end(), m.actor) == together.end())
      together.push_back(m.actor);
  if (together.size() >= 3) {
    impl_->named_together.emplace_back(now, std::move(together));
    if (impl_->named_together.size() > 8) impl_->named_together.pop_front();
  }
  const LexActor* one_side = nullptr;
  for (const auto& m : mentions) {
    bool side = m.actor->kind == ActorKind::kCountry || m.actor->kind == ActorKind::kGroup;
    if (!side || m.also) continue;
    auto seen = std::find_if(impl_->side_count.begin(), impl_->side_count.end(),
                             [&](const auto& x) { return x.first == m.actor; });
    if (seen == impl_->side_count.end())
      impl_->side_count.emplace_back(m.actor, 1);
    else
      ++seen->second;
    if (m.place) continue;
    if (one_side && one_side != m.actor) impl_->pair_named_at = now;
    one_side = m.actor;
  }
  for (const auto& m : mentions) {
    // (Bodies of no state, and a state's coast guard, which "the coast guard" names again.)
    if (m.actor->kind == ActorKind::kOrganization && !m.place &&
        (m.actor->country.empty() || ends_with(m.actor->name, "Coast Guard")))
      impl_->recent_bodies.emplace_back(m.actor, now);
    // ("the Pacific Islands Forum" ... "the Forum", "Forum leaders": the body by its last word.)
    if (m.actor->kind == ActorKind::kOrganization && m.actor->country.empty() && !m.place &&
        m.how == MentionHow::kName && m.last_token > m.first_token + 1) {
      std::string_view head = detail::surname(m.actor->name);
      if (is_one_of(head, "Forum", "Entente", "Community", "League", "Commonwealth", "Alliance",
                    "Pact", "Movement", "Conference", "Organisation", "Organization"))
        impl_->by_head_noun.insert_or_assign(std::string(head), m.actor);
    }
    bool side =
        m.actor->kind == ActorKind::kCountry ||
        (m.actor->kind == ActorKind::kGroup &&
         std::find(impl_->crowds.begin(), impl_->crowds.end(), m.actor) == impl_->crowds.end());
    if (side && !m.place && !m.also) {
      std::erase(impl_->recent_sides, m.actor);
      impl_->recent_sides.push_back(m.actor);
    }
    if (m.actor->kind != ActorKind::kPerson || m.place) continue;
    recent.emplace_back(m.actor, now);
    // (Named as a knight, "Sir Michael Somare", or after a cleric's title, "Father Walter Lini".)
    for (size_t k = m.first_token > first ? m.first_token - 1 : first; k < m.last_token; ++k) {
      if (is_one_of(toks[k].lower, "sir", "dame")) {
        std::erase(impl_->knights, m.actor);
        impl_->knights.push_back(m.actor);
        break;
      }
      if (is_cleric_title(toks[k].lower)) {
        impl_->clerics.emplace_back(toks[k].lower, m.actor);
        break;
      }
    }
    // Named in full once, a person is the surname alone later in the story ("Ilham Aliyev" ...
    // "Aliyev said"), also when the lexicon does not list the bare surname.
    std::string_view sur = detail::surname(m.actor->name);
    // (Looked up first: emplace would make a node, and a string, for a name already known.)
    if (sur.size() >= 2 && sur.data() != m.actor->name.data() &&  // a one-word name is no surname
        impl_->by_surname.find(sur) == impl_->by_surname.end())
      impl_->by_surname.emplace(std::string(sur), m.actor);
    // ("Lee Hsien Loong" ... "Mr. Lee": the family name that comes first.)
    if (std::string_view fam = family_name(*m.actor);
        fam.size() >= 2 && fam != sur && impl_->by_surname.find(fam) == impl_->by_surname.end())
      impl_->by_surname.emplace(std::string(fam), m.actor);
    // ("President Eduardo Frei" ... "Frei has postponed": the last word of the name as the story
    // wrote it, where the lexicon's full name ends otherwise, "Eduardo Frei Ruiz-Tagle".)
    if (m.how == MentionHow::kName && m.last_token >= m.first_token + 2) {
      const Token& t = toks[m.last_token - 1];
      std::string_view w = text.substr(t.begin, t.end - t.begin);
      if (t.kind == TokenKind::kWord && t.capitalized && w.size() >= 3 && w != sur &&
          m.actor->name.find(w) != std::string::npos &&
          impl_->by_surname.find(w) == impl_->by_surname.end())
        impl_->by_surname.emplace(std::string(w), m.actor);
    }
    // ("President Jorge Pacheco Areco" ... "President Pacheco": a Spanish name of three words
    // ends in two surnames, and the first of them is the short name -- not a second given name,
    // "Juan Pablo Guanipa"; not a Portuguese name, whose last word is the surname, "Augusto
    // Santos Silva".)
    if (std::string_view name = m.actor->name;
        m.actor->kind == ActorKind::kPerson &&
        detail::is_one_of(m.actor->country, "ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN",
                          "CUB", "DOM", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY",
                          "PRY")) {
      size_t a = name.find(' '), b = a == std::string_view::npos ? a : name.find(' ', a + 1);
      if (b != std::string_view::npos && name.find(' ', b + 1) == std::string_view::npos &&
          b - a > 3) {
        std::string_view middle = name.substr(a + 1, b - a - 1);
        if (std::isupper(static_cast<unsigned char>(middle.front())) &&
            !iberian_given_name(detail::lower_ascii(fold_to_ascii(middle))) &&
            impl_->by_surname.find(middle) == impl_->by_surname.end())
          impl_->by_surname.emplace(std::string(middle), m.actor);
      }
    }
    // "Park Jin" ... "Park said".
    std::string_view given = std::string_view(m.actor->name).substr(0, m.actor->name.find(' '));
    if (given.size() < m.actor->name.size() &&
        detail::is_one_of(m.actor->country, "KOR", "PRK", "CHN", "TWN") &&
        family_name_first(detail::lower_ascii(given)) &&
        impl_->by_surname.find(given) == impl_->by_surname.end())
      impl_->by_surname.emplace(std::string(given), m.actor);
  }
}

}  // namespace dipline
