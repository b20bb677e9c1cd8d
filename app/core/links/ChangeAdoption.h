#pragma once

#include <QMap>
#include <QString>

class Profiles;
class QSqlDatabase;

// Changes and history entries kept under a server's own key (made before
// changes were kept per profile, or with a --server that no profile had)
// go to the first profile of that server, once there is one: its token
// sends them, as any profile of that server's did before. A profile's own
// changes never move to another profile, which may be another person's
// token: those of a removed profile wait to be discarded, those of a
// profile given another address wait for it to come back.
class ChangeAdoption
{
public:
    ChangeAdoption() = default; // adopts nothing
    explicit ChangeAdoption(const Profiles &profiles);

    // Moves the rows of both tables that belong to a profile now, on `db`
    // (any thread, its own connection), in one transaction. The rows moved,
    // or -1 when the store could not be written.
    int apply(const QSqlDatabase &db) const;

private:
    QMap<QString, QString> m_firstProfileOf; // by a server's identity, its first profile's key
};
