#include "UserFolders.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "Typing.h"

#include "FocusStyle.h"
#include "ImageField.h"
#include "LinkForm.h"
#include "LinkResultView.h"
#include "MainWindow.h"
#include "text/PersianText.h"
#include "text/Translations.h"
#include "api/NetworkSetup.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"

#include <QFile>
#include <QFocusFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The form from the keyboard: Ctrl+Enter sends from any field, Alt and a
// label's letter reaches its field in English and in Persian, the focused
// Create link looks focused, every Tab stop of the result shows its focus;
// and a name over the server's limit is pointed out as it is typed, once
// the server has said what its limit is.
class TestFormKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ctrlEnterSendsFromAnyField_data();
    void ctrlEnterSendsFromAnyField();
    void altAndTheLabelsLetterReachesTheField_data();
    void altAndTheLabelsLetterReachesTheField();
    void theFocusedCreateButtonLooksFocused_data();
    void theFocusedCreateButtonLooksFocused();
    void everyTabStopOfTheResultShowsFocus();
    void aFieldsProblemIsSaidWithoutDirectionMarks();
    void aLongNameIsPointedOutOnceTheLimitIsKnown_data();
    void aLongNameIsPointedOutOnceTheLimitIsKnown();

private:
    // A new link's form for portfolio 1, on screen, with `name` typed.
    static bool showNamed(LinkForm &form, const QString &name);

    ReferenceServer m_server;
};

bool TestFormKeyboard::showNamed(LinkForm &form, const QString &name)
{
    form.setPortfolio(1);
    form.show();
    if (!QTest::qWaitForWindowExposed(&form))
        return false;
    form.activateWindow();
    Typing::type(findChildOrDie<QLineEdit>(&form, "nameEdit"), name);
    return true;
}

void TestFormKeyboard::initTestCase()
{
    keepOutOfUserFolders();
    FocusStyle::install();
    qInfo() << "base style:" << static_cast<QProxyStyle *>(QApplication::style())->baseStyle()->name();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestFormKeyboard::ctrlEnterSendsFromAnyField_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("key");
    QTest::newRow("Description, Ctrl+Return") << "descriptionEdit"_ba << int(Qt::Key_Return);
    QTest::newRow("Description, Ctrl+keypad Enter") << "descriptionEdit"_ba << int(Qt::Key_Enter);
    QTest::newRow("Name, Ctrl+Return") << "nameEdit"_ba << int(Qt::Key_Return);
    QTest::newRow("URL, Ctrl+Return") << "urlEdit"_ba << int(Qt::Key_Return);
    QTest::newRow("Image's button, Ctrl+Return") << "chooseButton"_ba << int(Qt::Key_Return);
}

void TestFormKeyboard::ctrlEnterSendsFromAnyField()
{
    QFETCH(QByteArray, field);
    QFETCH(int, key);
    LinkForm form;
    QVERIFY(showNamed(form, u"دمو"_s));
    auto *description = findChildOrDie<QTextEdit>(&form, "descriptionEdit");
    Typing::type(description, u"خط اول"_s);
    QSignalSpy submitted(&form, &LinkForm::submitted);

    auto *target = findChildOrDie<QWidget>(&form, field.constData());
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClick(target, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().value<LinkDraft>().name, u"دمو"_s);
    // Not a new line in the description.
    QCOMPARE(description->toPlainText(), u"خط اول"_s);
}

// The URL's problem quotes it inside isolates, which keep it whole on
// screen; the field's description, which a screen reader says with it, has
// the words alone.
void TestFormKeyboard::aFieldsProblemIsSaidWithoutDirectionMarks()
{
    LinkForm form;
    QVERIFY(showNamed(form, u"دمو"_s));
    auto *url = findChildOrDie<QLineEdit>(&form, "urlEdit");
    Typing::type(url, u"notaurl"_s);
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    auto *error = findChildOrDie<QLabel>(&form, "urlError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text() != PersianText::withoutDirectionMarks(error->text()), qPrintable(error->text()));
    QCOMPARE(url->accessibleDescription(), PersianText::withoutDirectionMarks(error->text()));
}

void TestFormKeyboard::altAndTheLabelsLetterReachesTheField_data()
{
    addUiLanguageRows();
}

void TestFormKeyboard::altAndTheLabelsLetterReachesTheField()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    LinkForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    QTRY_VERIFY(form.isActiveWindow());
    const std::pair<const char *, QWidget *> labels[] = {
        {"nameLabel", findChildOrDie<QLineEdit>(&form, "nameEdit")},
        {"urlLabel", findChildOrDie<QLineEdit>(&form, "urlEdit")},
        {"descriptionLabel", findChildOrDie<QTextEdit>(&form, "descriptionEdit")},
        {"imageLabel", findChildOrDie<ImageField>(&form, "imageField")->tabStops().constFirst()},
    };
    // Focus starts elsewhere, so that each move is the shortcut's doing.
    findChildOrDie<QPushButton>(&form, "createButton")->setFocus();
    for (const auto &[labelName, field] : labels) {
        auto *label = findChildOrDie<QLabel>(&form, labelName);
        const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
        QVERIFY2(!mnemonic.isEmpty(), qPrintable(label->text()));
        if (persian) // the Persian convention: the English letter in parentheses
            QVERIFY2(label->text().contains(u" (&"_s), qPrintable(label->text()));
        QTest::keySequence(&form, mnemonic);
        QTRY_VERIFY2(field->hasFocus(), labelName);
    }
    // The English letters in both languages: one set to learn.
    QCOMPARE(QKeySequence::mnemonic(findChildOrDie<QLabel>(&form, "nameLabel")->text()),
             QKeySequence(Qt::ALT | Qt::Key_N));
}

void TestFormKeyboard::theFocusedCreateButtonLooksFocused_data()
{
    addUiLanguageRows();
}

void TestFormKeyboard::theFocusedCreateButtonLooksFocused()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    LinkForm form;
    form.resize(520, 420);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    auto *create = findChildOrDie<QPushButton>(&form, "createButton");
    auto *name = findChildOrDie<QLineEdit>(&form, "nameEdit");
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    const QImage unfocused = create->grab().toImage();

    // However the focus came: a click elsewhere then setFocus, as after an error.
    create->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(create->hasFocus());
    const QImage focused = create->grab().toImage();
    QVERIFY2(focused != unfocused, "the default button looks the same with and without the focus");
    // The difference is the highlight colour around the text, not elsewhere.
    const QColor highlight = create->palette().color(QPalette::Highlight);
    int highlighted = 0;
    for (int x = 0; x < focused.width(); ++x) {
        const QColor pixel = focused.pixelColor(x, focused.height() / 2);
        if (qAbs(pixel.hue() - highlight.hue()) < 10 && pixel.saturation() > 100)
            ++highlighted;
    }
    QVERIFY2(highlighted >= 2, qPrintable(QString::number(highlighted)));
    // On the X screen too, before its picture is taken.
    form.repaint();
    QCoreApplication::processEvents();
    QVERIFY(Screenshot::saveIfAsked(u"create-button-focused"_s));
}

void TestFormKeyboard::everyTabStopOfTheResultShowsFocus()
{
    LinkResultView view;
    Link link;
    link.id = 17;
    link.name = u"دمو پروژه"_s;
    link.url = u"https://example.com/demo"_s;
    link.description = u"توضیح"_s;
    link.createdAt = QDateTime::currentDateTimeUtc();
    link.updatedAt = link.createdAt;
    view.showLink(link);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    auto *frame = view.findChild<QFocusFrame *>();
    QVERIFY(frame);

    int stops = 0;
    for (QWidget *stop : view.findChildren<QWidget *>()) {
        if (!stop->isVisibleTo(&view) || !(stop->focusPolicy() & Qt::TabFocus))
            continue;
        ++stops;
        stop->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(stop->hasFocus());
        if (qobject_cast<QLabel *>(stop)) {
            QTRY_COMPARE(frame->widget(), stop);
            QVERIFY(frame->isVisible());
        } else {
            // A button draws its own focus (FocusStyle; see theFocusedCreateButtonLooksFocused).
            QVERIFY2(qobject_cast<QToolButton *>(stop), stop->metaObject()->className());
            QTRY_VERIFY(!frame->isVisible());
        }
    }
    // The URL (a link, reached by Tab) and the three copy buttons; the other
    // values take the focus on a click, to select their text.
    QCOMPARE(stops, 4);
    auto *name = findChildOrDie<QLabel>(&view, "nameValue");
    QTest::mouseClick(name, Qt::LeftButton);
    QTRY_COMPARE(frame->widget(), name);
    view.findChild<QToolButton *>(u"copyUrlButton"_s)->setFocus(Qt::TabFocusReason);
    view.repaint();
    QCoreApplication::processEvents();
    QVERIFY(Screenshot::saveIfAsked(u"result-copy-focused"_s));
}

void TestFormKeyboard::aLongNameIsPointedOutOnceTheLimitIsKnown_data()
{
    addUiLanguageRows();
}

void TestFormKeyboard::aLongNameIsPointedOutOnceTheLimitIsKnown()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    Settings().setNameLimit(m_server.baseUrl(), 0); // not known yet
    QFile::remove(DraftStore::pathFor(m_server.baseUrl())); // the previous row's name
    MainWindow window(NetworkSetup::createManagers(this));
    window.setConnection(m_server.baseUrl(), m_server.token(u"staff"_s));
    window.setPortfolio(1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    auto *error = findChildOrDie<QLabel>(&window, "nameError");
    const QString longName = QString(110, u'ن');
    name->setFocus();
    name->setText(longName);
    QVERIFY(error->isHidden()); // the limit is not known: the server decides

    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 20000);
    QTRY_COMPARE(Settings().nameLimit(m_server.baseUrl()).value_or(0), 100);

    // From now on, as it is typed, and nothing typed is cut.
    Typing::type(name, u"ی"_s);
    QCOMPARE(name->text(), longName + u"ی"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLocale().toString(111)), qPrintable(error->text()));
    QVERIFY(error->text().contains(QLocale().toString(100)));
    window.repaint();
    QCoreApplication::processEvents();
    QVERIFY(Screenshot::saveIfAsked(u"name-too-long"_s));
    name->setText(QString(100, u'ن'));
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(error->isHidden());

    // A new window on the same server knows it at once.
    MainWindow next(NetworkSetup::createManagers(this));
    next.setConnection(m_server.baseUrl(), m_server.token(u"staff"_s));
    auto *nextName = findChildOrDie<QLineEdit>(&next, "nameEdit");
    nextName->setFocus();
    Typing::type(nextName, QString(101, u'x'));
    QVERIFY(!findChildOrDie<QLabel>(&next, "nameError")->isHidden());
}

QTEST_MAIN(TestFormKeyboard)
#include "TestFormKeyboard.moc"
