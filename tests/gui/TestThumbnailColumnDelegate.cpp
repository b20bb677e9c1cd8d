#include "FocusStyle.h"
#include "ThumbnailColumnDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// In the thumbnail column every name starts at the same place, whatever its
// row's picture: wide, tall, small, or none (still coming, or no image).
// Pictures are still drawn, centred in the place; the other columns keep
// Qt's own cells. In both directions.
class TestThumbnailColumnDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesLineUpWhateverThePicture_data();
    void namesLineUpWhateverThePicture();
};

namespace {

constexpr int nameColumn = 0;
constexpr QSize iconSize(32, 32);
const QColor pictureColour(200, 30, 30);

QImage picture(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(pictureColour);
    return image;
}

// The view's cell options, as it hands them to its delegate.
class ExposedTable : public QTableView
{
public:
    using QTableView::initViewItemOption;
};

class ExposedDelegate : public ThumbnailColumnDelegate
{
public:
    using ThumbnailColumnDelegate::initStyleOption;
    using ThumbnailColumnDelegate::ThumbnailColumnDelegate;
};

} // namespace

void TestThumbnailColumnDelegate::initTestCase()
{
    FocusStyle::install();
}

void TestThumbnailColumnDelegate::namesLineUpWhateverThePicture_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void TestThumbnailColumnDelegate::namesLineUpWhateverThePicture()
{
    QFETCH(Qt::LayoutDirection, direction);
    QApplication::setLayoutDirection(direction);
    const auto restoreDirection = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });

    const QList<QSize> pictures = {iconSize, QSize(32, 18), QSize(14, 32), QSize(8, 8), QSize()};
    QStandardItemModel model;
    model.setColumnCount(2);
    for (const QSize size : pictures) {
        auto *name = new QStandardItem(size.isValid() ? u"Picture %1×%2"_s.arg(size.width()).arg(size.height()) : u"پیوند بی‌تصویر"_s);
        if (size.isValid())
            name->setData(picture(size), Qt::DecorationRole);
        model.appendRow({name, new QStandardItem(u"https://example.com/"_s)});
    }
    ExposedTable view;
    auto *delegate = new ExposedDelegate(nameColumn, &view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.setIconSize(iconSize);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(iconSize.height() + 6);
    view.setColumnWidth(nameColumn, 240);
    view.resize(480, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const auto cellOption = [&](int row, int column) {
        QStyleOptionViewItem option;
        view.initViewItemOption(&option);
        const QModelIndex index = model.index(row, column);
        option.rect = view.visualRect(index);
        delegate->initStyleOption(&option, index);
        return option;
    };
    const auto textRect = [&](const QStyleOptionViewItem &option) {
        return view.style()->subElementRect(QStyle::SE_ItemViewItemText, &option, &view);
    };
    const QImage shown = view.viewport()->grab().toImage();
    const qreal ratio = shown.devicePixelRatio();
    const QRect firstText = textRect(cellOption(0, nameColumn));
    for (int row = 0; row < pictures.size(); ++row) {
        const QStyleOptionViewItem option = cellOption(row, nameColumn);
        const QRect text = textRect(option);
        QVERIFY2(text.left() == firstText.left() && text.right() == firstText.right(),
                 qPrintable(u"row %1: the name's place %2..%3, the first row's %4..%5"_s.arg(row)
                                .arg(text.left()).arg(text.right()).arg(firstText.left()).arg(firstText.right())));
        const QRect place = view.style()->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, &view);
        QCOMPARE(place.size(), iconSize);
        // The middle of the place shows the row's picture, or nothing.
        const QColor middle = shown.pixelColor((place.center() * ratio));
        QCOMPARE(middle == pictureColour, pictures.at(row).isValid());
        // The URL column has no pictures and keeps no place for one.
        QVERIFY(!(cellOption(row, 1).features & QStyleOptionViewItem::HasDecoration));
    }
}

QTEST_MAIN(TestThumbnailColumnDelegate)
#include "TestThumbnailColumnDelegate.moc"
