// Files compiled into the binary by CMake: the bundled example article (cmake/embed.cmake); the
// built-in lexicons in their binary form (src/lexgen, cmake/lexicon_data.cpp.in) and the syntax
// model (binary, cmake/model_data.cpp.in).
#pragma once

#include <string_view>
#include <vector>

namespace dipline::detail {

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

/// The built-in lexicons (src/lexicon/*.yaml) as dipline-lexgen encodes them (see
/// src/lexicon_blob.h).
std::string_view builtin_lexicon_blob();
/// The bundled example article(s), used by `dipline build` without arguments.
const std::vector<EmbeddedFile>& example_articles();
/// The bytes of src/models/ud-ewt.model (empty if the library was built without one).
std::string_view builtin_syntax_model();

}  // namespace dipline::detail
