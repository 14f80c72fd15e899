#include "dipline/render.h"

#include <gtest/gtest.h>

#include "dipline/dot.h"

namespace dipline {
namespace {

Timeline sample() {
  Timeline t;
  t.title = "Talks <& \"quotes\">";
  t.actors.push_back(Actor{"joe-biden", "Joe Biden", ActorKind::kPerson, "USA", "President", ""});
  Event a;
  a.id = "2022-02-14-biden-call";
  a.date = *parse_edtf("2022-02-14");
  a.type = "phone-call";
  a.actors = {"joe-biden"};
  a.summary = "Biden said \"fine\" <b>";
  Event b = a;
  b.id = "2022-02-12-weekend";
  b.date = *parse_edtf("2022-02-12/2022-02-13");
  Event c = a;
  c.id = "undated-statement";
  c.date = *parse_edtf("../2022-02-14");
  t.events = {a, b, c};
  return t;
}

TEST(Render, SvgHasEveryEventAsATitle) {
  auto svg = render_dot(to_dot(sample()), "svg");
  ASSERT_TRUE(svg.ok()) << svg.error().message;
  // Graphviz writes '-' in titles as the character reference &#45;.
  for (size_t p; (p = svg->find("&#45;")) != std::string::npos;) svg->replace(p, 5, "-");
  for (const char* id : {"2022-02-14-biden-call", "2022-02-12-weekend", "undated-statement"})
    EXPECT_NE(svg->find(std::string("<title>") + id + "</title>"), std::string::npos) << id;
  EXPECT_EQ(svg->find("<b>"), std::string::npos);  // text is escaped
}

TEST(Render, DotIsDeterministicAndEscaped) {
  std::string d = to_dot(sample());
  EXPECT_EQ(d, to_dot(sample()));
  EXPECT_NE(d.find("label=\"Talks <& \\\"quotes\\\">\""), std::string::npos) << d;
  EXPECT_LT(d.find("2022-02-12-weekend"), d.find("undated-statement"));
  EXPECT_LT(d.find("undated-statement\" ["), d.find("2022-02-14-biden-call\" ["));
}

TEST(Render, LinksAreDrawn) {
  Timeline t = sample();
  t.events[0].links.push_back(Link{"after", "2022-02-12-weekend"});
  std::string d = to_dot(t);
  EXPECT_NE(d.find("\"2022-02-14-biden-call\" -> \"2022-02-12-weekend\" [style=dotted"),
            std::string::npos)
      << d;
  EXPECT_TRUE(render_dot(d, "svg").ok());
}

TEST(Render, HumanDates) {
  EXPECT_EQ(human_date(*parse_edtf("2022-02-14")), "Mon 14 Feb 2022");
  EXPECT_EQ(human_date(*parse_edtf("2022-02-12/2022-02-13")),
            "Sat 12 Feb 2022 \u2013 Sun 13 Feb 2022");
  EXPECT_EQ(human_date(*parse_edtf("../2022-02-14")), "on or before Mon 14 Feb 2022");
  EXPECT_EQ(human_date(*parse_edtf("2022-02~")), "Feb 2022 (approx.)");
  EXPECT_EQ(human_date(*parse_edtf("0800-12-25")), "25 Dec 0800");
}

TEST(Render, HtmlIsSelfContained) {
  auto html = render_html(sample());
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->find("<script"), std::string::npos);
  EXPECT_NE(html->find("Biden said &quot;fine&quot; &lt;b&gt;"), std::string::npos);
  EXPECT_NE(html->find("<svg"), std::string::npos);
}

TEST(Render, BadFormatAndBadDotFail) {
  EXPECT_FALSE(render_dot(to_dot(sample()), "nosuchformat").ok());
  EXPECT_FALSE(render_dot("digraph {", "svg").ok());
}

}  // namespace
}  // namespace dipline
