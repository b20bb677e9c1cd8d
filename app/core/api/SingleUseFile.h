#pragma once

#include <QFile>

// A file sent as an upload's body: it cannot be rewound once reading began.
// Qt 6.4 sends a request again by itself when its connection drops before
// the answer, rewinding the body to do so; the server may have stored the
// first copy already. Refused, that re-send becomes an error (as with
// SingleUseBody), and one upload is one image on the server.
class SingleUseFile : public QFile
{
public:
    using QFile::QFile;

    bool reset() override { return pos() == 0 && QFile::reset(); }
};
