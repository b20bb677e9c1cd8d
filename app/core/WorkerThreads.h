#pragma once

class QThreadPool;

// The threads that take work off the GUI thread (decoding images, reading
// the history, checking files): QtConcurrent::run(WorkerThreads::pool(), …),
// never Qt's global pool. Qt 6.4's raster engine hands a long translucent
// line or fill to the global pool and waits for it on the GUI thread (Fusion
// draws its header sections so, into pixmaps of its own); queued there
// behind a screenful of thumbnails being decoded, a paint would wait for
// them.
namespace WorkerThreads {

QThreadPool *pool();

} // namespace WorkerThreads
