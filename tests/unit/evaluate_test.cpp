#include "dipline/evaluate.h"

#include <gtest/gtest.h>

namespace dipline {
namespace {

Event event(std::string id, std::string date, std::string type, std::vector<std::string> actors,
            std::string cameo) {
  Event e;
  e.id = std::move(id);
  e.date = *parse_edtf(date);
  e.type = std::move(type);
  e.actors = std::move(actors);
  e.cameo = std::move(cameo);
  return e;
}

Actor actor(std::string id, std::string name, ActorKind kind = ActorKind::kOrganization) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.kind = kind;
  return a;
}

TEST(Evaluate, DatesOverlap) {
  auto d = [](const char* s) { return *parse_edtf(s); };
  EXPECT_TRUE(dates_overlap(d("2022-02-14"), d("2022-02")));
  EXPECT_TRUE(dates_overlap(d("../2022-02-14"), d("2022-02-12/2022-02-13")));
  EXPECT_FALSE(dates_overlap(d("../2022-02-14"), d("2022-02-15")));
  EXPECT_FALSE(dates_overlap(d("2022-02-12/2022-02-13"), d("2022-02-14")));
  EXPECT_TRUE(dates_overlap(d("2022-02-14/.."), d("2023")));
}

TEST(Evaluate, MatchesOnTypeAgentAndDate) {
  Timeline gold, sys;
  gold.events = {event("a", "2022-02-14", "phone-call", {"joe-biden", "boris-johnson"}, "041"),
                 event("b", "2022-02-12/2022-02-13", "consultation", {"joe-biden"}, "040"),
                 event("c", "../2022-02-14", "denial", {"russia"}, "016")};
  sys.events = {event("x", "2022-02-14", "phone-call", {"joe-biden"}, "041"),      // match
                event("y", "2022-02-13", "phone-call", {"joe-biden"}, "041"),      // wrong type
                event("z", "2022-02-14", "statement", {"united-states"}, "010")};  // spurious
  std::vector<EventMiss> misses;
  EventCounts c = score_events(gold, sys, &misses);
  EXPECT_EQ(c.matched, 1u);
  EXPECT_EQ(c.exact_date, 1u);
  EXPECT_DOUBLE_EQ(c.precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.recall(), 1.0 / 3);
  EXPECT_EQ(c.loose, 2u);       // a with x, b with y
  EXPECT_EQ(c.cameo_root, 2u);  // 041/041 and 040/041 share the root 04
  ASSERT_EQ(misses.size(), 4u);
  EXPECT_EQ(misses[0].event.id, "b");
  EXPECT_EQ(misses[2].kind, "spurious");
}

// Pairs are one-to-one and as many as can be: a gold event whose first candidate another gold
// event needs takes its second one, and among candidates the very date is taken first.
TEST(Evaluate, PairsAsManyAsCanBe) {
  Timeline gold, sys;
  gold.events = {event("a", "2022-02", "meeting", {"france"}, "043"),
                 event("b", "2022-02-10", "meeting", {"france"}, "043")};
  sys.events = {event("x", "2022-02-10", "meeting", {"france"}, "043"),
                event("y", "2022-02-20", "meeting", {"france"}, "043")};
  EventCounts c = score_events(gold, sys);
  EXPECT_EQ(c.matched, 2u);  // a with y, b with x -- not a with x and b with nothing
  EXPECT_EQ(c.exact_date, 1u);
  EXPECT_EQ(c.loose, 2u);

  gold.events = {event("c", "2022-02-20", "meeting", {"france"}, "043")};
  sys.events = {event("x", "2022-02", "meeting", {"france"}, "043"),
                event("y", "2022-02-20", "meeting", {"france"}, "043")};
  c = score_events(gold, sys);
  EXPECT_EQ(c.matched, 1u);
  EXPECT_EQ(c.exact_date, 1u);  // c with y, the very date, though x comes first
}

// Ids are each timeline's own slugs: an agent with another id but the same name (case and a
// leading "the" aside) is the same actor; another name is not.
TEST(Evaluate, AgentsMatchByIdOrName) {
  Timeline gold, sys;
  gold.actors = {actor("free-aceh-movement", "Free Aceh Movement (GAM)"),
                 actor("eumm", "EU Monitoring Mission")};
  sys.actors = {actor("gam", "the Free Aceh Movement"), actor("eu", "European Union")};
  gold.events = {event("a", "2005-08-15", "agreement", {"free-aceh-movement"}, "057"),
                 event("b", "2005-08-15", "meeting", {"eumm"}, "040")};
  sys.events = {event("x", "2005-08-15", "agreement", {"gam"}, "057"),
                event("y", "2005-08-15", "meeting", {"eu"}, "040")};
  EventCounts c = score_events(gold, sys, nullptr);
  EXPECT_EQ(c.matched, 1u);
  EXPECT_EQ(c.loose, 1u);
}

// Names written with hyphens or full stops and with spaces are one name ("Al-Sabah" and "Al
// Sabah", "G.L. Peiris" and "G. L. Peiris"); other letters are still another name.
TEST(Evaluate, AgentsMatchAcrossHyphensAndFullStops) {
  Timeline gold, sys;
  gold.actors = {actor("sabah-al-ahmad", "Sabah Al Ahmad Al Jaber Al Sabah", ActorKind::kPerson),
                 actor("g-l-peiris", "G. L. Peiris", ActorKind::kPerson),
                 actor("ali-hassan", "Ali Hassan", ActorKind::kPerson)};
  sys.actors = {actor("sabah", "Sabah Al-Ahmad Al-Jaber Al-Sabah", ActorKind::kPerson),
                actor("gl-peiris", "G.L. Peiris", ActorKind::kPerson),
                actor("ali-hassani", "Ali Hassani", ActorKind::kPerson)};
  gold.events = {event("a", "1979-09-28", "support", {"sabah-al-ahmad"}, "051"),
                 event("b", "2021-12-07", "support", {"g-l-peiris"}, "051"),
                 event("c", "2021-12-07", "criticism", {"ali-hassan"}, "111")};
  sys.events = {event("x", "1979-09-28", "support", {"sabah"}, "051"),
                event("y", "2021-12-07", "support", {"gl-peiris"}, "051"),
                event("z", "2021-12-07", "criticism", {"ali-hassani"}, "111")};
  EXPECT_EQ(score_events(gold, sys, nullptr).matched, 2u);
}

// With a lexicon, a person it knows is also known by its other names ("Geir H. Haarde" in a gold
// timeline is the lexicon's geir-haarde); a name it does not give him is still another actor.
TEST(Evaluate, AgentsMatchByTheLexiconsNames) {
  Lexicon lex;
  LexActor haarde;
  haarde.id = "geir-haarde";
  haarde.name = "Geir Haarde";
  haarde.kind = ActorKind::kPerson;
  haarde.names = {"Geir H. Haarde", "Haarde"};
  lex.actors.push_back(haarde);
  LexActor brown;
  brown.id = "gordon-brown";
  brown.name = "Gordon Brown";
  brown.kind = ActorKind::kPerson;
  brown.names = {"Brown", "James Gordon Brown"};
  lex.actors.push_back(brown);
  Timeline gold, sys;
  gold.actors = {actor("geir-h-haarde", "Geir H. Haarde", ActorKind::kPerson),
                 actor("gordon-b", "G. Brown", ActorKind::kPerson)};
  sys.actors = {actor("geir-haarde", "Geir Haarde", ActorKind::kPerson),
                actor("gordon-brown", "Gordon Brown", ActorKind::kPerson)};
  gold.events = {event("a", "2008-10-08", "phone-call", {"geir-h-haarde"}, "041"),
                 event("b", "2008-10-08", "criticism", {"gordon-b"}, "111")};
  sys.events = {event("x", "2008-10-08", "phone-call", {"geir-haarde"}, "041"),
                event("y", "2008-10-08", "criticism", {"gordon-brown"}, "111")};
  EXPECT_EQ(score_events(gold, sys, nullptr).matched, 0u);
  EXPECT_EQ(score_events(gold, sys, nullptr, &lex).matched, 1u);
}

// A mutual act (a meeting, a call, talks, an agreement) has no acting side: the other order of
// the two sides matches. A one-sided act (an expulsion, a hosting) does not, nor does a mutual
// act whose other side is not there.
TEST(Evaluate, MutualActsMatchInEitherOrder) {
  Timeline gold, sys;
  gold.events = {event("a", "2010-04-08", "meeting", {"barack-obama", "dmitry-medvedev"}, "043"),
                 event("b", "2025-04-15", "expulsion", {"france", "algeria"}, "1246"),
                 event("c", "1991-05", "agreement", {"lebanon", "syria"}, "057")};
  sys.events = {event("x", "2010-04-08", "meeting", {"dmitry-medvedev", "barack-obama"}, "043"),
                event("y", "2025-04-15", "expulsion", {"algeria", "france"}, "1246"),
                event("z", "1991-05", "agreement", {"syria", "israel"}, "057")};
  std::vector<EventMiss> misses;
  EventCounts c = score_events(gold, sys, &misses);
  EXPECT_EQ(c.matched, 1u);
  ASSERT_EQ(misses.size(), 4u);
  EXPECT_EQ(misses[0].event.id, "b");
  EXPECT_EQ(misses[1].event.id, "c");
}

// A state and its government or armed forces (CAMEO code the state's with GOV or MIL) are one
// agent; a body of the state with another code (an opposition party), a body of another state
// and two bodies of one state are not.
TEST(Evaluate, AStateAndItsGovernmentAreOneAgent) {
  auto with = [](Actor a, std::string country, std::string cameo) {
    a.country = std::move(country);
    a.cameo = std::move(cameo);
    return a;
  };
  Timeline gold, sys;
  gold.actors = {with(actor("kuwait", "Kuwait", ActorKind::kCountry), "KWT", "KWT"),
                 with(actor("korea-coast-guard", "Korea Coast Guard"), "KOR", "KORMIL"),
                 with(actor("venezuela", "Venezuela", ActorKind::kCountry), "VEN", "VEN"),
                 with(actor("iran", "Iran", ActorKind::kCountry), "IRN", "IRN"),
                 with(actor("us-state-department", "State Department"), "USA", "USAGOV")};
  sys.actors = {
      with(actor("kuwaiti-foreign-ministry", "Kuwaiti Foreign Ministry"), "KWT", "KWTGOV"),
      with(actor("south-korea", "South Korea", ActorKind::kCountry), "KOR", "KOR"),
      with(actor("unitary-platform", "Unitary Platform"), "VEN", "VENOPP"),
      with(actor("iraqi-army", "Iraqi Army"), "IRQ", "IRQMIL"),
      with(actor("white-house", "White House"), "USA", "USAGOV")};
  gold.events = {event("a", "2023-07-30", "criticism", {"kuwait", "iran"}, "111"),
                 event("b", "2016-10-11", "arrest", {"korea-coast-guard"}, "173"),
                 event("c", "2024-01-01", "statement", {"venezuela"}, "010"),
                 event("d", "2024-01-02", "assault", {"iran"}, "190"),
                 event("e", "2024-01-03", "statement", {"us-state-department"}, "010")};
  sys.events = {event("w", "2023-07-30", "criticism", {"kuwaiti-foreign-ministry"}, "111"),
                event("x", "2016-10-11", "arrest", {"south-korea"}, "173"),
                event("y", "2024-01-01", "statement", {"unitary-platform"}, "010"),
                event("z", "2024-01-02", "assault", {"iraqi-army"}, "190"),
                event("v", "2024-01-03", "statement", {"white-house"}, "010")};
  EventCounts c = score_events(gold, sys, nullptr);
  EXPECT_EQ(c.matched, 2u);  // a with w, b with x
  // One organ spelt two ways is one agent.
  gold.actors.push_back(with(
      actor("taiwan-foreign-ministry", "Ministry of Foreign Affairs of Taiwan"), "TWN", "TWNGOV"));
  sys.actors.push_back(
      with(actor("taiwanese-foreign-ministry", "Taiwanese Foreign Ministry"), "TWN", "TWNGOV"));
  gold.events.push_back(event("f", "2024-01-04", "denial", {"taiwan-foreign-ministry"}, "013"));
  sys.events.push_back(event("u", "2024-01-04", "denial", {"taiwanese-foreign-ministry"}, "013"));
  EXPECT_EQ(score_events(gold, sys, nullptr).matched, 3u);
}

}  // namespace
}  // namespace dipline
