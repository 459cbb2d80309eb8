#include "views/timeline/series_colours.h"

#include <algorithm>

namespace svmlab {

namespace {

// Okabe-Ito, then Tol's muted scheme: hues apart for colour-blind readers.
// Yellow is left out: it is the palette's "changed" colour and too pale on white.
const QColor kBlue(0x00, 0x72, 0xB2), kOrange(0xE6, 0x9F, 0x00), kPurple(0xCC, 0x79, 0xA7), kSky(0x56, 0xB4, 0xE9),
    kGreen(0x00, 0x9E, 0x73), kVermillion(0xD5, 0x5E, 0x00), kTeal(0x44, 0xAA, 0x99), kWine(0x88, 0x22, 0x55),
    kOlive(0x99, 0x99, 0x33), kIndigo(0x33, 0x22, 0x88), kRose(0xCC, 0x66, 0x77), kGrey(0x66, 0x66, 0x66);
const QColor kHues[] = {kBlue, kOrange, kPurple, kSky, kGreen, kVermillion, kTeal, kWine, kOlive, kIndigo, kRose, kGrey};

// The hues that read as kin of a kind's colour, tried first: a second mm is
// another blue, a files_struct another orange.
std::vector<QColor> kin(svm::Kind k) {
  switch (k) {
    case svm::Kind::Mm: return {kSky, kIndigo};
    case svm::Kind::File: return {kVermillion, kOlive};
    case svm::Kind::Files: return {kOlive, kVermillion};
    case svm::Kind::Svm:
    case svm::Kind::Sdev:
    case svm::Kind::Notifier: return {kWine, kRose};
    default: return {};
  }
}

// A hue that would vanish into the background is lightened or darkened.
QColor readable(QColor c, const Palette& p) {
  const double bg = p.background.lightnessF();
  if (bg < 0.5 && c.lightnessF() < 0.45) return c.lighter(175);
  if (bg >= 0.5 && c.lightnessF() > 0.8) return c.darker(140);
  return c;
}

}  // namespace

std::vector<QColor> object_colours(const std::vector<svm::ObjId>& objects, const Palette& p) {
  std::vector<QColor> out;
  std::vector<QRgb> used;
  auto free = [&](const QColor& c) { return std::find(used.begin(), used.end(), c.rgb()) == used.end(); };
  for (const svm::ObjId& o : objects) {
    std::vector<QColor> tries = {p.kind(o.kind)};
    for (const QColor& c : kin(o.kind)) tries.push_back(c);
    for (const QColor& c : kHues) tries.push_back(c);
    const auto it = std::find_if(tries.begin(), tries.end(), free);
    // Every hue taken: the kind's hue again, in another lightness.
    QColor c = it != tries.end() ? *it : (used.size() % 2 ? tries.front().darker(150) : tries.front().lighter(140));
    used.push_back(c.rgb());
    out.push_back(readable(c, p));
  }
  return out;
}

}  // namespace svmlab
