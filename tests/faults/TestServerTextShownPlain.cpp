#include "UserFolders.h"
#include "FakeHttpServer.h"
#include "FindChild.h"
#include "SelfSignedServer.h"
#include "Typing.h"

#include "ConnectionDialog.h"
#include "LinkOpener.h"
#include "MainWindow.h"
#include "text/SizeText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

const QByteArray linksPath = "/api/portfolios/3/links/";

// Resident memory of this process, from /proc (Linux, where CI runs).
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// Notices whether anything opens a FIFO for reading: a rich-text label with
// <img src=FIFO> would, and block the GUI thread in open() until a writer came.
class FifoWatch : public QThread
{
public:
    explicit FifoWatch(QString path)
        : m_path(std::move(path))
    {
        ::mkfifo(QFile::encodeName(m_path).constData(), 0600);
    }
    ~FifoWatch() override { openedByOthers(); }
    QString path() const { return m_path; }
    // Ends the watch (by opening the FIFO's reading end itself) and says
    // whether anything else had opened it before.
    bool openedByOthers()
    {
        m_ending = true;
        const int reader = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
        wait();
        if (reader >= 0)
            ::close(reader);
        return m_openedByOthers;
    }

protected:
    void run() override
    {
        // Blocks until some reader opens the other end.
        const int writer = ::open(QFile::encodeName(m_path).constData(), O_WRONLY);
        m_openedByOthers = !m_ending;
        if (writer >= 0)
            ::close(writer); // the reader gets end of file at once
    }

private:
    QString m_path;
    std::atomic<bool> m_ending = false;
    std::atomic<bool> m_openedByOthers = false;
};

class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

// Every place that shows a server's text shows it as text: no label, tool
// tip, dialog or accessible text renders it as markup, direction overrides
// are neutralised, and only web links are ever opened.
class TestServerTextShownPlain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noServerTextBecomesMarkup();
    void onlyWebLinksAreOpened_data();
    void onlyWebLinksAreOpened();
    void hiddenCharactersInTheNameAreFlagged_data();
    void hiddenCharactersInTheNameAreFlagged();
    void certificateDetailsAreShownAndCopyable();

private:
    QByteArray hostileLink(const QString &url) const;
    void create();
    QStringList richTextLabelsShowing(const QString &marker) const;

    std::unique_ptr<FakeHttpServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_payload;
};

void TestServerTextShownPlain::initTestCase()
{
    keepOutOfUserFolders();
}

void TestServerTextShownPlain::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_window = std::make_unique<MainWindow>(NetworkSetup::Managers{&m_network, &m_network});
    m_window->setConnection(m_server->url(), u"t"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    findChildOrDie<QLineEdit>(m_window.get(), "portfolioEdit")->setText(u"3"_s);
}

void TestServerTextShownPlain::cleanup()
{
    m_window.reset();
    m_server.reset();
}

QByteArray TestServerTextShownPlain::hostileLink(const QString &url) const
{
    const QJsonObject thumbnail{{u"id"_s, 9}, {u"f"_s, m_server->url(u"/media/t.png"_s).toString()}, {u"size"_s, 64}};
    const QJsonObject image{{u"id"_s, 6}, {u"type"_s, m_payload}, {u"name"_s, u"\u202Egnp.exe"_s}, {u"size"_s, 5123},
                            {u"human_readable_size"_s, m_payload}, {u"f"_s, m_server->url(u"/media/f.png"_s).toString()},
                            {u"width"_s, 225}, {u"height"_s, 225}, {u"mode"_s, m_payload},
                            {u"thumbnails"_s, QJsonArray{thumbnail}}};
    const QJsonObject link{{u"id"_s, 77}, {u"name"_s, m_payload}, {u"url"_s, url}, {u"description"_s, m_payload},
                           {u"image_data"_s, image}, {u"created_at"_s, u"2026-01-13T10:05:43.296270Z"_s},
                           {u"updated_at"_s, u"2026-01-13T10:05:43.296270Z"_s}};
    return QJsonDocument(link).toJson(QJsonDocument::Compact);
}

void TestServerTextShownPlain::create()
{
    Typing::type(findChildOrDie<QLineEdit>(m_window.get(), "nameEdit"), u"پیوند"_s);
    QTest::mouseClick(findChildOrDie<QPushButton>(m_window.get(), "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
}

QStringList TestServerTextShownPlain::richTextLabelsShowing(const QString &marker) const
{
    QStringList found;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (QLabel *label : top->findChildren<QLabel *>()) {
            if (label->text().contains(marker) && label->textFormat() != Qt::PlainText)
                found.append(label->objectName() + u": "_s + label->text().left(120));
        }
    }
    return found;
}

void TestServerTextShownPlain::noServerTextBecomesMarkup()
{
    FifoWatch fifo(m_dir.filePath(u"fifo"_s));
    m_payload = u"<img src=\"/dev/zero\"><img src=\"%1\"><b>\u202Egnp.exe</b>"_s.arg(fifo.path());
    fifo.start();

    // The create answer: the payload in every text field. The thumbnail
    // fails with the payload as its HTTP reason phrase.
    m_server->setResponse(linksPath, FakeHttpServer::json(201, hostileLink(u"https://example.com/"_s)));
    FakeHttpServer::Response failed = FakeHttpServer::json(404, "{}");
    failed.reason = m_payload.toUtf8();
    m_server->setResponse("/media/t.png", failed);
    const qint64 before = residentBytes();
    create();
    QCOMPARE(findChildOrDie<QLabel>(m_window.get(), "idValue")->text(), QLocale().toString(77));

    // The picker's grid, its tool tips (the size is the app's own, from "size").
    m_server->setResponse(linksPath,
                          FakeHttpServer::json(200, R"({"count": 1, "next": null, "previous": null, "results": [)"
                                                        + hostileLink(u"https://example.com/"_s) + "]}"));
    QTest::mouseClick(findChildOrDie<QPushButton>(m_window.get(), "chooseButton"), Qt::LeftButton);
    QDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<QDialog *>(u"ImagePickerDialog"_s)));
    auto *grid = findChildOrDie<QAbstractItemView>(picker, "imageList");
    QTRY_COMPARE(grid->model()->rowCount(), 1);

    // The connection test: the server's own words in a refusal.
    m_server->setResponse(linksPath, FakeHttpServer::json(400, QJsonDocument(QJsonObject{{u"non_field_errors"_s,
                                                                                           QJsonArray{m_payload}}})
                                                                    .toJson(QJsonDocument::Compact)));
    auto *dialog = new ConnectionDialog(&m_network, m_window.get());
    dialog->setServer(m_server->url());
    dialog->setToken(u"t"_s);
    dialog->setTestPortfolio(3);
    dialog->show();
    QTest::mouseClick(findChildOrDie<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_VERIFY(findChildOrDie<QLabel>(dialog, "testResult")->text().contains(u"/dev/zero"_s));
    // The thumbnail's failure, its tool tip quoting the reason phrase.
    const auto failureShown = [this] {
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(),
                           [](const QLabel *label) { return label->toolTip().contains(u"/dev/zero"_s); });
    };
    QTRY_VERIFY(failureShown());

    // Painted, as a person would see it.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible())
            top->grab();
    }

    QStringList markup = richTextLabelsShowing(u"/dev/zero"_s);
    QVERIFY2(markup.isEmpty(), qPrintable(markup.join(u" | "_s)));
    QStringList toolTips;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (widget->toolTip().contains(u"/dev/zero"_s) && widget->toolTip().contains(u"<img"_s))
                toolTips.append(widget->objectName() + u": "_s + widget->toolTip());
            QVERIFY2(!widget->accessibleName().contains(QChar(0x202E)), qPrintable(widget->objectName()));
        }
        for (QLabel *label : top->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QChar(0x202E)), qPrintable(label->objectName()));
    }
    const QString gridTip = grid->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(gridTip.contains(SizeText::shown(5123)) && !gridTip.contains(u"<img"_s), qPrintable(gridTip));
    QVERIFY2(!grid->model()->index(0, 0).data(Qt::DisplayRole).toString().contains(QChar(0x202E)), "override in the grid");
    QVERIFY2(toolTips.isEmpty(), qPrintable(toolTips.join(u" | "_s)));

    // Text drawn is not a picture loaded: no growth of hundreds of MB, no FIFO opened.
    const qint64 grown = residentBytes() - before;
    qInfo("resident memory grew by %lld KiB", grown / 1024);
    QVERIFY2(grown < 64 * 1024 * 1024, qPrintable(QString::number(grown)));
    QVERIFY(!fifo.openedByOthers());
    delete dialog;
}

void TestServerTextShownPlain::onlyWebLinksAreOpened_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opened");
    QTest::addColumn<QString>("whyNames"); // in the tool tip that says why it is not opened
    QTest::newRow("https") << u"https://example.com/demo"_s << true << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << false << QString();
    QTest::newRow("Windows share") << u"file://attacker.example/share"_s << false << QString();
    QTest::newRow("ftp: shown, not opened") << u"ftp://files.example.com/a.zip"_s << false << QString();
    QTest::newRow("a user name that reads as the site") << u"http://trusted.example.com@127.0.0.1:9/"_s << false
                                                        << u"127.0.0.1"_s;
}

void TestServerTextShownPlain::onlyWebLinksAreOpened()
{
    QFETCH(QString, url);
    QFETCH(bool, opened);
    QFETCH(QString, whyNames);
    OpenedUrls handler;
    for (const QString &scheme : {u"https"_s, u"http"_s, u"javascript"_s, u"file"_s, u"ftp"_s})
        QDesktopServices::setUrlHandler(scheme, &handler, "open");

    m_payload = u"name"_s;
    m_server->setResponse(linksPath, FakeHttpServer::json(201, hostileLink(url)));
    create();
    auto *urlValue = findChildOrDie<QLabel>(m_window.get(), "urlValue");
    QVERIFY2(urlValue->text().contains(url.left(10).toHtmlEscaped()) || urlValue->text().contains(url.left(10)),
             qPrintable(urlValue->text()));
    QCOMPARE(urlValue->textFormat(), opened ? Qt::RichText : Qt::PlainText);
    if (!opened)
        QVERIFY(!urlValue->toolTip().isEmpty()); // says why it is not a link
    QVERIFY2(urlValue->toolTip().contains(whyNames), qPrintable(urlValue->toolTip()));

    // As if the label had been clicked, and as if a crafted anchor had got in.
    emit urlValue->linkActivated(url);
    QCOMPARE(handler.urls.size(), opened ? 1 : 0);
    QVERIFY(!LinkOpener::open(QUrl(u"javascript:alert(1)"_s)));
    QCOMPARE(handler.urls.size(), opened ? 1 : 0);
    for (const QString &scheme : {u"https"_s, u"http"_s, u"javascript"_s, u"file"_s, u"ftp"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestServerTextShownPlain::hiddenCharactersInTheNameAreFlagged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<bool>("sent");
    QTest::newRow("Persian with ZWNJ") << u"نمونه‌کار"_s << QString() << true;
    QTest::newRow("right-to-left override") << u"\u202Egnp.exe"_s << u"U+202E"_s << true;
    QTest::newRow("pasted control character") << u"a\u0007b"_s << u"U+0007"_s << true;
    QTest::newRow("ZWNJ only") << u"\u200C\u200C"_s << QString() << false;
    QTest::newRow("zero-width space only") << u"\u200B"_s << QString() << false;
}

void TestServerTextShownPlain::hiddenCharactersInTheNameAreFlagged()
{
    QFETCH(QString, name);
    QFETCH(QString, warning);
    QFETCH(bool, sent);
    m_payload = name;
    m_server->setResponse(linksPath, FakeHttpServer::json(201, hostileLink(u"https://example.com/"_s)));
    auto *nameEdit = findChildOrDie<QLineEdit>(m_window.get(), "nameEdit");
    nameEdit->setFocus();
    nameEdit->insert(name); // as pasted
    auto *shownWarning = findChildOrDie<QLabel>(m_window.get(), "nameWarning");
    QCOMPARE(shownWarning->isVisible(), !warning.isEmpty());
    QVERIFY2(shownWarning->text().contains(warning), qPrintable(shownWarning->text()));

    QTest::mouseClick(findChildOrDie<QPushButton>(m_window.get(), "createButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isBusy());
    int posts = 0;
    for (const FakeHttpServer::Request &request : m_server->requests())
        posts += request.method == "POST";
    QCOMPARE(posts, sent ? 1 : 0);
    if (!sent) {
        QVERIFY(findChildOrDie<QLabel>(m_window.get(), "nameError")->text().contains(u"no visible characters"_s));
        QCOMPARE(nameEdit->text(), name);
    }
}

void TestServerTextShownPlain::certificateDetailsAreShownAndCopyable()
{
    SelfSignedServer server;
    QVERIFY(server.start());
    auto *dialog = new ConnectionDialog(&m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(server.url());
    dialog->setToken(u"t"_s);
    dialog->show();
    QTest::mouseClick(findChildOrDie<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    auto *details = findChildOrDie<QPushButton>(dialog, "testDetailsButton");
    QTRY_VERIFY_WITH_TIMEOUT(details->isVisible(), 10000);
    QTest::mouseClick(details, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"errorDetailsBox"_s)));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->detailedText().contains(server.fingerprint()), qPrintable(box->detailedText()));
    QVERIFY(box->detailedText().contains(u"portfolio-links-test"_s));
    // The details are in a read-only text area: selectable, hence copyable.
    auto *area = box->findChild<QTextEdit *>();
    QVERIFY(area);
    QVERIFY(area->isReadOnly());
    QVERIFY(area->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(area->toPlainText().contains(server.fingerprint()));
    box->close();

    // The same from the form, after a create on that server.
    m_window->setConnection(server.url(), u"t"_s);
    create();
    auto *formDetails = findChildOrDie<QPushButton>(m_window.get(), "detailsButton");
    QVERIFY(formDetails->isVisible());
    QTest::mouseClick(formDetails, Qt::LeftButton);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"errorDetailsBox"_s)));
    QVERIFY(box->detailedText().contains(server.fingerprint()));
}

QTEST_MAIN(TestServerTextShownPlain)
#include "TestServerTextShownPlain.moc"
