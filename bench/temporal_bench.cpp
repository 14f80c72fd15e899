// Speed of the temporal tagger and of whole-article extraction over the text of the TempEval-3
// TBAQ corpus (the <TEXT> of its 256 TimeML documents, tags removed), and of the syntax model
// (tagging + parsing, model load): bytes per second on one core.
// Run: cmake --preset bench && cmake --build --preset bench && build/bench/bench/dipline_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dipline/pipeline.h"
#include "dipline/sentences.h"
#include "dipline/syntax.h"
#include "dipline/temporal.h"
#include "dipline/timeml.h"

namespace {

struct Doc {
  std::string text;
  dipline::CalendarDate dct;
};

const std::vector<Doc>& corpus() {
  static const std::vector<Doc> docs = [] {
    std::vector<Doc> out;
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(DIPLINE_TBAQ_DIR))
      if (e.path().extension() == ".tml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      auto doc = dipline::parse_timeml(dipline::SourceText{f.string(), ss.str()});
      if (doc.ok()) out.push_back(Doc{doc->plain, *dipline::dct_day(doc->dct)});
    }
    return out;
  }();
  return docs;
}

int64_t corpus_bytes() {
  int64_t n = 0;
  for (const auto& d : corpus()) n += static_cast<int64_t>(d.text.size());
  return n;
}

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus())
      benchmark::DoNotOptimize(dipline::tokenize(d.text, 0, d.text.size()));
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
}

void BM_TemporalTagger(benchmark::State& state) {
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& d : corpus()) {
      auto t = dipline::find_timexes(d.text, 0, d.text.size(), dipline::DateContext{d.dct});
      found += t.size();
      benchmark::DoNotOptimize(t);
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
  state.counters["timexes/doc"] = benchmark::Counter(
      static_cast<double>(found) / static_cast<double>(state.iterations() * corpus().size()));
}

void BM_Extraction(benchmark::State& state) {
  static const dipline::Extractor ex = [] {
    auto lex = dipline::Lexicon::builtin();
    return dipline::Extractor(std::move(*lex));
  }();
  std::vector<dipline::Article> articles;
  for (const auto& d : corpus()) {
    auto a = dipline::parse_article(dipline::SourceText{"doc", d.text}, d.dct);
    articles.push_back(std::move(*a));
  }
  for (auto _ : state)
    for (const auto& a : articles) benchmark::DoNotOptimize(ex.extract(a));
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
}

void BM_LexiconLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto lex = dipline::Lexicon::builtin();
    dipline::Extractor ex(std::move(*lex));
    benchmark::DoNotOptimize(&ex);
  }
}

// Tagging and parsing every sentence of the corpus (words from tokenize + split_sentences +
// syntax_words, made once outside the timing).
void BM_Parse(benchmark::State& state) {
  const dipline::SyntaxModel& model = dipline::SyntaxModel::builtin();
  std::vector<std::vector<std::string_view>> sentences;
  int64_t words = 0;
  for (const auto& d : corpus()) {
    auto tokens = dipline::tokenize(d.text, 0, d.text.size());
    for (const auto& s : dipline::split_sentences(d.text, tokens)) {
      std::vector<std::string_view> w;
      for (const auto& x : dipline::syntax_words(d.text, tokens, s)) w.push_back(x.text);
      words += static_cast<int64_t>(w.size());
      sentences.push_back(std::move(w));
    }
  }
  for (auto _ : state)
    for (const auto& w : sentences)
      benchmark::DoNotOptimize(model.parse(std::span<const std::string_view>(w)));
  state.SetBytesProcessed(state.iterations() * corpus_bytes());
  state.SetItemsProcessed(state.iterations() * words);  // items = words
}

// Loading the built-in model from its bytes (what the first SyntaxModel::builtin() does).
void BM_SyntaxModelLoad(benchmark::State& state) {
  const std::string bytes = dipline::SyntaxModel::builtin().save();
  for (auto _ : state) {
    auto m = dipline::SyntaxModel::load(bytes, "model");
    benchmark::DoNotOptimize(&m);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
}

BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TemporalTagger)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extraction)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SyntaxModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
