#pragma once

#include "export/exportcomparison.h"
#include "export/exportresult.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ds::ui {

using namespace ds::core;

class PostfixApplyWidget;
class WorkspaceDocument;

// Export Configuration: pick a target (Exchange shell script, Postfix) and a server, see the lint
// errors that block the export, preview every generated file and its diff against the previous
// export in the chosen folder, then Write (key files 0600, through core) and, for Postfix,
// optionally apply to a configuration directory. Regenerates whenever the workspace changes.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(WorkspaceDocument* document, const QString& server, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QString target() const;
    void setTarget(const QString& target);
    QString server() const;
    void setServer(const QString& server);
    QString folder() const;
    void setFolder(const QString& folder);

    // The generated files, empty while the export is refused or failed.
    const std::optional<ExportResult>& result() const { return m_result; }
    const QList<ExportComparison::Entry>& comparison() const { return m_comparison; }

public slots:
    void reject() override;
    void regenerate();
    bool write();

private:
    void buildUi();
    void refreshComparison();
    void showFile();
    void browseFolder();
    void updateButtons();
    bool updateIncludeKey();

    WorkspaceDocument* m_document;
    std::optional<ExportResult> m_result;
    QList<ExportComparison::Entry> m_comparison;

    QComboBox* m_target = nullptr;
    QComboBox* m_server = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QCheckBox* m_includeKey = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_findings = nullptr;
    QTreeWidget* m_files = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QLabel* m_warnings = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_write = nullptr;
    QGroupBox* m_applyGroup = nullptr;
    PostfixApplyWidget* m_apply = nullptr;
};

} // namespace ds::ui
