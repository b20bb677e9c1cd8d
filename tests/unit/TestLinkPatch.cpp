#include "api/LinkPatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LinkDraft)
Q_DECLARE_METATYPE(Link)

// The body of an edit's PATCH: only what changed as the server would store
// it, emptied fields as null; and whether a link already holds a patch.
class TestLinkPatch : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void isAppliedTo_data();
    void isAppliedTo();
};

namespace {

constexpr qint64 portfolioId = 3;
constexpr qint64 linkId = 42;

const QString name = u"دمو پروژه"_s;
const QString url = u"https://example.com/demo"_s;
const QString description = u"لینک مشاهده\u200Cی دمو"_s;

LinkDraft draft(const QString &name, const QString &url, const QString &description, std::optional<qint64> image)
{
    LinkDraft draft;
    draft.portfolioId = portfolioId;
    draft.name = name;
    draft.url = url;
    draft.description = description;
    draft.imageId = image;
    return draft;
}

// The link as loaded: every field filled in.
LinkDraft loaded()
{
    return draft(name, url, description, 4);
}

Link link(const QString &name, std::optional<QString> url, std::optional<QString> description, std::optional<qint64> image)
{
    Link link;
    link.id = linkId;
    link.name = name;
    link.url = std::move(url);
    link.description = std::move(description);
    if (image) {
        link.image = Image();
        link.image->id = *image;
    }
    link.createdAt = QDateTime(QDate(2026, 1, 13), QTime(10, 5), Qt::UTC);
    link.updatedAt = link.createdAt;
    return link;
}

QJsonObject changes(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject object;
    for (const auto &[key, value] : fields)
        object.insert(key, value);
    return object;
}

const QJsonValue null = QJsonValue(QJsonValue::Null);

} // namespace

void TestLinkPatch::between_data()
{
    QTest::addColumn<LinkDraft>("before");
    QTest::addColumn<LinkDraft>("after");
    QTest::addColumn<QJsonObject>("expected");

    // Nothing the server would store differently: nothing to send.
    QTest::newRow("nothing changed") << loaded() << loaded() << QJsonObject();
    QTest::newRow("nothing changed, optional fields empty")
        << draft(name, {}, {}, std::nullopt) << draft(name, {}, {}, std::nullopt) << QJsonObject();
    QTest::newRow("spaces around the name") << loaded() << draft(u"  "_s + name + u" \n"_s, url, description, 4)
                                            << QJsonObject();
    QTest::newRow("spaces around the URL") << loaded() << draft(name, u" "_s + url + u"\t"_s, description, 4)
                                           << QJsonObject();
    QTest::newRow("newline after the description") << loaded() << draft(name, url, description + u"\n\n"_s, 4)
                                                   << QJsonObject();
    QTest::newRow("only spaces typed into an empty description")
        << draft(name, url, {}, 4) << draft(name, url, u"   "_s, 4) << QJsonObject();

    // One field
    QTest::newRow("name changed") << loaded() << draft(u"دمو نهایی"_s, url, description, 4)
                                  << changes({{u"name"_s, u"دمو نهایی"_s}});
    QTest::newRow("name changed, sent trimmed") << loaded() << draft(u"  دمو نهایی  "_s, url, description, 4)
                                                << changes({{u"name"_s, u"دمو نهایی"_s}});
    QTest::newRow("ZWNJ added to the name") << draft(u"صفحهی اصلی"_s, url, description, 4)
                                            << draft(u"صفحه\u200Cی اصلی"_s, url, description, 4)
                                            << changes({{u"name"_s, u"صفحه\u200Cی اصلی"_s}});
    QTest::newRow("URL emptied") << loaded() << draft(name, {}, description, 4) << changes({{u"url"_s, null}});
    QTest::newRow("URL emptied to spaces") << loaded() << draft(name, u"  "_s, description, 4)
                                           << changes({{u"url"_s, null}});
    QTest::newRow("URL added") << draft(name, {}, description, 4) << loaded() << changes({{u"url"_s, url}});
    QTest::newRow("URL changed") << loaded() << draft(name, u"https://example.org/"_s, description, 4)
                                 << changes({{u"url"_s, u"https://example.org/"_s}});
    QTest::newRow("description emptied") << loaded() << draft(name, url, {}, 4)
                                         << changes({{u"description"_s, null}});
    QTest::newRow("description emptied to a newline") << loaded() << draft(name, url, u"\n"_s, 4)
                                                      << changes({{u"description"_s, null}});
    QTest::newRow("description added") << draft(name, url, {}, 4) << loaded()
                                       << changes({{u"description"_s, description}});
    QTest::newRow("image removed") << loaded() << draft(name, url, description, std::nullopt)
                                   << changes({{u"image"_s, null}});
    QTest::newRow("image changed") << loaded() << draft(name, url, description, 3) << changes({{u"image"_s, 3}});
    QTest::newRow("image added") << draft(name, url, description, std::nullopt) << loaded()
                                 << changes({{u"image"_s, 4}});

    // Several
    QTest::newRow("name, URL emptied, image removed")
        << loaded() << draft(u"کد منبع"_s, {}, description, std::nullopt)
        << changes({{u"name"_s, u"کد منبع"_s}, {u"url"_s, null}, {u"image"_s, null}});
    QTest::newRow("everything but the name emptied")
        << loaded() << draft(name, {}, {}, std::nullopt)
        << changes({{u"url"_s, null}, {u"description"_s, null}, {u"image"_s, null}});
    QTest::newRow("every field changed")
        << loaded() << draft(u"کد منبع"_s, u"https://github.com/example/bookshop"_s, u"مخزن کد"_s, 1)
        << changes({{u"name"_s, u"کد منبع"_s},
                    {u"url"_s, u"https://github.com/example/bookshop"_s},
                    {u"description"_s, u"مخزن کد"_s},
                    {u"image"_s, 1}});
}

void TestLinkPatch::between()
{
    QFETCH(LinkDraft, before);
    QFETCH(LinkDraft, after);
    QFETCH(QJsonObject, expected);

    const LinkPatch patch = LinkPatch::between(before, after, linkId);

    QCOMPARE(patch.toJson(), expected);
    QCOMPARE(patch.isEmpty(), expected.isEmpty());
    QCOMPARE(patch.fields(), expected.keys());
    QCOMPARE(patch.linkId(), linkId);
    QCOMPARE(patch.portfolioId(), after.portfolioId);
    // Emptied fields go out as JSON null, which clears them on the server.
    const QByteArray body = QJsonDocument(patch.toJson()).toJson(QJsonDocument::Compact);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.value().isNull())
            QVERIFY2(body.contains('"' + it.key().toUtf8() + "\":null"), body.constData());
    }
    // Going back is a change of the same fields.
    QCOMPARE(LinkPatch::between(after, before, linkId).fields(), expected.keys());
}

void TestLinkPatch::isAppliedTo_data()
{
    QTest::addColumn<LinkDraft>("before");
    QTest::addColumn<LinkDraft>("after");
    QTest::addColumn<Link>("stored");
    QTest::addColumn<bool>("expected");

    const LinkDraft renamed = draft(u"  دمو نهایی "_s, url, description, 4);
    QTest::newRow("empty patch") << loaded() << loaded() << link(u"نام دیگر"_s, {}, {}, std::nullopt) << true;
    QTest::newRow("new name stored") << loaded() << renamed << link(u"دمو نهایی"_s, url, description, 4) << true;
    QTest::newRow("old name still stored") << loaded() << renamed << link(name, url, description, 4) << false;
    QTest::newRow("only the patch's fields count")
        << loaded() << renamed << link(u"دمو نهایی"_s, u"https://example.org/"_s, std::nullopt, 1) << true;

    const LinkDraft withoutUrl = draft(name, {}, description, 4);
    QTest::newRow("URL cleared, stored as null") << loaded() << withoutUrl << link(name, std::nullopt, description, 4)
                                                 << true;
    QTest::newRow("URL cleared, stored as empty text") << loaded() << withoutUrl << link(name, u""_s, description, 4)
                                                       << true;
    QTest::newRow("URL not cleared") << loaded() << withoutUrl << link(name, url, description, 4) << false;
    QTest::newRow("URL set, another stored") << withoutUrl << loaded()
                                             << link(name, u"https://example.org/"_s, description, 4) << false;
    QTest::newRow("URL set, stored") << withoutUrl << loaded() << link(name, url, description, 4) << true;

    const LinkDraft withoutDescription = draft(name, url, {}, 4);
    QTest::newRow("description cleared, stored as empty text")
        << loaded() << withoutDescription << link(name, url, u""_s, 4) << true;
    QTest::newRow("description cleared, still stored")
        << loaded() << withoutDescription << link(name, url, description, 4) << false;

    const LinkDraft withoutImage = draft(name, url, description, std::nullopt);
    QTest::newRow("image removed, none stored") << loaded() << withoutImage
                                                << link(name, url, description, std::nullopt) << true;
    QTest::newRow("image removed, still stored") << loaded() << withoutImage << link(name, url, description, 4)
                                                 << false;
    const LinkDraft otherImage = draft(name, url, description, 3);
    QTest::newRow("image changed, new one stored") << loaded() << otherImage << link(name, url, description, 3)
                                                   << true;
    QTest::newRow("image changed, old one stored") << loaded() << otherImage << link(name, url, description, 4)
                                                   << false;
    QTest::newRow("image changed, none stored") << loaded() << otherImage
                                                << link(name, url, description, std::nullopt) << false;

    const LinkDraft several = draft(u"کد منبع"_s, {}, description, std::nullopt);
    QTest::newRow("several, all stored") << loaded() << several
                                         << link(u"کد منبع"_s, std::nullopt, description, std::nullopt) << true;
    QTest::newRow("several, image still stored") << loaded() << several
                                                 << link(u"کد منبع"_s, std::nullopt, description, 4) << false;
}

void TestLinkPatch::isAppliedTo()
{
    QFETCH(LinkDraft, before);
    QFETCH(LinkDraft, after);
    QFETCH(Link, stored);
    QFETCH(bool, expected);

    const LinkPatch patch = LinkPatch::between(before, after, linkId);

    QCOMPARE(patch.isAppliedTo(stored), expected);
}

QTEST_GUILESS_MAIN(TestLinkPatch)
#include "TestLinkPatch.moc"
