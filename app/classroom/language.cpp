#include "app/classroom/language.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTranslator>
#include <QWidget>
#include <memory>

namespace svmlab {

namespace {

const char* kTranslatorName = "svmlabRecordingTranslator";

// Answers from the loaded catalogues (ours, then Qt's own) and remembers,
// for every text it hands out, the (context, source) it came from.
class RecordingTranslator : public QTranslator {
 public:
  explicit RecordingTranslator(QObject* parent) : QTranslator(parent) { setObjectName(QLatin1String(kTranslatorName)); }

  QString translate(const char* context, const char* source, const char* disambiguation, int n) const override {
    QString r = ours_ ? ours_->translate(context, source, disambiguation, n) : QString();
    if (r.isEmpty() && qt_) r = qt_->translate(context, source, disambiguation, n);
    if (context && source && *source && n < 0) {
      QMutexLocker lock(&mutex_);
      origin_.insert(r.isEmpty() ? QString::fromUtf8(source) : r,
                     {QByteArray(context), QByteArray(source), QByteArray(disambiguation)});
    }
    return r;
  }
  // Never empty: Qt must ask even in English, so that texts get recorded.
  bool isEmpty() const override { return false; }

  // The text `shown` in the current language; null if it was never handed out.
  QString retranslate(const QString& shown) const {
    Origin o;
    {
      QMutexLocker lock(&mutex_);
      const auto it = origin_.constFind(shown);
      if (it == origin_.constEnd()) return {};
      o = *it;
    }
    return QCoreApplication::translate(o.context.constData(), o.source.constData(),
                                       o.disambiguation.isEmpty() ? nullptr : o.disambiguation.constData());
  }

  // Load the catalogues of `code`; "en" is the source language (none).
  bool load(const QString& code) {
    ours_.reset();
    qt_.reset();
    code_ = QStringLiteral("en");
    if (code == QLatin1String("en")) return true;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/svmlab_%1.qm").arg(code))) return false;
    ours_ = std::move(ours);
    // Qt's own strings (standard dialogs, buttons), where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      qt_ = std::move(qt);
    code_ = code;
    return true;
  }
  QString code() const { return code_; }

 private:
  struct Origin {
    QByteArray context, source, disambiguation;
  };
  std::unique_ptr<QTranslator> ours_, qt_;
  QString code_ = QStringLiteral("en");
  mutable QMutex mutex_;
  mutable QHash<QString, Origin> origin_;
};

RecordingTranslator* translator() {
  auto* app = QCoreApplication::instance();
  return app ? app->findChild<RecordingTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly) : nullptr;
}

// "de_DE" -> "de", "zh" / "zh_Hans_CN" -> "zh_CN", unknown -> empty.
QString match(const QString& wanted) {
  const QStringList have = available_languages();
  QString w = wanted;
  w.replace(QLatin1Char('-'), QLatin1Char('_'));
  if (have.contains(w)) return w;
  const QString lang = w.section(QLatin1Char('_'), 0, 0).toLower();
  for (const QString& h : have)
    if (h.section(QLatin1Char('_'), 0, 0) == lang) return h;
  return {};
}

// A translated text, keeping a " (shortcut)" suffix the tooltip added.
QString retr(const RecordingTranslator* t, const QString& text) {
  if (text.isEmpty()) return {};
  QString r = t->retranslate(text);
  if (!r.isNull()) return r;
  static const QRegularExpression suffix(QStringLiteral("^(.*)( \\([^()]*\\))$"));
  const auto m = suffix.match(text);
  if (m.hasMatch()) {
    r = t->retranslate(m.captured(1));
    if (!r.isNull()) return r + m.captured(2);
  }
  return {};
}

template <typename Get, typename Set>
void update(const RecordingTranslator* t, Get get, Set set) {
  const QString r = retr(t, get());
  if (!r.isNull() && r != get()) set(r);
}

}  // namespace

void install_language_support() {
  auto* app = QCoreApplication::instance();
  if (!app || translator()) return;
  QCoreApplication::installTranslator(new RecordingTranslator(app));
}

QString match_language(const QString& code) { return match(code); }

QStringList available_languages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}; }

QString language_name(const QString& code) {
  if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
  if (code == QLatin1String("zh_CN")) return QStringLiteral("\u7b80\u4f53\u4e2d\u6587");
  return QStringLiteral("English");
}

QString current_language() {
  const RecordingTranslator* t = translator();
  return t ? t->code() : QStringLiteral("en");
}

QString set_language(const QString& code) {
  install_language_support();
  QString want = code.isEmpty() ? QString() : match(code);
  if (code.isEmpty()) {
    for (const QString& ui : QLocale::system().uiLanguages())
      if (!(want = match(ui)).isEmpty()) break;
  }
  if (want.isEmpty()) want = QStringLiteral("en");
  RecordingTranslator* t = translator();
  if (!t) return QStringLiteral("en");
  if (!t->load(want)) t->load(want = QStringLiteral("en"));
  QLocale::setDefault(QLocale(want));
  // The translator stays installed; tell every widget its texts are stale.
  QEvent ev(QEvent::LanguageChange);
  QCoreApplication::sendEvent(QCoreApplication::instance(), &ev);
  return want;
}

void retranslate_tree(QWidget* root) {
  const RecordingTranslator* t = translator();
  if (!t || !root) return;
  QList<QWidget*> widgets = root->findChildren<QWidget*>();
  widgets.prepend(root);
  for (QWidget* w : widgets) {
    update(t, [w] { return w->toolTip(); }, [w](const QString& s) { w->setToolTip(s); });
    update(t, [w] { return w->statusTip(); }, [w](const QString& s) { w->setStatusTip(s); });
    update(t, [w] { return w->windowTitle(); }, [w](const QString& s) { w->setWindowTitle(s); });
    update(t, [w] { return w->accessibleName(); }, [w](const QString& s) { w->setAccessibleName(s); });
    if (auto* l = qobject_cast<QLabel*>(w)) update(t, [l] { return l->text(); }, [l](const QString& s) { l->setText(s); });
    if (auto* b = qobject_cast<QAbstractButton*>(w)) update(t, [b] { return b->text(); }, [b](const QString& s) { b->setText(s); });
    if (auto* g = qobject_cast<QGroupBox*>(w)) update(t, [g] { return g->title(); }, [g](const QString& s) { g->setTitle(s); });
    if (auto* e = qobject_cast<QLineEdit*>(w))
      update(t, [e] { return e->placeholderText(); }, [e](const QString& s) { e->setPlaceholderText(s); });
    if (auto* tabs = qobject_cast<QTabWidget*>(w))
      for (int i = 0; i < tabs->count(); ++i) {
        update(t, [=] { return tabs->tabText(i); }, [=](const QString& s) { tabs->setTabText(i, s); });
        update(t, [=] { return tabs->tabToolTip(i); }, [=](const QString& s) { tabs->setTabToolTip(i, s); });
      }
    if (auto* c = qobject_cast<QComboBox*>(w)) {
      update(t, [c] { return c->placeholderText(); }, [c](const QString& s) { c->setPlaceholderText(s); });
      for (int i = 0; i < c->count(); ++i) {
        update(t, [=] { return c->itemText(i); }, [=](const QString& s) { c->setItemText(i, s); });
        update(t, [=] { return c->itemData(i, Qt::ToolTipRole).toString(); },
               [=](const QString& s) { c->setItemData(i, s, Qt::ToolTipRole); });
      }
    }
  }
  // Actions: those of the window and its menus (a menu's title is its menuAction's text).
  QList<QAction*> actions = root->findChildren<QAction*>();
  for (QWidget* w : widgets) actions += w->actions();
  for (QAction* a : actions) {
    update(t, [a] { return a->text(); }, [a](const QString& s) { a->setText(s); });
    update(t, [a] { return a->toolTip(); }, [a](const QString& s) { a->setToolTip(s); });
    update(t, [a] { return a->statusTip(); }, [a](const QString& s) { a->setStatusTip(s); });
  }
}

}  // namespace svmlab
