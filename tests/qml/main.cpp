// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "showroom.h"
#include "uilanguage.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Gives the QML tests the same singletons the kiosk's composition root provides.
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_theme.load(QStringLiteral("nocturne"));
        m_language.setEngine(engine);
        BrandTheme::setInstance(&m_theme);
        UiLanguage::setInstance(&m_language);
        Showroom::setInstance(&m_showroom);
    }

private:
    BrandTheme m_theme{nullptr};
    UiLanguage m_language{nullptr};
    Showroom m_showroom{nullptr};
};

QUICK_TEST_MAIN_WITH_SETUP(vitrine_qml, Setup)
#include "main.moc"
