#pragma once

#include <QPaintDevice>
#include <memory>

class QPainter;

namespace stagecraft {

class SnappedEngine;

// A paint device that hands everything painted on it to another painter, with
// the points of every shape moved to the nearest whole unit of that painter's
// device (1/1200 inch on a QPdfWriter, the precision of a good printer).
//
// Why: Qt's PDF engine writes a whole number in as many digits as it has, and
// any other number with nine significant digits ("12.5000000"), and a page
// stream's size is most of its export time (it is deflated at zlib's default
// level). Shapes painted through this device are written in whole device
// units with an identity matrix; text is passed on as it came, under the
// painter's own transform, so it stays text with the same glyph positions.
//
// `target` must be active on its device and stay so while a painter is active
// on this one; its transform and state are this device's to change.
class SnappedDevice : public QPaintDevice {
public:
    explicit SnappedDevice(QPainter *target);
    ~SnappedDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter *m_target;
    std::unique_ptr<SnappedEngine> m_engine;
};

} // namespace stagecraft
