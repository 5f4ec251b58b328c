// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>

/// Lets the composition root hand QML the one instance of a C++ singleton it built, instead of
/// QML constructing its own: the class inherits this and QML_SINGLETON finds create().
template<typename T>
class QmlSingleton
{
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlSingleton", "setInstance() must run before QML is loaded");
        QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
        return s_instance;
    }

    static void setInstance(T *instance) { s_instance = instance; }

private:
    static inline T *s_instance = nullptr;
};
