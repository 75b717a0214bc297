#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace rd::core {

// What kind of failure an Error is, so callers can branch on it without reading the message.
// Add a kind only when some caller needs to tell it apart (docs/ARCHITECTURE.md, "Errors").
enum class ErrorKind {
    Invalid,      // the input breaks a rule: a bad name, flag, field or value
    NotFound,     // a file, context, object or revision that does not exist
    Unauthorized, // no credentials, or credentials the server rejects (401)
    Forbidden,    // the credentials may not do this (403)
    Conflict,     // someone else changed or created it first (409)
    Network,      // no usable connection: refused, DNS, proxy, TLS
    Timeout,      // no answer in time
    Parse,        // a document (YAML, JSON, PEM, duration) that cannot be read
    Io,           // a file that cannot be read or written
    Unavailable,  // the server is busy or not ready (429, 503): try again later
    Internal,     // a failure inside the program or the server that the user cannot fix
};

// A failure that is shown to a person: a complete, translated sentence naming what went wrong and
// where, its kind, and the HTTP status when a server answered with one.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Invalid;
    int httpStatus = 0; // 0: no HTTP answer was involved

    bool is(ErrorKind k) const { return kind == k; }
};

// The kind an HTTP failure status stands for (4xx/5xx); Internal for anything unexpected.
inline ErrorKind errorKindForHttpStatus(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 415:
    case 422:
        return ErrorKind::Invalid;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
    case 410:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Conflict;
    case 408:
    case 504:
        return ErrorKind::Timeout;
    case 429:
    case 503:
        return ErrorKind::Unavailable;
    case 0:
        return ErrorKind::Network;
    default:
        return ErrorKind::Internal;
    }
}

// The value of an operation that can fail, or the error that says why it did not succeed.
// E is core::Error everywhere except where a protocol dictates a richer error (the simulated
// server's sim::FailureStatus, which becomes a Kubernetes Status body).
template <typename T, typename E = Error> class Result
{
public:
    using value_type = T;
    using error_type = E;

    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::move(*this).value() : std::move(fallback); }

    const E &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

    // The value passed through f, or the same error.
    template <typename F> auto map(F &&f) const & -> Result<std::invoke_result_t<F, const T &>, E>
    {
        if (ok())
            return std::forward<F>(f)(value());
        return error();
    }

    // The error passed through f (to add context, or to change its type), or the same value.
    template <typename F> auto mapError(F &&f) && -> Result<T, std::invoke_result_t<F, const E &>>
    {
        if (ok())
            return std::move(*this).value();
        return std::forward<F>(f)(error());
    }

private:
    std::variant<T, E> m_data;
};

// The outcome of an operation that yields no value: success, or the error.
template <typename E> class Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const E &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<E> m_error;
};

using Status = Result<void>;

} // namespace rd::core
