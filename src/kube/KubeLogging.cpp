#include "kube/KubeLogging.h"

Q_LOGGING_CATEGORY(lcKube, "rd.kube", QtInfoMsg)
