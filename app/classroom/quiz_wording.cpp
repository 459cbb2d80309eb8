#include "app/classroom/quiz_wording.h"

#include "core/engine/function.h"
#include "core/engine/refs.h"
#include "views/common/core_text.h"

namespace svmlab {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// "mmput() at step 91: 2 → 1; mmdrop() at step 117: 3 → 2"
QString changes_of(const svm::QuizQuestion& q, const svm::Trace& t) {
  QStringList parts;
  for (int i = q.state + 1; i <= q.reveal && i <= static_cast<int>(t.steps.size()); ++i) {
    const svm::StepRecord& s = t.steps[static_cast<size_t>(i - 1)];
    for (const svm::CounterChange& c : s.changes)
      if (c.obj == q.obj && c.counter == q.counter)
        parts << QuizWording::tr("%1() at step %2: %3 \u2192 %4")
                     .arg(qs(std::string(svm::fn_name(s.fn))))
                     .arg(i)
                     .arg(c.before)
                     .arg(c.after);
  }
  return parts.join(QStringLiteral("; "));
}

QString object_label(const svm::Trace& t, int state, svm::ObjId id) {
  for (const svm::ObjInfo& o : svm::objects(t.states[static_cast<size_t>(state)], *t.cfg))
    if (o.id == id) return QStringLiteral("%1 (%2)").arg(qs(svm::to_string(id)), coreText(o.title));
  return qs(svm::to_string(id));
}

}  // namespace

QString scenario_text(const std::string& text) {
  return QCoreApplication::translate("scenario", text.c_str());
}

WordedQuestion QuizWording::word(const svm::QuizQuestion& q, const svm::Trace& t) {
  WordedQuestion w;
  const QString fn = qs(q.function);
  const QString obj = qs(svm::to_string(q.obj));
  switch (q.kind) {
    case svm::QuizKind::Authored:
      w.prompt = scenario_text(q.authored->prompt);
      for (const std::string& c : q.choices) w.choices << scenario_text(c);
      w.explanation = q.authored->explanation.empty() ? QString() : scenario_text(q.authored->explanation);
      break;
    case svm::QuizKind::Counter: {
      w.prompt = tr("What will %1 %2 be when %3() returns?").arg(obj, qs(q.counter), fn);
      w.context = tr("%1 %2 is %3 now.").arg(obj, qs(q.counter)).arg(q.before);
      for (const std::string& c : q.choices) w.choices << qs(c);
      const QString how = changes_of(q, t);
      if (q.after == q.before)
        w.explanation = tr("%1 %2 stays at %3: %4() takes and drops no reference of this kind overall.")
                            .arg(obj, qs(q.counter))
                            .arg(q.before)
                            .arg(fn);
      else
        w.explanation = tr("%1 %2 goes from %3 to %4 (%5).").arg(obj, qs(q.counter)).arg(q.before).arg(q.after).arg(how);
      if (q.after == 0) w.explanation += QLatin1Char(' ') + tr("At 0 the object is freed.");
      break;
    }
    case svm::QuizKind::FreedNext:
      w.prompt = tr("%1() is about to run. Which object is freed next?").arg(fn);
      for (const std::string& c : q.choices) {
        svm::ObjId id{};
        for (const svm::ObjInfo& o : svm::objects(t.states[static_cast<size_t>(q.state)], *t.cfg))
          if (svm::to_string(o.id) == c) id = o.id;
        w.choices << (id ? object_label(t, q.state, id) : qs(c));
      }
      w.explanation = tr("%1 is freed next, by %2() at step %3.").arg(obj, qs(q.freed_by)).arg(q.reveal);
      break;
    case svm::QuizKind::Leak:
      w.prompt = tr("The process is about to exit. When everything has run, will anything leak?");
      w.choices << tr("Yes: something stays allocated") << tr("No: everything is freed");
      if (q.answer == 0) {
        QStringList ids;
        for (svm::ObjId o : q.cycle) ids << qs(svm::to_string(o));
        if (!ids.isEmpty()) ids << ids.front();
        w.explanation = ids.isEmpty()
                            ? tr("Yes: at the end of the run objects are still allocated that nothing can reach.")
                            : tr("Yes: at the end of the run these objects still hold each other in a cycle, so none "
                                 "of them is ever freed: %1.")
                                  .arg(ids.join(QStringLiteral(" \u2192 ")));
      } else {
        w.explanation = tr("No: every object is freed by the end of the run.");
      }
      break;
  }
  return w;
}

QString QuizWording::verdict(const svm::QuizQuestion& q, const WordedQuestion& w, int choice) {
  if (q.correct(choice)) return tr("Right!");
  const QString right = q.answer >= 0 && q.answer < w.choices.size() ? w.choices[q.answer] : QString();
  return tr("Not quite: the answer is %1.").arg(right);
}

}  // namespace svmlab
