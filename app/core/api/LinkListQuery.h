#pragma once

#include <QString>
#include <QUrlQuery>

#include <optional>

// What the links list asks the server for: search, the three presence
// filters, ordering and page size, as the list endpoint's query items. The
// server pages, searches, filters and sorts; the client never does.
struct LinkListQuery
{
    enum class Presence { Any, With, Without };
    enum class Order { Id, Name, Created, Updated };

    QString search; // as typed
    Presence image = Presence::Any;
    Presence url = Presence::Any;
    Presence description = Presence::Any;
    Order order = Order::Created;
    bool descending = true;
    int pageSize = 50;
    // Arabic Yeh and Kaf in the search become Persian, as the form stores them.
    bool normaliseLetters = true;
    // The search sent exactly as given: looking for a name as it was sent.
    bool exactSearch = false;
    // Links from this id on (id_min): the next page of a read in id order,
    // which a link deleted or made meanwhile cannot shift as it shifts offsets.
    std::optional<qint64> idMin;

    // The search as sent: letters as the form stores them, Arabic-Indic
    // digits as Persian ones, and a number typed in any digits as ASCII (it
    // is matched against ids and URLs).
    QString searchTerm() const;
    // Ties on the chosen field are broken by id, so that no link shows on
    // two pages or on none.
    QString ordering() const;
    QUrlQuery toQuery(int offset) const;
    // A search or a presence filter leaves links out.
    bool isFiltered() const;

    bool operator==(const LinkListQuery &other) const = default;
};
