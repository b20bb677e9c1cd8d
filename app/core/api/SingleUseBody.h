#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt 6.4's HTTP
// layer silently re-sends a request, POST included, when the connection
// drops before the answer; to do so it rewinds the body. A body that refuses
// to rewind turns that re-send into an error instead, so one click is one
// POST on the wire, and a link the server created before the connection
// dropped is never created twice. (Deliberately not a QBuffer: Qt reads a
// QBuffer's bytes directly and can always rewind them.)
class SingleUseBody : public QIODevice
{
    Q_OBJECT
public:
    explicit SingleUseBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return m_read == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
