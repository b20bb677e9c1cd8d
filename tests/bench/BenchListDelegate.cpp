#include "FigureTable.h"
#include "FocusStyle.h"
#include "OneLayoutItemDelegate.h"
#include "ProcessMemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// What a screenful of the links list costs to paint, cell by cell, with
// Qt's styled delegate and with OneLayoutItemDelegate: the list's columns,
// row height, thumbnails and mix of English and Persian names, a page at a
// time through 2 000 rows, then one page again and again (what a row
// inserted above or a selection repaints), into an image (offscreen: no X
// server's time).
// Figures, never asserted against a clock.
class BenchListDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paintingAPageOfRows();

private:
    struct Times
    {
        Stats newPages; // scrolled to: every cell new
        Stats samePage; // painted again: a row inserted, a selection, a thumbnail
    };
    static Times paintTimes(QAbstractItemDelegate *delegate, QStandardItemModel *model);
};

void BenchListDelegate::initTestCase()
{
    FocusStyle::install();
}

static void fill(QStandardItemModel *model, int rows)
{
    const QStringList names = {u"Project demo"_s, u"وب‌سایت فروشگاه اینترنتی پوشاک"_s,
                               u"GitHub — مخزن کد پروژهٔ حسابداری"_s, u"Landing page for the spring campaign"_s};
    QImage thumbnail(32, 24, QImage::Format_ARGB32_Premultiplied);
    thumbnail.fill(Qt::darkCyan);
    model->setColumnCount(3);
    for (int row = 0; row < rows; ++row) {
        auto *name = new QStandardItem(u"%1 %2"_s.arg(names.at(row % names.size())).arg(row));
        name->setData(thumbnail, Qt::DecorationRole);
        auto *url = new QStandardItem(u"https://example.com/portfolio/%1/demo"_s.arg(row));
        url->setData(QVariant::fromValue(Qt::AlignAbsolute | Qt::AlignLeft | Qt::AlignVCenter), Qt::TextAlignmentRole);
        model->appendRow({name, url, new QStandardItem(u"12/1/26 9:%1 AM"_s.arg(row % 60, 2, 10, QChar(u'0')))});
    }
}

BenchListDelegate::Times BenchListDelegate::paintTimes(QAbstractItemDelegate *delegate, QStandardItemModel *model)
{
    QTableView view;
    view.setWordWrap(false);
    view.setIconSize(QSize(32, 32));
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(38);
    view.verticalHeader()->hide();
    view.setModel(model);
    if (delegate)
        view.setItemDelegate(delegate);
    view.setColumnWidth(0, 300);
    view.setColumnWidth(1, 220);
    view.setColumnWidth(2, 110);
    view.resize(640, 560);
    view.show();
    QImage page(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    Times times;
    const auto paintOnce = [&view, &page](Stats &stats) {
        QElapsedTimer timer;
        timer.start();
        view.viewport()->render(&page);
        stats.values.append(double(timer.nsecsElapsed()) / 1e6);
    };
    QScrollBar *bar = view.verticalScrollBar();
    for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
        bar->setValue(value);
        paintOnce(times.newPages);
    }
    for (int run = 0; run < 50; ++run)
        paintOnce(times.samePage);
    return times;
}

void BenchListDelegate::paintingAPageOfRows()
{
    QStandardItemModel model;
    fill(&model, 2000);
    // Twice each, alternating; the figures are the second round's.
    Times qts, ours;
    Stats keptBytes; // what the delegate's kept cell texts hold once every page was painted
    for (int round = 0; round < 2; ++round) {
        qts = paintTimes(nullptr, &model);
        auto *delegate = new OneLayoutItemDelegate(&model);
        ours = paintTimes(delegate, &model);
        ProcessMemory::settleHeap();
        const qint64 withCells = ProcessMemory::heapBytes();
        delete delegate;
        ProcessMemory::settleHeap();
        keptBytes.values.append(double(withCells - ProcessMemory::heapBytes()) / 1024);
    }
    QVERIFY(qts.newPages.values.size() > 100);
    const auto ratio = [](const Stats &ours, const Stats &qts) {
        return u"÷ Qt's %1"_s.arg(FigureTable::number(ours.median() / qts.median(), 2));
    };
    FigureTable table;
    table.add(u"a new page of 14 rows, Qt's styled delegate"_s, qts.newPages, u"ms"_s, 2,
              u"%1 pages"_s.arg(qts.newPages.values.size()));
    table.add(u"a new page of 14 rows, OneLayoutItemDelegate"_s, ours.newPages, u"ms"_s, 2, ratio(ours.newPages, qts.newPages));
    table.add(u"the same page again, Qt's styled delegate"_s, qts.samePage, u"ms"_s, 2, u"50 times"_s);
    table.add(u"the same page again, OneLayoutItemDelegate"_s, ours.samePage, u"ms"_s, 2, ratio(ours.samePage, qts.samePage));
    table.add(u"OneLayoutItemDelegate: heap its kept cell texts hold"_s, keptBytes, u"KiB"_s, 0,
              u"the last 256 cells, laid out and shaped"_s);
    table.print(u"The links list: painting a page of rows (offscreen)"_s,
                u"Median, min and max over every page of 2 000 rows, scrolled a page at a time, then the last page 50 times."_s);
}

QTEST_MAIN(BenchListDelegate)
#include "BenchListDelegate.moc"
