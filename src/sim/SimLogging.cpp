#include "sim/SimLogging.h"

namespace rd::sim {
Q_LOGGING_CATEGORY(lcSim, "rd.sim", QtWarningMsg)
} // namespace rd::sim
