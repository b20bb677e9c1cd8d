#include "IconThemeWarmUp.h"

#include "AfterFirstFrame.h"

#include <QIcon>
#include <QStyle>
#include <QTimer>
#include <QWidget>

#include <chrono>

using namespace std::chrono_literals;

namespace {
// Past start-up's own work (the first page, its thumbnails, the keychain),
// before a person is likely to ask for a delete.
constexpr auto settled = 1s;
} // namespace

void IconThemeWarmUp::schedule(QWidget *window)
{
    AfterFirstFrame::run(window, [window] {
        QTimer::singleShot(settled, window, [window] {
            QStyle *style = window->style();
            // The icons of a question with Cancel, as QMessageBox asks for them.
            for (const QStyle::StandardPixmap icon : {QStyle::SP_MessageBoxQuestion, QStyle::SP_DialogCancelButton})
                style->standardIcon(icon, nullptr, window).pixmap(style->pixelMetric(QStyle::PM_MessageBoxIconSize));
        });
    });
}
