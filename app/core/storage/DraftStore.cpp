#include "DraftStore.h"

#include "WhenFinished.h"
#include "WholeFile.h"
#include "api/Endpoints.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcDraft, "portfoliolinks.draft")

namespace {

const QString serverKey = QStringLiteral("server");

// Returns the system's reason when the disk does not hold `contents` afterwards.
QString writeDraft(const QString &path, const QByteArray &contents)
{
    if (contents.isEmpty()) {
        QFile file(path);
        return file.remove() || !file.exists() ? QString() : file.errorString();
    }
    QDir().mkpath(QFileInfo(path).absolutePath()); // when it cannot, the write says why
    return WholeFile::write(path, contents);
}

FormDraft readDraft(const QString &path, const QString &withoutServer)
{
    // A draft that belongs to no server yet becomes this one's, unless it has its own.
    if (path != withoutServer && !QFile::exists(path) && QFile::exists(withoutServer)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!QFile::rename(withoutServer, path))
            qCWarning(lcDraft) << "could not take over the draft without a server";
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return FormDraft::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

} // namespace

DraftStore::DraftStore(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_path(pathFor(QUrl(), m_folder))
{
    m_writer.setMaxThreadCount(1);
    // One retry per failed write: a timer firing on its own would queue
    // writes faster than a slow disk finishes them.
    m_retry.setSingleShot(true);
    m_retry.setInterval(std::chrono::seconds(15));
    connect(&m_retry, &QTimer::timeout, this, [this] { write(m_latest); });
}

DraftStore::~DraftStore()
{
    m_writer.waitForDone(); // the last keystrokes reach the disk before we go
}

QString DraftStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DraftStore::pathFor(const QUrl &server, const QString &folder)
{
    if (!server.isValid())
        return folder + QStringLiteral("/draft.json");
    // A hash: any server address makes a safe file name; the file itself names the server.
    const QByteArray hash = QCryptographicHash::hash(Endpoints::serverIdentity(server).toUtf8(), QCryptographicHash::Sha256);
    return folder + QStringLiteral("/drafts/") + QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral(".json");
}

void DraftStore::setServer(const QUrl &server)
{
    m_server = server;
    m_path = pathFor(server, m_folder);
    // The retry is of the previous server's latest draft, which belongs in its own file.
    m_retry.stop();
}

QFuture<QString> DraftStore::save(const FormDraft &draft)
{
    if (draft.isEmpty())
        return write({});
    QJsonObject json = draft.toJson();
    if (m_server.isValid())
        json.insert(serverKey, Endpoints::serverIdentity(m_server)); // for a person reading the folder
    return write(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void DraftStore::clear()
{
    write({});
}

QFuture<FormDraft> DraftStore::load()
{
    // On the writer thread too, so that a load never sees half of a save.
    return QtConcurrent::run(&m_writer, readDraft, m_path, pathFor(QUrl(), m_folder));
}

void DraftStore::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retry.setInterval(interval);
}

QFuture<QString> DraftStore::write(const QByteArray &contents)
{
    m_latest = contents;
    QFuture<QString> written = QtConcurrent::run(&m_writer, writeDraft, m_path, contents);
    whenFinished(written, this, [this, path = m_path](const QString &error) { report(path, error); });
    return written;
}

void DraftStore::report(const QString &path, const QString &error)
{
    const bool current = path == m_path; // else another server's, written before the switch
    // Outcomes arrive in the order of the writes, so the last one says what
    // the disk holds now.
    if (error.isEmpty()) {
        if (current) {
            m_retry.stop();
            emit saved();
        }
        return;
    }
    qCWarning(lcDraft) << "could not save the draft:" << error;
    // The retry writes this server's latest draft: never over another server's file.
    if (current && !m_retry.isActive())
        m_retry.start();
    emit saveFailed(tr("The draft cannot be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
}
