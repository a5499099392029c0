#pragma once

#include <QSettings>
#include <QStringList>

namespace ds::ui {

// The GUI's persistent settings. With DOMAINSECURE_NO_SETTINGS=1 (tests) they live in a
// temporary file, so a test never reads or changes the user's settings.
class AppSettings
{
public:
    static QSettings& settings();

    static QString language(); // "" = system
    static void setLanguage(const QString& language);
    static QString defaultKeyType(); // "rsa:2048", ...
    static void setDefaultKeyType(const QString& keyType);
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void clearRecentFiles();

    static constexpr int kMaxRecentFiles = 8;
};

} // namespace ds::ui
