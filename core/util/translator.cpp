#include "translator.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
QString g_installed = u"en"_s;
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;

void removeInstalled()
{
    for (QTranslator** t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

void Translator::install(const QString& language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and sizes follow the chosen language, not only the messages.
    QLocale::setDefault(locale);
    auto* app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, u"domainsecure"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app);
        g_app = app;
        g_installed = QFileInfo(app->filePath()).baseName().section(QLatin1Char('_'), 1);
    } else {
        delete app;
        g_installed = u"en"_s;
    }
    qCDebug(lcUi) << "translations installed for" << g_installed;
    if (g_installed == u"en"_s)
        return; // Qt's own strings are English already: no file to look for
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
}

QStringList Translator::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"domainsecure_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
    languages.removeAll(u"en"_s);
    languages.prepend(u"en"_s);
    return languages;
}

QString Translator::installedLanguage()
{
    return g_installed;
}

} // namespace ds::core
