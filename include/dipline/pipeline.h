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
  explicit Extractor(Lexicon lex);
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

/// Adds the sources, actors and events of `b` to `a`. Events with the same id keep `a`'s
/// version when it is locked; other duplicates are suffixed -2, -3 ...
void append_timeline(Timeline& a, const Timeline& b);

}  // namespace dipline
