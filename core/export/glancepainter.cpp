#include "glancepainter.h"

#include "render/renderstyle.h"
#include "render/textfit.h"

#include <QCoreApplication>

namespace stagecraft {

using namespace renderstyle;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("GlancePainter", text); }
QColor colourOf(Severity s) { return s == Severity::Error ? error() : s == Severity::Warning ? warning() : inkFaint(); }
} // namespace

GlancePainter::GlancePainter(const AnalysisResult *analysis, const QString &department)
{
    if (!analysis)
        return;
    for (const Finding &f : analysis->findings)
        if (department.isEmpty() || f.departments.contains(department, Qt::CaseInsensitive))
            m_findings.push_back(&f);
}

void GlancePainter::paint(QPainter &painter, const QRectF &rect) const
{
    if (m_findings.empty() || rect.height() < MinimumHeight)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(rule().darker(110), 0.6));
    painter.drawLine(rect.topLeft(), rect.topRight());
    painter.setPen(inkSoft());
    textfit::draw(painter, {tr("What the analysis found")}, pageFont(6, QFont::Bold, true), rect.left(), rect.top() + 8,
                  200);

    // The counts, large enough to read from across the room.
    qreal y = rect.top() + 24;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int n = int(std::count_if(m_findings.begin(), m_findings.end(),
                                        [s](const Finding *f) { return f->severity == s; }));
        const QString label = s == Severity::Error ? tr("errors") : s == Severity::Warning ? tr("warnings") : tr("notes");
        painter.setPen(colourOf(s).darker(108));
        textfit::draw(painter, {QString::number(n)}, pageFont(18, QFont::Bold), rect.left(), y, 40, Qt::AlignRight);
        painter.setPen(ink());
        textfit::draw(painter, {label}, pageFont(8), rect.left() + 46, y + 7, 100);
        y += 24;
    }

    // The most urgent findings, in columns, as many as fit.
    const QRectF list = rect.adjusted(170, 22, 0, -2);
    const int columns = std::clamp(int(list.width() / 280), 1, 3);
    const qreal gap = 18, width = (list.width() - (columns - 1) * gap) / columns;
    const QFont f = pageFont(7);
    const qreal line = textfit::lineHeight(f);
    int column = 0;
    y = list.top();
    size_t shown = 0;
    for (; shown < m_findings.size(); ++shown) {
        const Finding &finding = *m_findings[shown];
        const QStringList lines = textfit::lines(finding.message(), f, width - 10, 2);
        const qreal need = lines.size() * line + 4;
        const bool last = column == columns - 1;
        // Keep a line free at the end for "and N more".
        if (y + need > list.bottom() - (last ? line : 0)) {
            if (last)
                break;
            ++column;
            y = list.top();
        }
        const qreal x = list.left() + column * (width + gap);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourOf(finding.severity));
        painter.drawEllipse(QPointF(x + 2.5, y + line / 2), 2.5, 2.5);
        painter.setPen(ink());
        y = textfit::draw(painter, lines, f, x + 10, y, width - 10) + 4;
    }
    if (shown < m_findings.size()) {
        painter.setPen(inkSoft());
        textfit::draw(painter, {tr("… and %1 more in the findings appendix.").arg(m_findings.size() - shown)},
                      pageFont(7, QFont::DemiBold), list.left() + column * (width + gap) + 10, y, width - 10);
    }
    painter.restore();
}

} // namespace stagecraft
