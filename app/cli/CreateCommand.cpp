#include "CreateCommand.h"

#include "CallWaiter.h"
#include "Console.h"
#include "Interruption.h"
#include "LinkCreator.h"
#include "api/ApiClient.h"
#include "links/LinkImport.h"
#include "links/LinkInput.h"
#include "media/ImageFileCheck.h"
#include "storage/Settings.h"
#include "text/PersianText.h"

#include <QJsonArray>
#include <QJsonDocument>

std::optional<QList<FormDraft>> CreateCommand::forms(bool *single) const
{
    *single = true;
    if (!m_options.jsonInput) {
        FormDraft form;
        form.name = *m_options.name;
        form.url = m_options.url.value_or(QString());
        if (m_options.descriptionFile) {
            const std::optional<QString> text = readTextFile(*m_options.descriptionFile);
            if (!text)
                return std::nullopt;
            form.description = *text;
        } else {
            form.description = m_options.description.value_or(QString());
        }
        if (m_options.image)
            form.image = QString::number(*m_options.image);
        return QList<FormDraft>{form};
    }
    const std::optional<QString> text = readTextFile(*m_options.jsonInput);
    if (!text)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || (!document.isArray() && !document.isObject())) {
        m_console.error(tr("%1: not a JSON object or array of objects (%2).").arg(*m_options.jsonInput, parseError.errorString()));
        return std::nullopt;
    }
    *single = document.isObject();
    const QJsonArray array = document.isArray() ? document.array() : QJsonArray{document.object()};
    QList<FormDraft> forms;
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            m_console.error(tr("%1: entry %2 is not a JSON object.").arg(*m_options.jsonInput).arg(forms.size() + 1));
            return std::nullopt;
        }
        QString problem;
        const std::optional<FormDraft> form = LinkImport::formOf(value.toObject(), &problem);
        if (!form) {
            m_console.error(tr("%1: entry %2: %3").arg(*m_options.jsonInput).arg(forms.size() + 1).arg(problem));
            return std::nullopt;
        }
        forms << *form;
    }
    return forms;
}

std::optional<qint64> CreateCommand::uploadImage(ExitCode::Code *code) const
{
    const QString &path = *m_options.imageFile;
    const ImageFileCheck::Result check = ImageFileCheck::check(path, Settings().maxUploadBytes(), QSize(1, 1));
    if (!check.ok) {
        *code = refuseImageFile(path, check.error);
        return std::nullopt;
    }
    ImageCall *call = m_api->uploadImage(path);
    qint64 id = 0;
    call->onSucceeded(call, [&id](const Image &image) { id = image.id; });
    ApiError error = ApiError::cancelled();
    if (!CallWaiter::wait(call, &error)) {
        *code = m_console.fail(error, path);
        return std::nullopt;
    }
    m_console.note(tr("Uploaded %1 as image %2.").arg(path, PersianText::id(id)));
    return id;
}

ExitCode::Code CreateCommand::run()
{
    if (!hasPortfolio())
        return ExitCode::Usage;
    bool single = true;
    const std::optional<QList<FormDraft>> input = forms(&single);
    if (!input)
        return ExitCode::Usage;
    const std::optional<int> nameLimit = Settings().nameLimit(m_api->baseUrl());
    QList<LinkDraft> drafts;
    bool valid = true;
    for (qsizetype i = 0; i < input->size(); ++i) {
        FormDraft form = input->at(i);
        form.portfolio = QString::number(m_options.portfolio);
        const LinkInput::Result result = LinkInput::read(form, m_options.normaliseLetters, nameLimit);
        for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it) {
            m_console.error(single ? tr("%1: %2").arg(it.key(), it.value())
                                   : tr("entry %1: %2: %3").arg(i + 1).arg(it.key(), it.value()));
        }
        valid = valid && result.draft;
        if (result.draft)
            drafts << *result.draft;
    }
    if (!valid)
        return ExitCode::Validation;

    LinkCreator creator(m_api, m_console);
    if (m_options.imageFile) {
        if (const std::optional<qint64> earlier = creator.earlierImage(drafts.first())) {
            drafts.first().imageId = *earlier;
            m_console.note(tr("Image %1, uploaded by the earlier create of this link, goes with it.").arg(PersianText::id(*earlier)));
        } else {
            ExitCode::Code code = ExitCode::Ok;
            const std::optional<qint64> image = uploadImage(&code);
            if (!image)
                return code;
            drafts.first().imageId = *image;
        }
    }
    creator.prepare(m_options.portfolio);
    const Interruption interruption((u'\n' + tr("Ctrl+C: the link being created is finished first, then the command "
                                                "stops. Press Ctrl+C again to stop at once.") + u'\n').toUtf8());
    RecordWriter writer = linkWriter(single);
    writer.begin();
    int created = 0;
    for (const LinkDraft &draft : std::as_const(drafts)) {
        if (Interruption::requested()) {
            writer.end();
            m_console.error(tr("Stopped by Ctrl+C after creating %Ln link(s).", nullptr, created));
            return ExitCode::Interrupted;
        }
        ExitCode::Code code = ExitCode::Ok;
        const std::optional<Link> link = creator.create(draft, &code);
        if (!link) {
            writer.end();
            return code;
        }
        writer.write(link->json);
        ++created;
    }
    writer.end();
    return ExitCode::Ok;
}
