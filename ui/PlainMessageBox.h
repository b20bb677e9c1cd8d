#pragma once

#include <QMessageBox>

// A message box whose texts are always plain, and said without direction
// marks: its questions quote names and messages from the server. QMessageBox::setTextFormat() reaches the main
// text only; Qt 6.4 shows the informative text as AutoText, with links
// that open outside the app, so "<img src=…>" in a link's name would be
// loaded and "<a href=file:…>" followed.
class PlainMessageBox : public QMessageBox
{
    Q_OBJECT
public:
    PlainMessageBox(Icon icon, const QString &title, const QString &text, StandardButtons buttons,
                    QWidget *parent = nullptr);

    void setPlainInformativeText(const QString &text);

private:
    void sayWithoutDirectionMarks(const QString &labelName, const QString &text);
};
