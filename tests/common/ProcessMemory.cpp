#include "ProcessMemory.h"

#include <QCoreApplication>
#include <QFile>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {
qint64 statusField(qint64 pid, const QByteArray &field)
{
    QFile status(pid ? u"/proc/%1/status"_s.arg(pid) : u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // readAll(): a file of /proc has no size, so atEnd() would be true at once.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}
} // namespace

QString ProcessMemory::loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

qint64 ProcessMemory::rssBytes(qint64 pid)
{
    return statusField(pid, "VmRSS");
}

qint64 ProcessMemory::peakRssBytes(qint64 pid)
{
    return statusField(pid, "VmHWM");
}

bool ProcessMemory::resetPeakRss()
{
    // "5" is the kernel's word for it (proc(5), /proc/pid/clear_refs).
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

qint64 ProcessMemory::heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

void ProcessMemory::settleHeap()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0);
}
