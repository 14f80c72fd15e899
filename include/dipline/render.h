// DOT text -> SVG, PNG or PDF, in-process with Graphviz (cgraph reads, gvc lays out and
// renders). Only render.cpp includes the Graphviz headers.
#pragma once

#include <string>
#include <string_view>

#include "dipline/model.h"
#include "dipline/result.h"

namespace dipline {

/// Renders `dot` (NUL-terminated, as agmemread needs) with layout `engine` ("nop" for
/// positioned graphs, "dot" ...) to `format` ("svg", "png", "pdf").
Result<std::string> render_dot(const std::string& dot, std::string_view format,
                               std::string_view engine = "nop");

/// A self-contained HTML page: the SVG timeline and a table of the events (no scripts).
Result<std::string> render_html(const Timeline& t);

}  // namespace dipline
