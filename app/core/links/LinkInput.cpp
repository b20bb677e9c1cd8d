#include "LinkInput.h"

#include "text/HiddenCharacters.h"
#include "text/PersianText.h"
#include "text/UrlInput.h"
#include "text/UrlText.h"

LinkInput::Result LinkInput::read(const FormDraft &form, bool normaliseLetters)
{
    Result result;
    LinkDraft draft;
    const auto letters = [normaliseLetters](const QString &text) {
        return normaliseLetters ? PersianText::normaliseLetters(text) : text;
    };
    draft.name = letters(form.name);
    if (draft.name.trimmed().isEmpty())
        result.errors.insert(QStringLiteral("name"), tr("Name is required."));
    else if (!HiddenCharacters::hasVisible(draft.name))
        result.errors.insert(QStringLiteral("name"), tr("The name has no visible characters."));
    draft.description = letters(form.description);

    QString error;
    if (const std::optional<qint64> portfolioId = PersianText::parseId(form.portfolio, &error))
        draft.portfolioId = *portfolioId;
    else
        result.errors.insert(QStringLiteral("portfolio"), error);

    if (!form.image.isEmpty())
        draft.imageId = PersianText::parseId(form.image);

    if (!form.url.trimmed().isEmpty()) {
        const UrlInput::Result url = UrlInput::fromUserInput(form.url);
        if (url.ok()) {
            draft.url = url.sent;
            result.urlDisplay = url.sent;
        } else {
            result.errors.insert(QStringLiteral("url"), url.error);
        }
    }
    if (result.errors.isEmpty())
        result.draft = draft;
    return result;
}

FormDraft LinkInput::formOf(const Link &link, qint64 portfolioId)
{
    FormDraft form;
    form.portfolio = QString::number(portfolioId);
    form.name = link.name;
    form.url = UrlText::readable(link.url.value_or(QString()));
    form.description = link.description.value_or(QString());
    form.image = link.image ? QString::number(link.image->id) : QString();
    form.linkId = QString::number(link.id);
    form.linkVersion = link.updatedAt.toString(Qt::ISODateWithMs);
    return form;
}
