// Every mark of the reference graph is a fact of the model: at every step of
// every built-in scenario in every variant, the counted references into an
// object add up to each of its counters (STYLE item 15), and every reference
// has one of the three kinds the legend explains.

#include <QtTest>

#include <map>

#include "core/driver/variant.h"
#include "core/engine/refs.h"
#include "core/report/dot.h"
#include "tests/core/fixtures.h"

namespace {

// "" when the counted references into every object add up to its counters,
// else the first disagreement in words.
std::string disagreement(const svm::Machine& m, const svm::Config& cfg) {
  std::map<std::pair<svm::ObjId, std::string>, int64_t> drawn;
  for (const svm::Ref& r : svm::references(m, cfg))
    if (r.kind == svm::RefKind::Counted) drawn[{r.to, std::string(svm::counter_name(r.counter))}] += r.refs;
  std::map<std::pair<svm::ObjId, std::string>, int64_t> kept;
  for (const svm::Counter& c : svm::counters(m)) kept[{c.obj, std::string(c.name)}] = c.value;
  for (const auto& [key, value] : kept) {
    auto it = drawn.find(key);
    const int64_t d = it == drawn.end() ? 0 : it->second;
    if (d != value)
      return svm::to_string(key.first) + " " + key.second + " is " + std::to_string(value) + " but " +
             std::to_string(d) + " counted reference(s) are drawn into it";
  }
  for (const auto& [key, value] : drawn)
    if (!kept.count(key))
      return std::to_string(value) + " counted reference(s) drawn into " + svm::to_string(key.first) + " " +
             key.second + ", which keeps no such live counter";
  return {};
}
}  // namespace

class TstRefs : public QObject {
  Q_OBJECT
 private slots:
  void counted_edges_add_up_to_the_counters_data();
  void counted_edges_add_up_to_the_counters();
  void dot_export_carries_kinds_and_counters_data();
  void dot_export_carries_kinds_and_counters();
};

void TstRefs::counted_edges_add_up_to_the_counters_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  for (const std::string& s : fixtures::builtin_ids())
    for (const svm::Variant& v : svm::all_variants())
      QTest::newRow((s + " " + std::string(v.id)).c_str()) << QString::fromStdString(s) << QString::fromStdString(std::string(v.id));
}

void TstRefs::counted_edges_add_up_to_the_counters() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  for (size_t s = 0; s < t.states.size(); ++s) {
    const std::string d = disagreement(t.states[s], *t.cfg);
    if (!d.empty()) {
      const std::string where = s == 0 ? "before the first step"
                                       : "after step " + std::to_string(s) + " (" +
                                             std::string(svm::fn_name(t.steps[s - 1].fn)) + ": " + std::string(t.steps[s - 1].text) + ")";
      QFAIL((d + ", " + where).c_str());
    }
  }
}

// The DOT export says the same: every edge has svmlab_kind; counted ones name
// their counter, and their svmlab_refs add up to the counters.
void TstRefs::dot_export_carries_kinds_and_counters_data() { counted_edges_add_up_to_the_counters_data(); }

void TstRefs::dot_export_carries_kinds_and_counters() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  // Every third state (and the last): references() itself is checked at every one above.
  for (size_t s = 0; s < t.states.size(); s += (s + 3 < t.states.size() || s + 1 == t.states.size()) ? 3 : t.states.size() - 1 - s) {
    const QString dot = QString::fromStdString(svm::trace_dot(t, int(s)));
    const QRegularExpression edge(QStringLiteral("\"([^\"]+)\" -> \"([^\"]+)\" \\[([^\\n]*)\\];"));
    std::map<std::pair<QString, QString>, int> sum;
    for (auto it = edge.globalMatch(dot); it.hasNext();) {
      const auto m = it.next();
      const QString attrs = m.captured(3);
      const auto kind = QRegularExpression(QStringLiteral("svmlab_kind=\"(counted|owns|pointer)\"")).match(attrs);
      QVERIFY2(kind.hasMatch(), qPrintable(m.captured(0)));
      if (kind.captured(1) != "counted") {
        QVERIFY2(!attrs.contains("svmlab_counter"), qPrintable(m.captured(0)));
        continue;
      }
      const auto ctr = QRegularExpression(QStringLiteral("svmlab_counter=\"([a-z_]+)\"")).match(attrs);
      QVERIFY2(ctr.hasMatch(), qPrintable(m.captured(0)));
      const auto refs = QRegularExpression(R"(svmlab_refs=(\d+))").match(attrs);
      sum[{m.captured(2), ctr.captured(1)}] += refs.hasMatch() ? refs.captured(1).toInt() : 1;
    }
    for (const svm::Counter& c : svm::counters(t.states[s])) {
      const int drawn = sum[{QString::fromStdString(svm::to_string(c.obj)), QString::fromUtf8(c.name.data(), static_cast<qsizetype>(c.name.size()))}];
      QVERIFY2(drawn == c.value, qPrintable(QString("state %1: %2 %3 = %4, DOT draws %5")
                                                .arg(s).arg(QString::fromStdString(svm::to_string(c.obj)))
                                                .arg(QString::fromUtf8(c.name.data(), static_cast<qsizetype>(c.name.size()))).arg(c.value).arg(drawn)));
    }
  }
}

QTEST_APPLESS_MAIN(TstRefs)
#include "tst_refs.moc"
