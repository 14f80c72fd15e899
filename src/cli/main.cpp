// dipline: the command-line tool. Parses arguments, calls one library function per
// subcommand and maps the outcome to an exit code (diff(1) style):
// 0 ok, 1 differences found, 2 usage or input error, 3 I/O or render failure.
#include <CLI/CLI.hpp>
#include <iostream>

#include "dipline/commands.h"
#include "dipline/version.h"

namespace {

int exit_code(const dipline::Result<dipline::Outcome>& r) {
  using dipline::ErrorCode;
  if (r.ok()) return *r == dipline::Outcome::kDifferent ? 1 : 0;
  const auto& e = r.error();
  if (!e.message.empty() || !e.diagnostics.empty()) dipline::print_error(std::cerr, e);
  switch (e.code) {
    case ErrorCode::kUsage:
    case ErrorCode::kInput:
      return 2;
    case ErrorCode::kIo:
    case ErrorCode::kRender:
    case ErrorCode::kInternal:
      return 3;
  }
  return 3;
}

// --published YYYY-MM-DD
std::optional<dipline::CalendarDate> published_date(const CLI::Option* opt, const std::string& s) {
  if (opt->count() == 0) return std::nullopt;
  auto e = dipline::parse_edtf(s);
  if (!e || e->interval || e->start->date.precision() != dipline::Precision::kDay ||
      e->start->approximate || e->start->uncertain)
    throw CLI::ValidationError("--published", "'" + s + "' is not a date (YYYY-MM-DD)");
  return e->start->date;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dipline: dated events and timelines from news about diplomacy", "dipline"};
  app.set_version_flag("--version", std::string("dipline ") + dipline::kVersion);
  app.require_subcommand(1);

  dipline::ExtractOptions ex;
  std::string ex_published;
  auto* extract =
      app.add_subcommand("extract", "Extract the events of articles into a timeline (YAML)");
  extract->add_option("ARTICLE", ex.articles, "Articles (.txt/.md, '-' for stdin)")->required();
  auto* ex_pub = extract->add_option("--published", ex_published,
                                     "Publication date YYYY-MM-DD (overrides the article)");
  extract->add_option("--lexicon", ex.lexicons, "Extra lexicon file (YAML), may repeat");
  extract->add_option("-o,--output", ex.output, "Timeline file to write ('-' = stdout)");
  extract->add_flag("--syntax", ex.syntax,
                    "Parse sentences for who did what (dependency parser; slower)");

  dipline::RenderOptions re;
  auto* render = app.add_subcommand("render", "Draw a timeline (SVG, PNG, PDF, DOT or HTML)");
  render->add_option("TIMELINE", re.timeline, "Timeline file ('-' for stdin)")->required();
  render->add_option("-o,--output", re.output, "File to write ('-' = stdout)");
  render->add_option("--format", re.format, "svg|png|pdf|dot|html (default: from -o, else svg)");

  dipline::BuildOptions bu;
  std::string bu_published;
  auto* build =
      app.add_subcommand("build", "Extract and render in one go (no ARTICLE: the bundled example)");
  build->add_option("ARTICLE", bu.articles, "Articles (.txt/.md)");
  auto* bu_pub = build->add_option("--published", bu_published, "Publication date YYYY-MM-DD");
  build->add_option("--lexicon", bu.lexicons, "Extra lexicon file (YAML), may repeat");
  build->add_option("-o,--output", bu.dir, "Output directory")->capture_default_str();
  build->add_flag("--syntax", bu.syntax,
                  "Parse sentences for who did what (dependency parser; slower)");

  std::vector<std::string> check_files;
  auto* check = app.add_subcommand("check", "Validate timeline files; errors as FILE:LINE:COL");
  check->add_option("FILE", check_files, "Timeline files")->required();

  std::vector<std::string> fmt_files;
  bool fmt_check = false;
  auto* fmt = app.add_subcommand("fmt", "Rewrite timeline files in canonical form, in place");
  fmt->add_option("FILE", fmt_files, "Timeline files")->required();
  fmt->add_flag("--check", fmt_check, "Change nothing; exit 1 if a file is not canonical");

  dipline::DatesOptions da;
  std::string da_published;
  auto* dates = app.add_subcommand("dates", "List the temporal expressions of an article");
  dates->add_option("ARTICLE", da.article, "Article ('-' for stdin)")->required();
  auto* da_pub = dates->add_option("--published", da_published, "Publication date YYYY-MM-DD");
  dates->add_option("--format", da.format, "text|json|yaml")->capture_default_str();

  dipline::TimeMLOptions tm;
  auto* timeml =
      app.add_subcommand("timeml", "Annotate TimeML documents with TIMEX3 tags (TempEval-3 style)");
  timeml->add_option("FILE", tm.files, "TimeML documents (.tml)")->required();
  timeml->add_option("-o,--output", tm.output,
                     "Output file (one input; default stdout) or directory");

  dipline::ScoreOptions sc;
  auto* score =
      app.add_subcommand("score-timeml", "Score TIMEX3 annotations with the TempEval-3 metric");
  score->add_option("GOLD", sc.gold, "Gold TimeML files or directories")->required();
  score->add_option("--system", sc.system, "Directory of system files with the same names")
      ->required();
  score->add_flag("--errors", sc.errors, "List every difference");

  dipline::EventScoreOptions es;
  es.corpus = "../shared/corpora/tempeval3";
  auto* score_events = app.add_subcommand(
      "score-events", "Score event extraction against gold timelines (precision, recall, CAMEO)");
  score_events->add_option("GOLD", es.gold, "Gold timeline files or directories")->required();
  score_events->add_option("--corpus", es.corpus, "Root of the gold sources' urls")
      ->capture_default_str();
  score_events->add_option("--lexicon", es.lexicons, "Extra lexicon file (YAML), may repeat");
  score_events->add_flag("--errors", es.errors, "List missed and spurious events");
  score_events->add_flag("--syntax", es.syntax, "Extract with the dependency parser");

  dipline::ParseTrainOptions pt;
  auto* parse_train = app.add_subcommand(
      "parse-train", "Train the syntax model (tagger + parser) on CoNLL-U treebanks");
  parse_train->add_option("TRAIN", pt.train, "Training treebank (CoNLL-U)")->required();
  parse_train->add_option("DEV", pt.dev, "Development treebank: scores after each epoch");
  parse_train->add_option("-o,--output", pt.output, "Model file to write")->required();
  parse_train->add_option("--tagger-epochs", pt.tagger_epochs)->capture_default_str();
  parse_train->add_option("--parser-epochs", pt.parser_epochs)->capture_default_str();
  parse_train->add_option("--labeller-epochs", pt.labeller_epochs)->capture_default_str();
  parse_train->add_option("--jackknife", pt.jackknife, "Folds for the parser's training tags")
      ->capture_default_str();
  parse_train->add_option("--seed", pt.seed)->capture_default_str();
  parse_train
      ->add_option("--min-updates", pt.min_updates,
                   "Leave out features updated fewer times in training (smaller model)")
      ->capture_default_str();
  parse_train->add_option("--note", pt.note, "Text stored in the model (data, licence)");

  dipline::ParseEvalOptions pe;
  auto* parse_eval = app.add_subcommand(
      "parse-eval", "Score the syntax model on CoNLL-U treebanks (UPOS, UAS, LAS, speed)");
  parse_eval->add_option("FILE", pe.files, "Gold treebanks (CoNLL-U)")->required();
  parse_eval->add_option("--model", pe.model, "Model file (default: the built-in model)");

  dipline::ParseOptions pa;
  auto* parse = app.add_subcommand("parse", "Parse the sentences of a text; CoNLL-U on stdout");
  parse->add_option("TEXT", pa.text, "Plain text ('-' for stdin)")->required();
  parse->add_option("--model", pa.model, "Model file (default: the built-in model)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  try {
    ex.published = published_date(ex_pub, ex_published);
    bu.published = published_date(bu_pub, bu_published);
    da.published = published_date(da_pub, da_published);
  } catch (const CLI::ValidationError& e) {
    std::cerr << "dipline: error: " << e.what() << "\n";
    return 2;
  }
  if (*extract) return exit_code(dipline::run_extract(ex, std::cout, std::cerr));
  if (*render) return exit_code(dipline::run_render(re, std::cout, std::cerr));
  if (*build) return exit_code(dipline::run_build(bu, std::cout, std::cerr));
  if (*check) return exit_code(dipline::run_check(check_files, std::cout, std::cerr));
  if (*fmt) return exit_code(dipline::run_fmt(fmt_files, fmt_check, std::cout, std::cerr));
  if (*dates) return exit_code(dipline::run_dates(da, std::cout, std::cerr));
  if (*timeml) return exit_code(dipline::run_timeml(tm, std::cout, std::cerr));
  if (*score) return exit_code(dipline::run_score_timeml(sc, std::cout, std::cerr));
  if (*score_events) return exit_code(dipline::run_score_events(es, std::cout, std::cerr));
  if (*parse_train) return exit_code(dipline::run_parse_train(pt, std::cout, std::cerr));
  if (*parse_eval) return exit_code(dipline::run_parse_eval(pe, std::cout, std::cerr));
  if (*parse) return exit_code(dipline::run_parse(pa, std::cout, std::cerr));
  return 2;
}
