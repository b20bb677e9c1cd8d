#pragma once

#include "FormattedText.h"

#include <QCache>
#include <QProxyStyle>

// What Fusion draws again and again at a cost, drawn once and kept:
// - a line edit's frame, which Fusion strokes as antialiased rounded
//   rectangles, about 340 k instructions each time (a new link shown
//   repainted fourteen, a third of the window's painting after Create):
//   drawn once per size, focus, palette and pixel ratio into a pixmap,
//   then copied, as Qt's styles keep their buttons' images;
// - the text of a label, button, check box or tab, which QPainter shapes
//   again at every paint: shaped once per text, font, flags and direction,
//   its lines made again for each rectangle.
// Only over Fusion, whose frame and text depend on nothing else; any other
// style, or a painter that scales or rotates the frame, draws its own
// every time.
class CachedFusionStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit CachedFusionStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

private:
    struct TextKey
    {
        QString text;
        QFont font;
        int flags;
        Qt::LayoutDirection direction;
        int dpi;
        friend bool operator==(const TextKey &, const TextKey &) = default;
        friend size_t qHash(const TextKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.font, key.flags, int(key.direction), key.dpi);
        }
    };

    bool overFusion() const;
    bool cachesFrame(PrimitiveElement element, const QStyleOption *option, const QPainter *painter) const;
    bool cachesText(const QPainter *painter, int flags, const QString &text) const;
    // Kept, or made and kept; none for a text it does not paint.
    FormattedText *formatted(const QPainter *painter, int flags, const QString &text) const;

    // Costed by characters; the app's windows and dialogs paint fewer than
    // a fifth of that.
    mutable QCache<TextKey, FormattedText> m_texts{20000};
};
