#pragma once

#include <QObject>

// Shift+Space types the zero-width non-joiner (U+200C), as on the standard
// Persian keyboard layouts, in the text fields it is installed on: "می‌خواهم"
// needs it between "می" and "خواهم", and many layouts in use lack the key.
class ZwnjTyping : public QObject
{
    Q_OBJECT
public:
    static void install(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
