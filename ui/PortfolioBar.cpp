#include "PortfolioBar.h"
#include "ui_PortfolioBar.h"

#include "BuddyNames.h"
#include "text/PersianText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace {
constexpr int numberRole = Qt::UserRole + 1; // what the field takes from a row
} // namespace

PortfolioBar::PortfolioBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PortfolioBar>())
    , m_recent(new QStandardItemModel(this))
    , m_typingPause(new QTimer(this))
    , m_namingPause(new QTimer(this))
{
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    QPalette palette = m_ui->portfolioError->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->portfolioError->setPalette(palette);
    m_ui->portfolioError->hide();
    m_ui->portfolioEdit->installEventFilter(this);
    connect(m_ui->recentButton, &QToolButton::clicked, this, &PortfolioBar::showRecent);
    connect(m_ui->portfolioEdit, &QLineEdit::textChanged, this, &PortfolioBar::textChanged);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_ui->portfolioEdit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_ui->portfolioEdit, &QLineEdit::returnPressed, m_typingPause, [this] { m_typingPause->start(0); });
    connect(m_typingPause, &QTimer::timeout, this, &PortfolioBar::choosePortfolio);
    m_ui->recentButton->setEnabled(false);

    m_ui->portfolioNameEdit->setMaxLength(Settings::portfolioNameMaxLength);
    m_namingPause->setSingleShot(true);
    m_namingPause->setInterval(typingPauseMs);
    connect(m_ui->portfolioNameEdit, &QLineEdit::textEdited, m_namingPause, qOverload<>(&QTimer::start));
    // Leaving the field or Enter keeps the name at once, not after the pause.
    connect(m_ui->portfolioNameEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_namingPause->isActive())
            commitName();
    });
    connect(m_namingPause, &QTimer::timeout, this, &PortfolioBar::commitName);
    // A name belongs to a number: while the number is being changed, the
    // old name would be given to the new one.
    connect(m_ui->portfolioEdit, &QLineEdit::textChanged, this, [this] {
        m_namingPause->stop();
        m_ui->portfolioNameEdit->setEnabled(portfolio().has_value() && !m_ui->portfolioEdit->isReadOnly());
    });
    m_ui->portfolioNameEdit->setEnabled(false);
}

PortfolioBar::~PortfolioBar() = default;

QLineEdit *PortfolioBar::field() const
{
    return m_ui->portfolioEdit;
}

QLineEdit *PortfolioBar::nameField() const
{
    return m_ui->portfolioNameEdit;
}

QString PortfolioBar::text() const
{
    return m_ui->portfolioEdit->text();
}

std::optional<qint64> PortfolioBar::portfolio() const
{
    return PersianText::parseId(text());
}

void PortfolioBar::setText(const QString &text)
{
    // A number comes back in the UI's digits (a draft may hold "1" typed on
    // an English layout); anything else exactly as it was typed.
    const std::optional<qint64> number = PersianText::parseId(text);
    const QString shown = number ? PersianText::id(*number) : text;
    if (shown != m_ui->portfolioEdit->text())
        m_ui->portfolioEdit->setText(shown);
}

void PortfolioBar::setPortfolio(qint64 portfolioId)
{
    if (portfolio() != portfolioId)
        setText(PersianText::id(portfolioId));
}

void PortfolioBar::setRecent(const QList<Settings::RecentPortfolio> &recent)
{
    m_recent->clear();
    for (const Settings::RecentPortfolio &entry : recent) {
        const QString number = PersianText::id(entry.id);
        const QString named = entry.name.isEmpty()
                                  ? number
                                  : tr("%1 (%2)").arg(PersianText::inOwnDirection(entry.name), number);
        auto *item = new QStandardItem(entry.linkCount < 0
                                           ? named
                                           : tr("%1 — %Ln link(s)", nullptr, int(entry.linkCount)).arg(named));
        item->setData(QString::number(entry.id), numberRole);
        item->setEditable(false);
        m_recent->appendRow(item);
    }
    m_ui->recentButton->setEnabled(!recent.isEmpty());
}

void PortfolioBar::setPortfolioName(const QString &name)
{
    m_namingPause->stop();
    if (name != m_ui->portfolioNameEdit->text())
        m_ui->portfolioNameEdit->setText(name);
}

QString PortfolioBar::portfolioName() const
{
    return m_ui->portfolioNameEdit->text().simplified();
}

void PortfolioBar::choosePortfolio()
{
    m_typingPause->stop();
    if (const std::optional<qint64> id = portfolio())
        emit portfolioChosen(*id);
}

void PortfolioBar::commitName()
{
    m_namingPause->stop();
    if (const std::optional<qint64> id = portfolio())
        emit portfolioNamed(*id, portfolioName());
}

QCompleter *PortfolioBar::completer()
{
    // Built when first needed, a key in the field or the recent button, not
    // before the first frame, which shows no list (0.7 M instructions).
    if (m_completer)
        return m_completer;
    m_completer = new QCompleter(m_recent, this);
    // The list shows "3 — 15 links"; what goes into the field is "3".
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(numberRole);
    m_ui->portfolioEdit->setCompleter(m_completer);
    // This bar's filter first again, before the completer's, which keeps the
    // focus-out that chooses the portfolio from it while its list is open.
    m_ui->portfolioEdit->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        m_typingPause->stop();
        emit portfolioChosen(index.data(numberRole).toLongLong());
    });
    return m_completer;
}

void PortfolioBar::showRecent()
{
    if (m_recent->rowCount() == 0)
        return;
    m_ui->portfolioEdit->setFocus(Qt::PopupFocusReason);
    completer()->setCompletionPrefix(QString());
    m_completer->complete();
}

void PortfolioBar::showError(const QString &message)
{
    m_ui->portfolioError->setText(message);
    m_ui->portfolioError->setVisible(!message.isEmpty());
    m_ui->portfolioEdit->setAccessibleDescription(message);
}

void PortfolioBar::setReadOnly(bool readOnly)
{
    m_ui->portfolioEdit->setReadOnly(readOnly);
    m_ui->portfolioNameEdit->setEnabled(!readOnly && portfolio().has_value());
    m_ui->recentButton->setEnabled(!readOnly && m_recent->rowCount() > 0);
}

bool PortfolioBar::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the field (Tab to the link's fields) chooses at once: the
    // pause would otherwise end while the link is being written or sent.
    // (QLineEdit's editingFinished does not come on every focus out.)
    if (watched == m_ui->portfolioEdit && event->type() == QEvent::FocusOut && m_typingPause->isActive())
        choosePortfolio();
    if (watched == m_ui->portfolioEdit && (event->type() == QEvent::KeyPress || event->type() == QEvent::InputMethod)) {
        // Before the field takes the key or the text: the completer sees what is typed.
        const QCompleter *recent = completer();
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
            && !recent->popup()->isVisible()) {
            showRecent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
