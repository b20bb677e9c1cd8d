#include "FigureTable.h"

#include <QDebug>
#include <QFile>
#include <QGuiApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

QString FigureTable::number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void FigureTable::add(const QString &figure, const Stats &stats, const QString &unit, int decimals, const QString &note)
{
    m_rows.append({figure, number(stats.median(), decimals), number(stats.min(), decimals),
                   number(stats.max(), decimals), unit, note});
    qInfo().noquote() << figure << "median" << number(stats.median(), decimals) << "min"
                      << number(stats.min(), decimals) << "max" << number(stats.max(), decimals) << unit << note;
}

void FigureTable::addOne(const QString &figure, double value, const QString &unit, int decimals, const QString &note)
{
    m_rows.append({figure, number(value, decimals), {}, {}, unit, note});
    qInfo().noquote() << figure << number(value, decimals) << unit << note;
}

QString FigureTable::runHeading(const QString &title, const QString &runs) const
{
    QString qt = u"Qt "_s + QLatin1String(qVersion());
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        qt += u", QPA "_s + QGuiApplication::platformName();
    return u"%1: %2; %3; load average %4 at the start, %5 at the end, %6 cores"_s.arg(title, qt, runs, m_loadAtStart,
                                                                                      ProcessMemory::loadAverage())
        .arg(QThread::idealThreadCount());
}

void FigureTable::print(const QString &heading, const QString &footnote) const
{
    int width = 0;
    for (const Row &row : m_rows)
        width = std::max(width, int(row.figure.size()));
    QString text = u'\n' + heading + u'\n';
    const QString head
        = u"%1  %2  %3  %4  %5  %6\n"_s.arg(u"figure"_s.leftJustified(width), u"median"_s.rightJustified(9),
            u"min"_s.rightJustified(9), u"max"_s.rightJustified(9), u"unit"_s.leftJustified(6), u"note"_s);
    text += head + QString(head.size() - 1, u'-') + u'\n';
    for (const Row &row : m_rows) {
        text += u"%1  %2  %3  %4  %5  %6\n"_s.arg(row.figure.leftJustified(width), row.median.rightJustified(9),
                                                  row.min.rightJustified(9), row.max.rightJustified(9),
                                                  row.unit.leftJustified(6), row.note);
    }
    text += u'\n' + footnote;
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
    // scripts/bench collects the tables of every benchmark in one file.
    if (const QString report = qEnvironmentVariable("PORTFOLIO_LINKS_BENCH_REPORT"); !report.isEmpty()) {
        QFile file(report);
        if (!file.open(QIODevice::Append | QIODevice::Text) || file.write(text.toUtf8()) < 0)
            qWarning().noquote() << "the benchmark report could not be written:" << report << file.errorString();
    }
}
