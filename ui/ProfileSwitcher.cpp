#include "ProfileSwitcher.h"

#include "MeasuredLabel.h"
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
    m_box->setMinimumContentsLength(12);
    auto *label = new MeasuredLabel(tr("Ser&ver"), this);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(m_box);
    m_box->setAccessibleName(tr("Server profile"));
    m_box->setPlaceholderText(tr("No server set"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_box);
    connect(m_box, &QComboBox::activated, this, [this](int index) {
        const QString id = m_box->itemData(index).toString();
        if (!id.isEmpty() && id != m_currentId)
            emit profileChosen(id);
    });
}

void ProfileSwitcher::followEntries()
{
    // AdjustToContents builds the popup at once; the first frame does not need
    // it: until then the default policy measures the entries on the first show.
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void ProfileSwitcher::setProfiles(const Profiles &profiles, const QString &currentId, const QUrl &server)
{
    m_currentId = currentId;
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const Profile &profile : profiles.all())
        m_box->addItem(profile.name(), profile.id());
    int current = m_box->findData(currentId);
    if (current < 0 && server.isValid()) {
        // No isolating marks: a screen reader reads what the box says. An
        // address starts with a strong or numeric run, which keeps its order.
        m_box->insertItem(0, tr("%1 (this run only)").arg(server.authority()));
        current = 0;
    }
    m_box->setCurrentIndex(current);
    // With nothing to switch to yet it stays enabled, so that it does not
    // look broken, and says where more servers come from.
    m_box->setEnabled(m_box->count() > 0);
    const int others = m_box->count() - (current >= 0 ? 1 : 0);
    m_box->setToolTip(others > 0 ? QString()
                                 : tr("Add servers in Settings › Connection settings to switch between them here."));
    m_box->setAccessibleDescription(m_box->toolTip());
}
