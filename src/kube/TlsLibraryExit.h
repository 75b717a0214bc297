#pragma once

namespace rd::kube {

// Leaves OpenSSL's global state to the kernel when the process ends.
//
// By default OpenSSL frees its global and per-thread state in an atexit() handler. Qt's network
// thread (the one every QNetworkAccessManager uses for HTTPS) is joined only up to its "finished"
// state: the thread itself may still be running its thread-exit destructors, OpenSSL's among
// them, while main() returns and exit() runs that handler. Both then free the same per-thread
// block (a double free that ASan caught in rolloutdesk-cli one run in a few hundred). Skipping
// the cleanup removes the race; nothing is lost, the process is ending and holds no secrets on
// disk in that state.
//
// Must run before anything initialises OpenSSL (OpenSSL decides on the first initialisation):
// KubeClient.cpp registers it as a QCoreApplication startup function, so every program and test
// that links the network client gets it when its application object is made. Returns false
// where the library could not be initialised (TLS then fails later with Qt's own error).
bool keepTlsLibraryUntilExit();

} // namespace rd::kube
