// Run by test_tls_library_exit: tells whether OpenSSL freed its state when this process ended
// (see kube/TlsLibraryExit.h). Without arguments it is a program like any that uses the network
// client: it makes its application object, then loads Qt's TLS backend. With --openssl-first,
// OpenSSL is initialised with its defaults before the application object exists, as in a
// program without the startup function; the cleanup must then show, or the check proves nothing.

#include "kube/KubeClient.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool cleanedUp = false;

void duringCleanup()
{
    cleanedUp = true;
}

void reportAtExit()
{
    // Registered first, so it runs after OpenSSL's own exit handler, if there is one.
    std::fputs(cleanedUp ? "cleaned up\n" : "kept\n", stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    std::atexit(reportAtExit);
    if (argc > 1 && std::strcmp(argv[1], "--openssl-first") == 0)
        OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS, nullptr);
    QCoreApplication app(argc, argv);
    // Linked as in every client program: KubeClient.cpp carries the startup function.
    volatile auto create = &rd::kube::KubeClient::create;
    (void)create;
    if (!QSslSocket::supportsSsl()) { // loads the backend, which initialises OpenSSL itself
        std::fputs("no TLS backend\n", stdout);
        return 2;
    }
    // Called by OPENSSL_cleanup(), wherever that comes from.
    OPENSSL_atexit(duringCleanup);
    return 0;
}
