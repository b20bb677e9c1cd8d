#include "ProfileBand.h"

#include "session/Profile.h"
#include "text/PersianText.h"

ProfileBand::ProfileBand(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("profileBand"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(3);
    // Amber with near-black text: legible (contrast above 10:1) in light and dark themes alike.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xc1, 0x07));
    colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(colours);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide();
}

void ProfileBand::showProfile(const std::optional<Profile> &profile)
{
    if (!profile || profile->isProduction()) {
        hide();
        return;
    }
    setText(tr("Not production: you are working on “%1” (%2).")
                .arg(PersianText::inOwnDirection(profile->name()), PersianText::isolated(Profile::nameFor(profile->server()))));
    setAccessibleName(PersianText::withoutDirectionMarks(text()));
    show();
}
