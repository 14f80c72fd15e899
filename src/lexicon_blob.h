// The lexicon in a compact binary form. The built-in lexicons are parsed from YAML at build time
// (src/lexgen) and compiled into the binary in this form, so that a run does not parse some
// 40,000 lines of YAML before it reads its first article. Not part of the public API.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dipline/lexicon.h"

namespace dipline::detail {

/// The lexicon as bytes: a format tag, then every field of every entry in order (counts and
/// lengths as 32-bit little-endian numbers).
std::string encode_lexicon(const Lexicon& lex);

/// The lexicon `bytes` encode; nullopt if they are not a lexicon encoded by this version of
/// encode_lexicon (another tag, or cut short).
std::optional<Lexicon> decode_lexicon(std::string_view bytes);

}  // namespace dipline::detail
