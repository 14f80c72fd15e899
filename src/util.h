// Small helpers shared by the library's modules (not part of the public API).
#pragma once

#include <algorithm>
#include <bitset>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

namespace dipline::detail {

/// Whether `w` is one of `words`. The first bytes are compared before the rest, so that most
/// words are rejected without a call to memcmp.
inline bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [w](std::string_view x) {
    return x.size() == w.size() && (x.empty() || (x.front() == w.front() && x == w));
  });
}

/// A bitmap over (first byte, length, last byte) of a set of words: it tells most other words
/// apart without hashing them. Upper and lower case first letters count as different.
class WordFilter {
 public:
  void add(std::string_view w) {
    if (!w.empty()) bits_.set(key(w));
  }
  /// False: `w` is none of the words added; true: it may be one.
  bool may_contain(std::string_view w) const { return !w.empty() && bits_.test(key(w)); }

 private:
  static size_t key(std::string_view w) {
    return (static_cast<size_t>(static_cast<unsigned char>(w.front()) & 63) << 9) |
           (std::min<size_t>(w.size(), 15) << 5) | (static_cast<unsigned char>(w.back()) & 31);
  }
  std::bitset<64 * 16 * 32> bits_;
};

/// A fixed set of words, most other words rejected by a WordFilter before hashing.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : set_(words) {
    for (auto w : words) filter_.add(w);
  }
  bool contains(std::string_view w) const { return filter_.may_contain(w) && set_.contains(w); }

 private:
  WordFilter filter_;
  std::unordered_set<std::string_view> set_;
};

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

}  // namespace dipline::detail
