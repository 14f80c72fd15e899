// Syntax: part-of-speech tags (UPOS) and labelled dependency trees (Universal Dependencies) for
// English sentences. An averaged-perceptron tagger, a greedy arc-eager parser trained with a
// dynamic oracle and a relation labeller, all trained by `train_syntax_model` on CoNLL-U data
// (the built-in model: UD English EWT). It does not split sentences or tokenize: words come from
// the caller (`syntax_words` turns the project's tokens into UD-style words). See docs/syntax.md.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dipline/result.h"
#include "dipline/sentences.h"
#include "dipline/text.h"

namespace dipline {

/// Universal part-of-speech tags, in alphabetical order.
enum class Upos : uint8_t {
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};
inline constexpr size_t kUposCount = 17;

/// Dependency relations: the 37 universal ones and the subtypes of English EWT. `kDep` (the
/// unspecified relation) is first. Other subtypes read from CoNLL-U become their universal part.
enum class DepRel : uint8_t {
  kDep,
  kAcl,
  kAclRelcl,
  kAdvcl,
  kAdvclRelcl,
  kAdvmod,
  kAmod,
  kAppos,
  kAux,
  kAuxPass,
  kCase,
  kCc,
  kCcPreconj,
  kCcomp,
  kClf,
  kCompound,
  kCompoundPrt,
  kConj,
  kCop,
  kCsubj,
  kCsubjOuter,
  kCsubjPass,
  kDet,
  kDetPredet,
  kDiscourse,
  kDislocated,
  kExpl,
  kFixed,
  kFlat,
  kGoeswith,
  kIobj,
  kList,
  kMark,
  kNmod,
  kNmodDesc,
  kNmodPoss,
  kNmodUnmarked,
  kNsubj,
  kNsubjOuter,
  kNsubjPass,
  kNummod,
  kObj,
  kObl,
  kOblAgent,
  kOblUnmarked,
  kOrphan,
  kParataxis,
  kPunct,
  kReparandum,
  kRoot,
  kVocative,
  kXcomp,
};
inline constexpr size_t kDepRelCount = 52;

std::string_view to_string(Upos u);
std::string_view to_string(DepRel r);  ///< "nsubj:pass"
std::optional<Upos> upos_from_string(std::string_view s);
/// A relation by name; an unknown subtype of a known relation gives the relation ("obl:tmod" ->
/// kObl); an unknown relation gives nullopt.
std::optional<DepRel> deprel_from_string(std::string_view s);
/// The universal part of a relation: kNsubjPass -> kNsubj.
DepRel universal(DepRel r);

std::ostream& operator<<(std::ostream& os, Upos u);
std::ostream& operator<<(std::ostream& os, DepRel r);

/// A clause's argument in an oblique: "with Putin" is {word: Putin, marker: with}.
struct Oblique {
  int word = -1;
  int marker = -1;  ///< its `case` dependent (a preposition), or -1
  friend bool operator==(const Oblique&, const Oblique&) = default;
};

/// The arguments of a predicate (usually a verb), as word indices (-1: none).
struct Arguments {
  int subject = -1;               ///< nsubj / nsubj:pass / csubj, or inherited (see arguments())
  bool passive = false;           ///< the subject is nsubj:pass (or the verb has aux:pass)
  bool inherited = false;         ///< the subject belongs to a governing verb (xcomp, conj)
  int object = -1;                ///< obj
  int indirect_object = -1;       ///< iobj
  int agent = -1;                 ///< obl:agent ("by Russia" in a passive)
  int clause = -1;                ///< ccomp, else xcomp
  std::vector<Oblique> obliques;  ///< obl (not the agent), in order
};

/// The analysis of a sentence of n words: for word i, its tag, its head (an index into the
/// words, -1 for the root of the sentence) and its relation to the head.
struct Parse {
  std::vector<Upos> upos;
  std::vector<int> head;
  std::vector<DepRel> rel;

  size_t size() const { return head.size(); }
  /// The root word (-1 for an empty sentence).
  int root() const;
  /// The dependents of word i, left to right.
  std::vector<int> dependents(int i) const;
  /// The first dependent of i with relation r, or with a subtype of r when r is universal
  /// (dependent(v, kNsubj) finds nsubj:pass too); -1 if none.
  int dependent(int i, DepRel r) const;
  /// The `case` marker of a nominal ("in" of "in Kyiv"), else its `mark`; -1 if none.
  int marker(int i) const;
  /// Subject, objects, obliques and clausal complement of predicate i. A verb without a subject
  /// that is the xcomp or conj of another takes that one's subject (inherited = true):
  /// in "Russia agreed to hold talks" the subject of "hold" is "Russia".
  Arguments arguments(int i) const;

  friend bool operator==(const Parse&, const Parse&) = default;
};

/// A sentence of a CoNLL-U file: its words (multiword-token lines and empty nodes are skipped)
/// and the gold analysis.
struct ConlluSentence {
  std::vector<std::string> words;
  Parse gold;
  size_t line = 0;  ///< 1-based line of the first word
};

/// Reads CoNLL-U (https://universaldependencies.org/format.html). Errors are file:line:col.
Result<std::vector<ConlluSentence>> read_conllu(const SourceText& src);
/// Writes sentences as CoNLL-U (ID FORM _ UPOS _ _ HEAD DEPREL _ _).
void write_conllu(std::ostream& os, std::span<const std::string_view> words, const Parse& p);

/// A word of a sentence for the parser, made from the project's tokens: a token, or a part of one
/// when a clitic is split off the UD way ("Russia's" -> "Russia" "'s", "don't" -> "do" "n't").
struct SyntaxWord {
  std::string_view text;  ///< a view into the source text
  size_t begin = 0;       ///< byte span in the source text
  size_t end = 0;
  size_t token = 0;  ///< index of the token it comes from
};

/// The words of tokens [sentence.first_token, sentence.last_token) of `text`.
std::vector<SyntaxWord> syntax_words(std::string_view text, const Tokens& tokens,
                                     const Sentence& sentence);

struct SyntaxTrainOptions {
  int tagger_epochs = 8;
  int parser_epochs = 12;
  int labeller_epochs = 8;
  int jackknife = 4;    ///< the parser learns from tags predicted by taggers trained on k-1 folds
  uint64_t seed = 1;    ///< shuffling and oracle exploration
  int min_updates = 1;  ///< features updated fewer times in training are left out of the model
  std::string note;     ///< appended to the model's description (e.g. the data and its licence)
  std::ostream* log = nullptr;  ///< progress and per-epoch dev scores, if set
};

struct SyntaxScores {
  size_t words = 0;
  size_t upos = 0;  ///< correct tags
  size_t uas = 0;   ///< correct heads
  size_t las = 0;   ///< correct heads with the correct universal relation
  double upos_pct() const { return pct(upos); }
  double uas_pct() const { return pct(uas); }
  double las_pct() const { return pct(las); }

 private:
  double pct(size_t n) const {
    return words ? 100.0 * static_cast<double>(n) / static_cast<double>(words) : 0.0;
  }
};

/// A trained tagger + parser. Loading copies the weights; `parse` is const and thread-safe.
class SyntaxModel {
 public:
  SyntaxModel();
  SyntaxModel(SyntaxModel&&) noexcept;
  SyntaxModel& operator=(SyntaxModel&&) noexcept;
  ~SyntaxModel();

  /// The model compiled into the library (src/models/ud-ewt.model), loaded on first use.
  static const SyntaxModel& builtin();
  /// A model from the bytes of a model file; `name` is for messages.
  static Result<SyntaxModel> load(std::string_view bytes, std::string_view name);
  /// The model file's bytes.
  std::string save() const;

  /// Tags and parses one sentence (words as in the text; case matters).
  Parse parse(std::span<const std::string_view> words) const;
  Parse parse(std::span<const SyntaxWord> words) const;
  /// Tags only.
  std::vector<Upos> tag(std::span<const std::string_view> words) const;

  /// Whether the model has no weights (a model that was never trained).
  bool empty() const;
  /// Free text stored with the model (training data, options, credit).
  const std::string& description() const;

 private:
  friend Result<SyntaxModel> train_syntax_model(const std::vector<ConlluSentence>&,
                                                const std::vector<ConlluSentence>&,
                                                const SyntaxTrainOptions&);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Trains a model on `train`; if `dev` is not empty, logs its scores after each epoch.
Result<SyntaxModel> train_syntax_model(const std::vector<ConlluSentence>& train,
                                       const std::vector<ConlluSentence>& dev,
                                       const SyntaxTrainOptions& options);

/// UPOS accuracy, UAS and LAS (CoNLL 2018: every word, punctuation included; LAS compares the
/// universal part of the relation).
SyntaxScores evaluate_syntax(const SyntaxModel& model, const std::vector<ConlluSentence>& gold);

}  // namespace dipline
