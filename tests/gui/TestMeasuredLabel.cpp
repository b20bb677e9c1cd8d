#include "Fonts.h"
#include "MeasuredLabel.h"

#include "EventCounter.h"

#include <QFont>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// A label answers for its sizes as a plain QLabel would: its heights at
// every width, its size hint and minimum, and again after whatever changes
// them: its text, font, margins, indent, wrapping, direction, format,
// whether it is selectable or focusable. Each text is tried wrapped (as
// plain and as selectable text, which QLabel lays out in two ways), on one
// line, and with a buddy (its mnemonic takes no room), in the fonts the
// app installs (Vazirmatn for the Persian). And a selectable text is painted
// once for a new text or size.
class TestMeasuredLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizesAreQLabels_data();
    void sizesAreQLabels();
    void aSelectableTextIsPaintedOnce_data();
    void aSelectableTextIsPaintedOnce();
};

namespace {
const QString english = u"The link you create appears here, with its image and the address to share."_s;
const QString persian = u"پیوندی که می‌سازید این‌جا نمایش داده می‌شود، با تصویر و نشانی‌اش برای هم‌رسانی."_s;
// One line as plain text, two as rich text.
const QString markup = u"Shown as typed<br>or as two lines"_s;
// Paragraphs, as the result view shows a date and its time, each marked.
const QString paragraphs = u"\u200E4 December 2026 at\n\u200E00:35:12"_s;
const QString persianParagraphs = u"\u200F۴ دسامبر ۲۰۲۶،\n\u200Fساعت ۰۰:۳۵:۱۲\n\n\u200Fخط پس از یک خط خالی"_s;
// Wider than most widths, with nowhere to break.
const QString unbreakable = u"portfolio-links-screenshot-of-the-mobile-version-final-final.png"_s;
const QString mixed = u"\u2068نسخه\u200Cی موبایل \u2066197.png\u2069\u2069 (1.9 kB, 1,993 bytes)"_s;
// Whatever a server's text breaks its lines with: each makes a block of the document.
const QString lineBreaks = u"Windows\r\nline ends\rand a carriage return, a\u2029paragraph separator,\u2028a line separator"_s;
// Left to QLabel: a document places tabs by stops of its own.
const QString tab = u"Name\tURL\tUpdated"_s;
// Characters a text from a server may hold that lay out unlike letters.
const QString specials = u"no\u00A0break, soft\u00ADhyphen, \uFFFC object, \uFFFD replaced, \u200Bzero\u200Bwidth space"_s;
// As many as the label keeps, each asked twice: a stale height would be kept and returned.
const QList<int> widths = {0, 40, 120, 300, 900, 40, 120, 300, 900, 0};

using Change = void (*)(QLabel *);

enum class Kind { Wrapped, WrappedSelectable, OneLine, OneLineWithBuddy, WrappedWithBuddy };

// QLabel's own hints follow a new minimum width or new interaction flags
// only once something else changes: a margin, and back.
void refreshHints(QLabel *label)
{
    label->setMargin(1);
    label->setMargin(0);
}

void sizesMatch(const MeasuredLabel &label, const QLabel &plain)
{
    QCOMPARE(label.sizeHint(), plain.sizeHint());
    QCOMPARE(label.minimumSizeHint(), plain.minimumSizeHint());
    for (int width : widths)
        QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
}
} // namespace

void TestMeasuredLabel::initTestCase()
{
    Fonts::install(QLocale(QLocale::English));
}

void TestMeasuredLabel::sizesAreQLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Change>("change");

    const QList<std::pair<const char *, Change>> changes = {
        {"nothing", [](QLabel *) {}},
        {"shorter text", [](QLabel *label) { label->setText(label->text().left(12)); }},
        {"longer text", [](QLabel *label) { label->setText(label->text().repeated(3)); }},
        {"no text", [](QLabel *label) { label->setText(QString()); }},
        {"larger font",
         [](QLabel *label) {
             QFont font = label->font();
             font.setPointSize(font.pointSize() * 2);
             label->setFont(font);
         }},
        {"margin", [](QLabel *label) { label->setMargin(9); }},
        {"indent", [](QLabel *label) { label->setIndent(30); }},
        {"frame", [](QLabel *label) { label->setFrameStyle(QFrame::Box | QFrame::Plain); }},
        {"contents margins", [](QLabel *label) { label->setContentsMargins(20, 4, 20, 4); }},
        {"minimum width",
         [](QLabel *label) {
             label->setMinimumWidth(150);
             refreshHints(label);
         }},
        {"maximum width", [](QLabel *label) { label->setMaximumWidth(200); }},
        {"wrapping switched", [](QLabel *label) { label->setWordWrap(!label->wordWrap()); }},
        {"right to left", [](QLabel *label) { label->setLayoutDirection(Qt::RightToLeft); }},
        {"selectable",
         [](QLabel *label) {
             label->setTextInteractionFlags(Qt::TextSelectableByMouse);
             refreshHints(label);
         }},
        {"not selectable",
         [](QLabel *label) {
             label->setTextInteractionFlags(Qt::NoTextInteraction);
             refreshHints(label);
         }},
        // A focusable label lays its text out with a document too, made
        // with the next text (or on polish).
        {"focusable",
         [](QLabel *label) {
             label->setFocusPolicy(Qt::StrongFocus);
             const QString text = label->text();
             label->clear();
             label->setText(text);
         }},
        {"rich text", [](QLabel *label) { label->setTextFormat(Qt::RichText); }},
    };
    const QList<std::pair<const char *, Kind>> kinds = {
        {"wrapped", Kind::Wrapped},
        {"wrapped, selectable", Kind::WrappedSelectable},
        {"one line", Kind::OneLine},
        {"one line, a buddy", Kind::OneLineWithBuddy},
        {"wrapped, a buddy", Kind::WrappedWithBuddy},
    };
    const QList<std::pair<const char *, QString>> texts = {
        {"English", english}, {"Persian", persian},         {"markup", markup},          {"paragraphs", paragraphs},
        {"Persian paragraphs", persianParagraphs}, {"unbreakable", unbreakable}, {"mixed", mixed},
        {"line breaks", lineBreaks}, {"tab", tab}, {"special characters", specials},
    };
    for (const auto &[textName, text] : texts) {
        for (const auto &[kindName, kind] : kinds) {
            for (const auto &[changeName, change] : changes)
                QTest::addRow("%s, %s, %s", textName, kindName, changeName) << text << kind << change;
        }
    }
}

void TestMeasuredLabel::sizesAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(Change, change);
    QLineEdit buddy;
    const bool hasBuddy = kind == Kind::OneLineWithBuddy || kind == Kind::WrappedWithBuddy;
    const auto setUp = [&](QLabel &label) {
        label.setTextFormat(Qt::PlainText);
        label.setWordWrap(kind != Kind::OneLine && kind != Kind::OneLineWithBuddy);
        if (kind == Kind::WrappedSelectable)
            label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (hasBuddy)
            label.setBuddy(&buddy);
        label.setText(hasBuddy ? u'&' + text : text);
    };
    MeasuredLabel label;
    setUp(label);
    QLabel before;
    setUp(before);
    sizesMatch(label, before); // asked before, so that a stale answer would show below
    change(&label);
    // A new QLabel to compare with, as it would be made with the change.
    QLabel after;
    setUp(after);
    change(&after);
    sizesMatch(label, after);
}

void TestMeasuredLabel::aSelectableTextIsPaintedOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wrapped");
    QTest::addColumn<bool>("resized"); // else a new text

    for (const auto &[name, text] : {std::pair{"English", english}, std::pair{"Persian", persian}}) {
        for (const bool wrapped : {true, false}) {
            for (const bool resized : {false, true}) {
                QTest::addRow("%s, %s, %s", name, wrapped ? "wrapped" : "one line", resized ? "resized" : "new text")
                    << text << wrapped << resized;
            }
        }
    }
}

// As the result view's values: asked to paint again from inside their
// paint event, they were painted twice, the second time on the event
// loop's next turn (an UpdateLater event).
void TestMeasuredLabel::aSelectableTextIsPaintedOnce()
{
    QFETCH(QString, text);
    QFETCH(bool, wrapped);
    QFETCH(bool, resized);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new MeasuredLabel(u"Link 7"_s);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrapped);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(label);
    layout->addStretch();
    window.resize(400, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!label->visibleRegion().isEmpty());
    QCoreApplication::sendPostedEvents(); // what its first paint left

    const EventCounter paints(label, QEvent::Paint);
    const EventCounter paintsAskedWhilePainting(label, QEvent::UpdateLater);
    if (resized)
        window.resize(300, 200);
    else
        label->setText(text);
    QTRY_VERIFY(paints.count() > 0);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(paintsAskedWhilePainting.count(), 0);
}

QTEST_MAIN(TestMeasuredLabel)
#include "TestMeasuredLabel.moc"
