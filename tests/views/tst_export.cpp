// Export, judged by real consumers: Graphviz reads our DOT (the library's
// parser and `dot -Tsvg`), an XML reader and QSvgRenderer read our SVG,
// pdfinfo (or the PDF header and trailer) our PDF, a CSV parser our CSV
// against the trace, and a 72-column, ASCII, quoted reading our mail. A
// scenario with hostile names exports safely in every format.

#include <QDir>
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
#include "tests/core/fixtures.h"
#include "views/export/exporter.h"
#include "views/export/slides.h"

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
    QCOMPARE(int(series.size()), int(svm::milestone_states(*t).size()) + 1);
    QCOMPARE(series.back().state, int(t->steps.size()));
    QVERIFY(series.back().caption.contains(QLatin1String("leak")));
    QVERIFY(series[0].caption.contains(QLatin1String("intel_svm_bind_mm")));
    QCOMPARE(series[0].source, QStringLiteral("drivers/iommu/intel-svm.c (v4.4)"));
    ExportRequest r = request(ExportWhat::Slides, ExportFormat::Png, dir_.filePath(QStringLiteral("slides")));
    QCOMPARE(exportTrace(t, r), QString());
    const QStringList files = QDir(r.path).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), int(series.size()));
    QVERIFY(files.first().startsWith(QLatin1String("01-")));
    const QImage last(QDir(r.path).filePath(files.last()));
    QCOMPARE(last.size(), QSize(1600, 900));
    lookAt(last, QStringLiteral("slide-last.png"));
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
        const int col = head.indexOf(QString::fromStdString(svm::to_string(c.obj) + "." + c.name));
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
  }

  void mailTellsTheLeakCycle() {
    auto t = traceOf("accel-mmap-exit", "v4.4");
    const std::string m = svm::mail_text(*t);
    for (const char* want : {"mm#1   -> vma#1   mmap", "svm#1  -> mm#1    mm_users (get_task_mm)", "leak at the end:",
                             "get_task_mm            kernel/fork.c (v4.4)", "91 app    mmput                     2->1"})
      QVERIFY2(m.find(want) != std::string::npos, want);
    std::ofstream(dir_.filePath(QStringLiteral("mail.txt")).toStdString()) << m;
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
