#include "dipline/files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace dipline {

Result<SourceText> read_source(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return SourceText{"<stdin>", ss.str()};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return make_error(ErrorCode::kIo, fmt::format("{}: cannot read: Is a directory", path));
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::kIo,
                      fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return make_error(ErrorCode::kIo, fmt::format("{}: read error", path));
  return SourceText{path, std::move(data)};
}

Status write_file_atomic(const std::string& path, std::string_view data) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    if (!std::cout) return make_error(ErrorCode::kIo, "cannot write to standard output");
    return Status::Ok();
  }
  // A device or a named pipe ("-o /dev/stdout", "-o /dev/null") is written as it is: there
  // is no file to replace.
  std::error_code ec;
  auto kind = std::filesystem::status(path, ec).type();
  if (!ec &&
      (kind == std::filesystem::file_type::character || kind == std::filesystem::file_type::fifo ||
       kind == std::filesystem::file_type::block)) {
    std::ofstream out(path, std::ios::binary);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) return make_error(ErrorCode::kIo, fmt::format("{}: cannot write", path));
    return Status::Ok();
  }
  // Write through a symbolic link to the file it names, not over the link.
  ec.clear();
  std::string target = path;
  if (std::filesystem::is_symlink(path, ec))
    target = std::filesystem::weakly_canonical(path, ec).string();
  if (ec) target = path;
  std::string tmpl = target + ".tmp.XXXXXX";
  int fd = mkstemp(tmpl.data());
  if (fd < 0)
    return make_error(ErrorCode::kIo, fmt::format("{}: cannot create a temporary file: {}", path,
                                                  std::strerror(errno)));
  // Keep the permissions of the file being replaced; new files get the usual 0644 less umask.
  struct stat st {};
  if (stat(target.c_str(), &st) == 0) {
    fchmod(fd, st.st_mode & 07777);
  } else {
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
  }
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      return make_error(ErrorCode::kIo,
                        fmt::format("{}: write failed: {}", path, std::strerror(err)));
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo,
                      fmt::format("{}: write failed: {}", path, std::strerror(err)));
  }
  if (std::rename(tmpl.c_str(), target.c_str()) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return make_error(ErrorCode::kIo,
                      fmt::format("{}: cannot replace: {}", path, std::strerror(err)));
  }
  return Status::Ok();
}

}  // namespace dipline
