#include "FindChild.h"
#include "Typing.h"

#include "LinkForm.h"

#include <QLineEdit>
#include <QTest>
#include <QTextEdit>

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

QTEST_MAIN(TestPersianInput)
#include "TestPersianInput.moc"
