// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choicelistmodel.h"
#include "comparison.h"
#include "financequote.h"
#include "inventory/inventoryfilter.h"
#include "inventory/inventoryservice.h"
#include "kiosk/phonelinks.h"
#include "marketwords.h"
#include "qmlsingleton.h"
#include "resultlistmodel.h"
#include "rowlistmodel.h"
#include "vehicledetail.h"
#include "visitsuggestions.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

/// A range slider of the finder: the whole span from the stock, the part chosen, both in words.
struct FinderRange {
    Q_GADGET
    QML_VALUE_TYPE(finderRange)
    Q_PROPERTY(bool available MEMBER available)
    Q_PROPERTY(double from MEMBER from)
    Q_PROPERTY(double to MEMBER to)
    Q_PROPERTY(double low MEMBER low)
    Q_PROPERTY(double high MEMBER high)
    Q_PROPERTY(QString lowLabel MEMBER lowLabel)
    Q_PROPERTY(QString highLabel MEMBER highLabel)
    Q_PROPERTY(bool chosen MEMBER chosen)
    Q_PROPERTY(QString note MEMBER note)
public:
    bool available = false;
    double from = 0, to = 0, low = 0, high = 0;
    QString lowLabel, highLabel;
    bool chosen = false;
    QString note;
    bool operator==(const FinderRange &) const = default;
};

/// The stock finder for QML: the visitor's filter, the result count and page, every choice with
/// the number of cars it would give, the chosen ones as chips, the ranges, the cars opened and
/// compared — all worked out in C++ against the snapshot when something changes.
class Finder : public QObject, public QmlSingleton<Finder>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ResultListModel *results READ results CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY changed)
    /// The filter panel: facet, label, values (value, label, count, selected).
    Q_PROPERTY(QAbstractItemModel *panel READ panel CONSTANT)
    /// What is chosen right now, as chips the visitor can take off one by one: facet, value, label.
    Q_PROPERTY(QAbstractItemModel *active READ active CONSTANT)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY changed)
    Q_PROPERTY(ChoiceListModel *sorts READ sorts CONSTANT)
    Q_PROPERTY(bool filtered READ filtered NOTIFY changed)
    Q_PROPERTY(QString relaxHint READ relaxHint NOTIFY changed)
    Q_PROPERTY(QStringList compared READ compared NOTIFY comparedChanged)
    Q_PROPERTY(Comparison *comparison READ comparison CONSTANT)
    /// False until the stock has loaded (a moment after start-up).
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    /// True while the stock is still loading: nothing shown yet, or an older stock from the
    /// snapshot file shown while the stored one is read.
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(FinderRange yearRange READ yearRange NOTIFY changed)
    Q_PROPERTY(FinderRange mileageRange READ mileageRange NOTIFY changed)
    /// The price in the studio's currency (not available when there is none to offer).
    Q_PROPERTY(FinderRange priceRange READ priceRange NOTIFY changed)
    /// Where the cars shown are: "Within 150 km of Solvik Studio Oslo, nearest first" or "Everywhere".
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    /// The cars in the studio's area with no other filter: the number Home gives.
    Q_PROPERTY(int areaTotal READ areaTotal NOTIFY changed)
    /// The free text searched for, as typed.
    Q_PROPERTY(QString text READ text NOTIFY changed)
    /// Completions of the text being typed, from the catalog: text, count (cars it would give).
    Q_PROPERTY(QAbstractItemModel *suggestions READ suggestions CONSTANT)
    /// What "relax" would take off when nothing matches ("" when there is nothing to offer).
    Q_PROPERTY(QString relaxAction READ relaxAction NOTIFY changed)

public:
    /// One value of a facet with the cars it would give; QML reads `id` as the role "value".
    struct FacetValueRow {
        QString id, label;
        qint64 count = 0;
        bool selected = false;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const FacetValueRow &) const = default;
    };
    struct FacetGroup {
        QString facet, label;
        QObject *values = nullptr; ///< the group's RowListModel<FacetValueRow>, kept by Finder
        QString key() const { return facet; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const FacetGroup &) const = default;
    };
    struct Suggestion {
        QString text;
        qint64 count = 0;
        QString key() const { return text; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Suggestion &) const = default;
    };
    struct Chip {
        QString facet, valueId, label;
        QString key() const { return facet + QLatin1Char('/') + valueId; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const Chip &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    Finder(InventoryService *service, QObject *parent);

    ResultListModel *results() { return &m_results; }
    int total() const { return int(m_total); }
    QAbstractItemModel *panel() { return &m_panel; }
    QAbstractItemModel *active() { return &m_active; }
    int activeCount() const { return int(m_active.rows().size()); }
    const QList<Chip> &chips() const { return m_active.rows(); }
    ChoiceListModel *sorts() { return &m_sorts; }
    /// Anything the visitor chose beyond the studio's area.
    bool filtered() const
    {
        return !m_filter.selected.isEmpty() || !m_filter.equipment.isEmpty() || m_radiusChoice.has_value() || m_filter.yearMin
            || m_filter.yearMax || m_filter.mileageMin || m_filter.mileageMax || m_filter.priceMinMinor || m_filter.priceMaxMinor
            || !m_filter.text.trimmed().isEmpty();
    }
    QString relaxHint() const { return m_relaxHint; }
    QStringList compared() const { return m_compared; }
    Comparison *comparison() { return &m_comparison; }
    bool ready() const { return m_service->ready(); }
    bool loading() const { return !m_service->ready() || !m_service->current(); }
    FinderRange yearRange() const { return m_yearRange; }
    FinderRange mileageRange() const { return m_mileageRange; }
    FinderRange priceRange() const { return m_priceRange; }
    QString scope() const { return m_scope; }
    int areaTotal() const { return int(m_areaTotal); }
    QString text() const { return m_filter.text; }
    QAbstractItemModel *suggestions() { return &m_suggestions; }
    QString relaxAction() const { return m_relax.label; }
    const MarketWords &words() const { return m_words; }
    static constexpr int kMaxCompared = 3;
    static constexpr int kMaxSuggestions = 5;

    Q_INVOKABLE void toggle(const QString &facet, const QString &value);
    Q_INVOKABLE void clearAll();
    Q_INVOKABLE void setSort(const QString &sort);
    /// Searches names, colours and equipment in every catalog language; suggestions follow.
    Q_INVOKABLE void setText(const QString &text);
    /// Takes off what `relaxAction` names: the filter whose removal gives the most cars.
    Q_INVOKABLE void relax();
    /// Model years from `low` to `high`; the whole span clears the filter.
    Q_INVOKABLE void setYearRange(int low, int high);
    /// Mileage from `low` to `high` in the market's unit (km or mi); the whole span clears the filter.
    Q_INVOKABLE void setMileageRange(double low, double high);
    /// Prices from `low` to `high` in the studio's currency (major units); the whole span clears it.
    Q_INVOKABLE void setPriceRange(double low, double high);
    /// Only cars within `km` of here; 0 for anywhere; -1 back to the studio's area.
    Q_INVOKABLE void setRadius(int km);
    /// Everything the detail page shows about one car; kept (and kept current) for the visit.
    Q_INVOKABLE VehicleDetail *detailFor(const QString &vehicleId);
    /// The car's finance plan: the one its detail page shows.
    Q_INVOKABLE FinanceQuote *financeFor(const QString &vehicleId) { return detailFor(vehicleId)->finance(); }
    /// "You might also like" beside a car's page, from this visit's own looking, worked out anew.
    Q_INVOKABLE VisitSuggestions *suggestionsFor(const QString &vehicleId);
    /// The same beside the configured build's summary (see setBuildSource).
    Q_INVOKABLE VisitSuggestions *suggestionsForBuild();
    /// What the configured build is to the recommender: body, paint, model and complete price.
    void setBuildSource(std::function<std::optional<CarTraits>()> source) { m_buildSource = std::move(source); }
    /// Cars opened in this visit, latest last.
    const QStringList &viewed() const { return m_viewed; }
    /// Adds a car to the comparison or takes it out; at most three, the oldest gives way.
    Q_INVOKABLE void toggleCompare(const QString &vehicleId);
    Q_INVOKABLE bool isCompared(const QString &vehicleId) const { return m_compared.contains(vehicleId); }

    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    void setOrigin(double lat, double lon);
    /// The studio this screen stands in and the area around it the finder opens on: its
    /// market's currency and unit, its cars and its partners' within `areaKm`, nearest first.
    void setStudio(const QString &studioId, int areaKm);
    /// Where the detail pages' share QR codes lead (the studio's phone pages, in the visitor's language).
    void setPhoneLinks(const PhoneLinks &links);
    /// The visitor's car valued at `estimateLow`, and whether the monthly plans count it.
    void setTradeIn(const Money &estimateLow, bool used);
    /// The visitor left: nothing of their search remains.
    void reset();

signals:
    void changed();
    void comparedChanged();

private:
    struct Relax {
        QString label;             ///< for the button
        std::function<void()> run; ///< takes the filter off
    };
    void refresh();
    /// The filter a visit starts with: the studio's area, nearest first.
    void startOver();
    void applyArea();
    void updateSuggestions(const InventoryService::Snapshot &snapshot);
    void findRelax(const InventoryService::Snapshot &snapshot, const InventoryIndex::Result &r);
    void refreshDetails();
    VehicleDetail::Context detailContext() const;
    QList<ResultListModel::Row> rowsFor(const InventoryIndex::Result &r, const InventoryService::Snapshot &snapshot) const;
    RowListModel<FacetValueRow> *valuesOf(const QString &facet);
    /// Once the visitor has stopped changing the filter for a moment: what they looked for and
    /// how many cars it found, for the studio's anonymous insights.
    void noteSettledFilter();

    InventoryService *m_service;
    InventoryFilter m_filter;
    ResultListModel m_results;
    qsizetype m_total = 0;
    RowListModel<FacetGroup> m_panel;
    QHash<QString, RowListModel<FacetValueRow> *> m_values;
    RowListModel<Chip> m_active;
    RowListModel<Suggestion> m_suggestions;
    QString m_studio;
    int m_areaKm = 150;
    std::optional<int> m_radiusChoice; ///< the visitor's: 0 anywhere, else km; none: the area
    MarketWords m_words;
    PhoneLinks m_links;
    Money m_tradeIn;
    bool m_tradeInUsed = false;
    QString m_scope;
    qsizetype m_areaTotal = 0;
    Relax m_relax;
    ChoiceListModel m_sorts;
    FinderRange m_yearRange;
    FinderRange m_mileageRange;
    FinderRange m_priceRange;
    QString m_relaxHint;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    QStringList m_compared;
    QHash<QString, VehicleDetail *> m_details;     ///< by vehicle id, for this visit
    QStringList m_viewed;                          ///< the same, in the order opened
    QHash<QString, VisitSuggestions *> m_alsoLike; ///< by the car they are beside, for this visit
    VisitSuggestions *m_buildSuggestions = nullptr;
    std::function<std::optional<CarTraits>()> m_buildSource;
    /// The suggestions shown, worked out again in the language or with the trade-in of now.
    void renewSuggestions();
    /// What this visit asks the recommender, beside `focus` (a car) or `build`.
    VisitSuggestions::Request suggestionRequest(const QString &focus, std::optional<CarTraits> build) const;
    Comparison m_comparison;
    QTimer m_settled;
    QString m_notedFilter;
    QString m_notedText;
};
