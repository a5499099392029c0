#include "secretlineedit.h"

#include "crypto/secrets.h"

#include <QSignalBlocker>

namespace ds::ui {

using namespace ds::core;

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
}

SecretLineEdit::~SecretLineEdit()
{
    // setText() drops the field's buffer and undo history, so that text becomes the only owner
    // and is overwritten; no signal reaches a dialog that is being destroyed.
    const QSignalBlocker blocker(this);
    QString text = this->text();
    setText(QString());
    Secrets::wipe(text);
}

} // namespace ds::ui
