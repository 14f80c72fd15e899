// Small helpers shared by the library's modules (not part of the public API).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dipline::detail {

/// Whether `w` is one of `words`. The first bytes are compared before the rest, so that most
/// words are rejected without a call to memcmp.
inline bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [w](std::string_view x) {
    return x.size() == w.size() && (x.empty() || (x.front() == w.front() && x == w));
  });
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

}  // namespace dipline::detail
