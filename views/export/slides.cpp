#include "views/export/slides.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <algorithm>
#include <map>

#include "core/engine/align.h"
#include "core/engine/function.h"
#include "core/engine/refs.h"
#include "core/report/milestone_span.h"
#include "core/report/narration.h"
#include "core/report/verdict_words.h"
#include "views/export/save_atomic.h"
#include "views/refgraph/graph_view.h"

namespace svmlab {

namespace {

constexpr double kW = 1600, kH = 900;
constexpr double kMargin = 32;
constexpr double kTitleH = 96;
constexpr double kCaptionH = 190;
constexpr double kCaptionMaxH = 330;

QString q(const std::string& s) { return QString::fromStdString(s); }
QString variantOf(const svm::Trace& t) { return QString::fromUtf8(t.cfg->variant->id.data(), int(t.cfg->variant->id.size())); }
QString fnOf(const svm::Trace& t, int state) {
  return state >= 1 ? QString::fromUtf8(svm::fn_name(t.steps[size_t(state - 1)].fn).data()) + QStringLiteral("()") : QString();
}

QString sentence(QString s) {
  s = s.trimmed();
  if (!s.isEmpty() && !s.endsWith('.') && !s.endsWith('!') && !s.endsWith('?') && !s.endsWith(':')) s += '.';
  return s;
}

// "a, b and c"
QString listing(const QStringList& xs) {
  if (xs.size() < 2) return xs.join(QString());
  return xs.mid(0, xs.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + xs.back();
}

// What the reference counts did from state `from` to state `to`, as phrases.
QStringList countChanges(const svm::Trace& t, int from, int to) {
  std::map<std::pair<svm::ObjId, std::string>, int64_t> before, after;
  for (const svm::Counter& c : svm::counters(t.states[size_t(from)])) before[{c.obj, std::string(c.name)}] = c.value;
  for (const svm::Counter& c : svm::counters(t.states[size_t(to)])) after[{c.obj, std::string(c.name)}] = c.value;
  QStringList out;
  for (const auto& [k, v] : after) {
    const QString name = q(svm::to_string(k.first) + " " + k.second);
    const auto b = before.find(k);
    if (b == before.end()) out << QStringLiteral("%1 starts at %2").arg(name).arg(v);
    else if (b->second != v) out << QStringLiteral("%1 goes from %2 to %3").arg(name).arg(b->second).arg(v);
  }
  for (const auto& [k, v] : before)
    if (!after.count(k)) out << QStringLiteral("%1 is gone (its object is freed)").arg(q(svm::to_string(k.first) + " " + k.second));
  return out;
}

// "When exit_mm() returns (after step 159), mm#1 mm_users goes from 1 to 0."
QString returnSentence(const svm::Trace& t, const svm::MilestoneSpan& m, const QString& who = {}) {
  const QStringList ch = countChanges(t, m.enter - 1, m.end);
  const QString head = QStringLiteral("%1when %2 returns (after step %3)")
                           .arg(who.isEmpty() ? QString() : QStringLiteral("In %1, ").arg(who), fnOf(t, m.enter))
                           .arg(m.end);
  QString s = head + (ch.isEmpty() ? QStringLiteral(", no reference count has changed") : QStringLiteral(", ") + listing(ch));
  s[0] = s[0].toUpper();
  return sentence(s);
}

QString stepSentence(const svm::Trace& t, int state, const QString& who = {}) {
  const QStringList ch = countChanges(t, state - 1, state);
  QString s = QStringLiteral("%1after step %2 (%3)").arg(who.isEmpty() ? QString() : QStringLiteral("In %1, ").arg(who)).arg(state).arg(fnOf(t, state));
  s += ch.isEmpty() ? QStringLiteral(", no reference count has changed") : QStringLiteral(", ") + listing(ch);
  s[0] = s[0].toUpper();
  return sentence(s);
}

// The scenario's words for the step that entered a function (narration,
// the note of the action it starts), each a whole sentence.
QStringList storyOf(const svm::Trace& t, int state) {
  QStringList parts;
  if (state < 1) return parts;
  const svm::StepStory st = svm::story_of(t, state);
  for (const std::string& s : st.scenario) parts << sentence(q(s));
  return parts;
}

QStringList verdictSentences(const svm::Trace& t, const QString& who = {}) {
  QStringList out;
  for (const svm::VerdictPart& p : svm::verdict_parts(t)) {
    QString s = q(p.sentence);
    if (!who.isEmpty()) s = QStringLiteral("In %1: %2").arg(who, s);
    out << s;
    if (!p.cycle_links.empty()) {
      QStringList links;
      for (const std::string& l : p.cycle_links) links << q(l);
      out << QStringLiteral("The cycle: %1.").arg(links.join(QStringLiteral(", ")));
    }
  }
  return out;
}

QString contextOf(const svm::Trace& t, const svm::Trace* c, int state) {
  QString s = QStringLiteral("%1, %2").arg(q(t.cfg->scenario->id), variantOf(t));
  if (c) s += QStringLiteral(" | %1").arg(variantOf(*c));
  if (state >= 0 && !c) s += QStringLiteral(", after step %1 of %2").arg(state).arg(t.steps.size());
  return s;
}

Slide titleSlide(const svm::Trace& t, const svm::Trace* c) {
  Slide s;
  s.kind = Slide::Kind::Title;
  s.title = t.cfg->scenario->title.empty() ? q(t.cfg->scenario->id) : q(t.cfg->scenario->title);
  s.context = contextOf(t, c, -1);
  QStringList parts;
  if (!t.cfg->scenario->summary.empty()) parts << sentence(q(t.cfg->scenario->summary));
  for (const svm::Trace* r : {&t, c})
    if (r) parts << sentence(QStringLiteral("Variant %1: %2").arg(variantOf(*r), q(std::string(r->cfg->variant->summary))));
  s.caption = parts.join(' ');
  s.compareState = c ? 0 : -1;
  return s;
}

Slide endSlide(const svm::Trace& t, const svm::Trace* c, const QStringList& before) {
  Slide s;
  s.kind = Slide::Kind::End;
  s.title = QStringLiteral("The end: %1").arg(q(svm::verdict_summary(t)));
  if (c) s.title = QStringLiteral("The end: %1 | %2").arg(q(svm::verdict_summary(t)), q(svm::verdict_summary(*c)));
  s.state = int(t.steps.size());
  s.compareState = c ? int(c->steps.size()) : -1;
  s.context = contextOf(t, c, s.state);
  QStringList parts = before;
  parts << verdictSentences(t, c ? variantOf(t) : QString());
  if (c) parts << verdictSentences(*c, variantOf(*c));
  s.caption = parts.join(' ');
  return s;
}

Slide milestoneSlide(const svm::Trace& t, const svm::MilestoneSpan& m) {
  Slide s;
  s.state = m.end;
  const svm::StepRecord& r = t.steps[size_t(m.enter - 1)];
  s.title = fnOf(t, m.enter);
  s.source = q(svm::source_of(r.fn, *t.cfg->variant));
  s.context = contextOf(t, nullptr, s.state);
  QStringList parts = storyOf(t, m.enter);
  parts << returnSentence(t, m);
  s.caption = parts.join(' ');
  return s;
}

std::vector<Slide> oneRun(const svm::Trace& t, bool allSteps) {
  std::vector<Slide> out = {titleSlide(t, nullptr)};
  QStringList atEnd;
  if (allSteps) {
    for (int i = 1; i <= int(t.steps.size()); ++i) {
      Slide s;
      s.state = i;
      s.title = fnOf(t, i);
      s.source = q(svm::source_of(t.steps[size_t(i - 1)].fn, *t.cfg->variant));
      s.context = contextOf(t, nullptr, i);
      QStringList parts = storyOf(t, i);
      const std::string note = t.steps[size_t(i - 1)].note.english();
      if (!note.empty()) parts << sentence(q(note));
      parts << stepSentence(t, i);
      s.caption = parts.join(' ');
      out.push_back(s);
    }
  } else {
    for (const svm::MilestoneSpan& m : svm::milestone_spans(t)) {
      // A function that runs until the story ends (do_exit) is told at the end.
      if (m.spans_rest) atEnd << storyOf(t, m.enter);
      else out.push_back(milestoneSlide(t, m));
    }
  }
  out.push_back(endSlide(t, nullptr, atEnd));
  return out;
}

std::vector<Slide> twoRuns(const svm::Trace& a, const svm::Trace& b, bool allSteps) {
  const svm::Alignment al = svm::align_runs(a, b);
  const QString va = variantOf(a), vb = variantOf(b);
  std::vector<Slide> out = {titleSlide(a, &b)};
  QStringList atEnd;
  struct Item {
    int pos;
    Slide slide;
  };
  std::vector<Item> items;
  if (allSteps) {
    for (int p = 1; p < al.size(); ++p) {
      const svm::AlignedPos& x = al.pos[size_t(p)];
      Slide s;
      s.state = x.a;
      s.compareState = x.b;
      s.title = QStringLiteral("%1 | %2").arg(fnOf(a, x.a), fnOf(b, x.b));
      s.context = contextOf(a, &b, -1);
      s.caption = stepSentence(a, x.a, va) + ' ' + stepSentence(b, x.b, vb);
      items.push_back({p, s});
    }
  } else {
    const auto sa = svm::milestone_spans(a), sb = svm::milestone_spans(b);
    std::vector<bool> usedB(sb.size(), false);
    for (const svm::MilestoneSpan& m : sa) {
      if (m.spans_rest) {
        atEnd << storyOf(a, m.enter);
        continue;
      }
      // Its twin: the same milestone in b, entered at (nearly) the aligned position.
      int twin = -1;
      for (size_t k = 0; k < sb.size(); ++k)
        if (!usedB[k] && sb[k].milestone == m.milestone &&
            std::abs(al.position_of_b(sb[k].enter) - al.position_of_a(m.enter)) <= 2)
          twin = int(k);
      Slide s = milestoneSlide(a, m);
      s.context = contextOf(a, &b, -1);
      QStringList parts = storyOf(a, m.enter);
      parts << returnSentence(a, m, va);
      if (twin >= 0) {
        usedB[size_t(twin)] = true;
        s.compareState = sb[size_t(twin)].end;
        parts << returnSentence(b, sb[size_t(twin)], vb);
      } else {
        s.compareState = al.pos[size_t(al.position_of_a(m.end))].b;
        parts << QStringLiteral("%1 never enters %2; it is shown at the aligned step %3.").arg(vb, s.title).arg(s.compareState);
      }
      s.caption = parts.join(' ');
      items.push_back({al.position_of_a(m.end), s});
    }
    for (size_t k = 0; k < sb.size(); ++k) {
      const svm::MilestoneSpan& m = sb[k];
      if (usedB[k]) continue;
      if (m.spans_rest) {
        if (!storyOf(b, m.enter).isEmpty() && atEnd.isEmpty()) atEnd << storyOf(b, m.enter);
        continue;
      }
      Slide s = milestoneSlide(b, m);
      s.source = q(svm::source_of(b.steps[size_t(m.enter - 1)].fn, *b.cfg->variant));
      s.context = contextOf(a, &b, -1);
      s.compareState = m.end;
      s.state = al.pos[size_t(al.position_of_b(m.end))].a;
      QStringList parts = storyOf(b, m.enter);
      parts << QStringLiteral("%1 never enters %2; it is shown at the aligned step %3.").arg(va, s.title).arg(s.state);
      parts << returnSentence(b, m, vb);
      s.caption = parts.join(' ');
      items.push_back({al.position_of_b(m.end), s});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) { return x.pos < y.pos; });
  }
  for (Item& i : items) out.push_back(std::move(i.slide));
  out.push_back(endSlide(a, &b, atEnd));
  for (Slide& s : out)
    if (s.kind != Slide::Kind::Title) {
      s.sideA = QStringLiteral("%1, after step %2 of %3").arg(va).arg(s.state).arg(a.steps.size());
      s.sideB = QStringLiteral("%1, after step %2 of %3").arg(vb).arg(s.compareState).arg(b.steps.size());
    }
  return out;
}

}  // namespace

QSizeF slideSize() { return {kW, kH}; }

std::vector<Slide> slideSeries(const svm::Trace& t, bool allSteps, const svm::Trace* compare) {
  std::vector<Slide> out = compare ? twoRuns(t, *compare, allSteps) : oneRun(t, allSteps);
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].number = int(i) + 1;
    out[i].total = int(out.size());
  }
  return out;
}

QString slideFileName(const Slide& s, const QString& extension) {
  const int digits = QString::number(s.total).size();
  QString name = s.kind == Slide::Kind::Title ? QStringLiteral("title") : s.kind == Slide::Kind::End ? QStringLiteral("end") : s.title;
  name.remove(QStringLiteral("()"));
  name = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("-"));
  while (name.endsWith('-')) name.chop(1);
  return QStringLiteral("%1-%2.%3").arg(s.number, std::max(2, digits), 10, QLatin1Char('0')).arg(name, extension);
}

namespace {

void paintGraph(QPainter& p, RefGraphView& graph, int state, const QRectF& area) {
  graph.setCursor(state);
  QGraphicsScene* scene = graph.scene();
  if (!scene || scene->sceneRect().isEmpty()) return;
  // Centred: QGraphicsScene::render keeps the aspect ratio at the top left.
  const QRectF src = scene->sceneRect();
  const double k = std::min(area.width() / src.width(), area.height() / src.height());
  QRectF target(QPointF(0, 0), src.size() * k);
  target.moveCenter(area.center());
  scene->render(&p, target, src, Qt::IgnoreAspectRatio);
}

// The largest size from `px` down to 14 at which `text` fits `r`; the
// rectangle grows (up to `maxH`) when even 14 px does not fit.
int fitText(QPainter& p, QFont f, QRectF* r, const QString& text, int px, double maxH) {
  for (;; px -= 2) {
    f.setPixelSize(px);
    p.setFont(f);
    const QRectF need = p.boundingRect(*r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    if (need.height() <= r->height()) return px;
    if (px <= 14) {
      const double grow = std::min(maxH, need.height()) - r->height();
      if (grow > 0) r->setTop(r->top() - grow);
      return px;
    }
  }
}

void paintSlide(QPainter& p, const SlideGraphs& g, const Slide& s) {
  RefGraphView& graph = *g.a;
  p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  const QRectF page(0, 0, kW, kH);
  p.fillRect(page, graph.backgroundBrush());
  const QColor ink = graph.palette().color(QPalette::Text);
  const QFont base = graph.font();
  QFont big = base;
  big.setPixelSize(40);
  big.setBold(true);
  QFont small = base;
  small.setPixelSize(22);
  p.setPen(ink);

  if (s.kind == Slide::Kind::Title) {
    QRectF titleRect(kMargin * 3, kH * 0.22, kW - 6 * kMargin, 160);
    fitText(p, big, &titleRect, s.title, 56, 160);
    p.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, s.title);
    p.setFont(small);
    p.drawText(QRectF(kMargin * 3, kH * 0.22 + 170, kW - 6 * kMargin, 34), Qt::AlignLeft | Qt::AlignVCenter, s.context);
    QRectF body(kMargin * 3, kH * 0.22 + 230, kW - 6 * kMargin, kH - (kH * 0.22 + 230) - 2 * kMargin);
    fitText(p, base, &body, s.caption, 26, body.height());
    p.drawText(body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s.caption);
    return;
  }

  // Title band: number, function; its source file, the scenario and step below.
  p.setFont(big);
  const QString number = QStringLiteral("%1/%2").arg(s.number).arg(s.total);
  p.drawText(QRectF(kMargin, kMargin - 8, 170, 52), Qt::AlignLeft | Qt::AlignVCenter, number);
  p.drawText(QRectF(kMargin + 170, kMargin - 8, kW - 2 * kMargin - 170, 52), Qt::AlignLeft | Qt::AlignVCenter,
             p.fontMetrics().elidedText(s.title, Qt::ElideRight, int(kW - 2 * kMargin - 170)));
  p.setFont(small);
  p.drawText(QRectF(kMargin + 170, kMargin + 44, kW - 2 * kMargin - 170, 30), Qt::AlignLeft | Qt::AlignVCenter,
             s.source.isEmpty() ? s.context : s.source + QStringLiteral("   \u00b7   ") + s.context);
  p.setPen(QPen(ink, 1));
  p.drawLine(QPointF(kMargin, kTitleH + 8), QPointF(kW - kMargin, kTitleH + 8));

  // Caption first: a long one takes room from the graph, never runs off the page.
  QRectF capRect(kMargin, kH - kCaptionH, kW - 2 * kMargin, kCaptionH - kMargin / 2);
  const int px = fitText(p, base, &capRect, s.caption, 26, kCaptionMaxH);
  QFont cap = base;
  cap.setPixelSize(px);

  // The graph(s), as on screen, between title and caption.
  const QRectF graphRect(kMargin, kTitleH + 16, kW - 2 * kMargin, capRect.top() - 14 - (kTitleH + 16));
  if (g.b && s.compareState >= 0) {
    const double half = (graphRect.width() - kMargin) / 2;
    const QRectF left(graphRect.left(), graphRect.top() + 34, half, graphRect.height() - 34);
    const QRectF right(graphRect.left() + half + kMargin, graphRect.top() + 34, half, graphRect.height() - 34);
    p.setFont(small);
    p.drawText(QRectF(left.left(), graphRect.top(), half, 30), Qt::AlignLeft | Qt::AlignVCenter, s.sideA);
    p.drawText(QRectF(right.left(), graphRect.top(), half, 30), Qt::AlignLeft | Qt::AlignVCenter, s.sideB);
    p.drawLine(QPointF(graphRect.center().x(), graphRect.top()), QPointF(graphRect.center().x(), graphRect.bottom()));
    paintGraph(p, *g.a, s.state, left);
    paintGraph(p, *g.b, s.compareState, right);
  } else {
    paintGraph(p, graph, s.state, graphRect);
  }

  p.setPen(QPen(ink, 1));
  p.drawLine(QPointF(kMargin, capRect.top() - 6), QPointF(kW - kMargin, capRect.top() - 6));
  p.setFont(cap);
  p.drawText(capRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s.caption);
}

}  // namespace

Painter slidePainter(const SlideGraphs& graphs, const Slide& s) {
  return [graphs, s](QPaintDevice& dev, double scale) {
    QPainter p;
    if (!p.begin(&dev)) return false;
    p.scale(scale, scale);
    paintSlide(p, graphs, s);
    return p.end();
  };
}

QString writeSlidesPng(const SlideGraphs& graphs, const std::vector<Slide>& slides, const QString& dir, double scale) {
  if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
    return QStringLiteral("cannot write %1: PNG slides go into a folder, and this is a file").arg(dir);
  if (!QDir().mkpath(dir)) return QStringLiteral("cannot write %1: cannot create the folder").arg(dir);
  for (const Slide& s : slides) {
    const QString e = writePicture(QDir(dir).filePath(slideFileName(s, QStringLiteral("png"))), ExportFormat::Png,
                                   slideSize(), scale, s.title, slidePainter(graphs, s));
    if (!e.isEmpty()) return e;
  }
  return {};
}

bool paintSlides(QPagedPaintDevice& dev, const SlideGraphs& graphs, const std::vector<Slide>& slides) {
  // One painter for every page: newPage() between slides. Each slide is scaled
  // to fit the page (1 on the PDF export, whose page is the slide).
  const double scale = std::min(dev.width() / kW, dev.height() / kH);
  QPainter p;
  bool ok = p.begin(&dev);
  for (size_t i = 0; ok && i < slides.size(); ++i) {
    if (i > 0) ok = dev.newPage();
    if (!ok) break;
    p.save();
    p.scale(scale, scale);
    paintSlide(p, graphs, slides[i]);
    p.restore();
  }
  return p.end() && ok;
}

QString writeSlidesPdf(const SlideGraphs& graphs, const std::vector<Slide>& slides, const QString& path) {
  QByteArray bytes;
  bool ok = false;
  {
    QBuffer dev(&bytes);
    dev.open(QIODevice::WriteOnly);
    // One page per slide, 1600x900 points: the page is the slide.
    QPdfWriter pdf(&dev);
    pdf.setResolution(72);
    pdf.setTitle(slides.empty() ? QString() : slides.front().title);
    pdf.setCreator(QStringLiteral("SVM Lab"));
    pdf.setPageLayout(QPageLayout(QPageSize(slideSize(), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                  QPageLayout::Portrait, QMarginsF()));
    ok = paintSlides(pdf, graphs, slides);
  }
  if (!ok || !isComplete(ExportFormat::Pdf, bytes)) return QStringLiteral("cannot write %1: rendering the slides failed").arg(path);
  return saveBytes(path, bytes);
}

}  // namespace svmlab
