// Golden tests: each tests/golden/<case>.d has input.txt (an article written for the test), args
// (options such as --published YYYY-MM-DD) and the expected timeline (expected.yaml) and graph
// (expected.dot), compared byte for byte. DIPLINE_UPDATE_GOLDEN=1 rewrites the expected files;
// review them with git diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dipline/dot.h"
#include "dipline/pipeline.h"
#include "dipline/yaml_io.h"
#include "test_util.h"

namespace dipline {
namespace {

namespace fs = std::filesystem;

using test::read_file;

std::vector<std::string> cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(DIPLINE_GOLDEN_DIR))
    if (e.is_directory() && e.path().extension() == ".d")
      out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

class Golden : public testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedFiles) {
  const Extractor& ex = test::builtin_extractor();
  fs::path dir = fs::path(DIPLINE_GOLDEN_DIR) / GetParam();
  std::optional<CalendarDate> published;
  std::istringstream args(read_file(dir / "args"));
  for (std::string word; args >> word;) {
    if (word == "--published" && args >> word) published = parse_edtf(word)->start->date;
  }
  auto article = parse_article(SourceText{"input.txt", read_file(dir / "input.txt")}, published);
  ASSERT_TRUE(article.ok()) << article.error().message;
  Timeline t = ex.extract(*article);
  std::string yaml = to_yaml(t), dot = to_dot(t);
  if (const char* u = std::getenv("DIPLINE_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    std::ofstream(dir / "expected.yaml", std::ios::binary) << yaml;
    std::ofstream(dir / "expected.dot", std::ios::binary) << dot;
    GTEST_SKIP() << "rewrote the expected files of " << GetParam();
  }
  EXPECT_EQ(yaml, read_file(dir / "expected.yaml"));
  EXPECT_EQ(dot, read_file(dir / "expected.dot"));
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.size() - 2);
                           for (auto& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace dipline
