#include "lintcommand.h"

#include "clisession.h"
#include "util/terminaltext.h"
#include "validate/validator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString LintCommand::summary() const
{
    return tr("Validate the workspace (exit 1 when an error is found)");
}

int LintCommand::run(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check connectors, domain-secure lists and certificates; exit 1 when any "
           "finding is an error."));
    parser.addOption({u"target"_s, tr("exchange2007 (default) or postfix."), tr("TARGET")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli lint"_s} + arguments))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.usageError(
            tr("lint: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    ValidationTarget target = ValidationTarget::Exchange2007;
    if (parser.isSet(u"target"_s)) {
        const auto parsed = Validator::parseTarget(parser.value(u"target"_s));
        if (!parsed)
            return session.usageError(tr("lint: --target must be exchange2007 or postfix, not \"%1\"")
                                          .arg(parser.value(u"target"_s)));
        target = *parsed;
    }
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const QList<Finding> findings = Validator::run(session.workspace(), target);
    int counts[3] = {0, 0, 0};
    for (const Finding& finding : findings)
        ++counts[static_cast<int>(finding.severity)];
    if (session.json()) {
        QJsonArray array;
        for (const Finding& finding : findings)
            array.append(finding.toJson());
        session.printJson(QJsonObject{{u"target"_s, Validator::targetName(target)},
                                      {u"errors"_s, counts[0]},
                                      {u"warnings"_s, counts[1]},
                                      {u"infos"_s, counts[2]},
                                      {u"findings"_s, array}});
    } else {
        QTextStream& out = session.out();
        for (const Finding& finding : findings)
            out << terminalSafe(finding.toText()) << u'\n';
        out << tr("%1 errors, %2 warnings, %3 notes (target %4)")
                   .arg(counts[0])
                   .arg(counts[1])
                   .arg(counts[2])
                   .arg(Validator::targetName(target))
            << Qt::endl;
    }
    return Finding::hasErrors(findings) ? static_cast<int>(ErrorCode::Validation) : 0;
}
