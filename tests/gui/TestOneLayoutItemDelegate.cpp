#include "OneLayoutItemDelegate.h"
#include "PersianUi.h"

#include <QDir>
#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// OneLayoutItemDelegate draws what Qt's styled delegate draws, pixel for
// pixel: two tables side by side, one with each delegate, on the same rows
// (short, elided, Persian, mixed, italic, a URL aligned to the left in a
// Persian UI, an empty cell, a cell of two lines, which Qt's delegate draws),
// selected or not, with the keyboard's current cell, in both directions;
// painted once and again from the texts it keeps.
class TestOneLayoutItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paintsWhatQtsDelegatePaints_data();
    void paintsWhatQtsDelegatePaints();

private:
    static void compareShots(const QImage &qts, const QImage &ours, int shot);
};

void TestOneLayoutItemDelegate::initTestCase()
{
    FocusStyle::install();
}

static QImage thumbnail(QColor colour)
{
    QImage image(32, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(4, 4, 8, 8, Qt::white);
    return image;
}

static void fill(QStandardItemModel *model)
{
    const QStringList names = {
        u"Project demo"_s,
        u"A name far too long for its column, which the cell must cut short with an ellipsis at its end"_s,
        u"نمونهٔ پروژه"_s,
        u"وب‌سایت فروشگاه اینترنتی پوشاک با طراحی واکنش‌گرا و پنل مدیریت کامل برای مشتری"_s,
        u"GitHub — مخزن کد"_s,
        u"Pending — changes not yet on the server"_s,
        {},
        u"Two\nlines"_s,
    };
    model->setColumnCount(3);
    for (int row = 0; row < names.size(); ++row) {
        auto *name = new QStandardItem(names.at(row));
        if (row % 3 != 2)
            name->setData(thumbnail(QColor::fromHsv(row * 40, 200, 200)), Qt::DecorationRole);
        if (row == 5) {
            QFont italic;
            italic.setItalic(true);
            name->setFont(italic);
        }
        auto *url = new QStandardItem(row == 6 ? QString() : u"https://example.com/projects/%1/a-rather-long-path-to-the-demo"_s.arg(row));
        url->setData(QVariant::fromValue(Qt::AlignAbsolute | Qt::AlignLeft | Qt::AlignVCenter), Qt::TextAlignmentRole);
        auto *updated = new QStandardItem(u"12/1/26 9:%1 AM"_s.arg(10 + row));
        model->appendRow({name, url, updated});
    }
}

static void setUp(QTableView *view, QStandardItemModel *model, bool selected)
{
    view->setModel(model);
    view->setWordWrap(false); // as the links list
    view->setIconSize(QSize(32, 32));
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(38);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setColumnWidth(0, 260);
    view->setColumnWidth(1, 220);
    view->setColumnWidth(2, 110);
    view->resize(640, 380);
    if (selected) {
        view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(model->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    view->selectionModel()->setCurrentIndex(model->index(3, 1), QItemSelectionModel::NoUpdate);
}

void TestOneLayoutItemDelegate::paintsWhatQtsDelegatePaints_data()
{
    QTest::addColumn<bool>("persian");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("focused");
    for (const bool persian : {false, true}) {
        for (const bool selected : {false, true}) {
            for (const bool focused : {false, true}) {
                QTest::addRow("%s, %s, %s", persian ? "Persian" : "English", selected ? "rows selected" : "none selected",
                              focused ? "focused" : "not focused")
                    << persian << selected << focused;
            }
        }
    }
}

void TestOneLayoutItemDelegate::paintsWhatQtsDelegatePaints()
{
    QFETCH(bool, persian);
    QFETCH(bool, selected);
    QFETCH(bool, focused);
    std::optional<decltype(usePersianUi())> persianUi;
    if (persian)
        persianUi.emplace(usePersianUi());
    QApplication::setLayoutDirection(persian ? Qt::RightToLeft : Qt::LeftToRight);
    const auto direction = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });

    QStandardItemModel model;
    fill(&model);
    QList<QImage> shots;
    for (const bool ours : {false, true}) {
        QTableView view;
        if (ours)
            view.setItemDelegate(new OneLayoutItemDelegate(&view));
        setUp(&view, &model, selected);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (focused) {
            view.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&view));
            view.setFocus();
            QTRY_VERIFY(view.hasFocus());
        }
        shots.append(view.viewport()->grab().toImage());
        // Painted again: the texts laid out the first time are drawn again;
        // then narrower and wider columns, which the kept texts must not be.
        shots.append(view.viewport()->grab().toImage());
        view.setColumnWidth(0, 200);
        view.setColumnWidth(1, 300);
        shots.append(view.viewport()->grab().toImage());
    }
    QCOMPARE(shots.size(), 6);
    for (int i = 0; i < 3; ++i)
        compareShots(shots.at(i), shots.at(3 + i), i);
}

void TestOneLayoutItemDelegate::compareShots(const QImage &qts, const QImage &ours, int shot)
{
    if (qts != ours) {
        const QString stem = QDir::temp().filePath(u"TestOneLayoutItemDelegate-%1-%2"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')).arg(shot));
        qts.save(stem + u"-qt.png"_s);
        ours.save(stem + u"-ours.png"_s);
        QFAIL(qPrintable(u"the cells differ; see %1-qt.png and -ours.png"_s.arg(stem)));
    }
}

QTEST_MAIN(TestOneLayoutItemDelegate)
#include "TestOneLayoutItemDelegate.moc"
