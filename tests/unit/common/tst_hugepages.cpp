// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/hugepages.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define VITRINE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VITRINE_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef VITRINE_ADDRESS_SANITIZER
#define VITRINE_ADDRESS_SANITIZER 0
#endif

/// A large block asked for huge pages gets them where the kernel leaves them to the program; one
/// not asked for does not, so the difference is the call's.
class TestHugePages : public QObject
{
    Q_OBJECT

    static QByteArray mode()
    {
        QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray line = f.readAll();
        const qsizetype from = line.indexOf('['), to = line.indexOf(']');
        return from >= 0 && to > from ? line.mid(from + 1, to - from - 1) : QByteArray();
    }

    /// KiB of the mapping holding `p` that are backed by huge pages, from /proc/self/smaps.
    static qint64 hugeKiB(const void *p)
    {
        QFile f(QStringLiteral("/proc/self/smaps"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const auto at = reinterpret_cast<quintptr>(p);
        bool inside = false;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype dash = line.indexOf('-'), space = line.indexOf(' ');
            if (dash > 0 && space > dash && !line.startsWith("AnonHugePages")) {
                bool okFrom = false, okTo = false;
                const quintptr from = line.left(dash).toULongLong(&okFrom, 16);
                const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16);
                if (okFrom && okTo) {
                    inside = at >= from && at < to;
                    continue;
                }
            }
            if (inside && line.startsWith("AnonHugePages:"))
                return line.mid(14).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

private slots:
    void aLargeBlockAskedForIsBackedByHugePages()
    {
        const QByteArray thp = mode();
        if (thp != "madvise" && thp != "always")
            QSKIP("transparent huge pages are not left to programs on this machine");
        constexpr size_t kBytes = size_t(32) << 20;
        char *asked = static_cast<char *>(std::malloc(kBytes));
        char *plain = static_cast<char *>(std::malloc(kBytes));
        QVERIFY(asked && plain);
        HugePages::prefer(asked, kBytes);
        std::memset(asked, 1, kBytes);
        std::memset(plain, 1, kBytes);
        // The middle of each: the advised part is a mapping of its own, apart from the block's ends.
        const qint64 askedHuge = hugeKiB(asked + kBytes / 2), plainHuge = hugeKiB(plain + kBytes / 2);
        std::free(asked);
        std::free(plain);
        QVERIFY2(askedHuge >= 2048, qPrintable(QStringLiteral("%1 KiB in huge pages").arg(askedHuge)));
        if (thp == "madvise")
            QCOMPARE(plainHuge, 0);
    }

    /// The heap growth the feed importers set is taken by this C library (glibc's M_TOP_PAD), and
    /// memory is still handed out after it. Under AddressSanitizer, whose allocator replaces
    /// glibc's and answers mallopt() with -1, it is said not to be taken.
    void theHeapGrowthIsTaken()
    {
#if defined(__GLIBC__) && !VITRINE_ADDRESS_SANITIZER
        QVERIFY(HugePages::growHeapsBy(HugePages::kHeapGrowth));
#else
        QVERIFY(!HugePages::growHeapsBy(HugePages::kHeapGrowth));
#endif
        std::vector<std::unique_ptr<int>> small;
        for (int i = 0; i < 1000; ++i)
            small.push_back(std::make_unique<int>(i));
        QCOMPARE(*small.back(), 999);
    }

    void smallOrEmptyBlocksAreLeftAlone()
    {
        char small[4096];
        HugePages::prefer(small, sizeof small); // within one huge page: nothing to ask
        HugePages::prefer(nullptr, 0);
        HugePages::prefer(small + 1, 0);
        std::memset(small, 2, sizeof small);
        QCOMPARE(small[100], char(2));
    }
};

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
