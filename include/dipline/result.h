// Result<T> and Status: how fallible library calls report failure without exceptions.
// An Error carries a code (mapped to an exit code by the CLI only), a message and, for
// input errors, every diagnostic found in the input, each with its position.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "dipline/text.h"

namespace dipline {

enum class ErrorCode {
  kUsage,     ///< bad command line
  kInput,     ///< bad input: YAML, lexicon, article
  kIo,        ///< file could not be read or written
  kRender,    ///< Graphviz failed
  kInternal,  ///< a bug
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;                  ///< one line, no position
  std::vector<Diagnostic> diagnostics;  ///< positioned problems (input errors)

  friend bool operator==(const Error&, const Error&) = default;
};

inline Error make_error(ErrorCode code, std::string message) {
  return Error{code, std::move(message), {}};
}

/// A value or an Error.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }
  Error&& take_error() { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

/// Success or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error)
      : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)
  static Status Ok() { return {}; }
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }
  Error&& take_error() { return std::move(error_); }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace dipline

/// Returns the error of a failed Result or Status from the enclosing function.
#define DIPLINE_TRY(expr)                                     \
  do {                                                        \
    auto&& dipline_try_ = (expr);                             \
    if (!dipline_try_.ok()) return dipline_try_.take_error(); \
  } while (false)
