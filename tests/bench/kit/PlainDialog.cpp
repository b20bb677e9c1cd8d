#include "PlainDialog.h"

#include "EventLoopLateness.h"
#include "EventWatch.h"
#include "Waiter.h"

#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace PlainDialog {

Stall open(QWidget *parent, QSize size)
{
    constexpr int waitMs = 60000;
    EventLoopLateness lateness;
    lateness.start();
    Waiter painted;
    QObject context;
    std::unique_ptr<QDialog> dialog;
    std::unique_ptr<EventWatch> paints;
    QTimer::singleShot(0, &context, [&] {
        dialog = std::make_unique<QDialog>(parent);
        auto *tabs = new QTabWidget(dialog.get());
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(new QLineEdit);
        auto *list = new QListView;
        QStringList lines;
        for (int line = 0; line < 200; ++line)
            lines.append(u"Image %1"_s.arg(line + 1));
        list->setModel(new QStringListModel(lines, list));
        pageLayout->addWidget(list);
        tabs->addTab(page, u"Portfolio"_s);
        tabs->addTab(new QWidget, u"By number"_s);
        tabs->addTab(new QWidget, u"Upload"_s);
        (new QVBoxLayout(dialog.get()))->addWidget(tabs);
        dialog->resize(size);
        // The turn after its first paint, as the benchmarks take their windows' first screens.
        paints = std::make_unique<EventWatch>(dialog.get(), QEvent::Paint, [&] {
            QTimer::singleShot(0, &context, [&painted] { painted.finish(); });
        });
        dialog->open();
    });
    Stall stall;
    if (painted.wait(waitMs)) {
        stall.ms = lateness.longestMs();
        stall.cpuMs = lateness.longestCpuMs();
    }
    lateness.stop();
    paints.reset();
    dialog.reset();
    return stall;
}

} // namespace PlainDialog
