#include "maptemplates.h"

#include <QCoreApplication>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MapTemplates", text); }

// Builds a template element by element, handing out ids and keys in order.
// (The importers' MapBuilder grows maps from rows; templates are written out.)
class TemplateBuilder {
public:
    explicit TemplateBuilder(const QString &title) { m_map.info.title = title; }

    void phase(const QString &name, const QStringList &stages)
    {
        const Phase p{m_map.nextPhaseId(), m_map.freshPhaseKey(), name};
        m_map.phases.push_back(p);
        for (const QString &s : stages)
            m_map.stages.push_back({m_map.nextStageId(), m_map.freshStageKey(), p.id, s});
    }
    void lane(const QString &name, LaneKind kind)
    {
        m_map.lanes.push_back({m_map.nextLaneId(), m_map.freshLaneKey(), name, kind});
    }
    void owner(const QString &name, const char *color)
    {
        m_map.owners.push_back({m_map.nextOwnerId(), m_map.freshOwnerKey(), name, QColor(QLatin1String(color)), {}});
    }
    JourneyMap take() { return std::move(m_map); }

private:
    JourneyMap m_map;
};

void stageLanes(TemplateBuilder &b)
{
    b.lane(tr("Front-stage"), LaneKind::FrontStage);
    b.lane(tr("On-stage"), LaneKind::OnStage);
    b.lane(tr("Back-stage"), LaneKind::BackStage);
}

} // namespace

QStringList MapTemplates::names()
{
    return {QStringLiteral("service-blueprint"), QStringLiteral("customer-lifecycle"), QStringLiteral("blank")};
}

QString MapTemplates::title(const QString &name)
{
    if (name == QLatin1String("service-blueprint"))
        return tr("Service blueprint");
    if (name == QLatin1String("customer-lifecycle"))
        return tr("Customer lifecycle");
    if (name == QLatin1String("blank"))
        return tr("Blank");
    return {};
}

QString MapTemplates::description(const QString &name)
{
    if (name == QLatin1String("service-blueprint"))
        return tr("Customer, front-stage, on-stage, back-stage and support lanes, with the lines of interaction, "
                  "visibility and internal interaction.");
    if (name == QLatin1String("customer-lifecycle"))
        return tr("The whole lifecycle from Aware to Renew or leave, with the usual departments as owners.");
    if (name == QLatin1String("blank"))
        return tr("The three stage lanes and one phase: build the rest yourself.");
    return {};
}

std::optional<JourneyMap> MapTemplates::make(const QString &name, const QString &mapTitle)
{
    const QString title = mapTitle.isEmpty() ? tr("Untitled journey") : mapTitle;
    TemplateBuilder b(title);
    if (name == QLatin1String("service-blueprint")) {
        b.phase(tr("Before"), {tr("Discover"), tr("Decide")});
        b.phase(tr("During"), {tr("Arrive"), tr("Receive the service")});
        b.phase(tr("After"), {tr("Follow up")});
        b.lane(tr("Customer actions"), LaneKind::Customer);
        stageLanes(b);
        b.lane(tr("Support processes"), LaneKind::Support);
    } else if (name == QLatin1String("customer-lifecycle")) {
        b.phase(tr("Aware"), {tr("Notice"), tr("Research")});
        b.phase(tr("Buy"), {tr("Compare offers"), tr("Order"), tr("Pay")});
        b.phase(tr("Receive"), {tr("Delivery"), tr("Set up")});
        b.phase(tr("Use"), {tr("First use"), tr("Everyday use")});
        b.phase(tr("Get support"), {tr("Ask for help"), tr("Resolution")});
        b.phase(tr("Renew or leave"), {tr("Renew or leave")});
        b.lane(tr("Customer"), LaneKind::Customer);
        stageLanes(b);
        b.owner(tr("Marketing"), "#d9534f");
        b.owner(tr("Sales"), "#f0a030");
        b.owner(tr("Operations"), "#3b7dd8");
        b.owner(tr("Support"), "#2ca58d");
        b.owner(tr("IT"), "#7b5ea7");
    } else if (name == QLatin1String("blank")) {
        b.phase(tr("Phase 1"), {tr("Stage 1"), tr("Stage 2"), tr("Stage 3")});
        stageLanes(b);
    } else {
        return std::nullopt;
    }
    return b.take();
}

} // namespace stagecraft
