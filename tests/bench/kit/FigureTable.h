#pragma once

#include "ProcessMemory.h"
#include "Stats.h"

#include <QList>
#include <QString>

// The figures of a benchmark, printed as they come (qInfo) and as one
// aligned table at the end: median, min and max of the runs, unit, note.
class FigureTable
{
public:
    void add(const QString &figure, const Stats &stats, const QString &unit, int decimals, const QString &note = {});
    void addOne(const QString &figure, double value, const QString &unit, int decimals, const QString &note = {});
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The heading line, the table and a footnote, on stdout, and appended to
    // the file PORTFOLIO_LINKS_BENCH_REPORT names, if set.
    void print(const QString &heading, const QString &footnote) const;
    // "<title>: Qt <version>, QPA <platform>; <runs>; load average <at the
    // table's making> at the start, <now> at the end, <n> cores": what a
    // table of repeated runs was measured on.
    QString runHeading(const QString &title, const QString &runs) const;

    static QString number(double value, int decimals);

private:
    struct Row
    {
        QString figure;
        QString median, min, max;
        QString unit;
        QString note;
    };
    QList<Row> m_rows;
    QString m_loadAtStart = ProcessMemory::loadAverage();
};
