// Small helpers shared by the library's modules (not part of the public API).
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipline::detail {

/// The pieces one after another: what fmt::format("{} {}", ...) makes of strings, without
/// parsing a format string (the tagger builds an anchor text for every expression it finds).
inline std::string concat(std::initializer_list<std::string_view> pieces) {
  size_t n = 0;
  for (std::string_view p : pieces) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : pieces) out += p;
  return out;
}

/// A bitmap over (first byte, length, last byte) of a set of words: it tells most other words
/// apart without hashing them. Upper and lower case first letters count as different.
class WordFilter {
 public:
  void add(std::string_view w) {
    if (!w.empty()) words_[key(w) / 64] |= uint64_t{1} << (key(w) % 64);
  }
  /// False: `w` is none of the words added; true: it may be one.
  bool may_contain(std::string_view w) const {
    if (w.empty()) return false;
    size_t k = key(w);
    return (words_[k / 64] >> (k % 64)) & 1;  // (fewer instructions than std::bitset's test)
  }

 private:
  static size_t key(std::string_view w) {
    // The three mixed with shifts and exclusive ors, and 15 bits kept: fewer instructions than
    // fields masked one by one (a key is made ~500,000 times a pass of extraction over TBAQ).
    // The first byte's top two bits fall out ("p".."y" meet "0".."9"), and a length of 16 or
    // more mixes with the first byte: a few more false positives, never a false negative.
    return ((static_cast<size_t>(static_cast<unsigned char>(w.front())) << 9) ^ (w.size() << 5) ^
            static_cast<unsigned char>(w.back())) &
           (kBits - 1);
  }
  static constexpr size_t kBits = 64 * 16 * 32;
  std::array<uint64_t, kBits / 64> words_{};
};

/// A fixed set of words, most other words rejected by a WordFilter before hashing. The words
/// are kept in an open-addressing table (at most half full) with a short inline hash: the words
/// looked up are a few bytes long, for which std::hash's call and the bucket division of
/// std::unordered_set cost more than the comparison itself. The empty word is never contained.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words)
      : slots_(std::bit_ceil(2 * words.size() + 1)), mask_(slots_.size() - 1) {
    for (auto w : words) {
      if (w.empty() || contains(w)) continue;
      filter_.add(w);
      size_t i = hash(w) & mask_;
      while (slots_[i].data() != nullptr) i = (i + 1) & mask_;
      slots_[i] = w;
    }
  }
  // (The filter is inlined at each call, where it rejects most words; the probe is not: inlined
  // too, it made contains() too big to inline, a call for every word tested.)
  bool contains(std::string_view w) const { return filter_.may_contain(w) && probe(w); }

 private:
  [[gnu::noinline]] bool probe(std::string_view w) const {
    for (size_t i = hash(w) & mask_; slots_[i].data() != nullptr; i = (i + 1) & mask_)
      if (slots_[i] == w) return true;
    return false;
  }
  static size_t hash(std::string_view w) {  // FNV-1a
    uint64_t h = 0xcbf29ce484222325;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3;
    return static_cast<size_t>(h ^ (h >> 32));
  }
  WordFilter filter_;
  std::vector<std::string_view> slots_;  // a null data() marks an empty slot
  size_t mask_;
};

/// A fixed map from words to values, a WordSet with a value per word: most other words are
/// rejected by a WordFilter, the rest looked up in an open-addressing table (at most half full).
/// Made from any range of (word, value) pairs with distinct words, e.g. a std::unordered_map
/// that was convenient to fill.
template <typename V>
class WordMap {
 public:
  template <typename Pairs>
  explicit WordMap(const Pairs& pairs) {
    size_t n = 0;
    for (const auto& p : pairs) n += p.first.empty() ? 0 : 1;
    slots_.resize(std::bit_ceil(2 * n + 1));
    mask_ = slots_.size() - 1;
    for (const auto& [w, v] : pairs) {
      if (w.empty()) continue;
      filter_.add(w);
      size_t i = hash(w) & mask_;
      while (slots_[i].first.data() != nullptr) i = (i + 1) & mask_;
      slots_[i] = {w, v};
    }
  }
  /// False: `w` is not in the map (find gives nullptr); true: it may be.
  bool may_contain(std::string_view w) const { return filter_.may_contain(w); }
  /// The value of `w`, or nullptr. (The probe is not split out as in WordSet::contains: the
  /// gazetteer, which looks every token up, measured slower so.)
  const V* find(std::string_view w) const {
    if (!filter_.may_contain(w)) return nullptr;
    for (size_t i = hash(w) & mask_; slots_[i].first.data() != nullptr; i = (i + 1) & mask_)
      if (slots_[i].first == w) return &slots_[i].second;
    return nullptr;
  }

 private:
  static size_t hash(std::string_view w) {  // FNV-1a, as WordSet
    uint64_t h = 0xcbf29ce484222325;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3;
    return static_cast<size_t>(h ^ (h >> 32));
  }
  WordFilter filter_;
  std::vector<std::pair<std::string_view, V>> slots_;  // a null word marks an empty slot
  size_t mask_ = 0;
};

/// Whether every byte of `s` is ASCII. Eight bytes are tested at a time: most words are
/// rejected or accepted in one or two steps, where std::all_of takes a step per byte.
inline bool is_ascii(std::string_view s) {
  size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    uint64_t block;
    std::memcpy(&block, s.data() + k, 8);
    if (block & 0x8080808080808080) return false;
  }
  for (; k < s.size(); ++k)
    if (static_cast<unsigned char>(s[k]) >= 0x80) return false;
  return true;
}

/// Whether `w` is the literal `lit`. The length is known at compile time, so the comparison is
/// a few inline instructions where `==` may call std::string_view::compare.
template <size_t N>
bool equals(std::string_view w, const char (&lit)[N]) {
  if constexpr (N == 1) return w.empty();  // and no memcmp of a null pointer
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

/// Whether `w` begins with the literal `lit`; inline, like equals (std::string_view's
/// starts_with and ends_with of a literal call std::string_view::compare).
template <size_t N>
bool starts_with(std::string_view w, const char (&lit)[N]) {
  if constexpr (N == 1) return true;
  return w.size() >= N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

/// Whether `w` ends with the literal `lit`.
template <size_t N>
bool ends_with(std::string_view w, const char (&lit)[N]) {
  if constexpr (N == 1) return true;
  return w.size() >= N - 1 && std::memcmp(w.data() + w.size() - (N - 1), lit, N - 1) == 0;
}

/// Whether `w` is one of the literals `words` (`is_one_of(w, "the", "a", "an")`). Each length is
/// known at compile time, so each comparison is a few inline instructions (detail::equals); a
/// list of std::string_views cost a call of memcmp per word of the same length and first byte.
template <size_t... N>
bool is_one_of(std::string_view w, const char (&... words)[N]) {
  return (equals(w, words) || ...);
}

/// Copies `s` to `out` (not overlapping it); returns the end of the copy. Words are a few bytes
/// long: up to 16 bytes are moved as two loads and stores of 1, 4 or 8 bytes (overlapping in the
/// middle), without the call that std::memcpy of a length not known at compile time is.
inline char* copy_short(char* out, std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  auto move2 = [&]<typename Word>(Word) {  // the first and the last sizeof(Word) bytes
    Word a, b;
    std::memcpy(&a, p, sizeof a);
    std::memcpy(&b, p + n - sizeof b, sizeof b);
    std::memcpy(out, &a, sizeof a);
    std::memcpy(out + n - sizeof b, &b, sizeof b);
  };
  if (n >= 4 && n < 8) {
    move2(uint32_t{});
  } else if (n >= 8 && n <= 16) {
    move2(uint64_t{});
  } else if (n > 0 && n < 4) {
    out[0] = p[0];
    out[n / 2] = p[n / 2];
    out[n - 1] = p[n - 1];
  } else if (n > 16) {
    std::memcpy(out, p, n);
  }
  return out + n;
}

/// ASCII letters lowered; other bytes (UTF-8 included) kept.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// The surname in a person's full name: its last word, past a generational suffix ("Ferdinand
/// Marcos Jr." -> "Marcos"); the whole name when it is one word. A view into `name`.
inline std::string_view surname(std::string_view name) {
  for (std::string_view suffix : {" Jr.", " Jr", " Sr.", " Sr", " II", " III"})
    if (name.size() > suffix.size() && name.ends_with(suffix)) name.remove_suffix(suffix.size());
  size_t sp = name.find_last_of(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

/// fold_to_ascii by the Unicode decomposition of each letter: an accented Latin letter is its
/// base letter; curly quotes are straight ones. nullopt if `s` has any other character that is
/// not ASCII, or is not valid UTF-8. (Defined in text.cpp.)
std::optional<std::string> fold_by_decomposition(std::string_view s);
/// fold_to_ascii by ICU's Latin-ASCII transliterator. (Defined in text.cpp.)
std::string fold_by_transliteration(std::string_view s);

}  // namespace dipline::detail

namespace dipline {

/// A word compared with a literal, as the stages do everywhere (`w == "the"`, `lower != "of"`):
/// the literal's length is known, so the comparison is a few inline instructions, where std's
/// operator converts the literal (a strlen) and calls std::string_view::compare and memcmp
/// (~35 instructions; ~35,000 calls in a pass of the tagger over TBAQ). Unqualified lookup
/// finds it in the library's code, and overload resolution prefers it to std's operator for a
/// std::string_view and a literal (std::string and pointers still take std's).
template <size_t N>
bool operator==(std::string_view w, const char (&lit)[N]) {
  return detail::equals(w, lit);
}

}  // namespace dipline
