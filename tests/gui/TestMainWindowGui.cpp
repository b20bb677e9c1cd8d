#include "UserFolders.h"
#include "FindChild.h"
#include "FocusStops.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"

#include "ConnectionDialog.h"
#include "Fonts.h"
#include "ImagePickerDialog.h"
#include "LinkForm.h"
#include "links/LinkInput.h"
#include "links/LinkListModel.h"
#include "MainWindow.h"
#include "text/Translations.h"
#include "ThumbnailTile.h"
#include "Typing.h"
#include "api/NetworkSetup.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "text/PersianText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QCompleter>
#include <QFile>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QCalendar>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

// The real main window driven like a person would, against the real backend.
class TestMainWindowGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void labelsNameTheirFields_data();
    void labelsNameTheirFields();
    void everyAltLetterReachesOneControl_data();
    void everyAltLetterReachesOneControl();
    void fieldLabelsAreWrittenAlike_data();
    void fieldLabelsAreWrittenAlike();
    void tabReachesEveryControlAndComesBack_data();
    void tabReachesEveryControlAndComesBack();
    void anEmptyNameSaysItIsRequired();
    void aPersianUrlReadsLeftToRight();
    void createsLinkFromTheKeyboardAndShowsFourThumbnails();
    void keepsEverythingTypedWhenTheServerRefuses();
    void aRefusalsMessageGoesOnceItsFieldsAreEdited();
    void persianDigitsAndArabicLettersReachTheServerNormalised();
    void persianUiIsTranslatedAndMirrored();
    void aNamedPortfolioIsOfferedAndInTheTitle();
    void recentPortfoliosOpenOnTheFirstKey_data();
    void recentPortfoliosOpenOnTheFirstKey();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return findChildOrDie<T>(m_window.get(), name);
    }
    void createLinkFromTheKeyboard(const QString &name, const QString &description);

    ReferenceServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowGui::initTestCase()
{
    keepOutOfUserFolders();
    Fonts::install(QLocale()); // as main() does: Vazirmatn for Persian text
    QVERIFY2(m_server.start({QStringLiteral("--media-host"), QStringLiteral("localhost")}),
             qPrintable(m_server.errorString()));
}

void TestMainWindowGui::init()
{
    m_window = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    m_window->setConnection(m_server.baseUrl(), m_server.token(QStringLiteral("staff")));
    m_window->show();
    // Xvfb runs no window manager: the window is activated by hand.
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindowGui::cleanup()
{
    m_window.reset();
    // What a refused link left in the form is in its draft: each test starts from an empty form.
    QFile::remove(DraftStore::pathFor(m_server.baseUrl()));
}

void TestMainWindowGui::labelsNameTheirFields_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("accessibleName");
    QTest::newRow("portfolio") << "portfolioEdit" << "Portfolio";
    QTest::newRow("portfolio's name") << "portfolioNameEdit" << "Known as";
    QTest::newRow("name") << "nameEdit" << "Name";
    QTest::newRow("url") << "urlEdit" << "URL";
    QTest::newRow("description") << "descriptionEdit" << "Description";
    QTest::newRow("image") << "imageField" << "Image";
    QTest::newRow("choose image") << "chooseButton" << "Choose image";
    QTest::newRow("create") << "createButton" << "Create link";
}

void TestMainWindowGui::labelsNameTheirFields()
{
    QFETCH(QString, objectName);
    QFETCH(QString, accessibleName);
    QWidget *widget = m_window->findChild<QWidget *>(objectName);
    QVERIFY(widget);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), accessibleName);
}

void TestMainWindowGui::everyAltLetterReachesOneControl_data()
{
    addUiLanguageRows();
}

// Two controls with the same Alt letter share it: the first press goes to
// either, and a menu's letter may never open it (Alt+U went to the URL
// filter, and what was typed next into it, instead of the form's URL).
void TestMainWindowGui::everyAltLetterReachesOneControl()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const MainWindow window(NetworkSetup::createManagers(this));
    QMap<QString, QStringList> owners; // by key, the texts that claim it
    const auto claim = [&owners](const QString &text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            owners[key.toString(QKeySequence::PortableText)].append(text);
    };
    for (const QAction *menu : window.menuBar()->actions())
        claim(menu->text());
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            claim(label->text());
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->window() == &window)
            claim(button->text());
    }
    QVERIFY(owners.size() > 10);
    QStringList shared;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            shared.append(it.key() + u": "_s + it.value().join(u" | "_s));
    }
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u"; "_s)));
}

void TestMainWindowGui::fieldLabelsAreWrittenAlike_data()
{
    addUiLanguageRows();
}

// One window, one way of writing a field's label: the form's "Name" beside
// the list's "Search:" read as two programs, and a screen reader said the
// colon with some of the names only.
void TestMainWindowGui::fieldLabelsAreWrittenAlike()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const MainWindow window(NetworkSetup::createManagers(this));
    QNetworkAccessManager network;
    const ConnectionDialog dialog(&network);
    QStringList labels;
    QStringList withColon;
    QStringList saidWithAltLetter; // "نام (N)": the Persian labels' "(&N)" read out
    for (const QWidget *top : std::initializer_list<const QWidget *>{&window, &dialog}) {
        for (const QLabel *label : top->findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            labels.append(label->text());
            if (label->text().trimmed().endsWith(u':'))
                withColon.append(label->text());
            const QString said = QAccessible::queryAccessibleInterface(label->buddy())->text(QAccessible::Name);
            if (said.contains(u'(') || said.contains(u'&'))
                saidWithAltLetter.append(said);
        }
    }
    QVERIFY2(labels.size() > 12, qPrintable(labels.join(u" | "_s)));
    QVERIFY2(withColon.isEmpty(), qPrintable(withColon.join(u" | "_s)));
    QVERIFY2(saidWithAltLetter.isEmpty(), qPrintable(saidWithAltLetter.join(u" | "_s)));
}

void TestMainWindowGui::tabReachesEveryControlAndComesBack_data()
{
    QTest::addColumn<bool>("editing");
    QTest::newRow("a new link") << false;
    QTest::newRow("a link opened") << true; // the "On the server" details have their own buttons
}

// Tab from the portfolio goes round the whole window, one stop each, and
// back to where it started; Shift+Tab goes the same way back.
void TestMainWindowGui::tabReachesEveryControlAndComesBack()
{
    QFETCH(bool, editing);
    m_window->setPortfolio(1);
    auto *tree = m_window->findChild<QAbstractItemView *>(QStringLiteral("linksTree"));
    QVERIFY(tree);
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 10000);
    if (editing) {
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        auto *save = m_window->findChild<QPushButton *>(QStringLiteral("createButton"));
        QTRY_COMPARE(save->text(), LinkForm::tr("Save changes"));
    }
    QWidget *start = m_window->findChild<QWidget *>(QStringLiteral("portfolioEdit"));
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);

    const QList<QWidget *> forward = focusStopsFrom(start, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), start);
    QStringList names;
    for (QWidget *widget : forward)
        names.append(widget->objectName());
    for (const char *expected : {"portfolioNameEdit", "nameEdit", "urlEdit", "descriptionEdit", "chooseButton",
                                 editing ? "copyIdButton" : "createButton", "searchEdit", "linksTree"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + u" not in "_s + names.join(u", ")));

    QList<QWidget *> backward = focusStopsFrom(start, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), start);
    std::reverse(backward.begin(), backward.end());
    // (A new link's form changes on the way: the list's first row opens as the list takes the focus.)
    if (editing)
        QCOMPARE(backward, forward);
}

void TestMainWindowGui::aPersianUrlReadsLeftToRight()
{
    // Typed without a scheme, a Persian URL starts with a right-to-left
    // letter: the field still reads left to right, starting at its left edge.
    auto *url = field<QLineEdit>("urlEdit");
    Typing::type(url, QStringLiteral("نمونه.ایران/صفحه"));
    // Painted: the field scrolls its text into place as it paints, and the
    // caret's rectangle includes that scroll.
    url->repaint();
    // The text's two ends: one of them is at the field's left edge.
    url->setCursorPosition(0);
    const int start = url->inputMethodQuery(Qt::ImCursorRectangle).toRect().x();
    url->end(false);
    const int end = url->inputMethodQuery(Qt::ImCursorRectangle).toRect().x();
    QVERIFY2(std::min(start, end) < 20, qPrintable(QStringLiteral("%1 %2 of %3").arg(start).arg(end).arg(url->width())));
}

void TestMainWindowGui::anEmptyNameSaysItIsRequired()
{
    // Not a silently disabled button: pressing it says what is missing,
    // beside the field, and the next keystrokes go there.
    auto *create = field<QPushButton>("createButton");
    auto *name = field<QLineEdit>("nameEdit");
    auto *nameError = field<QLabel>("nameError");
    const qsizetype requestsBefore = m_server.requestCount();
    QVERIFY(create->isEnabled());
    QTest::keyClicks(field<QLineEdit>("urlEdit"), QStringLiteral("example.com"));
    QTest::keyClick(field<QLineEdit>("urlEdit"), Qt::Key_Return);
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), LinkInput::tr("Name is required."));
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!nameError->isVisible()); // edited: the message goes
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(nameError->isVisible()); // spaces are no name
    QCOMPARE(m_server.requestCount({.method = QStringLiteral("POST"), .since = requestsBefore}), 0);
    Typing::type(name, QStringLiteral("گیت‌هاب"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(create->isEnabled());
}

void TestMainWindowGui::createLinkFromTheKeyboard(const QString &name, const QString &description)
{
    // The first seeded image, "technology", used by a link of portfolio 1.
    const QString imageId = QString::number(m_server.ready().value(QStringLiteral("images")).toArray().first().toInteger());

    // The whole form from the keyboard: type, Tab to the next field.
    auto *portfolio = field<QLineEdit>("portfolioEdit");
    portfolio->setFocus();
    QTest::keyClicks(portfolio, QStringLiteral("1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("portfolioNameEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("nameEdit"));
    Typing::type(QApplication::focusWidget(), name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("urlEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://example.com/demo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QTextEdit>("descriptionEdit"));
    Typing::type(QApplication::focusWidget(), description);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field<QPushButton>("chooseButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ImagePickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<ImagePickerDialog *>()) && picker->isVisible());
    // The picker opens with the search focused: type part of the name, Enter.
    QTRY_COMPARE(QApplication::focusWidget(), findChildOrDie<QLineEdit>(picker, "searchEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("techno"));
    auto *useImage = findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(useImage->isEnabled(), 20000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, imageId.toLongLong());
    QVERIFY(field<QLabel>("summaryLabel")->text().section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("technology")));

    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_window->isBusy());
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(field<QLabel>("nameValue")->text(), name, 20000);
    // Where the work goes on, not off to the list's search (the window's
    // focus: Xvfb has no window manager to give the window back its own
    // after the picker).
    QCOMPARE(m_window->focusWidget(), field<QLineEdit>("nameEdit"));
    QCOMPARE(field<QLabel>("descriptionValue")->text(), description);
    QVERIFY(field<QLabel>("urlValue")->text().contains(QLatin1String("https://example.com/demo")));
    QCOMPARE(field<QLabel>("imageIdValue")->text(), QLocale().toString(imageId.toLongLong()));
    QVERIFY(!field<QLabel>("createdValue")->text().isEmpty());

    const QList<ThumbnailTile *> tiles = m_window->findChildren<ThumbnailTile *>();
    QCOMPARE(tiles.size(), 4);
    const auto loadedTiles = [&tiles] {
        return std::count_if(tiles.cbegin(), tiles.cend(),
                             [](const ThumbnailTile *tile) { return tile->state() == ThumbnailTile::State::Loaded; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(loadedTiles(), 4, 20000);
    QVERIFY(!m_window->isBusy());
    // The created link stays in the editor, to edit; the portfolio stays.
    QCOMPARE(field<QPushButton>("createButton")->text(), LinkForm::tr("Save changes"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), QStringLiteral("1"));
}

void TestMainWindowGui::createsLinkFromTheKeyboardAndShowsFourThumbnails()
{
    createLinkFromTheKeyboard(QStringLiteral("دمو پروژه‌ی نمونه"), QStringLiteral("لینک مشاهده‌ی دمو"));
    if (QTest::currentTestFailed())
        return;
    const QList<ThumbnailTile *> tiles = m_window->findChildren<ThumbnailTile *>();
    QCOMPARE(tiles.at(0)->caption(), QStringLiteral("64 px"));
    QCOMPARE(tiles.at(3)->caption(), QStringLiteral("1080 px"));
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("created")));
    // Ctrl+N: ready for the next link, the link's fields empty, the portfolio kept.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(field<QLineEdit>("nameEdit")->text().isEmpty());
    QCOMPARE(field<QPushButton>("createButton")->text(), LinkForm::tr("Create link"));
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), QStringLiteral("1"));
}

void TestMainWindowGui::persianUiIsTranslatedAndMirrored()
{
    const auto restore = usePersianUi();
    const QLocale persian;
    cleanup();
    init();

    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(field<QPushButton>("createButton")->text(), QStringLiteral("ساخت پیوند"));
    createLinkFromTheKeyboard(QStringLiteral("کد منبع در گیت‌هاب"), QStringLiteral("مخزن کد پروژه در GitHub"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_window->findChildren<ThumbnailTile *>().at(0)->caption(), QStringLiteral("۶۴ پیکسل"));
    QCOMPARE(QApplication::font().family(), QStringLiteral("Vazirmatn"));
    // Solar Hijri calendar, Persian digits and month name, Tehran time.
    const QString created = field<QLabel>("createdValue")->text();
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Tehran"));
    const QCalendar jalali(QCalendar::System::Jalali);
    QLocale digits = persian;
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    QVERIFY2(created.contains(digits.toString(jalali.partsFromDate(now.date()).year)), qPrintable(created));
    QVERIFY2(created.contains(jalali.monthName(persian, jalali.partsFromDate(now.date()).month)), qPrintable(created));
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("created")));
}

void TestMainWindowGui::aNamedPortfolioIsOfferedAndInTheTitle()
{
    const QUrl server = m_server.baseUrl();
    const QString serverName = u"127.0.0.1:"_s + QString::number(server.port());
    auto *portfolio = field<QLineEdit>("portfolioEdit");
    auto *name = field<QLineEdit>("portfolioNameEdit");
    portfolio->setFocus();
    portfolio->selectAll();
    Typing::type(portfolio, u"۱"_s);
    QTRY_VERIFY(name->isEnabled());
    // Shown, so remembered with its link count.
    QTRY_VERIFY(!Settings().recentPortfolios(server).isEmpty() && Settings().recentPortfolios(server).first().id == 1);
    QVERIFY(m_window->windowTitle().contains(serverName));
    QVERIFY2(m_window->windowTitle().contains(u"Portfolio 1"_s), qPrintable(m_window->windowTitle()));

    // Named from the keyboard; leaving the field keeps the name at once.
    QTest::keyClick(portfolio, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), name);
    Typing::type(name, u"وب‌سایت آژانس"_s);
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(Settings().portfolioName(server, 1), u"وب‌سایت آژانس"_s);
    QTRY_VERIFY2(m_window->windowTitle().contains(u"وب‌سایت آژانس"_s), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().contains(serverName));
    // The name is this server's: portfolio 1 elsewhere is another portfolio.
    QVERIFY(Settings().portfolioName(QUrl(u"https://staging.example/"_s), 1).isEmpty());

    // Another portfolio has no name yet; the drop-down brings the named one back.
    portfolio->setFocus();
    portfolio->selectAll();
    QTest::keyClicks(portfolio, u"2"_s);
    QTest::keyClick(portfolio, Qt::Key_Tab);
    // Leaving the field chose the portfolio at once, not after the typing pause.
    auto *links = qobject_cast<LinkListModel *>(field<QTableView>("linksTree")->model());
    QCOMPARE(links->portfolio(), 2);
    QTRY_COMPARE(name->text(), QString());
    QTRY_VERIFY2(m_window->windowTitle().contains(u"Portfolio 2"_s), qPrintable(m_window->windowTitle()));
    QTRY_VERIFY(Settings().recentPortfolios(server).first().id == 2);
    QTest::keyClick(portfolio, Qt::Key_Down);
    auto *completer = portfolio->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    const QModelIndex named = completer->completionModel()->match(completer->completionModel()->index(0, 0),
                                                                   Qt::DisplayRole, u"وب‌سایت آژانس"_s, 1,
                                                                   Qt::MatchContains).value(0);
    QVERIFY(named.isValid());
    completer->popup()->setCurrentIndex(named);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(PersianText::parseId(portfolio->text()), std::optional<qint64>(1));
    QTRY_COMPARE(name->text(), u"وب‌سایت آژانس"_s);
    QVERIFY(m_window->windowTitle().contains(u"وب‌سایت آژانس"_s));
}

void TestMainWindowGui::recentPortfoliosOpenOnTheFirstKey_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QString>("typed");
    QTest::newRow("Down") << Qt::Key_Down << QString();
    QTest::newRow("a digit") << Qt::Key_unknown << u"7"_s;
    QTest::newRow("a Persian digit") << Qt::Key_unknown << u"۷"_s;
}

// The recent portfolios' list is built when first needed, not before the
// first frame: the first key in the field, whichever, still opens it.
void TestMainWindowGui::recentPortfoliosOpenOnTheFirstKey()
{
    QFETCH(Qt::Key, key);
    QFETCH(QString, typed);
    const QUrl server = m_server.baseUrl();
    Settings settings;
    settings.rememberPortfolio(server, 5, 3);
    settings.rememberPortfolio(server, 7, 2);
    m_window->setConnection(server, m_server.token(u"staff"_s));
    auto *portfolio = field<QLineEdit>("portfolioEdit");
    portfolio->setFocus();
    portfolio->clear();
    if (typed.isEmpty())
        QTest::keyClick(portfolio, key);
    else
        Typing::type(portfolio, typed);
    QCompleter *completer = portfolio->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    // Every portfolio used on this server (the other tests' too), unfiltered.
    QVERIFY(completer->popup()->model()->rowCount() >= 2);
    QCOMPARE(completer->popup()->model()->rowCount(), settings.recentPortfolios(server).size());
}

void TestMainWindowGui::keepsEverythingTypedWhenTheServerRefuses()
{
    m_window->setConnection(m_server.baseUrl(), m_server.token(QStringLiteral("staff_noperm")));
    field<QLineEdit>("portfolioEdit")->setText(QStringLiteral("1"));
    Typing::type(field<QLineEdit>("nameEdit"), QStringLiteral("نام"));
    QTest::keyClicks(field<QLineEdit>("urlEdit"), QStringLiteral("https://example.com/"));
    Typing::type(field<QTextEdit>("descriptionEdit"), QStringLiteral("توضیح"));
    QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Return);

    auto *message = field<QLabel>("messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    QVERIFY(message->text().contains(QLatin1String("permission")));
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), QStringLiteral("1"));
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("نام"));
    QCOMPARE(field<QLineEdit>("urlEdit")->text(), QStringLiteral("https://example.com/"));
    QCOMPARE(field<QTextEdit>("descriptionEdit")->toPlainText(), QStringLiteral("توضیح"));
}

// "The server did not accept some fields; see the messages beside them"
// stayed above the button and in the status bar once no field had a message.
void TestMainWindowGui::aRefusalsMessageGoesOnceItsFieldsAreEdited()
{
    field<QLineEdit>("portfolioEdit")->setText(QStringLiteral("1"));
    auto *name = field<QLineEdit>("nameEdit");
    QTest::keyClicks(name, QString(120, u'a')); // the reference backend takes 100
    QTest::keyClick(name, Qt::Key_Return);
    auto *message = field<QLabel>("messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    QVERIFY(field<QLabel>("nameError")->isVisible());
    const QString refusal = m_window->statusBar()->currentMessage();
    QVERIFY(!refusal.isEmpty());
    QVERIFY2(message->text().startsWith(refusal), qPrintable(message->text()));

    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("Short enough"));
    QVERIFY(!field<QLabel>("nameError")->isVisible());
    QVERIFY(!message->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QCOMPARE(name->text(), QStringLiteral("Short enough"));
}

void TestMainWindowGui::persianDigitsAndArabicLettersReachTheServerNormalised()
{
    // Persian digits for the portfolio, Arabic-Indic for the image; a name
    // typed on an Arabic layout (ي, ك), with a ZWNJ, and a URL without scheme.
    Typing::type(field<QLineEdit>("portfolioEdit"), QStringLiteral("۱"));
    Typing::type(field<QLineEdit>("nameEdit"), QStringLiteral("كتاب‌هاي علي"));
    QTest::keyClicks(field<QLineEdit>("urlEdit"), QStringLiteral("example.com/books"));
    // The image by its number, typed in Arabic-Indic digits: Enter looks it up and takes it once found.
    QTest::mouseClick(field<QPushButton>("chooseButton"), Qt::LeftButton);
    ImagePickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<ImagePickerDialog *>()) && picker->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), picker);
    picker->showPage(ImagePickerDialog::Page::ByNumber);
    QCOMPARE(QApplication::focusWidget(), findChildOrDie<QLineEdit>(picker, "idEdit"));
    Typing::type(findChildOrDie<QLineEdit>(picker, "idEdit"), QStringLiteral("١"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ImagePickerDialog *>(), 20000);
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, 1);
    QVERIFY(field<LinkForm>("linkForm")->imageChoice().image);
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().image->name, QStringLiteral("technology"));
    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);

    const QString expectedName = QStringLiteral("کتاب‌های علی");
    QTRY_COMPARE_WITH_TIMEOUT(field<QLabel>("nameValue")->text(), expectedName, 20000);
    QVERIFY(expectedName.contains(QChar(0x200C)));
    QVERIFY(field<QLabel>("urlValue")->text().contains(QLatin1String("https://example.com/books")));

    const QList<QJsonObject> posts = m_server.requests({.method = QStringLiteral("POST")});
    QVERIFY(!posts.isEmpty());
    const QJsonObject &post = posts.last();
    QCOMPARE(post.value(QStringLiteral("path")).toString(), QStringLiteral("/api/portfolios/1/links/"));
    const QJsonObject body = QJsonDocument::fromJson(post.value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), expectedName);
    QCOMPARE(body.value(QStringLiteral("image")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/books"));
}

QTEST_MAIN(TestMainWindowGui)
#include "TestMainWindowGui.moc"
