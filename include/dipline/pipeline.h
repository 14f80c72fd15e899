// The extraction pipeline: article -> sentences -> time expressions -> actors -> events ->
// timeline (ids, duplicates folded into one event with several pieces of evidence).
#pragma once

#include <vector>

#include "dipline/actors.h"
#include "dipline/article.h"
#include "dipline/events.h"
#include "dipline/lexicon.h"
#include "dipline/model.h"

namespace dipline {

/// Lexicon with its compiled matchers; build once, use for many articles.
class Extractor {
 public:
  /// `syntax`: use the dependency parser for who did what (see EventMatcher).
  explicit Extractor(Lexicon lex, bool syntax = false);
  Extractor(const Extractor&) = delete;  // the matchers point into lex_
  Extractor& operator=(const Extractor&) = delete;
  const Lexicon& lexicon() const { return lex_; }

  /// Events of one article, as a timeline with one source.
  Timeline extract(const Article& article) const;
  /// The time expressions of an article, sentence by sentence.
  std::vector<TimeMention> dates(const Article& article) const;

 private:
  Lexicon lex_;
  Gazetteer gazetteer_;
  EventMatcher events_;
};

/// Adds the sources, actors and events of `b` to `a`. A source id already in `a` gets a suffix
/// (-2, -3, ...); an event of `b` with the type, date and actors of one in `a` adds its evidence to
/// it; other events whose id is taken get a suffix.
void append_timeline(Timeline& a, const Timeline& b);

/// Carries the locked events of `existing` (a person owns them) into `fresh`, with the actors and
/// sources they name: a locked event replaces a fresh one with its id, or with its type, date and
/// actors.
void keep_locked(Timeline& fresh, const Timeline& existing);

}  // namespace dipline
