// SPDX-License-Identifier: GPL-3.0-or-later
// bookingburst: books a burst of test drives on a real database file, one after the other, and
// prints each confirmed booking code on its own line, flushed as soon as create() has returned.
// tst_bookingctl kills it with SIGKILL at random moments and then checks that every printed code
// is in the database exactly once, with its outbox row.
//
// usage: bookingburst DB STUDIO MODEL COUNT [FIRST_DATE]
//   books COUNT drives of MODEL (a demo-fleet model) at STUDIO, taking free slots in order from
//   FIRST_DATE (the studio's local date; default: a week from today).

#include "booking/bookingstore.h"
#include "catalog/catalogrows.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5 || args.size() > 6) {
        std::fputs("usage: bookingburst DB STUDIO MODEL COUNT [FIRST_DATE]\n", stderr);
        return 64;
    }
    bool ok = false;
    const int count = args.at(4).toInt(&ok);
    if (!ok || count < 1) {
        std::fputs("bookingburst: COUNT must be a positive number\n", stderr);
        return 64;
    }
    const Database::OpenResult opened = Database::open(args.at(1), QStringLiteral("burst"));
    if (!opened.ok()) {
        std::fprintf(stderr, "bookingburst: %s\n", qPrintable(opened.message));
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("burst"));
    QString error;
    const auto catalog = CatalogRows(db).catalog(&error);
    const Studio *studio = catalog ? catalog->studio(args.at(2)) : nullptr;
    if (!studio) {
        std::fprintf(stderr, "bookingburst: no studio %s %s\n", qPrintable(args.at(2)), qPrintable(error));
        return 1;
    }
    const DriveTarget target = DriveTarget::fleet(args.at(3));
    QDate day = args.size() == 6 ? QDate::fromString(args.at(5), Qt::ISODate) : QDate::currentDate().addDays(7);
    if (!day.isValid()) {
        std::fputs("bookingburst: FIRST_DATE must be YYYY-MM-DD\n", stderr);
        return 64;
    }

    BookingStore store(db);
    int made = 0;
    for (int days = 0; made < count && days < 730; ++days, day = day.addDays(1)) {
        for (const SlotPlanner::Slot &slot : store.daySlots(*studio, day, target)) {
            for (int unit = 0; unit < slot.capacity && made < count; ++unit) {
                BookingStore::Request request;
                request.target = target;
                request.start = slot.start;
                request.contact.name = QStringLiteral("Burst Visitor");
                request.contact.channel = ContactChannel::Email;
                request.contact.value = QStringLiteral("burst.visitor@example.com");
                request.contact.privacyAccepted = true;
                BookingStore::Error failure;
                const auto created = store.create(*studio, request, &failure);
                if (!created) {
                    if (failure.kind == BookingStore::Error::Kind::SlotTaken)
                        break; // someone else was quicker: next slot
                    std::fprintf(stderr, "bookingburst: %s\n", qPrintable(failure.message));
                    return 1;
                }
                // The commit is done: from here on the booking must survive anything.
                const QByteArray line = created->booking.code.toLatin1() + '\n';
                std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
                std::fflush(stdout);
                ++made;
            }
        }
    }
    return made == count ? 0 : 3;
}
