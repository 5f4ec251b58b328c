// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealerrows.h"

#include "feed/dealerfeedbuilder.h"
#include "feed/dealertable.h"

#include <system_error>
#include <thread>

DealerRows::How DealerRows::read(DealerTable &table, DealerFeedBuilder &builder, const Reader &reader, qsizetype twoPartsFrom)
{
    const qsizetype middle = table.bytesLeft() >= twoPartsFrom ? table.middle() : -1;
    // Each row ends with a line break, bar perhaps the last; read in two, a slot more for a row
    // of the first part that runs on past the cut (DealerFeedBuilder::later()).
    builder.reserve(table.rowsAtMost() + (middle < 0 ? 1 : 2));
    if (middle < 0) {
        reader(table, builder, -1);
        return How::InOne;
    }
    DealerTable second = table.rest(middle);
    const int secondLine = second.nextLine();
    // The first part's rows end before the cut, each with a line break of its own.
    DealerFeedBuilder later = builder.later(table.rowsAtMost() - second.rowsAtMost());
    later.reserve(second.rowsAtMost() + 1);
    std::thread worker;
    try {
        worker = std::thread([&reader, &second, &later] { reader(second, later, -1); });
    } catch (const std::system_error &) {
        reader(table, builder, -1); // no thread to be had: the file is read in one
        return How::InOne;
    }
    reader(table, builder, middle);
    worker.join();
    // The first part ends where the second began, on the same line, unless a lone quote in a
    // cell made the cut fall inside a row.
    if (table.position() == middle && table.nextLine() == secondLine && builder.append(std::move(later)))
        return How::InTwo;
    reader(table, builder, -1);
    return How::InTwoAgain;
}
