#include "GettingStartedDialog.h"
#include "ui_GettingStartedDialog.h"

#include "storage/Settings.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"
#include "text/SizeText.h"


namespace {

struct Section
{
    QString title;
    QStringList paragraphs;
};

QString html(const QList<Section> &sections)
{
    // Our own translated text, escaped: nothing in it becomes markup.
    QString page;
    for (const Section &section : sections) {
        page += QStringLiteral("<h3>%1</h3>").arg(section.title.toHtmlEscaped());
        for (const QString &paragraph : section.paragraphs)
            page += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    }
    return page;
}

} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GettingStartedDialog>())
{
    m_ui->setupUi(this);
    // The limit the app applies, not a number that could go stale.
    const QString uploadLimit = SizeText::shown(Settings().maxUploadBytes(), 0);
    const QList<Section> sections = {
        {tr("Choosing the image"),
         {tr("The Image field shows the chosen picture with its name, size and dimensions. Choose… opens the picker: "
             "Enter chooses, Esc closes, Ctrl+Tab changes the page."),
          tr("From this portfolio: the images the portfolio's links already use, each once. Type to narrow them by name "
             "(Persian or Arabic letters, with or without ZWNJ, any digits); Down enters the grid, the arrows move in it."),
          tr("By number: type an image's number, in Persian or English digits. Where the server can show it, you see it "
             "before you take it."),
          tr("Upload a file: pick a file, or drop one on the window or on the Image field. It is checked first (an image, "
             "by its content, of at most %1), then uploaded with a progress bar and Cancel.")
              .arg(PersianText::isolated(uploadLimit)),
          tr("Uploading, and previews by number, need the server's media endpoint. Its path is set in Connection "
             "settings (Upload path; empty when the server has none). Where the server has none, the picker says so "
             "once and offers the other ways.")}},
        {tr("Your work and your token"),
         {tr("The form is saved as you type and comes back after a crash, on the server it was written for. If it "
             "cannot be saved (a full disk, a data folder that cannot be written), the status bar says so and a mark "
             "stays until saving works again."),
          tr("One click is one request. Whenever the server may have acted without its answer arriving whole (a "
             "timeout, a dropped connection, a server error, Cancel after sending), the app asks the server whether "
             "it created the link before anything is sent again."),
          tr("Portfolio Links runs once per user: starting it again brings the open window to the front."),
          tr("The token lives only in the system keychain and goes only to the API's own server. Copy as cURL leaves "
             "it out: the command reads it from the %1 variable. Server text is shown as text, never as markup, and "
             "only web links are opened.")
              .arg(PersianText::isolated(QLatin1String(TokenStore::environmentVariable)))}},
    };
    m_ui->text->setHtml(html(sections));
    m_ui->text->setFocus();
}

GettingStartedDialog::~GettingStartedDialog() = default;
