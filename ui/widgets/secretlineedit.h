#pragma once

#include <QLineEdit>

namespace ds::ui {

// A password field: echo mode Password, and its text wiped when the field goes (core's
// Secrets::wipe on the last copy; the caller's own copies are theirs to wipe).
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;
};

} // namespace ds::ui
