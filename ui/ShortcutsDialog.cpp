#include "ShortcutsDialog.h"
#include "ui_ShortcutsDialog.h"

#include "text/PersianText.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>

#include <algorithm>

namespace {

QString keysOf(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences)
        keys.append(PersianText::isolated(sequence.toString(QKeySequence::NativeText)));
    return QLocale().createSeparatedList(keys);
}

// Menu by menu, in the order the menus show them; submenus too.
void collectMenu(const QMenu *menu, QList<const QAction *> &actions)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), actions);
        else if (!actions.contains(action))
            actions.append(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    const QList<Entry> entries = entriesOf(window);
    m_ui->table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        auto *what = new QTableWidgetItem(entries.at(row).what);
        auto *keys = new QTableWidgetItem(entries.at(row).keys);
        // Read as the screen reader's row: "Save, Ctrl+S".
        keys->setData(Qt::AccessibleTextRole, PersianText::withoutDirectionMarks(entries.at(row).keys));
        m_ui->table->setItem(row, 0, what);
        m_ui->table->setItem(row, 1, keys);
    }
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->table->setFocus();
    showEveryRow();
}

// A list this short is read at a glance, not scrolled: the dialog grows by
// what its rows need beyond the table's room, as far as the screen allows.
void ShortcutsDialog::showEveryRow()
{
    layout()->activate(); // the table's room at the dialog's own size
    QTableWidget *table = m_ui->table;
    const int needed = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length()
        + 2 * table->frameWidth();
    if (const int more = needed - table->height(); more > 0)
        resize(width(), std::min(height() + more, screen()->availableGeometry().height() * 9 / 10));
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QWidget *window)
{
    QList<const QAction *> actions;
    if (const auto *menuBar = window->findChild<QMenuBar *>()) {
        for (const QAction *menu : menuBar->actions()) {
            if (menu->menu())
                collectMenu(menu->menu(), actions);
        }
    }
    // Actions outside the menus (a view's own) after them.
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    QList<Entry> entries;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || !action->isVisible())
            continue;
        entries.append({action->iconText(), keysOf(action->shortcuts())});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!shortcut->whatsThis().isEmpty() && shortcut->isEnabled())
            entries.append({shortcut->whatsThis(), keysOf(shortcut->keys())});
    }
    return entries;
}
