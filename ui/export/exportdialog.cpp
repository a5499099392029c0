#include "exportdialog.h"

#include "diffhighlighter.h"
#include "document/workspacedocument.h"
#include "export/exporter.h"
#include "export/postfixexporter.h"
#include "model/certificatemanager.h"
#include "postfixapplywidget.h"
#include "settings/appsettings.h"
#include "validate/validator.h"
#include "widgets/icons.h"
#include "widgets/messagebox.h"
#include "widgets/secretlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
QString folderKey(const QString& server, const QString& target)
{
    return u"export/folder/%1/%2"_s.arg(server, target);
}

// The folder remembered for this server and target, else one below the home folder.
QString defaultFolder(const QString& server, const QString& target)
{
    const QString remembered = AppSettings::settings().value(folderKey(server, target)).toString();
    if (!remembered.isEmpty() || server.isEmpty())
        return remembered;
    return QDir::home().filePath(u"domainsecure-export/%1-%2"_s.arg(server, target));
}
} // namespace

ExportDialog::ExportDialog(WorkspaceDocument* document, const QString& server, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Configuration"));
    buildUi();

    for (const QString& target : Exporter::targets()) {
        if (auto exporter = Exporter::create(target))
            m_target->addItem(exporter->displayName(), target);
    }
    // The organization's Exchange release (workspace set --exchange-version) is the first choice.
    setTarget(ExchangeVersions::target(m_document->workspace().exchangeVersion));
    for (const Server& s : m_document->workspace().servers)
        m_server->addItem(Icons::get(u"server"_s), s.name, s.name);
    m_server->setCurrentIndex(qMax(0, m_server->findData(server)));
    const bool protectedKeys = m_document->workspace().keysProtected();
    m_passphrase->setVisible(protectedKeys);
    m_passphraseLabel->setVisible(protectedKeys);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        setFolder(defaultFolder(this->server(), target()));
        regenerate();
    });
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        setFolder(defaultFolder(this->server(), target()));
        regenerate();
    });
    connect(m_passphrase, &QLineEdit::editingFinished, this, &ExportDialog::regenerate);
    connect(m_includeKey, &QCheckBox::toggled, this, &ExportDialog::regenerate);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::refreshComparison);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &ExportDialog::showFile);
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &ExportDialog::regenerate);
    connect(m_apply, &PostfixApplyWidget::runningChanged, this, &ExportDialog::updateButtons);

    setFolder(defaultFolder(this->server(), target()));
    regenerate();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetComboBox"_s);
    m_target->setAccessibleName(tr("Export target"));
    form->addRow(tr("&Target:"), m_target);
    m_server = new QComboBox(this);
    m_server->setObjectName(u"serverComboBox"_s);
    m_server->setAccessibleName(tr("Server"));
    form->addRow(tr("&Server:"), m_server);
    m_passphrase = new SecretLineEdit(this);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setAccessibleName(tr("Workspace passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(tr("Workspace &passphrase:"), this);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    m_includeKey = new QCheckBox(tr("&Include the private key although it is marked non-exportable"), this);
    m_includeKey->setObjectName(u"includePrivateKeyCheckBox"_s);
    m_includeKey->setToolTip(tr("The bundle holds the key of the SMTP certificate. Check this only if the "
                                "administrator wants that key on the Postfix server."));
    form->addRow(QString(), m_includeKey);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(u"findingsView"_s);
    m_findings->setAccessibleName(tr("Lint findings for this target"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Severity"), tr("Object"), tr("Problem"), tr("Fix")});
    m_findings->setMaximumHeight(120);
    layout->addWidget(m_findings);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"exportSplitter"_s);
    m_files = new QTreeWidget(splitter);
    m_files->setObjectName(u"fileList"_s);
    m_files->setAccessibleName(tr("Generated files"));
    m_files->setRootIsDecorated(false);
    m_files->setHeaderLabels({tr("File"), tr("State"), tr("Size")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"fileTabs"_s);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview = new QPlainTextEdit(m_tabs);
    m_preview->setObjectName(u"previewView"_s);
    m_preview->setAccessibleName(tr("File preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(mono);
    m_diff = new QPlainTextEdit(m_tabs);
    m_diff->setObjectName(u"diffView"_s);
    m_diff->setAccessibleName(tr("Changes against the previous export"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(mono);
    new DiffHighlighter(m_diff->document());
    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(m_diff, tr("C&hanges"));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 540});
    layout->addWidget(splitter, 1);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"exportWarningsLabel"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_warnings);

    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setAccessibleName(tr("Export folder"));
    folderLabel->setBuddy(m_folder);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"folderBrowseButton"_s);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browseFolder);
    m_write = new QPushButton(Icons::get(u"save"_s), tr("&Write"), this);
    m_write->setObjectName(u"writeButton"_s);
    connect(m_write, &QPushButton::clicked, this, &ExportDialog::write);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(m_write);
    layout->addLayout(folderRow);

    m_applyGroup = new QGroupBox(tr("Apply to a Postfix server (optional)"), this);
    m_applyGroup->setObjectName(u"applyGroup"_s);
    auto* applyLayout = new QVBoxLayout(m_applyGroup);
    m_apply = new PostfixApplyWidget(m_applyGroup);
    applyLayout->addWidget(m_apply);
    layout->addWidget(m_applyGroup);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"exportButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);
    resize(900, 680);
}

QString ExportDialog::target() const
{
    return m_target->currentData().toString();
}

void ExportDialog::setTarget(const QString& target)
{
    m_target->setCurrentIndex(qMax(0, m_target->findData(target)));
}

QString ExportDialog::server() const
{
    return m_server->currentData().toString();
}

void ExportDialog::setServer(const QString& server)
{
    m_server->setCurrentIndex(qMax(0, m_server->findData(server)));
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void ExportDialog::regenerate()
{
    m_result.reset();
    m_findings->clear();
    m_warnings->clear();
    m_applyGroup->setVisible(target() == PostfixExporter::kTarget);
    const bool keyChoice = updateIncludeKey();
    std::optional<PostfixBundle> bundle;

    const Workspace& workspace = m_document->workspace();
    const auto exporter = Exporter::create(target());
    const auto validationTarget = Validator::parseTarget(target());
    // Exchange Online is organization-wide: it needs no server (Exporter::usesServer()).
    if (!exporter || !validationTarget || (server().isEmpty() && exporter->usesServer())) {
        m_status->setText(tr("Choose a target and a server; the workspace has no server yet."));
        m_apply->setBundle(bundle);
        refreshComparison();
        return;
    }

    const QList<Finding> findings = Validator::run(workspace, *validationTarget);
    int errors = 0;
    for (const Finding& finding : findings) {
        if (finding.severity == Finding::Severity::Info)
            continue;
        auto* item = new QTreeWidgetItem(m_findings);
        const bool error = finding.severity == Finding::Severity::Error;
        errors += error ? 1 : 0;
        item->setIcon(0, Icons::get(error ? u"status-error"_s : u"status-warning"_s));
        item->setText(0, Finding::severityText(finding.severity));
        item->setText(1, finding.object());
        item->setText(2, finding.message);
        item->setText(3, finding.hint);
        item->setToolTip(2, finding.toText());
        item->setData(0, Qt::UserRole, finding.code);
    }
    m_findings->setVisible(m_findings->topLevelItemCount() > 0);

    if (errors > 0) {
        m_status->setText(tr("Export to %1 refused: lint reports %n error(s) for this target. Fix them "
                             "first (the list below says where).",
                             nullptr, errors)
                              .arg(exporter->displayName()));
    } else {
        ExportOptions options{server(), m_passphrase->text(), keyChoice && m_includeKey->isChecked()};
        auto generated = exporter->run(workspace, options);
        if (!generated.ok()) {
            m_status->setText(tr("Cannot export: %1").arg(generated.errorMessage()));
        } else {
            m_result = std::move(generated.value());
            m_status->setText(tr("%n file(s) for %1 on %2.", nullptr, int(m_result->files.size()))
                                  .arg(exporter->displayName(), server()));
            if (!m_result->warnings.isEmpty()) {
                m_warnings->setText(tr("Read before deploying:") + u"\n• "_s +
                                    m_result->warnings.join(u"\n• "_s));
            }
            if (target() == PostfixExporter::kTarget) {
                if (const Server* s = workspace.server(server())) {
                    auto made = PostfixExporter::bundle(workspace, *s, options);
                    if (made.ok())
                        bundle = std::move(made.value());
                }
            }
        }
    }
    m_warnings->setVisible(!m_warnings->text().isEmpty());
    m_apply->setBundle(bundle);
    refreshComparison();
}

void ExportDialog::refreshComparison()
{
    const QString current =
        m_files->currentItem() ? m_files->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_files->clear();
    m_comparison.clear();
    if (m_result) {
        m_comparison = ExportComparison::compare(*m_result, folder());
        for (int i = 0; i < m_comparison.size(); ++i) {
            const ExportComparison::Entry& entry = m_comparison[i];
            const ExportFile& file = m_result->files[i];
            auto* item = new QTreeWidgetItem(m_files);
            item->setText(0, file.name);
            item->setData(0, Qt::UserRole, file.name);
            item->setIcon(0, Icons::get(file.secret ? u"key"_s : u"export"_s));
            item->setToolTip(0, file.description);
            item->setText(1, ExportComparison::stateText(entry.state));
            item->setText(2, QLocale().formattedDataSize(file.content.size()));
            if (entry.state == ExportComparison::State::Changed && entry.textDiff) {
                item->setText(1, tr("changed (+%1 −%2)")
                                     .arg(LineDiff::count(entry.diff, LineDiff::Kind::Added))
                                     .arg(LineDiff::count(entry.diff, LineDiff::Kind::Removed)));
            }
            if (file.name == current)
                m_files->setCurrentItem(item);
        }
        if (!m_files->currentItem() && m_files->topLevelItemCount() > 0)
            m_files->setCurrentItem(m_files->topLevelItem(0));
    }
    showFile();
    updateButtons();
}

void ExportDialog::showFile()
{
    m_preview->clear();
    m_diff->clear();
    const QTreeWidgetItem* item = m_files->currentItem();
    if (!item || !m_result)
        return;
    const int index = m_files->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item));
    if (index < 0 || index >= m_comparison.size())
        return;
    const ExportFile& file = m_result->files[index];
    const ExportComparison::Entry& entry = m_comparison[index];
    QString header;
    if (!file.description.isEmpty())
        header = u"# "_s + file.description + u"\n"_s;
    if (file.secret) {
        m_preview->setPlainText(tr("This file holds a private key. Its content is not shown; it is written "
                                   "readable by the owner only (mode 0600)."));
    } else if (!entry.textDiff) {
        m_preview->setPlainText(tr("Binary file, %1.").arg(QLocale().formattedDataSize(file.content.size())));
    } else {
        m_preview->setPlainText(QString::fromUtf8(file.content));
    }
    m_preview->setToolTip(file.description);

    switch (entry.state) {
    case ExportComparison::State::New:
        m_diff->setPlainText(folder().isEmpty()
                                 ? tr("Choose a folder to compare with its previous export.")
                                 : tr("New file: %1 has no previous %2.").arg(folder(), file.name));
        break;
    case ExportComparison::State::Unchanged:
        m_diff->setPlainText(tr("Unchanged since the previous export."));
        break;
    case ExportComparison::State::Changed:
        m_diff->setPlainText(entry.textDiff ? LineDiff::unified(entry.diff)
                                            : tr("Changed (content not shown: binary or secret file)."));
        break;
    }
}

void ExportDialog::browseFolder()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export Folder"), folder());
    if (!directory.isEmpty())
        setFolder(directory);
}

void ExportDialog::updateButtons()
{
    m_write->setEnabled(m_result.has_value() && !folder().isEmpty() && !m_apply->isRunning());
    m_target->setEnabled(!m_apply->isRunning());
    const auto exporter = Exporter::create(target());
    m_server->setEnabled(!m_apply->isRunning() && (!exporter || exporter->usesServer()));
}

// Shows the checkbox only when core refuses the SMTP certificate's key of a Postfix bundle as
// non-exportable; true then. Elsewhere it is cleared: the choice is made again for each server.
bool ExportDialog::updateIncludeKey()
{
    const Server* s = m_document->workspace().server(server());
    const CertificateEntry* certificate = s ? s->smtpCertificate() : nullptr;
    const bool relevant = target() == PostfixExporter::kTarget && certificate &&
                          certificate->hasPrivateKey() &&
                          !CertificateManager::checkKeyExportable(*certificate).ok();
    m_includeKey->setVisible(relevant);
    m_includeKey->setEnabled(relevant);
    if (!relevant) {
        const QSignalBlocker blocker(m_includeKey);
        m_includeKey->setChecked(false);
    }
    return relevant;
}

bool ExportDialog::write()
{
    if (!m_result || folder().isEmpty())
        return false;
    int replaced = 0;
    for (const ExportComparison::Entry& entry : std::as_const(m_comparison))
        replaced += entry.state == ExportComparison::State::Changed ? 1 : 0;
    if (replaced > 0 &&
        MessageBox::question(
            this, tr("Write Export"),
            tr("%n file(s) in %1 will be replaced. Continue?", nullptr, replaced).arg(folder()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    if (const Status written = m_result->writeTo(folder()); !written.ok()) {
        MessageBox::critical(this, tr("Write Export"), written.errorMessage());
        return false;
    }
    AppSettings::settings().setValue(folderKey(server(), target()), QDir(folder()).absolutePath());
    m_status->setText(tr("Wrote %n file(s) to %1.", nullptr, int(m_result->files.size())).arg(folder()));
    refreshComparison();
    return true;
}

void ExportDialog::reject()
{
    if (m_apply->isRunning()) {
        m_apply->cancel(); // closes once the worker stopped between two steps
        connect(m_apply, &PostfixApplyWidget::applied, this, &ExportDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

} // namespace ds::ui
