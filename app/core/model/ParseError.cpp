#include "ParseError.h"

#include "text/PersianText.h"

#include <utility>

ParseError::ParseError(Problem problem, QString path, QString expected)
    : m_problem(problem)
    , m_path(std::move(path))
    , m_expected(std::move(expected))
{
}

QString ParseError::toString() const
{
    switch (m_problem) {
    case Problem::NotJson:
        return tr("The answer is not valid JSON (%1).").arg(PersianText::isolated(m_expected));
    case Problem::Missing:
        return tr("The field “%1” is missing.").arg(PersianText::isolated(m_path));
    case Problem::WrongType:
        return tr("The field “%1” should be %2.").arg(PersianText::isolated(m_path), m_expected);
    case Problem::InvalidValue:
        return tr("The field “%1” has an invalid value (%2 expected).").arg(PersianText::isolated(m_path), m_expected);
    }
    return {};
}
