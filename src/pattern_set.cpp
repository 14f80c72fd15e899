#include "pattern_set.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace dipline::detail {

namespace {

constexpr std::string_view kOpening = "(?:^| )";
// Past this many literals, or this many steps to find them, a pattern is searched everywhere.
constexpr size_t kMaxPrefixes = 512;
constexpr int kMaxSteps = 10000;
// A pattern's inner literals (see inner_literals) are looked for when there are at most this many,
// each at least this long.
constexpr size_t kMaxInner = 16;
constexpr size_t kMinInner = 4;
// How far the literals of a piece are expanded to find at most kMaxInner of them: far enough
// that a group with many alternatives inside keeps its literals whole when those after it are
// few; not so far that building the sets takes long.
constexpr size_t kMaxExpanded = 64;

// Bytes that stand for themselves in RE2 syntax (outside a character class). Others end a
// literal; bytes of UTF-8 sequences too, so that a quantifier never splits one.
bool is_literal(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view(" @-'\",;:/&%#=<>!~_").find(c) != std::string_view::npos;
}

// The index just past the group or character class that opens at `s[open]`, npos if it is not
// closed.
size_t skip_group(std::string_view s, size_t open) {
  if (s[open] == '[') {
    size_t k = open + 1;
    if (k < s.size() && s[k] == '^') ++k;
    if (k < s.size() && s[k] == ']') ++k;  // a leading ']' is literal
    for (; k < s.size(); ++k) {
      if (s[k] == '\\') {
        ++k;
      } else if (s.substr(k).starts_with("[:")) {
        size_t close = s.find(":]", k + 2);
        if (close == std::string_view::npos) return close;
        k = close + 1;
      } else if (s[k] == ']') {
        return k + 1;
      }
    }
    return std::string_view::npos;
  }
  for (size_t k = open + 1; k < s.size(); ++k) {
    if (s[k] == '\\') {
      ++k;
    } else if (s[k] == '(' || s[k] == '[') {
      k = skip_group(s, k);
      if (k == std::string_view::npos) return k;
      --k;
    } else if (s[k] == ')') {
      return k + 1;
    }
  }
  return std::string_view::npos;
}

// The alternatives of `s` at its top level (split at '|' outside groups); empty if unbalanced.
std::vector<std::string_view> alternatives(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '\\') {
      ++k;
    } else if (s[k] == '(' || s[k] == '[') {
      k = skip_group(s, k);
      if (k == std::string_view::npos) return {};
      --k;
    } else if (s[k] == '|') {
      out.push_back(s.substr(start, k - start));
      start = k + 1;
    }
  }
  out.push_back(s.substr(start));
  return out;
}

std::vector<std::string> prefixes(std::string_view s, int& steps, size_t limit = kMaxPrefixes);

// The prefixes of the regexes one pattern is made of, kept while its literals are read off
// (MemoScope): each piece's literals are those of the rest of the pattern from it on, and
// without the memo the rest's were found again for every piece before it. An entry is kept
// only if finding it never ran out of steps, with the steps it took: a hit spends those, so
// that every result is what it was without the memo.
struct PrefixMemo {
  struct Entry {
    std::vector<std::string> prefixes;
    int steps = 0;
  };
  std::unordered_map<std::string, Entry> entries;  // by regex and limit
};
thread_local PrefixMemo* prefix_memo = nullptr;

// Keeps prefixes() of one pattern in a memo while it lives.
class MemoScope {
 public:
  MemoScope() : previous_(prefix_memo) { prefix_memo = &memo_; }
  ~MemoScope() { prefix_memo = previous_; }
  MemoScope(const MemoScope&) = delete;
  MemoScope& operator=(const MemoScope&) = delete;

 private:
  PrefixMemo memo_;
  PrefixMemo* previous_;
};

// Literal strings, one of which every match of the regex `s` (without top-level '|') starts
// with. An empty string among them: no such literal. Each call spends one of `steps`. More
// than `limit` of them: fewer and shorter ones, or none. (Without the memo.)
std::vector<std::string> prefixes_of(std::string_view s, int& steps, size_t limit) {
  if (--steps < 0) return {""};
  std::string lit;
  for (size_t k = 0; k < s.size(); ++k) {
    if (is_literal(s[k])) {
      lit += s[k];
      continue;
    }
    if (s.substr(k).starts_with("(?:")) {
      size_t end = skip_group(s, k);
      auto alts = end == std::string_view::npos ? std::vector<std::string_view>{}
                                                : alternatives(s.substr(k + 3, end - k - 4));
      if (alts.empty()) return {lit};
      std::string_view rest = s.substr(end);
      char quantifier = rest.empty() ? '\0' : rest.front();
      bool repeated =
          quantifier && std::string_view("?*+{").find(quantifier) != std::string_view::npos;
      std::vector<std::string> out;
      // What the rest starts with, found once for the alternatives made of literal bytes only
      // (most): their literals are theirs followed by those.
      std::optional<std::vector<std::string>> rest_prefixes;
      // A repeated group: its first round (what follows it may be another round). Else the
      // group's alternatives, each followed by the rest. (Past the limit: no more.)
      auto add_alternatives = [&](bool with_rest) {
        for (auto alt : alts) {
          if (out.size() > limit) return;
          if (with_rest && std::all_of(alt.begin(), alt.end(), is_literal)) {
            if (!rest_prefixes) rest_prefixes = prefixes(rest, steps, limit);
            for (const auto& p : *rest_prefixes) out.push_back(lit + std::string(alt) + p);
            continue;
          }
          for (auto& p :
               prefixes(with_rest ? std::string(alt) + std::string(rest) : std::string(alt), steps,
                        limit))
            out.push_back(lit + p);
        }
      };
      add_alternatives(!repeated);
      // Too many: the alternatives alone, without what follows them, which every match also
      // starts with ("pull(?:s|ed)? out (?:all |some )?(?:of )?(?:its|their) ..." needs "pull
      // out", "pulls out" or "pulled out"), rather than no literal at all.
      if (!repeated && out.size() > limit) {
        out.clear();
        add_alternatives(false);
      }
      // A group that may be skipped: also the rest after it.
      if (quantifier == '?' || quantifier == '*' || quantifier == '{') {
        size_t after = quantifier == '{' ? rest.find('}') : 0;
        if (after == std::string_view::npos) return {lit};
        for (auto& p : prefixes(rest.substr(after + 1), steps, limit)) out.push_back(lit + p);
      }
      if (out.size() > limit) return {lit};
      return out;
    }
    // An optional byte inside a literal: with it and without it ("air ?strike" starts with "air
    // strike" or "airstrike"), when a literal byte follows.
    if (s[k] == '?' && !lit.empty() && k + 1 < s.size() && is_literal(s[k + 1])) {
      std::string_view rest = s.substr(k + 1);
      char optional = lit.back();
      lit.pop_back();
      std::vector<std::string> out;
      for (auto& p : prefixes(std::string(1, optional) + std::string(rest), steps, limit))
        out.push_back(lit + p);
      for (auto& p : prefixes(rest, steps, limit)) out.push_back(lit + p);
      if (out.size() > limit) return {lit};
      return out;
    }
    // A quantifier applies to the last literal byte: "transferr?" requires "transfer".
    if (!lit.empty() && std::string_view("?*{").find(s[k]) != std::string_view::npos)
      lit.pop_back();
    break;
  }
  return {lit};
}

std::vector<std::string> prefixes(std::string_view s, int& steps, size_t limit) {
  if (!prefix_memo) return prefixes_of(s, steps, limit);
  std::string key(s);
  key += '\0';
  key += std::to_string(limit);
  if (auto it = prefix_memo->entries.find(key);
      it != prefix_memo->entries.end() && steps >= it->second.steps) {
    steps -= it->second.steps;
    return it->second.prefixes;
  }
  const int before = steps;
  auto out = prefixes_of(s, steps, limit);
  if (steps >= 0) prefix_memo->entries[std::move(key)] = {out, before - steps};
  return out;
}

// Where each top-level piece of the regex `s` (without top-level '|') ends: a literal byte, an
// escape, a group or a character class, each with its quantifier. Empty if unbalanced.
std::vector<size_t> piece_ends(std::string_view s) {
  std::vector<size_t> out;
  for (size_t k = 0; k < s.size();) {
    k = s[k] == '\\' ? k + 2 : s[k] == '(' || s[k] == '[' ? skip_group(s, k) : k + 1;
    if (k == std::string_view::npos || k > s.size()) return {};
    if (k < s.size() && s[k] == '{') k = s.find('}', k);
    if (k == std::string_view::npos) return {};
    while (k < s.size() && std::string_view("?*+}").find(s[k]) != std::string_view::npos) ++k;
    out.push_back(k);
  }
  return out;
}

// The literals one of which every match of `pattern` starts with after its "(?:^| )"; empty if
// the pattern does not open so or some match needs no literal there.
std::vector<std::string> opening_literals(std::string_view pattern) {
  if (!pattern.starts_with(kOpening)) return {};
  std::string_view body = pattern.substr(kOpening.size());
  if (alternatives(body).size() != 1) return {};  // "(?:^| )a|b": b may match anywhere
  int steps = kMaxSteps;
  auto out = prefixes(body, steps);
  if (std::any_of(out.begin(), out.end(), [](const std::string& p) { return p.empty(); }))
    return {};
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether `pattern` holds a flag group ("(?i)", "(?i:x)"), which can change what the bytes after
// it match, so that its literals tell nothing.
bool has_flags(std::string_view pattern) {
  for (size_t p = pattern.find("(?"); p != std::string_view::npos; p = pattern.find("(?", p + 1))
    if (pattern.substr(p + 2, 1) != ":") return true;
  return false;
}

// The literals one of which every match of `body` (without top-level '|') holds where its
// top-level piece starting at `k` begins: those that what follows starts with, or, too many
// with what follows, those of the piece alone, which every match holds there too: a group's own
// alternatives ("(?:rallied|marched) (?:outside|in|near)"), or the run of literal bytes that
// opens there ("talks (?:(?:in|on|at) (?:@a|@t) )*between" needs "talks "). More than
// kMaxInner: none worth looking for.
std::vector<std::string> literals_at_piece(std::string_view body, size_t k, int& steps) {
  auto lits = prefixes(body.substr(k), steps, kMaxExpanded);
  if (lits.size() <= kMaxInner) return lits;
  if (body.substr(k).starts_with("(?:")) {
    if (size_t end = skip_group(body, k);
        end != std::string_view::npos &&
        (end == body.size() || std::string_view("?*+{").find(body[end]) == std::string_view::npos))
      lits = prefixes(body.substr(k, end - k), steps, kMaxExpanded);
  } else {
    // (With the quantifier of its last byte, which prefixes() reads: "strikes?" holds "strike".)
    size_t end = k;
    while (end < body.size() && is_literal(body[end])) ++end;
    if (end < body.size() && std::string_view("?*{").find(body[end]) != std::string_view::npos)
      ++end;
    if (end > k) lits = prefixes(body.substr(k, end - k), steps, kMaxExpanded);
  }
  std::sort(lits.begin(), lits.end());
  lits.erase(std::unique(lits.begin(), lits.end()), lits.end());
  return lits;
}

// Drops from literals one of which a match holds those that hold another: finding " said" is
// finding "said".
void drop_holders(std::vector<std::string>& lits) {
  std::vector<std::string> kept;
  for (const auto& x : lits)
    if (std::none_of(lits.begin(), lits.end(), [&](const std::string& y) {
          return y.size() < x.size() && x.find(y) != std::string::npos;
        }))
      kept.push_back(x);
  lits = std::move(kept);
}

// Whether the top-level piece of `body` that begins at `k`, after the piece that begins at
// `previous`, is a literal byte inside a run of them: its literals are those of the run's first
// piece, cut short ("alks " of "talks "), and tell nothing that those do not. (Not after an
// escape: "\bnull" opens a run at "n".)
// (`previous` SIZE_MAX: `k` begins the first piece.)
bool inside_run(std::string_view body, size_t previous, size_t k) {
  return previous < body.size() && k == previous + 1 && k < body.size() &&
         is_literal(body[previous]) && is_literal(body[k]);
}

size_t shortest_length(const std::vector<std::string>& lits) {
  size_t shortest = SIZE_MAX;
  for (const auto& l : lits) shortest = std::min(shortest, l.size());
  return shortest;
}

// Literals one of which every match of `pattern` contains, past those it opens with: the most
// telling (the longest shortest one) among the literals each top-level piece of the pattern
// starts with. "... (?:a |an )?(?:\w+ )?call with @a" needs "call with @a". Empty: none worth
// looking for.
std::vector<std::string> inner_literals(std::string_view pattern,
                                        const std::vector<std::string>& opening) {
  if (opening.empty() || has_flags(pattern)) return {};
  std::string_view body = pattern.substr(kOpening.size());
  std::vector<std::string> best;
  size_t best_length = kMinInner - 1;
  int steps = kMaxSteps;
  size_t previous = SIZE_MAX;
  for (size_t k : piece_ends(body)) {
    bool inside = inside_run(body, previous, k);
    previous = k;
    if (inside) continue;
    auto lits = literals_at_piece(body, k, steps);
    if (lits.size() > kMaxInner) continue;
    size_t shortest = shortest_length(lits);
    // Already in every opening literal: no news.
    bool implied = std::all_of(opening.begin(), opening.end(), [&](const std::string& o) {
      return std::any_of(lits.begin(), lits.end(),
                         [&](const std::string& l) { return o.find(l) != std::string::npos; });
    });
    if (shortest > best_length && !implied) {
      best = std::move(lits);
      best_length = shortest;
    }
  }
  drop_holders(best);
  return best;
}

// For a pattern searched everywhere: sets of literals, every match holding one of each set.
// "(?:(?:^| )warn(?:ed|s)|(?:^| ), warning) (?:@a )?(?:@t )?that (?:\S+ ){1,10}(?:will|would|
// could) ..." needs "warned", "warns" or ", warning", then " that " (or " @a that "...), then
// "will ", "would " or "could ": searching a sentence without them (most) for it is thousands of
// instructions spent for nothing. Empty: none worth looking for.
std::vector<std::vector<std::string>> needed_literals(std::string_view pattern) {
  if (has_flags(pattern) || alternatives(pattern).size() != 1) return {};
  // "^" read as the empty string: every match of the pattern is one of the text so read, and
  // holds what that one holds.
  std::string body(pattern);
  for (size_t p = body.find(kOpening); p != std::string::npos; p = body.find(kOpening, p))
    body.replace(p, kOpening.size(), "(?:| )");
  std::vector<std::vector<std::string>> out;
  int steps = kMaxSteps;
  auto ends = piece_ends(body);
  if (ends.empty()) return {};
  ends.insert(ends.begin(), 0);
  size_t previous = SIZE_MAX;
  for (size_t k : ends) {
    bool inside = inside_run(body, previous, k);
    previous = k;
    if (inside) continue;
    auto lits = literals_at_piece(body, k, steps);
    if (lits.size() <= kMaxInner && shortest_length(lits) >= kMinInner)
      out.push_back(std::move(lits));
  }
  for (auto& lits : out) drop_holders(lits);
  // A set is needless when each literal of another holds one of its own: "talks " makes "alks "
  // and "lks " tell nothing more.
  auto implies = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::all_of(a.begin(), a.end(), [&](const std::string& x) {
      return std::any_of(b.begin(), b.end(),
                         [&](const std::string& y) { return x.find(y) != std::string::npos; });
    });
  };
  for (size_t i = 0; i < out.size();) {
    bool needless = false;
    for (size_t j = 0; j < out.size() && !needless; ++j)
      needless = j != i && implies(out[j], out[i]) && (j < i || !implies(out[i], out[j]));
    if (needless)
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
    else
      ++i;
  }
  return out;
}

// Every string the regex `s` matches, if it is made of literal bytes and unrepeated groups
// "(?:a|b)" of such alternatives only (a finite language); nullopt otherwise, or past
// kMaxPrefixes strings. Each call spends one of `steps`.
std::optional<std::vector<std::string>> exact_literals(std::string_view s, int& steps) {
  if (--steps < 0) return std::nullopt;
  std::vector<std::string> out{""};
  for (size_t k = 0; k < s.size();) {
    if (is_literal(s[k])) {
      for (auto& o : out) o += s[k];
      ++k;
      continue;
    }
    if (!s.substr(k).starts_with("(?:")) return std::nullopt;  // a class, an escape, a flag
    size_t end = skip_group(s, k);
    if (end == std::string_view::npos) return std::nullopt;
    if (end < s.size() && std::string_view("?*+{").find(s[end]) != std::string_view::npos)
      return std::nullopt;
    auto alts = alternatives(s.substr(k + 3, end - k - 4));
    if (alts.empty()) return std::nullopt;
    std::vector<std::string> group;
    for (auto alt : alts) {
      auto lits = exact_literals(alt, steps);
      if (!lits) return std::nullopt;
      group.insert(group.end(), lits->begin(), lits->end());
    }
    std::vector<std::string> product;
    for (const auto& o : out)
      for (const auto& g : group) product.push_back(o + g);
    if (product.size() > kMaxPrefixes) return std::nullopt;
    out = std::move(product);
    k = end;
  }
  return out;
}

bool is_word_byte(char c) {  // RE2's \w: ASCII only
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// How a pattern is matched where its opening literal is found.
enum class LiteralMatch : uint8_t {
  kRegex,     // by running the pattern's RE2 there
  kLiteral,   // the literal is the match: "(?:^| )(?:sanctioned|sanctions) @a"
  kBoundary,  // so is it when a word boundary follows: "(?:^| )(?:said|says|told)\b"
};

// Whether the matches of `pattern` are exactly "(?:^| )" followed by one of its opening
// literals `opening` (and then, maybe, a word boundary "\b"), so that finding the literal is
// finding the match. The literals must not begin with a space (the "^" and " " ways to begin
// would then compete) nor be a prefix of one another (RE2 takes the first alternative that
// matches, not the longest); with "\b" each must end in a word byte.
LiteralMatch literal_match(std::string_view pattern, std::vector<std::string> opening) {
  std::string_view body = pattern.substr(kOpening.size());
  bool boundary = body.ends_with("\\b");
  if (boundary) body.remove_suffix(2);
  int steps = kMaxSteps;
  auto lits = exact_literals(body, steps);
  if (!lits || lits->empty()) return LiteralMatch::kRegex;
  std::sort(lits->begin(), lits->end());
  std::sort(opening.begin(), opening.end());
  if (*lits != opening) return LiteralMatch::kRegex;  // the trie must hold the whole language
  for (size_t k = 0; k < lits->size(); ++k) {
    const std::string& l = (*lits)[k];
    if (l.empty() || l.front() == ' ' || (boundary && !is_word_byte(l.back())))
      return LiteralMatch::kRegex;
    if (k + 1 < lits->size() && std::string_view((*lits)[k + 1]).starts_with(l))
      return LiteralMatch::kRegex;  // sorted: a prefix comes right before what it begins
  }
  return boundary ? LiteralMatch::kBoundary : LiteralMatch::kLiteral;
}

// Whether `text` holds a literal of each of the sets `needed`. `quads` holds its 4-byte strings.
bool holds_needed(std::string_view text, const QuadFilter& quads,
                  const std::vector<std::vector<std::string>>& needed) {
  return std::all_of(needed.begin(), needed.end(), [&](const auto& lits) {
    return std::any_of(lits.begin(), lits.end(), [&](const std::string& l) {
      return quads.may_contain(l) && memmem(text.data(), text.size(), l.data(), l.size());
    });
  });
}

// What a row of the trie's table says of its node, before its children: the length of its
// label (see PatternSet::Impl::labels), whether a literal ends there, and where its label is.
template <typename Node>
struct Layout;

template <>
struct Layout<uint16_t> {  // [size | ends << 15, begin & 0xffff, begin >> 16]
  static constexpr size_t kMeta = 3;
  static void set(uint16_t* row, size_t size, bool ends, uint32_t begin) {
    row[0] = static_cast<uint16_t>(size | (ends ? 0x8000u : 0u));
    row[1] = static_cast<uint16_t>(begin);
    row[2] = static_cast<uint16_t>(begin >> 16);
  }
  static size_t label_size(const uint16_t* row) { return row[0] & 0x7fffu; }
  static bool ends_literal(const uint16_t* row) { return row[0] & 0x8000u; }
  static uint32_t label_begin(const uint16_t* row) { return row[1] | uint32_t{row[2]} << 16; }
};

template <>
struct Layout<uint32_t> {  // [size | ends << 31, begin]
  static constexpr size_t kMeta = 2;
  static void set(uint32_t* row, size_t size, bool ends, uint32_t begin) {
    row[0] = static_cast<uint32_t>(size) | (ends ? 0x80000000u : 0u);
    row[1] = begin;
  }
  static size_t label_size(const uint32_t* row) { return row[0] & 0x7fffffffu; }
  static bool ends_literal(const uint32_t* row) { return row[0] & 0x80000000u; }
  static uint32_t label_begin(const uint32_t* row) { return row[1]; }
};

}  // namespace

// A pattern's RE2, compiled the first time it is run (by any thread): on a short text most
// patterns never are, and compiling them all was most of the time a one-article run took.
class LazyRegex {
 public:
  explicit LazyRegex(std::string pattern) : pattern_(std::move(pattern)) {}
  /// Null if RE2 rejects the pattern.
  const RE2* get() const {
    // (A flag read first: std::call_once sets up thread-local state on every call, and get() is
    // called for every try and every literal match.)
    if (!compiled_.load(std::memory_order_acquire))
      std::call_once(once_, [this] {
        RE2::Options opt;
        opt.set_log_errors(false);
        auto re = std::make_unique<RE2>(pattern_, opt);
        if (re->ok()) re_ = std::move(re);
        compiled_.store(true, std::memory_order_release);
      });
    return re_.get();
  }

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::atomic<bool> compiled_{false};
  mutable std::unique_ptr<RE2> re_;
};

struct PatternSet::Impl {
  // Per pattern. One RE2 rejects never matches: its tries find nothing. (The literals read off
  // it, whatever they are, only decide where it is tried; a pattern read as a literal that
  // needs no regex is still compiled the first time its literal is found, and its match dropped
  // if RE2 rejects it.)
  std::vector<std::unique_ptr<LazyRegex>> regexes;
  std::vector<uint32_t> anywhere;  // patterns searched everywhere
  // A trie of the opening literals, built in `next`: node n's child for byte c is
  // next[n * classes + byte_class[c]] (0: none; class 0 is the bytes of no literal).
  std::array<uint8_t, 256> byte_class{};
  size_t classes = 1;
  std::vector<uint32_t> next;
  std::vector<std::vector<uint32_t>> patterns;  // per node: those whose literal ends there
  // A chain of nodes with one child each and no literal ending in them is left out of the trie
  // (four nodes in five of the built-in triggers' trie, most of the bytes of long literals):
  // the node at its end holds the bytes of the chain, past the first, which a walk compares
  // with the text at once. They are in `labels`.
  std::string labels;
  // What the walks read, a row per node: first what the node is (Layout), then its children,
  // a number per class. With 16-bit node numbers when there are few enough nodes (the built-in
  // triggers make about 12,000). Loading the next row is most of a walk's time, in cache
  // misses: what the node is sits in the row, not in tables of its own (each a miss more), and
  // the rows are half as wide with 16-bit numbers. The one in use is not empty.
  std::vector<uint16_t> rows16;
  std::vector<uint32_t> rows32;
  // The nodes with no children (two in three of the built-in triggers' trie) have no row: what
  // they are is here (Layout's first numbers only), and their numbers come after the others',
  // `branches` of them. The table is a third as large.
  std::vector<uint16_t> leaves16;
  std::vector<uint32_t> leaves32;
  size_t branches = 0;
  // The root's child for each byte (the first step of every walk, without the class lookup and
  // the row arithmetic), when the root ends no literal (always, unless a literal is empty).
  std::array<uint32_t, 256> root_child{};
  bool root_ends_literal = true;
  std::vector<std::vector<std::string>> inner;  // per pattern: its inner literals, if any
  // Per pattern searched everywhere: its needed literals (see needed_literals), if any.
  std::vector<std::vector<std::vector<std::string>>> needed;
  std::vector<LiteralMatch> how;  // per pattern

  // Where a pattern is tried: (pattern, start of the match, its end when the trie walk found
  // the whole match (LiteralMatch other than kRegex), else 0).
  struct Try {
    uint32_t pattern;
    size_t start, found_end;
    bool operator==(const Try&) const = default;
  };

  // `literals`: (literal, pattern), ordered by pattern.
  void build_trie(const std::vector<std::pair<std::string, uint32_t>>& literals) {
    for (const auto& [literal, pattern] : literals)
      for (char c : literal)
        if (auto& k = byte_class[static_cast<unsigned char>(c)]; !k)
          k = static_cast<uint8_t>(classes++);
    // The table's size before the chains are left out, allocated once (its nodes: the distinct
    // prefixes of the literals). Grown by doubling as nodes came, it took, with the copy made at
    // each step, twice the memory at its peak: 50 MB for the built-in triggers, now 23 MB; and a
    // few more literals could cross a power of two and add 14 MB to every run's peak.
    std::vector<std::string_view> sorted;
    sorted.reserve(literals.size());
    for (const auto& literal : literals) sorted.push_back(literal.first);
    std::sort(sorted.begin(), sorted.end());
    size_t nodes = 1;
    for (size_t k = 0; k < sorted.size(); ++k) {
      size_t common = 0;
      if (k > 0)
        while (common < sorted[k].size() && common < sorted[k - 1].size() &&
               sorted[k][common] == sorted[k - 1][common])
          ++common;
      nodes += sorted[k].size() - common;
    }
    next.reserve(nodes * classes);
    patterns.reserve(nodes);
    next.assign(classes, 0);
    patterns.assign(1, {});
    for (const auto& [literal, pattern] : literals) {
      size_t n = 0;
      for (char c : literal) {
        size_t at = n * classes + byte_class[static_cast<unsigned char>(c)];
        if (!next[at]) {
          next[at] = static_cast<uint32_t>(patterns.size());
          patterns.emplace_back();
          next.resize(next.size() + classes, 0);
        }
        n = next[at];
      }
      if (patterns[n].empty() || patterns[n].back() != pattern) patterns[n].push_back(pattern);
    }
    renumber(compress());
  }

  // Leaves the chains out of the trie (see `labels`): returns the bytes each node left holds.
  std::vector<std::string> compress() {
    std::array<char, 256> byte_of{};  // per class (but 0)
    for (size_t b = 0; b < 256; ++b)
      if (byte_class[b]) byte_of[byte_class[b]] = static_cast<char>(b);
    auto only_child = [&](uint32_t n) {  // (class, child) if n has one child; else (0, 0)
      std::pair<size_t, uint32_t> only{0, 0};
      for (size_t c = 1; c < classes; ++c)
        if (uint32_t child = next[n * classes + c]) {
          if (only.second) return std::pair<size_t, uint32_t>{0, 0};
          only = {c, child};
        }
      return only;
    };
    std::vector<uint32_t> kept_next(classes, 0);
    std::vector<std::vector<uint32_t>> kept_patterns;
    std::vector<std::string> kept_labels;
    std::vector<uint32_t> queue{0};  // old numbers; the new ones are the places in it
    kept_patterns.push_back(std::move(patterns[0]));
    kept_labels.emplace_back();
    for (size_t q = 0; q < queue.size(); ++q)
      for (size_t c = 1; c < classes; ++c) {
        uint32_t end = next[queue[q] * classes + c];
        if (!end) continue;
        std::string label;
        while (patterns[end].empty() && label.size() < 0x7fff) {  // (the bound of Layout's size)
          auto [byte, child] = only_child(end);
          if (!child) break;
          label += byte_of[byte];
          end = child;
        }
        kept_next[q * classes + c] = static_cast<uint32_t>(queue.size());
        queue.push_back(end);
        kept_next.resize(kept_next.size() + classes, 0);
        kept_patterns.push_back(std::move(patterns[end]));
        kept_labels.push_back(std::move(label));
      }
    next = std::move(kept_next);
    patterns = std::move(kept_patterns);
    return kept_labels;
  }

  // Nodes renumbered for the walks' cache lines: the shallow ones, where most walks pass or end,
  // breadth first, so that they share lines; deeper ones depth first, so that a walk down a
  // literal reads consecutive rows (perf: find_all's share of the time 12.9% -> 11.4%, when the
  // chains were still in the table). `node_labels`: the bytes each node holds (see compress).
  // Fills the table the walks read.
  void renumber(const std::vector<std::string>& node_labels) {
    std::vector<uint32_t> order{0}, number(patterns.size(), 0);
    // The first two levels breadth first; below them, each subtree depth first, so that a
    // chain of single children (most of a long literal) is consecutive rows.
    size_t shallow = 0;  // nodes of depth < 2
    for (size_t q = 0, depth_end = 1, depth = 0; q < order.size() && depth < 2; ++q) {
      for (size_t c = 0; c < classes; ++c)
        if (uint32_t child = next[order[q] * classes + c]) order.push_back(child);
      if (q + 1 == depth_end) {
        ++depth;
        depth_end = order.size();
        shallow = q + 1;
      }
    }
    std::vector<uint32_t> stack;
    for (size_t q = shallow, level2_end = order.size(); q < level2_end; ++q) {
      stack.assign(1, order[q]);
      while (!stack.empty()) {
        uint32_t n = stack.back();
        stack.pop_back();
        if (n != order[q]) order.push_back(n);
        for (size_t c = classes; c-- > 0;)
          if (uint32_t child = next[n * classes + c]) stack.push_back(child);
      }
    }
    // The leaves last, in the same order: they need no children's row, only what they are.
    auto leaf = [&](uint32_t n) {
      return n != 0 && std::all_of(next.begin() + n * classes, next.begin() + (n + 1) * classes,
                                   [](uint32_t child) { return child == 0; });
    };
    branches = static_cast<size_t>(
        std::stable_partition(order.begin(), order.end(), [&](uint32_t n) { return !leaf(n); }) -
        order.begin());
    for (size_t n = 0; n < order.size(); ++n) number[order[n]] = static_cast<uint32_t>(n);
    std::vector<uint32_t> renumbered(next.size());
    std::vector<std::vector<uint32_t>> moved(patterns.size());
    for (size_t n = 0; n < order.size(); ++n) {
      for (size_t c = 0; c < classes; ++c)
        renumbered[n * classes + c] = number[next[order[n] * classes + c]];
      moved[n] = std::move(patterns[order[n]]);
    }
    next = std::move(renumbered);
    patterns = std::move(moved);
    root_ends_literal = !patterns[0].empty();
    for (size_t b = 0; b < 256; ++b) root_child[b] = next[byte_class[b]];  // row 0: the root
    std::vector<uint32_t> label_begin(order.size());
    for (size_t n = 0; n < order.size(); ++n) {
      label_begin[n] = static_cast<uint32_t>(labels.size());
      labels += node_labels[order[n]];
    }
    auto fill = [&]<typename Node>(std::vector<Node>& rows, std::vector<Node>& leaves) {
      using L = Layout<Node>;
      const size_t width = L::kMeta + classes;
      rows.assign(branches * width, 0);
      leaves.assign((order.size() - branches) * L::kMeta, 0);
      for (size_t n = 0; n < order.size(); ++n) {
        Node* row =
            n < branches ? rows.data() + n * width : leaves.data() + (n - branches) * L::kMeta;
        L::set(row, node_labels[order[n]].size(), !patterns[n].empty(), label_begin[n]);
        if (n < branches)
          for (size_t c = 0; c < classes; ++c)
            row[L::kMeta + c] = static_cast<Node>(next[n * classes + c]);
      }
    };
    if (order.size() <= UINT16_MAX + 1)
      fill(rows16, leaves16);
    else
      fill(rows32, leaves32);
    next = {};
  }

  // Where the first of the inner literals of `pattern` is in `text` at or after `from` (npos:
  // none is); `from` if the pattern has none. `quads` holds the 4-byte strings of `text`.
  size_t next_inner(std::string_view text, const QuadFilter& quads, uint32_t pattern,
                    size_t from) const {
    if (inner[pattern].empty()) return from;
    size_t out = std::string_view::npos;
    // memmem (glibc) finds a short needle without a call per occurrence of its first byte; the
    // filter spares the call for most literals, which are not in the text at all.
    for (const auto& l : inner[pattern])
      if (quads.may_contain(l))
        if (const void* at = memmem(text.data() + from, text.size() - from, l.data(), l.size()))
          out = std::min(out, static_cast<size_t>(static_cast<const char*>(at) - text.data()));
    return out;
  }

  // Whether `text` holds a literal of each set `pattern` needs. `quads` holds its 4-byte
  // strings.
  bool has_needed(std::string_view text, const QuadFilter& quads, uint32_t pattern) const {
    return holds_needed(text, quads, needed[pattern]);
  }

  // The patterns whose opening literal `text` has at its start and after each of its `spaces`,
  // as tries at the start and at each space.
  void literals_at(std::string_view text, std::span<const size_t> spaces,
                   std::vector<Try>& out) const {
    if (!rows16.empty())
      walk_all(rows16, leaves16, text, spaces, out);
    else
      walk_all(rows32, leaves32, text, spaces, out);
  }

  // The tables of a walk, read through local pointers: through the members, their addresses
  // were loaded again at every step (a try may be stored at any step, and storing one may
  // allocate).
  template <typename Node>
  struct Tables {
    const Node* rows;
    const Node* leaves;
    size_t branches;
    size_t width;  // of a row
    const uint8_t* byte_class;
    const char* labels;
    const uint32_t* root_child;
  };

  template <typename Node>
  void walk_all(const std::vector<Node>& rows, const std::vector<Node>& leaves,
                std::string_view text, std::span<const size_t> spaces,
                std::vector<Try>& out) const {
    const Tables<Node> t{
        rows.data(),       leaves.data(), branches,         Layout<Node>::kMeta + classes,
        byte_class.data(), labels.data(), root_child.data()};
    if (root_ends_literal) {
      walk<Node, false>(t, text, 0, 0, out);
      for (size_t p : spaces) walk<Node, false>(t, text, p + 1, p, out);
    } else {
      walk<Node, true>(t, text, 0, 0, out);
      for (size_t p : spaces) walk<Node, true>(t, text, p + 1, p, out);
    }
  }

  // The patterns whose opening literal `text` has at `from`, as tries at `start`. (Inlined in
  // walk_all's loop: a call per space cost more than the root table saves.) `by_root`: the first
  // step, from the root, by its own table (when the root ends no literal: always, unless a
  // literal is empty).
  template <typename Node, bool by_root>
  [[gnu::always_inline]] void walk(const Tables<Node>& t, std::string_view text, size_t from,
                                   size_t start, std::vector<Try>& out) const {
    size_t n = 0;
    size_t k = from;
    if constexpr (by_root) {
      if (k == text.size()) return;
      n = t.root_child[static_cast<unsigned char>(text[k])];
      if (!n) return;
      ++k;
    }
    using L = Layout<Node>;
    for (;;) {
      const bool leaf = n >= t.branches;
      const Node* row = leaf ? t.leaves + (n - t.branches) * L::kMeta : t.rows + n * t.width;
      if (size_t size = L::label_size(row)) {  // the rest of a chain: all its bytes, or no match
        if (text.size() - k < size) return;
        // Byte by byte: most walks end at the first (a call to memcmp cost more).
        const char* label = t.labels + L::label_begin(row);
        for (size_t i = 0; i < size; ++i)
          if (text[k + i] != label[i]) return;
        k += size;
      }
      if (L::ends_literal(row))
        for (uint32_t p : patterns[n]) {
          if (how[p] == LiteralMatch::kRegex)
            out.push_back(Try{p, start, 0});
          else if (how[p] == LiteralMatch::kLiteral || k == text.size() || !is_word_byte(text[k]))
            out.push_back(Try{p, start, k});
        }
      if (leaf || k == text.size()) return;
      n = row[L::kMeta + t.byte_class[static_cast<unsigned char>(text[k])]];
      if (!n) return;
      ++k;
    }
  }
};

PatternSet::PatternSet(const std::vector<std::string>& patterns) : impl_(std::make_unique<Impl>()) {
  std::vector<std::pair<std::string, uint32_t>> literals;
  for (size_t i = 0; i < patterns.size(); ++i) {
    MemoScope memo;
    impl_->regexes.push_back(std::make_unique<LazyRegex>(patterns[i]));
    auto opening = opening_literals(patterns[i]);
    if (opening.empty()) impl_->anywhere.push_back(static_cast<uint32_t>(i));
    impl_->how.push_back(opening.empty() ? LiteralMatch::kRegex
                                         : literal_match(patterns[i], opening));
    // Where the regex is run, a literal that opens with another adds a try the other already
    // made ("@a " and "@a air strike on"): the trie needs the shorter only. (Sorted: a literal
    // that opens another comes right before the first of those it opens.)
    if (impl_->how.back() == LiteralMatch::kRegex) {
      for (size_t k = 1; k < opening.size();) {
        if (opening[k].starts_with(opening[k - 1]))
          opening.erase(opening.begin() + static_cast<std::ptrdiff_t>(k));
        else
          ++k;
      }
    }
    impl_->inner.push_back(inner_literals(patterns[i], opening));
    impl_->needed.push_back(opening.empty() ? needed_literals(patterns[i])
                                            : std::vector<std::vector<std::string>>{});
    for (auto& l : opening) literals.emplace_back(std::move(l), static_cast<uint32_t>(i));
  }
  impl_->build_trie(literals);
}

PatternSet::~PatternSet() = default;

size_t PatternSet::prefiltered() const {
  size_t n = 0;
  for (size_t p = 0; p < impl_->regexes.size(); ++p)
    if (impl_->regexes[p]->get() &&
        std::find(impl_->anywhere.begin(), impl_->anywhere.end(), p) == impl_->anywhere.end())
      ++n;
  return n;
}

void PatternSet::find_all(std::string_view text, std::vector<PatternMatch>& out) const {
  thread_local std::vector<size_t> spaces;  // refilled, not allocated, from call to call
  spaces.clear();
  for (size_t p = text.find(' '); p != std::string_view::npos; p = text.find(' ', p + 1))
    spaces.push_back(p);
  find_all(text, spaces, out);
}

void PatternSet::find_all(std::string_view text, std::span<const size_t> spaces,
                          std::vector<PatternMatch>& out) const {
  assert(static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) == spaces.size() &&
         std::all_of(spaces.begin(), spaces.end(), [&](size_t p) { return text[p] == ' '; }));
  out.clear();
  constexpr size_t kAnywhere = SIZE_MAX;
  // (pattern, where a match may start): the text's start and each space, "(?:^| )". Kept from
  // call to call (one per thread, as find_all runs in several at once): refilled, not allocated.
  thread_local std::vector<Impl::Try> found, tries;
  found.clear();
  impl_->literals_at(text, spaces, found);
  // The 4-byte strings of the text, filled the first time an inner literal is looked for.
  thread_local QuadFilter quads;
  bool quads_filled = false;
  auto filled_quads = [&]() -> const QuadFilter& {
    if (!quads_filled) {
      quads.fill(text);
      quads_filled = true;
    }
    return quads;
  };
  // Per pattern, where the first of its inner literals is in the text, found once a call (npos:
  // none is, and the pattern cannot match at any start). Kept from call to call, told apart by
  // the call's number.
  struct FirstInner {
    uint32_t call = 0;
    size_t at = 0;
  };
  thread_local std::vector<FirstInner> first_inner;
  thread_local uint32_t call = 0;
  if (first_inner.size() != impl_->regexes.size()) {
    first_inner.assign(impl_->regexes.size(), FirstInner{});
    call = 0;
  }
  if (++call == 0) {  // (the numbers wrapped around)
    std::fill(first_inner.begin(), first_inner.end(), FirstInner{});
    call = 1;
  }
  auto first_inner_of = [&](uint32_t pattern) {
    FirstInner& f = first_inner[pattern];
    if (f.call != call) f = {call, impl_->next_inner(text, filled_quads(), pattern, 0)};
    return f.at;
  };
  // The tries of a pattern that cannot match are dropped before they are sorted (most are of
  // patterns that open with an actor, "@a ...", tried at every actor of the sentence).
  std::erase_if(found, [&](const Impl::Try& t) {
    return !t.found_end && !impl_->inner[t.pattern].empty() &&
           first_inner_of(t.pattern) == std::string_view::npos;
  });
  for (uint32_t p : impl_->anywhere) found.push_back(Impl::Try{p, kAnywhere, 0});
  // Ordered by pattern, then start, then end: the walks made them in order of start and end, so
  // they are ordered by (pattern, place in `found`), sorted as one number each (sorting the
  // tries themselves, three fields compared, was 3.5% of an extraction's time).
  thread_local std::vector<uint64_t> order;
  assert(found.size() <= UINT32_MAX);
  order.resize(found.size());
  for (size_t k = 0; k < found.size(); ++k) order[k] = uint64_t{found[k].pattern} << 32 | k;
  std::sort(order.begin(), order.end());
  tries.clear();
  for (uint64_t key : order)
    if (const Impl::Try& t = found[key & UINT32_MAX]; tries.empty() || !(tries.back() == t))
      tries.push_back(t);

  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t end = 0;    // of the pattern's last match
  size_t inner = 0;  // where the pattern's next inner literal is
  for (size_t t = 0; t < tries.size(); ++t) {
    auto [pattern, start, found_end] = tries[t];
    bool first_try = t == 0 || tries[t - 1].pattern != pattern;
    if (first_try) end = 0;
    if (found_end) {  // the walk found the whole match: no regex to run (most are "said")
      if (start >= end && impl_->regexes[pattern]->get()) {
        out.push_back(PatternMatch{pattern, start, found_end});
        end = found_end;
      }
      continue;
    }
    if (start != kAnywhere) {
      // A match has one of the pattern's inner literals somewhere after its start (the first
      // in the text, when it is not before the start).
      if (first_try || inner < start) {
        inner = impl_->inner[pattern].empty() ? start : first_inner_of(pattern);
        if (inner < start) inner = impl_->next_inner(text, filled_quads(), pattern, start);
      }
      if (inner == std::string_view::npos) continue;
    } else if (!impl_->needed[pattern].empty() &&
               !impl_->has_needed(text, filled_quads(), pattern)) {
      continue;
    }
    const RE2* regex = impl_->regexes[pattern]->get();
    if (!regex) continue;
    const RE2& re = *regex;
    auto matched = [&] {
      if (m.empty()) return false;  // as RE2's own loops: no progress past an empty match
      size_t b = static_cast<size_t>(m.data() - text.data());
      end = b + m.size();
      out.push_back(PatternMatch{pattern, b, end});
      return true;
    };
    if (start == kAnywhere) {
      while (end <= text.size() && re.Match(input, end, text.size(), RE2::UNANCHORED, &m, 1) &&
             matched()) {
      }
    } else if (start >= end && re.Match(input, start, text.size(), RE2::ANCHOR_START, &m, 1) &&
               !matched()) {
      end = kAnywhere;  // an empty match: this pattern is done
    }
  }
}

struct FirstMatching::Impl {
  struct Pattern {
    size_t index;  // as given
    std::unique_ptr<RE2> re;
    // The literals it needs (see needed_literals) but for its key set; `keyed`: whether it has a
    // key set, one of whose literals a text must hold for the pattern to be tried.
    std::vector<std::vector<std::string>> needed;
    bool keyed = false;
    // Of a pattern anchored at the start ("^(?:that )?@s ..."): what a text must start with.
    std::vector<std::string> starts;
  };
  std::vector<Pattern> patterns;  // the valid ones, in order
  // The key sets' literals, by the hash of their first four bytes: (literal, pattern).
  // (The buckets are QuadFilter's slots: its hash of four bytes.)
  static constexpr size_t kBuckets = QuadFilter::kSlots;
  std::vector<std::vector<std::pair<std::string, uint32_t>>> keys{kBuckets};
  std::array<uint64_t, kBuckets / 64> occupied{};  // the buckets that hold a literal
};

FirstMatching::FirstMatching(const std::vector<std::string>& patterns)
    : impl_(std::make_unique<Impl>()) {
  RE2::Options opt;
  opt.set_log_errors(false);
  for (size_t i = 0; i < patterns.size(); ++i) {
    MemoScope memo;
    auto re = std::make_unique<RE2>(patterns[i], opt);
    if (!re->ok()) continue;
    auto needed = needed_literals(patterns[i]);
    bool keyed = !needed.empty();
    if (keyed) {
      // The key: the set whose shortest literal is the longest (all are 4 bytes or more).
      auto key = std::max_element(needed.begin(), needed.end(), [](const auto& a, const auto& b) {
        return shortest_length(a) < shortest_length(b);
      });
      auto p = static_cast<uint32_t>(impl_->patterns.size());
      for (auto& l : *key) {
        size_t b = QuadFilter::key(l.data());
        impl_->keys[b].emplace_back(std::move(l), p);
        impl_->occupied[b / 64] |= uint64_t{1} << (b % 64);
      }
      needed.erase(key);
    }
    std::vector<std::string> starts;
    if (std::string_view(patterns[i]).starts_with('^') && alternatives(patterns[i]).size() == 1) {
      int steps = kMaxSteps;
      starts = prefixes(std::string_view(patterns[i]).substr(1), steps, kMaxExpanded);
      if (starts.size() > kMaxInner ||
          std::any_of(starts.begin(), starts.end(), [](const auto& l) { return l.empty(); }))
        starts.clear();
    }
    impl_->patterns.push_back({i, std::move(re), std::move(needed), keyed, std::move(starts)});
  }
}

FirstMatching::~FirstMatching() = default;

std::optional<size_t> FirstMatching::find(std::string_view text) const {
  // The text is searched for each pattern whose literals it holds, in turn: a pass over the
  // text finds the key literals it holds, and few patterns have theirs there. (One RE2::Set
  // of all of them searched it once, but its automaton, of every pattern at once, was built
  // anew for each kind of sentence -- most of a one-article extraction's time -- and reading it
  // missed the cache at most bytes.)
  thread_local std::vector<uint8_t> keyed;  // per pattern: a literal of its key set is here
  keyed.assign(impl_->patterns.size(), 0);
  for (size_t k = 0; k + 4 <= text.size(); ++k)
    if (size_t b = QuadFilter::key(text.data() + k); impl_->occupied[b / 64] >> (b % 64) & 1)
      for (const auto& [literal, pattern] : impl_->keys[b])
        if (text.substr(k).starts_with(literal)) keyed[pattern] = 1;
  thread_local QuadFilter quads;
  bool quads_filled = false;
  re2::StringPiece input(text.data(), text.size());
  for (size_t p = 0; p < impl_->patterns.size(); ++p) {
    const auto& pattern = impl_->patterns[p];
    if (pattern.keyed && !keyed[p]) continue;
    if (!pattern.starts.empty() &&
        std::none_of(pattern.starts.begin(), pattern.starts.end(),
                     [&](const std::string& l) { return text.starts_with(l); }))
      continue;
    if (!pattern.needed.empty()) {
      if (!quads_filled) {
        quads.fill(text);
        quads_filled = true;
      }
      if (!holds_needed(text, quads, pattern.needed)) continue;
    }
    if (RE2::PartialMatch(input, *pattern.re)) return pattern.index;
  }
  return std::nullopt;
}

}  // namespace dipline::detail
