#include "LinkImport.h"

#include "LinkInput.h"
#include "text/PersianText.h"
#include "text/SpreadsheetCell.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace {

// RFC 4180 records: fields separated by commas, quoted fields may hold
// commas, quotes (doubled) and line breaks; CRLF or LF ends a record.
// Spreadsheets where the decimal mark is a comma save CSV with semicolons
// (and some with tabs): the header line says which, as the one it uses most.
QChar separatorOf(const QString &text)
{
    const QString header = text.left(text.indexOf(u'\n'));
    QChar separator = u',';
    for (const QChar candidate : {u';', u'\t'}) {
        if (header.count(candidate) > header.count(separator))
            separator = candidate;
    }
    return separator;
}

QList<QStringList> csvRecords(const QString &text, QChar separator, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty())
                records << (record << field);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false;
    else if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

QString LinkImport::duplicateKey(const QString &name, const QString &url)
{
    return PersianText::normaliseLetters(name).trimmed() + u'\n' + url.trimmed();
}

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return LinkImport::tr("true or false");
    case QJsonValue::Double:
        return LinkImport::tr("a number");
    case QJsonValue::Array:
        return LinkImport::tr("a list");
    case QJsonValue::Object:
        return LinkImport::tr("an object");
    default:
        return LinkImport::tr("text");
    }
}

} // namespace

std::optional<FormDraft> LinkImport::formOf(const QJsonObject &object, QString *problem)
{
    FormDraft form;
    const std::pair<const char16_t *, QString *> texts[] = {
        {u"name", &form.name}, {u"url", &form.url}, {u"description", &form.description}};
    for (const auto &[key, field] : texts) {
        const QJsonValue value = object.value(key);
        if (!value.isString() && !value.isNull() && !value.isUndefined()) {
            *problem = tr("“%1” must be text, not %2.").arg(QString::fromUtf16(key), typeOf(value));
            return std::nullopt;
        }
        *field = value.toString();
    }
    QJsonValue image = object.value(u"image");
    if (image.isNull() || image.isUndefined())
        image = object.value(u"image_data").toObject().value(u"id");
    else if (image.isObject()) // as an image's own JSON ("image_data")
        image = image.toObject().value(u"id");
    if (image.isString()) {
        form.image = image.toString();
    } else if (image.isDouble() && image.toDouble() == double(image.toInteger())) {
        form.image = QString::number(image.toInteger());
    } else if (!image.isNull() && !image.isUndefined()) {
        *problem = tr("“image” must be an image's number, not %1.")
                       .arg(image.isDouble() ? QString::number(image.toDouble()) : typeOf(image));
        return std::nullopt;
    }
    return form;
}

QList<LinkImport::Row> LinkImport::read(const QByteArray &data, QString *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (utf8.hasError()) {
        *error = tr("The file is not UTF-8 text.");
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString start = text.trimmed();
    if (start.startsWith(u'[') || start.startsWith(u'{'))
        return readJson(data, error);
    return readCsv(text, error);
}

QList<LinkImport::Row> LinkImport::readJson(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QByteArray withoutBom = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON: %1 (at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    const QJsonArray array = document.isArray() ? document.array() : QJsonArray{document.object()};
    QList<Row> rows;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("Entry %1 of the file is not a JSON object.").arg(i + 1);
            return {};
        }
        QString problem;
        const std::optional<FormDraft> form = formOf(array.at(i).toObject(), &problem);
        if (!form) {
            *error = tr("Entry %1 of the file: %2").arg(i + 1).arg(problem);
            return {};
        }
        rows.append({int(i + 1), *form});
    }
    return rows;
}

QList<LinkImport::Row> LinkImport::readCsv(const QString &text, QString *error)
{
    bool ok = false;
    const QList<QStringList> records = csvRecords(text, separatorOf(text), &ok);
    if (!ok) {
        *error = tr("The CSV file ends inside a quoted field.");
        return {};
    }
    // Headers as people type them: "Name", "URL ".
    QStringList header = records.value(0);
    for (QString &column : header)
        column = column.trimmed().toLower();
    if (!header.contains(QStringLiteral("name"))) {
        *error = tr("The CSV file has no header row with a \"name\" column.");
        return {};
    }
    QList<Row> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        QJsonObject object;
        for (qsizetype c = 0; c < header.size() && c < records.at(r).size(); ++c)
            object.insert(header.at(c), SpreadsheetCell::unguarded(records.at(r).at(c)));
        QString unexpected; // never: every CSV value is text
        rows.append({int(r), formOf(object, &unexpected).value_or(FormDraft())});
    }
    return rows;
}

LinkImport::Plan LinkImport::plan(const QList<Row> &rows, const QList<Link> &existing, qint64 portfolioId, bool normaliseLetters,
                                  std::optional<int> nameLimit)
{
    QHash<QString, qint64> onServer;
    for (const Link &link : existing) {
        const QJsonObject sent = LinkDraft::fromLink(link, portfolioId).toJson();
        onServer.insert(duplicateKey(sent.value(u"name").toString(), sent.value(u"url").toString()), link.id);
    }
    QHash<QString, int> inFile;
    Plan plan;
    for (const Row &row : rows) {
        FormDraft form = row.form;
        form.portfolio = QString::number(portfolioId);
        const LinkInput::Result input = LinkInput::read(form, normaliseLetters, nameLimit);
        for (auto it = input.errors.cbegin(); it != input.errors.cend(); ++it)
            plan.problems.append({row.number, it.key(), it.value()});
        QString imageError;
        if (!form.image.isEmpty() && !PersianText::parseId(form.image, &imageError))
            plan.problems.append({row.number, QStringLiteral("image"), imageError});
        if (!input.draft || !imageError.isEmpty())
            continue;
        const QJsonObject sent = input.draft->toJson();
        const QString key = duplicateKey(sent.value(u"name").toString(), sent.value(u"url").toString());
        if (const auto found = onServer.constFind(key); found != onServer.cend())
            plan.duplicates.append({row.number, *found, 0});
        else if (const auto earlier = inFile.constFind(key); earlier != inFile.cend())
            plan.duplicates.append({row.number, 0, *earlier});
        else {
            inFile.insert(key, row.number);
            plan.toCreate.append({row.number, *input.draft});
        }
    }
    return plan;
}
