#include "AnchorSize.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QWidget>

// The second start-up anchor of scripts/bench: what any app with a form of
// five fields, text (so the font database) and a network manager pays
// before its first frame. Portfolio Links should cost little more.
// With --repaint-after-first-frame it repaints itself once right after its
// first frame: the floor of the stall that any window's first repaint meets
// (on X11, Qt waits until the server has read the frame before it paints
// over it).
int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QNetworkAccessManager network;
    QWidget window;
    auto *form = new QFormLayout(&window);
    form->addRow(QStringLiteral("Portfolio"), new QLineEdit);
    form->addRow(QStringLiteral("Name"), new QLineEdit);
    form->addRow(QStringLiteral("URL"), new QLineEdit);
    form->addRow(QStringLiteral("Description"), new QPlainTextEdit);
    form->addRow(QStringLiteral("Image"), new QLineEdit);
    form->addRow(new QPushButton(QStringLiteral("Create link")));
    window.resize(AnchorSize::fromArguments(application.arguments()));
    if (application.arguments().contains(QStringLiteral("--repaint-after-first-frame")))
        StartupProbe::watch(&window, [&window] { window.update(); });
    else
        StartupProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
