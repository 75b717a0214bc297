// Runs a libFuzzer target's LLVMFuzzerTestOneInput over files and folders (recursively, in name
// order) without libFuzzer, so that every build replays the seed corpus and the regressions of
// crashes found earlier. Fails when a path holds no file, so a moved corpus cannot pass silently.

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList paths = app.arguments().mid(1);
    if (paths.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    int total = 0;
    for (const QString &path : paths) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            std::sort(files.begin(), files.end());
        } else {
            files << path;
        }
        if (files.isEmpty() || !QFileInfo(files.first()).isFile()) {
            std::fprintf(stderr, "no input in %s\n", qPrintable(path));
            return 1;
        }
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = f.readAll();
            std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(file),
                         static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   size_t(data.size()));
            ++total;
        }
    }
    std::printf("replayed %d inputs\n", total);
    return 0;
}
