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

// The fields of a new link. It validates what it can locally, shows the
// server's field errors beside their fields and never clears what was typed
// on an error.
class LinkForm : public QWidget
{
    Q_OBJECT
public:
    explicit LinkForm(QWidget *parent = nullptr);
    ~LinkForm() override;

    void setPortfolio(qint64 portfolioId);
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

private:
    QList<QLineEdit *> lineEdits() const;
    void submit();
    void updateCreateButton();
    std::optional<LinkDraft> validatedDraft();
    QLabel *errorLabelFor(const QString &field) const;
    void setFieldError(QLabel *label, const QStringList &messages);
    void warnAboutHiddenCharacters();

    std::unique_ptr<Ui::LinkForm> m_ui;
    QHash<QLabel *, QWidget *> m_fieldOfError;
    QString m_errorDetails; // of the error shown, for Details…
    bool m_busy = false;
    bool m_normaliseLetters = true;
};
