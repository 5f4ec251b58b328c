// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class QQuickWindow;
class QQmlApplicationEngine;
class BrandTheme;
class UiLanguage;

/// What the screen shows when the kiosk cannot start on its database (a full disk, a locked or
/// unreadable file): a calm note for visitors and, for staff, the file and the cause. Never an
/// empty shop that would take bookings it cannot keep.
class OutOfOrderScreen : public QObject
{
    Q_OBJECT
public:
    /// Whether the kiosk tries its database again by itself (and the screen says so).
    enum class Retry { Every10Seconds, No };

    OutOfOrderScreen();
    ~OutOfOrderScreen() override;

    /// Shows the screen in `language` and `theme` (falling back to English and the default theme).
    bool show(const QString &detail, const QString &language, const QString &theme, QSize size, bool fullScreen, QString *error,
              Retry retry = Retry::Every10Seconds);
    QQuickWindow *window() const { return m_window; }

private:
    std::unique_ptr<BrandTheme> m_theme;
    std::unique_ptr<UiLanguage> m_language;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};
