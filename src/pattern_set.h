// Which of many regular expressions can match a text, without running them all: RE2's
// FilteredRE2 reduces each pattern to the literal strings ("atoms") a match must contain, one
// pass over the text finds the atoms (Hyperscan's literal matcher, or a plain search where the
// CPU lacks what Hyperscan needs), and only the patterns whose atoms are there are candidates.
// A prefilter: the caller runs each candidate's own RE2. Texts must be lowercase. Cheap to build
// (unlike a full Hyperscan or RE2::Set automaton of the patterns). Not part of the public API.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace dipline::detail {

class PatternSet {
 public:
  /// `patterns` in RE2 syntax; those RE2 rejects are left out (never candidates).
  explicit PatternSet(const std::vector<std::string>& patterns);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  /// Indices (into `patterns`) of the patterns that may match somewhere in the lowercase `text`,
  /// ascending: every pattern that matches is among them.
  void candidates(std::string_view text, std::vector<int>& out) const;

  /// The compiled RE2 of pattern `index`, nullptr if RE2 rejected it. Valid as long as the set.
  const re2::RE2* regex(size_t index) const;

  /// Whether Hyperscan finds the atoms (else a plain search).
  bool uses_hyperscan() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dipline::detail
