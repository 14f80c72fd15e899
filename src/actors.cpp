#include "dipline/actors.h"

#include <algorithm>
#include <unordered_map>

#include "util.h"

namespace dipline {

using detail::is_one_of;

namespace {

struct Entry {
  std::vector<std::string> words;  // exact token texts
  const LexActor* actor;
  MentionHow how;
  bool short_form = false;  // one word standing for a person ("Bush"), not the full name
};

struct OfficePhrase {
  std::vector<std::string> words;  // lowercase
  std::string office;
};

std::vector<std::string> words_of(std::string_view s, bool lower) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s, 0, s.size()))
    out.push_back(lower ? t.lower : std::string(s.substr(t.begin, t.end - t.begin)));
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

  void add(std::string_view form, const LexActor* a, MentionHow how) {
    auto w = words_of(form, false);
    if (w.empty()) return;  // nothing to match (and a zero-length match would never advance)
    // "the West": the article is optional in text, so index without it.
    if (w.size() > 1 && (w[0] == "the" || w[0] == "The")) w.erase(w.begin());
    bool short_form = a->kind == ActorKind::kPerson && w.size() == 1 && form != a->name;
    by_first[w[0]].push_back(Entry{w, a, how, short_form});
    // Possessive forms match through the tokenizer ("Russia's" is one token).
    auto poss = w;
    poss.back() += "'s";
    by_first[poss[0]].push_back(Entry{poss, a, how, short_form});
    poss.back() = w.back() + "\u2019s";
    by_first[poss[0]].push_back(Entry{poss, a, how, short_form});
  }
};

Gazetteer::Gazetteer(const Lexicon& lex) : lex_(lex), impl_(std::make_unique<Impl>()) {
  for (const auto& a : lex.actors) {
    impl_->add(a.name, &a, MentionHow::kName);
    for (const auto& n : a.names) impl_->add(n, &a, MentionHow::kName);
    for (const auto& n : a.demonyms) impl_->add(n, &a, MentionHow::kDemonym);
    for (const auto& n : a.capitals) impl_->add(n, &a, MentionHow::kCapital);
    for (const auto& n : a.cities) impl_->add(n, &a, MentionHow::kCity);
  }
  for (auto& [key, entries] : impl_->by_first)
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.words.size() > b.words.size();
    });
  for (const auto& [office, phrases] : lex.offices)
    for (const auto& p : phrases)
      if (auto words = words_of(p, true); !words.empty())
        impl_->offices.push_back(OfficePhrase{std::move(words), office});
  // "the Russian leader": whoever leads the country then (its president or its prime minister).
  impl_->offices.push_back(OfficePhrase{{"leader"}, "leader"});
  std::stable_sort(
      impl_->offices.begin(), impl_->offices.end(),
      [](const OfficePhrase& a, const OfficePhrase& b) { return a.words.size() > b.words.size(); });
  for (const auto& p : impl_->offices) impl_->offices_by_first[p.words.front()].push_back(&p);
}

Gazetteer::~Gazetteer() = default;

std::vector<ActorMention> Gazetteer::find(std::string_view text, const std::vector<Token>& toks,
                                          size_t first, size_t last,
                                          const CalendarDate& when) const {
  auto token_text = [&](size_t i) {
    return text.substr(toks[i].begin, toks[i].end - toks[i].begin);
  };
  // 1. Names from the gazetteer, longest match first.
  std::vector<ActorMention> found;
  for (size_t i = first; i < last;) {
    auto it = impl_->by_first.find(token_text(i));
    const Entry* best = nullptr;
    if (it != impl_->by_first.end()) {
      for (const auto& e : it->second) {
        if (i + e.words.size() > last) continue;
        if (best && e.words.size() < best->words.size()) break;  // entries are longest first
        bool ok = true;
        for (size_t k = 1; k < e.words.size() && ok; ++k) ok = token_text(i + k) == e.words[k];
        if (!ok) continue;
        // A surname alone names the lexicon's person only while they hold an office: "Bush" in
        // 1990 is not George W. Bush.
        if (e.short_form && !e.actor->roles.empty() && !e.actor->role_at(when)) continue;
        // Among people with the same name ("Bush"), the one in office at the time.
        if (!best || (e.actor->kind == ActorKind::kPerson && e.actor->role_at(when) &&
                      !(best->actor->kind == ActorKind::kPerson && best->actor->role_at(when))))
          best = &e;
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    size_t j = i + best->words.size();
    ActorMention m{toks[i].begin, toks[j - 1].end, i, j, best->actor, best->how, false};
    found.push_back(m);
    i = j;
  }
  // 2. Office titles: "President Vladimir Putin", "the British Prime Minister".
  auto office_at = [&](size_t i) -> const OfficePhrase* {
    auto it = impl_->offices_by_first.find(std::string_view(toks[i].lower));
    if (it == impl_->offices_by_first.end()) return nullptr;
    for (const OfficePhrase* p : it->second) {  // longest first
      if (i + p->words.size() > last) continue;
      bool ok = true;
      for (size_t k = 0; k < p->words.size() && ok; ++k) ok = toks[i + k].lower == p->words[k];
      if (ok) return p;
    }
    return nullptr;
  };
  std::vector<ActorMention> out;
  size_t next = 0;  // index into found
  for (size_t i = first; i < last;) {
    if (next < found.size() && found[next].first_token == i) {
      out.push_back(found[next]);
      i = found[next].last_token;
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
    if (next < found.size() && found[next].first_token == j &&
        found[next].actor->kind == ActorKind::kPerson) {
      ActorMention m = found[next];
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
    // No name: resolve the office holder by the country and the date.
    const LexActor* holder = nullptr;
    auto holder_of = [&](std::string_view office) -> const LexActor* {
      for (const auto& a : lex_.actors) {
        if (a.kind != ActorKind::kPerson || a.country != country->country) continue;
        for (const auto& r : a.roles)
          if (r.office == office && r.org.empty() && r.covers(when)) return &a;
      }
      return nullptr;
    };
    if (country && op->office != "leader") holder = holder_of(op->office);
    if (country && op->office == "leader") {
      holder = holder_of(country->leader.empty() ? "head-of-government" : country->leader);
      if (!holder) holder = holder_of("head-of-state");
    }
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
    while (next < found.size() && found[next].first_token < j) ++next;
    i = j;
  }
  // 3. Places: capitals and cities after a locative preposition ("to both Moscow and Kyiv");
  // cities are never actors.
  auto governing_prep = [&](size_t k) -> std::string_view {
    size_t i = out[k].first_token;
    size_t prev = k;  // mentions before k, to step over "Moscow and"
    while (i > first) {
      const std::string& w = toks[i - 1].lower;
      if (is_one_of(w, {"both", "and", "or", ",", "the", "either"})) {
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
  for (size_t k = 0; k < out.size(); ++k) {
    auto& m = out[k];
    std::string_view prep = governing_prep(k);
    bool locative = is_one_of(prep, {"in", "to", "from", "near", "at", "into", "outside", "of",
                                     "toward", "towards", "across", "via"});
    if (m.how == MentionHow::kCity) m.place = true;
    if (m.how == MentionHow::kCapital && locative) m.place = true;
    if (m.how == MentionHow::kName && m.actor->kind == ActorKind::kCountry &&
        is_one_of(prep, {"in", "into", "toward", "towards", "across"}))
      m.place = true;
    // "the western Ukrainian city", "the Polish border": an adjective, not an actor.
    if (m.how == MentionHow::kDemonym && m.last_token < last &&
        is_one_of(toks[m.last_token].lower,
                  {"city", "border", "borders", "capital", "soil", "territory", "town", "region",
                   "port", "language", "people", "side", "frontier", "coast"}))
      m.place = true;
  }
  return out;
}

}  // namespace dipline
