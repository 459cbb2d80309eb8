#pragma once
// The user-interface language, switchable at run time without a restart.
//
// Qt retranslates nothing by itself: a widget whose text was set from tr()
// keeps that text until someone sets it again. Rather than duplicate every
// tr() of every view in a retranslateUi(), the application's translator
// records, for each text it hands out, where it came from (context, source).
// On QEvent::LanguageChange, retranslate_tree() walks a window and sets each
// text it finds in that record (actions, menus, dock and toolbar titles, tab
// titles, labels, buttons, tooltips) to its translation in the new language.
// Texts built with arg() are not in the record: their owners rebuild them on
// LanguageChange (the main window's position and title, the narration).
//
// The translator belongs to the QCoreApplication (a child object), so two
// windows share it and nothing is static.

#include <QString>
#include <QStringList>

class QWidget;

namespace svmlab {

// Install the recording translator on the application, if not yet done.
// Call before the first tr() of a window (MainWindow does, first thing).
void install_language_support();

// The languages there are translations for ("en" is the source), and each
// one's name in its own language ("Deutsch").
QStringList available_languages();
QString language_name(const QString& code);
// The available language `code` names ("de_DE" and "de" give "de"), or
// empty when there is none.
QString match_language(const QString& code);

// Switch to `code` ("de", "zh_CN", "en"; "de_DE" and "zh" are matched too;
// empty: the system locale). Returns the code in use ("en" when nothing
// matched). Widgets receive QEvent::LanguageChange.
QString set_language(const QString& code);
QString current_language();

// Set every recorded text under `root` (root included) to its translation.
void retranslate_tree(QWidget* root);

}  // namespace svmlab
