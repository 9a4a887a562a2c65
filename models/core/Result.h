#pragma once

#include "core/Error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace desk {

// Result of an operation that can fail: either a value or an Error.
// A small std::expected stand-in (GCC 12 has no <expected>).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    // For a Result<U *>, -> and * reach the pointee, so a Result<QSqlQuery *> reads like a query.
    auto operator->()
    {
        if constexpr (std::is_pointer_v<T>)
            return value();
        else
            return &value();
    }
    auto operator->() const
    {
        if constexpr (std::is_pointer_v<T>)
            return value();
        else
            return &value();
    }
    decltype(auto) operator*() &
    {
        if constexpr (std::is_pointer_v<T>)
            return *value();
        else
            return value();
    }
    decltype(auto) operator*() const &
    {
        if constexpr (std::is_pointer_v<T>)
            return *value();
        else
            return value();
    }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace desk
