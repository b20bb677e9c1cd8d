#include "EventCounter.h"
#include "FindChild.h"
#include "PersianUi.h"

#include "ImageField.h"
#include "ImagePreview.h"
#include "LinkForm.h"
#include "media/ImageChoice.h"
#include "model/Image.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The form's image field grows or shrinks with its summary before the
// window is painted: a summary of another number of lines (an opened
// link's image after "No image", and back) is never painted cut, and the
// field is never painted at a height the form then changes, which moved
// everything below it a frame later. A new picture alone lays nothing out.
class TestImageFieldLayout : public QObject
{
    Q_OBJECT

private slots:
    void paintedAtItsFinalHeight_data();
    void paintedAtItsFinalHeight();
    void aPreviewAloneLaysNothingOut_data();
    void aPreviewAloneLaysNothingOut();
};

namespace {

ImageChoice imageNamed(const QString &name)
{
    Image image;
    image.id = 12;
    image.name = name;
    image.type = u"image/png"_s;
    image.size = 1638;
    image.width = 225;
    image.height = 225;
    return {image.id, image, QImage()};
}

// A form shown in a window, as in the editor: the form's layout is not the window's.
struct FormInAWindow
{
    QWidget window;
    LinkForm *form = new LinkForm;
    FormInAWindow()
    {
        (new QVBoxLayout(&window))->addWidget(form);
        window.resize(480, 420);
        window.show();
    }
};

// Each height the summary and the field had when the summary was painted,
// and the height the summary's text needed then.
struct SummaryPaints
{
    struct Paint
    {
        int summary = 0;
        int summaryNeeds = 0;
        int field = 0;
    };
    QList<Paint> paints;
    EventCounter counter;
    SummaryPaints(QLabel *summary, QWidget *field)
        : counter(summary, QEvent::Paint, [this, summary, field](QEvent *) {
            paints.append({summary->height(), summary->heightForWidth(summary->width()), field->height()});
        })
    {
    }
};

} // namespace

void TestImageFieldLayout::paintedAtItsFinalHeight_data()
{
    QTest::addColumn<bool>("persian");
    QTest::addColumn<QString>("imageName");
    // Long enough to wrap: the summary then needs more lines than the
    // field's buttons leave it beside the picture.
    QTest::newRow("English") << false << u"Spring campaign home page banner, the version the client approved in March"_s;
    QTest::newRow("Persian, right to left") << true << u"بنر صفحهٔ اصلی کارزار بهاری، نسخه‌ای که مشتری در اسفند تأیید کرد"_s;
}

void TestImageFieldLayout::paintedAtItsFinalHeight()
{
    QFETCH(bool, persian);
    QFETCH(QString, imageName);
    const auto language = useUiLanguage(persian);
    FormInAWindow shown;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
    QWidget &window = shown.window;
    LinkForm *form = shown.form;
    auto *field = findChildOrDie<ImageField>(form, "imageField");
    auto *summary = findChildOrDie<QLabel>(field, "summaryLabel");
    const int noImageHeight = summary->height();

    for (const ImageChoice &choice : {imageNamed(imageName), ImageChoice()}) {
        SummaryPaints painted(summary, field);
        // As in the window, where other changes (the created link in the
        // list, the form refilled) are waiting to be painted too.
        window.update();
        form->setImageChoice(choice);
        QTRY_VERIFY(!painted.paints.isEmpty());
        // Whatever the event loop still had to lay out, done.
        QCoreApplication::processEvents();
        const QString shown = summary->text();
        for (const SummaryPaints::Paint &paint : std::as_const(painted.paints)) {
            QVERIFY2(paint.summary >= paint.summaryNeeds,
                     qPrintable(u"“%1” painted %2 px high, needing %3"_s.arg(shown).arg(paint.summary).arg(paint.summaryNeeds)));
            QCOMPARE(paint.field, field->height());
        }
    }
    // The image's summary did take another line: the case above was met.
    form->setImageChoice(imageNamed(imageName));
    QTRY_VERIFY(summary->height() > noImageHeight);
}

void TestImageFieldLayout::aPreviewAloneLaysNothingOut_data()
{
    paintedAtItsFinalHeight_data();
}

// The chosen image's thumbnail arrives after its summary is shown: the
// picture changes, the field's size does not.
void TestImageFieldLayout::aPreviewAloneLaysNothingOut()
{
    QFETCH(bool, persian);
    QFETCH(QString, imageName);
    const auto language = useUiLanguage(persian);
    FormInAWindow shown;
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
    QWidget &window = shown.window;
    LinkForm *form = shown.form;
    auto *preview = findChildOrDie<ImagePreview>(form, "thumbnailLabel");
    ImageChoice choice = imageNamed(imageName);
    // The layout requests a turn of the event loop delivers to the window and the form.
    const auto layOut = [&window, form] {
        const EventCounter windowLaidOut(&window, QEvent::LayoutRequest);
        const EventCounter formLaidOut(form, QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents();
        return windowLaidOut.count() + formLaidOut.count();
    };
    form->setImageChoice(choice);
    // Until a turn has nothing left to lay out (each may post the next).
    QTRY_COMPARE(layOut(), 0);

    QImage thumbnail(64, 64, QImage::Format_RGB32);
    thumbnail.fill(Qt::darkCyan);
    choice.preview = thumbnail;
    form->setImageChoice(choice);
    QCOMPARE(layOut(), 0);
    QVERIFY(!preview->pixmap().isNull());
}

QTEST_MAIN(TestImageFieldLayout)
#include "TestImageFieldLayout.moc"
