#include "EventCounter.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "Screenshot.h"

#include "LinkResultView.h"
#include "ThumbnailStrip.h"
#include "ThumbnailTile.h"
#include "model/Link.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QPointer>
#include <QScrollArea>
#include <QTest>

using namespace Qt::StringLiterals;

// The result view filled with a new link in one go, as after a create: in
// the scroll area the editor holds it in, already on screen with its empty
// text, it is laid out once for the new link, not once per group it shows,
// and its thumbnail tiles are shown with it, not on a later turn of the
// event loop (which laid everything around them out again).
class TestResultViewLayout : public QObject
{
    Q_OBJECT

private slots:
    void filledInOnePass_data();
    void filledInOnePass();
    void aLinkWithoutImageHidesTheImageGroups();
    void theNextLinksThumbnailsReuseTheTiles();
};

namespace {

Link linkWithThumbnails(const QString &name, const QList<qint64> &edges = {64, 128, 512, 1080})
{
    Link link;
    link.id = 4321;
    link.name = name;
    link.url = u"https://example.com/projects/4321"_s;
    link.createdAt = QDateTime(QDate(2026, 3, 21), QTime(10, 30), Qt::UTC);
    link.updatedAt = link.createdAt;
    Image image;
    image.id = 77;
    image.type = u"image/jpeg"_s;
    image.name = u"work.jpg"_s;
    image.size = 204800;
    image.width = 1080;
    image.height = 1080;
    image.mode = u"RGB"_s;
    for (const qint64 edge : edges)
        image.thumbnails.append({edge, QUrl(u"http://127.0.0.1:1/media/%1_%2.jpg"_s.arg(name.toHtmlEscaped()).arg(edge)), edge});
    link.image = image;
    return link;
}

// A result view in a scroll area, as LinkEditor holds it.
struct ScrolledView
{
    QScrollArea scroll;
    LinkResultView *view = new LinkResultView;
    ScrolledView()
    {
        scroll.setWidgetResizable(true);
        scroll.setWidget(view);
    }
};

} // namespace

void TestResultViewLayout::filledInOnePass_data()
{
    QTest::addColumn<bool>("persian");
    QTest::addColumn<QString>("name");
    QTest::newRow("English") << false << u"Spring campaign"_s;
    QTest::newRow("Persian, right to left") << true << u"کارزار بهاری ۱۴۰۵"_s;
}

void TestResultViewLayout::filledInOnePass()
{
    QFETCH(bool, persian);
    QFETCH(QString, name);
    const auto language = useUiLanguage(persian);
    ScrolledView scrolled;
    QScrollArea &scroll = scrolled.scroll;
    LinkResultView *view = scrolled.view;
    scroll.resize(630, 290); // narrower and lower than the link's fields
    scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scroll));

    auto *linkGroup = findChildOrDie<QGroupBox>(view, "linkGroup");
    QList<QSize> linkGroupSizes; // each size the group is given from here on
    const EventCounter linkGroupResized(linkGroup, QEvent::Resize, [&linkGroupSizes](QEvent *event) {
        linkGroupSizes.append(static_cast<QResizeEvent *>(event)->size());
    });
    const EventCounter stripResized(view->thumbnailStrip(), QEvent::Resize);
    const Link link = linkWithThumbnails(name);
    view->showLink(link);

    // Nothing laid out yet in the view's old (empty) size, and the tiles
    // already visible. (Shown, the group gets the size it was last given
    // while hidden: one resize, not a layout pass.)
    const int resizedWhileFilled = linkGroupResized.count();
    QVERIFY2(resizedWhileFilled <= 1, qPrintable(QString::number(resizedWhileFilled)));
    const QList<ThumbnailTile *> tiles = view->thumbnailStrip()->findChildren<ThumbnailTile *>();
    QCOMPARE(tiles.size(), link.image->thumbnails.size());
    for (const ThumbnailTile *tile : tiles)
        QVERIFY2(tile->isVisible(), qPrintable(tile->caption()));

    // As LinkEditor does it: the scroll area sizes the view from its
    // layout's hints (the layout waiting: the scroll bar the new link needs
    // makes the view narrower once more), then the view is laid out once,
    // in its final size: the group is never squeezed into the view's old
    // size, nor laid out at a width it no longer has.
    view->layout()->setEnabled(false);
    QEvent layoutRequest(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(&scroll, &layoutRequest);
    view->layout()->setEnabled(true);
    view->layout()->activate();
    const QList<QSize> laidOut = linkGroupSizes.mid(resizedWhileFilled);
    QCOMPARE(laidOut.size(), 1);
    QCOMPARE(laidOut.first(), linkGroup->size());
    QCOMPARE(linkGroup->height(), linkGroup->heightForWidth(linkGroup->width()));
    QVERIFY(view->thumbnailStrip()->height() >= tiles.first()->sizeHint().height());
    // Nothing left for the event loop to lay out again.
    const int stripResizedBefore = stripResized.count();
    QCoreApplication::processEvents();
    QCOMPARE(stripResized.count(), stripResizedBefore);
    QCOMPARE(linkGroupResized.count(), linkGroupSizes.size());
    QCOMPARE(linkGroupSizes.size(), resizedWhileFilled + laidOut.size());
    QCOMPARE(findChildOrDie<QLabel>(view, "idValue")->text().isEmpty(), false);
    QVERIFY(findChildOrDie<QGroupBox>(view, "thumbnailGroup")->isVisible());
    QVERIFY(!findChildOrDie<QLabel>(view, "emptyLabel")->isVisible());
    scroll.ensureWidgetVisible(view->thumbnailStrip());
    QVERIFY(Screenshot::saveIfAsked(u"result-view-new-link"_s));
}

void TestResultViewLayout::aLinkWithoutImageHidesTheImageGroups()
{
    ScrolledView scrolled;
    LinkResultView *view = scrolled.view;
    scrolled.scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scrolled.scroll));
    view->showLink(linkWithThumbnails(u"With an image"_s));
    Link plain = linkWithThumbnails(u"Without an image"_s);
    plain.image.reset();
    view->showLink(plain);

    QVERIFY(findChildOrDie<QGroupBox>(view, "linkGroup")->isVisible());
    QVERIFY(!findChildOrDie<QGroupBox>(view, "imageGroup")->isVisible());
    QVERIFY(!findChildOrDie<QGroupBox>(view, "thumbnailGroup")->isVisible());
    QVERIFY(view->thumbnailStrip()->findChildren<ThumbnailTile *>().isEmpty());
    // Its layout works again after the fill: a later change lays it out.
    QVERIFY(view->layout()->isEnabled());
}

// Another link's thumbnails wait in the tiles the last one had, as new
// tiles would: nothing of the old pictures, their failures or captions is
// left; tiles are added or taken away for a different number.
void TestResultViewLayout::theNextLinksThumbnailsReuseTheTiles()
{
    ScrolledView scrolled;
    LinkResultView *view = scrolled.view;
    scrolled.scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scrolled.scroll));
    ThumbnailStrip *strip = view->thumbnailStrip();
    view->showLink(linkWithThumbnails(u"first"_s));
    const QList<ThumbnailTile *> first = strip->tiles();
    QCOMPARE(first.size(), 4);
    QImage picture(64, 64, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    strip->showImage(0, picture);
    strip->showFailure(1, u"404 Not Found"_s);
    QCOMPARE(first.at(0)->state(), ThumbnailTile::State::Loaded);
    QCOMPARE(first.at(1)->state(), ThumbnailTile::State::Failed);

    view->showLink(linkWithThumbnails(u"second"_s, {32, 96, 256, 2048}));
    QCOMPARE(strip->tiles(), first);
    QStringList captions;
    for (ThumbnailTile *tile : first) {
        QCOMPARE(tile->state(), ThumbnailTile::State::Loading);
        captions.append(tile->caption());
        auto *image = tile->findChildren<QLabel *>().first();
        QVERIFY(image->pixmap().isNull());
        QCOMPARE(image->text(), u"Loading…"_s);
        QVERIFY(image->toolTip().isEmpty());
        QVERIFY2(image->accessibleName().contains(tile->caption()), qPrintable(image->accessibleName()));
        QVERIFY(tile->isVisible());
    }
    QCOMPARE(captions, QStringList({u"32 px"_s, u"96 px"_s, u"256 px"_s, u"2048 px"_s}));

    view->showLink(linkWithThumbnails(u"third"_s, {16, 48, 80, 112, 144}));
    const QList<ThumbnailTile *> more = strip->tiles();
    QCOMPARE(more.size(), 5);
    QCOMPARE(more.first(4), first);
    QVERIFY(more.last()->isVisible());
    QCOMPARE(more.last()->caption(), u"144 px"_s);

    const QPointer<ThumbnailTile> dropped = more.last();
    view->showLink(linkWithThumbnails(u"fourth"_s, {24, 72}));
    QCOMPARE(strip->tiles(), first.first(2));
    QVERIFY(!dropped);
    QCOMPARE(strip->findChildren<ThumbnailTile *>().size(), 2);
}

QTEST_MAIN(TestResultViewLayout)
#include "TestResultViewLayout.moc"
