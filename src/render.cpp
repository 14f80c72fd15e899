#include "dipline/render.h"

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

#include "dipline/dot.h"

namespace dipline {

namespace {

// Graphviz reports problems through a callback; keep them for the Error instead of stderr.
thread_local std::string graphviz_messages;

int keep_message(char* msg) {
  graphviz_messages += msg;
  return 0;
}

std::string take_messages() {
  std::string m = std::move(graphviz_messages);
  graphviz_messages.clear();
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m.empty() ? m : ": " + m;
}

}  // namespace

Result<std::string> render_dot(const std::string& dot, std::string_view format,
                               std::string_view engine) {
  agseterrf(keep_message);
  graphviz_messages.clear();
  // One Graphviz context per process: Graphviz 2.42's pango plugin keeps a font cache that
  // points into the context that created it, so a second context reads freed memory.
  static GVC_t* const gvc_context = gvContext();
  GVC_t* gvc = gvc_context;
  if (gvc == nullptr) return make_error(ErrorCode::kRender, "cannot start Graphviz");
  std::unique_ptr<Agraph_t, decltype(&agclose)> g(agmemread(dot.c_str()), &agclose);
  if (!g)
    return make_error(ErrorCode::kRender, "Graphviz could not read the DOT text" + take_messages());
  std::string eng(engine), fmt_name(format);
  if (gvLayout(gvc, g.get(), eng.c_str()) != 0)
    return make_error(
        ErrorCode::kRender,
        fmt::format("Graphviz layout '{}' failed (is the graphviz package installed?){}", eng,
                    take_messages()));
  char* data = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc, g.get(), fmt_name.c_str(), &data, &len);
  std::string out;
  if (rc == 0 && data) out.assign(data, len);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g.get());
  if (rc != 0)
    return make_error(ErrorCode::kRender,
                      fmt::format("Graphviz cannot render format '{}' (is its plugin installed?){}",
                                  fmt_name, take_messages()));
  take_messages();  // warnings of a successful render are not errors
  return out;
}

namespace {

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

Result<std::string> render_html(const Timeline& t) {
  auto svg = render_dot(to_dot(t), "svg");
  if (!svg.ok()) return svg.take_error();
  std::string s = *svg;
  // Drop the XML prolog and doctype: the SVG is inlined.
  if (auto p = s.find("<svg"); p != std::string::npos) s = s.substr(p);
  std::string title = t.title.empty() ? "dipline timeline" : t.title;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
      "<style>body{{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}}"
      "table{{border-collapse:collapse;margin-top:2em}}td,th{{border:1px solid #ccc;padding:4px "
      "8px;"
      "vertical-align:top;text-align:left}}.svg{{overflow-x:auto}}</style>\n</head>\n<body>\n"
      "<h1>{}</h1>\n<div class=\"svg\">\n{}</div>\n<table>\n<tr><th>date</th><th>event</th>"
      "<th>status</th><th>summary</th><th>evidence</th></tr>\n",
      html_escape(title), html_escape(title), s);
  Timeline c = t;
  canonicalize(c);
  for (const auto& e : c.events) {
    std::string ev;
    for (const auto& x : e.evidence)
      ev += fmt::format("<blockquote>{}</blockquote><small>{}{}</small>", html_escape(x.quote),
                        html_escape(x.source),
                        x.when.empty() ? "" : ", dated by “" + html_escape(x.when) + "”");
    out +=
        fmt::format("<tr id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                    html_escape(e.id), html_escape(to_string(e.date)), html_escape(e.type),
                    to_string(e.status), html_escape(e.summary), ev);
  }
  out += "</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace dipline
