#pragma once

#include <QLoggingCategory>

namespace rd::sim {
Q_DECLARE_LOGGING_CATEGORY(lcSim)
} // namespace rd::sim
