#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ds::ui {

class WorkspaceDocument;

// Sets, changes or removes the workspace passphrase: every private key of the workspace is
// encrypted again (PKCS#8, scrypt) as one undoable edit. With a passphrase already set, the
// current one is asked first; leaving the new one empty stores the keys unencrypted (after a
// confirmation), which validation then reports.
class WorkspacePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspacePassphraseDialog(WorkspaceDocument* document, QWidget* parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    void showError(const QString& message);

    WorkspaceDocument* m_document;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ds::ui
