#include "AnchorSize.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QWidget>

// The start-up anchor of scripts/bench: the least a Qt Widgets window costs
// on this machine (loading Qt, the platform plugin, one frame).
int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QWidget window;
    window.resize(AnchorSize::fromArguments(application.arguments()));
    StartupProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
