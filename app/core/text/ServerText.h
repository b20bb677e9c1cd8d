#pragma once

#include <QString>

// Text that came from a server or a file, made safe to show. Every place
// that shows such text goes through here, and shows it in a plain-text
// widget: Qt renders anything that looks like HTML as rich text (labels,
// tool tips, message boxes), and "<img src=/dev/zero>" then reads a local
// file on the GUI thread.
class ServerText
{
public:
    // Laying out megabytes of wrapped text freezes the window for seconds:
    // a value this long is not one a person reads anyway.
    static constexpr qsizetype maxShownLength = 2000;

    // Without the server's direction embeddings, overrides and isolates (the
    // app adds its own isolates around what it shows), other control
    // characters replaced by U+FFFD, and cut to maxShownLength.
    static QString shown(const QString &text);

    // For a tool tip, which Qt takes as rich text when it looks like HTML:
    // shown(), escaped, line breaks kept.
    static QString toolTip(const QString &text);
};
