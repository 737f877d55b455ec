#pragma once

#include "analysis/analysis.h"

#include <initializer_list>

namespace stagecraft::test {

// Small maps for the analysis tests, written as cards and links by key:
// three stages (s1..s3), one lane of every kind (named after the kind:
// "customer", "front-stage", …, "notes") and four departments (Sales,
// Operations, Logistics, Billing), each with an accountable person.
class AnalysisMap {
public:
    AnalysisMap();

    // A card in `stage` ("s1"…) and the lane of `laneKind`, owned by the
    // department named `owner` (empty: no owner). Returns its id.
    TouchpointId card(const QString &key, const QString &laneKind, const QString &owner = {},
                      const QString &stage = QStringLiteral("s1"));
    Touchpoint &operator[](const QString &key); // to set times, pain, review dates
    LinkId link(const QString &from, const QString &to, LinkKind kind = LinkKind::Flow,
                std::optional<Duration> agreed = {}, std::optional<Duration> wait = {});

    AnalysisResult analyze(QDate today = QDate(2026, 11, 1)) const;
    // The findings of one rule, in result order.
    std::vector<Finding> findings(const QString &rule, QDate today = QDate(2026, 11, 1)) const;

    JourneyMap map;
};

Duration days(double d);
Duration hours(qint64 h);

} // namespace stagecraft::test
