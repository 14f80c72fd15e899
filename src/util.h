// Small helpers shared by the library's modules (not part of the public API).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dipline::detail {

/// Whether `w` is one of `words`.
inline bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

/// ASCII letters lowered; other bytes (UTF-8 included) kept.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace dipline::detail
