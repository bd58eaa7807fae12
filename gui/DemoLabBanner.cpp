#include "DemoLabBanner.h"

#include <QHBoxLayout>
#include <QLabel>

DemoLabBanner::DemoLabBanner(QWidget* parent) : QFrame(parent), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // The palette's own highlight, lightened: readable in light and dark themes.
    setAutoFillBackground(true);
    QPalette tinted = palette();
    QColor background = tinted.color(QPalette::Highlight);
    background.setAlpha(40);
    tinted.setColor(QPalette::Window, background);
    setPalette(tinted);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Demo lab"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    hide();
}

void DemoLabBanner::announce(int mirrors, const QString& realInventory)
{
    m_text->setText(
        tr("<b>Demo lab: %n mirror(s) on this machine</b>, on loopback, a few with faults on "
           "purpose. What you change here stays in the demo's own inventory. To manage real "
           "mirrors, add them with <code>mirrorctl add</code> or <code>mirrorctl "
           "import-email</code> into %1; the console opens that inventory once it exists.",
           nullptr, mirrors)
            .arg(realInventory.toHtmlEscaped()));
    show();
}

QString DemoLabBanner::text() const
{
    return m_text->text();
}
