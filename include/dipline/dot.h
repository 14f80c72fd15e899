// Timeline -> Graphviz DOT text, deterministic: time runs left to right (one column per date),
// the events of a date are stacked in its column, each a box labelled with its date, type and
// actors. Positions are computed here, so Graphviz only draws (layout "nop").
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "dipline/model.h"

namespace dipline {

void write_dot(std::ostream& os, const Timeline& t);
std::string to_dot(const Timeline& t);

/// Escapes a string for a double-quoted DOT string.
std::string dot_escape(std::string_view s);
/// "2022-02-14" -> "Mon 14 Feb 2022"; intervals and open dates in words.
std::string human_date(const Edtf& e);

}  // namespace dipline
