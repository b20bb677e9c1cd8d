#pragma once

#include "api/LinkDraft.h"
#include "model/Link.h"
#include "storage/FormDraft.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

// Links read from a file and checked before any is sent: by the form's rules
// (LinkInput), and against the links the portfolio already has. A link with
// the same name and URL as one on the server, or as an earlier row of the
// file, is a duplicate: skipped and reported, so that an import run twice
// creates nothing the second time. No network here: the caller pages the
// portfolio's links and sends the plan's drafts one by one.
class LinkImport
{
    Q_DECLARE_TR_FUNCTIONS(LinkImport)
public:
    // One link as the file has it; `number` counts records from 1 (CSV: the
    // header is not one).
    struct Row
    {
        int number = 0;
        FormDraft form;
    };
    struct Problem
    {
        int row = 0;
        QString field; // API field name; empty for the row as a whole
        QString message;
    };
    struct Duplicate
    {
        int row = 0;
        qint64 existingId = 0; // 0: the same as an earlier row of the file
        int earlierRow = 0;
    };
    struct Entry
    {
        int row = 0;
        LinkDraft draft;
    };
    struct Plan
    {
        QList<Entry> toCreate;
        QList<Duplicate> duplicates;
        QList<Problem> problems; // when not empty, nothing should be sent
    };

    // A JSON array of link objects (or one object), as the API and an export
    // write them, or CSV (RFC 4180, UTF-8 with or without BOM; separated by
    // commas, or by semicolons or tabs as some spreadsheets save it) with a
    // header row naming the API's fields in any case (name required; url, description, image;
    // others such as id are ignored); a cell export guarded against
    // spreadsheet formulas is read as the text it guarded. Empty with *error set when unreadable.
    static QList<Row> read(const QByteArray &data, QString *error);
    // An API object's fields as form text: `image` as an id (or an image's
    // object), or the id of `image_data` as the API answers it. A field of
    // another type (a number for a name, true for an image) is not taken as
    // missing: nullopt, with *problem saying which.
    static std::optional<FormDraft> formOf(const QJsonObject &object, QString *problem);
    // `nameLimit`: the server's longest name, once learnt (Settings::nameLimit).
    static Plan plan(const QList<Row> &rows, const QList<Link> &existing, qint64 portfolioId, bool normaliseLetters,
                     std::optional<int> nameLimit = std::nullopt);
    // What makes two links the same: their trimmed name, letters normalised,
    // and their URL as stored.
    static QString duplicateKey(const QString &name, const QString &url);

private:
    static QList<Row> readJson(const QByteArray &data, QString *error);
    static QList<Row> readCsv(const QString &text, QString *error);
};
