#pragma once

#include "model/elements.h"

#include <QColor>
#include <QFont>

class QTransform;

namespace stagecraft {

// The look shared by screen and paper: one calm palette and one type scale, so
// every view of a map (canvas, PDF, SVG, PNG) reads the same.
namespace renderstyle {

enum class Type { PhaseName, StageName, LaneName, LaneKind, CardTitle, CardMeta, Badge, LinkLabel, LineLabel };

// A font for `type`, with sizes in map units (pixel sizes, so that screen and
// paper measure text alike) times `scale`.
QFont font(Type type, qreal scale = 1.0);
qreal typeSize(Type type); // the pixel size of font(type), before the scale
// How many device pixels one map unit spans under `toDevice`, on average
// over directions: what QStyleOptionGraphicsItem calls the level of detail.
qreal deviceScale(const QTransform &toDevice);
QString fontFamily(); // the first of Inter, Noto Sans, DejaVu Sans present
// A font for printed pages (title block, legend, appendix), where one unit is one point.
QFont pageFont(int points, QFont::Weight weight = QFont::Normal, bool caps = false);

QColor paper();
QColor ink();          // titles
QColor inkSoft();      // secondary text
QColor inkFaint();     // hints, empty states
QColor rule();         // grid lines
QColor headerFill();   // stage headers
QColor phaseFill(int index); // alternating dark bands
QColor selection();
QColor error();
QColor warning();

QColor laneTint(LaneKind kind);   // the lane's row, very light
QColor laneAccent(LaneKind kind); // its header bar and kind label
QColor linkColor(LinkKind kind);
QColor emotionColor(int emotion); // -2 red … +2 green
QColor unownedStripe();
// A version of an owner colour dark enough for small text on white.
QColor textOn(const QColor &ownerColor);

} // namespace renderstyle

} // namespace stagecraft
