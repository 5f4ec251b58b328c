// SPDX-License-Identifier: GPL-3.0-or-later
#include "outoforderscreen.h"

#include "brandtheme.h"
#include "uilanguage.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

OutOfOrderScreen::OutOfOrderScreen() = default;

OutOfOrderScreen::~OutOfOrderScreen()
{
    m_engine.reset();
}

bool OutOfOrderScreen::show(const QString &detail, const QString &language, const QString &theme, QSize size, bool fullScreen,
                            QString *error, Retry retry)
{
    m_theme = std::make_unique<BrandTheme>(nullptr);
    if (!m_theme->load(theme) && !m_theme->load(BrandTheme::available().value(0)))
        m_theme->load(QString());
    m_language = std::make_unique<UiLanguage>(nullptr);
    BrandTheme::setInstance(m_theme.get());
    UiLanguage::setInstance(m_language.get());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_language->setEngine(m_engine.get());
    if (!m_language->setCode(language))
        m_language->setCode(QStringLiteral("en"));
    m_theme->setLanguage(m_language->feedKey());
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->setInitialProperties({{QStringLiteral("width"), size.width()},
                                    {QStringLiteral("height"), size.height()},
                                    {QStringLiteral("detail"), detail},
                                    {QStringLiteral("retrying"), retry == Retry::Every10Seconds}});
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Vitrine/Ui/OutOfOrderScreen.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        *error = QStringLiteral("the out-of-order screen failed to load");
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (fullScreen)
        m_window->showFullScreen();
    else
        m_window->show();
    return true;
}
