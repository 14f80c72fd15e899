// The subcommands of the dipline tool, one function each. They read and write files and the
// standard streams; diagnostics go to `err`. The CLI (src/cli/main.cpp) parses arguments and
// maps the outcome to an exit code: 0 ok, 1 differences, 2 bad input or usage, 3 I/O/render.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "dipline/edtf.h"
#include "dipline/result.h"

namespace dipline {

enum class Outcome { kOk, kDifferent };

struct ExtractOptions {
  std::vector<std::string> articles;
  std::optional<CalendarDate> published;
  std::vector<std::string> lexicons;  ///< extra lexicon files
  std::string output = "-";
  bool syntax = false;  ///< parse sentences for who did what
};

struct RenderOptions {
  std::string timeline;
  std::string output = "-";
  std::string format;  ///< svg png pdf dot html; empty: from the output's extension, else svg
};

struct BuildOptions {
  std::vector<std::string> articles;  ///< empty: the bundled example
  std::optional<CalendarDate> published;
  std::vector<std::string> lexicons;
  std::string dir = "out";
  bool syntax = false;
};

struct DatesOptions {
  std::string article;
  std::optional<CalendarDate> published;
  std::string format = "text";  ///< text json yaml
};

struct TimeMLOptions {
  std::vector<std::string> files;
  std::string output;  ///< a file for one input, a directory for several
};

struct ScoreOptions {
  std::vector<std::string> gold;  ///< gold TimeML files or directories
  std::string system;             ///< directory with system files of the same names
  bool errors = false;            ///< list every difference
};

struct EventScoreOptions {
  std::vector<std::string> gold;  ///< gold timeline files or directories of them
  std::string corpus;             ///< where a gold source's url (e.g. tbaq/TimeBank/x.tml) is found
  std::vector<std::string> lexicons;
  bool errors = false;  ///< list missed and spurious events
  bool syntax = false;
};

struct ParseTrainOptions {
  std::string train;  ///< CoNLL-U
  std::string dev;    ///< CoNLL-U; empty: no per-epoch scores
  std::string output;
  int tagger_epochs = 8;
  int parser_epochs = 12;
  int labeller_epochs = 8;
  int jackknife = 4;
  uint64_t seed = 1;
  int min_updates = 1;
  std::string note;  ///< stored in the model's description
};

struct ParseEvalOptions {
  std::string model;               ///< empty: the built-in model
  std::vector<std::string> files;  ///< CoNLL-U
};

struct ParseOptions {
  std::string text;   ///< plain text ('-' for stdin)
  std::string model;  ///< empty: the built-in model
};

Result<Outcome> run_extract(const ExtractOptions& o, std::ostream& out, std::ostream& err);
Result<Outcome> run_render(const RenderOptions& o, std::ostream& out, std::ostream& err);
Result<Outcome> run_build(const BuildOptions& o, std::ostream& out, std::ostream& err);
Result<Outcome> run_check(const std::vector<std::string>& files, std::ostream& out,
                          std::ostream& err);
Result<Outcome> run_fmt(const std::vector<std::string>& files, bool check_only, std::ostream& out,
                        std::ostream& err);
Result<Outcome> run_dates(const DatesOptions& o, std::ostream& out, std::ostream& err);
Result<Outcome> run_timeml(const TimeMLOptions& o, std::ostream& out, std::ostream& err);
Result<Outcome> run_score_timeml(const ScoreOptions& o, std::ostream& out, std::ostream& err);
Result<Outcome> run_score_events(const EventScoreOptions& o, std::ostream& out, std::ostream& err);

/// Trains a syntax model (tagger + parser) and writes it; progress goes to `err`.
Result<Outcome> run_parse_train(const ParseTrainOptions& o, std::ostream& out, std::ostream& err);
/// UPOS accuracy, UAS, LAS and speed of a syntax model on CoNLL-U files.
Result<Outcome> run_parse_eval(const ParseEvalOptions& o, std::ostream& out, std::ostream& err);
/// Splits a text into sentences and words and writes their parses as CoNLL-U.
Result<Outcome> run_parse(const ParseOptions& o, std::ostream& out, std::ostream& err);

/// Prints an error (all its diagnostics) the way the tool does.
void print_error(std::ostream& err, const Error& e);

}  // namespace dipline
