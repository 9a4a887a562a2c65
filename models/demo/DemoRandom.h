#pragma once

#include <QtGlobal>

#include <array>

namespace desk::demo {

// Deterministic randomness for the demo data: the same seed gives the same data on every compiler and
// platform, which the std:: distributions do not promise.

// splitmix64 step: advances `state` and returns the next output.
inline quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A stateless hash of two words, for values that must be computable from an index alone.
inline quint64 mix(quint64 a, quint64 b)
{
    quint64 state = a * 0xD1342543DE82EF95ULL + b;
    splitmix64(state);
    return splitmix64(state);
}

// xoshiro256** (Blackman and Vigna), seeded through splitmix64.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &word : m_s)
            word = splitmix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n) for n > 0 (Lemire's multiply-shift; the tiny bias is irrelevant here).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        const quint64 span = quint64(high - low) + 1;
        return low + qint64(span == 0 ? next() : next() % span);
    }
    bool chance(int perMille) { return int(below(1000)) < perMille; }

    template <typename Array> const auto &pick(const Array &items) { return items[below(quint32(std::size(items)))]; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

// A keyed bijection of [0, domain): a balanced Feistel network over the next even power of two, with cycle
// walking back into the domain. Distinct inputs give distinct outputs, so identifiers built from it are
// unique without a lookup table.
class Permutation
{
public:
    Permutation(quint64 domain, quint64 key) : m_domain(domain), m_key(key)
    {
        int bits = 2;
        while (bits < 62 && (quint64(1) << bits) < domain)
            bits += 2;
        m_halfBits = bits / 2;
        m_halfMask = (quint64(1) << m_halfBits) - 1;
    }

    quint64 domain() const { return m_domain; }

    quint64 operator()(quint64 x) const
    {
        do {
            x = encrypt(x);
        } while (x >= m_domain);
        return x;
    }

private:
    quint64 encrypt(quint64 x) const
    {
        quint64 left = x >> m_halfBits;
        quint64 right = x & m_halfMask;
        for (quint64 round = 0; round < 4; ++round) {
            const quint64 f = mix(m_key + round, right) & m_halfMask;
            const quint64 next = left ^ f;
            left = right;
            right = next;
        }
        return (left << m_halfBits) | right;
    }

    quint64 m_domain;
    quint64 m_key;
    int m_halfBits = 1;
    quint64 m_halfMask = 1;
};

} // namespace desk::demo
