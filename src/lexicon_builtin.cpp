#include "dipline/lexicon.h"
#include "lexicon_blob.h"
#include "lexicon_data.h"

namespace dipline {

Result<Lexicon> Lexicon::builtin() {
  // Parsed and checked at build time; decoding it fails only if the binary is damaged.
  auto lex = detail::decode_lexicon(detail::builtin_lexicon_blob());
  if (!lex) return make_error(ErrorCode::kInternal, "the built-in lexicon is damaged");
  return std::move(*lex);
}

}  // namespace dipline
