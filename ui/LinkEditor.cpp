#include "LinkEditor.h"
#include "ui_LinkEditor.h"

#include "ImagePickerDialog.h"
#include "LinkCopyActions.h"
#include "LinkForm.h"
#include "LinkResultView.h"
#include "PlainMessageBox.h"
#include "ThumbnailStrip.h"
#include "WhenFinished.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/LinkPatch.h"
#include "api/MediaSupport.h"
#include "links/LinkCreation.h"
#include "links/LinkFields.h"
#include "links/LinkInput.h"
#include "links/LinkUpdate.h"
#include "links/OutboxWorker.h"
#include "media/PortfolioImages.h"
#include "media/ThumbnailLoader.h"
#include "session/Session.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "store/Outbox.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

#include <QCoreApplication>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace {

QString shownValue(const QString &text)
{
    return text.isEmpty() ? LinkEditor::tr("(empty)") : ServerText::shown(text);
}

// The form holds an image number as typed or as stored ("12"): shown in the UI's digits.
QString imageNumber(const QString &text)
{
    const std::optional<qint64> id = PersianText::parseId(text);
    return id ? PersianText::id(*id) : text;
}

} // namespace

LinkEditor::LinkEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinkEditor>())
    , m_draftTimer(new QTimer(this))
    , m_emptyAfterRemoval(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    LinkForm *form = m_ui->linkForm;
    connect(form, &LinkForm::submitted, this, &LinkEditor::submit);
    connect(form, &LinkForm::cancelRequested, this, &LinkEditor::cancelRequest);
    connect(form, &LinkForm::chooseImageRequested, this, [this] { openImagePicker(); });
    connect(form, &LinkForm::imageFileDropped, this, &LinkEditor::openImagePicker);
    // Saved shortly after the typing pauses, not on every keystroke.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(form, &LinkForm::edited, m_draftTimer, qOverload<>(&QTimer::start));
    connect(form, &LinkForm::edited, this, &LinkEditor::updateSaveButton);
    connect(form, &LinkForm::refusedFieldsEdited, this,
            [this] { emit statusMessageWithdrawn(std::exchange(m_failureStatus, QString())); });
    connect(m_draftTimer, &QTimer::timeout, this, &LinkEditor::saveDraft);
    m_emptyAfterRemoval->setSingleShot(true);
    m_emptyAfterRemoval->setInterval(0);
    connect(m_emptyAfterRemoval, &QTimer::timeout, this, &LinkEditor::resetToNew);
    updateTitle();
}

LinkEditor::~LinkEditor() = default;

void LinkEditor::setSession(Session *session, DraftStore *drafts)
{
    m_session = session;
    m_drafts = drafts;
    m_creation = new LinkCreation(session->api(), this);
    m_update = new LinkUpdate(session->api(), this);
    m_thumbnails = session->createThumbnailLoader(this);
    m_choicePreview = session->createThumbnailLoader(this);
    m_thumbnails->setMaximumImageSize(ThumbnailStrip::imageArea() * devicePixelRatioF());
    ThumbnailStrip *strip = m_ui->resultView->thumbnailStrip();
    connect(m_thumbnails, &ThumbnailLoader::thumbnailLoaded, strip,
            [strip](int index, const QImage &image) { strip->showImage(index, image); });
    connect(m_thumbnails, &ThumbnailLoader::thumbnailFailed, strip, &ThumbnailStrip::showFailure);
    connect(m_thumbnails, &ThumbnailLoader::thumbnailLoaded, this, [this](int index, const QImage &image) {
        if (m_previewFileFromStrip.isEmpty() || index >= m_stripThumbnails.size()
            || m_stripThumbnails.at(index).file != m_previewFileFromStrip)
            return;
        m_previewFileFromStrip.clear();
        showPreview(m_previewFromStrip, image);
    });
    connect(session, &Session::timeoutsChanged, this, [this, session] {
        for (ThumbnailLoader *loader : {m_thumbnails, m_choicePreview}) {
            loader->setTimeout(session->timeout());
            loader->setDeadline(session->deadline());
        }
    });
    LinkCopyActions *copyActions = m_ui->resultView->copyActions();
    copyActions->setLastWriteSource([api = session->api()] { return api->lastWrite(); });
    connect(copyActions, &LinkCopyActions::copied, this, [this](const QString &message) { emit statusMessage(message, 5000); });
    connectCreation();
    connectUpdate();
}

LinkForm *LinkEditor::form() const
{
    return m_ui->linkForm;
}

LinkResultView *LinkEditor::resultView() const
{
    return m_ui->resultView;
}

std::optional<qint64> LinkEditor::portfolio() const
{
    return m_ui->linkForm->portfolio();
}

void LinkEditor::setPortfolioText(const QString &text)
{
    if (text == m_ui->linkForm->formDraft().portfolio)
        return;
    m_ui->linkForm->setPortfolioText(text);
    m_draftTimer->start();
    updateSaveButton();
}

bool LinkEditor::isBusy() const
{
    return (m_creation && m_creation->isBusy()) || m_updateBusy;
}

FormDraft LinkEditor::currentDraft() const
{
    FormDraft draft = m_ui->linkForm->formDraft();
    if (m_loaded) {
        draft.linkId = QString::number(m_loaded->id);
        draft.linkVersion = m_loaded->updatedAt.toString(Qt::ISODateWithMs);
    } else if (m_creation->state() == LinkCreation::State::Unresolved) {
        draft.unresolvedCreate
            = UnresolvedCreate{m_creation->sentDraft(), m_creation->unresolvedNewestIdBefore(), m_sentForm.toJson()};
    }
    return draft;
}

bool LinkEditor::hasUnsavedChanges() const
{
    if (m_loaded) {
        // A link does not move between portfolios: the field above is not an edit of it.
        FormDraft now = currentDraft();
        now.portfolio = m_loadedForm.portfolio;
        return now != m_loadedForm;
    }
    return !m_ui->linkForm->formDraft().isEmpty();
}

void LinkEditor::saveDraft()
{
    if (hasUnsavedChanges())
        m_drafts->save(currentDraft());
    else if (m_removedEdits)
        m_drafts->save(*m_removedEdits); // a deleted link's, until the server has deleted it
    else
        m_drafts->clear();
    if (!m_loaded)
        prepareCreation();
}

void LinkEditor::prepareCreation()
{
    // While the user types: the check after a lost answer then costs the
    // create path no extra round trip.
    if (const std::optional<qint64> id = portfolio(); id && m_creation)
        m_creation->prepare(*id);
}

void LinkEditor::forgetServer()
{
    m_creation->forgetServer();
}

void LinkEditor::updateTitle()
{
    const QString title = m_loaded ? tr("Link %1").arg(PersianText::id(m_loaded->id)) : tr("New link");
    m_ui->titleLabel->setText(hasUnsavedChanges() && m_loaded ? tr("%1 (unsaved changes)").arg(title) : title);
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
}

void LinkEditor::updateSaveButton()
{
    // Nothing changed, nothing to save.
    m_ui->linkForm->setHasChanges(!m_loaded || (m_baseKnown && hasUnsavedChanges()));
    updateTitle();
}

void LinkEditor::startNew()
{
    m_drafts->clear();
    // A send left unresolved is given up with the form that held it.
    m_creation->release();
    resetToNew();
}

void LinkEditor::resetToNew()
{
    m_emptyAfterRemoval->stop();
    m_baseKnown = true;
    cancelUpdate(tr("The editor went on to a new link before the server answered."));
    m_loaded.reset();
    m_loadedForm = {};
    m_thumbnails->cancel();
    m_ui->linkForm->setMode(LinkForm::Mode::Create);
    m_ui->linkForm->clearForNextLink();
    m_ui->resultView->clear();
    m_draftTimer->stop();
    updateSaveButton();
    prepareCreation();
    emit modeChanged(Mode::Create);
}

bool LinkEditor::useDraftsOf(const QUrl &server)
{
    if (m_draftsChosen && Endpoints::serverIdentity(m_drafts->server()) == Endpoints::serverIdentity(server))
        return false;
    const bool firstChoice = !m_draftsChosen;
    m_draftsChosen = true;
    // The last keystrokes for the previous server go into its own draft
    // first. Before the first choice, an empty form means nothing was typed:
    // the timer runs for the portfolio put back from the last run, and saving
    // the empty form would delete the draft kept for no server before it is read.
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        if (!firstChoice || hasUnsavedChanges())
            saveDraft();
    }
    const bool setAside = hasUnsavedChanges();
    if (setAside || m_loaded)
        resetToNew();
    // A create left unresolved there is in that server's draft, and is asked for when it comes back.
    m_creation->release();
    m_drafts->setServer(server);
    whenFinished(m_drafts->load(), this, [this, server](const FormDraft &draft) {
        // Only into an untouched form, and only while still on that server.
        if (draft.isEmpty() || m_drafts->server() != server || hasUnsavedChanges() || m_loaded)
            return;
        restoreDraft(draft);
        emit draftRestored(draft);
    });
    return setAside;
}

void LinkEditor::openLink(const Link &link, qint64 portfolioId)
{
    m_baseKnown = true;
    m_loadedPortfolio = portfolioId;
    enterEditMode(link, true);
    LinkCall *fresh = m_session->api()->fetchLink(portfolioId, link.id);
    fresh->onSucceeded(this, [this](const Link &current) {
        emit statusMessageWithdrawn(std::exchange(m_unreachableStatus, QString()));
        // Only while the user has not started editing it: never over their typing.
        if (m_loaded && m_loaded->id == current.id && !hasUnsavedChanges() && !isBusy())
            enterEditMode(current, true);
    });
    connect(fresh, &ApiCall::failed, this, [this, id = link.id](const ApiError &error) {
        if (m_loaded && m_loaded->id == id) {
            m_unreachableStatus = error.message();
            emit statusMessage(m_unreachableStatus, 0);
        }
    });
}

void LinkEditor::enterEditMode(const Link &link, bool fillForm)
{
    m_emptyAfterRemoval->stop();
    m_loaded = link;
    // Its thumbnails' requests leave before the form is filled.
    showLink(link);
    LinkForm *form = m_ui->linkForm;
    form->setMode(LinkForm::Mode::Edit);
    if (fillForm) {
        // What the person saved while the server was away is what they
        // expect to find: an edit still in the outbox shows over the
        // server's values (sent, it becomes them).
        const FormDraft stored = LinkInput::formOf(link, portfolio().value_or(0));
        FormDraft shownForm = stored;
        if (m_outbox) {
            for (const LinkPatch &patch : m_outbox->waitingEdits(Outbox::keyOf(*m_session->api()), link.id))
                shownForm = LinkInput::withChanges(shownForm, patch);
        }
        form->restore(shownForm);
        form->clearErrors();
        if (shownForm != stored)
            form->showMessage(tr("Changes you saved to this link are in the outbox: the form shows them, and they "
                                 "are sent when the server is back."));
        // The picture the form already shows for this image (chosen in the
        // picker, or an edit's own) is not downloaded again.
        const ImageChoice shown = form->imageChoice();
        if (shownForm.image == stored.image)
            useImage(link.image ? ImageChoice{link.image->id, link.image, shown.id == link.image->id ? shown.preview : QImage()}
                                : ImageChoice{});
        // The baseline is what the form itself shows for the link.
        m_loadedForm = currentDraft();
    } else {
        m_loadedForm = LinkInput::formOf(link, portfolio().value_or(0));
        m_loadedForm.portfolio = form->formDraft().portfolio;
    }
    updateSaveButton();
    emit modeChanged(Mode::Edit);
}

void LinkEditor::showLink(const Link &link)
{
    // The requests first, the tiles after: the loader reports only once
    // back in the event loop. The same pictures again (the link read afresh
    // after a create or a save) keep their downloads in flight: the loader
    // fetches each once.
    m_stripThumbnails = link.image ? link.image->thumbnails : QList<Thumbnail>();
    m_thumbnails->load(m_stripThumbnails);
    m_ui->resultView->showLink(link);
    // Sized to its new contents at once: left to the event loop, the view
    // is laid out squeezed into its old size, painted, resized by the
    // scroll area and painted again, a pass per level (each value painted
    // three times after a create). The scroll area first, which sizes the
    // view from its layout's hints alone (its layout waits meanwhile: the
    // scroll bar the view now needs narrows it once more), then the view is
    // laid out once, in its final size.
    QLayout *layout = m_ui->resultView->layout();
    layout->setEnabled(false);
    QEvent layoutRequest(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_ui->resultScroll, &layoutRequest);
    layout->setEnabled(true);
    layout->activate();
}

void LinkEditor::takeOver(const FormDraft &draft, const std::function<void()> &whenOnDisk)
{
    restoreDraft(draft);
    m_draftTimer->stop();
    whenFinished(m_drafts->save(draft), this, [whenOnDisk](const QString &error) {
        if (error.isEmpty())
            whenOnDisk();
    });
}

void LinkEditor::restoreDraft(const FormDraft &draft)
{
    if (!draft.isEdit()) {
        m_ui->linkForm->restore(draft);
        describeChosenImage();
        updateSaveButton();
        if (const std::optional<UnresolvedCreate> &unresolved = draft.unresolvedCreate) {
            m_creation->resume(unresolved->sent, unresolved->newestIdBefore);
            m_sentForm = FormDraft::fromJson(unresolved->sentForm);
            m_ui->linkForm->showMessage(tr("This link may already be on the server: Create link asks the server "
                                           "first, and sends it only if it is not there."));
        }
        return;
    }
    // An edit of link N comes back as an edit of link N, checked against
    // the version it started from.
    Link base;
    base.id = PersianText::parseId(draft.linkId).value_or(0);
    base.updatedAt = QDateTime::fromString(draft.linkVersion, Qt::ISODateWithMs);
    m_ui->linkForm->restore(draft);
    // Until the server says what the link holds, what changed is not known:
    // nothing can be saved yet.
    m_baseKnown = false;
    m_loadedPortfolio = portfolio().value_or(0);
    enterEditMode(base, false);
    // Without a token yet (the keychain's answer can come after the
    // draft), asking would only be refused: tokenArrived() asks.
    if (m_session->api()->hasToken())
        fetchRestoredEditBase();
    describeChosenImage();
}

void LinkEditor::fetchRestoredEditBase()
{
    if (m_restoredEditBaseCall)
        return;
    const Link base = *m_loaded;
    LinkCall *call = m_session->api()->fetchLink(m_loadedPortfolio, base.id);
    m_restoredEditBaseCall = call;
    call->onSucceeded(this, [this, base](const Link &server) {
        if (!m_loaded || m_loaded->id != base.id)
            return;
        Link loaded = server;
        loaded.updatedAt = base.updatedAt; // a change made since then is a conflict on save
        m_baseKnown = true;
        enterEditMode(loaded, false);
    });
    connect(call, &ApiCall::failed, this, [this, base](const ApiError &error) {
        if (!m_loaded || m_loaded->id != base.id)
            return;
        // Every field typed is then sent, still after the conflict check.
        m_baseKnown = true;
        updateSaveButton();
        m_ui->linkForm->showError(error);
    });
}

void LinkEditor::tokenArrived()
{
    if (m_loaded && !m_baseKnown)
        fetchRestoredEditBase();
    describeChosenImage();
}

void LinkEditor::leave(const std::function<void()> &then, const std::function<void()> &cancelled)
{
    if (isBusy()) {
        emit statusMessage(tr("Wait until the server has answered."), 5000);
        if (cancelled)
            cancelled();
        return;
    }
    if (!hasUnsavedChanges()) {
        then();
        return;
    }
    auto *box = new PlainMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                    m_loaded ? tr("Link %1 has changes that were not saved.").arg(PersianText::id(m_loaded->id))
                                             : tr("The new link was not created yet."),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    // Alt letters, as every other button has (Qt's own texts have none here).
    box->button(QMessageBox::Save)->setText(m_loaded ? tr("&Save") : tr("&Create link"));
    box->button(QMessageBox::Discard)->setText(tr("&Discard"));
    connect(box, &QMessageBox::finished, this, [this, box, then, cancelled](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            m_afterSave = then;
            submitCurrent();
        } else if (answer == QMessageBox::Discard) {
            m_drafts->clear();
            then();
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
}

void LinkEditor::submitCurrent()
{
    m_ui->linkForm->submit();
}

void LinkEditor::submit(const LinkDraft &draft)
{
    if (isBusy())
        return; // one request at a time: a second click must not send twice
    if (!m_session->api()->baseUrl().isValid()) {
        m_ui->linkForm->showMessage(tr("Set the server address in Connection settings first."));
        emit connectionNeeded();
        m_afterSave = nullptr;
        return;
    }
    if (m_loaded) {
        if (m_baseKnown)
            saveChanges(draft);
        return;
    }
    m_thumbnails->cancel();
    Settings().setLastPortfolio(draft.portfolioId);
    m_submittedForm = m_ui->linkForm->formDraft();
    m_submittedDraft = draft;
    if (m_creation->state() == LinkCreation::State::Unresolved) {
        // The server is asked about the earlier send first. Until a POST
        // leaves (aboutToSend), the form's draft, marked so, is the one
        // record of it: an outbox row would be sent with what the form holds
        // now, which is not what may be on the server.
        m_draftTimer->stop();
        saveDraft();
        m_creation->submit(draft);
        return;
    }
    trackCreate(draft, m_creation->newestKnownId(draft.portfolioId));
    m_creation->submit(draft);
}

void LinkEditor::trackCreate(const LinkDraft &draft, std::optional<qint64> newestIdBefore)
{
    // Written as the POST will find it, so that aboutToSend() has nothing
    // to write again: one write to disk between the click and the wire.
    const ApiClient *api = m_session->api();
    OutboxItem item = OutboxItem::create(Outbox::keyOf(*api), api->baseUrl(), draft);
    item.outcomeUnknown = true;
    item.newestIdBefore = newestIdBefore;
    if (m_tracked.begin(item))
        handDraftToOutbox();
}

void LinkEditor::handDraftToOutbox()
{
    // On disk the outbox's row alone holds the change while it is out: a
    // crash then leaves one record of it, which the next start finishes
    // after asking the server (a draft put back beside it would be sent
    // again, or read as someone else's change). When the change comes back
    // to the form, so does its draft (saveDraft()).
    m_draftTimer->stop();
    m_drafts->clear();
}


void LinkEditor::saveChanges(const LinkDraft &draft)
{
    // Only the fields the user touched are compared; one left alone is never
    // sent, whatever the form's rules would make of what the server holds.
    const FormDraft typed = m_ui->linkForm->formDraft();
    const LinkDraft stored = LinkDraft::fromLink(*m_loaded, m_loadedPortfolio);
    LinkDraft before = draft;
    if (typed.name != m_loadedForm.name)
        before.name = stored.name;
    if (typed.url != m_loadedForm.url)
        before.url = stored.url;
    if (typed.description != m_loadedForm.description)
        before.description = stored.description;
    if (typed.image != m_loadedForm.image)
        before.imageId = stored.imageId;
    LinkDraft edited = draft;
    edited.portfolioId = m_loadedPortfolio; // the link's own, whatever the field above says now
    const LinkPatch patch = LinkPatch::between(before, edited, m_loaded->id);
    if (patch.isEmpty()) {
        m_ui->linkForm->showMessage(tr("Nothing changed: there is nothing to save."));
        m_loadedForm = currentDraft();
        updateSaveButton();
        if (const auto then = std::exchange(m_afterSave, nullptr))
            then();
        return;
    }
    const ApiClient *api = m_session->api();
    if (m_tracked.begin(OutboxItem::edit(Outbox::keyOf(*api), api->baseUrl(), patch, *m_loaded)))
        handDraftToOutbox();
    m_update->save(*m_loaded, patch);
    m_lastPatch = patch;
}

void LinkEditor::cancelRequest()
{
    m_afterSave = nullptr;
    if (m_creation->isBusy()) {
        m_creation->cancel();
    } else if (m_update->isBusy()) {
        saveDraft(); // the form keeps the edits: its draft first, then the row goes
        cancelUpdate(tr("Cancelled before the server answered."));
    }
}

void LinkEditor::cancelUpdate(const QString &reason)
{
    if (!m_update->isBusy())
        return;
    m_update->cancel();
    // Taken back, not kept for the outbox to send after all (at the next
    // start): what was typed is still in the form, and a save of it checks
    // the server first, where a PATCH that did arrive is found applied.
    m_tracked.withdraw(reason);
}

void LinkEditor::linkRemoved(qint64 linkId)
{
    if (!m_loaded || m_loaded->id != linkId)
        return;
    cancelUpdate(tr("The link was deleted before the server answered."));
    m_draftTimer->stop();
    // Undo brings them back; until the delete is done, so does the draft
    // after a crash (the link is still on the server then).
    if (hasUnsavedChanges()) {
        m_removedEdits = currentDraft();
        m_drafts->save(*m_removedEdits);
    }
    m_loadedForm = currentDraft(); // nothing left unsaved to ask about
    m_emptyAfterRemoval->start();
}

bool LinkEditor::linkRestored(qint64 linkId)
{
    if (!m_removedEdits || PersianText::parseId(m_removedEdits->linkId) != linkId)
        return false;
    const FormDraft edits = *std::exchange(m_removedEdits, std::nullopt);
    if (hasUnsavedChanges() || isBusy())
        return false; // the form went on to other work: the draft holds that now
    m_emptyAfterRemoval->stop();
    restoreDraft(edits);
    m_drafts->save(edits);
    return true;
}

void LinkEditor::linksDeleted(const QList<qint64> &linkIds)
{
    if (!m_removedEdits || !linkIds.contains(PersianText::parseId(m_removedEdits->linkId).value_or(0)))
        return;
    m_removedEdits.reset();
    if (!hasUnsavedChanges())
        m_drafts->clear(); // it held the deleted link's edits, not newer work
}

void LinkEditor::connectUpdate()
{
    connect(m_update, &LinkUpdate::busyChanged, this, [this](bool busy) {
        m_updateBusy = busy;
        if (busy)
            emit statusMessage(tr("Saving the changes…"), 0);
        setBusy(isBusy());
    });
    connect(m_update, &LinkUpdate::saved, this, [this](const Link &link) {
        m_tracked.succeeded(link);
        enterEditMode(link, true);
        m_draftTimer->stop();
        m_drafts->clear();
        m_ui->linkForm->showMessage(QString());
        emit statusMessage(tr("Link %1 was saved.").arg(PersianText::id(link.id)), 5000);
        emit saved(link);
        if (const auto then = std::exchange(m_afterSave, nullptr))
            then();
    });
    connect(m_update, &LinkUpdate::conflict, this, &LinkEditor::askAboutConflict);
    connect(m_update, &LinkUpdate::failed, this, [this](const ApiError &error) {
        if (keptByOutbox(error))
            return;
        m_afterSave = nullptr;
        showFailure(error);
    });
}

void LinkEditor::askAboutConflict(const Link &server)
{
    m_afterSave = nullptr;
    const FormDraft yours = m_ui->linkForm->formDraft();
    const FormDraft theirs = LinkInput::formOf(server, portfolio().value_or(0));
    const std::pair<QString, std::pair<QString, QString>> fields[] = {
        {LinkFields::label(QStringLiteral("name")), {yours.name, theirs.name}},
        {LinkFields::label(QStringLiteral("url")), {yours.url, theirs.url}},
        {LinkFields::label(QStringLiteral("description")), {yours.description, theirs.description}},
        {LinkFields::label(QStringLiteral("image")), {imageNumber(yours.image), imageNumber(theirs.image)}},
    };
    QStringList differences;
    for (const auto &[field, values] : fields) {
        if (values.first != values.second)
            differences.append(tr("%1 — yours: %2; on the server: %3")
                                   .arg(field, PersianText::inOwnDirection(shownValue(values.first)),
                                        PersianText::inOwnDirection(shownValue(values.second))));
    }
    auto *box = new PlainMessageBox(QMessageBox::Warning, tr("The link was changed meanwhile"),
                                    tr("Someone changed link %1 on the server after you opened it. Nothing was sent.")
                                        .arg(PersianText::id(server.id)),
                                    QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictBox"));
    box->setPlainInformativeText(differences.isEmpty() ? tr("Their change is in fields you did not edit.")
                                                       : differences.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *overwrite = box->addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *reload = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(reload);
    connect(box, &QMessageBox::buttonClicked, this, [this, overwrite, reload, server](QAbstractButton *button) {
        if (button == overwrite) {
            m_update->overwrite(m_lastPatch);
        } else if (button == reload) {
            m_tracked.withdraw(tr("The server's version was reloaded instead."));
            enterEditMode(server, true);
            emit saved(server); // the list shows the server's version too
        } else {
            saveDraft();
            m_tracked.withdraw(tr("Kept in the form after a change made elsewhere."));
        }
    });
    emit statusMessage(box->windowTitle(), 0);
    box->open();
}

void LinkEditor::connectCreation()
{
    connect(m_creation, &LinkCreation::aboutToSend, this, [this](std::optional<qint64> newestIdBefore) {
        if (m_tracked.isTracking())
            m_tracked.sending(newestIdBefore);
        else // after a check that found nothing, or "Create another"
            trackCreate(m_creation->sentDraft(), newestIdBefore);
    });
    connect(m_creation, &LinkCreation::stateChanged, this, [this](LinkCreation::State state) {
        if (state == LinkCreation::State::Sending) {
            m_sentForm = m_submittedForm;
            emit statusMessage(tr("Creating the link…"), 0);
        }
        setBusy(isBusy());
    });
    connect(m_creation, &LinkCreation::created, this, [this](const Link &link) {
        showCreated(link);
        emit statusMessage(tr("Link %1 was created.").arg(PersianText::id(link.id)), 0);
    });
    connect(m_creation, &LinkCreation::foundAfterUnknownOutcome, this, &LinkEditor::showFoundAfterUnknownOutcome);
    connect(m_creation, &LinkCreation::failed, this, [this](const ApiError &error) {
        if (keptByOutbox(error))
            return;
        m_afterSave = nullptr;
        showFailure(error);
    });
    connect(m_creation, &LinkCreation::checking, this, [this] {
        emit statusMessage(tr("The server's answer was lost; asking it whether the link was created…"), 0);
    });
    connect(m_creation, &LinkCreation::notCreated, this, [this](const ApiError &cause) {
        if (keptByOutbox(cause))
            return;
        m_afterSave = nullptr;
        m_ui->linkForm->showError(cause, tr("The server has no such link: it was not created. Press Create link to send it again."));
        emit statusMessage(tr("The link was not created."), 0);
    });
    connect(m_creation, &LinkCreation::stillUnknown, this, [this](const ApiError &, const ApiError &checkError) {
        // Back in the form, its draft says what was sent: the next start asks the server first too.
        if (keptByOutbox(checkError, true))
            return;
        m_afterSave = nullptr;
        m_ui->linkForm->showError(checkError, tr("Whether the server created the link cannot be checked now: nothing will be "
                                                 "sent again before it has been asked. Press Create link to ask it."));
        emit statusMessage(tr("Whether the link was created is not known yet."), 0);
    });
    connect(m_creation, &LinkCreation::undecided, this, &LinkEditor::askAboutIdenticalLinks);
}

void LinkEditor::showCreated(const Link &link)
{
    // The new link stays in the editor, now as an existing link: first of
    // all, its thumbnails are asked for, from the server (most likely new
    // files); enterEditMode asks for the same again and keeps these requests.
    if (link.image)
        m_thumbnails->load(link.image->thumbnails, ThumbnailLoader::Expect::New);
    m_ui->linkForm->clearErrors();
    m_loadedPortfolio = m_submittedDraft.portfolioId;
    enterEditMode(link, true);
    m_draftTimer->stop();
    m_drafts->clear();
    emit created(link);
    // Written to disk once the thumbnails are on their way and the link is
    // in the list: the outbox's entry and the history's are not in their way.
    m_tracked.succeeded(link);
    if (const auto then = std::exchange(m_afterSave, nullptr))
        then();
}

void LinkEditor::showFoundAfterUnknownOutcome(const Link &link)
{
    // A send the form held (after a check that failed, "Decide later", or
    // from an earlier run's draft) has no outbox row: one is written and
    // settled now, so that the History says the link was created.
    if (!m_tracked.isTracking())
        trackCreate(m_creation->sentDraft(), m_creation->unresolvedNewestIdBefore());
    m_tracked.succeeded(link);
    const QString id = PersianText::id(link.id);
    if (m_ui->linkForm->formDraft() != m_sentForm) {
        // Edited since that send: the edits are kept, the earlier link shown.
        showLink(link);
        saveDraft();
        m_ui->linkForm->showMessage(tr("Your earlier attempt had created link %1; it was not sent again. "
                                       "What the form holds now was not sent.").arg(id));
        emit created(link);
        return;
    }
    showCreated(link);
    emit statusMessage(tr("The server's answer was lost, but it had created the link (%1): it was not sent again.").arg(id), 0);
}

void LinkEditor::askAboutIdenticalLinks(const QList<Link> &identical)
{
    m_afterSave = nullptr;
    const Link newest = identical.first();
    auto *box = new PlainMessageBox(QMessageBox::Question, tr("Was the link created?"),
                                    tr("The server's answer was lost. The server has a link with exactly these values "
                                       "(number %1), but it may be an older one rather than the one just sent.")
                                        .arg(PersianText::id(newest.id)),
                                    QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("identicalLinkBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *useIt = box->addButton(tr("&That is my link"), QMessageBox::AcceptRole);
    useIt->setObjectName(QStringLiteral("useExistingButton"));
    box->addButton(tr("Create &another"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("createAnotherButton"));
    box->addButton(tr("Decide &later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("decideLaterButton"));
    box->setDefaultButton(useIt);
    emit statusMessage(box->windowTitle(), 0);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, newest](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            m_creation->acceptExisting(newest);
        else if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            m_creation->createAnyway(m_submittedDraft);
        else
            decideLater();
    });
    box->open();
}

void LinkEditor::decideLater()
{
    saveDraft();
    m_tracked.withdraw(tr("Kept in the form, which asks the server whether it has the link before sending it."));
    m_ui->linkForm->showMessage(tr("Nothing was sent again. Press Create link when you have looked at the portfolio."));
}

void LinkEditor::showFailure(const ApiError &error)
{
    m_ui->linkForm->showError(error);
    m_tokenRefused = error.kind() == ApiError::Kind::Unauthorized;
    m_failureStatus = error.message();
    emit statusMessage(m_failureStatus, 0);
}

void LinkEditor::setOutbox(Outbox *outbox, OutboxWorker *worker)
{
    m_outbox = outbox;
    m_tracked.setOutbox(outbox, worker);
    if (worker)
        connect(worker, &OutboxWorker::applied, this, &LinkEditor::outboxApplied);
}

void LinkEditor::outboxApplied(const OutboxItem &item, const Link &link)
{
    // The server answers again: what said it could not be reached is out of date.
    emit statusMessageWithdrawn(std::exchange(m_unreachableStatus, QString()));
    if (item.id == m_tracked.handedOver())
        emit statusMessageWithdrawn(std::exchange(m_keptStatus, QString()));
    // The open link as the server now holds it becomes the base of the next
    // save, whose check for others' changes compares with its time: kept
    // on the time before this change, the person's own change would read
    // as someone else's. What was typed since stays; the form is filled
    // again only where the server holds other values than it shows (its
    // cursor stays where it was).
    // (Another server's link of the same number is another link.)
    if (item.operation == OutboxItem::Operation::Edit && m_loaded && m_loaded->id == link.id && !isBusy()
        && item.profile == Outbox::keyOf(*m_session->api())) {
        FormDraft held = LinkInput::formOf(link, portfolio().value_or(0));
        held.portfolio = m_loadedForm.portfolio;
        enterEditMode(link, !hasUnsavedChanges() && held != m_loadedForm);
    }
}

bool LinkEditor::keptByOutbox(const ApiError &error, bool outcomeUnknown)
{
    const bool kept = m_tracked.keeps(error);
    // Back to the form: its draft is written before the outbox lets the
    // row go, so that the disk holds the change all along.
    if (!kept)
        saveDraft();
    m_tracked.failed(error, outcomeUnknown);
    if (!kept)
        return false;
    if (outcomeUnknown)
        m_creation->release(); // the outbox looks it up before anything is sent again
    keptInOutbox();
    return true;
}

void LinkEditor::keptInOutbox()
{
    // What was typed is safe in the outbox: nothing is unsaved any more.
    m_draftTimer->stop();
    m_drafts->clear();
    if (m_loaded) {
        m_loadedForm = currentDraft();
        updateSaveButton();
        m_keptStatus = tr("The server cannot be reached. Your changes are kept in the outbox and are saved "
                          "when the server is back.");
    } else {
        resetToNew();
        m_keptStatus = tr("The server cannot be reached. The link is kept in the outbox and is created "
                          "when the server is back.");
    }
    emit statusMessage(m_keptStatus, 0);
    if (const auto then = std::exchange(m_afterSave, nullptr))
        then();
}

void LinkEditor::forgetRefusedToken()
{
    if (std::exchange(m_tokenRefused, false))
        m_ui->linkForm->clearErrors();
}

void LinkEditor::setBusy(bool busy)
{
    m_ui->linkForm->setBusy(busy);
    emit busyChanged(busy);
}

void LinkEditor::openImagePicker(const QString &fileToUpload)
{
    if (m_pickerOpening || findChild<ImagePickerDialog *>())
        return; // already open
    if (!m_session->api()->baseUrl().isValid()) {
        m_ui->linkForm->showMessage(tr("Set the server address in Connection settings first."));
        emit connectionNeeded();
        return;
    }
    // Qt sends a request from the event loop: asked for here, the
    // portfolio's links leave while the dialog is built on the loop's next
    // turn, not after it (building and showing it take 3-6 ms).
    const std::optional<qint64> portfolioId = portfolio();
    auto *reading = new PortfolioImages(m_session->api(), this);
    if (portfolioId)
        reading->load(*portfolioId);
    m_pickerOpening = true;
    QMetaObject::invokeMethod(
        this, [this, reading, portfolioId, fileToUpload] { showImagePicker(reading, portfolioId, fileToUpload); },
        Qt::QueuedConnection);
}

void LinkEditor::showImagePicker(PortfolioImages *reading, std::optional<qint64> portfolioId,
                                 const QString &fileToUpload)
{
    m_pickerOpening = false;
    auto *dialog = new ImagePickerDialog(m_session, this, reading);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUploadLimit(Settings().maxUploadBytes());
    dialog->setCurrent(m_ui->linkForm->imageChoice());
    dialog->setPortfolio(portfolioId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { useImage(dialog->choice()); });
    dialog->open();
    if (!fileToUpload.isEmpty())
        dialog->uploadFile(fileToUpload);
}

void LinkEditor::useImage(const ImageChoice &choice)
{
    m_choicePreview->cancel();
    m_choicePreview->disconnect(this); // a picture still coming is for an earlier choice
    m_previewFileFromStrip.clear();
    m_ui->linkForm->setImageChoice(choice);
    if (!choice.preview.isNull() || !choice.image)
        return;
    // The size the picker's grid asks for: usually already in the disk cache.
    const std::optional<Thumbnail> thumbnail
        = choice.image->thumbnailFor(qRound(ThumbnailStrip::imageArea().width() * devicePixelRatioF()));
    if (!thumbnail)
        return;
    // The result's strip is downloading that very file (the link just
    // created or opened): one download for both, in the same size.
    if (m_thumbnails->isWaitingFor(thumbnail->file)) {
        m_previewFromStrip = choice;
        m_previewFileFromStrip = thumbnail->file;
        return;
    }
    m_choicePreview->setMaximumImageSize(ThumbnailStrip::imageArea() * devicePixelRatioF());
    m_choicePreview->load({*thumbnail});
    connect(m_choicePreview, &ThumbnailLoader::thumbnailLoaded, this,
            [this, choice](int, const QImage &image) { showPreview(choice, image); });
}

void LinkEditor::showPreview(const ImageChoice &choice, const QImage &image)
{
    if (m_ui->linkForm->imageChoice().id != choice.id)
        return; // chosen otherwise meanwhile
    ImageChoice withPreview = choice;
    withPreview.preview = image;
    m_ui->linkForm->setImageChoice(withPreview);
}

void LinkEditor::describeChosenImage()
{
    const ImageChoice choice = m_ui->linkForm->imageChoice();
    if (choice.isNull() || choice.image || !m_session->api()->hasToken()
        || m_session->mediaSupport()->state() == MediaSupport::State::Missing)
        return;
    ImageCall *call = m_session->api()->fetchImage(choice.id);
    call->onSucceeded(this, [this, id = choice.id](const Image &image) {
        const ImageChoice current = m_ui->linkForm->imageChoice();
        if (current.id == id && !current.image)
            useImage({id, image, {}});
    });
    // A failure changes nothing: the number stays, and the server judges it on create.
}
