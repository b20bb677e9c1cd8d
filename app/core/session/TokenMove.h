#pragma once

#include <QObject>
#include <QUrl>

class TokenStore;

// Moves the token of an earlier version's single connection (kept under its
// server's URL) to the profile made from it: read the old entry, write the
// new one, and delete the old one only once the new one is written. Nothing
// is lost when the keychain fails half-way: the old entry stays, and the
// move is tried again at the next start.
class TokenMove : public QObject
{
    Q_OBJECT
public:
    // The store is used for this move only (its signals are not keyed).
    explicit TokenMove(TokenStore *store, QObject *parent = nullptr);

    void start(const QUrl &legacyServer, const QString &profileKey);

signals:
    // Done: token is what the old entry held (empty when there was none).
    void moved(const QString &token);
    // token: what was read, for this run, when only writing or deleting failed.
    void failed(const QString &message, const QString &token);

private:
    TokenStore *m_store;
    QString m_token;
};
