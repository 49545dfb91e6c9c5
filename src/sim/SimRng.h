// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <array>
#include <cstddef>

namespace s1sim::tenant {

// Seeded random numbers: every random choice of the tenant comes from one of these, so a tenant is
// the same for the same seed. stream separates independent sequences of one seed.
class Rng
{
public:
    Rng(quint64 seed, quint32 stream)
        : m_gen(seedWords(seed, stream).data(), 3)
    { }
    quint32 below(quint32 n) { return n ? m_gen.bounded(n) : 0; }
    int between(int lo, int hi) { return m_gen.bounded(lo, hi + 1); } // inclusive
    qint64 between64(qint64 lo, qint64 hi) { return m_gen.bounded(lo, hi + 1); } // inclusive
    double unit() { return m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    quint32 next() { return m_gen.generate(); }
    template<typename T, std::size_t N> const T &pick(const T (&array)[N])
    {
        return array[below(quint32(N))];
    }
    int weighted(const int *weights, int count)
    {
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        int r = int(below(quint32(total)));
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }
    QString hexString(int bytes)
    {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (int i = 0; i < bytes; ++i)
            raw[i] = char(below(256));
        return QString::fromLatin1(raw.toHex());
    }

private:
    static std::array<quint32, 3> seedWords(quint64 seed, quint32 stream)
    {
        return {quint32(seed), quint32(seed >> 32), stream};
    }
    QRandomGenerator m_gen;
};

} // namespace s1sim::tenant
