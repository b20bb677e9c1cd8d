#include "LinkForm.h"
#include "ui_LinkForm.h"

#include "BuddyNames.h"
#include "ContentDirection.h"
#include "ErrorDetailsBox.h"
#include "LeftToRightField.h"
#include "ZwnjTyping.h"
#include "links/LinkInput.h"
#include "text/HiddenCharacters.h"
#include "text/PersianText.h"

#include <QKeySequence>
#include <QShortcut>

#include <algorithm>

LinkForm::LinkForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinkForm>())
{
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    m_fieldOfError = {{m_ui->nameError, m_ui->nameEdit},
                      {m_ui->urlError, m_ui->urlEdit}, {m_ui->descriptionError, m_ui->descriptionEdit},
                      {m_ui->imageError, m_ui->imageField}};
    QList<QLabel *> errorLabels = m_fieldOfError.keys();
    errorLabels.append(m_ui->messageLabel);
    for (QLabel *label : errorLabels) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        label->setPalette(palette);
        // Messages quote the server, whose text must never become markup.
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_ui->descriptionEdit->setAcceptRichText(false);
    // A URL reads left to right in every UI language.
    LeftToRightField::apply(m_ui->urlEdit);
    ContentDirection::follow(m_ui->nameEdit);
    ZwnjTyping::install(m_ui->nameEdit);
    ZwnjTyping::install(m_ui->descriptionEdit);
    // Alt+I reaches the Image field's first button (the field itself takes no
    // focus); the field keeps the label's text as its name for screen readers.
    m_ui->imageField->setAccessibleName(BuddyNames::withoutMnemonic(m_ui->imageLabel->text()));
    m_ui->imageLabel->setBuddy(m_ui->imageField->tabStops().constFirst());
    m_ui->cancelButton->hide();
    m_ui->detailsButton->hide();
    m_ui->nameWarning->hide();
    connect(m_ui->detailsButton, &QPushButton::clicked, this,
            [this] { ErrorDetailsBox::open(this, m_ui->messageLabel->text(), m_errorDetails); });

    connect(m_ui->createButton, &QPushButton::clicked, this, &LinkForm::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LinkForm::cancelRequested);
    for (QLineEdit *edit : lineEdits()) {
        connect(edit, &QLineEdit::returnPressed, this, &LinkForm::submit);
        connect(edit, &QLineEdit::textEdited, this, &LinkForm::edited);
        // A field's error goes as soon as the field is edited.
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { setFieldError(m_fieldOfError.key(edit), {}); });
    }
    // After the error is cleared on an edit: the length is checked again at once.
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &LinkForm::checkNameLength);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &LinkForm::updateCreateButton);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &LinkForm::warnAboutHiddenCharacters);
    connect(m_ui->imageField, &ImageField::changed, this, [this] {
        setFieldError(m_ui->imageError, {});
        emit edited();
    });
    connect(m_ui->imageField, &ImageField::chooseRequested, this, &LinkForm::chooseImageRequested);
    connect(m_ui->imageField, &ImageField::fileDropped, this, &LinkForm::imageFileDropped);
    connect(m_ui->descriptionEdit, &QTextEdit::textChanged, this, &LinkForm::edited);
    connect(m_ui->descriptionEdit, &QTextEdit::textChanged, this, [this] {
        if (m_ui->descriptionEdit->hasFocus())
            setFieldError(m_ui->descriptionError, {});
    });
    // Ctrl+Enter sends from any field, the multi-line Description too, where Enter is a new line.
    auto *send = new QShortcut(this);
    // The keypad's Enter too; Help → Keyboard shortcuts lists this by its whatsThis.
    send->setKeys({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setContext(Qt::WidgetWithChildrenShortcut);
    send->setWhatsThis(tr("Create or save the link, from any field of the form"));
    connect(send, &QShortcut::activated, this, &LinkForm::submit);
    // Esc cancels a request in flight; otherwise it leaves the form (for the list).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    escape->setWhatsThis(tr("Stop waiting for the server; otherwise go back to the list"));
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_busy)
            emit cancelRequested();
        else
            emit leaveRequested();
    });
    updateCreateButton();
}

LinkForm::~LinkForm() = default;

void LinkForm::setPortfolio(qint64 portfolioId)
{
    setPortfolioText(QString::number(portfolioId));
}

void LinkForm::setPortfolioText(const QString &text)
{
    m_portfolio = text;
}

FormDraft LinkForm::formDraft() const
{
    FormDraft draft;
    draft.portfolio = m_portfolio;
    draft.name = m_ui->nameEdit->text();
    draft.url = m_ui->urlEdit->text();
    draft.description = m_ui->descriptionEdit->toPlainText();
    draft.image = m_ui->imageField->imageId() ? QString::number(*m_ui->imageField->imageId()) : QString();
    return draft;
}

void LinkForm::restore(const FormDraft &draft)
{
    if (!draft.portfolio.isEmpty() && draft.portfolio != m_portfolio) {
        m_portfolio = draft.portfolio;
        emit portfolioRestored(draft.portfolio);
    }
    m_ui->nameEdit->setText(draft.name);
    m_ui->urlEdit->setText(draft.url);
    m_ui->descriptionEdit->setPlainText(draft.description);
    checkNameLength();
    // The draft keeps only the id: what the image looks like is not known yet.
    m_ui->imageField->setChoice({PersianText::parseId(draft.image).value_or(0), std::nullopt, {}});
}

ImageChoice LinkForm::imageChoice() const
{
    return m_ui->imageField->choice();
}

void LinkForm::setImageChoice(const ImageChoice &choice)
{
    m_ui->imageField->setChoice(choice);
    setFieldError(m_ui->imageError, {});
    emit edited();
}

QList<QLineEdit *> LinkForm::lineEdits() const
{
    return {m_ui->nameEdit, m_ui->urlEdit};
}

void LinkForm::clearForNextLink()
{
    m_ui->nameEdit->clear();
    m_ui->urlEdit->clear();
    m_ui->imageField->clear();
    m_ui->descriptionEdit->clear();
    clearErrors();
    m_ui->nameEdit->setFocus();
}

std::optional<qint64> LinkForm::portfolio() const
{
    return PersianText::parseId(m_portfolio);
}

void LinkForm::setBusy(bool busy)
{
    m_busy = busy;
    // Read-only rather than disabled: the text stays selectable and readable.
    for (QLineEdit *edit : lineEdits())
        edit->setReadOnly(busy);
    m_ui->imageField->setLocked(busy);
    m_ui->descriptionEdit->setReadOnly(busy);
    // Left on Cancel as it hides, the focus would go on to whatever follows
    // in the window (the list's search): it comes back to the form's first field.
    if (!busy && focusWidget() == m_ui->cancelButton)
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->cancelButton->setVisible(busy);
    if (busy)
        m_ui->cancelButton->setFocus();
    updateCreateButton();
}

void LinkForm::focusName()
{
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
}

void LinkForm::placeInTabOrderAfter(QWidget *previous)
{
    const QList<QWidget *> chain = QList<QWidget *>{m_ui->nameEdit, m_ui->urlEdit, m_ui->descriptionEdit}
        + m_ui->imageField->tabStops() + QList<QWidget *>{m_ui->createButton, m_ui->cancelButton, m_ui->detailsButton};
    for (QWidget *next : chain) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
}

void LinkForm::setNameLimit(std::optional<int> limit)
{
    m_nameLimit = limit;
    checkNameLength();
}

void LinkForm::checkNameLength()
{
    const QString problem = LinkInput::nameLengthProblem(m_ui->nameEdit->text(), m_normaliseLetters, m_nameLimit);
    // Another message shown there (the server's) stays until the name is edited.
    if (problem.isEmpty() && m_ui->nameError->text() != m_lengthProblem)
        return;
    m_lengthProblem = problem;
    setFieldError(m_ui->nameError, problem.isEmpty() ? QStringList() : QStringList{problem});
}

void LinkForm::learnNameLimit(const QStringList &nameErrors)
{
    const std::optional<int> limit
        = LinkInput::nameLimitFrom(nameErrors, LinkInput::nameLength(m_ui->nameEdit->text(), m_normaliseLetters));
    if (!limit || limit == m_nameLimit)
        return;
    m_nameLimit = limit;
    emit nameLimitLearned(*limit);
}

void LinkForm::setMode(Mode mode)
{
    m_mode = mode;
    m_ui->createButton->setText(mode == Mode::Edit ? tr("Save changes") : tr("Create link"));
    updateCreateButton();
}

void LinkForm::setHasChanges(bool changed)
{
    m_hasChanges = changed;
    updateCreateButton();
}

void LinkForm::updateCreateButton()
{
    // Enabled with an empty name too: pressing it then says what is missing.
    m_ui->createButton->setEnabled(!m_busy && (m_mode == Mode::Create || m_hasChanges));
}

void LinkForm::submit()
{
    if (!m_ui->createButton->isEnabled())
        return;
    clearErrors();
    if (const std::optional<LinkDraft> draft = validatedDraft())
        emit submitted(*draft);
    else
        focusFirstError();
}

void LinkForm::focusFirstError()
{
    // The next keystrokes go where the problem is, not to the button.
    const std::pair<QLabel *, QWidget *> fields[] = {{m_ui->nameError, m_ui->nameEdit},
                                                     {m_ui->urlError, m_ui->urlEdit},
                                                     {m_ui->descriptionError, m_ui->descriptionEdit},
                                                     {m_ui->imageError, m_ui->imageField->tabStops().constFirst()}};
    for (const auto &[error, field] : fields) {
        if (!error->isHidden()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

std::optional<LinkDraft> LinkForm::validatedDraft()
{
    const LinkInput::Result input = LinkInput::read(formDraft(), m_normaliseLetters, m_nameLimit);
    for (auto it = input.errors.begin(); it != input.errors.end(); ++it) {
        if (QLabel *label = errorLabelFor(it.key()))
            setFieldError(label, {it.value()});
        else
            emit portfolioProblem(it.value());
    }
    // Show what is sent, in readable form: "example.com" becomes "https://example.com".
    if (!input.urlDisplay.isEmpty() && m_ui->urlEdit->text() != input.urlDisplay)
        m_ui->urlEdit->setText(input.urlDisplay);
    return input.draft;
}

QLabel *LinkForm::errorLabelFor(const QString &field) const
{
    if (field == QLatin1String("name"))
        return m_ui->nameError;
    if (field == QLatin1String("url"))
        return m_ui->urlError;
    if (field == QLatin1String("description"))
        return m_ui->descriptionError;
    if (field == QLatin1String("image"))
        return m_ui->imageError;
    return nullptr;
}

void LinkForm::warnAboutHiddenCharacters()
{
    QStringList names;
    for (const char32_t c : HiddenCharacters::suspiciousIn(m_ui->nameEdit->text()))
        names.append(HiddenCharacters::codePointName(c));
    m_ui->nameWarning->setText(
        names.isEmpty() ? QString()
                        : tr("The name contains invisible control characters (%1) that can make it read differently. "
                             "Remove them unless you meant them.")
                              .arg(PersianText::isolated(names.join(QLatin1String(", ")))));
    m_ui->nameWarning->setVisible(!names.isEmpty());
    m_ui->nameEdit->setAccessibleDescription(PersianText::withoutDirectionMarks(m_ui->nameWarning->text()));
}

void LinkForm::setFieldError(QLabel *label, const QStringList &messages)
{
    // Server messages among them come neutralised from ApiError.
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
    // Screen readers announce the problem together with the field (without
    // the marks that keep a quoted value in order on screen).
    m_fieldOfError.value(label)->setAccessibleDescription(PersianText::withoutDirectionMarks(label->text()));
    const QList<QLabel *> labels = m_fieldOfError.keys();
    if (m_messageSummarisesFields
        && std::all_of(labels.cbegin(), labels.cend(), [](const QLabel *each) { return each->text().isEmpty(); })) {
        clearErrors();
        emit refusedFieldsEdited();
    }
}

void LinkForm::showError(const ApiError &error, const QString &outcome)
{
    clearErrors();
    QStringList unplaced;
    const QMap<QString, QStringList> fieldErrors = error.fieldErrors();
    learnNameLimit(fieldErrors.value(QStringLiteral("name")));
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        if (QLabel *label = errorLabelFor(it.key()))
            setFieldError(label, it.value());
        else
            unplaced.append(PersianText::isolated(it.key() + QStringLiteral(": ") + it.value().join(QLatin1Char(' '))));
    }
    QString message = error.message();
    if (!error.serverDetail().isEmpty() && error.kind() != ApiError::Kind::Validation)
        message += QLatin1Char('\n') + tr("The server said: %1").arg(PersianText::isolated(error.serverDetail()));
    if (!unplaced.isEmpty())
        message += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    if (!outcome.isEmpty())
        message += QLatin1Char('\n') + outcome;
    showMessage(message);
    m_messageSummarisesFields = error.kind() == ApiError::Kind::Validation && unplaced.isEmpty() && !fieldErrors.isEmpty();
    m_errorDetails = error.details();
    m_ui->detailsButton->setVisible(!m_errorDetails.isEmpty());
    if (error.kind() == ApiError::Kind::NotFound)
        emit portfolioProblem(tr("No portfolio with this number was found."));
    focusFirstError();
}

void LinkForm::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void LinkForm::clearErrors()
{
    m_messageSummarisesFields = false;
    for (QLabel *label : m_fieldOfError.keys())
        setFieldError(label, {});
    showMessage(QString());
    m_errorDetails.clear();
    m_ui->detailsButton->hide();
    emit portfolioProblem(QString());
}
