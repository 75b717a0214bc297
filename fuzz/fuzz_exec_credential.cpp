// libFuzzer target: any bytes as an exec credential plugin's stdout (JSON, or the YAML that
// client-go's decoder also accepts), for both API versions a kubeconfig may name.

#include "FuzzSupport.h"
#include "kube/ExecPluginRunner.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray out = rd::fuzz::bytes(data, size);
    for (const QString &apiVersion :
         {u"client.authentication.k8s.io/v1"_s, u"client.authentication.k8s.io/v1beta1"_s}) {
        const auto parsed = rd::kube::ExecPluginRunner::parseOutput(out, apiVersion);
        if (parsed) {
            const rd::kube::ExecCredential &cred = *parsed;
            // Accepted output always carries something to authenticate with.
            FUZZ_CHECK(!cred.token.isEmpty() || !cred.clientCertificatePem.isEmpty());
            FUZZ_CHECK(cred.clientCertificatePem.isEmpty() == cred.clientKeyPem.isEmpty());
        } else {
            FUZZ_CHECK(!parsed.errorMessage().isEmpty());
        }
    }
    return 0;
}
