#include "dipline/syntax.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "dipline/sentences.h"
#include "test_util.h"

namespace dipline {
namespace {

// Three tiny trees in CoNLL-U, with a multiword token, an empty node and comments.
const char* kTiny =
    "# sent_id = 1\n"
    "# text = Lavrov met Blinken.\n"
    "1\tLavrov\tLavrov\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tBlinken\tBlinken\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t0:root\t_\n"
    "\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\theld\thold\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tGeneva\tGeneva\tPROPN\tNNP\t_\t3\tobl:tmod\t_\t_\n";

TEST(Syntax, ReadsConllu) {
  auto r = read_conllu(SourceText{"t.conllu", kTiny});
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 3u);
  const auto& s = (*r)[1];
  EXPECT_EQ(s.words, (std::vector<std::string>{"do", "n't", "go"}));
  EXPECT_EQ(s.gold.head, (std::vector<int>{2, 2, -1}));
  EXPECT_EQ(s.gold.upos, (std::vector<Upos>{Upos::kAux, Upos::kPart, Upos::kVerb}));
  EXPECT_EQ(s.line, 9u);
  EXPECT_EQ((*r)[2].gold.rel[0], DepRel::kNsubjPass);
  EXPECT_EQ((*r)[2].gold.rel[4], DepRel::kObl);  // unknown subtype: its universal part
}

std::string conllu_errors(const std::string& text) {
  auto r = read_conllu(SourceText{"t.conllu", text});
  if (r.ok()) return "ok";
  std::string out;
  for (const auto& d : r.error().diagnostics) out += format_diagnostic(d);
  return out;
}

TEST(Syntax, ConlluErrorsArePositioned) {
  EXPECT_EQ(conllu_errors("1\tA\ta\tNOUN\n"),
            "t.conllu:1:1: error: expected 10 tab-separated fields, found 4\n"
            "  1\tA\ta\tNOUN\n  ^\n");
  EXPECT_EQ(conllu_errors("1\tA\ta\tNOUNY\t_\t_\t0\troot\t_\t_\n"),
            "t.conllu:1:7: error: unknown UPOS tag 'NOUNY'\n"
            "  1\tA\ta\tNOUNY\t_\t_\t0\troot\t_\t_\n   \t \t \t^\n");
  EXPECT_EQ(conllu_errors("1\tA\ta\tNOUN\t_\t_\t0\tsubject\t_\t_\n"),
            "t.conllu:1:18: error: unknown dependency relation 'subject'\n"
            "  1\tA\ta\tNOUN\t_\t_\t0\tsubject\t_\t_\n   \t \t \t    \t \t \t \t^\n");
  EXPECT_EQ(conllu_errors("1\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n"
                          "3\tB\tb\tNOUN\t_\t_\t1\tdep\t_\t_\n"),
            "t.conllu:2:1: error: word id 3 out of order (expected 2)\n"
            "  3\tB\tb\tNOUN\t_\t_\t1\tdep\t_\t_\n  ^\n");
  EXPECT_EQ(conllu_errors("1\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n"
                          "2\tB\tb\tNOUN\t_\t_\t7\tdep\t_\t_\n"),
            "t.conllu:2:16: error: head 7 is out of range (the sentence has 2 words)\n"
            "  2\tB\tb\tNOUN\t_\t_\t7\tdep\t_\t_\n   \t \t \t    \t \t \t^\n");
  // "3-" is no multiword range: a bad id, not a line to skip.
  EXPECT_EQ(conllu_errors("3-\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n"),
            "t.conllu:1:1: error: bad word id '3-'\n"
            "  3-\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n  ^\n");
  EXPECT_EQ(conllu_errors("1\tA\ta\tNOUN\t_\t_\tx\troot\t_\t_\n"),
            "t.conllu:1:16: error: bad head 'x'\n"
            "  1\tA\ta\tNOUN\t_\t_\tx\troot\t_\t_\n   \t \t \t    \t \t \t^\n");
}

TEST(Syntax, RelationNames) {
  EXPECT_EQ(to_string(DepRel::kNsubjPass), "nsubj:pass");
  EXPECT_EQ(universal(DepRel::kNsubjPass), DepRel::kNsubj);
  EXPECT_EQ(universal(DepRel::kObj), DepRel::kObj);
  EXPECT_EQ(deprel_from_string("obl:tmod"), DepRel::kObl);
  EXPECT_EQ(deprel_from_string("xcomp"), DepRel::kXcomp);
  EXPECT_EQ(deprel_from_string("subject"), std::nullopt);
  EXPECT_EQ(upos_from_string("PROPN"), Upos::kPropn);
  for (size_t i = 0; i < kDepRelCount; ++i)
    EXPECT_EQ(deprel_from_string(to_string(static_cast<DepRel>(i))), static_cast<DepRel>(i));
}

TEST(Syntax, ArgumentsFollowControlAndPassive) {
  // Russia agreed to hold talks with Ukraine ; they were held by ...
  Parse p;
  p.upos = {Upos::kPropn, Upos::kVerb, Upos::kPart, Upos::kVerb,
            Upos::kNoun,  Upos::kAdp,  Upos::kPropn};
  p.head = {1, -1, 3, 1, 3, 6, 3};
  p.rel = {DepRel::kNsubj, DepRel::kRoot, DepRel::kMark, DepRel::kXcomp,
           DepRel::kObj,   DepRel::kCase, DepRel::kObl};
  auto a = p.arguments(3);
  EXPECT_EQ(a.subject, 0);
  EXPECT_TRUE(a.inherited);
  EXPECT_EQ(a.object, 4);
  EXPECT_EQ(a.obliques, (std::vector<Oblique>{{6, 5}}));
  auto b = p.arguments(1);
  EXPECT_EQ(b.subject, 0);
  EXPECT_FALSE(b.inherited);
  EXPECT_EQ(b.clause, 3);
  EXPECT_EQ(p.root(), 1);
  EXPECT_EQ(p.dependents(3), (std::vector<int>{2, 4, 6}));
  EXPECT_EQ(p.marker(6), 5);
}

TEST(Syntax, SplitsCliticsOffTokens) {
  std::string text = "Russia's envoy didn\xE2\x80\x99t come.";
  Tokens tokens = tokenize(text, 0, text.size());
  auto sentences = split_sentences(text, tokens);
  ASSERT_EQ(sentences.size(), 1u);
  std::vector<std::string_view> got;
  for (const auto& w : syntax_words(text, tokens, sentences[0])) got.push_back(w.text);
  EXPECT_EQ(got, (std::vector<std::string_view>{"Russia", "'s", "envoy", "did", "n\xE2\x80\x99t",
                                                "come", "."}));
}

TEST(Syntax, RefusesTrainingWithoutEpochs) {
  auto data = read_conllu(SourceText{"t.conllu", kTiny});
  ASSERT_TRUE(data.ok());
  SyntaxTrainOptions o;
  o.parser_epochs = 0;  // would give a model that cannot be loaded
  auto model = train_syntax_model(*data, {}, o);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().code, ErrorCode::kUsage);
}

TEST(Syntax, TrainsSavesAndLoadsATinyModel) {
  auto data = read_conllu(SourceText{"t.conllu", kTiny});
  ASSERT_TRUE(data.ok());
  SyntaxTrainOptions o;
  o.tagger_epochs = o.parser_epochs = o.labeller_epochs = 5;
  o.jackknife = 1;
  o.note = "test";
  auto model = train_syntax_model(*data, {}, o);
  ASSERT_TRUE(model.ok());
  EXPECT_FALSE(model->empty());
  std::string bytes = model->save();
  auto again = SyntaxModel::load(bytes, "tiny");
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->save(), bytes);
  EXPECT_EQ(again->description(), model->description());
  EXPECT_NE(again->description().find("test"), std::string::npos);
  for (const auto& s : *data) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    EXPECT_EQ(again->parse(std::span<const std::string_view>(words)),
              model->parse(std::span<const std::string_view>(words)));
  }
  // The training sentences themselves come out right.
  std::vector<std::string_view> w = {"Lavrov", "met", "Blinken", "."};
  Parse p = again->parse(std::span<const std::string_view>(w));
  EXPECT_EQ(p.head, (std::vector<int>{1, -1, 1, 1}));
  EXPECT_EQ(p.rel[0], DepRel::kNsubj);
  EXPECT_EQ(p.rel[2], DepRel::kObj);

  EXPECT_EQ(SyntaxModel::load("nonsense", "m").error().message,
            "m: not a dipline syntax model: bad magic number");
  EXPECT_EQ(SyntaxModel::load(bytes.substr(0, bytes.size() - 3), "m").error().message,
            "m: not a dipline syntax model: truncated or corrupt");
  // Truncations are refused; a flipped byte never crashes (a valid model may result). Every byte
  // of the header and the class names, a sample of the weights.
  for (size_t n = 0; n < bytes.size(); n += n < 512 ? 1 : 61)
    EXPECT_FALSE(SyntaxModel::load(bytes.substr(0, n), "m").ok()) << n;
  std::vector<std::string_view> words = {"Lavrov", "met", "Blinken", "."};
  for (size_t i = 0; i < bytes.size(); i += i < 512 ? 1 : 37) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    auto m = SyntaxModel::load(bad, "m");
    if (m.ok()) EXPECT_EQ(m->parse(std::span<const std::string_view>(words)).size(), 4u);
  }
}

Parse parse_builtin(const std::vector<std::string_view>& words) {
  return SyntaxModel::builtin().parse(std::span<const std::string_view>(words));
}

TEST(Syntax, BuiltinModelParsesNewsSentences) {
  const SyntaxModel& m = SyntaxModel::builtin();
  ASSERT_FALSE(m.empty());
  // 0      1    2     3    4   5      6      7   8   9       10        11
  // Lavrov told Putin that the United States had put forward proposals .
  std::vector<std::string_view> w = {"Lavrov", "told", "Putin", "that",    "the",       "United",
                                     "States", "had",  "put",   "forward", "proposals", "."};
  Parse p = parse_builtin(w);
  std::ostringstream dump;
  write_conllu(dump, w, p);
  EXPECT_EQ(p.root(), 1) << dump.str();
  auto told = p.arguments(1);
  EXPECT_EQ(told.subject, 0) << dump.str();
  EXPECT_TRUE(told.object == 2 || told.indirect_object == 2) << dump.str();
  EXPECT_EQ(told.clause, 8) << dump.str();
  auto put = p.arguments(8);
  EXPECT_EQ(put.subject, 6) << dump.str();
  EXPECT_EQ(put.object, 10) << dump.str();
  EXPECT_EQ(p.upos[0], Upos::kPropn);
  EXPECT_EQ(p.upos[1], Upos::kVerb);

  // 0      1       2       3  4        5  6
  // Russia invaded Ukraine on February 24 .
  std::vector<std::string_view> w2 = {"Russia", "invaded", "Ukraine", "on", "February", "24", "."};
  Parse q = parse_builtin(w2);
  dump.str("");
  write_conllu(dump, w2, q);
  auto inv = q.arguments(1);
  EXPECT_EQ(inv.subject, 0) << dump.str();
  EXPECT_EQ(inv.object, 2) << dump.str();
  ASSERT_EQ(inv.obliques.size(), 1u) << dump.str();
  // UD EWT heads a date "February 24" by either word; the marker is "on" either way.
  EXPECT_TRUE(inv.obliques[0].word == 4 || inv.obliques[0].word == 5) << dump.str();
  EXPECT_EQ(inv.obliques[0].marker, 3) << dump.str();

  // 0   1         2    3         4  5   6        7     8
  // The sanctions were announced by the European Union .
  std::vector<std::string_view> w3 = {"The", "sanctions", "were",  "announced", "by",
                                      "the", "European",  "Union", "."};
  Parse r = parse_builtin(w3);
  dump.str("");
  write_conllu(dump, w3, r);
  auto ann = r.arguments(3);
  EXPECT_EQ(ann.subject, 1) << dump.str();
  EXPECT_TRUE(ann.passive) << dump.str();
  EXPECT_EQ(ann.agent, 7) << dump.str();
}

TEST(Syntax, BuiltinModelScoresOnDevSample) {
  std::filesystem::path dev =
      std::filesystem::path(DIPLINE_SHARED_DIR) / "corpora/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev))
    GTEST_SKIP() << "UD English EWT not found at " << dev << " (../shared is absent)";
  auto gold = read_conllu(SourceText{dev.string(), test::read_file(dev)});
  ASSERT_TRUE(gold.ok());
  gold->resize(300);
  auto s = evaluate_syntax(SyntaxModel::builtin(), *gold);
  EXPECT_GT(s.upos_pct(), 90.0);
  EXPECT_GT(s.uas_pct(), 78.0);
  EXPECT_GT(s.las_pct(), 74.0);
}

}  // namespace
}  // namespace dipline
