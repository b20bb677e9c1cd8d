#pragma once

#include <QString>

// What the machine and this process use, read from /proc and glibc.
namespace ProcessMemory {

// The first three fields of /proc/loadavg: the machine's load while the figures were taken.
QString loadAverage();
// Resident set size now, and its peak (VmHWM), of this process or of another one.
qint64 rssBytes(qint64 pid = 0);
qint64 peakRssBytes(qint64 pid = 0);
// Starts this process's peak (VmHWM) again from its resident set size now,
// so that a peak read later belongs to what ran since. False where the
// kernel does not allow it.
bool resetPeakRss();
// Bytes the allocator has handed out and not had back: the main arena plus mmapped blocks.
qint64 heapBytes();
// Deleted objects gone and free memory given back, before a heap figure is read.
void settleHeap();

} // namespace ProcessMemory
