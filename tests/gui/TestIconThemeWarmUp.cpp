#include "IconThemeWarmUp.h"

#include <QApplication>
#include <QList>
#include <QProxyStyle>
#include <QTest>
#include <QWidget>

// The message boxes' icons are looked up once the window has painted, not
// before, and not first when a question opens.
class TestIconThemeWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void looksTheQuestionsIconsUpAfterTheFirstFrame();
};

namespace {
class AskedIcons : public QProxyStyle
{
public:
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        asked.append(icon);
        return QProxyStyle::standardIcon(icon, option, widget);
    }

    mutable QList<StandardPixmap> asked;
};
} // namespace

void TestIconThemeWarmUp::looksTheQuestionsIconsUpAfterTheFirstFrame()
{
    auto *style = new AskedIcons; // the application owns it
    QApplication::setStyle(style);
    QWidget window;
    window.resize(200, 100);
    IconThemeWarmUp::schedule(&window);
    QCoreApplication::processEvents();
    QVERIFY(style->asked.isEmpty()); // nothing before the window paints
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(style->asked.contains(QStyle::SP_MessageBoxQuestion));
    QVERIFY(style->asked.contains(QStyle::SP_DialogCancelButton));
}

QTEST_MAIN(TestIconThemeWarmUp)
#include "TestIconThemeWarmUp.moc"
