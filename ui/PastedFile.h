#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

// What Ctrl+V offers for an upload: a copied file as it is, or a copied
// picture saved to a file on a worker thread (ClipboardImage), so that
// either is then checked and uploaded like a chosen file.
class PastedFile
{
    Q_DECLARE_TR_FUNCTIONS(PastedFile)
public:
    // Calls `done` with the file's path, or with a translated reason why
    // there is none, on `context`'s thread; never once `context` is gone.
    static void take(QObject *context, const std::function<void(const QString &path, const QString &error)> &done);
};
