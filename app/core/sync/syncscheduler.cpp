// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncscheduler.h"

#include <QPointer>

SyncScheduler::SyncScheduler(SourceSyncer::Options options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncOutcome>();
    m_thread.setObjectName(QStringLiteral("vitrine-sync"));
    m_syncer = new SourceSyncer(std::move(options));
    QPointer<SyncScheduler> self(this);
    // Called on the sync thread; delivered on this one.
    m_syncer->setReporter([self](const SyncOutcome &outcome) {
        QMetaObject::invokeMethod(
            self,
            [self, outcome] {
                if (!self)
                    return;
                self->m_fetching.clear();
                emit self->synced(outcome);
            },
            Qt::QueuedConnection);
    });
    m_syncer->setCheckedReporter(
        [self](const QSet<QString> &removed, const QList<Vehicle> &written, const std::shared_ptr<const Catalog> &catalog) {
            QMetaObject::invokeMethod(
                self,
                [self, removed, written, catalog] {
                    if (self)
                        emit self->stockChecked(removed, written, catalog);
                },
                Qt::QueuedConnection);
        });
    m_syncer->setStartReporter([self](const QString &source) {
        QMetaObject::invokeMethod(
            self,
            [self, source] {
                if (!self)
                    return;
                self->m_fetching = source;
                emit self->started(source);
            },
            Qt::QueuedConnection);
    });
    m_syncer->moveToThread(&m_thread);
    m_thread.start();
}

SyncScheduler::~SyncScheduler()
{
    SourceSyncer *syncer = m_syncer;
    QMetaObject::invokeMethod(
        syncer,
        [syncer] {
            syncer->shutdown();
            delete syncer;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_syncer, &SourceSyncer::start, Qt::QueuedConnection);
}

void SyncScheduler::syncNow(const QString &id)
{
    SourceSyncer *syncer = m_syncer;
    QMetaObject::invokeMethod(
        syncer, [syncer, id] { syncer->runNow(id); }, Qt::QueuedConnection);
}

void SyncScheduler::replan()
{
    QMetaObject::invokeMethod(m_syncer, &SourceSyncer::plan, Qt::QueuedConnection);
}

void SyncScheduler::setHub(const HubLink::Pairing &pairing)
{
    SourceSyncer *syncer = m_syncer;
    QMetaObject::invokeMethod(
        syncer, [syncer, pairing] { syncer->setHub(pairing); }, Qt::QueuedConnection);
}

void SyncScheduler::syncFromHub()
{
    QMetaObject::invokeMethod(m_syncer, &SourceSyncer::runFromHub, Qt::QueuedConnection);
}
