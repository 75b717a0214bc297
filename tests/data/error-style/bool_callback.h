// Old style kept as a sample for test_error_style_self: success reported as a bool.
#include <QString>
#include <functional>
using Callback = std::function<void(bool ok, const QString &error)>;
