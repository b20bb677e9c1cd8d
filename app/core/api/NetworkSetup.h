#pragma once

class QNetworkAccessManager;
class QObject;

namespace NetworkSetup {

// The application's one QNetworkAccessManager: system proxy settings and a
// disk cache under the cache location, so media seen once is not fetched again.
QNetworkAccessManager *createNetworkAccessManager(QObject *parent);

} // namespace NetworkSetup
