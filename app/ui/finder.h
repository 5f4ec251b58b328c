#pragma once

#include "inventory/inventoryfilter.h"
#include "inventory/inventoryservice.h"
#include "qmlsingleton.h"
#include "financequote.h"
#include "resultlistmodel.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// The stock finder for QML: the visitor's filter, the result count and page, and every
/// choice with the number of cars it would give — all computed in C++ against the snapshot.
class Finder : public QObject, public QmlSingleton<Finder>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ResultListModel *results READ results CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(QVariantList conditions READ conditions NOTIFY changed)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    /// The filter panel: each facet with its label and its choices (value, label, count, selected).
    Q_PROPERTY(QVariantList panel READ panel NOTIFY changed)
    /// What is chosen right now, as chips the visitor can take off one by one.
    Q_PROPERTY(QVariantList active READ active NOTIFY changed)
    Q_PROPERTY(QVariantList sorts READ sorts NOTIFY changed)
    Q_PROPERTY(bool filtered READ filtered NOTIFY changed)
    Q_PROPERTY(QString relaxHint READ relaxHint NOTIFY changed)
    /// Changes whenever anything the finder shows may have (stock, language, filter): bind to it
    /// to recompute detail() and finance().
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(QStringList compared READ compared NOTIFY changed)
    /// False until the stock has loaded (a moment after start-up).
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    /// Range choices: {from, to, low, high, lowLabel, highLabel, count}, the slider's whole span
    /// from the stock, the chosen part, and how many cars the other filters leave in it.
    Q_PROPERTY(QVariantMap yearRange READ yearRange NOTIFY changed)
    Q_PROPERTY(QVariantMap mileageRange READ mileageRange NOTIFY changed)
    /// The same for the price, in the studio's currency (empty when there is none to offer).
    Q_PROPERTY(QVariantMap priceRange READ priceRange NOTIFY changed)

public:
    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    Finder(InventoryService *service, QObject *parent);

    ResultListModel *results() { return &m_results; }
    int total() const { return int(m_total); }
    QVariantList conditions() const { return m_conditions; }
    QVariantList lines() const { return m_lines; }
    QVariantList panel() const { return m_panel; }
    QVariantList active() const { return m_active; }
    QVariantList sorts() const;
    bool filtered() const
    {
        return !m_filter.selected.isEmpty() || !m_filter.equipment.isEmpty() || m_filter.radiusKm.has_value()
            || m_filter.yearMin || m_filter.yearMax || m_filter.mileageMin || m_filter.mileageMax;
    }
    QString relaxHint() const { return m_relaxHint; }
    int revision() const { return m_revision; }
    QStringList compared() const { return m_compared; }
    bool ready() const { return m_service->ready(); }
    QVariantMap yearRange() const { return m_yearRange; }
    QVariantMap mileageRange() const { return m_mileageRange; }
    QVariantMap priceRange() const { return m_priceRange; }
    static constexpr int kMaxCompared = 3;

    Q_INVOKABLE void toggle(const QString &facet, const QString &value);
    Q_INVOKABLE void clearAll();
    Q_INVOKABLE void setSort(const QString &sort);
    /// Model years from `low` to `high`; the whole span clears the filter.
    Q_INVOKABLE void setYearRange(int low, int high);
    /// Mileage from `low` to `high` kilometres; the whole span clears the filter.
    Q_INVOKABLE void setMileageRange(double lowKm, double highKm);
    /// Prices from `low` to `high` in the studio's currency (major units); the whole span clears it.
    Q_INVOKABLE void setPriceRange(double low, double high);
    /// Only cars within `km` of here; 0 for anywhere.
    Q_INVOKABLE void setRadius(int km);
    /// Everything the detail page shows about one car, formatted for the current language.
    Q_INVOKABLE QVariantMap detail(const QString &vehicleId) const;
    /// Adds a car to the comparison or takes it out; at most three, the oldest gives way.
    Q_INVOKABLE void toggleCompare(const QString &vehicleId);
    Q_INVOKABLE bool isCompared(const QString &vehicleId) const { return m_compared.contains(vehicleId); }
    /// The compared cars side by side: pictures and titles, then rows with `differs` set where
    /// the cars are not alike.
    Q_INVOKABLE QVariantMap comparison() const;
    /// The car's finance plan, adjustable by the visitor, from its market's FinancePolicy (the
    /// same plan as the configurator would show for the same price). Kept until the visit ends.
    Q_INVOKABLE FinanceQuote *financeFor(const QString &vehicleId);

    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setOrigin(double lat, double lon);
    /// The studio market's currency: the price slider works in it.
    void setCurrency(const QString &currency);
    /// The visitor left: nothing of their search remains.
    void reset();

signals:
    void changed();

private:
    void refresh();
    /// Points a car's plan at its current price and market (the stock may have changed).
    void updateFinance(const QString &vehicleId, FinanceQuote *quote) const;
    QList<ResultListModel::Row> rowsFor(const InventoryIndex::Result &r, const InventoryService::Snapshot &snapshot) const;

    InventoryService *m_service;
    InventoryFilter m_filter;
    ResultListModel m_results;
    qsizetype m_total = 0;
    QVariantList m_conditions;
    QVariantList m_lines;
    QVariantList m_panel;
    QVariantList m_active;
    QVariantMap m_yearRange;
    QVariantMap m_mileageRange;
    QVariantMap m_priceRange;
    QString m_relaxHint;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    int m_revision = 0;
    QStringList m_compared;
    QHash<QString, FinanceQuote *> m_finance; ///< by vehicle id, for this visit
};
