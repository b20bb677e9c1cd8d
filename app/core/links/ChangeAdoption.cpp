#include "ChangeAdoption.h"

#include "session/Profiles.h"
#include "store/Outbox.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAdoption, "portfoliolinks.store.adoption")

ChangeAdoption::ChangeAdoption(const Profiles &profiles)
{
    for (const Profile &profile : profiles.all()) {
        const QString server = Outbox::profileKey(profile.server());
        if (profile.server().isValid() && !m_firstProfileOf.contains(server))
            m_firstProfileOf.insert(server, Outbox::profileKey(profile.server(), profile.id()));
    }
}

int ChangeAdoption::apply(const QSqlDatabase &db) const
{
    if (m_firstProfileOf.isEmpty())
        return 0;
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return -1;
    int moved = 0;
    for (auto first = m_firstProfileOf.cbegin(); first != m_firstProfileOf.cend(); ++first) {
        for (const char *table : {"outbox", "history"}) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE %1 SET profile = ? WHERE profile = ?").arg(QLatin1String(table)));
            update.addBindValue(first.value());
            update.addBindValue(first.key());
            if (!update.exec()) {
                qCWarning(lcAdoption) << "changes kept per server could not be given to their profile:"
                                      << update.lastError().text();
                connection.rollback();
                return -1;
            }
            moved += update.numRowsAffected();
        }
    }
    return connection.commit() ? moved : -1;
}
