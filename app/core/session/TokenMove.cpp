#include "TokenMove.h"

#include "storage/TokenStore.h"

TokenMove::TokenMove(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void TokenMove::start(const QUrl &legacyServer, const QString &profileKey)
{
    connect(m_store, &TokenStore::tokenRead, this, [this, profileKey](const QString &token) {
        m_token = token;
        if (token.isEmpty())
            emit moved(QString()); // nothing stored: nothing to move, nothing overwritten
        else
            m_store->writeEntry(profileKey, token);
    });
    connect(m_store, &TokenStore::written, this, [this, legacyServer] { m_store->remove(legacyServer); });
    connect(m_store, &TokenStore::removed, this, [this] { emit moved(m_token); });
    connect(m_store, &TokenStore::failed, this, [this](const QString &message) { emit failed(message, m_token); });
    m_store->read(legacyServer);
}
