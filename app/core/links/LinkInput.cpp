#include "LinkInput.h"

#include "text/HiddenCharacters.h"
#include "text/PersianText.h"
#include "text/UrlInput.h"
#include "text/UrlText.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString lettersOf(const QString &text, bool normaliseLetters)
{
    return normaliseLetters ? PersianText::normaliseLetters(text) : text;
}

} // namespace

qsizetype LinkInput::nameLength(const QString &name, bool normaliseLetters)
{
    return lettersOf(name, normaliseLetters).trimmed().toUcs4().size();
}

QString LinkInput::nameLengthProblem(const QString &name, bool normaliseLetters, std::optional<int> nameLimit)
{
    const qsizetype length = nameLength(name, normaliseLetters);
    if (!nameLimit || length <= *nameLimit)
        return {};
    const QLocale locale;
    return tr("The name is %1 characters long; the server accepts at most %2.")
        .arg(locale.toString(length), locale.toString(*nameLimit));
}

std::optional<int> LinkInput::nameLimitFrom(const QStringList &messages, qsizetype sentLength)
{
    static const QRegularExpression number(QStringLiteral("[0-9]+"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    for (const QString &message : messages) {
        // A sentence that states a number, not a bare value a server put in the field's place.
        if (!message.contains(letter))
            continue;
        QRegularExpressionMatchIterator numbers = number.globalMatch(PersianText::toAsciiDigits(message));
        if (!numbers.hasNext())
            continue;
        bool ok = false;
        const int limit = numbers.next().captured().toInt(&ok);
        // A message with several numbers is about something else.
        if (ok && !numbers.hasNext() && limit > 0 && sentLength > limit)
            return limit;
    }
    return std::nullopt;
}

LinkInput::Result LinkInput::read(const FormDraft &form, bool normaliseLetters, std::optional<int> nameLimit)
{
    Result result;
    LinkDraft draft;
    draft.name = lettersOf(form.name, normaliseLetters);
    if (draft.name.trimmed().isEmpty())
        result.errors.insert(QStringLiteral("name"), tr("Name is required."));
    else if (!HiddenCharacters::hasVisible(draft.name))
        result.errors.insert(QStringLiteral("name"), tr("The name has no visible characters."));
    else if (const QString tooLong = nameLengthProblem(form.name, normaliseLetters, nameLimit); !tooLong.isEmpty())
        result.errors.insert(QStringLiteral("name"), tooLong);
    draft.description = lettersOf(form.description, normaliseLetters);

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

FormDraft LinkInput::formOf(const Link &loaded, const LinkPatch &patch)
{
    return withChanges(formOf(loaded, patch.portfolioId()), patch);
}

FormDraft LinkInput::withChanges(FormDraft form, const LinkPatch &patch)
{
    const QJsonObject changes = patch.toJson();
    const auto text = [&changes](const char *field, QString *shown) {
        const QString key = QLatin1String(field);
        if (changes.contains(key))
            *shown = changes.value(key).toString(); // null (cleared) reads as empty
    };
    text("name", &form.name);
    text("description", &form.description);
    if (changes.contains(QLatin1String("url")))
        form.url = UrlText::readable(changes.value(QLatin1String("url")).toString());
    if (changes.contains(QLatin1String("image"))) {
        const QJsonValue image = changes.value(QLatin1String("image"));
        form.image = image.isNull() ? QString() : QString::number(image.toInteger());
    }
    return form;
}
