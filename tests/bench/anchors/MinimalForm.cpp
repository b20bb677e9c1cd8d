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
    StartupProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
