#pragma once

#include <QLabel>

#include <optional>

class Profile;

// A strip across the window while a profile other than production is in
// use: coloured, and saying in words which one, so that nobody mistakes
// staging for the real portfolio, or the other way round. Hidden for
// production.
class ProfileBand : public QLabel
{
    Q_OBJECT
public:
    explicit ProfileBand(QWidget *parent = nullptr);

    void showProfile(const std::optional<Profile> &profile);
};
