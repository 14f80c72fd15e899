// Timeline <-> YAML (docs/format.md). The writer produces the canonical form: fixed key order,
// events sorted by date then id, block style, dates quoted. The reader validates the whole file
// and reports every problem with its position. yaml-cpp stays behind this adapter (and the front
// matter and lexicon readers, article.cpp and lexicon.cpp).
#pragma once

#include <iosfwd>
#include <string>

#include "dipline/model.h"
#include "dipline/result.h"
#include "dipline/text.h"

namespace dipline {

/// Writes `t` in canonical form (the caller's order of events is not kept: see canonicalize).
void write_yaml(std::ostream& os, const Timeline& t);
std::string to_yaml(const Timeline& t);

/// Reads and validates a timeline. On failure the Error (code kInput) holds every problem found.
Result<Timeline> read_yaml(const SourceText& src);

/// How many comment lines of `text` the canonical form of `t` does not keep (those after the
/// leading block).
size_t count_dropped_comments(std::string_view text, const Timeline& t);

/// A string as a YAML scalar: plain when YAML reads it back as the same string, else quoted.
std::string yaml_scalar(std::string_view s);

/// The edit distance between two short strings (for "did you mean" hints).
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace dipline
