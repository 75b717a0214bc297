#include "Icons.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {
QString glyph(const char16_t *g)
{
    return QString::fromUtf16(g);
}
} // namespace

QString rolloutIcon(const QString &status)
{
    if (status == u"Progressing")
        return glyph(icons::progressing);
    if (status == u"Error" || status == u"InvalidSpec")
        return glyph(icons::warning);
    if (status == u"Paused")
        return glyph(icons::paused);
    if (status == u"Healthy")
        return glyph(icons::ok);
    if (status == u"Degraded")
        return glyph(icons::bad);
    if (status == u"Unknown")
        return glyph(icons::unknown);
    if (status == u"ScaledDown")
        return glyph(icons::neutral);
    return u" "_s;
}

QString replicaSetIcon(const QString &status)
{
    if (status == u"Progressing")
        return glyph(icons::progressing);
    if (status == u"Healthy")
        return glyph(icons::ok);
    if (status == u"ReplicaFailure")
        return glyph(icons::bad);
    if (status == u"ScaledDown")
        return glyph(icons::neutral);
    return u" "_s;
}

QString podIcon(const QString &status)
{
    if (status.startsWith(u"Init:"))
        return glyph(icons::progressing);
    if (status.startsWith(u"Signal:") || status.startsWith(u"ExitCode:"))
        return glyph(icons::bad);
    if (status.endsWith(u"Error") || status.startsWith(u"Err"))
        return glyph(icons::warning);
    if (status == u"Pending" || status == u"Terminating" || status == u"ContainerCreating")
        return glyph(icons::progressing);
    if (status == u"Running" || status == u"Completed")
        return glyph(icons::ok);
    if (status == u"Failed" || status == u"InvalidImageName" || status == u"CrashLoopBackOff")
        return glyph(icons::bad);
    if (status == u"ImagePullBackOff" || status == u"RegistryUnavailable")
        return glyph(icons::warning);
    if (status == u"Unknown")
        return glyph(icons::unknown);
    return u" "_s;
}

QString analysisIcon(const QString &phase)
{
    if (phase == u"Successful")
        return glyph(icons::ok);
    if (phase == u"Inconclusive")
        return glyph(icons::unknown);
    if (phase == u"Failed")
        return glyph(icons::bad);
    if (phase == u"Error")
        return glyph(icons::warning);
    if (phase == u"Running")
        return glyph(icons::progressing);
    if (phase == u"Pending")
        return glyph(icons::waiting);
    return u" "_s;
}

} // namespace rd::core
