// Old style kept as a sample for test_error_style_self: an error out-parameter.
#include <QString>
#include <optional>
std::optional<int> parsePort(const QString &text, QString *error);
