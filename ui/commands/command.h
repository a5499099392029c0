#pragma once

#include "commandcontext.h"

#include <QObject>

namespace ds::ui {

// One run of a user action (Kleopatra's command pattern): created by the action registry with the
// current context, started, and deleted after it finished or was canceled.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(const CommandContext& context, QObject* parent = nullptr);

    // Begins the work; may return before it ends (wizards and dialogs are shown non-modally).
    virtual void start() = 0;
    virtual void cancel();

    const CommandContext& context() const { return m_context; }

signals:
    void finished();
    void canceled();

protected:
    void done();
    void abort();

private:
    CommandContext m_context;
};

} // namespace ds::ui
