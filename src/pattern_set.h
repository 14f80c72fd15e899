// Where many regular expressions match a text, without searching the whole text with each: a
// pattern that opens with "(?:^| )" (a match starts the text or at a space) and then with
// literal words ("(?:^| )(?:said|told) ...", "(?:^| )in a statement\b") can only match at the
// spaces followed by one of those literals. A trie of the literals read off the patterns gives,
// per space, the few patterns to try there, anchored, if the text also has one of the literals
// the pattern needs further on ("call with @a") after that space. Other patterns are searched
// everywhere.
// The matches are those of RE2 searching each pattern from the start of the text, one match after
// another. FirstMatching tells which of many patterns matches a text first in their order, in one
// pass over the text. Not part of the public API.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dipline::detail {

struct PatternMatch {
  size_t pattern = 0;  ///< index into the patterns given
  size_t begin = 0, end = 0;
  bool operator==(const PatternMatch&) const = default;
};

/// Which 4-byte strings a text holds, hashed into 4,096 slots: a string whose first or last four
/// bytes the text lacks is not in it. False positives (a few percent for a sentence), never false
/// negatives. PatternSet asks it before searching a sentence for a pattern's inner literal: most
/// of those searches find nothing, and a search is a memmem call of some 300 instructions.
/// A slot holds the number of the fill that last set it (a byte each: setting one is a single
/// store, where a bit was a load, a shift and a store; and a fill need not clear the slots, but
/// once in 255 fills when the number wraps around).
class QuadFilter {
 public:
  /// Forgets the last text; remembers the 4-byte strings of `text`.
  void fill(std::string_view text) {
    if (++fill_ == 0) {  // the numbers wrapped around: clear the slots of older fills
      slots_.fill(0);
      fill_ = 1;
    }
    size_t k = 0;
    // The number in a local: a byte stored into the slots may alias the member, which was
    // loaded again after every store.
    const uint8_t fill = fill_;
    uint8_t* const slots = slots_.data();
    // Five windows from each 8-byte load, instead of a load per window (filling was most of the
    // filter's cost). Shifted out of a little-endian load, a window is the number key() loads.
    if constexpr (std::endian::native == std::endian::little)
      for (; k + 8 <= text.size(); k += 5) {
        uint64_t x;
        std::memcpy(&x, text.data() + k, 8);
        for (int shift = 0; shift <= 32; shift += 8)
          slots[hash(static_cast<uint32_t>(x >> shift))] = fill;
      }
    for (; k + 4 <= text.size(); ++k) slots[key(text.data() + k)] = fill;
  }
  /// False: `s` is not in the text; true: it may be (always, for a string under four bytes).
  bool may_contain(std::string_view s) const {
    return s.size() < 4 || (test(key(s.data())) && test(key(s.data() + s.size() - 4)));
  }

  static constexpr size_t kSlots = 4096;
  /// The slot of the four bytes at `p`.
  static uint32_t key(const char* p) {
    uint32_t x;
    std::memcpy(&x, p, 4);
    return hash(x);
  }

 private:
  static uint32_t hash(uint32_t x) {
    return (x * 0x9E3779B1u) >> 20;
  }  // Fibonacci hashing: 12 bits
  bool test(uint32_t k) const { return slots_[k] == fill_; }
  std::array<uint8_t, kSlots> slots_{};  // the fill that set each slot, 0 none
  uint8_t fill_ = 1;                     // the number of the last fill (an empty filter: 1)
};

class PatternSet {
 public:
  /// `patterns` in RE2 syntax; one RE2 rejects never matches.
  explicit PatternSet(const std::vector<std::string>& patterns);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  /// Every match of every pattern in `text`, ordered by pattern, then position: for each pattern
  /// the leftmost-first match, then the next one from its end, and so on (an empty match ends the
  /// pattern's search).
  void find_all(std::string_view text, std::vector<PatternMatch>& out) const;

  /// The same, for a caller that knows where the spaces of `text` are: `spaces` holds the
  /// position of every ' ' in `text`, in order (and nothing else), which spares a search for
  /// them.
  void find_all(std::string_view text, std::span<const size_t> spaces,
                std::vector<PatternMatch>& out) const;

  /// How many valid patterns are tried only where their literals are (the rest everywhere).
  /// For tests: it compiles every pattern.
  size_t prefiltered() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The first of a list of patterns that matches somewhere in a text, as RE2::PartialMatch with
/// each in turn would find it, but trying only those whose literals the text holds (found in
/// one pass over it).
class FirstMatching {
 public:
  /// `patterns` in RE2 syntax; one RE2 rejects never matches.
  explicit FirstMatching(const std::vector<std::string>& patterns);
  ~FirstMatching();
  FirstMatching(const FirstMatching&) = delete;
  FirstMatching& operator=(const FirstMatching&) = delete;

  /// The index of the first pattern (in the order given) that matches in `text`.
  std::optional<size_t> find(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dipline::detail
