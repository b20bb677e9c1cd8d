#pragma once

#include <QObject>

class QLineEdit;

// Keeps a single-line field aligned by its text's first strong character,
// whatever the UI language: a Persian name right-aligned in an English UI,
// an English one left-aligned in a Persian UI. An empty field follows the
// keyboard's direction, so the caret starts where typing will go.
class ContentDirection : public QObject
{
    Q_OBJECT
public:
    static void follow(QLineEdit *field);

private:
    explicit ContentDirection(QLineEdit *field);
    void realign();

    QLineEdit *m_field;
};
