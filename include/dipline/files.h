// File I/O for the command line: reading files or stdin ("-"), and atomic writes (a temporary
// file in the same directory, flushed, then renamed over the target), so that an interrupted
// write never leaves a half-written timeline.
#pragma once

#include <string>
#include <string_view>

#include "dipline/result.h"
#include "dipline/text.h"

namespace dipline {

/// Reads a whole file; "-" reads stdin.
Result<SourceText> read_source(const std::string& path);
/// Writes `data` to `path` atomically; "-" writes to stdout.
Status write_file_atomic(const std::string& path, std::string_view data);

}  // namespace dipline
