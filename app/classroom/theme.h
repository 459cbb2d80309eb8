#pragma once
// Light and dark themes. "System" follows the platform palette (a dark
// desktop gets the dark theme). A theme is two things kept in step: the Qt
// widget palette of the application, and the SVM Lab view palette (object
// kinds, "changed", "leak", freed) every view draws with. The view palettes
// come from the Okabe-Ito set (views/common/palette.h), and states are also
// told by shape and text (dashed freed nodes, a warning sign and the word
// "Leak"), so neither theme relies on red against green.
//
// Presentation mode overrides the view palette with Palette::projector()
// (black on white, the strongest contrast a projector keeps).

#include <QString>

#include "views/common/palette.h"

class QWidget;

namespace svmlab {

enum class Theme { System, Light, Dark };

QString theme_id(Theme t);  // "system", "light", "dark"
Theme parse_theme(const QString& id);

// Does the platform (not our override) prefer a dark palette?
bool system_prefers_dark();
// The theme `t` resolves to: Light or Dark.
Theme resolve(Theme t);

// Set the application's widget palette for `t` and give every view under
// `root` the matching view palette (or `override`, when non-null).
void apply_theme(Theme t, QWidget* root, const Palette* override_palette = nullptr);

// Give every SVM Lab view under `root` this palette.
void apply_view_palette(QWidget* root, const Palette& p);

}  // namespace svmlab
