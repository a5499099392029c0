#pragma once

#include "clisession.h"
#include "cliverb.h"
#include "model/freetext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace ds::cli {

using namespace ds::core;

// The verbs of the receive and send groups: new, list, show, set and remove, written once and
// parameterised by a connector kind (ReceiveKind, SendKind). The kind knows its options, how a
// connector is named on the command line, which ConnectorOperations to call and how to print
// one; the verbs here only put these together. Rules about the values are the operations'.
//
// A kind provides: Connector, Usage, Where (where a connector is: server and name), Edit;
// group(); the descriptions and confirmations; newOptions(), listOptions(), identityOptions(),
// identityArgument(), fieldOptions(forSet); checkNew(), newTarget(), find(); applyFields();
// create(), change(), remove(); identity(), toJson(), printText() and list().

template <typename Kind> class ConnectorNewVerb : public WorkspaceVerb
{
public:
    QString name() const override { return QStringLiteral("new"); }
    QString description() const override { return Kind::newDescription(); }
    QList<CliOption> options() const override { return Kind::newOptions(); }

protected:
    Status check(CliSession&, const QCommandLineParser& parser) override
    {
        auto usage = Kind::checkNew(parser);
        if (!usage.ok())
            return usage.error();
        m_usage = usage.value();
        m_name = parser.value(QStringLiteral("name")).trimmed();
        if (auto s = FreeText::checkName(QCoreApplication::translate("ConnectorVerbs", "name"), m_name);
            !s.ok())
            return Status::failure(ErrorCode::BadInput, QStringLiteral("--name: ") + s.errorMessage());
        return {};
    }

    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override
    {
        auto where = Kind::newTarget(session, parser, m_name);
        if (!where.ok())
            return where.error();
        m_where = where.value();
        const auto fields = [&parser](typename Kind::Connector& c) {
            return Kind::applyFields(parser, c, false);
        };
        return adopt(session, Kind::create(session.workspace(), m_where, m_usage, fields));
    }

    void report(CliSession& session, const QCommandLineParser&) override
    {
        if (session.json())
            session.printJson(Kind::toJson(session.workspace(), m_where));
        else
            session.out() << Kind::created(Kind::identity(session.workspace(), m_where)) << Qt::endl;
    }

private:
    typename Kind::Usage m_usage{};
    QString m_name;
    typename Kind::Where m_where;
};

template <typename Kind> class ConnectorListVerb : public WorkspaceVerb
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override { return Kind::listDescription(); }
    QList<CliOption> options() const override { return Kind::listOptions(); }

protected:
    Status check(CliSession&, const QCommandLineParser&) override { return {}; }
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override
    {
        if (Status listed = Kind::list(session, parser); !listed.ok())
            return listed.error();
        return Outcome::Unchanged;
    }
};

// show, set and remove name one connector: Kind::identityArgument() or Kind::identityOptions().
template <typename Kind> class ConnectorIdentityVerb : public WorkspaceVerb
{
public:
    QList<CliOption> options() const override { return Kind::identityOptions(); }
    QList<CliArgument> arguments() const override { return {Kind::identityArgument()}; }

protected:
    // Kind::find() checks the positional arguments.
    Status check(CliSession&, const QCommandLineParser&) override { return {}; }
};

template <typename Kind> class ConnectorShowVerb : public ConnectorIdentityVerb<Kind>
{
    using Outcome = WorkspaceVerb::Outcome;

public:
    QString name() const override { return QStringLiteral("show"); }
    QString description() const override { return Kind::showDescription(); }

protected:
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override
    {
        auto where = Kind::find(session, parser);
        if (!where.ok())
            return where.error();
        if (session.json())
            session.printJson(Kind::toJson(session.workspace(), where.value()));
        else
            Kind::printText(session, session.workspace(), where.value());
        return Outcome::Unchanged;
    }
};

template <typename Kind> class ConnectorSetVerb : public ConnectorIdentityVerb<Kind>
{
    using Outcome = WorkspaceVerb::Outcome;

public:
    QString name() const override { return QStringLiteral("set"); }
    QString description() const override { return Kind::setDescription(); }
    QList<CliOption> options() const override { return Kind::identityOptions() + Kind::fieldOptions(true); }

protected:
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override
    {
        auto where = Kind::find(session, parser);
        if (!where.ok())
            return where.error();
        m_where = where.value();
        QString newName = m_where.name;
        const auto edit = [&parser, &newName](typename Kind::Connector& c) {
            const Status applied = Kind::applyFields(parser, c, true);
            newName = c.name;
            return applied;
        };
        auto outcome = WorkspaceVerb::adopt(session, Kind::change(session.workspace(), m_where, edit));
        m_where.name = newName;
        return outcome;
    }

    void report(CliSession& session, const QCommandLineParser&) override
    {
        if (session.json())
            session.printJson(Kind::toJson(session.workspace(), m_where));
        else
            session.out() << Kind::updated(Kind::identity(session.workspace(), m_where)) << Qt::endl;
    }

private:
    typename Kind::Where m_where;
};

template <typename Kind> class ConnectorRemoveVerb : public ConnectorIdentityVerb<Kind>
{
    using Outcome = WorkspaceVerb::Outcome;

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString description() const override { return Kind::removeDescription(); }

protected:
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override
    {
        auto where = Kind::find(session, parser);
        if (!where.ok())
            return where.error();
        // Named before it is gone.
        m_identity = Kind::identity(session.workspace(), where.value());
        return WorkspaceVerb::adopt(session, Kind::remove(session.workspace(), where.value()));
    }

    void report(CliSession& session, const QCommandLineParser&) override
    {
        if (session.json())
            session.printJson(QJsonObject{{QStringLiteral("removed"), m_identity}});
        else
            session.out() << Kind::removed(m_identity) << Qt::endl;
    }

private:
    QString m_identity;
};

} // namespace ds::cli
