#pragma once

#include "storage/Settings.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PortfolioBar;
}
class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

// The portfolio the workspace shows, above the list and the editor: typed
// as a number in any digits, or picked from the portfolios used lately
// (Down arrow), each with its link count when last seen.
class PortfolioBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int typingPauseMs = 500;

    explicit PortfolioBar(QWidget *parent = nullptr);
    ~PortfolioBar() override;

    QLineEdit *field() const;
    QString text() const;
    std::optional<qint64> portfolio() const;
    void setText(const QString &text);
    void setPortfolio(qint64 portfolioId);
    void setRecent(const QList<Settings::RecentPortfolio> &recent);
    // A problem with the number (empty message: none), beside the field.
    void showError(const QString &message);
    void setReadOnly(bool readOnly);

signals:
    // Any change of the text, typed or set.
    void textChanged(const QString &text);
    // The user picked a portfolio, or typing paused on a valid number.
    void portfolioChosen(qint64 portfolioId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRecent();

    std::unique_ptr<Ui::PortfolioBar> m_ui;
    QStandardItemModel *m_recent;
    QCompleter *m_completer;
    QTimer *m_typingPause;
};
