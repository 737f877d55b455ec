#include "swatch.h"

#include <QPainter>
#include <QPixmap>

namespace stagecraft {

QIcon swatchIcon(const QColor &color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color.isValid() ? color : QColor(Qt::lightGray));
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pm);
}

} // namespace stagecraft
