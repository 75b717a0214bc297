#include "kube/TlsLibraryExit.h"

#include <openssl/crypto.h>

namespace rd::kube {

bool keepTlsLibraryUntilExit()
{
    // Only the first initialisation decides whether the atexit handler is registered; later
    // ones (Qt's TLS backend) add what they need and leave that choice alone.
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}

} // namespace rd::kube
