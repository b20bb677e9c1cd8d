#include "WindowIcon.h"

#include "AfterFirstFrame.h"
#include "WhenFinished.h"
#include "WorkerThreads.h"
#include "media/ImageDecoder.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace WindowIcon {

namespace {

DecodedImage readIcon()
{
    QFile file(QStringLiteral(":/icons/org.portfoliolinks.PortfolioLinks.png"));
    return ImageDecoder::decode(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

} // namespace

void setAfterFirstFrame(QWidget *window)
{
    AfterFirstFrame::run(window, [window] {
        whenFinished(QtConcurrent::run(WorkerThreads::pool(), &readIcon), window, [](const DecodedImage &icon) {
            if (!icon.image.isNull())
                QGuiApplication::setWindowIcon(QIcon(QPixmap::fromImage(icon.image)));
        });
    });
}

} // namespace WindowIcon
