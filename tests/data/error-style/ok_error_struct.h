// Old style kept as a sample for test_error_style_self: an {ok, error} struct.
#include <QString>
struct Written
{
    bool ok = false;
    QString error;
};
