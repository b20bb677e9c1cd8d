#pragma once

class QNetworkAccessManager;
class QObject;

namespace NetworkSetup {

// The application's two managers. Each has its own connections (Qt opens at
// most six per host and manager), so downloads of slow media, even from the
// API's own host, never hold a connection an API call is waiting for.
struct Managers
{
    QNetworkAccessManager *api = nullptr; // no cache: API answers are live data
    QNetworkAccessManager *media = nullptr; // public files, through the disk cache
};

// Both with the system's proxy settings; the media manager with a disk cache
// under the cache location, so media seen once is not fetched again.
Managers createManagers(QObject *parent);

} // namespace NetworkSetup
