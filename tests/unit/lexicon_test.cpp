#include "dipline/lexicon.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "dipline/actors.h"
#include "lexicon_blob.h"
#include "test_util.h"

namespace dipline {
namespace {

const Lexicon& builtin() {
  static const Lexicon lex = [] {
    auto r = Lexicon::builtin();
    if (!r.ok()) {
      for (const auto& d : r.error().diagnostics) ADD_FAILURE() << format_diagnostic(d);
      return Lexicon{};
    }
    return *r;
  }();
  return lex;
}

// "words -> actor-id" for each mention found in `sentence` on `when`.
std::string actors_in(std::string_view sentence,
                      CalendarDate when = CalendarDate::ymd(2022, 2, 14)) {
  static const Gazetteer g(builtin());
  std::string text(sentence);
  auto toks = tokenize(text, 0, text.size());
  std::string out;
  for (const auto& m : g.find(text, toks, 0, toks.size(), when)) {
    if (!out.empty()) out += "; ";
    out +=
        text.substr(m.begin, m.end - m.begin) + " -> " + m.actor->id + (m.place ? " (place)" : "");
  }
  return out;
}

TEST(Lexicon, BuiltinLoadsWithUniqueIds) {
  const Lexicon& lex = builtin();
  std::set<std::string> ids;
  for (const auto& a : lex.actors) EXPECT_TRUE(ids.insert(a.id).second) << a.id;
  EXPECT_GE(std::count_if(lex.actors.begin(), lex.actors.end(),
                          [](const LexActor& a) { return a.kind == ActorKind::kCountry; }),
            193);
  for (const auto& t : lex.event_types) {
    EXPECT_GE(t.cameo.size(), 2u) << t.id;
    EXPECT_FALSE(t.triggers.empty()) << t.id;
  }
}

// The compiled-in lexicon is the one its YAML files make, read as a user's files are read.
TEST(Lexicon, BuiltinIsWhatItsFilesSay) {
  Lexicon from_yaml;
  // (The files CMake compiles in, in their order.)
  std::vector<std::string> files;
  std::stringstream list(DIPLINE_LEXICON_FILES);
  for (std::string path; std::getline(list, path, ',');) files.push_back(path);
  ASSERT_EQ(files.size(), 5u);
  for (const std::string& path : files) {
    std::string text = test::read_file(path);
    ASSERT_FALSE(text.empty()) << path;
    Status s = from_yaml.add(SourceText{path, text});
    ASSERT_TRUE(s.ok()) << path;
  }
  EXPECT_TRUE(from_yaml == builtin());
  EXPECT_EQ(from_yaml.actors.size(), builtin().actors.size());
  EXPECT_EQ(from_yaml.event_types.size(), builtin().event_types.size());
}

TEST(Lexicon, EncodedFormKeepsEveryField) {
  Lexicon lex;
  Status s = lex.add(SourceText{
      "all.yaml",
      "countries:\n  - id: ruritania\n    iso3: RUR\n    name: Ruritania\n    names: [Ruritanie]\n"
      "    demonyms: [Ruritanian]\n    adjective: Ruritanian\n    capitals: [Strelsau]\n"
      "    cities: [Zenda]\n    cameo: RUR\n    leader: head-of-state\n"
      "organizations:\n  - id: ruritanian-palace\n    name: the Palace\n    kind: organization\n"
      "    country: RUR\n    cameo: RURGOV\n    speaks_for: leader\n"
      "people:\n  - id: rudolf\n    name: Rudolf Rassendyll\n    names: [Rassendyll]\n"
      "    country: RUR\n    cameo: RURGOV\n    roles:\n      - office: head-of-state\n"
      "        title: King\n        org: ruritanian-palace\n        from: \"1894-05\"\n"
      "        to: \"1894\"\n      - office: foreign-minister\n        from: \"1895-01-02\"\n"
      "offices:\n  head-of-state: [king, monarch]\n"
      "verb_forms:\n  crown: [crowns, crowned, crowning]\n"
      "event_types:\n  - id: coronation\n    label: coronation\n    cameo: \"0\"\n"
      "    plover: AGREE\n    summary: \"{agent} is crowned\"\n    triggers: [\"@a <crown>\"]\n"
      "    stated: [\"a crown\"]\n    durative: true\n    speech: true\n    by_state: true\n"});
  ASSERT_TRUE(s.ok()) << s.error().message;
  ASSERT_EQ(lex.actors.size(), 3u);
  std::string bytes = detail::encode_lexicon(lex);
  auto back = detail::decode_lexicon(bytes);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(*back == lex);
  EXPECT_EQ(back->find("rudolf")->roles.at(0).from, CalendarDate::ymd(1894, 5, 0));
  EXPECT_EQ(back->find("rudolf")->roles.at(1).to, std::nullopt);
  EXPECT_TRUE(back->find("ruritanian-palace")->leader_office);
  EXPECT_EQ(back->find_type("coronation")->plover, "AGREE");
  EXPECT_TRUE(back->find_type("coronation")->by_state);
  EXPECT_EQ(back->verb_forms.at("crown").size(), 3u);
  // Bytes cut short anywhere, or of another format, are refused: never half a lexicon.
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_FALSE(detail::decode_lexicon(std::string_view(bytes).substr(0, n)).has_value()) << n;
  EXPECT_FALSE(detail::decode_lexicon(bytes + "x").has_value());
  std::string other = bytes;
  other[0] = 'D';
  EXPECT_FALSE(detail::decode_lexicon(other).has_value());
  // A count no input could hold, an unknown kind of actor, a flag other than 0 or 1: refused
  // (and nothing allocated for the count).
  const size_t tag = std::string_view("dipline-lexicon-2\n").size();
  std::string huge = bytes;
  huge.replace(tag, 4, "\xff\xff\xff\xff");
  EXPECT_FALSE(detail::decode_lexicon(huge).has_value());
  std::string kind = bytes;
  size_t kind_at =
      tag + 4 + 4 + std::string_view("ruritania").size() + 4 + std::string_view("Ruritania").size();
  ASSERT_EQ(kind.substr(kind_at, 4), std::string("\1\0\0\0", 4));  // kCountry
  kind[kind_at] = '\x09';
  EXPECT_FALSE(detail::decode_lexicon(kind).has_value());
  Lexicon one;
  one.event_types.push_back(EventType{.id = "x", .cameo = "0"});
  std::string flag = detail::encode_lexicon(one);
  ASSERT_TRUE(detail::decode_lexicon(flag).has_value());
  flag[flag.size() - 4 - 1] = '\x02';  // by_state, before the empty verb_forms
  EXPECT_FALSE(detail::decode_lexicon(flag).has_value());
}

// docs/event-types.md lists every built-in type with its codes.
TEST(Lexicon, EveryEventTypeIsDocumented) {
  const std::string doc = test::read_file(std::string(DIPLINE_SOURCE_DIR) + "/docs/event-types.md");
  for (const auto& t : builtin().event_types) {
    std::string row = "| `" + t.id + "` | " + t.cameo + " ";
    std::string plover = t.plover ? *t.plover : "null";
    size_t at = doc.find(row);
    EXPECT_NE(at, std::string::npos) << row;
    if (at != std::string::npos) {
      std::string line = doc.substr(at, doc.find('\n', at) - at);
      EXPECT_NE(line.find("| " + plover + " |"), std::string::npos) << line;
    }
  }
}

TEST(Lexicon, NoPatternPutsAWordBoundaryBeforeAPlaceholder) {
  // "@a", "@s" and "@t" begin with "@", no word character: "\\b@a" after a space never matches.
  for (const auto& t : builtin().event_types) {
    std::vector<std::string> all = t.triggers;
    all.insert(all.end(), t.stated.begin(), t.stated.end());
    for (const auto& p : all) {
      EXPECT_EQ(p.find("\\b@"), std::string::npos) << t.id << ": " << p;
      EXPECT_EQ(p.find("\\b(?:@"), std::string::npos) << t.id << ": " << p;
    }
  }
}

TEST(Lexicon, CountriesByNameDemonymAndCapital) {
  EXPECT_EQ(actors_in("Russia and the U.S. talked."), "Russia -> russia; U.S. -> united-states");
  EXPECT_EQ(actors_in("British officials said Moscow would answer."),
            "British -> united-kingdom; Moscow -> russia");
  EXPECT_EQ(actors_in("The embassy moves from Kiev to Lviv."),
            "Kiev -> ukraine (place); Lviv -> ukraine (place)");
  EXPECT_EQ(actors_in("Officials flew to both Moscow and Kyiv."),
            "Moscow -> russia (place); Kyiv -> ukraine (place)");
}

TEST(Lexicon, ArmedGroupsOfTheLastDecades) {
  EXPECT_EQ(actors_in("the Tamil Tigers and the FARC"), "Tamil Tigers -> ltte; FARC -> farc");
  EXPECT_EQ(actors_in("Abu Sayyaf and the Pakistani Taliban"),
            "Abu Sayyaf -> abu-sayyaf; Pakistani Taliban -> ttp");
}

TEST(Lexicon, PeopleWithTitlesAndVariants) {
  EXPECT_EQ(
      actors_in("Russian Foreign Minister Sergei Lavrov met Zelenskyy."),
      "Russian Foreign Minister Sergei Lavrov -> sergey-lavrov; Zelenskyy -> volodymyr-zelensky");
  EXPECT_EQ(actors_in("President Joe Biden called."), "President Joe Biden -> joe-biden");
}

TEST(Lexicon, TitlesResolveByTheDate) {
  EXPECT_EQ(actors_in("The British Prime Minister spoke."),
            "British Prime Minister -> boris-johnson");
  EXPECT_EQ(actors_in("The British Prime Minister spoke.", CalendarDate::ymd(2023, 6, 1)),
            "British Prime Minister -> rishi-sunak");
  EXPECT_EQ(actors_in("The British Prime Minister spoke.", CalendarDate::ymd(2015, 6, 1)),
            "British Prime Minister -> david-cameron");
  EXPECT_EQ(actors_in("Russia's foreign minister spoke.", CalendarDate::ymd(2003, 1, 1)),
            "Russia's foreign minister -> igor-ivanov");
}

TEST(Lexicon, SurnamesNameWhoeverHoldsOfficeThen) {
  EXPECT_EQ(actors_in("Bush met Blair.", CalendarDate::ymd(2003, 3, 1)),
            "Bush -> george-w-bush; Blair -> tony-blair");
  EXPECT_EQ(actors_in("Bush met the press.", CalendarDate::ymd(1990, 8, 15)),
            "Bush -> george-h-w-bush");
  EXPECT_EQ(actors_in("Bush met the press.", CalendarDate::ymd(2012, 8, 15)), "");
  EXPECT_EQ(actors_in("George W. Bush spoke.", CalendarDate::ymd(1990, 8, 15)),
            "George W. Bush -> george-w-bush");
}

// People outside the lexicon, by their title or as speakers, remembered within the article.
TEST(Lexicon, UnknownPeopleAreFoundAndRemembered) {
  static const Gazetteer g(builtin());
  std::string text =
      "Iraqi Trade Minister Mohammed Mehdi Saleh met Prince Bandar. Richard Butler said it "
      "failed. Saleh left.";
  auto toks = tokenize(text, 0, text.size());
  ArticlePeople people;
  std::string out;
  for (const auto& s : split_sentences(text, toks)) {
    auto m = g.find(text, toks, s.first_token, s.last_token, CalendarDate::ymd(1998, 2, 13));
    people.find(text, toks, s.first_token, s.last_token, m);
    for (const auto& x : m)
      out += text.substr(x.begin, x.end - x.begin) + " -> " + x.actor->id + " (" +
             x.actor->country + ")" + "; ";
  }
  EXPECT_EQ(
      out,
      "Iraqi Trade Minister Mohammed Mehdi Saleh -> mohammed-mehdi-saleh (IRQ); Prince Bandar -> "
      "prince-bandar (); Richard Butler -> richard-butler (); Saleh -> mohammed-mehdi-saleh "
      "(IRQ); ");
}

TEST(Lexicon, RolesCoverTheirDates) {
  const LexActor* johnson = builtin().find("boris-johnson");
  ASSERT_NE(johnson, nullptr);
  ASSERT_NE(johnson->role_at(CalendarDate::ymd(2022, 2, 14)), nullptr);
  EXPECT_EQ(johnson->role_at(CalendarDate::ymd(2022, 2, 14))->title, "Prime Minister");
  EXPECT_EQ(johnson->role_at(CalendarDate::ymd(2022, 9, 7)), nullptr);
}

TEST(Lexicon, UserFilesExtendAndReplace) {
  Lexicon lex = builtin();
  Status s = lex.add(SourceText{"mine.yaml",
                                "people:\n  - id: jane-roe\n    name: Jane Roe\n    names: [Roe]\n"
                                "    country: GBR\n    roles:\n      - office: head-of-government\n"
                                "        title: Prime Minister\n        from: \"2040-01-01\"\n"});
  ASSERT_TRUE(s.ok());
  ASSERT_NE(lex.find("jane-roe"), nullptr);
  EXPECT_EQ(lex.find("jane-roe")->roles.front().from, CalendarDate::ymd(2040, 1, 1));
}

TEST(Lexicon, ACountryMayNameItsBodiesByAnAdjective) {
  Lexicon lex = builtin();
  ASSERT_NE(lex.find("myanmar"), nullptr);
  EXPECT_EQ(lex.find("myanmar")->adjective, "Myanmar");
  EXPECT_EQ(lex.find("russia")->adjective, "");  // the first demonym, "Russian"
  Status s =
      lex.add(SourceText{"mine.yaml",
                         "countries:\n  - id: ruritania\n    iso3: RUR\n    name: Ruritania\n"
                         "    demonyms: [Ruritanian]\n    adjective: Ruritania\n"});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(lex.find("ruritania")->adjective, "Ruritania");
}

TEST(Lexicon, TheLeadersOfficeSpeaksForTheLeader) {
  Lexicon lex = builtin();
  EXPECT_TRUE(lex.find("white-house")->leader_office);
  EXPECT_TRUE(lex.find("kremlin")->leader_office);
  EXPECT_FALSE(lex.find("us-state-department")->leader_office);
  Status bad = lex.add(
      SourceText{"mine.yaml", "organizations:\n  - id: x\n    name: X\n    speaks_for: pm\n"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(format_diagnostic(bad.error().diagnostics.at(0))
                .find("mine.yaml:4:17: error: unknown speaks_for 'pm'"),
            std::string::npos)
      << format_diagnostic(bad.error().diagnostics.at(0));
}

TEST(Lexicon, VerbsAreWrittenOutWithTheirForms) {
  std::map<std::string, std::vector<std::string>> irregular{
      {"freeze", {"freezes", "froze", "frozen", "freezing"}}};
  auto forms = [&](std::string_view v) {
    std::vector<std::string> f = verb_forms(v, irregular);
    std::sort(f.begin(), f.end());
    return f;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(forms("suspend"), (V{"suspend", "suspended", "suspending", "suspends"}));
  EXPECT_EQ(forms("agree"), (V{"agree", "agreed", "agreeing", "agrees"}));
  EXPECT_EQ(forms("pledge"), (V{"pledge", "pledged", "pledges", "pledging"}));
  EXPECT_EQ(forms("deny"), (V{"denied", "denies", "deny", "denying"}));
  EXPECT_EQ(forms("push"), (V{"push", "pushed", "pushes", "pushing"}));
  EXPECT_EQ(forms("tie"), (V{"tie", "tied", "ties", "tying"}));
  // Both spellings where the consonant may be doubled; a vowel pair or a w is never doubled.
  V ban = forms("ban");
  EXPECT_NE(std::find(ban.begin(), ban.end(), "banned"), ban.end());
  EXPECT_NE(std::find(ban.begin(), ban.end(), "banning"), ban.end());
  V cancel = forms("cancel");
  EXPECT_NE(std::find(cancel.begin(), cancel.end(), "cancelled"), cancel.end());
  EXPECT_NE(std::find(cancel.begin(), cancel.end(), "canceled"), cancel.end());
  EXPECT_EQ(forms("appeal"), (V{"appeal", "appealed", "appealing", "appeals"}));
  EXPECT_EQ(forms("vow"), (V{"vow", "vowed", "vowing", "vows"}));
  EXPECT_EQ(forms("freeze"), (V{"freeze", "freezes", "freezing", "froze", "frozen"}));
  // Phrasal verbs inflect their first word.
  EXPECT_EQ(forms("hand over"), (V{"hand over", "handed over", "handing over", "hands over"}));

  Result<std::string> p = expand_verbs("(?:^| )<suspend> @a from\\b", irregular);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(*p, "(?:^| )(?:suspending|suspended|suspends|suspend) @a from\\b");
  EXPECT_EQ(*expand_verbs("(?P<who>x)", irregular), "(?P<who>x)");  // a named group stays
  EXPECT_FALSE(expand_verbs("<suspend @a", irregular).ok());
  EXPECT_FALSE(expand_verbs("<Suspend>", irregular).ok());
  EXPECT_FALSE(expand_verbs("<>", irregular).ok());
}

TEST(Lexicon, PatternsNameVerbsAndTheirIrregularForms) {
  Lexicon lex;
  ASSERT_TRUE(lex.add(SourceText{"mine.yaml",
                                 "verb_forms:\n  shun: [shuns, shunned, shunning]\n"
                                 "event_types:\n  - id: snub\n    label: snub\n    cameo: \"125\"\n"
                                 "    triggers: ['<shun> @a', '<rebuff> @a']\n"})
                  .ok());
  const EventType* t = lex.find_type("snub");
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->triggers.size(), 2u);
  EXPECT_EQ(t->triggers[0], "(?:shunning|shunned|shuns|shun) @a");
  EXPECT_TRUE(RE2::PartialMatch("it rebuffed @a on @t", t->triggers[1]));

  Lexicon bad;
  Status s = bad.add(SourceText{"bad.yaml",
                                "event_types:\n  - id: snub\n    label: snub\n    cameo: \"125\"\n"
                                "    triggers:\n      - '<Shun> @a'\n"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(format_diagnostic(s.error().diagnostics.at(0)),
            "bad.yaml:6:9: error: bad trigger pattern: '<Shun>' is no verb (lowercase words "
            "between < and >)\n"
            "        - '<Shun> @a'\n"
            "          ^\n");
}

TEST(Lexicon, ErrorsSayWhere) {
  Lexicon lex;
  Status s = lex.add(SourceText{"mine.yaml",
                                "people:\n  - id: x\n    nmae: X\n    roles:\n      - office: y\n"
                                "        from: 2022-13-01\n"});
  ASSERT_FALSE(s.ok());
  std::string out;
  for (const auto& d : s.error().diagnostics) out += format_diagnostic(d);
  EXPECT_EQ(out,
            "mine.yaml:2:5: error: missing 'name'\n"
            "    - id: x\n"
            "      ^\n"
            "mine.yaml:3:5: error: unknown key 'nmae' in a person\n"
            "      nmae: X\n"
            "      ^\n"
            "mine.yaml:6:15: error: bad date '2022-13-01' for 'from': month 13 does not exist in "
            "'2022-13-01'\n"
            "          from: 2022-13-01\n"
            "                ^\n");
  Lexicon lex2;
  Status bad = lex2.add(SourceText{"bad.yaml", "people: [\n"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(format_diagnostic(bad.error().diagnostics.at(0)),
            "bad.yaml:2:1: error: end of sequence flow not found\n");
}

}  // namespace
}  // namespace dipline
