#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkReply;

// A request body that can be read once and never rewound. Qt 6.4's HTTP
// layer silently re-sends a request, POST included, when the connection
// drops before the answer; to do so it rewinds the body. A body that refuses
// to rewind turns that re-send into an error instead, so one click is one
// POST on the wire, and a link the server created before the connection
// dropped is never created twice. (Deliberately not a QBuffer: Qt reads a
// QBuffer's bytes directly and can always rewind them.) A DELETE carries an
// empty one for the same reason: without a body, Qt sends it again at will.
class SingleUseBody : public QIODevice
{
    Q_OBJECT
public:
    explicit SingleUseBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    // An empty body is never read, yet its request may already be on the
    // wire: Qt rewinds it only to send that request again.
    bool reset() override { return m_read == 0 && !m_data.isEmpty(); }

    // Qt's HTTP thread asks the reply's thread for the body's bytes and waits
    // for the answer, which waits behind whatever that thread does next (the
    // repaint of the window just clicked: 3-10 ms before the first byte leaves).
    // This hands them over unasked, once Qt has taken the body up. A copy Qt
    // also asks for comes with the same position and is dropped: still sent once.
    void handOver(QNetworkReply *reply);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
