#include "LinkFields.h"

#include <algorithm>
#include <iterator>

namespace {

struct FormField
{
    QLatin1StringView key;
    const char *label;
};
constexpr FormField formFields[] = {
    {QLatin1StringView("name"), QT_TRANSLATE_NOOP("LinkFields", "Name")},
    {QLatin1StringView("url"), QT_TRANSLATE_NOOP("LinkFields", "URL")},
    {QLatin1StringView("description"), QT_TRANSLATE_NOOP("LinkFields", "Description")},
    {QLatin1StringView("image"), QT_TRANSLATE_NOOP("LinkFields", "Image")},
};

const FormField *formField(const QString &key)
{
    const auto found = std::find_if(std::begin(formFields), std::end(formFields),
                                    [&key](const FormField &field) { return field.key == key; });
    return found == std::end(formFields) ? nullptr : found;
}

qsizetype placeInForm(const QString &key)
{
    const FormField *field = formField(key);
    return field ? field - std::begin(formFields) : std::ssize(formFields);
}

} // namespace

QString LinkFields::label(const QString &key)
{
    const FormField *field = formField(key);
    return field ? tr(field->label) : key;
}

QStringList LinkFields::inFormOrder(QStringList keys)
{
    std::stable_sort(keys.begin(), keys.end(),
                     [](const QString &a, const QString &b) { return placeInForm(a) < placeInForm(b); });
    return keys;
}
