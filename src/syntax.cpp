#include "dipline/syntax.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>
#include <random>

#include "lexicon_data.h"

namespace dipline {

// ---------------------------------------------------------------------------------------------
// Tags and relations

namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kDepRelCount> kDepRelNames = {
    "dep",           "acl",        "acl:relcl",    "advcl",      "advcl:relcl",  "advmod",
    "amod",          "appos",      "aux",          "aux:pass",   "case",         "cc",
    "cc:preconj",    "ccomp",      "clf",          "compound",   "compound:prt", "conj",
    "cop",           "csubj",      "csubj:outer",  "csubj:pass", "det",          "det:predet",
    "discourse",     "dislocated", "expl",         "fixed",      "flat",         "goeswith",
    "iobj",          "list",       "mark",         "nmod",       "nmod:desc",    "nmod:poss",
    "nmod:unmarked", "nsubj",      "nsubj:outer",  "nsubj:pass", "nummod",       "obj",
    "obl",           "obl:agent",  "obl:unmarked", "orphan",     "parataxis",    "punct",
    "reparandum",    "root",       "vocative",     "xcomp"};

}  // namespace

std::string_view to_string(Upos u) { return kUposNames[static_cast<size_t>(u)]; }
std::string_view to_string(DepRel r) { return kDepRelNames[static_cast<size_t>(r)]; }

std::optional<Upos> upos_from_string(std::string_view s) {
  for (size_t i = 0; i < kUposNames.size(); ++i)
    if (kUposNames[i] == s) return static_cast<Upos>(i);
  return std::nullopt;
}

std::optional<DepRel> deprel_from_string(std::string_view s) {
  for (size_t i = 0; i < kDepRelNames.size(); ++i)
    if (kDepRelNames[i] == s) return static_cast<DepRel>(i);
  auto colon = s.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return deprel_from_string(s.substr(0, colon));
}

DepRel universal(DepRel r) {
  std::string_view name = to_string(r);
  auto colon = name.find(':');
  if (colon == std::string_view::npos) return r;
  return *deprel_from_string(name.substr(0, colon));
}

std::ostream& operator<<(std::ostream& os, Upos u) { return os << to_string(u); }
std::ostream& operator<<(std::ostream& os, DepRel r) { return os << to_string(r); }

// ---------------------------------------------------------------------------------------------
// Parse

int Parse::root() const {
  for (size_t i = 0; i < head.size(); ++i)
    if (head[i] < 0) return static_cast<int>(i);
  return -1;
}

std::vector<int> Parse::dependents(int i) const {
  std::vector<int> out;
  for (size_t j = 0; j < head.size(); ++j)
    if (head[j] == i) out.push_back(static_cast<int>(j));
  return out;
}

int Parse::dependent(int i, DepRel r) const {
  bool subtypes = universal(r) == r;
  for (size_t j = 0; j < head.size(); ++j)
    if (head[j] == i && (rel[j] == r || (subtypes && universal(rel[j]) == r)))
      return static_cast<int>(j);
  return -1;
}

int Parse::marker(int i) const {
  int c = dependent(i, DepRel::kCase);
  return c >= 0 ? c : dependent(i, DepRel::kMark);
}

Arguments Parse::arguments(int i) const {
  Arguments a;
  if (i < 0 || static_cast<size_t>(i) >= size()) return a;
  for (int c : dependents(i)) {
    switch (rel[static_cast<size_t>(c)]) {
      case DepRel::kNsubj:
      case DepRel::kCsubj:
        if (a.subject < 0) a.subject = c;
        break;
      case DepRel::kNsubjPass:
      case DepRel::kCsubjPass:
        if (a.subject < 0) a.subject = c;
        a.passive = true;
        break;
      case DepRel::kAuxPass:
        a.passive = true;
        break;
      case DepRel::kObj:
        if (a.object < 0) a.object = c;
        break;
      case DepRel::kIobj:
        if (a.indirect_object < 0) a.indirect_object = c;
        break;
      case DepRel::kOblAgent:
        if (a.agent < 0) a.agent = c;
        break;
      case DepRel::kObl:
      case DepRel::kOblUnmarked:
        a.obliques.push_back(Oblique{c, marker(c)});
        break;
      case DepRel::kCcomp:
        a.clause = c;
        break;
      case DepRel::kXcomp:
        if (a.clause < 0) a.clause = c;
        break;
      default:
        break;
    }
  }
  // "Russia agreed to hold talks", "Lavrov arrived and met Blinken": the controller's subject.
  int j = i;
  for (size_t steps = 0; a.subject < 0 && steps < size(); ++steps) {
    DepRel r = rel[static_cast<size_t>(j)];
    if ((r != DepRel::kXcomp && r != DepRel::kConj) || head[static_cast<size_t>(j)] < 0) break;
    j = head[static_cast<size_t>(j)];
    for (int c : dependents(j)) {
      DepRel u = universal(rel[static_cast<size_t>(c)]);
      if (u == DepRel::kNsubj || u == DepRel::kCsubj) {
        a.subject = c;
        a.inherited = true;
        break;
      }
    }
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// CoNLL-U

namespace {

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

Result<std::vector<ConlluSentence>> read_conllu(const SourceText& src) {
  std::vector<ConlluSentence> out;
  std::vector<Diagnostic> diags;
  const std::string_view text = src.text;
  auto fail = [&](size_t offset, std::string msg) {
    if (diags.size() < 20)
      diags.push_back(make_diagnostic(src, offset, Severity::kError, std::move(msg)));
  };
  ConlluSentence cur;
  std::vector<std::pair<size_t, int>> heads;  // offset of the HEAD field, value (1-based)
  bool bad_sentence = false;
  auto finish = [&] {
    if (!cur.words.empty() && !bad_sentence) {
      const auto n = static_cast<int>(cur.words.size());
      bool ok = true;
      for (size_t i = 0; i < heads.size(); ++i) {
        if (heads[i].second > n) {
          fail(heads[i].first, fmt::format("head {} is out of range (the sentence has {} words)",
                                           heads[i].second, n));
          ok = false;
        }
        cur.gold.head[i] = heads[i].second - 1;
      }
      if (ok) out.push_back(std::move(cur));
    }
    cur = ConlluSentence{};
    heads.clear();
    bad_sentence = false;
  };
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    const size_t start = pos;
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish();
      continue;
    }
    if (line.front() == '#') continue;
    std::array<std::string_view, 10> f;
    std::array<size_t, 10> col{};
    size_t nf = 0, b = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        if (nf < f.size()) {
          f[nf] = line.substr(b, i - b);
          col[nf] = b;
        }
        ++nf;
        b = i + 1;
      }
    }
    if (nf != 10) {
      fail(start, fmt::format("expected 10 tab-separated fields, found {}", nf));
      bad_sentence = true;
      continue;
    }
    // "3-4" (a multiword token) and "3.1" (an empty node) are skipped; other ids are words.
    if (size_t sep = f[0].find_first_of("-."); sep != std::string_view::npos && sep > 0 &&
                                               parse_int(f[0].substr(0, sep)) &&
                                               parse_int(f[0].substr(sep + 1)))
      continue;
    auto id = parse_int(f[0]);
    if (!id) {
      fail(start, fmt::format("bad word id '{}'", f[0]));
      bad_sentence = true;
      continue;
    }
    if (*id != static_cast<int>(cur.words.size()) + 1) {
      fail(start, fmt::format("word id {} out of order (expected {})", *id, cur.words.size() + 1));
      bad_sentence = true;
      continue;
    }
    auto upos = upos_from_string(f[3]);
    if (!upos) {
      fail(start + col[3], fmt::format("unknown UPOS tag '{}'", f[3]));
      bad_sentence = true;
    }
    auto head = parse_int(f[6]);
    if (!head || *head < 0) {
      fail(start + col[6], fmt::format("bad head '{}'", f[6]));
      bad_sentence = true;
    }
    auto rel = deprel_from_string(f[7]);
    if (!rel) {
      fail(start + col[7], fmt::format("unknown dependency relation '{}'", f[7]));
      bad_sentence = true;
    }
    if (f[1].empty()) {
      fail(start + col[1], "empty word form");
      bad_sentence = true;
    }
    if (cur.words.empty()) cur.line = line_no;
    cur.words.emplace_back(f[1]);
    cur.gold.upos.push_back(upos.value_or(Upos::kX));
    cur.gold.head.push_back(-1);
    cur.gold.rel.push_back(rel.value_or(DepRel::kDep));
    heads.emplace_back(start + col[6], head.value_or(0));
  }
  finish();
  if (!diags.empty()) return Error{ErrorCode::kInput, "invalid CoNLL-U", std::move(diags)};
  return out;
}

void write_conllu(std::ostream& os, std::span<const std::string_view> words, const Parse& p) {
  for (size_t i = 0; i < words.size(); ++i)
    os << (i + 1) << '\t' << words[i] << "\t_\t" << p.upos[i] << "\t_\t_\t" << (p.head[i] + 1)
       << '\t' << p.rel[i] << "\t_\t_\n";
  os << '\n';
}

// ---------------------------------------------------------------------------------------------
// Words from the project's tokens

namespace {

// Length in bytes of the clitic that UD splits off the end of a token, or 0. The token's
// lowercase form has a plain apostrophe where the text may have U+2019 (3 bytes).
size_t clitic_length(std::string_view text, const Token& tok) {
  static constexpr std::array<std::string_view, 7> kClitics = {"n't", "'s",  "'m", "'d",
                                                               "'re", "'ve", "'ll"};
  std::string_view w = tok.lower;
  for (std::string_view c : kClitics) {
    if (w.size() <= c.size() || !w.ends_with(c)) continue;
    size_t curly_at = tok.end - (c.size() + 2) + c.find('\'');
    bool curly = tok.end - tok.begin >= c.size() + 2 && text.substr(curly_at, 3) == "\u2019";
    return curly ? c.size() + 2 : c.size();
  }
  return 0;
}

}  // namespace

std::vector<SyntaxWord> syntax_words(std::string_view text, const Tokens& tokens,
                                     const Sentence& sentence) {
  std::vector<SyntaxWord> out;
  for (size_t t = sentence.first_token; t < sentence.last_token && t < tokens.size(); ++t) {
    const Token& tok = tokens[t];
    size_t cut = tok.kind == TokenKind::kWord ? clitic_length(text, tok) : 0;
    size_t mid = cut ? tok.end - cut : tok.begin;  // where the (last) word begins
    if (cut) out.push_back(SyntaxWord{text.substr(tok.begin, mid - tok.begin), tok.begin, mid, t});
    out.push_back(SyntaxWord{text.substr(mid, tok.end - mid), mid, tok.end, t});
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Features: 64-bit hashes of a template id and its atoms

namespace {

constexpr uint64_t fmix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

constexpr uint64_t combine(uint64_t h, uint64_t v) {
  return fmix(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

constexpr uint64_t fnv(std::string_view s) {
  uint64_t h = 14695981039346656037ULL;
  for (char c : s) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

constexpr uint64_t kNone = 0x6e6f6e65ULL;  // an absent word or tag

struct Features {
  std::vector<uint64_t> keys;
  void clear() { keys.clear(); }
  template <typename... A>
  void add(uint64_t tmpl, A... atoms) {
    uint64_t h = fmix(tmpl + 1);
    ((h = combine(h, static_cast<uint64_t>(atoms))), ...);
    keys.push_back(h ? h : 1);  // 0 marks an empty slot
  }
};

// What the features need of a word, computed once per sentence.
struct WordInfo {
  uint64_t form = kNone;  // normalised lowercase form
  std::array<uint64_t, 4> suffix{};
  std::array<uint64_t, 3> prefix{};
  uint64_t shape = kNone;
  uint64_t flags = 0;  // capitalised, all caps, has digit, has hyphen, first word
};

// Lowercase; curly quotes straightened; digits -> 0.
std::string normalise(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c == '\xE2' && i + 2 < w.size() && w[i + 1] == '\x80') {
      char d = w[i + 2];
      if (d == '\x98' || d == '\x99') {
        s += '\'';
        i += 2;
        continue;
      }
      if (d == '\x9C' || d == '\x9D') {
        s += '"';
        i += 2;
        continue;
      }
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= '0' && c <= '9') c = '0';
    s += c;
  }
  return s;
}

std::vector<WordInfo> word_infos(std::span<const std::string_view> words) {
  std::vector<WordInfo> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    std::string n = normalise(w);
    WordInfo& x = out[i];
    x.form = fnv(n);
    std::string_view nv = n;
    for (size_t k = 0; k < x.suffix.size(); ++k)
      x.suffix[k] = fnv(nv.substr(nv.size() - std::min(nv.size(), k + 1)));
    for (size_t k = 0; k < x.prefix.size(); ++k) x.prefix[k] = fnv(nv.substr(0, k + 1));
    std::string shape;
    bool upper = false, lower = false, digit = false, hyphen = false;
    for (char c : w) {
      char s = c;
      if (c >= 'A' && c <= 'Z') {
        s = 'X';
        upper = true;
      } else if (c >= 'a' && c <= 'z') {
        s = 'x';
        lower = true;
      } else if (c >= '0' && c <= '9') {
        s = 'd';
        digit = true;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        s = 'u';
      } else if (c == '-') {
        hyphen = true;
      }
      if (shape.empty() || shape.back() != s) shape += s;
    }
    x.shape = fnv(shape);
    bool cap = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    x.flags = (cap ? 1u : 0u) | (upper && !lower ? 2u : 0u) | (digit ? 4u : 0u) |
              (hyphen ? 8u : 0u) | (i == 0 ? 16u : 0u);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Averaged perceptron: a learner (float weights, lazy averaging) and frozen weights (int16)

// Open addressing from feature keys to row numbers.
class FeatureIndex {
 public:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  void reserve(size_t n) {
    size_t cap = 16;
    while (cap * 5 < n * 8) cap *= 2;  // load factor <= 0.625
    keys_.assign(cap, 0);
    rows_.assign(cap, kEmpty);
    size_ = 0;
  }
  uint32_t find(uint64_t key) const {
    if (keys_.empty()) return kEmpty;
    const size_t mask = keys_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return rows_[i];
      if (keys_[i] == 0) return kEmpty;
    }
  }
  void insert(uint64_t key, uint32_t row) {
    if ((size_ + 1) * 8 > keys_.size() * 5) grow();
    const size_t mask = keys_.size() - 1;
    size_t i = key & mask;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
    if (keys_[i] == 0) ++size_;
    keys_[i] = key;
    rows_[i] = row;
  }

 private:
  void grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> rows = std::move(rows_);
    reserve(std::max<size_t>(16, size_ * 2));
    for (size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != 0) insert(keys[i], rows[i]);
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t size_ = 0;
};

// A shipped model knows a feature by the top 32 bits of its key (never 0). Two features may share
// them, and an unknown feature may hit one: rare (~n / 2^32 per lookup) and harmless.
constexpr uint64_t fingerprint(uint64_t key) {
  uint64_t f = key >> 32;
  return f ? f : 1;
}

// Weights as shipped: for each feature kept, its non-zero weights (class, int16 value); one scale
// per classifier.
struct Weights {
  std::vector<std::string> classes;
  float scale = 1.0f;
  // What the file holds: for feature i, its fingerprint and how many non-zero weights it has;
  // the weights in feature order.
  std::vector<uint32_t> keys;
  std::vector<uint8_t> counts;
  std::vector<uint8_t> cls;
  std::vector<int16_t> vals;
  // Built on load: open addressing from fingerprints to (first entry << 8 | count); an entry is
  // class << 16 | uint16 weight, so that a lookup touches two cache lines.
  struct Slot {
    uint32_t key = 0;
    uint32_t where = 0;
  };
  std::vector<Slot> slots;
  std::vector<uint32_t> entries;

  size_t nclasses() const { return classes.size(); }
  bool build_index() {
    if (vals.size() >= (1u << 24)) return false;
    size_t cap = 16;
    while (cap * 5 < keys.size() * 8) cap *= 2;
    slots.assign(cap, Slot{});
    entries.resize(vals.size());
    for (size_t e = 0; e < vals.size(); ++e)
      entries[e] = static_cast<uint32_t>(cls[e]) << 16 | static_cast<uint16_t>(vals[e]);
    uint32_t begin = 0;
    const size_t mask = cap - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
      size_t j = keys[i] & mask;
      while (slots[j].key != 0 && slots[j].key != keys[i]) j = (j + 1) & mask;
      slots[j] = Slot{keys[i], begin << 8 | counts[i]};
      begin += counts[i];
    }
    return begin == vals.size();
  }
  // Memory-bound: the slots of a batch of features are prefetched together, then their entries.
  void score(const Features& f, std::vector<float>& out) const {
    std::array<int32_t, 256> acc{};
    if (!slots.empty()) {
      const size_t mask = slots.size() - 1;
      constexpr size_t kBatch = 32;
      std::array<uint32_t, kBatch> fps{}, found{};
      for (size_t base = 0; base < f.keys.size(); base += kBatch) {
        const size_t n = std::min(kBatch, f.keys.size() - base);
        for (size_t i = 0; i < n; ++i) {
          fps[i] = static_cast<uint32_t>(fingerprint(f.keys[base + i]));
          __builtin_prefetch(&slots[fps[i] & mask]);
        }
        size_t nf = 0;
        for (size_t i = 0; i < n; ++i) {
          for (size_t j = fps[i] & mask; slots[j].key != 0; j = (j + 1) & mask) {
            if (slots[j].key != fps[i]) continue;
            found[nf++] = slots[j].where;
            __builtin_prefetch(&entries[slots[j].where >> 8]);
            break;
          }
        }
        for (size_t i = 0; i < nf; ++i) {
          const uint32_t begin = found[i] >> 8, end = begin + (found[i] & 0xFF);
          for (uint32_t e = begin; e < end; ++e)
            acc[entries[e] >> 16] += static_cast<int16_t>(entries[e] & 0xFFFF);
        }
      }
    }
    const size_t c = nclasses();
    out.resize(c);
    for (size_t j = 0; j < c; ++j) out[j] = static_cast<float>(acc[j]);
  }
};

class Learner {
 public:
  explicit Learner(std::vector<std::string> classes) : classes_(std::move(classes)) {}
  size_t nclasses() const { return classes_.size(); }

  void score(const Features& f, std::vector<float>& out) const {
    const size_t c = nclasses();
    out.assign(c, 0.0f);
    for (uint64_t k : f.keys) {
      uint32_t r = index_.find(k);
      if (r == FeatureIndex::kEmpty) continue;
      const float* w = &w_[static_cast<size_t>(r) * c];
      for (size_t j = 0; j < c; ++j) out[j] += w[j];
    }
  }
  // One training instance seen (the clock of the averaging).
  void tick() { ++now_; }
  void update(const Features& f, size_t truth, size_t guess) {
    if (truth == guess) return;
    for (uint64_t k : f.keys) {
      size_t r = row(k);
      ++updates_[r / nclasses()];
      bump(r + truth, 1.0f);
      bump(r + guess, -1.0f);
    }
  }
  // The averaged weights, quantized to int16; features updated fewer than `min_updates` times
  // are dropped.
  Weights freeze(int min_updates) const {
    const size_t c = nclasses();
    std::vector<double> avg(w_.size());
    double max_abs = 1e-9;
    for (size_t i = 0; i < w_.size(); ++i) {
      double total = total_[i] + static_cast<double>(now_ - stamp_[i]) * w_[i];
      avg[i] = now_ ? total / static_cast<double>(now_) : 0.0;
      max_abs = std::max(max_abs, std::abs(avg[i]));
    }
    Weights out;
    out.classes = classes_;
    out.scale = static_cast<float>(max_abs / 32767.0);
    FeatureIndex seen;
    for (size_t r = 0; r < keys_.size(); ++r) {
      if (updates_[r] < static_cast<uint32_t>(std::max(0, min_updates))) continue;
      const auto fp = static_cast<uint32_t>(fingerprint(keys_[r]));
      if (seen.find(fp) != FeatureIndex::kEmpty) continue;
      uint8_t n = 0;
      for (size_t j = 0; j < c; ++j) {
        auto q = static_cast<int16_t>(std::lround(avg[r * c + j] / max_abs * 32767.0));
        if (q == 0) continue;
        out.cls.push_back(static_cast<uint8_t>(j));
        out.vals.push_back(q);
        ++n;
      }
      if (n == 0) continue;
      seen.insert(fp, 0);
      out.keys.push_back(fp);
      out.counts.push_back(n);
    }
    out.build_index();
    return out;
  }

 private:
  size_t row(uint64_t key) {
    uint32_t r = index_.find(key);
    if (r != FeatureIndex::kEmpty) return static_cast<size_t>(r) * nclasses();
    r = static_cast<uint32_t>(keys_.size());
    keys_.push_back(key);
    index_.insert(key, r);
    w_.resize(w_.size() + nclasses(), 0.0f);
    total_.resize(w_.size(), 0.0);
    stamp_.resize(w_.size(), now_);
    updates_.push_back(0);
    return static_cast<size_t>(r) * nclasses();
  }
  void bump(size_t i, float d) {
    total_[i] += static_cast<double>(now_ - stamp_[i]) * w_[i];
    stamp_[i] = now_;
    w_[i] += d;
  }

  std::vector<std::string> classes_;
  FeatureIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<uint64_t> stamp_;
  std::vector<uint32_t> updates_;  // per feature
  uint64_t now_ = 0;
};

template <typename Scores>
size_t argmax(const Scores& s, size_t n) {
  size_t best = 0;
  for (size_t j = 1; j < n; ++j)
    if (s[j] > s[best]) best = j;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Tagger: greedy, left to right

uint64_t at(const std::vector<WordInfo>& w, int i) {
  return i >= 0 && static_cast<size_t>(i) < w.size() ? w[static_cast<size_t>(i)].form : kNone;
}

void tagger_features(const std::vector<WordInfo>& w, const std::vector<uint8_t>& tags, size_t i,
                     Features& f) {
  f.clear();
  const int n = static_cast<int>(i);
  const WordInfo& x = w[i];
  const uint64_t t1 = i >= 1 ? tags[i - 1] : kNone;
  const uint64_t t2 = i >= 2 ? tags[i - 2] : kNone;
  const WordInfo* prev = i >= 1 ? &w[i - 1] : nullptr;
  const WordInfo* next = i + 1 < w.size() ? &w[i + 1] : nullptr;
  f.add(0);
  f.add(1, x.form);
  for (size_t k = 0; k < x.suffix.size(); ++k) f.add(2 + k, x.suffix[k]);
  for (size_t k = 0; k < x.prefix.size(); ++k) f.add(6 + k, x.prefix[k]);
  f.add(9, x.shape);
  f.add(10, t1);
  f.add(11, t1, t2);
  f.add(12, t1, x.form);
  f.add(13, at(w, n - 1));
  f.add(14, prev ? prev->suffix[2] : kNone);
  f.add(15, at(w, n - 2));
  f.add(16, at(w, n + 1));
  f.add(17, next ? next->suffix[2] : kNone);
  f.add(18, at(w, n + 2));
  f.add(19, next ? next->shape : kNone);
  f.add(20, at(w, n - 1), x.form);
  f.add(21, x.form, at(w, n + 1));
  f.add(22, x.flags, x.shape);
  f.add(23, prev ? prev->shape : kNone);
  f.add(24, t1, x.suffix[2]);
  f.add(25, t1, at(w, n + 1));
  f.add(26, x.flags);
}

template <typename Model>
std::vector<uint8_t> run_tagger(const Model& m, const std::vector<WordInfo>& w) {
  std::vector<uint8_t> tags(w.size(), 0);
  Features f;
  std::vector<float> s;
  for (size_t i = 0; i < w.size(); ++i) {
    tagger_features(w, tags, i, f);
    m.score(f, s);
    tags[i] = static_cast<uint8_t>(argmax(s, m.nclasses()));
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// Parser: arc-eager without an artificial root; words left without a head at the end are roots

enum Move : uint8_t { kShift, kReduce, kLeft, kRight, kMoves };

struct ParserState {
  explicit ParserState(size_t n)
      : n(static_cast<int>(n)),
        head(n, -1),
        l1(n, -1),
        l2(n, -1),
        r1(n, -1),
        r2(n, -1),
        nl(n, 0),
        nr(n, 0) {}
  int n;
  int b = 0;  // first word of the buffer
  std::vector<int> stack;
  std::vector<int> head, l1, l2, r1, r2, nl, nr;

  bool done() const { return b >= n; }
  int s0() const { return stack.empty() ? -1 : stack.back(); }
  bool valid(int m) const {
    switch (m) {
      case kShift:
        return b < n;
      case kReduce:
        return !stack.empty() && head[static_cast<size_t>(s0())] >= 0;
      case kLeft:
        return !stack.empty() && head[static_cast<size_t>(s0())] < 0;
      case kRight:
        return !stack.empty() && b < n;
      default:
        return false;
    }
  }
  void arc(int h, int d) {
    const auto hh = static_cast<size_t>(h);
    head[static_cast<size_t>(d)] = h;
    if (d < h) {
      ++nl[hh];
      if (l1[hh] < 0 || d < l1[hh]) {
        l2[hh] = l1[hh];
        l1[hh] = d;
      } else if (l2[hh] < 0 || d < l2[hh]) {
        l2[hh] = d;
      }
    } else {
      ++nr[hh];
      if (r1[hh] < 0 || d > r1[hh]) {
        r2[hh] = r1[hh];
        r1[hh] = d;
      } else if (r2[hh] < 0 || d > r2[hh]) {
        r2[hh] = d;
      }
    }
  }
  void apply(int m) {
    switch (m) {
      case kShift:
        stack.push_back(b++);
        break;
      case kReduce:
        stack.pop_back();
        break;
      case kLeft:
        arc(b, s0());
        stack.pop_back();
        break;
      case kRight:
        arc(s0(), b);
        stack.push_back(b++);
        break;
      default:
        break;
    }
  }
  // Cost of a move under the dynamic oracle (Goldberg and Nivre 2012): the gold arcs it makes
  // unreachable. gold[i] = -1 for the root.
  int cost(int m, const std::vector<int>& gold, const std::vector<char>& on_stack) const {
    auto g = [&](int i) { return gold[static_cast<size_t>(i)]; };
    auto headless_on_stack_with_head = [&](int h) {
      int c = 0;
      for (int k : stack)
        if (head[static_cast<size_t>(k)] < 0 && g(k) == h) ++c;
      return c;
    };
    auto in_buffer_with_head = [&](int h, int from) {
      int c = 0;
      for (int k = from; k < n; ++k)
        if (g(k) == h) ++c;
      return c;
    };
    const int s = s0();
    switch (m) {
      case kShift:
        return (g(b) >= 0 && on_stack[static_cast<size_t>(g(b))] ? 1 : 0) +
               headless_on_stack_with_head(b);
      case kReduce:
        return in_buffer_with_head(s, b);
      case kLeft:
        return (g(s) < 0 || g(s) > b ? 1 : 0) + in_buffer_with_head(s, b);
      case kRight: {
        int gb = g(b);
        bool lost = gb < 0 || (gb != s && (gb > b || on_stack[static_cast<size_t>(gb)]));
        return (lost ? 1 : 0) + headless_on_stack_with_head(b);
      }
      default:
        return 1 << 20;
    }
  }
};

int dist_bucket(int d) {
  d = std::abs(d);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

void parser_features(const ParserState& st, const std::vector<WordInfo>& w,
                     const std::vector<uint8_t>& tags, Features& f) {
  f.clear();
  auto W = [&](int i) { return i >= 0 ? w[static_cast<size_t>(i)].form : kNone; };
  auto T = [&](int i) {
    return i >= 0 ? static_cast<uint64_t>(tags[static_cast<size_t>(i)]) : kNone;
  };
  auto get = [](const std::vector<int>& v, int i) {
    return i >= 0 ? v[static_cast<size_t>(i)] : -1;
  };
  const int s0 = st.s0();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  const int b0 = st.b < st.n ? st.b : -1;
  const int b1 = st.b + 1 < st.n ? st.b + 1 : -1;
  const int b2 = st.b + 2 < st.n ? st.b + 2 : -1;
  const int s0h = get(st.head, s0), s0h2 = get(st.head, s0h);
  const int s0l = get(st.l1, s0), s0l2 = get(st.l2, s0);
  const int s0r = get(st.r1, s0), s0r2 = get(st.r2, s0);
  const int b0l = get(st.l1, b0), b0l2 = get(st.l2, b0);
  const uint64_t s0w = W(s0), s0t = T(s0), b0w = W(b0), b0t = T(b0);
  const uint64_t b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2);
  const uint64_t d = s0 >= 0 && b0 >= 0 ? static_cast<uint64_t>(dist_bucket(b0 - s0)) : kNone;
  const uint64_t s0vl = s0 >= 0 ? static_cast<uint64_t>(st.nl[static_cast<size_t>(s0)]) : kNone;
  const uint64_t s0vr = s0 >= 0 ? static_cast<uint64_t>(st.nr[static_cast<size_t>(s0)]) : kNone;
  const uint64_t b0vl = b0 >= 0 ? static_cast<uint64_t>(st.nl[static_cast<size_t>(b0)]) : kNone;
  const uint64_t s0has = s0 >= 0 ? (s0h >= 0 ? 1u : 2u) : kNone;
  // Single words.
  f.add(0, s0w);
  f.add(1, s0t);
  f.add(2, s0w, s0t);
  f.add(3, b0w);
  f.add(4, b0t);
  f.add(5, b0w, b0t);
  f.add(6, b1w);
  f.add(7, b1t);
  f.add(8, b1w, b1t);
  f.add(9, b2w);
  f.add(10, b2t);
  f.add(11, b2w, b2t);
  // Pairs.
  f.add(12, s0w, s0t, b0w, b0t);
  f.add(13, s0w, s0t, b0w);
  f.add(14, s0w, b0w, b0t);
  f.add(15, s0w, s0t, b0t);
  f.add(16, s0t, b0w, b0t);
  f.add(17, s0w, b0w);
  f.add(18, s0t, b0t);
  f.add(19, b0t, b1t);
  // Three tags.
  f.add(20, b0t, b1t, b2t);
  f.add(21, s0t, b0t, b1t);
  f.add(22, T(s0h), s0t, b0t);
  f.add(23, s0t, T(s0l), b0t);
  f.add(24, s0t, T(s0r), b0t);
  f.add(25, s0t, b0t, T(b0l));
  // Distance.
  f.add(26, s0w, d);
  f.add(27, s0t, d);
  f.add(28, b0w, d);
  f.add(29, b0t, d);
  f.add(30, s0w, b0w, d);
  f.add(31, s0t, b0t, d);
  // Valency.
  f.add(32, s0w, s0vr);
  f.add(33, s0t, s0vr);
  f.add(34, s0w, s0vl);
  f.add(35, s0t, s0vl);
  f.add(36, b0w, b0vl);
  f.add(37, b0t, b0vl);
  // Heads and dependents.
  f.add(38, W(s0h));
  f.add(39, T(s0h));
  f.add(40, W(s0l));
  f.add(41, T(s0l));
  f.add(42, W(s0r));
  f.add(43, T(s0r));
  f.add(44, W(b0l));
  f.add(45, T(b0l));
  f.add(46, W(s0h2));
  f.add(47, T(s0h2));
  f.add(48, T(s0l2));
  f.add(49, T(s0r2));
  f.add(50, T(b0l2));
  f.add(51, s0t, T(s0l), T(s0l2));
  f.add(52, s0t, T(s0r), T(s0r2));
  f.add(53, s0t, T(s0h), T(s0h2));
  f.add(54, b0t, T(b0l), T(b0l2));
  // The word below s0, and whether s0 has its head.
  f.add(55, T(s1), s0t, b0t);
  f.add(56, W(s1), T(s1));
  f.add(57, s0has, s0t, b0t);
  f.add(58, s0has, s0w, b0w);
  f.add(59, b0t, b1t, T(s0l));
  f.add(60, static_cast<uint64_t>(st.stack.size() > 4 ? 4 : st.stack.size()), b0t);
}

// Words left without a head: the first that is not punctuation is the root, the others hang from
// it.
void attach_roots(std::vector<int>& head, const std::vector<uint8_t>& tags, uint8_t punct) {
  int root = -1;
  for (size_t i = 0; i < head.size(); ++i)
    if (head[i] < 0 && (root < 0 || (tags[static_cast<size_t>(root)] == punct && tags[i] != punct)))
      root = static_cast<int>(i);
  for (size_t i = 0; i < head.size(); ++i)
    if (head[i] < 0 && static_cast<int>(i) != root) head[i] = root;
}

template <typename Model>
std::vector<int> run_parser(const Model& m, const std::vector<WordInfo>& w,
                            const std::vector<uint8_t>& tags) {
  ParserState st(w.size());
  Features f;
  std::vector<float> s;
  while (!st.done()) {
    parser_features(st, w, tags, f);
    m.score(f, s);
    int best = -1;
    for (int j = 0; j < kMoves; ++j)
      if (st.valid(j) && (best < 0 || s[static_cast<size_t>(j)] > s[static_cast<size_t>(best)]))
        best = j;
    st.apply(best);
  }
  return st.head;
}

// ---------------------------------------------------------------------------------------------
// Labeller: one relation per word, given the tree, left to right

constexpr uint8_t kTagAux = static_cast<uint8_t>(Upos::kAux);
constexpr uint8_t kTagPunct = static_cast<uint8_t>(Upos::kPunct);

struct Tree {
  std::vector<std::vector<int>> children;
  explicit Tree(const std::vector<int>& head) : children(head.size()) {
    for (size_t i = 0; i < head.size(); ++i)
      if (head[i] >= 0) children[static_cast<size_t>(head[i])].push_back(static_cast<int>(i));
  }
};

void labeller_features(const std::vector<WordInfo>& w, const std::vector<uint8_t>& tags,
                       const std::vector<int>& head, const Tree& tree,
                       const std::vector<uint8_t>& labels, size_t d, Features& f) {
  f.clear();
  auto W = [&](int i) { return i >= 0 ? w[static_cast<size_t>(i)].form : kNone; };
  auto T = [&](int i) {
    return i >= 0 && static_cast<size_t>(i) < tags.size()
               ? static_cast<uint64_t>(tags[static_cast<size_t>(i)])
               : kNone;
  };
  const int di = static_cast<int>(d);
  const int h = head[d];
  const uint64_t dw = W(di), dt = T(di), hw = W(h), ht = T(h);
  const uint64_t dir = h > di ? 1 : 2;
  const uint64_t dist = static_cast<uint64_t>(dist_bucket(h - di));
  const int g = h >= 0 ? head[static_cast<size_t>(h)] : -1;
  f.add(0, dir);
  f.add(1, dw);
  f.add(2, dt);
  f.add(3, dw, dt);
  f.add(4, hw);
  f.add(5, ht);
  f.add(6, hw, ht);
  f.add(7, dt, ht, dir);
  f.add(8, dw, ht, dir);
  f.add(9, dt, hw, dir);
  f.add(10, dw, hw);
  f.add(11, dt, ht, dist, dir);
  f.add(12, T(g), ht, dt);
  f.add(13, T(di - 1), dt, T(di + 1));
  f.add(14, w[d].suffix[2], dt);
  f.add(15, d == 0 ? 1 : 0, dt);
  const auto& kids = tree.children[d];
  f.add(16, static_cast<uint64_t>(std::min<size_t>(kids.size(), 4)), dt);
  for (int c : kids) {
    f.add(17, T(c), dt, c < di ? 1 : 2);
    f.add(18, W(c), T(c), dt);
    f.add(19, W(c), T(c), ht);
  }
  // Siblings: auxiliaries ("was" makes a passive subject), and the relations already chosen.
  uint64_t taken = 0;
  int left_sibling = -1;
  if (h >= 0) {
    for (int c : tree.children[static_cast<size_t>(h)]) {
      if (c == di) continue;
      const auto cu = static_cast<size_t>(c);
      if (tags[cu] == kTagAux) f.add(20, W(c), dt, dir);
      if (c < di) {
        left_sibling = c;
        if (labels[cu] < 64) taken |= 1ULL << labels[cu];
      }
    }
  }
  f.add(21, left_sibling >= 0 ? labels[static_cast<size_t>(left_sibling)] : kNone, dt, dir);
  f.add(22, taken, dt, dir);
  f.add(23, taken, dw);
  f.add(24, T(h - 1), ht, dt);
  f.add(25, W(g), dt);
}

template <typename Model>
std::vector<uint8_t> run_labeller(const Model& m, const std::vector<WordInfo>& w,
                                  const std::vector<uint8_t>& tags, const std::vector<int>& head,
                                  size_t root_class) {
  Tree tree(head);
  std::vector<uint8_t> labels(w.size(), 0);
  Features f;
  std::vector<float> s;
  for (size_t d = 0; d < w.size(); ++d) {
    if (head[d] < 0) {
      labels[d] = static_cast<uint8_t>(root_class);
      continue;
    }
    labeller_features(w, tags, head, tree, labels, d, f);
    m.score(f, s);
    s[root_class] = -1e30f;
    labels[d] = static_cast<uint8_t>(argmax(s, m.nclasses()));
  }
  return labels;
}

std::vector<std::string> upos_classes() { return {kUposNames.begin(), kUposNames.end()}; }
std::vector<std::string> move_classes() { return {"shift", "reduce", "left", "right"}; }
std::vector<std::string> label_classes() { return {kDepRelNames.begin(), kDepRelNames.end()}; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// The model

struct SyntaxModel::Impl {
  std::string description;
  Weights tagger, parser, labeller;
  std::vector<Upos> upos;    // tagger class -> tag
  std::vector<DepRel> rels;  // labeller class -> relation
  size_t root_class = 0;
  uint8_t punct_class = 0;
};

SyntaxModel::SyntaxModel() : impl_(std::make_unique<Impl>()) {}
SyntaxModel::SyntaxModel(SyntaxModel&&) noexcept = default;
SyntaxModel& SyntaxModel::operator=(SyntaxModel&&) noexcept = default;
SyntaxModel::~SyntaxModel() = default;

bool SyntaxModel::empty() const { return impl_->tagger.keys.empty(); }
const std::string& SyntaxModel::description() const { return impl_->description; }

std::vector<Upos> SyntaxModel::tag(std::span<const std::string_view> words) const {
  std::vector<Upos> out;
  if (empty()) return std::vector<Upos>(words.size(), Upos::kX);
  for (uint8_t t : run_tagger(impl_->tagger, word_infos(words))) out.push_back(impl_->upos[t]);
  return out;
}

Parse SyntaxModel::parse(std::span<const std::string_view> words) const {
  Parse p;
  const size_t n = words.size();
  if (empty()) {
    p.upos.assign(n, Upos::kX);
    p.head.assign(n, -1);
    for (size_t i = 1; i < n; ++i) p.head[i] = 0;
    p.rel.assign(n, DepRel::kDep);
    if (n) p.rel[0] = DepRel::kRoot;
    return p;
  }
  const Impl& m = *impl_;
  auto w = word_infos(words);
  auto tags = run_tagger(m.tagger, w);
  p.head = run_parser(m.parser, w, tags);
  attach_roots(p.head, tags, m.punct_class);
  auto labels = run_labeller(m.labeller, w, tags, p.head, m.root_class);
  for (size_t i = 0; i < n; ++i) {
    p.upos.push_back(m.upos[tags[i]]);
    p.rel.push_back(m.rels[labels[i]]);
  }
  return p;
}

Parse SyntaxModel::parse(std::span<const SyntaxWord> words) const {
  std::vector<std::string_view> v;
  v.reserve(words.size());
  for (const auto& w : words) v.push_back(w.text);
  return parse(std::span<const std::string_view>(v));
}

// ---------------------------------------------------------------------------------------------
// Model files: "DIPLSYN1", little-endian

namespace {

constexpr std::string_view kMagic = "DIPLSYN1";

template <typename T>
void put(std::string& out, const T& v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));
  out.append(buf, sizeof(T));
}

void put_string(std::string& out, std::string_view s) {
  put(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

void put_weights(std::string& out, const Weights& w) {
  put(out, static_cast<uint32_t>(w.classes.size()));
  for (const auto& c : w.classes) put_string(out, c);
  put(out, w.scale);
  put(out, static_cast<uint64_t>(w.keys.size()));
  put(out, static_cast<uint64_t>(w.vals.size()));
  out.append(reinterpret_cast<const char*>(w.keys.data()), w.keys.size() * sizeof(uint32_t));
  out.append(reinterpret_cast<const char*>(w.counts.data()), w.counts.size());
  out.append(reinterpret_cast<const char*>(w.cls.data()), w.cls.size());
  out.append(reinterpret_cast<const char*>(w.vals.data()), w.vals.size() * sizeof(int16_t));
}

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool ok() const { return ok_; }
  template <typename T>
  T get() {
    T v{};
    if (!need(sizeof(T))) return v;
    std::memcpy(&v, b_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string get_string() {
    auto n = get<uint32_t>();
    if (!need(n)) return {};
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  template <typename T>
  void get_array(std::vector<T>& v, uint64_t n) {
    if (n > b_.size() / sizeof(T) || !need(static_cast<size_t>(n) * sizeof(T))) return;
    v.resize(static_cast<size_t>(n));
    std::memcpy(v.data(), b_.data() + pos_, v.size() * sizeof(T));
    pos_ += v.size() * sizeof(T);
  }
  bool at_end() const { return pos_ == b_.size(); }
  void fail() { ok_ = false; }

 private:
  bool need(size_t n) {
    if (!ok_ || b_.size() - pos_ < n) ok_ = false;
    return ok_;
  }
  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

Weights get_weights(Reader& r) {
  Weights w;
  auto nc = r.get<uint32_t>();
  if (nc > 255) {  // class ids are one byte: the file is not a model
    r.fail();
    return Weights{};
  }
  for (uint32_t i = 0; i < nc && r.ok(); ++i) w.classes.push_back(r.get_string());
  w.scale = r.get<float>();
  auto n = r.get<uint64_t>();
  auto m = r.get<uint64_t>();
  r.get_array(w.keys, n);
  r.get_array(w.counts, n);
  r.get_array(w.cls, m);
  r.get_array(w.vals, m);
  if (!r.ok()) return Weights{};
  // The counts must add up to m and the classes be in range, or scoring would read out of bounds.
  bool ok = std::all_of(w.cls.begin(), w.cls.end(), [&](uint8_t c) { return c < nc; }) &&
            std::all_of(w.keys.begin(), w.keys.end(), [](uint32_t k) { return k != 0; }) &&
            w.build_index();
  if (!ok) r.fail();
  return w;
}

}  // namespace

std::string SyntaxModel::save() const {
  std::string out(kMagic);
  put(out, uint32_t{0x01020304});
  put_string(out, impl_->description);
  put_weights(out, impl_->tagger);
  put_weights(out, impl_->parser);
  put_weights(out, impl_->labeller);
  return out;
}

Result<SyntaxModel> SyntaxModel::load(std::string_view bytes, std::string_view name) {
  auto bad = [&](std::string_view why) {
    return make_error(ErrorCode::kInput,
                      fmt::format("{}: not a dipline syntax model: {}", name, why));
  };
  if (!bytes.starts_with(kMagic)) return bad("bad magic number");
  Reader r(bytes.substr(kMagic.size()));
  if (r.get<uint32_t>() != 0x01020304) return bad("wrong byte order");
  SyntaxModel model;
  Impl& m = *model.impl_;
  m.description = r.get_string();
  m.tagger = get_weights(r);
  m.parser = get_weights(r);
  m.labeller = get_weights(r);
  if (!r.ok() || !r.at_end()) return bad("truncated or corrupt");
  for (const auto& c : m.tagger.classes) {
    auto u = upos_from_string(c);
    if (!u) return bad(fmt::format("unknown tag '{}'", c));
    if (*u == Upos::kPunct) m.punct_class = static_cast<uint8_t>(m.upos.size());
    m.upos.push_back(*u);
  }
  if (m.parser.classes != move_classes()) return bad("unknown parser moves");
  for (const auto& c : m.labeller.classes) {
    auto d = deprel_from_string(c);
    if (!d) return bad(fmt::format("unknown relation '{}'", c));
    if (*d == DepRel::kRoot) m.root_class = m.rels.size();
    m.rels.push_back(*d);
  }
  if (m.upos.empty() || m.rels.empty() || m.rels[m.root_class] != DepRel::kRoot)
    return bad("missing classes");
  return model;
}

const SyntaxModel& SyntaxModel::builtin() {
  static const SyntaxModel kModel = [] {
    std::string_view bytes = detail::builtin_syntax_model();
    if (bytes.empty()) return SyntaxModel();  // built before a model was trained
    auto m = load(bytes, "built-in syntax model");
    if (!m.ok()) {
      std::fprintf(stderr, "dipline: internal error: %s\n", m.error().message.c_str());
      std::abort();
    }
    return std::move(*m);
  }();
  return kModel;
}

// ---------------------------------------------------------------------------------------------
// Training

namespace {

struct TrainSentence {
  std::vector<WordInfo> w;
  std::vector<uint8_t> gold_tags;
  std::vector<uint8_t> auto_tags;  // jackknifed
  std::vector<int> head;
  std::vector<uint8_t> labels;
};

std::vector<TrainSentence> prepare(const std::vector<ConlluSentence>& data) {
  std::vector<TrainSentence> out;
  out.reserve(data.size());
  for (const auto& s : data) {
    TrainSentence t;
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    t.w = word_infos(words);
    for (Upos u : s.gold.upos) t.gold_tags.push_back(static_cast<uint8_t>(u));
    t.head = s.gold.head;
    for (DepRel r : s.gold.rel) t.labels.push_back(static_cast<uint8_t>(r));
    out.push_back(std::move(t));
  }
  return out;
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  double uniform() { return static_cast<double>(g_() >> 11) * 0x1.0p-53; }
  // Fisher-Yates with the generator's raw output, the same on every platform.
  void shuffle(std::vector<size_t>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<size_t>(g_() % i)]);
  }

 private:
  std::mt19937_64 g_;
};

void train_tagger_epoch(Learner& l, const std::vector<TrainSentence>& data,
                        const std::vector<size_t>& order) {
  Features f;
  std::vector<float> s;
  for (size_t k : order) {
    const auto& t = data[k];
    std::vector<uint8_t> tags(t.w.size(), 0);
    for (size_t i = 0; i < t.w.size(); ++i) {
      tagger_features(t.w, tags, i, f);
      l.score(f, s);
      auto guess = argmax(s, l.nclasses());
      l.update(f, t.gold_tags[i], guess);
      l.tick();
      tags[i] = static_cast<uint8_t>(guess);
    }
  }
}

void train_parser_epoch(Learner& l, const std::vector<TrainSentence>& data,
                        const std::vector<size_t>& order, int epoch, Rng& rng) {
  Features f;
  std::vector<float> s;
  std::vector<char> on_stack;
  for (size_t k : order) {
    const auto& t = data[k];
    ParserState st(t.w.size());
    on_stack.assign(t.w.size(), 0);
    while (!st.done()) {
      parser_features(st, t.w, t.auto_tags, f);
      l.score(f, s);
      std::array<int, kMoves> cost{};
      int min_cost = 1 << 20, guess = -1, best_gold = -1;
      for (int m = 0; m < kMoves; ++m) {
        cost[static_cast<size_t>(m)] = st.valid(m) ? st.cost(m, t.head, on_stack) : 1 << 20;
        min_cost = std::min(min_cost, cost[static_cast<size_t>(m)]);
      }
      for (int m = 0; m < kMoves; ++m) {
        if (!st.valid(m)) continue;
        const auto mu = static_cast<size_t>(m);
        if (guess < 0 || s[mu] > s[static_cast<size_t>(guess)]) guess = m;
        if (cost[mu] == min_cost && (best_gold < 0 || s[mu] > s[static_cast<size_t>(best_gold)]))
          best_gold = m;
      }
      const bool wrong = cost[static_cast<size_t>(guess)] > min_cost;
      if (wrong) l.update(f, static_cast<size_t>(best_gold), static_cast<size_t>(guess));
      l.tick();
      // Exploration: after the first epoch, follow the model's mistakes most of the time.
      int next = wrong && (epoch == 0 || rng.uniform() > 0.9) ? best_gold : guess;
      if (next == kShift || next == kRight) on_stack[static_cast<size_t>(st.b)] = 1;
      if (next == kReduce || next == kLeft) on_stack[static_cast<size_t>(st.s0())] = 0;
      st.apply(next);
    }
  }
}

void train_labeller_epoch(Learner& l, const std::vector<TrainSentence>& data,
                          const std::vector<size_t>& order, size_t root_class) {
  Features f;
  std::vector<float> s;
  for (size_t k : order) {
    const auto& t = data[k];
    Tree tree(t.head);
    std::vector<uint8_t> labels(t.w.size(), 0);
    for (size_t d = 0; d < t.w.size(); ++d) {
      if (t.head[d] < 0) {
        labels[d] = static_cast<uint8_t>(root_class);
        continue;
      }
      labeller_features(t.w, t.auto_tags, t.head, tree, labels, d, f);
      l.score(f, s);
      s[root_class] = -1e30f;
      auto guess = argmax(s, l.nclasses());
      l.update(f, t.labels[d], guess);
      l.tick();
      labels[d] = static_cast<uint8_t>(guess);
    }
  }
}

std::vector<size_t> iota_order(size_t n) {
  std::vector<size_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

void log_line(const SyntaxTrainOptions& o, const std::string& s) {
  if (o.log) *o.log << s << std::flush;
}

}  // namespace

Result<SyntaxModel> train_syntax_model(const std::vector<ConlluSentence>& train,
                                       const std::vector<ConlluSentence>& dev,
                                       const SyntaxTrainOptions& o) {
  if (train.empty()) return make_error(ErrorCode::kInput, "no training sentences");
  if (o.tagger_epochs < 1 || o.parser_epochs < 1 || o.labeller_epochs < 1)
    return make_error(ErrorCode::kUsage, "every epoch count must be at least 1");
  auto data = prepare(train);
  auto dev_data = prepare(dev);
  Rng rng(o.seed);
  const size_t root_class = static_cast<size_t>(DepRel::kRoot);
  SyntaxModel model;
  SyntaxModel::Impl& m = *model.impl_;
  for (size_t i = 0; i < kUposCount; ++i) m.upos.push_back(static_cast<Upos>(i));
  for (size_t i = 0; i < kDepRelCount; ++i) m.rels.push_back(static_cast<DepRel>(i));
  m.root_class = root_class;
  m.punct_class = static_cast<uint8_t>(Upos::kPunct);
  const int min_updates = o.min_updates;

  auto tag_accuracy = [&](const Weights& w, const std::vector<TrainSentence>& d) {
    size_t ok = 0, n = 0;
    for (const auto& t : d) {
      auto tags = run_tagger(w, t.w);
      for (size_t i = 0; i < tags.size(); ++i, ++n) ok += tags[i] == t.gold_tags[i];
    }
    return n ? 100.0 * static_cast<double>(ok) / static_cast<double>(n) : 0.0;
  };

  // 1. Tags for the parser's training data from taggers that did not see them (jackknifing).
  const auto k = static_cast<size_t>(std::max(1, o.jackknife));
  if (k == 1) {
    for (auto& t : data) t.auto_tags = t.gold_tags;
  } else {
    for (size_t fold = 0; fold < k; ++fold) {
      Learner l(upos_classes());
      std::vector<size_t> order;
      for (size_t i = 0; i < data.size(); ++i)
        if (i % k != fold) order.push_back(i);
      for (int e = 0; e < o.tagger_epochs; ++e) {
        rng.shuffle(order);
        train_tagger_epoch(l, data, order);
      }
      Weights w = l.freeze(min_updates);
      for (size_t i = fold; i < data.size(); i += k) data[i].auto_tags = run_tagger(w, data[i].w);
      log_line(o, fmt::format("jackknife fold {}/{} tagged\n", fold + 1, k));
    }
  }
  // 2. The tagger.
  {
    Learner l(upos_classes());
    auto order = iota_order(data.size());
    for (int e = 0; e < o.tagger_epochs; ++e) {
      rng.shuffle(order);
      train_tagger_epoch(l, data, order);
      if (!dev_data.empty() || e + 1 == o.tagger_epochs) m.tagger = l.freeze(min_updates);
      if (!dev_data.empty())
        log_line(o, fmt::format("tagger epoch {}: dev UPOS {:.2f}\n", e + 1,
                                tag_accuracy(m.tagger, dev_data)));
    }
  }
  for (auto& t : dev_data) t.auto_tags = run_tagger(m.tagger, t.w);
  // 3. The parser.
  {
    Learner l(move_classes());
    auto order = iota_order(data.size());
    for (int e = 0; e < o.parser_epochs; ++e) {
      rng.shuffle(order);
      train_parser_epoch(l, data, order, e, rng);
      if (!dev_data.empty() || e + 1 == o.parser_epochs) m.parser = l.freeze(min_updates);
      if (!dev_data.empty()) {
        size_t ok = 0, n = 0;
        for (const auto& t : dev_data) {
          auto head = run_parser(m.parser, t.w, t.auto_tags);
          attach_roots(head, t.auto_tags, m.punct_class);
          for (size_t i = 0; i < head.size(); ++i, ++n) ok += head[i] == t.head[i];
        }
        log_line(o, fmt::format("parser epoch {}: dev UAS {:.2f}\n", e + 1,
                                100.0 * static_cast<double>(ok) / static_cast<double>(n)));
      }
    }
  }
  // 4. The labeller, on gold trees.
  {
    Learner l(label_classes());
    auto order = iota_order(data.size());
    for (auto& t : dev_data) {
      t.head = run_parser(m.parser, t.w, t.auto_tags);
      attach_roots(t.head, t.auto_tags, m.punct_class);
    }
    for (int e = 0; e < o.labeller_epochs; ++e) {
      rng.shuffle(order);
      train_labeller_epoch(l, data, order, root_class);
      if (!dev_data.empty() || e + 1 == o.labeller_epochs) m.labeller = l.freeze(min_updates);
      if (!dev_data.empty()) {
        size_t ok = 0, n = 0;
        for (size_t j = 0; j < dev_data.size(); ++j) {
          const auto& t = dev_data[j];
          auto labels = run_labeller(m.labeller, t.w, t.auto_tags, t.head, root_class);
          for (size_t i = 0; i < labels.size(); ++i, ++n)
            ok += t.head[i] == dev[j].gold.head[i] &&
                  universal(static_cast<DepRel>(labels[i])) == universal(dev[j].gold.rel[i]);
        }
        log_line(o, fmt::format("labeller epoch {}: dev LAS {:.2f}\n", e + 1,
                                100.0 * static_cast<double>(ok) / static_cast<double>(n)));
      }
    }
  }
  for (const Weights* w : {&m.tagger, &m.parser, &m.labeller}) {
    // build_index() refuses tables of 2^24 weights or more: such a model would score nothing.
    if (!w->vals.empty() && w->slots.empty())
      return make_error(ErrorCode::kInput,
                        fmt::format("the model has too many weights ({}; at most {}): raise "
                                    "--min-updates",
                                    w->vals.size(), (1u << 24) - 1));
    log_line(o, fmt::format("{} classes: {} features, {} weights\n", w->nclasses(), w->keys.size(),
                            w->vals.size()));
  }
  m.description = fmt::format(
      "dipline syntax model: UPOS tagger, arc-eager parser, labeller (averaged perceptrons). "
      "Trained on {} sentences; epochs tagger {}, parser {}, labeller {}; jackknife {}; seed "
      "{}.{}{}",
      train.size(), o.tagger_epochs, o.parser_epochs, o.labeller_epochs, k, o.seed,
      o.note.empty() ? "" : " ", o.note);
  return model;
}

SyntaxScores evaluate_syntax(const SyntaxModel& model, const std::vector<ConlluSentence>& gold) {
  SyntaxScores s;
  for (const auto& g : gold) {
    std::vector<std::string_view> words(g.words.begin(), g.words.end());
    Parse p = model.parse(std::span<const std::string_view>(words));
    for (size_t i = 0; i < words.size(); ++i) {
      ++s.words;
      s.upos += p.upos[i] == g.gold.upos[i];
      bool head = p.head[i] == g.gold.head[i];
      s.uas += head;
      s.las += head && universal(p.rel[i]) == universal(g.gold.rel[i]);
    }
  }
  return s;
}

}  // namespace dipline
