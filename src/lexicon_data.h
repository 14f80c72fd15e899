// Files compiled into the binary by CMake (cmake/embed.cmake): the built-in lexicons and the
// bundled example article; and the syntax model (binary, cmake/model_data.cpp.in).
#pragma once

#include <string_view>
#include <vector>

namespace dipline::detail {

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

/// The files in the order they are loaded (later entries replace earlier ones with the same id).
const std::vector<EmbeddedFile>& builtin_lexicons();
/// The bundled example article(s), used by `dipline build` without arguments.
const std::vector<EmbeddedFile>& example_articles();
/// The bytes of src/models/ud-ewt.model (empty if the library was built without one).
std::string_view builtin_syntax_model();

}  // namespace dipline::detail
