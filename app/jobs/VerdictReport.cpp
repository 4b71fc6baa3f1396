#include "app/jobs/VerdictReport.h"

#include "app/cli/VersionInfo.h"
#include "app/jobs/AnnotationController.h"
#include "imaging/core/view/ViewportRenderer.h"
#include "sync/model/Iso6346.h"
#include "widgets/workflow/AnnotationPanel.h"
#include "widgets/workflow/DeclarationPanel.h"
#include "widgets/workflow/HsChapters.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <stdexcept>

namespace cip::app {

namespace {

struct Text {
  Q_DECLARE_TR_FUNCTIONS(VerdictReport)
};

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString when(const QDateTime& time) { return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

}  // namespace

QImage reportPicture(const imaging::Scan& scan, const QList<model::Annotation>& marks, const QSize& size) {
  imaging::ViewportRenderer renderer;
  renderer.setScan(std::make_shared<const imaging::Scan>(scan));  // shares the pixels, no copy
  renderer.applyPreset(imaging::defaultPreset(scan));
  const imaging::ViewGeometry geometry = imaging::ViewGeometry::fitted({scan.width, scan.height}, {size.width(), size.height()});
  renderer.background = cv::Scalar(255, 255, 255);
  const cv::Mat bgr = renderer.render(geometry);
  QImage picture = QImage(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888).convertToFormat(QImage::Format_RGB32);
  QPainter painter(&picture);
  painter.setRenderHint(QPainter::Antialiasing);
  QFont font = painter.font();
  font.setPixelSize(std::max(12, size.height() / 30));
  font.setBold(true);
  painter.setFont(font);
  int number = 0;
  for (const model::Annotation& a : marks) {
    ++number;
    const QColor colour = widgets::AnnotationPanel::categoryColour(a.category);
    QPolygonF outline;
    for (const cv::Point2d& p : imaging::outline(shapeOf(a))) {
      const cv::Point2d s = geometry.imageToScreen(p);
      outline << QPointF(s.x, s.y);
    }
    painter.setPen(QPen(colour, 3));
    if (imaging::encloses(shapeOf(a).type)) painter.drawPolygon(outline);
    else painter.drawPolyline(outline);
    const QRectF box = outline.boundingRect();
    const QRectF label(box.left(), std::max(0.0, box.top() - font.pixelSize() - 6), font.pixelSize() * 1.6, font.pixelSize() + 4);
    painter.fillRect(label, colour);
    painter.setPen(Qt::black);
    painter.drawText(label, Qt::AlignCenter, QString::number(number));
  }
  return picture;
}

void writeVerdictReport(const QString& path, const model::Verdict& v, const model::Job& job, const std::optional<model::Declaration>& declaration,
                        const QList<model::DeclarationCheck>& checks, const imaging::Scan& scan) {
  QPdfWriter pdf(path);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
  pdf.setResolution(150);
  pdf.setTitle(Text::tr("Verdict %1").arg(v.id));
  pdf.setCreator(QStringLiteral("CIP Workstation ") + applicationVersion());

  QTextDocument document;
  const double pageWidth = pdf.width();  // device pixels at 150 dpi
  document.setPageSize(QSizeF(pdf.width(), pdf.height()));
  document.setDocumentMargin(0);
  QFont font = document.defaultFont();
  const QList<model::Annotation> marks = [&] {
    QList<model::Annotation> out;
    for (const model::Annotation& a : v.annotations)
      if (a.category != QLatin1String("measurement")) out << a;
    return out;
  }();
  // One page: when a long declaration does not fit, the picture and the type get smaller.
  for (const double scale : {1.0, 0.8, 0.65, 0.5}) {
    font.setPointSizeF(8.5 * std::max(0.8, scale));
    document.setDefaultFont(font);
    const int pictureHeight = static_cast<int>(pdf.height() * 0.3 * scale);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("scan.png")),
                         reportPicture(scan, marks, QSize(static_cast<int>(pageWidth), pictureHeight)));

    const QString decisionColour = v.decision == model::Decision::ReferToInspection ? QStringLiteral("#c02020")
                                   : v.decision == model::Decision::Release        ? QStringLiteral("#207a30")
                                                                                   : QStringLiteral("#a06000");
    QStringList reasons;
    for (const QString& code : v.reasonCodes) reasons << widgets::VerdictPanel::reasonName(code);
    auto row = [](const QString& name, const QString& value) { return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name, value); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(Text::tr("Verdict on job %1").arg(job.id)));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
    html += row(Text::tr("Decision"), QStringLiteral("<span style='color:%1; font-size:12pt'><b>%2</b></span>")
                                          .arg(decisionColour, escaped(widgets::VerdictPanel::decisionName(v.decision))));
    html += row(Text::tr("Reasons"), reasons.isEmpty() ? Text::tr("none given") : escaped(reasons.join(QStringLiteral(", "))));
    if (v.confidence) html += row(Text::tr("Confidence"), QStringLiteral("%1 %").arg(*v.confidence));
    if (!v.comment.isEmpty()) html += row(Text::tr("Comment"), escaped(v.comment));
    html += row(Text::tr("Analyst"), escaped(v.analyst));
    html += row(Text::tr("Opened / submitted"), QStringLiteral("%1 / %2").arg(when(v.openedAt), when(v.submittedAt)));
    html += row(Text::tr("Time on the job"), Text::tr("%1 min").arg(v.activeMs / 60000.0, 0, 'f', 1));
    html += row(Text::tr("Scanner, port"), escaped(job.scannerId + QStringLiteral(", ") + job.port));
    html += row(Text::tr("Verdict id"), escaped(v.id));
    html += QStringLiteral("</table><p><img src='scan.png' width='%1'></p>").arg(static_cast<int>(pageWidth));

    if (!marks.isEmpty()) {
      html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' border='1' width='100%'>").arg(Text::tr("Marks"));
      int number = 0;
      for (const model::Annotation& a : marks) {
        QStringList details;
        if (!a.text.isEmpty()) details << QStringLiteral("“%1”").arg(a.text);
        if (!a.note.isEmpty()) details << a.note;
        if (a.declarationLine) details << Text::tr("declaration line %1").arg(*a.declarationLine);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(++number)
                    .arg(escaped(widgets::AnnotationPanel::categoryName(a.category)), escaped(details.join(QStringLiteral("; "))));
      }
      html += QStringLiteral("</table>");
  }

  if (!checks.isEmpty()) {
    html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>").arg(Text::tr("Image and declaration"));
    for (const model::DeclarationCheck& c : checks)
      html += QStringLiteral("<tr><td><span style='color:%1'><b>%2</b></span></td><td><b>%3</b></td><td>%4</td></tr>")
                  .arg(widgets::DeclarationPanel::outcomeColour(c.outcome).darker(130).name(), escaped(widgets::DeclarationPanel::outcomeText(c.outcome)),
                       escaped(c.title), escaped(c.why));
    html += QStringLiteral("</table>");
  }

  if (declaration) {
    const model::Declaration& d = *declaration;
    QStringList containers;
    for (const QString& number : d.containerNumbers)
      containers << number + (model::checkContainerNumber(number).valid ? QStringLiteral(" ✔") : QStringLiteral(" ✖"));
    html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>").arg(Text::tr("Declaration %1").arg(escaped(d.number)));
    html += row(Text::tr("Declarant / consignee"), escaped(d.declarant.name + QStringLiteral(" / ") + d.consignee.name));
    html += row(Text::tr("Route"), escaped(QStringLiteral("%1 → %2 (%3)").arg(d.originCountry, d.destinationCountry, d.portOfEntry)));
    html += row(Text::tr("Containers, scanner read"), escaped(containers.join(QStringLiteral(", ")) + QStringLiteral("; ") + job.containerNumbers.join(QStringLiteral(", "))));
    if (d.declaredEmpty) html += row(Text::tr("Content"), Text::tr("declared empty"));
    for (const model::GoodsItem& g : d.goods)
      html += row(Text::tr("Line %1").arg(g.line), escaped(QStringLiteral("%1 %2 — %3, %4 kg").arg(g.hsCode, g.description, widgets::hsChapterTitle(g.hsCode))
                                                                .arg(QLocale().toString(g.grossKg, 'f', 0))));
    html += row(Text::tr("Total gross"), QStringLiteral("%1 kg").arg(QLocale().toString(d.totalGrossKg(), 'f', 0)));
    html += QStringLiteral("</table>");
  }
  html += QStringLiteral("<p style='color:#777777'>%1</p>")
              .arg(escaped(Text::tr("CIP Workstation %1 · printed %2").arg(applicationVersion(), when(QDateTime::currentDateTimeUtc()))));
  document.setHtml(html);
  if (document.pageCount() <= 1) break;
  }
  document.print(&pdf);
  if (!QFile::exists(path) || QFile(path).size() == 0) throw std::runtime_error(path.toStdString() + ": the report cannot be written");
}

}  // namespace cip::app
