// Old style kept as a sample for test_error_style_self: an exception of our own.
struct ConfigError
{
    int line;
};
void refuse(int line)
{
    throw ConfigError{line};
}
