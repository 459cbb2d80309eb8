#include "views/common/palette.h"

namespace svmlab {

namespace {
// Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
const QColor kOrange(0xE6, 0x9F, 0x00), kSky(0x56, 0xB4, 0xE9), kGreen(0x00, 0x9E, 0x73), kYellow(0xF0, 0xE4, 0x42),
    kBlue(0x00, 0x72, 0xB2), kVermillion(0xD5, 0x5E, 0x00), kPurple(0xCC, 0x79, 0xA7);
}  // namespace

QColor Palette::kind(svm::Kind k) const {
  switch (k) {
    case svm::Kind::Task: return kSky;
    case svm::Kind::Mm: return kBlue;
    case svm::Kind::Vma: return kGreen;
    case svm::Kind::File:
    case svm::Kind::Files: return kOrange;
    case svm::Kind::Svm:
    case svm::Kind::Sdev:
    case svm::Kind::Notifier: return kPurple;
    case svm::Kind::Pasid: return QColor(0x44, 0xAA, 0x99);  // Tol's teal: apart from the yellow of "changed"
    case svm::Kind::Device: return QColor(0x99, 0x99, 0x99);
    case svm::Kind::Frame: return QColor(0x77, 0x77, 0x77);
  }
  return text;
}

Palette Palette::light() {
  Palette p;
  p.background = QColor(0xfb, 0xfb, 0xfa);
  p.text = QColor(0x1a, 0x1a, 0x1a);
  p.muted = QColor(0x80, 0x80, 0x80);
  p.grid = QColor(0xdd, 0xdd, 0xdd);
  p.changed = kYellow;
  p.leak = kVermillion;
  p.freed = QColor(0xc8, 0xc8, 0xc8);
  return p;
}

Palette Palette::dark() {
  Palette p;
  p.background = QColor(0x1e, 0x1f, 0x22);
  p.text = QColor(0xee, 0xee, 0xee);
  p.muted = QColor(0x9a, 0x9a, 0x9a);
  p.grid = QColor(0x3a, 0x3a, 0x3d);
  p.changed = kYellow;
  p.leak = QColor(0xff, 0x7a, 0x33);
  p.freed = QColor(0x55, 0x55, 0x58);
  return p;
}

Palette Palette::projector() {
  Palette p = light();
  p.background = Qt::white;
  p.text = Qt::black;
  p.muted = QColor(0x44, 0x44, 0x44);
  return p;
}

}  // namespace svmlab
