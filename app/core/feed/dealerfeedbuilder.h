// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/repeatedtexts.h"
#include "feed/dealerlisting.h"
#include "feed/feed.h"
#include "feed/feedcontext.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <utility>

/// Checks the rows of a dealer feed (read by MetaFeedReader or GoogleFeedReader) into a Feed that
/// is the source's whole stock: each car on its own and against the market of its dealer, the
/// dealers the rows name created or updated, cars the brand's aliases name mapped onto the
/// catalog, and an id or VIN that appears more than once left out with every copy reported.
class DealerFeedBuilder
{
public:
    struct Options {
        QString source; ///< the source the stock is kept under
        QString dealer; ///< the place of the rows that name no dealer code (optional)
        QString market; ///< the market of the dealers the feed creates (optional)
        QDateTime now;  ///< the import's time: each car's change stamp
    };

    DealerFeedBuilder(const FeedContext &stored, Options options);

    /// Room for about `rows` cars, so a hundred thousand are not copied as the lists grow.
    void reserve(qsizetype rows);
    void add(const DealerListing &listing);
    /// The feed, once every row is in (duplicates are only known then).
    Feed finish();

    /// A builder for the rows after this one's, on another thread: the same import, sharing no
    /// text with this one. It makes its cars in the room reserve() left here, after the first
    /// `carsHere` and one more (a row that runs on past the cut): append() then takes them where
    /// they stand, not copied into memory new to the process (a hundred thousand cars' 50 MB took
    /// 35-46 ms more to fault in on a virtual machine than to fill). This builder keeps any car
    /// beyond those apart until finish(); `later` must be gone by then.
    DealerFeedBuilder later(qsizetype carsHere);
    /// Takes in `later`'s rows, which follow this one's in the file, as if they had been added
    /// here. False, and nothing taken, when a dealer both met is not the same place to them (its
    /// rows disagree on where it is): later's rows were checked against another market then, and
    /// must be added here again.
    bool append(DealerFeedBuilder &&later);

    /// `prefix` followed by `key` as an id (lower-case letters, digits and '-', at most 64),
    /// with a short hash of `key` when that form loses anything, so two keys never meet.
    static QString stableId(const QString &prefix, const QString &key);

private:
    struct Place {
        QString id;
        QString market;
        QString currency;
        QString problem;                        ///< why its cars cannot be taken
        qsizetype issuesFrom = 0, issuesTo = 0; ///< what making it reported, in m_feed.issues
    };
    class Row;

    const Place &placeFor(const DealerListing &listing);
    Place makePlace(const QString &id, const QString &key, const DealerListing &listing);
    /// The market of the brand's studios in `country`, when they are all in one.
    QString marketOfCountry(const QString &country) const;
    void takeNames(Row &row, const DealerListing &l, Vehicle &v);
    void takeMileage(Row &row, const DealerListing &l, Vehicle &v);
    void takePrice(Row &row, const DealerListing &l, Vehicle &v);
    /// The row's picture URLs, up to the most a car keeps, each that is not one left out with a warning.
    void takePictures(Row &row, const DealerListing &l, Vehicle &v);
    const QString &interned(const QString &text);
    /// Keeps an accepted car: in the list, or in the room lent by the builder before (later()).
    void keep(Vehicle &&v);

    /// Where a later() builder makes its cars: slots of the room the builder before reserved,
    /// which that builder's list neither reads nor writes while it lends them. The cars made
    /// there and not taken by append() are this one's to destroy.
    struct LentRoom {
        Vehicle *at = nullptr;
        qsizetype size = 0; ///< slots
        qsizetype used = 0; ///< cars made, from the first slot on
        LentRoom() = default;
        LentRoom(Vehicle *first, qsizetype n) // not "slots": Qt's keyword, a macro that is empty
            : at(first)
            , size(n)
        {
        }
        LentRoom(LentRoom &&other) noexcept
            : at(std::exchange(other.at, nullptr))
            , size(std::exchange(other.size, 0))
            , used(std::exchange(other.used, 0))
        {
        }
        LentRoom &operator=(LentRoom &&other) noexcept
        {
            std::swap(at, other.at);
            std::swap(size, other.size);
            std::swap(used, other.used);
            return *this;
        }
        ~LentRoom();
    };

    const FeedContext &m_stored;
    Options m_options;
    Feed m_feed;
    QList<int> m_vehicleLines; ///< the line of each car in m_feed.vehicles (then in m_room, m_beyond)
    LentRoom m_room;           ///< a later() builder's cars, before those in m_feed.vehicles
    qsizetype m_lentFrom = -1; ///< the first slot of this builder's room lent to a later() one
    QList<Vehicle> m_beyond;   ///< cars that would reach the slots lent, kept until finish()
    QString m_prefix;          ///< "<source>-", which every id of the feed starts with
    RepeatedTexts m_ids;       ///< every row's car id, to find those listed more than once
    QList<int> m_idLines;      ///< the line of each of m_ids
    QString m_idField;         ///< the column ids come from, for messages
    QHash<QString, Place> m_places;
    QHash<QString, QString> m_dealerIds; ///< dealer code → place id
    QSet<QString> m_pool;
    QByteArray m_document; ///< a car listed before, encoded as it would be stored (VehicleRows::encode), kept from car to car
    /// A dealer's body style and fuel words, as feeds write them, to the body and powertrain ids
    /// they map to: worked out once per word, not once a car.
    QHash<QString, QString> m_bodies, m_powertrains;
    /// A make, model and trim; as a key, a row's; as a value, the catalog's they map to (none: empty).
    struct CatalogNames {
        QString make, model, trim;
        bool operator==(const CatalogNames &) const = default;
        friend size_t qHash(const CatalogNames &n, size_t seed) { return qHashMulti(seed, n.make, n.model, n.trim); }
    };
    QHash<CatalogNames, CatalogNames> m_catalogNames;
};
