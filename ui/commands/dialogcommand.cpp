#include "dialogcommand.h"

#include <QDialog>

namespace ds::ui {

DialogCommand::DialogCommand(const CommandContext& context, Factory factory, QObject* parent)
    : Command(context, parent)
    , m_factory(std::move(factory))
{}

void DialogCommand::start()
{
    m_dialog = m_factory(context());
    if (!m_dialog) {
        abort();
        return;
    }
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this](int code) {
        if (code == QDialog::Accepted)
            done();
        else
            abort();
    });
    m_dialog->open();
}

void DialogCommand::cancel()
{
    if (m_dialog)
        m_dialog->reject();
    else
        abort();
}

} // namespace ds::ui
