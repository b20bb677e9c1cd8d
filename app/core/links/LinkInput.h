#pragma once

#include "api/LinkDraft.h"
#include "api/LinkPatch.h"
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

    // `nameLimit`: the most characters the server takes in a name, once known.
    static Result read(const FormDraft &form, bool normaliseLetters, std::optional<int> nameLimit = {});
    // The name's length as the server counts it: Unicode code points of the
    // text sent (letters normalised), without the whitespace DRF trims.
    static qsizetype nameLength(const QString &name, bool normaliseLetters);
    // What is wrong with the name's length; empty when it fits or no limit is known.
    static QString nameLengthProblem(const QString &name, bool normaliseLetters, std::optional<int> nameLimit);
    // The limit a server's refusal of a name states ("Ensure this field has
    // no more than 100 characters.", in any language and digits): the one
    // number in a message, when the name sent was longer than it.
    static std::optional<int> nameLimitFrom(const QStringList &messages, qsizetype sentLength);
    // A link as the form shows it, to edit: its URL readable (UrlText),
    // also when the server holds it in punycode.
    static FormDraft formOf(const Link &link, qint64 portfolioId);
    // An edit not yet sent, back in the form: the link as loaded with the
    // patch's fields over it, checked for conflicts against that version.
    static FormDraft formOf(const Link &loaded, const LinkPatch &patch);
    // A form as it will read once the patch is applied.
    static FormDraft withChanges(FormDraft form, const LinkPatch &patch);
};
