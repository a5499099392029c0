#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace ds::core {

// Why an operation failed. The numeric values are the CLI's exit codes.
enum class ErrorCode {
    Validation = 1, // findings of severity error, a refused operation, a failed probe
    Usage = 2,      // the caller asked for something malformed
    BadInput = 3,   // unreadable or wrong data, wrong password, no matching request
    Io = 4,         // the file system or a tool failed
    Cancelled = 5,  // the user cancelled a job
};

// An error with a translated, one-line message that names what is wrong and where.
struct Error
{
    ErrorCode code = ErrorCode::BadInput;
    QString message;
    QString rule;  // the code of the validation rule that refused an edit ("RC-NAME-DUPLICATE"), if any
    QString field; // the model field that rule concerns, so that an editor can show it
};

// A value or an Error; core returns these instead of throwing across module boundaries.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    static Result failure(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    T* operator->() { return &std::get<T>(m_data); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    static Result failure(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ds::core
