#pragma once

#include "ObjectSet.h"
#include "Result.h"

namespace rd::core {

// Reads a snapshot: one YAML or JSON file, or a folder of `.yaml`/`.yml`/`.json` files read in
// name order. Files may hold several YAML documents, `kind: List` (what `kubectl get -o yaml`
// writes) or single objects; kinds the model does not read are ignored. The first problem is
// an error that names the file (and line, for YAML).
class SnapshotLoader
{
public:
    static Result<ObjectSet> load(const QString &path);
    // Adds the objects of one file's text to `objects`.
    static Result<qsizetype> addText(ObjectSet &objects, const QByteArray &text,
                                     const QString &sourceName);
};

} // namespace rd::core
