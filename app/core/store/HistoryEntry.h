#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One change the app made, or tried to: what a History row holds.
struct HistoryEntry
{
    enum class Outcome { Applied, Failed, Discarded };

    qint64 id = 0;
    QDateTime at;
    QString profile;
    QString server;
    qint64 portfolioId = 0;
    qint64 linkId = 0;
    QString operation; // OutboxItem::operationKey
    QJsonObject before; // the fields as they were (edit, delete)
    QJsonObject after;  // the fields as sent or as the server answered (create, edit)
    Outcome outcome = Outcome::Applied;
    QString detail; // why it failed or was discarded; kept in `after` under "error"

    static QString outcomeKey(Outcome outcome);
    static Outcome outcomeFromKey(const QString &key);
};
