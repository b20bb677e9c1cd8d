#pragma once

#include "storage/TokenStore.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

// A keychain in memory, answering later as the real one does, that can be
// told to refuse writes; it logs each operation ("read KEY", "write KEY",
// "remove KEY") so that a test can check their order.
class MemoryTokenStore : public TokenStore
{
public:
    using TokenStore::TokenStore;

    QHash<QString, QString> entries;
    QStringList operations;
    bool failWrites = false;

    void readEntry(const QString &key) override
    {
        operations.append(QStringLiteral("read ") + key);
        later([this, key] { emit tokenRead(entries.value(key), key); });
    }
    void writeEntry(const QString &key, const QString &token) override
    {
        operations.append(QStringLiteral("write ") + key);
        later([this, key, token] {
            if (failWrites) {
                emit failed(QStringLiteral("The keychain could not be used: access to the keychain was declined."), false);
                return;
            }
            entries.insert(key, token);
            emit written();
        });
    }
    void removeEntry(const QString &key) override
    {
        operations.append(QStringLiteral("remove ") + key);
        later([this, key] {
            entries.remove(key);
            emit removed();
        });
    }

private:
    template<typename Functor>
    void later(Functor functor)
    {
        QTimer::singleShot(0, this, functor);
    }
};
