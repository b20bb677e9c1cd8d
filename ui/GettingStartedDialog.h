#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class GettingStartedDialog;
}

// Help → Getting started: the README's "Choosing the image" and "Your work
// and your token", translated, for someone who never opens the README.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
    ~GettingStartedDialog() override;

private:
    std::unique_ptr<Ui::GettingStartedDialog> m_ui;
};
