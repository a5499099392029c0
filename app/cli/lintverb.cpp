#include "lintverb.h"

#include "clisession.h"
#include "fixcommand.h"
#include "util/terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

QString LintVerb::description() const
{
    return tr("Check connectors, domain-secure lists and certificates; exit 1 when any "
              "finding is an error.");
}

QList<CliOption> LintVerb::options() const
{
    return {{{u"target"_s},
             tr("%1 (default: the workspace's Exchange release, else exchange2007).")
                 .arg(Validator::targetList()),
             tr("TARGET")},
            {{u"profile"_s},
             tr("Also check an optional rule profile (repeatable): %1; its findings name the "
                "profile's rule ids.")
                 .arg(Validator::profileList()),
             tr("PROFILE")}};
}

Status LintVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (Status s = noArguments(parser, u"lint"_s); !s.ok())
        return s;
    if (parser.isSet(u"target"_s)) {
        const auto parsed = Validator::parseTarget(parser.value(u"target"_s));
        if (!parsed)
            return Status::failure(ErrorCode::Usage,
                                   tr("lint: --target must be %1, not \"%2\"")
                                       .arg(Validator::targetList(), parser.value(u"target"_s)));
        m_target = *parsed;
    }
    m_profiles.clear();
    for (const QString& value : parser.values(u"profile"_s)) {
        for (const QString& word : value.split(u',', Qt::SkipEmptyParts)) {
            const auto profile = Validator::parseProfile(word);
            if (!profile)
                return Status::failure(ErrorCode::Usage, tr("lint: --profile must be %1, not \"%2\"")
                                                             .arg(Validator::profileList(), word.trimmed()));
            if (!m_profiles.contains(*profile))
                m_profiles << *profile;
        }
    }
    return {};
}

Result<WorkspaceVerb::Outcome> LintVerb::act(CliSession& session, const QCommandLineParser&)
{
    const ValidationTarget target = m_target.value_or(Validator::target(session.workspace().exchangeVersion));
    const QList<Finding> findings = Validator::run(session.workspace(), target, m_profiles);
    int counts[3] = {0, 0, 0};
    for (const Finding& finding : findings)
        ++counts[static_cast<int>(finding.severity)];
    if (session.json()) {
        QJsonArray array;
        for (const Finding& finding : findings)
            array.append(FixCommand::toJson(finding));
        session.printJson(QJsonObject{{u"target"_s, Validator::targetName(target)},
                                      {u"errors"_s, counts[0]},
                                      {u"warnings"_s, counts[1]},
                                      {u"infos"_s, counts[2]},
                                      {u"profiles"_s, QJsonArray::fromStringList(m_profiles)},
                                      {u"findings"_s, array}});
    } else {
        QTextStream& out = session.out();
        for (const Finding& finding : findings)
            out << FixCommand::report(finding) << u'\n';
        if (m_profiles.isEmpty())
            out << tr("%1 errors, %2 warnings, %3 notes (target %4)")
                       .arg(counts[0])
                       .arg(counts[1])
                       .arg(counts[2])
                       .arg(Validator::targetName(target))
                << Qt::endl;
        else
            out << tr("%1 errors, %2 warnings, %3 notes (target %4, profile %5)")
                       .arg(counts[0])
                       .arg(counts[1])
                       .arg(counts[2])
                       .arg(Validator::targetName(target), m_profiles.join(u", "_s))
                << Qt::endl;
    }
    return Finding::hasErrors(findings) ? Outcome::Invalid : Outcome::Unchanged;
}

} // namespace ds::cli
