#pragma once

#include <QObject>

class QAbstractItemView;

// Built only into the benchmark build, with StartupProbe: when
// PORTFOLIO_LINKS_PROBE=1 is set, tells "phase rows-painted <ns>" (the
// steady clock's reading) once a view has painted rows for the first
// time: when the app's list first shows links after a start.
class RowsPaintedProbe : public QObject
{
public:
    static void watch(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RowsPaintedProbe(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
