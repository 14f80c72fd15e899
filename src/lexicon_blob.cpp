#include "lexicon_blob.h"

#include <cstdint>
#include <stdexcept>

namespace dipline::detail {

namespace {

// Changed whenever the layout below changes: a blob of another layout is refused, not misread.
constexpr std::string_view kTag = "dipline-lexicon-2\n";

// The fewest bytes an entry takes (all its strings and lists empty): a count of entries is
// refused when the bytes left cannot hold that many.
constexpr size_t kMinString = 4;
constexpr size_t kMinActor = 11 * 4 + 4 + 1;  // 11 strings and lists, the kind, a flag
constexpr size_t kMinRole = 3 * 4 + 2;        // 3 strings, 2 date flags
constexpr size_t kMinType = 6 * 4 + 4;        // 6 strings and lists, 4 flags
constexpr size_t kMinListEntry = 2 * 4;       // a key and its list

class Writer {
 public:
  void number(uint64_t n) {
    // (No field of a lexicon comes near; the build tool stops rather than write a bad blob.)
    if (n > UINT32_MAX) throw std::length_error("a lexicon field is too long to encode");
    for (int shift = 0; shift < 32; shift += 8) out_ += static_cast<char>((n >> shift) & 0xFF);
  }
  void signed_number(int n) { number(static_cast<uint32_t>(n)); }
  void flag(bool b) { out_ += b ? '\1' : '\0'; }
  void str(std::string_view s) {
    number(s.size());
    out_ += s;
  }
  void strs(const std::vector<std::string>& v) {
    number(v.size());
    for (const auto& s : v) str(s);
  }
  void date(const std::optional<CalendarDate>& d) {
    flag(d.has_value());
    if (!d) return;
    signed_number(d->year);
    signed_number(d->month);
    signed_number(d->day);
  }
  void raw(std::string_view s) { out_ += s; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote. A read past the end sets `failed` and yields zeros and empty strings,
// so that decoding runs to its end and is refused there.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  uint32_t number() {
    if (in_.size() - at_ < 4) return fail(), 0;
    uint32_t n = 0;
    for (int k = 0; k < 4; ++k)
      n |= uint32_t{static_cast<unsigned char>(in_[at_ + static_cast<size_t>(k)])} << (8 * k);
    at_ += 4;
    return n;
  }
  int signed_number() { return static_cast<int>(number()); }
  bool flag() {
    if (at_ == in_.size() || (in_[at_] != '\0' && in_[at_] != '\1')) return fail(), false;
    return in_[at_++] != '\0';
  }
  std::string str() {
    uint32_t n = number();
    if (in_.size() - at_ < n) return fail(), std::string();
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  // A count of entries, each at least `min_size` bytes (the size of its empty form): more than
  // the bytes left could hold is a failure, and no vector is sized by a wrong count.
  uint32_t count(size_t min_size) {
    uint32_t n = number();
    if (n > (in_.size() - at_) / min_size) return fail(), 0;
    return n;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count(kMinString));
    for (auto& s : v) s = str();
    return v;
  }
  std::optional<CalendarDate> date() {
    if (!flag()) return std::nullopt;
    CalendarDate d;
    d.year = signed_number();
    d.month = signed_number();
    d.day = signed_number();
    return d;
  }
  bool starts_with(std::string_view tag) {
    if (!in_.starts_with(tag)) return false;
    at_ = tag.size();
    return true;
  }
  bool done() const { return !failed_ && at_ == in_.size(); }
  void fail() {
    failed_ = true;
    at_ = in_.size();
  }

 private:
  std::string_view in_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace

std::string encode_lexicon(const Lexicon& lex) {
  Writer w;
  w.raw(kTag);
  w.number(lex.actors.size());
  for (const LexActor& a : lex.actors) {
    w.str(a.id);
    w.str(a.name);
    w.number(static_cast<uint32_t>(a.kind));
    w.str(a.country);
    w.str(a.cameo);
    w.strs(a.names);
    w.strs(a.demonyms);
    w.str(a.adjective);
    w.flag(a.leader_office);
    w.strs(a.capitals);
    w.strs(a.cities);
    w.number(a.roles.size());
    for (const LexRole& r : a.roles) {
      w.str(r.office);
      w.str(r.title);
      w.str(r.org);
      w.date(r.from);
      w.date(r.to);
    }
    w.str(a.leader);
  }
  auto string_lists = [&](const std::map<std::string, std::vector<std::string>>& m) {
    w.number(m.size());
    for (const auto& [key, list] : m) {
      w.str(key);
      w.strs(list);
    }
  };
  string_lists(lex.offices);
  w.number(lex.event_types.size());
  for (const EventType& t : lex.event_types) {
    w.str(t.id);
    w.str(t.label);
    w.str(t.cameo);
    w.flag(t.plover.has_value());
    if (t.plover) w.str(*t.plover);
    w.str(t.summary);
    w.strs(t.triggers);
    w.strs(t.stated);
    w.flag(t.durative);
    w.flag(t.speech);
    w.flag(t.by_state);
  }
  string_lists(lex.verb_forms);
  return w.take();
}

std::optional<Lexicon> decode_lexicon(std::string_view bytes) {
  Reader r(bytes);
  if (!r.starts_with(kTag)) return std::nullopt;
  Lexicon lex;
  lex.actors.resize(r.count(kMinActor));
  for (LexActor& a : lex.actors) {
    a.id = r.str();
    a.name = r.str();
    uint32_t kind = r.number();
    if (kind > static_cast<uint32_t>(ActorKind::kGroup)) return std::nullopt;
    a.kind = static_cast<ActorKind>(kind);
    a.country = r.str();
    a.cameo = r.str();
    a.names = r.strs();
    a.demonyms = r.strs();
    a.adjective = r.str();
    a.leader_office = r.flag();
    a.capitals = r.strs();
    a.cities = r.strs();
    a.roles.resize(r.count(kMinRole));
    for (LexRole& role : a.roles) {
      role.office = r.str();
      role.title = r.str();
      role.org = r.str();
      role.from = r.date();
      role.to = r.date();
    }
    a.leader = r.str();
  }
  auto string_lists = [&](std::map<std::string, std::vector<std::string>>& m) {
    for (uint32_t n = r.count(kMinListEntry); n > 0; --n) {
      std::string key = r.str();
      if (!m.emplace(std::move(key), r.strs()).second) r.fail();  // a key twice
    }
  };
  string_lists(lex.offices);
  lex.event_types.resize(r.count(kMinType));
  for (EventType& t : lex.event_types) {
    t.id = r.str();
    t.label = r.str();
    t.cameo = r.str();
    if (r.flag()) t.plover = r.str();
    t.summary = r.str();
    t.triggers = r.strs();
    t.stated = r.strs();
    t.durative = r.flag();
    t.speech = r.flag();
    t.by_state = r.flag();
  }
  string_lists(lex.verb_forms);
  if (!r.done()) return std::nullopt;
  return lex;
}

}  // namespace dipline::detail
