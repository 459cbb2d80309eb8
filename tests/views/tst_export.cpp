// Export, judged by real consumers: Graphviz reads our DOT (the library's
// parser and `dot -Tsvg`), an XML reader and QSvgRenderer read our SVG,
// pdfinfo (or the PDF header and trailer) our PDF, a CSV parser our CSV
// against the trace, and a 72-column, ASCII, quoted reading our mail. A
// scenario with hostile names exports safely in every format.

#include <QDir>
#include <QSaveFile>
#include <qplatformdefs.h>
#include <sys/stat.h>
#include <tuple>
#include <fstream>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>

#include "core/engine/function.h"
#include "core/engine/refs.h"
#include "core/report/dot.h"
#include "core/report/key_steps.h"
#include "core/report/mail.h"
#include "core/report/milestone_span.h"
#include "core/report/trace_format.h"
#include "core/engine/align.h"
#include "tests/core/fixtures.h"
#include "views/export/exporter.h"
#include "views/export/picture.h"
#include "views/export/save_atomic.h"
#include "views/export/slides.h"
#include "views/refgraph/graph_view.h"

using namespace svmlab;

namespace {

std::shared_ptr<const svm::Trace> traceOf(const std::string& id, const std::string& variant) {
  return std::make_shared<const svm::Trace>(fixtures::run(id, variant));
}

// accel-mmap-exit with the names the loader would refuse: a C++ scenario can
// hold anything, and exports must survive it.
const char* const kHostileProcess = "a\"pp <b>}{\n\\";
const char* const kHostileDevice = "acc\"el\" {0} <script>\n]; digraph x {";

std::shared_ptr<const svm::Trace> hostileTrace() {
  auto sc = std::make_shared<svm::Scenario>(*fixtures::builtin("accel-mmap-exit"));
  sc->title = "\"quoted\" {braced} <angled> & \\ back\nslash";
  sc->processes[0].name = kHostileProcess;
  for (auto& a : sc->processes[0].actions)
    if (a.type == svm::ActionType::Open) a.device = kHostileDevice;
  sc->devices[0].name = kHostileDevice;
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(sc, *svm::find_variant("v4.4"), *cfg);
  if (!e.empty()) qFatal("hostile config: %s", e.c_str());
  return std::make_shared<const svm::Trace>(svm::simulate(cfg));
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Graphviz's own parser: does it read the file, and how many nodes?
int graphvizNodes(const std::string& dot) {
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) return -1;
  const int n = agnnodes(g);
  agclose(g);
  return n;
}

// Every <text> of an SVG, joined; empty and `error` set if it is not XML.
QString svgText(const QByteArray& svg, QString* error) {
  QXmlStreamReader x(svg);
  QString out;
  while (!x.atEnd()) {
    x.readNext();
    if (x.isStartElement() && x.name() == QLatin1String("text")) out += x.readElementText(QXmlStreamReader::IncludeChildElements) + '\n';
  }
  if (x.hasError()) *error = x.errorString() + QStringLiteral(" at line %1").arg(x.lineNumber());
  return out;
}

int pdfPages(const QString& path) {
  const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
  if (pdfinfo.isEmpty()) {  // no poppler: the file at least starts and ends as a PDF
    const QByteArray b = readAll(path);
    return b.startsWith("%PDF-") && b.trimmed().endsWith("%%EOF") ? b.count("/Type /Page\n") + b.count("/Type /Page ") : -1;
  }
  QProcess p;
  p.start(pdfinfo, {path});
  if (!p.waitForFinished(30000) || p.exitCode() != 0) return -1;
  const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// RFC 4180, enough for our files: quoted fields with "" and newlines.
QList<QStringList> parseCsv(const QString& text) {
  QList<QStringList> rows;
  QStringList row;
  QString field;
  bool quoted = false;
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row << field, field.clear();
    } else if (c == '\n') {
      row << field, field.clear();
      rows << row, row.clear();
    } else {
      field += c;
    }
  }
  return rows;
}

ExportRequest request(ExportWhat w, ExportFormat f, const QString& path) {
  ExportRequest r;
  r.what = w;
  r.format = f;
  r.path = path;
  return r;
}

// What a mail reader sees: every line of `mail` fits, is ASCII, and the
// counter table's cells stay under their header after `> ` quoting.
void checkMail(const std::string& mail) {
  QVERIFY(!mail.empty());
  for (unsigned char c : mail) QVERIFY2(c == '\n' || (c >= 0x20 && c < 0x7f), qPrintable(QStringLiteral("byte 0x%1").arg(c, 0, 16)));
  const QStringList lines = QString::fromLatin1(mail.data(), int(mail.size())).split('\n');
  QVERIFY(lines.size() < 160);  // short enough to paste
  for (const QString& l : lines) {
    QVERIFY2(l.size() <= 70, qPrintable(l));
    QVERIFY2(!l.endsWith(' '), qPrintable(l));
    QVERIFY2(!l.startsWith(QLatin1String("From ")) && !l.startsWith('>'), qPrintable(l));
  }
  // Quote twice, then check the table: each cell's last character sits in
  // the column of its dashes.
  QStringList quoted;
  for (const QString& l : lines) quoted << QStringLiteral("> > ") + l;
  int dashes = -1;
  for (int i = 0; i < quoted.size(); ++i)
    if (quoted[i].contains(QLatin1String(" ---- ")) && quoted[i - 1].contains(QLatin1String("mm_users"))) {
      dashes = i;
      break;
    }
  QVERIFY2(dashes > 0, "no counter table");
  const QString rule = quoted[dashes];
  QList<int> ends;  // the last column of each run of dashes
  for (int c = 0; c < rule.size(); ++c)
    if (rule[c] == '-' && (c + 1 == rule.size() || rule[c + 1] != '-')) ends << c;
  QVERIFY(ends.size() >= 5);
  for (int i = dashes + 1; i < quoted.size() && quoted[i].size() > 4; ++i) {
    const QString& row = quoted[i];
    for (int k = 3; k < ends.size(); ++k) {  // the counter cells are right-aligned
      QVERIFY2(row.size() > ends[k] && row[ends[k]] != ' ', qPrintable(row));
      QVERIFY2(ends[k] + 1 == row.size() || row[ends[k] + 1] == ' ', qPrintable(row));
    }
  }
}

}  // namespace

class TestExport : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void dotPassesGraphviz_data() {
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("step");
    QTest::newRow("v4.4 end") << "v4.4" << -1;
    QTest::newRow("v4.4 boot") << "v4.4" << 0;
    QTest::newRow("v4.5 step 90") << "v4.5" << 90;
  }
  void dotPassesGraphviz() {
    QFETCH(QString, variant);
    QFETCH(int, step);
    auto t = traceOf("accel-mmap-exit", variant.toStdString());
    ExportRequest r = request(ExportWhat::Graph, ExportFormat::Dot, dir_.filePath(QStringLiteral("g.gv")));
    r.step = step;
    QCOMPARE(exportTrace(t, r), QString());
    const QByteArray dot = readAll(r.path);
    const int state = exportState(*t, r);
    // One node per object the graph shows, live or freed.
    QCOMPARE(graphvizNodes(dot.toStdString()), int(svm::objects(t->states[size_t(state)], *t->cfg).size()));
    runDot(r.path, {QStringLiteral("mm#1")});
    if (variant == QLatin1String("v4.4") && step < 0) QVERIFY(dot.contains("color=\"#D55E00\""));  // the leak cycle
  }

  void svgIsXmlWithTheNodesText() {
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const ExportRequest r = request(ExportWhat::Graph, ExportFormat::Svg, dir_.filePath(QStringLiteral("g.svg")));
    QCOMPARE(exportTrace(t, r), QString());
    QString err;
    const QString text = svgText(readAll(r.path), &err);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    for (const char* want : {"mm_struct", "struct file /dev/accel0", "intel_svm (PASID 0)", "mm_users 1  mm_count 2", "leak cycle"})
      QVERIFY2(text.contains(QLatin1String(want)), want);
    // And it draws: QSvgRenderer reads it into a non-blank picture.
    QSvgRenderer svg(r.path);
    QVERIFY(svg.isValid());
    QImage img(svg.defaultSize(), QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    svg.render(&p);
    p.end();
    QVERIFY(img.width() > 400 && img.height() > 400);
    lookAt(img, QStringLiteral("graph-svg-rendered.png"));
  }

  void pngScales() {
    auto t = traceOf("accel-mmap-exit", "v4.4");
    ExportRequest r = request(ExportWhat::Graph, ExportFormat::Png, dir_.filePath(QStringLiteral("g1.png")));
    QCOMPARE(exportTrace(t, r), QString());
    r.scale = 2;
    r.path = dir_.filePath(QStringLiteral("g2.png"));
    QCOMPARE(exportTrace(t, r), QString());
    const QImage a(dir_.filePath(QStringLiteral("g1.png"))), b(r.path);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
    QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    lookAt(a, QStringLiteral("graph.png"));
  }

  void pdfOpens_data() {
    QTest::addColumn<int>("what");
    QTest::addColumn<int>("pages");  // -1: as many as slides
    QTest::newRow("graph") << int(ExportWhat::Graph) << 1;
    QTest::newRow("timeline") << int(ExportWhat::Timeline) << 1;
    QTest::newRow("slides") << int(ExportWhat::Slides) << -1;
  }
  void pdfOpens() {
    QFETCH(int, what);
    QFETCH(int, pages);
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const ExportRequest r = request(ExportWhat(what), ExportFormat::Pdf, dir_.filePath(QStringLiteral("x%1.pdf").arg(what)));
    QCOMPARE(exportTrace(t, r), QString());
    const int want = pages >= 0 ? pages : int(slideSeries(*t, false).size());
    QCOMPARE(pdfPages(r.path), want);
  }

  void timelineSvgAndPng() {
    auto t = traceOf("accel-mmap-exit", "v4.5");
    ExportRequest r = request(ExportWhat::Timeline, ExportFormat::Svg, dir_.filePath(QStringLiteral("t.svg")));
    QCOMPARE(exportTrace(t, r), QString());
    QString err;
    const QString text = svgText(readAll(r.path), &err);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(text.contains(QLatin1String("mm_users")));
    r.format = ExportFormat::Png;
    r.path = dir_.filePath(QStringLiteral("t.png"));
    QCOMPARE(exportTrace(t, r), QString());
    const QImage img(r.path);
    QCOMPARE(img.size(), QSize(1200, 600));
    lookAt(img, QStringLiteral("timeline.png"));
  }

  void slidesAreNumberedWithCaptions() {
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const auto series = slideSeries(*t, false);
    QCOMPARE(series.front().kind, Slide::Kind::Title);
    QCOMPARE(series.back().kind, Slide::Kind::End);
    QCOMPARE(series.back().state, int(t->steps.size()));
    QVERIFY(series.back().caption.contains(QLatin1String("unreachable")));
    QVERIFY(series.back().caption.contains(QLatin1String("The cycle: mm#1 -> vma#1")));
    QVERIFY(!series.back().caption.contains(QLatin1String("unreferenced")));
    QVERIFY(series[1].caption.contains(QLatin1String("intel_svm_bind_mm")));
    QCOMPARE(series[1].source, QStringLiteral("drivers/iommu/intel-svm.c (v4.4)"));
    for (const Slide& s : series) {
      QVERIFY2(!s.caption.contains(QLatin1String("  ")), qPrintable(s.caption));  // nothing glued with two blanks
      QVERIFY2(s.caption.endsWith('.'), qPrintable(s.caption));
    }
    ExportRequest r = request(ExportWhat::Slides, ExportFormat::Png, dir_.filePath(QStringLiteral("slides")));
    QCOMPARE(exportTrace(t, r), QString());
    const QStringList files = QDir(r.path).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), int(series.size()));
    QVERIFY(files.first().startsWith(QLatin1String("01-title")));
    const QImage last(QDir(r.path).filePath(files.last()));
    QCOMPARE(last.size(), QSize(1600, 900));
    lookAt(last, QStringLiteral("slide-last.png"));
  }

  // Each slide's picture is the state its caption names ("after step N"),
  // and that state is what the caption says: bind has made its intel_svm,
  // v4.4's exit_files has left f_count at 1.
  void slidesShowTheStateTheirCaptionsName_data() {
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("compare");
    QTest::newRow("v4.4") << "v4.4" << "";
    QTest::newRow("v4.5") << "v4.5" << "";
    QTest::newRow("v4.4 | v4.5") << "v4.4" << "v4.5";
  }
  void slidesShowTheStateTheirCaptionsName() {
    QFETCH(QString, variant);
    QFETCH(QString, compare);
    auto t = traceOf("accel-mmap-exit", variant.toStdString());
    auto c = compare.isEmpty() ? nullptr : traceOf("accel-mmap-exit", compare.toStdString());
    const auto series = slideSeries(*t, false, c.get());
    RefGraphView a, b;
    a.setTrace(t);
    if (c) b.setTrace(c);
    const SlideGraphs graphs{&a, c ? &b : nullptr};
    const QRegularExpression after(QStringLiteral("returns \\(after step (\\d+)\\)"));
    int steps = 0;
    for (const Slide& s : series) {
      if (s.kind != Slide::Kind::Step) continue;
      ++steps;
      QStringList named;
      for (auto it = after.globalMatch(s.caption); it.hasNext();) named << it.next().captured(1);
      QVERIFY2(!named.isEmpty(), qPrintable(s.caption));
      QVERIFY2(named.contains(QString::number(s.state)) || (c && named.contains(QString::number(s.compareState))), qPrintable(s.caption));
      if (c && named.size() == 2) {
        QCOMPARE(named[0].toInt(), s.state);
        QCOMPARE(named[1].toInt(), s.compareState);
      }
      QImage img(160, 90, QImage::Format_ARGB32);
      QVERIFY(slidePainter(graphs, s)(img, 0.1));
      QCOMPARE(a.stateIndex(), s.state);  // the picture drawn is that state
      if (c) QCOMPARE(b.stateIndex(), s.compareState);
      const svm::Machine& m = t->states[size_t(s.state)];
      if (s.title == QLatin1String("intel_svm_bind_mm()")) {
        bool svm = false;
        for (const auto& o : svm::objects(m, *t->cfg)) svm = svm || (o.id.kind == svm::Kind::Svm && o.alive);
        QVERIFY2(svm, "bind's slide shows no intel_svm");
      }
      if (s.title == QLatin1String("exit_files()") && variant == QLatin1String("v4.4"))
        for (const auto& x : svm::counters(m))
          if (x.name == "f_count") QCOMPARE(x.value, int64_t(1));
    }
    QVERIFY(steps >= 4);
    if (c) {
      const QString end = series.back().caption;
      QVERIFY(end.contains(QLatin1String("In v4.4: Leak")) && end.contains(QLatin1String("In v4.5: No violation")));
      const QString pdf = dir_.filePath(QStringLiteral("deck-compare.pdf"));
      ExportRequest r = request(ExportWhat::Slides, ExportFormat::Pdf, pdf);
      r.compare = compare;
      QCOMPARE(exportRuns({t, c}, r), QString());
      QCOMPARE(pdfPages(pdf), int(series.size()));
    }
  }

  void csvColumnsMatchTheTrace() {
    auto t = traceOf("accel-mmap-exit", "v4.5");
    const ExportRequest r = request(ExportWhat::Timeline, ExportFormat::Csv, dir_.filePath(QStringLiteral("t.csv")));
    QCOMPARE(exportTrace(t, r), QString());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(r.path)));
    QCOMPARE(rows.size(), int(t->states.size()) + 1);
    const QStringList head = rows[0];
    QCOMPARE(head.mid(0, 3), (QStringList{"step", "thread", "function"}));
    for (int i = 1; i < rows.size(); ++i) {
      QCOMPARE(rows[i].size(), head.size());
      const int state = i - 1;
      QCOMPARE(rows[i][0].toInt(), state);
      if (state > 0) QCOMPARE(rows[i][2], QString::fromUtf8(svm::fn_name(t->steps[size_t(state - 1)].fn).data()));
      // Every live counter of the state is in its column; no other cell has a value.
      int live = 0;
      for (const svm::Counter& c : svm::counters(t->states[size_t(state)])) {
        const int col = head.indexOf(QString::fromStdString(svm::to_string(c.obj) + "." + std::string(c.name)));
        QVERIFY(col >= 3);
        QCOMPARE(rows[i][col].toLongLong(), qint64(c.value));
        ++live;
      }
      int filled = 0;
      for (int c = 3; c < head.size(); ++c) filled += !rows[i][c].isEmpty();
      QCOMPARE(filled, live);
    }
  }

  void traceTextAndJson() {
    auto t = traceOf("gfx-exit", "v4.5");
    ExportRequest r = request(ExportWhat::Trace, ExportFormat::Json, dir_.filePath(QStringLiteral("tr.json")));
    QCOMPARE(exportTrace(t, r), QString());
    const auto j = nlohmann::json::parse(readAll(r.path).toStdString());
    QCOMPARE(j["steps"].size(), t->steps.size());
    QCOMPARE(QString::fromStdString(j["variant"].get<std::string>()), QStringLiteral("v4.5"));
    r.format = ExportFormat::Text;
    r.path = dir_.filePath(QStringLiteral("tr.txt"));
    QCOMPARE(exportTrace(t, r), QString());
    const QByteArray txt = readAll(r.path);
    QVERIFY(txt.startsWith("# tracer: function_graph"));
    QVERIFY(txt.contains("exit_mmap() {"));
  }

  void mailReadsInAMailClient_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("variant");
    for (const char* s : {"accel-mmap-exit", "accel-dma-during-exit", "two-process-isolation", "fork-shared-fd", "supervisor-pasid"})
      for (const char* v : {"v4.4", "v4.5", "v4.5-no-fault-guard"}) QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(s, v))) << s << v;
  }
  void mailReadsInAMailClient() {
    QFETCH(QString, scenario);
    QFETCH(QString, variant);
    auto t = traceOf(scenario.toStdString(), variant.toStdString());
    checkMail(svm::mail_text(*t));
    // Against v4.4, with every optional section: still fits, still ASCII.
    if (variant == QLatin1String("v4.4")) return;
    auto base = traceOf(scenario.toStdString(), "v4.4");
    svm::MailOptions o;
    o.compare = t.get();
    o.sections = {"ladder", "changes", "functions"};
    const std::string m = svm::mail_text(*base, o);
    for (unsigned char c : m) QVERIFY(c == '\n' || (c >= 0x20 && c < 0x7f));
    for (const QString& l : QString::fromStdString(m).split('\n')) {
      QVERIFY2(l.size() <= 72 && !l.endsWith(' '), qPrintable(l));
      QVERIFY2(!l.startsWith(QLatin1String("From ")) && !l.startsWith('>'), qPrintable(l));
    }
    QVERIFY(m.find("What changed from v4.4 to " + variant.toStdString()) != std::string::npos);
  }

  void mailTellsTheLeakCycle() {
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const std::string m = svm::mail_text(*t);
    for (const char* want : {"Scenario accel-mmap-exit, run on intel-svm v4.4.", "mm#1 -> vma#1: owns it (mmap)",
                             "svm#1 -> mm#1: holds its mm_users", "vma#1 -> file#1: holds its f_count (vm_file)", "Verdict: leak", "are\n  unreachable",
                             "  $ svmlab check accel-mmap-exit", "  Why the leak:", "(intel_svm_bind_mm)"})
      QVERIFY2(m.find(want) != std::string::npos, want);
    // Only what a reviewer pastes: no ladder, no table of files, no footer.
    for (const char* noise : {"unreferenced", "Threads over the key steps", "Where the functions", "Made with SVM Lab"})
      QVERIFY2(m.find(noise) == std::string::npos, noise);
    // The counter table's values are the run's, when each function returns.
    const auto spans = svm::milestone_spans(*t);
    for (const auto& sp : spans) {
      if (sp.spans_rest) continue;
      int64_t users = -1;
      for (const auto& c : svm::counters(t->states[size_t(sp.end)]))
        if (c.obj == svm::ObjId{svm::Kind::Mm, 1} && c.name == "mm_users") users = c.value;
      const std::string row = QStringLiteral("%1 %2").arg(sp.end, 5).arg(QString::fromUtf8(svm::milestone_name(sp.milestone).data()), -10).toStdString();
      const size_t at = m.find(row);
      QVERIFY2(at != std::string::npos, row.c_str());
      const std::string cells = m.substr(at + row.size(), m.find('\n', at) - at - row.size());
      QCOMPARE(QString::fromStdString(cells).simplified().split(' ').first().toLongLong(), qint64(users));
    }
    // Optional sections on request.
    svm::MailOptions o;
    o.sections = {"ladder", "functions", "changes"};
    const std::string full = svm::mail_text(*t, o);
    checkMail(full);
    for (const char* want : {"Threads over the key steps", "Where the functions above come from", "a->b: this step changed it"})
      QVERIFY2(full.find(want) != std::string::npos, want);
    std::ofstream(dir_.filePath(QStringLiteral("mail.txt")).toStdString()) << m;
  }

  void mailComparesTwoVariants() {
    auto a = traceOf("accel-mmap-exit", "v4.4");
    auto b = traceOf("accel-mmap-exit", "v4.5");
    svm::MailOptions o;
    o.compare = b.get();
    const std::string m = svm::mail_text(*a, o);
    for (unsigned char ch : m) QVERIFY(ch == '\n' || (ch >= 0x20 && ch < 0x7f));
    for (const QString& l : QString::fromStdString(m).split('\n')) QVERIFY2(l.size() <= 72, qPrintable(l));
    for (const char* want : {"run on intel-svm v4.4 and on v4.5", "v4.4  v4.5", "Verdict of v4.4: leak", "Verdict of v4.5: no violation",
                             "What changed from v4.4 to v4.5", "mm#1 mm_users is 2 in\n  v4.4 and 1 in v4.5",
                             " --variant v4.4\n  $ svmlab check accel-mmap-exit"})
      QVERIFY2(m.find(want) != std::string::npos, want);
    // The bind row: each variant's own mm_users when bind returns, side by side.
    const QRegularExpression bind(QStringLiteral("\\n bind +(\\d+) +(\\d+) "));
    const auto mm = bind.match(QString::fromStdString(m));
    QVERIFY(mm.hasMatch());
    QCOMPARE(mm.captured(1).toInt(), 2);
    QCOMPARE(mm.captured(2).toInt(), 1);
    std::ofstream(dir_.filePath(QStringLiteral("mail-compare.txt")).toStdString()) << m;
  }

  void mailTellsAUseAfterFreeAndItsInterleaving() {
    auto t = traceOf("accel-dma-during-exit", "v4.5-no-fault-guard");
    const std::string m = svm::mail_text(*t);
    checkMail(m);
    for (const char* want : {"Use-after-free at steps", "freed by app in remove_vma()", "How the threads interleave, steps"})
      QVERIFY2(m.find(want) != std::string::npos, want);
    // One thread alone needs no interleaving.
    QVERIFY(svm::mail_text(*traceOf("accel-mmap-exit", "v4.4")).find("interleave") == std::string::npos);
  }

  void asciiLine() {
    QCOMPARE(svm::ascii_line("a\u2192b \u2014 \"c\"\td\ne\x01"), std::string("a->b -- \"c\" d e?"));
    QCOMPARE(svm::ascii_line("\xff\xfe caf\xc3\xa9"), std::string("?? caf?"));
  }

  void hostileNamesExportSafely() {
    auto t = hostileTrace();
    // DOT: both of Graphviz's readers take it, and the name is in a label.
    const std::string dot = svm::trace_dot(*t, -1);
    QVERIFY(graphvizNodes(dot) > 5);
    const QString gv = dir_.filePath(QStringLiteral("hostile.gv"));
    QCOMPARE(exportTrace(t, request(ExportWhat::Graph, ExportFormat::Dot, gv)), QString());
    runDot(gv, {QStringLiteral("&lt;b&gt;}{"), QStringLiteral("{0} &lt;script&gt;")});
    // SVG: still XML, and the text is the name (escaped as XML, read back as is).
    const QString svg = dir_.filePath(QStringLiteral("hostile.svg"));
    QCOMPARE(exportTrace(t, request(ExportWhat::Graph, ExportFormat::Svg, svg)), QString());
    QString err;
    const QString text = svgText(readAll(svg), &err);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(text.contains(QLatin1String("a\"pp <b>}{")), qPrintable(text.left(400)));
    // Mail, CSV, JSON, PDF slides.
    checkMail(svm::mail_text(*t));
    const QString csv = dir_.filePath(QStringLiteral("hostile.csv"));
    QCOMPARE(exportTrace(t, request(ExportWhat::Timeline, ExportFormat::Csv, csv)), QString());
    const auto rows = parseCsv(QString::fromUtf8(readAll(csv)));
    QCOMPARE(rows.size(), int(t->states.size()) + 1);
    QCOMPARE(rows[5][1], QString::fromUtf8(kHostileProcess));
    const QString json = dir_.filePath(QStringLiteral("hostile.json"));
    QCOMPARE(exportTrace(t, request(ExportWhat::Trace, ExportFormat::Json, json)), QString());
    QVERIFY(!nlohmann::json::parse(readAll(json).toStdString(), nullptr, false).is_discarded());
    const QString pdf = dir_.filePath(QStringLiteral("hostile.pdf"));
    QCOMPARE(exportTrace(t, request(ExportWhat::Slides, ExportFormat::Pdf, pdf)), QString());
    QVERIFY(pdfPages(pdf) > 1);
  }

  void hostileScenarioFileThroughTheCli_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("dot") << QStringList{"--what", "graph", "--format", "dot"} << "h.gv";
    QTest::newRow("svg") << QStringList{"--what", "graph", "--format", "svg"} << "h.svg";
    QTest::newRow("mail") << QStringList{"--what", "mail", "--format", "text"} << "h.txt";
    QTest::newRow("csv") << QStringList{"--what", "timeline", "--format", "csv"} << "h.csv";
    QTest::newRow("slides") << QStringList{"--what", "slides", "--format", "pdf"} << "h.pdf";
  }
  void hostileScenarioFileThroughTheCli() {
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const QString out = dir_.filePath(file);
    QProcess p;
    p.start(QStringLiteral(SVMLAB_BINARY), QStringList{"export", fixtures::source_dir().c_str() + QStringLiteral("/tests/data/hostile-names.json")} + args + QStringList{"-o", out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo(out).size() > 0);
    if (file.endsWith(QLatin1String(".gv"))) runDot(out, {QStringLiteral("/dev/accel.0")});  // dot writes "-" as &#45;
    if (file.endsWith(QLatin1String(".txt"))) checkMail(readAll(out).toStdString());
    if (file.endsWith(QLatin1String(".svg"))) {
      QString err;
      svgText(readAll(out), &err);
      QVERIFY2(err.isEmpty(), qPrintable(err));
    }
  }

  void unwritablePathIsOneLineAndExit2_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("mail") << QStringList{"--what", "mail", "-o", "/nonexistent-svmlab/m.txt"};
    QTest::newRow("png") << QStringList{"--what", "graph", "--format", "png", "-o", "/nonexistent-svmlab/g.png"};
    QTest::newRow("folder as file") << QStringList{"--what", "graph", "--format", "svg", "-o", QDir::tempPath()};
    QTest::newRow("slides") << QStringList{"--what", "slides", "--format", "png", "-o", "/proc/svmlab-slides"};
  }
  void unwritablePathIsOneLineAndExit2() {
    QFETCH(QStringList, args);
    QProcess p;
    p.start(QStringLiteral(SVMLAB_BINARY), QStringList{"export", "accel-mmap-exit"} + args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(QLatin1String("svmlab: cannot write ")), qPrintable(err));
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
  }

  void failedExportLeavesNoFile() {
    // QSaveFile: a request that fails half-way does not replace a good file.
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const QString path = dir_.filePath(QStringLiteral("keep.txt"));
    {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("good\n");
    }
    ExportRequest r = request(ExportWhat::Graph, ExportFormat::Csv, path);  // no such format for a graph
    QVERIFY(!exportTrace(t, r).isEmpty());
    QCOMPARE(readAll(path), QByteArray("good\n"));
  }

  // --- Writes that fail ------------------------------------------------

  // /dev/full takes the open and refuses every byte: each format says so
  // with exit 2, and /dev/full is still the device afterwards.
  void devFullFailsEveryFormat_data() {
    QTest::addColumn<QStringList>("args");
    const QList<QPair<QString, QStringList>> kinds = {
        {"graph", {"svg", "png", "pdf", "dot"}}, {"timeline", {"svg", "png", "pdf", "csv"}}, {"trace", {"text", "json"}},
        {"mail", {"text"}}, {"slides", {"pdf", "png"}}};
    for (const auto& [what, formats] : kinds)
      for (const QString& f : formats)
        QTest::newRow(qPrintable(what + ' ' + f)) << QStringList{"--what", what, "--format", f};
    QTest::newRow("timeline csv compare") << QStringList{"--what", "timeline", "--format", "csv", "--compare", "v4.5"};
    QTest::newRow("mail compare") << QStringList{"--what", "mail", "--compare", "v4.5"};
  }
  void devFullFailsEveryFormat() {
    QFETCH(QStringList, args);
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) QSKIP("no /dev/full on this system");
    QProcess p;
    p.start(QStringLiteral(SVMLAB_BINARY), QStringList{"export", "accel-mmap-exit", "--variant", "v4.4"} + args + QStringList{"-o", "/dev/full"});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.startsWith(QLatin1String("svmlab: cannot write /dev/full: ")), qPrintable(err));
    QCOMPARE(err.count('\n'), 1);
    QT_STATBUF st;
    QVERIFY(QT_STAT("/dev/full", &st) == 0 && S_ISCHR(st.st_mode));  // not renamed over
  }

  // A write that fails midway (an injected device error: the first half
  // reaches the temporary file, then the device fails) keeps the old file
  // and leaves no temporary file behind.
  void failingDeviceKeepsTheOldFile() {
    QTemporaryDir d;
    const QString path = d.filePath(QStringLiteral("keep.svg"));
    {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("good\n");
    }
    class FailingSaveFile : public QSaveFile {
     public:
      using QSaveFile::QSaveFile;

     protected:
      qint64 writeData(const char* data, qint64 len) override {
        QSaveFile::writeData(data, len / 2);
        setErrorString(QStringLiteral("No space left on device (injected)"));
        return -1;
      }
    };
    const QByteArray big(100000, 'x');
    const QString e = saveBytes(path, big, [](const QString& p) { return std::make_unique<FailingSaveFile>(p); });
    QVERIFY2(e.startsWith(QStringLiteral("cannot write %1: ").arg(path)) && e.contains(QLatin1String("injected")), qPrintable(e));
    QCOMPARE(readAll(path), QByteArray("good\n"));
    QCOMPARE(QDir(d.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"keep.svg"});
    // The same file through the real QSaveFile: replaced, whole.
    QCOMPARE(saveBytes(path, big), QString());
    QCOMPARE(readAll(path), big);
  }

  // A real full file system, where the test can make one without privileges
  // (a private tmpfs in a user and mount namespace): SVG, PDF, PNG and text
  // exports that do not fit exit 2 and keep the old file.
  void fullFileSystemKeepsTheOldFile_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("svg") << QStringList{"--what", "graph", "--format", "svg"} << "x.svg";
    QTest::newRow("pdf") << QStringList{"--what", "timeline", "--format", "pdf"} << "x.pdf";
    QTest::newRow("png") << QStringList{"--what", "graph", "--format", "png", "--scale", "2"} << "x.png";
    QTest::newRow("text") << QStringList{"--what", "trace", "--format", "json"} << "x.json";
  }
  void fullFileSystemKeepsTheOldFile() {
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()) QSKIP("no unshare(1): the injected device error above covers it");
    QTemporaryDir d;
    const QString mnt = d.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mnt));
    // 24 KiB: the old file (4 KiB) fits, none of the new ones does.
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=24k svmlab-full \"$1\" || exit 77; shift; out=\"$1\"; shift; "
        "head -c 4096 /dev/zero | tr '\\\\0' g > \"$out\"; \"$@\" -o \"$out\"; rc=$?; "
        "head -c 4096 /dev/zero | tr '\\\\0' g | cmp -s - \"$out\" || exit 78; "
        "[ \"$(ls -A \"$(dirname \"$out\")\" | wc -l)\" = 1 ] || exit 79; exit $rc");
    QProcess p;
    p.start(unshare, QStringList{"-Urm", "sh", "-c", script, "sh", mnt, mnt + '/' + file, QStringLiteral(SVMLAB_BINARY), "export",
                                 "accel-mmap-exit", "--variant", "v4.4"} + args);
    QVERIFY(p.waitForFinished(120000));
    if (p.exitCode() == 77 || (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 1 && p.readAllStandardError().contains("unshare")))
      QSKIP("no private tmpfs here (user namespaces off): the injected device error above covers it");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() != 78, "the old file was replaced");
    QVERIFY2(p.exitCode() != 79, "a temporary file was left behind");
    QVERIFY2(p.exitCode() == 2, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
    QVERIFY2(err.contains(QLatin1String("cannot write")) && err.contains(QLatin1String("No space left")), qPrintable(err));
  }

  // --- The timeline as a teacher prints it ---------------------------------

  void timelinePdfHasItsAxesInsideThePage_data() {
    QTest::addColumn<QString>("compare");
    QTest::newRow("v4.4") << "";
    QTest::newRow("v4.4 | v4.5") << "v4.5";
  }
  void timelinePdfHasItsAxesInsideThePage() {
    QFETCH(QString, compare);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) QSKIP("pdftotext (poppler-utils) is not installed");
    auto t = traceOf("accel-mmap-exit", "v4.4");
    auto c = compare.isEmpty() ? nullptr : traceOf("accel-mmap-exit", compare.toStdString());
    ExportRequest r = request(ExportWhat::Timeline, ExportFormat::Pdf, dir_.filePath(QStringLiteral("timeline%1.pdf").arg(compare)));
    r.compare = compare;
    QCOMPARE(exportRuns({t, c}, r), QString());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-bbox"), r.path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    const auto page = QRegularExpression(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\"")).match(html);
    QVERIFY(page.hasMatch());
    const double W = page.captured(1).toDouble(), H = page.captured(2).toDouble();
    QMultiMap<QString, QRectF> words;
    const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    for (auto it = word.globalMatch(html); it.hasNext();) {
      const auto m = it.next();
      const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()), QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
      QVERIFY2(box.left() >= 0 && box.top() >= 0 && box.right() <= W && box.bottom() <= H, qPrintable(m.captured(5)));
      words.insert(m.captured(5), box);
    }
    // Axis titles, and tick labels along the bottom (the step axis) and the left (the counts).
    for (const char* w : {"step", "reference", "count", "mm_users", "bind"}) QVERIFY2(words.contains(QLatin1String(w)), w);
    int bottomTicks = 0, leftTicks = 0;
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
      bool number = false;
      it.key().toInt(&number);
      if (!number) continue;
      if (it.value().top() > H * 0.85) ++bottomTicks;
      if (it.value().right() < W * 0.08) ++leftTicks;
    }
    QVERIFY2(bottomTicks >= 4, qPrintable(QString::number(bottomTicks)));
    QVERIFY2(leftTicks >= 3, qPrintable(QString::number(leftTicks)));
    if (c) QVERIFY(words.contains(QStringLiteral("(thin")));
  }

  // What a reader copies out of the command line's PDFs is the letters
  // drawn: "exit_files", not "exit_\uFB01les" (no ligatures).
  void cliPdfTextReadsBackAsWritten() {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir d;
    for (const char* what : {"timeline", "slides"}) {
      const QString pdf = d.filePath(QStringLiteral("%1.pdf").arg(what));
      QProcess p;
      p.start(QStringLiteral(SVMLAB_BINARY), QStringList{"export", "accel-mmap-exit", "--variant", "v4.4", "--what", what, "-o", pdf});
      QVERIFY(p.waitForFinished(120000));
      QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
      QProcess t;
      t.start(pdftotext, {pdf, QStringLiteral("-")});
      QVERIFY(t.waitForFinished(30000));
      const QString text = QString::fromUtf8(t.readAllStandardOutput());
      QVERIFY2(text.contains(QLatin1String("exit_files")), what);
      QVERIFY2(!text.contains(QChar(0xFB01)) && !text.contains(QChar(0xFB02)), what);
    }
  }

  // The PNG at any --scale is the same picture: scaled down again, it matches
  // the one at scale 1 (so nothing moved off the canvas at either size).
  void timelinePngScales() {
    auto t = traceOf("accel-mmap-exit", "v4.4");
    ExportRequest r = request(ExportWhat::Timeline, ExportFormat::Png, QString());
    const QImage one = exportImage(t, r).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(one.size(), QSize(1200, 600));
    for (double scale : {0.5, 3.0}) {
      r.scale = scale;
      const QImage img = exportImage(t, r);
      QCOMPARE(img.size(), QSize(int(1200 * scale), int(600 * scale)));
      const QImage back = img.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
      const QImage ref = scale < 1 ? one.scaled(img.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                         .scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                         .convertToFormat(QImage::Format_Grayscale8)
                                   : one;
      // Mean difference per pixel in each 60-pixel strip along the edges: the
      // axis labels are there in both.
      auto strip = [](const QImage& a, const QImage& b, QRect rc) {
        double sum = 0;
        for (int y = rc.top(); y <= rc.bottom(); ++y)
          for (int x = rc.left(); x <= rc.right(); ++x) sum += std::abs(int(a.pixelColor(x, y).value()) - int(b.pixelColor(x, y).value()));
        return sum / (rc.width() * rc.height());
      };
      QVERIFY2(strip(back, ref, QRect(0, 0, 60, 600)) < 12, qPrintable(QString::number(scale)));
      QVERIFY2(strip(back, ref, QRect(0, 540, 1200, 60)) < 12, qPrintable(QString::number(scale)));
      lookAt(img, QStringLiteral("timeline-x%1.png").arg(scale));
    }
  }

  // --- Compare CSV --------------------------------------------------------

  void compareCsvRowsAreEachRunsOwnState() {
    auto a = traceOf("accel-mmap-exit", "v4.4");
    auto b = traceOf("accel-mmap-exit", "v4.5");
    ExportRequest r = request(ExportWhat::Timeline, ExportFormat::Csv, dir_.filePath(QStringLiteral("compare.csv")));
    r.compare = QStringLiteral("v4.5");
    QCOMPARE(exportRuns({a, b}, r), QString());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(r.path)));
    const svm::Alignment al = svm::align_runs(*a, *b);
    QCOMPARE(rows.size(), al.size() + 1);
    const QStringList head = rows[0];
    QCOMPARE(head.mid(0, 2), (QStringList{"v4.4:step", "v4.5:step"}));
    QVERIFY(head.contains(QStringLiteral("v4.5:mm#1.mm_users")));
    QVERIFY(head.indexOf(QStringLiteral("v4.5:mm#1.mm_users")) == head.indexOf(QStringLiteral("v4.4:mm#1.mm_users")) + 1);
    for (int i = 1; i < rows.size(); ++i) {
      const QStringList& row = rows[i];
      QCOMPARE(row.size(), head.size());
      QCOMPARE(row[0].toInt(), al.pos[size_t(i - 1)].a);
      QCOMPARE(row[1].toInt(), al.pos[size_t(i - 1)].b);
      for (const auto& [run, col0, prefix] : {std::tuple{a, 0, QStringLiteral("v4.4:")}, std::tuple{b, 1, QStringLiteral("v4.5:")}}) {
        const int state = row[col0].toInt();
        int live = 0;
        for (const svm::Counter& c : svm::counters(run->states[size_t(state)])) {
          const int col = head.indexOf(prefix + QString::fromStdString(svm::to_string(c.obj) + "." + std::string(c.name)));
          QVERIFY(col >= 2);
          QCOMPARE(row[col].toLongLong(), qint64(c.value));
          ++live;
        }
        int filled = 0;
        for (int k = 2; k < head.size(); ++k) filled += head[k].startsWith(prefix) && !row[k].isEmpty();
        QCOMPARE(filled, live);
      }
    }
  }

  // --- The ftrace-shaped text ---------------------------------------------

  void ftraceHasOneCommentPerLine_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("default 100") << 0;
    QTest::newRow("72") << 72;
  }
  void ftraceHasOneCommentPerLine() {
    QFETCH(int, width);
    int cut = 0;
    for (const char* sc : {"accel-mmap-exit", "accel-dma-during-exit", "page-request-fault-in", "munmap-invalidate"}) {
      auto t = traceOf(sc, "v4.4");
      ExportRequest r = request(ExportWhat::Trace, ExportFormat::Text, QString());
      r.width = width;
      const QStringList lines = QString::fromStdString(exportText({t, nullptr}, r)).split('\n', Qt::SkipEmptyParts);
      for (const QString& l : lines) {
        QVERIFY2(l.count(QLatin1String("/*")) <= 1 && l.count(QLatin1String("*/")) <= 1, qPrintable(l));
        if (l.contains(QLatin1String("/*"))) QVERIFY2(l.trimmed().endsWith(QLatin1String("*/")), qPrintable(l));
        if (l.contains(QLatin1String("/*")))  // source lines are cut; a function's name is kept whole
          QVERIFY2(l.size() <= (width ? width : 100), qPrintable(QStringLiteral("%1 columns: %2").arg(l.size()).arg(l)));
        cut += l.endsWith(QLatin1String("... */"));
      }
      QVERIFY(lines.join('\n').contains(QLatin1String("exit_mm() {")));
    }
    QVERIFY(cut > 0);  // there were long lines, and they were cut with an ellipsis
    // The source line and its own comment, one after the other.
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const std::string f = svm::trace_ftrace(*t);
    QVERIFY(f.find("/* file = get_empty_filp(); */\n") != std::string::npos);
    QVERIFY(f.find("/* f_count = 1 */\n") != std::string::npos);
    QVERIFY(f.find("/* file#1 f_count 0->1 */\n") != std::string::npos);
  }

  // --- --all-steps and -o ---------------------------------------------------

  void allStepsWritesOneFilePerStep_data() {
    QTest::addColumn<int>("what");
    QTest::addColumn<int>("format");
    for (ExportFormat f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot})
      QTest::newRow(qPrintable(QStringLiteral("graph ") + formatName(f))) << int(ExportWhat::Graph) << int(f);
    for (ExportFormat f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf})
      QTest::newRow(qPrintable(QStringLiteral("timeline ") + formatName(f))) << int(ExportWhat::Timeline) << int(f);
  }
  void allStepsWritesOneFilePerStep() {
    QFETCH(int, what);
    QFETCH(int, format);
    auto t = traceOf("supervisor-pasid", "v4.4");
    ExportRequest r = request(ExportWhat(what), ExportFormat(format), dir_.filePath(QStringLiteral("all-%1-%2").arg(what).arg(format)));
    r.allSteps = true;
    r.scale = 0.25;
    QVERIFY(writesFolder(r));
    QCOMPARE(exportTrace(t, r), QString());
    const QString ext = extensionFor(r.what, r.format);
    const QStringList files = QDir(r.path).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), int(t->states.size()));
    for (int s = 0; s < files.size(); ++s) QCOMPARE(files[s], QStringLiteral("step-%1.%2").arg(s, 3, 10, QLatin1Char('0')).arg(ext));
    const QByteArray first = readAll(QDir(r.path).filePath(files.first())), last = readAll(QDir(r.path).filePath(files.last()));
    QVERIFY(isComplete(ExportFormat(format), last));
    QVERIFY(first != last);  // each file is its own step
  }

  void outputExtensionChoosesTheFormat_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("expect");  // stderr, or the file's first bytes
    QTest::newRow("x.jpg refused") << QStringList{"--what", "graph", "-o", "x.jpg"} << 2
                                    << "svmlab: -o x.jpg: \".jpg\" is not a format of graph (svg, png, pdf, dot); name one with --format\n";
    QTest::newRow("x.png as svg refused") << QStringList{"--what", "graph", "--format", "svg", "-o", "x.png"} << 2
                                          << "svmlab: -o x.png names png, but --format is svg\n";
    QTest::newRow("t.pdf is pdf") << QStringList{"--what", "timeline", "-o", "@/t.pdf"} << 0 << "%PDF-";
    QTest::newRow("g.gv is dot") << QStringList{"--what", "graph", "-o", "@/g.gv"} << 0 << "digraph";
    QTest::newRow("csv all-steps refused") << QStringList{"--what", "timeline", "--format", "csv", "--all-steps", "-o", "@/d"} << 2
                                           << "svmlab: --all-steps applies to";
    QTest::newRow("compare graph refused") << QStringList{"--what", "graph", "--compare", "v4.5", "-o", "@/g.svg"} << 2
                                           << "svmlab: --compare applies to timeline, mail and slides\n";
    QTest::newRow("unknown section") << QStringList{"--what", "mail", "--sections", "ladder,footer", "-o", "@/m.txt"} << 2
                                     << "svmlab: --sections: no section \"footer\" (ladder, changes, functions)\n";
  }
  void outputExtensionChoosesTheFormat() {
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, expect);
    QTemporaryDir d;
    QString out;
    for (QString& a : args)
      if (a.startsWith('@')) out = a = d.path() + a.mid(1);
    QProcess p;
    p.start(QStringLiteral(SVMLAB_BINARY), QStringList{"export", "accel-mmap-exit"} + args);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == exit, qPrintable(err));
    if (exit) QVERIFY2(err.startsWith(expect) && err.count('\n') == 1, qPrintable(err));
    else QVERIFY2(readAll(out).startsWith(expect.toLatin1()), qPrintable(out));
  }

  void allStepsDotThroughTheCli() {
    QTemporaryDir d;
    const QString dir = d.filePath(QStringLiteral("dots"));
    QProcess p;
    p.start(QStringLiteral(SVMLAB_BINARY), QStringList{"export", "supervisor-pasid", "--all-steps", "--what", "graph", "--format", "dot", "-o", dir});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFileInfo(dir).isDir());
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), int(traceOf("supervisor-pasid", "v4.4")->states.size()));
  }

 private:
  // `dot -Tsvg` reads the file; its SVG holds each `want` (as SVG text).
  void runDot(const QString& path, const QStringList& want) {
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) QSKIP("the dot program is not installed (the Graphviz library already read the file)");
    QProcess p;
    p.start(dot, {QStringLiteral("-Tsvg"), path});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    QVERIFY2(!err.contains("Warning") && !err.contains("Error"), err.constData());
    const QString svg = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& w : want) QVERIFY2(svg.contains(w), qPrintable(w));
  }
  // Keep a copy where a person can look at it (SVMLAB_EXPORT_LOOK=dir).
  void lookAt(const QImage& img, const QString& name) {
    const QString d = qEnvironmentVariable("SVMLAB_EXPORT_LOOK");
    if (!d.isEmpty()) img.save(QDir(d).filePath(name));
  }

  QTemporaryDir dir_;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
