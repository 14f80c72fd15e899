// Helpers shared by the unit tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dipline/pipeline.h"

namespace dipline::test {

/// One extractor with the built-in lexicon for the whole test binary (building it takes a while).
inline const Extractor& builtin_extractor() {
  static const Extractor ex = [] {
    auto lex = Lexicon::builtin();
    return Extractor(lex.ok() ? std::move(*lex) : Lexicon{});
  }();
  return ex;
}

/// The bytes of a file (empty when it cannot be read).
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dipline::test
