#include "FindChild.h"
#include "Typing.h"

#include "LinkForm.h"

#include <QLineEdit>
#include <QTest>
#include <QGuiApplication>
#include <QInputMethod>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>


// Typing as Persian staff do, on the real form.
class TestPersianInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shiftSpaceTypesZwnj_data();
    void shiftSpaceTypesZwnj();
    void plainSpaceStaysASpace();
    void urlFieldIsLeftToRightInAPersianUi();
    void nameAlignsByItsContent_data();
    void nameAlignsByItsContent();
    void descriptionParagraphsAlignSeparately();

private:
    std::unique_ptr<LinkForm> m_form;
};

void TestPersianInput::init()
{
    m_form = std::make_unique<LinkForm>();
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void TestPersianInput::cleanup()
{
    m_form.reset();
}

void TestPersianInput::shiftSpaceTypesZwnj_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("name: می‌خواهم") << "nameEdit" << "می" << "خواهم";
    QTest::newRow("name: کتاب‌ها") << "nameEdit" << "کتاب" << "ها";
    QTest::newRow("description: نمونه‌کار") << "descriptionEdit" << "نمونه" << "کار";
    QTest::newRow("description: خانه‌ی") << "descriptionEdit" << "خانه" << "ی";
}

void TestPersianInput::shiftSpaceTypesZwnj()
{
    QFETCH(QString, field);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QWidget *widget = findChildOrDie<QWidget>(m_form.get(), field.toLatin1().constData());
    widget->setFocus();
    Typing::type(widget, before);
    QTest::keyClick(widget, Qt::Key_Space, Qt::ShiftModifier);
    Typing::type(widget, after);

    const QString text = qobject_cast<QLineEdit *>(widget) ? qobject_cast<QLineEdit *>(widget)->text()
                                                           : qobject_cast<QTextEdit *>(widget)->toPlainText();
    QCOMPARE(text, before + QChar(0x200C) + after);
}

void TestPersianInput::plainSpaceStaysASpace()
{
    auto *name = findChildOrDie<QLineEdit>(m_form.get(), "nameEdit");
    Typing::type(name, QStringLiteral("دمو"));
    QTest::keyClick(name, Qt::Key_Space);
    Typing::type(name, QStringLiteral("پروژه"));
    QCOMPARE(name->text(), QStringLiteral("دمو پروژه"));
}

void TestPersianInput::urlFieldIsLeftToRightInAPersianUi()
{
    m_form->setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(findChildOrDie<QLineEdit>(m_form.get(), "nameEdit")->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(findChildOrDie<QLineEdit>(m_form.get(), "urlEdit")->layoutDirection(), Qt::LeftToRight);
}

void TestPersianInput::nameAlignsByItsContent_data()
{
    QTest::addColumn<Qt::LayoutDirection>("ui");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::Alignment>("side");
    const Qt::Alignment right = Qt::AlignRight;
    const Qt::Alignment left = Qt::AlignLeft;
    QTest::newRow("Persian in an English UI") << Qt::LeftToRight << "دمو پروژه" << right;
    QTest::newRow("Persian with ZWNJ") << Qt::LeftToRight << "نمونه‌کار" << right;
    QTest::newRow("digits then Persian") << Qt::LeftToRight << "۱۲۳ دمو" << right;
    QTest::newRow("English in an English UI") << Qt::LeftToRight << "GitHub" << left;
    QTest::newRow("English in a Persian UI") << Qt::RightToLeft << "GitHub repository" << left;
    QTest::newRow("English then Persian, Persian UI") << Qt::RightToLeft << "Demo دمو" << left;
    QTest::newRow("Persian in a Persian UI") << Qt::RightToLeft << "کد منبع" << right;
    QTest::newRow("Arabic letters") << Qt::LeftToRight << "علي" << right;
}

void TestPersianInput::nameAlignsByItsContent()
{
    QFETCH(Qt::LayoutDirection, ui);
    QFETCH(QString, text);
    QFETCH(Qt::Alignment, side);
    m_form->setLayoutDirection(ui);
    auto *name = findChildOrDie<QLineEdit>(m_form.get(), "nameEdit");
    Typing::type(name, text);
    QCOMPARE(name->alignment() & (Qt::AlignLeft | Qt::AlignRight), side);
    QVERIFY(name->alignment() & Qt::AlignAbsolute);
    // Emptied, it follows the keyboard (the test machine's is left to right).
    name->clear();
    QCOMPARE(name->alignment() & (Qt::AlignLeft | Qt::AlignRight),
             QGuiApplication::inputMethod()->inputDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}

void TestPersianInput::descriptionParagraphsAlignSeparately()
{
    auto *description = findChildOrDie<QTextEdit>(m_form.get(), "descriptionEdit");
    Typing::type(description, QStringLiteral("توضیح پروژه به فارسی\nAn English paragraph\nپاراگراف سوم"));
    QTextBlock block = description->document()->firstBlock();
    const qreal width = description->document()->textWidth();
    const Qt::LayoutDirection expected[] = {Qt::RightToLeft, Qt::LeftToRight, Qt::RightToLeft};
    for (const Qt::LayoutDirection direction : expected) {
        QVERIFY(block.isValid());
        QCOMPARE(block.textDirection(), direction);
        // Where the line really is: against the right edge, or the left one.
        const QRectF line = block.layout()->lineAt(0).naturalTextRect();
        if (direction == Qt::RightToLeft)
            QVERIFY2(line.right() > width - 20, qPrintable(QString::number(line.right())));
        else
            QVERIFY2(line.left() < 20, qPrintable(QString::number(line.left())));
        block = block.next();
    }
}

QTEST_MAIN(TestPersianInput)
#include "TestPersianInput.moc"
