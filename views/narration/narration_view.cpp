#include "views/narration/narration_view.h"

#include <algorithm>

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include "core/engine/function.h"
#include "core/engine/milestone.h"
#include "core/report/narration.h"
#include "views/common/code_font.h"
#include "views/common/core_text.h"
#include "views/threads/thread_style.h"

namespace svmlab {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString esc(const std::string& s) { return qs(s).toHtmlEscaped(); }

const QUrl kWarningIcon(QStringLiteral("svmlab-narration:warning"));
constexpr double kBaseScale = 1.2;  // the panel reads a little larger than the rest of the window

QString kindLabel(svm::ViolationKind k) {
  switch (k) {
    case svm::ViolationKind::Leak: return NarrationView::tr("Leak");
    case svm::ViolationKind::UseAfterFree: return NarrationView::tr("Use after free");
    case svm::ViolationKind::Refcount: return NarrationView::tr("Reference count error");
    case svm::ViolationKind::Bug: return NarrationView::tr("BUG");
    case svm::ViolationKind::Deadlock: return NarrationView::tr("Deadlock");
    case svm::ViolationKind::Isolation: return NarrationView::tr("PASID isolation broken");
    case svm::ViolationKind::Dangling: return NarrationView::tr("Dangling hardware pointer");
    case svm::ViolationKind::Internal: return NarrationView::tr("Simulator bug");
  }
  return {};
}

// The checker's message in the reader's language, without a leading
// "use-after-free: " that repeats the kind the panel already shows in words
// (the prefix is dropped from the template, before it is translated).
QString messageOf(const svm::Violation& v) {
  const std::string prefix = std::string(svm::violation_kind_name(v.kind)) + ": ";
  QString m = coreText(v.message);
  // A translation may keep the English prefix ("use-after-free: ..." is also a KASAN term).
  while (m.startsWith(qs(prefix))) m.remove(0, qs(prefix).size());
  return m;
}

// A built-in scenario's words in the reader's language, where translated
// (app/classroom/scenario_strings.cpp lists them for lupdate).
QString scenarioText(const std::string& s) { return QCoreApplication::translate("scenario", s.c_str()); }

QString colourName(QColor c) { return c.name(QColor::HexRgb); }

QString blend(const QColor& a, const QColor& b, double t) {
  return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t), static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                          static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t))
      .name(QColor::HexRgb);
}

}  // namespace

NarrationView::NarrationView(QWidget* parent) : QWidget(parent), browser_(new QTextBrowser(this)) {
  browser_->setOpenLinks(false);
  browser_->setFrameShape(QFrame::NoFrame);
  browser_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
  connect(browser_, &QTextBrowser::anchorClicked, this, [this](const QUrl& u) { activateLink(u); });
  browser_->document()->setDocumentMargin(10);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(0, 0, 0, 0);
  lay->addWidget(browser_);
  setViewPalette(Palette::light());
}

NarrationView::~NarrationView() = default;

void NarrationView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  why_.clear();
  cursor_ = 0;
  render();
}

void NarrationView::setCursor(int state_index) {
  const int last = trace_ ? static_cast<int>(trace_->steps.size()) : 0;
  cursor_ = std::clamp(state_index, 0, last);
  render();
}

void NarrationView::setFontScale(double scale) {
  scale_ = std::clamp(scale, 0.5, 4.0);
  render();
}

void NarrationView::setViewPalette(const Palette& p) {
  palette_ = p;
  QPalette pal = browser_->palette();
  pal.setColor(QPalette::Base, p.background);
  pal.setColor(QPalette::Text, p.text);
  browser_->setPalette(pal);
  render();
}

QString NarrationView::plainText() const { return browser_->toPlainText(); }

void NarrationView::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange || e->type() == QEvent::LanguageChange) render();
}

// ---------------------------------------------------------------------------

void NarrationView::updateResources() {
  QTextDocument* doc = browser_->document();
  QFont f = doc->defaultFont();
  const int px = std::max(16, QFontMetrics(f).height() * 3 / 2);
  const qreal dpr = browser_->devicePixelRatioF();
  QImage img = style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(px, px), dpr).toImage();
  if (img.isNull()) {  // no icon theme: draw the sign ourselves
    img = QImage(px, px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(palette_.leak);
    p.setPen(Qt::NoPen);
    p.drawPolygon(QPolygonF({QPointF(px / 2.0, 1), QPointF(px - 1, px - 1), QPointF(1, px - 1)}));
    p.setPen(QPen(Qt::white, std::max(2, px / 8)));
    p.drawLine(QPointF(px / 2.0, px * 0.35), QPointF(px / 2.0, px * 0.65));
    p.drawPoint(QPointF(px / 2.0, px * 0.8));
  }
  doc->addResource(QTextDocument::ImageResource, kWarningIcon, img);
}

void NarrationView::render() {
  if (rendering_) return;
  rendering_ = true;
  QTextDocument* doc = browser_->document();
  QFont base = font();
  base.setPointSizeF((font().pointSizeF() > 0 ? font().pointSizeF() : 10.0) * kBaseScale * scale_);
  doc->setDefaultFont(base);
  const QFont code = codeFont();
  doc->setDefaultStyleSheet(QStringLiteral("code, .code { font-family: '%1'; }"
                                           "h2 { margin-top: 0px; margin-bottom: 2px; }"
                                           "h3 { margin-top: 14px; margin-bottom: 4px; }"
                                           "p { margin-top: 6px; margin-bottom: 6px; }"
                                           ".muted { color: %2; }")
                                .arg(code.family(), blend(palette_.text, palette_.background, 0.38)));
  updateResources();
  html_ = stateHtml();
  browser_->setHtml(html_);
  rendering_ = false;
}

QString NarrationView::stateHtml() const {
  if (!trace_ || !trace_->cfg || trace_->states.empty())
    return QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("No scenario is open.")));
  if (cursor_ == 0) return introHtml();
  // At the last state the verdict comes first: it is what the run was for.
  if (cursor_ == static_cast<int>(trace_->steps.size())) return endHtml() + stepHtml(cursor_);
  return stepHtml(cursor_);
}

QString NarrationView::introHtml() const {
  const svm::Config& cfg = *trace_->cfg;
  const svm::Scenario& sc = *cfg.scenario;
  QString h = QStringLiteral("<h2>%1</h2>").arg(esc(sc.title.empty() ? qs(sc.id) : scenarioText(sc.title)));
  h += QStringLiteral("<p class='muted'>%1</p>")
           .arg(esc(tr("Scenario %1 \u00b7 variant %2 \u00b7 %3 steps").arg(qs(sc.id), qs(cfg.variant->id)).arg(trace_->steps.size())));
  if (!sc.summary.empty()) h += QStringLiteral("<p>%1</p>").arg(esc(scenarioText(sc.summary)));
  if (!cfg.variant->summary.empty())
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(qs(cfg.variant->id) + QStringLiteral(":")), esc(coreText(std::string(cfg.variant->summary).c_str())));
  if (!trace_->steps.empty()) h += QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("Step forward to start the run.")));
  return h;
}

QString NarrationView::stepHtml(int state) const {
  const svm::Trace& t = *trace_;
  const svm::Config& cfg = *t.cfg;
  const svm::StepRecord& s = t.steps[static_cast<size_t>(state) - 1];
  const svm::StepStory story = svm::story_of(t, state);
  const svm::ThreadSpec& ts = cfg.threads[static_cast<size_t>(s.thread)];
  const QString fn = qs(svm::fn_name(s.fn));

  // Heading: the function, where it is from, who runs it.
  QString h = QStringLiteral("<h2><code>%1()</code></h2>").arg(esc(fn));
  const QString swatch = QStringLiteral("<span style='color:%1'>\u25a0</span>").arg(colourName(threadColor(s.thread)));
  // Items of the line under the heading; each stays on one line.
  auto nowrap = [](QString html) { return html.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")); };
  QStringList items;
  items << nowrap(esc(coreText(svm::source_text(s.fn, *cfg.variant))));
  items << nowrap(esc(tr("thread")) + QStringLiteral(" ")) + swatch +
               nowrap(QStringLiteral(" <b>%1</b> (%2)").arg(esc(ts.name), esc(threadKindText(ts.kind))));
  items << nowrap(esc(tr("step %1 of %2").arg(state).arg(t.steps.size())));
  if (s.milestone)
    items << nowrap(QStringLiteral("\u25c6 ") + esc(tr("milestone")) + QStringLiteral(" <b>%1</b>").arg(esc(qs(svm::milestone_name(*s.milestone)))));
  const QString sub = items.join(QStringLiteral("&nbsp;\u00b7 "));
  h += QStringLiteral("<p class='muted' style='margin-top:0px'>%1</p>").arg(sub);

  // The line it runs.
  const QString code_bg = blend(palette_.background, palette_.muted, 0.12);
  QString line;
  if (s.kind == svm::StepKind::Enter && s.stack.size() >= 2)
    line = esc(tr("called from %1():").arg(qs(svm::fn_name(s.stack[s.stack.size() - 2])))) + QStringLiteral(" ");
  h += QStringLiteral("<table width='100%' cellpadding='6' cellspacing='0' style='margin-top:4px'><tr><td bgcolor='%1'>%2<code style='white-space:pre-wrap'>%3</code></td></tr></table>")
           .arg(code_bg, line, esc(std::string(s.text)));

  // Violations, prominently.
  for (const svm::Violation& v : s.violations) h += violationHtml(v, false);

  // The story: the scenario's words, then the model's.
  for (const std::string& words : story.scenario) h += QStringLiteral("<p>%1</p>").arg(esc(scenarioText(words)));
  if (!story.model.empty())
    h += QStringLiteral("<p>%1</p>").arg(esc(coreText(story.model)));
  if (story.scenario.empty() && story.model.empty()) {
    if (s.kind == svm::StepKind::Enter && s.stack.size() >= 2)
      h += QStringLiteral("<p>%1</p>").arg(esc(tr("%1() calls %2().").arg(qs(svm::fn_name(s.stack[s.stack.size() - 2])), fn)));
    else if (s.changes.empty() && s.violations.empty())
      h += QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("Nothing the model tracks changes at this step.")));
  }
  if (!s.changes.empty()) {
    QStringList parts;
    for (const svm::CounterChange& c : s.changes)
      parts << QStringLiteral("<code>%1 %2</code> %3 \u2192 %4")
                   .arg(esc(qs(svm::to_string(c.obj))), esc(c.counter))
                   .arg(c.before)
                   .arg(c.after);
    h += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Counters:")), parts.join(QStringLiteral(", ")));
  }
  return h;
}

QString NarrationView::endHtml() const {
  const svm::Trace& t = *trace_;
  QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("End of the run")));
  if (!t.complete)
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("The run stopped before every thread was done.")));
  if (!t.schedule_error.empty())
    h += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("The chosen schedule could not be followed:")), esc(t.schedule_error));
  for (const svm::Violation& v : t.end) h += violationHtml(v, true);
  int during = 0;
  for (const svm::StepRecord& s : t.steps) during += static_cast<int>(s.violations.size());
  if (!t.bound.empty()) {
    // Stopped at a bound: leaks and deadlock were never checked, so no verdict.
    const QString why = tr("The run %1.").arg(coreText(t.bound));
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("No verdict.")), esc(why));
  } else if (t.end.empty() && during == 0) {
    h += QStringLiteral("<p><span style='color:%1'>\u2714</span> <b>%2</b> %3</p>")
             .arg(colourName(QColor(0x00, 0x9E, 0x73)), esc(tr("No violation.")),
                  esc(tr("Nothing leaked, nothing was used after it was freed, no counter went wrong.")));
  } else if (during > 0) {
    QStringList where;
    for (const svm::StepRecord& s : t.steps)
      for (const svm::Violation& v : s.violations) where << tr("%1 at step %2").arg(kindLabel(v.kind)).arg(s.index);
    if (where.size() > 6) {
      const qsizetype more = where.size() - 5;
      where = where.mid(0, 5);
      where << tr("and %1 more").arg(more);
    }
    h += QStringLiteral("<p>%1 %2</p>")
             .arg(esc(tr("Violations during the run:")), esc(where.join(QStringLiteral(", "))));
  }
  return h;
}

QString NarrationView::violationHtml(const svm::Violation& v, bool at_end) const {
  const QString bg = blend(palette_.background, palette_.leak, 0.14);
  const QString title_c = blend(palette_.leak, palette_.text, 0.3);  // the leak colour, dark enough to read
  QString body = QStringLiteral("<b style='color:%1'>%2</b>").arg(title_c, esc(kindLabel(v.kind)));
  if (at_end) body += QStringLiteral(" <span class='muted'>(%1)</span>").arg(esc(tr("at the end of the run")));
  if (!v.cycle.empty()) {
    QStringList ids;
    for (svm::ObjId o : v.cycle) ids << qs(svm::to_string(o));
    ids << ids.front();
    body += QStringLiteral("<br>%1 <b><code>%2</code></b>").arg(esc(tr("Reference cycle:")), esc(ids.join(QStringLiteral(" \u2192 "))));
  }
  body += QStringLiteral("<br>%1").arg(esc(messageOf(v)));
  body += whyHtml(v);
  const int px = std::max(16, QFontMetrics(browser_->document()->defaultFont()).height() * 3 / 2);
  // A callout: a bar in the leak colour, the warning sign, the words.
  return QStringLiteral("<table width='100%' cellpadding='6' cellspacing='0' style='margin-top:8px; margin-bottom:6px'>"
                        "<tr><td bgcolor='%1' width='1' style='padding:2px'></td>"
                        "<td bgcolor='%2' width='%3' valign='top'><img src='%4' width='%3' height='%3'></td>"
                        "<td bgcolor='%2'>%5</td></tr></table>")
      .arg(colourName(palette_.leak), bg)
      .arg(px)
      .arg(kWarningIcon.toString(), body);
}

void NarrationView::activateLink(const QUrl& url) {
  if (url.scheme() != QLatin1String("step")) return;
  bool ok = false;
  const int i = url.path().toInt(&ok);
  if (ok && trace_ && i >= 0 && i <= static_cast<int>(trace_->steps.size())) emit stepRequested(i);
}

// The why chain (core/report/why.h), computed once per violation of this
// trace: a leak's chain looks back through every snapshot.
QString NarrationView::whyHtml(const svm::Violation& v) const {
  if (!trace_) return {};
  std::string key = v.key() + '@' + std::to_string(v.step);
  auto it = why_.find(key);
  if (it == why_.end()) it = why_.emplace(key, svm::why_chain(v, *trace_)).first;
  if (it->second.empty()) return {};
  QString h = QStringLiteral("<br><b>%1</b>").arg(esc(tr("Why:")));
  for (const svm::WhyLink& l : it->second) {
    h += QStringLiteral("<br>\u2022 ");
    if (l.step >= 1)
      h += QStringLiteral("<a href='step:%1'>%2</a> (<code>%3</code>): ")
               .arg(l.step)
               .arg(esc(tr("step %1").arg(l.step)), esc(l.function));
    h += esc(l.says);
  }
  return h;
}

}  // namespace svmlab
