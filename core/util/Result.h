#pragma once

#include <QString>

#include <utility>
#include <variant>

// A value or the reason there is none: what every fallible call in core
// returns (std::expected arrives with C++23; this is the part we need).
template <typename Error> struct Failure
{
    Error error;
};

template <typename Error> Failure<Error> fail(Error error)
{
    return Failure<Error>{std::move(error)};
}

template <typename T, typename Error = QString> class Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<Error> failure) : m_state(std::in_place_index<1>, std::move(failure.error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For calls that succeed with nothing to say.
struct Done
{};
