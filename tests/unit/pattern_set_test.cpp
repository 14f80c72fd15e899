#include "pattern_set.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <thread>

namespace dipline::detail {
namespace {

// What find_all must give: each pattern searched from the start of the text with its own RE2.
std::vector<PatternMatch> searched(const std::vector<std::string>& patterns,
                                   std::string_view text) {
  std::vector<PatternMatch> out;
  for (size_t k = 0; k < patterns.size(); ++k) {
    RE2 re(patterns[k], RE2::Quiet);
    if (!re.ok()) continue;
    re2::StringPiece input(text.data(), text.size()), m;
    for (size_t pos = 0; pos <= text.size() &&
                         re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1) && !m.empty();) {
      size_t b = static_cast<size_t>(m.data() - text.data());
      out.push_back(PatternMatch{k, b, b + m.size()});
      pos = b + m.size();
    }
  }
  return out;
}

TEST(PatternSet, FindsWhatEachPatternsOwnSearchFinds) {
  const std::vector<std::string> patterns = {
      R"((?:^| )(?:said|says|told)\b)",
      R"((?:^| )(?:a|the|their|in a) call (?:with|between) @a)",
      R"((?:^| )(?:restor|resum)\w* (?:full )?(?:diplomatic )?(?:relations|ties)\b)",
      R"((?:^| )(?:(?:tele)?phone|video) (?:call|calls)\b)",
      R"((?:^| )(?:joint )?(?:news|press) conference with @a)",
      R"((?:^| )transferr?(?:ed|ing)? (?:its )?embassy\b)",
      R"((?:^| )(?:pull(?:s|ed|ing)? out|fl(?:ew|y) out) (?:of )?@a)",
      R"((?:^| )(?:air ?strikes?|missile strikes?) on @a)",
      R"((?:^| )(?:[\w-]+ ){0,2}summit\b)",  // no literal first: searched everywhere
      R"((?:^| )talks|@a met)",              // "@a met" may start anywhere
      R"(\bvisit(?:ed|s)?\b)",               // not opened by "(?:^| )"
      "(unclosed",
      R"((?:^| )(?:said|says|told)\b)",  // the same pattern twice: both match
      // Tried only where "call with @a" follows.
      R"((?:^| )(?:held|had) (?:a |an )?(?:\w+ )?call with @a)",
      R"((?:^| )met (?i)WITH @a)",  // "with @a" in any case
      // Literals alone (and a word boundary) make the match: no regex is run for them.
      R"((?:^| )(?:sanction(?:ed|s)|blacklisted) @a)",
      R"((?:^| )(?:warn(?:ed|s)|cautioned)\b)",
      // ... but not when a literal begins another: RE2 takes the first alternative.
      R"((?:^| )(?:pull|pull out))",
      R"((?:^| )(?:call|calls)\b)",
  };
  PatternSet set(patterns);
  EXPECT_EQ(set.prefiltered(), 15u);
  for (std::string_view text :
       {"@a said on @t that @a told @a",
        "in a call with @a , the leaders said",
        "said it",
        "they restored full diplomatic ties and resumed relations",
        "a telephone calls and phone call",
        "a joint press conference with @a after a news conference with @a",
        "transfered its embassy ; transferring embassy ; transferred its embassy",
        "@a pulled out of @a and flew out @a",
        "airstrikes on @a , air strikes on @a",
        "the annual summit",
        "peace talks ; xx@a met",
        "visited visits",
        "",
        " said",
        "said said",
        "a call with @a ; they had a call with @a",
        "call with @a had a phone call",
        "had a phone call with @a had an call with @a",
        "had a call with",
        "met WITH @a met with @a",
        "sanctioned @a sanctions @ab blacklisted @a_ sanctionsx @a",
        "warned warns_ warnsx warned, cautioned1 cautioned- warns",
        "pull out pull outs pulls ; call calls callsx call_"}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

TEST(PatternSet, TooManyOpeningsKeepTheFirstGroupsAlternatives) {
  // 8 x 4 x 2 x 9 = 576 ways to begin: too many literals to keep, so the pattern is tried
  // where one of the 8 of its first group begins.
  const std::vector<std::string> patterns = {
      R"((?:^| )(?:evacuat(?:e|ed)|pulls? out|airlift(?:s|ed)?|flew out) (?:all |some |most )?)"
      R"((?:of )?(?:its|their|the|non-essential|embassy|diplomatic|@a|our|his) (?:[\w-]+ )?staff\b)"};
  PatternSet set(patterns);
  EXPECT_EQ(set.prefiltered(), 1u);
  for (std::string_view text :
       {"@a evacuated all of its embassy staff", "they pulls out our staff ; flew out the staff",
        "airlifts some @a staff and airlift most of their senior staff", "pull out its staff",
        "evacuate", "evacuated diplomatic staffers", " flew out non-essential staff"}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

// Past 65,536 trie nodes the table keeps 32-bit node numbers (below, 16-bit ones): the same
// matches either way.
TEST(PatternSet, LargeTrieFindsTheSame) {
  std::vector<std::string> patterns, words;
  uint32_t seed = 12345;
  auto letter = [&] {
    seed = seed * 1103515245 + 12345;
    return static_cast<char>('a' + (seed >> 16) % 26);
  };
  for (int k = 0; k < 2500; ++k) {  // 2,500 words of 30 letters: about 75,000 nodes
    std::string w;
    for (int i = 0; i < 30; ++i) w += letter();
    words.push_back(w);
    patterns.push_back("(?:^| )" + w + R"( (?:with )?@a\b)");
  }
  PatternSet set(patterns);
  EXPECT_EQ(set.prefiltered(), patterns.size());
  for (const std::string& text :
       {words[0] + " @a and " + words[2499] + " with @a", "x " + words[1234] + " @a " + words[7],
        words[42].substr(0, 29) + " @a", std::string("nothing here")}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
  // 70,000 literals of 7 letters, 500 a pattern: as many nodes where they end, past what 16-bit
  // node numbers can tell apart (the long chains of the words above are left out of the trie).
  std::vector<std::string> many, ends;
  for (int k = 0; k < 140; ++k) {
    std::string alternatives;
    for (int a = 0; a < 500; ++a) {
      std::string w;
      for (int i = 0; i < 7; ++i) w += letter();
      if (a) alternatives += '|';
      alternatives += w;
      if (a % 100 == 7) ends.push_back(w);
    }
    many.push_back("(?:^| )(?:" + alternatives + R"() (?:to )?@a\b)");
  }
  PatternSet large(many);
  EXPECT_EQ(large.prefiltered(), many.size());
  for (const std::string& text :
       {ends[0] + " @a and " + ends[699] + " to @a", "x " + ends[350] + " @a " + ends[3],
        ends[42] + " @b", ends[42] + " to @a"}) {
    std::vector<PatternMatch> out;
    large.find_all(text, out);
    EXPECT_EQ(out, searched(many, text)) << text;
    EXPECT_EQ(out.empty(), text.find("@a") == std::string::npos) << text;
  }
}

TEST(PatternSet, GivenSpacesFindTheSame) {
  const std::vector<std::string> patterns = {R"((?:^| )(?:said|told)\b)",
                                             R"((?:^| )(?:a|the) call with @a)",
                                             R"((?:^| )(?:[\w-]+ ){0,2}summit\b)"};
  PatternSet set(patterns);
  for (std::string_view text : {"@a said a call with @a", "", " said  the call with @a ",
                                "the annual summit said", "told"}) {
    std::vector<size_t> spaces;
    for (size_t p = 0; p < text.size(); ++p)
      if (text[p] == ' ') spaces.push_back(p);
    std::vector<PatternMatch> out;
    set.find_all(text, spaces, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

TEST(PatternSet, NoValidPatternGivesNoMatches) {
  PatternSet set({"(unclosed"});
  std::vector<PatternMatch> out{{7, 0, 1}};
  set.find_all("anything (unclosed", out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(set.prefiltered(), 0u);
}

TEST(PatternSet, ThreadsSearchAtOnce) {
  PatternSet set({R"((?:^| )met\b)", R"(\bcalled\b)"});
  auto work = [&](std::string text, size_t expect, int* ok) {
    std::vector<PatternMatch> out;
    for (int i = 0; i < 200; ++i) {
      set.find_all(text, out);
      if (out.size() == 1 && out[0].pattern == expect) ++*ok;
    }
  };
  int a = 0, b = 0;
  std::thread t1(work, "they met today", 0, &a);
  std::thread t2(work, "she called him", 1, &b);
  t1.join();
  t2.join();
  EXPECT_EQ(a, 200);
  EXPECT_EQ(b, 200);
}

TEST(QuadFilter, NeverMissesAStringOfTheText) {
  const std::string text = "the foreign ministers met @a in a round of talks on @t";
  QuadFilter quads;
  quads.fill(text);
  for (size_t b = 0; b < text.size(); ++b)
    for (size_t e = b; e <= text.size(); ++e)
      EXPECT_TRUE(quads.may_contain(std::string_view(text).substr(b, e - b)));
  EXPECT_TRUE(quads.may_contain("xyz"));  // under four bytes: may be anywhere
  // Strings the text lacks: most are told apart (some may collide in the 4,096 bits).
  int rejected = 0;
  for (std::string_view s : {"embassy", "sanctions", "summit", "ambassador", "ceasefire", "with @a",
                             "against @a", "hostage", "troops", "consulate"})
    rejected += !quads.may_contain(s);
  EXPECT_GE(rejected, 8);
  // Filled again, it forgets the last text.
  quads.fill("summit");
  EXPECT_TRUE(quads.may_contain("summit"));
  EXPECT_FALSE(quads.may_contain("round of talks"));
  quads.fill("");
  EXPECT_FALSE(quads.may_contain("summit"));
}

TEST(PatternSet, InnerLiteralsFarApartFindTheSame) {
  // Inner literals at the end of a long text and none at all: the filter must not hide them.
  const std::vector<std::string> patterns = {
      R"((?:^| )(?:held|holds) (?:a |an )?(?:\w+ )?call with @a)",
      R"((?:^| )(?:imposed|imposes) (?:new )?(?:\w+ )*sanctions on @a)"};
  PatternSet set(patterns);
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "word" + std::to_string(i) + " ";
  for (const std::string& text : std::vector<std::string>{
           "held " + filler + "call with @a",
           "held a phone call with @a and imposed sanctions on @a",
           "imposed " + filler + "sanctions on @a", "held a call with @b", std::string("held"),
           "imposes new tough sanctions on @a; held an urgent call with @a"}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

TEST(PatternSet, InnerLiteralsOfAGroupAloneFindTheSame) {
  // "@a " opens it, and the group of verbs with what follows it makes 9 x 3 literals: the
  // verbs alone are what a match must hold after the opening.
  const std::vector<std::string> patterns = {
      R"((?:^| )@a (?:\w+ly )?(?:rallied|rally|rallies|marched|march|marches|demonstrated|)"
      R"(protested|gathered) (?:outside|in|near)\b)",
      R"((?:^| )@a (?:\w+ )?(?:met|meets) (?:with )?@a)"};  // (words too short to look for)
  PatternSet set(patterns);
  for (std::string_view text :
       {"@a rallied outside @a", "@a said @a peacefully marched in @t", "@a met @a ; @a rally",
        "@a gathered nearby", "@a @a marches near", "@a quietly protested outside",
        "@a demonstrated", "the @a met with @a and @a rallies in"}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

TEST(PatternSet, NeededLiteralsOfAPatternSearchedEverywhereFindTheSame) {
  // Neither opens with literals only, so both are searched everywhere; a sentence lacking one
  // of the literals each needs ("warn..."; " that "; "will ", "would ", "could "; "talks ") is
  // not searched.
  const std::vector<std::string> patterns = {
      R"((?:(?:^| )warn(?:ed|s)|(?:^| ), warning) (?:@a )?(?:@t )?that (?:\S+ ){1,10})"
      R"((?:will|would|could) (?:\S+ ){0,12}(?:if|unless|until)\b)",
      R"((?:^| )(?:[\w-]+ )?talks (?:(?:in|on|at) (?:@a|@t) )*between(?: the)? @a (?:[\w-]+ )?and\b)"};
  PatternSet set(patterns);
  for (std::string_view text :
       {"warned that @a would strike if", "@a warns @a that it could act unless",
        "@a said , warning @t that talks would fail until", "warned that nothing would happen",
        "said that @a would go if", "peace talks in @a between @a and @a", "talks between @a and",
        "warn that @a will go if", "@a warned that @a wouldn't if",
        "fresh talks on @t between the @a x and"}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

TEST(PatternSet, OptionalBytesAndLongLiteralRunsFindTheSame) {
  // An optional byte inside a literal makes two literals ("air strike", "airstrike"); a lazy or
  // final one does not; "@a " opens the first, so its longer openings are dropped, and the
  // strikes are what a match must hold after it. The third is searched everywhere: its literal
  // runs ("talks ", "between") are what a match holds where too many literals follow them.
  const std::vector<std::string> patterns = {
      R"((?:^| )@a (?:[\w-]+ )?(?:air ?strikes?|drone strikes?) (?:on|against) (?:the )?)"
      R"((?:[\w-]+ ){0,2}(?:car|village|camps?)\b)",
      R"((?:^| )(?:neighbou?rs|colou??r|x?) (?:say|said)s?)",
      R"((?:^| )(?:[\w-]+ )?talks (?:(?:in|on|at) (?:@a|@t) )*between(?: the)? @a (?:\S+ )?)"
      R"((?:began|ended|broke up|resumed|opened|were held|took place|stalled|collapsed|failed|)"
      R"(wound up|concluded|continued|went on|dragged on|restarted|moved|shifted|closed)\b)"};
  PatternSet set(patterns);
  for (std::string_view text :
       {"@a air strike on the village", "@a airstrikes against camp", "@a new drone strike on car",
        "@a said airstrike on car", "@a air strikes on a car", "@a airstrike village",
        "neighbors said", "neighbours says", "colour say", "color said", "colouur said", "x said",
        " said", "talks between @a resumed", "peace talks in @a between the @a x ended",
        "talks on @t between @a and failed", "between @a and talks", "the talks between @a"}) {
    std::vector<PatternMatch> out;
    set.find_all(text, out);
    EXPECT_EQ(out, searched(patterns, text)) << text;
  }
}

TEST(FirstMatching, FindsTheFirstPatternThatPartialMatchFinds) {
  const std::vector<std::string> patterns = {
      R"(^(?:that )?@s (?:\S+ ){0,3}(?:had|has) no basis for\b)",
      "(unclosed",
      R"(\b(?:baseless|untrue)\b)",
      R"(\bviolat(?:ed|es|ing)\b)",
      R"(^(?:if|unless)\b.*\b@s (?:will|would) fight\b)",
      R"(\b(?:baseless|untrue)\b)",  // the same pattern again: the first one wins
      "x*",                          // matches everywhere, with an empty match
  };
  FirstMatching first(patterns);
  std::vector<std::unique_ptr<RE2>> each;
  for (const auto& p : patterns) each.push_back(std::make_unique<RE2>(p, RE2::Quiet));
  for (std::string_view text :
       {"that @s has no basis for it", "@s said it was baseless", "it violated the truce",
        "if attacked @s would fight", "nothing", "", "the claims were untrue and violated"}) {
    std::optional<size_t> expected;
    for (size_t k = 0; k < patterns.size() && !expected; ++k)
      if (each[k]->ok() && RE2::PartialMatch(text, *each[k])) expected = k;
    EXPECT_EQ(first.find(text), expected) << text;
  }
  EXPECT_EQ(FirstMatching({"(unclosed"}).find("(unclosed"), std::nullopt);
  // Patterns tried only where the literals they need are, or where the text starts as they do.
  const std::vector<std::string> keyed = {
      R"(^(?:that )?@s (?:\S+ ){0,2}(?:will|would) (?:not|never) (?:accept|agree to)\b)",
      R"(\bnull and void\b)",
      R"(^no ?,)",
      R"(\b(?:deeply|gravely) (?:concerned|worried) (?:about|by|over)\b)",
      R"((?:^| )(?:we|@s) (?:\S+ ){1,10}?(?:will|would) (?:respond|retaliate) if\b)",
      R"(\bcommitment to defend @a\b)"};
  FirstMatching first_keyed(keyed);
  std::vector<std::unique_ptr<RE2>> each_keyed;
  for (const auto& p : keyed) each_keyed.push_back(std::make_unique<RE2>(p, RE2::Quiet));
  for (std::string_view text :
       {"that @s will never accept it", "@s would not agree to", "@s said it would not accept",
        "the deal is null and void", "null andvoid", "no, it is not", "no , never", "nothing",
        "it is deeply worried by the move", "deeply concerned", "we will surely retaliate if hit",
        "@s will respond if", "@s would respond", "a commitment to defend @a", "will respond if",
        "@s would retaliate if attacked; the deal is null and void"}) {
    std::optional<size_t> expected;
    for (size_t k = 0; k < keyed.size() && !expected; ++k)
      if (RE2::PartialMatch(text, *each_keyed[k])) expected = k;
    EXPECT_EQ(first_keyed.find(text), expected) << text;
  }
  EXPECT_EQ(FirstMatching({}).find("anything"), std::nullopt);
}

}  // namespace
}  // namespace dipline::detail
