#include "HistoryEntry.h"

QString HistoryEntry::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

HistoryEntry::Outcome HistoryEntry::outcomeFromKey(const QString &key)
{
    if (key == QLatin1String("failed"))
        return Outcome::Failed;
    if (key == QLatin1String("discarded"))
        return Outcome::Discarded;
    return Outcome::Applied;
}
