#pragma once

#include "api/ApiError.h"
#include "api/LinkDraft.h"
#include "media/ImageChoice.h"
#include "storage/FormDraft.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class LinkForm;
}
class QLabel;
class QLineEdit;

// The fields of a link, new or existing. It validates what it can locally, shows the
// server's field errors beside their fields and never clears what was typed
// on an error.
class LinkForm : public QWidget
{
    Q_OBJECT
public:
    // A new link (Create link), or an existing one (Save changes).
    enum class Mode { Create, Edit };

    explicit LinkForm(QWidget *parent = nullptr);
    ~LinkForm() override;

    // The portfolio the link is in (its field lives above the list and the editor).
    void setPortfolio(qint64 portfolioId);
    void setPortfolioText(const QString &text);
    // What is typed, as typed, and putting it back (crash recovery).
    FormDraft formDraft() const;
    void restore(const FormDraft &draft);

    // After a create: empties the link's own fields, keeps the portfolio.
    void clearForNextLink();
    std::optional<qint64> portfolio() const;

    ImageChoice imageChoice() const;
    void setImageChoice(const ImageChoice &choice);

    // Arabic Yeh and Kaf become Persian on submit (a setting; on by default).
    void setNormaliseLetters(bool normalise) { m_normaliseLetters = normalise; }
    // The server's limit on a name's length, once learnt: a longer name is
    // pointed out beside the field as it is typed (never cut).
    void setNameLimit(std::optional<int> limit);
    std::optional<int> nameLimit() const { return m_nameLimit; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // In edit mode the button waits for a change.
    void setHasChanges(bool changed);
    void focusName();
    // The form's fields follow this widget in the Tab order (the portfolio
    // field, which sits outside the form).
    void placeInTabOrderAfter(QWidget *previous);
    // Validates and emits submitted() (the button, Enter, Ctrl+Enter in any field, Ctrl+S).
    void submit();

    // Disables editing and Create while a request is in flight.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // With what the error means for this link, when the app knows more (an unknown outcome).
    void showError(const ApiError &error, const QString &outcome = {});
    void showMessage(const QString &message);
    void clearErrors();

signals:
    void submitted(const LinkDraft &draft);
    void cancelRequested();
    // The Image field asks for the picker, or for an upload of a dropped file.
    void chooseImageRequested();
    void imageFileDropped(const QString &path);
    // Any field changed (typing, pasting, clearing).
    void edited();
    // A restored draft names its own portfolio.
    void portfolioRestored(const QString &text);
    // What is wrong with the portfolio number (empty: nothing).
    void portfolioProblem(const QString &message);
    // Esc while nothing is being sent.
    void leaveRequested();
    // The server refused a name longer than this many characters.
    void nameLimitLearned(int limit);
    // Every field the server refused was edited since: its message above
    // the buttons, which only pointed at them, is gone too.
    void refusedFieldsEdited();

private:
    QList<QLineEdit *> lineEdits() const;
    void updateCreateButton();
    void focusFirstError();
    std::optional<LinkDraft> validatedDraft();
    QLabel *errorLabelFor(const QString &field) const;
    void setFieldError(QLabel *label, const QStringList &messages);
    void warnAboutHiddenCharacters();
    void checkNameLength();
    void learnNameLimit(const QStringList &nameErrors);

    std::unique_ptr<Ui::LinkForm> m_ui;
    QHash<QLabel *, QWidget *> m_fieldOfError;
    QString m_errorDetails; // of the error shown, for Details…
    bool m_messageSummarisesFields = false; // it says only "see the messages beside them"
    QString m_portfolio; // as typed
    bool m_busy = false;
    Mode m_mode = Mode::Create;
    bool m_hasChanges = true;
    bool m_normaliseLetters = true;
    std::optional<int> m_nameLimit;
    QString m_lengthProblem; // as shown beside the name
};
