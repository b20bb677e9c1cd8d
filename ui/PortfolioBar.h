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
// (Down arrow), each with the user's name for it and its link count when
// last seen. Beside the number, the name the user gives the portfolio (the
// API has none).
class PortfolioBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int typingPauseMs = 500;

    explicit PortfolioBar(QWidget *parent = nullptr);
    ~PortfolioBar() override;

    QLineEdit *field() const;
    // After the number in the Tab order.
    QLineEdit *nameField() const;
    QString text() const;
    std::optional<qint64> portfolio() const;
    void setText(const QString &text);
    void setPortfolio(qint64 portfolioId);
    void setRecent(const QList<Settings::RecentPortfolio> &recent);
    // The user's name for the portfolio shown (empty: none yet).
    void setPortfolioName(const QString &name);
    QString portfolioName() const;
    // A problem with the number (empty message: none), beside the field.
    void showError(const QString &message);
    void setReadOnly(bool readOnly);

signals:
    // Any change of the text, typed or set.
    void textChanged(const QString &text);
    // The user picked a portfolio, or typing paused on a valid number.
    void portfolioChosen(qint64 portfolioId);
    // The user named (or renamed) the portfolio in the field; typing paused.
    void portfolioNamed(qint64 portfolioId, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCompleter *completer();
    void showRecent();
    void choosePortfolio();
    void commitName();

    std::unique_ptr<Ui::PortfolioBar> m_ui;
    QStandardItemModel *m_recent;
    QCompleter *m_completer = nullptr; // see completer()
    QTimer *m_typingPause;
    QTimer *m_namingPause;
};
