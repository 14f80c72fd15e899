#include "pattern_set.h"

#include <hs/hs.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#include <atomic>
#include <cstdint>

namespace dipline::detail {

namespace {

// Scratch space of the calling thread, grown to fit every database it has scanned with. The
// database is known by the serial number of its PatternSet (an address could be reused by a
// later set).
struct Scratch {
  hs_scratch_t* space = nullptr;
  uint64_t last = 0;
  Scratch() = default;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() {
    if (space) hs_free_scratch(space);
  }
  hs_scratch_t* for_database(const hs_database_t* db, uint64_t serial) {
    if (serial != last) {
      if (hs_alloc_scratch(db, &space) != HS_SUCCESS) return nullptr;
      last = serial;
    }
    return space;
  }
};

int on_atom(unsigned int id, unsigned long long /*from*/, unsigned long long /*to*/,
            unsigned int /*flags*/, void* context) {
  static_cast<std::vector<int>*>(context)->push_back(static_cast<int>(id));
  return 0;  // go on: every atom present is wanted
}

}  // namespace

struct PatternSet::Impl {
  re2::FilteredRE2 filter{3};
  std::vector<int> pattern_of;  // FilteredRE2 id -> index into the patterns given
  std::vector<int> id_of;       // index into the patterns given -> FilteredRE2 id, -1: invalid
  std::vector<std::string> atoms;
  hs_database_t* db = nullptr;
  uint64_t serial = next_serial();
  static uint64_t next_serial() {
    static std::atomic<uint64_t> n{0};
    return ++n;
  }
  ~Impl() {
    if (db) hs_free_database(db);
  }
};

PatternSet::PatternSet(const std::vector<std::string>& patterns) : impl_(std::make_unique<Impl>()) {
  RE2::Options opt;
  opt.set_log_errors(false);
  impl_->id_of.assign(patterns.size(), -1);
  for (size_t i = 0; i < patterns.size(); ++i) {
    int id = 0;
    if (impl_->filter.Add(patterns[i], opt, &id) == RE2::NoError) {
      impl_->pattern_of.push_back(static_cast<int>(i));
      impl_->id_of[i] = id;
    }
  }
  if (impl_->pattern_of.empty()) return;  // nothing to match (RE2 would complain)
  impl_->filter.Compile(&impl_->atoms);
  if (impl_->atoms.empty() || hs_valid_platform() != HS_SUCCESS) return;
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned int> flags(impl_->atoms.size(), HS_FLAG_SINGLEMATCH), ids;
  for (size_t i = 0; i < impl_->atoms.size(); ++i) {
    exprs.push_back(impl_->atoms[i].data());
    lens.push_back(impl_->atoms[i].size());
    ids.push_back(static_cast<unsigned int>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned int>(exprs.size()), HS_MODE_BLOCK, nullptr,
                           &impl_->db, &err) != HS_SUCCESS) {
    hs_free_compile_error(err);
    impl_->db = nullptr;  // the plain search does the job
  }
}

PatternSet::~PatternSet() = default;

bool PatternSet::uses_hyperscan() const { return impl_->db != nullptr; }

const RE2* PatternSet::regex(size_t index) const {
  if (index >= impl_->id_of.size() || impl_->id_of[index] < 0) return nullptr;
  return &impl_->filter.GetRE2(impl_->id_of[index]);
}

void PatternSet::candidates(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (impl_->pattern_of.empty()) return;
  std::vector<int> found;
  bool scanned = false;
  if (impl_->db) {
    thread_local Scratch scratch;
    if (hs_scratch_t* space = scratch.for_database(impl_->db, impl_->serial))
      scanned = hs_scan(impl_->db, text.data(), static_cast<unsigned int>(text.size()), 0, space,
                        on_atom, &found) == HS_SUCCESS;
  }
  if (!scanned) {
    found.clear();
    for (size_t i = 0; i < impl_->atoms.size(); ++i)
      if (text.find(impl_->atoms[i]) != std::string_view::npos)
        found.push_back(static_cast<int>(i));
  }
  std::sort(found.begin(), found.end());
  std::vector<int> potential;
  impl_->filter.AllPotentials(found, &potential);
  for (int id : potential) out.push_back(impl_->pattern_of[static_cast<size_t>(id)]);
  std::sort(out.begin(), out.end());
}

}  // namespace dipline::detail
