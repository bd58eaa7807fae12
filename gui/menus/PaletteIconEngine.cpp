#include "menus/PaletteIconEngine.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPalette>

PaletteIconEngine::PaletteIconEngine(const QString& svgPath)
{
    // A drawing compiled into the program; the cap only keeps a wrong path
    // from reading a whole file.
    constexpr qint64 kLargestDrawing = 64 * 1024;
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.read(kLargestDrawing);
}

QColor PaletteIconEngine::inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                         QPalette::WindowText);
}

QPixmap PaletteIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    const QColor ink = inkFor(mode);
    const QString key =
        QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(ink.name());
    if (const auto drawn = m_drawn.constFind(key); drawn != m_drawn.cend())
        return *drawn;
    QByteArray svg = m_svg;
    svg.replace(kInk, ink.name().toLatin1());
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(size);
    const QPixmap drawn = QPixmap::fromImage(reader.read());
    m_drawn.insert(key, drawn);
    return drawn;
}

void PaletteIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                              QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QIconEngine* PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("PaletteIconEngine");
}

QList<QSize> PaletteIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
}
