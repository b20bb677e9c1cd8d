#pragma once

#include "api/LinkDraft.h"
#include "model/Link.h"
#include "storage/FormDraft.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

// The form's rules, without the form: turns what was typed into what is
// sent (letters normalised, numbers in any digits read, the URL checked and
// encoded), or into a translated message per field that is wrong.
class LinkInput
{
    Q_DECLARE_TR_FUNCTIONS(LinkInput)
public:
    struct Result
    {
        std::optional<LinkDraft> draft;
        QMap<QString, QString> errors; // "portfolio", "name", "url" -> message
        QString urlDisplay;            // the URL as the form should show it; empty if none
    };

    static Result read(const FormDraft &form, bool normaliseLetters);
    // A link as the form shows it, to edit: its URL readable (UrlText),
    // also when the server holds it in punycode.
    static FormDraft formOf(const Link &link, qint64 portfolioId);
};
