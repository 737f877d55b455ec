#pragma once

// The stable ids of the analysis rules: files, the CLI's JSON and the
// editor's filters use them; docs/analysis.md explains each one.
namespace stagecraft::rule {

inline constexpr char UnownedTouchpoint[] = "unowned-touchpoint";
inline constexpr char NoAccountablePerson[] = "no-accountable-person";
inline constexpr char UnsupportedFrontStage[] = "unsupported-front-stage";
inline constexpr char OrphanBackStage[] = "orphan-back-stage";
inline constexpr char BrokenAccountabilityChain[] = "broken-accountability-chain";
inline constexpr char HandoffWithoutAgreedTime[] = "handoff-without-agreed-time";
inline constexpr char SlowHandoff[] = "slow-handoff";
inline constexpr char Loop[] = "loop";
inline constexpr char SlowPath[] = "slow-path";
inline constexpr char StaleReview[] = "stale-review";
inline constexpr char UnmeasuredStage[] = "unmeasured-stage";
inline constexpr char UnownedPainPoint[] = "unowned-pain-point";
inline constexpr char StageWithoutCustomerStep[] = "stage-without-customer-step";

} // namespace stagecraft::rule
