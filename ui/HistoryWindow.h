#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryWindow;
}
class HistoryModel;
class OutboxService;
class QTimer;

// View → History: every change made through the app, newest first,
// filtered by server, portfolio and text (Persian letters and digits
// normalised, read on a worker thread once the window is painted). Export
// writes a CSV that a spreadsheet opens with Persian intact. Restore
// creates a deleted link again, with a new number, through the outbox.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    // `profileKey`: the connected profile's (Outbox::profileKey), offered as the first filter.
    HistoryWindow(OutboxService *service, const QString &profileKey, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // Reads the history again with the current filters.
    void reload();

signals:
    // A read finished and the table shows it.
    void loaded();

private:
    void exportCsv();
    void restore();
    void updateButtons();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    OutboxService *m_service;
    HistoryModel *m_model;
    QTimer *m_typingPause;
    int m_generation = 0; // answers to an earlier filter are not shown
};
