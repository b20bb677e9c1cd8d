#include "UserFolders.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "Typing.h"

#include "MainWindow.h"
#include "text/Translations.h"
#include "api/ApiClient.h"
#include "api/JsonCall.h"
#include "api/LinkPatch.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "text/PersianText.h"
#include "text/SizeText.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// What a person reads in the window, in English and in Persian: a Persian
// URL typed into the form is sent and shown readable, one the server holds
// in punycode is shown readable in the list, its tool tip, the form and the
// result; ids, sizes and dates in the UI's digits.
class TestReadableLinksGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void persianUrlsAndNumbersReadAsTyped_data();
    void persianUrlsAndNumbersReadAsTyped();

private:
    ReferenceServer m_server;
    qint64 m_storedInPunycode = 0;
};

namespace {

constexpr qint64 portfolio = 2; // "Corporate website": a few links, so the new ones are on screen
const QString punycodeUrl = u"https://xn--hhbbbed.xn--mgba3a4f16a/%D8%B5%D9%81%D8%AD%D9%87"_s;
const QString punycodeUrlReadable = u"https://نمونه.ایران/صفحه"_s;

// Every label shown is as tall as its text: the layouts have settled.
bool laidOut(const QWidget *window)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    return std::all_of(labels.begin(), labels.end(), [](const QLabel *label) {
        const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        return !label->isVisible() || label->height() >= needed;
    });
}

bool hasLatinDigits(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

void TestReadableLinksGui::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    // A link as an earlier version of the app stored it: punycode and percent-encoding.
    ApiClient client(NetworkSetup::createManagers(this).api);
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(m_server.token(u"staff"_s));
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = u"نشانی قدیمی"_s;
    draft.url = punycodeUrl;
    draft.imageId = m_server.ready().value(u"images"_s).toArray().first().toInteger();
    LinkCall *call = client.createLink(draft);
    call->onSucceeded(this, [this](const Link &link) { m_storedInPunycode = link.id; });
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(m_storedInPunycode > 0);
}

void TestReadableLinksGui::persianUrlsAndNumbersReadAsTyped_data()
{
    addUiLanguageRows();
}

void TestReadableLinksGui::persianUrlsAndNumbersReadAsTyped()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);

    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1280, 800);
    window.setConnection(m_server.baseUrl(), m_server.token(u"staff"_s));
    window.setPortfolio(portfolio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_storedInPunycode) >= 0, 10000);

    // Typed without a scheme, with a ZWNJ: sent and shown readable.
    const QString typedName = persian ? u"پروژه‌های نمونه"_s : u"Sample projects"_s;
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    name->setFocus();
    Typing::type(name, typedName);
    auto *url = findChildOrDie<QLineEdit>(&window, "urlEdit");
    url->setFocus();
    Typing::type(url, u"نمونه.ایران/پروژه\u200Cها"_s);
    const qsizetype logBefore = m_server.requestCount();
    QTest::mouseClick(findChildOrDie<QPushButton>(&window, "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->link(0)->name == typedName, 10000);
    const QString sent = u"https://نمونه.ایران/پروژه\u200Cها"_s;
    const QList<QJsonObject> posts = m_server.requests({.method = u"POST"_s, .since = logBefore});
    const QJsonObject post = posts.isEmpty() ? QJsonObject() : posts.last();
    QCOMPARE(QJsonDocument::fromJson(post.value(u"body"_s).toString().toUtf8()).object().value(u"url"_s).toString(), sent);
    QCOMPARE(*model->link(0)->url, sent); // stored as sent
    QCOMPARE(url->text(), sent);

    auto *urlValue = findChildOrDie<QLabel>(&window, "urlValue");
    auto *idValue = findChildOrDie<QLabel>(&window, "idValue");
    auto *createdValue = findChildOrDie<QLabel>(&window, "createdValue");
    QTRY_VERIFY(urlValue->text().contains(sent));
    QVERIFY(urlValue->text().contains(u"href=\"https://xn--hhbbbed.xn--mgba3a4f16a/"_s)); // opened as the same link
    QCOMPARE(idValue->text(), PersianText::id(model->link(0)->id));
    QCOMPARE(hasLatinDigits(idValue->text()), !persian);
    QCOMPARE(hasLatinDigits(createdValue->text()), !persian);
    QTRY_VERIFY(laidOut(&window));
    window.repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"readable-created"_s));

    // The link stored in punycode: readable in its cell and tool tip, then
    // in the form and the result once opened.
    const int row = model->rowOf(m_storedInPunycode);
    const QModelIndex cell = model->index(row, LinkListModel::UrlColumn);
    QCOMPARE(PersianText::withoutDirectionMarks(cell.data().toString()), punycodeUrlReadable);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(punycodeUrlReadable),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), punycodeUrlReadable);
    tree->setFocus();
    tree->setCurrentIndex(model->index(row, LinkListModel::NameColumn));
    QTRY_COMPARE(name->text(), u"نشانی قدیمی"_s);
    QCOMPARE(url->text(), punycodeUrlReadable);
    QTRY_VERIFY(urlValue->text().contains(punycodeUrlReadable));
    // A screen reader is given each value without the marks that order it on screen.
    for (const QLabel *value : findChildOrDie<QWidget>(&window, "resultView")->findChildren<QLabel *>()) {
        if (!value->objectName().endsWith(u"Value"_s) || !value->isVisibleTo(&window))
            continue;
        const QString said = QAccessible::queryAccessibleInterface(const_cast<QLabel *>(value))->text(QAccessible::Name);
        QVERIFY2(!said.isEmpty() && said == PersianText::withoutDirectionMarks(said),
                 qPrintable(value->objectName() + u": "_s + said));
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(urlValue)->text(QAccessible::Name), punycodeUrlReadable);
    QVERIFY(!urlValue->text().contains(u">https://xn--"_s));
    auto *size = findChildOrDie<QLabel>(&window, "imageSizeValue");
    const Link stored = *model->link(row);
    QVERIFY2(size->text().contains(SizeText::shown(stored.image->size)), qPrintable(size->text()));
    QVERIFY2(!size->text().contains(stored.image->humanReadableSize), qPrintable(size->text()));
    QCOMPARE(hasLatinDigits(size->text()), !persian);
    QCOMPARE(hasLatinDigits(findChildOrDie<QLabel>(&window, "imageIdValue")->text()), !persian);
    QCOMPARE(hasLatinDigits(findChildOrDie<QLabel>(&window, "updatedValue")->text()), !persian);
    QTRY_VERIFY(laidOut(&window));
    for (QWidget *parent = size->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent))
            scroll->ensureWidgetVisible(size); // the size in the picture
    }
    window.repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"readable-list"_s));

    // Someone else moves the link to another punycode URL and image meanwhile:
    // the conflict names both URLs readable and both images in the UI's digits.
    const QJsonArray images = m_server.ready().value(u"images"_s).toArray();
    const LinkDraft before = LinkDraft::fromLink(stored, portfolio);
    LinkDraft theirs = before;
    theirs.url = u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s;
    theirs.imageId = images.at(1).toInteger();
    ApiClient other(NetworkSetup::createManagers(this).api);
    other.setBaseUrl(m_server.baseUrl());
    other.setToken(m_server.token(u"staff"_s));
    QSignalSpy patched(other.updateLink(LinkPatch::between(before, theirs, stored.id)), &ApiCall::succeeded);
    QVERIFY(patched.wait(20000));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    Typing::type(name, u" ۲"_s);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(u"conflictBox"_s)) && box->isVisible(), 10000);
    const QString differences = PersianText::withoutDirectionMarks(box->informativeText());
    QVERIFY2(differences.contains(punycodeUrlReadable) && differences.contains(u"https://مثال.ایران/"_s),
             qPrintable(differences));
    QVERIFY2(!differences.contains(u"xn--"_s), qPrintable(differences));
    QVERIFY2(differences.contains(PersianText::id(images.at(0).toInteger()))
                 && differences.contains(PersianText::id(images.at(1).toInteger())),
             qPrintable(differences));
    QCOMPARE(hasLatinDigits(differences), !persian);
    QCOMPARE(hasLatinDigits(box->text()), !persian);
    // The server's values are quoted there: never taken as markup, never links.
    auto *informative = findChildOrDie<QLabel>(box, "qt_msgbox_informativelabel");
    QCOMPARE(informative->textFormat(), Qt::PlainText);
    QVERIFY(!informative->openExternalLinks());
    QTRY_VERIFY(laidOut(&window));
    window.repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"readable-conflict"_s));
    QTest::mouseClick(findChildOrDie<QPushButton>(box, "reloadButton"), Qt::LeftButton);
    QTRY_COMPARE(url->text(), u"https://مثال.ایران/"_s);

    // Put back for the other language's run.
    QSignalSpy restored(other.updateLink(LinkPatch::between(theirs, before, stored.id)), &ApiCall::succeeded);
    QVERIFY(restored.wait(20000));
}

QTEST_MAIN(TestReadableLinksGui)
#include "TestReadableLinksGui.moc"
