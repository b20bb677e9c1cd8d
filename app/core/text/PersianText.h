#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What Persian keyboards and pasted Arabic text produce, made into what the
// server and the comparisons expect: Persian and Arabic-Indic digits read as
// numbers, Arabic Yeh and Kaf folded into the Persian letters that look the
// same, and Latin fragments kept readable inside right-to-left text.
class PersianText
{
    Q_DECLARE_TR_FUNCTIONS(PersianText)
public:
    // A positive id typed with Persian, Arabic-Indic or ASCII digits (mixed
    // is fine). Returns nullopt and says why in *error (if given) otherwise.
    static std::optional<qint64> parseId(const QString &text, QString *error = nullptr);

    // An id or a portfolio number in the UI's digits, never grouped: "9999"
    // is a name of a thing, not an amount ("9,999").
    static QString id(qint64 number);

    // Persian and Arabic-Indic digits become ASCII; everything else is kept.
    static QString toAsciiDigits(const QString &text);

    // Arabic Yeh and Kaf become their Persian forms, and Alef Maksura at the
    // end of a word becomes Persian Yeh, so that "علي" and "علی" are one name.
    static QString normaliseLetters(const QString &text);

    // The form in which a search matches: letters normalised, digits ASCII,
    // case folded, and without ZWNJ, tatweel or short-vowel marks, which
    // people type inconsistently ("می‌خواهم" finds "میخواهم").
    static QString searchKey(const QString &text);

    // The direction of the first strong character, or LayoutDirectionAuto
    // when there is none (empty text, digits, punctuation).
    static Qt::LayoutDirection directionOf(const QString &text);

    // The text inside a left-to-right isolate, so that a URL or a Latin word
    // keeps its order when shown inside Persian text.
    static QString isolated(const QString &text);

    // The text inside a first-strong isolate: a name shown in its own
    // direction, so "طرح ۲.png" keeps its extension at its end in an English
    // line, and "logo.png" at its end in a Persian one.
    static QString inOwnDirection(const QString &text);

    // Every line starts with a mark of this direction, so that each reads in
    // the UI's direction whatever script its first word is in (Qt guesses a
    // paragraph's direction from its first strong character).
    static QString linesIn(Qt::LayoutDirection direction, const QString &text);

    // A file name in its own direction, with the run of Latin letters,
    // digits and the extension after its last Persian word kept together
    // left to right: «پروفایل کاربر 11.png» reads as a file manager shows
    // it, not as «png.11 پروفایل کاربر».
    static QString fileName(const QString &name);

    // Without the invisible direction marks and isolates added for display:
    // what a screen reader is given to say.
    static QString withoutDirectionMarks(const QString &text);
};
