#pragma once

#include <QCoreApplication>
#include <QString>

// Why an answer could not be read as the value the contract promises: where
// (a JSON path such as "image_data.thumbnails[2].f") and what was wrong.
class ParseError
{
    Q_DECLARE_TR_FUNCTIONS(ParseError)
public:
    enum class Problem { NotJson, Missing, WrongType, InvalidValue };

    ParseError() = default;
    ParseError(Problem problem, QString path, QString expected = {});

    Problem problem() const { return m_problem; }
    QString path() const { return m_path; }
    QString expected() const { return m_expected; }
    QString toString() const;

private:
    Problem m_problem = Problem::NotJson;
    QString m_path;
    QString m_expected;
};
