#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

// Help → Keyboard shortcuts: the shortcuts a window really has, read from
// its actions (menu by menu) and from its QShortcuts that describe
// themselves (whatsThis), so that the list cannot drift from the keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    // What the dialog lists: a description and the keys, as shown.
    struct Entry
    {
        QString what;
        QString keys;
    };
    static QList<Entry> entriesOf(const QWidget *window);

private:
    void showEveryRow();

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
