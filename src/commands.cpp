#include "dipline/commands.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

#include "dipline/article.h"
#include "dipline/dot.h"
#include "dipline/evaluate.h"
#include "dipline/files.h"
#include "dipline/pipeline.h"
#include "dipline/render.h"
#include "dipline/sentences.h"
#include "dipline/syntax.h"
#include "dipline/temporal.h"
#include "dipline/timeml.h"
#include "dipline/yaml_io.h"
#include "lexicon_data.h"

namespace dipline {

void print_error(std::ostream& err, const Error& e) {
  if (e.diagnostics.empty()) {
    err << "dipline: error: " << e.message << "\n";
    return;
  }
  for (const auto& d : e.diagnostics) err << format_diagnostic(d);
}

namespace {

Result<std::unique_ptr<Extractor>> make_extractor(const std::vector<std::string>& lexicons,
                                                  bool syntax = false) {
  auto lex = Lexicon::builtin();
  if (!lex.ok()) return lex.take_error();
  for (const auto& path : lexicons) {
    auto src = read_source(path);
    if (!src.ok()) return src.take_error();
    DIPLINE_TRY(lex->add(*src));
  }
  return std::make_unique<Extractor>(std::move(*lex), syntax);
}

Result<Timeline> extract_all(const Extractor& ex, const std::vector<SourceText>& sources,
                             std::optional<CalendarDate> published, std::ostream& err) {
  Timeline all;
  for (const auto& src : sources) {
    auto article = parse_article(src, published);
    if (!article.ok()) return article.take_error();
    if (article->published_from != "--published" && article->published_from != "front matter")
      err << fmt::format("{}: note: publication date {} taken from the {}\n", src.name,
                         to_string(article->published), article->published_from);
    append_timeline(all, ex.extract(*article));
  }
  return all;
}

Result<std::vector<SourceText>> read_all(const std::vector<std::string>& paths) {
  std::vector<SourceText> out;
  for (const auto& p : paths) {
    auto s = read_source(p);
    if (!s.ok()) return s.take_error();
    out.push_back(std::move(*s));
  }
  return out;
}

std::string format_from(const std::string& format, const std::string& output) {
  if (!format.empty()) return format;
  auto ext = std::filesystem::path(output).extension().string();
  if (ext.size() > 1) return ext.substr(1);
  return "svg";
}

// The timeline to write to `path`: `t` with what a person owns in the file already there (its
// locked events and leading comments). An existing file that is not a valid timeline is an
// error, so that it is never replaced.
Result<Timeline> with_existing(const std::string& path, Timeline t, std::ostream& err) {
  std::error_code ec;
  if (path == "-" || !std::filesystem::exists(path, ec)) return t;
  // ("-o /dev/stdout", a named pipe: a stream holds no timeline to keep, and reading it would
  // wait for input that never comes.)
  auto kind = std::filesystem::status(path, ec).type();
  if (kind != std::filesystem::file_type::regular && kind != std::filesystem::file_type::directory)
    return t;
  auto src = read_source(path);
  if (!src.ok()) return src.take_error();
  auto existing = read_yaml(*src);
  if (!existing.ok()) {
    print_error(err, existing.error());
    return make_error(ErrorCode::kInput,
                      fmt::format("{} exists and is not a valid timeline: not replacing it (fix "
                                  "or remove it first)",
                                  path));
  }
  keep_locked(t, *existing);
  return t;
}

Result<std::string> render_as(const Timeline& t, const std::string& format) {
  if (format == "dot") return to_dot(t);
  if (format == "html") return render_html(t);
  if (format == "yaml") return to_yaml(t);
  if (format == "svg" || format == "png" || format == "pdf") return render_dot(to_dot(t), format);
  return make_error(
      ErrorCode::kUsage,
      fmt::format("unknown format '{}' (expected svg, png, pdf, dot or html)", format));
}

}  // namespace

Result<Outcome> run_extract(const ExtractOptions& o, std::ostream&, std::ostream& err) {
  auto ex = make_extractor(o.lexicons, o.syntax);
  if (!ex.ok()) return ex.take_error();
  auto sources = read_all(o.articles);
  if (!sources.ok()) return sources.take_error();
  auto t = extract_all(**ex, *sources, o.published, err);
  if (!t.ok()) return t.take_error();
  auto final = with_existing(o.output, std::move(*t), err);
  if (!final.ok()) return final.take_error();
  DIPLINE_TRY(write_file_atomic(o.output, to_yaml(*final)));
  return Outcome::kOk;
}

Result<Outcome> run_render(const RenderOptions& o, std::ostream&, std::ostream&) {
  auto src = read_source(o.timeline);
  if (!src.ok()) return src.take_error();
  auto t = read_yaml(*src);
  if (!t.ok()) return t.take_error();
  auto data = render_as(*t, format_from(o.format, o.output));
  if (!data.ok()) return data.take_error();
  DIPLINE_TRY(write_file_atomic(o.output, *data));
  return Outcome::kOk;
}

Result<Outcome> run_build(const BuildOptions& o, std::ostream& out, std::ostream& err) {
  auto ex = make_extractor(o.lexicons, o.syntax);
  if (!ex.ok()) return ex.take_error();
  std::vector<SourceText> sources;
  std::string stem = "timeline";
  if (o.articles.empty()) {
    for (const auto& f : detail::example_articles())
      sources.push_back(SourceText{"<example>/" + std::string(f.name), std::string(f.text)});
    stem =
        std::filesystem::path(std::string(detail::example_articles().front().name)).stem().string();
  } else {
    auto read = read_all(o.articles);
    if (!read.ok()) return read.take_error();
    sources = std::move(*read);
    if (sources.size() == 1 && o.articles.front() != "-")
      stem = std::filesystem::path(o.articles.front()).stem().string();
  }
  auto t = extract_all(**ex, sources, o.published, err);
  if (!t.ok()) return t.take_error();
  std::error_code ec;
  std::filesystem::create_directories(o.dir, ec);
  if (ec)
    return make_error(ErrorCode::kIo, fmt::format("{}: cannot create: {}", o.dir, ec.message()));
  auto path = [&](const char* ext) {
    return (std::filesystem::path(o.dir) / (stem + ext)).string();
  };
  auto final = with_existing(path(".yaml"), std::move(*t), err);
  if (!final.ok()) return final.take_error();
  t = std::move(*final);
  auto svg = render_dot(to_dot(*t), "svg");
  if (!svg.ok()) return svg.take_error();
  auto html = render_html(*t);
  if (!html.ok()) return html.take_error();
  DIPLINE_TRY(write_file_atomic(path(".yaml"), to_yaml(*t)));
  DIPLINE_TRY(write_file_atomic(path(".svg"), *svg));
  DIPLINE_TRY(write_file_atomic(path(".html"), *html));
  out << fmt::format("{} events from {} article(s)\n", t->events.size(), sources.size());
  out << "timeline: " << path(".yaml") << "\n";
  out << "svg:      " << path(".svg") << "\n";
  out << "html:     " << path(".html") << "\n";
  return Outcome::kOk;
}

namespace {

// Reads and validates each timeline file in turn, printing every problem of every file; `fn` gets
// the ones that are valid. The Error returned (if any) is the worst: I/O over bad input.
template <typename Fn>
std::optional<Error> for_each_timeline(const std::vector<std::string>& files, std::ostream& err,
                                       Fn&& fn) {
  std::optional<Error> worst;
  auto fail = [&](const Error& e) {
    print_error(err, e);
    if (!worst || (e.code != ErrorCode::kInput && worst->code == ErrorCode::kInput))
      worst = Error{e.code, "", {}};  // already printed
  };
  for (const auto& f : files) {
    auto src = read_source(f);
    if (!src.ok()) {
      fail(src.error());
      continue;
    }
    auto t = read_yaml(*src);
    if (!t.ok()) {
      fail(t.error());
      continue;
    }
    if (auto e = fn(f, *src, *t)) fail(*e);
  }
  return worst;
}

}  // namespace

Result<Outcome> run_check(const std::vector<std::string>& files, std::ostream& out,
                          std::ostream& err) {
  auto worst = for_each_timeline(
      files, err,
      [&](const std::string&, const SourceText& src, const Timeline& t) -> std::optional<Error> {
        out << fmt::format("{}: ok ({} events, {} actors, {} sources)\n", src.name, t.events.size(),
                           t.actors.size(), t.sources.size());
        return std::nullopt;
      });
  if (worst) return *worst;
  return Outcome::kOk;
}

Result<Outcome> run_fmt(const std::vector<std::string>& files, bool check_only, std::ostream& out,
                        std::ostream& err) {
  bool different = false;
  auto worst = for_each_timeline(
      files, err,
      [&](const std::string& f, const SourceText& src, const Timeline& t) -> std::optional<Error> {
        std::string canonical = to_yaml(t);
        if (size_t dropped = count_dropped_comments(src.text, t); dropped > 0 && !check_only)
          err << fmt::format(
              "{}: warning: {} comment line(s) after the top of the file are not kept "
              "(notes belong in 'summary')\n",
              src.name, dropped);
        if (f == "-" && !check_only) {  // a filter always writes its output
          Status s = write_file_atomic("-", canonical);
          if (!s.ok()) return s.error();
          return std::nullopt;
        }
        if (canonical == src.text) return std::nullopt;
        different = true;
        if (check_only) {
          out << src.name << ": not in canonical form\n";
          return std::nullopt;
        }
        Status s = write_file_atomic(f, canonical);
        if (!s.ok()) return s.error();
        out << src.name << ": formatted\n";
        return std::nullopt;
      });
  if (worst) return *worst;
  return check_only && different ? Outcome::kDifferent : Outcome::kOk;
}

Result<Outcome> run_dates(const DatesOptions& o, std::ostream& out, std::ostream& err) {
  if (o.format != "text" && o.format != "json" && o.format != "yaml") {
    err << "dipline: error: unknown format '" << o.format << "' (expected text, json or yaml)\n";
    return Error{ErrorCode::kUsage, "", {}};
  }
  auto src = read_source(o.article);
  if (!src.ok()) return src.take_error();
  auto article = parse_article(*src, o.published);
  if (!article.ok()) return article.take_error();
  auto ex = make_extractor({});
  if (!ex.ok()) return ex.take_error();
  auto dates = (*ex)->dates(*article);
  // In a story filed before the paper's day ("KUALA LUMPUR, Mon. -"), relative dates are read
  // from the filing day: say so where an anchor names the publication date.
  if (article->filed != article->published)
    for (auto& d : dates)
      for (size_t at; (at = d.anchor.find("the publication date")) != std::string::npos;)
        d.anchor.replace(at, 20, "the filing day");
  const std::string& text = article->source.text;
  if (o.format == "text") {
    out << fmt::format("# publication date {} ({})\n", to_string(article->published),
                       article->published_from);
    if (article->filed != article->published)
      out << fmt::format("# filed {} (dateline): relative dates are read from it\n",
                         to_string(article->filed));
    for (const auto& d : dates) {
      SourceLoc loc = locate(text, d.begin);
      out << fmt::format("{}:{}:{}: {:<8} {:<14} {:<24} \"{}\"  ({})\n", src->name, loc.line,
                         loc.column, to_string(d.type), d.value, d.date ? to_string(*d.date) : "-",
                         text.substr(d.begin, d.end - d.begin), d.anchor);
    }
    return Outcome::kOk;
  }
  if (o.format == "yaml") {
    out << "published: \"" << to_string(article->published) << "\"\n";
    out << "published_from: " << yaml_scalar(article->published_from) << "\n";
    if (article->filed != article->published)
      out << "filed: \"" << to_string(article->filed) << "\"\n";
    out << "dates:" << (dates.empty() ? " []" : "") << "\n";
    for (const auto& d : dates) {
      out << "  - text: " << yaml_scalar(text.substr(d.begin, d.end - d.begin)) << "\n";
      out << "    span: [" << d.begin << ", " << d.end << "]\n";
      out << "    type: " << to_string(d.type) << "\n";
      out << "    value: \"" << d.value << "\"\n";
      out << "    edtf: " << (d.date ? "\"" + to_string(*d.date) + "\"" : std::string("null"))
          << "\n";
      out << "    anchor: " << yaml_scalar(d.anchor) << "\n";
    }
    return Outcome::kOk;
  }
  if (o.format != "json") {
    err << "dipline: error: unknown format '" << o.format << "' (expected text, json or yaml)\n";
    return Error{ErrorCode::kUsage, "", {}};
  }
  nlohmann::json j = nlohmann::json::array();
  for (const auto& d : dates) {
    j.push_back({{"text", text.substr(d.begin, d.end - d.begin)},
                 {"span", {d.begin, d.end}},
                 {"type", std::string(to_string(d.type))},
                 {"value", d.value},
                 {"edtf", d.date ? nlohmann::json(to_string(*d.date)) : nlohmann::json()},
                 {"anchor", d.anchor}});
  }
  nlohmann::json doc{{"published", to_string(article->published)},
                     {"published_from", article->published_from}};
  if (article->filed != article->published) doc["filed"] = to_string(article->filed);
  doc["dates"] = std::move(j);
  out << doc.dump(2) << "\n";
  return Outcome::kOk;
}

}  // namespace dipline

namespace dipline {

namespace {

std::vector<Timex> tag_document(const TimeMLDocument& doc) {
  DateContext ctx{*dct_day(doc.dct)};
  std::vector<Timex> out;
  for (const auto& m : find_timexes(doc.plain, 0, doc.plain.size(), ctx))
    out.push_back(Timex{m.begin, m.end, std::string(to_string(m.type)), m.value});
  return out;
}

// The files named by `paths` (files, or directories searched for names ending in `ext`), sorted.
std::vector<std::string> list_files(const std::vector<std::string>& paths, std::string_view ext,
                                    bool recursive) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    auto take = [&](const fs::directory_entry& e) {
      if (e.path().extension() == ext) out.push_back(e.path().string());
    };
    if (recursive)
      for (const auto& e : fs::recursive_directory_iterator(p, ec)) take(e);
    else
      for (const auto& e : fs::directory_iterator(p, ec)) take(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Result<Outcome> run_timeml(const TimeMLOptions& o, std::ostream&, std::ostream&) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // -o names a directory when there are several inputs or when it is one already.
  bool to_dir = o.files.size() > 1 || (!o.output.empty() && fs::is_directory(o.output, ec));
  if (to_dir && o.output.empty())
    return make_error(ErrorCode::kUsage, "several inputs need -o DIR");
  if (to_dir) {
    fs::create_directories(o.output, ec);
    if (ec)
      return make_error(ErrorCode::kIo,
                        fmt::format("{}: cannot create: {}", o.output, ec.message()));
  }
  std::vector<std::string> targets;
  for (const auto& f : o.files) {
    std::string target = to_dir             ? (fs::path(o.output) / fs::path(f).filename()).string()
                         : o.output.empty() ? "-"
                                            : o.output;
    if (target != "-" && std::find(targets.begin(), targets.end(), target) != targets.end())
      return make_error(ErrorCode::kUsage,
                        fmt::format("two inputs would both be written to {}", target));
    for (const auto& in : o.files)
      if (target != "-" && fs::exists(target, ec) && fs::equivalent(in, target, ec))
        return make_error(ErrorCode::kUsage,
                          fmt::format("{} would overwrite the input {}", target, in));
    targets.push_back(target);
  }
  for (size_t k = 0; k < o.files.size(); ++k) {
    auto src = read_source(o.files[k]);
    if (!src.ok()) return src.take_error();
    auto doc = parse_timeml(*src);
    if (!doc.ok()) return doc.take_error();
    DIPLINE_TRY(write_file_atomic(targets[k], write_timeml(*doc, tag_document(*doc))));
  }
  return Outcome::kOk;
}

Result<Outcome> run_score_timeml(const ScoreOptions& o, std::ostream& out, std::ostream&) {
  namespace fs = std::filesystem;
  auto files = list_files(o.gold, ".tml", true);
  if (files.empty()) return make_error(ErrorCode::kUsage, "no gold TimeML files (.tml) given");
  std::map<std::string, TimexCounts> by_corpus;
  TimexCounts total;
  std::map<std::string, size_t> error_classes;
  std::vector<std::string> listing;
  for (const auto& f : files) {
    auto gsrc = read_source(f);
    if (!gsrc.ok()) return gsrc.take_error();
    auto gold = parse_timeml(*gsrc);
    if (!gold.ok()) return gold.take_error();
    auto ssrc = read_source((fs::path(o.system) / fs::path(f).filename()).string());
    if (!ssrc.ok()) return ssrc.take_error();
    auto sys = parse_timeml(*ssrc);
    if (!sys.ok()) return sys.take_error();
    if (sys->plain != gold->plain)
      return make_error(ErrorCode::kInput,
                        fmt::format("{}: the system changed the text of <TEXT>", ssrc->name));
    std::vector<TimexError> errors;
    TimexCounts c = score_timexes(gold->timexes, sys->timexes, &errors);
    by_corpus[fs::path(f).parent_path().filename().string()].add(c);
    total.add(c);
    for (const auto& e : errors) {
      std::string cls = e.kind;
      if (e.kind == "value" || e.kind == "missed") cls += " " + e.gold->type;
      if (e.kind == "spurious") cls += " " + e.system->type;
      ++error_classes[cls];
      if (o.errors) {
        auto show = [&](const std::optional<Timex>& t) {
          return t ? fmt::format("\"{}\" {} {}", gold->plain.substr(t->begin, t->end - t->begin),
                                 t->type, t->value)
                   : std::string("-");
        };
        listing.push_back(fmt::format("{}\t{}\tgold: {}\tsystem: {}\tdct {}",
                                      fs::path(f).filename().string(), e.kind, show(e.gold),
                                      show(e.system), gold->dct));
      }
    }
  }
  auto row = [&](const std::string& name, const TimexCounts& c) {
    out << fmt::format("| {} | {} | {} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} |\n",
                       name, c.gold, c.system, c.f1(c.strict), c.precision(c.relaxed),
                       c.recall(c.relaxed), c.f1(c.relaxed), c.f1(c.value), c.f1(c.type));
  };
  out << "| corpus | gold | system | strict F1 | relaxed P | relaxed R | relaxed F1 | value F1 | "
         "type F1 |\n"
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& [name, c] : by_corpus) row(name, c);
  row("all", total);
  out << "\n| error class | count |\n|---|---:|\n";
  std::vector<std::pair<std::string, size_t>> classes(error_classes.begin(), error_classes.end());
  std::stable_sort(classes.begin(), classes.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [cls, n] : classes) out << fmt::format("| {} | {} |\n", cls, n);
  if (o.errors) {
    out << "\n";
    for (const auto& l : listing) out << l << "\n";
  }
  return Outcome::kOk;
}

}  // namespace dipline

namespace dipline {

Result<Outcome> run_score_events(const EventScoreOptions& o, std::ostream& out, std::ostream&) {
  namespace fs = std::filesystem;
  auto ex = make_extractor(o.lexicons, o.syntax);
  if (!ex.ok()) return ex.take_error();
  std::vector<std::string> files = list_files(o.gold, ".yaml", false);
  if (files.empty()) return make_error(ErrorCode::kUsage, "no gold timelines (.yaml) given");
  EventCounts total;
  out << "| gold file | gold | system | matched | precision | recall "
         "|\n|---|---:|---:|---:|---:|---:|\n";
  std::vector<std::string> listing;
  for (const auto& f : files) {
    auto gsrc = read_source(f);
    if (!gsrc.ok()) return gsrc.take_error();
    auto gold = read_yaml(*gsrc);
    if (!gold.ok()) return gold.take_error();
    if (gold->sources.empty() || gold->sources.front().url.empty())
      return make_error(ErrorCode::kInput,
                        fmt::format("{}: the gold timeline names no source url", f));
    const Source& source = gold->sources.front();
    auto asrc = read_source((fs::path(o.corpus) / source.url).string());
    if (!asrc.ok()) return asrc.take_error();
    // A TimeML document stands for its <TEXT>, published at its creation time.
    SourceText text = *asrc;
    std::optional<CalendarDate> published = source.published;
    if (source.url.ends_with(".tml")) {
      auto doc = parse_timeml(*asrc);
      if (!doc.ok()) return doc.take_error();
      text = SourceText{asrc->name, doc->plain};
      published = dct_day(doc->dct);
    }
    auto article = parse_article(text, published);
    if (!article.ok()) return article.take_error();
    Timeline system = (*ex)->extract(*article);
    std::vector<EventMiss> misses;
    EventCounts c = score_events(*gold, system, &misses, &(*ex)->lexicon());
    total.add(c);
    out << fmt::format("| {} | {} | {} | {} | {:.2f} | {:.2f} |\n", fs::path(f).filename().string(),
                       c.gold, c.system, c.matched, c.precision(), c.recall());
    if (o.errors)
      for (const auto& m : misses)
        listing.push_back(fmt::format("{}\t{}\t{}\t{}\t{}\t{}", fs::path(f).filename().string(),
                                      m.kind, m.event.type, to_string(m.event.date),
                                      fmt::join(m.event.actors, ","), m.event.summary));
  }
  double f1 = total.precision() + total.recall() > 0
                  ? 2 * total.precision() * total.recall() / (total.precision() + total.recall())
                  : 0;
  out << fmt::format("| **all** | {} | {} | {} | {:.2f} | {:.2f} |\n\n", total.gold, total.system,
                     total.matched, total.precision(), total.recall());
  out << fmt::format(
      "F1 {:.2f}; matched events with the gold date exactly: {} of {}; CAMEO root "
      "code agreement on events paired by actor and date: {} of {} ({:.2f})\n",
      f1, total.exact_date, total.matched, total.cameo_root, total.loose,
      total.loose ? static_cast<double>(total.cameo_root) / static_cast<double>(total.loose) : 0);
  for (const auto& l : listing) out << l << "\n";
  return Outcome::kOk;
}

namespace {

Result<std::vector<ConlluSentence>> read_treebank(const std::string& path) {
  auto src = read_source(path);
  if (!src.ok()) return src.take_error();
  return read_conllu(*src);
}

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The built-in model, or the one in `path`.
Result<const SyntaxModel*> syntax_model(const std::string& path, SyntaxModel& storage) {
  if (path.empty()) return &SyntaxModel::builtin();
  auto src = read_source(path);
  if (!src.ok()) return src.take_error();
  auto m = SyntaxModel::load(src->text, path);
  if (!m.ok()) return m.take_error();
  storage = std::move(*m);
  return &storage;
}

}  // namespace

Result<Outcome> run_parse_train(const ParseTrainOptions& o, std::ostream&, std::ostream& err) {
  auto train = read_treebank(o.train);
  if (!train.ok()) return train.take_error();
  std::vector<ConlluSentence> dev;
  if (!o.dev.empty()) {
    auto d = read_treebank(o.dev);
    if (!d.ok()) return d.take_error();
    dev = std::move(*d);
  }
  SyntaxTrainOptions opt;
  opt.tagger_epochs = o.tagger_epochs;
  opt.parser_epochs = o.parser_epochs;
  opt.labeller_epochs = o.labeller_epochs;
  opt.jackknife = o.jackknife;
  opt.seed = o.seed;
  opt.min_updates = o.min_updates;
  opt.note = o.note;
  opt.log = &err;
  auto start = Clock::now();
  auto model = train_syntax_model(*train, dev, opt);
  if (!model.ok()) return model.take_error();
  std::string bytes = model->save();
  DIPLINE_TRY(write_file_atomic(o.output, bytes));
  err << fmt::format("{}: {} bytes, trained in {:.1f} s\n", o.output, bytes.size(),
                     seconds_since(start));
  return Outcome::kOk;
}

Result<Outcome> run_parse_eval(const ParseEvalOptions& o, std::ostream& out, std::ostream&) {
  std::vector<std::vector<ConlluSentence>> treebanks;  // all read first: errors before output
  for (const auto& f : o.files) {
    auto gold = read_treebank(f);
    if (!gold.ok()) return gold.take_error();
    treebanks.push_back(std::move(*gold));
  }
  auto start = Clock::now();
  SyntaxModel storage;
  auto model = syntax_model(o.model, storage);
  if (!model.ok()) return model.take_error();
  out << fmt::format("model {}: loaded in {:.1f} ms\n", o.model.empty() ? "built-in" : o.model,
                     1000.0 * seconds_since(start));
  for (size_t i = 0; i < o.files.size(); ++i) {
    const auto& gold = treebanks[i];
    size_t bytes = 0;
    for (const auto& s : gold)
      for (const auto& w : s.words) bytes += w.size() + 1;
    auto t = Clock::now();
    SyntaxScores sc = evaluate_syntax(**model, gold);
    double secs = seconds_since(t);
    out << fmt::format(
        "{}: {} sentences, {} words: UPOS {:.2f}  UAS {:.2f}  LAS {:.2f}  ({:.0f} words/s, "
        "{:.2f} MB/s)\n",
        o.files[i], gold.size(), sc.words, sc.upos_pct(), sc.uas_pct(), sc.las_pct(),
        static_cast<double>(sc.words) / secs, static_cast<double>(bytes) / secs / 1e6);
  }
  return Outcome::kOk;
}

Result<Outcome> run_parse(const ParseOptions& o, std::ostream& out, std::ostream&) {
  SyntaxModel storage;
  auto model = syntax_model(o.model, storage);
  if (!model.ok()) return model.take_error();
  auto src = read_source(o.text);
  if (!src.ok()) return src.take_error();
  const std::string& text = src->text;
  Tokens tokens = tokenize(text, 0, text.size());
  for (const auto& s : split_sentences(text, tokens)) {
    auto words = syntax_words(text, tokens, s);
    if (words.empty()) continue;
    std::string line(text.substr(s.begin, s.end - s.begin));
    std::replace(line.begin(), line.end(), '\n', ' ');
    out << "# text = " << line << "\n";
    std::vector<std::string_view> views;
    for (const auto& w : words) views.push_back(w.text);
    write_conllu(out, views, (*model)->parse(std::span<const std::string_view>(views)));
  }
  return Outcome::kOk;
}

}  // namespace dipline
