#include "dipline/pipeline.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cassert>
#include <cctype>
#include <iterator>
#include <map>
#include <set>

#include "util.h"

namespace dipline {

namespace {

// A sentence that opens with a quotation mark: '"If anything, ..." he told NOS.'
bool opens_quote(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\u201c") || s.starts_with("\u00ab");
}

// Per token: whether it lies inside quotation marks. Quotes do not run past a paragraph.
std::vector<bool> quoted_tokens(std::string_view text, const Tokens& toks) {
  std::vector<bool> out(toks.size(), false);
  bool open = false;
  const Token* const t = toks.begin();
  for (size_t i = 0; i < toks.size(); ++i) {
    // Outside quotes, words pass in a loop of their own (a blank line before one changes
    // nothing there).
    if (!open)
      while (i < toks.size() && t[i].kind != TokenKind::kPunct) ++i;
    if (i == toks.size()) break;
    if (t[i].paragraph_before) open = false;
    // Quotation marks are punctuation tokens (a word or number starts with a letter or digit):
    // words, most tokens, skip the compares. (Only the few quoted ones are written: a store into
    // a std::vector<bool> is a read, a mask and a write.)
    if (t[i].kind != TokenKind::kPunct) {
      if (open) out[i] = true;
      continue;
    }
    std::string_view s = text.substr(t[i].begin, t[i].end - t[i].begin);
    using detail::equals;  // inline compares: this runs for every token of the article
    if (equals(s, "\u201c") || equals(s, "\u00ab") || equals(s, "``")) {
      open = true;
    } else if (equals(s, "\u201d") || equals(s, "\u00bb") || equals(s, "''")) {
      open = false;
    } else if (equals(s, "\"")) {
      open = !open;
    } else {
      if (open) out[i] = true;
    }
  }
  return out;
}

// Page chrome, captions, bylines and headlines: text that is not the story. A sentence is taken
// for chrome when it opens with a label ("Related:", "Photo:", "Read more") or when it is a line
// of its own that does not end like a sentence.
bool is_chrome(std::string_view text, const Tokens& toks, const Sentence& s) {
  static const std::vector<std::vector<std::string_view>> kLabels = {{"related"},
                                                                     {"read", "more"},
                                                                     {"source", ":"},
                                                                     {"photo"},
                                                                     {"photograph"},
                                                                     {"file", "photo"},
                                                                     {"media", "caption"},
                                                                     {"video", "caption"},
                                                                     {"image"},
                                                                     {"caption"},
                                                                     {"advertisement"},
                                                                     {"share"},
                                                                     {"follow", "us"},
                                                                     {"sign", "up"},
                                                                     {"subscribe"},
                                                                     {"copyright"},
                                                                     {"post", "a", "comment"},
                                                                     {"previous", "post"},
                                                                     {"next", "post"},
                                                                     {"click", "here"},
                                                                     {"watch", ":"},
                                                                     {"listen", ":"},
                                                                     {"by"},
                                                                     {"\u00a9"},
                                                                     {"also", "read"},
                                                                     {"recommended"},
                                                                     {"more", "on"},
                                                                     {"updated"},
                                                                     {"published"},
                                                                     {"have", "your", "say"}};
  // Their first words: most sentences open with none of them.
  static const detail::WordFilter kFirstWords = [] {
    detail::WordFilter f;
    for (const auto& label : kLabels) f.add(label.front());
    return f;
  }();
  bool labelled =
      s.first_token < s.last_token && kFirstWords.may_contain(toks[s.first_token].lower);
  for (const auto& label : kLabels) {
    if (!labelled) break;
    if (s.first_token + label.size() > s.last_token) continue;
    bool match = true;
    for (size_t k = 0; k < label.size() && match; ++k)
      match = toks[s.first_token + k].lower == label[k];
    // "By" opens a byline only when the line is short ("By Jane Roe"), not "By Monday, ...".
    if (match && label[0] == "by" && s.last_token - s.first_token > 6) match = false;
    if (match) return true;
  }
  const Token& last = toks[s.last_token - 1];
  std::string_view end = text.substr(last.begin, last.end - last.begin);
  // ("... in a post on X.", "... in Washington, D.C.": the full stop of an abbreviation or
  // an initial ends the sentence too.)
  bool ends_like_sentence = end.ends_with('.') || end == "!" || end == "?" || end == "\"" ||
                            end == "\u201d" || end == "'" || end == "''" || end == "\u2019" ||
                            end == ")";
  // A quotation mark ends a sentence when a full stop (or ! or ?) closes what it quotes: not
  // the deck 'Beijing calls its actions "professional and restrained"'.
  if ((end == "\"" || end == "\u201d" || end == "''") && s.last_token >= s.first_token + 2) {
    const Token& before = toks[s.last_token - 2];
    std::string_view b = text.substr(before.begin, before.end - before.begin);
    ends_like_sentence = b.ends_with('.') || b == "!" || b == "?" || b == "," || b == "\u2026";
  }
  bool own_line = (s.first_token == 0 || toks[s.first_token].newline_before) &&
                  (s.last_token == toks.size() || toks[s.last_token].newline_before);
  // A photo caption places its people in the picture: "Mark Ellison, center, is greeted by",
  // "Xi (right) shakes hands with". (Not "(R)", a senator's party.)
  if (own_line)
    for (size_t i = s.first_token + 1; i + 1 < s.last_token; ++i)
      if (detail::is_one_of(toks[i].lower, "center", "centre", "left", "right") &&
          ((toks[i - 1].lower == "," && toks[i + 1].lower == ",") ||
           (toks[i - 1].lower == "(" && toks[i + 1].lower == ")")))
        return true;
  return own_line && !ends_like_sentence;
}

// Whether sentence `s` ends with the credit of a photograph ("(AP Photo/Efrem Lukatsky)",
// "REUTERS/Kevin Lamarque/File Photo", "Photo: Reuters", "AFP via Getty Images"): the paragraph
// it ends is a caption, which shows the news but does not tell it.
bool ends_with_photo_credit(std::string_view text, const Tokens& toks, const Sentence& s) {
  // (REUTERS in capitals opening a sentence: "a Reuters/Ipsos poll" is news. No counted
  // repeats: they multiply the states of RE2's automaton; the window is short anyway.)
  static const RE2 kCredit(
      R"((?:\((?:[A-Z][\w.]* )?(?i:photo|photograph|picture|image|file photo)s?\b[^()]*\))"
      R"(|\b(?i:photo|photograph|picture|image)(?i: credit)?: [^.:]+)"
      R"(|(?:^|[.] )REUTERS/\w[^\n]*|\b(?:AFP|EPA|AP|Anadolu|Xinhua)(?: via| /)? Getty Images)"
      R"(|\bGetty Images)\W*$)");
  size_t end = toks[s.last_token - 1].end;
  size_t begin = std::max<size_t>(toks[s.first_token].begin, end > 120 ? end - 120 : 0);
  std::string_view window = text.substr(begin, end - begin);
  // Most paragraphs end with no credit: the search only where the end holds what a credit
  // ends with ("/", ":", ")", "Images") and the window one of its words.
  std::string_view tail = window.substr(window.size() > 40 ? window.size() - 40 : 0);
  // (A loop of its own: find_first_of calls memchr for each byte.)
  if (std::none_of(tail.begin(), tail.end(),
                   [](char c) { return c == '/' || c == ':' || c == ')'; }) &&
      !tail.ends_with("Images"))
    return false;
  auto has = [&](std::string_view w) { return window.find(w) != std::string_view::npos; };
  if (!has("hoto") && !has("HOTO") && !has("Pictur") && !has("PICTUR") && !has("Image") &&
      !has("IMAGE") && !has("REUTERS/") && !has("Getty"))
    return false;
  return RE2::PartialMatch(window, kCredit);
}

// The entries of a live blog, as byte ranges of `text` from `from`: a blog opens each entry
// with its clock time on a line of its own ("17:41 | Netanyahu speaks to Putin", "09:25 -
// F-16 crashes"); an entry runs to the next stamp or to a heading without one ("Background").
// A blog: three stamps at least, and at least half of them, each followed by a paragraph of news
// (not a timetable's or a scoreboard's lines), and no heading that names a day between them.
std::vector<std::pair<size_t, size_t>> live_blog_entries(std::string_view text, size_t from) {
  static const RE2 kStamp(
      R"(\s*\**(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?i:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|et|ist))?\**\s*)"
      R"((?:\||\x{2014}|\x{2013}|-)\s+[A-Z].*)");
  // (A heading with a day in it makes a blog of several days, which no one day dates.)
  static const RE2 kDay(
      R"((?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|)"
      R"(march|april|may|june|july|august|september|october|november|december)\b)");
  std::vector<std::pair<size_t, size_t>> entries;
  size_t told = 0;  // stamps with a paragraph of news after them
  bool open = false, days = false, after_stamp = false;
  for (size_t b = from, e; b < text.size(); b = e + 1) {
    e = std::min(text.find('\n', b), text.size());
    std::string_view line = text.substr(b, e - b);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    bool stamp = line.size() < 200 && RE2::FullMatch(line, kStamp);
    // (A heading: a short line that does not end as a sentence does.)
    char last = line.back();
    bool heading = !stamp && line.size() < 70 &&
                   std::string_view(".?!\":").find(last) == std::string_view::npos &&
                   !line.ends_with("\u201d");
    // (A timetable's or a scoreboard's lines follow one another; a blog's stamp opens a
    // paragraph of its own.)
    if (after_stamp && !stamp && !heading && line.size() > 100) ++told;
    after_stamp = stamp;
    if (heading && !entries.empty() && RE2::PartialMatch(line, kDay)) days = true;
    if (open && (stamp || heading)) {
      entries.back().second = b;
      open = false;
    }
    if (stamp) {
      entries.emplace_back(b, text.size());
      open = true;
    }
  }
  if (told < 3 || 2 * told < entries.size() || days) entries.clear();
  return entries;
}

// The reports of a broadcast monitor's digest, each headed by the line that names its source
// and when it went out: "Source: Iraqi TV, Baghdad, in Arabic 1700 gmt 4 Sep 96", "Paris AFP
// in English 1432 GMT 3 Sep 96", "Prague, Czechoslovak Home Service, in Czech, 1730 GMT, 5 July
// 1951--(Text)". What a report says "today" or "yesterday" is of its broadcast's day, not the
// digest's, and it was filed from the station's city. Each: the byte after the line, the day (in
// the week up to publication) and the source's last part before the language (its city).
struct MonitorReport {
  size_t after = 0;
  CalendarDate day;
  std::string_view place;
  std::string_view source;  // the whole source, before the language
};
std::vector<MonitorReport> monitor_reports(std::string_view text, size_t from,
                                           CalendarDate published) {
  // (In a language monitors name: not "Missiles launched in Iran, 2230 GMT, 7 Jan".)
  static const RE2 kSource([] {
    const std::string language =
        "(?:Arabic|English|French|Persian|Farsi|Russian|Turkish|Kurdish|Chinese|Mandarin|Spanish|"
        "Portuguese|German|Czech|Slovak|Polish|Serbo-Croat|Serbian|Croatian|Hebrew|Urdu|Hindi|"
        "Japanese|Korean|Vietnamese|Indonesian|Malay|Swahili|Amharic|Somali|Pashto|Dari|Bengali|"
        "Thai|Burmese|Greek|Bulgarian|Romanian|Hungarian|Albanian|Ukrainian|Georgian|Armenian|"
        "Azeri|Uzbek|Kazakh|Mongolian|Tamil|Sinhala|Nepali|Dutch|Italian|Swedish|Norwegian|"
        "Danish|Finnish|Lao|Khmer|Tagalog|Hausa|Lithuanian|Latvian|Estonian|Slovene|Macedonian|"
        "Tigrinya)";
    return R"(\s*(?i:source:)?\s*(.*?),?\s+in\s+)" + language + R"((?:\s+and\s+)" + language +
           R"()?,?\s+(?:[01]\d|2[0-3])[0-5]\d\s*(?i:gmt|utc),?\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?))"
           R"((?:\s+(\d{2}|\d{4}))?\s*(?:(?:--|\x{2014})\s*(?:\((?i:text)\)|\[(?i:text)\])?)?\s*)";
  }());
  std::vector<MonitorReport> out;
  for (size_t b = from, e; b < text.size(); b = e + 1) {
    e = std::min(text.find('\n', b), text.size());
    std::string_view line = text.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() > 160 ||
        (line.find("gmt") == std::string_view::npos && line.find("GMT") == std::string_view::npos &&
         line.find("UTC") == std::string_view::npos))
      continue;
    re2::StringPiece source_piece, day, year;
    if (!RE2::FullMatch(line, kSource, &source_piece, &day, &year)) continue;
    std::string_view source(source_piece.data(), source_piece.size());
    // ("3 Sep 96": the year in two digits is of the century up to publication.)
    int y = published.year;
    if (year.size() == 4) {
      y = std::stoi(std::string(year));
    } else if (year.size() == 2) {
      y = published.year / 100 * 100 + std::stoi(std::string(year));
      if (y > published.year) y -= 100;
    }
    auto d = parse_filing_day(fmt::format("{} {}", std::string_view(day.data(), day.size()), y),
                              published);
    if (!d) continue;
    size_t comma = source.rfind(", ");
    std::string_view place = comma == std::string_view::npos ? source : source.substr(comma + 2);
    out.push_back({e, *d, place, source});
  }
  return out;
}

std::string short_name(const LexActor& a) {
  if (a.kind == ActorKind::kPerson) return slugify(detail::surname(a.name));
  return a.id;
}

// At most `n` words of `s`, with an ellipsis when cut.
std::string first_words(std::string_view s, size_t n) {
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && ++words == n) return std::string(s.substr(0, i)) + "\u2026";
  }
  return std::string(s);
}

std::string fill_summary(const EventMention& m) {
  std::string s = m.type->summary.empty() ? "{agent}: " + m.type->label : m.type->summary;
  if ((m.type->id == "statement" || m.stated) && !m.content.empty()) {
    // What was said makes a better headline than "makes a statement".
    std::string content = first_words(m.content, 25);
    // Newswire ASCII quotes (``...'') read as typographic ones.
    for (auto [from, to] : {std::pair{"``", "\u201c"}, std::pair{"''", "\u201d"}})
      for (size_t p = content.find(from); p != std::string::npos; p = content.find(from, p))
        content.replace(p, 2, to);
    // A quote that began in an earlier sentence gets its opening mark back.
    if (std::string_view(content).find("\u201c") == std::string_view::npos &&
        std::string_view(content).find("\u201d") != std::string_view::npos)
      content = "\u201c" + content;
    // A quote cut at its comma ('"We have no plans," he said') ends with a full stop.
    for (std::string_view q : {",\"", ",\u201d"})
      if (content.ends_with(q)) content.replace(content.size() - q.size(), 1, ".");
    bool quote = content.front() == '"' || detail::starts_with(std::string_view(content), "\u201c");
    s = std::string(m.others.empty() ? "{agent} says" : "{agent} tells {others}") +
        (quote ? ": " : " ") + content;
  }
  // "Australia, with New Zealand, imposes sanctions on Fiji": those who acted with the agent
  // stand beside it (where the act is not done "with" or "between" its sides anyway: "Australia
  // meets with New Zealand and Fiji"; nor offered to them: "North Korea offers talks to Japan").
  std::vector<const LexActor*> partners;
  if (s.find("with {others}") == std::string::npos && s.find("between") == std::string::npos &&
      s.find("talks to {others}") == std::string::npos)
    for (const LexActor* o : m.partners)
      if (std::find(m.others.begin(), m.others.end(), o) != m.others.end()) partners.push_back(o);
  // "Biden visits London, meeting Boris Johnson": the state the place is in goes without saying.
  std::vector<const LexActor*> named;
  for (const LexActor* o : m.others)
    if (!(o == m.place_state && s.find("{where}") != std::string::npos && m.place) &&
        std::find(partners.begin(), partners.end(), o) == partners.end())
      named.push_back(o);
  auto list = [](const std::vector<const LexActor*>& actors) {
    std::string text;
    for (size_t i = 0; i < actors.size(); ++i) {
      if (i > 0) text += i + 1 == actors.size() ? " and " : ", ";
      text += actors[i]->name;
    }
    return text;
  };
  std::string others = list(named);
  auto replace = [&](std::string_view key, const std::string& value) {
    size_t p = s.find(key);
    if (p == std::string::npos) return;
    if (!value.empty()) {
      s.replace(p, key.size(), value);
      return;
    }
    // Drop the placeholder with the word that leads into it (" with {others}", ", meeting
    // {others}").
    size_t b = p;
    if (b > 1 && s[b - 1] == ' ') {
      size_t w = s.rfind(' ', b - 2);
      w = w == std::string::npos ? 0 : w;
      std::string_view lead = std::string_view(s).substr(w + 1, b - w - 2);
      if (lead == "with" || lead == "to" || lead == "on" || lead == "near" || lead == "of" ||
          lead == "meeting" || lead == "between" || lead == "against") {
        b = w;
        if (b > 0 && s[b - 1] == ',') --b;
      } else {
        b = p - 1;  // "{agent} rejects {others}" -> "Tanzania rejects"
      }
    }
    s.erase(b, p + key.size() - b);
  };
  replace("{agent}", (m.agent ? m.agent->name : std::string("Someone")) +
                         (partners.empty() ? std::string() : ", with " + list(partners) + ","));
  replace("{others}", others);
  // "attacks Afghanistan", not "attacks Afghanistan in Afghanistan".
  bool place_named = m.place_state && m.place && *m.place == m.place_state->name &&
                     std::find(named.begin(), named.end(), m.place_state) != named.end();
  replace("{place}", place_named ? std::string() : m.place_phrase);
  replace("{where}", m.place ? " " + *m.place : std::string());
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  if (detail::ends_with(s, ".") || detail::ends_with(s, "\u2026") || detail::ends_with(s, "?") ||
      detail::ends_with(s, "!") || detail::ends_with(s, ".\"") || detail::ends_with(s, ".\u201d"))
    return s;
  return s + ".";
}

}  // namespace

// "The former minister, who faces 11 charges, ...": a sentence that opens with a person it does
// not name (no actor among its first words).
// "The Minister of State, Mr Alain Juppe, spoke ...": the person a sentence that opens with a
// title names right after it, set off by a comma (an honorific may stand before the name, "Our
// Minister of Foreign Relations, Dr. Raul Roa,"; a place may come first, "In Canberra, the
// Foreign Minister, Alexander Downer,").
const ActorMention* titled_opening(const Tokens& toks, const Sentence& s,
                                   const std::vector<ActorMention>& actors) {
  size_t i = s.first_token;
  // (After the place: "In Canberra, the Foreign Minister, Alexander Downer, announced".)
  if (i + 3 < s.last_token && toks[i].lower == "in" && toks[i + 1].capitalized) {
    size_t c = i + 1;
    while (c < s.last_token && c <= i + 3 && toks[c].kind == TokenKind::kWord &&
           toks[c].capitalized)
      ++c;
    if (c < s.last_token && toks[c].lower == ",") i = c + 1;
  }
  // (A state paper's own: "Our Minister of Foreign Relations, Dr. Raul Roa, answered".)
  if (i >= s.last_token || !detail::is_one_of(toks[i].lower, "the", "our")) return nullptr;
  size_t comma = i + 1;
  while (comma < s.last_token && comma <= i + 6 && toks[comma].kind == TokenKind::kWord) ++comma;
  if (comma >= s.last_token || comma == i + 1 || toks[comma].lower != ",") return nullptr;
  size_t k = comma + 1;
  while (k < s.last_token && k <= comma + 3 &&
         (is_honorific(toks[k].lower) || detail::is_one_of(toks[k].lower, "sir", "dame") ||
          toks[k].lower == "."))
    ++k;
  // (The honorific may be the mention's own: "Dr. Raul Roa".)
  for (const auto& m : actors)
    if (m.first_token > comma && m.first_token <= k && m.actor->kind == ActorKind::kPerson &&
        !m.place && m.last_token < s.last_token && toks[m.last_token].lower == ",")
      return &m;
  return nullptr;
}

bool opens_with_unnamed_person(const Tokens& toks, const Sentence& s,
                               const std::vector<ActorMention>& actors) {
  if (titled_opening(toks, s, actors)) return false;
  static const detail::WordSet kPeople = {
      "minister",  "official",    "man",        "woman",    "suspect", "lawyer",    "diplomat",
      "spokesman", "spokeswoman", "politician", "envoy",    "general", "commander", "journalist",
      "activist",  "businessman", "dissident",  "engineer", "soldier", "president", "leader",
      "prisoner",  "defendant",   "judge",      "officer",  "citizen"};
  size_t i = s.first_token;
  if (i >= s.last_token || toks[i].lower != "the") return false;
  for (size_t k = i + 1; k < s.last_token && k <= i + 3; ++k) {
    if (std::any_of(actors.begin(), actors.end(),
                    [&](const ActorMention& m) { return m.first_token <= k && k < m.last_token; }))
      return false;
    if (kPeople.contains(toks[k].lower)) return true;
  }
  return false;
}

// "Kremlin spokesman Dmitry Peskov was asked whether ...": the named person sentence `s` opens
// with, its subject (not "Putin's spokesman ..."), or none.
const LexActor* opening_person(const Tokens& toks, const Sentence& s,
                               const std::vector<ActorMention>& actors) {
  if (const ActorMention* m = titled_opening(toks, s, actors)) return m->actor;
  size_t i = s.first_token;
  if (i < s.last_token && toks[i].lower == "the") ++i;
  for (const auto& m : actors) {
    if (m.actor->kind != ActorKind::kPerson || m.place) continue;
    // (Titles and the body before the name: "Kremlin spokesman Dmitry Peskov".)
    bool lead = m.first_token >= i && m.first_token <= i + 3;
    for (size_t k = i; k < m.first_token && lead; ++k)
      lead = toks[k].kind == TokenKind::kWord && !toks[k].lower.ends_with("'s") &&
             !detail::is_one_of(toks[k].lower, "said", "says", "told", "and", "but", "as", "when");
    if (lead && !toks[m.last_token - 1].lower.ends_with("'s")) return m.actor;
    break;
  }
  // "Canada has closed its embassy in Tehran, Foreign Affairs Minister John Baird announced
  // Friday. He accused ...": the one person named, as the source the sentence closes with (",
  // X said", ", said X"), is whom the next sentence's "he" or "she" goes on with.
  const ActorMention* only = nullptr;
  for (const auto& m : actors)
    if (m.actor->kind == ActorKind::kPerson && !m.place) {
      if (only && only->actor != m.actor) return nullptr;
      only = &m;
    }
  if (!only) return nullptr;
  auto speech = [&](size_t k) {
    return k < s.last_token &&
           detail::is_one_of(toks[k].lower, "said", "says", "announced", "told", "added",
                             "declared", "stated", "wrote", "explained");
  };
  size_t a = only->first_token, b = only->last_token;
  // The title before the name, back to the comma (capitalized words and a few of a title only,
  // "interim Prime Minister": not "a spokeswoman for Prime Minister Gordon Brown", whose
  // spokeswoman speaks).
  size_t c = a;
  while (c > s.first_token && c + 5 > a && toks[c - 1].lower != "," &&
         toks[c - 1].kind == TokenKind::kWord &&
         (toks[c - 1].capitalized ||
          detail::is_one_of(toks[c - 1].lower, "interim", "acting", "outgoing", "caretaker",
                            "deputy", "foreign", "prime", "minister", "president")) &&
         !speech(c - 1))
    --c;
  bool closes = false;
  if (c > s.first_token && toks[c - 1].lower == "," && speech(b))  // ", X said Friday."
    closes = true;
  if (c > s.first_token + 1 && speech(c - 1) && toks[c - 2].lower == ",")  // ", said X"
    closes = true;
  // (Only a few words after: "on Friday", "in a statement", not a clause of its own.)
  size_t tail = s.last_token;
  while (tail > b && toks[tail - 1].kind == TokenKind::kPunct) --tail;
  if (closes && tail <= b + 6 && !toks[b - 1].lower.ends_with("'s")) return only->actor;
  // "Speaking from Vladivostok, Russia, where he is attending meetings, Baird called the
  // regime ...": so is the one person named as the subject of the sentence's verb.
  if (b < s.last_token && toks[b].kind == TokenKind::kWord && !toks[b - 1].lower.ends_with("'s") &&
      (toks[b].lower.ends_with("ed") || speech(b) ||
       detail::is_one_of(toks[b].lower, "met", "warned", "urged", "spoke")) &&
      c > s.first_token && toks[c - 1].lower == ",")
    return only->actor;
  return nullptr;
}

// "KYIV, Ukraine (AP) — Ukraine's foreign minister ...": the token after a dateline that opens
// sentence `s` (a place in capitals, maybe a region, a date, the agency in brackets, then a dash),
// else s.first_token. The dateline says where the story was filed, not who acted.
size_t after_dateline(std::string_view text, const Tokens& toks, const Sentence& s,
                      const CalendarDate& published) {
  auto str = [&](size_t i) { return text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  size_t i = s.first_token;
  if (i >= s.last_token || toks[i].kind != TokenKind::kWord) return s.first_token;
  // A word in capitals, as datelines set the place ("KYIV", "DAR ES SALAAM", "U.S.").
  auto all_caps = [&](size_t x) {
    std::string_view w = str(x);
    return toks[x].kind == TokenKind::kWord && w.size() >= 2 &&
           std::all_of(w.begin(), w.end(), [](char c) {
             return (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '\'';
           });
  };
  bool caps = all_caps(i);
  // A place in title case, read on its line: "Nairobi, 13 February 2022 -- Kenya ...", the day
  // before the dash; "Prague, Czechoslovak Home Service, in Czech, 1730 GMT, 5 July
  // 1951--(Text)", a broadcast monitor's header on a line of its own.
  if (!caps && toks[i].capitalized) {
    size_t eol = text.find('\n', toks[i].begin);
    if (eol == std::string_view::npos) eol = text.size();
    if (titled_dateline_day(text.substr(toks[i].begin, eol - toks[i].begin), published))
      for (size_t k = i + 1; k < s.last_token && toks[k].begin < eol; ++k) {
        if (!detail::is_one_of(str(k), "-", "\u2014", "\u2013")) continue;
        size_t next = k + 1;
        while (next < s.last_token && detail::is_one_of(str(next), "-", "\u2014", "\u2013")) ++next;
        if (next + 2 < s.last_token && str(next) == "(" && str(next + 2) == ")" &&
            toks[next + 2].end <= eol)
          next += 3;
        return next;
      }
    // ("Moroni, 13 April 2018" on a line of its own, as a government's press release is dated:
    // a place in title case and the date in full, nothing else.)
    if (i + 1 < s.last_token && str(i + 1) == "," && s.last_token <= i + 8) {
      std::string_view rest = text.substr(toks[i + 1].end, eol - toks[i + 1].end);
      while (!rest.empty() && (rest.front() == ' ' || rest.back() == ' ' || rest.back() == '\r'))
        rest = rest.front() == ' ' ? rest.substr(1) : rest.substr(0, rest.size() - 1);
      if (toks[s.last_token - 1].end >= eol - (eol > 0 && text[eol - 1] == '\r') &&
          parse_full_date(rest) && rest.size() <= 20)
        return s.last_token;
    }
  }
  // ("Madrid, May 19 (EFE).- Spain has ...": a place in title case, with the agency in brackets.)
  if (!caps && !toks[i].capitalized) return s.first_token;
  bool agency = false;
  for (size_t k = i + 1; k < s.last_token && k < i + 12; ++k) {
    // Words and numbers, most tokens, are none of the marks below (each is a punctuation token).
    assert(toks[k].kind == TokenKind::kPunct ||
           !detail::is_one_of(str(k), "(", "\u2014", "\u2013", "-", "_"));
    if (toks[k].kind != TokenKind::kPunct) continue;
    std::string_view w = str(k);
    if (w == "(") agency = true;
    // ("KUWAIT CITY, Oct 30, (Agencies): Kuwait has recalled ...": a colon right after the
    // agency of a place in capitals; not "Raab (pictured) said:".)
    if ((w == "\u2014" || w == "\u2013" || w == "-" || w == "_" ||
         (w == "-" && k + 1 < s.last_token && str(k + 1) == "-") ||
         (w == ":" && agency && caps && str(k - 1) == ")")) &&
        (caps || agency)) {
      size_t next = k + 1;
      while (next < s.last_token && (str(next) == "-" || str(next) == "\u2014")) ++next;
      return next < s.last_token ? next : s.first_token;
    }
    // Only words, commas, dates and the agency in brackets come before the dash.
    if (toks[k].kind == TokenKind::kPunct && w != "," && w != "(" && w != ")" && w != ".")
      return s.first_token;
  }
  // "LISBON, Aug. 16 (Reuter).": a dateline that is a sentence of its own, as older papers set
  // a second agency's report inside a story (s.last_token: nothing after it).
  if (caps && agency && s.last_token >= i + 4 && s.last_token <= i + 12 &&
      str(s.last_token - 1) == "." && str(s.last_token - 2) == ")")
    return s.last_token;
  // "DAR ES SALAAM, Wednesday." on a line of its own: the place in capitals, a comma, and the
  // day it was filed (in the week up to the paper's); or the place alone, "REYKJAVIK.".
  if (caps && s.last_token <= i + 10 && str(s.last_token - 1) == ".") {
    size_t k = i;
    while (k < s.last_token && all_caps(k)) ++k;
    if (k > i && k + 2 < s.last_token && str(k) == "," &&
        parse_filing_day(
            text.substr(toks[k + 1].begin, toks[s.last_token - 1].end - toks[k + 1].begin),
            published))
      return s.last_token;
    // ("From Our Own Correspondent / REYKJAVIK." : the place alone in capitals on its line.)
    if (k > i && k + 1 == s.last_token && s.last_token <= i + 4) {
      size_t end = toks[k].end;
      if (end >= text.size() || text[end] == '\n' || text[end] == '\r') return s.last_token;
    }
  }
  return s.first_token;
}

Extractor::Extractor(Lexicon lex, bool syntax)
    : lex_(std::move(lex)), gazetteer_(lex_), events_(lex_, syntax) {}

std::vector<TimeMention> Extractor::dates(const Article& article) const {
  const std::string& text = article.source.text;
  return find_timexes(text, article.body_begin, text.size(), DateContext{article.filed});
}

Timeline Extractor::extract(const Article& article) const {
  const std::string& text = article.source.text;
  auto toks = tokenize(text, article.body_begin, text.size());
  auto in_quote = quoted_tokens(text, toks);
  std::optional<TemporalTagger> tagger;
  tagger.emplace(DateContext{article.filed});
  CalendarDate filed = article.filed;  // (the report's, in a monitor's digest)
  ArticlePeople people;
  people.set_lexicon(&gazetteer_.lexicon());
  // The lexicon's mentions in a string of its own (a headline, a dateline's place).
  auto mentions_in = [&](std::string_view str) {
    auto str_toks = tokenize(str, 0, str.size());
    return gazetteer_.find(str, str_toks, 0, str_toks.size(), article.published);
  };
  // "Estonia summons Norwegian ambassador ...", "Dhaka summons Indian envoy ...": the state
  // the headline opens with.
  // ("'Hand over Ocalan': Ankara steps up pressure on Rome": the clause after a colon.)
  // (The title's tokens once, for its mentions and the colon before one.)
  {
    std::string_view title = article.title;
    auto title_toks = tokenize(title, 0, title.size());
    for (const auto& m :
         gazetteer_.find(title, title_toks, 0, title_toks.size(), article.published)) {
      bool opens = m.first_token == 0 || title_toks[m.first_token - 1].lower == ":";
      if (opens && !m.place && m.actor->kind == ActorKind::kCountry &&
          (m.how == MentionHow::kName || m.how == MentionHow::kCapital)) {
        people.set_subject(m.actor);
        break;
      }
    }
  }
  // "The Fiji Times", "Iceland Review", "Kyiv Independent": a story with no dateline is most
  // likely filed where its outlet is named after.
  for (const auto& m : mentions_in(article.outlet)) {
    if (m.actor->kind != ActorKind::kCountry) continue;
    bool city = m.how == MentionHow::kCity || m.how == MentionHow::kCapital;
    people.set_home(m.actor,
                    city ? std::string_view(article.outlet).substr(m.begin, m.end - m.begin)
                         : std::string_view(),
                    true);
    break;
  }

  std::vector<EventMention> mentions;
  bool unnamed_person = false;        // the sentence before opened with a person it does not name
  const LexActor* opening = nullptr;  // the named person the sentence before opened with
  // The state of the place a story was filed from, its dateline's ("NEW DELHI" read as "New
  // Delhi"), and the city.
  struct Filed {
    const LexActor* state = nullptr;
    std::string city;
  };
  auto filed_from = [&](size_t from, size_t to) -> Filed {
    std::string place;
    for (size_t k = from; k < to; ++k) {
      if (toks[k].kind != TokenKind::kWord) break;
      std::string_view w =
          std::string_view(text).substr(toks[k].begin, toks[k].end - toks[k].begin);
      if (!place.empty()) place += ' ';
      for (size_t c = 0; c < w.size(); ++c)
        place += c > 0 && w[c - 1] != '-' && w[c] >= 'A' && w[c] <= 'Z'
                     ? static_cast<char>(w[c] - 'A' + 'a')
                     : w[c];
    }
    auto find = [&](const std::string& name) -> Filed {
      for (const auto& m : mentions_in(name)) {
        // ("SINGAPORE", "KUWAIT", "LUXEMBOURG": a state named whole is where it was filed.)
        bool whole_state = m.how == MentionHow::kName && m.actor->kind == ActorKind::kCountry &&
                           m.begin == 0 && m.end == name.size();
        if (whole_state) return Filed{m.actor, std::string(m.actor->name)};
        if ((m.how != MentionHow::kCapital && m.how != MentionHow::kCity) || m.first_token != 0)
          continue;
        // (A capital by its first spelling, "Kiev" as "Kyiv"; not another city the lexicon
        // lists with the capital, "Dar es Salaam" beside Dodoma.)
        std::string as_written = name.substr(m.begin, m.end - m.begin);
        if (m.how != MentionHow::kCapital) return Filed{m.actor, as_written};
        return Filed{m.actor, capital_name(*m.actor, as_written)};
      }
      return Filed{};
    };
    if (Filed f = find(place); f.state) return f;
    // ("PORT-AU-PRINCE", "DAR ES SALAAM", "PORT OF SPAIN": the small words of a name are in
    // lower case.)
    std::string small = place;
    for (size_t c = 1; c < small.size(); ++c) {
      if (small[c - 1] != ' ' && small[c - 1] != '-') continue;
      size_t e = c;
      while (e < small.size() && small[e] != ' ' && small[e] != '-') ++e;
      if (e > c && e < small.size() && small[c] >= 'A' && small[c] <= 'Z' &&
          detail::is_one_of(detail::lower_ascii(std::string_view(small).substr(c, e - c)), "au",
                            "es", "de", "of", "la", "el", "al", "du", "des", "da", "do", "en"))
        small[c] = static_cast<char>(small[c] - 'A' + 'a');
    }
    return small != place ? find(small) : Filed{};
  };
  const std::vector<Sentence> sentences = split_sentences(text, toks);
  // The paragraphs that end with a photograph's credit are captions (a paragraph: the sentences
  // up to the next that opens a line). A caption tells who is who and when ("PM Modi with
  // Malaysian PM Anwar Ibrahim at Hyderabad House on Tuesday"), which the story may go on
  // from, but gives no events of its own: its mentions are read, then left out.
  std::vector<bool> caption(sentences.size(), false);
  for (size_t a = 0, b; a < sentences.size(); a = b) {
    for (b = a + 1; b < sentences.size() && !toks[sentences[b].first_token].newline_before; ++b) {
    }
    if (ends_with_photo_credit(text, toks, sentences[b - 1]))
      std::fill(caption.begin() + static_cast<std::ptrdiff_t>(a),
                caption.begin() + static_cast<std::ptrdiff_t>(b), true);
  }
  std::vector<bool> from_caption;  // per mention
  const auto live = live_blog_entries(text, article.body_begin);
  const auto reports = monitor_reports(text, article.body_begin, article.published);
  size_t report = 0;         // the next monitor's report to open
  bool story_begun = false;  // (a sentence of the story read)
  for (size_t at = 0; at < sentences.size(); ++at) {
    Sentence s = sentences[at];
    // A monitor's report opens: its broadcast's day anchors what follows, and its station's
    // city is home where the station is the state's own ("Iraqi TV, Baghdad", "Radio Tirana,
    // Tirana"; not "Radio Monte Carlo, Paris", "BBC World Service, London"). The city is the
    // source's last part, or its first ("Prague, Czechoslovak Home Service").
    for (; report < reports.size() && reports[report].after <= s.begin; ++report) {
      filed = reports[report].day;
      tagger.emplace(DateContext{filed});
      const LexActor* home = nullptr;
      std::string_view city, station;
      const MonitorReport& r = reports[report];
      const std::string_view first_part = r.source.substr(0, r.source.find(", "));
      for (std::string_view place : {r.place, first_part}) {
        for (const auto& m : mentions_in(place))
          if (m.first_token == 0 && m.actor->kind == ActorKind::kCountry &&
              (m.how == MentionHow::kCapital || m.how == MentionHow::kCity ||
               m.how == MentionHow::kName)) {
            home = m.actor;
            city = m.how == MentionHow::kName ? std::string_view(m.actor->name)
                                              : place.substr(m.begin, m.end - m.begin);
            break;
          }
        if (home) {
          station = place.data() == r.place.data()
                        ? r.source.substr(0, r.source.size() - place.size())
                        : r.source.substr(std::min(r.source.size(), place.size() + 2));
          break;
        }
      }
      const auto own = mentions_in(station);
      if (home && std::none_of(own.begin(), own.end(),
                               [&](const ActorMention& m) { return m.actor == home; }))
        home = nullptr;
      people.move_home(home, home ? city : std::string_view());
    }
    // (A line that is no sentence may still be a dateline alone: "Moroni, 13 April 2018".)
    // (Only before the story: not a letter's "London, 12 April 2018" quoted inside it.)
    size_t b = after_dateline(text, toks, s, article.published);
    if ((b != s.last_token || story_begun) && is_chrome(text, toks, s)) continue;
    Filed home;
    // "ISLAMABAD: Pakistan on Thursday closed ...", "Islamabad: The foreign ministers ...": a
    // capital or city and a colon open the story too.
    if (b == s.first_token) {
      size_t k = s.first_token;
      while (k < s.last_token && k < s.first_token + 3 && toks[k].kind == TokenKind::kWord &&
             toks[k].capitalized)
        ++k;
      if (k > s.first_token && k + 1 < s.last_token && text[toks[k].begin] == ':' &&
          (home = filed_from(s.first_token, k)).state)
        b = k + 1;
    } else {
      home = filed_from(s.first_token, b);
    }
    if (b != s.first_token) {
      // (The first dateline opens the story; one after it opens a report filed elsewhere.)
      if (home.state && at > 0 && people.home() && home.state != people.home())
        people.move_home(home.state, home.city);
      else if (home.state)
        people.set_home(home.state, home.city);
      if (b == s.last_token) continue;  // (a dateline alone)
      s.first_token = b;
      s.begin = toks[b].begin;
    }
    story_begun = true;
    SentenceView view{text, &toks, &in_quote, s, {}, {}};
    view.times = tagger->sentence(text, toks, s.first_token, s.last_token);
    join_day_ranges(text, toks, s.first_token, s.last_token, view.times);
    view.actors = gazetteer_.find(text, toks, s.first_token, s.last_token, article.published);
    people.find(text, toks, s.first_token, s.last_token, view.actors);
    people.refer(text, toks, s.first_token, s.last_token, article.published, view.actors);
    view.unnamed_person_before = unnamed_person;
    view.person_before = opening;
    view.home = people.home();
    view.main_pair = people.main_pair();
    if (filed != article.published) view.filed = filed;
    if (std::any_of(live.begin(), live.end(),
                    [&](const auto& r) { return s.begin >= r.first && s.begin < r.second; }))
      view.live_day = article.published;
    unnamed_person = opens_with_unnamed_person(toks, s, view.actors);
    opening = opening_person(toks, s, view.actors);
    auto found = events_.extract(view, article.published, mentions);
    // Two sides named in no telling order ("the treaty, signed in 1858, ... the two countries"):
    // the story's own state first, the one it was filed from; else the one it named first.
    for (auto& e : found)
      if (e.unordered && e.others.size() == 1 &&
          (e.others.front() == people.home() ||
           (e.agent != people.home() && people.named_before(e.others.front(), e.agent))))
        std::swap(e.agent, e.others.front());
    // A summit is its body's ("the summit of SAARC that Pakistan is due to host", "the APEC
    // summit hosted by Peru"): a body of states named in the trigger, or right after it ("summit
    // of the ..."), goes first; the rest keep their order. (Not "a summit with Kim in defiance
    // of UN sanctions".)
    for (auto& e : found) {
      if (!e.type || e.type->id != "summit" ||
          (e.agent->kind == ActorKind::kOrganization && e.agent->country.empty()))
        continue;
      // (The word "summit" the trigger found: a body just before it, "the Asean-China summit".)
      size_t summit = SIZE_MAX;
      for (size_t k = s.first_token; k < s.last_token && summit == SIZE_MAX; ++k)
        if (toks[k].begin >= e.trigger_begin && toks[k].end <= e.trigger_end &&
            toks[k].lower.starts_with("summit"))
          summit = k;
      const LexActor* body = nullptr;
      for (const auto& m : view.actors) {
        if (m.place || m.actor->kind != ActorKind::kOrganization || !m.actor->country.empty())
          continue;
        bool in_trigger = m.begin < e.trigger_end && m.end > e.trigger_begin;
        bool before = summit != SIZE_MAX && m.last_token <= summit && summit - m.last_token <= 3;
        std::string_view between =
            m.begin >= e.trigger_end
                ? std::string_view(text).substr(e.trigger_end, m.begin - e.trigger_end)
                : std::string_view();
        if (in_trigger || before || between == " of " || between == " of the ") {
          body = m.actor;
          break;
        }
      }
      // (A body inside a word of the trigger, "the ASEAN-China summit": by its name there.)
      if (!body) {
        std::string trigger = detail::lower_ascii(
            std::string_view(text).substr(e.trigger_begin, e.trigger_end - e.trigger_begin));
        auto word_in = [&](std::string_view w) {  // (a whole word: not "un" in "union")
          for (size_t p = trigger.find(w); p != std::string::npos; p = trigger.find(w, p + 1))
            if ((p == 0 || !std::isalnum(static_cast<unsigned char>(trigger[p - 1]))) &&
                (p + w.size() == trigger.size() ||
                 !std::isalnum(static_cast<unsigned char>(trigger[p + w.size()]))))
              return true;
          return false;
        };
        for (const LexActor* o : e.others)
          if (o->kind == ActorKind::kOrganization && o->country.empty() && word_in(o->id)) body = o;
      }
      auto it = std::find(e.others.begin(), e.others.end(), body);
      if (!body || it == e.others.end()) continue;
      e.others.erase(it);
      e.others.insert(e.others.begin(), e.agent);
      e.agent = body;
    }
    // (Moved: a copy made their strings and lists again.)
    mentions.insert(mentions.end(), std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
    from_caption.resize(mentions.size(), caption[at]);
  }

  Timeline t;
  t.title = article.title;
  Source src;
  src.id = article.id;
  src.outlet = article.outlet;
  src.title = article.title;
  src.published = article.published;
  src.url = article.url;
  t.sources.push_back(src);

  // Fold mentions of one event into one event with several pieces of evidence: same type, date
  // and agent, and the actors of one contained in the other's ("Lavrov said" and "Lavrov told
  // Putin" in the same story).
  std::map<std::string, std::vector<size_t>> by_key;
  constexpr size_t kNoEvent = SIZE_MAX;  // the mention of a caption
  std::vector<size_t> event_of_mention(mentions.size(), 0);
  std::set<const LexActor*> used;
  auto contains = [](const std::vector<std::string>& big, const std::vector<std::string>& small) {
    return std::all_of(small.begin(), small.end(), [&](const std::string& x) {
      return std::find(big.begin(), big.end(), x) != big.end();
    });
  };
  for (const auto& m : mentions) {
    if (from_caption[&m - mentions.data()] || m.plain_remark) {
      event_of_mention[&m - mentions.data()] = kNoEvent;
      continue;
    }
    std::vector<std::string> ids{m.agent->id};
    used.insert(m.agent);
    for (const auto* o : m.others) {
      ids.push_back(o->id);
      used.insert(o);
    }
    std::string key = fmt::format("{}|{}|{}", m.type->id, to_string(m.date), m.agent->id);
    Evidence ev{src.id, sanitize_utf8(m.when),
                sanitize_utf8(std::string_view(text).substr(m.sentence_begin,
                                                            m.sentence_end - m.sentence_begin)),
                m.sentence_begin, m.sentence_end};
    Event* same = nullptr;
    // 'Rutte said there would be no apology. "If anything, it is the other way round," he told
    // NOS.': a quoted remark right after the speaker's rejection, denial or criticism, in the
    // next sentence, is more of it (not "Hemedti said the talks were over": a saying of its
    // own).
    if (size_t k = &m - mentions.data(); k > 0 && m.type->id == "statement" && !m.stated) {
      const EventMention& prev = mentions[k - 1];
      size_t prev_event = event_of_mention[k - 1];
      if (prev_event != kNoEvent && prev.agent == m.agent && prev.type->speech &&
          prev.type->id != "statement" && prev.sentence_end <= m.sentence_begin &&
          std::string_view(text)
                  .substr(prev.sentence_end, m.sentence_begin - prev.sentence_end)
                  .find_first_not_of(" \t") == std::string_view::npos &&
          opens_quote(std::string_view(text).substr(m.sentence_begin))) {
        same = &t.events[prev_event];
        event_of_mention[k] = prev_event;
      }
    }
    if (!same)
      for (size_t i : by_key[key]) {
        Event& e = t.events[i];
        if (contains(e.actors, ids) || contains(ids, e.actors)) {
          same = &e;
          event_of_mention[&m - mentions.data()] = i;
        }
      }
    if (same) {
      if (std::find(same->evidence.begin(), same->evidence.end(), ev) == same->evidence.end())
        same->evidence.push_back(ev);
      if (!contains(same->actors, ids)) {
        same->actors = ids;
        same->summary = fill_summary(m);
      }
      if (!same->place && m.place) same->place = m.place;
      continue;
    }
    Event e;
    e.date = m.date;
    e.type = m.type->id;
    e.status = m.status;
    e.actors = ids;
    e.place = m.place;
    e.summary = fill_summary(m);
    e.cameo = m.type->cameo;
    e.plover = m.type->plover;
    e.evidence.push_back(ev);
    by_key[key].push_back(t.events.size());
    event_of_mention[&m - mentions.data()] = t.events.size();
    t.events.push_back(std::move(e));
  }
  // "Biden spoke with Scholz by phone on Monday. ... Biden spoke with Scholz for an hour": a
  // mention the story leaves undated is the event it dates elsewhere, when type, agent and
  // actors agree.
  std::map<std::string, const LexActor*, std::less<>> actor_of;  // the actors used, by id
  for (const auto* a : used) actor_of.emplace(a->id, a);
  {
    // ("Anwar's visit" with Modi, and with India: the state of a person named is covered.)
    auto covers = [&](const std::vector<std::string>& big, const std::vector<std::string>& small) {
      return std::all_of(small.begin(), small.end(), [&](const std::string& x) {
        if (std::find(big.begin(), big.end(), x) != big.end()) return true;
        auto state = actor_of.find(x);
        return state != actor_of.end() && state->second->kind == ActorKind::kCountry &&
               std::any_of(big.begin(), big.end(), [&](const std::string& y) {
                 auto person = actor_of.find(y);
                 return person != actor_of.end() && person->second->kind == ActorKind::kPerson &&
                        person->second->country == state->second->country;
               });
      });
    };
    const std::string undated_text = "../" + to_string(article.published);
    std::vector<bool> undated(t.events.size());
    for (size_t i = 0; i < t.events.size(); ++i)
      undated[i] = to_string(t.events[i].date) == undated_text;
    // "Kodjo visited Khartoum and held talks with Nimeiry": talks with the hosts on the day of a
    // visit are part of the visit (the people met are its actors, or of a state it names).
    // The meeting's time is the visit's: the same date, days within the visit's, or -- a meeting
    // the story leaves undated -- a visit under way, or over within the last three days, when
    // the paper came out ("Obama held talks with Quang at the Presidential Palace" the day after
    // he arrived). (A visit only planned or announced takes in no talks held.)
    const long published_days = day_number(article.published);
    // (Events by their index: whether the meeting is undated is known already.)
    auto in_time_of = [&](size_t m, size_t v) {
      const Event &meeting = t.events[m], &visit = t.events[v];
      if (to_string(visit.date) == to_string(meeting.date)) return true;
      const bool ongoing = visit.status == EventStatus::kOngoing;
      if (!ongoing && visit.status != EventStatus::kOccurred) return false;
      auto from = visit.date.earliest_day(), to = visit.date.latest_day();
      if (!from || *from > article.published || (!to && !ongoing)) return false;
      if (undated[m]) return !to || day_number(*to) + 3 >= published_days;
      auto first = meeting.date.earliest_day(), last = meeting.date.latest_day();
      return first && last && *from <= *first && (!to || *last <= *to);
    };
    auto of_visit = [&](size_t m, size_t v) {
      const Event &meeting = t.events[m], &visit = t.events[v];
      if (visit.type != "visit" || meeting.type != "meeting" || !in_time_of(m, v) ||
          std::find(meeting.actors.begin(), meeting.actors.end(), visit.actors.front()) ==
              meeting.actors.end())
        return false;
      return std::all_of(meeting.actors.begin(), meeting.actors.end(), [&](const std::string& x) {
        if (std::find(visit.actors.begin(), visit.actors.end(), x) != visit.actors.end())
          return true;
        auto who = actor_of.find(x);
        return who != actor_of.end() && who->second->kind != ActorKind::kCountry &&
               !who->second->country.empty() &&
               std::any_of(visit.actors.begin() + 1, visit.actors.end(), [&](const std::string& y) {
                 auto state = actor_of.find(y);
                 return state != actor_of.end() && state->second->kind == ActorKind::kCountry &&
                        state->second->country == who->second->country;
               });
      });
    };
    std::vector<size_t> into(t.events.size());
    for (size_t i = 0; i < t.events.size(); ++i) {
      into[i] = i;
      const Event& e = t.events[i];
      for (size_t j = 0; j < t.events.size() && e.type == "meeting"; ++j)
        if (j != i && !undated[j] && of_visit(i, j)) {  // (a visit no fold moves)
          into[i] = j;
          break;
        }
      if (into[i] != i) continue;
      // (Acts that come in numbers -- pacts, sanctions, strikes, releases -- are each their own.)
      if (!undated[i] || detail::is_one_of(e.type, "agreement", "sanction", "aid", "assault",
                                           "bombing", "release", "arrest", "coercion"))
        continue;
      for (size_t j = 0; j < t.events.size(); ++j) {
        const Event& d = t.events[j];
        if (j == i || d.type != e.type || d.actors.front() != e.actors.front() || undated[j] ||
            !(covers(d.actors, e.actors) || covers(e.actors, d.actors)))
          continue;
        // (A plan is another matter; a visit under way on the day is not one.)
        auto begun = d.date.earliest_day();
        if (!begun || article.published < *begun) continue;
        into[i] = j;
        break;
      }
    }
    // (A chain -- an undated meeting into a dated one that a visit takes in -- ends at its root.)
    for (size_t i = 0; i < into.size(); ++i)
      while (into[into[i]] != into[i]) into[i] = into[into[i]];
    std::vector<size_t> index(t.events.size());
    std::vector<Event> kept;
    for (size_t i = 0; i < t.events.size(); ++i)
      if (into[i] == i) {
        index[i] = kept.size();
        kept.push_back(std::move(t.events[i]));
      }
    for (size_t i = 0; i < t.events.size(); ++i) {
      if (into[i] == i) continue;
      index[i] = index[into[i]];
      Event& same = kept[index[i]];
      for (auto& ev : t.events[i].evidence)
        if (std::find(same.evidence.begin(), same.evidence.end(), ev) == same.evidence.end())
          same.evidence.push_back(std::move(ev));
      // (A meeting folded into a visit leaves the visit's actors as they are.)
      if (same.actors.size() < t.events[i].actors.size() && same.type == t.events[i].type)
        same.actors = t.events[i].actors;
    }
    t.events = std::move(kept);
    for (auto& k : event_of_mention)
      if (k != kNoEvent) k = index[k];
  }
  // Ids from the date, the actors and the type: 2022-02-14-biden-johnson-phone-call.
  for (auto& e : t.events) {
    std::string who;
    for (size_t i = 0; i < e.actors.size() && i < 3; ++i) {
      auto found = actor_of.find(e.actors[i]);
      const LexActor* a = found == actor_of.end() ? nullptr : found->second;
      who += '-';
      who += a ? short_name(*a) : e.actors[i];
    }
    auto day = e.date.latest_day() ? e.date.latest_day() : e.date.earliest_day();
    e.id = fmt::format("{}{}-{}", day ? to_string(*day) : "undated", who, e.type);
  }
  // Unique ids: the second event with the same id gets -2, and so on.
  std::map<std::string, int> seen;
  for (auto& e : t.events) {
    int n = ++seen[e.id];
    if (n > 1) e.id += fmt::format("-{}", n);
  }
  // Relations the text states ("after the conversation", "in response"), between final events.
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (!mentions[k].link) continue;
    const auto& [relation, target] = *mentions[k].link;
    size_t from = event_of_mention[k], to = event_of_mention[target];
    if (from == to || from == kNoEvent || to == kNoEvent) continue;
    Link link{relation, t.events[to].id};
    auto& links = t.events[from].links;
    if (std::find(links.begin(), links.end(), link) == links.end()) links.push_back(link);
  }
  for (const auto* a : used) {
    Actor actor;
    actor.id = a->id;
    actor.name = a->name;
    actor.kind = a->kind;
    actor.country = a->country;
    actor.cameo = a->cameo;
    if (const LexRole* r = a->role_at(article.published)) actor.role = r->title;
    t.actors.push_back(std::move(actor));
  }
  canonicalize(t);
  return t;
}

namespace {

std::string event_key(const Event& e) {
  std::vector<std::string> actors = e.actors;
  std::sort(actors.begin(), actors.end());
  return fmt::format("{}|{}|{}", e.type, to_string(e.date), fmt::join(actors, ","));
}

}  // namespace

void append_timeline(Timeline& a, const Timeline& b) {
  if (a.title.empty()) a.title = b.title;
  std::map<std::string, std::string> source_ids;  // b's id -> id in a
  for (const auto& s : b.sources) {
    Source copy = s;
    for (int n = 2; std::any_of(a.sources.begin(), a.sources.end(),
                                [&](const Source& x) { return x.id == copy.id; });
         ++n)
      copy.id = fmt::format("{}-{}", s.id, n);
    source_ids[s.id] = copy.id;
    a.sources.push_back(std::move(copy));
  }
  for (const auto& x : b.actors)
    if (!find_actor(a, x.id)) a.actors.push_back(x);
  std::set<std::string> ids;
  std::map<std::string, size_t> keys;
  for (size_t i = 0; i < a.events.size(); ++i) {
    ids.insert(a.events[i].id);
    keys.emplace(event_key(a.events[i]), i);
  }
  for (auto e : b.events) {
    for (auto& ev : e.evidence)
      if (auto it = source_ids.find(ev.source); it != source_ids.end()) ev.source = it->second;
    if (auto it = keys.find(event_key(e)); it != keys.end()) {
      Event& same = a.events[it->second];
      for (const auto& ev : e.evidence)
        if (std::find(same.evidence.begin(), same.evidence.end(), ev) == same.evidence.end())
          same.evidence.push_back(ev);
      continue;
    }
    std::string base = e.id;
    for (int n = 2; ids.count(e.id); ++n) e.id = fmt::format("{}-{}", base, n);
    ids.insert(e.id);
    keys.emplace(event_key(e), a.events.size());
    a.events.push_back(std::move(e));
  }
  canonicalize(a);
}

void keep_locked(Timeline& fresh, const Timeline& existing) {
  std::map<std::string, std::string> renamed;  // an existing source id -> its id in `fresh`
  auto source_id = [&](const std::string& id) -> std::string {
    if (auto it = renamed.find(id); it != renamed.end()) return it->second;
    const Source* was = nullptr;
    for (const auto& s : existing.sources)
      if (s.id == id) was = &s;
    if (!was) return id;
    auto same_id = std::find_if(fresh.sources.begin(), fresh.sources.end(),
                                [&](const Source& s) { return s.id == id; });
    Source kept = *was;
    if (same_id != fresh.sources.end() && !(*same_id == *was)) {
      // Another article has this id (same outlet and day): the old one gets its own.
      for (int n = 2; std::any_of(fresh.sources.begin(), fresh.sources.end(),
                                  [&](const Source& s) { return s.id == kept.id; });
           ++n)
        kept.id = fmt::format("{}-{}", id, n);
    }
    if (same_id == fresh.sources.end() || kept.id != id) fresh.sources.push_back(kept);
    renamed.emplace(id, kept.id);
    return kept.id;
  };
  for (const auto& old : existing.events) {
    if (!old.locked) continue;
    std::string key = event_key(old);
    std::erase_if(fresh.events,
                  [&](const Event& e) { return e.id == old.id || event_key(e) == key; });
    Event kept = old;
    for (const auto& id : old.actors)
      if (!find_actor(fresh, id))
        if (const Actor* a = find_actor(existing, id)) fresh.actors.push_back(*a);
    for (auto& ev : kept.evidence) ev.source = source_id(ev.source);
    fresh.events.push_back(std::move(kept));
  }
  if (fresh.title.empty()) fresh.title = existing.title;
  if (fresh.preamble.empty()) fresh.preamble = existing.preamble;
  // A link to an event that re-extraction no longer gives would not validate: it goes.
  std::set<std::string> ids;
  for (const auto& e : fresh.events) ids.insert(e.id);
  for (auto& e : fresh.events)
    std::erase_if(e.links, [&](const Link& l) { return !ids.count(l.event); });
  canonicalize(fresh);
}

}  // namespace dipline
