#include "dipline/yaml_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_util.h"

namespace dipline {
namespace {

std::string errors_of(const std::string& text) {
  auto r = read_yaml(SourceText{"t.yaml", text});
  if (r.ok()) return "ok";
  std::string out;
  for (const auto& d : r.error().diagnostics) out += format_diagnostic(d);
  return out;
}

const char* kValid = R"(dipline: 1
title: A test
sources:
  - id: src-1
    outlet: Example Wire
    published: "2022-02-14"
actors:
  - id: joe-biden
    name: Joe Biden
    kind: person
    country: USA
    role: President
events:
  - id: e1
    date: "2022-02-14"
    type: phone-call
    status: occurred
    actors: [joe-biden]
    place: null
    summary: "A call: short."
    cameo: "041"
    plover: CONSULT
    evidence:
      - source: src-1
        when: on Monday
        quote: "He \"spoke\" on Monday."
        span: [10, 32]
    locked: false
)";

TEST(YamlIo, ReadsAValidTimeline) {
  auto r = read_yaml(SourceText{"t.yaml", kValid});
  ASSERT_TRUE(r.ok()) << errors_of(kValid);
  const Timeline& t = *r;
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(to_string(t.events[0].date), "2022-02-14");
  EXPECT_EQ(t.events[0].evidence[0].quote, "He \"spoke\" on Monday.");
  EXPECT_EQ(t.events[0].evidence[0].begin, 10u);
  EXPECT_EQ(t.actors[0].kind, ActorKind::kPerson);
  EXPECT_EQ(t.sources[0].published, CalendarDate::ymd(2022, 2, 14));
}

TEST(YamlIo, CanonicalTextIsAFixedPoint) {
  auto r = read_yaml(SourceText{"t.yaml", kValid});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(to_yaml(*r), kValid);
}

TEST(YamlIo, SortsEventsByDateThenIdAndQuotesDates) {
  Timeline t;
  Event a, b, c;
  a.id = "b-event";
  a.date = *parse_edtf("2022-02-14");
  b.id = "a-event";
  b.date = *parse_edtf("2022-02-14");
  c.id = "z-event";
  c.date = *parse_edtf("2022-02-12/2022-02-13");
  t.events = {a, b, c};
  std::string y = to_yaml(t);
  EXPECT_LT(y.find("z-event"), y.find("a-event"));
  EXPECT_LT(y.find("a-event"), y.find("b-event"));
  EXPECT_NE(y.find("date: \"2022-02-12/2022-02-13\""), std::string::npos);
}

TEST(YamlIo, QuotesWhatYamlWouldMisread) {
  Timeline t;
  Event e;
  e.id = "2022-02-14-biden-johnson-phone-call";
  e.date = *parse_edtf("2022");
  e.type = "statement";
  e.summary = "yes";
  e.place = "null";
  e.cameo = "010";
  e.evidence.push_back(Evidence{"s", "on: Monday", "line\nbreak # not a comment", 1, 2});
  t.events = {e};
  t.sources.push_back(Source{"s", "", "", std::nullopt, ""});
  std::string y = to_yaml(t);
  EXPECT_NE(y.find("  - id: 2022-02-14-biden-johnson-phone-call\n"), std::string::npos) << y;
  EXPECT_NE(y.find("summary: \"yes\""), std::string::npos) << y;
  EXPECT_NE(y.find("place: \"null\""), std::string::npos) << y;
  EXPECT_NE(y.find("when: \"on: Monday\""), std::string::npos) << y;
  auto back = read_yaml(SourceText{"t.yaml", y});
  ASSERT_TRUE(back.ok()) << errors_of(y);
  EXPECT_EQ(back->events[0], e);
}

TEST(YamlIo, KeepsTheLeadingComments) {
  std::string text =
      std::string("# yaml-language-server: $schema=../docs/timeline.schema.json\n") + kValid;
  auto r = read_yaml(SourceText{"t.yaml", text});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(to_yaml(*r), text);
}

TEST(YamlIo, RoundTripsEveryCuratedTimeline) {
  namespace fs = std::filesystem;
  int n = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(DIPLINE_SOURCE_DIR) / "timelines")) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string text = test::read_file(entry.path());
    auto t = read_yaml(SourceText{entry.path().string(), text});
    ASSERT_TRUE(t.ok()) << errors_of(text);
    auto again = read_yaml(SourceText{"again", to_yaml(*t)});
    ASSERT_TRUE(again.ok());
    Timeline sorted = *t;
    canonicalize(sorted);
    EXPECT_EQ(*again, sorted) << entry.path();
    EXPECT_EQ(to_yaml(*t), text) << entry.path() << " is not in canonical form (dipline fmt)";
    ++n;
  }
  EXPECT_GT(n, 0);
}

// Every curated timeline quotes its article exactly: the quote is the text at the span of
// timelines/<source-id>.md.
TEST(YamlIo, CuratedEvidenceQuotesItsArticle) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(DIPLINE_SOURCE_DIR) / "timelines";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".yaml") continue;
    auto t = read_yaml(SourceText{entry.path().string(), test::read_file(entry.path())});
    ASSERT_TRUE(t.ok());
    for (const auto& e : t->events) {
      for (const auto& ev : e.evidence) {
        fs::path article = dir / (ev.source + ".md");
        if (!fs::exists(article)) continue;
        const std::string source = test::read_file(article);
        ASSERT_LE(ev.end, source.size()) << e.id;
        EXPECT_EQ(source.substr(ev.begin, ev.end - ev.begin), ev.quote) << e.id;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 0);
}

TEST(YamlIo, LinksRoundTripAndNameKnownEvents) {
  std::string t = kValid;
  t.replace(t.find("    locked: false\n"), 0,
            "    links:\n      - relation: response-to\n        event: e1\n");
  auto r = read_yaml(SourceText{"t.yaml", t});
  ASSERT_TRUE(r.ok()) << errors_of(t);
  ASSERT_EQ(r->events[0].links.size(), 1u);
  EXPECT_EQ(r->events[0].links[0], (Link{"response-to", "e1"}));
  EXPECT_EQ(to_yaml(*r), t);
  std::string bad = t;
  bad.replace(bad.find("relation: response-to"), 21, "relation: reply");
  bad.replace(bad.find("event: e1"), 9, "event: e9");
  EXPECT_EQ(errors_of(bad),
            "t.yaml:29:19: error: unknown relation 'reply' (expected after, before, response-to or "
            "during)\n"
            "        - relation: reply\n"
            "                    ^\n"
            "t.yaml:30:16: error: a link names unknown event 'e9'\n"
            "          event: e9\n"
            "                 ^\n");
}

TEST(YamlIoErrors, SyntaxError) {
  EXPECT_EQ(errors_of("dipline: 1\nevents: [\n"),
            "t.yaml:3:1: error: end of sequence flow not found\n");
}

TEST(YamlIoErrors, EmptyFile) {
  EXPECT_EQ(errors_of(""), "t.yaml:1:1: error: empty file: a timeline starts with 'dipline: 1'\n");
}

TEST(YamlIoErrors, UnknownKeySuggestsTheNearest) {
  std::string t = kValid;
  t.replace(t.find("    date:"), 9, "    dat:");
  EXPECT_EQ(errors_of(t),
            "t.yaml:14:5: error: an event has no 'date'\n"
            "    - id: e1\n"
            "      ^\n"
            "t.yaml:15:5: error: unknown key 'dat' in an event; did you mean 'date'?\n"
            "      dat: \"2022-02-14\"\n"
            "      ^\n");
}

TEST(YamlIoErrors, DuplicateKey) {
  std::string t = kValid;
  t.replace(t.find("    status: occurred\n"), 0, "    type: meeting\n");
  EXPECT_EQ(errors_of(t),
            "t.yaml:17:5: error: duplicate key 'type' in an event (first at line 16)\n"
            "      type: meeting\n"
            "      ^\n");
}

TEST(YamlIoErrors, WrongTypes) {
  std::string t = kValid;
  t.replace(t.find("actors: [joe-biden]"), 19, "actors: joe-biden");
  t.replace(t.find("locked: false"), 13, "locked: maybe");
  t.replace(t.find("span: [10, 32]"), 14, "span: [32, 10]");
  EXPECT_EQ(errors_of(t),
            "t.yaml:18:13: error: 'actors' of an event must be a list of actor ids\n"
            "      actors: joe-biden\n"
            "              ^\n"
            "t.yaml:27:15: error: 'span' must be [start, end] byte offsets with 0 <= start <= end\n"
            "          span: [32, 10]\n"
            "                ^\n"
            "t.yaml:28:13: error: 'locked' must be true or false\n"
            "      locked: maybe\n"
            "              ^\n");
}

TEST(YamlIoErrors, ImpossibleDatesAndReversedIntervals) {
  std::string t = kValid;
  t.replace(t.find("date: \"2022-02-14\""), 18, "date: \"2022-02-30\"");
  t.replace(t.find("published: \"2022-02-14\""), 23, "published: \"2022-13\"");
  EXPECT_EQ(errors_of(t),
            "t.yaml:6:16: error: bad published of a source: month 13 does not exist in '2022-13'\n"
            "      published: \"2022-13\"\n"
            "                 ^\n"
            "t.yaml:15:11: error: bad date '2022-02-30': day 30 does not exist in 2022-02\n"
            "      date: \"2022-02-30\"\n"
            "            ^\n");
  std::string r = kValid;
  r.replace(r.find("date: \"2022-02-14\""), 18, "date: \"2022-02-14/2022-02-12\"");
  EXPECT_EQ(errors_of(r),
            "t.yaml:15:11: error: bad date '2022-02-14/2022-02-12': interval ends before it starts "
            "('2022-02-14' is after '2022-02-12')\n"
            "      date: \"2022-02-14/2022-02-12\"\n"
            "            ^\n");
}

TEST(YamlIoErrors, DuplicateIdsAndUnknownReferences) {
  std::string t = kValid;
  t.replace(t.find("actors: [joe-biden]"), 19, "actors: [joe-biden, boris-johnson]");
  t.replace(t.find("      - source: src-1"), 21, "      - source: src-2");
  size_t events = t.find("events:\n") + 8;
  std::string first_event = t.substr(events);
  t += first_event;
  EXPECT_EQ(errors_of(t),
            "t.yaml:18:25: error: event 'e1' names unknown actor 'boris-johnson'\n"
            "      actors: [joe-biden, boris-johnson]\n"
            "                          ^\n"
            "t.yaml:24:17: error: evidence names unknown source 'src-2'\n"
            "        - source: src-2\n"
            "                  ^\n"
            "t.yaml:29:5: error: duplicate event id 'e1' (first at line 14)\n"
            "    - id: e1\n"
            "      ^\n"
            "t.yaml:33:25: error: event 'e1' names unknown actor 'boris-johnson'\n"
            "      actors: [joe-biden, boris-johnson]\n"
            "                          ^\n"
            "t.yaml:39:17: error: evidence names unknown source 'src-2'\n"
            "        - source: src-2\n"
            "                  ^\n");
}

TEST(YamlIoErrors, BadEnumsAndCodes) {
  std::string t = kValid;
  t.replace(t.find("status: occurred"), 16, "status: happened");
  t.replace(t.find("kind: person"), 12, "kind: human");
  t.replace(t.find("plover: CONSULT"), 15, "plover: TALK");
  t.replace(t.find("cameo: \"041\""), 12, "cameo: \"41a\"");
  t.replace(t.find("dipline: 1"), 10, "dipline: 2");
  EXPECT_EQ(
      errors_of(t),
      "t.yaml:1:10: error: unsupported format version '2' (this dipline reads version 1)\n"
      "  dipline: 2\n"
      "           ^\n"
      "t.yaml:10:11: error: unknown actor kind 'human' (expected person, country, organization "
      "or group)\n"
      "      kind: human\n"
      "            ^\n"
      "t.yaml:17:13: error: unknown status 'happened' (expected occurred, planned, announced, "
      "ongoing, cancelled, denied or hypothetical)\n"
      "      status: happened\n"
      "              ^\n"
      "t.yaml:21:12: error: cameo '41a' is not a CAMEO event code (2 to 4 digits, quoted)\n"
      "      cameo: \"41a\"\n"
      "             ^\n"
      "t.yaml:22:13: error: unknown PLOVER type 'TALK' (expected one of AGREE, CONSULT, "
      "SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, "
      "SANCTION, MOBILIZE, COERCE, ASSAULT)\n"
      "      plover: TALK\n"
      "              ^\n");
}

TEST(YamlIoErrors, BadIdAndCountry) {
  std::string t = kValid;
  t.replace(t.find("id: e1"), 6, "id: E 1");
  t.replace(t.find("country: USA"), 12, "country: US");
  EXPECT_EQ(errors_of(t),
            "t.yaml:11:14: error: country 'US' is not an ISO 3166-1 alpha-3 code (e.g. USA)\n"
            "      country: US\n"
            "               ^\n"
            "t.yaml:14:9: error: id 'E 1' of an event must use only a-z, 0-9 and '-'\n"
            "    - id: E 1\n"
            "          ^\n");
}

TEST(YamlIo, EditDistance) {
  EXPECT_EQ(edit_distance("dat", "date"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

}  // namespace
}  // namespace dipline
