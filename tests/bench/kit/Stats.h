#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

// The runs of one figure: median, min, max and percentiles.
struct Stats
{
    QList<double> values;

    bool isEmpty() const { return values.isEmpty(); }
    QList<double> sorted() const
    {
        QList<double> copy = values;
        std::sort(copy.begin(), copy.end());
        return copy;
    }
    double median() const
    {
        const QList<double> s = sorted();
        const qsizetype n = s.size();
        return n == 0 ? 0 : n % 2 ? s.at(n / 2) : (s.at(n / 2 - 1) + s.at(n / 2)) / 2;
    }
    double min() const { return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend()); }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend()); }
    // Nearest rank.
    double percentile(double p) const
    {
        const QList<double> s = sorted();
        if (s.isEmpty())
            return 0;
        const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(s.size())));
        return s.at(std::clamp<qsizetype>(rank - 1, 0, s.size() - 1));
    }
};
