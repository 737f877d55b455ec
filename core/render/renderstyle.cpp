#include "renderstyle.h"

#include <QFontDatabase>
#include <QTransform>
#include <cmath>

namespace stagecraft::renderstyle {

QString fontFamily()
{
    static const QString family = [] {
        const QStringList present = QFontDatabase::families();
        for (const char *name : {"Inter", "Noto Sans", "DejaVu Sans"})
            if (present.contains(QLatin1String(name)))
                return QString::fromLatin1(name);
        return QStringLiteral("Sans Serif");
    }();
    return family;
}

namespace {

struct Spec { qreal size; QFont::Weight weight; bool caps; };

Spec specOf(Type type)
{
    switch (type) {
    case Type::PhaseName: return {10.5, QFont::Bold, true};
    case Type::StageName: return {10.5, QFont::DemiBold, false};
    case Type::LaneName: return {11, QFont::Bold, false};
    case Type::LaneKind: return {7.5, QFont::Bold, true};
    case Type::CardTitle: return {10, QFont::DemiBold, false};
    case Type::CardMeta: return {8, QFont::Normal, false};
    case Type::Badge: return {7.5, QFont::Bold, false};
    case Type::LinkLabel: return {7.5, QFont::Normal, false};
    case Type::LineLabel: return {7, QFont::DemiBold, false};
    }
    return {8, QFont::Normal, false};
}

} // namespace

qreal typeSize(Type type) { return specOf(type).size; }

QFont font(Type type, qreal scale)
{
    const Spec spec = specOf(type);
    QFont f(fontFamily());
    // Pixel sizes keep text the same size in map units on every device; the
    // painter's transform does the scaling to points or pixels.
    f.setPixelSize(qMax(1, qRound(spec.size * scale)));
    f.setWeight(spec.weight);
    if (spec.caps)
        f.setCapitalization(QFont::AllUppercase);
    // No letter spacing: Qt's PDF engine does not scale it with the painter,
    // and spaced capitals come out of pdftotext as "A W A R E".
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures, so "first" stays searchable in a PDF (not "\ufb01rst").
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont pageFont(int points, QFont::Weight weight, bool caps)
{
    QFont f(fontFamily());
    f.setPixelSize(points); // pages are painted with one unit per point
    f.setWeight(weight);
    if (caps)
        f.setCapitalization(QFont::AllUppercase);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor paper() { return QColor(0xffffff); }
QColor ink() { return QColor(0x1f2933); }
QColor inkSoft() { return QColor(0x52606d); }
QColor inkFaint() { return QColor(0x9aa5b1); }
QColor rule() { return QColor(0xe3e8ee); }
QColor headerFill() { return QColor(0xf5f7fa); }
QColor phaseFill(int index) { return index % 2 ? QColor(0x3b4a5c) : QColor(0x2c3846); }
QColor selection() { return QColor(0x2f6feb); }
QColor error() { return QColor(0xd64545); }
QColor warning() { return QColor(0xe8a317); }
QColor unownedStripe() { return QColor(0xc5ccd4); }

QColor laneTint(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Customer: return QColor(0xfcf7ee);
    case LaneKind::FrontStage: return QColor(0xf0f6fc);
    case LaneKind::OnStage: return QColor(0xeff8f5);
    case LaneKind::BackStage: return QColor(0xf5f3fb);
    case LaneKind::Support: return QColor(0xf4f5f7);
    case LaneKind::Evidence: return QColor(0xfdfbee);
    case LaneKind::Notes: return QColor(0xfafafa);
    }
    return paper();
}

QColor laneAccent(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Customer: return QColor(0xc2812a);
    case LaneKind::FrontStage: return QColor(0x3a76bf);
    case LaneKind::OnStage: return QColor(0x2a8c72);
    case LaneKind::BackStage: return QColor(0x7560b0);
    case LaneKind::Support: return QColor(0x69737f);
    case LaneKind::Evidence: return QColor(0xa8901c);
    case LaneKind::Notes: return QColor(0x8a8f98);
    }
    return inkSoft();
}

QColor linkColor(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Flow: return QColor(0x5b6876);
    case LinkKind::Supports: return QColor(0x8a7cc0);
    case LinkKind::Handoff: return QColor(0xd27a26);
    }
    return inkSoft();
}

QColor emotionColor(int emotion)
{
    static const QColor scale[] = {QColor(0xd64545), QColor(0xef8a4c), QColor(0xb8bfc7), QColor(0x7cbf6a),
                                   QColor(0x3f9c5a)};
    return scale[qBound(-2, emotion, 2) + 2];
}

qreal deviceScale(const QTransform &toDevice) { return std::sqrt(std::abs(toDevice.determinant())); }

QColor textOn(const QColor &ownerColor)
{
    QColor c = ownerColor.toHsl();
    if (c.lightness() > 110)
        c.setHsl(c.hslHue(), c.hslSaturation(), 110);
    return c.toRgb();
}

} // namespace stagecraft::renderstyle
