#include "valuelisteditor.h"

#include <QBrush>
#include <QColor>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
constexpr int ErrorRole = Qt::UserRole + 1;
}

ValueListEditor::ValueListEditor(Parser parser, QWidget* parent)
    : QWidget(parent)
    , m_parser(std::move(parser))
    , m_entryEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_list(new QListWidget(this))
    , m_errorLabel(new QLabel(this))
{
    m_entryEdit->setObjectName(u"entryEdit"_s);
    m_entryEdit->setAccessibleName(tr("New entry"));
    m_addButton->setObjectName(u"addButton"_s);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setEnabled(false);
    m_list->setObjectName(u"listWidget"_s);
    m_list->setAccessibleName(tr("Entries"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setVisible(false);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entryEdit, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_list, 1, 0, 2, 1);
    layout->addWidget(m_removeButton, 1, 1, Qt::AlignTop);
    layout->addWidget(m_errorLabel, 3, 0, 1, 2);
    setFocusProxy(m_entryEdit);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addPending(); });
    connect(m_entryEdit, &QLineEdit::returnPressed, this, [this] { addPending(); });
    connect(m_entryEdit, &QLineEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        if (!m_pendingErrors.isEmpty()) {
            m_pendingErrors.clear();
            updateErrors();
        }
        emit changed();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ValueListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updating)
            return;
        checkItem(item);
        updateErrors();
        emit changed();
    });
}

void ValueListEditor::setValues(const QStringList& values)
{
    m_updating = true;
    m_list->clear();
    m_pendingErrors.clear();
    m_entryEdit->clear();
    m_updating = false;
    for (const QString& value : values)
        appendEntry(value);
    updateErrors();
    emit changed();
}

QStringList ValueListEditor::values() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->data(ErrorRole).toString().isEmpty())
            result << item->text();
    }
    return result;
}

QStringList ValueListEditor::errors() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString error = m_list->item(row)->data(ErrorRole).toString();
        if (!error.isEmpty())
            result << error;
    }
    return result;
}

int ValueListEditor::count() const
{
    return m_list->count();
}

bool ValueListEditor::hasPendingText() const
{
    return !m_entryEdit->text().trimmed().isEmpty();
}

void ValueListEditor::setPlaceholderText(const QString& text)
{
    m_entryEdit->setPlaceholderText(text);
}

bool ValueListEditor::addPending()
{
    static const QRegularExpression separators(u"[,\\n]"_s);
    const QStringList pieces = m_entryEdit->text().split(separators, Qt::SkipEmptyParts);
    QStringList rejected;
    m_pendingErrors.clear();
    for (const QString& piece : pieces) {
        if (piece.trimmed().isEmpty())
            continue;
        const auto parsed = m_parser(piece);
        if (!parsed.ok()) {
            rejected << piece.trimmed();
            m_pendingErrors << tr("'%1': %2").arg(piece.trimmed(), parsed.errorMessage());
            continue;
        }
        if (!values().contains(parsed.value(), Qt::CaseInsensitive)) {
            appendEntry(parsed.value());
        }
    }
    m_updating = true;
    m_entryEdit->setText(rejected.join(u", "_s));
    m_updating = false;
    updateErrors();
    emit changed();
    return rejected.isEmpty();
}

void ValueListEditor::appendEntry(const QString& text)
{
    m_updating = true;
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    checkItem(item);
    m_updating = false;
}

void ValueListEditor::checkItem(QListWidgetItem* item)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const auto parsed = m_parser(item->text());
    if (parsed.ok()) {
        item->setData(ErrorRole, QString());
        item->setToolTip(QString());
        item->setForeground(QBrush());
        if (item->text() != parsed.value())
            item->setText(parsed.value());
    } else {
        const QString error = tr("'%1': %2").arg(item->text(), parsed.errorMessage());
        item->setData(ErrorRole, error);
        item->setToolTip(error);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_updating = wasUpdating;
}

void ValueListEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateErrors();
    emit changed();
}

void ValueListEditor::updateErrors()
{
    const QStringList all = m_pendingErrors + errors();
    m_errorLabel->setText(all.join(u'\n'));
    m_errorLabel->setVisible(!all.isEmpty());
}

} // namespace ds::ui
