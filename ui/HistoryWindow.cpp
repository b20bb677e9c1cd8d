#include "HistoryWindow.h"
#include "ui_HistoryWindow.h"

#include "AfterFirstFrame.h"
#include "BuddyNames.h"
#include "ClearButtonName.h"
#include "OneLayoutItemDelegate.h"
#include "TableRow.h"
#include "WhenFinished.h"
#include "links/HistoryModel.h"
#include "links/OutboxService.h"
#include "store/History.h"
#include "store/Outbox.h"
#include "text/PersianText.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTimer>

HistoryWindow::HistoryWindow(OutboxService *service, const QString &profileKey, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryWindow>())
    , m_service(service)
    , m_model(new HistoryModel(this))
    , m_typingPause(new QTimer(this))
{
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    ClearButtonName::apply(m_ui->searchField);
    m_ui->table->setModel(m_model);
    // One line a row, each cell's text laid out once (the styled delegate
    // shapes it three times a paint).
    m_ui->table->setItemDelegate(new OneLayoutItemDelegate(m_ui->table));
    m_ui->table->setColumnWidth(HistoryModel::WhenColumn, 150);
    m_ui->table->setColumnWidth(HistoryModel::LinkColumn, 200);
    m_ui->table->setColumnWidth(HistoryModel::FieldsColumn, 260);
    // One choice per server profile, the one in use first chosen.
    const ServerNames names = ServerNames::fromSettings();
    m_model->setServerNames(names);
    const QString &here = profileKey;
    for (const ServerNames::Choice &choice : names.choices())
        m_ui->serverFilterBox->addItem(choice.label, choice.key);
    if (m_ui->serverFilterBox->findData(here) < 0)
        m_ui->serverFilterBox->addItem(tr("This server"), here);
    m_ui->serverFilterBox->addItem(tr("All servers"), QString());
    m_ui->serverFilterBox->setCurrentIndex(m_ui->serverFilterBox->findData(here));
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(300);
    connect(m_typingPause, &QTimer::timeout, this, &HistoryWindow::reload);
    connect(m_ui->searchField, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_ui->portfolioField, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_ui->serverFilterBox, &QComboBox::currentIndexChanged, this, &HistoryWindow::reload);
    connect(m_ui->closeBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &HistoryWindow::restore);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateButtons);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryWindow::updateButtons);
    connect(service->history(), &History::recorded, this, &HistoryWindow::reload);
    m_ui->message->hide();
    updateButtons();
    // Read once the window's first frame is painted: a worker reading
    // thousands of entries meanwhile took a processor from that frame.
    AfterFirstFrame::run(this, [this] { reload(); });
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::reload()
{
    History::Filter filter;
    filter.profile = m_ui->serverFilterBox->currentData().toString();
    filter.portfolioId = PersianText::parseId(m_ui->portfolioField->text()).value_or(0);
    filter.text = m_ui->searchField->text();
    const int generation = ++m_generation;
    whenFinished(m_service->history()->entries(filter), this, [this, generation](const QList<HistoryEntry> &entries) {
        if (generation != m_generation)
            return;
        m_model->setEntries(entries);
        if (!entries.isEmpty())
            TableRow::choose(m_ui->table, 0);
        emit loaded();
    });
}

void HistoryWindow::updateButtons()
{
    const std::optional<HistoryEntry> entry = m_model->entry(m_ui->table->currentIndex().row());
    m_ui->restoreButton->setEnabled(entry && HistoryModel::canRestore(*entry) && m_service->outbox()->isAvailable());
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
}

void HistoryWindow::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history"),
                                                      folder + QStringLiteral("/portfolio-links-history.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    whenFinished(History::exportCsv(m_model->entries(), path), this, [this, path](bool written) {
        m_ui->message->setText(written ? tr("The history was exported to %1.").arg(PersianText::isolated(QDir::toNativeSeparators(path)))
                                       : tr("The history could not be written to %1.").arg(PersianText::isolated(QDir::toNativeSeparators(path))));
        m_ui->message->show();
    });
}

void HistoryWindow::restore()
{
    const std::optional<HistoryEntry> entry = m_model->entry(m_ui->table->currentIndex().row());
    if (!entry || !HistoryModel::canRestore(*entry))
        return;
    const LinkDraft draft = LinkDraft::fromJson(entry->before, entry->portfolioId);
    const qint64 id = m_service->outbox()->add(OutboxItem::create(entry->profile, QUrl(entry->server), draft));
    m_ui->message->setText(id > 0 ? tr("Link %1 is created again as a new link: the server gives it a new number, "
                                       "not %1.").arg(PersianText::id(entry->linkId))
                                  : tr("The outbox is unavailable: the link could not be restored."));
    m_ui->message->show();
}
