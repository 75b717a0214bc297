// libFuzzer target: any bytes as a kubeconfig file, then merging and resolving every context as
// a connection would. A refused file must say why.

#include "FuzzSupport.h"
#include "kube/KubeConfig.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A folder that does not exist: relative paths resolve under it and nothing is read.
    const auto config =
        rd::kube::KubeConfig::parse(rd::fuzz::bytes(data, size), u"/nonexistent/fuzz/config"_s);
    if (!config) {
        FUZZ_CHECK(!config.errorMessage().isEmpty());
        return 0;
    }
    rd::kube::KubeConfig merged = *config;
    merged.mergeFrom(*config);
    FUZZ_CHECK(merged.contextNames() == config->contextNames());
    QStringList names = config->contextNames();
    names << QString(); // the current context
    for (const QString &name : std::as_const(names)) {
        const auto resolved = config->resolve(name);
        FUZZ_CHECK(resolved ? !resolved->ns.isEmpty() : !resolved.errorMessage().isEmpty());
    }
    return 0;
}
