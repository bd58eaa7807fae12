#pragma once

#include <QHash>
#include <QIconEngine>

// One of the console's own line drawings, drawn in the text colour of the
// palette in use: dark on a light theme, light on a dark one, dimmed when
// disabled. Drawn again whenever the palette changes.
class PaletteIconEngine : public QIconEngine
{
public:
    // The drawing's strokes are written in kInk; they take the palette's colour.
    static constexpr char kInk[] = "#4d4d4d";

    explicit PaletteIconEngine(const QString& svgPath);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;

    static QColor inkFor(QIcon::Mode mode);

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_drawn; // by size and colour
};
