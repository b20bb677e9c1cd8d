#include "WrappedLabel.h"

#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;

// A wrapped label that keeps its heights for widths answers as a plain
// QLabel would, at every width, and again after whatever changes the height:
// its text, font, margins, indent, wrapping, direction, format and
// whether it is selectable.
class TestWrappedLabel : public QObject
{
    Q_OBJECT

private slots:
    void heightsAreQLabels_data();
    void heightsAreQLabels();
};

namespace {
const QString english = u"The link you create appears here, with its image and the address to share."_s;
const QString persian = u"پیوندی که می‌سازید این‌جا نمایش داده می‌شود، با تصویر و نشانی‌اش برای هم‌رسانی."_s;
// One line as plain text, two as rich text.
const QString markup = u"Shown as typed<br>or as two lines"_s;
// As many as the label keeps, each asked twice: a stale height would be kept and returned.
const QList<int> widths = {40, 120, 300, 900, 40, 120, 300, 900};

using Change = void (*)(QLabel *);

void heightsMatch(const WrappedLabel &label, const QLabel &plain)
{
    for (int width : widths)
        QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
}
} // namespace

void TestWrappedLabel::heightsAreQLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Change>("change");

    const QList<std::pair<const char *, Change>> changes = {
        {"nothing", [](QLabel *) {}},
        {"shorter text", [](QLabel *label) { label->setText(label->text().left(12)); }},
        {"longer text", [](QLabel *label) { label->setText(label->text().repeated(3)); }},
        {"larger font",
         [](QLabel *label) {
             QFont font = label->font();
             font.setPointSize(font.pointSize() * 2);
             label->setFont(font);
         }},
        {"margin", [](QLabel *label) { label->setMargin(9); }},
        {"indent", [](QLabel *label) { label->setIndent(30); }},
        {"contents margins", [](QLabel *label) { label->setContentsMargins(20, 4, 20, 4); }},
        {"no wrapping", [](QLabel *label) { label->setWordWrap(false); }},
        {"right to left", [](QLabel *label) { label->setLayoutDirection(Qt::RightToLeft); }},
        // Laid out by a text document instead of the font's metrics.
        {"selectable", [](QLabel *label) { label->setTextInteractionFlags(Qt::TextSelectableByMouse); }},
        {"rich text", [](QLabel *label) { label->setTextFormat(Qt::RichText); }},
    };
    for (const auto &[name, change] : changes) {
        QTest::addRow("English, %s", name) << english << change;
        QTest::addRow("Persian, %s", name) << persian << change;
        QTest::addRow("markup, %s", name) << markup << change;
    }
}

void TestWrappedLabel::heightsAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(Change, change);
    WrappedLabel label;
    QLabel plain;
    for (QLabel *each : {static_cast<QLabel *>(&label), &plain}) {
        each->setTextFormat(Qt::PlainText);
        each->setWordWrap(true);
        each->setText(text);
    }
    heightsMatch(label, plain); // asked before, so that a stale answer would show below
    change(&label);
    change(&plain);
    heightsMatch(label, plain);
}

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
