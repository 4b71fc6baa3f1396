#include "widgets/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace cip::widgets {

namespace {

QPalette darkPalette() {
  // Low-luminance neutrals so the image stays the brightest thing on screen.
  const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
  const QColor disabled(0x7f, 0x84, 0x8e), accent(0x3d, 0x8e, 0xd8);
  QPalette p;
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, window);
  p.setColor(QPalette::ToolTipBase, base);
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, window);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, Qt::white);
  p.setColor(QPalette::Link, accent);
  p.setColor(QPalette::Highlight, accent);
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::PlaceholderText, disabled);
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  return p;
}

/// Fusion with check boxes and radio buttons that can be seen on a dark theme: Fusion edges them
/// with a shade of the window colour, nearly invisible on a dark base, so they get a light edge.
class ReadableIndicators : public QProxyStyle {
 public:
  using QProxyStyle::QProxyStyle;

  void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if ((!box && element != PE_IndicatorRadioButton) || option->palette.color(QPalette::Base).lightness() > 128) return;
    QColor edge = option->palette.color(QPalette::Text);
    edge.setAlpha(option->state & State_Enabled ? 190 : 90);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF outline = QRectF(option->rect).adjusted(1, 1, -1, -1);
    if (box) painter->drawRoundedRect(outline, 1.5, 1.5);
    else painter->drawEllipse(outline);
    painter->restore();
  }
};

}  // namespace

void applyTheme(Theme theme) {
  QApplication::setStyle(new ReadableIndicators(QStyleFactory::create(QStringLiteral("Fusion"))));
  QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

QString themeKey(Theme theme) { return theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark"); }

Theme themeFromKey(const QString& key) { return key == QLatin1String("light") ? Theme::Light : Theme::Dark; }

}  // namespace cip::widgets
