// Scoring extracted events against a gold timeline: events are paired one-to-one, in gold order,
// with the first unused system event of the same type and acting actor whose date can be the
// same (the two EDTF values overlap). Precision, recall and CAMEO root-code agreement.
#pragma once

#include <string>
#include <vector>

#include "dipline/lexicon.h"
#include "dipline/model.h"

namespace dipline {

struct EventCounts {
  size_t gold = 0, system = 0;
  size_t matched = 0;     ///< same type, same acting actor, overlapping dates
  size_t exact_date = 0;  ///< matched, and the dates are the same EDTF value
  size_t loose = 0;       ///< same acting actor and overlapping dates, any type
  size_t cameo_root = 0;  ///< loose pairs with the same CAMEO root code (first two digits)
  void add(const EventCounts& o);
  double precision() const {
    return system ? static_cast<double>(matched) / static_cast<double>(system) : 0;
  }
  double recall() const {
    return gold ? static_cast<double>(matched) / static_cast<double>(gold) : 0;
  }
};

struct EventMiss {
  std::string kind;  ///< "missed" (gold only) or "spurious" (system only)
  Event event;
};

/// Whether two EDTF values can denote the same day (open ends reach as far as they may).
bool dates_overlap(const Edtf& a, const Edtf& b);

/// With `lex`, an actor the lexicon knows is also known by its lexicon names: a gold
/// "geir-h-haarde" (Geir H. Haarde) is the lexicon's "geir-haarde", whose names include it.
EventCounts score_events(const Timeline& gold, const Timeline& system,
                         std::vector<EventMiss>* misses = nullptr, const Lexicon* lex = nullptr);

}  // namespace dipline
