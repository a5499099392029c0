#pragma once

#include "exportfile.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The Postfix configuration DomainSecure owns for one server, as data: main.cf settings,
// master.cf services and the files under CONFIG_DIR/domainsecure/. PostfixExporter renders it as
// a bundle of files; PostfixApplier writes it into a configuration directory.
struct PostfixBundle
{
    // Where the owned files live inside the configuration directory.
    static inline const QString kSubdirectory = QStringLiteral("domainsecure");

    struct Service
    {
        QString name;                           // "127.0.0.3:2525"
        QString type;                           // "inet"
        QStringList fields;                     // the 8 master.cf columns
        QList<QPair<QString, QString>> options; // -o name=value, in order
        QString comment;                        // why the service exists (README, not master.cf)

        QString key() const { return name + QLatin1Char('/') + type; }
        // The postconf -M argument: "name/type=name type … command -o a=b -o { c = d e }".
        QString postconfEntry() const;
        bool operator==(const Service&) const = default;
    };

    QList<QPair<QString, QString>> mainSettings; // name, value (may use $config_directory)
    // Of mainSettings, the list-valued ones: apply puts our entry first and keeps the others.
    QStringList mergedListSettings;
    QList<Service> services;
    QList<ExportFile> files; // names relative to kSubdirectory
    QStringList hashMaps;    // of files, those postmap must build

    // The value written for a setting, or a null string.
    QString mainValue(const QString& name) const;
};
