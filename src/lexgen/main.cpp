// dipline-lexgen: a build tool. Reads the built-in lexicon files (YAML, in the order given, as
// Lexicon::add reads a user's) and writes the lexicon in the binary form the library compiles in
// (src/lexicon_blob.h). An error in a lexicon file fails the build with its file:line:col.
//
//   dipline-lexgen OUTPUT INPUT.yaml...
#include <fmt/format.h>

#include <cstdio>

#include "dipline/files.h"
#include "dipline/lexicon.h"
#include "lexicon_blob.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: dipline-lexgen OUTPUT INPUT.yaml...\n");
    return 2;
  }
  dipline::Lexicon lex;
  for (int k = 2; k < argc; ++k) {
    auto src = dipline::read_source(argv[k]);
    if (!src) {
      fmt::print(stderr, "dipline-lexgen: error: {}\n", src.error().message);
      return 1;
    }
    if (auto s = lex.add(*src); !s.ok()) {
      for (const auto& d : s.error().diagnostics)
        fmt::print(stderr, "{}", dipline::format_diagnostic(d));
      fmt::print(stderr, "dipline-lexgen: error: {}: {}\n", argv[k], s.error().message);
      return 1;
    }
  }
  if (auto s = dipline::write_file_atomic(argv[1], dipline::detail::encode_lexicon(lex)); !s.ok()) {
    fmt::print(stderr, "dipline-lexgen: error: {}\n", s.error().message);
    return 1;
  }
  return 0;
}
