#pragma once

#include <QWidget>

class Profiles;
class QComboBox;
class QUrl;

// The toolbar's Server drop-down: the profiles by name, the one in use
// chosen. A server given for one run (--server) that no profile holds is
// named first, so that the drop-down never hides which server is in use.
// A choice is only announced; the window decides whether to switch.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    // From now on as wide as its longest entry, after every change.
    void followEntries();

    void setProfiles(const Profiles &profiles, const QString &currentId, const QUrl &server);
    QComboBox *box() const { return m_box; }

signals:
    void profileChosen(const QString &id);

private:
    QComboBox *m_box;
    QString m_currentId;
};
