#include "cliapplication.h"

#include "certverbs.h"
#include "clisession.h"
#include "connectorverbs.h"
#include "domainsecureverbs.h"
#include "exportverbs.h"
#include "lintverb.h"
#include "partnercertverbs.h"
#include "partnerverbs.h"
#include "passphraseverbs.h"
#include "probeverb.h"
#include "receivekind.h"
#include "sendkind.h"
#include "serververbs.h"
#include "trustverbs.h"
#include "workspaceverbs.h"

#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ds::cli {

template <typename... Verbs> void CliApplication::addGroup(const QString& name, const QString& summary)
{
    Group group{name, summary, {}};
    (group.verbs.push_back(std::make_unique<Verbs>()), ...);
    m_groups.push_back(std::move(group));
}

CliApplication::CliApplication()
{
    // The verb table: a group is one row; its verbs are classes of their own.
    addGroup<WorkspaceInitVerb, WorkspaceDemoVerb, WorkspaceSetVerb>(
        u"workspace"_s, tr("Create a workspace (init) or the bundled demo (demo); set the organization's "
                           "Exchange release (set)"));
    addGroup<PassphraseSetVerb, PassphraseChangeVerb, PassphraseRemoveVerb>(
        u"passphrase"_s, tr("Set, change or remove the passphrase that encrypts the workspace keys"));
    addGroup<ServerAddVerb, ServerSetVerb, ServerListVerb, ServerRemoveVerb>(
        u"server"_s, tr("The organization's Edge and Hub Transport servers (add, set, list, remove)"));
    addGroup<CertRequestVerb, CertSelfSignedVerb, CertImportVerb, CertListVerb, CertShowVerb, CertEnableVerb,
             CertExportVerb, CertRemoveVerb>(u"cert"_s, tr("Certificate requests, import, enable, export"));
    addGroup<TrustAddVerb, TrustListVerb, TrustRemoveVerb>(u"trust"_s, tr("Trusted partner root CAs"));
    addGroup<ConnectorNewVerb<ReceiveKind>, ConnectorListVerb<ReceiveKind>, ConnectorShowVerb<ReceiveKind>,
             ConnectorSetVerb<ReceiveKind>, ConnectorRemoveVerb<ReceiveKind>>(
        ReceiveKind::group(), tr("Receive connectors of a server (new, list, show, set, remove)"));
    addGroup<ConnectorNewVerb<SendKind>, ConnectorListVerb<SendKind>, ConnectorShowVerb<SendKind>,
             ConnectorSetVerb<SendKind>, ConnectorRemoveVerb<SendKind>>(
        SendKind::group(), tr("Send connectors of the organization (new, list, show, set, remove)"));
    addGroup<DomainSecureAddVerb, DomainSecureRemoveVerb, DomainSecureListVerb>(
        u"domain-secure"_s, tr("The domain-secure send and receive lists (add, remove, list)"));
    addGroup<PartnerAddVerb, PartnerCertAddVerb, PartnerCertListVerb, PartnerCertRemoveVerb>(
        u"partner"_s,
        tr("Set up a domain-secure partner (add) and pin its certificates (cert add, cert list, "
           "cert remove)"));
    addGroup<LintVerb>(u"lint"_s, tr("Validate the workspace (exit 1 when an error is found)"));
    addGroup<ExportExchangeVerb, ExportPostfixVerb>(
        u"export"_s, tr("Export a server's configuration (exchange script, postfix bundle [--apply])"));
    addGroup<ProbeVerb>(u"probe"_s, tr("Test SMTP STARTTLS / mutual TLS with a partner gateway"));
}

CliApplication::~CliApplication() = default;

CliVerb* CliApplication::Group::verb(const QString& word) const
{
    for (const auto& verb : verbs) {
        if (verb->name() == word || verb->aliases().contains(word))
            return verb.get();
    }
    return nullptr;
}

QString CliApplication::usage() const
{
    QString text =
        tr("Usage: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]") + u"\n\n"_s + tr("Commands:") + u"\n"_s;
    for (const Group& group : m_groups)
        text += u"  %1 %2\n"_s.arg(group.name, -16).arg(group.summary);
    text += u"\n"_s + tr("Global options (before or after the command):") + u"\n"_s;
    for (const CliOption& option : CliSession::globalOptions()) {
        QStringList names;
        for (const QString& name : option.names)
            names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        QString left = names.join(u", "_s);
        if (!option.valueName.isEmpty())
            left += u" "_s + option.valueName;
        text += u"  %1 %2\n"_s.arg(left, -24).arg(option.description);
    }
    text += u"\n"_s + tr("Run \"domainsecure-cli COMMAND --help\" for the options of a command.") + u"\n"_s;
    return text;
}

QString CliApplication::groupUsage(const Group& group) const
{
    QString text = tr("Usage: domainsecure-cli %1 SUBCOMMAND [OPTIONS]").arg(group.name) + u"\n\n"_s +
                   group.summary + u"\n\n"_s + tr("Subcommands:") + u"\n"_s;
    for (const auto& verb : group.verbs)
        text += u"  %1 %2\n"_s.arg(verb->name(), -16).arg(verb->description().section(u'\n', 0, 0));
    text +=
        u"\n"_s +
        tr("Run \"domainsecure-cli %1 SUBCOMMAND --help\" for the options of a subcommand.").arg(group.name) +
        u"\n"_s;
    return text;
}

bool CliApplication::takeGlobalOption(const QStringList& arguments, qsizetype& index, QStringList& globals)
{
    const QString argument = arguments.at(index);
    for (const CliOption& option : CliSession::globalOptions()) {
        for (const QString& name : option.names) {
            const QString spelled = (name.size() == 1 ? u"-"_s : u"--"_s) + name;
            const bool takesValue = !option.valueName.isEmpty();
            if (argument == spelled) {
                globals << argument;
                ++index;
                if (takesValue && index < arguments.size())
                    globals << arguments.at(index++);
                return true;
            }
            // "--workspace=FILE", "-wFILE"
            const QString attached = name.size() == 1 ? spelled : spelled + u"="_s;
            if (takesValue && argument.size() > attached.size() && argument.startsWith(attached)) {
                globals << argument;
                ++index;
                return true;
            }
        }
    }
    return false;
}

int CliApplication::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliSession session(out, err);
    const QStringList words = arguments.mid(1);
    QStringList globals;
    qsizetype index = 0;
    while (index < words.size() && words.at(index).startsWith(u'-')) {
        const QString word = words.at(index);
        if (word == u"-h"_s || word == u"--help"_s) {
            out << usage();
            return 0;
        }
        if (word == u"--version"_s) {
            out << "domainsecure-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (!takeGlobalOption(words, index, globals)) {
            err << tr("domainsecure-cli: unknown option \"%1\"").arg(word) << u"\n\n"_s << usage();
            return static_cast<int>(ErrorCode::Usage);
        }
    }
    if (index >= words.size()) {
        err << usage();
        return static_cast<int>(ErrorCode::Usage);
    }
    const QString name = words.at(index++);
    if (name == u"help"_s) {
        out << usage();
        return 0;
    }
    const auto group = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                    [&name](const Group& candidate) { return candidate.name == name; });
    if (group == m_groups.cend()) {
        err << tr("domainsecure-cli: unknown command \"%1\"").arg(name) << u"\n\n"_s << usage();
        return static_cast<int>(ErrorCode::Usage);
    }
    if (group->single())
        return runVerb(session, *group, *group->verbs.front(), globals + words.mid(index));

    while (index < words.size() && takeGlobalOption(words, index, globals)) {
    }
    QStringList names;
    for (const auto& verb : group->verbs)
        names << verb->name();
    if (index >= words.size())
        return session.usageError(tr("%1: expected a subcommand: %2").arg(group->name, names.join(u", "_s)));
    const QString word = words.at(index++);
    if (word == u"-h"_s || word == u"--help"_s || word == u"help"_s) {
        out << groupUsage(*group);
        return 0;
    }
    CliVerb* verb = group->verb(word);
    // Two-word verbs ("partner cert add").
    if (!verb && index < words.size() && !words.at(index).startsWith(u'-')) {
        verb = group->verb(word + u' ' + words.at(index));
        if (verb)
            ++index;
    }
    if (!verb) {
        return session.usageError(
            tr("%1: unknown subcommand \"%2\" (expected %3)").arg(group->name, word, names.join(u", "_s)));
    }
    return runVerb(session, *group, *verb, globals + words.mid(index));
}

int CliApplication::runVerb(CliSession& session, const Group& group, CliVerb& verb,
                            const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(verb.description());
    for (const CliArgument& argument : verb.arguments())
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    for (const CliOption& option : verb.options())
        parser.addOption(option.toOption());
    for (const CliOption& option : CliSession::globalOptions())
        parser.addOption(option.toOption());
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    QString command = u"domainsecure-cli "_s + group.name;
    if (!verb.name().isEmpty())
        command += u" "_s + verb.name();
    if (!parser.parse(QStringList{command} + arguments))
        return session.usageError(parser.errorText());
    if (parser.isSet(help)) {
        session.out() << parser.helpText();
        session.out().flush();
        return 0;
    }
    session.configure(parser);
    return verb.run(session, parser);
}

} // namespace ds::cli
