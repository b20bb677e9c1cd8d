#pragma once

#include <QWidget>

class Profiles;
class QComboBox;

// The toolbar's Server drop-down: the profiles by name, the one in use
// chosen. A choice is only announced; the window decides whether to switch.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    void setProfiles(const Profiles &profiles, const QString &currentId);
    QComboBox *box() const { return m_box; }

signals:
    void profileChosen(const QString &id);

private:
    QComboBox *m_box;
    QString m_currentId;
};
