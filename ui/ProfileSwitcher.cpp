#include "ProfileSwitcher.h"

#include "session/Profiles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_box(new QComboBox(this))
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_box->setObjectName(QStringLiteral("profileBox"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setMinimumContentsLength(12);
    auto *label = new QLabel(tr("Ser&ver:"), this);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(m_box);
    m_box->setAccessibleName(tr("Server profile"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_box);
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        const QString id = m_box->itemData(index).toString();
        if (id != m_currentId)
            emit profileChosen(id);
    });
}

void ProfileSwitcher::setProfiles(const Profiles &profiles, const QString &currentId)
{
    m_currentId = currentId;
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const Profile &profile : profiles.all())
        m_box->addItem(profile.name(), profile.id());
    m_box->setCurrentIndex(m_box->findData(currentId));
    // Nothing to switch between: still shown, so that the place is known.
    m_box->setEnabled(m_box->count() > 1);
}
