#include "DraftStore.h"

#include "WhenFinished.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcDraft, "portfoliolinks.draft")

namespace {

// Returns the system's reason when the disk does not hold `contents` afterwards.
QString writeDraft(const QString &path, const QByteArray &contents)
{
    if (contents.isEmpty()) {
        QFile file(path);
        return file.remove() || !file.exists() ? QString() : file.errorString();
    }
    QDir().mkpath(QFileInfo(path).absolutePath()); // when it cannot, QSaveFile says why
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return file.errorString();
    return {};
}

FormDraft readDraft(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return FormDraft::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

} // namespace

DraftStore::DraftStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_writer.setMaxThreadCount(1);
    m_retry.setInterval(std::chrono::seconds(15));
    connect(&m_retry, &QTimer::timeout, this, [this] { write(m_latest); });
}

DraftStore::~DraftStore()
{
    m_writer.waitForDone(); // the last keystrokes reach the disk before we go
}

QString DraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/draft.json");
}

void DraftStore::save(const FormDraft &draft)
{
    write(draft.isEmpty() ? QByteArray() : QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
}

void DraftStore::clear()
{
    write({});
}

QFuture<FormDraft> DraftStore::load()
{
    // On the writer thread too, so that a load never sees half of a save.
    return QtConcurrent::run(&m_writer, readDraft, m_path);
}

void DraftStore::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retry.setInterval(interval);
}

void DraftStore::write(const QByteArray &contents)
{
    m_latest = contents;
    whenFinished(QtConcurrent::run(&m_writer, writeDraft, m_path, contents), this,
                 [this](const QString &error) { report(error); });
}

void DraftStore::report(const QString &error)
{
    // Outcomes arrive in the order of the writes, so the last one says what
    // the disk holds now.
    if (error.isEmpty()) {
        m_retry.stop();
        emit saved();
        return;
    }
    qCWarning(lcDraft) << "could not save the draft:" << error;
    if (!m_retry.isActive())
        m_retry.start();
    emit saveFailed(tr("The draft cannot be written to %1: %2").arg(QDir::toNativeSeparators(m_path), error));
}
