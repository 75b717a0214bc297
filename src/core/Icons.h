#pragma once

#include <QString>

namespace rd::core {

// The plugin's status glyphs (rollouts-semantics.md §1.4) and tree glyphs (§2.3).
namespace icons {
inline constexpr char16_t waiting[] = u"◷";
inline constexpr char16_t progressing[] = u"◌";
inline constexpr char16_t warning[] = u"⚠";
inline constexpr char16_t unknown[] = u"?";
inline constexpr char16_t ok[] = u"✔";
inline constexpr char16_t bad[] = u"✖";
inline constexpr char16_t paused[] = u"॥";
inline constexpr char16_t neutral[] = u"•";

inline constexpr char16_t rollout[] = u"⟳";
inline constexpr char16_t revision[] = u"#";
inline constexpr char16_t replicaSet[] = u"⧉";
inline constexpr char16_t pod[] = u"□";
inline constexpr char16_t job[] = u"⊞";
inline constexpr char16_t experiment[] = u"Σ";
inline constexpr char16_t analysisRun[] = u"α";
} // namespace icons

QString rolloutIcon(const QString &status);
QString replicaSetIcon(const QString &status);
QString podIcon(const QString &status);
// Experiments, analysis runs and jobs share one mapping.
QString analysisIcon(const QString &phase);

} // namespace rd::core
