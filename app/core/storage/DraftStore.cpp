#include "DraftStore.h"

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

void writeDraft(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        qCWarning(lcDraft) << "could not save the draft:" << file.errorString();
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
    if (draft.isEmpty()) {
        clear();
        return;
    }
    m_writer.start([path = m_path, contents = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)] {
        writeDraft(path, contents);
    });
}

void DraftStore::clear()
{
    m_writer.start([path = m_path] { QFile::remove(path); });
}

QFuture<FormDraft> DraftStore::load()
{
    // On the writer thread too, so that a load never sees half of a save.
    return QtConcurrent::run(&m_writer, readDraft, m_path);
}
