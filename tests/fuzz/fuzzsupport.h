#pragma once
// Small independent models shared by the libFuzzer targets in tests/fuzz.
// They restate the RFC rules in the simplest way, on purpose apart from the
// code under test, so that a target can compare the two.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <cstdio>
#include <cstdlib>

namespace postscope::fuzz {

// A failed property: abort() so that libFuzzer keeps the input, saying
// which check it was (inlining at -O1 hides it from the stack trace).
inline void check(bool condition, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    if (!condition) {
        fprintf(stderr, "fuzz check failed at %s:%d\n", file, line);
        abort();
    }
}

inline char asciiUpper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

inline QByteArray asciiUpper(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (char c : s)
        out += asciiUpper(c);
    return out;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

// The words of a line as some server could read them: split at runs of
// spaces and tabs, leading ones ignored. A secret must be hidden whichever
// reading the server takes.
inline QList<QByteArray> looseWords(QByteArrayView line)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpaceOrTab(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !isSpaceOrTab(line[i]))
            ++i;
        if (i > start)
            out << line.sliced(start, i - start).toByteArray();
    }
    return out;
}

// RFC 3030 2: bdat-cmd = "BDAT" SP chunk-size [ SP end-marker ], with the
// parser's documented leniency (spaces around, LAST in any case) and bound
// (at most 18 digits, so that the size fits in 63 bits).
struct BdatModel
{
    bool ok = false;
    qint64 size = 0;
    bool last = false;
};

inline BdatModel bdatModel(QByteArrayView arg)
{
    BdatModel m;
    qsizetype i = 0;
    while (i < arg.size() && arg[i] == ' ')
        ++i;
    const qsizetype digitsStart = i;
    while (i < arg.size() && isDigit(arg[i]))
        ++i;
    const qsizetype digits = i - digitsStart;
    if (digits == 0 || digits > 18)
        return m;
    for (qsizetype k = digitsStart; k < i; ++k)
        m.size = m.size * 10 + (arg[k] - '0');
    QByteArrayView rest = arg.sliced(i);
    if (!rest.isEmpty() && rest.front() != ' ')
        return m;
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    while (!rest.isEmpty() && rest.back() == ' ')
        rest.chop(1);
    if (!rest.isEmpty()) {
        if (asciiUpper(rest) != "LAST")
            return m;
        m.last = true;
    }
    m.ok = true;
    return m;
}

// A deterministic generator, so that an input reproduces exactly.
struct Rng
{
    quint32 state;
    quint32 next()
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
    // 0 .. n-1
    quint32 below(quint32 n) { return n ? next() % n : 0; }
};

} // namespace postscope::fuzz
