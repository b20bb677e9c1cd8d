#pragma once

#include "api/ApiError.h"
#include "api/LinkDraft.h"
#include "api/LinkPatch.h"
#include "links/TrackedChange.h"
#include "media/ImageChoice.h"
#include "model/Link.h"
#include "storage/FormDraft.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class LinkEditor;
}
class ApiCall;
class DraftStore;
class LinkCreation;
class LinkForm;
class LinkResultView;
class LinkUpdate;
class Outbox;
class OutboxWorker;
class PortfolioImages;
class QTimer;
class Session;
class ThumbnailLoader;

// One editor for a new link and for an existing one. New: the form and the
// last created link; creating never sends twice (LinkCreation). Existing:
// the link's fields filled from the server, its details beside them; Save
// sends only what changed, after checking nobody changed it meanwhile
// (LinkUpdate). What is typed is saved as a draft as the typing pauses, in
// both modes, and survives a crash.
class LinkEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit };
    Q_ENUM(Mode)

    explicit LinkEditor(QWidget *parent = nullptr);
    ~LinkEditor() override;

    void setSession(Session *session, DraftStore *drafts);
    // Every create and save is written to the outbox before it is sent, and
    // left there for the worker when the network fails.
    void setOutbox(Outbox *outbox, OutboxWorker *worker);
    LinkForm *form() const;
    LinkResultView *resultView() const;

    Mode mode() const { return m_loaded ? Mode::Edit : Mode::Create; }
    std::optional<Link> loadedLink() const { return m_loaded; }
    std::optional<qint64> portfolio() const;
    // From the portfolio field above the list and the editor, as typed.
    void setPortfolioText(const QString &text);
    bool isBusy() const;
    bool hasUnsavedChanges() const;

    // An empty form for a new link, in the same portfolio.
    void startNew();
    // The link in edit mode: at once from what the list knows, then from the server.
    void openLink(const Link &link, qint64 portfolioId);
    // Puts back what a crash interrupted: a new link, or an edit of an
    // existing one. A new link whose earlier send may have reached the server
    // (draft.unresolvedCreate) is asked for before anything is sent again.
    void restoreDraft(const FormDraft &draft);
    // The form takes a change over from the outbox: put back as restoreDraft()
    // does, and written to disk at once; `whenOnDisk` runs once it is there
    // (not at all if it cannot be written), for the outbox to let it go.
    void takeOver(const FormDraft &draft, const std::function<void()> &whenOnDisk);
    // What the link of an edit put back holds now: until it is known, nothing can be saved.
    void fetchRestoredEditBase();
    // Runs `then` once the user may leave the current link: at once when
    // nothing is unsaved, else after asking Save / Discard / Cancel (and,
    // for Save, after the save succeeded). Cancel runs nothing.
    void leave(const std::function<void()> &then, const std::function<void()> &cancelled = {});
    // Create link, or Save changes (Ctrl+S).
    void submitCurrent();
    void cancelRequest();
    // Another server: what was learnt about the previous one no longer holds.
    void forgetServer();
    // Drafts are kept per server: the work typed for the previous one stays
    // in its draft, and this server's draft, if any, is put back. True when
    // unsaved work of the previous server left the form (it is in its draft).
    bool useDraftsOf(const QUrl &server);
    void prepareCreation();
    // The list removed this link (deleted): the editor must not keep editing
    // it. Its edits leave the form at once (kept aside, and in the draft,
    // until the delete is done); the form is emptied on the next turn unless
    // the list opens its next link first, so no empty form is painted
    // between the two.
    void linkRemoved(qint64 linkId);
    // The delete was undone (or refused): the link's edits kept aside come
    // back, into a form that holds nothing unsaved (true when they did).
    bool linkRestored(qint64 linkId);
    // The server deleted these links: edits kept aside for them go.
    void linksDeleted(const QList<qint64> &linkIds);
    // Asks the server what the chosen image is, when only its number is known.
    void describeChosenImage();
    // The session has its token (read from the keychain after the first
    // frame, or typed): what the form waited for asks the server now. The
    // check after a lost answer is prepared apart (prepareCreation()).
    void tokenArrived();
    // A token that works replaced one the server refused: the form's message
    // about the refusal goes.
    void forgetRefusedToken();

signals:
    void created(const Link &link);
    void saved(const Link &link);
    void busyChanged(bool busy);
    void statusMessage(const QString &message, int timeoutMs = 0);
    // A message told before no longer holds: gone, if still shown.
    void statusMessageWithdrawn(const QString &message);
    void connectionNeeded();
    void modeChanged(LinkEditor::Mode mode);
    // A draft from an earlier run, or of this server, is back in the form.
    void draftRestored(const FormDraft &draft);

private:
    void connectCreation();
    void connectUpdate();
    void submit(const LinkDraft &draft);
    void saveChanges(const LinkDraft &draft);
    void showLink(const Link &link);
    void showCreated(const Link &link);
    void showFoundAfterUnknownOutcome(const Link &link);
    void askAboutIdenticalLinks(const QList<Link> &identical);
    void askAboutConflict(const Link &serverVersion);
    // Stops a save under way and takes its change back from the outbox.
    void cancelUpdate(const QString &reason);
    void showFailure(const ApiError &error);
    // The outbox's row of a create about to be sent; the draft goes.
    void trackCreate(const LinkDraft &draft, std::optional<qint64> newestIdBefore);
    void handDraftToOutbox();
    // The change failed: true when the outbox keeps it (the network stopped
    // it), false when it is back in the form's hands.
    bool keptByOutbox(const ApiError &error, bool outcomeUnknown = false);
    // "Decide later" about an identical link: the form holds the create, not the outbox.
    void decideLater();
    // The outbox has the change and sends it when the server is back.
    void keptInOutbox();
    // The outbox's worker applied a change on the server (this editor's, handed over, or another).
    void outboxApplied(const OutboxItem &item, const Link &link);
    void setBusy(bool busy);
    void enterEditMode(const Link &link, bool fillForm);
    void updateTitle();
    void updateSaveButton();
    void saveDraft();
    // Empty, in create mode, without touching the draft on disk.
    void resetToNew();
    void openImagePicker(const QString &fileToUpload = {});
    void showImagePicker(PortfolioImages *reading, std::optional<qint64> portfolioId, const QString &fileToUpload);
    void useImage(const ImageChoice &choice);
    // The choice's preview, unless another image was chosen meanwhile.
    void showPreview(const ImageChoice &choice, const QImage &image);
    FormDraft currentDraft() const;

    std::unique_ptr<Ui::LinkEditor> m_ui;
    Session *m_session = nullptr;
    DraftStore *m_drafts = nullptr;
    LinkCreation *m_creation = nullptr;
    LinkUpdate *m_update = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    ThumbnailLoader *m_choicePreview = nullptr;
    QList<Thumbnail> m_stripThumbnails; // what m_thumbnails loads, by index
    // A preview that comes with the strip's download of the same file.
    ImageChoice m_previewFromStrip;
    QUrl m_previewFileFromStrip;
    QTimer *m_draftTimer;
    QTimer *m_emptyAfterRemoval;
    std::optional<FormDraft> m_removedEdits; // of the link deleted while open here, until the delete is done
    std::optional<Link> m_loaded; // edit mode: the link as loaded
    QPointer<ApiCall> m_restoredEditBaseCall;
    FormDraft m_loadedForm;       // edit mode: the form as filled from it
    qint64 m_loadedPortfolio = 0; // edit mode: the portfolio the link is in
    LinkDraft m_submittedDraft;
    FormDraft m_submittedForm; // as typed when Create was pressed
    FormDraft m_sentForm;      // as typed when the last POST left
    std::function<void()> m_afterSave;
    bool m_tokenRefused = false; // the form shows that the server refused the token
    QString m_failureStatus; // the status message of the failure the form shows
    QString m_keptStatus;    // the status message of the change last kept in the outbox
    QString m_unreachableStatus; // the status message of the open link's failed fresh read
    LinkPatch m_lastPatch; // the edit last sent, or held back by a conflict
    bool m_updateBusy = false;
    bool m_pickerOpening = false; // asked for, built on the event loop's next turn
    TrackedChange m_tracked; // the create or save being sent, in the outbox
    Outbox *m_outbox = nullptr;
    bool m_baseKnown = true; // false while a restored edit waits for the server's version
    bool m_draftsChosen = false; // useDraftsOf() was called: the drafts are of a server
};
