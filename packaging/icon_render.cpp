// icon_render: the application icon's PNG sizes, rendered at build time from
// the one SVG (resources/icons/svmlab.svg) so they cannot differ from it.
//   icon_render SVG SIZE OUT.png

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: icon_render SVG SIZE OUT.png\n");
    return 2;
  }
  qputenv("QT_QPA_PLATFORM", "offscreen");  // a build machine has no display
  QGuiApplication app(argc, argv);
  QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
  const int size = QByteArray(argv[2]).toInt();
  if (!svg.isValid() || size <= 0) {
    std::fprintf(stderr, "icon_render: cannot render %s at %s\n", argv[1], argv[2]);
    return 1;
  }
  QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
  img.fill(Qt::transparent);
  QPainter p(&img);
  p.setRenderHint(QPainter::Antialiasing);
  svg.render(&p);
  p.end();
  QSaveFile f(QString::fromLocal8Bit(argv[3]));
  if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit()) {
    std::fprintf(stderr, "icon_render: cannot write %s\n", argv[3]);
    return 1;
  }
  return 0;
}
