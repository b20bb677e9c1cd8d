#pragma once

#include "store/OutboxItem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OutboxWindow;
}
class OutboxModel;
class OutboxService;

// View → Outbox: the changes not yet on the server, every profile's, with
// their state, attempts, last error and next retry. Retry now sends the
// chosen one at once (also one that needs attention, after the user fixed
// what the server refused), Open puts it in the editor, Discard drops it
// after asking. Not modal: it stays open beside the work.
class OutboxWindow : public QDialog
{
    Q_OBJECT
public:
    OutboxWindow(OutboxService *service, QWidget *parent = nullptr);
    ~OutboxWindow() override;

    void select(qint64 itemId);

signals:
    // The user wants this change in the editor.
    void openRequested(const OutboxItem &item);

private:
    std::optional<OutboxItem> current() const;
    void updateButtons();
    void discard();

    std::unique_ptr<Ui::OutboxWindow> m_ui;
    OutboxService *m_service;
    OutboxModel *m_model;
};
