#include "findingsappendix.h"

#include "render/renderstyle.h"
#include "render/textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace stagecraft {

using namespace renderstyle;

namespace {

constexpr qreal TitleHeight = 40;
constexpr qreal ColumnGap = 24;
constexpr qreal BadgeIndent = 14;

QString tr(const char *text) { return QCoreApplication::translate("FindingsAppendix", text); }

QFont departmentFont() { return pageFont(11, QFont::Bold); }
QFont severityFont() { return pageFont(6, QFont::Bold, true); }
QFont messageFont() { return pageFont(8); }
QFont refsFont() { return pageFont(7); }

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error: return tr("Errors");
    case Severity::Warning: return tr("Warnings");
    case Severity::Info: return tr("Notes");
    }
    return {};
}

QColor severityColour(Severity s) { return s == Severity::Error ? error() : s == Severity::Warning ? warning() : inkFaint(); }

} // namespace

FindingsAppendix::FindingsAppendix(const JourneyMap &map, const AnalysisResult *analysis, const QString &department,
                                   QSizeF page)
    : m_map(map), m_analysis(analysis)
{
    if (!analysis)
        return;
    const int columns = std::clamp(int((page.width() + ColumnGap) / (290 + ColumnGap)), 1, 3);
    m_columnWidth = (page.width() - (columns - 1) * ColumnGap) / columns;
    build(department);
    if (m_findings > 0)
        paginate(page, m_columnWidth, columns);
}

QString FindingsAppendix::refersTo(const Finding &f) const
{
    // A dozen names say where to look; a slow path through hundreds of cards
    // is summed up rather than listed.
    constexpr int Named = 12;
    QStringList parts;
    for (TouchpointId id : f.touchpoints.mid(0, Named)) {
        const Touchpoint *t = m_map.touchpoint(id);
        if (!t)
            continue;
        const Stage *stage = m_map.stage(t->stage);
        parts << (stage ? tr("%1 (stage %2)").arg(t->title, stage->name) : t->title);
    }
    if (f.touchpoints.size() > Named)
        parts << tr("and %1 more").arg(f.touchpoints.size() - Named);
    QString text = parts.isEmpty() ? QString() : tr("Touchpoints: %1").arg(parts.join(QStringLiteral("; ")));
    if (!f.suggestedOwnerName.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(". ")) + tr("Suggested owner: %1").arg(f.suggestedOwnerName);
    return text;
}

FindingsAppendix::Lines FindingsAppendix::wrapped(const Finding &f) const
{
    const qreal width = m_columnWidth - BadgeIndent;
    return {textfit::lines(f.message(), messageFont(), width, 8), textfit::lines(refersTo(f), refsFont(), width, 6)};
}

void FindingsAppendix::build(const QString &department)
{
    // Departments in the map's owner order, then findings that name none.
    QStringList departments;
    for (const Owner &o : m_map.owners)
        departments << o.name;
    const QString none = tr("No department");
    departments << none;
    const qreal messageLine = textfit::lineHeight(messageFont()), refsLine = textfit::lineHeight(refsFont());
    for (const QString &dept : departments) {
        if (!department.isEmpty() && dept.compare(department, Qt::CaseInsensitive) != 0)
            continue;
        bool headed = false;
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
            bool severityHeaded = false;
            for (const Finding &f : m_analysis->findings) {
                const bool mine = dept == none ? f.departments.isEmpty()
                                               : f.departments.contains(dept, Qt::CaseInsensitive);
                if (!mine || f.severity != s)
                    continue;
                if (!headed) {
                    m_blocks.push_back({Kind::Department, dept, nullptr, 24});
                    headed = true;
                }
                if (!severityHeaded) {
                    m_blocks.push_back({Kind::Severity, severityTitle(s), &f, 14});
                    severityHeaded = true;
                }
                const Lines lines = wrapped(f);
                m_blocks.push_back({Kind::Entry, {}, &f,
                                    lines.message.size() * messageLine + lines.refs.size() * refsLine + 7});
                ++m_findings;
            }
        }
    }
}

void FindingsAppendix::paginate(QSizeF page, qreal columnWidth, int columns)
{
    const qreal top = TitleHeight, bottom = page.height();
    int column = 0;
    qreal y = top;
    m_pages.emplace_back();
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        // Headings keep their first entry with them.
        qreal need = m_blocks[i].height;
        for (size_t j = i; j + 1 < m_blocks.size() && m_blocks[j].kind != Kind::Entry; ++j)
            need += m_blocks[j + 1].height;
        if (y + need > bottom && y > top) {
            y = top;
            if (++column == columns) {
                column = 0;
                m_pages.emplace_back();
            }
        }
        if (m_blocks[i].kind == Kind::Department && y > top)
            y += 8;
        m_pages.back().push_back({int(i), QPointF(column * (columnWidth + ColumnGap), y)});
        y += m_blocks[i].height;
    }
}

void FindingsAppendix::paint(QPainter &painter, int page, const QRectF &rect) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(pageFont(16, QFont::Bold));
    painter.setPen(ink());
    const QString title = page == 0 ? tr("Findings") : tr("Findings (continued)");
    painter.drawText(QPointF(rect.left(), rect.top() + 18), title);
    painter.setFont(pageFont(8));
    painter.setPen(inkSoft());
    painter.drawText(QPointF(rect.left(), rect.top() + 30),
                     (m_findings == 1 ? tr("One finding, with the touchpoints it concerns.")
                                      : tr("%1 findings, by department and severity, with the touchpoints they "
                                           "concern.")
                                            .arg(m_findings)));
    for (const Placed &p : m_pages[page]) {
        const Block &b = m_blocks[p.block];
        const QPointF at = rect.topLeft() + p.at;
        switch (b.kind) {
        case Kind::Department:
            painter.setFont(departmentFont());
            painter.setPen(ink());
            painter.drawText(QPointF(at.x(), at.y() + 14), b.title);
            painter.setPen(QPen(rule().darker(115), 0.6));
            painter.drawLine(QPointF(at.x(), at.y() + 19), QPointF(at.x() + m_columnWidth, at.y() + 19));
            break;
        case Kind::Severity:
            painter.setFont(severityFont());
            painter.setPen(severityColour(b.finding->severity).darker(110));
            painter.drawText(QPointF(at.x(), at.y() + 9), b.title);
            break;
        case Kind::Entry: {
            painter.setPen(Qt::NoPen);
            painter.setBrush(severityColour(b.finding->severity));
            painter.drawEllipse(QPointF(at.x() + 4, at.y() + 5), 3, 3);
            const Lines lines = wrapped(*b.finding);
            painter.setPen(ink());
            const qreal y = textfit::draw(painter, lines.message, messageFont(), at.x() + BadgeIndent, at.y(),
                                          m_columnWidth - BadgeIndent);
            painter.setPen(inkSoft());
            textfit::draw(painter, lines.refs, refsFont(), at.x() + BadgeIndent, y + 1, m_columnWidth - BadgeIndent);
            break;
        }
        }
    }
    painter.restore();
}

} // namespace stagecraft
