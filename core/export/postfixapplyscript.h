#pragma once

#include "postfixbundle.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// The bundle's apply.sh: a POSIX shell script with the guarantees of `export postfix --apply`
// for servers without DomainSecure. It checks everything first and stops before the first change
// (exit 3); it never lowers a setting the administrator chose (the categories of PostfixBundle);
// it copies every file it may touch to CONFIG_DIR/domainsecure.backup-TIME with SHA256SUMS; when
// any later step fails it puts the copies back, verifies them with sha256sum -c and exits 4,
// naming the damaged files and the intact copies if the restore itself fails.
class PostfixApplyScript
{
    Q_DECLARE_TR_FUNCTIONS(PostfixApplyScript)

public:
    static QString generate(const PostfixBundle& bundle);

    // Single-quoted for sh: nothing inside is expanded.
    static QString quote(const QString& text);
};

} // namespace ds::core
